"""Work shared between this process and spawned helper processes.

Used where a list of independent jobs is long enough to pay for starting a
process (staging batches of years, writing parsed rows by year). Spawned, not
forked: forking a process that runs polars or Dagster threads can deadlock the
child. A spawned process exits when the process that started it is gone (a
refresh killed midway), instead of waiting for work forever with its memory held.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import threading
from concurrent.futures import ProcessPoolExecutor


def default_workers() -> int:
    """Processes a refresh may use (`THIDUA_WORKERS`, default 2: the two cores of the reference machine)."""
    return int(os.environ.get("THIDUA_WORKERS", "2"))


def spawned_pool(processes: int) -> ProcessPoolExecutor:
    """A pool of `processes` spawned processes (see the module docstring for why not forked)."""
    return ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                               initializer=exit_with_parent)


def exit_with_parent() -> None:
    """In a spawned process: exit as soon as the process that started it is gone. A pool's worker waits on a queue
    whose writing end it holds itself, so a parent killed with SIGKILL would otherwise leave it waiting for ever."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def share_with_workers(fn, jobs: list, helpers: int, pool: ProcessPoolExecutor | None = None) -> list:
    """`[fn(job) for job in jobs]`, with `helpers` spawned processes taking jobs from the front while this
    process takes them from the back; each helper keeps one job queued so it never waits for this one.
    `pool`: the helpers, when the caller started them already (and shuts them down itself)."""
    results: list = [None] * len(jobs)
    queue = list(range(len(jobs)))
    pending: dict = {}
    with (contextlib.nullcontext(pool) if pool else spawned_pool(helpers)) as pool:
        def feed():
            while queue and len(pending) < 2 * helpers:
                i = queue.pop(0)
                pending[pool.submit(fn, jobs[i])] = i

        def collect(wait: bool):
            for future in [f for f in pending if wait or f.done()]:
                results[pending.pop(future)] = future.result()

        feed()
        while queue:
            i = queue.pop()
            results[i] = fn(jobs[i])
            collect(wait=False)
            feed()
        collect(wait=True)
    return results
