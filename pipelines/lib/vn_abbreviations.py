"""The shorthand of statistics flashes and social-media posts, written out before a text is read.

"TMBL&DTDV T10 ước 6.842,7 tỷ đ, +14,2% so với CK" is read as "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu
dùng tháng 10 ước 6.842,7 tỷ đồng, tăng 14,2% so với cùng kỳ". `expand` returns the written-out text and, like
`vn_number_words.rewrite`, the offset in the original of every offset of the new text, so that locators still
point at what the province wrote. Only forms that mean one thing next to figures are expanded: upper-case
abbreviations as whole words, units with their dot ("tr.đ", "ng.lượt"), and a sign or "=" / "~" before a number.
"""

from __future__ import annotations

import re

from pipelines.lib import vn_number_words

_W = r"(?<![\w.])"  # a whole word: no letter, digit or dot before …
_E = r"(?![\w])"  # … and no letter or digit after

_RULES: tuple[tuple[str, str], ...] = (
    (_W + r"TMBL(?:\s+hàng hóa)?\s*(?:&|và)\s*DT\s?DV(?:TD|\s+tiêu dùng)?" + _E, "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"),
    (_W + r"TMBL" + _E, "tổng mức bán lẻ hàng hóa"),
    (_W + r"KNXK" + _E, "kim ngạch xuất khẩu"),
    (_W + r"XK" + _E, "xuất khẩu"),
    (_W + r"NK" + _E, "nhập khẩu"),
    (_W + r"NSNN" + _E, "ngân sách nhà nước"),
    (_W + r"[ĐD]TC" + _E, "đầu tư công"),
    (_W + r"DT\s?DV" + _E, "doanh thu dịch vụ"),  # "TMBL hàng hóa & DT DV tiêu dùng"
    (_W + r"DT\s?DL" + _E, "doanh thu du lịch"),  # before "DT" (dự toán) and "DL" (du lịch)
    (_W + r"KNNK" + _E, "kim ngạch nhập khẩu"),
    (_W + r"XNK" + _E, "xuất nhập khẩu"),
    (_W + r"KT\s?-\s?XH" + _E, "kinh tế – xã hội"),
    (_W + r"CN\s?-\s?XD" + _E, "công nghiệp – xây dựng"),
    (_W + r"NLTS" + _E, "nông, lâm nghiệp và thủy sản"),
    (_W + r"NSĐP" + _E, "ngân sách địa phương"),
    (_W + r"CK" + _E, "cùng kỳ"),
    (_W + r"BQ" + _E, "bình quân"),
    (_W + r"DN" + _E, "doanh nghiệp"),
    (_W + r"DA" + _E, "dự án"),
    (_W + r"ĐK" + _E, "đăng ký"),
    (_W + r"DT" + _E, "dự toán"),
    (_W + r"DL" + _E, "du lịch"),
    (_W + r"ĐT" + _E, "đầu tư"),
    # "410 DN quay lại HĐ", "tạm ngừng HĐ": activity (elsewhere "HĐ" may be a contract)
    (r"(?:(?<=lại )|(?<=ngừng )|(?<=dừng ))HĐ" + _E + "|" + _W + r"HĐ(?= trở lại)", "hoạt động"),
    # "10T/2024", "10T" (ten months); "T10/2024", "T10" (October)
    (_W + r"(\d{1,2})T/((?:19|20)\d\d)" + _E, r"\1 tháng năm \2"),
    (_W + r"(\d{1,2})T" + _E, r"\1 tháng"),
    (_W + r"T(\d{1,2})(?=/(?:19|20)\d\d|(?!\w))", r"tháng \1"),
    # units with a dot: "tr USD", "tr.đ", "tỷ đ", "ng.lượt", "ng.tấn"
    (_W + r"tr\.?\s?USD" + _E, "triệu USD"),
    (_W + r"tr\.\s?đ(?:ồng)?" + _E + r"|" + _W + r"trđ" + _E, "triệu đồng"),
    (_W + r"tỷ\s?đ" + _E, "tỷ đồng"),
    (_W + r"tr\.\s?(?=lượt|người|tấn|USD)|" + _W + r"tr\s(?=lượt|người|đồng)", "triệu "),  # "1,12 tr lượt"
    (_W + r"ng\.\s?(?=lượt|người|tấn|con|tỷ|USD|lao động|khách)", "nghìn "),
    (r"(?<=\w )&(?= \w)", "và"),  # "hàng hóa & doanh thu dịch vụ"
    # a "+" after a number: "34.000+ lao động" is more than 34.000
    (r"(?<![\d.,])(\d[\d.,]*\d|\d)\+(?=[ \t]+[^\W\d])", r"trên \1"),
    # a sign, "=" or "~" before a number: "+14,2%", "(-1,1% CK)", "= 80,3% DT", "~93%"
    (r"(?:(?<=[ \t])|(?<=\())\+(?=\d)", "tăng "),  # not a bullet: "- 10T ước …", "+ 9 tháng …"
    (r"(?:(?<=[ \t])|(?<=\())(?<![\d%]\s)[-−](?=\d)", "giảm "),  # nor a range's dash: "10 - 11%", "7% - 8%"
    (r"(?<=\s)=\s?(?=\d)", "bằng "),
    (r"(?:(?<=\s)|(?<=\()|^)~\s?(?=\d)", "khoảng "),
)


def _named(pattern: str, k: int) -> str:
    """`pattern` with its capture groups named after rule `k` ("g3_1"), so that every rule fits in one regex."""
    count = iter(range(1, 100))
    return re.sub(r"(?<!\\)\((?!\?)", lambda m: f"(?P<g{k}_{next(count)}>", pattern)


# One pass over the text for every rule; at one place the first rule listed wins ("TMBL&DTDV" before "TMBL")
# (where no rule can start, the lookahead fails at once: most places of a text)
_ANY_RULE = re.compile(r"(?=[A-ZĐ\d&+=~−-]|tr|tỷ|ng\.|\s[-=~])(?:"
                       + "|".join(f"(?P<r{k}>{_named(p, k)})" for k, (p, _) in enumerate(_RULES)) + ")")
_WRITTEN = tuple(re.sub(r"\\(\d)", lambda m, k=k: f"\\g<g{k}_{m.group(1)}>", r) for k, (_, r) in enumerate(_RULES))
_MAYBE = re.compile(r"[A-ZĐ]{2}|\d{1,2}T|T\d|tr\.|tr |trđ|tỷ ?đ\b|ng\.|[+=~−&]|\s-\d")


def expand(text: str) -> tuple[str, list[int] | None]:
    """(text with its abbreviations written out, offsets map): for every offset of the new text and its end, the
    offset of `text` it comes from; None (and `text` itself) when nothing was expanded."""
    if not _MAYBE.search(text):
        return text, None
    pieces = [(m.start(), m.end(), m.expand(_WRITTEN[int(m.lastgroup[1:])])) for m in _ANY_RULE.finditer(text)
              if m.start() < m.end()]
    return vn_number_words.replace_spans(text, pieces)


def compose(first: list[int] | None, then: list[int] | None) -> list[int] | None:
    """The offsets map of two rewrites one after the other (`then` applies to the output of `first`)."""
    if first is None or then is None:
        return first if then is None else then
    return [first[i] for i in then]
