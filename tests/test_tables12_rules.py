"""Table rules the blind corpus tests/corpus/tables12 showed were missing, one rule each, on small workbooks written
here with openpyxl (SAMPLE figures, labels of our own): a sheet per year whose only value column is "Giá trị", the
sub-rows of a structure headed at current prices, ..."""

from __future__ import annotations

import datetime as dt

import openpyxl
import polars as pl

from pipelines.lib.ingest import extract_file


def _xlsx(path, sheets: dict[str, list[list]]) -> str:
    """A workbook with one sheet per (name, rows); None leaves a cell empty."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return str(path)


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
