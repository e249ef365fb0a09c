"""The SHA-256 of inbox files, remembered by (path, size, modification time, inode).

A refresh names every file by the hash of its content (the parse cache, dim_source).
Hashing a national inbox again on every run costs seconds, so the hashes of the
last run are kept beside the cache, as git keeps its index: a file whose size,
modification time (nanoseconds) and inode are unchanged is not read again (a file
replaced by a copy, even one with the same size and time, has a new inode). A file modified
within RACY_SECONDS of being hashed is not remembered (it could change again
within the same clock tick without its size changing), so it is hashed next time.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import polars as pl

RACY_SECONDS = 2.0
SCHEMA = {"path": pl.String, "size": pl.Int64, "mtime_ns": pl.Int64, "inode": pl.UInt64, "sha256": pl.String}


def index_path(cache_root: Path) -> Path:
    return Path(cache_root) / "checksums.parquet"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Checksums:
    """The remembered hashes of one cache root: `known(path)` answers without reading the file when it is
    unchanged; `remember(path, sha)` records a hash just computed; `save()` keeps them for the next run
    (only the files seen in this run: a file removed from the inbox is forgotten)."""

    def __init__(self, cache_root: Path):
        self.path = index_path(cache_root)
        self._old: dict[str, tuple[tuple[int, int, int], str]] = {}
        if self.path.exists():
            try:
                self._old = {p: ((s, m, i), h) for p, s, m, i, h in pl.read_parquet(self.path).select(list(SCHEMA)).iter_rows()}
            except Exception:  # an unreadable or older index only costs a rehash
                self._old = {}
        self._seen: dict[str, tuple[tuple[int, int, int], str]] = {}

    def known(self, path: str) -> str | None:
        entry = self._old.get(path)
        if entry and entry[0] == _identity(os.stat(path)):
            self._seen[path] = entry
            return entry[1]
        return None

    def remember(self, path: str, sha256: str) -> None:
        st = os.stat(path)
        # a time in the future (a copy that kept its source's clock, a generated inbox) is as safe as one in the
        # past: any later write stamps the file with the time of that write, which differs
        if abs(time.time() - st.st_mtime_ns / 1e9) > RACY_SECONDS:
            self._seen[path] = (_identity(st), sha256)

    def save(self) -> None:
        rows = [(p, s, m, i, h) for p, ((s, m, i), h) in self._seen.items()]
        tmp = self.path.with_suffix(f".tmp{os.getpid()}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        pl.DataFrame(rows, schema=SCHEMA, orient="row").write_parquet(tmp)
        os.replace(tmp, self.path)


def _identity(st: os.stat_result) -> tuple[int, int, int]:
    return st.st_size, st.st_mtime_ns, st.st_ino
