"""The benchmark harness (`make bench`, benchmarks/run.py) run for real on tier S: it must keep working as the
code changes, and its figures must be the ones the README's table reads. Nothing here is timed: the test checks
that every figure was measured (a positive number next to a positive floor), that the refresh it timed loaded
what the generator says it planted, and that the result files say the same as what was printed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    root = tmp_path_factory.mktemp("bench")
    results = root / "results"
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "--tier", "S", "--no-sample",
                           "--data", str(root / "bench_data"), "--results", str(results)],  # never the checkout's
                          cwd=REPO, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    (result,) = sorted(results.glob("*.json"))
    return done.stdout, json.loads(result.read_text()), result


def test_the_timed_refresh_loaded_what_the_generator_planted(bench):
    _, results, _ = bench
    s = results["tiers"]["S"]
    assert s["refresh"]["success"]
    assert s["rows_in"] == s["observations_expected"] > 20_000
    assert s["quarantined"] == s["quarantined_expected"] > 0


def test_every_figure_has_a_measured_floor(bench):
    _, results, _ = bench
    s = results["tiers"]["S"]
    for stage in ("parse", "validate", "load"):
        assert s[stage]["seconds"] > 0 and s[stage]["floor"]["seconds"] > 0, stage
    assert s["floors_sum"] == pytest.approx(sum(s[k]["floor"]["seconds"] for k in ("parse", "validate", "load")))
    assert s["parse"]["floor"]["files"] == s["files"]  # the floor read the same files
    assert s["refresh"]["peak_tree_mib"] > 50  # the sampler saw the refresh's processes


def test_the_refresh_used_both_cores_and_its_disk_is_measured(bench):
    _, results, _ = bench
    s = results["tiers"]["S"]
    # the warm GX process and the parse workers run beside the command: more CPU than wall time
    assert s["refresh"]["cpu_seconds"] > s["refresh"]["seconds"]
    d = s["disk"]
    assert d["inbox_mib"] > 0 and d["staged_mib"] > 0 and d["warehouse_mib"] > 0
    # one compressed cache entry per file: a few times the inbox (2.7 on tier S), not tens of times (uncompressed
    # entries repeat each row's label and snippet: about 30 times the inbox on tier L)
    assert 0 < d["parse_cache_mib"] < 5 * d["inbox_mib"]


def test_the_incremental_year_is_a_later_and_smaller_run(bench):
    _, results, _ = bench
    inc = results["tiers"]["S"]["incremental"]
    assert inc["year"] == 2024 and 0 < inc["seconds"]
    assert inc["steps"]["parsed_inbox"] is not None  # a real Dagster run, its steps read from the event log
    assert inc["ratio_to_full"] == pytest.approx(inc["seconds"] / results["tiers"]["S"]["refresh"]["seconds"])


def test_dashboard_queries_answered_rows(bench):
    _, results, _ = bench
    serving = results["tiers"]["S"]["serving"]
    assert serving and all(q["median_ms"] > 0 for q in serving.values())  # (p95 ≥ median holds by construction)
    assert all(q["rows"] > 0 for q in serving.values())  # each typical query found data in the published file


def test_the_markdown_table_holds_the_json_figures(bench):
    printed, results, result = bench
    md = result.with_suffix(".md").read_text()
    assert md in printed  # what the command printed is what it wrote
    assert f"({results['commit']})" in md.splitlines()[0]
    refresh = results["tiers"]["S"]["refresh"]["seconds"]
    row = next(line for line in md.splitlines() if line.startswith("| end to end S"))
    assert f"| {refresh:.2f} |" in row
    assert not (result.parent / "latest.md").exists()  # latest.md is the M and L run only


def _run_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_run", REPO / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_run_is_compared_with_the_last_run_that_measured_the_same_tiers(bench, tmp_path):
    """Two committed M and L runs (one given a recorded time) and the tier S run of this test: an M and L run is set
    beside the newest M and L run, by the time it recorded (a run that recorded only its date counts as that day's
    start)."""
    run = _run_module()
    _, s_run, _ = bench
    committed = sorted((REPO / "benchmarks" / "results").glob("2026-11-29-*.json"))
    dated, timed = (json.loads(p.read_text()) for p in committed[:2])
    timed["time"] = "2026-11-29T23:00:00"
    for name, results in (("a.json", dated), ("b.json", timed), ("s.json", s_run)):
        (tmp_path / name).write_text(json.dumps(results))
    assert "T" in s_run["time"]  # every run now records when it ran
    assert run.last_run(tmp_path, ["M", "L"])["commit"] == timed["commit"]
    assert run.last_run(tmp_path, ["M", "L"], exclude=tmp_path / "b.json")["commit"] == dated["commit"]
    assert run.last_run(tmp_path, ["L", "S"]) is None  # no earlier run measured both
    md = run.markdown(dated, timed)
    assert f"Last run: 2026-11-29T23:00:00 ({timed['commit']})" in md and "| last ratio |" in md
    row = next(line for line in md.splitlines() if line.startswith("| end to end L"))
    e2e = timed["tiers"]["L"]["refresh"]["seconds"]
    assert row.endswith(f"| {e2e:.2f} | {e2e / timed['tiers']['L']['floors_sum']:.2f} |")
