"""A statistics office's GRDP tables: sectors down the rows, a measure per group of columns, several tables on one
sheet with their label column unnamed (SAMPLE figures written for these tests)."""

from __future__ import annotations

import polars as pl
import pytest
import xlsxwriter

from pipelines.lib import grdp_sectors
from pipelines.lib.ingest import extract_file

SECTORS = ["Nông, lâm nghiệp và thủy sản", "Công nghiệp và xây dựng", "Dịch vụ", "Thuế sản phẩm trừ trợ cấp sản phẩm"]


def _write(path):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("GRDP")
    ws.write(0, 0, "THỐNG KÊ TỈNH NINH BÌNH - Ngày phát hành: 28/12/2025 (số liệu mẫu)")
    ws.merge_range(2, 0, 2, 4, "Biểu 01. TỔNG SẢN PHẨM TRÊN ĐỊA BÀN THEO GIÁ HIỆN HÀNH VÀ CƠ CẤU")
    ws.merge_range(3, 1, 3, 2, "Giá hiện hành (Tỷ đồng)")
    ws.merge_range(3, 3, 3, 4, "Cơ cấu (%)")
    ws.write_row(4, 1, ["Năm 2024", "Ước tính năm 2025"] * 2)
    rows = [["TỔNG SỐ", 200000, 220000, 100, 100], [SECTORS[0], 30000, 31000, 15, 14.1],
            [SECTORS[1], 90000, 101000, 45, 45.9], [SECTORS[2], 66000, 72000, 33, 32.7], [SECTORS[3], 14000, 16000, 7, 7.3]]
    for i, row in enumerate(rows):
        ws.write_row(5 + i, 0, row)
    ws.merge_range(11, 0, 11, 4, "Biểu 02. TỔNG SẢN PHẨM TRÊN ĐỊA BÀN THEO GIÁ SO SÁNH 2010 VÀ CHỈ SỐ PHÁT TRIỂN")
    ws.merge_range(12, 1, 12, 2, "Giá so sánh 2010 (Tỷ đồng)")
    ws.merge_range(12, 3, 12, 4, "Chỉ số phát triển (Năm trước = 100) - %")
    ws.write_row(13, 1, ["Năm 2024", "Ước tính năm 2025"] * 2)
    rows = [["TỔNG SỐ", 110000, 118000, 107.5, 107.27], [SECTORS[0], 15000, 15400, 102.5, 102.67],
            [SECTORS[1], 50000, 55000, 109.1, 110.0], [SECTORS[2], 38000, 40500, 106.2, 106.58]]
    for i, row in enumerate(rows):
        ws.write_row(14 + i, 0, row)
    wb.close()
    return path


@pytest.fixture(scope="module")
def grdp(tmp_path_factory):
    result = extract_file(_write(tmp_path_factory.mktemp("grdp") / "ninh_binh_grdp_2025.xlsx"))
    return result


def test_each_column_group_says_what_the_sector_rows_are(grdp):
    obs = grdp.observations
    assert obs.filter(pl.col("issue").is_not_null()).is_empty()
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {
        ("grdp_value_current", "2024", "actual"): 200000, ("grdp_value_current", "2025", "estimate"): 220000,
        ("structure_agriculture_share", "2024", "actual"): 15, ("structure_agriculture_share", "2025", "estimate"): 14.1,
        ("structure_industry_construction_share", "2024", "actual"): 45,
        ("structure_industry_construction_share", "2025", "estimate"): 45.9,
        ("structure_services_share", "2024", "actual"): 33, ("structure_services_share", "2025", "estimate"): 32.7,
        ("structure_product_taxes_share", "2024", "actual"): 7, ("structure_product_taxes_share", "2025", "estimate"): 7.3,
        # the second table on the sheet, its label column unnamed too; "Giá so sánh 2010" is no comparison
        ("grdp_value_const2010", "2024", "actual"): 110000, ("grdp_value_const2010", "2025", "estimate"): 118000,
        ("grdp_growth", "2024", "actual"): pytest.approx(7.5), ("grdp_growth", "2025", "estimate"): pytest.approx(7.27),
        ("gva_agri_forestry_fishery_growth", "2024", "actual"): pytest.approx(2.5),
        ("gva_agri_forestry_fishery_growth", "2025", "estimate"): pytest.approx(2.67),
        ("gva_industry_construction_growth", "2024", "actual"): pytest.approx(9.1),
        ("gva_industry_construction_growth", "2025", "estimate"): pytest.approx(10.0),
        ("gva_services_growth", "2024", "actual"): pytest.approx(6.2),
        ("gva_services_growth", "2025", "estimate"): pytest.approx(6.58)}


def test_a_sector_s_value_added_and_the_shares_total_are_skipped_with_their_reason(grdp):
    reasons = {s["locator"]: s["reason"] for s in grdp.skipped}
    assert reasons["GRDP!B7"] == "a sector's value added has no catalogue indicator"   # 30 000 tỷ of agriculture
    assert reasons["GRDP!D6"] == "the shares' total (100), not an indicator"


@pytest.mark.parametrize("header, measure", [("Cơ cấu (%) Năm 2024", "structure"), ("Giá so sánh 2010 Năm 2024", "const"),
                                             ("Chỉ số phát triển (Năm trước = 100) - %", "index"),
                                             ("Tốc độ tăng (%)", "rate"), ("Giá thực tế", "current"), ("Năm 2024", None)])
def test_measure_of_a_header(header, measure):
    assert grdp_sectors.measure_of(header) == measure


def test_rows_that_are_not_the_economy_s_sectors_are_no_sector_table():
    assert grdp_sectors.is_sector_table(SECTORS)
    assert not grdp_sectors.is_sector_table(["Khai khoáng", "Công nghiệp chế biến, chế tạo", "Tổng số"])


def test_an_appendix_listing_the_sectors_under_its_structure_row_is_no_sector_table():
    rows = ["Tốc độ tăng trưởng kinh tế (GRDP)", "GRDP bình quân đầu người", "Cơ cấu GRDP", *SECTORS,
            "Tổng thu ngân sách nhà nước trên địa bàn", "Kim ngạch xuất khẩu", "Tổng mức bán lẻ hàng hóa",
            "Số doanh nghiệp thành lập mới", "Chỉ số ABC"]
    assert not grdp_sectors.is_sector_table(rows)
