"""What a refresh prints: files, rows in = loaded + quarantined, tables, a small ranking."""

from __future__ import annotations

from pathlib import Path

import duckdb

RANKED_INDICATOR = "grdp_growth"


def _fmt(n: float | int) -> str:
    return f"{n:,.0f}".replace(",", ".")


def text(warehouse: Path) -> str:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return _text(con, Path(warehouse))
    finally:
        con.close()


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def _text(con: duckdb.DuckDBPyConnection, warehouse: Path) -> str:
    tables = {r[0] for r in con.sql("SELECT table_name FROM duckdb_tables()").fetchall()}
    loaded = _one(con, "SELECT count(*) FROM fact_observation")
    quarantined = _one(con, "SELECT count(*) FROM quarantine_observation")
    sources = _one(con, "SELECT count(*) FROM dim_source")
    unreadable = con.sql("SELECT source, place, problem FROM unreadable_source ORDER BY source").fetchall()
    lines = [
        f"thidua: đã xuất bản kho dữ liệu {warehouse} ({warehouse.stat().st_size / 1e6:.1f} MB)",
        f"  Tệp đã đọc: {sources}   không đọc được: {len(unreadable)}",
        f"  Dòng vào {_fmt(loaded + quarantined)} = đã nạp {_fmt(loaded)} + cách ly {_fmt(quarantined)}",
    ]
    for source, place, problem in unreadable:
        lines.append(f"    ✗ {source}: {place} {problem}".rstrip())
    from pipelines.lib import validate

    rules = validate.rule_reasons("observations")
    by_rule = con.sql(
        "SELECT count(*) AS n, split_part(expectation, '; ', 1) AS rule, any_value(source || ' ' || locator), "
        "any_value(reason) FROM quarantine_observation GROUP BY rule ORDER BY n DESC, rule"
    ).fetchall()
    if by_rule:
        lines.append("  Cách ly theo quy tắc (quarantined, by rule; one example each):")
        for n, rule, place, reason in by_rule:
            lines.append(f"    {n:>6}  {rules.get(rule, rule)}")
            lines.append(f"            ví dụ {place}: {reason[:100]}")
    if "quarantine_covenant" in tables:
        problems = con.sql("SELECT source, problem FROM quarantine_covenant ORDER BY source LIMIT 10").fetchall()
        if problems:
            lines.append("  Giao ước bị cách ly (covenants quarantined; the rest is published):")
            lines += [f"    ✗ {problem[:150]}" for _, problem in problems]
    lines.append("  Số dòng theo bảng (rows per table):")
    for name in sorted(tables):
        lines.append(f"    {name:<28} {_fmt(_one(con, f'SELECT count(*) FROM {name}')):>10}")
    lines += _ranking(con, tables)
    return "\n".join(lines)


def _ranking(con: duckdb.DuckDBPyConnection, tables: set[str]) -> list[str]:
    out: list[str] = []
    if "mart_cluster_ranking" in tables:
        year = _one(con, "SELECT max(year) FROM mart_cluster_ranking")
        if year is not None:
            rows = con.execute(
                "SELECT r.rank, p.name_vi, r.total_points, r.gap_to_leader, r.proposed_flag "
                "FROM mart_cluster_ranking r JOIN dim_province p ON p.province_code = r.province_code "
                "AND make_date(r.year, 12, 31) BETWEEN p.valid_from AND p.valid_to "
                "WHERE r.year = ? ORDER BY r.rank, p.name_vi LIMIT 10", [year]).fetchall()
            out.append(f"  Xếp hạng thi đua cụm năm {year} (cluster ranking):")
            for rank, name, pts, gap, flag in rows:
                out.append(f"    {rank:>2}. {name:<14} {pts:6.1f} điểm  cách đầu {gap:5.1f}{'  ★ đề nghị Cờ thi đua' if flag else ''}")
    year = _one(con, "SELECT max(b.period) FROM v_best_observation b JOIN bridge_cluster_member m "
               "ON m.province_key = b.province_key AND CAST(m.year AS VARCHAR) = b.period WHERE b.indicator = ?",
               [RANKED_INDICATOR])
    if year:
        rows = con.execute(
            "SELECT p.name_vi, b.value, b.status, b.qualifier FROM v_best_observation b "
            "JOIN bridge_cluster_member m ON m.province_key = b.province_key AND CAST(m.year AS VARCHAR) = b.period "
            "JOIN dim_province p ON p.province_key = b.province_key "
            "WHERE b.indicator = ? AND b.period = ? ORDER BY b.value DESC LIMIT 10", [RANKED_INDICATOR, year]).fetchall()
        out.append(f"  Tăng trưởng GRDP {year}, các tỉnh trong cụm (best value):")
        for i, (name, value, status, qualifier) in enumerate(rows, 1):
            note = " ".join(x for x in (
                "ước tính" if status == "estimate" else "", "hơn" if qualifier == "more_than" else "") if x)
            out.append(f"    {i:>2}. {name:<14} {value:5.1f}%{('  (' + note + ')') if note else ''}")
    return out
