"""Covenant files of an inbox (its `covenants/` folder): read, checked and kept as staging Parquet.

The `covenants` asset writes every read to `<staging>/covenants/` (one Parquet
file per part of a covenant, each row tagged with its read's number in
`read_no`); the `emulation_scores` asset reads them back. Quarantined
covenants keep their problems and are written too, so the warehouse can list them.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pipelines.lib import staging

PARTS = ("members", "criteria", "targets", "qualitative_points")
READS_SCHEMA = {"read_no": pl.Int32, "name": pl.String, "path": pl.String, "cluster_code": pl.String, "year": pl.Int32,
                "is_sample": pl.Boolean, "quarantined": pl.Boolean}
PROBLEMS_SCHEMA = {"read_no": pl.Int32, "problem": pl.String}


def read_all(inbox: Path) -> list:
    files = staging.covenant_files(inbox)
    if not files:
        return []
    from pipelines.lib import covenants

    return [covenants.read_covenant(p) for p in files]


def write_staged(reads: list, out_dir: Path) -> None:
    """Every covenant read as Parquet under `out_dir` (replaced as a whole)."""
    from pipelines.lib import covenants

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pl.DataFrame(
        [(i, r.name, r.path, r.cluster_code, r.year, r.is_sample, r.quarantined) for i, r in enumerate(reads)],
        schema=READS_SCHEMA, orient="row",
    ).write_parquet(out_dir / "reads.parquet")
    pl.DataFrame([(i, p) for i, r in enumerate(reads) for p in r.problems], schema=PROBLEMS_SCHEMA, orient="row") \
        .write_parquet(out_dir / "problems.parquet")
    schemas = dict(zip(PARTS, (covenants.MEMBERS_SCHEMA, covenants.CRITERIA_SCHEMA, covenants.TARGETS_SCHEMA,
                               covenants.POINTS_SCHEMA)))
    for part in PARTS:
        frames = [getattr(r, part).select(list(schemas[part])).cast(schemas[part])
                  .with_columns(pl.lit(i, pl.Int32).alias("read_no")) for i, r in enumerate(reads)]
        empty = pl.DataFrame(schema={**schemas[part], "read_no": pl.Int32})
        pl.concat([empty, *frames]).write_parquet(out_dir / f"{part}.parquet")


def read_staged(out_dir: Path) -> list:
    """The covenant reads written by `write_staged`, in the same order; [] when nothing was staged."""
    from pipelines.lib.covenants import CovenantRead

    out_dir = Path(out_dir)
    if not (out_dir / "reads.parquet").exists():
        return []
    parts = {part: pl.read_parquet(out_dir / f"{part}.parquet") for part in PARTS}
    problems = pl.read_parquet(out_dir / "problems.parquet")
    reads = []
    for row in pl.read_parquet(out_dir / "reads.parquet").iter_rows(named=True):
        no = row.pop("read_no")
        mine = {part: frame.filter(pl.col("read_no") == no).drop("read_no") for part, frame in parts.items()}
        reads.append(CovenantRead(
            **row, **mine, problems=problems.filter(pl.col("read_no") == no)["problem"].to_list(),
        ))
    return reads
