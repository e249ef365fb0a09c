"""Tables with a row per province and a column per indicator: how a cluster's secretariat compares its members.

    BẢNG TỔNG HỢP MỘT SỐ CHỈ TIÊU NĂM 2023 CỦA CÁC TỈNH TRONG CỤM
    STT | Tỉnh      | Tốc độ tăng trưởng GRDP (%) | Thu ngân sách nhà nước (tỷ đồng) | …
    1   | Khánh Hòa | 7,0                         | 18.200                           | …

A header row names the province column ("Tỉnh", "Địa phương", "Tỉnh/Thành phố") and at least one indicator of the
catalogue, its unit in parentheses or in the row below; the year and status come from the column ("Ước TH 2023")
or else from the title ("… NĂM 2023", "ước thực hiện"), and a year without a stated status is an actual once the
document is dated after the year, else an estimate. A row that names no province of that year ("Toàn cụm",
"Bình quân", "Cả nước") is an aggregate: listed as skipped, not loaded. Columns that match no indicator are listed
as skipped with their header, so that an alias can be added.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from pipelines.lib import catalogue, table_layout, vn_text
from pipelines.lib.read_grid import Grid

HEADER_SCAN_ROWS = 12
_AGGREGATE = ("toàn cụm", "cả cụm", "cụm", "bình quân", "trung bình", "cả nước", "toàn quốc", "tổng", "cộng", "vùng")


@lru_cache(maxsize=1 << 12)
def _indicator_of(header: str) -> tuple[str | None, str]:
    """(catalogue code, unit text) of a column header "Ước TH 2023 thu ngân sách nhà nước (tỷ đồng)": the year and
    the status words are the column's, not the indicator's; code None when the rest matches no indicator."""
    label, unit = catalogue.unit_in_label(header)
    label = _YEAR_WORDS.sub(" ", label)
    label = _STATUS_LEAD.sub("", " ".join(label.split()))
    return catalogue.match_indicator(label.strip(" -:,")), unit or ""


_YEAR_WORDS = re.compile(r"\b(?:năm\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
_STATUS_LEAD = re.compile(r"^(?:ước thực hiện|ước tính|ước th|ước|thực hiện|kế hoạch|kh|th)\s+", re.IGNORECASE)


def find_header(grid: Grid) -> int | None:
    """The header row of a province-per-row table, or None: a province column and an indicator column."""
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        row = grid.rows[r]
        texts = {c: cell for c, cell in enumerate(row) if isinstance(cell, str)}
        if any(vn_text.key(t) in _province_keys() for t in texts.values()) and any(
                _indicator_of(t)[0] for t in texts.values() if vn_text.key(t) not in _province_keys()):
            return r
    return None


@lru_cache(maxsize=1)
def _province_keys() -> frozenset[str]:
    return frozenset(vn_text.key(h) for h in (*table_layout.PROVINCE_HEADERS, "tỉnh/thành phố", "đơn vị", "tên đơn vị"))


def parse_grid(grid: Grid, header: int, published: dt.date | None, mtime: dt.date, number_of,
               resolve_province) -> tuple[list, list[dict], dt.date]:
    """(observations as the table parser's CELL_FIELDS values laid end to end, skipped rows, vintage) of the table
    whose header is row `header`; the vintage is `published`, else the title's date, else the file's `mtime`.
    `number_of(text)` → (qualifier, value, is a number) and `resolve_province(name, period)` → code are the table
    parser's, so that both read cells and names alike."""
    title = table_layout.read_title(grid, header)
    vintage = published or title.date or mtime
    row = grid.rows[header]
    prov_col = next(c for c, cell in enumerate(row) if isinstance(cell, str) and vn_text.key(cell) in _province_keys())
    title_status, title_year = table_layout.column_status(title.text)
    below = grid.rows[header + 1] if header + 1 < len(grid.rows) else []
    unit_row = all(not isinstance(c, float) for c in below) and any(
        isinstance(c, str) and catalogue.looks_like_unit(c) for c in below)  # "(%)" / "Tỷ đồng" under the headers
    first = header + 2 if unit_row else header + 1
    columns, skipped = [], []
    for c, cell in enumerate(row):
        if c == prov_col or not isinstance(cell, str) or vn_text.key(cell) in ("stt", "tt", "số tt"):
            continue
        code, unit = _indicator_of(cell)
        if code is None:
            skipped.append({"locator": grid.locator(header, c), "snippet": cell,
                            "reason": f"column '{cell}' names no catalogue indicator; add an alias to "
                                      "reference/indicators/aliases_tables.csv"})
            continue
        if not unit and unit_row and isinstance(grid.cell(header + 1, c), str):
            unit = grid.cell(header + 1, c).strip("() ")
        status, year = table_layout.column_status(cell)
        year = year or title_year
        status = status or title_status or (None if year is None else "actual" if vintage > dt.date(year, 12, 31)
                                            else "estimate")
        columns.append((c, code, unit, status, year, cell))
    out: list = []
    for r in range(first, len(grid.rows)):
        name = grid.cell(r, prov_col)
        if not isinstance(name, str) or not name.strip():
            continue
        for c, code, unit, status, year, header_text in columns:
            raw = grid.cell(r, c)
            if raw is None:
                continue
            loc = grid.locator(r, c)
            raw_value = table_layout.text_of(raw)
            qualifier, value, is_number = ("exact", raw, True) if isinstance(raw, float) else number_of(raw)
            if is_number and value is None:
                continue  # "-", "x": no value
            province = resolve_province(name, str(year)) if year else None
            if province is None and vn_text.key(name).startswith(_AGGREGATE):
                skipped.append({"locator": grid.row_locator(r), "snippet": name, "reason": "aggregate row, not a province"})
                break
            issues = []
            if not is_number:
                issues.append(f"{loc}: '{raw_value}' is not a number; correct the cell")
            if year is None:
                issues.append(f"{loc}: no year in the column '{header_text}' nor in the title; write it (e.g. 'năm 2023')")
            elif province is None:
                issues.append(f"{loc}: province '{name}' is unknown for {year}; write the official name")
            converted, canonical = None, catalogue.indicators()[code].unit
            if is_number and value is not None:
                try:
                    converted = catalogue.convert(value, unit, canonical)
                except ValueError as exc:
                    issues.append(f"{loc}: {exc}; write the unit in the header ('… (tỷ đồng)')")
            out += (loc, province, code, str(year) if year else None, converted, canonical, status, qualifier, "",
                    header_text, raw_value, f"{name} | {header_text}", "; ".join(issues) or None)
    return out, skipped, vintage
