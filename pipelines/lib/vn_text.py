"""Vietnamese text for comparison: NFC, one tone-mark placement, folded keys.

Two spellings of one word ("Hòa" / "Hoà", "thủy" / "thuỷ") differ only in the
vowel that carries the tone mark. Everything that compares Vietnamese text goes
through `canonical` (one placement, NFC) or `key` (also lower case, spaces and
punctuation folded), never through raw strings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_VOWELS = set("aăâeêioôơuưy")
_MODIFIED = set("ăâêôơư")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1 << 16)
def _place_tone(word: str) -> str:
    """Re-place the tone mark of one syllable by the traditional rule (hòa, thủy, hoàng); remembered, as a
    language has few syllables and every label, title and sentence is made of them."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if not tones:
        return unicodedata.normalize("NFC", word)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    lower = base.lower()
    vowel_idx = [i for i, ch in enumerate(lower) if ch in _VOWELS]
    if not vowel_idx:
        return unicodedata.normalize("NFC", word)
    # "qu" and "gi" open with a consonant: their u / i is not a vowel of the rhyme.
    if len(vowel_idx) > 1 and (
        (lower.startswith("qu") and vowel_idx[0] == 1) or (lower.startswith("gi") and vowel_idx[0] == 1)
    ):
        vowel_idx = vowel_idx[1:]
    # Only the contiguous vowel cluster counts.
    cluster = [vowel_idx[0]]
    for i in vowel_idx[1:]:
        if i == cluster[-1] + 1:
            cluster.append(i)
    modified = [i for i in cluster if lower[i] in _MODIFIED]
    ends_with_consonant = cluster[-1] < len(lower) - 1
    if modified:
        target = modified[-1]  # ươ: the mark sits on ơ
    elif len(cluster) == 1:
        target = cluster[0]
    elif ends_with_consonant:
        target = cluster[-1]
    elif len(cluster) == 2:
        target = cluster[0]
    else:
        target = cluster[1]
    out = []
    for i, ch in enumerate(base):
        out.append(ch)
        if i == target:
            out.append(tones[0])
    return unicodedata.normalize("NFC", "".join(out))


def canonical(text: str) -> str:
    """NFC with one tone-mark placement per syllable; case and spacing kept."""
    if text.isascii():
        return text
    return _canonical_recent(text) if len(text) <= _RECENT_MAX else _canonical(text)


def _canonical(text: str) -> str:
    return _WORD.sub(_place_tone_match, nfc(text))


# A table's title is made canonical by several readers in a row (date, year, province); remember the last few
# texts of up to a paragraph's length (whole documents are not remembered).
_RECENT_MAX = 2000
_canonical_recent = lru_cache(maxsize=256)(_canonical)


def _place_tone_match(m: re.Match) -> str:
    return _place_tone(m.group(0))


_NON_WORD = re.compile(r"[^\w%]+")
_SHORT = 200  # labels, headers and names are keyed many times over; long texts (whole documents) are not remembered


def key(text: str) -> str:
    """Comparison key: canonical, lower case, punctuation to spaces, spaces folded."""
    return _key_short(text) if len(text) <= _SHORT else _key(text)


def _key(text: str) -> str:
    text = canonical(text).lower().replace("\u00a0", " ")
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


_key_short = lru_cache(maxsize=1 << 16)(_key)


def ascii_fold(text: str) -> str:
    """Remove every diacritic ("Đắk Lắk" → "dak lak"), for ASCII-only sources."""
    return _ascii_fold_short(text) if len(text) <= _SHORT else _ascii_fold(text)


def _ascii_fold(text: str) -> str:
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return key(stripped)


_ascii_fold_short = lru_cache(maxsize=1 << 14)(_ascii_fold)


_LANG_SEPARATOR = re.compile(r"\s+[-–/]\s+")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@lru_cache(maxsize=1 << 14)
def without_english(text: str) -> str:
    """The Vietnamese of a yearbook's two-language text: "Tỉnh, thành phố - Province" → "Tỉnh, thành phố",
    "GRDP theo giá hiện hành (Tỷ đồng) - GRDP at current prices (Bill. dongs)" → its first half, "CẢ NƯỚC - WHOLE
    COUNTRY" → "CẢ NƯỚC". A part after a spaced dash or slash written in plain ASCII goes, unless it is a short one
    holding a year ("Sơ bộ - Prel. 2024" keeps it) or one upper-case word (a unit or an acronym: "… - USD")."""
    cut = len(text)
    for sep in reversed(list(_LANG_SEPARATOR.finditer(text))):
        tail = text[sep.end():cut].strip()
        if not (tail.isascii() and tail[:1].isalpha() and not (_YEAR_IN.search(tail) and len(tail.split()) <= 2)
                and (re.search(r"[a-z]", tail) or " " in tail)):
            break
        cut = sep.start()
    return text[:cut] if cut > 0 else text


# ------------------------------------------------------------------ Vietnamese typed without its marks
# A chat, a forum post or an SMS is often typed without diacritics ("GRDP tang 7,5%, thu ngan sach dat 36.450 ty").
# Such a text gets its marks back word by word from a table of phrases (ascii-folded words → the written ones), the
# longest phrase first ("uoc tinh" → "ước tính" before "tinh" → "tỉnh"). Every marked letter is one character, as its
# ASCII letter is: the text keeps its length, so offsets into it point into the text as written.
_MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_SAMPLE = 4000


def unmarked_vietnamese(text: str, common: frozenset[str], share: float = 0.15) -> bool:
    """Whether `text` is Vietnamese typed without its marks: (almost) no marked letter in its opening, and at least
    `share` of its words among `common`, frequent Vietnamese syllables written plain ("cua", "tang", "nguoi") that
    English text does not use."""
    sample = text[:_SAMPLE]
    if len(_MARKED.findall(sample)) > 0.004 * len(sample):  # a text written with its marks stops here
        return False
    words = _ASCII_WORD.findall(sample)
    return len(words) >= 8 and sum(w.lower() in common for w in words) >= share * len(words)


def marks_table(phrases) -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """(folded words → written words, the most words of a phrase) of `phrases`, written with their marks; a later
    phrase folding like an earlier one replaces it."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for phrase in phrases:
        written = tuple(nfc(phrase).split())
        folded = tuple(ascii_fold(w) for w in written)
        if written and all(len(f) == len(w) and f.isascii() and f.isalpha() for f, w in zip(folded, written)):
            table[folded] = written
    return table, max((len(k) for k in table), default=0)


def restore_marks(text: str, table: dict[tuple[str, ...], tuple[str, ...]], longest: int) -> str:
    """`text` with the marks of `table`'s phrases put back on its plain words, the case of each letter kept; the
    same length as `text`."""
    words = list(_ASCII_WORD.finditer(text))
    out, last, i = [], 0, 0
    while i < len(words):
        n = min(longest, len(words) - i)
        while n:
            run = words[i:i + n]
            if all(text[a.end():b.start()].isspace() for a, b in zip(run, run[1:])):
                written = table.get(tuple(w.group(0).lower() for w in run))
                if written:
                    break
            n -= 1
        if not n:
            i += 1
            continue
        for w, new in zip(run, written):
            out.append(text[last:w.start()])
            out.append("".join(c.upper() if o.isupper() else c.lower() for o, c in zip(w.group(0), new)))
            last = w.end()
        i += n
    out.append(text[last:])
    return "".join(out)
