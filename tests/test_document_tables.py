"""Tables inside reports (.docx, .html) are read as tables: by their header, with merged cells. SAMPLE data."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from pipelines.lib import documents
from pipelines.lib.ingest import extract_file


def write_report(path, prose: str, header_rows: list[list[str]], rows: list[list[str]], merges=()) -> None:
    """A People's Committee style report: letterhead, date, a sentence of prose, an appendix title and a table;
    `merges` are (r0, c0, r1, c1) cells of the table merged, keeping the text of (r0, c0)."""
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG")
    d.add_paragraph("Đắk Nông, ngày 12 tháng 12 năm 2023")
    d.add_heading("Báo cáo tình hình kinh tế - xã hội năm 2023 (văn bản mẫu)", level=1)
    d.add_paragraph(prose)
    d.add_paragraph("PHỤ LỤC: MỘT SỐ CHỈ TIÊU CHỦ YẾU")
    table = d.add_table(rows=len(header_rows) + len(rows), cols=len(header_rows[0]))
    for r, row in enumerate(header_rows + rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r0, c0, r1, c1 in merges:
        text = table.cell(r0, c0).text
        table.cell(r0, c0).merge(table.cell(r1, c1)).text = text
    d.add_paragraph("Nơi nhận: như trên.")
    d.save(path)


HEADER = [["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2022", "Năm 2023", ""],
          ["", "", "", "", "Kế hoạch", "Ước thực hiện"]]
MERGES = [(0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3)]
ROWS = [["1", "Tốc độ tăng trưởng GRDP", "%", "6,5", "7,5", "7,2"],
        ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "2.980", "3.000", "3.150"],
        ["3", "Kim ngạch xuất khẩu", "Triệu USD", "850", "900", "925,5"]]


def test_the_table_is_a_grid_with_its_merged_cells_and_a_caption(tmp_path):
    path = tmp_path / "bao_cao.docx"
    write_report(path, "Năm 2023, kinh tế của tỉnh tiếp tục phục hồi.", HEADER, ROWS, MERGES)
    doc = documents.read_document(path)
    (grid,) = doc.tables
    assert grid.name == "Bảng 1"
    assert grid.rows[0][4] == grid.rows[0][5] == "Năm 2023" and (0, 5) in grid.filled and (0, 4) not in grid.filled
    assert grid.rows[1][1] == "Chỉ tiêu" and (1, 1) in grid.filled
    assert "TỈNH ĐẮK NÔNG" in grid.caption and "PHỤ LỤC" in grid.caption
    assert "Tốc độ tăng trưởng GRDP" not in doc.text  # not read twice, once as prose
    assert "Nơi nhận" in doc.text


def test_appendix_cells_become_observations_with_their_header_status_and_year(tmp_path):
    path = tmp_path / "bao_cao.docx"  # no province or year in the file name: both come from the document
    write_report(path, "Năm 2023, kinh tế của tỉnh tiếp tục phục hồi.", HEADER, ROWS, MERGES)
    obs = extract_file(path).observations
    got = {(r["locator"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got[("Bảng 1!D3", "grdp_growth", "2022", "actual")] == 6.5
    assert got[("Bảng 1!E3", "grdp_growth", "2023", "plan")] == 7.5
    assert got[("Bảng 1!F4", "state_budget_revenue", "2023", "estimate")] == 3150
    assert got[("Bảng 1!F5", "export_value", "2023", "estimate")] == 925.5
    assert len(got) == 9 and set(obs["province_code"]) == {"67"} and set(obs["source_kind"]) == {"table_docx"}
    assert set(obs["vintage"]) == {dt.date(2023, 12, 12)} and obs["issue"].null_count() == obs.height


@pytest.mark.parametrize("prose, kept_from_prose", [
    ("Năm 2023, tăng trưởng kinh tế của tỉnh ước đạt 7,2%.", 0),  # the appendix says it too: one observation
    ("Năm 2023, tăng trưởng kinh tế của tỉnh ước đạt 7,4%.", 1),  # it differs: both stay, for a person to settle
])
def test_a_sentence_that_restates_a_cell_is_one_observation(tmp_path, prose, kept_from_prose):
    path = tmp_path / "dak_nong_2023.docx"
    write_report(path, prose, HEADER, ROWS, MERGES)
    result = extract_file(path)
    growth = result.observations.filter((result.observations["indicator"] == "grdp_growth")
                                        & (result.observations["status"] == "estimate"))
    assert growth.height == 1 + kept_from_prose
    assert growth.filter(growth["locator"] == "Bảng 1!F3")["value"].to_list() == [7.2]
    restated = [s for s in result.skipped if "Bảng 1!F3" in s["reason"]]
    assert len(restated) == 1 - kept_from_prose


PAGE = """<html><head><title>Cục Thống kê (trang mẫu)</title>
<meta property="article:published_time" content="2023-10-31"></head><body>
<nav>Trang chủ | Tin tức | Liên hệ</nav>
<h1>Tình hình kinh tế - xã hội tỉnh Gia Lai tháng 10 năm 2023 (bài mẫu)</h1>
<p>Mười tháng năm 2023, chỉ số sản xuất công nghiệp ước tăng 6,1% so với cùng kỳ.</p>
<p>Một số chỉ tiêu chủ yếu:</p>
<table border="1">
<tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị tính</th>
    <th colspan="2">Năm 2023</th><th rowspan="2">So với cùng kỳ (%)</th></tr>
<tr><th>Ước tháng 10</th><th>Cộng dồn 10 tháng</th></tr>
<tr><td>1</td><td>Chỉ số sản xuất công nghiệp</td><td>%</td><td>105,2</td><td>106,1</td><td></td></tr>
<tr><td>2</td><td>Kim ngạch xuất khẩu</td><td>Triệu USD</td><td>65</td><td>612,3</td><td>98,7</td></tr>
</table>
<table><tr><td>Ảnh: phóng viên</td><td>Nguồn: Cục Thống kê</td></tr></table>
<footer>Bản quyền</footer></body></html>"""


@pytest.mark.parametrize("header_class", ["", ' class="table-header"'])  # a CMS's class for a header row
def test_an_html_table_with_row_and_column_spans_is_read_as_a_table(tmp_path, header_class):
    path = tmp_path / "gia_lai_2023_thang_10.html"
    path.write_text(PAGE.replace("<tr><th", f"<tr{header_class}><th"), encoding="utf-8")
    doc = documents.read_document(path)
    (grid,) = doc.tables  # the photo credit table has no indicator header: it stays text
    assert grid.rows[1][:3] == ["STT", "Chỉ tiêu", "Đơn vị tính"] and {(1, 0), (1, 1), (1, 5), (0, 4)} <= grid.filled
    assert grid.rows[1][3:5] == ["Ước tháng 10", "Cộng dồn 10 tháng"] and grid.rows[0][4] == "Năm 2023"
    assert "Kim ngạch xuất khẩu" not in doc.text and "Nguồn: Cục Thống kê" in doc.text
    result = extract_file(path)
    got = {(r["locator"], r["indicator"], r["period"]): r["value"] for r in result.observations.iter_rows(named=True)}
    assert got == {
        ("Bảng 1!D3", "iip_growth", "2023-10"): pytest.approx(5.2),  # an index, same month last year = 100
        ("Bảng 1!E3", "iip_growth", "2023-10M"): pytest.approx(6.1),
        ("Bảng 1!D4", "export_value", "2023-10"): 65.0,
        ("Bảng 1!E4", "export_value", "2023-10M"): 612.3,
        ("Bảng 1!F4", "export_value_growth", "2023-10M"): pytest.approx(-1.3),
    }
    assert set(result.observations["source_kind"]) == {"table_html"}
    # the sentence says what cell E3 says: one observation, the cell's
    assert [s["reason"] for s in result.skipped if s["locator"].startswith("chars ")] == [
        "cùng số liệu với bảng (Bảng 1!E3): giữ ô của bảng"]


def test_a_table_of_figures_without_a_header_is_text_and_a_note_says_so(tmp_path):
    path = tmp_path / "bao_cao.docx"
    # no "Chỉ tiêu" and no value column: the table stays in the text, as before, but not in silence
    write_report(path, "Năm 2023 là năm có nhiều khó khăn (văn bản mẫu).", [["Huyện", "Quý I", "Quý II", "Quý III"]],
                 [["Huyện A", "12,5", "13,1", "14,0"], ["Huyện B", "8,2", "9,0", "9,4"]])
    result = extract_file(path)
    notes = [s for s in result.skipped if s["reason"] == documents.TABLE_AS_TEXT]
    assert notes == [{"locator": "bảng thứ 1 của văn bản", "snippet": "Huyện | Quý I | Quý II | Quý III",
                      "reason": documents.TABLE_AS_TEXT}]
    assert "Huyện A | 12,5 | 13,1 | 14,0" in documents.read_document(path).text


def test_a_table_of_words_needs_no_note(tmp_path):
    path = tmp_path / "bao_cao.docx"
    write_report(path, "Năm 2023 là năm có nhiều khó khăn (văn bản mẫu).", [["Nơi nhận", "Người ký"]],
                 [["Như trên", "Chủ tịch"], ["Lưu VT", "Phó Chủ tịch"]])
    assert documents.read_document(path).notes == []


@pytest.mark.parametrize("notes", [["(1) Số liệu năm 2023 là số liệu sơ bộ."],
                                   ["Ghi chú: (1) Số liệu năm 2023 là số liệu sơ bộ."],
                                   ["Ghi chú:", "(*) Số liệu năm 2023 là số ước tính."]])
def test_a_footnote_below_a_word_table_marks_the_column_it_is_called_from(tmp_path, notes):
    mark = notes[-1][notes[-1].index("("):notes[-1].index(")") + 1]
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG")
    d.add_paragraph("Đắk Nông, ngày 20 tháng 01 năm 2024")
    d.add_heading("Báo cáo kết quả năm 2023 (văn bản mẫu)", level=1)
    table = d.add_table(rows=2, cols=4)
    for c, text in enumerate(["Chỉ tiêu", "Đơn vị tính", "Năm 2022", f"Năm 2023 {mark}"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "2.980", "3.150"]):
        table.cell(1, c).text = text
    for line in notes:
        d.add_paragraph(line)
    d.add_paragraph("Nơi nhận: như trên.")
    path = tmp_path / "bao_cao.docx"
    d.save(path)
    got = {(r["period"], r["status"]): r["value"] for r in extract_file(path).observations.iter_rows(named=True)
           if r["indicator"] == "state_budget_revenue" and r["issue"] is None}
    assert got == {("2022", "actual"): 2980.0, ("2023", "estimate"): 3150.0}
    assert notes[-1] in documents.read_document(path).text  # the text keeps the note too
