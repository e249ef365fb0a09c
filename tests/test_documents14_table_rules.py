"""Table rules the blind corpus tests/corpus/documents14 showed were missing, one rule each, on small workbooks written
here with openpyxl, or PDF pages as pypdf's layout mode prints them (SAMPLE figures, labels of our own): a merged
province's restated column ("số so sánh") beside its former provinces, a status and a unit under a merged indicator,
a title of targets set by resolutions, a row of the whole province, a money unit in the title, a quarter whose last
month is estimated, a rate named after its level, and in a PDF a table whose header repeats on the next page and a
unit cell wrapped around its row."""

from __future__ import annotations

import datetime as dt

import polars as pl

from conftest import write_xlsx as _xlsx
from pipelines.lib import pdf_tables
from pipelines.lib.ingest import extract_file


def _obs(path, published=None) -> pl.DataFrame:
    return extract_file(path, published=published).observations.filter(pl.col("issue").is_null())


def _rows(path, published=None) -> dict:
    return {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"]
            for r in _obs(path, published).iter_rows(named=True)}


def test_a_restated_column_of_the_reports_province_is_its_figures_not_a_comparison(tmp_path):
    path = _xlsx(tmp_path / "so_lieu_so_sanh.xlsx", {"Bieu": [
        ["THỐNG KÊ TỈNH GIA LAI – SỐ LIỆU SO SÁNH NĂM 2024 – 2025 (Số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", None, None, "Ước tính năm 2025"],
        [None, None, None, "Gia Lai (cũ)", "Bình Định (cũ)", "Tỉnh Gia Lai (số so sánh)", None],
        [1, "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 5210, 16340, 21550, 24100],
        [2, "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", 6.1, 7.4, 6.9, 7.8],
    ]}, {"Bieu": ["D2:F2"]})
    obs = _obs(path, dt.date(2026, 1, 20))
    restated = obs.filter(pl.col("locator").str.ends_with("!F4")).row(0, named=True)
    # "(số so sánh)" says restated figures, not "So sánh (%)": the merged province's 2024, as the report speaks for it
    assert (restated["indicator"], restated["period"], restated["value"]) == ("state_budget_revenue", "2024", 21550)
    assert restated["province_key"] == "52@2025"
    growth = obs.filter(pl.col("locator").str.ends_with("!F5")).row(0, named=True)
    assert (growth["indicator"], growth["value"], growth["province_key"]) == ("grdp_growth", 6.9, "52@2025")
    # the former provinces' columns stay theirs
    assert obs.filter(pl.col("locator").str.ends_with("!D4")).row(0, named=True)["province_code"] == "64"


def test_a_status_and_a_unit_under_an_indicator_merged_over_two_columns(tmp_path):
    path = _xlsx(tmp_path / "cum_thi_dua.xlsx", {"Tong hop": [
        ["CỤM THI ĐUA – TỔNG HỢP CHỈ TIÊU ƯỚC THỰC HIỆN NĂM 2025 (Số liệu mẫu)"],
        ["STT", "Tỉnh, thành phố", "Tốc độ tăng GRDP (%)", "Thu ngân sách nhà nước trên địa bàn", None],
        [None, None, None, "Ước TH (tỷ đồng)", "So với dự toán TW giao (%)"],
        [1, "Quảng Ngãi", 8.1, 30125.4, 115.2],
        [2, "Khánh Hòa", 8.6, 28740, 108.9],
    ]}, {"Tong hop": ["A2:A3", "B2:B3", "C2:C3", "D2:E2"]})
    got = _rows(path, dt.date(2026, 1, 20))
    # "(tỷ đồng)" is the unit of the column "Ước TH", whose status words are no unit
    assert got[("51", "state_budget_revenue", "2025", "estimate")] == 30125.4
    assert got[("56", "state_budget_revenue", "2025", "estimate")] == 28740
    assert got[("56", "state_budget_revenue_pct_of_estimate", "2025", "estimate")] == 108.9


def test_a_title_of_targets_set_by_resolutions_names_the_indicator_of_a_province_per_row_table(tmp_path):
    path = _xlsx(tmp_path / "chi_tieu_2026.xlsx", {"KH 2026": [
        ["CHỈ TIÊU TĂNG TRƯỞNG GRDP NĂM 2026 THEO NGHỊ QUYẾT HĐND CÁC TỈNH (%) – Số liệu mẫu"],
        [],
        ["STT", "Tỉnh, thành phố", "Kế hoạch năm 2026 (%)"],
        [1, "Quảng Ngãi", 9.5],
        [2, "Khánh Hòa", 10],
        [3, "Gia Lai", "8,0-8,5"],
    ]})
    got = _rows(path, dt.date(2026, 1, 20))
    # "CHỈ TIÊU …" is the word for a target, "theo Nghị quyết …" the act that set it: the indicator is in between
    assert got[("51", "grdp_growth", "2026", "plan")] == 9.5
    assert got[("56", "grdp_growth", "2026", "plan")] == 10
    assert got[("52", "grdp_growth", "2026", "plan")] == 8.25  # a range: about its midpoint


def test_a_row_of_the_whole_province_is_its_indicator(tmp_path):
    path = _xlsx(tmp_path / "thu_ns.xlsx", {"Thu": [
        ["UBND TỈNH KHÁNH HÒA – THU NGÂN SÁCH NĂM 2025 (Số liệu mẫu)"],
        ["Nội dung", "Đơn vị tính", "Ước thực hiện năm 2025"],
        ["Tổng thu ngân sách nhà nước trên địa bàn toàn tỉnh", "Tỷ đồng", 21480],
        ["Vốn đầu tư thực hiện toàn xã hội của cả tỉnh", "Tỷ đồng", 90150],
    ]})
    got = _rows(path, dt.date(2025, 12, 10))
    assert got[("56", "state_budget_revenue", "2025", "estimate")] == 21480  # "… toàn tỉnh": the province's
    assert got[("56", "total_social_investment", "2025", "estimate")] == 90150


def test_a_money_unit_in_the_titles_parentheses_is_the_unit_of_rows_without_one(tmp_path):
    path = _xlsx(tmp_path / "thu_theo_thang.xlsx", {"Thang": [
        ["TỈNH QUẢNG NGÃI – THU NSNN TRÊN ĐỊA BÀN THEO THÁNG NĂM 2025 (triệu đồng) – Số liệu mẫu"],
        [],
        ["Nội dung", "Tháng 10/2025", "Tháng 11/2025"],
        ["Tổng thu ngân sách nhà nước trên địa bàn", 2104350, 2287410],
    ]})
    got = _rows(path, dt.date(2025, 12, 20))
    assert got[("51", "state_budget_revenue", "2025-10", "actual")] == 2104.35  # triệu đồng → tỷ đồng
    assert got[("51", "state_budget_revenue", "2025-11", "actual")] == 2287.41


def test_a_quarter_whose_last_month_is_estimated_is_an_estimate(tmp_path):
    path = _xlsx(tmp_path / "quy_iv.xlsx", {"Quy": [
        ["TỈNH QUẢNG NGÃI – THU NSNN QUÝ IV NĂM 2025 (Số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Tháng 10/2025", "Tháng 11/2025", "Ước tháng 12/2025", "Quý IV/2025"],
        ["Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 2104, 2287, 2390, 6781],
    ]})
    got = _rows(path, dt.date(2026, 1, 15))  # the quarter is over on the day, but December is an estimate
    assert got[("51", "state_budget_revenue", "2025-11", "actual")] == 2287
    assert got[("51", "state_budget_revenue", "2025-12", "estimate")] == 2390
    assert got[("51", "state_budget_revenue", "2025-Q4", "estimate")] == 6781


def test_a_rate_named_after_its_level_is_that_levels_growth(tmp_path):
    path = _xlsx(tmp_path / "chi_tieu.xlsx", {"Bieu": [
        ["UBND TỈNH KHÁNH HÒA – MỘT SỐ CHỈ TIÊU NĂM 2025 (Số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025"],
        ["GRDP (giá so sánh) – tốc độ tăng", "%", 8.4],
        ["Kim ngạch xuất khẩu hàng hóa - tăng trưởng", "%", 12.6],
        ["GRDP (giá hiện hành) – tốc độ tăng", "%", 11.9],
    ]})
    got = _rows(path, dt.date(2025, 12, 10))
    assert got[("56", "grdp_growth", "2025", "estimate")] == 8.4
    assert got[("56", "export_value_growth", "2025", "estimate")] == 12.6
    assert len(got) == 2  # at current prices a growth is nominal: no rate of the catalogue


_PAGE_ONE = """\
Tình hình kinh tế của tỉnh năm 2025 tiếp tục khởi sắc, các chỉ tiêu chủ yếu đều tăng so với năm trước.

              CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025 (ước tính)

Chỉ tiêu                                  Đơn vị tính        Năm 2025      So cùng kỳ (%)

Kim ngạch xuất khẩu hàng hóa               Triệu USD          1.812,4              112,5

Thu ngân sách nhà nước trên địa bàn          Tỷ đồng           9.640                108,1
"""

_PAGE_TWO = """\
Chỉ tiêu                                  Đơn vị tính        Năm 2025      So cùng kỳ (%)

Vốn đầu tư thực hiện toàn xã hội             Tỷ đồng           40.215               109,0

                                              Doanh
Số doanh nghiệp thành lập mới                nghiệp            1.240                110,2
"""


def test_a_header_repeated_at_the_top_of_the_next_page_keeps_the_tables_title():
    first, second = pdf_tables.tables_from_layout([_PAGE_ONE, _PAGE_TWO], "BÁO CÁO MẪU")
    assert "(ước tính)" in first.grid.caption
    # the same table goes on after the page break: its title (and what the title says of the figures) is its own
    assert "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025 (ước tính)" in second.grid.caption


def test_a_unit_cell_wrapped_around_its_row_is_one_unit_again():
    _, second = pdf_tables.tables_from_layout([_PAGE_ONE, _PAGE_TWO], "BÁO CÁO MẪU")
    rows = second.grid.rows
    assert rows[1][:2] == ["Vốn đầu tư thực hiện toàn xã hội", "Tỷ đồng"]  # not "Tỷ đồng Doanh"
    assert rows[2][:3] == ["Số doanh nghiệp thành lập mới", "Doanh nghiệp", "1.240"]


def test_a_news_table_writes_each_figure_with_its_unit(tmp_path):
    path = _xlsx(tmp_path / "phu_tho_tin_2025.xlsx", {"Sheet1": [
        ["MỘT SỐ CHỈ TIÊU ƯỚC NĂM 2025 TỈNH PHÚ THỌ (số liệu mẫu)"],
        ["Chỉ tiêu", "Ước năm 2025"],
        ["Tổng vốn đầu tư toàn xã hội", "128,5 nghìn tỷ đồng"],
        ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "172.640 tỷ đồng"],
        ["Kim ngạch xuất khẩu", "trên 15 tỷ USD"],
    ]})
    obs = _obs(path, dt.date(2025, 12, 27))
    got = {(r["indicator"], r["qualifier"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("total_social_investment", "exact"): 128500.0, ("retail_sales_services_revenue", "exact"): 172640.0,
                   ("export_value", "more_than"): 15000.0}
