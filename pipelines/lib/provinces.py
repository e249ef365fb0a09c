"""Provinces: names → GSO codes, which code is valid when, the 2025 lineage.

Codes are the join key everywhere; names are only ever looked up here, through
`vn_text.key` (tone-mark placement and case folded) or `vn_text.ascii_fold` for
ASCII sources ("Quang Ninh", "Ha Tay"). Code 52 is Bình Định before 1 July 2025
and the new Gia Lai after it, so a code means nothing without a date.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.lib import vn_text
from pipelines.lib.reference_data import reference_dir

REFORM_2025 = dt.date(2025, 7, 1)
BEFORE_REFORM = dt.date(2025, 6, 30)
OPEN_END = dt.date(9999, 12, 31)
SPLITS_2004 = dt.date(2004, 1, 1)  # Đắk Nông, Hậu Giang, Điện Biên / Lai Châu as they were until 2025

_PREFIXES = ("tỉnh ", "thành phố ", "tp ", "tp. ", "t p ")
_EXTRA_NAMES = {  # spellings sources use that the reference lists do not carry
    "79": ["TP.HCM", "TPHCM", "TP HCM", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "Sài Gòn"],
    "46": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thua Thien - Hue", "Thua Thien Hue", "TT-Huế"],
    "77": ["Bà Rịa Vũng Tàu", "BR-VT", "Ba Ria - Vung Tau"],
    "01": ["Hanoi", "Ha Noi"],
    "48": ["Da Nang", "Danang"],
    "31": ["Hai Phong", "Haiphong"],
    "92": ["Can Tho"],
    "66": ["Đắc Lắc", "Dak Lak", "Daklak"],
    "67": ["Đắc Nông", "Dak Nong"],
}


@dataclass(frozen=True)
class ProvinceVersion:
    code: str
    name: str
    full_name: str
    name_en: str
    valid_from: dt.date
    valid_to: dt.date
    geography: str  # "63" (2004-2025), "34" (from 2025-07-01), "historical"

    @property
    def key(self) -> str:
        return f"{self.code}@{self.valid_from.year}"


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=4)
def versions(ref: Path | None = None) -> tuple[ProvinceVersion, ...]:
    ref = ref or reference_dir()
    out: list[ProvinceVersion] = []
    for r in _read(ref / "admin" / "provinces_63_pre2025.csv"):
        out.append(ProvinceVersion(r["gso_code"], r["name"], r["full_name"], r["name_en"], SPLITS_2004, BEFORE_REFORM, "63"))
    for r in _read(ref / "admin" / "provinces_34_post2025.csv"):
        name = r["name_915_CTK_CSCL"].removeprefix("Thành phố ").strip()
        out.append(ProvinceVersion(r["new_code"], name, r["full_name_tlq"], r["name_en"], REFORM_2025, OPEN_END, "34"))
    for r in _read(ref / "admin" / "provinces_historical.csv"):
        out.append(
            ProvinceVersion(
                r["gso_code"], r["name"], r["full_name"], r["name_en"],
                dt.date.fromisoformat(r["valid_from"]), dt.date.fromisoformat(r["valid_to"]), "historical",
            )
        )
    return tuple(out)


@lru_cache(maxsize=4)
def lineage(ref: Path | None = None) -> tuple[tuple[str, str, dt.date, str], ...]:
    """(old_code, new_code, effective date, basis) for every reorganisation we hold."""
    ref = ref or reference_dir()
    rows = [
        (r["old_code"], r["new_code"], REFORM_2025, "Nghị quyết 202/2025/QH15")
        for r in _read(ref / "admin" / "province_merge_2025.csv")
    ]
    for r in _read(ref / "admin" / "provinces_historical.csv"):
        rows.append((r["gso_code"], r["merged_into"], dt.date.fromisoformat(r["valid_to"]) + dt.timedelta(days=1), r["basis"]))
    return tuple(rows)


@lru_cache(maxsize=1 << 12)
def version_at(code: str, at: dt.date) -> ProvinceVersion | None:
    for v in versions():
        if v.code == code and v.valid_from <= at <= v.valid_to:
            return v
    return None


def _strip_prefix(k: str) -> str:
    for p in _PREFIXES:
        if k.startswith(p):
            return k[len(p):]
    return k


@lru_cache(maxsize=1)
def _name_index() -> dict[str, list[ProvinceVersion]]:
    index: dict[str, list[ProvinceVersion]] = {}

    def add(name: str, v: ProvinceVersion) -> None:
        folded = vn_text.ascii_fold(name)
        for k in {vn_text.key(name), _strip_prefix(vn_text.key(name)), folded, _strip_prefix(folded),
                  _strip_prefix(folded).replace(" ", "")}:  # "Kontum", "Gialai": written as one word
            if k and v not in index.setdefault(k, []):
                index[k].append(v)

    for v in versions():
        for name in (v.name, v.full_name, v.name_en):
            add(name, v)
        for extra in _EXTRA_NAMES.get(v.code, []) if v.geography != "historical" else []:
            add(extra, v)
    return index


# "Gia Lai (cũ)", "Gia Lai (mới)", "Bình Định (trước sắp xếp)": the province as it was before the 2025
# reorganisation, or as it is after, whatever the period of the figure (a merged province's first half of 2025 is
# the sum of its former provinces)
_ERA = re.compile(r"\s+(?:(?P<old>cũ|trước (?:sắp xếp|sáp nhập|hợp nhất))|(?P<new>mới|sau (?:sắp xếp|sáp nhập|hợp nhất)"
                  r"|merged))$")
# the same in English, before the name: "former Bac Giang", "of which: former Bac Ninh", "the new Gia Lai"
_ERA_BEFORE = re.compile(r"^(?:of which )?(?:the )?(?:(?P<old>former)|(?P<new>new|merged)) ")


def split_era(name: str) -> tuple[str, str | None]:
    """(the comparison key of `name` without its era, "old" or "new" or None): "Gia Lai (cũ)" → ("gia lai", "old"),
    "former Bac Giang" → ("bac giang", "old"), "Bac Ninh (merged)" → ("bac ninh", "new")."""
    k = vn_text.key(name)
    if m := _ERA.search(k):
        return k[:m.start()], "old" if m.group("old") else "new"
    if m := _ERA_BEFORE.match(k):
        return k[m.end():], "old" if m.group("old") else "new"
    return k, None


@lru_cache(maxsize=1 << 14)
def is_province_name(name: str) -> bool:
    """Whether `name` names a province at some date (any of its versions), with or without "(cũ)" / "(mới)"."""
    k, _ = split_era(name)
    return bool(_name_index().get(k) or _name_index().get(_strip_prefix(k)))


@lru_cache(maxsize=1 << 14)
def resolve(name: str, at: dt.date) -> str | None:
    """The GSO code valid on `at` for a province name as a source writes it, or None.

    A name of a province that no longer existed on `at` (a pre-2025 name for
    a 2026 period) resolves to None rather than to a guess. A name marked as
    the former province ("Gia Lai (cũ)") is read as it was on 30 June 2025 at
    the latest, one marked as the new one ("Gia Lai (mới)") as it is from
    1 July 2025.
    """
    version, _ = _named_version(name, at)
    return version.code if version is not None else None


def _named_version(name: str, at: dt.date) -> tuple[ProvinceVersion | None, str | None]:
    """(the version a province name means on `at`, read on the era's day when it has one; the era or None)."""
    k, era = split_era(name)
    at = _era_date(era, at)
    candidates = _name_index().get(k) or _name_index().get(_strip_prefix(k))
    if not candidates:
        folded = vn_text.ascii_fold(name)
        candidates = (_name_index().get(folded) or _name_index().get(_strip_prefix(folded))
                      or _name_index().get(_strip_prefix(folded).replace(" ", "")))
    return next((v for v in candidates or [] if v.valid_from <= at <= v.valid_to), None), era


@lru_cache(maxsize=1 << 14)
def resolve_ref(name: str, at: dt.date) -> str | None:
    """As `resolve`, but a name marked with its era gives the key of the version it names (`ProvinceVersion.key`,
    dim_province.province_key): "Thành phố Cần Thơ (cũ)" → "92@2004", "Gia Lai (mới)" → "52@2025". Where a code
    went on to the merged province (Cần Thơ kept 92; the new Gia Lai took Bình Định's 52), the code and the period
    cannot tell the former province's figure from the merged one's in the same table; the key can. A name without
    an era gives the code (the version is the one existing during the period). observation.frame splits the
    key into province_code and province_key."""
    version, era = _named_version(name, at)
    if version is None:
        return None
    return version.key if era is not None else version.code


def split_ref(ref: str | None) -> tuple[str | None, str | None]:
    """(province_code, province_key) of what a parser put where a province goes: a code ("92", no key) or a
    version's key ("92@2004")."""
    if ref and "@" in ref:
        return ref.partition("@")[0], ref
    return ref, None


def reported_by(code: str, at: dt.date) -> str:
    """The province a document dated `at` speaks for: after the 2025 reform, the key of the merged province's
    version, whatever the period of the figure (a new Bắc Ninh's report gives its 2024 restated, not the 2024 of
    Bắc Giang, whose code 24 it took); before, the code (its version is the period's)."""
    if at <= BEFORE_REFORM:
        return code
    version = version_at(code, at)
    return version.key if version is not None else code


def _era_date(era: str | None, at: dt.date) -> dt.date:
    """The day a name of `era` is read on: a former province ("cũ") on 30 June 2025 at the latest, a new one
    ("mới") on 1 July 2025 at the earliest."""
    if era == "old":
        return min(at, BEFORE_REFORM)
    if era == "new":
        return max(at, BEFORE_REFORM + dt.timedelta(days=1))
    return at


def names_for_search() -> list[tuple[str, str, ProvinceVersion]]:
    """(surface form, comparison key, version) pairs, longest first, for finding names in prose."""
    return list(_names_for_search())


@lru_cache(maxsize=1)
def _names_for_search() -> tuple[tuple[str, str, ProvinceVersion], ...]:
    pairs = []
    for k, vs in _name_index().items():
        for v in vs:
            pairs.append((k, k, v))
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple(pairs)
