"""A spawned worker does not outlive a parent killed midway (a refresh stopped with SIGKILL)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PARENT = """
import os, sys, time
from pipelines.lib.sharing import spawned_pool
if __name__ == "__main__":
    pool = spawned_pool(1)
    print(pool.submit(os.getpid).result(), flush=True)  # the worker's pid; it then waits for more work
    time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # reaped or a zombie: gone either way


def test_a_worker_exits_when_its_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], cwd=REPO, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        worker = int(parent.stdout.readline())
        assert _alive(worker)
        time.sleep(0.5)
        assert _alive(worker)  # idle, waiting for work while its parent lives
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 15
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)
