"""The benchmark generator: deterministic for a seed, and its stats are what the pipeline really produces."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import duckdb
import polars as pl
import pytest

from conftest import REPO, run_refresh
from pipelines.lib import generate, parsed_store


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def tier_s(tmp_path_factory):
    out = tmp_path_factory.mktemp("tier_s")
    return out, generate.generate("S", out, seed=7)


def test_tier_s_is_deterministic_for_a_seed(tier_s, tmp_path):
    out, stats = tier_s
    again = generate.generate("S", tmp_path / "again", seed=7)
    assert {k: v for k, v in again.items() if k != "out"} == {k: v for k, v in stats.items() if k != "out"}
    assert _digest(tmp_path / "again") == _digest(out)


def test_another_seed_gives_other_values(tier_s, tmp_path):
    out, _ = tier_s
    generate.generate("S", tmp_path / "other", seed=8)
    assert _digest(tmp_path / "other") != _digest(out)


def test_tier_s_has_every_format_and_planted_errors(tier_s):
    _, stats = tier_s
    assert {"yearly_A", "yearly_B", "yearly_C", "yearly_D", "monthly", "narrative", "series"} <= set(stats["files_by_kind"])
    assert stats["quarantined_rows"] > 0 and stats["observations"] > 10_000
    assert stats["files"] == sum(stats["files_by_kind"].values())
    assert stats["covenants"] == 4  # TN_DHNTB's years in reference/clusters (2019–2024) within the tier's 2021–2025


def test_tier_s_stats_match_the_refresh(tier_s, tmp_path):
    out, stats = tier_s
    result = run_refresh(out, tmp_path)
    assert result.success
    staging = tmp_path / "staging"
    assert pl.read_parquet(staging / "parsed" / "unreadable.parquet").height == 0
    rows_in = parsed_store.rows_in(staging)
    quarantined = pl.read_parquet(staging / "quarantine" / "*" / "*.parquet")
    assert rows_in == stats["observations"]
    assert quarantined.height == stats["quarantined_rows"]
    suite = json.loads((REPO / "expectations" / "observations.json").read_text(encoding="utf-8"))
    # a parse error shows the parser's own message instead of the suite's reason: find it by its expectation
    parse_error = next(e["meta"]["reason"] for e in suite["expectations"] if e["kwargs"].get("column") == "issue")
    reasons = [e["meta"]["reason"] for e in suite["expectations"] if e["meta"]["reason"] != parse_error]
    by_reason = Counter(r for cell in quarantined["reason"] for r in reasons if r in cell)
    by_reason[parse_error] = sum("expect_column_values_to_be_null(issue)" in x for x in quarantined["expectation"])
    assert dict(by_reason) == stats["quarantined_by_reason"]
    # every covenant read cleanly and scored: the dashboards' ranking has the ten members in each of its years
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)
    ranked = con.execute("SELECT nam, count(DISTINCT ma_tinh), min(hang) FROM v_xep_hang_cum GROUP BY nam ORDER BY nam")
    assert ranked.fetchall() == [(year, 10, 1) for year in range(2021, 2025)]


def test_unknown_tier_is_refused(tmp_path):
    with pytest.raises(ValueError, match="tier"):
        generate.generate("XL", tmp_path)


def test_tier_geography_switches_to_34_provinces_from_july_2025():
    assert generate.tier_spec("M").provinces is None and generate.tier_spec("L").vintages == 3
    before = {c for c, _ in generate._provinces_at(__import__("datetime").date(2025, 6, 30), None)}
    after = {c for c, _ in generate._provinces_at(__import__("datetime").date(2025, 7, 1), None)}
    assert len(before) == 63 and len(after) == 34 and "64" in before and "64" not in after


def test_adding_a_year_with_years_option_restages_the_year_it_revises(tier_s, tmp_path):
    """A 2024 report carries 2023 actuals: `--years 2024:2024` must restage 2023 too, so rows still add up."""
    import os

    out, stats = tier_s
    inbox = tmp_path / "inbox"
    held = [p for p in out.rglob("*") if p.is_file() and "2024" in p.relative_to(out).parts]
    for p in out.rglob("*"):
        if p.is_file() and p not in held:
            (inbox / p.relative_to(out)).parent.mkdir(parents=True, exist_ok=True)
            os.link(p, inbox / p.relative_to(out))
    assert run_refresh(inbox, tmp_path).success
    for p in held:
        (inbox / p.relative_to(out)).parent.mkdir(parents=True, exist_ok=True)
        os.link(p, inbox / p.relative_to(out))
    result = run_refresh(inbox, tmp_path, years=("2024", "2024"))
    assert result.success
    staging = tmp_path / "staging"
    rows_in = parsed_store.rows_in(staging)
    loaded = pl.read_parquet(staging / "observations" / "*" / "*.parquet").height
    quarantined = pl.read_parquet(staging / "quarantine" / "*" / "*.parquet").height
    assert rows_in == stats["observations"] == loaded + quarantined


def test_tier_l_shape_stats_match_the_refresh(tmp_path):
    """Tier L's extra columns (plan and same month last year) and monthly reports, on two provinces."""
    stats = generate.generate("L-test", tmp_path / "inbox")
    assert stats["files_by_kind"]["month_report"] > 0 and stats["vintages"] == 3
    assert run_refresh(tmp_path / "inbox", tmp_path).success
    staging = tmp_path / "staging"
    assert parsed_store.rows_in(staging) == stats["observations"]
    assert pl.read_parquet(staging / "quarantine" / "*" / "*.parquet").height == stats["quarantined_rows"]
