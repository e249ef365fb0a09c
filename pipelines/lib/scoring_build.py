"""The staging frames of the emulation models, from the candidate warehouse and the covenant reads.

The builder calls `build(con, covenant_reads, scheme_dir)` and registers the
frames under their keys (`stg_criteria`, `stg_covenant_targets`,
`stg_emulation_scores`, `stg_cluster_ranking`, `stg_covenant_quarantine`) before
running models/5x_*.sql.
Reads only: `v_best_observation` on `con`; quarantined covenants are skipped.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from pipelines.lib import covenants, provinces, scoring, scoring_scheme
from pipelines.lib.covenants import CRITERIA_SCHEMA, TARGETS_SCHEMA, CovenantRead

CRITERIA_COLUMNS = ["cluster_code", "year", "criterion_code", "name_vi", "group", "max_points", "indicator", "unit",
                    "kind", "direction", "mandatory", "source", "scheme_id", "legal_basis"]
TARGET_COLUMNS = ["cluster_code", "year", "province_code", "criterion_code", "target", "unit", "target_as_written",
                  "unit_as_written", "source", "locator"]


def _actuals(con, indicators: list[str], years: list[int]) -> pl.DataFrame:
    cols = ["province_code", "indicator", "period", "value", "unit", "status", "qualifier", "vintage", "source_id"]
    if not indicators or not years:
        return pl.DataFrame(schema={c: pl.String for c in cols})
    ind = ", ".join("'" + i.replace("'", "''") + "'" for i in indicators)
    per = ", ".join(f"'{int(y)}'" for y in years)
    return con.sql(
        f"SELECT {', '.join(cols)} FROM v_best_observation WHERE indicator IN ({ind}) AND period IN ({per})"
    ).pl()


def _province_names(members: pl.DataFrame) -> pl.DataFrame:
    names = []
    for r in members.iter_rows(named=True):
        v = provinces.version_at(r["province_code"], dt.date(int(r["year"]), 12, 31))
        names.append(v.name if v else r.get("province_name"))
    return members.with_columns(pl.Series("province_name", names, dtype=pl.String))


def build(con, covenant_reads: list[CovenantRead], scheme_dir: Path | str | None = None) -> dict[str, pl.DataFrame]:
    """{"stg_criteria", "stg_covenant_targets", "stg_emulation_scores", "stg_cluster_ranking"} frames."""
    good = [r for r in covenant_reads if not r.quarantined]
    crit_frames, target_frames, score_frames, rank_frames = [], [], [], []
    for read in good:
        scheme = scoring_scheme.scheme_for_year(read.year, Path(scheme_dir) if scheme_dir else None)
        members = _province_names(read.members if not read.members.is_empty()
                                  else covenants.cluster_members(read.cluster_code, read.year))
        indicators = [i for i in read.criteria["indicator"].drop_nulls().unique().to_list()]
        actuals = _actuals(con, indicators, [read.year])
        scores = scoring.score(read.criteria, read.targets, actuals, read.qualitative_points, scheme, members=members)
        crit_frames.append(read.criteria.with_columns(pl.lit(scheme.scheme_id).alias("scheme_id"),
                                                      pl.lit(scheme.basis_id).alias("legal_basis")))
        target_frames.append(read.targets)
        score_frames.append(scores)
        rank_frames.append(scoring.rank(scores, members, scheme))
    empty_crit = pl.DataFrame(schema={**CRITERIA_SCHEMA, "scheme_id": pl.String, "legal_basis": pl.String})
    return {
        "stg_criteria": pl.concat(crit_frames).select(CRITERIA_COLUMNS) if crit_frames else empty_crit.select(CRITERIA_COLUMNS),
        "stg_covenant_targets": pl.concat(target_frames).select(TARGET_COLUMNS) if target_frames
        else pl.DataFrame(schema=TARGETS_SCHEMA).select(TARGET_COLUMNS),
        "stg_emulation_scores": pl.concat(score_frames) if score_frames else pl.DataFrame(schema=scoring.SCORE_SCHEMA),
        "stg_cluster_ranking": pl.concat(rank_frames) if rank_frames else pl.DataFrame(schema=scoring.RANK_SCHEMA),
        "stg_covenant_quarantine": quarantine_frame(covenant_reads),
    }


QUARANTINE_SCHEMA = {"source": pl.String, "cluster_code": pl.String, "year": pl.Int32, "problem": pl.String}


def quarantine_frame(covenant_reads: list[CovenantRead]) -> pl.DataFrame:
    """One row per problem of each quarantined covenant (file, cluster, year, message with row and fix)."""
    rows = [{"source": r.name, "cluster_code": r.cluster_code, "year": r.year, "problem": problem}
            for r in covenant_reads if r.quarantined for problem in r.reasons]
    return pl.DataFrame(rows, schema=QUARANTINE_SCHEMA)
