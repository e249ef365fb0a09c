"""Yearbook tables: a row per province and a column per year (the indicator in the title), or a row per indicator
under an unnamed label column. SAMPLE values throughout (the layouts are the statistical yearbooks'; the figures
are made up)."""

from __future__ import annotations

import pytest
import xlsxwriter

from pipelines.lib import parse_province_rows
from pipelines.lib.ingest import InputError, extract_file


def _xlsx(path, title_lines: list[str], header: list, rows: list[list]):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Biểu 05")
    for r, line in enumerate(title_lines):
        ws.write_string(r, 0, line)
    top = len(title_lines)
    ws.write_row(top, 0, header)
    for r, row in enumerate(rows, start=top + 1):
        ws.write_row(r, 0, row)
    wb.close()
    return path


def _got(path) -> tuple[dict, list[dict], object]:
    result = extract_file(path)
    obs = result.observations
    ok = obs.filter(obs["issue"].is_null())
    return ({(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in ok.iter_rows(named=True)},
            result.skipped, obs.filter(obs["issue"].is_not_null()))


def test_an_index_table_by_province_and_year(tmp_path):
    path = _xlsx(tmp_path / "nien_giam_grdp.xlsx", [
        "Biểu 05: TỐC ĐỘ TĂNG TỔNG SẢN PHẨM TRÊN ĐỊA BÀN THEO GIÁ SO SÁNH 2010 PHÂN THEO ĐỊA PHƯƠNG (số liệu mẫu)",
        "Năm trước = 100 - %",
    ], ["", "2020", "2021", "Sơ bộ 2022"], [
        ["CẢ NƯỚC", 102.9, 102.6, 108.0],
        ["Tây Nguyên", 103.5, 104.9, 108.1],
        ["Kon Tum", 104.2, 106.5, 109.2],
        ["Gia Lai", 105.3, "106,0", "108,8"],
        ["Đắk Lắk", 103.3, 104.1, "-"],
    ])
    got, skipped, _ = _got(path)
    assert got == {
        ("62", "grdp_growth", "2020", "actual"): pytest.approx(4.2), ("62", "grdp_growth", "2021", "actual"): pytest.approx(6.5),
        ("62", "grdp_growth", "2022", "estimate"): pytest.approx(9.2),  # "Sơ bộ": preliminary
        ("64", "grdp_growth", "2020", "actual"): pytest.approx(5.3), ("64", "grdp_growth", "2021", "actual"): pytest.approx(6.0),
        ("64", "grdp_growth", "2022", "estimate"): pytest.approx(8.8),
        ("66", "grdp_growth", "2020", "actual"): pytest.approx(3.3), ("66", "grdp_growth", "2021", "actual"): pytest.approx(4.1),
    }
    aggregates = {s["snippet"] for s in skipped if s["reason"] == "aggregate row, not a province"}
    assert aggregates == {"CẢ NƯỚC", "Tây Nguyên"}  # the country and a region are not provinces


def test_a_level_table_with_its_unit_on_a_line_and_years_as_numbers(tmp_path):
    path = _xlsx(tmp_path / "thu_ngan_sach.xlsx", [
        "THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN PHÂN THEO TỈNH (số liệu mẫu)",
        "Đơn vị tính: Nghìn tỷ đồng",
    ], ["Tỉnh, thành phố", 2021, 2022], [
        ["Khánh Hòa", 15.2, 17.4],
        ["Tỉnh Lâm Đồng", 9.1, 10.2],
        ["Tỉnh Xyz", 1.0, 1.1],
    ])
    got, _, bad = _got(path)
    assert got == {("56", "state_budget_revenue", "2021", "actual"): pytest.approx(15200),
                   ("56", "state_budget_revenue", "2022", "actual"): pytest.approx(17400),
                   ("68", "state_budget_revenue", "2021", "actual"): pytest.approx(9100),
                   ("68", "state_budget_revenue", "2022", "actual"): pytest.approx(10200)}
    # a name that is no province is quarantined with the fix, not dropped
    assert bad.height == 2 and all("province 'Tỉnh Xyz' is unknown" in i for i in bad["issue"])


def test_a_csv_yearbook_table(tmp_path):
    path = tmp_path / "xuat_khau.csv"
    path.write_text("Kim ngạch xuất khẩu phân theo địa phương (Triệu USD) - số liệu mẫu\n"
                    "Địa phương;Năm 2021;Năm 2022\n"
                    "Bình Định;1.203,5;1.410,2\n"
                    "Phú Yên;180,4;205,9\n", encoding="utf-8")
    got, _, _ = _got(path)
    assert got == {("52", "export_value", "2021", "actual"): 1203.5, ("52", "export_value", "2022", "actual"): 1410.2,
                   ("54", "export_value", "2021", "actual"): 180.4, ("54", "export_value", "2022", "actual"): 205.9}


def test_a_title_that_names_no_indicator_gets_a_message(tmp_path):
    path = _xlsx(tmp_path / "bang_la.xlsx", ["SỐ CON VOI PHÂN THEO ĐỊA PHƯƠNG (số liệu mẫu)"],
                 ["", "2021", "2022"], [["Kon Tum", 12, 13], ["Gia Lai", 40, 41]])
    with pytest.raises(InputError) as info:
        extract_file(path)
    assert "SỐ CON VOI" in str(info.value) and "aliases_tables.csv" in str(info.value)


@pytest.mark.parametrize("lines, want", [
    (["Biểu 5: Tốc độ tăng tổng sản phẩm trên địa bàn theo giá so sánh 2010 phân theo địa phương", "Năm trước = 100 - %"],
     ("grdp_growth", "%", True)),
    (["TỔNG SẢN PHẨM TRÊN ĐỊA BÀN THEO GIÁ HIỆN HÀNH PHÂN THEO ĐỊA PHƯƠNG", "ĐVT: Tỷ đồng"],
     ("grdp_value_current", "Tỷ đồng", False)),
    (["Tỷ lệ hộ nghèo đa chiều phân theo địa phương (%)"], ("poverty_rate_multidim", "%", False)),
    (["Chỉ số phát triển tổng sản phẩm theo giá hiện hành", "Năm trước = 100"], (None, "", True)),
    # the index of a level against last year is its growth; against a base year, or with no base, nothing
    (["12. Chỉ số phát triển tổng sản phẩm trên địa bàn theo giá so sánh 2010 phân theo tỉnh, thành phố",
      "(Năm trước = 100) - %"], ("grdp_growth", "%", True)),
    (["Chỉ số phát triển trị giá xuất khẩu hàng hóa phân theo địa phương", "Năm trước = 100 - %"],
     ("export_value_growth", "%", True)),
    (["Chỉ số phát triển trị giá xuất khẩu hàng hóa phân theo địa phương", "(Năm 2015 = 100) - %"], (None, "%", True)),
    (["Chỉ số phát triển trị giá xuất khẩu hàng hóa phân theo địa phương"], (None, "", False)),
    # "Chỉ số <level>" without "phát triển", the base in the title's own parentheses
    (["11. Chỉ số tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010 phân theo địa phương (Năm trước = 100)"],
     ("grdp_growth", "", True)),
    (["Chỉ số sản xuất công nghiệp phân theo địa phương (%)"], ("iip_growth", "%", False)),  # an index by name
])
def test_the_title_gives_the_indicator_unit_and_index(lines, want):
    assert parse_province_rows.title_indicator(lines) == want


def test_a_yearbook_table_inside_a_docx_report(tmp_path):
    import docx

    path = tmp_path / "bao_cao_cuc_thong_ke.docx"
    d = docx.Document()
    d.add_paragraph("CỤC THỐNG KÊ TỈNH GIA LAI")
    d.add_paragraph("Gia Lai, ngày 20 tháng 3 năm 2024 (văn bản mẫu)")
    d.add_paragraph("Thu ngân sách nhà nước trên địa bàn phân theo địa phương (Tỷ đồng)")
    table = d.add_table(rows=3, cols=3)
    for r, cells in enumerate([["Địa phương", "2022", "Ước tính 2023"], ["Gia Lai", "6.100,5", "6.420,0"],
                               ["Kon Tum", "2.800,1", "3.010,7"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    d.save(path)
    got, _, _ = _got(path)
    assert got == {("64", "state_budget_revenue", "2022", "actual"): 6100.5,
                   ("64", "state_budget_revenue", "2023", "estimate"): 6420.0,
                   ("62", "state_budget_revenue", "2022", "actual"): 2800.1,
                   ("62", "state_budget_revenue", "2023", "estimate"): 3010.7}


def test_a_table_of_indicators_by_year_with_an_unnamed_label_column(tmp_path):
    # a province's yearbook: no "Chỉ tiêu" over the labels, no year in the title; Kon Tum as it was before 2025
    path = _xlsx(tmp_path / "chi_tieu_chu_yeu.xlsx",
                 ["MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU CỦA TỈNH KON TUM (số liệu mẫu)"],
                 ["", "Đơn vị tính", "2020", "2021", "Sơ bộ 2022"], [
                     ["Tốc độ tăng tổng sản phẩm trên địa bàn", "%", 4.2, 6.5, 9.2],
                     ["Thu ngân sách nhà nước trên địa bàn", "Nghìn tỷ đồng", 2.7, 2.8, "3,01"],
                 ])
    got, _, bad = _got(path)
    assert bad.height == 0
    assert got == {("62", "grdp_growth", "2020", "actual"): 4.2, ("62", "grdp_growth", "2021", "actual"): 6.5,
                   ("62", "grdp_growth", "2022", "estimate"): 9.2,
                   ("62", "state_budget_revenue", "2020", "actual"): pytest.approx(2700),
                   ("62", "state_budget_revenue", "2021", "actual"): pytest.approx(2800),
                   ("62", "state_budget_revenue", "2022", "estimate"): pytest.approx(3010)}


def test_a_sheet_with_no_header_at_all_still_names_the_fix(tmp_path):
    path = _xlsx(tmp_path / "ghi_chu.xlsx", ["Ghi chú của phòng tổng hợp (văn bản mẫu)"], ["Việc cần làm", "Người làm"],
                 [["Họp vào thứ hai", "Phòng tổng hợp"], ["Gửi báo cáo trước ngày 15", "Văn phòng"]])
    with pytest.raises(InputError, match="no header row with 'Chỉ tiêu'"):
        extract_file(path)


def test_a_yearbook_cell_keeps_the_title_that_named_its_indicator(tmp_path):
    path = _xlsx(tmp_path / "xuat_khau.xlsx", ["Biểu 9: Kim ngạch xuất khẩu phân theo địa phương (Triệu USD) - số liệu mẫu"],
                 ["Địa phương", "2022"], [["Bình Định", 1410.2], ["Phú Yên", 205.9]])
    obs = extract_file(path).observations
    assert set(obs["raw_label"]) == {"Biểu 9: Kim ngạch xuất khẩu phân theo địa phương (Triệu USD) - số liệu mẫu"}
    assert "Bình Định | Biểu 9: Kim ngạch xuất khẩu" in obs.filter(obs["province_code"] == "52")["snippet"][0]


def test_a_yearbook_table_on_a_web_page_with_its_unit_note(tmp_path):
    path = tmp_path / "so_lieu.html"
    path.write_text("""<html><head><title>Số liệu thống kê (mẫu)</title></head><body>
<div class="site-header">Trang chủ</div>
<div class="content"><h2>Kim ngạch xuất khẩu phân theo địa phương</h2><p>Đơn vị tính: Nghìn USD (số liệu mẫu)</p>
<table><tr><th>Địa phương</th><th>2021</th><th>Sơ bộ 2022</th></tr>
<tr><td>CẢ NƯỚC</td><td>336.166.000</td><td>371.715.000</td></tr>
<tr><td>Bình Định</td><td>1.203.500</td><td>1.410.200</td></tr>
<tr><td>Phú Yên</td><td>180.400</td><td>205.900</td></tr></table></div></body></html>""", encoding="utf-8")
    got, skipped, bad = _got(path)
    assert bad.height == 0  # the note's parenthesis is not part of the unit
    assert got == {("52", "export_value", "2021", "actual"): pytest.approx(1203.5),
                   ("52", "export_value", "2022", "estimate"): pytest.approx(1410.2),
                   ("54", "export_value", "2021", "actual"): pytest.approx(180.4),
                   ("54", "export_value", "2022", "estimate"): pytest.approx(205.9)}
