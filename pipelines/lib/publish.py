"""Publish a checked candidate: one atomic rename onto the served file.

DuckDB locks a file for its writer against every reader, so the served file is
never written in place: readers that hold it open keep their snapshot (the old
inode) until they reconnect, and a refresh that fails or is killed before the
rename leaves the previous warehouse untouched.
"""

from __future__ import annotations

import os
from pathlib import Path


def candidate_path(warehouse: Path) -> Path:
    warehouse = Path(warehouse)
    return warehouse.with_name(f".{warehouse.name}.candidate-{os.getpid()}")


def publish(candidate: Path, warehouse: Path) -> Path:
    candidate, warehouse = Path(candidate), Path(warehouse)
    if not candidate.exists():
        raise FileNotFoundError(f"{candidate}: no candidate warehouse to publish")
    wal = candidate.with_name(candidate.name + ".wal")
    if wal.exists():
        raise RuntimeError(f"{candidate}: candidate was not closed cleanly (WAL present); not publishing")
    fd = os.open(candidate, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(candidate, warehouse)
    return warehouse


def discard(candidate: Path) -> None:
    for p in (Path(candidate), Path(str(candidate) + ".wal")):
        p.unlink(missing_ok=True)
