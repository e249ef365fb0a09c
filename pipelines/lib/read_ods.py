"""OpenDocument spreadsheets (.ods, LibreOffice Calc) as grids, read from their content.xml.

Each sheet becomes a `read_grid.Grid` as an .xlsx sheet does: a number cell is a float, a percentage is read as
shown ("7,5%" is stored as 0.075 and read as 7.5), a date as calamine writes one, text cleaned; merged ranges
(`number-columns-spanned`, `number-rows-spanned`) are filled from their origin and marked; a sheet whose table
style says `display="false"` is hidden. Repeated rows and cells (`number-rows-repeated`) are expanded only when
something follows them, so the million empty rows a sheet may declare cost nothing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from pipelines.lib.read_grid import Cell, Grid, GridError, _fill_merges, text_cell, unlegacy

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_T = "{%s}" % _TABLE
_O = "{%s}" % _OFFICE
_X = "{%s}" % _TEXT
_S = "{%s}" % _STYLE
_ROW_GROUPS = {_T + "table-header-rows", _T + "table-rows", _T + "table-row-group"}
_CELLS = {_T + "table-cell", _T + "covered-table-cell"}
MAX_REPEAT = 100_000  # a run of identical non-empty rows or cells longer than this is a damaged file, not a table


def read_ods(path: Path) -> list[Grid]:
    """Every sheet of an .ods workbook as a Grid. Raises GridError when the file is not one."""
    try:
        with zipfile.ZipFile(path) as z:
            content = z.read("content.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise GridError("", f"not a readable OpenDocument spreadsheet ({exc}); open it in LibreOffice or Excel and "
                            "save it as .xlsx") from exc
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise GridError("", f"content.xml of the spreadsheet is damaged ({exc}); save it again as .xlsx") from exc
    hidden_styles = {
        style.get(_S + "name")
        for style in root.iter(_S + "style")
        if style.get(_S + "family") == "table"
        and any(p.get(_T + "display") == "false" for p in style.iter(_S + "table-properties"))
    }
    grids = []
    for table in root.iter(_T + "table"):
        name = table.get(_T + "name") or f"Sheet{len(grids) + 1}"
        try:
            rows, merges = _sheet_rows(table)
        except (ValueError, OverflowError) as exc:
            raise GridError(name, f"sheet cannot be read ({exc})") from exc
        grid = Grid(name, "xlsx", rows, hidden=table.get(_T + "style-name") in hidden_styles)
        _fill_merges(grid, merges)
        grids.append(unlegacy(grid))
    return grids


def _row_elements(parent):
    """The table-row elements of a sheet in order, row groups and header rows opened."""
    for child in parent:
        if child.tag == _T + "table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _row_elements(child)


def _sheet_rows(table) -> tuple[list[list[Cell]], list[tuple[int, int, int, int]]]:
    rows: list[list[Cell]] = []
    merges: list[tuple[int, int, int, int]] = []
    blank_rows = 0  # empty rows seen and not yet added: added only if a row with a value follows
    for row in _row_elements(table):
        repeat = int(row.get(_T + "number-rows-repeated", "1"))
        cells, spans = _row_cells(row)
        if not any(c is not None for c in cells):
            blank_rows += repeat
            continue
        if repeat > MAX_REPEAT:
            raise ValueError(f"a row repeated {repeat} times")
        rows.extend([] for _ in range(blank_rows))
        blank_rows = 0
        for _ in range(repeat):
            r = len(rows)
            merges.extend((r, c, r + down - 1, c + across - 1) for c, across, down in spans)
            rows.append(list(cells))
    return rows, merges


def _row_cells(row) -> tuple[list[Cell], list[tuple[int, int, int]]]:
    """The row's cells, and (column, columns spanned, rows spanned) of each merged range that starts in it."""
    cells: list[Cell] = []
    spans: list[tuple[int, int, int]] = []
    blank = 0  # empty cells seen and not yet added
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        repeat = int(cell.get(_T + "number-columns-repeated", "1"))
        value = _value(cell) if cell.tag == _T + "table-cell" else None
        across = int(cell.get(_T + "number-columns-spanned", "1"))
        down = int(cell.get(_T + "number-rows-spanned", "1"))
        if value is None and across == down == 1:
            blank += repeat
            continue
        if repeat > MAX_REPEAT:
            raise ValueError(f"a cell repeated {repeat} times")
        cells.extend([None] * blank)
        blank = 0
        for _ in range(repeat):
            if across > 1 or down > 1:
                spans.append((len(cells), across, down))
            cells.append(value)
    return cells, spans


def _value(cell) -> Cell:
    kind = cell.get(_O + "value-type")
    if kind in ("float", "currency"):
        return float(cell.get(_O + "value"))
    if kind == "percentage":  # stored as a fraction, shown as a percentage: read as shown
        return round(float(cell.get(_O + "value")) * 100, 10)
    if kind == "date":
        stamp = cell.get(_O + "date-value", "")
        return stamp.replace("T", " ") if "T" in stamp else f"{stamp} 00:00:00" if stamp else None
    if kind == "boolean":
        return "true" if cell.get(_O + "boolean-value") == "true" else "false"
    return text_cell(_text(cell))


def _text(cell) -> str:
    """The text a cell shows: its paragraphs joined by a space, `text:s` as spaces, line breaks as spaces."""
    paragraphs = []
    for p in cell:  # its own paragraphs, not those of a comment (office:annotation) on it
        if p.tag not in (_X + "p", _X + "h"):
            continue
        parts: list[str] = []
        _inline(p, parts)
        paragraphs.append("".join(parts))
    return " ".join(paragraphs)


def _inline(element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if child.tag == _X + "s":
            parts.append(" " * int(child.get(_X + "c", "1")))
        elif child.tag in (_X + "tab", _X + "line-break"):
            parts.append(" ")
        elif child.tag != _O + "annotation":  # a comment on the cell is not its text
            _inline(child, parts)
        if child.tail:
            parts.append(child.tail)
