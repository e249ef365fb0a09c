"""Indicator tables (XLSX, CSV) → canonical observations.

Entry point `parse_file(path, published=None)`. A CSV that is a statistical
series (a province column and a year column, or years as column headers) goes
to `parse_series`. Every cell that holds a value becomes one observation; a
cell that cannot be read cleanly still becomes one, with `issue` naming the
place and the fix. Section headings, label-only rows and "-"/"x"/"…" cells are
not observations; they are listed in `ParseResult.skipped` with the reason.
A range in a cell ("7-7,5", a plan's usual form) is one observation, as in the
narrative parser: its midpoint, qualifier "about", the range kept in raw_value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipelines.lib import (catalogue, grdp_sectors, ingest, observation, parse_long_rows, parse_period_rows,
                           parse_periods_by_province, parse_province_rows, parse_series, provinces, read_grid, table_layout,
                           vn_abbreviations, vn_numbers, vn_text)
from pipelines.lib.ingest import InputError, ParseResult
from pipelines.lib.read_grid import Grid, GridError
from pipelines.lib.table_layout import Layout, text_of

ALIASES_FILE = "reference/indicators/aliases_tables.csv"

_MORE = re.compile(r"^(>=|≥|>|trên|hơn|vượt|over)\s*", re.IGNORECASE)
_LESS = re.compile(r"^(<=|≤|<|dưới|chưa đến|under)\s*", re.IGNORECASE)
_ABOUT = re.compile(r"^(~|≈|khoảng|gần|xấp xỉ|about)\s*", re.IGNORECASE)
_CHANGE_CELL = re.compile(r"\s*(tăng|giảm)\s+(.+?)\s*%?\s*", re.IGNORECASE)  # "Tăng 5,2%", "giảm 2,1 %"
_QUALIFIER_AFTER = re.compile(r"\s*(?:(trở lên|or more)|trở xuống|or less)$", re.IGNORECASE)  # "10 trở lên"
# A cell text vn_numbers.parse_number reads as itself in Vietnamese style, with no qualifier: 1.234,5 or 12,5 or 12.
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


@dataclass
class _Context:
    path: Path
    source_id: str
    source_kind: str
    vintage: dt.date | None  # from the `published` argument
    mtime: dt.date
    province: str | None = None  # the province of the document the tables are in, when it names one (a GSO code)


def parse_file(path: Path | str, published: dt.date | None = None, source_id: str | None = None,
               source: str | None = None) -> ParseResult:
    """Observations of one table file (.xlsx/.xlsm/.xls/.csv). Raises InputError if it cannot be read.
    `source_id`, when known, spares hashing the file; `source` is the file's name in the `source` column
    (default: the file name)."""
    path = Path(path)
    try:
        grids = read_grid.read_grids(path)
    except GridError as exc:
        raise InputError(path, exc.place, exc.problem) from exc
    is_csv = path.suffix.lower() == ".csv"
    if is_csv and parse_series.looks_like_series(grids[0]) and not _table_reads_better(grids[0]):
        return parse_series.parse_grid(grids[0], path, published=published, source_id=source_id, source=source)
    ctx = _Context(
        path, source_id or ingest.source_id(path), "table_csv" if is_csv else "table_xlsx", published,
        dt.date.fromtimestamp(path.stat().st_mtime),
    )
    frames, skipped, problems = _parse_grids(grids, ctx, source or path.name)
    if not frames and problems and len(problems) == len(grids):
        raise InputError(
            path, grids[0].name if grids else "",
            "; ".join(problems) + ". Give the table a header row: 'STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2022 | Kế hoạch 2023 | ...'",
        )
    if not frames:
        return ParseResult(observation.empty(), skipped)
    return ParseResult(frames[0] if len(frames) == 1 else pl.concat(frames), skipped)


def _table_reads_better(grid: Grid) -> bool:
    """Whether a CSV that looks like a series says per row or per column what the series reader would miss: a
    status column of a long export ("Loại số liệu | Chính thức", "Data status | Official"), or a year column with
    its status ("2021 (sơ bộ)", "Ước 2023"), which the series reader takes for no year. Such a file is read as a
    table (parse_long_rows, or the appendix-table reader)."""
    header = next((row for row in grid.rows[:10] if any(c is not None for c in row)), [])
    if any(isinstance(c, str) and _YEAR_WITH_STATUS.search(c) and table_layout.column_status(c)[0] for c in header):
        return True
    long = parse_long_rows.find_header(grid)
    return long is not None and "status" in long[1]


_YEAR_WITH_STATUS = re.compile(r"(?:19|20)\d\d\D|\D(?:19|20)\d\d")  # a year and more: "2021 (sơ bộ)", "Ước 2023"


def parse_document_tables(grids: list[Grid], path: Path, vintage: dt.date | None, source_id: str | None,
                          source: str | None, kind: str, province: str | None = None) -> ParseResult:
    """Observations of the tables a document holds (documents.Document.tables: grids with a header, captioned
    with the document's title), as the rows of `kind` ("table_docx"); `vintage` is the document's date, `province`
    the province its text is about, for a table whose caption names none. A table that cannot be read is listed in
    `skipped` with the reason; the document's other figures still load."""
    ctx = _Context(path, source_id, kind, vintage, dt.date.fromtimestamp(path.stat().st_mtime), province)
    frames, skipped, _ = _parse_grids(grids, ctx, source)
    return ParseResult(pl.concat(frames) if frames else observation.empty(), skipped)


def _parse_grids(grids: list[Grid], ctx: _Context, source: str | None) -> tuple[list[pl.DataFrame], list[dict], list[str]]:
    """(a frame per grid that yielded rows, skipped rows, one problem per grid that could not be read)."""
    frames: list[pl.DataFrame] = []
    skipped: list[dict] = []
    problems: list[str] = []

    def add(rows: list, vintage: dt.date) -> None:
        if rows:
            shared = {"source_id": ctx.source_id, "source": source, "source_kind": ctx.source_kind, "vintage": vintage}
            frames.append(observation.frame_of_flat(CELL_FIELDS, rows, shared))

    for grid in (part for sheet in grids for part in table_layout.side_by_side(sheet)):
        if grid.hidden:  # a hidden sheet holds helpers or old copies more often than the report's figures
            skipped.append({"locator": grid.name, "snippet": "", "reason": "hidden sheet, not read: unhide it in Excel "
                                                                           "if its figures belong to the report"})
            continue
        skipped.extend({"locator": grid.row_locator(r), "snippet": "", "reason": "hidden row, not read: unhide it in "
                        "Excel if its figures belong to the report"} for r in grid.hidden_rows)
        # a table written the English way ("1,234.5") reads its "17,500" as 17500
        texts = [c for row in grid.rows for c in row if isinstance(c, str)]
        # (a sheet written in English reads "6,180" the English way too: the writing alone cannot tell)
        number_of = _english_number_of if vn_numbers.number_style(texts) == "en" or _in_english(texts) else _number_of
        if (long := parse_long_rows.find_header(grid)) is not None:  # "Tên chỉ tiêu | Kỳ | Giá trị | Đơn vị"
            rows, grid_skipped, vintage = parse_long_rows.parse_grid(grid, *long, ctx.vintage, ctx.mtime, number_of,
                                                                     _province_of)
            add(rows, vintage)
            skipped.extend(grid_skipped)
            continue
        headers = table_layout.find_headers(grid)
        if headers and any(isinstance(c, str) and parse_province_rows.is_province_header(c)  # cheap: asked first
                           for h in headers for c in grid.rows[h]) \
                and parse_province_rows.find_header(grid) is not None and not any(
                table_layout.detect_layout(grid, h, None).value_columns for h in headers):
            headers = []  # "STT | Tỉnh | Chỉ tiêu kinh tế (merged) …": a group over the indicators of a row per province
        if (by_period := parse_period_rows.find_header(grid)) is not None and (not headers or by_period < headers[0]):
            # "Năm | GRDP (%) | …", "Tháng | Số DN thành lập mới | …": periods down the rows, up to a table under it
            rows, grid_skipped, vintage = parse_period_rows.parse_grid(grid, by_period, ctx.vintage, ctx.mtime,
                                                                       number_of, ctx.path.stem,
                                                                       headers[0] if headers else None)
            add(rows, vintage)
            skipped.extend(grid_skipped)
            if not headers:
                continue
        if not headers and (by_province := parse_province_rows.find_header(grid)) is not None:
            rows, grid_skipped, vintage = parse_province_rows.parse_grid(grid, by_province, ctx.vintage, ctx.mtime,
                                                                         number_of, _province_of)
            add(rows, vintage)
            skipped.extend(grid_skipped)
            continue
        if not headers and (by_year := parse_province_rows.find_year_header(grid)) is not None:
            while by_year is not None:  # a sheet may hold several yearbook tables, one under another
                try:
                    rows, grid_skipped, vintage = parse_province_rows.parse_year_grid(
                        grid, by_year, ctx.vintage, ctx.mtime, number_of, _province_of)
                    add(rows, vintage)
                    skipped.extend(grid_skipped)
                except ValueError as exc:
                    problems.append(str(exc))
                    skipped.append({"locator": grid.row_locator(by_year), "snippet": "", "reason": str(exc)})
                end = parse_province_rows.year_table_end(grid, by_year)
                by_year = parse_province_rows.find_year_header(grid, end) if end < len(grid.rows) else None
            continue
        if not headers and (by_province := parse_periods_by_province.find_header(grid)) is not None:
            # "" | "Tổng số" | "Lâm Đồng (cũ)" | … over "2022", "2023", "Sơ bộ 2024" down the rows
            rows, grid_skipped, vintage = parse_periods_by_province.parse_grid(grid, by_province, ctx.vintage,
                                                                               ctx.mtime, number_of)
            add(rows, vintage)
            skipped.extend(grid_skipped)
            continue
        if not headers and table_layout.name_blank_label_column(grid):  # "" | "Đơn vị tính" | "2021" | "2022"
            headers = table_layout.find_headers(grid)
        if not headers:
            problems.append(f"{grid.name}: no header row with 'Chỉ tiêu' (or 'Tỉnh' and indicator columns) in the first "
                            f"{table_layout.HEADER_SCAN_ROWS} rows")
            skipped.append({"locator": grid.name, "snippet": "", "reason": "no table header on this sheet"})
            continue
        # One sheet may hold several tables one under the other ("Biểu 1", "Biểu 2"), each with its own header:
        # each is read with its own columns, up to the next one's header.
        failures = []
        for i, header in enumerate(headers):
            end = headers[i + 1] if i + 1 < len(headers) else len(grid.rows)
            try:
                sheet_rows, sheet_skipped, vintage = parse_grid(grid, header, ctx, end, headers[0], number_of)
            except _NoValueColumns as exc:
                skipped.append({"locator": grid.row_locator(header), "snippet": "", "reason": str(exc)})
                failures.append(str(exc))
                continue
            add(sheet_rows, vintage)
            skipped.extend(sheet_skipped)
        if len(failures) == len(headers):  # no table of the sheet could be read
            problems.append("; ".join(failures))
    return frames, skipped, problems


class _RowIndicators:
    """What each row of one table is an observation of, row after row: its label (with the labels it hangs from),
    else one of the table's own conventions: the level row above it ("Tốc độ tăng (%)" under "Giá trị xuất khẩu"),
    the caption ("TỔNG SỐ" under "5. TỔNG MỨC BÁN LẺ …"), or, in a GRDP table by sector, the measure of each column
    ("Giá hiện hành", "Cơ cấu (%)", "Chỉ số phát triển": `grdp_sectors`)."""

    def __init__(self, grid: Grid, layout: Layout, header_row: int, end: int | None, title: str) -> None:
        self.grid, self.layout, self.header_row = grid, layout, header_row
        self.end = len(grid.rows) if end is None else end
        self.above, self.above_name = None, ""  # the indicator and name of the value row just above
        self.subject = None  # the caption's (code, text), looked for at the first total row
        caption_measure = grdp_sectors.caption_measure(title)
        if caption_measure is None and any(vn_text.key(text_of(grid.cell(k, layout.label_col))) in grdp_sectors.GRDP_ROWS
                                           for k in range(layout.first_data_row, min(self.end, layout.first_data_row + 3))):
            # "Khu vực kinh tế | Quý I | … " over "Tổng sản phẩm trên địa bàn (GRDP)", "Nông, lâm nghiệp …": the rows
            # name the GRDP, the caption ("kịch bản tăng trưởng theo quý") only the measure
            caption_measure = grdp_sectors.caption_measure(f"{title} GRDP")
        self.measures = [grdp_sectors.measure_of(vc.header) or ("index" if vc.role == "compare_yoy" else caption_measure)
                         for vc in layout.value_columns]  # "So với cùng kỳ (%)" of the sectors: their index
        self.sectors = None if any(self.measures) else False  # whether the rows are the sectors; None: not asked yet
        self.title = title  # a PCI table's rows may name only the score or the rank ("Xếp hạng toàn quốc")
        self.lead = ""  # "Cơ cấu kinh tế" of a row "Cơ cấu kinh tế: Nông, lâm nghiệp …", for the rows listed under it

    def of_row(self, name: str, parents: list[str], unit_text: str) -> tuple:
        """(code, name, parents, "rate"/"index" for a growth row or None, per value column (code, why not) for a
        sector's row or None) of a value row named `name` under `parents`, in `unit_text`."""
        code = resolve_indicator(name, parents) if name else None
        if code is not None and ":" in name:
            self.lead = name.split(":", 1)[0].strip()
        elif code is None and name and self.lead:  # "Cơ cấu kinh tế: Nông, …" over "Công nghiệp và xây dựng"
            code = resolve_indicator(f"{self.lead} {name}", parents)
        elif code is not None:
            self.lead = ""
        if code in _IN_OTHER_UNIT and unit_text:
            code = _in_its_unit(code, unit_text)
        if code is None and name and _MONTHLY_UNIT.search(unit_text):
            code = _match(f"{name} một tháng")  # "Thu nhập bình quân đầu người | Triệu đồng/người/tháng"
        by_column = None
        if code is None and name and self.sectors is not False:
            if self.sectors is None:
                self.sectors = grdp_sectors.is_sector_table([text_of(self.grid.cell(k, self.layout.label_col))
                                                             for k in range(self.layout.first_data_row, self.end)])
            if self.sectors:
                by_column = [grdp_sectors.code_of(m, name) if m else (None, "the column names no measure")
                             for m in self.measures]
        if code is None and by_column is None and name and vn_text.key(name) in table_layout.TOTAL_LABELS:
            if self.subject is None:
                self.subject = table_layout.table_subject(self.grid, self.header_row)
            if self.subject[0] is not None:  # "TỔNG SỐ" of "5. TỔNG MỨC BÁN LẺ HÀNG HÓA …"
                code, name = self.subject
        if code is None and name and self.above in _IN_OTHER_UNIT and unit_text \
                and _IN_ANOTHER_UNIT.match(vn_text.without_english(name)):
            code = _in_its_unit(self.above, unit_text)  # "GRDP bình quân đầu người | Triệu đồng" › "Tính theo USD | USD"
        if code is None and name:
            code = parse_province_rows.pci_measure(name, self.title)
        growth_kind = None
        if code is None and name and _INDEX_ROW.search(name) and (index_of := parse_province_rows.title_indicator([name])) \
                and index_of[0] is not None and index_of[2]:
            # "Chỉ số phát triển GRDP theo giá so sánh 2010 (Năm trước = 100)": the index of a level, read as its growth
            code, growth_kind = index_of[0], "index"
        if code is None and name and self.above is not None and (growth_kind := growth_row(name, unit_text)):
            code = catalogue.growth_of(self.above)
            parents = [*parents, self.above_name]
        self.above, self.above_name = (code, name) if code and growth_kind is None else (None, "")
        return code, name, parents, growth_kind, by_column


# the price basis of a structure's heading ("Cơ cấu GRDP theo giá hiện hành", "Cơ cấu kinh tế (giá hiện hành)"): a share
# is always at current prices, so the words say nothing its sub-rows' aliases need
_SHARE_BASIS = re.compile(r"\s*\(?\s*(?:theo )?giá hiện hành\s*\)?", re.IGNORECASE)

_INDEX_ROW = re.compile(r"=\s*100\b")  # "(Năm trước = 100)" in a row's own label

_LABEL_AND_UNIT_HEADERS = frozenset(("chỉ tiêu đvt", "chỉ tiêu đơn vị tính", "chỉ tiêu đơn vị", "chỉ tiêu đv tính"))


@lru_cache(maxsize=1)
def _unit_phrases() -> re.Pattern:
    """The units of the catalogue's conversions as they stand inside a label ("Tỷ đồng", "Triệu USD", "%"), several
    words or a percent sign: a single word ("triệu", "xã") is too common in names."""
    phrases = {u for u in catalogue.unit_texts() if " " in u} | {"doanh nghiệp"}
    alternatives = "|".join(re.escape(u) for u in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)|%", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def _unit_inside(label: str) -> tuple[str, str | None]:
    """("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng") of "Tổng mức bán lẻ hàng hóa và Tỷ đồng
    doanh thu dịch vụ tiêu dùng": the unit found inside a label whose column took the unit's, at its end or where the
    label wrapped; only when what is left is a catalogue indicator, else the label as it is."""
    for m in reversed(list(_unit_phrases().finditer(label))):
        if m.start() == 0:
            continue
        name = " ".join(f"{label[:m.start()]} {label[m.end():]}".split())
        if _match(name) is not None:
            return name, m.group(0)
    return label, None


RATE_MAX = 80.0  # in a column headed as a change, a cell this high or more is an index (a rise of 80 % is rare)


def _plan_bases(layout: Layout) -> list[str]:
    """Per value column, what its plan is of when the table gives two plans for one period ("Dự toán năm 2025" over
    "Trung ương giao | HĐND tỉnh giao"): its header, so that the two are two observations (their basis tells them
    apart in the warehouse), not one key twice; "" for every other column."""
    periods = [(vc.year, vc.period_suffix) if vc.role == "value" and vc.status == "plan" and not vc.province else None
               for vc in layout.value_columns]
    return [vc.header if p is not None and periods.count(p) > 1 else "" for vc, p in zip(layout.value_columns, periods)]


# "Báo cáo tình hình thực hiện kế hoạch … năm 2025": a report on the plan's results, not the plan
_ON_A_PLAN = re.compile(r"(?:thực hiện|tình hình|kết quả|đánh giá)\s+(?:\S+\s+){0,2}?(?:kế hoạch|dự toán|nhiệm vụ|mục tiêu)",
                        re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def _period_in_label(name: str) -> tuple[str, int | None, str, str | None] | None:
    """(indicator's name, year or None, part of the year, status or None) of a row label that names its period
    ("Tăng trưởng GRDP năm 2026", "Dự toán thu NSNN năm 2026", "Tỷ lệ hộ nghèo cuối năm 2025", "Tỷ lệ tham gia
    BHYT đến 31/3/2026", "Số lao động được giải quyết việc làm quý I") when the label without its period and status
    words is a catalogue indicator."""
    m = _PERIOD_IN_LABEL.search(name)
    if m is None:
        return None
    bare = _STATUS_LEAD.sub("", f"{name[:m.start()]} {name[m.end():]}".strip())
    if not bare or _match(bare) is None:
        return None
    year = m.group("year") or m.group("dated")
    return bare, int(year) if year else None, table_layout.column_period(name) or "", table_layout.column_status(name)[0]


# the period a row label ends its name with; not a price basis's year ("(giá so sánh 2010)")
_PERIOD_IN_LABEL = re.compile(r"\s*(?:(?:cuối|đến(?: hết)?(?: ngày)?)\s+)?(?:năm\s+(?P<year>(?:19|20)\d\d)\b"
                              r"|\d{1,2}/\d{1,2}/(?P<dated>(?:19|20)\d\d)\b|quý\s+(?:iv|iii|ii|i)\b(?:/(?:19|20)\d\d)?)",
                              re.IGNORECASE)
_STATUS_LEAD = re.compile(r"^(?:ước thực hiện|ước tính|ước|thực hiện|kế hoạch|mục tiêu|dự toán|dự kiến|chỉ tiêu)\s+",
                          re.IGNORECASE)


# an average growth's label ("Tốc độ tăng GRDP bình quân", "… bình quân hằng năm") and a column of a target by a
# year ("Mục tiêu Nghị quyết Đại hội đến năm 2025"), where that average is over every year up to it
_AVERAGE_TAIL = re.compile(r"\s+bình quân(?:\s+(?:hằng|hàng|mỗi)\s+năm|\s+năm)?\s*$", re.IGNORECASE)
_BY_A_YEAR = re.compile(r"\bđến (?:hết )?năm (?:19|20)\d\d")

# the consumer price index named alone, and the catalogue's name of its average (`parse_grid`)
_CPI_KEYS = frozenset(vn_text.key(t) for t in ("Chỉ số giá tiêu dùng", "Chỉ số giá tiêu dùng (CPI)", "CPI"))
_AVERAGE_CPI = "Chỉ số giá tiêu dùng bình quân"
_ONE_MONTH = re.compile(r"-\d\d$")  # the period of one month, "2024-09"
# a footnote's mark after a label: "… (CPI) ⁽¹⁾", "… (*)", "… GRDP¹", "… (2)"
_FOOTNOTE_TAIL = re.compile(r"\s*(?:[⁽(]\s*(?:\d+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)\s*[⁾)]|\*+|(?<![\dm\s])[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")  # (not km²)
_FOOTNOTE_ENDS = frozenset("⁾)*¹²³⁴⁵⁶⁷⁸⁹⁰")
_ROW_MARK = re.compile(r"\((\*+|\d)\)$")  # a label's own note mark: "Vốn FDI đăng ký (*)"

# a row saying only that the rows below are parts of the one above ("Trong đó:", "Chia ra:")
_OF_WHICH_LEAD = re.compile(r"(?:trong đó|chia ra|bao gồm)\s*:\s*(?=\S)", re.IGNORECASE)
_OF_WHICH = frozenset(("trong đó", "chia ra", "trong đó chia ra", "bao gồm", "gồm", "chia theo", "of which"))

_ADMIN_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)  # "Tỉnh Đồng Nai" › "Đồng Nai"


class _NoValueColumns(Exception):
    pass


# ------------------------------------------------------------------ rows


@dataclass
class _Row:
    r: int  # grid row holding the values (the last row of a split name)
    stt: str
    label: str
    has_values: bool


def _join_wrapped_unit(grid: Grid, layout: Layout, above: int, r: int) -> None:
    """A unit wrapped onto the row below its own ("Doanh" over "nghiệp", "Triệu" over "đồng"): joined into the row
    above's unit cell, where the row's reading looks for it."""
    c = layout.unit_col
    if c is None or (r, c) in grid.filled or not isinstance(rest := grid.cell(r, c), str) or not rest.strip():
        return
    first = grid.cell(above, c)
    if isinstance(first, str) and first.strip() and c < len(grid.rows[above]):
        grid.rows[above][c] = f"{first.strip()} {rest.strip()}"


def _logical_rows(grid: Grid, layout: Layout, end: int) -> list[_Row]:
    """Grid rows below the header, with names split over two rows joined."""
    value_cols = [v.col for v in layout.value_columns]
    filled = grid.filled
    out: list[_Row] = []
    for r in range(layout.first_data_row, end):
        label = text_of(grid.cell(r, layout.label_col)).strip()
        stt = text_of(grid.cell(r, layout.stt_col)).strip() if layout.stt_col is not None else ""
        if stt == label:  # a heading merged across STT and Chỉ tiêu
            stt = ""
        cells = grid.rows[r]
        width = len(cells)
        # grid.own(r, c) is not None for some value column
        has_values = any(c < width and cells[c] is not None and (r, c) not in filled for c in value_cols)
        prev = out[-1] if out else None
        if not label and not stt and not has_values:
            if prev is not None:
                _join_wrapped_unit(grid, layout, prev.r, r)  # "Doanh" / "nghiệp" in the unit column of a PDF
            continue
        starts_lower = bool(label) and label[0].islower()
        if prev and not stt and starts_lower and prev.label:
            if not has_values:  # "Thu ngân sách nhà nước" (values) / "trên địa bàn" (nothing else)
                prev.label = f"{prev.label} {label}"
                _join_wrapped_unit(grid, layout, prev.r, r)
                continue
            if not prev.has_values and table_layout.row_level(prev.stt, prev.label)[0] > 0:
                # "Tổng mức bán lẻ hàng hóa và doanh thu" / "dịch vụ tiêu dùng" (values)
                out[-1] = _Row(r, prev.stt, f"{prev.label} {label}", True)
                continue
        out.append(_Row(r, stt, label, has_values))
    return out


@lru_cache(maxsize=1 << 14)
def _unit_factor(unit_text: str, canonical_unit: str) -> float | str:
    """The factor catalogue.convert applies from `unit_text` to `canonical_unit`, or its error message
    (conversion is linear, so one call per unit pair and table replaces one per cell)."""
    try:
        return catalogue.convert(1.0, unit_text, canonical_unit)
    except ValueError as exc:
        return str(exc)


def convert(value: float, unit_text: str | None, canonical_unit: str) -> float:
    factor = _unit_factor(unit_text or "", canonical_unit)
    if isinstance(factor, str):
        raise ValueError(factor)
    return value if factor == 1.0 else value * factor


_match = lru_cache(maxsize=1 << 16)(catalogue.match_indicator)
_unit_in_label = lru_cache(maxsize=1 << 16)(catalogue.unit_in_label)


def resolve_indicator(label: str, parents: list[str]) -> str | None:
    """The catalogue code of a row: "parent + child" first (sub-rows mean nothing alone), then the row alone; a
    sub-row that only restates its parent in another unit ("GRDP bình quân đầu người" › "Tính theo USD") is the
    parent's indicator (its unit then chooses among the parent's, `_in_its_unit`)."""
    label, parents = vn_text.without_english(label), [vn_text.without_english(p) for p in parents]  # two languages
    for parent in reversed(parents):
        code = _match(f"{parent} {label}")
        if code is None and parent[:6].lower() == "cơ cấu" and (bare := _SHARE_BASIS.sub("", parent)) != parent:
            code = _match(f"{bare} {label}")  # "Cơ cấu GRDP theo giá hiện hành" › "- Dịch vụ": shares are at current prices
        if code:
            return code
    code = _match(label)
    if code is None and parents and _match(parents[-1]) == "grdp_growth":
        # "1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)" › "1.1 Nông, lâm nghiệp và thủy sản": the sector's growth
        code = grdp_sectors.code_of("rate", label)[0]
        code = None if code == "grdp_growth" else code
    if code is None and (whole := _WHOLE_PROVINCE.search(label)):
        code = _match(label[:whole.start()])  # "Tổng thu NSNN trên địa bàn toàn tỉnh": the province's, as any row
    if code is None and (rate := _RATE_AFTER.search(label)) and rate.start() > 0 \
            and "hiện hành" not in (head := label[:rate.start()]).lower():
        # "GRDP (giá so sánh) – tốc độ tăng", "Kim ngạch xuất khẩu - tăng trưởng": the rate named after its level (at
        # current prices a growth is nominal, no rate of the catalogue)
        code = _match(f"{rate.group(1)} {head}") or ((level := _match(head)) and catalogue.growth_of(level))
    if code is None and parents and _IN_ANOTHER_UNIT.match(label):
        return _match(parents[-1])
    if code is None and (written := vn_abbreviations.expand(label)[0]) != label:
        code = _match(written)  # "Tổng mức bán lẻ HH và DT DV tiêu dùng": a flash's shorthand, written out
    return code


# "… toàn tỉnh", "… của toàn thành phố" after an indicator: the whole province's figure (above its parts, a former
# province's area or a ward), which is what any row of the province's table gives
_RATE_AFTER = re.compile(r"\s*[-–—:]\s*(tốc độ tăng(?: trưởng)?|tăng trưởng)\s*$", re.IGNORECASE)
_WHOLE_PROVINCE = re.compile(r"\s+(?:của\s+)?(?:toàn|cả)\s+(?:tỉnh|thành phố)\s*$", re.IGNORECASE)


# A row that only says "its growth" ("Tốc độ tăng (%)", "Tăng/giảm so với cùng kỳ (%)", "Chỉ số phát triển (%)")
# under a level row: the growth of that row's indicator. Group "index" is a comparison printed as an index (the
# same period of last year = 100: "So với cùng kỳ (%) | 108,2"), the others a rate already.
_GROWTH_ROW = re.compile(r"(?:(?P<rate>tốc độ tăng(?: trưởng)?|tăng trưởng|tăng giảm|tăng|mức tăng)"
                         r"|(?P<index>chỉ số phát triển|so sánh|so(?: với)? cùng kỳ(?: năm trước)?|so(?: với)? năm trước))"
                         r"(?: so(?: với)? (?:cùng kỳ(?: năm trước)?|năm trước))?")


@lru_cache(maxsize=1 << 12)
def growth_row(name: str, unit_text: str) -> str | None:
    """"rate" or "index" when a row named `name` with unit `unit_text` is only the growth of the row above, else
    None. The row must say it is a percentage: "Tăng so với cùng kỳ | Tỷ đồng" is an increase in money, and a bare
    "Tốc độ tăng" may be a label cut short (of the GRDP, under a budget row)."""
    if unit_text.strip() not in ("%", "phần trăm"):
        return None
    name = vn_text.without_english(name)  # "Chỉ số phát triển (Năm trước = 100) - Index (Previous year = 100)"
    m = _GROWTH_ROW.fullmatch(vn_text.key(name)) or _GROWTH_ROW.fullmatch(vn_text.key(_INDEX_BASE_NOTE.sub("", name)))
    if m is None:
        return None
    return "index" if m.group("index") or _INDEX_ROW.search(name) else "rate"


_INDEX_BASE_NOTE = re.compile(r"\s*\((?:năm trước|cùng kỳ(?: năm trước)?)\s*=\s*100\)", re.IGNORECASE)


_IN_ANOTHER_UNIT = re.compile(r"^\s*(?:tính |quy |quy đổi )?(?:theo|ra|bằng|sang)\s+(?:usd|đô la|đồng|vnd|triệu|nghìn|tỷ)\b",
                              re.IGNORECASE)


_ACCOUNTING_NEGATIVE = re.compile(r"\(\s*(\d[\d.,\s]*)\)")
_MONTHLY_UNIT = re.compile(r"/\s*tháng|\bmột tháng\b|\bmỗi tháng\b", re.IGNORECASE)


def split_qualifier(raw: str) -> tuple[str, str]:
    """(">5" → ("more_than", "5")), ("khoảng 12" → ("about", "12")), ("10 trở lên" → ("more_than", "10")),
    ("5" → ("exact", "5"))."""
    text = raw.strip()
    for pattern, qualifier in ((_MORE, "more_than"), (_LESS, "less_than"), (_ABOUT, "about")):
        m = pattern.match(text)
        if m:
            return qualifier, text[m.end():]
    m = _QUALIFIER_AFTER.search(text)
    if m:
        return ("more_than" if m.group(1) else "less_than"), text[:m.start()]
    return "exact", text


# What parse_grid yields per observation, in this order; source_id, source, source_kind and vintage are the
# sheet's and are added once per sheet (observation.frame_of_flat).
CELL_FIELDS = ("locator", "province_code", "indicator", "period", "value", "unit", "status", "qualifier", "basis",
               "raw_label", "raw_value", "snippet", "issue")


def parse_grid(grid: Grid, header_row: int, ctx: _Context, end: int | None = None,
               top: int | None = None, number_of=None) -> tuple[list, list[dict], dt.date]:
    """Observations (their CELL_FIELDS values laid end to end, see observation.frame_of_flat), skipped rows and
    the vintage of one sheet whose header starts at `header_row`. The work that depends on the row only
    (indicator, unit, snippet) is done once per row; the loop per cell only reads the number and adds its fields."""
    number_of = number_of or _number_of
    title = table_layout.read_title(grid, header_row, top)
    stem = ctx.path.stem
    doc_year = title.year or table_layout.year_from_filename(stem)
    layout = table_layout.detect_layout(grid, header_row, doc_year, ctx.vintage or title.date)
    if doc_year is None and (years := [v.year for v in layout.value_columns if v.year]):
        # no year in the title nor the file name (a yearbook's "2020 | 2021 | 2022"): the latest column's year is
        # the table's, so the years before it are final and the provinces are named as they were then
        doc_year = max(years)
        layout = table_layout.detect_layout(grid, header_row, doc_year, ctx.vintage or title.date)
    table_unit = table_layout.table_unit(grid, header_row)  # "Đơn vị tính: Triệu đồng" above the header
    if not table_unit and layout.unit_col is None:  # "Dự toán năm 2026 (triệu đồng) | Thực hiện quý I (triệu đồng)"
        table_unit = table_layout.unit_of_value_headers(layout)
    rates_in_percent = table_layout.percent_too(grid, header_row)
    vintage = ctx.vintage or title.date or ctx.mtime
    by_title = [vc for vc in layout.value_columns if (vc.province or vc.total) and vc.status is None and vc.year]
    undated = [vc for vc in layout.value_columns if vc.title_period]
    title_part = table_layout.title_period(title.text) if by_title or undated else None
    if title_part:  # "Thực hiện (tỷ đồng)" under "Thu, chi ngân sách 9 tháng năm 2025": the first nine months
        for vc in undated:
            vc.period_suffix = title_part
    for vc in by_title:  # a column per province, or their total: the title says the status ("ƯỚC THỰC HIỆN NĂM
        # 2023") and the part of the year ("… 9 THÁNG NĂM 2025") the header does not
        if title_part and not vc.period_suffix and vc.year == doc_year:
            vc.period_suffix = title_part
        # the title's status is its year's: a column of an earlier year ("Tiền Giang (cũ) 5T/2025" under "… số ước
        # 5 tháng 2026") is final once its period is over
        said = table_layout.column_status(title.text)[0] if not (doc_year and vc.year < doc_year) else None
        vc.status = said or (
            "actual" if vintage > observation.period_end(f"{vc.year}{vc.period_suffix}") else "estimate")
    # "… QUÝ III VÀ 9 THÁNG NĂM 2026 (SỐ ƯỚC TÍNH)": the title's year's columns whose header states no status are
    # estimates, though their period is over on the report's date
    # (unless columns say which are estimates: "(… tháng 12 là ước thực hiện)" over "Tháng 12 (ƯTH)")
    by_estimate_title = [vc for vc in layout.value_columns if not vc.stated and vc.status == "actual"
                         and vc.year == doc_year] if table_layout.column_status(title.text)[0] == "estimate" and not any(
        vc.stated and vc.status == "estimate" for vc in layout.value_columns) else []
    for vc in by_estimate_title:
        vc.status = "estimate"
    # a plan's table ("KẾ HOẠCH … chỉ tiêu năm 2026", "kịch bản tăng trưởng theo quý": "Quý I (thực hiện) | Quý II |
    # … | Cả năm 2026"): a column of the planned year that states no status and is not over yet is the plan's
    by_plan_title = [vc for vc in layout.value_columns if not vc.stated and vc.role == "value" and vc.status == "estimate"
                     and vc.year in title.planned] if title.planned and table_layout.column_status(title.text)[0] == "plan" \
        and not _ON_A_PLAN.search(title.text) else []
    for vc in by_plan_title:
        vc.status = "plan"
    if by_title or (undated and title_part) or by_estimate_title or by_plan_title:
        table_layout.attach_comparisons(layout)  # a comparison takes the status and period its column now has
    if not layout.value_columns:
        raise _NoValueColumns(
            f"{grid.name}: the header names no value columns (e.g. 'Thực hiện 2022', 'Kế hoạch 2023', 'Ước TH 2023')"
        )
    at = dt.date(doc_year, 12, 31) if doc_year else vintage
    if title.date and doc_year and title.date < at:
        # a mid-year report names the province as it was that day (63 before 2025-07-01), and so does a report
        # written before its title's last year ("… 5 NĂM 2021–2025", dated October 2024)
        at = title.date
    elif doc_year and (part := table_layout.title_period(title.text)):
        at = observation.period_end(f"{doc_year}{part}")  # "… 6 THÁNG ĐẦU NĂM 2025", undated: as on 30 June
    if (stated := ctx.vintage or title.date) and stated > max(at, provinces.BEFORE_REFORM):
        at = stated  # written after the 2025 reform ("… GIAI ĐOẠN 2021–2026", dated 2026): the merged province's
    # the title's province as it was on that day: a 2023 report from "TỈNH GIA LAI" is Gia Lai before the merger
    # of 1 July 2025 (64), even when the year is only in the file name; else the sheet's name (a workbook with a
    # sheet per province), else the file's
    file_province = (table_layout.find_province(title.text, at) or table_layout.find_province(grid.name, at)
                     or table_layout.province_from_filename(stem, at) or ctx.province)
    if file_province is None and not stated and doc_year and at > provinces.BEFORE_REFORM >= dt.date(doc_year, 1, 1):
        # undated, on a span to 2025 ("KẾ HOẠCH 5 NĂM 2021–2025" of "UBND TỈNH VĨNH PHÚC"): a name that only a
        # province before the 2025 reform had was written before it
        if (file_province := table_layout.find_province(title.text, provinces.BEFORE_REFORM)) is not None:
            at = provinces.BEFORE_REFORM  # (its code may have gone on to the merged province: 52, Bình Định's)
    if file_province is not None:  # a report written after the 2025 reform speaks for the merged province
        file_province = provinces.reported_by(file_province, at)
    rows: list = []  # CELL_FIELDS of one cell after the other
    skipped: list[dict] = [
        {"locator": grid.locator(header_row, c), "snippet": why, "reason": "column not read"}
        for c, why in layout.ignored_columns.items()
    ]
    # Columns of one role (and, comparing with the plan, one header) share what a row's cells become: `_plan`
    # is asked once per row and kind of column, not once per cell.
    kinds = list(dict.fromkeys((vc.role, vc.header if vc.role == "compare_plan" else "") for vc in layout.value_columns))
    # What the loop per cell needs of its column, read once per sheet: (index, column, period, kind, role, status,
    # year, header).
    columns = [
        (i, vc.col, f"{vc.year}{vc.period_suffix}" if vc.year else None,
         kinds.index((vc.role, vc.header if vc.role == "compare_plan" else "")), vc.role, vc.status, vc.year, vc.header,
         vc.province)
        for i, vc in enumerate(layout.value_columns)
    ]
    value_cols = tuple(vc.col for vc in layout.value_columns)
    # A column naming the report's own province with no era ("Năm 2024 › Tỉnh Đồng Nai" beside "Đồng Nai (cũ)" in a
    # report of 2026): the merged province the report speaks for, in every period, as a column without a name is
    own_columns = {vc.col for vc in layout.value_columns if vc.province and file_province and "@" in file_province
                   and provinces.split_ref(file_province)[0] in (provinces.resolve_ref(vc.province, at),
                                                                 provinces.resolve_ref(_ADMIN_PREFIX.sub("", vc.province), at))}
    plan_bases = _plan_bases(layout)
    # "Tăng/giảm so với cùng kỳ (%)", "YoY change (%)": a comparison written as the change itself, not as an index
    rate_columns = [vc.role == "compare_yoy" and bool(table_layout.CHANGE_WORDS.search(vn_text.key(vc.header)))
                    for vc in layout.value_columns]
    filled = grid.filled
    # provinces across, or the province's whole beside a commune's ("Chỉ tiêu | Xã Tân Thành | Toàn tỉnh")
    by_province = all((vc.province or vc.total) and vc.role == "value" for vc in layout.value_columns)
    stack: list[tuple[int, str]] = []  # (level, label) of the rows above that sub-rows hang from
    indicators = _RowIndicators(grid, layout, header_row, end, title.text)
    # "Chỉ tiêu ĐVT" in one header cell (a PDF whose unit column ran into the labels): each label holds its unit
    units_in_labels = layout.unit_col is None and vn_text.key(text_of(grid.cell(layout.header_rows[0], layout.label_col))) \
        in _LABEL_AND_UNIT_HEADERS
    # the latest year the value columns name in their headers, else None (`_period_in_label`)
    horizon = max((vc.year for vc in layout.value_columns if vc.year and not vc.title_period), default=None)
    section = ""  # the province of the province row the rows below hang from, in a table without a province column
    last_code, last_name = None, "-"  # the indicator of the value row above, and its name's key and a space
    for row in _logical_rows(grid, layout, len(grid.rows) if end is None else end):
        level, label = table_layout.row_level(row.stt, vn_text.without_english(row.label))
        if not row.has_values and vn_text.key(label) in _OF_WHICH:
            # "Trong đó:" between "Tốc độ tăng GRDP" and its sectors: the rows below are still the row above's parts
            skipped.append({"locator": grid.row_locator(row.r), "snippet": row.label, "reason": "label only (of which)"})
            continue
        if (lead := _OF_WHICH_LEAD.match(label)) is not None:  # "Trong đó: - Khu vực nông, lâm nghiệp …": the first part
            level, label = table_layout.row_level(row.stt, label[lead.end():])
            level = max(level, stack[-1][0] + 1) if stack else level  # under the row above, whatever its marker
        if layout.province_col is None and provinces.is_province_name(label) and _match(label) is None:
            # a PivotTable's province row over its indicators ("Khánh Hòa" › "Chi ngân sách địa phương"): the rows
            # below are that province's, its own figures add them up
            section = label
            stack.clear()
            skipped.append({"locator": grid.row_locator(row.r), "snippet": row.label,
                            "reason": "a province's row over its indicators (its figures are their subtotal)"})
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        parents = [lbl for lvl, lbl in stack if lvl > 0]
        stack.append((level, _unit_in_label(label)[0]))
        if not row.has_values:
            indicators.above = None
            reason = "section heading" if level == 0 else "label only (heading of the rows below, or a note)"
            skipped.append({"locator": grid.row_locator(row.r), "snippet": row.label, "reason": reason})
            continue
        name, unit_in_name = _unit_in_label(label)
        noted = False  # the row's note says its figures are preliminary
        if name[-1:] in _FOOTNOTE_ENDS:  # "Tốc độ tăng trưởng GRDP¹", "… (CPI) ⁽¹⁾", "… (*)": the note's mark
            if (mark := _ROW_MARK.search(name)) is not None:
                noted = table_layout.note_says_estimates(grid, layout, mark.group(1))
            name = _FOOTNOTE_TAIL.sub("", name) or name
        if units_in_labels and not unit_in_name:
            name, unit_in_name = _unit_inside(name)
        unit_text = vn_text.without_english(text_of(grid.cell(row.r, layout.unit_col)).strip()) \
            if layout.unit_col is not None else ""
        if not (unit_text or unit_in_name) and rates_in_percent and (own := _match(name)) is not None \
                and catalogue.indicators()[own].unit in catalogue.PERCENT_UNITS:
            unit_text = "%"  # "Đơn vị tính: Tỷ đồng; %" over "Tốc độ tăng GRDP"
        unit_text = unit_text or unit_in_name or table_unit
        row_columns = columns
        if by_province and (dated := _period_in_label(name)) is not None:
            # "Chỉ tiêu | Thanh Hóa | Nghệ An" over "Dự toán thu NSNN năm 2026 (tỷ đồng)": with the provinces across,
            # a row names its own period and status
            name, row_year, row_part, row_status = dated
            row_columns = []
            for i, c, period, kind, role, status, year, header, column_province in columns:
                row_period = f"{row_year or year}{row_part}"  # "quý I": the column's year
                if row_status is None and row_year and vintage > observation.period_end(row_period):
                    row_status = "actual"  # "cuối năm 2025" in a report of 2026: over
                row_columns.append((i, c, row_period, kind, role, row_status or status, year, header, column_province))
        elif horizon is not None and _match(name) is None and (dated := _period_in_label(name)) is not None \
                and dated[1] is not None and dated[1] >= horizon and not dated[2]:
            # "GRDP bình quân đầu người đến năm 2025" over "TH 2021 | … | Ước TH 2024 | Mục tiêu đến năm 2025": the
            # label names the horizon of a target, each column its own year
            name = dated[0]
        elif horizon is not None and (average := _AVERAGE_TAIL.search(name)) and _match(name) is None \
                and (rate := _match(name[:average.start()])) and catalogue.indicators()[rate].unit == "pct_yoy":
            # "Tốc độ tăng GRDP bình quân" over "TH 2021 | … | Mục tiêu đến năm 2025": each year's column holds that
            # year's growth, the target by the horizon the average over the plan's years, no period's figure
            name = name[:average.start()]
            row_columns = [col for col in columns if not _BY_A_YEAR.search(col[7].lower())]
            skipped.extend({"locator": grid.locator(row.r, col[1]), "snippet": name,
                            "reason": f"column '{col[7]}' holds the average growth over the years up to its own"}
                           for col in columns if col not in row_columns and grid.cell(row.r, col[1]) is not None)
        elif vn_text.key(name) in _CPI_KEYS:
            # "Chỉ số giá tiêu dùng (CPI)" over "Tháng 9 so với cùng kỳ | 9 tháng so với cùng kỳ": over several months
            # (a year, a quarter, months to date) the CPI against the same period is the average CPI; a month's is not
            name = _AVERAGE_CPI
            row_columns = [col for col in columns if col[2] is None or not _ONE_MONTH.search(col[2])]
            skipped.extend({"locator": grid.locator(row.r, col[1]), "snippet": row.label,
                            "reason": "a single month's CPI is not the average CPI of the catalogue"}
                           for col in columns if col not in row_columns and grid.cell(row.r, col[1]) is not None)
        if noted:  # "Vốn FDI đăng ký (*)" over "(*) Số liệu sơ bộ": its latest figures are estimates, whatever the
            # column says; last year's beside them are final
            latest = max((col[6] for col in row_columns if col[5] != "plan" and col[6]), default=None)
            row_columns = [(*col[:5], "estimate", *col[6:]) if col[5] == "actual" and col[6] == latest else col
                           for col in row_columns]
        code, name, parents, growth_kind, by_column = indicators.of_row(name, parents, unit_text)
        snippet = " › ".join([*parents, name]) + (f" | {unit_text}" if unit_text else "")
        if code is not None and code == last_code and (lead is not None or vn_text.key(name).startswith(last_name)):
            # "Tỷ lệ lao động qua đào tạo" › "Trong đó: có bằng cấp, chứng chỉ", or "Tỷ lệ lao động qua đào tạo có bằng
            # cấp, chứng chỉ" right under it: a part of the row above, not its indicator again
            skipped.append({"locator": grid.row_locator(row.r), "snippet": snippet,
                            "reason": "a part of the row above (of which), not the indicator again"})
            continue
        last_code, last_name = code, f"{vn_text.key(name)} "
        province_name = text_of(grid.cell(row.r, layout.province_col)).strip() if layout.province_col is not None \
            else section
        name = name or row.label
        raw_label = row.label
        r = row.r
        cells = grid.rows[r]
        width = len(cells)
        locators = grid.locators(r, value_cols)
        plans: list[tuple | None] = [None] * len(kinds)
        for i, c, period, kind, role, status, year, header, column_province in row_columns:
            raw = cells[c] if c < width else None
            if raw is None or (filled and (r, c) in filled):
                continue
            loc = locators[i]
            issues: list[str] = []
            change = None  # "tăng 5,2%" / "giảm 2,1%" written in the cell: a change, signed
            # the number
            cell_unit = None
            if isinstance(raw, float):
                # text_of(raw), inline and not remembered (an lru_cache key for a float costs more than this)
                raw_value, qualifier, value = str(int(raw)) if raw.is_integer() else str(raw), "exact", raw
            else:
                raw_value = raw
                qualifier, value, is_number = number_of(raw)
                if not is_number and role == "value" and (m := _VALUE_WITH_UNIT.fullmatch(raw)):
                    # "128,5 nghìn tỷ đồng", "trên 15 tỷ USD": a news table writes each figure with its unit
                    qualifier, value, is_number = number_of(m.group("number"))
                    cell_unit = m.group("unit") if is_number else None
                if not is_number and (m := _CHANGE_CELL.fullmatch(raw)):
                    qualifier, value, is_number = number_of(m.group(2))
                    if value is not None:
                        change = value = -value if m.group(1).lower() == "giảm" else value
                if not is_number and raw.startswith("="):
                    issues.append(f"{loc}: the formula '{raw_value}' was saved without its value; open the file in "
                                  "Excel or LibreOffice and save it again")
                elif not is_number:
                    issues.append(f"{loc}: '{raw_value}' is not a number; correct the cell")
                elif value is None:
                    skipped.append({"locator": loc, "snippet": snippet, "reason": f"no value ('{raw_value}')"})
                    continue
            # the indicator
            if by_column is not None:  # the column's measure says what the sector's cell is
                sector_code, why_not = by_column[i]
                if sector_code is None:
                    skipped.append({"locator": loc, "snippet": snippet, "reason": why_not})
                    continue
                # the column's measure already says what the cell is, a comparison ("Tốc độ tăng so với năm
                # trước") included: the cell is a value of the sector's code
                # a sector's share or growth is a percentage whatever the table's unit note says ("Tỷ đồng; %")
                sector_unit = "%" if catalogue.indicators()[sector_code].unit in catalogue.PERCENT_UNITS else unit_text
                target, basis, unmatched, unit, factor, unit_problem, index = _plan(sector_code, "value", "", name,
                                                                                    sector_unit)
                index, role = indicators.measures[i] == "index", "value"
            elif cell_unit:
                target, basis, unmatched, unit, factor, unit_problem, index = _plan(code, *kinds[kind], name, cell_unit)
            else:
                plan = plans[kind]
                if plan is None:
                    plan = plans[kind] = _plan(code, *kinds[kind], name, unit_text)
                target, basis, unmatched, unit, factor, unit_problem, index = plan
            if code is None and by_column is None:
                issues.append(
                    f"{grid.row_locator(r)}: indicator '{name}' is not in the catalogue; add an alias to {ALIASES_FILE}"
                )
            elif unmatched:
                skipped.append({"locator": loc, "snippet": snippet, "reason": unmatched})
                continue
            if year is None:
                issues.append(f"{loc}: column '{header}' names no year; write the year in the header (e.g. 'Ước TH 2023')")
            converted = None
            if change is not None and target is not None and not issues:
                if role == "compare_yoy" or (role == "value" and unit == "pct_yoy"):
                    converted = change  # "So với cùng kỳ | tăng 5,2%", "Tốc độ tăng GRDP | tăng 7,1%"
                else:
                    issues.append(f"{loc}: '{raw_value}' is a change, not the figure itself; write the figure, or the "
                                  "change in a 'So với cùng kỳ (%)' column")
            elif target is not None and value is not None and not issues:
                if role == "compare_yoy":  # an index (last year = 100), unless the header says a change and the
                    # cell is no index ("Tăng so cùng kỳ (%) | 11,2"; 111,2 there is still last year = 100)
                    is_rate = value < table_layout.INDEX_MIN or (rate_columns[i] and value < RATE_MAX)
                    converted = value if is_rate else round(value - 100, 10)
                elif role == "compare_plan":
                    converted = value
                elif unit_problem:
                    issues.append(f"{loc}: {unit_problem}; correct the unit (column 'Đơn vị tính' or the name)")
                elif (index or growth_kind == "index") and value >= table_layout.INDEX_MIN:
                    converted = round(value - 100, 10)  # "Chỉ số sản xuất công nghiệp | % | 106,1": up 6.1%
                else:
                    # (rounded as the comparisons are: 3168845 triệu is 3168.845 tỷ, not 3168.8450000000003)
                    converted = value if factor == 1.0 else round(value * factor, 10)
            # the province
            if c in own_columns:
                province = file_province
            elif province_name or column_province:
                province = _province_of(column_province or province_name, period)
                if province is None:
                    issues.append(f"{loc}: province '{column_province or province_name}' is unknown for {period}; "
                                  "write the official name (reference/admin/provinces_63_pre2025.csv)")
            else:
                province = file_province
                if file_province is None:
                    issues.append(f"{loc}: no province found; name it in the title ('TỈNH KHÁNH HÒA'), "
                                  "a 'Tỉnh' column or the file name (khanh_hoa_2023.xlsx)")
                elif period is not None and not _exists_during(file_province, period):
                    # "2000 | 2001 | …" of a yearbook's series, before the reference's first version of the province
                    issues.append(f"{loc}: the province reference holds no version of {file_province} during {period}; "
                                  "the warehouse cannot keep the figure under it")
            rows += (loc, province, target, period, converted, unit, status, qualifier, plan_bases[i] or basis, raw_label,
                     raw_value, snippet, "; ".join(issues) if issues else None)
    return rows, skipped, vintage


@lru_cache(maxsize=1 << 16)
def _number_of(text: str, style: str = "vi") -> tuple[str, float | None, bool]:
    """(qualifier, value, whether it is a number at all) of a cell text: "1.234,5" → ("exact", 1234.5, True),
    "trên 62" → ("more_than", 62.0, True), "-" → ("exact", None, True) (no value), "abc" → ("exact", None, False).
    `style` "en" reads a table written the English way (`vn_numbers.number_style`). Remembered: a worker meets the
    same few thousand texts over and over (9 cells in 10 are repeats)."""
    if style == "vi" and _PLAIN_NUMBER.fullmatch(text):  # "1.234,5", "12": read without the general rules
        return "exact", float(text.replace(".", "").replace(",", ".")), True
    qualifier, number = split_qualifier(text)
    negative = _ACCOUNTING_NEGATIVE.fullmatch(number)  # "(3,2)": an accountant's -3,2
    try:
        value = vn_numbers.parse_number(negative.group(1) if negative else number, style)
        return qualifier, -value if negative and value is not None else value, True
    except vn_numbers.NotANumber:
        pass
    bounds = vn_numbers.parse_range(text)  # "7-7,5" in a plan column: as the narrative parser reads "tăng 7-7,5%"
    if bounds:
        return "about", (bounds[0] + bounds[1]) / 2, True
    if ranked := _RANK_OF_PROVINCES.fullmatch(number.strip()):  # "35/63": 35th of the 63 provinces (34 after 2025)
        return qualifier, float(ranked.group(1)), True
    if remark := _REMARK_AFTER.fullmatch(text):  # "24.500 (trong đó thu nội địa 22.000)": the figure, then a remark
        found = _number_of(remark.group(1), style)
        if found[1] is not None:
            return found
    return qualifier, None, False


_VALUE_WITH_UNIT = re.compile(
    r"(?P<number>(?:(?:trên|hơn|gần|khoảng|dưới|xấp xỉ)\s+)?\d[\d.,]*)\s*"
    r"(?P<unit>(?:nghìn |ngàn |triệu |tỷ )?(?:tỷ đồng|triệu đồng|nghìn đồng|đồng|tỷ usd|triệu usd|nghìn usd|usd)"
    r"|(?:nghìn |triệu )?lượt(?: khách)?|(?:nghìn )?người|doanh nghiệp|dn)", re.IGNORECASE)
_REMARK_AFTER = re.compile(r"\s*(\S+(?:\s+\S+)?)\s*\((?=\s*[^\W\d_])[^()]*\)\s*")  # a remark opens with a word


_RANK_OF_PROVINCES = re.compile(r"(\d{1,2})\s*/\s*(?:63|34)")


_VI_LETTER = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)


def _in_english(texts: list[str]) -> bool:
    """Whether a sheet's texts are English ("Indicator | Unit | 2025 (est.)"): hardly a Vietnamese letter among
    them (a sample note in Vietnamese aside), and some of them long enough to tell."""
    joined = " ".join(texts)
    marked = len(_VI_LETTER.findall(joined))
    if marked >= 0.02 * len(joined):  # there are no more letters than characters: Vietnamese, without counting
        return False
    letters = sum(map(str.isalpha, joined))
    return letters >= 200 and marked < 0.02 * letters


def _english_number_of(text: str) -> tuple[str, float | None, bool]:
    return _number_of(text, "en")


@lru_cache(maxsize=1 << 16)
def _plan(code: str | None, role: str, header: str, name: str, unit_text: str) -> tuple:
    """What the cells of a row matched to `code` in a column of `role` become: (catalogue code, basis, why they
    are skipped (a comparison the catalogue has no indicator for) or "", the code's unit, for a value column the
    factor from `unit_text` to that unit (None when there is none), why there is none or "" (see `convert`), and
    whether its cells are an index read as a rate (`_reads_as_index`))."""
    target, basis, unmatched = _target(code, role, name, header)
    if target is None:
        return None, basis, unmatched, None, None, "", False
    unit = catalogue.indicators()[target].unit
    factor = _unit_factor(unit_text or "", unit) if role == "value" else None
    if isinstance(factor, str):
        return target, basis, unmatched, unit, None, factor, False
    index = role == "value" and _reads_as_index(target, name)
    return target, basis, unmatched, unit, factor, "", index


# A price or production index as statistics offices print it: the same period of last year = 100, so 106,1 is a
# rise of 6.1%. Read so when the row names the index itself ("Chỉ số sản xuất công nghiệp", "Chỉ số giá tiêu dùng
# bình quân"), not its rate ("Tốc độ tăng …", "… – tốc độ tăng"), and the cell is at least table_layout.INDEX_MIN: a
# smaller number in such a row is a rate already (an index that low would be a fall of more than half).


@lru_cache(maxsize=1 << 12)
def _reads_as_index(target: str, name: str) -> bool:
    indicator = catalogue.indicators()[target]
    return (indicator.unit == "pct_yoy" and indicator.name_vi.lower().startswith("chỉ số")
            and name.lower().lstrip().startswith("chỉ số") and not table_layout.CHANGE_WORDS.search(name))


# The same quantity in another unit: a row whose unit fits the other one is that one
_IN_OTHER_UNIT = {"grdp_per_capita": "grdp_per_capita_usd"}


@lru_cache(maxsize=256)
def _in_its_unit(code: str, unit_text: str) -> str:
    """`code`, or its counterpart in _IN_OTHER_UNIT when the row's unit fits only that one ("GRDP bình quân đầu
    người (tính theo USD) | USD/người" is the USD indicator, and so is its comparison with last year)."""
    other = _IN_OTHER_UNIT[code]
    units = catalogue.indicators()
    if isinstance(_unit_factor(unit_text, units[code].unit), str) and not isinstance(
            _unit_factor(unit_text, units[other].unit), str):
        return other
    return code

def _target(code: str | None, role: str, name: str, header: str) -> tuple[str | None, str, str]:
    """(catalogue code a cell of a row matched to `code` in a column of `role` is an observation of, its basis,
    why it is skipped: a comparison the catalogue has no indicator for; else "")."""
    if code is None:
        return None, "", ""
    indicators = catalogue.indicators()
    if role == "compare_yoy":
        if _reads_as_index(code, name):  # "Chỉ số sản xuất công nghiệp | … so với cùng kỳ (%) | 112,4": the index
            return code, "", ""
        growth = catalogue.growth_of(code)
        if growth is None:
            return None, "", f"comparison with last year of '{name}' ({indicators[code].kind}) has no catalogue indicator"
        return growth, "", ""
    if role == "compare_plan":
        target = catalogue.ratio_to_plan_of(code)
        if target is None:
            return None, "", f"comparison with the plan of '{name}' has no catalogue indicator"
        return target, header, ""
    return code, "", ""


@lru_cache(maxsize=1 << 15)
def _exists_during(ref: str, period: str) -> bool:
    """Whether a version of the province `ref` (a code or a version's key) exists during `period`, as the
    warehouse's validation asks (Bình Định's first version begins in 2004: its 2000 has none)."""
    start, end = observation.period_start(period), observation.period_end(period)
    return any(valid_from <= end and valid_to >= start
               for valid_from, valid_to in _validity().get(provinces.split_ref(ref)[0], ()))


@lru_cache(maxsize=1)
def _validity() -> dict[str, list[tuple[dt.date, dt.date]]]:
    """Province code → (valid from, valid to) of each of its versions."""
    out: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for v in provinces.versions():
        out.setdefault(v.code, []).append((v.valid_from, v.valid_to))
    return out


@lru_cache(maxsize=1 << 14)
def _province_of(name: str, period: str | None) -> str | None:
    """The code of a province named in a 'Tỉnh' column, valid at the end of the cell's period; the key of its
    version when the name says which ("Cần Thơ (cũ)", provinces.resolve_ref)."""
    return provinces.resolve_ref(name, observation.period_end(period) if period else dt.date.today())
