"""A spawned process that imports Great Expectations while this one imports Dagster.

`thidua refresh` imports Dagster (about 3 s) and needs GX (about 4 s more) before it stages the first year.
One after the other in one process, the two imports are most of a yearly refresh that adds a few files. The
command therefore starts this process first (`start`, before Dagster is imported), on the other core, and
every call that needs GX — staging the years, the spot check, the warehouse suite — goes there (`call`)
unless this process has imported GX itself (a large input, which this process validates beside the warm one).
Where nothing started it (the Dagster UI's code server, a test that runs the job itself) everything runs in
this process, as before.
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from pipelines.lib.sharing import default_workers, spawned_pool

_pool: ProcessPoolExecutor | None = None
_warming: list = []  # the warm-up calls' futures


def start(workers: int | None = None) -> None:
    """Start the processes that import GX now: one fewer than the refresh's `workers` (`THIDUA_WORKERS`), none
    when GX is imported here already."""
    global _pool
    processes = (workers or default_workers()) - 1
    if _pool is None and processes >= 1 and not imported_here():
        _pool = spawned_pool(processes)
        _warming[:] = [_pool.submit(_warm_up) for _ in range(processes)]


def stop() -> None:
    """Shut the warm processes down (the refresh is over). A refresh that stopped before it needed GX (another
    refresh holds the staging folder, say) does not wait for the import to finish: the processes are ended."""
    global _pool
    if _pool is None:
        return
    if not all(f.done() for f in _warming):
        for process in list((getattr(_pool, "_processes", None) or {}).values()):  # (where CPython's pool keeps them)
            process.terminate()
    _pool.shutdown(wait=True, cancel_futures=True)
    _pool = None


def pool() -> ProcessPoolExecutor | None:
    """The warm processes, when a refresh started them."""
    return _pool


def imported_here() -> bool:
    return "great_expectations" in sys.modules


def _remote() -> ProcessPoolExecutor | None:
    """The warm processes, unless GX is imported here (or none was started): then calls run here."""
    return None if _pool is None or imported_here() else _pool


def call(fn, *args):
    """`fn(*args)`, in a warm process unless GX is imported here or none was started. A warm process that died
    (killed for memory, say) is not waited for: the call then runs here."""
    if (pool := _remote()) is not None:
        try:
            return pool.submit(fn, *args).result()
        except BrokenProcessPool:
            _forget_broken()
    return fn(*args)


def _forget_broken() -> None:
    global _pool
    broken, _pool = _pool, None
    broken.shutdown(wait=False)


def _warm_up() -> None:
    from pipelines.lib import validate

    validate.load_gx()
