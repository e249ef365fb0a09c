"""Vietnamese typed in TCVN3 (the "ABC" code of the .VnTime fonts) or VNI (VNI-Times fonts), still met in older
provincial files.

Before Unicode, Vietnamese offices typed with fonts such as .VnTime whose letters sit where Latin-1 has symbols and
accented Latin letters: "Tæng s¶n phÈm" is what a program that does not know the font reads of "Tổng sản phẩm".
Excel and Word keep those characters as they are; a CSV saved from such a sheet has the bytes. `decode_tcvn3` maps
them back, and `looks_like_tcvn3` tells such text from Unicode Vietnamese: TCVN3 text has many characters of the
Latin-1 symbol range (U+00A1–U+00BF: "¸" á, "µ" à, "¶" ả, "¨" ă, "©" â, "®" đ, …) and none of the letters Unicode
adds for Vietnamese (ă, đ, ơ, ư, ạ … at U+0102–U+01B0 and U+1EA0–U+1EF9).

The ".VnTimeH" font shows the same codes as capitals, so a title typed with it comes back in lower case; every
comparison in thidua folds case. The mapping of codes 0xA0–0xFF is the one of TCVN 5712:1993 (VN3), as the
XFree86 `lcUniConv/tcvn.h` table also gives it.

VNI writes a letter as its base and one more character for its marks: "Vieät Nam" is "Việt Nam" ("e" + "ä", the
circumflex with the dot below), "Thu ngaân saùch" is "Thu ngân sách". The marks are Latin-1 letters no Vietnamese
word has (ø ï û ä å ë ü ö ñ …), which tells it from both Unicode and TCVN3. `decode_vni` puts the marks back on
their letters; the code values are those of the VNI-Windows table (as in the xvnkb keyboard's `vni.h`).

`font_code` tells which of the two a text is in, if either, and `to_unicode` decodes it.
"""

from __future__ import annotations

import re
import unicodedata

# TCVN 5712:1993 codes 0xA0–0xFF, sixteen to a line, as Unicode code points.
_CODES = [
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
]
_TABLE = {0xA0 + i: code for i, code in enumerate(_CODES)}
_SYMBOLS = re.compile("[\u00a1-\u00bf]")  # where TCVN3 puts its commonest letters, symbols in Latin-1
_UNICODE_VI = re.compile("[\u0102-\u01b0\u1ea0-\u1ef9]")  # letters only Unicode Vietnamese has
_LETTER = re.compile(r"[^\W\d_]")


def looks_like_tcvn3(text: str) -> bool:
    """Whether `text` (a sheet's or a document's text together) is TCVN3 read as Latin-1: no Unicode-only
    Vietnamese letter, and at least 3 characters of the symbol range, 2 in 100 of its letters or more."""
    if _UNICODE_VI.search(text):
        return False
    symbols = len(_SYMBOLS.findall(text))
    return symbols >= 3 and symbols >= 0.02 * len(_LETTER.findall(text))


def decode_tcvn3(text: str) -> str:
    """TCVN3 text read as Latin-1 (as Excel and Word keep it) in Unicode, NFC."""
    return unicodedata.normalize("NFC", text.translate(_TABLE))


def tcvn3_bytes_to_text(data: bytes) -> str | None:
    """The text of bytes typed in TCVN3 (a CSV saved from such a sheet), or None when they do not look so; told
    from their first 8 KiB, so that a large Windows-1258 file is not scanned whole to be told apart."""
    head = data[:8192]
    if sum(head.count(code) for code in _VOWEL_CODES) < 3:  # à ả ã á ạ: in any Vietnamese of some length
        return None
    if not looks_like_tcvn3(head.decode("latin-1")):
        return None
    return decode_tcvn3(data.decode("latin-1"))


_VOWEL_CODES = [bytes([code]) for code in range(0xB5, 0xBA)]  # TCVN3's à ả ã á ạ; in Windows-1258, µ ¶ · ¸ ¹

# VNI: marks that follow a vowel, as (combining mark of the letter, combining tone mark); lower-case forms here,
# the capital forms are the Latin-1 capitals of the same characters (ù → Ù).
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT, _CIRC, _BREVE = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": ("", _ACUTE), "ø": ("", _GRAVE), "û": ("", _HOOK), "õ": ("", _TILDE), "ï": ("", _DOT),
    "â": (_CIRC, ""), "á": (_CIRC, _ACUTE), "à": (_CIRC, _GRAVE), "å": (_CIRC, _HOOK), "ã": (_CIRC, _TILDE), "ä": (_CIRC, _DOT),
    "ê": (_BREVE, ""), "é": (_BREVE, _ACUTE), "è": (_BREVE, _GRAVE), "ú": (_BREVE, _HOOK), "ü": (_BREVE, _TILDE), "ë": (_BREVE, _DOT),
}
_VNI_MARKS |= {k.upper(): v for k, v in _VNI_MARKS.items()}
# VNI letters of one character: ơ ư đ and the marked i and y
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_VNI_LETTERS |= {k.upper(): v.upper() for k, v in _VNI_LETTERS.items()}
_VNI_PAIR = re.compile(f"([aeouyAEOUYôöÔÖ])([{''.join(_VNI_MARKS)}])")
_VNI_OWN_MARKS = "øïûäåëüöñØÏÛÄÅËÜÖÑ"  # no Vietnamese word in Unicode, nor French, writes them so
_VNI_ONLY = re.compile(f"[{_VNI_OWN_MARKS}]")
_VNI_ONLY_CODES = [ch.encode("latin-1") for ch in _VNI_OWN_MARKS]


def looks_like_vni(text: str) -> bool:
    """Whether `text` is VNI read as Latin-1: no Unicode-only Vietnamese letter, at least 3 vowels followed by a
    VNI mark (2 in 100 of its letters or more), and VNI's own mark characters among them."""
    return not _UNICODE_VI.search(text) and _vni_pairs(text) > 0


def _vni_pairs(text: str) -> int:
    """How many vowels of `text` a VNI mark follows, when there are enough for VNI (`looks_like_vni`), else 0."""
    pairs = len(_VNI_PAIR.findall(text))
    if pairs >= 3 and pairs >= 0.02 * len(_LETTER.findall(text)) and len(_VNI_ONLY.findall(text)) >= 2:
        return pairs
    return 0


def decode_vni(text: str) -> str:
    """VNI text read as Latin-1 in Unicode, NFC."""
    def letter(m: re.Match) -> str:
        base, (shape, tone) = m.group(1), _VNI_MARKS[m.group(2)]
        return _VNI_LETTERS.get(base, base) + shape + tone

    text = _VNI_PAIR.sub(letter, text)
    return unicodedata.normalize("NFC", "".join(_VNI_LETTERS.get(ch, ch) for ch in text))


def font_code(text: str) -> str | None:
    """"tcvn3", "vni" or None (Unicode, or no Vietnamese to tell by) for a sheet's or a document's text."""
    if _UNICODE_VI.search(text):
        return None
    if (pairs := _vni_pairs(text)) and pairs > len(_SYMBOLS.findall(text)):
        return "vni"
    return "tcvn3" if looks_like_tcvn3(text) else None


def to_unicode(text: str, code: str | None) -> str:
    """`text` decoded from `code` (`font_code`'s answer); unchanged when `code` is None."""
    if code == "tcvn3":
        return decode_tcvn3(text)
    return decode_vni(text) if code == "vni" else text


def legacy_bytes_to_text(data: bytes) -> tuple[str, str] | None:
    """(text, "tcvn3" or "vni") of bytes typed in a legacy font (a CSV saved from such a sheet), or None; told from
    their first 8 KiB, so that a large Windows-1258 file is not scanned whole to be told apart."""
    tcvn3 = tcvn3_bytes_to_text(data)
    if tcvn3 is not None:
        return tcvn3, "tcvn3"
    head = data[:8192]
    if sum(head.count(code) for code in _VNI_ONLY_CODES) < 2:  # ø ï û ä …: never in Windows-1258 Vietnamese
        return None
    if looks_like_vni(head.decode("latin-1")):
        return decode_vni(data.decode("latin-1")), "vni"
    return None
