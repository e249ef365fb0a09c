"""A reporting system's long export: one row per indicator and period, the figure in one column.

    STT | Mã chỉ tiêu | Tên chỉ tiêu                                   | Kỳ            | Loại số liệu | Giá trị | Đơn vị
    1   | CN.01.01    | Chỉ số sản xuất công nghiệp (IIP) so với cùng kỳ | Tháng 10/2025 | Ước tính     | 114,6   | %
    2   | TM.02.01    | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ … | 10 tháng/2025 | Ước tính     | 19.845  | Tỷ đồng

Each row is read on its own: the indicator from its name (the system's own code means nothing to the catalogue),
the period from "Kỳ" ("Tháng 10/2025", "10 tháng/2025", "Quý III/2025", "Năm 2025"), the status from "Loại số
liệu" (else an actual once the period is over on the export's date, an estimate before), the unit from "Đơn vị". A
row naming an index ("Chỉ số … so với cùng kỳ", 114,6) gives its rate. The province is the one a "Đơn vị báo cáo"
/ "Tên đơn vị" column names, as of the period's end, else the title's ("ĐƠN VỊ: UBND THÀNH PHỐ HẢI PHÒNG"; for an
export dated after the 2025 reform, the merged province). The name decides over a "Mã tỉnh" code: across the 2025
reform a code passed to a merged province, so

    Mã tỉnh | Tên đơn vị      | … | Kỳ báo cáo
    91      | Kiên Giang (cũ) | … | Quý II/2025     the former Kiên Giang (the version "(cũ)" names)
    91      | An Giang        | … | Quý II/2025     the new An Giang, restated: the name it took with code 91
"""

from __future__ import annotations

import datetime as dt
import re

from pipelines.lib import catalogue, observation, provinces, table_layout, vn_text
from pipelines.lib.read_grid import Grid

HEADERS = {
    "label": frozenset(("tên chỉ tiêu", "chỉ tiêu", "tên chỉ tiêu thống kê", "indicator")),
    "period": frozenset(("kỳ", "kỳ báo cáo", "kỳ số liệu", "thời kỳ", "kỳ dữ liệu", "period", "năm", "năm báo cáo", "year")),
    "status": frozenset(("loại số liệu", "tình trạng số liệu", "trạng thái", "loại", "tính chất số liệu", "status",
                         "data status")),
    "value": frozenset(("giá trị", "số liệu", "trị số", "value")),
    "unit": frozenset(("đơn vị", "đơn vị tính", "đvt", "unit")),
    "reporter": frozenset(("đơn vị báo cáo", "tỉnh", "tỉnh thành phố", "địa phương", "tên đơn vị", "tên tỉnh",
                           "tên đơn vị báo cáo", "tên tỉnh thành phố", "province")),
    "code": frozenset(("mã tỉnh", "mã đơn vị", "mã đvhc", "mã tỉnh thành phố", "mã đơn vị báo cáo", "province code")),
}
HEADER_SCAN_ROWS = 20
_VALUE_WORDS = frozenset(("giá trị", "số liệu", "trị số", "value"))  # HEADERS["value"], as typed (NFC)
# a line of the top cells joined that is only one of those words: every sheet with such a cell has one (a
# note's "Số liệu tổng hợp …" has none); a cell "Giá trị\n(tỷ đồng)" has one too, and the rows are then read
_VALUE_LINE = re.compile(r"^\s*(?:" + "|".join(map(re.escape, sorted(_VALUE_WORDS))) + r")\s*$", re.MULTILINE)
_VS_PLAN = re.compile(r"(.+?)\s+so với\s+(?:dự toán|kế hoạch|kh)\b", re.IGNORECASE)
# an English export's status words ("Data status | Official"), which column_status (Vietnamese headers) leaves alone
_EN_STATUS = {"official": "actual", "published": "actual", "final": "actual", "provisional": "estimate"}
_INDEX_NAME = re.compile(r"^chỉ số\b(?!.*\b(?:tốc độ|tăng|giảm)\b)")


def find_header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    """(header row, column of each role) of a long export: a row naming the indicator, the period and the value."""
    top = grid.rows[:HEADER_SCAN_ROWS]
    if not _VALUE_LINE.search("\n".join([cell for row in top for cell in row if isinstance(cell, str)]).lower()):
        return None  # one look at the top of the sheet: most sheets have no "Giá trị" cell at all
    for r in range(len(top)):
        if not any(isinstance(cell, str) and cell.strip().lower() in _VALUE_WORDS for cell in grid.rows[r]):
            continue
        cols: dict[str, int] = {}
        for c, cell in enumerate(grid.rows[r]):
            if isinstance(cell, str):
                k = vn_text.key(cell)
                for role, keys in HEADERS.items():
                    if k in keys and role not in cols:
                        cols[role] = c
        if {"label", "period", "value"} <= cols.keys():
            return r, cols
    return None


def _province(reporter: str, code: str, period: str, title: str, stated: dt.date | None, resolve_province) -> str | None:
    """The province of a row: the one its "Tên đơn vị" names, as of the period's end, the version its era says
    ("Kiên Giang (cũ)" → the former Kiên Giang, whatever code the system gives it); a name the row's code took at the
    2025 reform is the merged province ("An Giang" coded 91, Quý II/2025: the new An Giang's figure, restated). A
    unit that names no province ("Sở Tài chính"), or none: the title's; an export dated after the reform speaks for
    the merged province."""
    at = observation.period_end(period)
    found = (resolve_province(reporter, period) or table_layout.find_province(reporter, at)) if reporter.strip() else None
    if found is not None:
        code = code.strip().split(".")[0].zfill(2)
        after = provinces.BEFORE_REFORM + dt.timedelta(days=1)
        if found != code and at <= provinces.BEFORE_REFORM and provinces.split_era(reporter)[1] is None \
                and provinces.resolve(reporter, after) == code:
            return provinces.version_at(code, after).key
        return found
    if stated is not None and stated > provinces.BEFORE_REFORM and (found := table_layout.find_province(title, stated)):
        return provinces.reported_by(found, stated)
    return table_layout.find_province(title, at)


def parse_grid(grid: Grid, header: int, cols: dict[str, int], published: dt.date | None, mtime: dt.date, number_of,
               resolve_province) -> tuple[list, list[dict], dt.date]:
    """(observations as the table parser's CELL_FIELDS values laid end to end, skipped rows, vintage)."""
    title = table_layout.read_title(grid, header)
    stated = published or title.date
    vintage = stated or mtime
    out: list = []
    skipped: list[dict] = []
    for r in range(header + 1, len(grid.rows)):
        name = table_layout.text_of(grid.cell(r, cols["label"])).strip()
        raw = grid.cell(r, cols["value"])
        if not name or raw is None:
            continue
        loc = grid.locator(r, cols["value"])
        raw_value, qualifier, value, is_number = table_layout.figure_of(raw, number_of)
        if is_number and value is None:
            skipped.append({"locator": loc, "snippet": name, "reason": f"no value ('{raw_value}')"})
            continue
        period_text = table_layout.text_of(grid.cell(r, cols["period"]))
        stated_status, year = table_layout.column_status(period_text)
        part = table_layout.column_period(period_text) or ""
        period = f"{year}{part}" if year else None
        status_text = table_layout.text_of(grid.cell(r, cols["status"])) if "status" in cols else ""
        status = table_layout.column_status(status_text)[0] or _EN_STATUS.get(status_text.strip().lower()) \
            if status_text else None
        status = status or stated_status
        if status is None and period:
            status = "actual" if vintage > observation.period_end(period) else "estimate"
        code = catalogue.match_indicator(name)
        if code is None and (plan := _VS_PLAN.match(name)):  # "Thu ngân sách … so với dự toán năm": % of the estimate
            base = catalogue.match_indicator(plan.group(1))
            code = next((c for c in (f"{base}_pct_of_estimate", f"{base}_pct_of_plan") if c in catalogue.indicators()),
                        None) if base else None
        unit_text = table_layout.text_of(grid.cell(r, cols["unit"])).strip() if "unit" in cols else ""
        reporter = table_layout.text_of(grid.cell(r, cols["reporter"])) if "reporter" in cols else ""
        issues: list[str] = []
        province = None
        if period:
            province = _province(reporter, table_layout.text_of(grid.cell(r, cols["code"])) if "code" in cols else "",
                                 period, title.text, stated, resolve_province)
        converted = None
        if not is_number:
            issues.append(f"{loc}: '{raw_value}' is not a number; correct the cell")
        if code is None:
            issues.append(f"{grid.row_locator(r)}: indicator '{name}' is not in the catalogue; add an alias to "
                          "reference/indicators/aliases_tables.csv")
        if period is None:
            issues.append(f"{grid.locator(r, cols['period'])}: the period '{period_text}' names no year; write it as "
                          "'Tháng 10/2025', '10 tháng/2025', 'Quý III/2025' or 'Năm 2025'")
        elif province is None:
            issues.append(f"{loc}: no province found for {period}; name it in the title ('ĐƠN VỊ: UBND TỈNH …') or a "
                          "'Đơn vị báo cáo' column")
        canonical = catalogue.indicators()[code].unit if code else None
        if code and is_number and value is not None:
            index = canonical == "pct_yoy" and _INDEX_NAME.match(vn_text.key(name)) and value >= table_layout.INDEX_MIN
            try:
                # a rank is a place, whatever its unit says of the field ("rank (of 63)", "Thứ hạng/63")
                converted = round(value - 100, 10) if index else catalogue.convert(
                    value, "" if canonical == "rank" else unit_text, canonical)
            except ValueError as exc:
                issues.append(f"{loc}: {exc}; correct the unit (column 'Đơn vị')")
        out += (loc, province, code, period, converted, canonical, status, qualifier, "", name, raw_value,
                f"{name} | {period_text}" + (f" | {unit_text}" if unit_text else ""), "; ".join(issues) or None)
    return out, skipped, vintage
