"""Table rules the 2026 blind corpora (tests/corpus/tables8, documents10) showed were missing, one rule each, on
small tables written here (SAMPLE figures): an estimate title, a growth compared with last year under a merged
province header, English month columns and units, a unit note with a remark, label columns named for what they list,
comparisons alone before a stated estimate, a quarter's slash, a caption's indicator before its period, PDF running
headers and a sentence the page break cut."""

from __future__ import annotations

import datetime as dt

import polars as pl

from test_pdf_reports import FONT, needs_font
from test_table_headers import _xlsx

from pipelines.lib import documents, table_layout
from pipelines.lib.ingest import extract_file


def _rows(path, published=None) -> dict:
    obs = extract_file(path, published=published).observations.filter(pl.col("issue").is_null())
    return {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}


def test_an_estimate_title_makes_its_years_undated_columns_estimates(tmp_path):
    path = _xlsx(tmp_path / "camau_q3.xlsx", [
        ["UBND TỈNH CÀ MAU - CHỈ TIÊU CHỦ YẾU QUÝ III VÀ 9 THÁNG NĂM 2026 (SỐ ƯỚC TÍNH) - Số liệu mẫu"],
        ["Chỉ tiêu", "Đơn vị tính", "Quý III/2026", "9 tháng năm 2026", "9 tháng năm 2026 so với cùng kỳ (%)"],
        ["Kim ngạch xuất khẩu hàng hóa", "Triệu USD", 412.8, 1198.6, 97.7],
    ])
    got = _rows(path, dt.date(2026, 10, 6))  # the periods are over on the day: only the title says estimate
    assert got[("96", "export_value", "2026-Q3", "estimate")] == 412.8
    assert got[("96", "export_value", "2026-9M", "estimate")] == 1198.6
    assert got[("96", "export_value_growth", "2026-9M", "estimate")] == -2.3
    assert not any(key[3] == "actual" for key in got)


def test_a_province_table_under_an_estimate_title_with_growth_compared_with_last_year(tmp_path):
    header = ("STT", "Tỉnh, thành phố")
    path = _xlsx(tmp_path / "vung_9t.xlsx", [
        ["MỘT SỐ CHỈ TIÊU CỦA CÁC TỈNH TRONG VÙNG"], ["ƯỚC TÍNH 9 THÁNG NĂM 2026 (Số liệu mẫu)"], [],
        [*header, "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "Chỉ số sản xuất công nghiệp (IIP)",
         "Trị giá xuất khẩu hàng hóa"],
        [*header, "%", "%", "Triệu USD"],
        [*header, "So với cùng kỳ năm trước", "So với cùng kỳ năm trước", "9 tháng năm 2026"],
        [1, "Quảng Ninh", 10.35, 112.4, 4120.9],
        [2, "Bắc Ninh", 9.62, 115.7, 58940.2],
    ], merges=[(3, 0, 5, 0, "STT"), (3, 1, 5, 1, "Tỉnh, thành phố")])
    got = _rows(path, dt.date(2026, 10, 20))
    assert got[("22", "grdp_growth", "2026-9M", "estimate")] == 10.35  # the rate itself
    assert got[("24", "iip_growth", "2026-9M", "estimate")] == 15.7  # an index: less 100
    assert got[("24", "export_value", "2026-9M", "estimate")] == 58940.2


def test_english_month_columns_units_and_labels(tmp_path):
    path = _xlsx(tmp_path / "itpc_oct.xlsx", [
        ["HO CHI MINH CITY INVESTMENT AND TRADE PROMOTION CENTRE"], ["KEY INDICATORS, JANUARY - OCTOBER 2026 (sample)"],
        ["Indicator", "Unit", "Oct 2026 (est.)", "Jan-Oct 2026 (est.)", "Jan-Oct 2025", "Change y/y (%)"],
        ["Merchandise exports", "USD billion", 7.84, 74.62, 68.15, 9.5],
        ["Newly established enterprises", "number", 6215, 58430, 52140, 12.1],
        ["Retail sales of goods and consumer services", "VND trillion", 128.6, 1245.8, 1118.3, 11.4],
    ])
    got = _rows(path, dt.date(2026, 11, 12))
    assert got[("79", "export_value", "2026-10", "estimate")] == 7840
    assert got[("79", "export_value", "2026-10M", "estimate")] == 74620
    assert got[("79", "export_value", "2025-10M", "actual")] == 68150
    assert got[("79", "export_value_growth", "2026-10M", "estimate")] == 9.5  # a change, not an index
    assert got[("79", "new_enterprises", "2026-10M", "estimate")] == 58430
    assert got[("79", "retail_sales_services_revenue", "2026-10M", "estimate")] == 1245800


def test_a_unit_note_with_a_remark_label_columns_and_comparisons_alone(tmp_path):
    path = _xlsx(tmp_path / "nghean_q1.xlsx", [
        ["Biểu 02. CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP THEO THÁNG, QUÝ I/2026 – TỈNH NGHỆ AN"],
        ["Đơn vị tính: % – Số liệu mẫu"], [],
        ["STT", "Ngành công nghiệp", "Tháng 1/2026 so với cùng kỳ", "Tháng 2/2026 so với cùng kỳ",
         "Ước tính quý I/2026 so với cùng kỳ"],
        [None, "Toàn ngành công nghiệp", "112,35", "96,48", "106,71"],
        [1, "Khai khoáng", "104,20", "92,10", "100,45"],
    ])
    got = _rows(path, dt.date(2026, 4, 6))
    # the total row takes the caption's indicator, its period left out; January and February are actuals beside
    # the quarter the table calls an estimate
    assert got[("40", "iip_growth", "2026-01", "actual")] == 12.35
    assert got[("40", "iip_growth", "2026-02", "actual")] == -3.52
    assert got[("40", "iip_growth", "2026-Q1", "estimate")] == 6.71
    assert table_layout.unit_note("Đơn vị tính: Tỷ đồng – Số liệu mẫu") == "Tỷ đồng"


def test_a_quarters_slash_is_a_period_not_a_ratio():
    assert table_layout.compare_role("Quý II/2026 (sơ bộ)") is None
    assert table_layout.compare_role("Tháng 9/2025 so với cùng kỳ") == "compare_yoy"
    assert table_layout.compare_role("Ước TH 2023/TH 2022") == "compare_yoy"
    assert table_layout.compare_role("UTH/KH") == "compare_plan"
    assert table_layout.column_period("Quý II/2026 (sơ bộ)") == "-Q2"


def _two_page_pdf(path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dv", "", str(FONT))
    pdf.set_auto_page_break(False)
    for page, lines in enumerate((
        ["BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2026 (số liệu mẫu)", "Tỉnh Đắk Lắk, ngày 06/10/2026",
         "Tổng mức bán lẻ hàng hóa 9 tháng ước đạt 121.560 tỷ đồng. Chỉ số giá tiêu dùng (CPI) bình"],
        ["quân 9 tháng tăng 3,12% so với cùng kỳ.", "Thu ngân sách 9 tháng đạt 10.846 tỷ đồng."],
    ), start=1):
        pdf.add_page()
        pdf.set_font("dv", size=10)
        pdf.text(20, 10, "Số liệu mẫu – Báo cáo KT-XH 9 tháng năm 2026")  # the running header
        for k, line in enumerate(lines):
            pdf.text(20, 30 + 8 * k, line)
        pdf.text(80, 285, f"Trang {page}/2 – Số liệu mẫu")  # the running footer
    pdf.output(str(path))


@needs_font
def test_pdf_running_header_and_footer_go_and_a_sentence_cut_by_the_page_break_is_joined(tmp_path):
    path = tmp_path / "daklak_9t.pdf"
    _two_page_pdf(path)
    text = documents.read_document(path).text
    assert "Trang 1/2" not in text and "Trang 2/2" not in text
    assert text.count("Báo cáo KT-XH 9 tháng năm 2026") <= 1  # kept at most as the title line
    assert "Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 3,12%" in text
    got = _rows(path, dt.date(2026, 10, 6))
    assert got[("66", "cpi_avg_growth", "2026-9M", "actual")] == 3.12


def test_a_regions_provinces_as_rows_with_an_index_column_a_levels_change_and_text_figures(tmp_path):
    path = tmp_path / "dbscl_10t.csv"
    path.write_text(
        "ƯỚC TÍNH MỘT SỐ CHỈ TIÊU CÁC TỈNH VÙNG ĐỒNG BẰNG SÔNG CỬU LONG 10 THÁNG NĂM 2026 (Số liệu mẫu)\t\t\t\n"
        "Tỉnh, thành phố\tChỉ số giá tiêu dùng bình quân 10 tháng so với cùng kỳ năm trước (%)\t"
        "Kim ngạch xuất khẩu hàng hóa 10 tháng (Triệu USD)\tXuất khẩu tăng/giảm so với cùng kỳ (%)\n"
        "Đồng Tháp\t103,12\t3.845,6\t7,8\n"  # "Đồng" is a unit word too: still a province's row, not units
        "Cà Mau\t102,64\t2.450,3\t(4,8)\n"
        "Cả nước\t103,30\t389.120,5\t8,4\n", encoding="utf-16")
    got = _rows(path, dt.date(2026, 11, 10))
    assert got[("82", "cpi_avg_growth", "2026-10M", "estimate")] == 3.12  # an index: less 100
    assert got[("82", "export_value", "2026-10M", "estimate")] == 3845.6
    assert got[("82", "export_value_growth", "2026-10M", "estimate")] == 7.8
    assert got[("96", "export_value_growth", "2026-10M", "estimate")] == -4.8
    assert not any(key[0] not in ("82", "96") for key in got)  # the country's row is no province's


def test_a_pci_table_whose_columns_name_only_the_score_and_the_rank(tmp_path):
    path = _xlsx(tmp_path / "pci_2025.xlsx", [
        ["KẾT QUẢ CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2025 - BẮC TRUNG BỘ"],
        ["Số liệu mẫu - tổng hợp ngày 20/5/2026"], [],  # the day it was compiled names no year of the figures
        ["STT", "Tỉnh, thành phố", "Điểm PCI tổng hợp", "Xếp hạng (trên 34 tỉnh, thành phố)", "Nhóm điều hành"],
        [1, "Thanh Hóa", 70.12, 5, "Tốt"],
        [2, "Nghệ An", 67.45, 14, "Khá"],
    ])
    got = _rows(path)
    assert got == {("38", "pci_score", "2025", "actual"): 70.12, ("38", "pci_rank", "2025", "actual"): 5,
                   ("40", "pci_score", "2025", "actual"): 67.45, ("40", "pci_rank", "2025", "actual"): 14}


def test_a_document_tables_total_row_takes_the_indicator_of_the_caption_in_the_text_above(tmp_path):
    path = tmp_path / "cantho_t10.md"
    path.write_text(
        "# Tình hình kinh tế - xã hội tháng 10 năm 2026 của thành phố Cần Thơ (số liệu mẫu)\n\n"
        "Biểu 2. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng\n\n"
        "| | Thực hiện tháng 9/2026 (Tỷ đồng) | Ước tính tháng 10/2026 (Tỷ đồng) |\n"
        "|---|---|---|\n"
        "| TỔNG SỐ | 17.842,6 | 18.215,3 |\n"
        "| Bán lẻ hàng hóa | 13.120,4 | 13.405,1 |\n", encoding="utf-8")
    got = _rows(path, dt.date(2026, 11, 6))
    assert got[("92", "retail_sales_services_revenue", "2026-09", "actual")] == 17842.6
    assert got[("92", "retail_sales_services_revenue", "2026-10", "estimate")] == 18215.3


def test_two_language_yearbook_tables(tmp_path):
    path = _xlsx(tmp_path / "ngtk.xlsx", [
        ["Biểu 3.8: Tổng sản phẩm trên địa bàn bình quân đầu người theo giá hiện hành phân theo địa phương"],
        ["Table 3.8: GRDP per capita at current prices by province"],
        [None, None, "Đơn vị tính - Unit: Triệu đồng - Mill. dongs"],
        ["Tỉnh, thành phố - Province", 2022, "Sơ bộ - Prel."],
        ["Tỉnh, thành phố - Province", 2022, 2023],  # the year of "Sơ bộ" on the row below (sample figures)
        ["CẢ NƯỚC - WHOLE COUNTRY", 95.6, 101.9],
        ["Bắc Kạn", 42.6, 46.1],
        ["Hòa Bình", 55.3, 59.8],
        ["Biểu 3.9: Tổng sản phẩm trên địa bàn bình quân đầu người tính theo USD phân theo địa phương"],
        [None, None, "Đơn vị tính - Unit: USD"],
        ["Tỉnh, thành phố - Province", 2022, "Sơ bộ - Prel. 2023"],
        ["Bắc Kạn", 1831, 1938],
        ["Hòa Bình", 2376, 2514],
    ])
    got = _rows(path, dt.date(2024, 6, 28))
    assert got[("06", "grdp_per_capita", "2023", "estimate")] == 46.1  # "Sơ bộ - Prel." over 2023
    assert got[("17", "grdp_per_capita", "2022", "actual")] == 55.3
    assert got[("06", "grdp_per_capita_usd", "2022", "actual")] == 1831  # the second table of the sheet, its own
    assert got[("17", "grdp_per_capita_usd", "2023", "estimate")] == 2514
    assert not any(key[0] == "00" for key in got)
    rows = _xlsx(tmp_path / "bac_giang.xlsx", [
        ["Niên giám thống kê tỉnh Bắc Giang 2023 - Bac Giang Statistical Yearbook 2023 (số liệu mẫu)"],
        ["Chỉ tiêu - Indicators", "Đơn vị tính - Unit", 2022, "Sơ bộ - Prel. 2023"],
        ["GRDP bình quân đầu người - GRDP per capita", "Triệu đồng - Mill. dongs", 90.1, 99.8],
        ["Tính theo USD - In USD", "USD", 3872, 4159],
        ["Chỉ số phát triển GRDP theo giá so sánh 2010 (Năm trước = 100) - Index of GRDP (Previous year = 100)", "%",
         114.82, 111.86],
        ["Vốn đầu tư thực hiện trên địa bàn theo giá hiện hành - Investment at current prices", "Tỷ đồng - Bill. dongs",
         61478.9, 70236.5],
        ["Số lượt khách du lịch - Number of tourist arrivals", "Nghìn lượt người", 9026.7, 10583.4],
    ])
    got = _rows(rows, dt.date(2024, 6, 25))
    assert got[("24", "grdp_per_capita_usd", "2023", "estimate")] == 4159
    assert got[("24", "grdp_growth", "2022", "actual")] == 14.82
    assert got[("24", "total_social_investment", "2023", "estimate")] == 70236.5
    assert got[("24", "tourism_arrivals", "2022", "actual")] == 9026700


def test_a_yearbook_structure_table_by_sector_and_province(tmp_path):
    year = ["2023"] * 3 + ["Sơ bộ - Prel. 2024"] * 3
    path = _xlsx(tmp_path / "co_cau.xlsx", [
        ["Biểu 3.6: Cơ cấu tổng sản phẩm trên địa bàn theo giá hiện hành phân theo khu vực kinh tế và phân theo địa "
         "phương (số liệu mẫu)"],
        [None, None, None, None, None, None, "Đơn vị tính - Unit: %"],
        ["Tỉnh, thành phố - Province", *year],
        [None, *["Tổng số - Total", "Nông, lâm nghiệp và thủy sản - Agriculture, forestry and fishing",
                 "Dịch vụ - Service"] * 2],
        ["CẢ NƯỚC - WHOLE COUNTRY", 100, 11.96, 42.54, 100, 11.86, 42.36],
        ["Hưng Yên", 100, 8.94, 25.63, 100, 8.41, 25.4],
        ["Hà Giang", 100, 21.37, 35.62, 100, 20.55, 35.48],
    ])
    got = _rows(path, dt.date(2025, 6, 30))
    assert got == {("33", "structure_agriculture_share", "2023", "actual"): 8.94,
                   ("33", "structure_services_share", "2023", "actual"): 25.63,
                   ("33", "structure_agriculture_share", "2024", "estimate"): 8.41,
                   ("33", "structure_services_share", "2024", "estimate"): 25.4,
                   ("02", "structure_agriculture_share", "2023", "actual"): 21.37,
                   ("02", "structure_services_share", "2023", "actual"): 35.62,
                   ("02", "structure_agriculture_share", "2024", "estimate"): 20.55,
                   ("02", "structure_services_share", "2024", "estimate"): 35.48}
