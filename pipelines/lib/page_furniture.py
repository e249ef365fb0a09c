"""What a printed page adds to a report's text and a reader skips: the page's number, its running header and
footer where a page break cuts a sentence, and the table of contents.

Each is blanked with spaces, never cut out, so offsets into the text point into the text as it was written.
"""
from __future__ import annotations

import re

from pipelines.lib.ocr_repair import SMUDGE

# a page's number alone on its line ("3", "– 5 –", "- 12 -", "Trang 4/9") or at the end of a running footer set apart
# by spaces ("Cục Thống kê tỉnh Gia Lai      Trang 2")
_PAGE_NUMBER = re.compile(r"[ \t]*(?:[-–—][ \t]*\d{1,3}[ \t]*[-–—]|\d{1,3}|(?:[^\n]{1,100}?[ \t]{2,})?"
                          r"[Tt]rang[ \t]+\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?)[ \t]*")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_HEADING = re.compile(r"\s*(?:[IVXLC]+\.|\d+\.|[a-zđ]\))\s")  # "II. KẾ HOẠCH …", "5. Đầu tư", "a) …"

# a line of a table of contents: a title, a leader of points and a page number ("I. Tăng trưởng kinh tế ...... 3")
_CONTENTS_LINE = re.compile(r"(?m)^[^\n]{3,}?(?:\.{4,}|…{2,}|(?:\. ){4,})[ \t]*\d{1,3}[ \t]*$")


def _is_page_number(line: str) -> bool:
    bare = line.strip()
    return bool(bare) and (len(bare) <= 9 or "rang " in bare) and bool(_PAGE_NUMBER.fullmatch(line))


def drop_page_breaks(text: str) -> str:
    """`text` with each page break that cuts a sentence taken out: the page's number, up to two running header or
    footer lines beside it and the blank lines around them become spaces, so the sentence runs on ("… ước đạt" /
    "3" / "Báo cáo … – UBND tỉnh Nam Định" / "5.182 tỷ đồng …"). A page number between two whole paragraphs is
    blanked and the paragraphs stay apart."""
    lines = text.split("\n")
    if not any(_is_page_number(ln) for ln in lines):
        return text
    out = list(lines)
    i = 0
    while i < len(lines):
        if out[i] is None or not _is_page_number(lines[i]):
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
        cut = before.strip() and out[start - 1] is not None and not _SENTENCE_END.search(before)
        if cut and after and not _HEADING.match(after) and (after[0].isdigit() or after[0].islower()
                                                            or after[0] in SMUDGE):
            # the lines start..end-1 and the line breaks around them become one run of spaces
            out[start - 1] = before + " " * (1 + sum(len(ln) + 1 for ln in lines[start:end])) + lines[end]
            for k in range(start, end + 1):
                out[k] = None
            i = end + 1
        else:
            out[i] = " " * len(lines[i])
            i = end
    return "\n".join(ln for ln in out if ln is not None)


def drop_contents(text: str) -> str:
    """`text` with the lines of its table of contents blanked: their titles ("Phụ lục 1. Các chỉ tiêu chủ yếu năm
    2021 …… 24") name years and sections the report has not reached yet."""
    if "...." not in text and "……" not in text and ". . . ." not in text:
        return text
    return _CONTENTS_LINE.sub(lambda m: " " * len(m.group(0)), text)


def tidy(text: str) -> str:
    """`text` without its page furniture (`drop_page_breaks`, `drop_contents`), the same length."""
    return drop_contents(drop_page_breaks(text))
