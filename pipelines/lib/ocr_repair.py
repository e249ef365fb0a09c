"""Text recognised from a scanned page (OCR), repaired before it is read.

A scanned report comes back with its figures slightly wrong in predictable ways: the letter O for a zero and a
lower-case l for a one inside a number ("9,O5%", "l4,2%", "2Ol9"), thousands set apart by spaces ("63 850 tỷ"),
a word hyphenated at the end of a line ("tiêu dù-" / "ng") and smudged digits ("■■.4l0", "▒,8%"). `repair` puts
right what a reader would put right and makes what a reader could not read unreadable to the extractor too (the
page breaks such a text keeps are `page_furniture`'s).

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
SMUDGE = "■▒░▓□�"
_SMUDGED = re.compile(rf"(?:[{SMUDGE}]|\?(?=\d))[{SMUDGE}0-9Ol.,]*|\d[0-9Ol.,]*[{SMUDGE}][{SMUDGE}0-9Ol.,]*")
# a word hyphenated at a line's end, the line joined to the next or not ("dù-\nng", "dù- ng", "mớ- i")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-(\n| )([^\W\d_]+)")
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


def repair(text: str) -> str:
    """`text` repaired as a reader would read it, the same length; a text without the marks of OCR is left as it is."""
    if not looks_scanned(text):
        return text
    text = _SMUDGED.sub(_smudged, text)
    text = _CONFUSED.sub(_digits, text)
    text = _SPACED.sub(_unspaced, text)
    return _HYPHENATED.sub(_joined, text)
