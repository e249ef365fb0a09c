"""What the blocking check of staging verifies instead of validating every loaded row a second time.

When a year is staged, `write` leaves a receipt next to its loaded rows
(`observations/year=YYYY/_validation.json`): the fingerprint of the suite and its
parameters (the catalogue codes, statuses, qualifiers) and how many rows were
loaded and quarantined. The check then asks, for every staged year:
- was it validated by the suite as it is now (else: stage it again; the
  `staged_observations` asset does so by itself), and
- do the Parquet files still hold the rows the validation counted,
and re-runs the GX suite on a spot sample of whole sources of the years this run
staged (`spot_check`), so the check stays a real GX run at any scale.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import polars as pl

from pipelines.lib.parsed_store import count_rows

RECEIPT = "_validation.json"  # "_" first: Spark, Trino and pyarrow datasets skip it
SPOT_ROWS = 60_000  # loaded rows the check validates again (whole sources; all rows of a small inbox)


def suite_fingerprint() -> str:
    """sha256 of the `observations` suite and its run-time parameters (16 hex digits)."""
    from pipelines.lib import validate

    payload = json.dumps({"suite": validate.load_suite_json("observations"), "parameters": validate.suite_parameters()},
                         sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def write(year_dir: Path, rows_loaded: int, rows_quarantined: int) -> None:
    receipt = {"suite": suite_fingerprint(), "rows_loaded": rows_loaded,
               "rows_quarantined": rows_quarantined, "validated_at": dt.datetime.now().isoformat(timespec="seconds")}
    (Path(year_dir) / RECEIPT).write_text(json.dumps(receipt), encoding="utf-8")


def _year_dirs(staging: Path, kind: str) -> dict[int, Path]:
    return {int(d.name.split("=")[1]): d for d in (Path(staging) / kind).glob("year=*") if d.is_dir()}


def other_suite_years(staging: Path) -> list[int]:
    """Staged years whose receipt is missing or names another suite version: they must be staged again."""
    current = suite_fingerprint()
    out = []
    for year, d in sorted(_year_dirs(staging, "observations").items()):
        receipt = d / RECEIPT
        if not receipt.exists() or json.loads(receipt.read_text(encoding="utf-8")).get("suite") != current:
            out.append(year)
    return out


def problems(staging: Path) -> list[str]:
    """What is wrong with the receipts of every staged year (empty when all is in order)."""
    current = suite_fingerprint()
    quarantine = _year_dirs(staging, "quarantine")
    out = []
    for year, d in sorted(_year_dirs(staging, "observations").items()):
        receipt = d / RECEIPT
        if not receipt.exists():
            out.append(f"year {year}: loaded rows without a validation receipt — stage the year again "
                       f"(thidua refresh --years {year})")
            continue
        r = json.loads(receipt.read_text(encoding="utf-8"))
        if r.get("suite") != current:
            out.append(f"year {year}: validated by another version of the suite or catalogue "
                       f"({r.get('suite')} ≠ {current}) — stage the year again (thidua refresh --years {year})")
        held = (count_rows(sorted(d.glob("*.parquet"))),
                count_rows(sorted(quarantine[year].glob("*.parquet")) if year in quarantine else []))
        if held != (r.get("rows_loaded"), r.get("rows_quarantined")):
            out.append(f"year {year}: the Parquet holds {held[0]} loaded + {held[1]} quarantined rows, the validation "
                       f"counted {r.get('rows_loaded')} + {r.get('rows_quarantined')} — stage the year again")
    return out


def spot_check(staging: Path, years: list[int], max_rows: int = SPOT_ROWS) -> dict:
    """The suite again on whole sources of the loaded rows of `years` (a fixed pseudo-random choice, up to
    about `max_rows` rows): {"rows", "still_bad", "example"}. Rules that compare rows stay within one
    source, so a sample of whole sources gets the verdicts the whole year would."""
    from pipelines.lib import validate

    dirs = _year_dirs(staging, "observations")
    files = [f for y in years if y in dirs for f in sorted(dirs[y].glob("*.parquet"))]
    if not files:
        return {"rows": 0, "still_bad": 0, "example": None}
    loaded = pl.scan_parquet(files)
    sizes = (loaded.group_by("source_id").len().collect()
             .sort(pl.col("source_id").hash(11), "source_id")
             .filter(pl.col("len").cum_sum() - pl.col("len") < max_rows))
    sample = loaded.filter(pl.col("source_id").is_in(sizes["source_id"].implode())).collect()
    _, still_bad = validate.split(sample)
    return {"rows": sample.height, "still_bad": still_bad.height,
            "example": still_bad["reason"][0] if still_bad.height else None}
