"""Build a candidate warehouse file from staging, reference data and `models/*.sql`.

The candidate is always a new file: the published `warehouse.duckdb` is never
opened for writing (see publish.py). Models run in file-name order, in two
stages: `build_core` (numbered below 50: dimensions, facts, views) and
`add_emulation` (50 and up), whose scoring frames are computed from the
candidate's own best-value view. Each stage has its own integrity checks.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from pathlib import Path

import duckdb
import polars as pl

from pipelines.lib import provinces, validate, warehouse_reuse, warm_validator
from pipelines.lib.reference_data import REPO_ROOT, reference_dir

MODELS_DIR = REPO_ROOT / "models"
STORAGE_VERSION = "v1.0.0"  # readable by every DuckDB 1.x driver (Evidence, duckdb-engine, the CLI)
SCORING_STAGE = 50
# A build spills to disk rather than take the machine: the refresh stays under 2 GiB at national scale.
BUILD_LIMITS = {"memory_limit": os.environ.get("THIDUA_DUCKDB_MEMORY", "1GB")}
# Building tables in any order lets DuckDB stream within that limit (at national scale about twice as fast);
# the models that need an order say ORDER BY. Readers of the published file keep DuckDB's default.
BUILD_CONFIG = {**BUILD_LIMITS, "preserve_insertion_order": False}


def connect_new(path: Path) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)
    return duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_VERSION, **BUILD_CONFIG})


def _read_csv(path: Path) -> pl.DataFrame:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return pl.DataFrame(rows, infer_schema_length=None) if rows else pl.DataFrame()


def reference_frames() -> dict[str, pl.DataFrame]:
    ref = reference_dir()
    versions = pl.DataFrame(
        [(v.code, v.name, v.full_name, v.name_en, v.valid_from, v.valid_to, v.geography) for v in provinces.versions()],
        schema={"province_code": pl.String, "name": pl.String, "full_name": pl.String, "name_en": pl.String,
                "valid_from": pl.Date, "valid_to": pl.Date, "geography": pl.String},
        orient="row",
    )
    lineage = pl.DataFrame(
        list(provinces.lineage()),
        schema={"old_code": pl.String, "new_code": pl.String, "effective_date": pl.Date, "basis": pl.String},
        orient="row",
    )
    indicators = _read_csv(ref / "indicators" / "catalogue.csv").with_columns(
        (pl.col("additive").str.to_lowercase() == "true").alias("additive")
    )
    clusters = _read_csv(ref / "clusters" / "clusters.csv").with_columns(
        pl.col("valid_from").str.to_date(), pl.col("valid_to").str.to_date()
    )
    members = _read_csv(ref / "clusters" / "cluster_members.csv").with_columns(pl.col("year").cast(pl.Int32))
    return {"ref_province_versions": versions, "ref_province_lineage": lineage, "ref_indicators": indicators,
            "ref_clusters": clusters, "ref_cluster_members": members}


def _staged(staging: Path, kind: str, schema: dict) -> pl.DataFrame:
    files = sorted((Path(staging) / kind).glob("year=*/part.parquet"))
    if not files:
        return pl.DataFrame(schema=schema)
    return pl.concat([pl.read_parquet(f) for f in files], how="vertical_relaxed")


def register_staged(con: duckdb.DuckDBPyConnection, staging: Path, skip_years: set[int] = frozenset()) -> None:
    """stg_observations and stg_quarantine as temporary views over the staged Parquet: DuckDB reads the files
    itself (in parallel, without a copy in Python); a temporary view is not stored in the warehouse file.
    stg_observations also carries each row's partition `year` and `file_row_number` (one file per year),
    which number the facts without a sort. stg_observations_to_load is stg_observations without the years in
    `skip_years` (their facts are in the candidate already): what models/10_fact_observation.sql inserts."""
    from pipelines.lib import observation, staging as staging_lib

    extra = {"year": pl.Int64, "file_row_number": pl.Int64}
    observations = staging_lib.staged_files(staging, "observations")
    for name, files, schema, numbered in (
            ("stg_observations", observations, observation.SCHEMA, True),
            ("stg_observations_to_load", [f for f in observations if warehouse_reuse.year_of(f) not in skip_years],
             observation.SCHEMA, True),
            ("stg_quarantine", staging_lib.staged_files(staging, "quarantine"), validate.QUARANTINE_COLUMNS, False)):
        columns = [*schema, *(extra if numbered else {})]
        if not files:
            con.register(name, pl.DataFrame(schema={c: {**schema, **extra}[c] for c in columns}))
            continue
        listed = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
        quoted = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT {quoted} FROM read_parquet([{listed}], "
                    f"union_by_name = true, hive_partitioning = true, file_row_number = {numbered})")


def model_files(models_dir: Path) -> list[Path]:
    return sorted(p for p in Path(models_dir).glob("*.sql"))


def run_models(con: duckdb.DuckDBPyConnection, files: list[Path]) -> None:
    for f in files:
        try:
            con.execute(f.read_text(encoding="utf-8"))
        except duckdb.Error as e:
            raise RuntimeError(f"models/{f.name}: {e}") from e


def of_stage(files: list[Path], emulation: bool) -> list[Path]:
    """The SQL files of one stage, by their number: below 50 the core, 50 and up the emulation models."""
    return [f for f in files if (int(f.name.split("_")[0]) >= SCORING_STAGE) == emulation]


def build_core(candidate: Path, staging: Path, models_dir: Path = MODELS_DIR, reuse: Path | None = None) -> dict:
    """A new warehouse file with the models numbered below 50 (dimensions, facts, views); row counts per table.
    With `reuse` (the published file), the facts of every staged year whose file did not change since that file
    was built are copied from it instead of loaded again (`warehouse_reuse`); the result is the same."""
    from pipelines.lib import staging as staging_lib

    core = of_stage(model_files(models_dir), emulation=False)
    # the facts also depend on the Python that turns reference/ into dim_province and dim_period
    fingerprint = warehouse_reuse.build_fingerprint([*core, Path(__file__), Path(provinces.__file__)], STORAGE_VERSION)
    years = warehouse_reuse.staged_year_hashes(staging_lib.staged_files(staging, "observations"))
    config = {"storage_compatibility_version": STORAGE_VERSION, **BUILD_CONFIG}
    kept = warehouse_reuse.start_from_published(reuse, candidate, fingerprint, years, config) if reuse else set()
    con = duckdb.connect(str(candidate), config=config) if kept else connect_new(candidate)
    try:
        for name, frame in reference_frames().items():
            con.register(name, frame)
        register_staged(con, staging, skip_years=kept)
        parsed = Path(staging) / "parsed"
        con.register("stg_sources", pl.read_parquet(parsed / "sources.parquet"))
        con.register("stg_unreadable", pl.read_parquet(parsed / "unreadable.parquet"))
        run_models(con, core)
        con.execute(
            "CREATE TABLE warehouse_build AS SELECT ?::TIMESTAMP AS built_at, ?::VARCHAR AS storage_version, "
            "?::VARCHAR AS build_fingerprint, ?::VARCHAR AS staged_years, ?::INTEGER AS years_reused",
            [dt.datetime.now(), STORAGE_VERSION, fingerprint, json.dumps({str(y): h for y, h in sorted(years.items())}),
             len(kept)],
        )
        con.execute("CHECKPOINT")
        return table_counts(con)
    finally:
        con.close()


def add_emulation(candidate: Path, covenant_reads: list, models_dir: Path = MODELS_DIR) -> dict:
    """The models numbered 50 and up (covenants, scores, ranking) added to a built candidate; row counts of
    every table. The scores read the candidate's own `v_best_observation`."""
    from pipelines.lib import scoring_build

    con = duckdb.connect(str(candidate), config=BUILD_CONFIG)
    try:
        for name, frame in scoring_build.build(con, covenant_reads).items():
            con.register(name, frame)
        run_models(con, of_stage(model_files(models_dir), emulation=True))
        con.execute("CHECKPOINT")
        return table_counts(con)
    finally:
        con.close()


def years_reused(candidate: Path) -> int:
    """How many staged years' facts a build took from the published file (0: built from nothing)."""
    con = duckdb.connect(str(candidate), read_only=True, config=BUILD_LIMITS)
    try:
        return con.execute("SELECT years_reused FROM warehouse_build").fetchone()[0]
    finally:
        con.close()


def cluster_leaders(candidate: Path) -> pl.DataFrame:
    """Rank 1 of every cluster and year (ties listed together), for the run's log and metadata."""
    con = duckdb.connect(str(candidate), read_only=True, config=BUILD_LIMITS)
    try:
        return con.sql(
            "SELECT cluster_code, year, string_agg(province_name || ' (' || round(total_points, 2) || ')', ', ' "
            "ORDER BY province_name) AS leader FROM mart_cluster_ranking WHERE rank = 1 GROUP BY ALL ORDER BY ALL"
        ).pl()
    finally:
        con.close()


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = [r[0] for r in con.sql(
        "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY table_name").fetchall()]
    return {n: con.sql(f'SELECT count(*) FROM "{n}"').fetchall()[0][0] for n in names}


CHECK_START = re.compile(r"^SELECT '", re.MULTILINE)  # each check of a checks file starts a line this way


def check_files(models_dir: Path, emulation: bool) -> list[Path]:
    """models/checks/*.sql of one stage, numbered like the models."""
    return of_stage(sorted((Path(models_dir) / "checks").glob("*.sql")), emulation)


def integrity_frame(candidate: Path, staging: Path, models_dir: Path = MODELS_DIR, emulation: bool = False) -> pl.DataFrame:
    """Run one stage's models/checks/*.sql against a candidate: one row per check (check_name, violations, example)."""
    con = duckdb.connect(str(candidate), read_only=True, config=BUILD_LIMITS)
    try:
        register_staged(con, staging)
        con.register("ref_cluster_members", reference_frames()["ref_cluster_members"])
        frames = [con.sql(p.read_text(encoding="utf-8")).pl() for p in check_files(models_dir, emulation)]
    finally:
        con.close()
    return pl.concat(frames, how="vertical_relaxed").with_columns(pl.col("example").cast(pl.String))


def check_integrity(candidate: Path, staging: Path, models_dir: Path = MODELS_DIR,
                    emulation: bool = False) -> tuple[bool, list[str]]:
    """The `warehouse` suite on one stage's integrity frame: (passed, failure messages)."""
    frame = integrity_frame(candidate, staging, models_dir, emulation).with_row_index("row_id")
    written = sum(len(CHECK_START.findall(f.read_text(encoding="utf-8"))) for f in check_files(models_dir, emulation))
    results = warm_validator.call(validate.run_suite, frame, "warehouse", {"checks_written": written})
    messages = []
    for r in results:
        if r["success"]:
            continue
        if r["row_ids"]:
            for rid in r["row_ids"]:
                row = frame.row(rid, named=True)
                messages.append(f"{r['reason']}: {row['check_name']} — {row['violations']} (ví dụ: {row['example']})")
        else:
            messages.append(f"{r['reason']} (observed: {r['observed']})")
    return not messages, messages
