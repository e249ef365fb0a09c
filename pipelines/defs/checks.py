"""Blocking checks: a failure stops everything downstream, so nothing unchecked is published."""


import dagster as dg
import polars as pl

from pipelines.defs.assets import staged_observations, warehouse_candidate
from pipelines.defs.resources import ThiduaPaths
from pipelines.lib import validate, warehouse


@dg.asset_check(asset=staged_observations, blocking=True)
def staged_rows_pass_suite_and_add_up(paths: ThiduaPaths) -> dg.AssetCheckResult:
    """Loaded rows pass the `observations` suite again, and rows in = loaded + quarantined."""
    root = paths.staging_dir
    parsed = pl.scan_parquet(root / "parsed" / "observations.parquet").select(pl.len()).collect().item()
    loaded = warehouse._staged(root, "observations", validate.observation.SCHEMA)
    quarantined = warehouse._staged(root, "quarantine", validate.QUARANTINE_COLUMNS)
    failures = []
    if loaded.height:
        _, still_bad = validate.split(loaded)
        if still_bad.height:
            failures.append(f"{still_bad.height} loaded rows fail the suite, e.g. {still_bad['reason'][0]}")
    if parsed != loaded.height + quarantined.height:
        failures.append(f"rows in {parsed} ≠ loaded {loaded.height} + quarantined {quarantined.height}")
    return dg.AssetCheckResult(
        passed=not failures,
        metadata={"rows_in": parsed, "rows_loaded": loaded.height, "rows_quarantined": quarantined.height,
                  "failures": "; ".join(failures) or "none"},
    )


@dg.asset_check(asset=warehouse_candidate, blocking=True)
def warehouse_integrity(paths: ThiduaPaths) -> dg.AssetCheckResult:
    """The `warehouse` suite on models/checks/*.sql: keys unique, every foreign key resolves."""
    passed, messages = warehouse.check_integrity(paths.candidate_file, paths.staging_dir, paths.models_dir)
    return dg.AssetCheckResult(passed=passed, metadata={"failures": "\n".join(messages) or "none"})
