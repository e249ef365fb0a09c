"""Every kind of file a province sends, through one real refresh: each lands in the warehouse, with its locator.

The files are written here (SAMPLE values): an Excel 97–2003 workbook, a CSV typed in TCVN3, a sheet holding two
tables, a cluster table with a row per province, a report with its appendix table (.docx), a statistics page with
a table (.html), a PDF report, a Word 97–2003 report (.doc), and an .odt nobody can read here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
import xlsxwriter

from conftest import run_refresh
from test_document_tables import HEADER, MERGES, PAGE, ROWS, write_report
from test_legacy_encoding import tcvn3
from test_pdf_reports import FONT, REPORT, needs_font, write_pdf
from test_parse_tables import write_total_and_former_provinces
from test_read_xls import write_xls


@pytest.fixture(scope="module")
def refreshed_formats(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("formats_inbox")
    write_xls(inbox / "gia_lai_2023.xls", [
        ["ỦY BAN NHÂN DÂN TỈNH GIA LAI (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2022", "Ước TH 2023"],
        ["1", "Tốc độ tăng trưởng GRDP", "%", 8.0, 7.8],
    ])
    rows = [tcvn3("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA (số liệu mẫu)"),
            ";".join(tcvn3(h) for h in ("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2022")),
            ";".join(["1", tcvn3("Tổng thu ngân sách nhà nước trên địa bàn"), tcvn3("Tỷ đồng"), "17.500"])]
    (inbox / "khanh_hoa_2022.csv").write_bytes("\r\n".join(rows).encode("latin-1"))
    wb = xlsxwriter.Workbook(inbox / "quang_nam_2023.xlsx")
    ws = wb.add_worksheet("Sheet1")
    for r, row in enumerate([["UBND TỈNH QUẢNG NAM (số liệu mẫu)"],
                             ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước TH 2023"], ["1", "Tỷ lệ che phủ rừng", "%", 59.6],
                             [], ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2024"], ["1", "Tỷ lệ hộ nghèo", "%", 3.5]]):
        ws.write_row(r, 0, row)
    ws = wb.add_worksheet("Cụm")
    for r, row in enumerate([["BẢNG TỔNG HỢP ƯỚC THỰC HIỆN NĂM 2023 (số liệu mẫu)"],
                             ["STT", "Tỉnh", "Kim ngạch xuất khẩu (triệu USD)"], ["1", "Phú Yên", 215.0],
                             ["", "Toàn cụm", 999.0]]):
        ws.write_row(r, 0, row)
    wb.close()
    write_report(inbox / "dak_nong_2023.docx", "Năm 2023, tăng trưởng kinh tế của tỉnh ước đạt 7,2%.", HEADER, ROWS, MERGES)
    (inbox / "gia_lai_2023_thang_10.html").write_text(PAGE, encoding="utf-8")
    if FONT.is_file():  # the PDF can be written with a text layer
        write_pdf(inbox / "lam_dong_2023.pdf", REPORT)
    shutil.copy(Path(__file__).parent / "word97" / "quang_ngai_2024_features.doc", inbox / "quang_ngai_2024.doc")
    (inbox / "bao_cao_2023.odt").write_bytes(b"PK\x03\x04 sample")
    write_total_and_former_provinces(inbox / "can_tho_9t_2025.xlsx")
    (inbox / "gia_lai_6_thang_2025.md").write_text(
        "# Tình hình kinh tế 6 tháng đầu năm 2025 (tin mẫu, số liệu mẫu)\n\n"
        "Trong 6 tháng đầu năm 2025, tỉnh Gia Lai (mới) có tốc độ tăng trưởng GRDP đạt 7,2%. "
        "Tỉnh Bình Định (cũ) tăng 7,5%.\n", encoding="utf-8")
    root = tmp_path_factory.mktemp("formats_run")
    result = run_refresh(inbox, root)
    assert result.success
    return duckdb.connect(str(root / "warehouse.duckdb"), read_only=True)


def _facts(con, document: str) -> dict:
    rows = con.execute(f"""SELECT f.locator, f.province_code, f.indicator, f.period, f.status, f.value
                       FROM fact_observation f JOIN dim_source s USING (source_id)
                       WHERE s.document = '{document}'""").fetchall()
    return {r[0]: r[1:] for r in rows}


def test_each_kind_of_file_lands_in_the_warehouse(refreshed_formats):
    con = refreshed_formats
    assert _facts(con, "gia_lai_2023.xls")["Biểu 01!E3"] == ("64", "grdp_growth", "2023", "estimate", 7.8)
    assert _facts(con, "khanh_hoa_2022.csv")["row 3, col 4"] == ("56", "state_budget_revenue", "2022", "actual", 17500.0)
    stacked = _facts(con, "quang_nam_2023.xlsx")
    assert stacked["Sheet1!D3"] == ("49", "forest_cover", "2023", "estimate", 59.6)
    assert stacked["Sheet1!D6"] == ("49", "poverty_rate_multidim", "2024", "plan", 3.5)
    assert stacked["Cụm!C3"][:3] == ("54", "export_value", "2023") and "Cụm!C4" not in stacked  # not "Toàn cụm"
    docx = _facts(con, "dak_nong_2023.docx")
    assert docx["Bảng 1!F3"] == ("67", "grdp_growth", "2023", "estimate", 7.2) and len(docx) == 9
    doc = {v[1:4]: v[4] for v in _facts(con, "quang_ngai_2024.doc").values()}
    assert doc == {("state_budget_revenue", "2024", "estimate"): 4350.0, ("export_value", "2024", "estimate"): 1250.0}
    html = _facts(con, "gia_lai_2023_thang_10.html")
    assert html["Bảng 1!E3"][1:] == ("iip_growth", "2023-10M", "estimate", pytest.approx(6.1))


def test_a_former_province_and_the_merged_one_under_one_code_are_two_provinces(refreshed_formats):
    con = refreshed_formats
    rows = con.execute("""SELECT f.province_key, p.name_vi, f.period, f.value FROM fact_observation f
                          JOIN dim_province p USING (province_key) JOIN dim_source s USING (source_id)
                          WHERE s.document IN ('can_tho_9t_2025.xlsx', 'gia_lai_6_thang_2025.md')
                            AND f.indicator IN ('export_value', 'grdp_growth')""").fetchall()
    assert sorted(rows) == [
        ("52@2004", "Bình Định", "2025-H1", 7.5),    # the former province, for the months before the merger
        ("52@2025", "Gia Lai", "2025-H1", 7.2),      # the merged one restated for the same months: code 52 too
        ("92@2004", "Cần Thơ", "2025-9M", 1500.0),   # the former city beside the merged city's total
        ("92@2025", "Cần Thơ", "2025-9M", 2000.0),
        ("93@2004", "Hậu Giang", "2025-9M", 500.0)]
    # not duplicates of one another: nothing of these files is quarantined
    assert con.execute("""SELECT count(*) FROM quarantine_observation
                          WHERE source IN ('can_tho_9t_2025.xlsx', 'gia_lai_6_thang_2025.md')""").fetchone()[0] == 0


@needs_font
def test_a_pdf_report_lands_in_the_warehouse(refreshed_formats):
    assert _facts(refreshed_formats, "lam_dong_2023.pdf")
    assert {v[1] for v in _facts(refreshed_formats, "lam_dong_2023.pdf").values()} >= {"grdp_growth", "export_value"}


def test_rows_add_up_and_the_unreadable_file_is_named(refreshed_formats):
    con = refreshed_formats
    loaded = con.execute("SELECT count(*) FROM fact_observation").fetchone()[0]
    quarantined = con.execute("SELECT count(*) FROM quarantine_observation").fetchone()[0]
    rows_in = con.execute("SELECT sum(rows_read) FROM dim_source").fetchone()[0]
    assert loaded > 0 and rows_in == loaded + quarantined
    (problem,) = con.execute("SELECT problem FROM unreadable_source WHERE source = 'bao_cao_2023.odt'").fetchone()
    assert ".docx" in problem
