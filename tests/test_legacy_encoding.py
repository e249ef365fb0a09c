"""Tables and reports typed in TCVN3 (.VnTime fonts) read as Unicode. Values are SAMPLE data."""

from __future__ import annotations

import unicodedata

import docx
import pytest
import xlsxwriter
import xlwt

from pipelines.lib import legacy_encoding, read_grid
from pipelines.lib.ingest import extract_file

_TO_TCVN3 = {chr(code): chr(byte) for byte, code in legacy_encoding._TABLE.items() if byte >= 0xA1 and code >= 0xC0}


def tcvn3(text: str) -> str:
    """`text` as a .VnTime font stores it (read as Latin-1); a capital with a tone mark has no TCVN3 code and is
    typed in lower case, as with the .VnTimeH font."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_TO_TCVN3.get(ch) or _TO_TCVN3.get(ch.lower()) or ch)
    return "".join(out)


def test_words_come_back_as_unicode():
    assert legacy_encoding.decode_tcvn3("Tæng s¶n phÈm trªn ®Þa bµn") == "Tổng sản phẩm trên địa bàn"
    assert legacy_encoding.decode_tcvn3(tcvn3("Thu ngân sách nhà nước")) == "Thu ngân sách nhà nước"


@pytest.mark.parametrize("text, legacy", [
    ("Tèc ®é t¨ng tr\xadëng kinh tÕ; Thu ng©n s¸ch nhµ n\xadíc", True),
    ("Tốc độ tăng trưởng kinh tế © 2023 «trích»", False),  # Unicode Vietnamese, symbols and all
    ("Revenue 2023 © Sample ±5", False),  # no Vietnamese at all
])
def test_tcvn3_is_told_from_unicode(text, legacy):
    assert legacy_encoding.looks_like_tcvn3(text) is legacy


TITLE = "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"
HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2022", "Kế hoạch năm 2023"]
ROWS = [["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 22.1, 7.5],
        ["2", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 17500, 18000]]
WANT = {("grdp_growth", "2022", "actual"): 22.1, ("grdp_growth", "2023", "plan"): 7.5,
        ("state_budget_revenue", "2022", "actual"): 17500, ("state_budget_revenue", "2023", "plan"): 18000}


def _values(path) -> dict:
    obs = extract_file(path).observations
    assert set(obs["province_code"]) == {"56"} and obs["issue"].null_count() == obs.height
    return {(r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}


def _legacy_xlsx(path, title: str, header: list[str], rows: list[list]):
    """A workbook of text already typed in a legacy font, as Excel keeps it (the font's codes as characters)."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Sheet1")
    ws.write_string(0, 0, title)
    ws.write_row(1, 0, header)
    for r, row in enumerate(rows, start=2):
        ws.write_row(r, 0, row)
    wb.close()
    return path


def test_an_xlsx_typed_in_tcvn3(tmp_path):
    path = _legacy_xlsx(tmp_path / "bao_cao.xlsx", tcvn3(TITLE), [tcvn3(h) for h in HEADER],
                        [[tcvn3(v) if isinstance(v, str) else v for v in row] for row in ROWS])
    assert _values(path) == WANT
    assert read_grid.read_grids(path)[0].rows[1][1] == "Chỉ tiêu"


def test_an_xls_typed_in_tcvn3(tmp_path):
    path = tmp_path / "bao_cao.xls"
    book = xlwt.Workbook(encoding="latin-1")  # the font's codes, as a .VnTime sheet of the time holds them
    sheet = book.add_sheet("Sheet1")
    sheet.write(0, 0, tcvn3(TITLE))
    for c, h in enumerate(HEADER):
        sheet.write(1, c, tcvn3(h))
    for r, row in enumerate(ROWS, start=2):
        for c, v in enumerate(row):
            sheet.write(r, c, tcvn3(v) if isinstance(v, str) else v)
    book.save(str(path))
    assert _values(path) == WANT


def _legacy_csv(path, title: str, header: list[str], rows: list[list]):
    """A CSV of text already typed in a legacy font, saved as its bytes (Latin-1), numbers written the Vietnamese way."""
    lines = [title, ";".join(header)]
    lines += [";".join(v if isinstance(v, str) else str(v).replace(".", ",") for v in row) for row in rows]
    path.write_bytes("\r\n".join(lines).encode("latin-1"))
    return path


def test_a_csv_saved_in_tcvn3_bytes(tmp_path):
    path = _legacy_csv(tmp_path / "bao_cao.csv", tcvn3(TITLE), [tcvn3(h) for h in HEADER],
                       [[tcvn3(v) if isinstance(v, str) else v for v in row] for row in ROWS])
    assert read_grid.decode(path.read_bytes())[1] == "tcvn3"
    assert _values(path) == WANT


def test_a_docx_report_typed_in_tcvn3(tmp_path):
    path = tmp_path / "bao_cao.docx"
    d = docx.Document()
    d.add_paragraph(tcvn3(TITLE))
    d.add_paragraph(tcvn3("Khánh Hòa, ngày 15 tháng 12 năm 2023"))
    d.add_paragraph(tcvn3("Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 7,8%; thu ngân sách nhà nước ước đạt 18.200 tỷ đồng."))
    d.save(path)
    obs = extract_file(path).observations
    got = {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("56", "grdp_growth", "2023", "estimate"): 7.8, ("56", "state_budget_revenue", "2023", "estimate"): 18200}


# The same sheet typed with a VNI font, by hand: each mark is a character of its own after its letter
# ("aø" à, "eä" ệ, "öôù" ướ, "ñ" đ, "æ" ỉ, "ò" ị).
VNI_TITLE = "UÛY BAN NHAÂN DAÂN TÆNH KHAÙNH HOØA"
VNI_HEADER = ["STT", "Chæ tieâu", "Ñôn vò tính", "Thöïc hieän naêm 2022", "Keá hoaïch naêm 2023"]
VNI_ROWS = [["1", "Toác ñoä taêng tröôûng kinh teá (GRDP)", "%", 22.1, 7.5],
            ["2", "Toång thu ngaân saùch nhaø nöôùc treân ñòa baøn", "Tyû ñoàng", 17500, 18000]]


def test_vni_words_come_back_as_unicode():
    assert legacy_encoding.decode_vni(VNI_TITLE) == TITLE
    assert [legacy_encoding.decode_vni(h) for h in VNI_HEADER] == HEADER
    assert [legacy_encoding.decode_vni(r[1]) for r in VNI_ROWS] == [r[1] for r in ROWS]
    assert legacy_encoding.decode_vni("Tyû ñoàng") == "Tỷ đồng"


@pytest.mark.parametrize("text, code", [
    (" ".join([VNI_TITLE, *VNI_HEADER]), "vni"),
    ("Tèc ®é t¨ng tr\xadëng kinh tÕ; Thu ng©n s¸ch nhµ n\xadíc", "tcvn3"),
    ("Hoàn thành kế hoạch; Tốc độ tăng trưởng", None),  # Unicode: "oà" is a letter and its tone, not a VNI mark
    ("Hoàn thành Hoàn thành Hoàn thành", None),  # no Unicode-only letter, but none of VNI's own marks either
    ("Revenue 2023 © Sample ±5 Café Noël", None),
])
def test_the_font_code_is_told_from_the_text(text, code):
    assert legacy_encoding.font_code(text) == code


def test_an_xlsx_typed_in_vni(tmp_path):
    path = _legacy_xlsx(tmp_path / "bao_cao_vni.xlsx", VNI_TITLE, VNI_HEADER, VNI_ROWS)
    assert _values(path) == WANT
    assert read_grid.read_grids(path)[0].rows[1][2] == "Đơn vị tính"


def test_a_csv_saved_in_vni_bytes(tmp_path):
    path = _legacy_csv(tmp_path / "bao_cao_vni.csv", VNI_TITLE, VNI_HEADER, VNI_ROWS)
    assert read_grid.decode(path.read_bytes())[1] == "vni"
    assert _values(path) == WANT


def test_a_docx_report_typed_in_vni(tmp_path):
    path = tmp_path / "bao_cao_vni.docx"
    d = docx.Document()
    d.add_paragraph(VNI_TITLE)
    d.add_paragraph("Khaùnh Hoøa, ngaøy 15 thaùng 12 naêm 2023")
    d.add_paragraph("Naêm 2023, toác ñoä taêng tröôûng kinh teá cuûa tænh öôùc ñaït 7,8%; thu ngaân saùch nhaø nöôùc "
                    "öôùc ñaït 18.200 tyû ñoàng.")
    d.save(path)
    obs = extract_file(path).observations
    got = {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("56", "grdp_growth", "2023", "estimate"): 7.8, ("56", "state_budget_revenue", "2023", "estimate"): 18200}
