"""Table rules the blind corpus tests/corpus/tables12 showed were missing, one rule each, on small workbooks written
here with openpyxl (SAMPLE figures, labels of our own): a sheet per year whose only value column is "Giá trị", the
sub-rows of a structure headed at current prices, a former province ("tỉnh … cũ") named in a merged city's title, a
second table whose label column sits one column right, months typed as dates with a status column per row, columns
of a level or an index compared with last year, a plan's growth under a three-level header, and a table by district
whose total row is the province's."""

from __future__ import annotations

import datetime as dt

import openpyxl
import polars as pl

from conftest import write_xlsx as _xlsx
from pipelines.lib.ingest import extract_file


def _rows(path, published=None) -> dict:
    obs = extract_file(path, published=published).observations.filter(pl.col("issue").is_null())
    return {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}


def test_a_sheet_per_year_whose_only_value_column_is_gia_tri_takes_the_titles_year_and_status(tmp_path):
    rows = lambda year, note, growth: [  # noqa: E731
        [f"TỈNH QUẢNG TRỊ – CHỈ TIÊU CHỦ YẾU NĂM {year} (Số liệu mẫu)"], [note], [],
        ["Chỉ tiêu", "Đơn vị tính", "Giá trị", "Ghi chú"],
        ["Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", growth, None],
    ]
    path = _xlsx(tmp_path / "mau_theo_nam.xlsx", {"2023": rows(2023, "Số liệu chính thức", 5.1),
                                                  "Năm 2024": rows(2024, "Số liệu sơ bộ", 6.2)})
    got = _rows(path, dt.date(2025, 3, 1))
    assert got[("45", "grdp_growth", "2023", "actual")] == 5.1
    assert got[("45", "grdp_growth", "2024", "estimate")] == 6.2  # over on the day, but the title says preliminary
    assert len(got) == 2


def test_a_share_under_a_structure_heading_at_current_prices(tmp_path):
    path = _xlsx(tmp_path / "mau_co_cau.xlsx", {"Biểu": [
        ["TỈNH QUẢNG TRỊ – CHỈ TIÊU CHỦ YẾU (Số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện 2023"],
        ["2. Cơ cấu GRDP theo giá hiện hành", "%", None],
        ["   - Dịch vụ", "%", 40.5],
        ["   - Thuế sản phẩm trừ trợ cấp sản phẩm", "%", 7.25],
    ]})
    got = _rows(path, dt.date(2024, 3, 1))
    assert got[("45", "structure_services_share", "2023", "actual")] == 40.5
    assert got[("45", "structure_product_taxes_share", "2023", "actual")] == 7.25


def test_a_former_province_named_in_the_title_after_the_merged_one_is_not_the_documents(tmp_path):
    path = _xlsx(tmp_path / "mau_ktxh.xlsx", {"KTXH": [
        ["THÀNH PHỐ HẢI PHÒNG – TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2025 (Số liệu mẫu)"],
        ["(Số liệu năm 2024 tính theo địa giới mới, gồm thành phố Hải Phòng và tỉnh Hải Dương cũ)"],
        ["Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Ước tính năm 2025"],
        ["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 41000.5, 45200.8],
    ]})
    got = _rows(path, dt.date(2026, 1, 12))  # "tỉnh Hải Dương cũ" is a part, not the city the document is of
    assert got[("31", "state_budget_revenue", "2024", "actual")] == 41000.5
    assert got[("31", "state_budget_revenue", "2025", "estimate")] == 45200.8
    assert {key[0] for key in got} == {"31"}


def test_a_second_table_on_the_sheet_with_stt_first_and_its_unit_column_last(tmp_path):
    path = _xlsx(tmp_path / "mau_hai_bieu.xlsx", {"KTXH": [
        ["TỈNH NINH BÌNH – TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2025 (Số liệu mẫu)"], [],
        ["Biểu 1. Kinh tế"],
        ["Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Ước tính năm 2025"],
        ["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 41000.5, 45200.8],
        [],
        ["Biểu 2. Xã hội"],
        ["STT", "Chỉ tiêu", "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "Đơn vị tính"],
        ["1", "Tỷ lệ che phủ rừng", 20.1, 20.3, 20.5, "%"],
    ]})
    got = _rows(path, dt.date(2026, 1, 12))
    assert got[("37", "state_budget_revenue", "2025", "estimate")] == 45200.8
    assert got[("37", "forest_cover", "2025", "plan")] == 20.1
    assert got[("37", "forest_cover", "2025", "estimate")] == 20.3
    assert got[("37", "forest_cover", "2026", "plan")] == 20.5


def _monthly(path, first_month) -> str:
    """A month per row: a real date (the first of the month) in the 'Tháng' column, a status column at the end."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Thang"
    ws.append(["CỤC THỐNG KÊ TỈNH LẠNG SƠN"])
    ws.append(["MỘT SỐ CHỈ TIÊU THEO THÁNG NĂM 2026 (Số liệu mẫu)"])
    ws.append(["Tháng", "Chỉ số sản xuất công nghiệp so cùng kỳ (%)", "Tổng mức bán lẻ (Tỷ đồng)",
               "Tổng mức bán lẻ so cùng kỳ (%)", "Tình trạng số liệu"])
    ws.append([first_month, 108.5, 2100.4, 96.5, "Chính thức"])
    ws.append([dt.datetime(2026, 2, 1), 111.2, 2050.7, 110.3, "Sơ bộ"])
    ws.append(["Cộng 2 tháng", 109.8, 4151.1, 102.9, "Ước tính"])
    for r in range(4, 6):
        ws.cell(r, 1).number_format = "dd/mm/yyyy"
    wb.save(path)
    return str(path)


def test_a_month_typed_as_a_date_and_a_status_column_per_row(tmp_path):
    got = _rows(_monthly(tmp_path / "mau_thang.xlsx", dt.datetime(2026, 1, 1)), dt.date(2026, 3, 20))
    assert got[("20", "retail_sales_services_revenue", "2026-01", "actual")] == 2100.4  # "01/01/2026": January
    assert got[("20", "retail_sales_services_revenue", "2026-02", "estimate")] == 2050.7  # over, but "Sơ bộ"
    assert got[("20", "retail_sales_services_revenue", "2026-2M", "estimate")] == 4151.1  # "Ước tính"
    assert not any(key[2] == "2026" for key in got)


def test_columns_compared_with_last_year_hold_indices(tmp_path):
    got = _rows(_monthly(tmp_path / "mau_thang.xlsx", dt.datetime(2026, 1, 1)), dt.date(2026, 3, 20))
    assert got[("20", "iip_growth", "2026-01", "actual")] == 8.5  # "Chỉ số … so cùng kỳ (%) | 108,5"
    assert got[("20", "retail_sales_services_revenue_growth", "2026-01", "actual")] == -3.5  # a level's: 96,5
    assert got[("20", "retail_sales_services_revenue_growth", "2026-2M", "estimate")] == 2.9


def test_a_plans_comparison_with_last_year_is_a_planned_growth(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["UBND TỈNH TUYÊN QUANG – KẾT QUẢ NĂM 2024 (Số liệu mẫu)"], [],
                ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024"],
                [None, None, None, "Kế hoạch", None, "Thực hiện"],
                [None, None, None, "Giá trị", "So cùng kỳ (%)", "Giá trị", "So cùng kỳ (%)"],
                ["1", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", 500, 108.0, 520.6, 112.3]):
        ws.append(row)
    for cells in ("A3:A5", "B3:B5", "C3:C5", "D3:G3", "D4:E4", "F4:G4"):
        ws.merge_cells(cells)
    wb.save(tmp_path / "mau_ba_tang.xlsx")
    got = _rows(tmp_path / "mau_ba_tang.xlsx", dt.date(2025, 1, 15))
    assert got[("08", "export_value_growth", "2024", "plan")] == 8.0  # "Kế hoạch › So cùng kỳ (%)"
    assert got[("08", "export_value_growth", "2024", "actual")] == 12.3
    assert got[("08", "export_value", "2024", "plan")] == 500


def test_a_table_by_district_gives_only_its_province_total(tmp_path):
    path = _xlsx(tmp_path / "mau_huyen.xlsx", {"Huyen": [
        ["CỤC THỐNG KÊ TỈNH THANH HÓA"], ["MỘT SỐ CHỈ TIÊU PHÂN THEO HUYỆN NĂM 2019 (số liệu sơ bộ)"], [],
        ["TT", "Đơn vị hành chính", "Thu NSNN trên địa bàn (Tỷ đồng)", "Số xã đạt chuẩn NTM lũy kế (Xã)"],
        ["I", "Các thị xã", 900.5, 3],
        [1, "Thị xã Bỉm Sơn", 600.2, 2],
        [2, "Thị xã Nghi Sơn", 300.3, 1],
        ["II", "Các huyện", 700.1, 40],
        [3, "Huyện Hà Trung", 350.0, 20],
        [4, "Huyện Nga Sơn", 350.1, 20],
        [None, "Tổng cộng toàn tỉnh", 2800.4, 43],
    ]})
    got = _rows(path, dt.date(2020, 4, 1))
    assert got == {("38", "state_budget_revenue", "2019", "estimate"): 2800.4,  # not the districts' sum
                   ("38", "ntm_communes", "2019", "estimate"): 43}
