"""Blocking checks: a failure stops everything downstream, so nothing unchecked is published."""


import dagster as dg

from pipelines.defs.assets import emulation_scores, staged_observations, warehouse_candidate
from pipelines.defs.resources import ThiduaPaths
from pipelines.lib import parsed_store, staging, validation_receipts, warehouse, warm_validator


@dg.asset_check(asset=staged_observations, blocking=True)
def staged_rows_pass_suite_and_add_up(paths: ThiduaPaths) -> dg.AssetCheckResult:
    """Every staged year was validated by the suite as it is now and still holds the rows it counted; the
    suite passes again on a spot sample of the years this run staged; rows in = loaded + quarantined."""
    root = paths.staging_dir
    parsed = parsed_store.rows_in(root)
    failures = validation_receipts.problems(root)
    spot = warm_validator.call(validation_receipts.spot_check, root, staging.staged_last_run(root))  # GX
    loaded = parsed_store.count_rows(staging.staged_files(root, "observations"))
    quarantined = parsed_store.count_rows(staging.staged_files(root, "quarantine"))
    if spot["still_bad"]:
        failures.append(f"{spot['still_bad']} of {spot['rows']} spot-checked loaded rows fail the suite, "
                        f"e.g. {spot['example']}")
    if parsed != loaded + quarantined:
        failures.append(f"rows in {parsed} ≠ loaded {loaded} + quarantined {quarantined}")
    return dg.AssetCheckResult(
        passed=not failures,
        metadata={"rows_in": parsed, "rows_loaded": loaded, "rows_quarantined": quarantined,
                  "rows_spot_checked": spot["rows"], "failures": "; ".join(failures) or "none"},
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
