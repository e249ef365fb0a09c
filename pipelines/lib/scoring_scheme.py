"""Scoring schemes: versioned YAML in `reference/scoring/`, chosen by year.

A scheme file holds one parameter set and the legal bases it serves; a basis may
override parameters where the law differs. `scheme_for_year` picks the basis in
force on 31 December of the covenant year (the year is assessed at its end).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipelines.lib.reference_data import reference_dir

MEASURES = ("level", "growth_rate", "rate")
ACHIEVEMENT_MODES = ("ratio", "difference_pp")
TIE_KEYS = ("full_points_criteria", "quantitative_points")


class SchemeError(ValueError):
    """A scheme file that cannot be used: names the file and what to fix."""


@dataclass(frozen=True)
class Scheme:
    scheme_id: str
    basis_id: str
    basis_name_vi: str
    params: dict[str, Any] = field(repr=False)
    source: str = ""

    def get(self, *path: str) -> Any:
        node: Any = self.params
        for part in path:
            node = node[part]
        return node

    @property
    def bonus_cap_total(self) -> float:
        return float(self.get("bonus", "cap_total"))


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in (over or {}).items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _check(params: dict, where: str) -> None:
    for m in MEASURES:
        mode = params.get("achievement", {}).get(m)
        if mode not in ACHIEVEMENT_MODES:
            raise SchemeError(f"{where}: achievement.{m} = {mode!r}; use one of {', '.join(ACHIEVEMENT_MODES)}")
    for k in params.get("ties", {}).get("order", []):
        if k not in TIE_KEYS:
            raise SchemeError(f"{where}: ties.order has {k!r}; use any of {', '.join(TIE_KEYS)}")
    for path in (("bonus", "cap_per_criterion"), ("bonus", "cap_total"), ("penalties", "missing_report"),
                 ("penalties", "mandatory_target_missed"), ("below_target", "floor_ratio")):
        value = params
        for p in path:
            value = value.get(p) if isinstance(value, dict) else None
        if not isinstance(value, (int, float)) or value < 0:
            raise SchemeError(f"{where}: {'.'.join(path)} must be a number ≥ 0, got {value!r}")


def load_scheme_file(path: Path) -> list[tuple[dt.date, dt.date, Scheme]]:
    """(valid_from, valid_to, scheme) for each legal basis a scheme file serves."""
    doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    out = []
    for basis in doc.get("legal_bases", []):
        params = _merge(doc["parameters"], basis.get("overrides") or {})
        where = f"{Path(path).name}, legal basis {basis['id']}"
        _check(params, where)
        scheme = Scheme(doc["scheme_id"], basis["id"], basis.get("name_vi", basis["id"]), params, Path(path).name)
        out.append((_date(basis["valid_from"]) or dt.date.min, _date(basis.get("valid_to")) or dt.date.max, scheme))
    return out


def scheme_for_year(year: int, scheme_dir: Path | None = None) -> Scheme:
    """The scheme (with the legal basis's overrides applied) for a covenant year."""
    scheme_dir = Path(scheme_dir or reference_dir() / "scoring")
    on = dt.date(year, 12, 31)
    found = [s for f in sorted(scheme_dir.glob("*.yaml")) for lo, hi, s in load_scheme_file(f) if lo <= on <= hi]
    if not found:
        raise SchemeError(f"{scheme_dir}: no scoring scheme covers {year}; add a legal basis whose valid_from/valid_to include {on}")
    if len(found) > 1:
        names = ", ".join(f"{s.source} ({s.basis_id})" for s in found)
        raise SchemeError(f"{scheme_dir}: several schemes cover {year}: {names}; narrow their legal_bases")
    return found[0]


def scheme_from_params(params: dict, scheme_id: str = "test", basis_id: str = "test") -> Scheme:
    """A scheme built in code (tests, what-if runs): `params` merged over the default file's parameters."""
    default = yaml.safe_load((reference_dir() / "scoring" / "scheme_default.yaml").read_text(encoding="utf-8"))
    merged = _merge(default["parameters"], params)
    _check(merged, scheme_id)
    return Scheme(scheme_id, basis_id, basis_id, merged, "<code>")
