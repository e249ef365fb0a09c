"""A later run that adds files to an inbox already parsed: what runs where, and that it changes nothing."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import polars as pl
import pytest

from pipelines.lib import ingest, observation, parsed_store, staging


def _stage(root: Path) -> tuple:
    """(parsed rows, sources, unreadable files, manifest) of a staging folder."""
    manifest = pl.read_parquet(root / "parsed" / "files.parquet").select("source", "years")
    return (parsed_store.read_parsed(root), pl.read_parquet(root / "parsed" / "sources.parquet"),
            pl.read_parquet(root / "parsed" / "unreadable.parquet"), manifest)


def _later_run_adding_the_2023_tables(tmp_path: Path, sample_inbox: Path, workers: int) -> Path:
    """Parse the sample inbox without its 2023 tables, then again with them (the later run, `workers`)."""
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    held = tmp_path / "held"
    held.mkdir()
    for f in (inbox / "tables").glob("*2023*"):
        shutil.move(f, held / f.name)
    staging.parse_and_write(inbox, tmp_path / "staging", None, 1)
    for f in held.iterdir():
        shutil.move(f, inbox / "tables" / f.name)
    staging.parse_and_write(inbox, tmp_path / "staging", None, workers)
    return tmp_path / "staging"


@pytest.fixture(scope="module")
def whole_run(sample_inbox, tmp_path_factory) -> tuple:
    root = tmp_path_factory.mktemp("whole")
    staging.parse_and_write(sample_inbox, root / "staging", None, 1)
    return _stage(root / "staging")


def _same(a: tuple, b: tuple) -> None:
    for x, y in zip(a, b):
        assert x.equals(y)


def test_a_few_new_files_are_parsed_here_without_starting_a_process(tmp_path, sample_inbox, whole_run, monkeypatch):
    def no_process(*args, **kwargs):
        raise AssertionError("a process was started for a few new files")

    monkeypatch.setattr(staging, "spawned_pool", no_process)
    monkeypatch.setattr(staging, "share_with_workers", no_process)
    monkeypatch.setattr(parsed_store, "share_with_workers", no_process)
    _same(_stage(_later_run_adding_the_2023_tables(tmp_path, sample_inbox, workers=2)), whole_run)


def test_many_new_files_are_shared_with_helpers_started_before_the_inbox_is_hashed(
        tmp_path, sample_inbox, whole_run, monkeypatch):
    """Above PARSE_ALONE_MAX new files, helpers are started as soon as the inbox is listed (before any file is
    hashed), parse with this process, and the stage is the same as one process parsing it all."""
    events = []
    real_pool, real_info, real_share = staging.spawned_pool, staging._file_info, staging.share_with_workers
    monkeypatch.setattr(staging, "PARSE_ALONE_MAX", 3)
    monkeypatch.setattr(staging, "spawned_pool", lambda n: events.append("pool") or real_pool(n))
    monkeypatch.setattr(staging, "_file_info", lambda job: events.append("hash") or real_info(job))
    monkeypatch.setattr(staging, "share_with_workers", lambda *a: events.append("share") or real_share(*a))
    root = _later_run_adding_the_2023_tables(tmp_path, sample_inbox, workers=2)
    later = events[events.index("pool"):]
    assert later[0] == "pool" and "hash" in later and "share" in later
    _same(_stage(root), whole_run)


def _cached(tmp_path: Path, name: str) -> Path:
    rows = pl.DataFrame({c: [None] for c in observation.SCHEMA}, schema=observation.SCHEMA)
    rows = rows.with_columns(pl.lit(name).alias("source"), pl.lit("2021").alias("period"))
    parsed_store.write_cached([(tmp_path / f"{name}.arrow", rows)])
    return tmp_path / f"{name}.arrow"


@pytest.mark.parametrize(("files", "shared"), [(8, False), (9, True)])
def test_rows_are_written_by_a_helper_only_above_min_shared_parts(tmp_path, monkeypatch, files, shared):
    calls = []
    monkeypatch.setattr(parsed_store, "FILES_PER_PART", 2)
    monkeypatch.setattr(parsed_store, "share_with_workers",
                        lambda fn, jobs, helpers: calls.append(len(jobs)) or [fn(job) for job in jobs])
    parts = {f"{k}.csv": _cached(tmp_path, f"{k}") for k in range(files)}
    parsed_store.write_rows(tmp_path / "staging", parts, workers=2)
    assert bool(calls) == shared
    assert parsed_store.read_parsed(tmp_path / "staging")["source"].to_list() == list(parts)


def _lib(tmp_path: Path, monkeypatch, sources: dict[str, str], age: float = 60) -> Path:
    """A repo root whose pipelines/lib holds `sources`, modified `age` seconds ago."""
    lib = tmp_path / "repo" / "pipelines" / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    for name, text in sources.items():
        (lib / f"{name}.py").write_text(text)
    past = time.time() - age
    for f in [*lib.iterdir(), lib]:
        os.utime(f, (past, past))
    monkeypatch.setattr(staging, "REPO_ROOT", tmp_path / "repo")
    return lib


def test_the_parser_modules_are_remembered_until_one_of_them_changes(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    lib = _lib(tmp_path, monkeypatch, {"ingest": "from pipelines.lib import a\n", "a": "", "b": ""})
    assert [p.stem for p in staging.remembered_parser_modules(cache)] == ["a", "ingest"]
    walked = []
    real = staging.parser_modules
    monkeypatch.setattr(staging, "parser_modules", lambda: walked.append(1) or real())
    assert [p.stem for p in staging.remembered_parser_modules(cache)] == ["a", "ingest"]
    assert walked == []  # nothing changed: answered from the memo
    _lib(tmp_path, monkeypatch, {"ingest": "from pipelines.lib import a, b\n"}, age=30)
    assert [p.stem for p in staging.remembered_parser_modules(cache)] == ["a", "b", "ingest"]
    assert walked == [1]
    (lib / "c.py").write_text("")  # a module added: the folder changed, so the imports are read again
    os.utime(lib / "c.py", (time.time() - 30,) * 2)
    staging.remembered_parser_modules(cache)
    assert walked == [1, 1]


def test_a_module_changed_a_moment_ago_is_not_remembered(tmp_path, monkeypatch):
    lib = _lib(tmp_path, monkeypatch, {"ingest": "from pipelines.lib import a\n", "a": ""})
    (lib / "a.py").write_text("x = 1\n")  # within file_checksums.RACY_SECONDS: it could change again unseen
    assert [p.stem for p in staging.remembered_parser_modules(tmp_path / "cache")] == ["a", "ingest"]
    assert not (tmp_path / "cache" / "parser_modules.json").exists()


def _rglob_listing(inbox: Path) -> tuple[list[Path], list[dict]]:
    """inbox_listing as it was written with Path.rglob, to compare with."""
    read, not_read = [], []
    for p in sorted(Path(inbox).rglob("*")):
        rel = p.relative_to(inbox)
        if not p.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if p.name.upper().startswith("README") or p.name.startswith("~$") or ingest.is_covenant(rel):
            continue
        suffix = p.suffix.lower()
        if suffix in ingest.SUPPORTED:
            read.append(p)
        elif suffix in ingest.NOT_READ:
            not_read.append({"source": str(rel), "place": "", "problem": ingest.NOT_READ[suffix]})
    return read, not_read


def test_the_inbox_listing_is_that_of_sorted_rglob(tmp_path):
    inbox = tmp_path / "inbox"
    for rel in ["a/x.csv", "a-b/x.csv", "a/b/c.xlsx", "a.csv", "A.md", ".hidden/x.csv", "a/.x.csv", "README.csv",
                "covenants/c.csv", "t/~$lock.xlsx", "t/bao_cao.rtf", "t/ghi_chu.py", "t/x.CSV"]:
        (inbox / rel).parent.mkdir(parents=True, exist_ok=True)
        (inbox / rel).write_text("x")
    (inbox / "link").symlink_to(inbox / "a", target_is_directory=True)  # not entered, as rglob does not
    (inbox / "f.csv").symlink_to(inbox / "a" / "x.csv")  # a link to a file is a file
    assert staging.inbox_listing(inbox) == _rglob_listing(inbox)
    assert staging.inbox_listing(tmp_path / "none") == ([], [])
