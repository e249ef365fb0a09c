"""The parse cache is keyed by the code that parses: that code and nothing else."""

import json
import os
import subprocess
import sys

from conftest import REPO
from pipelines.lib import staging

PROBE = """
import json, sys
from pathlib import Path
from pipelines.lib import ingest
kinds = {".xlsx", ".csv", ".md", ".html", ".docx"}
for path in sorted(Path("data/sample").rglob("*")):
    if path.suffix in kinds and "covenants" not in path.parts and not path.name.upper().startswith("README"):
        ingest.extract_file(path)
print(json.dumps(sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("pipelines.lib."))))
"""


def test_fingerprint_covers_every_module_parsing_loads():
    # a fresh interpreter parses every sample file (tables, series, md, html, docx) and lists what it loaded
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    hashed = {p.stem for p in staging.parser_modules()}
    assert loaded <= hashed, f"parsing loads modules the cache key ignores: {sorted(loaded - hashed)}"
    assert {"parse_tables", "read_grid", "narrative", "documents", "catalogue", "provinces"} <= hashed


def test_validation_and_warehouse_code_do_not_key_the_cache():
    hashed = {p.stem for p in staging.parser_modules()}
    assert not hashed & {"staging", "validate", "warehouse", "scoring", "covenants", "parsed_store", "generate"}


def test_the_parse_stage_in_a_child_process_equals_the_parse_here(tmp_path, sample_inbox):
    """The asset parses in a spawned process while this one imports GX: same sources, same parsed rows as
    the stage run here, and the side task ran once."""
    from pipelines.lib import parsed_store

    calls = []
    child = staging.parse_in_child(sample_inbox, tmp_path / "child", None, 2, meanwhile=lambda: calls.append(1))
    here = staging.parse_and_write(sample_inbox, tmp_path / "here", None, 1)
    assert calls == [1]
    assert child.rows_in == here.rows_in > 2000
    assert child.sources.equals(here.sources) and child.unreadable.equals(here.unreadable)
    assert parsed_store.read_parsed(tmp_path / "child").equals(parsed_store.read_parsed(tmp_path / "here"))


def _parsed_stage(root):
    """(parsed rows, sources, unreadable files, source → years of the manifest) of a staging folder."""
    import polars as pl

    from pipelines.lib import parsed_store

    manifest = pl.read_parquet(root / "parsed" / "files.parquet").select("source", "years")
    return (parsed_store.read_parsed(root), pl.read_parquet(root / "parsed" / "sources.parquet"),
            pl.read_parquet(root / "parsed" / "unreadable.parquet"), manifest)


def test_a_first_run_written_by_the_workers_equals_one_written_from_the_cache(tmp_path, sample_inbox, monkeypatch):
    """On a first run the parse jobs write the year folders from the rows they just parsed, FILES_PER_RUN files
    a part; the rows, their order, the sources and the manifest are those of writing from the cache after."""
    monkeypatch.setattr(staging, "FILES_PER_RUN", 3)  # several parts per year, as at national scale
    (tmp_path / "sunk" / "parsed" / ".observations.sink1").mkdir(parents=True)  # left by a run that stopped
    sunk = staging.parse_and_write(sample_inbox, tmp_path / "sunk", None, 1)
    plain = staging.parse_inbox(sample_inbox, tmp_path / "plain" / "cache", None, 1)
    staging.write_parsed(tmp_path / "plain", plain, 1)
    assert sunk.sunk is not None and plain.sunk is None
    assert len(list((tmp_path / "sunk" / "parsed" / "observations").glob("year=2023/*.parquet"))) > 1
    ours, theirs = _parsed_stage(tmp_path / "sunk"), _parsed_stage(tmp_path / "plain")
    assert ours[0].height > 2000 and all(a.equals(b) for a, b in zip(ours, theirs))
    assert sorted(p.name for p in (tmp_path / "sunk" / "parsed").iterdir()) == \
        ["files.parquet", "observations", "sources.parquet", "unreadable.parquet"]  # no folder left behind, old or new


def test_a_copied_report_on_a_first_run_is_loaded_once(tmp_path, sample_inbox, monkeypatch):
    """Two files with the same content: the jobs wrote both before the copy was known, so their folders are
    dropped and the rows written from the cache, once."""
    import shutil

    monkeypatch.setattr(staging, "FILES_PER_RUN", 3)
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    table = sorted((inbox / "tables").glob("*.xlsx"))[0]
    shutil.copy(table, inbox / "tables" / f"zz_copy_of_{table.name}")
    with_copy = staging.parse_and_write(inbox, tmp_path / "with_copy", None, 1)
    alone = staging.parse_and_write(sample_inbox, tmp_path / "alone", None, 1)
    assert with_copy.sunk is None and alone.sunk is not None
    assert with_copy.unreadable["problem"].str.contains("cùng nội dung").sum() == 1
    assert _parsed_stage(tmp_path / "with_copy")[0].equals(_parsed_stage(tmp_path / "alone")[0])


def test_the_cache_keeps_what_the_inbox_needs_and_no_more(tmp_path, sample_inbox, monkeypatch):
    """After a parse stage the cache holds one entry per report of the inbox: an older parser version's folder, a
    cache file written before the store and the rows of a withdrawn report are gone, the others are kept (and
    answer the next run: nothing is parsed again)."""
    import shutil

    from pipelines.lib import cache_store, ingest

    inbox, root = tmp_path / "inbox", tmp_path / "staging"
    shutil.copytree(sample_inbox, inbox)
    first = staging.parse_and_write(inbox, root, None, 1)
    current = {p.parent for p in first.parts.values()}.pop()
    assert cache_store.names(current) == {p.name for p in first.parts.values()}
    assert not [p for p in current.iterdir() if p.suffix == ".arrow"]  # entries of the store, not files
    older = root / "cache" / "0123456789ab"  # as an earlier version of the parsers left it
    older.mkdir()
    (older / f"{'0' * 32}-auto.arrow").write_bytes(b"rows of an older parser")
    loose = current / f"{'1' * 32}-auto.arrow"  # a cache file of the layout before the store
    loose.write_bytes(b"rows of a withdrawn report, one file per entry")
    withdrawn = sorted(p for p in (inbox / "tables").rglob("*") if p.suffix in {".xlsx", ".csv"})[0]
    gone = first.parts[str(withdrawn.relative_to(inbox))]
    kept = {n: p for n, p in first.parts.items() if p != gone}
    before = cache_store.get_many(current, [p.name for p in kept.values()])
    withdrawn.unlink()

    parsed_again = []
    extract = ingest.extract_file
    monkeypatch.setattr(ingest, "extract_file", lambda path, **kw: parsed_again.append(path) or extract(path, **kw))
    second = staging.parse_and_write(inbox, root, None, 1)
    assert not older.exists() and not loose.exists()
    assert parsed_again == []  # every report answered from the cache
    assert second.parts == kept
    assert cache_store.names(current) == {p.name for p in kept.values()} and gone.name not in cache_store.names(current)
    assert cache_store.get_many(current, [p.name for p in kept.values()]) == before
    assert (root / "cache" / "checksums.parquet").exists()  # the cache's own bookkeeping stays


def test_a_later_run_parsing_many_files_alone_stores_them_a_few_at_a_time(tmp_path, sample_inbox, monkeypatch):
    """One process parsing every file of the inbox again (THIDUA_WORKERS=1, after the cache was lost) writes its
    cache entries STORE_EVERY files at a time: it never holds the rows of the whole inbox."""
    from pipelines.lib import cache_store

    root = tmp_path / "staging"
    first = staging.parse_and_write(sample_inbox, root, None, 1)
    current = {p.parent for p in first.parts.values()}.pop()
    cache_store.delete_except(current, set())  # every entry gone: the next run parses every file again
    writes = []
    put_many = cache_store.put_many
    monkeypatch.setattr(cache_store, "put_many", lambda folder, entries: writes.append(len(entries)) or put_many(folder, entries))
    monkeypatch.setattr(staging, "STORE_EVERY", 3)
    second = staging.parse_and_write(sample_inbox, root, None, 1)
    assert second.parts == first.parts
    assert sum(writes) == len(first.parts) > 6 and max(writes) <= 3
    assert cache_store.names(current) == {p.name for p in first.parts.values()}


def _imports_by_whole_parse(source: str) -> list[str]:
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "pipelines.lib":
            found.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pipelines.lib."):
            found.append(node.module.rsplit(".", 1)[1])
    return found


def test_import_statements_alone_name_the_modules_a_whole_parse_names():
    """`lib_imports` parses a module's import statements only; on every module of pipelines/lib, and on the
    forms a statement can take, it finds what parsing the whole module finds."""
    forms = (
        "from pipelines.lib import (a,\n    b)  # two lines\n"
        "def f():\n    from pipelines.lib.c import x\n"
        "from pipelines.lib import d, \\\n    e\n"
        "from pipelines.lib import g  # (a remark left open\n"
        "import pipelines.lib.h\n"
    )
    assert sorted(staging.lib_imports(forms)) == sorted(_imports_by_whole_parse(forms)) == ["a", "b", "c", "d", "e", "g"]
    for module in sorted((REPO / "pipelines" / "lib").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        assert sorted(staging.lib_imports(source)) == sorted(_imports_by_whole_parse(source)), module.name
