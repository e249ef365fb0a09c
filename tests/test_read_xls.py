"""Excel 97–2003 workbooks (.xls): read with their cell types and merged ranges, like .xlsx.

The .xls files are written here with xlwt, as old office software writes them: number cells, text cells,
merged header ranges. Values are SAMPLE data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import polars as pl
import pytest
import xlwt

from pipelines.lib import ingest, read_grid
from pipelines.lib.ingest import InputError, extract_file

SAMPLE_TABLES = Path(__file__).resolve().parents[1] / "data" / "sample" / "tables"
KEY = ["locator", "province_code", "indicator", "period", "status", "value", "unit", "qualifier", "basis",
       "raw_label", "raw_value", "snippet", "issue"]


def xls_copy_of(xlsx: Path, out: Path) -> Path:
    """The workbook `xlsx` saved as .xls: every sheet's values (number cells stay numbers) and merged ranges,
    read with openpyxl, not with the reader under test."""
    book = openpyxl.load_workbook(xlsx)
    target = xlwt.Workbook(encoding="utf-8")
    for ws in book.worksheets:
        sheet = target.add_sheet(ws.title)
        merged = set()
        for rng in ws.merged_cells.ranges:
            sheet.write_merge(rng.min_row - 1, rng.max_row - 1, rng.min_col - 1, rng.max_col - 1,
                              ws.cell(rng.min_row, rng.min_col).value)
            merged |= {(r, c) for r in range(rng.min_row, rng.max_row + 1) for c in range(rng.min_col, rng.max_col + 1)}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and (cell.row, cell.column) not in merged:
                    sheet.write(cell.row - 1, cell.column - 1, cell.value)
    target.save(str(out))
    return out


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLE_TABLES.glob("*.xlsx")))
def test_a_sample_table_saved_as_xls_gives_the_same_observations(tmp_path, name):
    xlsx = SAMPLE_TABLES / name
    xls = xls_copy_of(xlsx, tmp_path / (xlsx.stem + ".xls"))
    published = dt.date(2024, 1, 15)
    want = extract_file(xlsx, published=published).observations
    got = extract_file(xls, published=published).observations
    assert want.height > 0
    assert got.select(KEY).equals(want.select(KEY)), f"{name}: the .xls copy reads differently"


def write_xls(path: Path, rows: list[list], merges: list[tuple[int, int, int, int, object]] = ()) -> Path:
    """A one-sheet .xls: `rows` from A1 (None is an empty cell), `merges` as (r0, r1, c0, c1, value) inclusive."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Biểu 01")
    covered = set()
    for r0, r1, c0, c1, value in merges:
        sheet.write_merge(r0, r1, c0, c1, value)
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None and (r, c) not in covered:
                if isinstance(value, dt.date):
                    sheet.write(r, c, value, xlwt.easyxf(num_format_str="DD/MM/YYYY"))
                else:
                    sheet.write(r, c, value)
    book.save(str(path))
    return path


def test_number_cells_keep_their_decimal_point_and_text_numbers_read_the_vietnamese_way(tmp_path):
    # 12.345 typed into a number cell is twelve and a bit; "1.234,5" typed as text is one thousand and more.
    path = write_xls(tmp_path / "khanh_hoa_2023.xls", [
        ["ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"],
        ["BIỂU SỐ LIỆU KINH TẾ - XÃ HỘI NĂM 2023 (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2022", "Ước TH 2023"],
        ["1", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 12.345, "1.234,5"],
        ["2", "Tốc độ tăng trưởng GRDP", "%", 8.4, "8,65"],
    ])
    obs = extract_file(path).observations
    value = {(r["indicator"], r["period"]): r["value"] for r in obs.iter_rows(named=True)}
    assert value[("state_budget_revenue", "2022")] == pytest.approx(12.345)
    assert value[("state_budget_revenue", "2023")] == pytest.approx(1234.5)
    assert value[("grdp_growth", "2022")] == pytest.approx(8.4)
    assert value[("grdp_growth", "2023")] == pytest.approx(8.65)
    assert set(obs["province_code"]) == {"56"}
    assert obs.filter(pl.col("indicator") == "state_budget_revenue")["locator"].to_list() == ["Biểu 01!D4", "Biểu 01!E4"]


def test_two_row_merged_header_is_filled_and_marked(tmp_path):
    # "Năm 2023" merged over two columns above "Kế hoạch" / "Ước thực hiện"; "Chỉ tiêu" merged over two rows.
    path = write_xls(tmp_path / "gia_lai_2023.xls", [
        ["ỦY BAN NHÂN DÂN TỈNH GIA LAI"],
        [None, None, None, None, None],
        [None, None, None, "Kế hoạch", "Ước thực hiện"],
        ["I", "KINH TẾ", None, None, None],
        ["1", "Tốc độ tăng trưởng GRDP", "%", 7.5, 7.8],
    ], merges=[(1, 2, 0, 0, "STT"), (1, 2, 1, 1, "Chỉ tiêu"), (1, 2, 2, 2, "Đơn vị tính"), (1, 1, 3, 4, "Năm 2023")])
    (grid,) = read_grid.read_grids(path)
    assert grid.name == "Biểu 01"
    assert grid.cell(2, 1) == "Chỉ tiêu" and (2, 1) in grid.filled and (1, 1) not in grid.filled
    assert grid.cell(1, 4) == "Năm 2023" and grid.own(1, 4) is None
    obs = extract_file(path).observations
    rows = {(r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert rows == {("2023", "plan"): 7.5, ("2023", "estimate"): 7.8}
    assert set(obs["indicator"]) == {"grdp_growth"} and set(obs["province_code"]) == {"64"}


def test_dates_booleans_and_text_are_cells_as_calamine_gives_them(tmp_path):
    decomposed = "  Kha\u0301nh Ho\u0300a  "  # tone marks as combining characters, as some old software stores them
    path = write_xls(tmp_path / "cells.xls", [[dt.date(2023, 12, 14), True, decomposed, "", 3.0]])
    (grid,) = read_grid.read_grids(path)
    assert grid.rows[0][:3] == ["2023-12-14 00:00:00", "true", "Khánh Hòa"]  # text trimmed and in NFC
    assert grid.rows[0][3] is None and grid.rows[0][4] == 3.0


def test_a_workbook_is_read_by_its_content_not_its_name(tmp_path):
    xls = write_xls(tmp_path / "a.xls", [["STT", "Chỉ tiêu"], ["1", "Dân số"]])
    renamed = tmp_path / "a.xlsx"
    renamed.write_bytes(xls.read_bytes())  # an old workbook renamed .xlsx by hand
    assert read_grid.read_grids(renamed)[0].rows == read_grid.read_grids(xls)[0].rows


@pytest.mark.parametrize("content, says", [
    (b"<html><body><table><tr><td>Chi tieu</td></tr></table></body></html>", "web page"),
    (b"%PDF-1.7 ...", "PDF"),
    (b"\x00\x01\x02 not a workbook at all", "not an Excel 97"),
])
def test_a_file_that_only_claims_to_be_a_workbook_gets_a_message_naming_it(tmp_path, content, says):
    path = tmp_path / "phu_luc_2023.xls"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        extract_file(path)
    message = str(info.value)
    assert "phu_luc_2023.xls" in message and says in message and "save it as .xlsx" in message


def test_a_broken_xls_names_the_fix(tmp_path):
    good = write_xls(tmp_path / "good.xls", [["STT", "Chỉ tiêu"], ["1", "Dân số"]]).read_bytes()
    path = tmp_path / "cut.xls"
    path.write_bytes(good[:600])  # the compound file's header survives, the workbook does not
    with pytest.raises(InputError) as info:
        ingest.extract_file(path)
    assert "cut.xls" in str(info.value) and "save it again as .xlsx" in str(info.value)
