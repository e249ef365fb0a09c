"""`thidua refresh` imports GX in a warm process while it imports Dagster, and validates there."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb

from pipelines.lib import warm_validator
from pipelines.lib.sharing import spawned_pool

REPO = Path(__file__).resolve().parents[1]

REFRESH_AND_REPORT = """
import sys
from pipelines import cli
code = cli.main(["refresh", "--inbox", sys.argv[1], "--warehouse", sys.argv[2], "--staging", sys.argv[3]])
print("GX_IN_PARENT", "great_expectations" in sys.modules)
print("PANDAS_IN_PARENT", "pandas" in sys.modules)
sys.exit(code)
"""


def test_refresh_validates_in_the_warm_process_and_never_imports_gx_itself(sample_inbox, tmp_path):
    """Nor pandas, which only GX needs (its import costs about a third of a second before the parse starts)."""
    wh, staging = tmp_path / "warehouse.duckdb", tmp_path / "staging"
    env = {**os.environ, "GX_ANALYTICS_ENABLED": "False", "THIDUA_WORKERS": "2"}
    done = subprocess.run([sys.executable, "-c", REFRESH_AND_REPORT, str(sample_inbox), str(wh), str(staging)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "GX_IN_PARENT False" in done.stdout
    assert "PANDAS_IN_PARENT False" in done.stdout
    # GX did run: every staged year has a receipt of the suite, and the warehouse holds what it counted
    receipts = [json.loads(p.read_text()) for p in (staging / "observations").glob("year=*/_validation.json")]
    assert receipts and all(r["suite"] for r in receipts)
    loaded = sum(r["rows_loaded"] for r in receipts)
    quarantined = sum(r["rows_quarantined"] for r in receipts)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        facts = con.execute("SELECT count(*) FROM fact_observation").fetchone()[0]
        in_quarantine = con.execute("SELECT count(*) FROM quarantine_observation").fetchone()[0]
    finally:
        con.close()
    assert facts == loaded > 0
    assert in_quarantine == quarantined > 0  # the sample's deliberately bad rows were judged by GX


def test_nothing_is_started_where_gx_is_imported_already():
    import great_expectations  # noqa: F401

    warm_validator.start(2)
    assert warm_validator.pool() is None
    assert warm_validator.call(os.getpid) == os.getpid()  # runs here


def _pid_in_a_worker(parent: int) -> int:
    return os.getpid()


def _die_unless(parent: int) -> str:
    if os.getpid() != parent:
        os._exit(3)  # the warm process dies (as if killed for memory)
    return "here"


def test_calls_go_to_the_warm_process_and_come_back_here_when_it_died(monkeypatch):
    monkeypatch.setattr(warm_validator, "imported_here", lambda: False)
    monkeypatch.setattr(warm_validator, "_pool", spawned_pool(1))
    try:
        assert warm_validator.call(_pid_in_a_worker, os.getpid()) != os.getpid()
        assert warm_validator.call(_pid_in_a_worker, 1) == warm_validator.call(_pid_in_a_worker, 0)  # the same process
        assert warm_validator.call(_die_unless, os.getpid()) == "here"
        assert warm_validator.pool() is None  # not sent to a broken pool again
    finally:
        warm_validator.stop()


def test_a_refresh_that_stops_early_does_not_wait_for_the_import(monkeypatch):
    """Another refresh holds the staging folder: the command stops at once, its warm process with it."""
    monkeypatch.setattr(warm_validator, "imported_here", lambda: False)
    warm_validator.start(2)
    processes = list(warm_validator.pool()._processes.values())
    assert not all(f.done() for f in warm_validator._warming)  # importing GX takes seconds
    warm_validator.stop()
    assert warm_validator.pool() is None
    for process in processes:
        process.join(5)
        assert process.exitcode == -signal.SIGTERM  # ended, not left to finish the import and exit
