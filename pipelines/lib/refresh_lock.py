"""One refresh at a time per staging folder.

Two refreshes of one deployment (the yearly schedule and a `thidua refresh` typed by hand, a sensor run and a run
started from the UI) would write the same staging years and candidate file. The refresh holds an exclusive lock on
`<staging>/.refresh.lock` for its whole run; a second one stops at once, naming the first (process, start time).
The lock is the operating system's (flock): a refresh that is killed lets go of it with its process, so a stale
lock never blocks the next run.
"""

from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager
from pathlib import Path


class RefreshRunning(RuntimeError):
    """Another refresh holds the staging folder."""


@contextmanager
def held(staging: Path):
    """Hold the staging folder's refresh lock for the `with` block; raise RefreshRunning if another process has it."""
    import fcntl

    staging = Path(staging)
    staging.mkdir(parents=True, exist_ok=True)
    path = staging / ".refresh.lock"
    with open(path, "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            holder = f.read().strip() or "another process"
            raise RefreshRunning(
                f"một lần làm mới khác đang chạy trên {staging} ({holder}); chờ lần đó xong rồi chạy lại "
                f"(another refresh is running on this staging folder; wait for it to end)") from None
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()}, bắt đầu {dt.datetime.now().isoformat(timespec='seconds')}\n")
        f.flush()
        try:
            yield
        finally:
            f.seek(0)
            f.truncate()
            fcntl.flock(f, fcntl.LOCK_UN)
