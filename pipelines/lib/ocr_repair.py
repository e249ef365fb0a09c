"""Text recognised from a scanned page (OCR), repaired before it is read.

A scanned report comes back with its figures slightly wrong in predictable ways: the letter O for a zero and a
lower-case l for a one inside a number ("9,O5%", "l4,2%", "2Ol9"), thousands set apart by spaces ("63 850 tỷ"),
a word hyphenated at the end of a line ("tiêu dù-" / "ng"), smudged digits ("■■.4l0", "▒,8%"), and a page's
number and running header in the middle of a sentence the page break cut. `repair` puts right what a reader
would put right and makes what a reader could not read unreadable to the extractor too.

Every repair keeps the text's length (a letter for a digit, a point for a space, spaces for what is dropped), so
offsets into the repaired text point into the text as it was written.
"""
from __future__ import annotations

import re

# a number with an O or an l among its digits, not glued to a word ("2O17", "ll2,3", "3l2/BC"; not "Ol", "l.")
_CONFUSED = re.compile(r"(?<![\w.,])(?=[0-9Ol.,]*\d)(?=[0-9.,]*[Ol])[0-9Ol](?:[0-9Ol.,]*[0-9Ol])?(?!\w)")
# thousands set apart by spaces: "63 850", "12 050,5" (not "2019 2020", not "5 1000")
_SPACED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.])")
# a figure with a smudged digit: "■■.410", "▒,8", "?6,5"
_SMUDGE = "■▒░▓□�"
_SMUDGED = re.compile(rf"(?:[{_SMUDGE}]|\?(?=\d))[{_SMUDGE}0-9Ol.,]*|\d[0-9Ol.,]*[{_SMUDGE}][{_SMUDGE}0-9Ol.,]*")
# a word hyphenated at a line's end, the line joined to the next or not ("dù-\nng", "dù- ng", "mớ- i")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-(\n| )([^\W\d_]+)")
# a page's number alone on its line ("3", "– 5 –", "- 12 -", "Trang 4/9") or at the end of a running footer set apart
# by spaces ("Cục Thống kê tỉnh Gia Lai      Trang 2")
_PAGE_NUMBER = re.compile(r"[ \t]*(?:[-–—][ \t]*\d{1,3}[ \t]*[-–—]|\d{1,3}|(?:[^\n]{1,100}?[ \t]{2,})?"
                          r"[Tt]rang[ \t]+\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?)[ \t]*")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_HEADING = re.compile(r"\s*(?:[IVXLC]+\.|\d+\.|[a-zđ]\))\s")  # "II. KẾ HOẠCH …", "5. Đầu tư", "a) …"

MIN_CONFUSED = 2  # numbers with an O or an l before a text counts as recognised from a scan


def looks_scanned(text: str) -> bool:
    """Whether `text` carries the marks of OCR: at least MIN_CONFUSED numbers with an O or an l among their digits."""
    n = 0
    for _ in _CONFUSED.finditer(text):
        n += 1
        if n >= MIN_CONFUSED:
            return True
    return False


def _digits(m: re.Match) -> str:
    return m.group(0).replace("O", "0").replace("l", "1")


def _unspaced(m: re.Match) -> str:
    return m.group(0).replace(" ", ".")


def _smudged(m: re.Match) -> str:
    core = m.group(0).rstrip(".,")  # the sentence's own point or comma stays
    return "▒" * len(core) + m.group(0)[len(core):]


def _joined(m: re.Match) -> str:
    """ "dù-" + "ng" → "dùng" and the two characters the break took, as spaces after the word; a capital after
    the hyphen is a compound's ("Bà Rịa-\nVũng Tàu") and stays."""
    if not m.group(2)[0].islower():
        return m.group(0)
    return m.group(2) + " " * (len(m.group(0)) - len(m.group(2)))


def drop_page_breaks(text: str) -> str:
    """`text` with each page break that cuts a sentence taken out: the page's number, up to two running header or
    footer lines beside it and the blank lines around them become spaces, so the sentence runs on ("… ước đạt" /
    "3" / "Báo cáo … – UBND tỉnh Nam Định" / "5.182 tỷ đồng …"). A page number between two whole paragraphs is
    blanked and the paragraphs stay apart."""
    lines = text.split("\n")
    if not any(_PAGE_NUMBER.fullmatch(ln) for ln in lines):
        return text
    out = list(lines)
    i = 0
    while i < len(lines):
        if not _PAGE_NUMBER.fullmatch(lines[i]) or out[i] is None:
            i += 1
            continue
        start = i  # the gap: blank lines, the page number, at most two short lines without a sentence's end
        while start > 0 and not lines[start - 1].strip():
            start -= 1
        end = i + 1
        furniture = 0
        while end < len(lines) and (not lines[end].strip() or (
                furniture < 2 and len(lines[end]) <= 120 and not _SENTENCE_END.search(lines[end])
                and not _HEADING.match(lines[end]) and end + 1 < len(lines) and not lines[end + 1].strip())):
            furniture += bool(lines[end].strip())
            end += 1
        before = lines[start - 1] if start > 0 else ""
        after = lines[end].lstrip() if end < len(lines) else ""
        if out[start - 1 if start else 0] is not None and before.strip() and after and not _SENTENCE_END.search(before) and (
                after[0].isdigit() or after[0].islower() or after[0] in _SMUDGE):
            # the lines start..end-1 and the line breaks around them become one run of spaces
            out[start - 1] = before + " " * (1 + sum(len(ln) + 1 for ln in lines[start:end])) + lines[end]
            for k in range(start, end + 1):
                out[k] = None
            i = end + 1
        else:
            out[i] = " " * len(lines[i])
            i = end
    return "\n".join(ln for ln in out if ln is not None)


def repair(text: str) -> str:
    """`text` repaired as a reader would read it, the same length; a text without the marks of OCR keeps all but
    its page breaks (`drop_page_breaks`)."""
    text = drop_page_breaks(text)
    if not looks_scanned(text):
        return text
    text = _SMUDGED.sub(_smudged, text)
    text = _CONFUSED.sub(_digits, text)
    text = _SPACED.sub(_unspaced, text)
    return _HYPHENATED.sub(_joined, text)
