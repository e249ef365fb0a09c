"""A yearbook table of one indicator, periods down the rows and a column per province (the merged province's total
and its former provinces), measures in rows of their own (SAMPLE figures written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
import xlsxwriter

from pipelines.lib.ingest import extract_file


def _write(path, title="245. Trị giá xuất khẩu hàng hóa trên địa bàn phân theo tỉnh trước hợp nhất"):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("245")
    ws.write(0, 0, "NIÊN GIÁM THỐNG KÊ TỈNH LÂM ĐỒNG 2024 (số liệu mẫu), Lâm Đồng, ngày 30 tháng 9 năm 2025")
    ws.write(2, 0, title)
    ws.write_row(4, 1, ["Tổng số", "Lâm Đồng (cũ)", "Đắk Nông (cũ)"])
    ws.write_row(5, 1, ["Total", "Former Lam Dong", "Former Dak Nong"])
    ws.merge_range(6, 0, 6, 3, "Trị giá (Triệu USD) - Value (Mill. USD)")
    ws.write_row(7, 0, ["2023", 2000.5, 900.25, 1100.25])
    ws.write_row(8, 0, ["Sơ bộ - Prel. 2024", "2.200,0", "1.000,0", "1.200,0"])
    ws.merge_range(9, 0, 9, 3, "Chỉ số phát triển (Năm trước = 100) - %")
    ws.write_row(10, 0, ["2024", "110,0", "111,1", "97,6"])
    ws.write(12, 0, "Ghi chú: Tổng số là tỉnh Lâm Đồng sau hợp nhất.")
    wb.close()
    return path


def test_each_column_is_a_province_version_and_each_measure_row_says_what_follows(tmp_path):
    obs = extract_file(_write(tmp_path / "nien_giam_245.xlsx")).observations
    got = {(r["province_key"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {
        ("68@2025", "export_value", "2023", "actual"): 2000.5,      # the merged province, restated
        ("68@2004", "export_value", "2023", "actual"): 900.25,      # the former one under the same code
        ("67@2004", "export_value", "2023", "actual"): 1100.25,
        ("68@2025", "export_value", "2024", "estimate"): 2200.0,    # "Sơ bộ" is preliminary
        ("68@2004", "export_value", "2024", "estimate"): 1000.0,
        ("67@2004", "export_value", "2024", "estimate"): 1200.0,
        ("68@2025", "export_value_growth", "2024", "actual"): pytest.approx(10.0),
        ("68@2004", "export_value_growth", "2024", "actual"): pytest.approx(11.1),
        ("67@2004", "export_value_growth", "2024", "actual"): pytest.approx(-2.4)}
    assert obs["issue"].null_count() == obs.height


def test_a_title_naming_no_indicator_is_skipped_with_its_reason(tmp_path):
    from pipelines.lib import parse_periods_by_province, read_grid

    grid = read_grid.read_grids(_write(tmp_path / "x.xlsx", title="245. Diện tích đất rừng phân theo tỉnh"))[0]
    header = parse_periods_by_province.find_header(grid)
    rows, skipped, _ = parse_periods_by_province.parse_grid(grid, header, None, dt.date(2025, 9, 30), None)
    assert rows == [] and "names no catalogue indicator" in skipped[0]["reason"]
