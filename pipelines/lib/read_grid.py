"""Spreadsheets and CSV files as grids of cells, the way a person sees them.

A `Grid` holds one sheet: rows of cells (str, float or None) in the sheet's own
coordinates, merged ranges filled with their top-left value, and which cells
were filled that way (so a section title merged across value columns is not
read as values). XLSX is read with fastexcel (calamine); the sheet XML is only
scanned (stdlib regex over the zip member) for what calamine does not report:
merged ranges, which cells are text, and where the used range starts.
XLS (Excel 97–2003) is read with xlrd, which gives both the cells' types and the merged ranges.
CSV: UTF-8, UTF-8 with BOM, UTF-16 with BOM, Windows-1258 or TCVN3, comma / semicolon / tab separated,
always normalised to NFC.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

import fastexcel

from pipelines.lib import legacy_encoding, slug_headers

Cell = str | float | None


class GridError(Exception):
    """A file that cannot be read as a grid; `place` says where, the message what to fix."""

    def __init__(self, place: str, problem: str):
        self.place, self.problem = place, problem
        super().__init__(f"{place}: {problem}" if place else problem)


@dataclass
class Grid:
    name: str  # sheet name, or the file name for CSV
    kind: str  # "xlsx" or "csv"
    rows: list[list[Cell]]
    filled: set[tuple[int, int]] = field(default_factory=set)  # (row, col) copied from a merged range's origin
    caption: str = ""  # lines a document puts above a table it holds (its title, "PHỤ LỤC … NĂM 2023"): the table's title
    hidden: bool = False  # a sheet the workbook hides: the reader of the report does not see it
    hidden_rows: tuple[int, ...] = ()  # rows hidden by hand (not a collapsed outline), left blank in `rows`

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, r: int, c: int) -> Cell:
        row = self.rows[r] if r < len(self.rows) else []
        return row[c] if c < len(row) else None

    def own(self, r: int, c: int) -> Cell:
        """The cell's own value: None where it only repeats a merged range's origin."""
        return None if (r, c) in self.filled else self.cell(r, c)

    def locator(self, r: int, c: int) -> str:
        """'Sheet1!C7' for XLSX, 'row 7, col 3' for CSV (1-based, as a person counts)."""
        if self.kind == "xlsx":
            return f"{self.name}!{column_letters(c)}{r + 1}"
        return f"row {r + 1}, col {c + 1}"

    def locators(self, r: int, cols: tuple[int, ...]) -> list[str]:
        """`locator(r, c)` for each of `cols`: the part that names the columns is made once per sheet."""
        row = str(r + 1)
        if self.kind == "xlsx":
            return [column + row for column in _column_names(self.name, cols)]  # "Sheet1!C" + "7"
        head = f"row {row}, col "
        return [head + column for column in _column_names(None, cols)]  # "row 7, col " + "3"

    def row_locator(self, r: int) -> str:
        return f"{self.name}!{r + 1}:{r + 1}" if self.kind == "xlsx" else f"row {r + 1}"


@lru_cache(maxsize=1 << 12)
def column_letters(c: int) -> str:
    out = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        out = chr(65 + rem) + out
    return out


@lru_cache(maxsize=256)
def _column_names(sheet: str | None, cols: tuple[int, ...]) -> tuple[str, ...]:
    """How a locator names each of `cols`: "Sheet1!C" in the sheet `sheet` (XLSX), "3" in a CSV (`sheet` None)."""
    if sheet is None:
        return tuple(str(c + 1) for c in cols)
    return tuple(f"{sheet}!{column_letters(c)}" for c in cols)


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


@lru_cache(maxsize=1 << 12)
def _column_index(letters: bytes) -> int:
    return column_index(letters.decode())


_REF = re.compile(r"([A-Z]+)(\d+)")


def _ref(ref: str) -> tuple[int, int]:
    m = _REF.match(ref)
    if not m:
        raise ValueError(ref)
    return int(m.group(2)) - 1, column_index(m.group(1))


def _clean_text(value: str) -> str | None:
    if value.isascii():  # most cells (numbers, codes): already NFC, no no-break space
        return value.strip() or None
    text = unicodedata.normalize("NFC", value).replace("\u00a0", " ").strip()
    return text or None


# ------------------------------------------------------------------ XLSX

# A cell with content (not `<c r="B1" s="1"/>` nor `<c ...></c>`), its reference and its type when stated.
# The lookaheads only look inside the tag (up to its first ">"), as a search of its attributes would.
_FILLED_CELL = re.compile(
    rb'<(?:\w+:)?c\s(?=[^>]*?\br="([A-Z]+)(\d+)")(?:(?=[^>]*?\bt="([a-zA-Z]+)"))?[^>]*?(?<!/)>(?!\s*</(?:\w+:)?c>)'
)
# Every cell tag when all are laid out plainly; the last group is ">" for a cell with content.
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"(?: s="\d+")?(?: t="([a-zA-Z]+)")?(/>|>\s*</c>|>)')
_ODD_CELL_TAG = re.compile(rb"<\w+:c\s|<c[\t\n\r\x0b\x0c]")  # a prefixed cell tag, or whitespace other than " "
_TEXT_TYPES = (b"s", b"inlineStr", b"str")
# A formula cell with no value: <c r="E3"><f>D3*1.1</f><v></v></c> (or no <v> at all)
_UNCOMPUTED = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]+)(\d+)"[^>]*>\s*<(?:\w+:)?f[^>]*>([^<]*)</(?:\w+:)?f>'
                         rb'\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+\d+):([A-Z]+\d+)"')
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass
class _SheetXml:
    origin: tuple[int, int]  # (row, col) of the first non-empty cell: where calamine's range starts
    text_rows: dict[int, set[int]]  # column → rows of its text cells
    merges: list[tuple[int, int, int, int]]  # r0, c0, r1, c1 inclusive
    uncomputed: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) → "=formula" saved without value
    percent: set[tuple[int, int]] = field(default_factory=set)  # (row, col) of cells shown as a percentage
    hidden_rows: tuple[int, ...] = ()  # rows hidden by hand: superseded figures kept out of sight


# A cell's style index, wherever its attributes stand: <c r="D3" s="5">
_STYLED_CELL = re.compile(rb'<(?:\w+:)?c\s(?=[^>]*?\br="([A-Z]+)(\d+)")(?=[^>]*?\bs="(\d+)")')
_PERCENT_FORMATS = {9, 10}  # Excel's built-in "0%" and "0.00%"
_QUOTED = re.compile(r'"[^"]*"|\\.')  # literal text in a number format: "%" there is not a percentage


def format_is_percent(code: str) -> bool:
    """Whether an Excel number format shows its number as a percentage (multiplied by 100): "0.0%", "#,##0%"."""
    return "%" in _QUOTED.sub("", code)


@lru_cache(maxsize=64)
def _percent_styles(styles_xml: bytes) -> frozenset[int]:
    """The cell style indexes (`s="…"`) of a workbook whose number format is a percentage."""
    root = ElementTree.fromstring(styles_xml)
    custom = {int(f.get("numFmtId", -1)): f.get("formatCode", "") for f in root.iterfind("m:numFmts/m:numFmt", _NS)}
    percent = _PERCENT_FORMATS | {i for i, code in custom.items() if format_is_percent(code)}
    return frozenset(i for i, xf in enumerate(root.iterfind("m:cellXfs/m:xf", _NS))
                     if int(xf.get("numFmtId", 0)) in percent)


def _sheet_paths(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → zip member of its XML."""
    return dict(_sheet_members(z.read("xl/workbook.xml"), z.read("xl/_rels/workbook.xml.rels")))


@lru_cache(maxsize=64)
def _sheet_members(workbook_xml: bytes, rels_xml: bytes) -> tuple[tuple[str, str], ...]:
    """(sheet name, zip member of its XML) of a workbook. Remembered: workbooks made from one template (or by one
    program) share these two small files, and parsing them costs more than reading them."""
    book = ElementTree.fromstring(workbook_xml)
    rels = ElementTree.fromstring(rels_xml)
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    out = []
    for sheet in book.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(sheet.get(_REL), "")
        target = target.lstrip("/")
        out.append((sheet.get("name"), target if target.startswith("xl/") else f"xl/{target}"))
    return tuple(out)


def _filled_cells(xml: bytes) -> list[tuple[bytes, ...]]:
    """Every cell with content as `_FILLED_CELL` finds it: a tuple starting (column letters, row digits, type or
    b""). Tags laid out as nearly every writer lays them out (`<c r="B7" s="3" t="s">`, no prefix) are found by
    a pattern three times faster; when any cell tag is laid out otherwise, by `_FILLED_CELL`."""
    if not _ODD_CELL_TAG.search(xml):
        tags = _PLAIN_CELL.findall(xml)
        if len(tags) == xml.count(b"<c "):
            return [tag for tag in tags if tag[3] == b">"]
    return _FILLED_CELL.findall(xml)


def _scan_sheet(xml: bytes, percent_styles: frozenset[int] = frozenset()) -> _SheetXml:
    cells = _filled_cells(xml)
    if cells and cells[0][0] == b"A" and cells[0][1] == b"1":
        origin = (0, 0)  # A1 holds something (a title, most often): no cell comes before it
    else:
        origin = (min(map(int, {cell[1] for cell in cells}), default=1) - 1,
                  min(map(_column_index, {cell[0] for cell in cells}), default=0))
    rows_by_letters: dict[bytes, set[int]] = {}  # column letters → rows of the column's text cells
    for cell in [cell for cell in cells if cell[2] in _TEXT_TYPES]:
        rows_by_letters.setdefault(cell[0], set()).add(int(cell[1]) - 1)
    text_rows = {_column_index(letters): rows for letters, rows in rows_by_letters.items()}
    merges = []
    start = xml.find(b"mergeCell")  # the merged ranges sit at the end of the sheet: start at the first
    for m in _MERGE.finditer(xml, max(0, xml.rfind(b"<", 0, start)) if start > 0 else len(xml)):
        (r0, c0), (r1, c1) = _ref(m.group(1).decode()), _ref(m.group(2).decode())
        merges.append((r0, c0, r1, c1))
    uncomputed = {}
    if b"</f>" in xml:  # formulas: a program that writes them without computing them leaves the value empty
        for letters, digits, formula in _UNCOMPUTED.findall(xml):
            uncomputed[(int(digits) - 1, _column_index(letters))] = "=" + formula.decode("utf-8", "replace")
    percent = set()
    if percent_styles:  # a number shown as "7,5%" is stored as 0.075: read as shown
        wanted = {str(i).encode() for i in percent_styles}
        for letters, digits, style in _STYLED_CELL.findall(xml):
            if style in wanted:
                percent.add((int(digits) - 1, _column_index(letters)))
    hidden_rows = ()
    if b'hidden="' in xml:  # cheap: most sheets hide nothing
        hidden_rows = tuple(int(m.group(2)) - 1 for m in _ROW_TAG.finditer(xml)
                            if _HIDDEN.search(m.group(1) + m.group(3)) and b"outlineLevel" not in m.group(0))
    return _SheetXml(origin, text_rows, merges, uncomputed, percent, hidden_rows)


# a row's tag and its attributes around its number: <row r="9" hidden="1">, <row hidden="true" r="9" …>
_ROW_TAG = re.compile(rb"<row\b([^>]*?)\br=\"(\d+)\"([^>]*)>")
_HIDDEN = re.compile(rb"\bhidden=\"(?:1|true)\"")


def read_xlsx(path: Path, data: bytes | None = None) -> list[Grid]:
    """Every sheet of a workbook as a Grid (`data`: the file's bytes, when the caller has read them already: the
    file is then not opened again). Raises GridError when the file is not a workbook."""
    path = Path(path)
    if data is None:
        data = _read_bytes(path)
    try:
        reader = fastexcel.read_excel(data)
    except Exception as exc:  # calamine reports corrupt files with several exception types
        raise GridError("", f"not a readable Excel workbook ({exc}); save it again as .xlsx") from exc
    xml_by_sheet: dict[str, bytes] = {}
    percent_styles: frozenset[int] = frozenset()
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                members = set(z.namelist())
                for name, member in _sheet_paths(z).items():
                    if member in members:
                        xml_by_sheet[name] = z.read(member)
                if "xl/styles.xml" in members:
                    percent_styles = _percent_styles(z.read("xl/styles.xml"))
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
            raise GridError("", f"not a readable Excel workbook ({exc}); save it again as .xlsx") from exc
    grids = []
    for name in reader.sheet_names:
        try:  # an Arrow record batch: its columns become Python lists without a polars frame in between
            sheet = reader.load_sheet(name, header_row=None, dtypes="string")
            batch = sheet.to_arrow()
        except Exception as exc:
            raise GridError(name, f"sheet cannot be read ({exc})") from exc
        scan = _scan_sheet(xml_by_sheet[name], percent_styles) if name in xml_by_sheet else _SheetXml((0, 0), {}, [])
        columns = [column.to_pylist() for column in batch.columns]
        grid = unlegacy(_grid_from_columns(name, columns, batch.num_rows, scan, typed=name in xml_by_sheet))
        grid.hidden = sheet.visible != "visible"
        grids.append(grid)
    return grids


def _grid_from_columns(name: str, columns: list[list[str | None]], height: int, scan: _SheetXml, typed: bool) -> Grid:
    """The grid of a sheet whose cells calamine read as text, column by column, from `scan.origin` on: text cells
    (all of them when the sheet's types are unknown) cleaned, the others read as numbers where they are."""
    r0, c0 = scan.origin
    cleaned = []
    for j, values in enumerate(columns):
        if not typed:
            cleaned.append([None if v is None else text_cell(v) for v in values])
            continue
        texts = [r - r0 for r in scan.text_rows.get(c0 + j, ()) if 0 <= r - r0 < len(values)]
        numbers = list(values)
        for i in texts:
            numbers[i] = None
        try:  # the column's other cells at once; one that is not a number sends the column the slow way
            cells = [None if v is None else float(v) for v in numbers]
        except ValueError:
            cells = [None if v is None else _number_cell(v) for v in numbers]
        for i in texts:
            if values[i] is not None:
                cells[i] = text_cell(values[i])
        cleaned.append(cells)
    width = c0 + len(columns)
    rows: list[list[Cell]] = [[None] * width for _ in range(r0)]
    if cleaned:
        rows += [[None] * c0 + list(cells) for cells in zip(*cleaned)]
    else:
        rows += [[None] * width for _ in range(height)]
    grid = Grid(name, "xlsx", rows)
    for r, c in scan.percent:
        value = grid.cell(r, c)
        if isinstance(value, float):
            grid.rows[r][c] = round(value * 100, 10)
    for (r, c), formula in scan.uncomputed.items():  # kept as its text, so that the cell is not lost in silence
        while len(grid.rows) <= r:
            grid.rows.append([])
        row = grid.rows[r]
        row.extend([None] * (c + 1 - len(row)))
        if row[c] is None:
            row[c] = formula
    _fill_merges(grid, scan.merges)
    for r in scan.hidden_rows:  # a row hidden by hand ("số liệu cũ, giữ lại để đối chiếu"): not the report's
        if r < len(grid.rows):
            grid.rows[r] = [None] * len(grid.rows[r])
    grid.filled = {(r, c) for r, c in grid.filled if r not in scan.hidden_rows} if scan.hidden_rows else grid.filled
    grid.hidden_rows = scan.hidden_rows
    return grid


def text_cell(value: str) -> str | None:
    """A text cell as the grids hold one: trimmed, NFC, no no-break space; None when blank."""
    return (value.strip() or None) if value.isascii() else _clean_text(value)  # _clean_text, its ASCII case inline


def _number_cell(value: str) -> Cell:
    try:
        return float(value)
    except ValueError:  # booleans, dates, errors: keep as text
        return _clean_text(value)


def _fill_merges(grid: Grid, merges: list[tuple[int, int, int, int]]) -> None:
    for r0, c0, r1, c1 in merges:
        value = grid.cell(r0, c0)
        if value is None:
            continue
        for r in range(r0, min(r1, len(grid.rows) - 1) + 1):
            row = grid.rows[r]
            if len(row) <= c1:
                row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    row[c] = value
                    grid.filled.add((r, c))


# ------------------------------------------------------------------ XLS (Excel 97–2003)

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file that holds a .xls workbook


def _what_it_is(magic: bytes) -> str:
    """What a file that claims to be a workbook looks like, from its first bytes (for the message)."""
    head = magic.lstrip().lower()
    if head.startswith((b"<", b"\xef\xbb\xbf<")):
        return "it is a web page (HTML or XML), as some systems export tables"
    if magic.startswith(b"%PDF"):
        return "it is a PDF"
    return "its content is not an Excel 97–2003 or 2007+ workbook"


def read_xls(path: Path) -> list[Grid]:
    """Every sheet of an Excel 97–2003 workbook as a Grid, read with xlrd: calamine gives no merged ranges for
    this format, and read as text its numbers would meet the Vietnamese reading ("12.345" is 12345), so the
    cells keep their types here: a number cell is a float, a text cell is cleaned text, a date is written as
    calamine writes one ("2023-12-14 00:00:00"), an error as Excel shows it ("#DIV/0!")."""
    import xlrd  # imported on first use: most inboxes hold no .xls

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd reports broken or encrypted files with several exception types
        hint = "" if path.suffix.lower() == ".xls" else " (an .xlsx kept in this format is password-protected: remove the password)"
        raise GridError("", f"not a readable Excel 97–2003 workbook{hint} ({exc}); save it again as .xlsx") from exc
    grids = []
    percent_xfs = {i for i, xf in enumerate(book.xf_list)
                   if xf.format_key in book.format_map and format_is_percent(book.format_map[xf.format_key].format_str)}
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            try:
                rows = [[_xls_cell(cell, book.datemode) for cell in sheet.row(r)] for r in range(sheet.nrows)]
                for r in range(sheet.nrows):  # a number shown as "7,5%" is stored as 0.075: read as shown
                    for c, cell in enumerate(sheet.row(r)):
                        if isinstance(rows[r][c], float) and cell.xf_index in percent_xfs:
                            rows[r][c] = round(rows[r][c] * 100, 10)
            except Exception as exc:
                raise GridError(sheet.name, f"sheet cannot be read ({exc})") from exc
            grid = Grid(sheet.name, "xlsx", rows, hidden=sheet.visibility != 0)
            # xlrd's ranges are half-open (rlo, rhi, clo, chi); _fill_merges takes inclusive corners
            _fill_merges(grid, [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells])
            grids.append(unlegacy(grid))
    finally:
        book.release_resources()
    return grids


def _xls_cell(cell, datemode: int) -> Cell:
    import xlrd

    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if kind == xlrd.XL_CELL_NUMBER:
        return float(cell.value)
    if kind == xlrd.XL_CELL_TEXT:
        return text_cell(cell.value)
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode).strftime("%Y-%m-%d %H:%M:%S")
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return float(cell.value)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "true" if cell.value else "false"
    return xlrd.error_text_from_code.get(cell.value, "#N/A")  # XL_CELL_ERROR


def unlegacy(grid: Grid) -> Grid:
    """`grid` with its text cells in Unicode when they were typed in TCVN3 or VNI (`legacy_encoding`); the check
    looks at the first text cells (title and header), where a Unicode sheet shows a Vietnamese letter at once."""
    texts = [c for row in grid.rows[:12] for c in row if isinstance(c, str)]
    code = legacy_encoding.font_code(" ".join(texts)) if texts else None
    if code is None:
        return grid
    grid.rows = [[legacy_encoding.to_unicode(c, code).strip() or None if isinstance(c, str) else c for c in row]
                 for row in grid.rows]
    return grid


# ------------------------------------------------------------------ CSV


def decode(data: bytes) -> tuple[str, str]:
    """(text in NFC, encoding used). Windows-1258 sends tone marks as combining characters; bytes typed in TCVN3
    (.VnTime fonts) or VNI are told from it by `legacy_encoding`."""
    if data.startswith(b"\xef\xbb\xbf"):
        return unicodedata.normalize("NFC", data[3:].decode("utf-8")), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text" and some exporters: UTF-16 with BOM
        return unicodedata.normalize("NFC", data.decode("utf-16", errors="replace")), "utf-16"
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    legacy = legacy_encoding.legacy_bytes_to_text(data)
    if legacy is not None:
        return legacy
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")), "cp1258"


def sniff_separator(text: str) -> str:
    """The separator that splits the first lines into the most consistent, widest rows."""
    sample = text.splitlines()[:40]
    joined = "\n".join(sample)
    # A score is at most the number of separators (each adds at most one field to one row): a separator that
    # occurs no more often than the best score cannot beat it, and its rows need not be read. Reading the sample
    # can only fail on a field above the csv module's size limit, so below that limit they are not.
    shortcuts = len(joined) < csv.field_size_limit()
    best, best_score = ",", -1
    for sep in (";", ",", "\t"):
        seps = joined.count(sep)
        if shortcuts and seps <= best_score:
            continue
        rows = csv.reader(sample, delimiter=sep)
        if shortcuts and not seps:  # every row one field wide: a score of 0 as soon as one row holds something
            if any(any(x.strip() for x in r) for r in rows):
                best, best_score = sep, 0
            continue
        widths = [len(r) for r in rows if any(x.strip() for x in r)]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = count * (width - 1)
        if score > best_score:
            best, best_score = sep, score
    return best


def read_csv(path: Path) -> Grid:
    path = Path(path)
    data = _read_bytes(path)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has zero bytes
        raise GridError("", "binary content, not a CSV text file; export the table as CSV (UTF-8)")
    text, _ = decode(data)
    sep = sniff_separator(text)
    rows: list[list[Cell]] = []
    for raw in csv.reader(io.StringIO(text), delimiter=sep):  # _clean_text, its ASCII case inline (most cells)
        rows.append([(v.strip() or None) if v.isascii() else _clean_text(v) for v in raw])
    first = next((k for k, row in enumerate(rows) if any(c is not None for c in row)), None)
    if first is not None and slug_headers.is_slug_row(rows[first]):  # an open-data export: "ten_tinh,nam,…"
        rows[first] = [slug_headers.restore(c) if c is not None else None for c in rows[first]]
    return unlegacy(Grid(path.name, "csv", rows))  # UTF-8 holding TCVN3 text copied out of an old sheet


def read_grids(path: Path) -> list[Grid]:
    """All grids of a table file (.xlsx/.xlsm/.xls/.ods: one per sheet; .csv: one). A workbook is read by what its
    bytes are, not by its name: an Excel 97–2003 file saved as .xlsx, or the reverse, is read all the same."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return [read_csv(path)]
    if path.suffix.lower() == ".ods":
        from pipelines.lib.read_ods import read_ods  # a module of its own: most inboxes hold no .ods

        return read_ods(path)
    data = _read_bytes(path)  # read once: the type check, calamine and the sheet XML all use these bytes
    magic = data[:8]
    if magic == _OLE2_MAGIC:
        return read_xls(path)
    if not magic.startswith(b"PK"):  # an .xlsx is a zip
        raise GridError("", f"not an Excel workbook: {_what_it_is(magic)}; open it in Excel and save it as .xlsx")
    return read_xlsx(path, data)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise GridError("", f"cannot read the file ({exc})") from exc
