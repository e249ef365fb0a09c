"""An erratum (đính chính) quotes the figure it corrects next to the corrected one; only the corrected one counts.

`drop_superseded` blanks what was printed before, with spaces so that offsets into the text still point into the
text as written:
- a quotation the next words correct: 'Đã in: "… ước tăng 7,17% …". Nay sửa lại là: "… 7,71% …"', 'câu "… 8,92%"
  được sửa lại là "… 7,92%"';
- what "đã in là" names before the correction: 'đã in là 8,14%, nay sửa lại là …';
- the old figure a correction denies: 'là 12,4%, không phải 21,4% như đã in';
- a figure the correction gives to a part of the province: 'Số liệu kim ngạch xuất khẩu 2,58 tỷ USD nêu trong bài là
  của khu vực Kiên Giang cũ, không phải của toàn tỉnh'.
"""
from __future__ import annotations

import re

_CUES = ("đính chính", "sửa lại", "như đã in", "đã in là", "in sai")
_QUOTE = r"[\"“«]([^\"”»\n]{1,400})[\"”»]"
_WORDS = r"(?:[^,;.\"“\n]|[.,](?=\d))"  # words and figures of one clause ("8,14%", "12.850 tỷ")
# a quotation, then within a few words the verb that corrects it
_QUOTED_THEN_CORRECTED = re.compile(_QUOTE + r"[^\"“«]{0,30}?\b(?:được |đã được |xin )?(?:sửa|điều chỉnh|đính chính)"
                                    r"(?: lại)? (?:là|thành)\b", re.IGNORECASE)
# "đã in là 8,14%, nay sửa lại là …": the words between "là" and the comma (or "nay")
_PRINTED_AS = re.compile(r"\b(?:đã|bị) in (?:sai )?(?:là|thành) (" + _WORDS + r"{1,80}?)(?=,(?!\d)|;| nay\b)", re.IGNORECASE)
# "không phải 21,4% như đã in"
_NOT_AS_PRINTED = re.compile(r"\bkhông phải " + _WORDS + r"{1,80}? như (?:đã|bị) (?:in|đăng|nêu)\b", re.IGNORECASE)
# "Số liệu … 2,58 tỷ USD nêu trong bài là của khu vực Kiên Giang cũ, không phải của toàn tỉnh": the whole clause
_NOT_THE_WHOLE = re.compile(r"\bsố liệu\b" + _WORDS + r"{1,160}?\blà (?:số liệu )?của\b" + _WORDS + r"{1,80}?,?\s+không\s+phải"
                            r"\s+(?:là\s+)?(?:số liệu\s+)?(?:của\s+)?(?:toàn|cả)\s+(?:tỉnh|thành phố)\b", re.IGNORECASE)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for a, b in sorted(spans):
        if a < last:
            continue
        out += [text[last:a], " " * (b - a)]
        last = b
    out.append(text[last:])
    return "".join(out)


def drop_superseded(text: str) -> str:
    """`text` with the figures an erratum corrects blanked (the same length); a text that corrects nothing is
    returned as it is."""
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return text
    spans = [m.span(1) for m in _QUOTED_THEN_CORRECTED.finditer(text)]
    spans += [m.span(1) for m in _PRINTED_AS.finditer(text)]
    spans += [m.span() for m in _NOT_AS_PRINTED.finditer(text)]
    spans += [m.span() for m in _NOT_THE_WHOLE.finditer(text)]
    return _blank(text, spans) if spans else text
