"""Table rules the blind corpus of data exports and pivots (tests/corpus/tables13) showed were missing, one rule
each, on small tables written here (SAMPLE figures, own labels)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from conftest import write_xlsx as _xlsx
from pipelines.lib.ingest import extract_file


def _rows(path, published=None) -> dict:
    obs = extract_file(path, published=published).observations.filter(pl.col("issue").is_null())
    return {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}


def test_an_english_long_export_with_a_status_column_and_a_rank(tmp_path):
    path = tmp_path / "export_2022.csv"
    path.write_text(
        "Province code,Province,Indicator,Unit,Year,Value,Data status\n"
        "00,Toàn quốc,Registered FDI capital (new + additional),million USD,2022,27000.1,Official\n"
        "31,Hải Phòng,Registered FDI capital (new + additional),thousand USD,2022,2150300,Official\n"
        "31,Hải Phòng,PCI rank,rank (of 63),2022,5,Published\n"
        "31,Hải Phòng,Newly established enterprises,enterprises,2022,3120,Provisional\n", encoding="utf-8")
    got = _rows(path, dt.date(2023, 5, 2))
    assert got[("31", "fdi_registered", "2022", "actual")] == 2150.3  # thousand USD › million USD
    assert got[("31", "pci_rank", "2022", "actual")] == 5  # a rank's unit says of how many: still the rank
    assert got[("31", "new_enterprises", "2022", "estimate")] == 3120
    assert not any(key[0] == "00" or key[0] is None for key in got)


def test_a_wide_csv_whose_last_year_is_preliminary_and_an_index_row_of_grdp(tmp_path):
    path = tmp_path / "vung_grdp.csv"
    path.write_text(
        "\"Tỉnh, thành phố\",Chỉ tiêu,Đơn vị,2020,2021 (sơ bộ)\n"
        'Vĩnh Long,Chỉ số phát triển GRDP (năm trước = 100),%,"102,50","98,75"\n'
        'Vĩnh Long,GRDP bình quân đầu người,Triệu đồng,"50,2","51,7"\n', encoding="utf-8")
    got = _rows(path, dt.date(2022, 9, 1))
    assert got[("86", "grdp_growth", "2020", "actual")] == 2.5  # last year = 100: the growth
    assert got[("86", "grdp_growth", "2021", "estimate")] == -1.25
    assert got[("86", "grdp_per_capita", "2021", "estimate")] == 51.7


def test_one_indicator_per_sheet_years_down_the_rows_columns_of_status_and_comparisons(tmp_path):
    source = "Nguồn: Cục Thống kê tỉnh Bình Định (Số liệu mẫu)"
    path = _xlsx(tmp_path / "so_tay.xlsx", {
        "Thu NSNN": [["Thu ngân sách nhà nước trên địa bàn (tỷ đồng)"], [source], [],
                     ["Năm", "Dự toán", "Thực hiện", "So dự toán (%)", "So cùng kỳ (năm trước = 100)"],
                     ["2019", 9000, 9450, 105.0, 108.2], ["2020", 9500, None, None, None]],
        "FDI": [["Vốn đầu tư trực tiếp nước ngoài đăng ký – đơn vị: tỷ USD"], [source], [],
                ["Năm", "Vốn đăng ký (tỷ USD)"], ["2019", 0.42]],
        "Kim ngạch xuất khẩu": [["Sổ tay số liệu tỉnh Bình Định (triệu USD)"], [], ["Năm", "Thực hiện"], ["2019", 1210.5]],
    })
    got = _rows(path, dt.date(2020, 3, 1))
    assert got[("52", "state_budget_revenue", "2019", "plan")] == 9000
    assert got[("52", "state_budget_revenue", "2019", "actual")] == 9450
    assert got[("52", "state_budget_revenue", "2020", "plan")] == 9500
    assert got[("52", "state_budget_revenue_pct_of_estimate", "2019", "actual")] == 105.0
    assert got[("52", "state_budget_revenue_growth", "2019", "actual")] == 8.2  # last year = 100
    assert got[("52", "fdi_registered", "2019", "actual")] == 420.0  # tỷ USD › triệu USD
    assert got[("52", "export_value", "2019", "actual")] == 1210.5  # the sheet's name names the indicator


def test_provinces_by_month_of_the_titles_year_with_a_span_and_its_comparison(tmp_path):
    path = _xlsx(tmp_path / "ban_le_thang.xlsx", {"Sheet1": [
        ["TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG THEO THÁNG NĂM 2025"], ["Đơn vị: tỷ đồng (Số liệu mẫu)"],
        ["Tỉnh, thành phố", "Tháng 1", "Tháng 2", "Tháng 3 (ước)", "Lũy kế 3 tháng", "Lũy kế so cùng kỳ (tăng %)",
         "Tháng 3 so tháng 2 (%)"],
        ["Thái Bình", 3100.0, 2950.5, 3050.0, 9100.5, 8.4, 103.4],
        ["Ninh Bình", 2500.0, 2410.0, 2480.0, 7390.0, 9.1, 102.9],
        ["Cộng 2 tỉnh", 5600.0, 5360.5, 5530.0, 16490.5, 8.7, None],
    ]})
    got = _rows(path, dt.date(2025, 4, 2))
    assert got[("34", "retail_sales_services_revenue", "2025-01", "actual")] == 3100.0
    assert got[("34", "retail_sales_services_revenue", "2025-03", "estimate")] == 3050.0
    # the quarter holds the estimated March: an estimate; its growth is the rate as printed
    assert got[("34", "retail_sales_services_revenue", "2025-Q1", "estimate")] == 9100.5
    assert got[("34", "retail_sales_services_revenue_growth", "2025-Q1", "estimate")] == 8.4
    assert len(got) == 10  # no month-on-month change, no total row


def test_a_dashboard_of_regions_and_provinces_with_a_status_and_months_after_each_indicator(tmp_path):
    path = _xlsx(tmp_path / "dashboard.xlsx", {"Dashboard": [
        ["XUẤT KHẨU HÀNG HÓA – ƯỚC TÍNH 10 THÁNG NĂM 2024 (Số liệu mẫu)"], ["Đơn vị: triệu USD"], [],
        ["Vùng / Tỉnh, thành phố", "Xuất khẩu ước 10T/2024", "Chỉ số so cùng kỳ (%)"],
        ["CẢ NƯỚC", 300000.0, 110.0],
        ["Tây Nguyên", 8000.0, 112.5],
        ["Gia Lai", 1500.5, 108.2],
    ]})
    got = _rows(path, dt.date(2024, 11, 6))
    assert got == {("64", "export_value", "2024-10M", "estimate"): 1500.5,
                   ("64", "export_value_growth", "2024-10M", "estimate"): 8.2}


def test_a_province_header_with_a_remark_and_a_status_stated_for_one_subject_only(tmp_path):
    path = _xlsx(tmp_path / "du_lich.xlsx", {"Sheet1": [
        ["Du lịch và giảm nghèo các tỉnh năm 2023 (Số liệu mẫu)"],
        ["Số liệu du lịch năm 2023 là số ước tính."], [],
        ["Tỉnh (mã hệ thống)", "Doanh thu du lịch (tỷ đồng)", "Tỷ lệ hộ nghèo đa chiều (%)"],
        ["QUANG NGAI", 3200.5, 4.1],
        ["BINH DINH", 8800.0, 2.3],
    ]})
    got = _rows(path, dt.date(2024, 1, 20))
    assert got[("51", "tourism_revenue", "2023", "estimate")] == 3200.5
    assert got[("51", "poverty_rate_multidim", "2023", "actual")] == 4.1  # the estimate is the tourism figures'
    assert got[("52", "poverty_rate_multidim", "2023", "actual")] == 2.3


def test_a_pivot_table_of_provinces_by_indicator(tmp_path):
    path = _xlsx(tmp_path / "pivot.xlsx", {"Pivot": [
        ["DỰ TOÁN THU NGÂN SÁCH NĂM 2024 (Số liệu mẫu)"], [],
        ["Loại số liệu", "Dự toán"], [],
        ["Tổng của Giá trị (triệu đồng)", "Nhãn Cột"],
        ["Nhãn Hàng", "Thu ngân sách nhà nước trên địa bàn", "Tổng Cộng"],
        ["Phú Yên", 5200000.0, 5200000.0],
        ["Đắk Lắk", 7100000.0, 7100000.0],
        ["Tổng Cộng", 12300000.0, 12300000.0],
    ]})
    got = _rows(path, dt.date(2024, 2, 1))
    assert got == {("54", "state_budget_revenue", "2024", "plan"): 5200.0,  # triệu › tỷ đồng
                   ("66", "state_budget_revenue", "2024", "plan"): 7100.0}
