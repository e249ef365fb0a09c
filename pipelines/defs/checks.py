"""Blocking checks: a failure stops everything downstream, so nothing unchecked is published."""


import dagster as dg

from pipelines.defs.assets import emulation_scores, staged_observations, warehouse_candidate
from pipelines.defs.resources import ThiduaPaths
from pipelines.lib import staging, warehouse


@dg.asset_check(asset=staged_observations, blocking=True)
def staged_rows_pass_suite_and_add_up(paths: ThiduaPaths) -> dg.AssetCheckResult:
    """Loaded rows of the years this run staged pass the `observations` suite again, and rows in = loaded +
    quarantined over every year."""
    root = paths.staging_dir
    parsed = staging.rows_in(root)
    rechecked = staging.recheck_years(root, staging.years_to_recheck(root), paths.workers)
    loaded = staging.count_rows(staging.staged_files(root, "observations"))
    quarantined = staging.count_rows(staging.staged_files(root, "quarantine"))
    failures = []
    still_bad = [r for r in rechecked if r["still_bad"]]
    if still_bad:
        failures.append(f"{sum(r['still_bad'] for r in still_bad)} loaded rows fail the suite, e.g. {still_bad[0]['example']}")
    if parsed != loaded + quarantined:
        failures.append(f"rows in {parsed} ≠ loaded {loaded} + quarantined {quarantined}")
    return dg.AssetCheckResult(
        passed=not failures,
        metadata={"rows_in": parsed, "rows_loaded": loaded, "rows_quarantined": quarantined,
                  "failures": "; ".join(failures) or "none"},
    )


@dg.asset_check(asset=warehouse_candidate, blocking=True)
def warehouse_integrity(paths: ThiduaPaths) -> dg.AssetCheckResult:
    """The `warehouse` suite on models/checks/10_*.sql: keys unique, every foreign key resolves."""
    passed, messages = warehouse.check_integrity(paths.candidate_file, paths.staging_dir, paths.models_dir)
    return dg.AssetCheckResult(passed=passed, metadata={"failures": "\n".join(messages) or "none"})


@dg.asset_check(asset=emulation_scores, blocking=True)
def emulation_integrity(paths: ThiduaPaths) -> dg.AssetCheckResult:
    """The `warehouse` suite on models/checks/50_*.sql: criteria and score keys unique, targets and scores
    resolve, totals add up and stay within the maximum, at most one flag proposal per cluster and year."""
    passed, messages = warehouse.check_integrity(paths.candidate_file, paths.staging_dir, paths.models_dir,
                                                 emulation=True)
    return dg.AssetCheckResult(passed=passed, metadata={"failures": "\n".join(messages) or "none"})
