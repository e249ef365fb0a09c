"""Column names of an open-data export written as identifiers ("ma_tinh", "ten_tinh", "nam",
"ty_le_ho_ngheo_da_chieu_pct"), given back their Vietnamese words when they are the ASCII form of a header the
parsers know (a catalogue name or alias, "Tên tỉnh", "Năm"), with a trailing unit word as the unit
("… (%)"). Any other identifier keeps its words, its underscores made spaces."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from pipelines.lib import catalogue, vn_text
from pipelines.lib.reference_data import reference_dir

_SLUG = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# unit words an identifier ends with, as the unit a header writes in parentheses
_UNIT_SUFFIXES = (("phan tram", "%"), ("pct", "%"), ("percent", "%"), ("ty dong", "tỷ đồng"), ("trieu dong", "triệu đồng"),
                  ("trieu usd", "triệu USD"), ("nghin usd", "nghìn USD"), ("nguoi", "người"), ("luot", "lượt"))
# headers of the layouts the table parsers know, besides the catalogue's names
_HEADERS = ("Mã tỉnh", "Tên tỉnh", "Tỉnh", "Tỉnh, thành phố", "Địa phương", "Năm", "Kỳ báo cáo", "Kỳ", "Loại số liệu",
            "Chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Giá trị", "Ghi chú", "STT")


def is_slug_row(row: list) -> bool:
    """Whether a row is a header of identifiers: every text cell one, two or more of them with an underscore."""
    texts = [c for c in row if c is not None]
    return len(texts) >= 2 and all(isinstance(c, str) and _SLUG.fullmatch(c) for c in texts) \
        and sum("_" in c for c in texts) >= 2


def restore(cell: str) -> str:
    """"ty_le_ho_ngheo_da_chieu_pct" → "Tỷ lệ hộ nghèo đa chiều (%)"; "ten_tinh" → "Tên tỉnh"."""
    words = cell.replace("_", " ").strip()
    unit = ""
    for suffix, written in _UNIT_SUFFIXES:
        if words.endswith(" " + suffix):
            words, unit = words[: -len(suffix) - 1], written
            break
    phrase = _known().get(vn_text.ascii_fold(words), words)
    return f"{phrase} ({unit})" if unit else phrase


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """ASCII form → header, for the catalogue's names and aliases and the layouts' headers; a form two headers share
    is left out (it could be either)."""
    phrases = list(_HEADERS)
    for ind in catalogue.indicators().values():
        phrases.append(ind.name_vi)
    for path in sorted((reference_dir() / "indicators").glob("aliases_*.csv")):
        with path.open(encoding="utf-8") as f:
            phrases.extend(r["alias"] for r in csv.DictReader(f))
    known: dict[str, str] = {}
    shared: set[str] = set()
    for phrase in phrases:
        folded = vn_text.ascii_fold(phrase)
        if folded in known and vn_text.key(known[folded]) != vn_text.key(phrase):
            shared.add(folded)
        known.setdefault(folded, phrase)
    return {k: v for k, v in known.items() if k not in shared}
