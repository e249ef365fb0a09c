"""Statistical series (province × year CSV, long or wide) → canonical observations.

Which column is which indicator is data, not code: `reference/indicators/
series_columns.csv` maps a column name (for files matching `file_glob`) to a
catalogue code, the unit the column is written in, the status and the number
style — or says why the column is skipped. A new series needs rows there, not
a function here. Wide files (years as column headers) take their indicator from
an "indicator"/"chỉ tiêu" column, or from a mapping row whose column is `{year}`.
"""

from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.lib import catalogue, ingest, observation, provinces, vn_numbers, vn_text
from pipelines.lib.ingest import ParseResult
from pipelines.lib.read_grid import Grid
from pipelines.lib.reference_data import reference_dir

MAPPING_FILE = "reference/indicators/series_columns.csv"
PROVINCE_HEADERS = {"prov", "province", "tỉnh", "tinh", "địa phương", "dia phuong", "tỉnh thành phố", "province name"}
YEAR_HEADERS = {"year", "năm", "nam"}
INDICATOR_HEADERS = {"indicator", "chỉ tiêu", "chi tieu"}
VALUE_HEADERS = {"value", "giá trị", "gia tri", "số liệu"}
UNIT_HEADERS = {"unit", "đơn vị tính", "đvt", "đơn vị"}
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


@dataclass(frozen=True)
class ColumnMap:
    file_glob: str
    column: str
    indicator: str
    unit: str
    status: str
    number_style: str
    skip_reason: str


@lru_cache(maxsize=4)
def column_maps(ref: Path | None = None) -> tuple[ColumnMap, ...]:
    path = (ref or reference_dir()) / "indicators" / "series_columns.csv"
    with path.open(encoding="utf-8") as f:
        return tuple(
            ColumnMap(r["file_glob"] or "*", r["column"].strip(), r["indicator"].strip(), r["unit"].strip(),
                      r["status"].strip() or "actual", r["number_style"].strip() or "vi", r["skip_reason"].strip())
            for r in csv.DictReader(f)
        )


def _mapping_for(file_name: str, column: str) -> ColumnMap | None:
    k = vn_text.key(column)
    for m in column_maps():
        if fnmatch.fnmatch(file_name.lower(), m.file_glob.lower()) and vn_text.key(m.column) == k:
            return m
    return None


def _header_row(grid: Grid) -> int | None:
    for r, row in enumerate(grid.rows[:10]):
        if any(c is not None for c in row):
            return r
    return None


def _find(headers: list[str], names: set[str]) -> int | None:
    keys = {vn_text.key(n) for n in names}
    return next((i for i, h in enumerate(headers) if vn_text.key(h) in keys), None)


def _headers(grid: Grid, r: int) -> list[str]:
    return [str(c) if c is not None else "" for c in grid.rows[r]]


def looks_like_series(grid: Grid) -> bool:
    """A province column plus a year column, or years (2021, 2022) as column headers, in the first row."""
    r = _header_row(grid)
    if r is None:
        return False
    headers = _headers(grid, r)
    if _find(headers, PROVINCE_HEADERS) is None:
        return False
    years = [h for h in headers if _YEAR.match(h.strip())]
    return _find(headers, YEAR_HEADERS) is not None or len(years) >= 2


def parse_number(text: str, style: str) -> float | None:
    """Series numbers: plain floats first ("3.00E+05", "755768.814"), else the stated style."""
    try:
        value = float(text)
    except ValueError:
        return vn_numbers.parse_number(text, style)
    return value


@lru_cache(maxsize=4096)
def resolve_province(name: str, year: int) -> str | None:
    """The code valid at the year's end; a province that existed for part of the year (Hà Tây, 2008) keeps its code."""
    return provinces.resolve(name, dt.date(year, 12, 31)) or provinces.resolve(name, dt.date(year, 1, 1))


# What `_cell` yields per observation, in this order; the other columns are the file's (`base` in parse_grid).
CELL_FIELDS = ("locator", "province_code", "indicator", "period", "value", "unit", "status", "raw_label", "raw_value",
               "snippet", "issue")


def parse_grid(grid: Grid, path: Path, published: dt.date | None = None, source_id: str | None = None,
               source: str | None = None) -> ParseResult:
    """Observations of a series CSV; `source_id`, when known, spares hashing the file; `source` is the file's name
    in the `source` column (default: the file name)."""
    path = Path(path)
    h = _header_row(grid)
    headers = _headers(grid, h)
    base = {
        "source_id": source_id or ingest.source_id(path), "source": source or path.name, "source_kind": "series_csv",
        "vintage": published or dt.date.fromtimestamp(path.stat().st_mtime), "qualifier": "exact", "basis": "",
    }
    prov_col = _find(headers, PROVINCE_HEADERS)
    year_col = _find(headers, YEAR_HEADERS)
    if year_col is not None:
        cells = _long_cells(grid, h, headers, prov_col, year_col, path.name)
    else:
        cells = _wide_cells(grid, h, headers, prov_col, path.name)
    rows, skipped = [], []
    for cell in cells:
        if "skip" in cell:
            skipped.append({"locator": cell["locator"], "snippet": cell.get("snippet", ""), "reason": cell["skip"]})
        else:
            rows.append(tuple(cell[name] for name in CELL_FIELDS))
    return ParseResult(observation.frame_of(CELL_FIELDS, rows, base), skipped)


def _column_plan(headers: list[str], skip_cols: set[int], file_name: str, grid: Grid, h: int) -> tuple[dict, list]:
    """column index → ColumnMap for mapped indicator columns; skipped-column records for the rest."""
    plan, skipped = {}, []
    for c, header in enumerate(headers):
        if c in skip_cols or not header:
            continue
        m = _mapping_for(file_name, header)
        if m is None:
            skipped.append({"locator": grid.locator(h, c), "snippet": header,
                            "skip": f"column '{header}' is not in {MAPPING_FILE}; add a row to read it"})
        elif not m.indicator:
            skipped.append({"locator": grid.locator(h, c), "snippet": header, "skip": m.skip_reason or "skipped"})
        else:
            plan[c] = m
    return plan, skipped


def _long_cells(grid: Grid, h: int, headers: list[str], prov_col: int, year_col: int, file_name: str):
    ind_col, value_col, unit_col = (_find(headers, s) for s in (INDICATOR_HEADERS, VALUE_HEADERS, UNIT_HEADERS))
    if ind_col is not None and value_col is not None:  # truly long: province, year, indicator, value[, unit]
        for r in range(h + 1, len(grid.rows)):
            label = _text(grid.cell(r, ind_col))
            code = catalogue.match_indicator(label) if label else None
            unit = _text(grid.cell(r, unit_col)) if unit_col is not None else ""
            yield from _cell(grid, r, value_col, prov_col, _text(grid.cell(r, year_col)), label, code, unit, "actual", "vi")
        return
    plan, skipped = _column_plan(headers, {prov_col, year_col}, file_name, grid, h)
    yield from skipped
    for r in range(h + 1, len(grid.rows)):
        year_text = _text(grid.cell(r, year_col))
        for c, m in plan.items():
            yield from _cell(grid, r, c, prov_col, year_text, headers[c], m.indicator, m.unit, m.status, m.number_style)


def _wide_cells(grid: Grid, h: int, headers: list[str], prov_col: int, file_name: str):
    year_cols = {c: hd.strip() for c, hd in enumerate(headers) if _YEAR.match(hd.strip())}
    ind_col, unit_col = _find(headers, INDICATOR_HEADERS), _find(headers, UNIT_HEADERS)
    m = _mapping_for(file_name, "{year}")
    for r in range(h + 1, len(grid.rows)):
        if ind_col is not None:
            label = _text(grid.cell(r, ind_col))
            code, unit, status, style = catalogue.match_indicator(label), "", "actual", "vi"
        elif m is not None and m.indicator:
            label, code, unit, status, style = m.indicator, m.indicator, m.unit, m.status, m.number_style
        else:
            label, code, unit, status, style = file_name, None, "", "actual", "vi"
        if unit_col is not None:
            unit = _text(grid.cell(r, unit_col)) or unit
        for c, year in year_cols.items():
            yield from _cell(grid, r, c, prov_col, year, label, code, unit, status, style)


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else str(cell)
    return str(cell).strip()


def _cell(grid: Grid, r: int, c: int, prov_col: int, year_text: str, label: str, code: str | None, unit: str,
          status: str, style: str):
    raw = _text(grid.cell(r, c))
    prov = _text(grid.cell(r, prov_col))
    locator = grid.locator(r, c)
    snippet = f"{prov} {year_text} {label}" + (f" | {unit}" if unit else "")
    if not raw and not prov:
        return
    issues = []
    value = None
    try:
        value = parse_number(raw, style)
    except vn_numbers.NotANumber:
        issues.append(f"{locator}: '{raw}' is not a number; correct the cell")
    else:
        if value is None:
            yield {"locator": locator, "snippet": snippet, "skip": f"no value ('{raw}')"}
            return
    year = int(float(year_text)) if re.fullmatch(r"\d{4}(\.0)?", year_text) else None
    if year is None:
        issues.append(f"{grid.row_locator(r)}: year '{year_text}' is not a year; correct the cell")
    code_prov = resolve_province(prov, year) if prov and year else None
    if code_prov is None and year is not None:
        issues.append(f"{locator}: province '{prov}' is unknown for {year}; add its spelling to provinces.py or "
                      "correct the cell")
    ind = catalogue.indicators().get(code) if code else None
    if ind is None:
        issues.append(f"{grid.row_locator(r)}: indicator '{label}' is not in the catalogue; add it to {MAPPING_FILE} "
                      "or an alias to reference/indicators/aliases_tables.csv")
    converted = None
    if ind is not None and value is not None:
        try:
            converted = catalogue.convert(value, unit, ind.unit)
        except ValueError as exc:
            issues.append(f"{locator}: {exc}; correct the unit in {MAPPING_FILE}")
    yield {
        "locator": locator, "province_code": code_prov, "indicator": ind.code if ind else None,
        "period": str(year) if year else None, "value": converted, "unit": ind.unit if ind else None,
        "status": status, "raw_label": label, "raw_value": raw, "snippet": snippet,
        "issue": "; ".join(issues) or None,
    }
