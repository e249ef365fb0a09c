"""The indicator catalogue: codes, canonical units, aliases, unit conversion.

Every observation carries a catalogue code and the catalogue's canonical unit.
Labels from sources match through `vn_text.key`, so case, NFC and tone-mark
placement never decide a match; abbreviations (NSNN, SS, KH) are expanded first.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.lib import vn_text
from pipelines.lib.reference_data import reference_dir


@dataclass(frozen=True)
class Indicator:
    code: str
    name_vi: str
    name_en: str
    unit: str
    kind: str  # level, rate, share, index, rank
    direction: str  # up, down, none
    additive: bool
    group: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=4)
def indicators(ref: Path | None = None) -> dict[str, Indicator]:
    ref = ref or reference_dir()
    with (ref / "indicators" / "catalogue.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {
        r["code"]: Indicator(
            r["code"], vn_text.canonical(r["name_vi"]), r["name_en"], r["unit"], r["kind"], r["direction"],
            r["additive"].strip().lower() == "true", r["group"],
            tuple(vn_text.canonical(a) for a in r["aliases_vi"].split(";") if a.strip()),
        )
        for r in rows
    }


# Abbreviations in labels, expanded before matching (keys are vn_text.key forms).
ABBREVIATIONS = {
    "nsnn": "ngân sách nhà nước",
    "nsđp": "ngân sách địa phương",
    "ss": "so sánh",
    "gtsx": "giá trị sản xuất",
    "gttt": "giá trị tăng thêm",
    "vđt": "vốn đầu tư",
    "xnk": "xuất nhập khẩu",
    "dn": "doanh nghiệp",
    "bhyt": "bảo hiểm y tế",
    "ntm": "nông thôn mới",
    "tmbl": "tổng mức bán lẻ",
    "dtdv": "doanh thu dịch vụ",
    "hh": "hàng hóa",
}


# Words offices use for the same thing, replaced by one of them before matching (keys are vn_text.key forms):
# "Chỉ số PCI - xếp hạng" is the catalogue's "– thứ hạng", "Tốc độ tăng GRDP" its "tốc độ tăng trưởng".
SYNONYMS = (("thứ hạng", "xếp hạng"), ("điểm số", "điểm"), ("tốc độ tăng trưởng", "tốc độ tăng"), ("theo giá", "giá"),
            ("công nghiệp xây dựng", "công nghiệp và xây dựng"),  # "Công nghiệp - xây dựng"
            ("trị giá", "giá trị"))  # "Giá trị xuất khẩu hàng hóa" is the catalogue's "Trị giá xuất khẩu hàng hóa"
# What brackets hold is dropped (a unit, "(GRDP)", "(*)"), but for a price basis: "GRDP (giá hiện hành)" is not GRDP
_BRACKETS = re.compile(r"\((?!\s*(?:theo )?giá\b)[^)]*\)")


# A price basis among other words in brackets: "Tổng sản phẩm trên địa bàn (GRDP, giá so sánh)"
_BASIS_IN_BRACKETS = re.compile(r"\([^()]*?,\s*((?:theo )?giá (?:so sánh|hiện hành|thực tế)(?: \d{4})?)\s*\)",
                                re.IGNORECASE)


def label_key(label: str) -> str:
    """A label's comparison key: brackets dropped (not a price basis), abbreviations expanded, synonyms made one."""
    text = _BRACKETS.sub(" ", _BASIS_IN_BRACKETS.sub(r" (\1)", label))
    words = vn_text.key(text).split()
    key = " " + " ".join(ABBREVIATIONS.get(w, w) for w in words) + " "
    for variant, word in SYNONYMS:
        if variant in key:
            key = key.replace(f" {variant} ", f" {word} ")
    return key.strip()


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for extra in sorted((reference_dir() / "indicators").glob("aliases_*.csv")):
        with extra.open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                index.setdefault(label_key(r["alias"]), r["code"])
    for ind in indicators().values():
        for text in (ind.name_vi, *ind.aliases, ind.code.replace("_", " ")):
            k = label_key(text)
            if k and "..." not in text:
                index.setdefault(k, ind.code)
    return index


# A rate's label may end with what it is compared with ("Tốc độ tăng trưởng GRDP so với cùng kỳ") and with the
# period its column already gives ("Chỉ số giá tiêu dùng bình quân 6 tháng so với cùng kỳ")
_BASIS_TAIL = re.compile(r"(?: \d{1,2} tháng(?: đầu năm)?)?(?: (?:so với|so|với) (?:cùng kỳ(?: năm trước| năm \d{4})?"
                         r"|năm trước|năm \d{4}))?$")


_LEVEL_LEAD = re.compile(r"(?:tổng|thu hút) ")
_YEAR_END_TAIL = re.compile(r" (?:cuối năm|cuối kỳ|đến cuối năm|tại thời điểm cuối năm)$")
_PLACE_TAIL = re.compile(r" (?:của (?:các )?doanh nghiệp )?trên địa bàn(?: tỉnh| thành phố)?$")
_CURRENT_PRICES_TAIL = re.compile(r" \(?(?:theo )?giá hiện hành\)?$")  # at current prices: how levels are written
_PLAN_TAIL = re.compile(r" so với (?:kế hoạch|dự toán)\b.*$")


def match_indicator(label: str) -> str | None:
    """The catalogue code for a label as a source writes it, or None. A label ending with its comparison base
    ("… so với cùng kỳ") or a span of months matches a growth rate without them (a level compared with last year
    is no level)."""
    key = label_key(label)
    code = _alias_index().get(key)
    if code is None and (vietnamese := vn_text.without_english(label)) != label:
        return match_indicator(vietnamese)  # "Vốn đầu tư thực hiện … - Investment at current prices": two languages
    if code is None and "(" in label:  # a price basis kept for "GRDP (giá hiện hành)" says nothing in "Tốc độ tăng …"
        key = label_key(re.sub(r"\([^)]*\)", " ", label))
        code = _alias_index().get(key)
    if code is None and (lead := _LEVEL_LEAD.match(key)) and (code := _alias_index().get(key[lead.end():])) is not None \
            and indicators()[code].kind != "level":
        code = None  # "Tổng trị giá xuất khẩu", "Thu hút vốn FDI đăng ký" are the level; a rate has no total
    if code is None and (tail := _YEAR_END_TAIL.search(key) or _PLACE_TAIL.search(key)):
        code = _alias_index().get(key[:tail.start()])  # "Tỷ lệ hộ nghèo đa chiều cuối năm": the year's figure;
        # "Giá trị xuất khẩu hàng hóa của doanh nghiệp trên địa bàn": the province's
    if code is None and (tail := _CURRENT_PRICES_TAIL.search(key)):
        code = _alias_index().get(key[:tail.start()])  # "Thu nhập bình quân đầu người một tháng theo giá hiện hành"
    if code is None and (tail := _PLAN_TAIL.search(key)) and (code := _alias_index().get(key[:tail.start()])) \
            and indicators()[code].unit != "pct_of_plan":
        code = None  # "Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch vốn … giao": a rate of the plan already
    if code is None and (tail := _BASIS_TAIL.search(key)) and tail.start() < len(key):
        code = _alias_index().get(key[:tail.start()])
        if code is not None and indicators()[code].unit != "pct_yoy":
            return None
    return code


# The growth a level's "so với cùng kỳ (%)" gives, where it is not "<code>_growth": GRDP at constant prices grows at
# the GRDP growth rate (at current prices it would be a nominal change, which the catalogue does not hold).
_GROWTH_OF = {"grdp_value_const2010": "grdp_growth"}


@lru_cache(maxsize=256)
def growth_of(code: str) -> str | None:
    """The catalogue's growth rate of a level ("export_value" → "export_value_growth"), or None (a rate, or a level
    whose growth the catalogue does not hold)."""
    growth = _GROWTH_OF.get(code, f"{code}_growth")
    return growth if indicators()[code].kind == "level" and growth in indicators() else None


@lru_cache(maxsize=256)
def ratio_to_plan_of(code: str) -> str | None:
    """The catalogue's "% of the estimate/plan" of `code` ("So với dự toán (%)" of the budget revenue), or None."""
    return next((c for c in (f"{code}_pct_of_estimate", f"{code}_pct_of_plan") if c in indicators()), None)


# ---------------------------------------------------------------- units
# source unit (vn_text.key form) → (canonical unit family, factor to the canonical unit)
_UNIT_FACTORS: dict[str, list[tuple[str, float]]] = {
    "bn_vnd": [("tỷ đồng", 1), ("tỉ đồng", 1), ("tỷ", 1), ("tỉ", 1), ("nghìn tỷ đồng", 1000), ("nghìn tỷ", 1000),
               ("ngàn tỷ đồng", 1000), ("ngàn tỷ", 1000), ("nghìn tỉ đồng", 1000), ("nghìn tỉ", 1000),
               ("triệu tỷ đồng", 1e6), ("triệu tỷ", 1e6),
               ("triệu đồng", 0.001), ("triệu", 0.001), ("nghìn đồng", 1e-6), ("đồng", 1e-9), ("tỷ vnđ", 1), ("tỷ vnd", 1),
               ("tỷ đ", 1), ("tỉ đ", 1), ("nghìn tỷ đ", 1000), ("tr đồng", 0.001), ("tr đ", 0.001), ("triệu đ", 0.001),
               ("vnd billion", 1), ("billion vnd", 1), ("vnd bn", 1), ("vnd trillion", 1000), ("trillion vnd", 1000),
               ("vnd million", 0.001), ("million vnd", 0.001)],
    "mn_usd": [("triệu usd", 1), ("triệu đô la mỹ", 1), ("triệu đôla mỹ", 1), ("tr usd", 1), ("tỷ usd", 1000),
               ("tỉ usd", 1000), ("tỷ đô la mỹ", 1000), ("tỷ đôla mỹ", 1000), ("tỉ đô la mỹ", 1000),
               ("nghìn usd", 0.001), ("usd", 1e-6), ("million usd", 1), ("billion usd", 1000), ("usd million", 1),
               ("ngàn usd", 0.001), ("1000 usd", 0.001), ("1 000 usd", 0.001),
               ("triệu đô la", 1), ("triệu đôla", 1), ("tỷ đô la", 1000), ("tỉ đô la", 1000), ("tỷ đôla", 1000),
               ("tỷ đô", 1000), ("tỉ đô", 1000), ("nghìn đô la mỹ", 0.001), ("usd billion", 1000), ("usd bn", 1000),
               ("usd thousand", 0.001), ("thousand usd", 0.001)],
    "mn_vnd_per_person_year": [("triệu đồng", 1), ("triệu đồng người", 1), ("triệu đồng người năm", 1),
                               ("nghìn đồng", 0.001), ("nghìn đồng người", 0.001), ("tr đồng", 1), ("triệu", 1),
                               ("tr đ", 1), ("triệu đ", 1), ("tr đồng người", 1), ("tr đồng người năm", 1),
                               ("đồng", 1e-6), ("đồng người năm", 1e-6)],
    "mn_vnd_per_person_month": [("triệu đồng", 1), ("triệu đồng người tháng", 1), ("triệu đồng tháng", 1),
                                ("nghìn đồng", 0.001), ("nghìn đồng người tháng", 0.001), ("triệu", 1),
                                ("tr đồng", 1), ("tr đ", 1), ("triệu đ", 1), ("triệu đồng người", 1),
                                ("tr đồng người tháng", 1), ("đồng", 1e-6), ("đồng người tháng", 1e-6)],
    "usd_per_person_year": [("usd", 1), ("usd người", 1), ("usd người năm", 1), ("đô la mỹ", 1), ("đô la", 1)],
    "persons": [("người", 1), ("lượt người", 1), ("lượt", 1), ("lượt khách", 1), ("nghìn người", 1000),
                ("nghìn lượt", 1000), ("nghìn lượt người", 1000), ("nghìn lượt khách", 1000), ("ngàn lượt", 1000),
                ("triệu lượt", 1e6), ("triệu lượt khách", 1e6), ("triệu lượt người", 1e6), ("lao động", 1), ("khách", 1),
                ("lượt lao động", 1), ("persons", 1), ("people", 1), ("visitors", 1), ("arrivals", 1),
                ("thousand persons", 1000), ("thousand people", 1000), ("thousand visitors", 1000),
                ("thousand arrivals", 1000), ("thousand", 1000), ("million arrivals", 1e6), ("million visitors", 1e6)],
    "count": [("doanh nghiệp", 1), ("dn", 1), ("cái", 1), ("đơn vị", 1), ("number", 1), ("enterprises", 1),
              ("firms", 1), ("new enterprises", 1), ("new businesses", 1), ("new firms", 1)],
    "communes": [("xã", 1)],
    "score": [("điểm", 1), ("points", 1), ("point", 1), ("score", 1)],
    "rank": [("hạng", 1), ("thứ", 1), ("thứ hạng", 1), ("rank", 1), ("ranking", 1), ("rank / 63", 1), ("rank / 34", 1),
             ("hạng / 63", 1), ("hạng / 34", 1)],
}
PERCENT_UNITS = {"pct_yoy", "pct", "pct_of_grdp", "pct_of_plan"}
_PERCENT_WORDS = {"%", "phần trăm", "percent", "tỷ lệ %", "%/năm"}


def unit_texts() -> set[str]:
    """Every unit as the conversions know it written ("tỷ đồng", "triệu usd", "nghìn lượt", …), key forms."""
    return {text for units in _UNIT_FACTORS.values() for text, _ in units}


def convert(value: float, unit_text: str | None, canonical_unit: str) -> float:
    """`value` written in `unit_text` expressed in `canonical_unit`.

    An empty unit means the value is already canonical. Raises ValueError with
    a message naming both units when they cannot be converted.
    """
    if unit_text is None or not unit_text.strip():
        return value
    k = vn_text.key(unit_text.replace("/", " ")).replace("%", "").strip() if unit_text.strip() != "%" else "%"
    if canonical_unit in PERCENT_UNITS:
        if unit_text.replace(" ", "") in _PERCENT_WORDS or k in _PERCENT_WORDS or k == "":
            return value
        raise ValueError(f"unit '{unit_text}' is not a percentage; the catalogue's unit is {canonical_unit}")
    if k == canonical_unit.replace("_", " "):
        return value
    for text, factor in _UNIT_FACTORS.get(canonical_unit, []):
        if k == vn_text.key(text):
            return value * factor
    raise ValueError(f"unit '{unit_text}' cannot be converted to the catalogue's unit {canonical_unit}")


def unit_in_label(label: str) -> tuple[str, str | None]:
    """Split "Kim ngạch nhập khẩu (triệu USD)" into ("Kim ngạch nhập khẩu", "triệu USD")."""
    m = re.search(r"\(([^()]*)\)\s*$", label.strip())
    if not m:
        return label.strip(), None
    inner = m.group(1).strip()
    if not looks_like_unit(inner):
        return label.strip(), None
    return label[: m.start()].strip(), inner


_UNIT_WORDS = {"%", "đồng", "usd", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "người", "lượt", "xã", "điểm", "doanh", "dn",
               "hạng", "khách", "ha", "tấn", "km", "đô", "đôla", "lao", "cái", "vnd", "vnđ"}


def looks_like_unit(text: str) -> bool:
    """True for "triệu USD", "%", "tỷ đồng", "người"; False for "GRDP", "giá so sánh 2010"."""
    split = vn_text.key(text.replace("/", " ")).split()
    if len(split) > 5 or _GROUP_HEADING.match(" ".join(split)):  # "II. Chỉ tiêu xã hội" holds "xã", a unit word
        return False
    words = set(split) | ({"%"} if "%" in text else set())
    return bool(words & _UNIT_WORDS) and not any(ch.isdigit() for ch in text)


# a heading over a group of indicators: "II. Chỉ tiêu xã hội", "Chỉ tiêu xã hội – môi trường", "Nhóm chỉ tiêu …"
_GROUP_HEADING = re.compile(r"(?:[ivx]+[.)]?\s+|[a-e][.)]?\s+)?(?:các |nhóm )?chỉ tiêu\b")
