"""How an indicator table is laid out: title rows, header block, column roles.

Appendix tables ("Phụ lục: Một số chỉ tiêu kinh tế - xã hội chủ yếu") put a
title above the header (province, year, a date), a header of one or two rows
("Năm 2023" merged over "Kế hoạch | Ước thực hiện"), then rows numbered I., 1,
1.1, a, - … This module reads that structure; `parse_tables` turns rows into
observations.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipelines.lib import catalogue, observation, provinces, vn_text
from pipelines.lib.read_grid import Grid

LABEL_HEADERS = ("chỉ tiêu", "tên chỉ tiêu", "chỉ tiêu chủ yếu", "các chỉ tiêu", "nội dung", "danh mục", "indicator",
                 "khu vực kinh tế", "ngành kinh tế",  # a GRDP table by sector names its label column so
                 "ngành công nghiệp", "ngành", "nhóm hàng", "nguồn vốn", "khoản mục", "khu vực",  # an IIP, CPI, investment, budget table
                 "row labels", "nhãn hàng")  # a PivotTable's rows (of indicators, or of provinces: parse_province_rows)
STT_HEADERS = ("stt", "tt", "số tt", "số thứ tự", "no")
UNIT_HEADERS = ("đơn vị tính", "đvt", "đơn vị", "unit", "đv tính")
PROVINCE_HEADERS = ("tỉnh", "địa phương", "tỉnh thành phố", "tỉnh thành", "province", "tên tỉnh")
HEADER_SCAN_ROWS = 40
INDEX_MIN = 50.0  # a cell of an index (last year = 100) at least this; a smaller one is a rate already

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})")
_DATE_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")
_COLUMN_NUMBER = re.compile(r"[A-Za-z]|\d{1,2}|\d+=\d+/\d+")  # a token of the "A | B | 1 | 2 | 3=1/2" row


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """vn_text.key, remembered: header words and phrases are keyed once per process, not once per cell."""
    return vn_text.key(text)


@dataclass
class ValueColumn:
    col: int
    header: str  # the header text(s) of the column, joined top to bottom
    role: str  # "value", "compare_yoy", "compare_plan"
    status: str | None  # actual, estimate, plan, forecast
    year: int | None
    period_suffix: str = ""  # "-09" for a month column ("Tháng 9"), "-9M" for year-to-date ("Cộng dồn 9 tháng"; 6: "-H1")
    province: str = ""  # the province a column of a cluster's comparison names ("Chỉ tiêu | ĐVT | Kon Tum | Gia Lai")
    total: bool = False  # "Tổng số" before "Chia ra: <provinces>": the title's province, period and status
    title_period: bool = False  # the header names no year nor part of the year: the title's are the column's
    stated: bool = True  # its status is a word of its header, not the report's date's (an estimate title overrides)


@dataclass
class Layout:
    header_rows: list[int]
    first_data_row: int
    label_col: int
    stt_col: int | None
    unit_col: int | None
    province_col: int | None
    value_columns: list[ValueColumn]
    ignored_columns: dict[int, str] = field(default_factory=dict)  # col → why it is not read


@dataclass
class TitleInfo:
    text: str
    year: int | None
    date: dt.date | None
    planned: frozenset[int] = frozenset()  # the years the title plans ("KẾ HOẠCH … NĂM 2026", "mục tiêu … năm 2026")


# A bilingual cell, as yearbooks and reports for investors write them: "Tốc độ tăng GRDP - GRDP growth",
# "Tỷ đồng - Bn VND", "STT / No.": the English after the dash or slash is dropped (a Vietnamese part after it, as in
# "Công nghiệp - xây dựng", is not English)
def text_of(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else str(cell)
    return str(cell)


@lru_cache(maxsize=64)
def figure_of(cell, number_of) -> tuple[str, str, float | None, bool]:
    """(text as written, qualifier, value, whether it is a number at all) of a cell the table parsers read: a number
    cell as it is, a text cell through `number_of` ("1.234,5", "trên 62"); value None for "-", "x" (no figure)."""
    if isinstance(cell, float):
        return text_of(cell), "exact", cell, True
    return (text_of(cell), *number_of(cell))


@lru_cache(maxsize=64)
def _keys(words: tuple[str, ...]) -> frozenset[str]:
    """The keys of a tuple of headers (one of the module's constants: made once, asked per cell)."""
    return frozenset(_key(w) for w in words)


@lru_cache(maxsize=1 << 14)
def _label_header(text: str) -> bool:
    k = _key(text)
    # "Chỉ số" (a PCI table's component indices and its total) only as the whole header: "Chỉ số so với cùng kỳ"
    # heads a value column
    return any(k == _key(w) or k.startswith(_key(w) + " ") for w in LABEL_HEADERS) or k in ("chỉ số", "tên chỉ số")


def side_by_side(grid: Grid) -> list[Grid]:
    """`grid`, or one grid per table when its header row holds two tables side by side ("TT | Chỉ tiêu | … | |
    STT | Chỉ tiêu | …"): each keeps the rows above the header whole (the title) and, from the header down, only its
    own columns, the others blank, so that locators stay those of the sheet."""
    header = find_header(grid)
    if header is None:
        return [grid]
    row = grid.rows[header]
    labels = [c for c, cell in enumerate(row) if isinstance(cell, str) and len(cell) < 40 and _label_header(cell)]
    starts = [0]
    for c in labels[1:]:
        start = c - 1 if c > 0 and _key(text_of(row[c - 1])) in _keys(STT_HEADERS) else c
        if start > 0 and all(row[k] is None for k in range(max(starts[-1], start - 1), start)):  # an empty column between
            starts.append(start)
    if len(starts) == 1:
        return [grid]
    spans = list(zip(starts, [*starts[1:], grid.width]))
    # "6 THÁNG ĐẦU NĂM 2023 (chính thức)" merged over the left table, "6 THÁNG ĐẦU NĂM 2024 (ước tính)" over the
    # right one, in the row above the header: each table's own heading, the period and status of its columns
    # right above the header, or above a blank row
    r_above = header - 2 if header > 1 and not any(v is not None for v in grid.rows[header - 1]) else header - 1
    above = grid.rows[r_above] if r_above >= 0 else []
    headings = [[above[c] for c in range(left, min(right, len(above))) if (r_above, c) not in grid.filled
                 and above[c] is not None] for left, right in spans]
    own_heading = sum(bool(h) for h in headings) > 1 and all(len(h) <= 1 and all(isinstance(v, str) for v in h)
                                                              for h in headings)
    out = []
    for (left, right), heading in zip(spans, headings):
        top = r_above if own_heading else header
        rows = [list(r) if i < top else [v if left <= c < right else None for c, v in enumerate(r)]
                for i, r in enumerate(grid.rows)]
        if own_heading and heading:
            rows[header] = [f"{heading[0]} {v}" if isinstance(v, str) and not _label_header(v)
                            and _key(v) not in _keys(STT_HEADERS) and _key(v) not in _keys(UNIT_HEADERS) else v
                            for v in rows[header]]
        filled = {(r, c) for r, c in grid.filled if r < top or left <= c < right}
        out.append(Grid(grid.name, grid.kind, rows, filled, grid.caption, grid.hidden,
                        grid.hidden_rows if not out else ()))  # (its hidden rows reported once)
    return out


def find_header(grid: Grid) -> int | None:
    """The first row naming the label column ("Chỉ tiêu"), or None; not a PivotTable's filter above its table
    ("Chỉ tiêu | (All)")."""
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        row = grid.rows[r]
        for cell in row:
            if isinstance(cell, str) and len(cell) < 40 and _label_header(cell):
                if any(isinstance(v, str) and v.strip().lower() in _PIVOT_FILTER_VALUES for v in row):
                    break
                return r
    return None


_PIVOT_FILTER_VALUES = frozenset(("(all)", "(multiple items)", "(tất cả)", "(nhiều mục)"))


def blank_label_header(grid: Grid) -> tuple[int, int] | None:
    """(row, column) of the empty corner of a header whose label column has no name, as statistical yearbooks
    print it ("" | "Đơn vị tính" | "2021" | "Sơ bộ 2022"), or None: a row of the first rows with two columns naming
    a year or a status (or a unit column and one of them), left of them a column empty in that row that holds
    text in at least two of the rows below. The caller names it "Chỉ tiêu", and the table is read as any other."""
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        row = grid.rows[r]
        values = [c for c, cell in enumerate(row) if cell is not None and _names_a_value_column(text_of(cell))
                  and not _label_header(text_of(cell))]
        units = [c for c, cell in enumerate(row) if isinstance(cell, str) and _key(cell) in _keys(UNIT_HEADERS)]
        if len(values) < 2 and not (units and values):
            continue
        right = min(units + values)
        below = range(r + 1, min(r + 8, len(grid.rows)))
        for c in range(right):
            if grid.cell(r, c) is not None:
                continue
            texts = sum(isinstance(grid.cell(k, c), str) and len(grid.cell(k, c)) > 3 for k in below)
            if texts >= 2:
                return r, c
        return None
    return None


def name_blank_label_column(grid: Grid) -> bool:
    """Name the label column "Chỉ tiêu" where `blank_label_header` finds it unnamed, and in the headers of the
    tables below it on the sheet that leave the same corner empty ("Biểu 02 …" under "Biểu 01 …"); whether it did."""
    corner = blank_label_header(grid)
    if corner is None:
        return False
    first, c = corner
    named: list[int] = []
    for r in [first, *(r for r in range(first + 3, len(grid.rows)) if _blank_corner_below(grid, r, c))]:
        if named and r <= named[-1] + 1:
            continue  # the second row of a header named already ("Giá so sánh 2010" over "Năm 2024")
        if r > 0 and _group_row_above(grid, r, c):
            r -= 1  # "Giá hiện hành (Tỷ đồng) | Cơ cấu (%)" merged over the years: the header starts there
        grid.rows[r] += [None] * (c + 1 - len(grid.rows[r]))
        grid.rows[r][c] = "Chỉ tiêu"
        named.append(r)
    return True


def _group_row_above(grid: Grid, r: int, c: int) -> bool:
    """Whether the row above a header row `r` groups its columns: empty in the label column `c`, text only, and a
    cell merged across columns (or a text repeated beside itself, as a CSV writes a merge)."""
    row = grid.rows[r - 1]
    texts = [(k, v) for k, v in enumerate(row) if v is not None]
    if (c < len(row) and row[c] is not None) or not texts or any(not isinstance(v, str) for _, v in texts):
        return False
    return any(k > c and ((r - 1, k) in (grid.filled or ()) or (k + 1 < len(row) and row[k + 1] == v))
               for k, v in texts)


def _blank_corner_below(grid: Grid, r: int, c: int) -> bool:
    """Whether row `r` is the header of a later table with its label column `c` unnamed: empty there, no figure
    but years, two cells naming a year, status or part of the year, right under a row without figures (a caption,
    a unit note or a blank row), and text in column `c` in two of the rows below."""
    row = grid.rows[r]
    if (c < len(row) and row[c] is not None) or any(isinstance(v, float) and not _is_year(v) for v in row):
        return False
    if sum(v is not None and _names_a_value_column(text_of(v)) for v in row) < 2:
        return False
    if any(isinstance(v, float) for v in grid.rows[r - 1]):
        return False
    below = range(r + 1, min(r + 8, len(grid.rows)))
    return sum(isinstance(grid.cell(k, c), str) and len(grid.cell(k, c)) > 3 for k in below) >= 2


def find_headers(grid: Grid) -> list[int]:
    """The header row of every table of a sheet, top to bottom: `find_header`'s, then each later row that names
    the label column again, in the first header's label column (or one beside it, "STT | Chỉ tiêu" under "Chỉ tiêu |
    ĐVT") and in a cell of its own ("Chỉ tiêu", not a merged header's copy), holds no number but years and names a status, a year or a part of the year in another cell:
    the header of the next table. One look per row, at one cell, for the many sheets that hold one table."""
    first = find_header(grid)
    if first is None:
        return []
    label_col = next(c for c, cell in enumerate(grid.rows[first]) if isinstance(cell, str) and len(cell) < 40
                     and _label_header(cell))
    out = [first]
    for r in range(first + 2, len(grid.rows)):
        row = grid.rows[r]
        cell = row[label_col] if label_col < len(row) else None
        if not (isinstance(cell, str) and len(cell) < 40 and _label_header(cell)) or (r, label_col) in grid.filled:
            # a later table may put "STT" first and its "Chỉ tiêu" one column right ("Chỉ tiêu | ĐVT | Năm 2024" over
            # "STT | Chỉ tiêu | Kế hoạch năm 2025"), or the other way round: its label column is the next or previous one
            if not any(0 <= c < len(row) and isinstance(row[c], str) and len(row[c]) < 40 and (r, c) not in grid.filled
                       and _label_header(row[c]) for c in (label_col + 1, label_col - 1)):
                continue
        if r > out[-1] + 1 and not any(isinstance(c, float) and not _is_year(c) for c in row) and any(
                c != label_col and _names_a_value_column(text_of(v)) for c, v in enumerate(row) if v is not None):
            out.append(r)
    return out


def _is_year(cell: float) -> bool:
    """A number cell that is a year heading a column (2023 typed as a number), not a value."""
    return cell.is_integer() and 1990 <= cell <= 2100


def _names_a_value_column(text: str) -> bool:
    return bool(column_status(text)[0] or _YEAR.search(text) or column_period(text) is not None)


def _is_header_continuation(grid: Grid, r: int, label_col: int) -> bool:
    """A second header row: text only, nothing of its own in the label column, at least one status/year word or
    province name ("Gia Lai (cũ) | Bình Định (cũ)" under a merged "Ước thực hiện 6 tháng đầu năm 2025")."""
    row = grid.rows[r] if r < len(grid.rows) else []
    own_label = grid.own(r, label_col)
    if own_label is not None:
        return False
    texts = [c for c in row if c is not None]
    if not texts or any(isinstance(c, float) and not _is_year(c) for c in texts):  # "2022 | 2023" typed as numbers
        return False
    return any(column_status(str(c))[0] or _YEAR.search(str(c)) or column_period(str(c)) is not None
               or "so" in _key(str(c)).split() or province_in_header(str(c))[0] for c in texts)


def _is_column_number_row(row: list) -> bool:
    """The "A | B | 1 | 2 | 3" row printed under many headers."""
    tokens = [text_of(c).strip("() ") for c in row if c is not None]
    return len(tokens) >= 3 and all(_COLUMN_NUMBER.fullmatch(t) for t in tokens) and all(
        not isinstance(c, float) or c.is_integer() for c in row if c is not None
    )


# ----------------------------------------------------------- column headers

# "Sơ bộ 2022" (preliminary, the statistics office's figure before its final one) is loaded as an estimate
_ESTIMATE = ("ước thực hiện", "ước th", "ước tính", "ước", "ước đạt", "ut", "uth", "ưth", "ưt", "ước năm", "sơ bộ", "prel",
             "preliminary", "estimated", "estimate", "est")
_PLAN = ("kế hoạch", "kh", "dự toán", "dt", "mục tiêu", "chỉ tiêu kế hoạch", "nghị quyết", "nq",
         "đăng ký chỉ tiêu", "chỉ tiêu đăng ký", "đăng ký thi đua", "target", "targets")  # an emulation covenant's registered targets
# a column of registered targets beside the results ("Đăng ký | Thực hiện | Đánh giá"); not "vốn đăng ký" (FDI) nor
# "doanh nghiệp đăng ký thành lập"
_REGISTERED = re.compile(r"(?:^| )(?:đăng ký|đk)(?= |$)")
_BASE_YEAR = re.compile(r"\bso (?:với )?(?:cùng kỳ )?(?:năm )?(?:19|20)\d\d\b")
_COVENANT = re.compile(r"\b(?:bản|ký kết|ký) giao-ước")  # … but the covenant itself lists the targets
_NOT_REGISTERED = re.compile(r"(?:vốn|doanh nghiệp|dn|fdi|dự án)(?: \S+){0,5} (?:đăng ký|đk)|(?:đăng ký|đk) (?:thành lập|mới|kinh "
                             r"doanh|doanh nghiệp|đầu tư|cấp mới|thường trú|tạm trú|tham gia)")
# "Quyết toán năm 2023" (QT): the budget's closed accounts, final
_ACTUAL = ("thực hiện", "th", "tt", "thực tế", "số liệu chính thức", "chính thức", "quyết toán", "qt")
_FORECAST = ("dự báo", "dự kiến")


@lru_cache(maxsize=64)
def _padded_keys(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f" {_key(p)} " for p in phrases)


def _has_phrase(k: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {k} "
    return any(p in padded for p in _padded_keys(phrases))


@lru_cache(maxsize=1 << 14)
def column_status(text: str) -> tuple[str | None, int | None]:
    """("estimate", 2023) for "Ước thực hiện 2023"; ("plan", 2023) for "KH 2023"; status None when not stated."""
    k = _key(text).replace("giao ước", "giao-ước")  # a covenant ("giao ước thi đua") is no estimate ("ước")…
    years = _YEAR.findall(_key(_DATE_NUMERIC.sub(" ", text))) or _YEAR.findall(k)  # "năm 2021, ước đến 31/01/2022"
    if len(years) > 1 and (compared := _YEAR.findall(_BASE_YEAR.sub(" ", k))):
        years = compared  # "… năm 2025 so với năm 2024": 2025, against 2024
    year = int(years[-1]) if years else None
    if _has_phrase(k, _ESTIMATE):
        return "estimate", year
    if _has_phrase(k, _FORECAST):
        return "forecast", year
    if _has_phrase(k, _PLAN) or (_REGISTERED.search(k) and not _NOT_REGISTERED.search(k)) or _COVENANT.search(k):
        return "plan", year
    if _has_phrase(k, _ACTUAL):
        return "actual", year
    return None, year


_RELATIVE_YEAR = (("năm trước", -1), ("năm qua", -1), ("năm nay", 0), ("năm hiện tại", 0), ("năm sau", 1),
                  ("năm tới", 1), ("năm kế tiếp", 1))


@lru_cache(maxsize=1 << 12)
def relative_year(text: str) -> int | None:
    """-1, 0 or 1 for a header naming the year before, this year or the next one ("Năm trước", "Năm nay (ước)",
    "Kế hoạch năm sau") instead of a year; None otherwise."""
    padded = f" {_key(text)} "
    return next((shift for words, shift in _RELATIVE_YEAR if f" {words} " in padded), None)


# "Cộng dồn 9 tháng", "Lũy kế 9 tháng", "9 tháng năm 2023", "Ước 9 tháng" (year to date) and
# "Tháng 9", "Thực hiện tháng 9", "Ước tháng 10", "Tháng 9/2023", "tháng 9 năm 2023" (one month).
_YTD = re.compile(r"(?<![\d/])(\d{1,2}) tháng(?! \d{1,2}(?!\d))")  # "9 tháng 2023" yes, "15 tháng 12" (a date) no
_MONTH = re.compile(r"tháng (\d{1,2})(?!\d)")
_TO_DATE = re.compile(r"\b(?:cộng dồn|lũy kế|luỹ kế|từ đầu năm)\b")


# The same written short, as offices head their columns: "TH 11T/2023" (eleven months), "T11/2023" (November),
# "Quý IV/2023", "6 tháng cuối năm" (the second half), "Lũy kế đến 30/11/2023" (to the end of November).
_YTD_SHORT = re.compile(r"(?<!\S)(\d{1,2})t(?=\s|$|(?:19|20)\d\d)")
_MONTH_SHORT = re.compile(r"(?<!\S)t(\d{1,2})(?=\s|$)")
_QUARTER = re.compile(r"(?<!\S)(?:quý|q) ?(iv|iii|ii|i|[1-4])(?=\s|$)")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SECOND_HALF = re.compile(r"6 ?(?:tháng|t) cuối(?!\S)")  # "6 tháng cuối năm", "6T cuối"
_UNTIL = re.compile(r"(?<!\S)đến(?: hết)?(?: ngày)? (\d{1,2}) (\d{1,2})(?=\s|$)")
LAST_DAY_FROM = 28  # "đến 30/11": the month is done; "đến 15/11" is not a period the warehouse holds


@lru_cache(maxsize=1 << 14)
def column_period(text: str) -> str | None:
    """The part of the year a column header names: "-9M" (year to date; "-H1", "-Q1" for 6 and 3 months), "-09"
    (a month), "-Q4" (a quarter), "-H2" (the second half), "" for "12 tháng" (the whole year), None when it names
    no part of the year."""
    k = _key(text)
    if _SECOND_HALF.search(k):
        return "-H2"
    if (m := _QUARTER.search(k)) and not ((month := _MONTH.search(k)) and 1 <= int(month.group(1)) <= 12
                                          and not _YTD.search(k)):
        return f"-Q{_QUARTERS[m.group(1)]}"  # (a month under its quarter, "Quý I" › "Tháng 1", is the month)
    if "tháng" in k:
        if (m := _YTD.search(k)) and 1 <= int(m.group(1)) <= 12:
            return observation.months_to_date_suffix(int(m.group(1)))  # "6 tháng" is H1, as a report writes it
        if (m := _MONTH.search(k)) and 1 <= int(m.group(1)) <= 12:
            if _TO_DATE.search(k):  # "Thực hiện tháng 8/2025" over "Cộng dồn từ đầu năm": January to August
                return observation.months_to_date_suffix(int(m.group(1)))
            return f"-{int(m.group(1)):02d}"
    if (m := _YTD_SHORT.search(k)) and 1 <= int(m.group(1)) <= 12:
        return observation.months_to_date_suffix(int(m.group(1)))
    if (m := _MONTH_SHORT.search(k)) and 1 <= int(m.group(1)) <= 12:
        return f"-{int(m.group(1)):02d}"
    if (m := _UNTIL.search(k)) and int(m.group(1)) >= LAST_DAY_FROM and 1 <= int(m.group(2)) <= 12:
        later = re.match(r" ((?:19|20)\d\d)", k[m.end():])
        named = [int(y) for y in _YEAR.findall(k[:m.start()])]
        if later and named and int(later.group(1)) > max(named):
            return None  # "năm 2021, ước đến 31/01/2022": the plan of 2021, disbursed until January of the next year
        return observation.months_to_date_suffix(int(m.group(2)))
    if m := _EN_TO_DATE.search(k):  # "January–October 2025", "Jan-Oct 2026": an English release's ten months
        return observation.months_to_date_suffix(_EN_MONTH_NO[m.group(1)[:3]])
    if m := _EN_MONTH.search(k):  # "Oct 2026 (est.)", "October 2026": one month
        return f"-{_EN_MONTH_NO[m.group(1)[:3]]:02d}"
    return None


@lru_cache(maxsize=1 << 12)
def title_period(text: str) -> str | None:
    """`column_period` of a title, its dates left out: "(Kèm theo Báo cáo ngày 08 tháng 12 năm 2025)" names the
    day of the report, not a month of the figures."""
    return column_period(_DAY_OF_REPORT.sub(" ", vn_text.canonical(text)))


# a date the report was written on; "đến (hết) ngày 31/10/2025" is kept: it ends the figures' period
_DAY_OF_REPORT = re.compile(r"(?<!đến )(?<!hết )ngày\s+\d{1,2}(?:\s*/\s*|\s+tháng\s+)\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}",
                            re.IGNORECASE)


_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]
_EN_MONTH_NO = {m[:3]: k for k, m in enumerate(_EN_MONTHS, start=1)}
_EN_MONTH_WORD = "|".join(f"{m[:3]}(?:{m[3:]})?" if len(m) > 3 else m for m in _EN_MONTHS).replace("sep(", "sept?(")
_EN_TO_DATE = re.compile(rf"\bjan(?:uary)? (?:to |through )?({_EN_MONTH_WORD.split('|', 1)[1]})\b")
_EN_MONTH = re.compile(rf"\b({_EN_MONTH_WORD}) (?:19|20)\d\d\b")


def runs_to_a_day(text: str) -> bool:
    """Whether a header runs to a day inside a month ("Lũy kế đến 15/11/2023"): no period the warehouse holds."""
    m = _UNTIL.search(_key(text))
    return m is not None and int(m.group(1)) < LAST_DAY_FROM


# "Bình quân giai đoạn 2021-2025", "2021-2025", "Bình quân 5 năm": a span of years, not a period of the catalogue
# (the span is looked for in the header as written: its key has lost the dash, "2021 2025")
_MULTI_YEAR = re.compile(r"\bgiai đoạn\b|\bbình quân \d+ năm\b")
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d")


def covers_years(text: str) -> bool:
    """Whether a header or a period label covers several years ("Bình quân 2021–2024", "BQ 2016-2020", "Giai đoạn
    2021-2025"): an average or a total of a span, no period of the catalogue."""
    return bool(_YEAR_SPAN.search(text) or _MULTI_YEAR.search(_key(vn_text.without_english(text))))
_COMPARE = ("so với", "so sánh", "ss", "tăng giảm", "tốc độ tăng", "% so", "so cùng kỳ", "so năm trước", "so dự toán",
            "so kế hoạch", "so kh", "so dt", "yoy", "year on year", "y o y", "y y")
_VS_PLAN = ("so với kế hoạch", "so với kh", "so kh", "ss kh", "so với dự toán", "so dự toán", "so sánh kế hoạch",
            "so sánh kh", "% kh", "% kế hoạch", "% dự toán", "so với nghị quyết", "so dt", "so với dt",
            "so với chỉ tiêu", "so chỉ tiêu", "so với mục tiêu", "so mục tiêu")  # "Tỷ lệ so với chỉ tiêu năm (%)"
_SO_BETWEEN = re.compile(r"(?:19|20)\d\d so (?:với )?\S|^so (?:với )?(?:năm )?(?:19|20)\d\d\b")  # "ƯTH 2024 so DT
# 2024 (%)", "ƯTH 2024 so TH 2023", "So 2024 (%)" (against 2024)


# "Quý II/2026", "Tháng 9/2025", "5T/2026" (five months): a period's slash, not a ratio's
_PERIOD_SLASH = re.compile(r"(?<!\w)(\d{1,2}t?|i{1,3}|iv)/((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


_CHANGE_ALONE = frozenset(("tăng %", "tăng trưởng %", "mức tăng %", "tốc độ tăng %", "tăng giảm %"))


@lru_cache(maxsize=1 << 14)
def compare_role(text: str) -> str | None:
    """"compare_yoy" or "compare_plan" for a header that compares ("So với cùng kỳ (%)", "Ước TH/KH"), else None."""
    k = _key(text).replace("giá so sánh", "giá")  # "Giá so sánh 2010" is a price basis, no comparison
    if k in _CHANGE_ALONE:  # "Tăng (%)" after "Cộng 5T/2025 | 5T/2026 (ước)": the change of the latest column
        return "compare_yoy"
    text = _PERIOD_SLASH.sub(r"\1 \2", text)  # "Quý II/2026", "Tháng 9/2025": a period's slash, not a ratio's
    if not _has_phrase(k, _COMPARE) and "/" not in text and not _SO_BETWEEN.search(k):
        return None
    if "/" in text and _has_phrase(k, _VS_PLAN):  # "Ước TH 2024 so với KH/DT (%)"
        return "compare_plan"
    if "/" in text:  # "Ước TH 2023/TH 2022", "UTH/KH", "Ước TH/ cùng kỳ"
        parts = text.split("/")
        if _has_phrase(_key(parts[-1]), ("cùng kỳ", "năm trước")):
            return "compare_yoy"
        denominator = column_status(parts[-1])[0]
        if denominator is None and not _has_phrase(k, _COMPARE):
            return None
        return "compare_plan" if denominator == "plan" else "compare_yoy"
    return "compare_plan" if _has_phrase(k, _VS_PLAN) else "compare_yoy"


def detect_layout(grid: Grid, header_row: int, doc_year: int | None, as_of: dt.date | None = None) -> Layout:
    """The layout of the table whose header starts at `header_row`. A value column that states no status is an
    estimate until its period is over on `as_of` (the date the report states or was published), an actual after;
    with no such date, an actual before the report's year."""
    label_col = next(
        c for c, cell in enumerate(grid.rows[header_row]) if isinstance(cell, str) and len(cell) < 40 and _label_header(cell)
    )
    rows = [header_row]
    while rows[-1] + 1 < len(grid.rows) and _is_header_continuation(grid, rows[-1] + 1, label_col):
        rows.append(rows[-1] + 1)
    first = rows[-1] + 1
    # (a label merged down over it, "Chỉ tiêu" over "(1) | (2)", is not the row's own)
    while first < len(grid.rows) and _is_column_number_row([grid.own(first, c) for c in range(len(grid.rows[first]))]):
        first += 1
    # A title cell merged across the header ("Năm 2023" over sub-headers) stays in the joined header text.
    headers: dict[int, str] = {}
    for c in range(grid.width):
        parts: list[str] = []
        for r in rows:
            t = vn_text.without_english(text_of(grid.cell(r, c)).strip())
            if t and t not in parts:
                parts.append(t)
        headers[c] = " ".join(parts)
    layout = Layout(rows, first, label_col, None, None, None, [])
    dated: set[int] = set()  # value columns whose status is the report's date's, not a word of their header
    generic: list[tuple[int, str]] = []  # "Giá trị", "Số liệu": a value column that names nothing of its own
    for c, text in headers.items():
        if c == label_col or not text:
            continue
        if "so sánh" in text.lower():  # cheap: asked first
            text = _COMPARABLE_FIGURES.sub("", text)  # "Tỉnh Đồng Nai (số so sánh)": figures, not a comparison
        k = _key(vn_text.without_english(text))  # "Đơn vị tính - Unit": a yearbook's two languages
        if k in _keys(STT_HEADERS):
            layout.stt_col = c
        elif k in _keys(UNIT_HEADERS):
            layout.unit_col = c
        elif k in _keys(PROVINCE_HEADERS):
            layout.province_col = c
        elif _NATIONAL_COLUMN.search(k):
            layout.ignored_columns[c] = f"column '{text}' holds the country's or a region's figures, not the province's"
        elif _against_a_period_before(k):  # "Tháng 10/2025 so với (%)" over "Tháng 9/2025"
            layout.ignored_columns[c] = (f"column '{text}' compares with the month or quarter before, not with the "
                                         "same period of last year")
        elif (compare := compare_role(text)) is not None:  # its province, if under one ("… | Gia Lai (cũ)")
            layout.value_columns.append(ValueColumn(c, text, compare, None, None, province=province_in_header(text)[0]))
        elif " khả năng " in f" {k} ":  # "Dự báo khả năng thực hiện | Khó đạt": a verdict on the target, no figure
            layout.ignored_columns[c] = f"column '{text}' judges whether the target will be met, it holds no figure"
        elif covers_years(text):
            layout.ignored_columns[c] = (f"column '{text}' covers several years (an average or total of a span), "
                                         "not one period")
        elif k in _WHOLE_PROVINCE_KEYS:  # "Chỉ tiêu | Xã Tân Thành | Toàn tỉnh": the title's province, period, status
            layout.value_columns.append(ValueColumn(c, text, "value", None, doc_year, "", total=True))
        elif "cùng kỳ" in k:  # "Cùng kỳ năm 2022", "Cùng kỳ năm trước": its period is set below, from the others'
            status, year = column_status(text)
            layout.value_columns.append(ValueColumn(c, text, "same_period", status or "actual", year, ""))
        else:
            province, rest = province_in_header(text)
            status, year = column_status(rest)
            suffix = column_period(rest)
            if year is None and doc_year is not None and (shift := relative_year(rest)) is not None:
                year = doc_year + shift  # "Năm trước | Năm nay (ước) | Kế hoạch năm sau" beside the title's year
            if province:  # a column per province: its status, when the header has none, is the title's (parse_grid)
                layout.value_columns.append(ValueColumn(c, text, "value", status, year or doc_year, suffix or "",
                                                        province))
                continue
            if year is None and status is None and suffix is None:
                if k in _GENERIC_VALUE_KEYS:  # "Giá trị": the title's year, if no other column names one (below)
                    generic.append((c, text))
                layout.ignored_columns[c] = f"column '{text}' names no status or year"
                continue
            if suffix is None and runs_to_a_day(rest):
                layout.ignored_columns[c] = (f"column '{text}' runs to a day inside a month, not a period of the "
                                             "warehouse; send the figures to the end of a month")
                continue
            undated = year is None  # "Thực hiện (tỷ đồng)": the title's year, and its part of the year (parse_grid)
            if year is None:
                year = doc_year
            stated = status is not None
            if status is None and as_of is not None and year is not None:  # "Gia Lai (cũ) 6 tháng đầu năm" in September
                status = "actual" if as_of > observation.period_end(f"{year}{suffix or ''}") else "estimate"
                dated.add(c)
            elif status is None:  # "Năm 2022" alone: before the report's year it is final
                status = "actual" if doc_year and year is not None and year < doc_year else "estimate"
            layout.value_columns.append(ValueColumn(c, text, "value", status, year, suffix or "",
                                                    title_period=undated and suffix is None, stated=stated))
    if generic and doc_year is not None and not any(v.role == "value" for v in layout.value_columns):
        _generic_value_columns(layout, generic, doc_year, as_of)
    _total_beside_provinces(layout, headers, doc_year)
    _total_of_the_quarters(layout, headers)
    _cumulated_over_an_estimate(layout, dated)
    _footnoted_estimates(grid, layout)
    _same_period_last_year(layout, doc_year)
    attach_comparisons(layout)
    return layout


# "Năm 2024 › Tỉnh X (số so sánh)", "(số liệu so sánh)": the year's figures restated on today's boundaries so that
# they compare with this year's (a merged province's 2024 as the sum of its former provinces), a column of figures
# of that province, not a comparison ("So sánh (%)")
_COMPARABLE_FIGURES = re.compile(r"\s*\(?\s*số (?:liệu )?so sánh\s*\)?", re.IGNORECASE)


# A value column headed only by what it holds ("Chỉ tiêu | Đơn vị tính | Giá trị | Ghi chú" on a sheet per year,
# titled "… NĂM 2022" / "Số liệu sơ bộ")
_GENERIC_VALUE_KEYS = frozenset(_key(w) for w in ("giá trị", "số liệu", "trị số", "số lượng", "kết quả", "value"))


def _generic_value_columns(layout: Layout, generic: list[tuple[int, str]], doc_year: int,
                           as_of: dt.date | None) -> None:
    """The "Giá trị" columns of a table with no other value column: the title's year (and part of the year, as an
    undated column's), an actual once that year is over on the report's date, else an estimate; a status the title
    states ("Số liệu sơ bộ") is applied by parse_grid as for any column whose header states none."""
    for c, text in generic:
        del layout.ignored_columns[c]
        over = as_of > observation.period_end(str(doc_year)) if as_of is not None else False
        layout.value_columns.append(ValueColumn(c, text, "value", "actual" if over else "estimate", doc_year, "",
                                                title_period=True, stated=False))
    layout.value_columns.sort(key=lambda v: v.col)


def _cumulated_over_an_estimate(layout: Layout, dated: set[int]) -> None:
    """"Ước tính tháng 10/2025 | Cộng dồn 10 tháng năm 2025": a total to date (or a quarter, "Ước tháng 12 | Quý IV")
    whose last month the table gives as an estimate is an estimate too, though its period is over on the report's
    date."""
    estimated = {(v.year, v.period_suffix) for v in layout.value_columns if v.role == "value" and v.status == "estimate"}
    if not estimated:
        return
    for v in layout.value_columns:
        if v.col in dated and v.status == "actual" and v.year:
            month = _LAST_MONTH.get(v.period_suffix)
            if (month is not None and (v.year, f"-{month:02d}") in estimated) or any(
                    (v.year, last) in estimated for last in _LAST_QUARTER.get(v.period_suffix, ())):
                v.status = "estimate"


_MONTHS_TO_DATE = {observation.months_to_date_suffix(n): n for n in range(2, 12)}  # "-10M" → 10 ("" is the year)
# … and a quarter or the second half, whose last month is estimated: "Tháng 10 | Tháng 11 | Ước tháng 12 | Quý IV"
_LAST_MONTH = {**_MONTHS_TO_DATE, "-Q2": 6, "-Q3": 9, "-Q4": 12, "-H2": 12}
# … or whose last quarter (the year's: its December or second half) is: "Quý III | Quý IV (ước) | Cả năm 2025"
_LAST_QUARTER = {"": ("-12", "-Q4", "-H2"), "-H2": ("-Q4",), "-9M": ("-Q3",), "-H1": ("-Q2",)}


_WHOLE_PROVINCE_KEYS = frozenset(("toàn tỉnh", "toàn thành phố", "cả tỉnh", "chung toàn tỉnh", "số liệu toàn tỉnh"))


def _total_beside_provinces(layout: Layout, headers: dict[int, str], doc_year: int | None) -> None:
    """"Tổng số | … | Chia ra: Cần Thơ (cũ) | Hậu Giang (cũ) | Sóc Trăng (cũ)": where the other columns are
    provinces, the total is the title's province (the merged one), for the title's period and status (parse_grid)."""
    if not any(v.province for v in layout.value_columns):
        return
    for c, why in list(layout.ignored_columns.items()):
        if _key(headers[c]) in TOTAL_LABELS:
            del layout.ignored_columns[c]
            layout.value_columns.append(ValueColumn(c, headers[c], "value", None, doc_year, "", total=True))
    layout.value_columns.sort(key=lambda v: v.col)


def _total_of_the_quarters(layout: Layout, headers: dict[int, str]) -> None:
    """"Quý 1 | Quý 2 | Quý 3 | Quý 4 | Grand Total" (a PivotTable's, or "Tổng cộng"): the total right of the four
    quarters of one year is that year, an estimate if one of them is."""
    totals = [c for c in layout.ignored_columns if _key(headers[c]) in _TOTAL_COLUMN_KEYS]
    if not totals:
        return
    quarters = [v for v in layout.value_columns if v.role == "value" and v.period_suffix in _QUARTER_SUFFIXES
                and not v.province]
    if len(quarters) != 4 or {v.period_suffix for v in quarters} != _QUARTER_SUFFIXES or len({v.year for v in quarters}) != 1:
        return
    for c in totals:
        if c > max(v.col for v in quarters):
            del layout.ignored_columns[c]
            status = "estimate" if any(v.status == "estimate" for v in quarters) else quarters[-1].status
            layout.value_columns.append(ValueColumn(c, headers[c], "value", status, quarters[0].year, "",
                                                    stated=all(v.stated for v in quarters)))
    layout.value_columns.sort(key=lambda v: v.col)


_QUARTER_SUFFIXES = frozenset(("-Q1", "-Q2", "-Q3", "-Q4"))
_TOTAL_COLUMN_KEYS = frozenset(("grand total", "total", "tổng cộng", "tổng số", "tổng", "cộng", "cả năm"))


_FOOTNOTE_MARK = re.compile(r"\((\*+|\d)\)|(?<=\d)(\*+)$")


def _footnoted_estimates(grid: Grid, layout: Layout) -> None:
    """A value column whose header carries a footnote mark ("Năm 2025 (*)") whose note says the figures are estimates
    or preliminary ("(*) Số liệu năm 2025 là số ước tính") holds estimates, whatever the header says above it."""
    for v in layout.value_columns:
        m = _FOOTNOTE_MARK.search(v.header)
        if m is None or v.status == "plan":
            continue
        if note_says_estimates(grid, layout, m.group(1) or m.group(2)):
            v.status = "estimate"


def note_says_estimates(grid: Grid, layout: Layout, mark: str) -> bool:
    """Whether the table's note marked `mark` ("*", "1"), a row under the figures ("(*) Số liệu sơ bộ …"), says
    its figures are estimates or preliminary."""
    for r in range(layout.first_data_row, len(grid.rows)):
        cell = grid.cell(r, 0) if isinstance(grid.cell(r, 0), str) else grid.cell(r, layout.label_col)
        if isinstance(cell, str) and cell.lstrip().startswith((f"({mark})", f"{mark} ")):
            k = _key(cell)
            return _has_phrase(k, _ESTIMATE) or " sơ bộ " in f" {k} " or " ước tính " in f" {k} "
    return False


@lru_cache(maxsize=1 << 12)
def province_in_header(text: str) -> tuple[str, str]:
    """(province name, the rest) of a column header that starts or ends with a province's name ("Kon Tum", "Tỉnh
    Gia Lai", "Kon Tum Ước TH 2023" under a merged province cell, "KH 2023 Đắk Lắk"); ("", text) otherwise."""
    words = text.split()
    for n in range(min(7, len(words)), 0, -1):
        for name, rest in ((" ".join(words[:n]), words[n:]), (" ".join(words[-n:]), words[:-n])):
            if not _names_a_value_column(name) and provinces.is_province_name(name):
                return name, " ".join(rest)
    return "", text


def _same_period_last_year(layout: Layout, doc_year: int | None) -> None:
    """A "Cùng kỳ năm 2022" column beside "Ước 9 tháng 2023" holds the first nine months of 2022: the part of the
    year of the report's latest value column, in the year the header names, else the year before that column's."""
    current = max((v for v in layout.value_columns if v.role == "value" and v.status != "plan" and not _a_part(v)),
                  key=_recency, default=None) or max(
        (v for v in layout.value_columns if v.role == "value" and v.status != "plan"), key=_recency, default=None)
    for v in layout.value_columns:
        if v.role != "same_period":
            continue
        v.role = "value"
        v.period_suffix = current.period_suffix if current is not None else ""
        if v.year is None:
            base = current.year if current is not None and current.year else doc_year
            v.year = base - 1 if base else None


def _a_part(v: ValueColumn) -> bool:
    """Whether a value column is a part of the column before it ("Trong đó: tháng 3/2026" beside "Thực hiện quý
    I/2026", "Trong đó: Ước quý II" beside "Ước 6 tháng"): the comparisons and the same period of last year beside
    them are the whole's, not the part's."""
    return " trong đó " in f" {_key(v.header)} "


def attach_comparisons(layout: Layout) -> None:
    """A comparison column compares the latest estimate/actual column before it (or the year it names); with none,
    the period its header names, an estimate unless its header says otherwise or a later period's column of the
    table is the estimate ("Tháng 1/2026 so với cùng kỳ | Tháng 2/2026 … | Ước tính tháng 3/2026 so với …": January
    and February are actuals)."""
    candidates = [v for v in layout.value_columns if v.role == "value" and v.status != "plan"]
    if any(not _a_part(v) for v in candidates):  # "Ước 6 tháng | Trong đó: Ước quý II | So cùng kỳ": the whole's
        candidates = [v for v in candidates if not _a_part(v)]
    latest_of_all = max(candidates, key=_recency, default=None)
    latest_before = None  # the latest candidate left of the column at hand (value columns go left to right)
    unstated: list[ValueColumn] = []  # comparisons alone, no status stated, and the ends of those stated estimates
    estimated: list[dt.date] = []
    for v in layout.value_columns:
        if v.role == "value":
            if v.status != "plan" and any(v is x for x in candidates) \
                    and (latest_before is None or _recency(v) > _recency(latest_before)):
                latest_before = v
            continue
        numerator = _numerator(v.header)
        status, year = column_status(numerator)
        part = column_period(numerator)  # "Quý III/2024 so với cùng kỳ" beside "9 tháng năm 2024 so với cùng kỳ"
        if year is None and part is None and _RELATIVE_BASE.search(_key(v.header)):
            # "Tốc độ tăng so với năm trước (%)" over "Năm 2024": against a base named by no year, the year the
            # header names is the compared column's
            status, year = column_status(v.header)
            part = column_period(v.header)
        target = latest_before if latest_before is not None else latest_of_all
        if status == "plan" and v.role == "compare_yoy":  # "Năm 2021 › Kế hoạch › So cùng kỳ (%)": a planned growth
            v.status, v.year = "plan", year or (target.year if target is not None else None)
            v.period_suffix = part or ""
            continue
        if year is not None or part is not None:
            same = [x for x in candidates if (year is None or x.year == year) and (status is None or x.status == status)
                    and (part is None or x.period_suffix == part)]
            if same:
                target = max(same, key=_recency)
        if target is not None:
            v.status, v.year = status if status in ("estimate", "actual") and year else target.status, year or target.year
            v.period_suffix = target.period_suffix
        else:  # only comparisons ("Tháng 9/2025 so với cùng kỳ năm trước"): the period they name
            v.status, v.year, v.period_suffix = status or "estimate", year, part or ""
            if status is None and year is not None:
                unstated.append(v)
            elif status == "estimate" and year is not None:
                estimated.append(observation.period_end(f"{year}{part or ''}"))
    for v in unstated:
        if estimated and observation.period_end(f"{v.year}{v.period_suffix}") < min(estimated):
            v.status = "actual"


# Words of a rate or a change ("Tốc độ tăng", "Tăng/giảm so với cùng kỳ (%)", "YoY change"): not an index
CHANGE_WORDS = re.compile(r"tốc độ|tăng|giảm|growth|change|increase", re.IGNORECASE)


_RELATIVE_BASE = re.compile(r"\bso(?: với)? (?:năm trước|cùng kỳ)(?! năm (?:19|20)\d\d)")


def _numerator(header: str) -> str:
    """What a comparison column compares: the words before "so với" or "so" ("Quý III/2024 so với cùng kỳ năm
    trước", "ƯTH 2024 so DT 2024"), the words after the comparison when it comes first ("So với cùng kỳ (%)" merged
    over "Tháng 3/2026"), else the words before its "/" ("Ước TH 2024/TH 2023")."""
    m = re.search(r"\sso(?:\s+với)?\s", header.lower())
    if m:
        return header[:m.start()]
    if lead := _COMPARISON_FIRST.match(header):  # "So 2024 (%)" alone compares nothing it names: the column before
        header = header[lead.end():]
    return _RATIO_SLASH.split(header)[0]  # "ƯTH 2024/TH 2023" → "ƯTH 2024"; "Tháng 3/2026" is one period


_NATIONAL_COLUMN = re.compile(r"\b(?:cả nước|toàn quốc|bình quân cả nước|cả vùng|toàn vùng|toàn cụm|cả cụm)\b")
_RATIO_SLASH = re.compile(r"/(?!\s*\d)|(?<=(?:19|20)\d\d)\s*/\s*(?=(?:19|20)\d\d)")  # not "3/2026"; "2024/ 2023" is
_COMPARISON_FIRST = re.compile(r"\s*(?:so sánh|so với|so(?=\s+(?:năm\s+)?(?:19|20)\d\d))(?:\s+cùng kỳ(?:\s+năm (?:trước|(?:19|20)\d\d))?"
                               r"|\s+(?:năm\s+)?(?:trước|(?:19|20)\d\d))?\s*(?:\(%\))?\s*",
                               re.IGNORECASE)  # "So với cùng kỳ năm 2024 (%)" over "Gia Lai (cũ)", "So 2024 (%)": the base
# ("so với" or "so" alone: "Quý III so quý II (%)")
_SEQUENTIAL = re.compile(r"\bso(?: với)? (?:(?:tháng|quý|kỳ) trước|tháng \d{1,2}(?!\d)(?!/\d{4} năm)|quý (?:i|ii|iii|iv)\b)")


_SAME_MONTH_A_YEAR_BEFORE = re.compile(r"tháng (\d{1,2}) ((?:19|20)\d\d) so với tháng (\d{1,2}) ((?:19|20)\d\d)")


def _against_a_period_before(k: str) -> bool:
    """Whether a header (key form) compares with the month or quarter before, not with the same period of last year:
    "tháng 10 2025 so với tháng 9 2025" yes, "tháng 10 2025 so với tháng 10 2024" no."""
    k = k.replace(" % ", " ")
    if (m := _SAME_MONTH_A_YEAR_BEFORE.search(k)) and m.group(1) == m.group(3) and int(m.group(4)) == int(m.group(2)) - 1:
        return False
    return bool(_SEQUENTIAL.search(k))


def _recency(v: ValueColumn) -> tuple[int, int]:
    """Of two value columns, the later year wins, then the column further right."""
    return v.year or 0, v.col


# ----------------------------------------------------------- title rows

_PLANNED_YEAR = re.compile(r"(?:kế hoạch|dự toán|mục tiêu|phương hướng|nhiệm vụ)(?:\s+\S+){0,4}?\s+(?:năm\s+)?((?:19|20)\d\d)")


def read_title(grid: Grid, header_row: int, top: int | None = None) -> TitleInfo:
    """What the rows above the header say (and the grid's caption, for a table inside a document). For a later
    table of a sheet (`top`: the first table's header), the sheet's title rows above `top` and the text-only rows
    right above its own header ("Biểu 2: …"), not the rows of the tables above it."""
    rows = range(header_row) if top is None or top >= header_row else [
        *range(top), *(r for r in range(max(top, header_row - 3), header_row)
                       if not any(isinstance(c, float) for c in grid.rows[r]))]
    # a footnote above the header ("(*) Số liệu tháng 12 là số ước tính.") is the note of a table above, not a title
    texts = ([grid.caption] if grid.caption else []) + [t for r in rows for c in grid.rows[r] if c is not None
                                                         and not _FOOTNOTE.match(t := text_of(c))]
    seen: list[str] = []
    for t in texts:
        if t not in seen:
            seen.append(t)
    text = " ".join(seen)
    date = find_date(text)
    # the day the table was written ("ngày 20 tháng 5 năm 2026", "tổng hợp ngày 20/5/2026") names no year of its figures
    undated = _DATE_NUMERIC.sub(" ", _DATE.sub(" ", vn_text.canonical(text).lower()))
    years = [int(y) for y in _YEAR.findall(undated)]
    # "… NĂM 2025 VÀ KẾ HOẠCH NĂM 2026": the report is on 2025, 2026 is its plan (a column names that year itself)
    planned = {int(y) for y in _PLANNED_YEAR.findall(undated)}
    reported = [y for y in years if y not in planned]
    year = max(reported or years) if years else (date.year if date else None)
    return TitleInfo(text, year, date, frozenset(planned))  # the province it names depends on the day (find_province)


_FOOTNOTE = re.compile(r"\s*(?:\(\*+\)|\*+\s|ghi chú\s*:)", re.IGNORECASE)


# what a caption says after its indicator: its period and price basis ("… THEO THÁNG, QUÝ I/2026", "… NĂM 2025
# (giá so sánh 2010)", "… THÁNG 3/2026")
_CAPTION_PERIOD = re.compile(r"\s*(?:,|\(|\btheo (?:tháng|quý|năm)\b|\b(?:quý|tháng|năm|ước tính|ước)\s+[\divx]|\b\d{1,2} tháng\b"
                             r"|\bsáu tháng\b|\bchín tháng\b).*$", re.IGNORECASE)

# "Biểu 5:", "245.", "Bảng số 2 -", "Phụ lục 1" before a table's title
TABLE_NUMBER = re.compile(r"^(?:biểu|bảng|table|phụ lục)?\s*(?:số\s*)?[0-9ivx]+(?:[.\-][0-9]+)*(?:\s*[:.\-–]\s*|\s+)",
                          re.IGNORECASE)


def table_subject(grid: Grid, header_row: int) -> tuple[str | None, str]:
    """(catalogue code, caption) of the caption right above a table's header that names one indicator
    ("5. TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG", "Biểu 3: Chỉ số sản xuất công nghiệp"): what its
    total row ("TỔNG SỐ", "Toàn ngành công nghiệp") is a figure of. (None, "") when no such caption. A table read out
    of a document (a PDF's, a Word file's) has its caption in the text above it: its last lines count the same."""
    lines = [grid.rows[r][0] if grid.rows[r] and grid.rows[r][0] is not None else next(
                 (c for c in grid.rows[r] if c is not None), None) for r in range(header_row - 1, max(-1, header_row - 5), -1)]
    if header_row == 0 and grid.caption:
        lines = [ln for ln in reversed(grid.caption.split("\n")) if ln.strip()][:2]
    for r, first in enumerate(lines):
        if header_row and any(isinstance(c, float) for c in grid.rows[header_row - 1 - r] if c is not None):
            return None, ""
        if not isinstance(first, str) or unit_note(first) is not None:
            continue
        caption = TABLE_NUMBER.sub("", first.strip())
        name = catalogue.unit_in_label(caption)[0]
        code = catalogue.match_indicator(name) or catalogue.match_indicator(_CAPTION_PERIOD.sub("", name))
        if code is not None:
            return code, caption
    return None, ""


# The row or column of a table that holds its whole ("TỔNG SỐ" under "Tổng mức bán lẻ …", "Tổng số" before "Chia ra:
# <former provinces>"; the others are its parts)
TOTAL_LABELS = frozenset(("tổng số", "tổng", "tổng cộng", "cộng", "toàn ngành", "toàn ngành công nghiệp", "chung",
                          "toàn tỉnh", "toàn thành phố", "chung toàn tỉnh", "tổng chung", "toàn bộ"))


_TABLE_UNIT = re.compile(r"(?:đơn vị tính|đơn vị|đvt|đv tính|unit)\s*[:.]\s*([^()\n;]+)", re.IGNORECASE)
_ENGLISH_AFTER = re.compile(r"\s+[-–/]\s+(?=unit\b|[A-Za-z][a-z]+\b)", re.IGNORECASE)
_THOUSANDS_UNIT = re.compile(r"^1[.,\s]?000\s+\S+")  # "1.000 USD"
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def unit_note(line: str) -> str | None:
    """The unit of a note line ("Đơn vị tính: Triệu đồng", "(ĐVT: tỷ đồng)", "Đơn vị tính: Triệu USD (sơ bộ)"):
    None when the line is no unit note, "" when it names no unit or several ("Tỷ đồng, %")."""
    m = _TABLE_UNIT.search(line)  # grid text is NFC already
    if m is None:
        return None
    # "Tỷ đồng - Unit: Bill. dongs" (a yearbook's two languages), "% – Số liệu mẫu" (a note after a spaced dash)
    unit = _ENGLISH_AFTER.split(_SPACED_DASH.split(m.group(1))[0])[0].strip(" .:")
    if "," in unit.replace("1,000", "") or not (catalogue.looks_like_unit(unit) or _THOUSANDS_UNIT.match(unit)):
        return ""
    return unit


def table_unit(grid: Grid, header_row: int) -> str:
    """The unit a note above the header gives every row without its own (`unit_note`), else the money unit the
    title gives in parentheses ("THU NSNN THEO THÁNG – QUÝ IV/2025 (triệu đồng)"), or ""."""
    lines = _note_lines(grid, header_row)
    noted = next((unit for line in lines if (unit := unit_note(line)) is not None), None)
    if noted is not None:
        return noted
    units = {m.group(1).lower() for line in lines if "(" in line for m in _MONEY_IN_PARENS.finditer(line)}
    return units.pop() if len(units) == 1 else ""


# a unit of money in a title's parentheses: "(triệu đồng)", "(Tỷ đồng)", "(nghìn tỷ đồng)", "(triệu USD)"; a "(%)"
# there may be one column's, so only money is taken as the rows'
_MONEY_IN_PARENS = re.compile(r"\(\s*((?:nghìn |ngàn )?(?:triệu|tỷ|tỉ)(?: đồng| usd)|(?:nghìn|ngàn) tỷ đồng)\s*\)",
                              re.IGNORECASE)


def unit_of_value_headers(layout: Layout) -> str:
    """The money unit every value column's header gives in parentheses, when the table has no unit column nor note
    ("Thực hiện quý I/2026 (triệu đồng) | Cùng kỳ năm 2025 (triệu đồng) | So sánh (%)"): the rows' unit; else ""."""
    units = {m.group(1).lower() for v in layout.value_columns if v.role == "value"
             for m in _MONEY_IN_PARENS.finditer(v.header)}
    values = [v for v in layout.value_columns if v.role == "value"]
    if len(units) != 1 or not all(_MONEY_IN_PARENS.search(v.header) for v in values):
        return ""
    return units.pop()


def percent_too(grid: Grid, header_row: int) -> bool:
    """Whether the unit note lists a percentage after its unit ("Đơn vị tính: Tỷ đồng; %"): the rows of rates are
    in %, the others in the unit."""
    return any(_AND_PERCENT.search(line) for line in _note_lines(grid, header_row))


_AND_PERCENT = re.compile(r"(?:đơn vị tính|đơn vị|đvt|unit)\s*[:.][^()\n]*?[;,]\s*%", re.IGNORECASE)


def _note_lines(grid: Grid, header_row: int) -> list[str]:
    lines = grid.caption.split("\n") if grid.caption else []
    return lines + [c for r in range(max(0, header_row - 6), header_row) for c in grid.rows[r] if isinstance(c, str)]


def find_date(text: str) -> dt.date | None:
    low = vn_text.canonical(text).lower()
    for pattern in (_DATE, _DATE_NUMERIC):
        m = pattern.search(low)
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                continue
    return None


@lru_cache(maxsize=1 << 13)
def find_province(text: str, at: dt.date) -> str | None:
    """A province named in free text ("TỈNH KHÁNH HÒA", "UBND tỉnh Gia Lai"), valid on `at`."""
    k = f" {_key(text)} "
    # Prefer names after "tỉnh" / "thành phố": "Quảng Nam" must not come from "... miền Trung ...".
    former = None  # "gồm thành phố Đà Nẵng và tỉnh Quảng Nam cũ": a former province the merged one took in
    for prefix in ("tỉnh ", "thành phố ", "tp "):
        for m in re.finditer(rf" {prefix}", k):
            rest = k[m.end():].split()
            for n in (4, 3, 2, 1):
                code = provinces.resolve(" ".join(rest[:n]), at) if len(rest) >= n else None
                if code:
                    if "cũ" in rest[n - 1:n + 1]:  # "quảng nam cũ" resolves with its "cũ", or stops before it
                        former = former or code
                        break
                    return code
    if former is not None:
        return former
    fold = f" {vn_text.ascii_fold(text)} "  # only when no name follows "tỉnh": folding the text is not cheap
    for name, padded in _names_to_find():
        if padded in k or padded in fold:
            code = provinces.resolve(name, at)
            if code:
                return code
    return None


@lru_cache(maxsize=1)
def _names_to_find() -> tuple[tuple[str, str], ...]:
    """(name, " name ") of the province names of 5 characters or more, longest first (provinces.names_for_search)."""
    return tuple((name, f" {name} ") for name, _, _ in provinces.names_for_search() if len(name) >= 5)


def province_as_reported(text: str, period_end: dt.date, vintage: dt.date, stem: str = "") -> str | None:
    """The province a title (else a file name) names, for a figure of a period ending `period_end` in a report of
    `vintage`: written after the 2025 reform, the merged province's version key for every period (its earlier years
    are the merged province's, restated: `provinces.reported_by`); before, the code as the period ends."""
    at = max(period_end, vintage) if vintage > provinces.BEFORE_REFORM else period_end
    found = find_province(text, at) or (province_from_filename(stem, at) if stem else None)
    return provinces.reported_by(found, at) if found else None


def province_from_filename(stem: str, at: dt.date) -> str | None:
    """`khanh_hoa_2023` → 56; `56_2023` → 56 (a GSO code that exists on `at`)."""
    m = re.match(r"^(\d{2})(?:[_\-. ]|$)", stem)
    if m and provinces.version_at(m.group(1), at):
        return m.group(1)
    words = [w for w in re.split(r"[_\-. ]+", stem) if w and not w.isdigit()]
    for n in range(min(4, len(words)), 0, -1):
        for i in range(0, len(words) - n + 1):
            code = provinces.resolve(" ".join(words[i : i + n]), at)
            if code:
                return code
    return None


def year_from_filename(stem: str) -> int | None:
    years = _YEAR.findall(stem)
    return int(years[-1]) if years else None


# ----------------------------------------------------------- row hierarchy

_ROMAN = re.compile(r"^(?=[IVXL])(X{0,3})(IX|IV|V?I{0,3})(L?)[.)]?$")
_ROMAN_IN_LABEL = re.compile(r"^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+")
_BULLET = re.compile(r"^\s*([-–—+*•])\s*")
_NUMBERED = re.compile(r"^\s*(\d+(?:\.\d+)*)[.)]?\s+(?=\D)")
_LETTERED = re.compile(r"^\s*([a-zđ])[.)]\s+")
_PART_LETTER = re.compile(r"^\s*([A-HJ-UWYZ])[.)]\s+")  # "A. TỔNG THU NSNN", "B. TỔNG CHI" (I, V, X are roman)
BULLET_LEVEL = {"-": 5, "–": 5, "—": 5, "•": 5, "+": 6, "*": 7}


_MEMO = re.compile(r"^\s*(?:ghi nhớ|memo|memorandum)\s*:\s*", re.IGNORECASE)  # "Ghi nhớ: GRDP bình quân đầu người"


@lru_cache(maxsize=1 << 16)
def row_level(stt: str, label: str) -> tuple[int, str]:
    """(nesting level, label without its numbering): I.→0, 1→1, 1.1→2, a→4, -→5, +→6; no marker → 1. A memo
    item under a table ("Ghi nhớ: …") is a row of its own indicator."""
    if (memo := _MEMO.match(label)) is not None:
        return 1, label[memo.end():].strip()
    stt = stt.strip()
    if stt:
        if _ROMAN.match(stt.upper()) and stt.strip(".)").isupper():
            return 0, _strip_marker(label)
        if re.fullmatch(r"\d+(\.\d+)*\.?", stt):
            return stt.rstrip(".").count(".") + 1, _strip_marker(label)
        if re.fullmatch(r"[a-zđ][.)]?", stt):
            return 4, _strip_marker(label)
        if stt in BULLET_LEVEL:
            return BULLET_LEVEL[stt], _strip_marker(label)
    if m := _ROMAN_IN_LABEL.match(label):
        if m.group(1):
            return 0, label[m.end():].strip()
    if m := _BULLET.match(label):
        return BULLET_LEVEL.get(m.group(1), 5), label[m.end():].strip()
    if m := _LETTERED.match(label):
        return 4, label[m.end():].strip()
    if m := _PART_LETTER.match(label):
        return 0, label[m.end():].strip()
    if m := _NUMBERED.match(label):
        return m.group(1).count(".") + 1, label[m.end():].strip()
    return 1, label.strip()


def _strip_marker(label: str) -> str:
    for pattern in (_ROMAN_IN_LABEL, _BULLET, _LETTERED, _PART_LETTER, _NUMBERED):
        m = pattern.match(label)
        if m and (pattern is not _ROMAN_IN_LABEL or m.group(1)):
            return label[m.end():].strip()
    return label.strip()
