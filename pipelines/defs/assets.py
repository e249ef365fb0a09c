"""Assets: inbox → parsed rows → staged years (validated) → candidate warehouse → emulation scores (with the
covenants) → published file."""


import dagster as dg
import polars as pl

from pipelines.defs.partitions import yearly
from pipelines.defs.resources import ThiduaPaths
from pipelines.lib import (covenants_inbox, observation, parsed_store, publish, staging, validate, warehouse,
                           warm_validator)
from pipelines.lib.markdown_table import markdown_table


@dg.asset(kinds={"polars", "parquet"}, group_name="ingest")
def parsed_inbox(context: dg.AssetExecutionContext, paths: ThiduaPaths) -> dg.MaterializeResult:
    """Every file of the inbox read by its parser into canonical observations (rows in)."""
    args = (paths.inbox_dir, paths.staging_dir, paths.published_date, paths.workers)
    if warm_validator.pool() is not None:  # the refresh command's warm process imports GX: the parse runs here
        parsed = staging.parse_and_write(*args)
    else:  # the parse runs in a child process while this one imports GX, which the staging needs next
        parsed = staging.parse_in_child(*args, meanwhile=validate.load_gx)
    for row in parsed.unreadable.iter_rows(named=True):
        context.log.warning(f"{row['source']}: {row['place']} {row['problem']}")
    return dg.MaterializeResult(metadata={
        "files_read": parsed.sources.height,
        "files_unreadable": parsed.unreadable.height,
        "rows_in": parsed.rows_in,
        "unreadable": dg.MetadataValue.md(markdown_table(parsed.unreadable))
        if parsed.unreadable.height else "none",
    })


@dg.asset(
    deps=[parsed_inbox],
    partitions_def=yearly,
    backfill_policy=dg.BackfillPolicy.single_run(),
    kinds={"great_expectations", "parquet"},
    group_name="ingest",
)
def staged_observations(context: dg.AssetExecutionContext, paths: ThiduaPaths) -> dg.MaterializeResult:
    """One year's observations split by the `observations` suite into loaded and quarantined rows."""
    available = set(parsed_store.parsed_years(paths.staging_dir))
    fingerprints = staging.year_fingerprints(paths.staging_dir)
    years, also = staging.years_to_stage(paths.staging_dir, [int(key) for key in context.partition_keys], fingerprints)
    for why, extra in also.items():
        context.log.info(f"also staging years {why}: {extra}")
    for year in years:
        if year not in available:  # nothing parsed for the year: its partitions become empty
            staging.write_partition(paths.staging_dir, year, *validate.split(observation.empty()))
    # batches of whole years; a large input is shared between this process and a worker
    results = staging.stage_years(paths.staging_dir, [y for y in years if y in available], paths.workers)
    staging.mark_staged(paths.staging_dir, years)
    staging.record_staged(paths.staging_dir, fingerprints, years)
    totals = {k: sum(r[k] for r in results) for k in ("rows_in", "rows_loaded", "rows_quarantined")}
    counted = [(reason, n) for r in results for reason, n in r["reasons"]]
    by_reason = (
        pl.DataFrame(counted, schema={"reason": pl.String, "len": pl.Int64}, orient="row")
        .group_by("reason").agg(pl.col("len").sum()).sort("len", descending=True)
        if counted else pl.DataFrame({"reason": [], "len": []})
    )
    context.log.info(f"years {context.partition_keys[0]}–{context.partition_keys[-1]}: {totals}")
    return dg.MaterializeResult(metadata={
        **totals,
        "quarantined_by_reason": dg.MetadataValue.md(markdown_table(by_reason.head(20)))
        if by_reason.height else "none",
    })


@dg.asset(deps=[staged_observations], kinds={"duckdb"}, group_name="warehouse")
def warehouse_candidate(context: dg.AssetExecutionContext, paths: ThiduaPaths) -> dg.MaterializeResult:
    """A new warehouse file built from models/*.sql numbered below 50; the published file is not touched. The facts
    of staged years unchanged since the published file was built are copied from it (unless `rebuild`)."""
    counts = warehouse.build_core(paths.candidate_file, paths.staging_dir, models_dir=paths.models_dir,
                                  reuse=None if paths.rebuild else paths.warehouse_file)
    reused = warehouse.years_reused(paths.candidate_file)
    if reused:
        context.log.info(f"facts of {reused} unchanged years copied from {paths.warehouse_file.name}")
    return dg.MaterializeResult(metadata={**{f"rows.{k}": v for k, v in counts.items()}, "years_reused": reused})


@dg.asset(kinds={"polars", "parquet"}, group_name="emulation")
def covenants(context: dg.AssetExecutionContext, paths: ThiduaPaths) -> dg.MaterializeResult:
    """The emulation covenants of the inbox (`covenants/`), read and checked; a bad one is quarantined with the
    file, row and fix, and the others go on to scoring."""
    reads = covenants_inbox.read_all(paths.inbox_dir)
    covenants_inbox.write_staged(reads, paths.staging_dir / "covenants")
    bad = [r for r in reads if r.quarantined]
    for read in bad:
        for problem in read.reasons:
            context.log.warning(f"covenant quarantined: {read.name}: {problem}")
    return dg.MaterializeResult(metadata={
        "covenant_files": len(reads),
        "covenants_quarantined": len(bad),
        "covenants": dg.MetadataValue.md("\n".join(
            f"- {r.name}: {r.cluster_code} {r.year}" + (" — quarantined: " + "; ".join(r.reasons) if r.quarantined else "")
            for r in reads) or "none"),
    })


@dg.asset(deps=[warehouse_candidate, covenants], kinds={"duckdb"}, group_name="emulation")
def emulation_scores(context: dg.AssetExecutionContext, paths: ThiduaPaths) -> dg.MaterializeResult:
    """Covenant targets, points per criterion and the cluster ranking (models 50 and up), scored from the
    candidate's best observations and added to the candidate file."""
    reads = covenants_inbox.read_staged(paths.staging_dir / "covenants")
    counts = warehouse.add_emulation(paths.candidate_file, reads, models_dir=paths.models_dir)
    leaders = warehouse.cluster_leaders(paths.candidate_file)
    for row in leaders.iter_rows(named=True):
        context.log.info(f"{row['cluster_code']} {row['year']}: {row['leader']}")
    return dg.MaterializeResult(metadata={
        **{f"rows.{k}": counts[k] for k in ("dim_criterion", "fact_covenant_target", "fact_emulation_score",
                                              "mart_cluster_ranking", "quarantine_covenant") if k in counts},
        "leaders": dg.MetadataValue.md(markdown_table(leaders)) if leaders.height else "none",
    })


@dg.asset(deps=[emulation_scores], kinds={"duckdb"}, group_name="warehouse")
def published_warehouse(context: dg.AssetExecutionContext, paths: ThiduaPaths) -> dg.MaterializeResult:
    """The checked candidate swapped onto warehouse.duckdb in one atomic rename."""
    target = publish.publish(paths.candidate_file, paths.warehouse_file)
    context.log.info(f"published {target}")
    return dg.MaterializeResult(metadata={"path": str(target), "size_bytes": target.stat().st_size})


@dg.asset(deps=[published_warehouse], group_name="warehouse", output_required=False)
def published_copy(context: dg.AssetExecutionContext, paths: ThiduaPaths):
    """A copy of the published warehouse beyond this machine, where THIDUA_PUBLISH_URI names a store; not
    materialized when it is unset. Its own step: a store that refuses fails this step alone, after the local
    publish, and the run says so (the warehouse on this machine is already the new one)."""
    from pipelines.lib import publish_remote

    if uri := publish_remote.publish_uri():
        copied = str(publish_remote.publish_copy(paths.warehouse_file, uri))
        context.log.info(f"copied to {copied}")
        yield dg.MaterializeResult(metadata={"published_copy": copied})
