"""Word 97–2003 documents (.doc): the main text and its tables, in body order, read from the binary format
([MS-DOC], the specification Microsoft publishes).

A .doc is an OLE compound file (read with olefile). Its `WordDocument` stream starts with the File Information
Block (FIB), which says where the rest is; the text itself is found through the piece table (the Clx, in the
`0Table` or `1Table` stream): runs of characters stored either as UTF-16 or as one byte each (Windows-1252).
Paragraph properties (the PAPX runs of the FKP pages) tell which paragraphs are in a table and which mark the end
of a table row; the row-end paragraph carries the row's cell boundaries and merges (sprmTDefTable), so a table
comes back as cells with their horizontal extent and vertical merges, and `documents` lays them into a grid the
way it lays out a .docx table.

`read_blocks(path)` returns ("p", text) and ("table", rows) blocks. Only the main document is read: headers,
footers, footnotes and comments are not part of it. Nested tables are read as text inside the outer cell.
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass
from pathlib import Path

WORD97_IDENT = 0xA5EC
FIRST_WORD97_NFIB = 0x00C1  # Word 97; Word 6 and 95 files (nFib 101–105) have another layout
WORD6_NFIB = 0x0065
_CHAR_FIELDS = {
    "\x0b": "\n",  # a line break inside a paragraph
    "\x0c": "\n",  # a page or section break
    "\x1e": "-",  # a non-breaking hyphen
    # an optional hyphen: kept as the soft hyphen it was typed as, since TCVN3 text stores "ư" in that byte
    # ("tr\xadêng"); `documents` drops it from Unicode text
    "\x1f": "\xad",
    "\x01": "", "\x02": "", "\x05": "", "\x08": "",  # a picture, a footnote mark, a comment mark, a drawing
}
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_CELL_MARK = "\x07"

# sprm codes ([MS-DOC] 2.6) this reader looks at
_SPRM_IN_TABLE, _SPRM_TTP, _SPRM_ITAP = 0x2416, 0x2417, 0x6649
_SPRM_TDEF_TABLE = 0xD608
_SPRM_CHG_TABS = 0xC615
_SPRM_HUGE_PAPX = 0x6646  # the paragraph's properties are in the Data stream, at this offset


class Word97Error(ValueError):
    """A .doc this reader cannot read; the message says what to do instead."""


@dataclass
class Cell:
    text: str
    left: int | None = None  # the cell's boundaries in twips (from sprmTDefTable), None when the row has none
    right: int | None = None
    merged_left: bool = False  # the old horizontal merge: this cell continues the one on its left
    merged_above: bool = False  # a vertical merge: this cell continues the one above


@dataclass
class _Props:
    in_table: bool = False
    row_end: bool = False
    depth: int = 0  # table nesting depth (itap); 1 for an ordinary table
    tdef: bytes | None = None  # the operand of sprmTDefTable, on a row end


def _u16(b: bytes, o: int) -> int:
    return struct.unpack_from("<H", b, o)[0]


def _u32(b: bytes, o: int) -> int:
    return struct.unpack_from("<I", b, o)[0]


def read_blocks(path: Path | str) -> list[tuple[str, object]]:
    """("p", paragraph text) and ("table", rows of `Cell`) in body order."""
    import olefile

    path = Path(path)
    if not olefile.isOleFile(str(path)):
        raise Word97Error("not a Word 97–2003 file (no OLE container); if it is a .docx or .rtf renamed, give it its "
                          "own extension, else open it in Word and save it as .docx")
    with olefile.OleFileIO(str(path)) as ole:
        if not ole.exists("WordDocument"):
            raise Word97Error("an OLE file without a WordDocument stream (an Excel or other Office file named .doc?)")
        wd = ole.openstream("WordDocument").read()
        flags = _fib_flags(wd)
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise Word97Error(f"the {table_name} stream is missing: the file is damaged; open it in Word and save it "
                              "as .docx")
        table = ole.openstream(table_name).read()
        data = ole.openstream("Data").read() if ole.exists("Data") else b""
    fib = _Fib(wd)
    pieces = _pieces(table[fib.fc_clx: fib.fc_clx + fib.lcb_clx], fib.ccp_text)
    text, fcs = _text_and_positions(wd, pieces)
    runs = _papx_runs(wd, table[fib.fc_papx: fib.fc_papx + fib.lcb_papx], data)
    return _blocks(text, fcs, runs)


def _fib_flags(wd: bytes) -> int:
    if len(wd) < 0x200 or _u16(wd, 0) != WORD97_IDENT:
        raise Word97Error("the WordDocument stream has no Word file header: the file is damaged or not a Word file")
    nfib = _u16(wd, 2)
    if nfib < WORD6_NFIB:
        raise Word97Error("a Word file older than Word 6: open it in Word and save it as .docx")
    if nfib < FIRST_WORD97_NFIB:
        raise Word97Error("a Word 6/95 file: open it in Word (or LibreOffice) and save it as .docx")
    flags = _u16(wd, 0x0A)
    if flags & 0x0100:
        raise Word97Error("the document is protected by a password: save a copy without the password, as .docx")
    return flags


class _Fib:
    """The few FIB fields this reader needs, found by the lengths the FIB states, not by fixed offsets."""

    def __init__(self, wd: bytes) -> None:
        csw = _u16(wd, 32)
        lw = 34 + 2 * csw  # cslw, then fibRgLw
        cslw = _u16(wd, lw)
        rg_lw = lw + 2
        self.ccp_text = struct.unpack_from("<i", wd, rg_lw + 12)[0]  # fibRgLw.ccpText
        fc_lcb = rg_lw + 4 * cslw + 2  # after cbRgFcLcb
        self.fc_papx, self.lcb_papx = _u32(wd, fc_lcb + 8 * 13), _u32(wd, fc_lcb + 8 * 13 + 4)
        self.fc_clx, self.lcb_clx = _u32(wd, fc_lcb + 8 * 33), _u32(wd, fc_lcb + 8 * 33 + 4)
        if self.lcb_clx == 0:
            raise Word97Error("the document has no piece table: the file is damaged; open it in Word and save it "
                              "as .docx")


def _pieces(clx: bytes, ccp_text: int) -> list[tuple[int, int, int, bool]]:
    """(first CP, last CP + 1, file offset, compressed) of each piece of the main text."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting of pieces, skipped
        pos += 3 + _u16(clx, pos + 1)
    if pos >= len(clx) or clx[pos] != 0x02:
        raise Word97Error("the piece table is damaged; open the file in Word and save it as .docx")
    lcb = _u32(clx, pos + 1)
    plc = clx[pos + 5: pos + 5 + lcb]
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for k in range(n):
        start, end = cps[k], min(cps[k + 1], ccp_text)
        if start >= end:
            continue
        fc = _u32(plc, 4 * (n + 1) + 8 * k + 2)
        compressed = bool(fc & 0x40000000)
        fc &= 0x3FFFFFFF
        out.append((start, end, fc // 2 if compressed else fc, compressed))
    return out


def _text_and_positions(wd: bytes, pieces) -> tuple[str, list[tuple[int, int, int]]]:
    """The main text, and (first char index, file offset, bytes per char) of each piece, to find where in the
    file a character is stored (paragraph properties are keyed by file offset)."""
    parts, fcs, at = [], [], 0
    for start, end, fc, compressed in pieces:
        n = end - start
        if compressed:
            chunk = wd[fc: fc + n].decode("cp1252", errors="replace")
        else:
            chunk = wd[fc: fc + 2 * n].decode("utf-16-le", errors="replace")
        fcs.append((at, fc, 1 if compressed else 2))
        parts.append(chunk)
        at += len(chunk)
    return "".join(parts), fcs


def _papx_runs(wd: bytes, plc: bytes, data: bytes = b"") -> list[tuple[int, int, _Props]]:
    """(first file offset, last + 1, properties) of each run of paragraph properties, sorted."""
    if len(plc) < 12:
        return []
    n = (len(plc) - 4) // 8
    pns = struct.unpack_from(f"<{n}I", plc, 4 * (n + 1))
    runs = []
    for pn in pns:
        page = wd[(pn & 0x3FFFFF) * 512: (pn & 0x3FFFFF) * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            b_offset = page[4 * (crun + 1) + 13 * i]
            props = _Props()
            if b_offset:
                o = 2 * b_offset
                cb = page[o]
                start, size = (o + 2, 2 * page[o + 1]) if cb == 0 else (o + 1, 2 * cb - 1)
                props = _props(page[start + 2: start + size], data)  # after the istd (style) of the paragraph
            runs.append((rgfc[i], rgfc[i + 1], props))
    runs.sort(key=lambda r: r[0])
    return runs


def _props(grpprl: bytes, data: bytes = b"", p: _Props | None = None) -> _Props:
    """The paragraph properties this reader needs from a grpprl; sprmPHugePapx sends it on to the Data stream,
    where a paragraph whose properties do not fit its FKP page keeps them (a table row's end, with many cells)."""
    p = p or _Props()
    i = 0
    while i + 2 <= len(grpprl):
        sprm = _u16(grpprl, i)
        i += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm == _SPRM_TDEF_TABLE:
                if i + 2 > len(grpprl):
                    break
                size = _u16(grpprl, i) - 1 + 2  # cb counts itself one byte short ([MS-DOC] TDefTableOperand)
                p.tdef = grpprl[i + 2: i + size]
                i += size
                continue
            if i >= len(grpprl):
                break
            size = grpprl[i] + 1
            if sprm == _SPRM_CHG_TABS and grpprl[i] == 255:  # the long form: tabs to delete and to add
                dels = grpprl[i + 1]
                size = 2 + 4 * dels + 1 + 3 * grpprl[i + 2 + 4 * dels]
        else:
            size = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}[spra]
        operand = grpprl[i: i + size]
        if sprm == _SPRM_IN_TABLE and operand:
            p.in_table = operand[0] == 1
        elif sprm == _SPRM_TTP and operand:
            p.row_end = operand[0] == 1
        elif sprm == _SPRM_ITAP and len(operand) == 4:
            p.depth = struct.unpack("<i", operand)[0]
        elif sprm == _SPRM_HUGE_PAPX and len(operand) == 4:
            at = struct.unpack("<I", operand)[0]
            if at + 2 <= len(data):
                _props(data[at + 2: at + 2 + _u16(data, at)], data, p)
        i += size
    if p.in_table and p.depth == 0:
        p.depth = 1
    return p


def _tdef_cells(tdef: bytes | None) -> list[tuple[int, int, int]] | None:
    """(left, right, TC flags) of each cell a row's sprmTDefTable defines."""
    if not tdef:
        return None
    count = tdef[0]
    if len(tdef) < 1 + 2 * (count + 1):
        return None
    edges = struct.unpack_from(f"<{count + 1}h", tdef, 1)
    tcs = 1 + 2 * (count + 1)
    out = []
    for k in range(count):
        flags = _u16(tdef, tcs + 20 * k) if tcs + 20 * k + 2 <= len(tdef) else 0
        out.append((edges[k], edges[k + 1], flags))
    return out


def _clean(text: str) -> str:
    """A paragraph's text: field codes dropped (their results kept), control characters turned into text."""
    out: list[str] = []
    stack: list[bool] = []  # per open field: whether its result (after the separator) is being read
    for ch in text:
        if ch == _FIELD_BEGIN:
            stack.append(False)
        elif ch == _FIELD_SEPARATOR:
            if stack:
                stack[-1] = True
        elif ch == _FIELD_END:
            if stack:
                stack.pop()
        elif stack and not stack[-1]:
            continue  # a field's code ("PAGE", "HYPERLINK …"), not its shown text
        else:
            out.append(_CHAR_FIELDS.get(ch, ch))
    return "".join(out)


def _blocks(text: str, fcs, runs) -> list[tuple[str, object]]:
    starts = [r[0] for r in runs]
    firsts = [f[0] for f in fcs]

    def props_at(index: int) -> _Props:
        """The properties of the paragraph whose mark is character `index`."""
        k = bisect.bisect_right(firsts, index) - 1
        if k < 0:
            return _Props()
        first, fc, width = fcs[k]
        where = fc + (index - first) * width
        j = bisect.bisect_right(starts, where) - 1
        if j >= 0 and runs[j][0] <= where < runs[j][1]:
            return runs[j][2]
        return _Props()

    blocks: list[tuple[str, object]] = []
    rows: list[list[Cell]] = []
    cells: list[str] = []  # the finished cells of the row being read
    cell: list[str] = []  # the paragraphs of the cell being read
    start = 0
    for i, ch in enumerate(text):
        if ch not in "\r" + _CELL_MARK:
            continue
        para = _clean(text[start:i])
        start = i + 1
        props = props_at(i)
        if not props.in_table:
            if rows:  # a paragraph outside a table ends the table above it
                blocks.append(("table", rows))
                rows = []
            if cells or cell:  # cell marks without a row end: keep their text
                blocks.append(("p", " | ".join([*cells, " ".join(cell)])))
                cells, cell = [], []
            blocks.append(("p", para))
            continue
        if props.depth > 1:  # a nested table: its text is part of the outer cell
            if para.strip():
                cell.append(para)
            continue
        if props.row_end:
            spec = _tdef_cells(props.tdef)
            if spec is not None and len(spec) == len(cells):
                rows.append([Cell(t, left, right, bool(flags & 0x0002), bool(flags & 0x0020) and not flags & 0x0040)
                             for t, (left, right, flags) in zip(cells, spec)])
            else:
                rows.append([Cell(t) for t in cells])
            cells, cell = [], []
            continue
        if para.strip():
            cell.append(para)
        if ch == _CELL_MARK:
            cells.append(" ".join(" ".join(cell).split()))
            cell = []
    if rows:
        blocks.append(("table", rows))
    if cells or cell:
        blocks.append(("p", " | ".join([*cells, " ".join(cell)])))
    tail = _clean(text[start:])
    if tail.strip():
        blocks.append(("p", tail))
    return blocks
