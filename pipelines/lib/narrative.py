"""Figures read out of narrative reports, each with its place in the text.

`extract_text` is pure: plain text in, observation dicts and skipped passages
out. `extract_document` reads a file (via `documents`), settles its vintage,
year and province, and returns an `ingest.ParseResult`.

How a figure is read. The text is cut into sentences; only sentences with a
digit are looked at. In a sentence every number followed by a unit ("8,4%",
"9,2 nghìn tỷ đồng", "USD 2.3 billion") is a figure. Its *clause* is the text
from the last , ; : ( before it. From the clause (else the sentence so far,
else the previous figure of the sentence) come: the family (GRDP, budget
revenue…), the province, the verb (tăng / đạt / chiếm / vượt …), the qualifier
word right before the number, the status words (ước, dự kiến, kế hoạch,
mục tiêu…) and the period. Unit and verb pick the catalogue code in the family.

Choices (precision over recall):
- A range ("8-8,5%", "từ 8 đến 8,5%") is one observation: value = midpoint,
  qualifier "about", the range kept in raw_value.
- Status: plan words (kế hoạch, mục tiêu, chỉ tiêu, phấn đấu, target) → plan;
  dự kiến / dự báo → forecast; ước → estimate; else actual, or estimate when
  the document is dated before the period ends. "vượt/đạt/so với kế hoạch" is
  not a plan word: it qualifies a result. A figure in parentheses after a plan
  word ("chưa đạt kế hoạch đề ra (9-9,5%)") is a plan; "ước" carries to the
  next figures of the same period only.
- Period: the clause's own, else the one stated right after the figure, else
  the running one. A sentence sets the running year or part of the year
  ("Năm 2024, …", "9 tháng năm 2023, …") only with what it names before its
  first figure: a year named later is a comparison; a part of the year named
  right after the first figure ("… 9.1% in the first nine months of 2025")
  sets it too. A date ("ngày 08 tháng 12 năm 2023") is never a period.
- Requirements ("… cần đạt trên 8%") and additions ("có thêm 12 xã") are not
  results nor running totals: skipped.
- Anything unsure is skipped with a reason in Vietnamese: no province in a
  multi-province document, national figures, rankings outside the catalogue,
  absolute changes ("tăng 1.200 tỷ đồng"), "lần lượt" lists that do not pair,
  provinces that did not exist in the period.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import re._constants as _C
import re._parser as _P

import polars as pl

from pipelines.lib import (catalogue, documents, errata, ocr_repair, page_furniture, provinces, table_layout,
                           vn_abbreviations, vn_number_words, vn_numbers, vn_text)
from pipelines.lib.narrative_patterns import FAMILIES, PHRASES, UNIT_FAMILY_HINTS, UNMARKED_COMMON, UNMARKED_PHRASES
from pipelines.lib.observation import frame, months_to_date, period_end, period_start

# ------------------------------------------------------------------ regexes (compiled once)
_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_UNIT_ALTS = [
    # money, VND
    r"(?:nghìn|ngàn|triệu) (?:tỷ|tỉ)(?: đồng| vnđ| vnd)?",
    r"(?:tỷ|tỉ) (?:usd|đô la mỹ|đôla mỹ|đô la|đô|usd)", r"(?:triệu|tr\.?) (?:usd|đô la mỹ|đôla mỹ|đô la)",
    r"nghìn (?:usd|đô la mỹ)",
    r"(?:tỷ|tỉ)(?! lệ| trọng)(?: đồng| vnđ| vnd)?",
    r"triệu đồng(?:\s*/\s*người(?:\s*/\s*(?:năm|tháng))?|\s*/\s*tháng)?", r"nghìn đồng(?:\s*/\s*người(?:\s*/\s*tháng)?)?",
    r"usd\s*/\s*người(?:\s*/\s*năm)?",
    # English amounts after the number
    r"(?:billion|bn|million|mn|trillion)(?: (?:usd|us dollars|dollars|vnd|dong))?",
    r"(?:usd|vnd|đồng)",
    # people, counts
    r"(?:triệu|nghìn|ngàn) lượt(?: khách| người)?", r"lượt(?: khách| người)?", r"(?:nghìn |ngàn )?người", r"lao động",
    r"doanh nghiệp", r"new (?:enterprises|businesses|firms)", r"xã", r"điểm", r"points", r"workers",
    r"%", r"phần trăm", r"percent", r"per cent",
]
_PCT_UNITS = {"%", "phần trăm", "percent", "per cent"}
_EN_CHANGE_AFTER = re.compile(r"\s*(?:(rise|increase|growth|jump|gain)|(drop|decline|fall|decrease|contraction))\b")
# "Investment profile for foreign investors – February 2023": an English heading's month after a dash, ending it, is
# the date it was written, not its topic
_DATELINE = re.compile(r" [–—-] (?:january|february|march|april|may|june|july|august|september|october|november"
                       r"|december),? (?:19|20)\d\d\W*$")
_EXCLUDING = re.compile(r"\bexcluding\b")
_EN_BARE_GROWTH = re.compile(r"\bgrowth (?:target |goal )?(?:of|at) (?:about |around |some )?$")  # "a growth target of 10%"
_ACCUMULATED_BEFORE = re.compile(r"\b(?:accumulated|cumulative)\s+$")  # a stock over the years, not the period's flow
_VI_UNIT_WORD = re.compile(r"(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng|lượt)(?!\w)")
_UNIT = "(?:" + "|".join(_UNIT_ALTS) + r")(?![\wÀ-ỹ])"
_UNIT_AT = re.compile(_UNIT)
_CUR_PREFIX = r"(?:us\$|usd|\$|vnd|vnđ)\s*"
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_CATEGORY_CLASS = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_SPACE: r"\s"}


def _first_chars(items, categories: bool = False) -> set[str] | None:
    """Characters a parsed regex can start with, or None when unknown (with `categories`, also "\\d", "\\w", "\\s" for
    a class of them)."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            return out | {chr(av)}
        if op is _C.IN:
            for o, a in av:
                if o is _C.LITERAL:
                    out.add(chr(a))
                elif o is _C.RANGE:
                    out.update(chr(x) for x in range(a[0], a[1] + 1))
                elif categories and o is _C.CATEGORY and a in _CATEGORY_CLASS:
                    out.add(_CATEGORY_CLASS[a])
                else:
                    return None
            return out
        if categories and op is _C.BRANCH and all(o in _ZERO_WIDTH for b in av[1] for o, _ in b):
            continue  # "(?:(?<=\n)|^)": a choice of assertions consumes nothing (not in dispatch_regex's use: its order)
        if op is _C.SUBPATTERN or op is _C.BRANCH:
            subs = [list(av[3])] if op is _C.SUBPATTERN else [list(b) for b in av[1]]
            for sub in subs:
                f = _first_chars(sub, categories)
                if f is None:
                    return None
                out |= f
            return out
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            f = _first_chars(list(av[2]), categories)
            if f is None:
                return None
            out |= f
            if av[0] > 0:
                return out
            continue
        if op in _ZERO_WIDTH:
            continue
        return None
    return None


def prefiltered(pattern: re.Pattern) -> re.Pattern:
    """`pattern` behind a lookahead of the characters it can start with. Python's engine tries a pattern that opens
    with a lookbehind or a word boundary at every place of the text; the lookahead turns most places away at once.
    The matches are the same (the lookahead only refuses places where no alternative can start); `pattern` itself
    when its first characters cannot be told (one alternative may start with anything, or match nothing)."""
    chars = _first_chars(list(_P.parse(pattern.pattern, pattern.flags)), categories=True)
    if not chars:
        return pattern
    ahead = "".join(sorted(c if len(c) > 1 else re.escape(c) for c in chars))
    return re.compile(f"(?=[{ahead}])(?:{pattern.pattern})", pattern.flags)


_FIGURE = prefiltered(re.compile(
    # "1. Quảng Ninh – 72,95 điểm": a numbered line of a ranking names its place (read only in a text on the PCI)
    rf"(?:(?<=\n)|^)(?P<rank3>\d{{1,2}})\.(?=\s+[^\W\d_])|"
    # English ordinals of a ranking (read only in a text on the PCI): "Dong Thap (2nd, 70.53 points)", "climbed to
    # 14th", "from 42nd in 2020", "in 63rd place"; a score right after one in its parenthesis is in points ("(4th, 69.96)")
    rf"(?:(?<=\()|(?<=\bto )|(?<=\bfrom )|(?<=\bin ))(?P<rank4>\d{{1,2}})(?:st|nd|rd|th)\b(?! consecutive| straight| time)|"
    rf"(?<=\d(?:st|nd|rd|th), )(?P<score>\d{{1,3}}\.\d{{1,2}})(?=\))|"
    rf"(?P<top>topped|headed) the (?:pci )?rankings?\b|"  # "Quang Ninh topped the rankings": first place
    rf"(?P<cur>{_CUR_PREFIX})?(?P<lo>{_NUM})"
    rf"(?:\s*%?\s*(?:-|–|—|đến|to)\s*(?P<hi>{_NUM})(?!\d|(?:st|nd|rd|th)\b))?\s*(?:(?P<unit>{_UNIT})"
    # "tăng gấp 1,2 lần so với cùng kỳ": last year's figure times 1,2, a growth of 20% (after "gấp": _TIMES_LEAD)
    rf"|(?P<times>lần)(?=\s*(?:so với\s+)?(?:cùng kỳ|năm trước|năm (?:19|20)\d\d)))?"
    rf"|(?:xếp|đứng)(?: (?:ở )?vị trí| hạng)? thứ\s*(?P<rank>\d{{1,2}})(?:\s*/\s*(?P<of>\d{{1,2}}))?"
    rf"|(?:xếp hạng|ranked|(?<=\()thứ|(?<=\()hạng)\s*(?:thứ\s*)?(?P<rank2>\d{{1,2}})(?:\s*/\s*(?P<of2>\d{{1,2}}))?"
))
_BILLIONS_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})\s+(?:tỷ|tỉ)\s+$")  # "1 tỷ " before "250 triệu USD"
_THOUSANDS_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})\s+(?:nghìn|ngàn)\s+$")  # "68 nghìn " before "500 tỷ đồng"
_TIMES_LEAD = re.compile(r"\b(?:gấp|tăng) (?:hơn |gần |khoảng )?$")  # "gấp 2,1 lần", "tăng 1,3 lần so với cùng kỳ"
_FAMILY_ALTS: list[tuple[str, str]] = sorted(
    ((fam, p) for fam, pats in PHRASES.items() for p in pats), key=lambda fp: -len(fp[1])
)
def dispatch_regex(alternatives: list[tuple[str, str]], lead: str = "") -> tuple[re.Pattern, dict[int, str]]:
    """One regex for (tag, pattern) alternatives, grouped by the character they start with.

    Python's engine tries every alternative of a plain alternation at every
    position; grouping them behind a one-character lookahead tries only those
    that can start there, in the given order (so longest-first is kept). The
    returned map gives the tag of a match from `m.lastindex`.
    """
    by_char: dict[str, list[int]] = {}
    unknown: list[int] = []
    for i, (_, pat) in enumerate(alternatives):
        chars = _first_chars(list(_P.parse(pat)))
        if chars is None:
            unknown.append(i)
            continue
        for ch in chars:
            by_char.setdefault(ch, []).append(i)
    parts, tags, n = [], {}, 0
    for ch, idxs in sorted(by_char.items()):
        branch = []
        for i in idxs:
            n += 1
            tags[n] = alternatives[i][0]
            branch.append(f"({alternatives[i][1]})")
        parts.append(f"(?={re.escape(ch)})(?:{'|'.join(branch)})")
    for i in unknown:
        n += 1
        tags[n] = alternatives[i][0]
        parts.append(f"({alternatives[i][1]})")
    return prefiltered(re.compile(lead + "(?:" + "|".join(parts) + ")")), tags


_FAMILY_RE, _FAMILY_OF_GROUP = dispatch_regex(_FAMILY_ALTS, lead=r"(?<!\w)(?=\w)")

_QUALIFIER = re.compile(
    r"(?:(?P<more>(?<!cao )(?<!lớn )(?<!nhiều )(?<!thấp )hơn|trên|more than|over|above|exceeding|at least|no less than|không dưới|không thấp hơn|ít nhất|tối thiểu|vượt (?:mốc|ngưỡng|con số))|(?P<less>gần|dưới|chưa đến|less than|nearly|almost|under|below)"
    r"|(?P<about>khoảng|xấp xỉ|gần bằng|chừng|about|around|approximately|roughly|some))\s*(?:mức\s*)?$"
)
# A change against the month or quarter before (or December), not the same period of last year the catalogue's rates are
_AGAINST_LAST_PERIOD = re.compile(r"\s*so với (?:tháng trước|quý trước|kỳ trước|tháng \d{1,2} năm trước|đầu năm|cuối năm"
                                  r" trước)|\s*(?:month[- ]on[- ]month|quarter[- ]on[- ]quarter|(?:from|over) the previous (?:month|quarter)"
                                  r"|over (?:last month|(?:january|february|march|april|may|june|july|august|september|october"
                                  r"|november|december)(?!,? (?:19|20)\d\d)))")  # "by 2.1% over May": the month before
_PER_MONTH = re.compile(r"^[^/,;]*/\s*(?:người\s*/\s*)?tháng\b|^[^,;]*?\b(?:một|mỗi|1) người\s*(?:một|mỗi)\s*tháng\b"
                        r"|^[^,;\d]{0,12}?\b(?:một|mỗi) tháng\b")  # "4,5 triệu đồng một tháng"
_PART_OF = re.compile(r"(?<![\d.,])(\d+)\s*/\s*$")  # "45/" before "71 xã": a part of a whole
_EXCEEDS_LEVEL = re.compile(r"\bvượt(?: qua)?(?: mức)?\s*$|\bsurpass(?:ed|ing)?\s*$")
_QUALIFIER_AFTER = re.compile(r"\s*(?:(?P<more>trở lên|or more|and above)|(?P<less>trở xuống|or less|and below))")
# A rate the rest of the year needs, not a result: "… 6 tháng cuối năm cần đạt trên 8%"
_REQUIRED = re.compile(r"\b(?:cần (?:phải )?đạt|phải đạt|cần tăng|phải tăng|needs? to (?:reach|grow))\b[^,;]*$")
_VERB = prefiltered(re.compile(
    r"(?P<share>chiếm(?: tỷ trọng)?|accounted for|accounts? for|made up|makes? up)|(?P<fall_to>giảm (?:xuống )?còn|còn|xuống còn|giảm xuống(?= (?:dưới|mức|\d)|\s*$)|(?:fell|fallen|dropped|declined|decreased) to)"
    r"|(?P<exceed>vượt|exceeded)|(?P<growth>tăng trưởng|tăng|grew|grown|rose|jumped|surged|climbed|expand|increased|expanded|expanding|growing|rising"
    r"|increasing|up|growth of|growth|(?:an )?increase of|risen)"
    r"|(?P<fall>giảm|(?<!\w)âm(?!\w)|fell|decreased|down|contracted|contracting|falling|decreasing|(?:a )?decrease of|fallen)|(?P<reach>ước đạt|đạt|là|ở mức|reached|hit|was|at(?!ed\b)|of|totall?ed)"  # not "estim-at-ed"
))
_PLAN_AFTER = re.compile(
    r"^\s*(?:so với\s+|of\s+(?:the\s+)?(?:annual\s+|full-year\s+|yearly\s+|year's\s+|this year's\s+)?(?:budget\s+)?)?(?P<basis>(?:kế hoạch|kh\b|dự toán|chỉ tiêu|mục tiêu|the plan|plan|target|estimate)"
    r"(?:\s+(?:năm\s+\d{4}|trung ương|tw|hđnd tỉnh|hđnd|địa phương|tỉnh|thủ tướng chính phủ|chính phủ|đề ra|được|năm))*"
    r"(?:\s+giao)?)"
)
_PLAN_WORD = re.compile(
    r"\bđể (?:hoàn thành|đạt được|đạt) (?:kế hoạch|mục tiêu|chỉ tiêu)\b|"  # "để hoàn thành mục tiêu cả năm tăng 11%": still to reach
    r"(?<!vượt )(?<!đạt )(?<!với )(?<!thành )(?<!bằng )(?<!theo )(?<!xa )(?<!% )(?<!%)"  # "vượt 5,7% kế hoạch": of the plan
    r"(?:\bkế hoạch\b|\bmục tiêu\b(?! quốc gia)|\bkịch bản\b|\bchỉ tiêu\b|\bphấn đấu\b|\btargets?\b|\baims? (?:to|for)\b|\bplans? to\b|\bgoal\b|"
    r"\bkh\b|\bđăng ký (?:với cụm|thi đua|chỉ tiêu)\b|\bgiao ước\b|\bcam kết (?=tăng|đạt|thu|phấn đấu|hoàn thành)|\bdự toán\b(?= (?:là|năm|thu|chi|ngân sách|được|của|\d)))"  # "tỉnh đăng ký với Cụm: tăng trưởng … từ 10% trở lên"
)
_FORECAST_WORD = re.compile(r"\bdự kiến\b|\bdự báo\b|\bexpected\b|\bforecast\b|\bprojected\b|\bwe expect\b|\bcould post\b")
# "sơ bộ" (preliminary) is an estimate, as a "Sơ bộ 2024" column of a table is
_ESTIMATE_WORD = re.compile(r"(?<!giao )\bước\b|\bước tính\b|\bsơ bộ\b|\bestimated\b|\bpreliminary\b"
                            r"|(?<!annual )(?<!the )(?<!budget )\bestimate\b")
_NATIONAL = re.compile(r"\bcả nước\b|\btoàn quốc\b|\bgdp\b|\bnationwide\b|\bviệt nam\b|\bvietnam\b|\bcả vùng\b|\btoàn vùng\b"
                       r"|\btoàn cụm\b|\bcả cụm\b|\bbình quân (?:chung )?(?:của )?(?:các tỉnh trong )?cụm\b")
_NATIONAL_BODY = re.compile(r"\bcủa quốc hội\s*$|\bthe national assembly'?s?\b[^()]*$")
# a sentence that opens on the whole country: "Nationwide, …", "Tính chung cả nước, …"
_NATIONAL_OPENING = re.compile(r"\s*(?:nationwide|across the country|(?:tính chung |trên (?:phạm vi )?)?cả nước|toàn quốc)\s*,")
# "Theo Tổng cục Thống kê, tổng sản phẩm trong nước 9 tháng ước tăng 6,82%; chỉ số giá tiêu dùng bình quân tăng 3,88%": a
# sentence whose subject, before its first figure, is the country's economy is the country's to its end
_NATIONAL_SUBJECT = re.compile(r"\b(?:tổng sản phẩm trong nước|gdp (?:cả nước|của cả nước|toàn quốc)|kinh tế cả nước"
                               r"|nền kinh tế cả nước|the (?:national|country's|vietnamese) economy)\b")
_SEVERAL_PLACES = re.compile(r"\bcộng gộp\b|\b(?:của|cả) (?:hai|ba|bốn|năm|sáu|\d+|các) (?:tỉnh|địa phương)\b"
                             # "ba tỉnh còn lại đạt từ 4.100 đến 6.200 tỷ đồng": a spread over the others
                             r"|\b(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|\d+|các) (?:tỉnh|địa phương|thành phố)(?: thành viên)?"
                             r" (?:còn lại|khác)\b"
                             r"|\bcombined\b|\bof the (?:two|three|four|five|\d+) (?:provinces|localities)\b")
_TOURISM = {"tourism", "tourism_arrivals", "tourism_revenue"}
_SUMMED = re.compile(r"\b(?:cũ|trước (?:sáp nhập|hợp nhất|sắp xếp))\b[^,;:]{0,12}\b(?:cộng lại|cộng gộp|gộp lại|cộng chung)\b")
_PCI_NAMED = re.compile(r"năng lực cạnh tranh cấp tỉnh|\bpci\b|provincial competitiveness")
_OTHER_INDEX = re.compile(r"\b(?:papi|pgi|par index|sipas|ddci)\b|chỉ số (?:thành phần|xanh|hiệu quả quản trị|cải cách hành "
                          r"chính|hài lòng)|điểm trung vị|\bcomponent\b|\bsub-index")
_WHOLE_PROVINCE = re.compile(r"\b(?:toàn tỉnh|toàn thành phố|cả tỉnh|toàn địa bàn)\b")
_FORMER_ONES = re.compile(r"\s*(?:cũ|trước (?:sáp nhập|hợp nhất|sắp xếp))\b|\s+former\b")
# a sentence that goes on with the indicator of the one before: "Lũy kế 10 tháng đạt …", "Tính chung 9 tháng, …"
# a sentence that goes on with the indicator of the one before: "Lũy kế 10 tháng đạt …", "Riêng quý III/2026 thu hút …"
# a figure of something the catalogue does not hold ("61.350 ha", "64,2 tạ/ha", "1.102 thôn"): not a year, a day or
# a document number
_OTHER_FIGURE = re.compile(r"(?<![\w/.,-])(?!(?:19|20)\d\d\b)\d{1,3}(?:[.,]\d+)*\s*(?:%|(?!(?:tháng|năm|quý|giờ|ngày|"
                           r"điểm phần trăm)\b)[^\W\d_]+)(?![\w/])")
_BREAKDOWN = re.compile(r"\btrong đó\b|\bof which\b|\bin which\b")  # the parts of the sentence's main figure


def _last_breakdown(low: str, start: int, end: int) -> int | None:
    """Where the words after the last "trong đó" / "of which" in low[start:end] begin, or None."""
    return max((m.end() for m in _BREAKDOWN.finditer(low, start, end)), default=None)


_CARRY_OPENING = re.compile(r"\s*(?:lũy kế|cộng dồn|tính chung|tính từ đầu năm|cumulatively|year-to-date"
                            r"|riêng (?=quý|tháng|trong (?:quý|tháng))"
                            # "Số chính thức tháng 3 đạt 91.120 tỷ đồng", "Số thực hiện tháng 2 đạt …": the same indicator
                            r"|số (?:chính thức|thực hiện|ước tính|sơ bộ)(?= (?:\d{1,2} tháng|quý|tháng \d|năm))"
                            # a flash's next bullet on another period: "- TMBL T10 ước …" › "- 10 tháng ước …"
                            r"|[-+•]\s*(?=(?:\d{1,2} tháng|quý|tháng \d|cả năm)\b))\b")
_BULLET_LINE = re.compile(r"\s*[-+•]\s")
_ESTIMATE_LIST_LEAD = re.compile(r"\b(?:ước tính|ước thực hiện|sơ bộ|estimated?|preliminary)\b", re.IGNORECASE)
_PLAN_LIST_LEAD = re.compile(r"^(?!.*(?<!giao )\b(?:ước|sơ bộ|(?<!cam kết )thực hiện|kết quả)\b)"  # "chỉ tiêu … (ước
                             # tính):" are indicators; "các tỉnh cam kết thực hiện các chỉ tiêu năm 2024 như sau:" targets
                             r".*(?:mục tiêu|kế hoạch|phấn đấu|targets?|chỉ tiêu[^:]*\bđến (?:năm|hết|cuối)"
                             r"|(?:giao ước|cam kết)[^:]*\bchỉ tiêu)[^:]*:\s*$",
                             re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\blần lượt\b|\btương ứng\b|\brespectively\b")
_PCT_ROLES = {"growth", "share", "pct_of_plan", "rate"}  # the roles a percentage can have
_FROM_START = re.compile(r"\btừ\s*$|\bfrom\s*$")
_FROM_TO = re.compile(r"(?:\s*(?:năm|in)\s+(?:19|20)\d\d)?\s*(?:xuống|lên|tăng lên|giảm xuống|to\b)")  # "từ 3,95% năm 2023 xuống"
_COMPARED_YEAR_BEFORE = re.compile(r"so với (?:năm ((?:19|20)\d\d)|năm trước)\s*$")
_SAME_PERIOD_LEAD = re.compile(r"cùng kỳ(?: năm (?:((?:19|20)\d\d)|trước))?\s*$")
_SAME_PERIOD_INSIDE = re.compile(r"\(\s*cùng kỳ(?: năm)?(?: ((?:19|20)\d\d)| trước)?\s*[:=]\s*(?:đạt\s+|là\s+)?")
_TO_BEFORE = re.compile(r"\b(?:xuống còn|xuống|còn|lên|to)\b")
_NATIONAL_AFTER = re.compile(r"\s*(?:của|ở|of|for)\s+(?:(?:toàn |cả )?ngành [^\d,;.()]{0,40}?\s|(?:gdp|grdp|kinh tế|nền kinh tế|bình quân|"
                             r"trung bình|chung) )?(?:cả nước|toàn quốc|the (?:whole )?country|the nation|cả vùng|toàn vùng|"
                             r"vùng|khu vực|cả cụm|toàn cụm|vietnam|việt nam|the region)\b")
_PART_OF_PREVIOUS = re.compile(r"\btrong đó\b|\bbao gồm\b|\bincluding\b|\bof which\b|\bin which\b"
                               r"|\briêng\b(?!\s+(?:quý|tháng|năm|trong|\d|sáu|chín|ba))")
# "công bố hồi tháng 5", "báo cáo phát hành đầu tháng 2": when, not what
_EVENT_DATE = re.compile(r"(?:hồi|vào|since|in early|in late|(?:phát hành|công bố|ban hành)(?: (?:đầu|giữa|cuối))?)\s*$")
# What every period _PERIOD reads has (a year, a number of months or a month's number, a quarter, "năm nay/qua",
# "cả năm", English spans): looked for before the costlier _periods
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MAY_NAME_PERIOD = re.compile(r"(?:19|20)\d\d|\d tháng|tháng \d|quý|năm (?:nay|qua|vừa|trước)|cả năm|cuối năm|trong năm|(?:hai|ba|bốn|sáu|bảy|"
                              r"tám|chín|mười) tháng|half|quarter|months|full year|whole year|january|february|march|april|may|june|july|"
                              r"august|september|october|november|december")
_GRDP_LEVELS = {"grdp", "grdp_size", "grdp_const"}
_CONST_OR_CURRENT = re.compile(r"giá (so sánh)|giá hiện hành|(constant) prices|current prices")
# A place inside a province: "huyện Đông Anh", "thị xã", "đặc khu Phú Quốc", "thành phố Vinh" (a city that is not itself
# a province: checked against the province names after it)
_SUB_UNIT = re.compile(r"(?<![\w])(?:[Hh]uyện|[Tt]hị xã|[Qq]uận|[Đđ]ặc khu|[Pp]hường|[Xx]ã|[Tt]hị trấn|[Tt]hành phố|TP\.?|[Kk]hu công nghiệp"
                       r"|[Kk]hu kinh tế)\s+(?=\w)|\b[A-Z][a-z]+ (?:City|District|Town)\b(?! People)")


def _sub_unit(text: str, start: int, end: int, idx) -> bool:
    """Whether a place inside a province is named in text[start:end]: "huyện Đông Anh", "đặc khu Phú Quốc",
    "thành phố Thủ Đức" (a name follows, capitalised, and it is not a province's: "Thành phố Hồ Chí Minh" is one)."""
    for m in _SUB_UNIT.finditer(text, start, end):
        english = m.group(0)[0].isupper() and m.group(0).endswith(("City", "District", "Town"))
        named = [p for p in idx.named if p[1] > m.start() - 40 and p[1] <= min(end, m.end() + 40)] if idx is not None \
            else _provinces(text, max(start, m.start() - 40), min(end, m.end() + 40))
        if english and not any(a <= m.start() < b for a, b, _ in named):
            return True  # "Hoi An City", not "Ho Chi Minh City" nor "Can Tho City" (a province's name and "City")
        if english:
            continue
        named = [p for p in named if p[0] >= m.start()]
        if m.end() < len(text) and text[m.end()].isupper() and not any(a in (m.start(), m.end()) for a, _, _ in named):
            return True
    return False


_VALUE_ADDED = {"agriculture", "industry_construction", "services"}
_GROSS_OUTPUT = re.compile(r"giá trị sản xuất|gross output")
_NOT_OF_FAMILY = {
    "jobs": re.compile(r"nước ngoài|xuất khẩu lao động|abroad"),
    "new_enterprises": re.compile(r"quay (?:trở )?lại hoạt động|giải thể|tạm ngừng|ngừng hoạt động|rút lui|resum|dissol"),
}
# "Thu nhập bình quân đầu người khu vực nông thôn đạt 4,6 triệu đồng/tháng": the rural part of the province
_RURAL_OR_URBAN = re.compile(r"\b(?:khu vực|vùng|ở|tại) (?:nông thôn|thành thị|đô thị)\b|\bin (?:rural|urban) areas\b"
                             r"|\b(?:rural|urban) (?:areas|residents|households)\b")
_OF_PEOPLE = {"income_monthly", "income_unspecified", "poverty", "trained_labour", "health_insurance", "jobs"}
_SAID_WRONG = re.compile(r"\s*(?:như (?:một số )?(?:báo|bài|tin)[^,;.]{0,30}\s)?(?:là|được nêu là|nêu trên là)?\s*"
                         r"(?:(?:chưa|không) (?:chính xác|đúng)|sai)\b|\s*(?:is|was) (?:wrong|incorrect|inaccurate)\b")
# "112 xã đạt chuẩn nông thôn mới, 50 xã đạt chuẩn nông thôn mới nâng cao": the 50 are a higher standard's
_NTM_HIGHER = re.compile(r"\s*(?:xã\s+)?(?:đạt chuẩn\s+)?(?:nông thôn mới\s+|ntm\s+)?(?:nâng cao|kiểu mẫu)\b")
# "tăng trưởng đạt 7%", "tăng trưởng cả năm 2026 đạt 10%"
_GROWTH_RIGHT_BEFORE = re.compile(r"\b(?:tăng trưởng|growth(?: target| goal)?)(?:\s+(?:cả năm|năm|in|quý [ivx1-4]+|\d{1,2} tháng(?: đầu năm)?|tháng \d{1,2})"
                                  r"(?:\s*(?:/|năm)?\s*(?:19|20)\d\d)?)?"  # "dự báo tăng trưởng quý I/2026 đạt khoảng 8,5%"
                                  r"(?:\s*(?:đạt|từ|khoảng|trên|là|of|at)\b){0,2}\s*$")
# a footnote's mark right after a figure ("5,66%(1)", "38,9 triệu đồng²") and the line of the note it points to
_FOOTNOTE_MARK = r"\((\d{1,2})\)|([¹²³⁴⁵⁶⁷⁸⁹])"
_FOOTNOTE_MARK_AFTER = re.compile(_FOOTNOTE_MARK)
_FOOTNOTE_LINE = re.compile(rf"[ \t]*(?:{_FOOTNOTE_MARK})\s")
_SHARE_OF_A_COUNT = re.compile(r"\s*(?:(?:tổng )?số|các)\s+")  # "100% số xã đạt chuẩn …", "85% các hộ …"
# "US$2 billion of FDI", "2 tỷ USD vốn FDI", "USD 1.42 billion in newly registered and additional foreign direct
# investment"
_LEVEL_OF = re.compile(r"\s*(?:(?:of|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,4})?")
_BARE_GROWTH = re.compile(r"\b(?:growth|tăng trưởng)\b")
_EXCEEDING_BY = re.compile(r"\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing)?|vượt)\s+(?:the\s+)?(?:annual\s+|full-year\s+)?"
                           r"(?:estimate|plan|target|dự toán|kế hoạch)[^,;]*?\s+(?:by|là)\s*$")
_PLAN_SET_IS = re.compile(r"(?:kế hoạch|mục tiêu|chỉ tiêu|kịch bản)(?: năm \d{4})? (?:đề ra|đặt ra|được giao|giao)"
                          r"(?: năm \d{4})? là\s*$")
_SHARE_NOUN = re.compile(r"\b(?:tỷ lệ|tỷ trọng|cơ cấu)\b")
_TIMES_BASE = re.compile(r"\s*(?:lần\s+)?(?:so với\s+)?(?:năm\s+|of\s+|in\s+)?((?:19|20)\d\d)\b")  # "… lần năm 2015"
_TIMES_LAST = re.compile(r"\s*(?:lần\s+)?(?:so với\s+)?(?:năm trước|năm ngoái|cùng kỳ(?: năm trước)?)\b")
_AIM = re.compile(r"\bphấn đấu\b|\baims? (?:to|for)\b|\bstrives? to\b")
_TARGET_BEFORE = re.compile(r"\bvượt (?:mục tiêu|chỉ tiêu|kế hoạch)(?: năm \d{4}| đề ra| đặt ra)?\s*$")
_EQUAL_TO = re.compile(r"(?:\bbằng|\bequal to|\bequivalent to)\s*$")
# "phấn đấu tăng trưởng kinh tế cao hơn năm 2017": a heading's year it is compared with sets no topic
_MORE_THAN_BEFORE = re.compile(r"(?:cao|thấp|nhanh|chậm|lớn|nhiều|ít) hơn\s*(?:năm\s*)?$")
_AGAINST_LAST_YEAR = re.compile(r"\s*(?:so với\s+|of\s+|compared (?:with|to)\s+)?(?:the\s+)?(?:cùng kỳ|năm trước|năm \d{4}"
                                r"|same period|last year|previous year|\d{4})")
_TO_AFTER = re.compile(r"\s*(?:xuống|lên|tăng lên|giảm xuống|to\b)")
_THE_PROVINCE = re.compile(r"\b(?:của tỉnh|toàn tỉnh|tỉnh đã|tỉnh ước|toàn thành phố|the province|the (?:port |capital )?city)\b")
_CONTRAST_OPENING = re.compile(r"\s*(?:trong khi đó|trong khi|còn|riêng|ngược lại|tương tự|tuy nhiên|tuy|mặc dù|meanwhile|"
                               r"(?:trong |so với )?cùng kỳ (?:năm )?(?:19|20)\d\d|"  # "Cùng kỳ năm 2025, …, mức tăng chỉ là 6,9%"
                               r"by contrast|although|though|however|"
                               r"in contrast|similarly)\b")
_AS_OF = re.compile(r"(?:(?:tính )?đến (?:hết )?(?:ngày )?|(?:tại|vào) thời điểm (?:ngày )?)(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d\d))?")
# "(KH: 9,5%)", "(ước: 7,2%)": the status word's colon does not end its clause
_STATUS_BEFORE_COLON = re.compile(r"(?:^|[(\s])(?:kh|kế hoạch|mục tiêu|chỉ tiêu|dự toán|ước(?: tính| thực hiện)?|th|thực hiện)\s*$")
_CLAUSE_CUT = re.compile(r"[,;:(\[]|\s(?:trong khi|còn|while|and|và|nhưng|but)\s(?=[^\d]*$)")

_PLAN_OF_PERIOD = re.compile(r"(?:dự toán|kế hoạch|kh|mục tiêu)(?: (?:vốn|thu|chi|hđnd|trung ương|tw|giao|được giao|"
                             r"đề ra))*\s*$")
# "Sau giai đoạn khó khăn do dịch bệnh năm 2021, kinh tế tỉnh đã phục hồi": a year named as a cause or a starting
# point is not what the sentences after it are about
_AFTER_OR_BECAUSE = re.compile(r"\b(?:sau|do|bởi|vì|kể từ|từ sau|so với|since|after|because|due to|following)\b"
                               r"[^,;:]*$")
_PARAGRAPH_SUBJECT = re.compile(r"\s*(?:(?:tại|ở|riêng|với|còn|về phía)\s+)?(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?")
_NOTE_OPENING = re.compile(r"\((?:\*+|\d{1,2})\)\s|(?:ghi chú|chú thích|nguồn|note|source|lưu ý)(?: [^\W\d]+){0,3}\s*:",
                           re.IGNORECASE)  # "Ghi chú phương pháp: …"
_MULTI_YEAR = re.compile(r"giai đoạn\s*\(?(?:19|20)\d\d\s*[-–]|(?<![\d/])(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?![\d/])"
                         r"|bình quân (?:mỗi|hằng|hàng) năm|per year|a year on average")
# "…, bình quân mỗi tháng gần 280 doanh nghiệp": a month's average, not the period's figure
_MONTHLY_AVERAGE = re.compile(r"\b(?:bình quân|trung bình)\s+(?:mỗi|một|hằng|hàng)\s+tháng\b|\bmỗi tháng\b|\bper month\b"
                              r"|\ba month on average\b")
_PER_YEAR = re.compile(r"\s*/\s*năm|\s*(?:mỗi|hằng|hàng) năm|\s*(?:per year|a year|annually)")
_PLAN_BEFORE_NUMBER = re.compile(r"(?:kế hoạch|mục tiêu|chỉ tiêu|kịch bản|\bkh\b|target)"
                                 r"(?:\s+(?:đề ra|(?:cả )?năm(?: \d{4})?|giao|là|of))*"
                                 r"\s*(?:hơn|trên|khoảng|gần|dưới|từ)?\s*$")  # "mục tiêu từ 7,5 đến 8%"
_PROV_AFTER = re.compile(r"\s*(?:của|tại|ở|of|in)\s+(?=[^\s])")
_STOP = frozenset("""tỉnh toàn thành phố tp của trong khi đó còn như và tăng trưởng đạt ước tính dự kiến giảm xuống hơn trên gần dưới
khoảng xấp xỉ năm tháng quý đầu cuối cả là với so bằng lần lượt có đã được tiếp tục riêng nay đến hết ở mức chiếm tỷ lệ
trọng cao thấp nhiều ít nhất mạnh khá nhẹ đề ra kế hoạch mục tiêu chỉ tiêu phấn đấu vượt tính chung sơ bộ thực hiện
theo đạt cùng kỳ từ nhờ vậy nên qua vừa chung địa bàn bình quân the of and in while up down by was at has its it
reached grew rose increased fell expanded posted a an to with over than more less about around tương đương ứng
equivalent equal respectively lượng well below above lower higher compared recorded previous last year versus
against growth alone nhưng chưa mà song tuy target targets plan plans aims aim sets set goal exceeding exceeded annual
estimate yearly dẫn cụm tiếp đứng leads led hút ghi nhận đặt attracted attract attracts province
provincial estimated is are have had been could post xếp sau nhóm gồm giữa vẫn giữ kim ngạch cũ cộng gộp lại nghị quyết hội đồng nhân dân số mức công bố đây chính thức lần tiên mốc""".split())  # "(thu) hút", "ghi nhận", "đặt (mục tiêu)": verbs


_WORDS = re.compile(r"[^\W\d_]+")
_ASIDE_PARENS = re.compile(r"^[^()]*\)|\([^()]*\)")  # a closed parenthesis, or the end of one the clause starts in
# "(theo giá so sánh 2010)", "giá hiện hành": the price basis of a figure, not a label of its own
_PRICE_BASIS = re.compile(r"(?:theo\s+)?giá\s+(?:so sánh|hiện hành)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?|(?:at\s+)?(?:constant|current) prices")
_CONNECTIVES = re.compile(r"(?:nâng|đưa) tổng số(?: \w+){0,3} lên|tương đương|tương ứng|bringing the total to")
# "Vĩnh Long xếp thứ tư với mức tăng 7,15%", "ranked third with": a place in a ranking names no indicator
_RANK_PHRASE = re.compile(r"(?:xếp|đứng)(?: ở)?(?: vị trí| hạng)? (?:thứ (?:nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|đầu|cuối)"
                          r"|\branked (?:first|second|third|last|\w+th)\b")
# Cumulative indicators: a count is the running total only when the sentence says so.
_CUMULATIVE = re.compile(r"toàn tỉnh có|\b(?:đã|hiện) có|(?:^|[;:]\s*)có\s*$|lũy kế|tổng số|nâng (?:tổng )?số|đưa (?:tổng )?số|đến nay|đến hết|"
                         r"đến cuối|tính đến|tính chung|đến năm (?:19|20)\d\d|cumulative|in total|bringing the total"
                         r"|by (?:the end of )?(?:19|20)\d\d")  # "Đến năm 2025, … trên 430 xã đạt chuẩn": a stock by then
_CUMULATIVE_FAMILIES = {"ntm"}


_WHOLE_OF = re.compile(r"(?:\btrong|\bof|\bin)\s+$")


def _subject(low: str, fams: list) -> list:
    """`fams` without a last one that is the whole the one before is a part of: "Tỷ trọng công nghiệp - xây dựng
    trong GRDP", "the share of services in GRDP"."""
    if len(fams) >= 2 and _WHOLE_OF.search(low, max(0, fams[-1][0] - 6), fams[-1][0]):
        return fams[:-1]
    return fams


def _sequential_base(low: str, start: int, end: int, ctx: "_Ctx", period: str) -> str | None:
    """The month or quarter a growth in low[start:end] is compared with, when it is not the same part of the year
    before ("so với quý IV/2025" for the first quarter of 2026, "so với tháng 8" for September): None otherwise."""
    if "-" not in period or low.find("so với", start, end) < 0:
        return None
    same_last_year = f"{int(period[:4]) - 1}{period[4:]}"
    for m in _PERIOD.finditer(low, start, end):
        if not _COMPARISON.search(low, max(0, m.start() - 30), m.start()) or not (m.group("q") or m.group("mo")):
            continue
        base = _period_from(m, ctx, int(period[:4]))
        if base and base != same_last_year and base != period:
            return base
    return None


def _in_dash_aside(low: str, start: int, at: int, end: int, dashes: re.Pattern | None = None) -> bool:
    """Whether position `at` is inside an aside set off by spaced dashes before `end` ("năm 2025 - năm đầu tiên sau
    khi hợp nhất … tỉnh Sóc Trăng - tốc độ tăng trưởng GRDP ước đạt 7,82%"). `dashes`: which ones count (the
    hyphen too by default; `_LONG_DASH` where a hyphen joins words, "công nghiệp - xây dựng", "62 - 63%")."""
    dashes = dashes or _SPACED_DASH
    return dashes.search(low, start, at) is not None and dashes.search(low, at, end) is not None


_SPACED_DASH = re.compile(r" [-–—] ")
_LONG_DASH = re.compile(r" [–—] ")  # "Khu vực dịch vụ – chiếm khoảng 65,2% GRDP của thành phố – ước giảm 6,4%"


def _in_parens(low: str, start: int, at: int) -> bool:
    """Whether position `at` is inside a parenthesis opened after `start`."""
    return low.rfind("(", start, at) > low.rfind(")", start, at)


_AREA_BEFORE = re.compile(r"(?:khu vực|địa bàn|vùng)(?: tỉnh| thành phố)?\s*$")


def _not_areas(low: str, provs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The provinces not named as an area of another ("nhờ các nhà máy tại khu vực Ninh Thuận cũ; tính chung 7 tháng,
    chỉ số này tăng 11,8%"): an area is the subject of its own clause only."""
    return [p for p in provs if not _AREA_BEFORE.search(low, max(0, p[0] - 20), p[0])]


def _outside_asides(low: str, start: int, end: int, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The periods of low[start:end] not inside a closed parenthesis: "(do tháng 2 trùng với kỳ nghỉ Tết)" is an aside."""
    return [(at, p) for at, p in found if not (_in_parens(low, start, at) and low.find(")", at, end) >= 0)]


def _has_own_label(low: str, start: int, end: int, idx: "_SentenceIndex") -> bool:
    """True when a clause names something (two or more content words) other than provinces and periods."""
    seg = low[start:end]
    for a, b, _ in reversed(idx.provinces(start, end)):
        seg = seg[: a - start] + " " + seg[b - start:]
    seg = _ASIDE_PARENS.sub(" ", seg)  # "(sau khi hợp nhất với tỉnh Kon Tum) ước đạt": an aside names nothing
    seg = _RANK_PHRASE.sub(" ", _CONNECTIVES.sub(" ", _PRICE_BASIS.sub(" ", _PERIOD.sub(" ", seg))))
    seg = _THIS_ONE.sub(" ", seg)
    words = [w for w in _WORDS.findall(seg) if w not in _STOP]
    return len(words) >= 2


# "tính chung 7 tháng, chỉ số này tăng 11,8%": a word pointing back at the figure before names nothing new
_THIS_ONE = re.compile(r"\b(?:chỉ số|chỉ tiêu|con số|số liệu|mức|kim ngạch|giá trị|tỷ lệ) (?:này|nói trên)\b"
                       r"|\bthis (?:index|figure|indicator)\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD = prefiltered(re.compile(
    r"(?<!\w)(?P<nm>\d{1,2}|(?:mười một|mười hai|mười|hai|ba|bốn|sáu|bảy|tám|chín)(?= tháng (?:đầu|cuối|năm)))"
    r" tháng(?!\s*\d)(?: đầu| cuối)?(?: năm)?(?:\s*(?:năm\s*)?/?\s*(?P<nmy>(?:19|20)\d\d))?"
    r"|quý (?P<q>iv|iii|ii|i|[1-4])(?![\wÀ-ỹ])(?:\s*(?:/|năm|-)\s*(?P<qy>(?:19|20)\d\d))?"
    r"|(?<![\d\w])tháng (?P<mo>1[0-2]|0?[1-9])(?!\d|[.,]\d)(?:\s*(?:/|năm|-)\s*(?P<moy>(?:19|20)\d\d))?"
    r"|(?P<prev>năm (?:vừa )?qua)|(?<!những )(?<!các )(?<!mấy )(?P<before>năm trước)"  # not "những năm trước": years
    r"|(?P<this>năm nay)"
    r"|(?:(?:the )?first |the )(?P<en_nm>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months"
    r"(?: of (?P<en_nmy>(?:19|20)\d\d))?"
    r"|january\s*[-–]\s*(?P<en_to>february|march|april|may|june|july|august|september|october|november|december)"
    r"(?: period)?(?:,? (?:of )?(?P<en_toy>(?:19|20)\d\d))?"
    r"|\b(?P<en_mo>january|february|march|april|june|july|august|september|october|november|december"
    r"|(?<=in |of |by |er )may|may(?= (?:19|20)\d\d))\b(?!\s*[-–]| \d{1,2}\b)(?:,? (?P<en_moy>(?:19|20)\d\d))?"  # "in June", "over June 2025"
    r"|(?P<full>(?:the )?(?:full|whole) year|cả năm(?! \d)|(?:cuối|trong) năm(?! ?\d| tháng| qua| nay| trước| vừa| tới| sau| kế hoạch))"
    r"|(?:the )?first[- ]half(?: of (?P<en_hy>(?:19|20)\d\d))?"  # "its first-half growth"
    r"|(?:q(?P<en_q>[1-4])|(?P<en_qw>first|second|third|fourth)[- ]quarter)(?: of)?\s*(?P<en_qy>(?:19|20)\d\d)?"
    r"|(?P<year>(?<![\d/.\-])(?:19|20)\d\d(?![\d/\-]|[.,]\d))"
))
_EN_DATE_BEFORE = re.compile(r"(?:\d|\bon|\blast|\bnext|\bsince) $")  # "on 4 May", "last July": a date
_EN_EVENT_BEFORE = re.compile(r"\b(?:adopted|approved|issued|published|signed|announced|released|passed|held|launched)"
                              r"\b[^,;.]*\bin\s*$")
_UP_TO_END_OF = re.compile(r"(?:(?:tính |ước )?(?:đến|tới) (?:hết |cuối )|(?:tính|ước) (?:đến|tới) |\bhết )$")
_NUMWORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_MONTH_NAME = {m: k for k, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"), start=1)}
_MONTH_COUNT_WORD = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                     "mười một": 11, "mười hai": 12}
_QWORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COMPARISON = re.compile(r"(?:so với|cùng kỳ|compared (?:with|to)|than|from|over|giai đoạn|same period of|period"
                         r"|\d lần)\s*"  # "gấp 1,5 lần năm trước": the base of a multiple
                         r"(?:cùng (?:kỳ|tháng|quý)\s*|(?:số )?(?:quyết toán|thực hiện|ước thực hiện)\s*)?"  # "so với quyết toán năm 2020"
                         r"(?:năm|in)?\s*$")
_LAST_YEAR = re.compile(r"\bnăm (?:vừa )?qua\b")
_ASIDE = re.compile(r"\briêng\b|\btrong đó\b|\bin particular\b|\balone\b|\btrước đó\b|\bearlier\b")  # "Trước đó, GRDP quý II …": an aside
_SENTENCE_END = re.compile(r"\n+|(?<=[.!?…])[\"”']?\s+(?=[\"“'(]?[A-ZĐÀ-Ỹ0-9])")
_ABBREV = re.compile(r"\b(?:tp|tt|tx|p|q|ts|ths|gs|pgs|ks|bs|mr|ms|dr|no|st|ng|u\.s|tr)\.$", re.IGNORECASE)
_LIST_MARK = re.compile(r"\s*(?:\d{1,2}|[IVXivx]{1,4}|[a-zđ])\.")


@lru_cache(maxsize=1)
def _province_re() -> re.Pattern:
    forms: set[str] = set()
    extra = getattr(provinces, "_EXTRA_NAMES", {})
    for v in provinces.versions():
        names = [v.name, v.full_name, v.name_en, *(extra.get(v.code, []) if v.geography != "historical" else [])]
        for n in names:
            n = vn_text.canonical(n).strip()
            if len(n) < 3:
                continue
            folded = vn_text.canonical(vn_text.ascii_fold(n).title())
            for f in {n, n.upper(), folded}:
                forms.add(f)
            if folded.count(" ") == 1 and v.name_en == folded:  # "Haiphong", "Hanoi", "Danang": English in one word
                forms.add(folded.replace(" ", "").capitalize())
    forms |= {"TP. Hồ Chí Minh", "TP.Hồ Chí Minh", "TP Hồ Chí Minh", "Tp. Hồ Chí Minh", "TP. HCM", "TP.HCM", "Hồ Chí Minh"}
    return re.compile(r"(?<!\w)" + trie_regex(forms) + r"(?!\w)")


# Initials that stand for something else next to figures: kế hoạch, công ty, hướng dẫn, thông báo, quyết toán, …
_NOT_INITIALS = frozenset({"KH", "CT", "HD", "TB", "QT", "TN", "BT", "ST", "CM", "PT", "LA", "SL", "GL"})


@lru_cache(maxsize=1)
def _initials_re() -> tuple[re.Pattern, dict[str, set[str]], dict[str, str]]:
    """The province initials a forum or a chat writes ("TH", "NA", "HCM"), as whole upper-case words not next to
    a colon or a slash ("TH/KH", "TH: 9,5%": thực hiện); the provinces each may stand for; and the province of each
    name without its marks ("thanh hoa", "tinh thanh hoa")."""
    names: dict[str, set[str]] = {}
    of_name: dict[str, str] = {}
    for v in provinces.versions():
        if v.geography == "historical":
            continue
        name = vn_text.canonical(v.name)
        for n in (v.name, v.full_name, v.name_en):
            of_name[vn_text.ascii_fold(n)] = name
        initials = "".join(w[0] for w in name.replace("-", " ").split()).upper()
        if 2 <= len(initials) <= 4 and initials not in _NOT_INITIALS:
            names.setdefault(initials, set()).add(name)
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w/.&-])(?:" + alternatives + r")(?![\w/&-])(?!\s*:)"), names, of_name


def _province_initials(text: str) -> tuple[str, list[int] | None]:
    """`text` with the initials of a province it names in full written out as that name ("Thanh Hóa tăng 14,16%
    … TH năm 2017 mới tăng 10,1%"), and the offsets map (None when nothing was written out). Initials only count
    for the one province named in full that has them ("HN" is not read in a text naming Hà Nội and Hà Nam)."""
    pattern, names, of_name = _initials_re()
    found = list(pattern.finditer(text))
    if not found or documents.guess_lang(text) == "en":  # in English "NA" is something else
        return text, None
    named: dict[str, str] = {}  # the province -> its name as the text writes it
    for m in _province_re().finditer(text):
        if (name := of_name.get(vn_text.ascii_fold(m.group(0)))) is not None:
            named.setdefault(name, m.group(0))
    pieces = []
    for m in found:
        written = [named[n] for n in names[m.group(0)] if n in named]
        if len(written) == 1:
            pieces.append((m.start(), m.end(), written[0]))
    return vn_number_words.replace_spans(text, pieces)


def _token(ch: str) -> str:
    return r"\s+" if ch == " " else r"\s*-\s*" if ch == "-" else re.escape(ch)


def trie_regex(words: set[str]) -> str:
    """A regex matching any of `words` (a space matches any run of spaces, "-" may have spaces
    around it), built as a trie so the engine never tries two words with the same prefix apart.
    The longest word wins at a position when it is followed by a non-word character."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in re.sub(r"\s*-\s*", "-", " ".join(w.split())):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [_token(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body}(?!\\w)|)" if ends else body

    return "(?:" + emit(trie) + ")"


@dataclass
class _Ctx:
    doc_year: int
    vintage: dt.date
    default_province: str | None
    lang: str
    default_period: str | None = None
    growth_family: str | None = None  # the family of the document's latest growth rate ("GRDP tăng 6,85%")
    growth_status: tuple[str, str] | None = None  # (period, status) of that rate
    list_status: str | None = None  # of the bullets under "Các chỉ tiêu chủ yếu đến năm 2025:" (plan), "… (ước tính):"
    pci_topic: bool = False  # the text is about the PCI: a province's "điểm" and "xếp thứ" are its PCI score and rank
    grdp_status: tuple[str, str] | None = None  # (period, "estimate") of the latest GRDP growth said to be estimated
    last_province: str | None = None  # the one province of the latest sentence with figures, for "của tỉnh" after it
    tail_period: str | None = None
    last_family: str | None = None  # the family of the last figure of the sentence before, in the same paragraph  # the part of the year named right after a sentence's first figure
    section_province: str | None = None  # the one province a heading named ("## Nghệ An: …"), for a document of several
    paragraph_province: str | None = None  # the province a paragraph opens with ("Bình Dương – … – có GRDP …")
    list_lead_at: int | None = None  # the sentence number of the latest list lead ("… như sau:")
    estimate_lead_year: str | None = None  # the year a paragraph's lead "Theo kết quả ước tính, …" calls estimated
    list_paragraph: bool = False
    continued: bool = False  # the sentence opens a line under one that ends with ";"  # the paragraph is the list of targets a plan lead announced
    footnote_families: dict = field(default_factory=dict)  # footnote mark → (family, period) of the figure it follows
    footnote_family: str | None = None  # that family, in the first sentence of the footnote's own line


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            if _ABBREV.search(text[max(0, m.start() - 6): m.start()]):
                continue
            if _LIST_MARK.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # "1. Tăng trưởng kinh tế", "II. Văn hóa"
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


class _SentenceIndex:
    """Family phrases and province names of one sentence, found once and looked up by span."""

    def __init__(self, text: str, low: str, start: int, end: int):
        self.fams = _families(low, start, end)
        self.named = _provinces(text, start, end)
        self.provs = _without_partners(low, self.named) if len(self.named) and _PARTNER_ANY.search(low, start, end) \
            else self.named  # the provinces a figure may be of
        self.periods = _period_matches(low, start, end)
        # not the years of a poverty standard: "khi áp dụng chuẩn nghèo đa chiều giai đoạn 2022–2025, tỷ lệ … là 4,84%"
        m = next((m for m in _MULTI_YEAR.finditer(low, start, end)
                  if not _STANDARD_BEFORE.search(low, max(start, m.start() - 30), m.start())), None)
        self.multi_year = m.start() if m else None

    def families(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [f for f in self.fams if f[0] >= start and f[1] <= end]

    def tail_families(self, fig_start: int, fig_end: int, end: int) -> list[tuple[int, int, str]]:
        """Phrases after a figure, including one that begins with its unit ("412 doanh nghiệp thành lập mới")."""
        return [f for f in self.fams if f[0] >= fig_start and f[1] > fig_end and f[0] < end]

    def provinces(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [p for p in self.provs if p[0] >= start and p[1] <= end]


def _families(low: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(low) if end is None else end
    return [(m.start(), m.end(), _FAMILY_OF_GROUP[m.lastindex]) for m in _FAMILY_RE.finditer(low, start, end)]


_NOT_PROVINCE = re.compile(r"\s+(?:Dương|Phủ)(?!\w)")  # Thái Bình Dương (the Pacific), Điện Biên Phủ (a street)


# "Gia Lai (mới)", "Bình Định (cũ)", "Cần Thơ (trước sắp xếp)", "tỉnh Kon Tum cũ": which version of the province
# (provinces.resolve_ref). A bare "mới" is not read so: "Gia Lai mới đạt 50%" is "has only reached".
_ERA_AFTER = re.compile(r"\s*\(\s*((?:cũ|mới)|(?:trước|sau) (?:sắp xếp|sáp nhập|hợp nhất))\s*\)|\s+(cũ)(?!\w)",
                        re.IGNORECASE)


def _provinces(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of the provinces named in text[start:end]; the name carries the era written after it."""
    out = []
    for m in _province_re().finditer(text, start, end):
        if m.group(0) in {"Thái Bình", "Điện Biên"} and _NOT_PROVINCE.match(text, m.end()):
            continue
        era = _ERA_AFTER.match(text, m.end())
        out.append((m.start(), m.end(), f"{m.group(0)} ({era.group(1) or era.group(2)})" if era else m.group(0)))
    return out


# "phối hợp với Thành phố Hồ Chí Minh …; phấn đấu tăng trưởng 10%": a province the text works with, borders or links
# to is not the one its figures are of; a list of them ("liên kết với các tỉnh Bình Dương, Bình Phước và Tây Ninh")
# goes with the phrase
_PARTNER_BEFORE = re.compile(r"(?:phối hợp|hợp tác|liên kết|kết nối|ký kết|làm việc|giáp ranh|tiếp giáp|giáp)(?: với)?"
                             r"(?: (?:các|hai|ba) (?:tỉnh|địa phương))?(?: (?:tỉnh|thành phố|tp\.?))?\s*$"
                             r"|\b(?:cooperat\w*|partner\w*|border\w*) with(?: the)?(?: province of| city of)?\s*$")
_PARTNER_ANY = re.compile(r"phối hợp|hợp tác|liên kết|kết nối|ký kết|làm việc|giáp|cooperat|partner|border")
_PARTNER_LIST_GAP = re.compile(r"\s*(?:,|và|and)?\s*(?:(?:tỉnh|thành phố|tp\.?)\s*)?")


def _without_partners(low: str, provs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out, partner_end = [], None
    for p in provs:
        if partner_end is not None and _PARTNER_LIST_GAP.fullmatch(low, partner_end, p[0]):
            partner_end = p[1]
        elif _PARTNER_BEFORE.search(low, max(0, p[0] - 60), p[0]):
            partner_end = p[1]
        else:
            out.append(p)
            partner_end = None
    return out


_ENGLISH_FIGURES = re.compile(r"\b(?:million|billion|trillion|yoy|year on year)\b|\b(?:USD|VND) \d[\d,]*(?:\.\d+)?\b")


def _parse_num(raw: str, lang: str) -> float | None:
    raw = raw.strip()
    styles = ("en", "vi") if lang == "en" else ("vi", "en")
    for style in styles:
        try:
            return vn_numbers.parse_number(raw, style=style)
        except vn_numbers.NotANumber:
            continue
    return None


_WHOLE_COUNTS = {"count", "communes", "persons"}  # units counted in whole numbers, when no scale word comes first
_SCALE_WORD = re.compile(r"(?:tỷ|tỉ|triệu|nghìn|ngàn|vạn|million|billion|thousand|mn|bn)(?!\w)")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _end_of_part(low: str, start: int, end: int) -> int:
    """Where the part of a sentence from `start` ends: its next ";", else `end`."""
    semi = low.find(";", start, end)
    return end if semi < 0 else semi


def _unit_text(unit: str, cur: str) -> tuple[str, str]:
    """(unit as catalogue.convert reads it, unit class: pct|vnd|usd|persons|count|communes|score|usd_pc|vnd_pc)."""
    u = " ".join(unit.split())
    cur = cur.strip().lower()
    if u in _PCT_UNITS:
        return "%", "pct"
    scale = {"billion": "tỷ", "bn": "tỷ", "million": "triệu", "mn": "triệu", "trillion": "nghìn tỷ"}
    first = u.split(" ")[0] if u else ""
    if first in scale and not cur and not re.search(r"usd|dollar|vnd|dong", u):
        # "19 million visitors": a count, not money
        return ({"million": "triệu lượt", "mn": "triệu lượt"}.get(first, u), "persons")
    if first in scale or (not u and cur):
        currency = "usd" if ("usd" in cur or "$" in cur or "usd" in u or "dollar" in u) else "vnd"
        word = scale.get(first, "")
        if currency == "usd":
            return (f"{word} USD".strip(), "usd")
        return (f"{word} đồng".strip() if word else "đồng", "vnd")
    if "usd" in u or "đô" in u:
        return u, ("usd_pc" if "người" in u else "usd")
    if "đồng" in u and "/" in u:
        return u, "vnd_pc"
    if re.search(r"tỷ|tỉ|đồng|vnd|vnđ", u):
        if u == "đồng" or u in {"usd", "vnd"}:
            return u, "vnd"
        return u, "vnd" if "triệu" not in u and "nghìn đồng" not in u else "vnd_pc"
    if u == "workers":  # "found jobs for 16,300 workers"
        return "người", "persons"
    if "lượt" in u or "người" in u or u == "lao động":
        return u, "persons"
    if u == "doanh nghiệp":
        return u, "count"
    if u == "xã":
        return u, "communes"
    if u in {"điểm", "points"}:
        return "điểm", "score"
    return u, ""


def _period_from(m: re.Match, ctx: _Ctx, year_hint: int) -> str | None:
    g = m.groupdict()
    if g["nm"]:
        n = int(g["nm"]) if g["nm"].isdigit() else _MONTH_COUNT_WORD[g["nm"]]
        y = int(g["nmy"]) if g["nmy"] else year_hint
        tail = m.group(0)
        if "cuối" in tail:
            return f"{y}-H2" if n == 6 else None
        return months_to_date(y, n) if 1 <= n <= 12 else None
    if g["q"]:
        return f"{int(g['qy']) if g['qy'] else year_hint}-Q{_ROMAN[g['q']]}"
    if g["mo"] and _UP_TO_END_OF.search(m.string, max(0, m.start() - 20), m.start()):
        # "ước đến hết tháng 10", "tính đến cuối tháng 9": the months from January to then, not that month alone
        return months_to_date(int(g["moy"]) if g["moy"] else year_hint, int(g["mo"]))
    if g["mo"]:
        return f"{int(g['moy']) if g['moy'] else year_hint}-{int(g['mo']):02d}"
    if g["prev"]:  # "năm qua": the year just ended when the report is from the first half of the next
        return f"{ctx.vintage.year - 1 if ctx.vintage.month <= 6 else ctx.vintage.year}"
    if g["before"]:  # "của năm trước": the year before the one being reported on
        return f"{year_hint - 1}"
    if g["this"]:
        return f"{ctx.vintage.year}"
    if g["en_nm"]:
        n = int(g["en_nm"]) if g["en_nm"].isdigit() else _NUMWORD[g["en_nm"]]
        y = int(g["en_nmy"]) if g["en_nmy"] else year_hint
        return months_to_date(y, n) if 1 <= n <= 12 else None
    if g["en_to"]:  # "the January-September period": the first nine months
        return months_to_date(int(g["en_toy"]) if g["en_toy"] else year_hint, _MONTH_NAME[g["en_to"]])
    if g["en_mo"] and (_EN_DATE_BEFORE.search(m.string, max(0, m.start() - 6), m.start())
                       or _EN_EVENT_BEFORE.search(m.string, max(0, m.start() - 60), m.start())):
        return None  # "on 1 July 2025", "a plan adopted by the People's Council in December": when something happened
    if g["en_mo"]:
        return f"{int(g['en_moy']) if g['en_moy'] else year_hint}-{_MONTH_NAME[g['en_mo']]:02d}"
    if g["full"]:  # "cả năm", "for the full year": the year, not a part of it
        return str(year_hint)
    if m.group(0).startswith(("first half", "the first half", "first-half", "the first-half")):
        return f"{int(g['en_hy']) if g['en_hy'] else year_hint}-H1"
    if g["en_q"] or g["en_qw"]:
        q = int(g["en_q"]) if g["en_q"] else _QWORD[g["en_qw"]]
        return f"{int(g['en_qy']) if g['en_qy'] else year_hint}-Q{q}"
    if g["year"]:
        return g["year"]
    return None


_DIGIT = re.compile(r"\d")
_DATE_BEFORE = re.compile(r"\bngày\s+\d{1,2}\s*$")
_TAIL_END = re.compile(r"[,;.()]|\s(?:và|and)\s")
_LABEL_END = re.compile(r"[,;()]|\.(?!\d)")
# "năm 2023", "in 2023", "PCI 2019" (the index's edition)
_DURATION_BEFORE = re.compile(r"\b(?:hơn|gần|suốt|kéo dài|mất)\s+$")
_BARE_MONTHS = re.compile(r"\d{1,2} tháng")
_YEAR_AFTER = re.compile(r"\s*(?:đầu năm|năm|/)")
_YEAR_LEAD = re.compile(r"(?:năm|in|of|for|by|the|/|,|'s|its|pci|\n)\s*$")  # "\n2023 goals. The province aims …"


def _period_matches(low: str, start: int, end: int) -> list[re.Match]:
    """Period expressions in low[start:end], leaving out comparison bases ("so với năm 2022")."""
    out = []
    base_end = -1  # where the last comparison base ended: "so với quý III năm trước" is one base, not a period
    for m in _PERIOD.finditer(low, start, end):
        over_span = m.group("en_nm") and low[max(0, m.start() - 5):m.start()].endswith("over ")  # "over the nine months"
        if (_COMPARISON.search(low, max(0, m.start() - 30), m.start()) and not over_span) or (
                base_end >= 0 and not low[base_end:m.start()].strip()):
            base_end = m.end()
            continue
        if _DATE_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            continue  # "ngày 08 tháng 12 năm 2023" is a day, not the month of December
        if _DURATION_BEFORE.search(low, max(0, m.start() - 12), m.start()) \
                and _BARE_MONTHS.fullmatch(low, m.start(), m.end()) and not _YEAR_AFTER.match(low, m.end()):
            continue  # "dừng bảo dưỡng hơn 2 tháng": how long something lasted, not a period
        if m.group("year") and not _YEAR_LEAD.search(low, max(0, m.start() - 6), m.start()):
            continue  # a bare number like 2023 elsewhere (a count, an address) is not a period
        out.append(m)
    return out


def _periods(low: str, start: int, end: int, ctx: _Ctx, year_hint: int,
             matches: list[re.Match] | None = None) -> list[tuple[int, str]]:
    if matches is None:
        matches = _period_matches(low, start, end)
    out = []
    for m in matches:
        if m.start() >= start and m.end() <= end:
            p = _period_from(m, ctx, year_hint)
            if p:
                out.append((m.start(), p))
    return out


_STATUS_RE = prefiltered(re.compile(f"(?P<plan>{_PLAN_WORD.pattern})|(?P<forecast>{_FORECAST_WORD.pattern})"
                                    f"|(?P<estimate>{_ESTIMATE_WORD.pattern})"))
_STATUS_RANK = {"plan": 0, "forecast": 1, "estimate": 2}


def _status_in(low: str, start: int, end: int) -> str | None:
    """The strongest status word in low[start:end]: plan over forecast over estimate."""
    found = {m.lastgroup for m in _STATUS_RE.finditer(low[start:end])}
    return min(found, key=_STATUS_RANK.__getitem__) if found else None


_IS_CODE = re.compile(r"\d{2}(?:@\d{4})?")  # a province already resolved: its code, or its version's key


@lru_cache(maxsize=4096)
def _resolve_province(name: str, at: dt.date) -> str | None:
    n = re.sub(r"^(?:tp\.?\s*|thành phố\s+|tỉnh\s+)", "", name.strip(), flags=re.IGNORECASE)
    if vn_text.key(n) in {"hồ chí minh", "hcm", "tp hcm", "tphcm"}:
        n = "Hồ Chí Minh"
    return provinces.resolve_ref(n, at) or provinces.resolve_ref(name, at)


@lru_cache(maxsize=1024)
def _factor(unit_text: str | None, canonical_unit: str) -> float:
    """catalogue.convert's factor from `unit_text` to `canonical_unit` (raises ValueError like it)."""
    return catalogue.convert(1.0, unit_text, canonical_unit)


@lru_cache(maxsize=1)
def _marks_table() -> tuple[dict, int]:
    """The phrases whose marks a text typed without them gets back: every run of two words or more of the catalogue's
    names and aliases, the provinces' names, then the words and phrases of UNMARKED_PHRASES (which decide)."""
    phrases = []
    for ind in catalogue.indicators().values():
        for label in [ind.name_vi, *ind.aliases]:
            words = _WORD.findall(vn_text.canonical(label).lower())
            phrases += [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)]
    phrases += [vn_text.canonical(n) for v in provinces.versions() for n in (v.name, v.full_name)]
    for p in UNMARKED_PHRASES:
        phrases += p.split() if len(p) > 60 else [p]
    return vn_text.marks_table(phrases)


_canonical_word = lru_cache(maxsize=65536)(vn_text.canonical)
_WORD = re.compile(r"[^\W\d_]+")


def canonical_text(text: str) -> str:
    """`vn_text.canonical` of a whole document, word by word with a cache (same result, faster)."""
    return _WORD.sub(lambda m: _canonical_word(m.group(0)), vn_text.nfc(text))


def _code_for(family: str, role: str, unit_class: str) -> str | None:
    codes = FAMILIES.get(family, {})
    if f"{role}_{unit_class}" in codes:  # "ngành du lịch đón 2 triệu lượt khách" (persons), "… 1,5 nghìn tỷ đồng" (vnd)
        return codes[f"{role}_{unit_class}"]
    if role == "level" and unit_class == "usd_pc":
        return codes.get("level_usd")
    if role == "level" and unit_class == "usd" and "level_usd" in codes:
        return codes["level_usd"]  # "GRDP bình quân đầu người ... tương đương 2.780 USD"
    return codes.get(role)


def extract_text(
    text: str,
    doc_year: int,
    vintage: dt.date,
    default_province: str | None = None,
    lang: str | None = None,
    default_period: str | None = None,
    *,
    canonical: bool = False,
) -> tuple[list[dict], list[dict]]:
    """Observations (dicts with observation.SCHEMA keys but source_id/source/source_kind) and skipped passages.

    `text` should be canonical (documents.read_document gives it so); spans
    in `locator` are offsets into `text`. `default_province` is the province a
    single-province document is about (a name, or a GSO code); `default_period`
    the period a document is about ("2023-9M" for a nine-month report, from its
    title), the running period until a sentence names another.
    `canonical=True` says the text is `vn_text.canonical`'s output (documents.read_document's is): made canonical
    again it would not change as long as it is NFC, so then it is not.
    """
    if not (canonical and unicodedata.is_normalized("NFC", text)):
        text = canonical_text(text)
    written = text
    # a printed page's number, running header and contents, a scan's O and l for digits, and the figures an erratum
    # corrects, put right at the same length ("ước đạt" / "3" / "Báo cáo …" / "5.l82 tỷ" → "ước đạt … 5.182 tỷ")
    text = errata.drop_superseded(ocr_repair.repair(page_furniture.tidy(text)))
    restored = vn_text.unmarked_vietnamese(text, UNMARKED_COMMON)
    if restored:  # "thu ngan sach uoc dat 36.450 ty" read as "thu ngân sách ước đạt 36.450 tỷ" (the same length), and
        text, lang = vn_text.restore_marks(text, *_marks_table()), "vi"  # as Vietnamese, whatever its letters said
    # a flash's shorthand written out ("TMBL&DTDV T10 … tỷ đ, +14,2% CK"), then numbers spelled out in words ("năm
    # mươi hai nghìn tỷ") as digits; locators point back into the text as written
    text, expanded_from = vn_abbreviations.expand(text)
    if lang != "en":  # "TH", "NA" of a chat on Thanh Hóa and Nghệ An
        text, initials_from = _province_initials(text)
        expanded_from = vn_abbreviations.compose(expanded_from, initials_from)
    expanded_low = text.lower()
    text, spoken_from = vn_number_words.rewrite(text, lambda at: _UNIT_AT.match(expanded_low, at) is not None)
    spoken_from = vn_abbreviations.compose(expanded_from, spoken_from)
    if restored and spoken_from is None:  # raw values as written, without the marks put back
        spoken_from = list(range(len(text) + 1))
    if default_province and re.fullmatch(r"\d{2}", default_province):
        # a document written after the 2025 reform speaks for the merged province, in every period it names
        default_province = provinces.reported_by(default_province, vintage)
    ctx = _Ctx(doc_year, vintage, default_province, lang or documents.guess_lang(text), default_period)
    text_lang = ctx.lang
    low = text.lower()
    if len(low) != len(text):  # lower() changed lengths (rare letters): keep offsets aligned
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    rows: list[dict] = []
    skipped: list[dict] = []
    # The running period: a year named before a sentence's first figure holds for the sentences after it in the
    # same paragraph ("Năm 2024, thu ngân sách của tỉnh Gia Lai (cũ) …" is an aside in a report on 2025), a part of
    # a year ("9 tháng năm 2025, …") until another period is named. A new paragraph without a running part of a
    # year goes back to the topic's period, which a sentence without figures naming one period sets (a heading,
    # "Điều 2. Các chỉ tiêu chủ yếu năm 2026:"; a scene, "Theo báo cáo, trong năm 2022, mặc dù …"); the
    # document's until then.
    section = (doc_year, default_period)
    sticky_year, sticky_period = section
    indicator_units = {code: ind.unit for code, ind in catalogue.indicators().items()}
    sentences = split_sentences(text)
    in_note = False
    names_pci = _PCI_NAMED.search(low) is not None
    for k, (s_start, s_end) in enumerate(sentences):
        starts_paragraph = k == 0 or "\n" in text[sentences[k - 1][1]:s_start + 1]
        # a line right under one that ends with ";" goes on with its sentence ("…, bằng 93,7% dự toán;\nTây Ninh đạt
        # 9.520 tỷ đồng"): its period and indicator, as a bullet right under a bullet may go on with its indicator
        ctx.continued = bool(starts_paragraph and k and text[max(0, s_start - 8):s_start].rstrip(" \t").endswith(";\n"))
        if starts_paragraph and not ctx.continued and not (sticky_period and "-" in sticky_period and sticky_year == section[0]):
            # a part of the topic's year runs on into the next paragraph; one of an earlier year ("Tháng 7 năm 2025,
            # hai tỉnh cũ cộng lại đón 1,03 triệu lượt khách") was an aside
            sticky_year, sticky_period = section
        if starts_paragraph:  # a paragraph of a text about several provinces that opens with one is that one's
            opening = _PARAGRAPH_SUBJECT.match(low, s_start)
            found = _provinces(text, opening.end(), opening.end() + 40) if opening else []
            ctx.paragraph_province = found[0][2] if found and found[0][0] == opening.end() else None
        sentence = text[s_start:s_end].strip()
        # "(2) Năm 2019: 36,2 triệu đồng." under a figure marked "(2)": the note speaks of that figure's indicator
        note = _FOOTNOTE_LINE.match(text, s_start) if starts_paragraph else None
        marked = ctx.footnote_families.get(note.group(1) or note.group(2)) if note else None
        ctx.footnote_family = marked[0] if marked else None
        if marked:  # and of its period, unless the note names another
            sticky_year, sticky_period = int(marked[1][:4]), marked[1]
        if starts_paragraph and not _BULLET_LINE.match(text, s_start):
            # "Các chỉ tiêu chủ yếu đến năm 2025:" over "- Thu ngân sách … đạt 5.000 tỷ đồng;": the list's figures are
            # targets; any other paragraph ends the list
            lead = len(sentence) <= 120 and sentence.endswith(":")
            # "Theo nội dung giao ước, các tỉnh cam kết thực hiện các chỉ tiêu năm 2024 như sau:" over a paragraph
            # (not bullets) of each province's targets: that one paragraph is the list
            ctx.list_paragraph = not lead and ctx.list_status == "plan" and ctx.list_lead_at == k - 1
            ctx.list_status = "plan" if lead and _PLAN_LIST_LEAD.search(sentence) else \
                "estimate" if lead and _ESTIMATE_LIST_LEAD.search(sentence) else \
                "plan" if ctx.list_paragraph else None  # "… (ước tính):"
            ctx.list_lead_at = k if lead else None
        if names_pci and _OTHER_INDEX.search(low, s_start, s_end):
            ctx.pci_topic = False  # another index (PAPI, PGI, a component of the PCI) is spoken of now
        elif names_pci and _PCI_NAMED.search(low, s_start, s_end):
            ctx.pci_topic = True
        # a Vietnamese text may quote figures the English way ("Exports: USD 14,250 million"): that sentence's
        # numbers are read so
        ctx.lang = "en" if text_lang == "vi" and _ENGLISH_FIGURES.search(sentence) else text_lang
        opening_end = s_end  # where the sentence's first figure starts
        next_bullet = starts_paragraph and k and "\n\n" not in text[sentences[k - 1][1]:s_start] \
            and _BULLET_LINE.match(text, s_start) and _BULLET_LINE.match(text, sentences[k - 1][0])
        if (starts_paragraph and not next_bullet and not ctx.continued) or not _DIGIT.search(text, s_start, s_end):
            ctx.last_family = None
        if _DIGIT.search(text, s_start, s_end):
            before = len(rows)
            last_part = rows[-1]["period"] if rows and "-" in rows[-1]["period"] else sticky_period
            same = _SAME_PERIOD_OPENING.match(low, s_start) if last_part and "-" in last_part else None
            if same:  # "Cùng kỳ năm 2025, tăng trưởng chỉ đạt 8,9%": the part of the year just given, a year earlier
                _sentence(text, low, s_start, s_end, sentence, ctx, int(same.group(1)),
                          same.group(1) + last_part[4:], indicator_units, rows, skipped)
                continue
            opening_end = _sentence(text, low, s_start, s_end, sentence, ctx, sticky_year, sticky_period,
                                    indicator_units, rows, skipped)
            if starts_paragraph:
                ctx.estimate_lead_year = None
            if lead := _PARAGRAPH_ESTIMATE_LEAD.match(low, s_start):
                # "Bà Hạnh: Theo kết quả ước tính, GRDP 6 tháng đầu năm 2026 tăng 7,86%; riêng quý II tăng 8,12%. Quy mô
                # GRDP … đạt 98.450 tỷ đồng": the lead's figures of its year, to the end of its paragraph, are estimates
                named = [m.group(0) for m in _YEAR4.finditer(low, lead.end(), s_end)
                         if not _COMPARED_BEFORE.search(low, max(s_start, m.start() - 24), m.start())]
                ctx.estimate_lead_year = named[0] if named else str(sticky_year)
            for row in rows[before:] if ctx.estimate_lead_year else ():
                if row["_dated"] and row["status"] == "actual" and row["period"][:4] == ctx.estimate_lead_year \
                        and not row["indicator"].startswith("pci_"):
                    row["status"], row["_dated"] = "estimate", False
            named = {row["province_key"] or row["province_code"] for row in rows[before:]}
            if named:  # one province: "của tỉnh" in the next sentence is it; several: nobody can tell which
                ctx.last_province = named.pop() if len(named) == 1 else None
            elif opening_end < s_end and _sub_unit(text, s_start, s_end, None):
                continue  # "Trong tháng 11, xã Đăk Tô giải ngân đạt 92%": a place's aside sets no period
        if opening_end == s_end and (other := _OTHER_FIGURE.search(low, s_start, s_end)):
            opening_end = other.start()  # "… gieo cấy 61.350 ha; năng suất tương đương năm trước": figures of no
            # catalogue indicator are figures still: what follows them is no topic
        if opening_end == s_end and starts_paragraph and len(sentence) <= 100 and not default_province:
            found = _provinces(text, s_start, s_end)
            if len({vn_text.key(p[2]) for p in found}) == 1:  # a heading naming one province ("Nghệ An: …"): its section
                ctx.section_province = found[0][2]
        if opening_end == s_end and (topic := _growth_topic(low, s_start, s_end)):
            # "Quý I/2026, tăng trưởng GRDP của các tỉnh trong vùng khá đồng đều. Dẫn đầu là Thanh Hóa với mức tăng
            # 9,12%; …": a sentence without figures that names one growing indicator is the rates' topic
            ctx.growth_family, ctx.growth_status = topic, None
        if starts_paragraph:  # a note's paragraph ("Ghi chú phương pháp: … số liệu 6 tháng đầu năm 2025 là tổng số của
            in_note = bool(_NOTE_OPENING.match(sentence))  # ba tỉnh cũ") names no topic in any of its sentences
        if opening_end == s_end and not in_note:
            # no figure: a heading or a sentence that sets the scene names the topic; a note under a table
            # ("(*) Số liệu 9 tháng năm 2025 tính theo địa giới mới") does not
            named = [p for at, p in _periods(low, s_start, s_end, ctx, section[0]) if low[at - 1:at] != "/"
                     and not _AFTER_OR_BECAUSE.search(low, max(s_start, at - 40), at)
                     and not _MORE_THAN_BEFORE.search(low, max(s_start, at - 20), at)
                     and not _DATELINE.match(low, max(s_start, at - 3), s_end)] \
                if _MAY_NAME_PERIOD.search(low, s_start, s_end) and len(set(_YEAR4.findall(low, s_start, s_end))) <= 1 \
                else []  # two years named: not one period, whatever else
            if len(named) == 1:  # one period, not a document number's year ("Nghị quyết 15/2023")
                section = (int(named[0][:4]), named[0] if "-" in named[0] else None)
                sticky_year, sticky_period = section
                continue
        running = _running_period(low, s_start, opening_end, ctx, sticky_year, sticky_period)
        if ctx.tail_period and running == (sticky_year, sticky_period):  # nothing named before the first figure
            running = int(ctx.tail_period[:4]), ctx.tail_period
        if running[0] < sticky_year and (_SUMMED.search(low, s_start, s_end) or _SEVERAL_PLACES.search(low, s_start, s_end)):
            # "Tháng 7 năm 2025, … của hai tỉnh Khánh Hòa và Ninh Thuận cũ cộng lại là 1,03 triệu lượt. Doanh thu du lịch
            # tháng 7 ước đạt 6.840 tỷ đồng": the former provinces' sum a year before is an aside, not the running year
            continue
        sticky_year, sticky_period = running
    _declared_estimates(text, doc_year, rows)
    _estimated_year_end(rows)
    rows = _restated_with_a_status(rows, skipped)
    rows = _restated_rounded(low, rows, skipped)
    if spoken_from is not None:
        _point_into_written(written, spoken_from, rows, skipped)
    return rows, skipped


# A note that says the text's figures are estimates: "(*) Số liệu ước tính của Cục Thống kê, công bố ngày 29/12/2023",
# "Ghi chú: số liệu năm 2025 là số ước tính", "All 2025 figures quoted below are preliminary estimates."
_ESTIMATE_NOTE = re.compile(
    r"(?:^|\n)\s*(?:\(\*+\)|\*+|ghi chú\s*:|lưu ý\s*:|note\s*:)?\s*(?:các |toàn bộ |mọi )?số liệu(?: năm ((?:19|20)\d\d))?"
    r"(?:(?: (?:trong|nêu trên|trên)[^.;\n]{0,20})?(?: là| đều là)?|(?: (?:các|của)[^.;:\n]{0,25}?)(?: là| đều là))"
    r"(?: số)? ước(?: tính)?\b"  # "số liệu các tỉnh là số ước tính"
    r"|\ball ((?:19|20)\d\d )?figures\b[^.\n]{0,40}\bare (?:preliminary |provisional )?estimates\b", re.IGNORECASE)


def _declared_estimates(text: str, doc_year: int | None, rows: list[dict]) -> None:
    """A text whose note declares its figures estimates: its figures of that whole year read as actual (a finished
    period) are estimates, unless their sentence says official; PCI results are published ones, never estimates."""
    note = _ESTIMATE_NOTE.search(text)
    lead = _ESTIMATE_LEAD.search(text, 0, _LEAD_CHARS) if note is None else None
    if note is None and lead is None:
        return
    if note is not None:
        year = note.group(1) or (note.group(2) or "").strip() or (str(doc_year) if doc_year else "")
    else:  # the lead's own year ("… quý I năm 2026"), else the text's
        end = _SENTENCE_STOP.search(text, lead.end())
        # not a year the figures are compared with: "Theo báo cáo ước thực hiện 6 tháng, GRDP tăng 5,62%, cao hơn cùng
        # kỳ năm 2023 (tăng 4,1%)" is of the text's year
        named = [m.group(0) for m in _YEAR4.finditer(text, lead.start(), end.start() if end else len(text))
                 if not _COMPARED_BEFORE.search(text.lower(), max(0, m.start() - 24), m.start())]
        year = named[0] if named else str(doc_year or "")
    for row in rows:
        if row["status"] == "actual" and (row["period"] == year if note else row["period"][:4] == year) \
                and not row["indicator"].startswith("pci_") and not _STATED_ACTUAL.search(row["snippet"]):
            row["status"] = "estimate"


# "Theo số liệu ước tính do thống kê các tỉnh công bố …, …": an opening that calls the article's figures estimates
# (those of the year it names: the comparisons with last year stay actual)
_SAME_PERIOD_OPENING = re.compile(r"\s*(?:trong |cũng trong )?cùng kỳ (?:năm )?((?:19|20)\d\d)\s*,")
_ESTIMATE_LEAD = re.compile(r"\b(?:theo|căn cứ|dựa trên) (?:các |những )?số liệu (?:ước tính|ước|sơ bộ)\b"
                            r"|\b(?:báo cáo|số liệu) ước (?:tính|thực hiện)\b"  # "đọc báo cáo ước thực hiện năm 2020"
                            r"|\baccording to (?:the )?(?:preliminary|estimated) (?:figures|data)\b"
                            r"|\bpreliminary (?:estimates|figures|data) (?:released|published|showed|show)\b", re.IGNORECASE)
_LEAD_CHARS = 600
_BARE_GROWTH_RIGHT_BEFORE = re.compile(r"\btăng trưởng\s*(?:từ|khoảng|trên|hơn|đạt)?\s*$")
_WHILE_BEFORE = re.compile(r"\b(?:trong khi|so với|còn|nhưng|song)\b")
_DONE_BEFORE = re.compile(r"\b(?:thực hiện|thực tế|kết quả)(?: (?:cả năm|năm \d{4}|được))? (?:đạt|là|tăng|giảm)\b[^,;]*$")
_RANK_WORD = re.compile(r"\b(?:xếp|đứng)(?: ở)?(?: vị trí| hạng)? thứ\s*\d|\bxếp hạng\s*\d|\bhạng\s*\d|\branked\b")
_PROVINCE_COUNT = 34  # the fewest provinces a national ranking has had (34 after the 2025 reform)
_GROUP_RANK_AFTER = re.compile(r"\s*,?\s*(?:xếp|đứng)(?: hạng)? thứ\s*\d{1,2}\s*/\s*(\d{1,2})")
_PARAGRAPH_ESTIMATE_LEAD = re.compile(r"\s*(?:[^\W\d][^.:\n\d]{0,40}:\s*)?(?:theo|căn cứ|dựa trên) (?:các |những )?"
                                      r"(?:kết quả|số liệu|báo cáo) (?:ước tính|ước thực hiện|sơ bộ)\b")
_COMPARED_BEFORE = re.compile(r"(?:so với|cùng kỳ|hơn|trước|với|from|than)(?: mức| cùng kỳ)?(?: năm)?\s*$")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n\n")


_STATED_ACTUAL = re.compile(r"chính thức|quyết toán|\bofficial\b|\bfinal\b", re.IGNORECASE)


def _year_ending(period: str) -> str | None:
    """The year a period ends together with ('2025' for 2025, 2025-Q4, 2025-H2, 2025-12), else None."""
    return period[:4] if period[4:] in ("", "-Q4", "-H2", "-12") else None


# "Đến ngày 31/12/2024, tỷ lệ giải ngân … đạt 87,4%": a count as of the year's last day, not an estimate
_AS_OF_YEAR_END = re.compile(r"\s*(?:tính )?(?:đến|tới) (?:hết )?(?:ngày )?31[/.-]12\b", re.IGNORECASE)


def _estimated_year_end(rows: list[dict]) -> None:
    """A release on a year just ended that calls its figures of that year estimates ("GRDP năm 2025 ước tính tăng
    7,38%", "… ước đạt 214.860 tỷ đồng") and leaves "ước" out of some sentences ("Năm 2025 có 2.310 doanh nghiệp thành
    lập mới"): those figures of the periods ending with that year are estimates too, unless the text calls one of them
    actual. Two stated estimates at least; PCI results are published ones."""
    stated = Counter(y for r in rows if not r["_dated"] and r["status"] == "estimate" and (y := _year_ending(r["period"])))
    actual = {y for r in rows if not r["_dated"] and r["status"] == "actual" and (y := _year_ending(r["period"]))}
    for row in rows:
        year = _year_ending(row["period"])
        if row["_dated"] and row["status"] == "actual" and year and stated[year] >= 2 and year not in actual \
                and not row["indicator"].startswith("pci_") and not _AS_OF_YEAR_END.match(row["snippet"]):
            row["status"] = "estimate"


def _restated_with_a_status(rows: list[dict], skipped: list[dict]) -> list[dict]:
    """The rows, less a figure restated without a status word where another sentence of the document gives the same
    figure with one: the headline "Kinh tế 6 tháng đầu năm 2026 tăng 9,12%" over "… ước tăng 9,12%" is the estimate."""
    def key(row: dict) -> tuple:
        return row["province_code"], row["province_key"], row["indicator"], row["period"], row["value"]

    stated = {key(row): row["status"] for row in rows if not row["_dated"]}
    kept = []
    for row in rows:
        if row.pop("_dated") and stated.get(key(row), row["status"]) != row["status"]:
            skipped.append({"locator": row["locator"], "snippet": row["snippet"],
                            "reason": f"cùng số liệu với một câu khác ghi rõ '{stated[key(row)]}': giữ câu đó"})
            continue
        kept.append(row)
    return kept


# between a figure and the same one said again, rounded or in another unit: "1.234 triệu USD (tức hơn 1,2 tỷ USD)",
# "45.300 tỷ đồng, tương đương khoảng 1,9 tỷ USD" is kept apart by the unit, "2,06 tỷ USD, hay khoảng 2 tỷ USD"
# (a chat's particle may come first: "1.234 triệu USD nhé (tức hơn 1,2 tỷ đô)")
_SAID_AGAIN = re.compile(r"(?:\s+(?:nhé|nhe|nha|ạ|đó|đấy))?\s*(?:\(\s*(?:(?:tức(?: là)?|nghĩa là|i\.e\.,?)\s*)?"
                         r"|(?:,\s*|[–—-]\s*)?(?:tức(?: là)?|hay|nghĩa là|i\.e\.,?|that is,?|or)\s*)"
                         r"(?:khoảng|hơn|gần|trên|xấp xỉ|về|about|nearly|almost|over|more than|some)?\s*")
_SAID_AGAIN_NEAR = 0.05  # "hơn 1,2 tỷ" for 1.234 triệu: within 5%


def _restated_rounded(low: str, rows: list[dict], skipped: list[dict]) -> list[dict]:
    """The rows, less a figure that says the one right before it again, rounded, after "tức", "hay", "i.e." (same
    province, indicator, period and status, within 5%): "FDI đạt 1.234 triệu USD (tức hơn 1,2 tỷ USD)" is 1,234."""
    kept: list[dict] = []
    for row in rows:
        prev = kept[-1] if kept else None
        if prev is not None and prev["snippet"] == row["snippet"] and prev["value"] \
                and all(prev[k] == row[k] for k in ("province_code", "province_key", "indicator", "period", "status")) \
                and abs(row["value"] - prev["value"]) <= _SAID_AGAIN_NEAR * abs(prev["value"]):
            a = int(prev["locator"].removeprefix("chars ").split("-")[1])
            b = int(row["locator"].removeprefix("chars ").split("-")[0])
            if 0 < b - a <= 30 and _SAID_AGAIN.fullmatch(low, a, b):
                skipped.append({"locator": row["locator"], "snippet": row["snippet"],
                                "reason": "cùng số liệu nói lại, làm tròn: giữ số liệu trước"})
                continue
        kept.append(row)
    return kept


def _point_into_written(written: str, spoken_from: list[int], rows: list[dict], skipped: list[dict]) -> None:
    """Locators (and a row's value as written) of a text whose spelled-out numbers were read as digits, pointed
    back into the text as written: "chars 120-145" of `written`, raw value "năm mươi hai nghìn tỷ đồng"."""
    def span(locator: str) -> tuple[int, int]:
        a, b = locator.removeprefix("chars ").split("-")
        return spoken_from[int(a)], spoken_from[int(b)]

    for row in rows:
        a, b = span(row["locator"])
        row["locator"], row["raw_value"] = f"chars {a}-{b}", written[a:b].strip()
    for item in skipped:
        if item["locator"].startswith("chars "):
            a, b = span(item["locator"])
            item["locator"] = f"chars {a}-{b}"


def _running_period(low: str, start: int, opening_end: int, ctx: _Ctx, year: int, period: str | None) -> tuple[int, str | None]:
    """The running year and part of the year after a sentence whose first figure starts at `opening_end`.
    Only what is named before the first figure counts ("Năm 2024, GRDP tăng …", "Theo báo cáo, trong năm 2022,
    …", "Thu ngân sách năm 2025 ước đạt …"): a year named after a figure is a comparison ("…, cao hơn mức tăng
    7,6% của năm 2023"), not a new topic, and so is a comparison base before it ("So với năm 2023, …").
    "9 tháng năm 2023, …" or "Sáu tháng đầu năm 2024, …" make the sentences after it about that part of the
    year, unless it is named as an aside ("Riêng quý III, …"); a whole year named later resets the part."""
    named = [(at, p) for at, p in (_periods(low, start, opening_end, ctx, year)
                                   if _MAY_NAME_PERIOD.search(low, start, opening_end) else [])
             if not _AFTER_OR_BECAUSE.search(low, max(start, at - 40), at)  # "Sau … năm 2021, …": not the topic
             and not _MORE_THAN_BEFORE.search(low, max(start, at - 20), at)]  # nor "… cao hơn năm 2017"
    whole = [p for _, p in named if "-" not in p]
    if whole:
        year, period = int(whole[-1]), None
    elif _LAST_YEAR.search(low, start, opening_end):
        year, period = ctx.vintage.year - 1 if ctx.vintage.month <= 6 else ctx.vintage.year, None
    part = [p for at, p in named if "-" in p and not _EVENT_DATE.search(low, max(start, at - 16), at)]
    if part and not _ASIDE.search(low, start, opening_end):
        year, period = int(part[-1][:4]), part[-1]
    return year, period


_COLLECTS = re.compile(r"(?<!\w)thu(?: được)?(?: cả năm| năm (?:19|20)\d\d)?\s+(?:(?:khoảng|hơn|gần|trên|xấp xỉ)\s+)?$")
_ASKING = re.compile(r"\bnghe nói\b|\bcó phải\b|\bphải không\b|\bđúng không\b|\bliệu\b|\bchăng\b|\bis it true\b"
                     r"|\bi heard\b")


def _sentence(text, low, s_start, s_end, sentence, ctx, sticky_year, sticky_period, units, rows, skipped) -> int:
    """Reads the figures of one sentence into `rows` (and what it skips into `skipped`); returns where its first
    figure starts (`s_end` when it has none)."""
    figures = [m for m in _FIGURE.finditer(low, s_start, s_end)
               if m.group("unit") or m.group("rank") or m.group("rank2") or m.group("cur")
               or ((m.group("rank3") or m.group("rank4") or m.group("score") or m.group("top")) and ctx.pci_topic)
               or (m.group("times") and _TIMES_LEAD.search(low, max(0, m.start() - 14), m.start()))]
    ctx.tail_period = None
    carry, ctx.last_family = ctx.last_family, None
    if not figures:
        return s_end
    if sentence.endswith("?") and _ASKING.search(low, s_start, s_end):
        # "Nghe nói Hưng Yên đã thu hút gần 1 tỷ USD vốn FDI trong quý?": a figure asked about is no figure given
        skipped.append({"locator": f"chars {figures[0].start()}-{figures[-1].end()}", "snippet": sentence,
                        "reason": "câu hỏi về một số liệu nghe nói, không phải số liệu được nêu"})
        return figures[0].start()
    if (resp := _RESPECTIVELY.search(low, s_start, s_end)) and resp.group(0) != "respectively":
        figures = _with_bare_run_members(low, resp.end(), figures)
    # "Trong tổng số lao động được giải quyết việc làm, 19.850 người …, 7.590 người …": parts of a total given before
    parts = _PARTS_OPENING.match(low, s_start)
    parts_of = {f[2] for f in _families(low, parts.start(), parts.end())} if parts else set()
    # "1 tỷ 250 triệu USD": one figure, 1.250 triệu USD, from where its billions start
    # "68 nghìn 500 tỷ đồng" (a speaker's 68.500 tỷ) alike
    billions = {m.start(): b for m in figures
                if ((m.group("unit") or "").startswith("triệu")
                    and (b := _BILLIONS_BEFORE.search(low, max(s_start, m.start() - 10), m.start())))
                or ((m.group("unit") or "").startswith(("tỷ", "tỉ"))
                    and (b := _THOUSANDS_BEFORE.search(low, max(s_start, m.start() - 10), m.start())))}
    if billions:
        figures = [m for m in figures if m.start() not in {b.start(1) for b in billions.values()}]
    idx = _SentenceIndex(text, low, s_start, s_end)
    resp = _RESPECTIVELY.search(low, s_start, s_end)
    resp_pairs = _pair_respectively(text, low, s_start, resp, figures, idx) if resp else {}
    prev_end = s_start
    read_end = s_start  # the end of the last figure read into a row
    prev: dict | None = None
    first_period: str | None = None  # the period of the sentence's first figure read: what the sentence is about
    first_status: str | None = None  # and its status (the parts after "trong đó" share it)
    lead_growth: str | None = None  # the family of the sentence's first growth rate: its headline
    for fig in figures:
        f_start, f_end = fig.start() if fig.start() not in billions else billions[fig.start()].start(1), fig.end()
        loc = f"chars {f_start}-{f_end}"
        borrowed = None  # (period, status) of the headline rate a bare rate is read as (see _headline_growth)
        raw_start = f_start  # where the figure as written starts ("45/71 xã" starts before the figure's number)

        def skip(reason: str) -> None:
            skipped.append({"locator": loc, "snippet": sentence, "reason": reason})

        times = fig.group("times")
        if fig.group("unit") is None and not (fig.group("rank") or fig.group("rank2") or fig.group("rank4")
                                              or fig.group("score") or fig.group("top") or fig.group("cur") or times):
            if not fig.group("rank3"):
                continue
            listed = _provinces(text, f_end, min(s_end, f_end + 40))
            if not listed or listed[0][0] > f_end + 2:
                continue  # a numbered line that names no province first: not a place in a ranking
        # clause: from the last clause mark before the number, not before the previous figure
        pre_all = low[prev_end:f_start]
        # a parenthesis closed before the figure is an aside inside the clause ("của tỉnh Quảng Ngãi (cũ) là 4,1%"):
        # it does not start one
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(pre_all)
                if not (m.group(0) == "(" and ")" in pre_all[m.end():])
                and not (m.group(0) == ":" and _STATUS_BEFORE_COLON.search(pre_all, 0, m.start()))]
        c_start = prev_end + (cuts[-1] if cuts else 0)
        if prev is None:
            c_start = min(c_start, f_start)
        clause = low[c_start:f_start]
        # what follows the figure up to the next clause mark
        nxt = _TAIL_END.search(low, f_end, s_end)
        tail_end = nxt.start() if nxt else s_end
        tail = low[f_end:tail_end]

        # ---- rank
        rank = fig.group("rank") or fig.group("rank2") or fig.group("rank3") or fig.group("rank4") \
            or ("1" if fig.group("top") else None)
        if fig.group("rank3") and _RANK_WORD.search(low, f_end, (low.find("\n", f_end) + 1 or s_end + 1) - 1):
            # "10. Tỉnh Đắk Nông: 92,60 điểm, xếp thứ 10/10 (…; PCI năm 2018 xếp thứ 42/63)": a line that gives its own
            # place is numbered as an item, not as a place in the ranking
            skip("số thứ tự của mục, không phải thứ hạng")
            prev_end = f_end
            continue
        if rank and int(fig.group("of") or fig.group("of2") or _PROVINCE_COUNT) < _PROVINCE_COUNT:
            # "xếp thứ 2/10 trong cụm", "Cần Thơ xếp thứ 1/7 về PCI": a place in a cluster or group, not among all the
            # provinces (63 before the 2025 reform, 34 after)
            skip("xếp hạng trong một cụm/nhóm (x/N), không phải trong cả nước")
            prev_end = f_end
            continue
        if fig.group("unit") in {"điểm", "point", "points"} and (grp := _GROUP_RANK_AFTER.match(low, f_end)) \
                and int(grp.group(1)) < _PROVINCE_COUNT:
            skip("điểm chấm thi đua trong một cụm/nhóm, không phải điểm PCI")  # "92,60 điểm, xếp thứ 10/10"
            prev_end = f_end
            continue
        # families are matched over the text since the previous figure, so that a label with
        # its own commas ("nông, lâm nghiệp và thủy sản") counts when it reaches into the clause
        fams = _subject(low, [f for f in idx.families(prev_end, f_start) if f[1] > c_start
                              and not _in_dash_aside(low, s_start, f[0], f_start, _LONG_DASH)])
        family = fams[-1][2] if fams else None
        label_span = (fams[-1][0], fams[-1][1]) if fams else None
        own_label = family is None and _has_own_label(low, c_start, f_start, idx)
        if family is None and not own_label and len(cuts) >= 2 and low[c_start - 5:c_start].strip() == "còn":
            # "; tỷ lệ hộ cận nghèo còn 3,6%": "còn" cut a clause that is only the figure; the label is before it
            named = _subject(low, idx.families(prev_end + cuts[-2], c_start))
            if named:
                family, label_span = named[-1][2], (named[-1][0], named[-1][1])
            else:
                own_label = _has_own_label(low, prev_end + cuts[-2], c_start, idx)
        if family is None and not own_label and (part := _last_breakdown(low, s_start, c_start)) is not None \
                and ";" not in low[part:f_start] and not _period_matches(low, part, f_start) \
                and not idx.provinces(part, f_start):
            # "Kim ngạch xuất khẩu nhóm hàng nông, thủy sản ước đạt 1,15 tỷ USD; trong đó cá tra fillet 712 triệu USD,
            # gạo 318 triệu USD": an item of a breakdown that no catalogue label names is a part, not the total
            skip("một mục trong phần liệt kê (trong đó …), không phải giá trị của chỉ tiêu")
            prev_end = f_end
            continue
        if family is None and not own_label and " ".join((fig.group("unit") or "").split()) in _PCT_UNITS \
                and (counted := [f for f in idx.tail_families(f_start, f_end, s_end)
                                 if f[0] >= f_end and _SHARE_OF_A_COUNT.fullmatch(low, f_end, f[0])]):
            # "…; 100% số xã đạt chuẩn nông thôn mới": the share of a count named right after the figure, not the
            # figure before's indicator; read when the catalogue has that rate, else skipped
            if not FAMILIES.get(counted[0][2], {}).get("rate"):
                skip("tỷ lệ phần trăm của một số đếm (…% số xã …) không có trong danh mục, không phải chỉ tiêu trước đó")
                prev_end = f_end
                continue
            family, label_span = counted[0][2], (counted[0][0], counted[0][1])
        if family is None and not own_label and prev is None and ctx.footnote_family:
            family, label_span = ctx.footnote_family, None  # "(5) Tăng 7,6% so với năm 2019." of "… 1.585 triệu USD(5)"
        if family is None and not own_label:
            region = prev_end if prev else s_start
            semi = low.rfind(";", region, c_start + 1)
            if prev is not None and semi >= 0 and _PART_OF_PREVIOUS.search(low, region, semi):
                # "Lạng Sơn thu 7.450 tỷ đồng, trong đó thu từ xuất nhập khẩu chiếm hơn một nửa; Tuyên Quang thu 5.120
                # tỷ đồng": the part an aside names is not the next figure's indicator
                region = semi
            fams_sent = _subject(low, [f for f in idx.families(region, f_start)
                                       if not _in_dash_aside(low, s_start, f[0], f_start, _LONG_DASH)])
            if fams_sent:
                family, label_span = fams_sent[-1][2], (fams_sent[-1][0], fams_sent[-1][1])
            elif prev is not None and lead_growth and prev.get("province") and _GROWTH_VERB.search(low, c_start, f_start) \
                    and (named := idx.provinces(c_start, f_start)) \
                    and all(vn_text.key(p[2]) != vn_text.key(prev["province"]) for p in named):
                # "Quảng Nam có GRDP giảm 3,1%, thu ngân sách đạt 24.860 tỷ đồng; Quảng Ngãi tăng 1,3%": a bare rate of
                # the next province in a list is of the sentence's headline rate, not of the figure before it
                family, label_span = lead_growth, None
            elif _EN_BARE_GROWTH.search(low, c_start, f_start):
                pass  # "… budget revenue, …, and still targets growth of 12%": English growth, nothing named, is the
                # economy's (below), not the figure before's
            elif prev is not None and prev.get("family") not in (None, "grdp") \
                    and _BARE_GROWTH_RIGHT_BEFORE.search(low, c_start, f_start) \
                    and _PLAN_WORD.search(low, s_start, f_start):
                # "…; năm 2026 phấn đấu tăng trưởng 10,5%", "mục tiêu … thu hút 1,5 tỷ USD vốn FDI và tăng trưởng 9%": a
                # target's bare growth is the economy's, not the growth of the figure before
                family, label_span = "grdp", None
            elif prev is not None:
                family, label_span = prev["family"], prev["label_span"]
            elif ctx.continued and prev is None and ctx.growth_family and idx.provinces(s_start, f_start) \
                    and _GROWTH_VERB.search(low, c_start, f_start):
                family = ctx.growth_family  # "…;\nKon Tum tăng 8,4%": the list's headline rate
            elif carry and (_CARRY_OPENING.match(low, s_start) or _THIS_ONE.search(low, c_start, f_start)
                            or (ctx.continued and idx.provinces(s_start, f_start))):
                # ("Tại thời điểm 30/9/2025, tỷ lệ này mới đạt 92,9%": the rate of the sentence before)
                family = carry  # "Tổng mức bán lẻ … tháng 10 đạt 9.876 tỷ đồng. Lũy kế 10 tháng đạt 95.432 tỷ đồng"
            label_end = (m.start() if (m := _LABEL_END.search(low, f_end, s_end)) else s_end)  # "… in newly registered
            # and additional foreign direct investment (FDI)": "and" inside the label after the figure
            unit_at = fig.start("unit") if fig.group("unit") else f_end  # "hơn 3.000 doanh nghiệp thành lập mới": the
            after = [f for f in idx.tail_families(f_start, f_end, label_end)  # label may start inside the unit
                     if (f[0] >= f_end and _LEVEL_OF.fullmatch(low, f_end, f[0])) or unit_at <= f[0] < f_end] \
                or [f for f in idx.families(unit_at, f_end) if f[0] < f_end]  # or be the unit: "1,900 new enterprises"
            if after and ((" ".join(fig.group("unit").split()) not in _PCT_UNITS
                           and FAMILIES.get(after[0][2], {}).get("level"))
                          or (FAMILIES.get(after[0][2], {}).get("rate") and after[0][0] - f_end <= 2)):
                # "91 phần trăm dân số có thẻ bảo hiểm y tế": a rate named right after its figure
                # "… GRDP growth of at least 10% and aims to attract around US$2 billion of FDI": the figure's own
                # label follows it; the sentence's earlier one is another figure's
                family, label_span = after[0][2], (after[0][0], after[0][1])
            elif family == "grdp_size" and _GROWTH_RIGHT_BEFORE.search(low, c_start, f_start):
                family = "grdp"  # "GRDP theo giá hiện hành đạt 123.456 tỷ đồng và tăng trưởng 6,2%": real growth
        if family is None and (not own_label and _BARE_GROWTH.search(low, c_start, f_start)
                               or _GROWTH_RIGHT_BEFORE.search(low, c_start, f_start)
                               or (not own_label and prev is None and (colon := low.find(":", s_start, c_start)) >= 0
                                   and _BARE_GROWTH.search(low, s_start, colon)
                                   and not idx.provinces(s_start, colon))):
            # "Năm 2023, tăng trưởng của các tỉnh trong cụm không đồng đều: Thanh Hóa tăng 5,7%, Nghệ An 6,2%": the
            # growth a lead names before its list
            # "Growth in the third quarter alone reached 9.7%", "tỉnh Đắk Lắk (cũ) tăng trưởng 6,8%": growth with
            # nothing named is the economy's
            family = "grdp"
        if family == "revenue" and prev is not None and prev.get("family") in _TOURISM:
            family = "tourism_revenue"  # "đón hơn 2 triệu lượt khách, mang về doanh thu gần 1,5 nghìn tỷ đồng"
        if family in _GRDP_LEVELS and (basis_m := _CONST_OR_CURRENT.search(low, c_start, f_start)):
            # "GRDP theo giá hiện hành đạt …; theo giá so sánh 2010 đạt 71,2 nghìn tỷ đồng": the basis names which
            family = "grdp_const" if basis_m.group(1) else "grdp_size" if family == "grdp_size" else "grdp"
        unit_raw = fig.group("unit") or ("points" if fig.group("score") else "")
        if (family is None and (not own_label or "lượt khách" in unit_raw)) or (family in {"grdp"} and "khách" in unit_raw):
            # "các cơ sở lưu trú … đón 1,18 triệu lượt khách": a unit of visits says what is counted
            for pat, fam in UNIT_FAMILY_HINTS:
                if re.search(pat, unit_raw):
                    family, label_span = fam, (fig.start("unit"), fig.end("unit"))
            if family is None:
                tf = idx.tail_families(f_start, f_end, tail_end)
                if tf:
                    family, label_span = tf[0][2], (tf[0][0], tf[0][1])
        if family in {"jobs", "tourism_arrivals"} or family is None:
            tf = [f for f in idx.tail_families(f_start, f_end, tail_end) if f[0] - f_end < 25]
            if tf and (family is None or FAMILIES.get(tf[0][2], {}).get("level")):
                if not (family == "jobs" and "lao động" in unit_raw):
                    family, label_span = tf[0][2], (tf[0][0], tf[0][1])

        if (idx.multi_year is not None and idx.multi_year < f_start) or _PER_YEAR.match(low, f_end):
            skip("số liệu bình quân nhiều năm/giai đoạn, không phải của một kỳ")
            prev_end = f_end
            continue
        if _MONTHLY_AVERAGE.search(low, c_start, f_start) and family not in {"income_monthly", "income_unspecified"}:
            skip("số liệu bình quân mỗi tháng, không phải của cả kỳ")  # "bình quân mỗi tháng gần 280 doanh nghiệp"
            prev_end = f_end
            continue
        if _SUPERSEDED.search(low, max(s_start, low.rfind(";", s_start, f_start) + 1, f_start - 90), f_start):
            # "(số ước tính công bố trước đây là 6,55%)": the estimate the text replaces; its own document holds it
            skip("số ước tính đã công bố trước đây, được thay bằng số mới")
            prev_end = f_end
            continue
        if _REQUIRED.search(low, c_start, f_start):
            skip("mức cần đạt để hoàn thành kế hoạch, không phải kết quả")
            prev_end = f_end
            continue
        if family in _CUMULATIVE_FAMILIES and (not _CUMULATIVE.search(low, s_start, f_start)
                                               or re.search(r"\bthêm\b|\bmore\b", low[c_start:f_start])):
            skip("số tăng thêm trong kỳ, không phải số lũy kế")
            # (its indicator goes on: "có thêm 20 xã đạt chuẩn, đưa tổng số lên 418 xã")
            prev = {"family": family, "label_span": label_span, "status": None, "period": None,
                    "province": prev["province"] if prev else None}
            prev_end = f_end
            continue
        if family == "cpi" and not re.search(r"bình quân|average", low[max(s_start, low.rfind(";", s_start, f_start) + 1):tail_end]):
            # (in the figure's own clause: "CPI bình quân năm 2025 tăng 3,35%; CPI tháng 12/2025 … tăng 3,9%")
            skip("CPI so với tháng/kỳ trước, không phải CPI bình quân")
            prev_end = f_end
            continue

        # ---- province
        pin = resp_pairs.get(f_start, {}).get("province")
        if pin is None and fig.group("rank3"):
            pin = _provinces(text, f_end, min(s_end, f_end + 40))[0][2]  # "3. Long An – …": the province it places
        if pin is None:
            after_prov = _PROV_AFTER.match(low, f_end)
            if after_prov:
                pm = _province_re().match(text, after_prov.end())
                if pm:
                    pin = pm.group(0)
        fam_override = resp_pairs.get(f_start, {}).get("family")
        if resp and f_start in resp_pairs and resp_pairs[f_start].get("error"):
            skip(resp_pairs[f_start]["error"])
            continue
        if fam_override:
            family, label_span = fam_override

        # ---- unit, value
        cur = fig.group("cur") or ""
        unit_text, unit_class = _unit_text(unit_raw, cur) if not rank else ("", "rank")
        # "345.000 tỷ đồng (báo cáo tiếng Anh ghi "VND 345 trillion")": a figure with a Vietnamese unit is written the
        # Vietnamese way, in a sentence that quotes English figures too
        num_lang = "vi" if ctx.lang == "en" and _VI_UNIT_WORD.match(unit_raw) and not cur else ctx.lang
        if num_lang == "vi" and unit_class in _WHOLE_COUNTS and _EN_THOUSANDS.fullmatch(fig.group("lo") or "") \
                and not _SCALE_WORD.match(unit_raw):
            num_lang = "en"  # "1,250 doanh nghiệp", "2,310 người": a count has no decimals, the comma groups thousands
        lo = _parse_num(rank or fig.group("lo") or fig.group("score"), num_lang)
        if times and lo is not None:
            unit_text, unit_class, lo = "%", "pct", round((lo - 1) * 100, 10)  # "gấp 1,2 lần": +20%
        elif fig.start() in billions and lo is not None:
            lo += 1000 * int(billions[fig.start()].group(1))  # "1 tỷ 250 triệu USD": 1.250 triệu USD
        if not rank and (part := _PART_OF.search(low, max(s_start, f_start - 12), f_start)):
            lo = _parse_num(part.group(1), ctx.lang)  # "45/71 xã": 45 of the 71
            raw_start = part.start(1)
            loc = f"chars {raw_start}-{f_end}"
        hi = _parse_num(fig.group("hi"), num_lang) if fig.group("hi") and not rank else None
        if lo is None:
            skip("không đọc được số")
            continue
        qualifier = "exact"
        value = lo
        if hi is not None:
            if hi < lo:
                skip("khoảng giá trị không hợp lệ")
                continue
            value, qualifier = (lo + hi) / 2, "about"
        else:
            q = _QUALIFIER.search(low, max(c_start, f_start - 25), f_start)
            if q:
                qualifier = "more_than" if q.group("more") else "less_than" if q.group("less") else "about"
            elif q := _QUALIFIER_AFTER.match(low, f_end):
                qualifier = "more_than" if q.group("more") else "less_than"
            elif unit_class not in {"pct", "score", "rank", ""} and _EXCEEDS_LEVEL.search(low, max(c_start, f_start - 16),
                                                                                         f_start):
                qualifier = "more_than"  # "quy mô kinh tế lần đầu vượt 300 nghìn tỷ đồng": an amount passed, not reached

        tail_at = f_end
        if (run_end := resp_pairs.get(f_start, {}).get("run_end", f_end)) > f_end:
            # "lần lượt bằng 124% và 118,5% dự toán": what follows the run follows each of its figures
            tail_at = run_end
            tail = low[run_end:(m.start() if (m := _TAIL_END.search(low, run_end, s_end)) else s_end)]
        # ---- verb and role
        index = False  # the figure is an index of last year = 100 ("bằng 108,1% so với năm 2023")
        if f_start in resp_pairs and resp.group(0) != "respectively":
            verb_zone = low[resp.end():resp_pairs[f_start]["run_start"]]
            if not _VERB.search(verb_zone):  # "Đắk Lắk và Lâm Đồng tăng lần lượt 7,1% và 6,9%": the verb before it
                verb_zone = low[max(s_start, resp.start() - 30):resp.start()]
        elif f_start in resp_pairs:
            verb_zone = low[max(s_start, resp_pairs[f_start]["run_start"] - 40):resp_pairs[f_start]["run_start"]]
        else:
            verb_zone = low[(label_span[1] if label_span and c_start <= label_span[1] <= f_start else c_start):f_start]
        verbs = list(_VERB.finditer(verb_zone))
        verb = verbs[-1].lastgroup if verbs else None
        if times and verb != "fall":
            verb = "growth"  # "gấp hơn 3 lần cùng kỳ": a growth, whatever verb
        elif verb == "reach" and _RISE_NOUN.search(verb_zone):
            verb = "growth"  # "mức tăng chỉ là 6,9%", "tốc độ tăng đạt 8%": the rise is what is given
        elif verb is None and label_span and _RISE_NOUN.search(low, max(c_start, label_span[0] - 12), label_span[0]):
            verb = "growth"  # "với mức tăng GRDP 7,48%": the rise named before its indicator
        elif verb is None and (noun := _EN_CHANGE_AFTER.match(low, f_end)):
            verb = "growth" if noun.group(1) else "fall"  # "posting an estimated 8.7% rise in its GRDP"
        from_fig = bool(_FROM_START.search(low, max(s_start, f_start - 8), f_start) and _FROM_TO.match(low, f_end))
        if from_fig and verb in {"growth", "fall"}:
            verb = None  # "giảm từ 3,95% năm 2023 xuống …": where the rate started, not how much it fell
        if rank:
            role = "rank"
        elif unit_class == "pct":
            plan_after = _PLAN_AFTER.match(tail)
            if plan_after and plan_after.group("basis"):
                role = "pct_of_plan"
            elif _EXCEEDING_BY.search(low, c_start, f_start) and (FAMILIES.get(family or "", {}).get("pct_of_plan")
                                                                   or not _PLAN_SET_IS.search(low, c_start, f_start)):
                # "exceeding the annual estimate by 12%": 112% of it; but "GRDP ước đạt 9,2%, vượt kế hoạch đề ra là
                # 8,5%" names the plan of a rate that has no % of plan
                role, verb = "pct_of_plan", "exceed"
            elif _EQUAL_TO.search(verb_zone) and _AGAINST_LAST_YEAR.match(tail) and lo >= table_layout.INDEX_MIN:
                if not FAMILIES.get(family or "", {}).get("growth"):
                    skip("chỉ số so với năm trước của một chỉ tiêu không có tốc độ tăng trong danh mục")
                    prev_end = f_end
                    continue
                role, index = "growth", True  # "bằng 108,1% so với năm 2023": an index, last year = 100
            elif verb == "exceed" and prev is not None and prev.get("family") == family \
                    and prev.get("role") in ("growth", "rate") and _TARGET_BEFORE.search(low, max(c_start, f_start - 20), f_start):
                role = prev["role"]  # "tăng khoảng 9%, vượt mục tiêu 8,5% do Nghị quyết … đề ra": the target's own rate
                # ("tỷ lệ bao phủ đạt 94,1% dân số, vượt chỉ tiêu 93,5%": a rate's)
            elif verb == "exceed":
                skip("'vượt ...%' không rõ so với gì")
                continue
            elif verb == "share" or "tỷ trọng" in low[max(s_start, (label_span[0] if label_span else c_start) - 12):f_start] \
                    or resp_pairs.get(f_start, {}).get("share"):
                role = "share"
            elif verb in {"growth", "fall"} and FAMILIES.get(family or "", {}).get("rate") \
                    and not FAMILIES.get(family or "", {}).get("growth"):
                skip("mức tăng/giảm của một tỷ lệ (điểm phần trăm), không phải giá trị của chỉ tiêu")
                prev_end = f_end
                continue
            elif verb in {"growth", "fall"}:
                role = "growth"
            elif verb == "fall_to":
                role = "rate"
            elif family and FAMILIES.get(family, {}).get("rate"):
                role = "rate"
            elif family and _GROWTH_WORD.search(low, _label_lead(s_start, c_start, label_span), f_start):
                role = "growth"  # "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) từ 10% trở lên"
            elif prev is not None and prev.get("family") == family and prev.get("role") not in {None, "pct_of_plan"} \
                    and verb in {None, "reach"}:
                role = prev["role"]  # "tăng 6,15% (kế hoạch 6,8%)": the same quantity again
            elif verb is None and _AND_BY.search(low, max(s_start, f_start - 8), f_start) \
                    and _EN_CHANGE_VERB.search(low, s_start, f_start):
                role = "growth"  # "risen by 2.1% over May and by 9.6% over June 2025": the verb goes on
                if _EN_FALL_VERB.search(low, s_start, f_start) and not _EN_RISE_VERB.search(low, s_start, f_start):
                    verb = "fall"
            elif (family and verb == "reach" and lo < table_layout.INDEX_MIN
                  and _PCT_ROLES.intersection(FAMILIES.get(family, {})) == {"growth"}):
                role = "growth"  # "GRDP ước đạt 7,12%": a growth is the only percentage GRDP has (107% would be an index)
            elif family and verb is None and FAMILIES.get(family, {}).get("share") \
                    and _STRUCTURE_WORD.search(low, s_start, f_start):
                role = "share"  # "Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản 18,5%; công nghiệp – xây dựng 37,5%"
            elif family and verb is None and FAMILIES.get(family, {}).get("share") and prev is not None \
                    and prev.get("role") == "share" and prev.get("family") in _VALUE_ADDED | {"product_taxes"}:
                role = "share"  # "Industry and construction make up 51.3% of GRDP, services 29.6% and agriculture …
                # 15.8%": the parts of the structure go on
            else:
                role = "unknown"
        else:
            role = "level"
            if verb in {"growth", "fall"}:
                skip("mức tăng/giảm tuyệt đối, không phải giá trị của chỉ tiêu")
                prev = {"family": family, "label_span": label_span, "status": None, "period": None,
                        "province": prev["province"] if prev else None}  # "Đắk Nông …, giảm 1,9 điểm phần trăm, còn 8,4%"
                prev_end = f_end
                continue
        if (family is None and not own_label and role == "growth" and ctx.growth_family
                and (_CONTRAST_OPENING.match(low, s_start) or idx.provinces(s_start, f_start)
                     or (_PART_OPENING.match(low, s_start) and _period_matches(low, s_start, f_start)))):
            # "Trong đó quý I tăng 8,51%, quý II ước tăng 9,68%": the quarters of the rate the sentence before gave
            # "…Gia Lai có tốc độ tăng trưởng GRDP 6,85%. … Trong khi đó, năm 2022 Kon Tum chỉ tăng 5,1%": the rate
            # set against the document's latest one is of the same indicator
            family, borrowed = ctx.growth_family, ctx.growth_status
            if family in _GRDP_PARTS and idx.provinces(s_start, f_start):
                # "Trong đó, khu vực công nghiệp – xây dựng tăng 12,4%. Riêng khu vực Long An (cũ) … tăng 7,9%": a place's
                # bare rate after a sector's is the place's economy, not that sector
                family = "grdp"
        if family is None and ctx.pci_topic and (unit_class == "score" or role == "rank") \
                and not _OTHER_INDEX.search(low, s_start, s_end) and idx.provinces(s_start, s_end if fig.group("rank3") else f_end):
            # "Báo cáo PCI năm 2022 …. Hải Phòng xếp thứ 2 với 71,28 điểm": a text on the PCI scores and ranks provinces
            family = "pci"
        if family is None and unit_class == "vnd" and role == "level" and _COLLECTS.search(low, c_start, f_start) \
                and any(r["indicator"] == "state_budget_revenue" for r in rows) \
                and not any(provinces.split_era(p[2])[1] == "old" for p in idx.provinces(s_start, f_start)):
            # "Thu ngân sách … của Lạng Sơn đạt 7.850 tỷ đồng. Cao Bằng và Bắc Kạn lần lượt thu 2.420 tỷ đồng và 890 tỷ
            # đồng": in a text on the budget, an amount a province collects is its budget revenue (not a former
            # province's part of the merged one's: "riêng khu vực Kon Tum cũ thu khoảng 2.800 tỷ đồng")
            family = "budget_revenue"
        if family is None:
            skip("không xác định được chỉ tiêu")
            prev_end = f_end
            continue
        if family in parts_of:
            skip("một phần của tổng số đã nêu, không phải giá trị của chỉ tiêu")
            prev_end = f_end
            continue
        if _EXCLUDING.search(low, prev_end, f_start):
            skip("số liệu không kể một phần (biến thể), không phải giá trị của chỉ tiêu")  # "excluding oil and gas it grew
            prev_end = f_end  # 10.1%": a variant of the indicator
            continue
        if label_span and _ACCUMULATED_BEFORE.search(low, max(s_start, label_span[0] - 16), label_span[0]):
            skip("lũy kế nhiều năm, không phải giá trị của kỳ")  # "Accumulated FDI stands at USD 40.3 billion"
            prev_end = f_end
            continue
        if family == "income_unspecified" and _PER_MONTH.search(unit_raw + low[f_end:f_end + 30]):
            family = "income_monthly"  # "4,1 triệu đồng/người/tháng": the unit says monthly
        code = _code_for(family, role, unit_class)
        if code is None:
            if role == "rank":
                skip("xếp hạng không có trong danh mục chỉ tiêu")
            else:
                skip(f"không có chỉ tiêu phù hợp trong danh mục ({family}, {role})")
            prev = {"family": family, "label_span": label_span, "province": prev["province"] if prev else None,
                    "status": prev["status"] if prev else None, "period": prev["period"] if prev else None}
            prev_end = f_end
            continue
        if role == "pct_of_plan" and verb in {"exceed", "growth"}:  # "vượt 7% dự toán", "tăng 10,5% so với dự toán"
            value = 100 + value
        elif role == "pct_of_plan" and verb == "fall":  # "giảm 3% so với dự toán"
            value = 100 - value
        basis = ""
        if role == "pct_of_plan" and (after := _PLAN_AFTER.match(tail)) and after.group("basis"):
            basis = " ".join(text[tail_at + after.start("basis"): tail_at + after.end("basis")].split())
        if index:
            value = round(value - 100, 10)
        elif role == "growth" and verb == "fall":
            value = -value
        if role == "growth" and _AGAINST_LAST_PERIOD.match(tail):
            skip("so với tháng/quý trước, không phải so với cùng kỳ năm trước")
            prev_end = f_end
            continue

        # ---- period
        compared = False  # the figure is one compared with, its period named after it
        year_hint = sticky_year  # the year of the last period the sentence named before the figure, each period
        # read with the year before it ("quý III/2026 …; tính chung 9 tháng …": nine months of 2026)
        for m in idx.periods:
            if m.start() >= s_start and m.end() <= f_start and (named := _period_from(m, ctx, year_hint)):
                year_hint = int(named[:4])
        local = _outside_asides(low, s_start, f_start, _periods(low, c_start, f_start, ctx, year_hint, idx.periods))
        if prev is not None and prev.get("from_fig") and (to := _TO_BEFORE.search(low, prev_end, f_start)):
            local = [p for p in local if p[0] >= to.start()]  # "từ 3,95% năm 2023 xuống còn 2,9%": 2023 is 3,95%'s
        # "vượt 5,2% dự toán cả năm", "bằng 78,6% kế hoạch năm": the year the plan is of, not the figure's period
        right = [(at, p) for at, p in _periods(low, f_end, tail_end, ctx, year_hint, idx.periods)
                 if not _PLAN_OF_PERIOD.search(low, f_end, at)]
        times_base = _TIMES_BASE.match(low, f_end) if times else None
        if times_base:  # "gấp 1,8 lần năm 2015": the year a multiple is of, not its period
            right = [(at, p) for at, p in right if at >= times_base.end()]
        elif times and (last := _TIMES_LAST.match(low, f_end)):  # "gấp 1,25 lần năm trước": last year is the base
            right = [(at, p) for at, p in right if at >= last.end()]
        if not local and not right and _FROM_START.search(low, max(s_start, f_start - 8), f_start) \
                and _TO_AFTER.match(low, f_end):
            # "giảm 1,2% (từ 4,1% xuống còn 2,9%)": 4,1% is where the rate started, in a period the text does not name
            skip("giá trị đầu kỳ ('từ … xuống/lên …') không ghi kỳ")
            prev_end = f_end
            continue
        sent = _outside_asides(low, s_start, f_start, _periods(low, s_start, f_start, ctx, year_hint, idx.periods))
        # "thấp hơn năm 2022 (8,9%)", "chưa đạt kế hoạch đề ra (9-9,5%)": a figure in parentheses belongs to the
        # words just before them
        opened = low.rfind("(", s_start, f_start)
        paren = opened > low.rfind(")", s_start, f_start)
        lead_start = max(prev_end, opened - 40) if paren else f_start
        plan_m = (_PLAN_BEFORE_NUMBER.search(low, lead_start, opened) or _BUDGET_ESTIMATE_BEFORE.search(low, lead_start, opened)) \
            if paren else None  # "bằng 76,5% dự toán (10.223 tỷ đồng)": the year's budget estimate
        plan_lead = plan_m is not None
        if plan_m:  # only the plan's own words: "kế hoạch năm 2024 (…)", not a year compared with before them
            lead_start = plan_m.start()
        lead = _periods(low, lead_start, opened, ctx, year_hint, idx.periods) if paren and not local else []
        if paren and not local and not lead and not _status_in(low, opened, f_start) \
                and (base_m := _COMPARED_YEAR_BEFORE.search(low, lead_start, opened)):  # not "(kế hoạch 8%)"
            # "tăng 7 bậc so với năm 2021 (khi xếp thứ 13)", "so với năm trước (hạng 61)": the year compared with
            lead = [(base_m.start(), base_m.group(1) or str(year_hint - 1))]
        as_of = list(_AS_OF.finditer(low, s_start, f_start)) if low.find("đến", s_start, f_start) >= 0 \
            or low.find("thời điểm", s_start, f_start) >= 0 else []  # "Tại thời điểm 30/9/2025, tỷ lệ này …"
        if as_of and _period_matches(low, as_of[-1].end(), f_start):
            as_of = []  # "tính đến ngày 31/10/2026 đạt …; ước cả năm đạt …, vượt 3,8% dự toán": a period named since
        if as_of and not local and not plan_lead:  # "Tính đến ngày 15/11/2023, …": a running total on a day
            day, month = int(as_of[-1].group(1)), int(as_of[-1].group(2))
            if day < table_layout.LAST_DAY_FROM or not 1 <= month <= 12:
                skip("số liệu tính đến một ngày giữa tháng, không phải của một kỳ")
                prev_end = f_end
                continue
            local = [(as_of[-1].start(), months_to_date(int(as_of[-1].group(3) or year_hint), month))]
        inner = _periods(low, opened, f_start, ctx, year_hint, idx.periods) if paren and not local else []
        same = (_SAME_PERIOD_LEAD.search(low, max(s_start, opened - 30), opened)
                # "tăng 18,2% (cùng kỳ 2024: 27.560 tỷ đồng)": the same part of the year before, named inside
                or _SAME_PERIOD_INSIDE.fullmatch(low, opened, f_start)) if paren and not local else None
        if same and _status_in(low, opened, f_start):
            same = None  # "tăng 11,6% so với cùng kỳ (số ước tính trước đây là tăng 10,8%)": an earlier estimate
        if same:  # "cao hơn cùng kỳ năm 2024 (7,4%)": the same part of that year as the sentence's figure
            base = first_period or (sticky_period if sticky_period else str(sticky_year))
            year = int(same.group(1)) if same.group(1) else int(base[:4]) - 1
            inner = [(same.start(), f"{year}{base[4:]}")]
        if local:
            period = local[-1][1]
        elif inner:  # "(năm 2023: 8,7 triệu lượt)": the year written inside the parenthesis
            period = inner[-1][1]
        elif lead:
            period = lead[-1][1]
        elif right:
            period = right[0][1]
            # "giảm 63% so với mức 8,7 triệu lượt của năm 2019; doanh thu …": the year of a figure compared with is its own
            compared = _COMPARED_BEFORE.search(low, max(s_start, f_start - 24), f_start) is not None
            if first_period is None and "-" in period:
                # "GRDP growth of 9.1% in the first nine months of 2025. Exports totalled …": what the text is about
                ctx.tail_period = period
        elif (plan_lead or (plan_m := _PLAN_BEFORE_NUMBER.search(low, c_start, f_start))) and first_period:
            period = first_period  # the plan of what the sentence is about, not of a year it compared with
            if prev and prev.get("family") == family and prev.get("period") and not prev.get("paren") \
                    and prev.get("status") != "plan" and _WHILE_BEFORE.search(low, prev_end, c_start + 1):
                # "…, sau khi năm 2025 đạt 11,03% trong khi chỉ tiêu giao là 12,5%": the plan the result before missed
                period = prev["period"]
            if _WHOLE_YEAR_PLAN.search(plan_m.group(0)):
                period = period[:4]  # "bằng 92,4% kế hoạch năm (5 tỷ USD)": the year's plan
        elif first_period and _BREAKDOWN.search(low, prev_end, c_start):
            period = first_period  # "… năm 2017 ước đạt 8,25%, cao hơn năm 2016 (7,37%); trong đó khu vực … tăng 4,78%"
        elif between := (_outside_asides(low, max(prev_end, prev.get("tail_end", 0)), c_start,
                                         _periods(low, max(prev_end, prev.get("tail_end", 0)), c_start, ctx, year_hint,
                                                  idx.periods)) if prev else []):
            period = between[-1][1]  # "…; tính chung 11 tháng, IIP tăng 8,6%": named since the figure before
        elif first_period and prev and (part := _last_breakdown(low, s_start, prev_end)) is not None \
                and ";" in low[part:c_start]:
            period = first_period  # "Năm 2023 GRDP tăng 7,2%, trong đó quý IV tăng 8,1%; thu ngân sách đạt …": the
            # breakdown's period closed with it, the sentence's goes on
        elif prev and prev.get("period") and not prev.get("from_fig") and not prev.get("paren") \
                and not prev.get("compared"):  # "từ 3,95% năm 2023 xuống còn 2,9%"; not "(7,37%)"'s
            period = prev["period"]
        elif prev and prev.get("compared") and not prev.get("from_fig") and first_period:
            period = first_period  # what the sentence is about, not the year it compared with
        elif sent and not (prev and prev.get("from_fig")):
            period = sent[-1][1]
        else:
            period = sticky_period if sticky_period and sticky_period[:4] == str(sticky_year) else str(sticky_year)
            if "-" in period and _PLAN_WORD.search(low, c_start, f_start):
                period = period[:4]  # "Mục tiêu tăng trưởng 7% theo Nghị quyết …" in a 9-month report: the year's target
        try:
            p_end = period_end(period)
        except ValueError:
            skip("không xác định được kỳ số liệu")
            continue

        if times_base and int(times_base.group(1)) < int(period[:4]) - 1:
            skip(f"bội số so với năm {times_base.group(1)}, không phải tốc độ tăng so với năm trước")
            prev_end = f_end
            continue
        if role == "growth" and (base := _sequential_base(low, c_start, tail_end, ctx, period)):
            skip(f"so với kỳ trước ({base}), không phải so với cùng kỳ năm trước")  # "so với quý IV/2025 giảm 4,1%"
            prev_end = f_end
            continue

        # ---- status
        status = "plan" if plan_lead or _PLAN_BEFORE_NUMBER.search(low, c_start, f_start) \
            else _status_in(low, c_start, f_start)
        if status is None and role != "pct_of_plan":
            status = _status_in(low, fig.start(), fig.start()) or None
        if status is None and prev and (semi := low.rfind(";", prev_end, c_start)) >= 0:
            # "…đạt 87,4% kế hoạch; dự kiến đến hết thời gian kéo dài (31/01/2025), tỷ lệ giải ngân đạt 95%": the word
            # opening the part after ";" governs its first figure, not the figure before the ";"
            status = _status_in(low, semi + 1, c_start)
        if status is None and first_period == period and first_status and _BREAKDOWN.search(low, prev_end, c_start):
            status = first_status  # "… ước đạt 8,25%, vượt mục tiêu 7,5% …; trong đó khu vực … tăng 4,78%": the total's
        if status is None and prev and prev.get("status") and not prev.get("paren") and prev.get("period") == period \
                and not (prev["status"] == "plan" and _DONE_BEFORE.search(low, c_start, f_start)):
            # (not "đặt kế hoạch tăng trưởng 6,5% và thực hiện đạt 7,8%": the result set against its plan)
            status = prev["status"]  # a figure of another period does not share "ước": "…, cao hơn 7,6% của năm 2023"
        if status is None:
            # status words earlier in the sentence (before any figure) govern it
            # (not a word of a part before a ";" that had a figure of its own: "tổng số giường bệnh kế hoạch là 4.950
            # giường; tỷ lệ bao phủ bảo hiểm y tế đạt 86,3%")
            semi = low.rfind(";", s_start, c_start)
            status_from = semi + 1 if semi >= 0 and _DIGIT.search(low, s_start, semi) else s_start
            status = _status_in(_ASIDE_PARENS_CLOSED.sub(lambda m: " " * len(m.group(0)), low[status_from:f_start]), 0,
                                f_start - status_from) if prev is None else None  # not "(kế hoạch 20 xã)": an aside's
            # word; only the sentence's part is searched (the whole text before it made a long document quadratic)
        if status is None and borrowed and borrowed[0] == period:
            status = borrowed[1]  # "… của cụm ước đạt 7,28%. Dẫn đầu cụm là Lào Cai với mức tăng 8,12%": the same rate
        if status is None and role == "growth" and ctx.growth_status and ctx.growth_status[0] == period \
                and _PART_OPENING.match(low, s_start):
            status = ctx.growth_status[1]  # "GRDP 9 tháng ước tăng 7,86%. Trong đó, khu vực dịch vụ tăng 8,04%": its parts
        if status is None and ctx.list_status and _BULLET_LINE.match(text, s_start):
            status = ctx.list_status
        if status is None and ctx.list_paragraph and ctx.vintage < p_end:  # a finished period's figure is a result
            status = "plan"
        if status is None and family in _GRDP_PARTS and ctx.grdp_status and ctx.grdp_status[0] == period:
            status = ctx.grdp_status[1]  # "GRDP quý I ước tăng 11,18%. Khu vực dịch vụ tăng 10,05%": the parts of the total
        dated = status is None
        if not dated and status == "estimate" and role == "growth" and family in {"grdp", "grdp_const"}:
            ctx.grdp_status = (period, status)
        if status is None and prev and prev.get("status") == "estimate" and _MONTH_OR_QUARTER.fullmatch(prev.get("period") or "") \
                and period != prev["period"] and period[:4] == prev["period"][:4] and period_end(prev["period"]) == p_end:
            status = "estimate"  # "xuất khẩu tháng 7 ước đạt …; lũy kế 7 tháng đạt …": the months add the estimated one
            # ("GRDP quý II ước tăng 8,35%, giúp tăng trưởng 6 tháng đầu năm đạt 8,12%": the half adds the quarter)
        if status is None and len(period) == 4 and ctx.doc_year and int(period) > ctx.doc_year and ctx.vintage < p_end:
            # "Phụ lục 1. Các chỉ tiêu chủ yếu năm 2021" in a report on 2020 written in February 2021: a year after the
            # one the report is about, not over yet, is the year's target, whatever day of it the report was written
            status = "plan"
        if status is None:  # no status word: what the period was on the day of the document
            status = "plan" if ctx.vintage < period_start(period) else "estimate" if ctx.vintage < p_end else "actual"
        if role == "pct_of_plan" and status == "plan" and not _AIM.search(low, s_start, f_start) \
                and ctx.vintage >= period_start(period):  # a year not begun: "giải ngân đạt 100% kế hoạch" is a target
            status = "estimate" if ctx.vintage < p_end else "actual"  # "đạt 95% kế hoạch": the plan is what it is of,
            # unless the sentence aims at it ("phấn đấu giải ngân … đạt trên 95% kế hoạch được giao")

        if _NATIONAL_AFTER.match(low, f_end):
            # "cao hơn mức 42,0% của cả nước", "gấp hơn hai lần mức 8,9% của toàn ngành công nghiệp cả nước"
            skip("số liệu của cả nước/vùng, không phải của một tỉnh")
            lead_growth = _headline_growth(ctx, lead_growth, role, family, period, status)
            prev_end = f_end
            continue
        # (from the start of the figure's part after ";": "…đạt 47,6%; xã Kbang có độ che phủ rừng cao nhất, đạt 72,5%")
        semi = low.rfind(";", prev_end, c_start) if prev else -1
        part_start = semi + 1 if semi >= 0 else c_start if prev else s_start
        if (_sub_unit(text, part_start, f_start, idx)
                or _DISTRICT_GROUP.search(low, prev_end if prev else s_start, f_start)) \
                and not _WHOLE_PROVINCE.search(low, part_start, f_start):  # "(tăng trưởng GRDP toàn tỉnh ước đạt 10,05%)"
            # "riêng đặc khu Phú Quốc đón 7,2 triệu lượt khách", "thành phố Thủ Đức đạt …": a place inside the province
            skip("số liệu của một địa bàn cấp huyện/xã, không phải của cả tỉnh")
            prev_end = f_end
            continue
        if family in _VALUE_ADDED and _GROSS_OUTPUT.search(low, max(s_start, (label_span[0] if label_span else c_start) - 22),
                                                          label_span[0] if label_span else c_start):
            skip("giá trị sản xuất, không phải giá trị tăng thêm")  # "Giá trị sản xuất nông, lâm nghiệp … tăng 4,6%"
            prev_end = f_end
            continue
        if family in _OF_PEOPLE and _RURAL_OR_URBAN.search(low, label_span[0] if label_span else c_start, f_start):
            skip("số liệu của khu vực nông thôn/thành thị, không phải của cả tỉnh")  # "thu nhập … khu vực nông thôn đạt"
            prev_end = f_end
            continue
        if _SAID_WRONG.match(low, f_end):
            skip("số liệu được nói là không chính xác")  # "con số 13% là chưa chính xác"
            prev_end = f_end
            continue
        if family == "ntm" and _NTM_HIGHER.match(low, f_end):
            skip("xã đạt chuẩn nông thôn mới nâng cao/kiểu mẫu, không phải chỉ tiêu xã đạt chuẩn nông thôn mới")
            prev_end = f_end
            continue
        if family in _NOT_OF_FAMILY and _NOT_OF_FAMILY[family].search(
                low, c_start, _end_of_part(low, f_end, min(tail_end + 40, s_end))):  # not past a ";"
            skip("một chỉ tiêu khác cùng đơn vị (lao động đi làm việc ở nước ngoài, doanh nghiệp quay lại hoạt động …)")
            prev_end = f_end
            continue
        if prev is not None and prev.get("family") == family and (part_m := _PART_OF_PREVIOUS.search(low, prev_end, f_start)) \
                and not _period_matches(low, part_m.end(), f_start) and ";" not in low[part_m.end():c_start] \
                and not (part_m.group(0) == "riêng" and prev.get("province")
                         and any(vn_text.key(p[2]) != vn_text.key(prev["province"]) and not _IS_CODE.fullmatch(p[2])
                                 for p in idx.provinces(part_m.end(), f_start))
                         and not _in_parens(low, s_start, part_m.start())):
            # (not "Bình Phước tăng 6,88%; Bình Dương 6,02%; riêng Bà Rịa - Vũng Tàu giảm 3,94%": another province set
            # apart, not a part of the one before)
            # "trong đó quý II tăng 10,1%": a period of it; "…, trong đó … chiếm hơn một nửa; Tuyên Quang thu …": the
            # aside closed before this clause
            # "giải quyết việc làm cho 21.300 lao động, trong đó đưa 6.800 người đi làm việc ở nước ngoài": a part of
            # the figure before, not the indicator
            skip("một phần của số liệu trước (trong đó …), không phải giá trị của chỉ tiêu")
            continue  # prev_end stays: "trong đó 72 xã … và 20 xã …" are both parts
        # ---- province
        span_named: list = []  # the provinces named before the figure, when the one chosen is the latest of them
        if pin is None:
            local_prov = _outside_closed_parens(low, idx.provinces(c_start, f_start), f_start, strict=True)
            distinct = {vn_text.key(p[2]) for p in local_prov}
            if len(distinct) > 1:
                skip("nhiều tỉnh trong cùng một vế câu, không rõ số liệu của tỉnh nào")
                prev_end = f_end
                continue
            if local_prov:
                pin, span_named = local_prov[-1][2], local_prov
            else:
                if _NATIONAL.search(low, c_start, f_start) or _NATIONAL_OPENING.match(low, s_start) \
                        or (_NATIONAL_SUBJECT.search(low, s_start, figures[0].start())
                            and not idx.provinces(s_start, f_start) and not _THE_PROVINCE.search(low, s_start, f_start)) or (
                        paren and (_NATIONAL.search(low, max(prev_end, opened - 40), opened)  # "… cả nước (5,05%)"
                                   # "mục tiêu kiểm soát lạm phát của Quốc hội (4,5%)": the country's target
                                   or _NATIONAL_BODY.search(low, max(prev_end, opened - 40), opened))):
                    skip("số liệu của cả nước/vùng, không phải của một tỉnh")
                    lead_growth = _headline_growth(ctx, lead_growth, role, family, period, status)
                    prev_end = f_end
                    continue
                # (nor, after a figure read, over the province it was of: "Phú Thọ: vốn FDI … đạt 1,38 tỷ USD (cộng gộp
                # Vĩnh Phúc, Phú Thọ và Hòa Bình cũ), GRDP tăng 8,7%")
                span_prov = _outside_closed_parens(low, _not_areas(low, idx.provinces(prev_end if prev else s_start, f_start)),
                                                   f_start, strict=bool(ctx.default_province
                                                                        or (prev and prev.get("province"))))  # a report's own province
                # before an aside: "của thành phố (tính trên địa bàn Đà Nẵng và Quảng Nam cũ) … là 9,42%"
                if not span_prov and prev and read_end < prev_end:
                    # "Phú Yên tăng 6,9%, có thêm 9 xã …; Khánh Hòa … với mức tăng 10,1%, đón 7,2 triệu lượt khách": a
                    # province named before a figure skipped is the subject of the clauses after it, not the one of
                    # the last figure read
                    span_prov = _outside_closed_parens(low, _not_areas(low, idx.provinces(read_end, prev_end)), prev_end,
                                                       strict=True)
                if span_prov:
                    pin, span_named = span_prov[-1][2], span_prov
                elif prev and prev.get("province"):
                    pin = prev["province"]
                elif prev is None:  # not a province inside a closed parenthesis: "của thành phố (tính trên địa bàn
                    before = _outside_closed_parens(low, _not_areas(low, idx.provinces(s_start, f_start)), f_start,
                                                    strict=True)  # Đà
                    # Nẵng và Quảng Nam cũ)"
                    pin = before[-1][2] if before else None
        if pin is not None and ctx.default_province and not resp_pairs.get(f_start) \
                and (whole := _WHOLE_PROVINCE.search(low, max(c_start, prev_end if prev else s_start), f_start)) \
                and not idx.provinces(whole.end(), f_start):
            pin = ctx.default_province  # "Khu vực Hòa Bình (cũ) là điểm sáng về du lịch: toàn tỉnh đón 9,2 triệu lượt"
        several = _SEVERAL_PLACES.search(low, prev_end if prev else s_start, f_start)
        if several and ctx.default_province and ctx.vintage >= provinces.REFORM_2025 and (
                (_FORMER_ONES.match(low, several.end()) and not idx.provinces(several.start(), f_start))
                or _SUMMED.search(low, several.end(), f_start)  # "của hai tỉnh Khánh Hòa và Ninh Thuận cũ cộng lại"
                # "Nếu cộng gộp số liệu hai tỉnh Long An và Tây Ninh cũ, năm 2024 GRDP tăng 8,1%"
                or (several.group(0) == "cộng gộp" and (summed := idx.provinces(several.end(), f_start))
                    and _FORMER_ONES.match(low, summed[-1][1]))):
            # "Cùng kỳ năm 2025, tổng thu của ba tỉnh cũ cộng lại là 18.293 tỷ đồng" in the merged province's report:
            # the former provinces together are the merged one
            pin = ctx.default_province
        elif several and (pin is None or not idx.provinces(several.start(), f_start)):
            # "Cộng gộp, quy mô kinh tế của ba địa phương vào khoảng 267,9 nghìn tỷ đồng", "…; tổng thu của 10 tỉnh đạt
            # trên 98.000 tỷ đồng": not one province's figure, whichever was named before
            skip("số liệu cộng gộp của nhiều địa phương, không phải của một tỉnh")
            prev_end = f_end
            continue
        if pin is None and ctx.default_province:
            pin = ctx.default_province
        if pin is None and ctx.last_province and _THE_PROVINCE.search(low, s_start, f_start):
            pin = ctx.last_province  # "Gia Lai …. Thu ngân sách của tỉnh đạt …": the province just named
        if pin is None and ctx.section_province:
            pin = ctx.section_province  # under "## Thanh Hóa: …", a sentence naming no province is Thanh Hóa's
        if pin is None and ctx.paragraph_province:
            pin = ctx.paragraph_province  # "Bình Dương – … – có GRDP 9 tháng …. Chỉ số sản xuất công nghiệp …"
        if pin is None:
            skip("không xác định được tỉnh")
            prev = {"family": family, "label_span": label_span, "province": None, "status": status, "period": period,
                    "paren": paren}
            prev_end = f_end
            continue
        code_p = pin if _IS_CODE.fullmatch(pin) else _resolve_province(pin, p_end)
        if code_p is not None and not _IS_CODE.fullmatch(pin) and ctx.vintage > provinces.BEFORE_REFORM \
                and p_end <= provinces.BEFORE_REFORM and not _ERA_AFTER.search(pin) and not code.startswith("pci_"):
            # "Gia Lai (Bình Định và Gia Lai cũ): tăng trưởng 7,1%" in a text of August 2025 on the first half: a name
            # written after the reform without "(cũ)" is the merged province's, in every period (as a report's own
            # province is, provinces.reported_by); a name that has no merged province keeps its former one, and a
            # ranking published for the provinces of its year (PCI 2024 of Đồng Tháp) is the former province's
            code_p = _resolve_province(f"{pin} (mới)", p_end) or code_p
        if code_p is None and span_named:
            # "the economy of Khanh Hoa, which was merged with the former Ninh Thuan province, expanded by 8.9%": of
            # the provinces named before the figure, the latest that exists in the figure's period
            code_p = next((c for c in (_resolve_province(p[2], p_end) for p in reversed(span_named)) if c), None)
            if code_p is None and ctx.default_province and all(_in_parens(low, s_start, p[0])
                                                               or _in_dash_aside(low, s_start, p[0], f_start)
                                                               for p in span_named):
                # "tăng trưởng GRDP của tỉnh (sau khi hợp nhất với tỉnh Kon Tum) ước đạt 8,6%": named in an aside
                code_p = _resolve_province(ctx.default_province, p_end) if not _IS_CODE.fullmatch(
                    ctx.default_province) else ctx.default_province
        if code_p is None and ctx.vintage < p_end and not _IS_CODE.fullmatch(pin):
            # "Thu ngân sách năm 2025 đạt 5.000 tỷ đồng" in Kon Tum's report of April 2025: the province that wrote it,
            # gone by the end of the period it plans for
            code_p = _resolve_province(pin, ctx.vintage)
        if code_p is not None and not _IS_CODE.fullmatch(pin) and period_start(period) > provinces.BEFORE_REFORM \
                and provinces.split_era(pin)[1] == "old":
            # "Riêng khu vực Bắc Giang cũ xuất khẩu 14,2 tỷ USD" in a release on 2026: a former province's area is a part
            # of the merged one in a period after the reform, no province of its own
            skip(f"địa bàn tỉnh cũ ({pin}) trong kỳ sau sắp xếp, không phải một tỉnh")
            prev_end = f_end
            continue
        if code_p is not None:
            pin = code_p  # the figure after it inherits the province found, not a name that did not resolve
        if code_p is None:
            skip(f"tỉnh '{pin}' không tồn tại trong kỳ {period}")
            prev_end = f_end
            continue

        canonical_unit = units[code]
        try:
            conv = value * _factor(unit_text if unit_class not in {"rank"} else None, canonical_unit)
        except ValueError as exc:
            skip(f"đơn vị không phù hợp: {exc}")
            prev_end = f_end
            continue
        if prev and prev.get("family") == family and prev.get("period") == period \
                and _MILESTONE.search(low, max(c_start, f_start - 30), f_start):
            # "ước đạt 103.180 tỷ đồng, lần đầu tiên vượt mốc 100 nghìn tỷ đồng": the mark passed, not another figure
            skip("mốc đã vượt qua, không phải số liệu")
            prev_end = f_end
            continue
        raw_label = text[label_span[0]:label_span[1]] if label_span else ""
        lead_growth = _headline_growth(ctx, lead_growth, role, family, period, status)
        province_code, province_key = provinces.split_ref(code_p)
        rows.append({
            "source_kind": None,
            "locator": loc,
            "province_code": province_code,
            "province_key": province_key,
            "indicator": code,
            "period": period,
            "value": round(conv, 6),
            "unit": canonical_unit,
            "status": status,
            "qualifier": qualifier,
            "basis": basis,
            "vintage": ctx.vintage,
            "raw_label": raw_label,
            "raw_value": text[raw_start:f_end].strip(),
            "snippet": sentence,
            "issue": None,
            "_dated": dated,  # its status is the date's, no word's (see _restated_with_a_status)
        })
        if (mark := _FOOTNOTE_MARK_AFTER.match(text, f_end)) is not None:  # "… tăng 5,66%(1) so với năm 2019"
            ctx.footnote_families[mark.group(1) or mark.group(2)] = (family, period)
        prev = {"family": family, "label_span": label_span, "province": pin, "status": status if not paren else
                (prev["status"] if prev else None), "period": period, "paren": paren, "role": role, "from_fig": from_fig,
                "tail_end": tail_end, "compared": compared}
        first_status = first_status if first_period else status
        first_period = first_period or period
        prev_end = read_end = f_end
    ctx.last_family = prev["family"] if prev else None
    return figures[0].start()


_GROWTH_WORD = re.compile(r"tăng trưởng|tốc độ tăng|growth|\bgrow\b")  # "aims to grow GRDP by 8.0–8.5%"
_GROWTH_VERB = re.compile(r"\b(?:tăng|giảm)\b")
_SUPERSEDED = re.compile(r"\b(?:số|mức) ước(?: tính)?(?: đã)?(?: công bố| được công bố)?(?: trước đây| trước đó| kỳ trước)"
                         r"|\b(?:số|mức) ước(?: tính)?(?: trước đây| trước đó)?(?: đã| được)? công bố\b"
                         r"|\bso với (?:số|mức) ước(?: tính)?\b|\b(?:previously|earlier) (?:published |released )?estimate")
_RISE_NOUN = re.compile(r"\b(?:mức|tốc độ) tăng\b(?! trưởng)|\bmức tăng trưởng\b")
_MILESTONE = re.compile(r"\b(?:vượt|cán|chạm|qua) (?:ngưỡng|mốc)\s*$|\bmốc\s*$")
_ASIDE_PARENS_CLOSED = re.compile(r"\([^()]*\d[^()]*\)")  # an aside with its own figure: "(kế hoạch 20 xã)"
_STANDARD_BEFORE = re.compile(r"\bchuẩn (?:nghèo|tiêu chí)[^,;]{0,20}$")
_DISTRICT_GROUP = re.compile(r"\b(?:\d+|các|những) huyện\b")  # "ở 11 huyện miền núi tỷ lệ hộ nghèo còn 9,8%"
_PARTS_OPENING = re.compile(r"\s*trong (?:tổng )?số [^,;.\d]{3,80},")
_AND_BY = re.compile(r"\band by\s*$")
_EN_RISE_VERB = re.compile(r"\b(?:rose|risen|rise|grew|grown|increased|up)\b")
_EN_FALL_VERB = re.compile(r"\b(?:fell|fallen|declined|decreased|down)\b")
_EN_CHANGE_VERB = re.compile(f"{_EN_RISE_VERB.pattern}|{_EN_FALL_VERB.pattern}")
_GRDP_PARTS = {"agriculture", "industry_construction", "services", "product_taxes"}
_MONTH_OR_QUARTER = re.compile(r"\d{4}-(?:\d\d|Q[1-4])")


def _growth_topic(low: str, start: int, end: int) -> str | None:
    """The one indicator family a sentence without figures speaks of the growth of, if it names exactly one."""
    if not _GROWTH_WORD.search(low, start, end):
        return None
    named = {family for _, _, family in _families(low, start, end)}
    return named.pop() if len(named) == 1 else None
_WHOLE_YEAR_PLAN = re.compile(r"\b(?:cả )?năm$|\b(?:cả )?năm\s*(?:hơn|trên|khoảng|gần|dưới|từ)?\s*$|^dự toán")
_BUDGET_ESTIMATE_BEFORE = re.compile(r"dự toán(?: năm(?: \d{4})?| (?:trung ương|tw|hđnd(?: tỉnh)?) giao| được giao| giao)?\s*$")
_PART_OPENING = re.compile(r"\s*(?:trong đó|riêng|in which|of which)\b")
_STRUCTURE_WORD = re.compile(r"\bcơ cấu\b|\bstructure\b")


def _label_lead(s_start: int, c_start: int, label_span: tuple[int, int] | None) -> int:
    """Where the words before a figure's label start: its clause, within 60 characters of the label (a label named
    again in parentheses, "… tổng sản phẩm trên địa bàn (GRDP)", keeps the words before the first name), else the
    25 characters before it."""
    label = label_span[0] if label_span else c_start
    return max(s_start, c_start, label - 60) if c_start <= label else max(s_start, label - 25)


def _outside_closed_parens(low: str, provs: list[tuple[int, int, str]], end: int,
                           strict: bool = False) -> list[tuple[int, int, str]]:
    """The provinces named before `end`, less those inside a parenthesis closed before it when others are named
    outside: "du lịch Khánh Hòa … trên địa bàn tỉnh mới (gồm cả Ninh Thuận cũ), toàn tỉnh đón 11,9 triệu lượt
    khách" is Khánh Hòa's figure."""
    outside = [p for p in provs if not (0 <= low.rfind("(", 0, p[0]) > low.rfind(")", 0, p[0])
                                        and low.find(")", p[1], end) >= 0)]
    return outside if strict else outside or provs


def _headline_growth(ctx: _Ctx, lead: str | None, role: str, family: str | None, period: str,
                     status: str) -> str | None:
    """The sentence's headline rate, the first growth it gives, read or skipped as the country's or the cluster's
    ("tăng trưởng GRDP bình quân của cụm ước đạt 7,28%. Dẫn đầu cụm là Lào Cai với mức tăng 8,12%"), and the
    document's latest: "An Giang với GRDP tăng 8,02%; xuất khẩu … tăng 11,6%. Đồng Tháp đứng thứ ba, tăng 7,71%" — a
    bare rate set against the sentence before is of that sentence's headline rate, not of its last one."""
    if role == "growth" and lead is None and family is not None:
        ctx.growth_family, ctx.growth_status = family, (period, status)
        return family
    return lead


_RUN_BREAK = re.compile(r"\s*,\s*(?:(?:tăng|giảm|đạt|ước đạt|chiếm)\s*)?")
_BARE_BEFORE = re.compile(r"(?<![\d.,/])(\d+(?:,\d+)?)\s*(?:;|,)?\s*(?:và\s*)?$")
_BARE_AFTER = re.compile(r"\s*(?:,|;)?\s*(?:và\s*)?(\d{1,2})(?:\s*/\s*(\d{2}))?(?![\d,%/]|\.\d)(?!\s*(?!và\b)[^\W\d_])")


class _Bare:
    """A bare number of a 'lần lượt' run that shares the unit (or the rank) of the run's written figure: "lần lượt đạt
    67,02; 66,15 và 64,80 điểm, xếp thứ 12, 19 và 38/63" — read as a figure match of its own."""

    def __init__(self, start: int, end: int, number: str, model: re.Match, rank: bool, of: str | None = None):
        self._start, self._end, self._number, self._model, self._rank, self._of = start, end, number, model, rank, of

    def group(self, name=0):
        if name == "lo":
            return self._number
        if name == "rank":
            return self._number if self._rank else None
        if name == "unit":
            return None if self._rank else self._model.group("unit")
        if name == "of":
            return self._of
        return None

    def start(self, name=0) -> int:
        return self._model.start("unit") if name == "unit" else self._start

    def end(self, name=0) -> int:
        return self._model.end("unit") if name == "unit" else self._end


def _with_bare_run_members(low: str, after: int, figures: list) -> list:
    """`figures` and the bare numbers of a 'lần lượt' run after `after` that share a written figure's unit (the numbers
    before it) or its rank (after "xếp thứ 12": ", 19 và 38/63"), in their order."""
    added = []
    taken = {f.start() for f in figures}
    for f in figures:
        if f.start() < after:
            continue
        if f.group("unit") and f.group("lo") and not f.group("hi"):
            at = f.start()
            while (m := _BARE_BEFORE.search(low, after, at)) and m.start(1) not in taken:
                added.append(_Bare(m.start(1), m.end(1), m.group(1), f, False))
                at = m.start(1)
        elif f.group("rank") and not f.group("of"):
            at = f.end()
            while m := _BARE_AFTER.match(low, at):
                added.append(_Bare(m.start(1), m.end(2) if m.group(2) else m.end(1), m.group(1), f, True, m.group(2)))
                at = m.end()
    if not added:
        return figures
    return sorted(figures + added, key=lambda f: f.start())


def _pair_respectively(text, low, s_start, resp, figures, idx) -> dict[int, dict]:
    """For "A, B và C lần lượt tăng x%, y% và z%" (or "... x%, y% and z% respectively"):
    figure start → the province or family it belongs to, or an error when the counts differ."""
    connector = re.compile(r"\s*(?:,|;|và|and)?\s*(?:và\s*)?(?:tăng|giảm|đạt|hơn|trên|khoảng|gần)?\s*")
    with_unit = [f for f in figures if f.group("unit") or f.group("rank")]
    if resp.group(0) == "respectively":
        before = [f for f in with_unit if f.end() <= resp.start()]
        if not before:
            return {}
        run = [before[-1]]
        for f in reversed(before[:-1]):
            if connector.fullmatch(low[f.end():run[0].start()]):
                run.insert(0, f)
            else:
                break
        earlier = [f for f in figures if f.end() <= run[0].start()]
        region_start = earlier[-1].end() if earlier else s_start
        region_end = run[0].start()
    else:
        after = [f for f in with_unit if f.start() > resp.start()]
        if not after:
            return {}
        run = [after[0]]
        for f in after[1:]:
            if connector.fullmatch(low[run[-1].end():f.start()]):
                run.append(f)
            else:
                break
        earlier = [f for f in figures if f.end() <= resp.start()]
        region_start = earlier[-1].end() if earlier else s_start
        region_end = resp.start()
    n = len(run)
    provs: list[str] = []
    for _, _, name in idx.provinces(region_start, region_end):
        if vn_text.key(name) not in {vn_text.key(p) for p in provs}:
            provs.append(name)
    fams = idx.families(region_start, region_end)
    out: dict[int, dict] = {}
    run_start = run[0].start()
    if n > 1 and len(provs) == n:
        for f, p in zip(run, provs):
            out[f.start()] = {"province": p, "run_start": run_start, "run_end": run[-1].end()}
        return out
    k = len(provs)
    if k > 1 and n > k and n % k == 0:
        # "Long An và Tiền Giang lần lượt tăng 12,4% và 16,1%, đạt 5,85 tỷ USD và 3,56 tỷ USD": one run per quantity,
        # each in the provinces' order (the units alike within a run, a verb after the comma between runs)
        chunks = [run[i:i + k] for i in range(0, n, k)]
        if all(len({f.group("unit") == "%" for f in c}) == 1 for c in chunks) \
                and all(_RUN_BREAK.fullmatch(low, a[-1].end(), b[0].start()) for a, b in zip(chunks, chunks[1:])):
            for c in chunks:
                for f, p in zip(c, provs):
                    out[f.start()] = {"province": p, "run_start": c[0].start(), "run_end": c[-1].end()}
            return out
    while len(fams) > n and fams[0][2] == "grdp":
        fams = fams[1:]
    if n > 1 and len(fams) == n and len(provs) <= 1:
        for f, (a, b, fam) in zip(run, fams):
            out[f.start()] = {"family": (fam, (a, b)), "run_start": run_start}
        return out
    if n > 1 and not fams and not provs:
        # "…, công nghiệp – xây dựng chiếm 58,6%, dịch vụ 29,7%, nông nghiệp 11,7% (năm 2015 các tỷ lệ tương ứng là
        # 38,5%, 38,7% và 22,8%)": the indicators named earlier in the sentence, in their order
        named: list[tuple[int, int, str]] = []
        for a, b, fam in idx.families(s_start, region_start):
            if fam not in {x[2] for x in named}:
                named.append((a, b, fam))
        while len(named) > n and named[0][2] == "grdp":
            named = named[1:]
        if len(named) == n:
            share = bool(_SHARE_NOUN.search(low, region_start, run_start))  # "các tỷ lệ tương ứng là …"
            for f, (a, b, fam) in zip(run, named):
                out[f.start()] = {"family": (fam, (a, b)), "run_start": run_start, "share": share}
            return out
    if n > 1 and not provs and resp.group(0) != "respectively":
        # "TP. Hồ Chí Minh thu 479.000 tỷ đồng, Hà Nội 388.000 tỷ đồng, lần lượt bằng 124% và 118,5% dự toán": the
        # provinces whose figures came before, in their order
        for _, _, name in idx.provinces(s_start, region_start):
            if vn_text.key(name) not in {vn_text.key(p) for p in provs}:
                provs.append(name)
        if len(provs) == n:
            for f, p in zip(run, provs):
                out[f.start()] = {"province": p, "run_start": run_start, "run_end": run[-1].end()}
            return out
    if n == 1:
        return {}
    for f in run:
        out[f.start()] = {"error": "số giá trị 'lần lượt' không khớp với số đối tượng liệt kê", "run_start": run_start}
    return out


# ------------------------------------------------------------------ documents
def _year_most_named(text: str, vintage: dt.date) -> int:
    """The year a document with no year in its title is about: of the document's year and the one before, the one
    its text names first ("năm 2025", "in 2025": a January bulletin leads with the year just ended), else the
    document's year."""
    return next((int(m.group(1)) for m in _NAMED_YEAR.finditer(text) if int(m.group(1)) in (vintage.year - 1, vintage.year)
                 and not _DATE_MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())), vintage.year)


_DATE_MONTH_BEFORE = re.compile(r"tháng\s*\d{1,2}\s*$", re.IGNORECASE)  # "ngày 06 tháng 01 năm 2026": the date line


_NAMED_YEAR = re.compile(r"(?:năm|in|of) ((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _title_year(title: str) -> int | None:
    years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", title)
    if not years:
        return None
    return int(Counter(years).most_common(1)[0][0])


def title_period(title: str, doc_year: int, vintage: dt.date) -> str | None:
    """The period a title names ("Kinh tế 9 tháng năm 2023" → "2023-9M"), or None."""
    low = vn_text.canonical(title).lower()
    ctx = _Ctx(doc_year, vintage, None, "vi")
    found = _periods(low, 0, len(low), ctx, doc_year)
    return found[-1][1] if found else None


def document_province(title: str, text: str, at: dt.date) -> str | None:
    """The province a document is about: the one its title names, else the only one its text names."""
    rx = _province_re()
    in_title = {provinces.resolve(m.group(0), at) or _resolve_province(m.group(0), at) for m in rx.finditer(title)} - {None}
    if len(in_title) == 1:
        return next(iter(in_title))
    if in_title:
        return None
    in_text = {_resolve_province(m.group(0), at) for m in rx.finditer(text)} - {None}
    if len(in_text) == 1:
        return next(iter(in_text))
    # the letterhead: "ỦY BAN NHÂN DÂN / TỈNH LONG AN", "SỞ TÀI CHÍNH TỈNH BẮC KẠN", the first "tỉnh X" of the first
    # lines (the authority that writes comes before any place the text goes on to name)
    head = "\n".join(text.split("\n")[:6])
    return next((code for m in rx.finditer(head) if (_LETTERHEAD.search(head, max(0, m.start() - 14), m.start())
                                                      or _LETTERHEAD_NAME.match(m.group(0)))
                 and (code := _resolve_province(m.group(0), at)) is not None), None)


_LETTERHEAD = re.compile(r"(?:tỉnh|thành phố|tp\.?)\s*$", re.IGNORECASE)
_LETTERHEAD_NAME = re.compile(r"(?:tỉnh|thành phố|tp\.?)\s", re.IGNORECASE)


# province_key is not compared: a table written after the reform names its version, the prose beside it does not;
# nor is the status: a sentence without "ước" restates the cell of an "Ước thực hiện" column
_SAME_FIGURE = ["province_code", "indicator", "period", "basis"]
RESTATED_ROUNDING = 0.01  # "9,85 triệu lượt", "3,68 tỷ USD" restate cells of 9.845 nghìn lượt, 3.684.920 nghìn USD


def _without_restated(prose: pl.DataFrame, tables: pl.DataFrame) -> tuple[pl.DataFrame, list[dict]]:
    """The prose rows that do not restate a figure of the document's own tables (same province, indicator,
    period and basis, and the same value to within 1 %, as a sentence rounds it: "3,68 tỷ USD"), and the
    others as skipped rows: a report says in a sentence what its appendix says in a cell, and the two are one
    observation (the cell's). A sentence that differs from its table stays: the warehouse then quarantines both as
    duplicates, for a person to settle."""
    if prose.is_empty() or tables.is_empty():
        return prose, []
    cells = tables.select(*_SAME_FIGURE, pl.col("value").alias("_cell_value"), pl.col("locator").alias("_cell"))
    matched = (prose.with_row_index("_row").join(cells, on=_SAME_FIGURE, how="inner", nulls_equal=True)
               .filter((pl.col("value") - pl.col("_cell_value")).abs()
                       <= pl.col("value").abs().clip(1, None) * RESTATED_ROUNDING)
               .unique("_row", keep="first", maintain_order=True))
    if matched.is_empty():
        return prose, []
    restated = [{"locator": r["locator"], "snippet": r["snippet"], "reason": f"cùng số liệu với bảng ({r['_cell']}): giữ ô của bảng"}
                for r in matched.iter_rows(named=True)]
    return (prose.with_row_index("_row").join(matched.select("_row"), on="_row", how="anti", maintain_order="left")
            .drop("_row"), restated)


def extract_document(path: Path | str, published: dt.date | None = None, source_id: str | None = None,
                     source: str | None = None):
    """Observations of one narrative file (.txt .md .html .htm .docx .pdf) as an `ingest.ParseResult`; `source_id` and
    `source` fill those columns (null when not given)."""
    from pipelines.lib.ingest import InputError, ParseResult

    path = Path(path)
    try:
        doc = documents.read_document(path)
    except documents.DocumentError as exc:
        raise InputError(path, "", str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(path, f"byte {exc.start}", "not readable text; save it as UTF-8") from exc
    vintage = published or doc.date or dt.date.fromtimestamp(path.stat().st_mtime)
    ty = _title_year(doc.title)
    doc_year = ty if ty is not None and ty <= vintage.year + 1 else _year_most_named(doc.text, vintage)
    default = document_province(doc.title, doc.text, dt.date(doc_year, 12, 31))
    rows, skipped = extract_text(doc.text, doc_year, vintage, default_province=default, lang=doc.lang,
                                 default_period=title_period(doc.title, doc_year, vintage), canonical=True)
    for r in rows:
        r["source_kind"] = f"narrative_{doc.kind}"
    skipped = doc.notes + skipped  # tables of figures the reader had to leave in the text
    observations = frame(rows, {"source_id": source_id, "source": source})
    if doc.tables:  # a report's appendix tables: read by their headers, as an .xlsx appendix is
        from pipelines.lib import parse_tables

        tables = parse_tables.parse_document_tables(doc.tables, path, vintage, source_id, source, f"table_{doc.kind}",
                                                    province=default if default and _IS_CODE.fullmatch(default) else None)
        observations, restated = _without_restated(observations, tables.observations)
        observations = pl.concat([observations, tables.observations])
        skipped = skipped + restated + tables.skipped
    return ParseResult(observations=observations, skipped=skipped)
