"""A yearbook table of one indicator with the periods down the rows and a column per province, as provinces merged
in 2025 print their history:

    245. Trị giá xuất khẩu hàng hóa trên địa bàn phân theo tỉnh trước hợp nhất
                     | Tổng số | Lâm Đồng (cũ)   | Đắk Nông (cũ)   | Bình Thuận (cũ)
                     | Total   | Former Lam Dong | Former Dak Nong | Former Binh Thuan
    Trị giá (Triệu USD) - Value (Mill. USD)
    2022             | 1942,6  | 812,4           | 574,9           | 555,3
    Sơ bộ - Prel. 2024 | …
    Chỉ số phát triển (Năm trước = 100) - %
    2022             | 112,4   | 108,9           | 121,5           | 109,8

The caption names the indicator (`parse_province_rows.title_indicator`); a row of text across the table names the
measure of the rows under it: the indicator's value in the unit it states, or its development index (last year =
100), which gives the indicator's growth. "Tổng số" is the title's province, the merged one for a table written
after the 2025 reform (`provinces.reported_by`); a column naming "X (cũ)" is the former province's version
(`provinces.resolve_ref`). A row's first cell gives the period and the status as a column header would ("Sơ bộ
2024" is an estimate; a period over on the table's date with no status word is an actual).
"""

from __future__ import annotations

import datetime as dt
import re

from pipelines.lib import catalogue, observation, provinces, table_layout, vn_text
from pipelines.lib.parse_province_rows import title_indicator
from pipelines.lib.read_grid import Grid

HEADER_SCAN_ROWS = 20
_INDEX_MEASURE = re.compile(r"chỉ số phát triển|=\s*100")


def _is_province(text) -> bool:
    return isinstance(text, str) and (vn_text.key(text) in table_layout.TOTAL_LABELS or provinces.is_province_name(text.strip()))


def _period_row(grid: Grid, r: int) -> bool:
    first = table_layout.text_of(grid.cell(r, 0)).strip()
    return bool(first) and table_layout.column_status(first)[1] is not None


def find_header(grid: Grid) -> int | None:
    """The header row: empty over the periods' column, two province names or more (a total counts), and rows naming
    a year under it within a few rows."""
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        row = grid.rows[r]
        if not row or row[0] is not None or sum(_is_province(c) for c in row[1:]) < 2:
            continue
        if sum(_period_row(grid, k) for k in range(r + 1, min(r + 8, len(grid.rows)))) >= 2:
            return r
    return None


def parse_grid(grid: Grid, header: int, published: dt.date | None, mtime: dt.date,
               number_of) -> tuple[list, list[dict], dt.date]:
    """(observations as the table parser's CELL_FIELDS values laid end to end, skipped rows, vintage)."""
    title = table_layout.read_title(grid, header)
    vintage = published or title.date or mtime
    lines = [table_layout.text_of(c) for r in range(header) for c in grid.rows[r][:1] if c is not None]
    code, title_unit, _ = title_indicator(lines)
    skipped: list[dict] = []
    if code is None:
        skipped.append({"locator": grid.row_locator(header), "snippet": " ".join(lines)[:160],
                        "reason": "a table of periods by province whose title names no catalogue indicator"})
        return [], skipped, vintage
    columns = [(c, text) for c, text in enumerate(grid.rows[header]) if c > 0 and _is_province(text)]
    out: list = []
    measure, unit, index = code, title_unit, False
    for r in range(header + 1, len(grid.rows)):
        first = table_layout.text_of(grid.cell(r, 0)).strip()
        if not first:
            continue
        status, year = table_layout.column_status(first)
        if year is None:  # a measure ("Chỉ số phát triển (Năm trước = 100)"), an English header row, or a note
            others = {table_layout.text_of(v) for v in grid.rows[r][1:] if v is not None}
            if not others or others == {first}:  # a row of text across the table: the measure of the rows below
                index = bool(_INDEX_MEASURE.search(vn_text.key(first) + first))
                measure = catalogue.growth_of(code) if index else code
                unit = "" if index else (catalogue.unit_in_label(vn_text.without_english(first))[1] or title_unit)
            continue
        period = f"{year}{table_layout.column_period(first) or ''}"
        end = observation.period_end(period)
        status = status or ("actual" if vintage > end else "estimate")
        for c, name in columns:
            raw = grid.cell(r, c)
            if raw is None:
                continue
            loc = grid.locator(r, c)
            raw_value, qualifier, value, is_number = table_layout.figure_of(raw, number_of)
            if is_number and value is None:
                continue
            if measure is None:
                skipped.append({"locator": loc, "snippet": f"{first} | {name}",
                                "reason": "the index of an indicator the catalogue holds no growth of"})
                continue
            if vn_text.key(name) in table_layout.TOTAL_LABELS:  # the title's province: the merged one after the reform
                province = table_layout.province_as_reported(title.text, end, vintage)
            else:
                province = provinces.resolve_ref(name, end)
            issues = []
            if not is_number:
                issues.append(f"{loc}: '{raw_value}' is not a number; correct the cell")
            if province is None:
                issues.append(f"{loc}: province '{name}' is unknown for {period}; write the official name")
            canonical = catalogue.indicators()[measure].unit
            converted = None
            if is_number and value is not None:
                try:
                    converted = round(value - 100, 10) if index and value >= table_layout.INDEX_MIN else \
                        catalogue.convert(value, unit, canonical)
                except ValueError as exc:
                    issues.append(f"{loc}: {exc}; write the unit in the measure's row ('Trị giá (Triệu USD)')")
            out += (loc, province, measure, period, converted, canonical, status, qualifier, "", name, raw_value,
                    f"{first} | {name}", "; ".join(issues) or None)
    return out, skipped, vintage
