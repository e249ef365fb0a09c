"""A table with a row per period and a column per indicator, for one province:

    Năm                      | Tốc độ tăng trưởng GRDP (%) | Thu ngân sách nhà nước trên địa bàn (Tỷ đồng) | …
    Năm 2024                 | 7,12                        | 26.810
    Ước thực hiện năm 2025   | 7,9                         | 31.200
    Kế hoạch năm 2026        | 10                          | 33.000

or months down the rows ("Tháng 1 … Ước tháng 10 | Cộng 10 tháng | 10 tháng 2025 so với cùng kỳ năm trước (%)"), the
units in the headers' parentheses or in a row of their own under them. Each row's first cell gives the period and
the status, as a column header would (`table_layout.column_status`, `column_period`), the year from the title when
the row names none; a row compared with last year gives the growth of each column's indicator, and so does a
column headed "So cùng kỳ (%)" under its indicator ("Trị giá xuất khẩu" over "Nghìn USD | So cùng kỳ (%)"). The
province is the title's (or the file name's), the merged one for a report written after the 2025 reform.
"""

from __future__ import annotations

import datetime as dt
import re

from pipelines.lib import catalogue, observation, table_layout, vn_text
from pipelines.lib.parse_province_rows import (_PER_ROW_HEADERS, _change_of_a_level, _indicator_of, title_indicator,
                                               unit_row_below)
from pipelines.lib.read_grid import Grid

PERIOD_HEADERS = frozenset(("năm", "tháng", "kỳ", "quý", "thời gian", "thời kỳ", "kỳ báo cáo"))
HEADER_SCAN_ROWS = 20


_MARK = re.compile(r"\s*\(\*+\)\s")  # a note under a table: "(*) Số liệu tháng 12 là số ước tính."
# a date typed in the period column ("01/03/2026" shown, "2026-03-01 00:00:00" read): the month it is the first or
# the last days of
_DATE_CELL = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?: 00:00:00)?")
# "Tổng mức bán lẻ so cùng kỳ (%)": a level compared with last year, the index (last year = 100) of its growth
_AGAINST_LAST_YEAR = re.compile(r"\s+so(?:\s+với)?\s+(?:cùng kỳ|năm trước)\b.*$", re.IGNORECASE | re.DOTALL)


def find_header(grid: Grid) -> int | None:
    """The header row: its first text cell names the period ("Năm", "Tháng") and two other cells an indicator."""
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        row = grid.rows[r]
        first = next((c for c in row if c is not None), None)
        if not isinstance(first, str) or vn_text.key(first) not in PERIOD_HEADERS:
            continue
        named = sum(1 for c in row[1:] if isinstance(c, str) and _indicator_of(c)[0])
        below = next((c for c in grid.rows[r + 1] if c is not None), None) if r + 1 < len(grid.rows) else None
        if named >= 2 or (named == 1 and isinstance(below, str)  # one indicator over "Tháng 01", "Năm 2024", …
                          and (table_layout.column_period(below) is not None or table_layout.column_status(below)[1])):
            return r
        if named == 0 and isinstance(below, str) and (table_layout.column_status(below)[1]
                                                     or table_layout.column_period(below) is not None) \
                and _title_code(grid, r)[0] is not None:  # ("Tháng | Tháng (tỷ đồng) | Cộng dồn" over "Tháng 1")
            return r  # "Năm | Kế hoạch (%) | Thực hiện (%)" over "2018", the indicator in the title (or the sheet's name)
    return None


def _title_code(grid: Grid, header: int) -> tuple[str | None, str, bool]:
    """(code, unit, whether the cells are indexes) of the one indicator a sheet's title rows name ("Thu ngân sách nhà
    nước trên địa bàn (tỷ đồng)"), else its name does (a workbook of one sheet per indicator: "Thu NSNN")."""
    lines = [c for k in range(header) for c in grid.rows[k] if isinstance(c, str)]
    found = title_indicator(lines)
    if found[0] is None and not lines and grid.caption:
        # a table inside a document: its caption's last line is the line right above it ("Biểu 2. Tổng mức bán lẻ …")
        found = title_indicator([grid.caption.rsplit("\n", 1)[-1]])
    if found[0] is None and grid.name:
        named = title_indicator([grid.name])
        found = (named[0], found[1] or named[1], found[2] or named[2])
    return found


def parse_grid(grid: Grid, header: int, published: dt.date | None, mtime: dt.date, number_of,
               stem: str, end: int | None = None) -> tuple[list, list[dict], dt.date]:
    """(observations as the table parser's CELL_FIELDS values laid end to end, skipped rows, vintage)."""
    title = table_layout.read_title(grid, header)
    vintage = published or title.date or mtime
    doc_year = title.year or table_layout.year_from_filename(stem)
    row = grid.rows[header]
    period_col = next(c for c, cell in enumerate(row) if cell is not None)
    unit_row = unit_row_below(grid, header)
    columns = []
    # "Tình trạng số liệu | Chính thức / Sơ bộ / Ước tính": the status of each row's figures
    status_col = next((c for c, cell in enumerate(row) if isinstance(cell, str)
                       and vn_text.key(cell) in _PER_ROW_HEADERS["status"]), None)
    # no column names an indicator: the title does, each column is its status ("Kế hoạch", "Thực hiện"), its
    # comparison ("So dự toán (%)", "So cùng kỳ (năm trước = 100)") or its figure ("Vốn đăng ký (tỷ USD)")
    titled = None if any(isinstance(cell, str) and c != period_col and _indicator_of(cell)[0]
                         for c, cell in enumerate(row)) else _title_code(grid, header)
    for c, cell in enumerate(row):
        if c == period_col or c == status_col or not isinstance(cell, str):
            continue
        if titled is not None and titled[0] is not None:
            if (column := _column_of_title(c, cell, titled)) is not None:
                columns.append(column)
            continue
        code, unit = _indicator_of(cell)
        if code is None and (code := _change_of_a_level(cell)):  # "IIP tăng/giảm so cùng kỳ (%)": a rate already
            unit = "%"
        index = False  # the column holds an index against last year ("… so cùng kỳ (%) | 112,4"), not a rate
        if code is None and (m := _AGAINST_LAST_YEAR.search(cell)) and (code := _indicator_of(cell[:m.start()])[0]):
            unit, index = "%", not table_layout.CHANGE_WORDS.search(cell)  # "Tổng mức bán lẻ so cùng kỳ (%)"
        elif code is not None and catalogue.indicators()[code].unit == "pct_yoy" and _AGAINST_LAST_YEAR.search(cell) \
                and not table_layout.CHANGE_WORDS.search(cell):
            index = True  # "Chỉ số sản xuất công nghiệp so cùng kỳ (%)": 112,4 is a growth of 12.4 %
        if code is None:
            continue
        below = grid.cell(header + 1, c) if unit_row else None
        compared = index or isinstance(below, str) and table_layout.compare_role(below) == "compare_yoy"
        if compared:  # "Trị giá xuất khẩu" over "Nghìn USD | So cùng kỳ (%)": the second column is its growth
            cell = f"{cell} › {below}"
        elif not unit and isinstance(below, str):
            unit = below.strip("() ")
        columns.append((c, code, unit, cell, compared, None))
    # "Cộng dồn (tỷ đồng)", "Cộng dồn từ đầu năm so với cùng kỳ": on the row of a month, the months to its end
    to_date = frozenset(col[0] for col in columns if _CUMULATED.search(col[3]))
    out: list = []
    skipped: list[dict] = []
    # "(*) Số liệu tháng 12 là số ước tính.": a row marked "(*)" is an estimate when the sheet's note says so
    marked_estimate = any(isinstance(c, str) and _MARK.match(c) and table_layout.column_status(_first_sentence(c))[0]
                          == "estimate" for row in grid.rows[header:] for c in row)
    estimated_years: set[int] = set()  # years one of whose months or quarters is an estimate
    for r in range(header + (2 if unit_row else 1), len(grid.rows) if end is None else end):
        label = table_layout.text_of(grid.cell(r, period_col)).strip()
        if not label or _MARK.match(label):
            continue
        if label[:1].isdigit() and (date := _DATE_CELL.fullmatch(label)) and (
                int(date.group(3)) == 1 or int(date.group(3)) >= table_layout.LAST_DAY_FROM):
            label = f"Tháng {int(date.group(2))}/{date.group(1)}"  # "2026-03-01 00:00:00": March 2026
        if table_layout.covers_years(label):  # "BQ 2016-2020" between 2020 and 2021: an average of a span
            skipped.append({"locator": grid.row_locator(r), "snippet": label,
                            "reason": "row covers several years (an average or total of a span), not one period"})
            continue
        status, year = table_layout.column_status(label)
        if status is None and status_col is not None:  # "Cộng 4 tháng | … | Ước tính"
            status = table_layout.column_status(table_layout.text_of(grid.cell(r, status_col)))[0]
        if status is None and marked_estimate and "(*)" in label:
            status = "estimate"
        part = table_layout.column_period(label) or ""
        year = year or doc_year
        row_compare = "so với" in label.lower()  # a row compared with last year
        if year is None or (not part and not table_layout.relative_year(label) and not status and
                            str(year) not in label and not label.lower().startswith("năm")):
            skipped.append({"locator": grid.row_locator(r), "snippet": label, "reason": "row names no period"})
            continue
        period = f"{year}{part}"
        end = observation.period_end(period)
        status = status or ("estimate" if not part and year in estimated_years  # "Cả năm 2025" over an estimated December
                            else "actual" if vintage > end else "estimate")
        if status == "estimate" and part:
            estimated_years.add(year)
        province = table_layout.province_as_reported(title.text, end, vintage, stem)
        for c, code, unit, header_text, compared, column_status in columns:
            raw = grid.cell(r, c)
            if raw is None:
                continue
            cell_period = period
            if c in to_date and len(part) == 3 and part[1:].isdigit():  # "-03" › "-Q1", "-05" › "-5M"
                if part == "-01" or (r, c) in grid.filled:
                    continue  # January's sum is January itself (a merged cell repeats the month's)
                cell_period = f"{year}{observation.months_to_date_suffix(int(part[1:]))}"
            loc = grid.locator(r, c)
            raw_value, qualifier, value, is_number = table_layout.figure_of(raw, number_of)
            if is_number and value is None:
                continue
            target, issues, converted = code, [], None
            compare = row_compare or compared
            if compare:
                target = f"{code}_growth" if f"{code}_growth" in catalogue.indicators() else (
                    code if catalogue.indicators()[code].unit == "pct_yoy" else None)
                if target is None:
                    skipped.append({"locator": loc, "snippet": f"{label} | {header_text}",
                                    "reason": "comparison with last year of an indicator the catalogue has no rate for"})
                    continue
            if not is_number:
                issues.append(f"{loc}: '{raw_value}' is not a number; correct the cell")
            if province is None:
                issues.append(f"{loc}: no province found; name it in the title ('TỈNH …') or the file name")
            canonical = catalogue.indicators()[target].unit
            if is_number and value is not None:
                try:
                    converted = round(value - 100, 10) if compare and value >= table_layout.INDEX_MIN else \
                        catalogue.convert(value, "" if compare else unit, canonical)
                except ValueError as exc:
                    issues.append(f"{loc}: {exc}; write the unit in the header ('… (tỷ đồng)')")
            out += (loc, province, target, cell_period, converted, canonical, column_status or status, qualifier, "",
                    header_text, raw_value,
                    f"{label} | {header_text}", "; ".join(issues) or None)
    return out, skipped, vintage


_CUMULATED = re.compile(r"\b(?:cộng dồn|lũy kế|luỹ kế|từ đầu năm)\b", re.IGNORECASE)


def _first_sentence(note: str) -> str:
    """The sentence a mark's note opens with: what the mark says of its rows. "(*) Số liệu 4 tháng năm 2025 tính theo
    địa giới sau sắp xếp. Tháng 4 là số ước tính." marks a restated row, not an estimate (the later sentence speaks of
    other rows, unmarked)."""
    m = _SENTENCE_END.search(note)
    return note[:m.start()] if m else note


_SENTENCE_END = re.compile(r"[.;]\s+(?=[A-ZĐÀ-Ỹ])")


def _column_of_title(c: int, cell: str, titled: tuple[str, str, bool]) -> tuple | None:
    """The column `c` headed `cell` of a table whose title names the indicator (`_title_code`), as parse_grid's
    columns: "Dự toán HĐND tỉnh giao" the plan, "So dự toán (%)" its share of the plan, "So cùng kỳ (năm trước = 100)"
    an index of its growth, "Tăng so năm trước (%)" the growth itself, "Vốn đăng ký (tỷ USD)" the figure; None for a
    comparison the catalogue has no indicator for."""
    code, title_unit, index = titled
    unit = catalogue.unit_in_label(cell)[1] or title_unit
    role = table_layout.compare_role(cell)
    if role is not None and table_layout._against_a_period_before(vn_text.key(cell)):
        return None  # "So với tháng trước": month on month, no catalogue indicator
    if role == "compare_plan":
        target = catalogue.ratio_to_plan_of(code)
        return (c, target, "%", cell, False, None) if target else None
    if role == "compare_yoy" or _AGAINST_LAST_YEAR.search(cell):
        # an index's own column ("Chỉ số sản xuất công nghiệp" › "So với cùng kỳ năm trước") is its growth too
        return (c, code, "%", cell, True, None) if catalogue.growth_of(code) \
            or catalogue.indicators()[code].unit == "pct_yoy" else None
    status = table_layout.column_status(cell)[0]
    if index and catalogue.indicators()[code].unit == "pct_yoy":
        return c, code, "%", cell, True, status  # "Chỉ số phát triển GRDP (năm trước = 100)" over "Thực hiện"
    return c, code, unit, cell, False, status
