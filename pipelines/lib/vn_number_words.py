"""Numbers spelled out in Vietnamese words, as a speech transcript or a read-aloud bulletin writes them, rewritten
as digits so that the narrative reader sees "52 nghìn tỷ đồng" where the text says "năm mươi hai nghìn tỷ đồng".

    hai nghìn không trăm hai mươi sáu        → 2026
    mười ba phẩy bốn phần trăm               → 13,4 phần trăm
    một tỷ tám trăm triệu đô la              → 1800 triệu đô la   (the scale before a unit stays a word)
    ba nghìn hai trăm mười lăm doanh nghiệp  → 3215 doanh nghiệp
    tháng Mười Một, mười tháng, gấp hai lần  → tháng 11, 10 tháng, gấp 2 lần

Only what reads as a number is rewritten: a run of two or more number words that parses as one number
("hai mươi năm" is 20 and "năm", "một trăm năm" is 100 and "năm": 15 is "mười lăm", 105 "một trăm linh năm"), or one
number word beside "tháng", "phần trăm" or "lần". "năm" (five, and year), "một" (one, and a), "không" (zero, and
not) or "tư" (four, and private) alone stay words, and so does "tỷ" in "tỷ lệ", "tỷ trọng", "tỷ giá".

`rewrite` returns the new text and, for every offset of it, the offset of the original it came from, so that
locators can point into the text as it was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

DIGITS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
ONES_AFTER_TENS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7,
                   "tám": 8, "chín": 9}  # after "mươi"; after "mười" not "mốt"/"tư"
SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
NOT_A_SCALE_AFTER = {"lệ", "trọng", "giá"}  # tỷ lệ (a rate), tỷ trọng (a share), tỷ giá (an exchange rate)
WORDS = set(DIGITS) | set(ONES_AFTER_TENS) | set(SCALES) | {"mười", "mươi", "trăm", "linh", "lẻ", "phẩy", "rưỡi"}
SINGLE_CONTEXT_AFTER = {"tháng", "phần", "lần"}  # "mười tháng", "mười phần trăm", "gấp hai lần"
AMBIGUOUS_ALONE = {"năm", "một", "không", "tư", "mốt", "lăm", "nhăm"}
_TOKEN = re.compile(r"[^\W\d_]+")
_WORD_ALT = "|".join(sorted(WORDS, key=len, reverse=True))
# a number word beside another, or beside a word that makes one alone a number: texts without it are left at once
_MAYBE = re.compile(rf"(?<!\w)(?:(?:{_WORD_ALT})\s+(?:{_WORD_ALT}|tháng|phần|lần|rưỡi)|tháng\s+(?:{_WORD_ALT})"
                    r"|nửa\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))(?!\w)", re.IGNORECASE)
# "gần một phần ba", "chín phần mười": a share as a fraction, rewritten as its percentage ("33,3 phần trăm")
_FRACTION = re.compile(r"(?<!\w)(một|hai|ba|bốn|năm|sáu|bảy|tám|chín) phần (ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)"
                       r"(?! (?:trăm|nghìn|ngàn|triệu|tỷ|tỉ|mươi)\b)", re.IGNORECASE)
_DENOMINATOR = {"ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_TIMES_HALF = re.compile(r"(?<!\w)gấp (rưỡi)(?!\w)", re.IGNORECASE)  # "gấp rưỡi": 1,5 lần
_HALF_OF_SCALE = re.compile(r"(?<!\w)nửa (nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)", re.IGNORECASE)  # "nửa tỷ đô la": 0,5 tỷ


@dataclass(frozen=True)
class _Parsed:
    value: Decimal
    end: int  # index of the first token after the number
    trailing: tuple[int, ...]  # indices of the scale words the number ends with (no digit word after them)


def _small(words: list[str], i: int) -> tuple[int, int] | None:
    """0–999 from words[i]: "ba trăm linh năm", "hai mươi mốt", "mười lăm", "tám"; (value, next index) or None."""
    n = len(words)
    value = 0
    if i + 1 < n and words[i] in DIGITS and words[i + 1] == "trăm":
        value, i = DIGITS[words[i]] * 100, i + 2
        if i + 1 < n and words[i] in ("linh", "lẻ") and words[i + 1] in DIGITS and words[i + 1] != "không":
            return value + DIGITS[words[i + 1]], i + 2
        tens = _tens(words, i)
        return (value + tens[0], tens[1]) if tens else (value, i)
    tens = _tens(words, i)
    if tens:
        return tens
    if i < n and words[i] in DIGITS and words[i] != "không":
        return DIGITS[words[i]], i + 1
    return None


def _tens(words: list[str], i: int) -> tuple[int, int] | None:
    n = len(words)
    if i < n and words[i] == "mười":
        if i + 1 < n and words[i + 1] in ONES_AFTER_TENS and words[i + 1] not in ("mốt", "tư"):
            return 10 + ONES_AFTER_TENS[words[i + 1]], i + 2
        return 10, i + 1
    if i + 1 < n and words[i] in DIGITS and DIGITS[words[i]] >= 2 and words[i + 1] == "mươi":
        if i + 2 < n and words[i + 2] in ONES_AFTER_TENS:
            return DIGITS[words[i]] * 10 + ONES_AFTER_TENS[words[i + 2]], i + 3
        return DIGITS[words[i]] * 10, i + 2
    return None


def _fraction(words: list[str], i: int) -> tuple[str, int] | None:
    """The digits after "phẩy": one digit word each ("phẩy không năm" → "05"), or a number read whole
    ("phẩy hai mươi lăm" → "25")."""
    digits = ""
    j = i
    while j < len(words) and words[j] in DIGITS and not (j + 1 < len(words) and words[j + 1] in ("trăm", "mươi")):
        digits, j = digits + str(DIGITS[words[j]]), j + 1
    if digits:
        return digits, j
    small = _small(words, i)
    return (str(small[0]), small[1]) if small else None


def _scale(words: list[str], i: int) -> int | None:
    return SCALES[words[i]] if i < len(words) and words[i] in SCALES else None


def _number(words: list[str], i: int) -> _Parsed | None:
    """The longest number starting at words[i] (words: the lowercased run of adjacent number words)."""
    first = _small(words, i)
    if first is None and words[i] == "không" and i + 1 < len(words) and words[i + 1] == "phẩy":
        first = (0, i + 1)  # "không phẩy năm phần trăm"
    if first is None:
        return None
    total, group, group_scale = Decimal(0), Decimal(0), 0
    pending: Decimal | None = Decimal(first[0])
    j = first[1]
    trailing: list[int] = []
    if j + 1 < len(words) and words[j] == "phẩy" and (frac := _fraction(words, j + 1)):
        pending += Decimal("0." + frac[0])
        j = frac[1]
    while (scale := _scale(words, j)) is not None:
        if j + 1 < len(words) and words[j + 1] == "rưỡi" and pending is not None:  # "bốn triệu rưỡi": 4,5 triệu
            pending += Decimal("0.5")
        if pending is None:  # "nghìn tỷ": a scale of the scale before
            group *= scale
            trailing.append(j)
        elif group and scale > group_scale:  # "hai nghìn ba trăm triệu": (2000 + 300) triệu
            group = (group + pending) * scale
            trailing = [j]
        else:  # "một tỷ tám trăm triệu": 1 tỷ closed, 800 triệu opened
            total += group
            group = pending * scale
            trailing = [j]
        group_scale, pending, j = scale, None, j + 1
        if j < len(words) and words[j] == "rưỡi":
            j += 1
        more = _small(words, j)
        # after a scale, a bare digit word counts only before another scale: "hai nghìn năm lịch sử" is 2000 years
        if more and (more[1] - j >= 2 or words[j] == "mười" or _scale(words, more[1]) is not None):
            pending, j = Decimal(more[0]), more[1]
            trailing = []
            if j + 1 < len(words) and words[j] == "phẩy" and (frac := _fraction(words, j + 1)):
                pending += Decimal("0." + frac[0])
                j = frac[1]
    return _Parsed(total + group + (pending or 0), j, tuple(trailing))


def _format(value: Decimal) -> str:
    """Digits as a Vietnamese text writes them, without thousands marks: 2026, 13,4, 1800."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def rewrite(text: str, keeps_unit: Callable[[int], bool] = lambda at: False) -> tuple[str, list[int] | None]:
    """(text with its spelled-out numbers as digits, offsets map) — the map gives, for every offset of the new text
    and its end, the offset of `text` it comes from; None (and `text` itself) when nothing was rewritten.
    `keeps_unit(at)` says whether the scale words the number ends with, starting at offset `at` of `text`, are
    part of its unit ("nghìn tỷ đồng", "triệu đô la": they stay words) or of the number ("bốn mươi nghìn lao động":
    40000)."""
    if not _MAYBE.search(text) and not _TIMES_HALF.search(text):
        return text, None
    low = text.lower()
    tokens = list(_TOKEN.finditer(low))
    number_word = [t.group(0) in WORDS for t in tokens]
    for k in range(len(tokens) - 1):  # "tỷ lệ", "tỷ trọng", "tỷ giá" are words, not a scale
        if tokens[k].group(0) in ("tỷ", "tỉ") and tokens[k + 1].group(0) in NOT_A_SCALE_AFTER:
            number_word[k] = False
    pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) in `text`
    for m in _FRACTION.finditer(low):
        share = Decimal(DIGITS[m.group(1)] * 100) / _DENOMINATOR[m.group(2)]
        pieces.append((m.start(), m.end(), _format(share.quantize(Decimal("0.1"))) + " phần trăm"))
    for m in _HALF_OF_SCALE.finditer(low):
        pieces.append((m.start(), m.end(), "0,5 " + text[m.start(1):m.end(1)]))
    for m in _TIMES_HALF.finditer(low):  # "tăng gấp rưỡi cùng kỳ": one and a half times
        pieces.append((m.start(1), m.end(1), "1,5 lần"))
    taken = {at for start, end, _ in pieces for at in range(start, end)}
    k = 0
    while k < len(tokens):
        if not number_word[k] or tokens[k].start() in taken:
            k += 1
            continue
        run = [tokens[k]]  # adjacent number words, apart by spaces only
        while k + len(run) < len(tokens) and number_word[k + len(run)] \
                and not low[run[-1].end():tokens[k + len(run)].start()].strip():
            run.append(tokens[k + len(run)])
        words = [t.group(0) for t in run]
        i = 0
        while i < len(words):
            parsed = _number(words, i)
            if parsed is None or not _reads_as_number(text, low, words, run, i, parsed.end):
                i += 1
                continue
            value, end = parsed.value, parsed.end
            kept = next((t for t in parsed.trailing if keeps_unit(run[t].start())), None)
            if kept is not None:
                for t in parsed.trailing[parsed.trailing.index(kept):]:
                    value /= SCALES[words[t]]
                end = kept
            pieces.append((run[i].start(), run[end - 1].end(), _format(value)))
            i = parsed.end
        k += len(run)
    return replace_spans(text, sorted(pieces))


def replace_spans(text: str, pieces: list[tuple[int, int, str]]) -> tuple[str, list[int] | None]:
    """`text` with each (start, end, replacement) of `pieces` (in order, apart) put in, and the offsets map: for every
    offset of the new text and its end, the offset of `text` it comes from (a replacement's last character maps to
    the last character it replaces); None (and `text` itself) when there are no pieces."""
    if not pieces:
        return text, None
    out, origin, at = [], [], 0
    for start, end, words in pieces:
        out.append(text[at:start])
        origin.extend(range(at, start))
        out.append(words)
        origin.extend([start] * (len(words) - 1) + [end - 1] if len(words) > 1 else [start])  # "một" › "1": its start
        at = end
    out.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    return "".join(out), origin


def _reads_as_number(text: str, low: str, words: list[str], run: list, i: int, end: int) -> bool:
    """Two or more words read as one number; one word only after "tháng" (a month's name: "tháng Chín") or before
    "tháng", "phần trăm", "lần" ("mười tháng"); "năm", "một" alone only as a month's name written with a capital."""
    if end - i >= 2:
        return True
    if low[max(0, run[i].start() - 6):run[i].start()].rstrip().endswith("tháng"):  # a month's name
        # "tháng Năm", "tháng Một" capitalised; "9 tháng năm 2023" is nine months of the year 2023
        return words[i] not in AMBIGUOUS_ALONE or (words[i] in ("năm", "một") and text[run[i].start()].isupper())
    after = _TOKEN.search(low, run[i].end())
    if words[i] in AMBIGUOUS_ALONE:  # but "một phần trăm", "năm phần trăm": a percentage
        return words[i] in ("một", "năm") and low.startswith("phần trăm", after.start()) if after else False
    return after is not None and not low[run[i].end():after.start()].strip() and after.group(0) in SINGLE_CONTEXT_AFTER
