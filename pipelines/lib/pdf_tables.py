"""Tables in a PDF's text layer, rebuilt from where their text stands on the page.

A PDF has no tables, only text placed at coordinates. pypdf's layout mode prints a page on fixed-width lines with
each piece of text at its place, so the columns of an appendix table line up:

    TT   Chỉ tiêu                     Đơn vị tính   Thực hiện 2022   Ước 2023
    1    Thu ngân sách nhà nước       Tỷ đồng       10.500,3         11.200

Here a **data line** is a line of at least two fields (text separated by two spaces or more) that look like
figures, with at most `MAX_TEXT_FIELDS` fields of text (row number, label, unit, a note). Data lines close to each
other form a table. Its columns are the runs of positions the data lines occupy; each field of a data line
falls in one of them. The **header** is the lines just above the first data line that hold two fields or more
(a note such as "Đơn vị tính: Tỷ đồng" or "Năm trước = 100" belongs to the title instead); a header cell wrapped
over several lines ("Đơn vị" / "tính") is joined again per column, each phrase going to the column it overlaps
(or the nearest). Between data lines, a line of label text starting in lower case continues the row above ("Thu
ngân sách nhà nước" / "trên địa bàn"); any other line of text is a row of its own ("II. XÃ HỘI"). A table cut by
a page break goes on at the top of the next page without a header: those rows join the table of the page before,
read with its columns.

The result is `read_grid.Grid`s ("Trang 2, bảng 1"), for the same table parser as .docx and .html tables. It is
a reading of positions, so it is only as good as the PDF's layout; a table the parser cannot read (no header
naming the indicator column) stays in the prose, where it was before, and a note says so (`documents`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.lib import read_grid, vn_numbers

MAX_TEXT_FIELDS = 4  # row number, label, unit, a note: a justified line of prose has far more
MAX_GAP_LINES = 3  # non-blank lines of text between two data lines of one table
MAX_HEADER_LINES = 8

_FIELD = re.compile(r"\S+(?: \S+)*")  # text without two spaces in a row
_WORD = re.compile(r"\S+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_UNIT_NOTE = re.compile(r"(?:đơn vị tính|đơn vị|đvt)\s*:|=\s*100\b", re.IGNORECASE)
_FIGURE = re.compile(
    rf"^{vn_numbers.NUMBER_TEXT}$"  # 10.500,3  -1,2  7,5%  (3,4)  7,5*
    r"|^\d[\d.,]*\s*[-–÷]\s*\d[\d.,]*%?$"  # a range: 7,0-7,5
    r"|^[-–—x…]$|^\.{2,}$")  # no figure: "-", "x", "…"


@dataclass
class _Line:
    fields: list[tuple[int, int, str]]  # (start, end, text) on the fixed-width line

    @property
    def figures(self) -> int:
        return sum(bool(_FIGURE.match(text)) for _, _, text in self.fields)

    @property
    def values(self) -> int:
        """Figures that are not a bare year: "2022 | 2023" under "Thực hiện | Kế hoạch" is a header line."""
        return sum(bool(_FIGURE.match(text)) and not _YEAR.match(text) for _, _, text in self.fields)


@dataclass
class _Table:
    page: int
    spans: list[tuple[int, int]]  # its columns' positions on the line
    label: int | None  # the label column
    caption: str
    header_cells: list[str | None] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    places: list[tuple[int, int, int]] = field(default_factory=list)  # (page, first line, last line) it covers


def _fields(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _FIELD.finditer(line)]


def _is_data(line: _Line) -> bool:
    return line.values >= 2 and len(line.fields) - line.figures <= MAX_TEXT_FIELDS


def _is_header_line(line: _Line, spans: list[tuple[int, int]]) -> bool:
    """A line of the header: two fields or more, or one short field right of the first column (the second line
    of a wrapped header cell, "tính" under "Đơn vị"); a caption runs long or from the margin."""
    if any(_UNIT_NOTE.search(text) for _, _, text in line.fields):
        return False  # "Đơn vị tính: Tỷ đồng", "Năm trước = 100 - %": a note above the table, part of its title
    if len(line.fields) >= 2:
        return True
    start, end, _ = line.fields[0]
    return end - start <= 20 and start >= spans[0][1]


def _columns(lines: list[_Line]) -> list[tuple[int, int]]:
    """The column spans of a table: runs of positions some data line writes on, two blanks or more apart."""
    used: set[int] = set()
    for line in lines:
        for start, end, _ in line.fields:
            used.update(range(start, end))
    spans: list[tuple[int, int]] = []
    for pos in sorted(used):
        if spans and pos <= spans[-1][1] + 1:  # one blank between is still the same column
            spans[-1] = (spans[-1][0], pos + 1)
        else:
            spans.append((pos, pos + 1))
    return [part for span in spans for part in _shared(span, lines)]


_SHORT_CELL = 12  # the width of a unit ("Nghìn lượt", "Triệu USD") at the most


def _shared(span: tuple[int, int], lines: list[_Line]) -> list[tuple[int, int]]:
    """The columns a span of positions holds: two when three data lines or more write two fields in it, the second
    short (a label running into the unit beside it: "… nguồn vốn NSNN  Tỷ đồng" over "… hàng hóa      Nghìn lượt"),
    and none writes three; else the span itself."""
    firsts, seconds = [], []
    for line in lines:
        inside = [(a, b) for a, b, _ in line.fields if a < span[1] and b > span[0]]
        if len(inside) > 2:
            return [span]
        if len(inside) == 2:
            firsts.append(inside[0])
            seconds.append(inside[1])
    if len(seconds) < 3 or any(b - a > _SHORT_CELL for a, b in seconds):
        return [span]
    return [(span[0], max(b for _, b in firsts)), (min(a for a, _ in seconds), span[1])]


def _with_empty_columns(spans: list[tuple[int, int]], header: list[_Line]) -> list[tuple[int, int]]:
    """`spans` and the columns only the header writes on: a heading clear of every column of figures heads a column
    this part of the table leaves empty ("So sánh (%)" over "Cùng kỳ | KH" on a page whose rows have no comparison),
    when the column of figures nearest it has a heading of its own on the same line ("Địa bàn" right of its short
    labels, "Ước TH/" left of its "x" are their headings)."""
    out = list(spans)
    for line in reversed(header):  # sub-headings first: the group heading above them overlaps them
        for start, end, _ in line.fields:
            if all(start >= b + 2 or end <= a - 2 for a, b in out):
                a, b = spans[_column_of(start, end, spans)]
                if any(min(b, e) > max(a, s) for s, e, _ in line.fields if (s, e) != (start, end)):
                    out.append((start, end))
            else:
                k = next((i for i, (a, b) in enumerate(out) if (a, b) not in spans and min(end, b) > max(start, a)), None)
                if k is not None:  # a word of a new column's heading ("kỳ" under "Cùng") widens it
                    out[k] = (min(start, out[k][0]), max(end, out[k][1]))
    return sorted(out)


def _column_of(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """The column a piece of text at [start, end) belongs to: the one it overlaps most, else the nearest."""
    def score(span: tuple[int, int]) -> tuple[int, float]:
        overlap = min(end, span[1]) - max(start, span[0])
        gap = max(span[0] - end, start - span[1], 0)
        return (overlap if overlap > 0 else 0, -gap - abs((start + end) / 2 - (span[0] + span[1]) / 2) / 1000)
    return max(range(len(spans)), key=lambda i: score(spans[i]))


def _cells(line: _Line, spans: list[tuple[int, int]]) -> list[str | None]:
    cells: list[str | None] = [None] * len(spans)
    for start, end, text in line.fields:
        c = _column_of(start, end, spans)
        cells[c] = text if cells[c] is None else f"{cells[c]} {text}"
    return [read_grid.text_cell(c) if c else None for c in cells]


def _header_cells(lines: list[str], spans: list[tuple[int, int]]) -> list[str | None]:
    """The header text of each column: a phrase of a line (words one space apart) goes whole to the column it
    overlaps ("Sơ bộ 2022", right-aligned over its figures, may start over the gap before them); a phrase over
    several columns goes word by word."""
    words: list[list[str]] = [[] for _ in spans]
    for li, line in enumerate(lines):
        below = {_column_of(a, b, spans) for later in lines[li + 1:] for a, b, _ in _fields(later)}
        fields = _fields(line)
        for start, end, text in fields:
            over = [i for i, (a, b) in enumerate(spans) if min(end, b) - max(start, a) >= 2]
            if len(over) < 2:
                over = _headed_below(start, end, fields, lines[li + 1:], spans)
            if len(over) >= 2 and set(over) <= below:
                # a group header over columns that have headers of their own below ("Thực hiện năm 2024" over
                # "Gia Lai (cũ) | Bình Định (cũ)"): repeated over each of them, as a merged cell is
                for i in over:
                    words[i].append(text)
                continue
            if sum(min(end, b) > max(start, a) for a, b in spans) <= 1:
                words[_column_of(start, end, spans)].append(text)
                continue
            for m in _WORD.finditer(line, start, end):
                words[_column_of(m.start(), m.end(), spans)].append(m.group())
    return [read_grid.text_cell(" ".join(w)) if w else None for w in words]


_GROUP_SLACK = 2  # a heading centred over its sub-headings may stop a character or two short of the outer ones


def _headed_below(start: int, end: int, fields: list[tuple[int, int, str]], later: list[str],
                  spans: list[tuple[int, int]]) -> list[int]:
    """The columns a header phrase at [start, end) heads as a group: two columns or more whose headings on the lines
    below lie under it ("So cùng kỳ (%)" centred over "Tháng 10 | 10 tháng", right of their figures), none of them
    with a heading of its own on the phrase's line; [] when it heads one column."""
    heads = [(a, b) for text in later for a, b, _ in _fields(text)
             if min(end + _GROUP_SLACK, b) > max(start - _GROUP_SLACK, a)]
    under = sorted({_column_of(a, b, spans) for a, b in heads})
    if len(under) < 2 or under[-1] - under[0] != len(under) - 1:
        return []
    left, right = min(a for a, _ in heads), max(b for _, b in heads)
    if abs((start + end) - (left + right)) / 2 > (right - left) / 4:
        return []  # not centred over them: the heading of one column, its neighbour's sub-heading close by
    own = {_column_of(a, b, spans) for a, b, _ in fields if (a, b) != (start, end)}
    return [] if own & set(under) else under


def _starts_a_table(line: _Line) -> bool:
    """A line between two runs of figures that begins another table: a header of three headings or more and no
    figure ("STT   Địa bàn   Dự toán   Quyết toán"); a row's label, unit and a word or two of a wrapped cell are
    fewer, and a row of words has its row number ("5   Tỷ lệ …   %   Đạt   Vượt")."""
    return len(line.fields) >= 3 and line.figures == 0 and not _ROW_NUMBER.match(line.fields[0][2])


_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[IVXLC]{1,5}|[A-Z])[.)]?$")


def _title_in_header(header: list[str], spans: list[tuple[int, int]], label: int | None) -> tuple[str, str] | None:
    """(the header's first line without it, the table's title) when that line begins with the title, printed beside
    the top of a column heading ("MỘT SỐ CHỈ TIÊU KINH TẾ CHỦ YẾU NĂM 2019      Tháng" over "12/2019 so với cùng
    kỳ"): a phrase of four words or more over the label column and another, both headed on the lines below."""
    if label is None or len(header) < 2:
        return None
    below = {_column_of(a, b, spans) for text in header[1:] for a, b, _ in _fields(text)}
    for start, end, text in _fields(header[0]):
        over = {i for i, (a, b) in enumerate(spans) if min(end, b) > max(start, a)}
        if len(text.split()) >= 4 and label in over and len(over) >= 2 and over <= below:
            return header[0][:start] + " " * (end - start) + header[0][end:], text
    return None


def _blocks(lines: list[_Line]) -> list[list[int]]:
    """The data lines of each table: data lines with at most MAX_GAP_LINES lines of text between them, and no line
    that begins another table."""
    blocks: list[list[int]] = []
    for i, line in enumerate(lines):
        if not _is_data(line):
            continue
        between = range(blocks[-1][-1] + 1, i) if blocks else range(0)
        if blocks and sum(1 for j in between if lines[j].fields) <= MAX_GAP_LINES \
                and not any(_starts_a_table(lines[j]) for j in between):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return [block for block in blocks if len(block) >= 2]  # one line of figures is a sentence or a total


def _header_top(lines: list[_Line], first: int, floor: int, spans: list[tuple[int, int]]) -> int:
    """The first line of the header above the data line `first` (`first` itself when there is none): the lines of
    two fields or more, or of a short indented field, going up to a caption, a gap of blank lines or `floor`."""
    top, j = first, first - 1
    while j > floor and first - j <= MAX_HEADER_LINES + 2:
        if lines[j].fields:
            if not _is_header_line(lines[j], spans):
                break
            top = j
        j -= 1
    return top


def _is_continuation(text: str) -> bool:
    """A label's next line ("trên địa bàn", "(GRDP)"), not a note under the table ("(*) Số liệu …", "(1) …")."""
    return (text[:1].islower() or text[:1] in "(-–") and not _NOTE_MARK.match(text)


def _capitals_go_on(label: str | None, text: str) -> bool:
    """Whether a line of capitals right under a row whose label is in capitals carries that label on ("TỔNG THU NGÂN
    SÁCH NHÀ NƯỚC TRÊN" / "ĐỊA BÀN"): a heading of its own would have its row number ("II   XÃ HỘI")."""
    return bool(label) and label.isupper() and text.isupper() and not any(ch.isdigit() for ch in text) \
        and not label.rstrip().endswith(":") and not text.rstrip().endswith(":")  # "TRONG ĐÓ:" heads the rows below


_NOTE_MARK = re.compile(r"\((?:\*+|\d{1,2}|[a-z])\)\s")


def _rows(lines: list[_Line], first: int, last: int, block: set[int], spans: list[tuple[int, int]],
          label: int | None) -> list[list[str | None]]:
    """The table rows between lines `first` and `last`. A data line is a row. A line with text in the label column
    alone continues the row above when it starts in lower case or with "(" ("trên địa bàn"); it starts the row
    below when that row's label is empty or continues it (a label wrapped around figures centred in the row);
    otherwise it is a row of its own ("II. XÃ HỘI", "Trong đó:")."""
    rows: list[list[str | None]] = []
    carried: str | None = None  # label text waiting for the data line below
    heads: dict[int, str] = {}  # the first line of other cells waiting for the data line below ("Doanh" / "nghiệp")
    for i in range(first, last + 1):
        if not lines[i].fields:
            continue
        cells = _cells(lines[i], spans)
        if i in block:
            if carried is not None and label is not None:
                cells[label] = f"{carried} {cells[label]}" if cells[label] else carried
            for c, text in heads.items():
                cells[c] = f"{text} {cells[c]}"
            rows.append(cells)
            carried, heads = None, {}
            continue
        if label is not None and cells[label] is None and lines[i].figures == 0 and (i + 1) in block:
            # a unit cell wrapped around the row's line, its first word on the line above ("Doanh" over "Số doanh
            # nghiệp thành lập mới   nghiệp   3.120"): the cell below it goes on in lower case
            below_cells = _cells(lines[i + 1], spans)
            if all(text is None or (below_cells[c] and _is_continuation(below_cells[c])) for c, text in enumerate(cells)):
                heads = {c: text for c, text in enumerate(cells) if text is not None}
                continue
        label_only = label is not None and cells[label] is not None and sum(c is not None for c in cells) == 1
        if rows and carried is None and (i - 1) in block and _cells_go_on(lines[i], cells, rows[-1]) \
                and (label is None or cells[label] is None):
            rows[-1] = [c if t is None else f"{c} {t}" for c, t in zip(rows[-1], cells)]
            continue
        if label_only and rows and carried is None and (i - 1) in block and label > 0 \
                and _capitals_go_on(rows[-1][label], cells[label]):
            rows[-1][label] = f"{rows[-1][label]} {cells[label]}"
            continue
        if label_only and _is_continuation(cells[label]) and (rows or carried):
            if carried is not None:
                carried = f"{carried} {cells[label]}"
            else:
                rows[-1][label] = f"{rows[-1][label]} {cells[label]}" if rows[-1][label] else cells[label]
            continue
        below = next((j for j in range(i + 1, last + 1) if lines[j].fields), None)
        if label_only and below in block:
            below_label = _cells(lines[below], spans)[label]
            if below_label is None or _is_continuation(below_label):
                carried = cells[label] if carried is None else f"{carried} {cells[label]}"
                continue
        if carried is not None:
            rows.append([carried if c == label else None for c in range(len(spans))])
            carried = None
        rows.append(cells)
    return rows


def _trailing_header(text: str) -> tuple[list[str], list[str]]:
    """(header lines, the two lines of caption above them) a page ends with: a table's header the page break cut
    from its rows ("Chỉ tiêu   Quảng Bình   Quảng Trị   Quý   Ước 9 tháng" as the last line of the page)."""
    raw = [ln.rstrip() for ln in text.split("\n")]
    while raw and not raw[-1].strip():
        raw.pop()
    k = len(raw)
    while k > 0 and len(raw) - k < MAX_HEADER_LINES and raw[k - 1].strip():
        line = _Line(_fields(raw[k - 1]))
        if len(line.fields) < 2 or line.values:
            break
        k -= 1
    if k == len(raw):
        return [], []
    above = [ln.strip() for ln in raw[:k] if ln.strip()][-2:]
    return raw[k:], above


def _page_tables(page: int, text: str, doc_title: str, carry: _Table | None,
                 lead: tuple[list[str], list[str]] = ([], []), scale: float = 1.0) -> list[_Table]:
    """The tables of one page. `carry` is the last table of the page before: a table at the top of this page with
    no header continues it, read with its columns (a position here times `scale` is one on the page before). `lead`
    is the header (and caption) the page before ended with: the header of a table at the top of this page begins
    there."""
    raw = [ln.rstrip() for ln in text.split("\n")]
    lines = [_Line(_fields(ln)) for ln in raw]
    first_text = next((k for k, line in enumerate(lines) if line.fields), len(lines))
    tables: list[_Table] = []
    floor = -1  # the last line of the table above
    for block in _blocks(lines):
        first, last = block[0], block[-1]
        spans = _columns([lines[i] for i in block])
        top = _header_top(lines, first, floor, spans)
        # header lines have a word above a value column; lines below the last of them are rows ("I. KINH TẾ")
        label = _label_column(lines, block, spans)
        bottom = top
        for k in range(top, first):
            if any(c != label and c > 0 for c in (_column_of(s, e, spans) for s, e, _ in lines[k].fields)):
                bottom = k + 1
        if label is not None:
            widened = _with_empty_columns(spans, [lines[k] for k in range(top, bottom)])
            spans, label = widened, widened.index(spans[label])
        last = _wrapped_tail(lines, last, spans, label)
        if bottom == top and not tables and carry is not None and carry.page == page - 1:
            spans, label = carry.spans, carry.label  # the table of the page before goes on
            carry.rows.extend(_rows(_rescaled(lines, scale), top, last, set(block), spans, label))
            carry.places.append((page, top, last))
            carry.rows.extend(_notes_under(raw, last, len(spans)))
            floor = last
            continue
        # the caption: up to four lines above, not reaching into the table above ("204. Vốn đầu tư …" / its English
        # line / "Đơn vị tính - Unit: Tỷ đồng")
        above = [raw[k].strip() for k in range(top - 1, floor, -1) if raw[k].strip()][:4]
        header_lines = [raw[k] for k in range(top, bottom)]
        if header_lines and (title := _title_in_header(header_lines, spans, label)):
            header_lines[0] = title[0]
            above.insert(0, title[1])
        if not tables and top == first_text and lead[0]:  # the header began at the foot of the page before
            header_lines, above = lead[0] + header_lines, list(reversed(lead[1]))
        table = _Table(page, spans, label, "\n".join(dict.fromkeys(t for t in (doc_title, *reversed(above)) if t)))
        table.header_cells = _header_cells(header_lines, spans)
        if not tables and not above and carry is not None and carry.page == page - 1 \
                and [h for h in table.header_cells if h] == [h for h in carry.header_cells if h]:
            table.caption = carry.caption  # the header repeated at the top of the next page: the same table, its title
        table.rows = _rows(lines, bottom, last, set(block), spans, label)
        table.places.append((page, top, last))
        table.rows.extend(_notes_under(raw, last, len(spans)))
        tables.append(table)
        floor = last
    return tables


_NOTE_LINE = re.compile(r"(?:(?:ghi chú|chú thích)\s*:\s*)?\((?:\*+|\d)\)\s", re.IGNORECASE)


def _notes_under(raw: list[str], last: int, width: int) -> list[list[str | None]]:
    """The footnotes right under a table ("(*) Số liệu sơ bộ …", "Ghi chú: (1) …") as rows of it, their text in the
    first cell, as a workbook has them: the row or column marked "(*)" reads its note (`table_layout`). The text
    keeps them too."""
    notes: list[list[str | None]] = []
    for text in (ln.strip() for ln in raw[last + 1:last + 6]):
        if not text:
            continue
        if not _NOTE_LINE.match(text):
            break
        notes.append([" ".join(text.split())] + [None] * (width - 1))
    return notes


_SAME_SCALE = 0.03  # pages whose character widths differ less are printed at one scale


def _rescaled(lines: list[_Line], scale: float) -> list[_Line]:
    """`lines` with their positions times `scale` (the positions of the page before, printed at another scale)."""
    if abs(scale - 1) < _SAME_SCALE:
        return lines
    return [_Line([(int(a * scale), max(int(a * scale) + 1, round(b * scale)), t) for a, b, t in line.fields])
            for line in lines]


def _wrapped_tail(lines: list[_Line], last: int, spans: list[tuple[int, int]], label: int | None) -> int:
    """`last`, or the line below it when that line only carries on the last row's label ("y tế" under "Tỷ lệ dân số
    tham gia bảo hiểm"): the table ends there, not one line short."""
    j = last + 1
    while label is not None and j < len(lines) and j - last <= 2:
        if not lines[j].fields:
            j += 1
            continue
        cells = _cells(lines[j], spans)
        label_goes_on = cells[label] is not None and sum(c is not None for c in cells) == 1 \
            and _is_continuation(cells[label])
        if not label_goes_on and not (j == last + 1 and _cells_go_on(lines[j], cells, _cells(lines[last], spans))):
            break
        last, j = j, j + 1
    return last


def _cells_go_on(line: _Line, cells: list[str | None], above: list[str | None]) -> bool:
    """Whether a line without figures right under a row only carries on that row's cells in lower case ("nghiệp"
    under the unit "Doanh", "đồng" under "Triệu"), every one under a cell of the row."""
    return line.figures == 0 and any(c is not None for c in cells) and all(
        c is None or (above[k] is not None and _is_continuation(c)) for k, c in enumerate(cells))


def _label_column(lines: list[_Line], block: list[int], spans: list[tuple[int, int]]) -> int | None:
    """The column where the data lines hold the most text that is not a figure: the labels."""
    counts = [0] * len(spans)
    for i in block:
        for start, end, text in lines[i].fields:
            if not _FIGURE.match(text):
                counts[_column_of(start, end, spans)] += len(text)
    best = max(range(len(spans)), key=counts.__getitem__, default=None)
    return best if best is not None and counts[best] else None


@dataclass
class PdfTable:
    grid: read_grid.Grid  # a header row, then a row per table row
    places: list[tuple[int, int, int]]  # (page from 1, first line, last line) of the layout text it was read from


def tables_from_layout(pages: list[str], doc_title: str = "",
                       char_widths: list[float | None] | None = None) -> list[PdfTable]:
    """The tables of a PDF's pages printed in pypdf's layout mode (`page.extract_text(extraction_mode="layout")`).
    A headerless table at the top of a page continues the last table of the page before, with its columns; any
    other table without a header comes back with an empty header row (the caller tells it is no table to read).
    `char_widths` are the pages' character widths in points: a page printed at another scale than the page before
    (a page of figures has narrower characters on average than one of prose) is read in the scale of the table it
    continues."""
    found: list[_Table] = []
    lead: tuple[list[str], list[str]] = ([], [])
    widths = char_widths or []
    for page_no, text in enumerate(pages, start=1):
        here, before = (widths[page_no - 1], widths[page_no - 2]) if 1 < page_no <= len(widths) else (None, None)
        scale = here / before if here and before else 1.0
        found.extend(_page_tables(page_no, text, doc_title, found[-1] if found else None, lead, scale))
        lead = _trailing_header(text)
    out: list[PdfTable] = []
    per_page: dict[int, int] = {}
    for table in found:
        per_page[table.page] = per_page.get(table.page, 0) + 1
        grid = read_grid.Grid(f"Trang {table.page}, bảng {per_page[table.page]}", "xlsx",
                              [table.header_cells, *table.rows], caption=table.caption)
        out.append(PdfTable(grid, table.places))
    return out


_GUTTER = 4  # blank characters between the two columns of a newspaper page, at the least
_BLANKS = re.compile(r" {%d,}" % _GUTTER)
_PROSE_RUN = re.compile(r"(?:[^\W\d_]+[,.;:]?\s{1,2}){3}[^\W\d_]+")  # four words in a row: a line of prose


def one_column(page: str) -> str:
    """A page printed in two columns of text (a newspaper's page) as one: the lines above the columns, the left
    column's lines, then the right column's, then the lines below; any other page as it is. The two columns are the
    run of lines that all leave the same `_GUTTER` blank, most of them with prose on both sides of it."""
    lines = page.split("\n")
    width = max((len(ln) for ln in lines), default=0)
    gap = " " * _GUTTER
    if sum(gap in ln[width // 4:3 * width // 4 + _GUTTER] and ln.strip() != "" for ln in lines) < 6:
        return page  # a page of prose in one column: no gutter down its middle
    # where each line's prose ends first and begins last: prose on both sides of x if the first ends before x and the
    # last begins after it (a run of words cannot cross a gutter the line leaves blank)
    prose = []
    for line in lines:
        runs = [(m.start(), m.end()) for m in _PROSE_RUN.finditer(line)] if line.strip() else []
        prose.append((min(e for _, e in runs), max(b for b, _ in runs)) if runs else (width + 1, -1))
    # the gutters each line with prose apart on both sides leaves: the places worth trying
    tries = [0] * (width + 1)
    for line, (end, begin) in zip(lines, prose):
        if end + _GUTTER <= begin:
            for m in _BLANKS.finditer(line, end, begin):
                for x in range(m.start(), m.end() - _GUTTER + 1):
                    tries[x] += 1
    best: tuple[int, int, int, int] | None = None  # (lines with prose on both sides, gutter, first line, last line)
    for x in (x for x in range(width // 4, 3 * width // 4) if tries[x] >= 6):
        first = both = 0
        for i, line in enumerate(lines + ["\0" * width]):  # a sentinel line crosses every gutter
            if i < len(lines) and not line.strip():
                continue
            if line[x:x + _GUTTER].strip():  # the line crosses the gutter: the run ends
                if best is None or both > best[0]:
                    best = (both, x, first, i - 1)
                first, both = i + 1, 0
            elif prose[i][0] <= x <= prose[i][1]:
                both += 1
    if best is None or best[0] < 6:
        return page
    both, x, first, last = best
    body = [ln for ln in lines[first:last + 1] if ln.strip()]
    if both * 2 < len(body):
        return page
    right = min(x + len(ln[x:]) - len(ln[x:].lstrip()) for ln in body if ln[x:].strip())
    left_lines = [ln[:x].rstrip() for ln in lines[first:last + 1]]
    right_lines = [ln[right:].rstrip() for ln in lines[first:last + 1]]
    return "\n".join(lines[:first] + left_lines + right_lines + lines[last + 1:])

