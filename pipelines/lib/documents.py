"""Narrative documents as plain text: .txt, .md, .html/.htm, .docx, .doc (Word 97–2003), .pdf (its text layer).

`read_document(path)` returns the text a person reads (navigation, scripts,
styles, figure captions and Markdown markup removed; DOCX and DOC paragraphs and table
rows in body order), its title, and the date the document gives itself, if
any. The text is `vn_text.canonical` (NFC, one tone-mark placement), and
character spans reported by the extractor are offsets into exactly this text.

A DOCX, DOC or HTML table with an indicator header and a value column ("STT | Chỉ
tiêu | Đơn vị tính | Thực hiện 2022 | …", the appendix of a People's Committee
report) is not flattened into the text: it comes back as a grid
(`Document.tables`, merged cells filled and marked) for the table parser,
captioned with the document's title and the lines just above it. A PDF's
tables are rebuilt from the positions of their text (`pdf_tables`) and come
back the same way; their lines leave the prose. Text typed in
TCVN3 (.VnTime fonts) or VNI is turned into Unicode first (`legacy_encoding`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from pipelines.lib import (legacy_encoding, parse_period_rows, parse_province_rows, pdf_tables, read_grid, table_layout, vn_numbers,
                           vn_text, word97)

KINDS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".docx": "docx", ".doc": "doc", ".pdf": "pdf"}


@dataclass
class Document:
    text: str  # plain text, canonical (NFC + one tone-mark placement)
    title: str
    kind: str  # txt, md, html, docx, doc, pdf
    date: dt.date | None  # the date the document states (or its HTML metadata), None when it states none
    lang: str  # "vi" or "en"
    tables: list = field(default_factory=list)  # read_grid.Grid of each DOCX or HTML table with an indicator header
    notes: list = field(default_factory=list)  # tables of figures read as text, each as a skipped row saying why


class DocumentError(ValueError):
    """A document that cannot be read; the message says what to fix."""


# ------------------------------------------------------------------ dates
_DMY = r"(?P<d>[0-3]?\d)\s*[/.\-]\s*(?P<m>[01]?\d)\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)"
_WORDY = r"(?P<d2>[0-3]?\d)\s+tháng\s+(?P<m2>[01]?\d)\s*,?\s+năm\s+(?P<y2>(?:19|20)\d\d)"
_ISO = r"(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
_ANY_DATE = re.compile(rf"(?<![\d/.\-])(?:{_DMY}|{_WORDY}|{_ISO})(?![\d/])", re.IGNORECASE)
# A date the document gives as its own: after a label, or "<place>, ngày ... tháng ... năm ...".
_LABELLED = re.compile(
    r"(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày ban hành|xuất bản|thời gian|updated?|published|posted|date)"
    r"\s*:?\s*(?:lúc\s*)?(?:\d{1,2}:\d{2}\s*(?:,\s*)?)?(?:\w+\s*,\s*)?(?:ngày\s+)?$",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(r"[A-ZĐÂĂÊÔƠƯ][^\n,]{1,40},\s*ngày\s+$")


def _date_of(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    for d, mo, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if g.get(y):
            try:
                return dt.date(int(g[y]), int(g[mo]), int(g[d]))
            except ValueError:
                return None
    return None


def find_date(text: str, head_chars: int = 1500) -> dt.date | None:
    """The date a document gives itself.

    A labelled date ("Cập nhật: 30/03/2023 09:15", "Hà Nội, ngày 15 tháng 12 năm
    2023", "Published: 2023-03-30") anywhere wins; else the first date in the
    first `head_chars` characters; else None. Dates in the body ("đến ngày
    31/12/2023") are never taken for the document's date.
    `head_chars=0` takes labelled dates only.
    """
    text = vn_text.nfc(text)
    first_in_head = None
    for m in _ANY_DATE.finditer(text):
        date = _date_of(m)
        if date is None:
            continue
        before = text[max(0, m.start() - 60): m.start()]
        if _LABELLED.search(before) or _PLACE_DATE.search(before):
            return date
        if first_in_head is None and m.start() < head_chars:
            first_in_head = date
    return first_in_head


# ------------------------------------------------------------------ HTML
_SKIP_TAGS = {"script", "style", "nav", "noscript", "iframe", "svg", "form", "button", "figcaption", "aside",
              "footer", "header", "template", "select", "menu"}
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table",
               "ul", "ol", "blockquote", "dt", "dd", "main", "figure", "pre", "hr"}
# Inside a table, a class such as "table-header" names a header row, not a page's header: never junk.
_TABLE_PARTS = {"thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_JUNK_WORDS = ("nav", "menu", "breadcrumb", "sidebar", "footer", "header", "share", "social", "related", "comment",
               "advert", "banner", "caption", "cookie")
# a class of the article itself, whatever else it says: "article__header" holds the headline and the lead
_CONTENT_WORDS = {"article", "entry", "post", "detail", "content", "story", "body", "main", "title", "sapo",
                  "lead", "summary", "chapeau", "text"}
_CLASS_PART = re.compile(r"[a-z]+")


# the same furniture as Vietnamese sites name it: "tin-lien-quan" (related news), "binh-luan" (comments), "chia-se"
# (share), "quang-cao" (advertising), "xem-them" / "doc-them" / "tin-khac" (more to read)
_JUNK_WORDS_VI = ("lienquan", "binhluan", "chiase", "quangcao", "xemthem", "docthem", "tinkhac")


def _is_junk_class(classes: str) -> bool:
    """Whether a class or id names page furniture: one of its names has a part starting with a junk word
    ("site-header", "navbar", "share-buttons") or holds a Vietnamese one ("box-tin-lien-quan"), and no part naming
    the article ("article__header", "header-content")."""
    for name in classes.lower().split():
        parts = _CLASS_PART.findall(name)
        junk = any(p.startswith(_JUNK_WORDS) for p in parts) or any(w in "".join(parts) for w in _JUNK_WORDS_VI)
        if junk and not _CONTENT_WORDS.intersection(parts):
            return True
    return False


_META_DATE_NAMES = {"article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
                    "og:published_time", "datepublished", "article:modified_time"}


_SOURCE_WHITESPACE = re.compile(r"\s*\n\s*")


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_stack: list[str] = []  # open tags whose content is dropped
        self.title = ""
        self.h1 = ""
        self._in_title = False
        self._in_h1 = False
        self.meta_date: dt.date | None = None
        self._cells = 0
        self.tables: list[_HtmlTable] = []  # open tables, innermost last
        self.grids: list = []  # read_grid.Grid of each closed table with an indicator header
        self.notes: list[dict] = []  # tables of figures left in the text (`_table_note`)
        self._closed = 0  # tables closed so far, for the notes' locators
        self._pre = 0  # open <pre> tags: their line breaks are kept

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name in _META_DATE_NAMES and self.meta_date is None:
                m = _ANY_DATE.search(a.get("content", ""))
                self.meta_date = _date_of(m) if m else None
            return
        if tag == "time" and self.meta_date is None and a.get("datetime"):
            m = _ANY_DATE.search(a["datetime"])
            self.meta_date = _date_of(m) if m else None
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS and not self.skip_stack:
                self.parts.append("\n")
            return
        junk = tag in _SKIP_TAGS or "hidden" in a or tag not in _TABLE_PARTS and (
            _is_junk_class(a.get("class", "") + " " + a.get("id", ""))
            or a.get("role", "") in {"navigation", "banner", "contentinfo"})
        if self.skip_stack or junk:
            self.skip_stack.append(tag)
            return
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag == "pre":
            self._pre += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "tr":
            self._cells = 0
        if tag in {"td", "th"}:
            if self._cells:
                self.parts.append(" | ")
            self._cells += 1
        if tag == "table":
            self.tables.append(_HtmlTable(len(self.parts)))
        elif self.tables:
            self.tables[-1].start(tag, a)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            # close the innermost matching skipped tag (tolerates unclosed children)
            for i in range(len(self.skip_stack) - 1, -1, -1):
                if self.skip_stack[i] == tag:
                    del self.skip_stack[i:]
                    break
            return
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag == "table" and self.tables:
            self._close_table(self.tables.pop())
        elif self.tables:
            self.tables[-1].end(tag)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def _close_table(self, table: "_HtmlTable") -> None:
        """A table with an indicator header leaves the text and becomes a grid, captioned with the page's title
        and the two lines above it; any other table stays in the text, one line per row."""
        grid = table.grid(f"Bảng {len(self.grids) + 1}")
        self._closed += 1
        if grid is None or not _is_indicator_table(grid):
            if grid is not None and (note := _table_note(grid, f"bảng thứ {self._closed} của trang")):
                self.notes.append(note)
            return
        before = [ln.strip() for ln in "".join(self.parts[:table.first_part]).split("\n") if ln.strip()]
        caption = [table.caption_text()] if table.caption_text() else []
        grid.caption = "\n".join(dict.fromkeys([" ".join((self.h1 or self.title).split()), *before[-2:], *caption]))
        del self.parts[table.first_part:]
        self.grids.append(grid)

    def handle_data(self, data: str) -> None:
        if self.skip_stack:
            return
        if self._in_title:
            self.title += data
            return  # the <title> is metadata, not body text
        if self._in_h1:
            self.h1 += data
        if self.tables:
            self.tables[-1].data(data)
        # a line break in the page's source is a space, as a browser shows it ("… (GRDP) năm\n2021 …"); the
        # paragraphs come from the block tags, and a <pre> keeps its lines
        self.parts.append(data if self._pre else _SOURCE_WHITESPACE.sub(" ", data))


class _HtmlTable:
    """The cells of one HTML table as they come, laid out into a grid at the end with their col/rowspans."""

    def __init__(self, first_part: int) -> None:
        self.first_part = first_part  # where its text starts in _HtmlText.parts
        self.rows: list[list[tuple[str, int, int]]] = []  # (text, colspan, rowspan) per cell
        self.cell: list[str] | None = None
        self.spans = (1, 1)
        self.caption: list[str] = []  # the text of its <caption> ("… (Đơn vị tính: Nghìn USD)")
        self.in_caption = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "caption":
            self.in_caption = True
        elif tag == "tr":
            self.rows.append([])
        elif tag in {"td", "th"}:
            if not self.rows:
                self.rows.append([])
            self.cell = []
            self.spans = (_span(attrs.get("colspan")), _span(attrs.get("rowspan")))

    def data(self, text: str) -> None:
        if self.cell is not None:
            self.cell.append(text)
        elif self.in_caption:
            self.caption.append(text)

    def caption_text(self) -> str:
        return " ".join("".join(self.caption).split())

    def end(self, tag: str) -> None:
        if tag == "caption":
            self.in_caption = False
        if tag in {"td", "th"} and self.cell is not None:
            self.rows[-1].append((" ".join("".join(self.cell).split()), *self.spans))
            self.cell = None

    def grid(self, name: str):
        """A read_grid.Grid, a spanned cell's text repeated over its range and marked filled; None if empty."""
        if not any(self.rows):
            return None
        grid = read_grid.Grid(name, "xlsx", [])
        below: dict[tuple[int, int], str | None] = {}  # cells a rowspan from a row above covers
        for r, cells in enumerate(self.rows):
            row: list = []

            def fill_from_above() -> None:
                while (r, len(row)) in below:
                    grid.filled.add((r, len(row)))
                    row.append(below.pop((r, len(row))))

            for text, colspan, rowspan in cells:
                fill_from_above()
                value = read_grid.text_cell(text)
                for dc in range(colspan):  # a colspan's cells repeat the origin's text, marked filled
                    if dc:
                        grid.filled.add((r, len(row)))
                    for dr in range(1, rowspan):
                        below[(r + dr, len(row))] = value
                    row.append(value)
            fill_from_above()
            grid.rows.append(row)
        return grid


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def html_to_text(html: str) -> tuple[str, str, dt.date | None, list, list]:
    """(body text, title, date from metadata, tables, notes) of an HTML page; tables and notes as `docx_to_text`
    gives them."""
    p = _HtmlText()
    p.feed(html)
    p.close()
    text = _tidy("".join(p.parts))
    title = " ".join((p.h1 or p.title).split())
    return text, title, p.meta_date, p.grids, p.notes


# ------------------------------------------------------------------ Markdown
_MD_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images (their alt text is a caption)
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links → their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML tags
]
_MD_RULES = [
    (re.compile(r"^```.*?^```\s*$", re.MULTILINE | re.DOTALL), ""),  # code fences
    *_MD_INLINE[:2],  # images and links before the line rules: a link may start a line
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE), ""),  # list markers
    (re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.MULTILINE), ""),  # table separator rows
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE), ""),  # rules
    *_MD_INLINE[2:],
]


# A list of links a news page ends with ("Bài liên quan", "Tin khác"): other articles' headlines, not this one's
_RELATED = re.compile(r"^\W*(?:bài liên quan|tin liên quan|tin khác|tin cùng chuyên mục|xem thêm|đọc thêm|related(?: articles| news)?)"
                      r"\W*$", re.IGNORECASE | re.MULTILINE)


def markdown_to_text(md: str) -> tuple[str, str, list, list]:
    """(text, title, tables, notes): Markdown markup removed; the first heading is the title; a closing list of
    related articles is dropped; a pipe table ("| Chỉ tiêu | Ước 9 tháng 2025 |" over "|---|---|") is a grid for the
    table parser when it has an indicator header, else its rows stay in the text, as `docx_to_text` does."""
    m = re.search(r"^\s{0,3}#\s+(.+)$", md, re.MULTILINE)
    title = m.group(1).strip() if m else ""
    if related := _RELATED.search(md):
        md = md[:related.start()]
    blocks: list[tuple[str, object, bool]] = []
    prose: list[str] = []

    def flush() -> None:
        text = unwrap("\n".join(prose))  # a paragraph wrapped in the source is one line (a soft break is a space)
        for rx, repl in _MD_RULES:
            text = rx.sub(repl, text)
        blocks.extend(("p", line, False) for line in text.split("\n"))
        prose.clear()

    lines = md.split("\n")
    i = 0
    while i < len(lines):
        if "|" in lines[i] and i + 1 < len(lines) and _MD_TABLE_RULE.match(lines[i + 1]):
            rows = [_md_cells(lines[i])]
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append(_md_cells(lines[i]))
                i += 1
            flush()
            width = max(len(r) for r in rows)
            grid = read_grid.Grid(f"Bảng {sum(b[0] == 'table' for b in blocks) + 1}", "xlsx",
                                  [r + [None] * (width - len(r)) for r in rows])
            blocks.append(("table", grid, False))
            continue
        prose.append(lines[i])
        i += 1
    flush()
    return _assemble(blocks, title)


_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # "|---|:---:|"


def _md_cells(line: str) -> list:
    """The cells of a pipe table's row, their inline markup removed ("**7,5**" → "7,5"); None for an empty one."""
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    cells = []
    for cell in line.split("|"):
        for rx, repl in _MD_INLINE:
            cell = rx.sub(repl, cell)
        cells.append(read_grid.text_cell(cell))
    return cells


# ------------------------------------------------------------------ DOCX
def docx_to_text(path: Path) -> tuple[str, str, list, list]:
    """(text, title, tables, notes): paragraphs and table rows in body order, cells joined with " | "; a table with
    an indicator header is left out of the text and returned as a grid instead (see the module docstring); a table
    of figures without one stays in the text, and a note (a skipped row) says so."""
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        d = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds on a damaged file
        raise DocumentError(f"not a readable .docx file ({exc.__class__.__name__}: {exc}); re-save it from Word") from exc
    blocks: list[tuple[str, object, bool]] = []  # ("p", text, styled as a title) or ("table", grid, False)
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, d)
            styled = para.style is not None and (para.style.name or "").lower().startswith(("title", "heading"))
            blocks.append(("p", para.text, styled))
        elif tag == "tbl":
            blocks.append(("table", _docx_grid(Table(child, d), f"Bảng {sum(b[0] == 'table' for b in blocks) + 1}"),
                           False))
    return _assemble(blocks, (d.core_properties.title or "").strip())


def doc_to_text(path: Path) -> tuple[str, str, list, list]:
    """`docx_to_text` for a Word 97–2003 .doc (`word97` reads its text and tables)."""
    try:
        found = word97.read_blocks(path)
    except word97.Word97Error as exc:
        raise DocumentError(str(exc)) from exc
    except Exception as exc:  # a damaged file: struct, index or OLE errors
        raise DocumentError(f"not a readable .doc file ({exc.__class__.__name__}: {exc}); open it in Word and save "
                            "it as .docx") from exc
    blocks: list[tuple[str, object, bool]] = []
    for kind, content in found:
        if kind == "p":
            blocks.append(("p", content, False))
        else:
            blocks.append(("table", _word97_grid(content, f"Bảng {sum(b[0] == 'table' for b in blocks) + 1}"), False))
    return _assemble(blocks, "")


def _tab_separated(raw: str, name: str) -> tuple[str, list]:
    """(text, tables) of a .txt file: a table saved by Excel as "Unicode Text" (every row a line, cells separated by
    tabs) is read as a table when the table parser can read it (its rows located "row 7, col 3"); its title rows
    stay as the text. Any other text is returned as it is, with no table."""
    lines = raw.splitlines()
    if sum(line.count("\t") >= 2 for line in lines) < 3:
        return raw, []
    import csv
    import io

    rows = [[read_grid.text_cell(cell) for cell in row] for row in csv.reader(io.StringIO(raw), delimiter="\t")]
    grid = read_grid.Grid(name, "csv", rows)
    if not _is_indicator_table(grid):
        return raw, []
    header = table_layout.find_header(grid)
    above = rows[:header] if header is not None else []
    return "\n".join(" ".join(c for c in row if c) for row in above), [grid]


_RULE_LINE = re.compile(r"^\s*[-=_─━]{10,}\s*$")  # "-------" above and below a table typed in a text file
_COLUMN_END = re.compile(r"\S(?:\s{2,}|$)")  # the end of a cell in a line of columns of spaces


def _text_blocks(raw: str) -> list[tuple[str, object, bool]]:
    """The paragraphs and tables of a plain-text report, in order (as `_assemble` takes them): lines with tabs
    between their cells, or lines between rules ("-----") whose columns are separated by two spaces or more at the
    same places on every line, are a table; every other line is a paragraph."""
    lines = raw.splitlines()
    blocks: list[tuple[str, object, bool]] = []
    i = 0
    while i < len(lines):
        j = i
        if lines[i].count("\t") >= 2:
            while j < len(lines) and lines[j].count("\t") >= 1:
                j += 1
            rows = [[read_grid.text_cell(c) for c in line.split("\t")] for line in lines[i:j]]
        elif _RULE_LINE.match(lines[i]):
            while j < len(lines) and (_RULE_LINE.match(lines[j]) or len(_COLUMN_END.findall(lines[j])) >= 3):
                j += 1
            rows = _fixed_width_rows([line for line in lines[i:j] if not _RULE_LINE.match(line)])
        else:
            rows = []
        if len(rows) >= 2:
            width = max(len(r) for r in rows)
            name = f"Bảng {sum(b[0] == 'table' for b in blocks) + 1}"
            blocks.append(("table", read_grid.Grid(name, "xlsx", [r + [None] * (width - len(r)) for r in rows]), False))
            i = j
            continue
        blocks.append(("p", lines[i], False))
        i += 1
    return blocks


def _fixed_width_rows(lines: list[str]) -> list[list]:
    """The cells of lines laid out in columns of spaces: a column ends where every line has two spaces or more."""
    width = max((len(line) for line in lines), default=0)
    blank = [all(k >= len(line) or line[k] == " " for line in lines) for k in range(width)]
    spans, start, k = [], None, 0
    while k <= width:
        gutter = k == width or (blank[k] and (k + 1 >= width or blank[k + 1]))
        if not gutter and start is None:
            start = k
        elif gutter and start is not None:
            spans.append((start, k))
            start = None
        k += 1
    return [[read_grid.text_cell(line[a:b]) for a, b in spans] for line in lines]


def _doc_kind(path: Path) -> str:
    """What a file named .doc holds: "doc" (Word 97–2003), or "docx" or "html" when a newer Word file or a page
    saved by Word as a web page was given the old extension; RTF is refused with what to do."""
    with path.open("rb") as f:
        head = f.read(1024)
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.lstrip().startswith(b"{\\rtf"):
        raise DocumentError("an RTF file named .doc: open it in Word and save it as .docx")
    if b"<html" in head.lower() or head.lstrip().lower().startswith(b"<!doctype html"):
        return "html"
    return "doc"


# a footnote's line, led by its marker: "(1) Số liệu năm 2019 là số liệu sơ bộ", "(*) …", "Ghi chú: (1) …"
_FOOTNOTE_LINE = re.compile(r"(?:(?:ghi chú|chú thích|chú giải)\s*:\s*)?\((?:\*+|\d)\)", re.IGNORECASE)
_NOTES_HEAD = re.compile(r"(?:ghi chú|chú thích|chú giải)\s*:?", re.IGNORECASE)


def _assemble(blocks: list[tuple[str, object, bool]], stated_title: str) -> tuple[str, str, list, list]:
    """(text, title, tables, notes) of a Word document's paragraphs and tables in body order: the title is the
    first paragraph styled as a title or heading, else the title the file states, else its first line."""
    lines: list[str] = []
    title = ""
    tables: list = []
    notes: list[dict] = []
    seen = 0  # tables met so far
    footnoted = None  # the table of indicators just above, while the paragraphs below it are its footnotes
    for kind, content, styled in blocks:
        if kind == "p":
            t = content.strip()
            if t:
                if not title and styled:
                    title = t
                lines.append(t)
                # a footnote below a table ("Ghi chú: (1) Số liệu sơ bộ.") is a row of it, as in a workbook, so
                # that the column marked "(1)" reads it (`table_layout`); the text keeps it too
                if footnoted is not None and _FOOTNOTE_LINE.match(t):
                    note = t[t.index("("):]  # "(1) Số liệu sơ bộ.", without the "Ghi chú:" before it
                    footnoted.rows.append([note] + [None] * (footnoted.width - 1))
                elif footnoted is None or not _NOTES_HEAD.fullmatch(t):  # "Ghi chú:" alone: the notes follow
                    footnoted = None
            continue
        footnoted = None
        grid = content
        seen += 1
        # the letterhead ("UBND TỈNH ĐẮK NÔNG") and the lines just above: "PHỤ LỤC … NĂM 2023", "(Kèm theo …)"; known
        # before asking whether it is a table of indicators ("Thu hút FDI theo địa phương" over "Tổng vốn đăng ký")
        grid.caption = "\n".join(dict.fromkeys(lines[:1] + lines[-2:]))
        if _is_indicator_table(grid):
            tables.append(grid)
            footnoted = grid
            continue
        if note := _table_note(grid, f"bảng thứ {seen} của văn bản"):
            notes.append(note)
        for row in grid.rows:
            cells: list[str] = []
            for cell in row:
                t = cell or ""
                if not cells or cells[-1] != t:  # merged cells repeat their text
                    cells.append(t)
            lines.append(" | ".join(cells))
    if not title:
        title = stated_title or next((ln for ln in lines if ln), "")
    code = legacy_encoding.font_code("\n".join(lines))  # typed with .VnTime or VNI fonts
    if code:
        lines, title = [legacy_encoding.to_unicode(ln, code) for ln in lines], legacy_encoding.to_unicode(title, code)
        for grid in tables:
            grid.caption = legacy_encoding.to_unicode(grid.caption, code)
    else:  # a soft hyphen is "ư" in TCVN3 text only; in Unicode text it is an invisible hint, and would split words
        lines, title = [ln.replace("\xad", "") for ln in lines], title.replace("\xad", "")
    for grid in tables:
        grid.caption = vn_text.canonical("\n".join(dict.fromkeys(t for t in (title, *grid.caption.split("\n")) if t)))
    return _tidy("\n".join(lines)), title, tables, notes


def _is_indicator_table(grid) -> bool:
    """Whether the table parser reads `grid`: a header row naming the indicator column ("Chỉ tiêu") and at least
    one value column ("Thực hiện 2022", "Ước tháng 10"), or such a table with its label column unnamed, or a row
    per province (`parse_province_rows`). Any other table stays in the text."""
    header = table_layout.find_header(grid)
    if header is not None and table_layout.detect_layout(grid, header, None).value_columns:
        return True
    # a group header "Chỉ tiêu kinh tế" over the indicators of a table with a row per province
    return (parse_province_rows.find_header(grid) is not None or parse_province_rows.find_year_header(grid) is not None
            or table_layout.blank_label_header(grid) is not None
            # "Kỳ báo cáo | Thu NSNN (tỷ đồng) | Xuất khẩu (triệu USD)" over "Tháng 1/2026", "Ước 4 tháng": periods
            # down the rows, indicators across (`parse_period_rows`)
            or parse_period_rows.find_header(grid) is not None)


TABLE_AS_TEXT = ("table of figures read as text: no header row names the indicator column ('Chỉ tiêu', or 'Tỉnh') "
                 "and a value column ('Thực hiện 2022'); add them, or send the table as .xlsx")


def _table_note(grid, where: str) -> dict | None:
    """A skipped row for a table left in the text that holds figures (four cells or more), so that its figures
    are not lost without a word; None for a table of words (a letterhead, a signature block)."""
    figures = sum(isinstance(c, float) or (isinstance(c, str) and vn_numbers.looks_like_number(c))
                  for row in grid.rows for c in row)
    if figures < 4:
        return None
    first = " | ".join(dict.fromkeys(table_layout.text_of(c) for c in grid.rows[0] if c is not None)) if grid.rows else ""
    return {"locator": where, "snippet": first[:160], "reason": TABLE_AS_TEXT}


def _docx_grid(table, name: str):
    """A DOCX table as a read_grid.Grid: one cell per grid column; a cell a merged range covers (python-docx gives
    the same cell element again, across or down) holds the range's text and is marked filled."""
    grid = read_grid.Grid(name, "xlsx", [])  # "xlsx": located like a sheet, "Bảng 1!C7"
    above: list = []
    for r, row in enumerate(table.rows):
        cells = row.cells  # python-docx builds them anew at each call
        elements = [cell._tc for cell in cells]  # kept alive, so that the same element is the same object
        values: list = []
        for c, (cell, tc) in enumerate(zip(cells, elements)):
            if c > 0 and elements[c - 1] is tc:
                values.append(values[c - 1])
                grid.filled.add((r, c))
            elif c < len(above) and above[c] is tc:
                values.append(grid.rows[r - 1][c])
                grid.filled.add((r, c))
            else:
                values.append(read_grid.text_cell(" ".join(cell.text.split())))
        grid.rows.append(values)
        above = elements
    return grid


def _word97_grid(rows: list, name: str):
    """A .doc table (rows of `word97.Cell`) as a read_grid.Grid, laid out like `_docx_grid`: the grid's columns are
    every cell boundary of the table; a cell wider than one column repeats its text over the columns it spans, and a
    cell merged with the one on its left or above holds that cell's text; both are marked filled. A row whose cells
    have no boundaries is laid out cell after cell."""
    grid = read_grid.Grid(name, "xlsx", [])
    edges = sorted({e for row in rows for cell in row if cell.left is not None for e in (cell.left, cell.right)})
    column = {e: k for k, e in enumerate(edges)}
    for r, row in enumerate(rows):
        values: list = []
        laid = all(cell.left is not None for cell in row)
        for cell in row:
            span = max(1, column[cell.right] - column[cell.left]) if laid else 1
            if laid and len(values) < column[cell.left]:  # a row that starts further right (rare): blank columns
                values.extend([None] * (column[cell.left] - len(values)))
            c = len(values)
            if cell.merged_above and r > 0 and c < len(grid.rows[r - 1]):
                value = grid.rows[r - 1][c]
                grid.filled.update((r, c + k) for k in range(span))
            elif cell.merged_left and values:
                value = values[-1]
                grid.filled.update((r, c + k) for k in range(span))
            else:
                value = read_grid.text_cell(cell.text)
                grid.filled.update((r, c + k) for k in range(1, span))
            values.extend([value] * span)
        grid.rows.append(values)
    return grid


# ------------------------------------------------------------------ PDF
def pdf_to_text(path: Path) -> tuple[str, str, list, list]:
    """(text, title, tables, notes) of a PDF's text layer: the text page after page, with the lines a paragraph
    was wrapped into joined again (the sentence splitter ends a sentence at a line break); the tables rebuilt from
    the positions of their text (`pdf_tables`), captioned as `docx_to_text` does, and notes for those left in the
    text. A scan has no text layer: it raises, saying what to send."""
    import pypdf

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("password-protected PDF; send it without the password, or as .docx")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises several kinds on a damaged file
        raise DocumentError(f"not a readable PDF ({exc.__class__.__name__}: {exc}); send the report as .docx") from exc
    if sum(ch.isalpha() for page in pages for ch in page) < 20:
        raise DocumentError("the PDF has no text layer (a scan): send the report as .docx, or its tables as .xlsx")
    code = legacy_encoding.font_code("\n".join(pages))  # printed from a .VnTime or VNI document: the font's codes
    if code:
        pages = [legacy_encoding.to_unicode(page, code) for page in pages]
    title = next((ln.strip() for page in pages for ln in page.split("\n") if ln.strip()), "")
    laid_out, widths = _layout_pages(reader, code)
    found = pdf_tables.tables_from_layout(laid_out, vn_text.canonical(title), widths)
    tables = [t for t in found if _is_indicator_table(t.grid)]
    notes = [note for t in found if t not in tables and (note := _table_note(t.grid, t.grid.name))]
    # a page that holds a table read as one gives the prose from its laid-out lines, without the table's lines
    covered: dict[int, set[int]] = {}
    for table in tables:
        for page_no, first, last in table.places:
            covered.setdefault(page_no - 1, set()).update(range(first, last + 1))
    for p, skip in covered.items():
        pages[p] = "\n".join(ln for i, ln in enumerate(laid_out[p].split("\n")) if i not in skip)
    # the page's running header and footer ("Báo cáo KT-XH quý III …", "Trang 1/2") go, and a sentence the page
    # break cut ("… Chỉ số giá tiêu dùng (CPI) bình" › "quân 9 tháng tăng 3,12%") is joined again
    text = _tidy(unwrap("\n".join(page.strip("\n") for page in _without_running_lines(pages))))
    return text, _tidy(title), [t.grid for t in tables], notes


_RUNNING_EDGE = 2  # a running header or footer is among a page's first or last two lines


def _without_running_lines(pages: list[str]) -> list[str]:
    """The pages without the lines printed at the top or the foot of two pages or more (the digits aside: "Trang
    1/2", "Trang 2/2")."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    def edges(lines: list[str]) -> set[int]:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        return set(filled[:_RUNNING_EDGE] + filled[-_RUNNING_EDGE:])

    split = [page.split("\n") for page in pages]
    seen = Counter(k for lines in split for k in {key(lines[i]) for i in edges(lines)})
    running = {k for k, n in seen.items() if n >= 2 and len(k) > 3}
    if len(pages) < 2 or not running:
        return pages
    return ["\n".join(ln for i, ln in enumerate(lines) if not (i in edges(lines) and key(ln) in running))
            for lines in split]


def _laid_out(page) -> tuple[str, float | None]:
    """(the page printed in pypdf's layout mode, the width in points of one of its characters): what
    `page.extract_text(extraction_mode="layout")` does, keeping the width it prints with (the mean over the page's
    text, so it differs between a page of prose and a page of figures); no width when pypdf's parts have moved."""
    try:
        from pypdf.generic import ArrayObject, ContentStream, StreamObject
        from pypdf._text_extraction import _layout_mode  # no public API gives the width
    except ImportError:
        return page.extract_text(extraction_mode="layout") or "", None
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return "", None
    ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
    groups = _layout_mode.text_show_operations(ops, page._layout_mode_fonts(), True, None)
    if not groups:
        return "", None
    width = _layout_mode.fixed_char_width(groups, 1.25)
    return _layout_mode.fixed_width_page(_layout_mode.y_coordinate_groups(groups, None), width, True, 1), width


def _layout_pages(reader, code: str | None) -> tuple[list[str], list[float | None]]:
    """Each page printed with its text at its place (pypdf's layout mode), in Unicode, and the width of its
    characters (`_laid_out`); a page pypdf cannot lay out gives no tables rather than no report."""
    pages: list[str] = []
    widths: list[float | None] = []
    for page in reader.pages:
        try:
            text, width = _laid_out(page)
        except Exception:  # pypdf's inner parts moved or failed: its public layout mode, without the width
            try:
                text, width = page.extract_text(extraction_mode="layout") or "", None
            except Exception:  # layout mode is stricter about fonts than the plain mode that gave the text
                text, width = "", None
        # a newspaper's page in two columns is read down each (`pdf_tables.one_column`)
        pages.append(pdf_tables.one_column(vn_text.canonical(legacy_encoding.to_unicode(text, code))))
        widths.append(width)
    return pages, widths


_LINE_END = re.compile(r"[.!?:;…]\s*$")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s+[^\W\d_]")
_FIGURE_START = re.compile(r"\d+(?:[.,]\d+)*\s+[^\W\d_]")  # "4 tháng …", "12,5 nghìn …": not "2. …" nor "3) …"


_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def unwrap(page: str) -> str:
    """A page's lines with each wrapped paragraph on one line: a line joins the next when it does not end a
    sentence and either the next starts in lower case ("…năm trước;" › "trong đó …" too) or, the line ending no
    clause either, the next starts with a digit or the line runs nearly the page's full width (a wrapped line; a
    heading or the last line of a paragraph is shorter)."""
    lines = [ln.rstrip() for ln in page.split("\n")]
    width = max((len(ln) for ln in lines), default=0)
    out: list[str] = []
    in_list = False  # the line before was a numbered item, or ended with a colon
    for line in lines:
        first = line.lstrip()[:1]
        numbered = first.isdigit() and _NUMBERED_ITEM.match(line.lstrip()) and (
            in_list or not out or not out[-1].strip() or _LINE_END.search(out[-1]))  # not "…so với tháng" › "11. Kim …"
        in_list = bool(numbered) or line.rstrip().endswith(":")
        if first and (first in "•▪►✓➢-–+*" or unicodedata.category(first) == "So" or numbered):
            out.append(line)  # a list item ("📈 GRDP …", "2. Hải Phòng – 71,28 điểm")
            continue
        if out and out[-1] and first and not _SENTENCE_END.search(out[-1]) and (first.islower() or (
                not _LINE_END.search(out[-1]) and (first.isdigit() or len(out[-1]) >= 0.8 * width))
                or (out[-1].endswith(";") and _FIGURE_START.match(line.lstrip()))):  # "…;" › "4 tháng ước đạt …"
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ any
def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return vn_text.canonical(text.strip())


_VI_LETTERS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)


def guess_lang(text: str) -> str:
    """"vi" when Vietnamese letters are common, else "en"."""
    sample = text[:20000]
    letters = sum(map(str.isalpha, sample)) or 1
    return "vi" if len(_VI_LETTERS.findall(sample)) / letters > 0.02 else "en"


def read_document(path: Path | str) -> Document:
    """Read a .txt, .md, .html/.htm, .docx, .doc or .pdf file as plain text with its title and stated date."""
    path = Path(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise DocumentError(f"unsupported file type '{path.suffix}'; expected one of {', '.join(sorted(KINDS))}")
    if kind == "doc":
        kind = _doc_kind(path)
    meta_date = None
    tables: list = []
    notes: list[dict] = []
    if kind == "docx":
        text, title, tables, notes = docx_to_text(path)
    elif kind == "doc":
        text, title, tables, notes = doc_to_text(path)
    elif kind == "pdf":
        text, title, tables, notes = pdf_to_text(path)
    else:
        raw, _ = read_grid.decode(path.read_bytes())  # UTF-8, UTF-16 with its BOM, TCVN3 or Windows-1258
        raw = legacy_encoding.to_unicode(raw, legacy_encoding.font_code(raw))  # typed with .VnTime or VNI fonts
        if kind == "html":
            text, title, meta_date, tables, notes = html_to_text(raw)
        elif kind == "md":
            text, title, tables, notes = markdown_to_text(raw)
        else:
            text, tables = _tab_separated(raw, path.name)
            if tables:
                text = _tidy(text)
                title = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
            else:  # a report in plain text, its tables laid out in columns of spaces or tabs, its lines wrapped
                text, title, tables, notes = _assemble(_text_blocks(raw), "")
                text = unwrap(text)
    tables = [read_grid.unlegacy(grid) for grid in tables]
    date = find_date(text, head_chars=0) or meta_date or find_date(text)
    return Document(text=text, title=vn_text.canonical(title), kind=kind, date=date, lang=guess_lang(text),
                    tables=tables, notes=notes)
