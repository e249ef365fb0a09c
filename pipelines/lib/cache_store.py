"""Where the parse cache keeps its entries: one SQLite file per fingerprint folder, an entry per parsed file.

An entry is named as a file of that folder would be (`<sha>-<published>.arrow`) and holds the same bytes (an Arrow IPC
file, `observation.ipc_bytes`); the staging and the manifest name it by that path, `<folder>/<name>`, though no such
file exists. One database instead of one file per report: creating a file costs 0.26–0.61 ms of kernel CPU on the
benchmark machine's disk (`benchmarks/bench_cache_write.py`), up to a fifth of parsing a small report, more than putting
the entry in the store, compression included (0.23–0.25 ms). The parse workers write their entries in one transaction per job; SQLite's
write-ahead log lets two workers write while others read. The cache only ever saves time: a store that cannot be read
is set aside and rebuilt (its files are parsed again). SQLite's log needs a local disk: the staging folder belongs on
one (a network share's locks are not reliable enough for it).
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

STORE = "entries.sqlite"
_FILES = (STORE, f"{STORE}-wal", f"{STORE}-shm", f"{STORE}.lock")  # the database and the files beside it
_IN_ONE_QUERY = 500  # names per `IN (…)`: well under SQLite's limit of host parameters


def is_store_file(name: str) -> bool:
    return name in _FILES


def _connect(folder: Path | str) -> sqlite3.Connection:
    con = sqlite3.connect(os.path.join(folder, STORE), timeout=120, isolation_level=None)
    try:
        if con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            # turning the log on is the one statement SQLite does not wait for: two parse workers creating the store
            # at once would see "database is locked". They take turns on a lock file instead.
            with open(os.path.join(folder, f"{STORE}.lock"), "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")  # with WAL: no sync per commit, still safe if the process dies
        con.execute("CREATE TABLE IF NOT EXISTS entries (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
    except sqlite3.DatabaseError:
        con.close()
        raise
    return con


def _open(folder: Path | str, create: bool) -> sqlite3.Connection | None:
    """The folder's store (created if missing and `create`); None when there is none. A damaged store is moved aside
    (so the cache starts again empty) rather than failing the run."""
    if not os.path.isdir(folder) or not (create or os.path.exists(os.path.join(folder, STORE))):
        return None
    try:
        return _connect(folder)
    except sqlite3.OperationalError:  # locked for longer than the timeout, a full disk: not the store's fault
        raise
    except sqlite3.DatabaseError:  # not a database, or a damaged one
        for name in _FILES:
            path = os.path.join(folder, name)
            if os.path.exists(path):
                os.replace(path, f"{path}.damaged")
        return _connect(folder)


@contextmanager
def _store(folder: Path | str, create: bool = False) -> Iterator[sqlite3.Connection | None]:
    con = _open(folder, create)
    try:
        yield con
    finally:
        if con is not None:
            con.close()


def names(folder: Path | str) -> set[str]:
    """The names of the entries the folder holds."""
    with _store(folder) as con:
        return {name for (name,) in con.execute("SELECT name FROM entries")} if con is not None else set()


def put_many(folder: Path | str, entries: Iterable[tuple[str, bytes]]) -> None:
    """Add (or replace) entries, all in one transaction."""
    rows = list(entries)
    if not rows:
        return
    os.makedirs(folder, exist_ok=True)
    with _store(folder, create=True) as con:
        con.execute("BEGIN IMMEDIATE")
        con.executemany("INSERT OR REPLACE INTO entries (name, data) VALUES (?, ?)", rows)
        con.execute("COMMIT")


def get_many(folder: Path | str, wanted: list[str]) -> dict[str, bytes]:
    """The bytes of the entries named, for those the folder holds."""
    found: dict[str, bytes] = {}
    with _store(folder) as con:
        if con is None:
            return found
        for k in range(0, len(wanted), _IN_ONE_QUERY):
            part = wanted[k:k + _IN_ONE_QUERY]
            query = f"SELECT name, data FROM entries WHERE name IN ({','.join('?' * len(part))})"
            found.update(con.execute(query, part).fetchall())
    return found


def delete_except(folder: Path | str, keep: set[str]) -> int:
    """Remove the entries not named in `keep`; the number removed. The file is compacted when more than half of it
    has become free space."""
    with _store(folder) as con:
        if con is None:
            return 0
        gone = [name for (name,) in con.execute("SELECT name FROM entries") if name not in keep]
        if gone:
            con.execute("BEGIN IMMEDIATE")
            for k in range(0, len(gone), _IN_ONE_QUERY):
                part = gone[k:k + _IN_ONE_QUERY]
                con.execute(f"DELETE FROM entries WHERE name IN ({','.join('?' * len(part))})", part)
            con.execute("COMMIT")
            pages, free = (con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "freelist_count"))
            if free * 2 > pages:
                con.execute("VACUUM")
    return len(gone)
