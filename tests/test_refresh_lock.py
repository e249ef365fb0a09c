"""One refresh at a time per staging folder: a second stops at once with a message; a killed one blocks nothing."""

from __future__ import annotations

import signal
import subprocess
import sys

from conftest import REPO, SAMPLE, run_refresh
from pipelines.cli import main
from pipelines.lib import refresh_lock

HOLD = """
import sys, time
from pathlib import Path
from pipelines.lib import refresh_lock
with refresh_lock.held(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_second_refresh_stops_at_once_and_names_the_first(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))  # the CLI's runs recorded under tmp
    (tmp_path / "dagster_home").mkdir()
    published = tmp_path / "warehouse.duckdb"
    published.write_bytes(b"the previous warehouse")
    with refresh_lock.held(tmp_path / "staging"):
        code = main(["refresh", "--inbox", str(SAMPLE), "--warehouse", str(published),
                     "--staging", str(tmp_path / "staging")])
    err = capsys.readouterr().err
    assert code == 1
    assert "một lần làm mới khác đang chạy" in err and "another refresh is running" in err and "pid " in err
    assert published.read_bytes() == b"the previous warehouse"  # untouched
    assert not (tmp_path / "staging" / "parsed").exists()  # the second run wrote nothing


def test_the_lock_is_let_go_at_the_end_of_a_run_and_with_a_killed_process(tmp_path):
    staging = tmp_path / "staging"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(staging)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert not run_refresh(SAMPLE, tmp_path).success  # held by the other process
    finally:
        holder.send_signal(signal.SIGKILL)  # a refresh killed mid-run
        holder.wait()
    assert run_refresh(SAMPLE, tmp_path).success  # its lock went with it
    assert run_refresh(SAMPLE, tmp_path).success  # and a finished run let go of its own
