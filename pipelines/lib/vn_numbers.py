"""Numbers as Vietnamese documents write them: "1.234,5" is 1234.5.

`parse_number` returns None for cells that hold no value ("-", "x", "…",
empty) and raises `NotANumber` for text that should be a number but is not.
"""

from __future__ import annotations

import math
import re

NO_VALUE = {"", "-", "–", "—", "x", "X", "…", "...", "..", "n/a", "N/A", "k/c", "*", "--", "KXĐ", "kxđ", "không có",
            "chưa có", "chưa có số liệu", "không xác định", "na", "NA", "n.a", "N.A"}
_NO_VALUE_KEYS = {w.replace(" ", "").lower() for w in NO_VALUE}  # as a cell is compared: no spaces, lower case
_FOOTNOTE = re.compile(r"\s*\(?\*+\)?$")  # "7,5*", "7,5 (*)": a note on the figure, not part of it
_VI = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$|^[+-]?\d+(,\d+)?$")
# English forms no Vietnamese number has: a comma then a decimal point, or two or more commas grouping thousands
_EN_ONLY = re.compile(r"^[+-]?\d{1,3}(,\d{3})+\.\d+$|^[+-]?\d{1,3}(,\d{3}){2,}$")
_EN = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$|^[+-]?\d+(\.\d+)?$")
# Vietnamese forms no English number has: a decimal comma after grouped thousands, dots grouping twice, or a comma
# followed by one, two or four and more digits ("7,5", "0,0751"; "17,500" could be either)
_VI_ONLY = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+,\d+$|^[+-]?\d{1,3}(\.\d{3}){2,}$|^[+-]?\d+,(\d{1,2}|\d{4,})$")


_SPACES = {ord(ch): None for ch in " \u00a0\u202f\u2009\u2007"}
# A text that is one number as a table writes it: 10.500,3  -1,2  7,5%  (3,4)  7,5*  12 345
NUMBER_TEXT = r"[(]?[-+–−]?\d[\d.,]*(?:[ \u00a0]\d{3})*\s*(?:%|\*+|\(\*+\))?[)]?"
_NUMBER_TEXT = re.compile(NUMBER_TEXT)


def looks_like_number(text: str) -> bool:
    """Whether a cell's text is one number (`NUMBER_TEXT`), whichever way it is written."""
    return _NUMBER_TEXT.fullmatch(text.strip()) is not None


class NotANumber(ValueError):
    """A cell or token that should hold a number and does not."""


def parse_number(raw: object, style: str = "vi") -> float | None:
    """Parse a cell or token. style="vi": "1.234,5"; style="en": "1,234.5".

    A bare "12.5" in Vietnamese style is read as 12.5 (a decimal point), but
    "1.234" is 1234: a dot followed by exactly three digits groups thousands.
    Forms only English has ("1,234.5", "1,234,567") are read the English way;
    "17,500" stays Vietnamese (17.5): one comma is a decimal comma here.
    """
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise NotANumber(f"{raw!r} is not a number")
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and math.isnan(raw):
            return None
        return float(raw)
    text = str(raw).strip().translate(_SPACES)  # "12 345", with a no-break or thin space between the groups
    text = text.rstrip("%").strip()
    if text.lower() in _NO_VALUE_KEYS:
        return None
    if text.endswith(("*", "*)")):
        text = _FOOTNOTE.sub("", text).rstrip("%").strip()
        if text.lower() in _NO_VALUE_KEYS:
            return None
    text = text.replace("−", "-")
    if style == "vi":
        if _VI.match(text):
            return float(text.replace(".", "").replace(",", "."))
        if re.match(r"^[+-]?\d+\.\d+$", text):  # "12.5": a decimal point in a vi document
            return float(text)
        if _EN_ONLY.match(text):  # "1,234.5", "1,234,567": only the English reading fits, whatever the document
            return float(text.replace(",", ""))
    else:
        if _EN.match(text):
            return float(text.replace(",", ""))
    raise NotANumber(f"{raw!r} is not a number (expected a form like 1.234,5)")


def number_style(texts) -> str:
    """"en" when the number texts of one table are written the English way where the writing tells ("1,234.5",
    "1,234,567") and never the Vietnamese way ("1.234,5", "7,5"); else "vi". An English table's "17,500" is then
    17500, which the Vietnamese reading of a single cell would make 17,5."""
    english = False
    for text in texts:
        if "," not in text:
            continue
        t = text.strip().rstrip("%").strip().translate(_SPACES)
        if _VI_ONLY.match(t):
            return "vi"
        english = english or bool(_EN_ONLY.match(t))
    return "en" if english else "vi"


# A range of two numbers: "7-7,5", "7 – 7,5%", "từ 7 đến 7,5"
_RANGE = re.compile(r"(?:từ\s*)?(\d[\d.,]*)\s*%?\s*(?:-|–|—|÷|đến)\s*(\d[\d.,]*)\s*%?", re.IGNORECASE)


def parse_range(text: str) -> tuple[float, float] | None:
    """(low, high) of a range written as one ("7-7,5", "từ 7 đến 8"), or None: not a range, or a backward one."""
    m = _RANGE.fullmatch(text.strip())
    if not m:
        return None
    try:
        lo, hi = parse_number(m.group(1)), parse_number(m.group(2))
    except NotANumber:
        return None
    return (lo, hi) if lo is not None and hi is not None and lo < hi else None
