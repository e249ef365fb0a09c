"""The parse cache's store: entries in and out by name, two writers at once, a damaged store set aside, space given
back once most entries are gone. The entries' bytes here are sample bytes, not parsed rows."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from pipelines.lib import cache_store


def _entries(prefix: str, n: int, size: int = 100) -> list[tuple[str, bytes]]:
    return [(f"{prefix}{k:04d}-auto.arrow", bytes([k % 251]) * size) for k in range(n)]


def test_entries_are_found_by_name_and_removed_by_what_is_kept(tmp_path):
    assert cache_store.names(tmp_path) == set()
    assert not (tmp_path / cache_store.STORE).exists()  # reading creates nothing
    entries = _entries("a", 1200)  # more names than one query takes
    cache_store.put_many(tmp_path, entries)
    assert cache_store.names(tmp_path) == {name for name, _ in entries}
    wanted = [name for name, _ in entries[::2]] + ["not-there.arrow"]
    assert cache_store.get_many(tmp_path, wanted) == dict(entries[::2])
    keep = {name for name, _ in entries[:100]}
    assert cache_store.delete_except(tmp_path, keep) == 1100
    assert cache_store.names(tmp_path) == keep


def test_a_store_that_lost_most_entries_gives_the_space_back(tmp_path):
    cache_store.put_many(tmp_path, _entries("b", 400, size=20_000))
    full = (tmp_path / cache_store.STORE).stat().st_size
    cache_store.delete_except(tmp_path, {"b0000-auto.arrow"})
    assert (tmp_path / cache_store.STORE).stat().st_size < full / 10


def _write_on_cue(folders: list[str], prefix: str, cue, failures) -> None:
    for folder in folders:
        cue.wait()  # every writer starts on the new folder at the same moment
        try:
            cache_store.put_many(folder, _entries(prefix, 50))
        except Exception as e:  # reported to the test, not lost with the process
            failures.put(f"{folder}: {e}")


def test_processes_that_create_one_store_at_once_all_write_into_it(tmp_path):
    """Four writers start together on each of twenty new folders, as the parse workers of a first run may: the one
    that creates the store must not make the others fail ("database is locked")."""
    ctx = multiprocessing.get_context("spawn")
    folders = [str(tmp_path / f"f{k}") for k in range(20)]
    for folder in folders:
        Path(folder).mkdir()
    cue, failures = ctx.Barrier(4), ctx.Queue()
    writers = [ctx.Process(target=_write_on_cue, args=(folders, prefix, cue, failures)) for prefix in "wxyz"]
    for w in writers:
        w.start()
    for w in writers:
        w.join(timeout=120)
    problems = []
    while not failures.empty():
        problems.append(failures.get())
    assert problems == []
    assert [len(cache_store.names(f)) for f in folders] == [200] * 20


def test_a_damaged_store_is_set_aside_and_the_cache_starts_again(tmp_path):
    (tmp_path / cache_store.STORE).write_bytes(b"this is not a database, only sample bytes " * 100)
    assert cache_store.names(tmp_path) == set()
    assert (tmp_path / f"{cache_store.STORE}.damaged").exists()
    cache_store.put_many(tmp_path, _entries("c", 3))
    assert len(cache_store.names(tmp_path)) == 3
