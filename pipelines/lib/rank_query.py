"""`thidua rank`: read a ranking from the published warehouse and print it."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import polars as pl

from pipelines.lib import rank_report, scoring


def cluster_ranking(con: duckdb.DuckDBPyConnection, year: int, cluster: str | None) -> pl.DataFrame:
    return con.sql(
        "SELECT * FROM mart_cluster_ranking WHERE year = ? AND (? IS NULL OR cluster_code = ?) "
        "ORDER BY cluster_code, rank, province_code", params=[year, cluster, cluster]).pl()


def indicator_ranking(con: duckdb.DuckDBPyConnection, year: int, cluster: str | None, indicator: str) -> pl.DataFrame:
    actuals = con.sql(
        "SELECT province_code, indicator, period, value, unit, status, qualifier, vintage, source_id, basis "
        "FROM v_best_observation WHERE indicator = ? AND period = ?", params=[indicator, str(year)]).pl()
    members = con.sql(
        "SELECT m.cluster_code, m.year, m.province_code, p.name_vi AS province_name FROM bridge_cluster_member m "
        "JOIN dim_province p USING (province_key) WHERE m.year = ? AND (? IS NULL OR m.cluster_code = ?)",
        params=[year, cluster, cluster]).pl()
    frames = [scoring.rank_indicator(actuals, g, indicator, year) for _, g in members.group_by("cluster_code")]
    return pl.concat(frames) if frames else pl.DataFrame()


def format_indicator_table(df: pl.DataFrame) -> str:
    lines = []
    for (cluster, indicator), g in df.group_by("cluster_code", "indicator", maintain_order=True):
        lines.append(f"Cụm {cluster} — {indicator} năm {g['year'][0]} ({g['unit'][0]}; "
                     f"{'thấp hơn là tốt hơn' if g['direction'][0] == 'down' else 'cao hơn là tốt hơn'})")
        for r in g.iter_rows(named=True):
            value = "–" if r["value"] is None else scoring.fmt_vi(r["value"])
            rank = "–" if r["rank"] is None else str(r["rank"])
            lines.append(f"  {rank:>3}. {r['province_name']:<14} {value:>10}  {r['note'] or ''}".rstrip())
    return "\n".join(lines)


def main(warehouse: Path, year: int, cluster: str | None, indicator: str | None, fmt: str) -> int:
    if not Path(warehouse).exists():
        print(f"thidua rank: {warehouse}: no warehouse yet; run `make run` first", file=sys.stderr)
        return 2
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        df = indicator_ranking(con, year, cluster, indicator) if indicator else cluster_ranking(con, year, cluster)
    finally:
        con.close()
    if df.height == 0:
        what = f"chỉ tiêu {indicator}" if indicator else "xếp hạng cụm"
        print(f"thidua rank: không có {what} cho năm {year}{' cụm ' + cluster if cluster else ''}", file=sys.stderr)
        return 1
    if fmt == "csv":
        sys.stdout.write(rank_report.to_csv(df))
    elif fmt == "json":
        sys.stdout.write(rank_report.to_json(df) + "\n")
    else:
        print(format_indicator_table(df) if indicator else rank_report.format_table(df))
    return 0
