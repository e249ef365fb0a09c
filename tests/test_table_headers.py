"""Table layouts the blind corpus (tests/corpus/tables) showed were misread, one rule each, on small tables written
here (SAMPLE figures): relative years, comparisons of a part of the year, index rows compared with last year, a price
basis in a label, qualifiers after a number, former and new provinces in the columns, a tab-separated .txt table."""

from __future__ import annotations

import polars as pl
import xlsxwriter

from pipelines.lib.ingest import extract_file


def _xlsx(path, rows: list[list], merges=()) -> str:
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Biểu 1")
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v)
    for first_row, first_col, last_row, last_col, text in merges:
        ws.merge_range(first_row, first_col, last_row, last_col, text)
    wb.close()
    return path


def _rows(path) -> dict:
    obs = extract_file(path).observations.filter(pl.col("issue").is_null())
    return {(r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"]): r["value"]
            for r in obs.iter_rows(named=True)}


def test_last_year_this_year_and_next_year_take_the_titles_year(tmp_path):
    path = _xlsx(tmp_path / "bieu02.xlsx", [
        ["UBND TỈNH HÀ TĨNH"], ["Biểu 02: Một số chỉ tiêu chủ yếu năm 2024 (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm trước", "Năm nay (ước)", "Kế hoạch năm sau"],
        ["1", "Tốc độ tăng trưởng GRDP", "%", 6.3, 7.1, "10 trở lên"],
        ["2", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) - xếp hạng", "Thứ hạng", 12, None, None],
    ])
    got = _rows(path)
    assert got[("42", "grdp_growth", "2023", "actual", "exact")] == 6.3
    assert got[("42", "grdp_growth", "2024", "estimate", "exact")] == 7.1
    assert got[("42", "grdp_growth", "2025", "plan", "more_than")] == 10  # "10 trở lên"
    assert got[("42", "pci_rank", "2023", "actual", "exact")] == 12  # "xếp hạng" is the catalogue's "thứ hạng"


def test_each_comparison_column_compares_its_own_part_of_the_year(tmp_path):
    path = _xlsx(tmp_path / "tay_ninh_quy_iii_2024.xlsx", [
        ["CỤC THỐNG KÊ TỈNH TÂY NINH - SỐ LIỆU QUÝ III VÀ 9 THÁNG NĂM 2024 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Ước tính quý III/2024", "Ước tính 9 tháng năm 2024",
         "Quý III/2024 so với cùng kỳ năm trước (%)", "9 tháng năm 2024 so với cùng kỳ năm trước (%)"],
        ["Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010", "Tỷ đồng", "15.412,3", "44.108,7", "107,85", "107,12"],
        ["GRDP (giá hiện hành)", "Tỷ đồng", "31.250,6", "89.540,2", "110,21", "109,83"],
        ["Chỉ số sản xuất công nghiệp (IIP)", "%", "x", "x", "112,4", "111,6"],
    ])
    got = _rows(path)
    # the constant-price GRDP compared with last year is the GRDP growth, per part of the year
    assert got[("72", "grdp_growth", "2024-Q3", "estimate", "exact")] == 7.85
    assert got[("72", "grdp_growth", "2024-9M", "estimate", "exact")] == 7.12
    # "(giá hiện hành)" is a price basis, not a unit: the current-price GRDP, whose change is not a growth rate
    assert got[("72", "grdp_value_current", "2024-9M", "estimate", "exact")] == 89540.2
    assert ("72", "grdp_value_const2010", "2024-9M", "estimate", "exact") in got
    # an index row's comparison is its rate
    assert got[("72", "iip_growth", "2024-Q3", "estimate", "exact")] == 12.4
    assert got[("72", "iip_growth", "2024-9M", "estimate", "exact")] == 11.6


def test_former_and_new_provinces_in_the_columns(tmp_path):
    path = _xlsx(tmp_path / "gia_lai_6_thang_2025.xlsx", [
        ["UBND TỈNH GIA LAI - MỘT SỐ CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2025 (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", None, None, None, "Kế hoạch năm 2025 (tỉnh Gia Lai mới)"],
        [None, None, None, "Gia Lai (cũ)", "Bình Định (cũ)", "Gia Lai (mới)", None],
        ["1", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 3215, 9870, 13085, 22350],
    ], merges=[(1, 3, 1, 5, "Ước thực hiện 6 tháng đầu năm 2025")])
    got = _rows(path)
    assert got[("64", "state_budget_revenue", "2025-H1", "estimate", "exact")] == 3215  # the former Gia Lai
    assert got[("52", "state_budget_revenue", "2025-H1", "estimate", "exact")] in (9870, 13085)
    new = extract_file(path).observations.filter(pl.col("locator") == "Biểu 1!F4").row(0, named=True)
    assert new["province_code"] == "52" and new["value"] == 13085  # the new Gia Lai took Bình Định's code
    assert got[("52", "state_budget_revenue", "2025", "plan", "exact")] == 22350


def test_a_table_saved_as_unicode_text_is_read_as_a_table(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\t\t\t", "KẾT QUẢ THỰC HIỆN NĂM 2023 (số liệu mẫu)\t\t\t",
             "STT\tChỉ tiêu\tĐVT\tThực hiện năm 2023",
             "1\tGiải quyết việc làm\tLượt lao động\t22.480",
             "2\tThu ngân sách nhà nước trên địa bàn\tTỷ đồng\t6.885"]
    path = tmp_path / "BaoCao_2023_VinhLong.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # Excel's "Unicode Text": UTF-16 with its BOM, tabs
    got = _rows(path)
    assert got[("86", "jobs_created", "2023", "actual", "exact")] == 22480
    assert got[("86", "state_budget_revenue", "2023", "actual", "exact")] == 6885
    locators = set(extract_file(path).observations["locator"])
    assert "row 5, col 4" in locators


def test_a_change_written_in_a_cell_is_a_growth_where_a_growth_belongs(tmp_path):
    path = _xlsx(tmp_path / "kon_tum_2024.xlsx", [
        ["UBND TỈNH KON TUM - KẾT QUẢ NĂM 2024 (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2024", "So với cùng kỳ (%)"],
        ["1", "Tốc độ tăng trưởng GRDP", "%", "tăng 7,1%", None],
        ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "3.150", "Tăng 5,2%"],
        ["3", "Kim ngạch xuất khẩu", "Triệu USD", "giảm 2,1%", "giảm 2,1%"],
        ["4", "Tỷ lệ hộ nghèo", "%", "Giảm 0,5", None],
    ])
    assert _rows(path) == {
        ("62", "grdp_growth", "2024", "estimate", "exact"): 7.1,  # a growth row: the change is its value
        ("62", "state_budget_revenue", "2024", "estimate", "exact"): 3150.0,
        ("62", "state_budget_revenue_growth", "2024", "estimate", "exact"): 5.2,  # not 5,2 - 100
        ("62", "export_value_growth", "2024", "estimate", "exact"): -2.1,
    }
    obs = extract_file(path).observations
    issues = dict(zip(obs["locator"], obs["issue"]))
    # a change where a level or a rate belongs is kept in quarantine with what to write instead
    assert "is a change, not the figure itself" in issues["Biểu 1!D5"]
    assert "is a change, not the figure itself" in issues["Biểu 1!D6"]


def test_a_systems_export_says_per_row_the_code_period_and_status(tmp_path):
    path = tmp_path / "export_chitieu_cum_nam2024_20250115.csv"
    path.write_text(
        "Báo cáo chỉ tiêu cụm thi đua năm 2024 (số liệu mẫu)\nNgày xuất: 15/01/2025 09:12\n\n"
        "STT,Mã tỉnh,Tên tỉnh,Kỳ báo cáo,Loại số liệu,Tốc độ tăng trưởng GRDP (%),Thu NSNN trên địa bàn (Tỷ đồng)\n"
        '1,51,Quảng Ngãi,Năm 2024,Ước thực hiện,8.12,"31,450.2"\n'
        '2,52,Bình Định,Năm 2024,Thực hiện,7.71,"14,830"\n'
        '3,56,Khánh Hoà,9 tháng năm 2024,Thực hiện,9.4,"14,100.5"\n', encoding="utf-8")
    got = _rows(path)
    assert got[("51", "grdp_growth", "2024", "estimate", "exact")] == 8.12
    assert got[("51", "state_budget_revenue", "2024", "estimate", "exact")] == 31450.2  # an English-style export
    assert got[("52", "state_budget_revenue", "2024", "actual", "exact")] == 14830
    assert got[("56", "grdp_growth", "2024-9M", "actual", "exact")] == 9.4
    assert len(got) == 6  # the code, period and status columns are not indicators


def test_a_reporting_systems_long_export_is_read_row_by_row(tmp_path):
    path = _xlsx(tmp_path / "HTBC_ket_xuat_T10_2025.xlsx", [
        ["KẾT XUẤT DỮ LIỆU CHỈ TIÊU - ĐƠN VỊ: UBND THÀNH PHỐ HẢI PHÒNG (số liệu mẫu)"],
        ["Thời điểm kết xuất: 14/11/2025 09:32:15"],
        ["STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ", "Loại số liệu", "Giá trị", "Đơn vị"],
        [1, "CN.01.01", "Chỉ số sản xuất công nghiệp (IIP) so với cùng kỳ", "Tháng 10/2025", "Ước tính", "114,6", "%"],
        [2, "TM.02.01", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "10 tháng/2025", "Ước tính",
         "198.456,2", "Tỷ đồng"],
        [3, "XK.01", "Kim ngạch xuất khẩu hàng hóa", "Quý III/2025", "Thực hiện", 8250, "Triệu USD"],
        [4, "NS.01", "Thu ngân sách nhà nước trên địa bàn so với dự toán năm", "10 tháng/2025", None, "87,3", "%"],
        [5, "GT.09", "Số vụ tai nạn giao thông", "Tháng 10/2025", "Thực hiện", 38, "Vụ"],
    ])
    got = _rows(path)
    assert got[("31", "iip_growth", "2025-10", "estimate", "exact")] == 14.6  # an index, last year = 100
    assert got[("31", "retail_sales_services_revenue", "2025-10M", "estimate", "exact")] == 198456.2
    assert got[("31", "export_value", "2025-Q3", "actual", "exact")] == 8250
    # no status written: the ten months were over on the export's date
    assert got[("31", "state_budget_revenue_pct_of_estimate", "2025-10M", "actual", "exact")] == 87.3
    obs = extract_file(path).observations
    assert "not in the catalogue" in obs.filter(pl.col("raw_label") == "Số vụ tai nạn giao thông")["issue"][0]


def test_a_table_with_a_row_per_period_and_a_column_per_indicator(tmp_path):
    path = _xlsx(tmp_path / "hue_so_lieu_10T_2025.xlsx", [
        ["THỐNG KÊ THÀNH PHỐ HUẾ - SỐ LIỆU 10 THÁNG NĂM 2025 (số liệu mẫu)"],
        ["Tháng", "Kim ngạch xuất khẩu", "Khách du lịch", "Tốc độ tăng trưởng GRDP (%)"],
        [None, "Triệu USD", "Nghìn lượt", None],
        ["Tháng 9", 130.5, 390.6, None],
        ["Ước tháng 10", 136.5, 445.0, None],
        ["Cộng 10 tháng", 1232.9, 5189.5, 8.1],
        ["10 tháng 2025 so với cùng kỳ năm trước (%)", 118.4, 121.3, None],
    ])
    got = _rows(path)
    assert got[("46", "export_value", "2025-09", "actual", "exact")] == 130.5  # no status: over by the file's date
    assert got[("46", "tourism_arrivals", "2025-10", "estimate", "exact")] == 445000  # "Nghìn lượt" in the unit row
    assert got[("46", "export_value", "2025-10M", "actual", "exact")] == 1232.9
    assert got[("46", "export_value_growth", "2025-10M", "actual", "exact")] == 18.4  # the row compared with last year
    assert got[("46", "grdp_growth", "2025-10M", "actual", "exact")] == 8.1
    yearly = _xlsx(tmp_path / "gia_lai_2023_2026.xlsx", [
        ["ỦY BAN NHÂN DÂN TỈNH GIA LAI - CHỈ TIÊU CHỦ YẾU (số liệu mẫu), ngày 05 tháng 12 năm 2025"],
        ["Năm", "Tốc độ tăng trưởng GRDP (%)", "Thu ngân sách nhà nước trên địa bàn (Tỷ đồng)"],
        ["Năm 2024", 7.12, 26810],
        ["Ước thực hiện năm 2025", 7.9, 31200],
        ["Kế hoạch năm 2026", 10, 33000],
    ])
    got = _rows(yearly)
    # written after the 2025 reform by the new Gia Lai's committee: its 2024 is the merged province's, restated
    # (code 52 with the new province's version: not Bình Định's, whose code it took, nor the former Gia Lai's 64)
    assert got[("52", "grdp_growth", "2024", "actual", "exact")] == 7.12
    obs = extract_file(yearly).observations
    assert set(obs["province_key"]) == {"52@2025"}
    assert got[("52", "state_budget_revenue", "2025", "estimate", "exact")] == 31200  # the new Gia Lai
    assert got[("52", "grdp_growth", "2026", "plan", "exact")] == 10
