"""The inbox → staging layer: parse every file once, keep the rows by year in Parquet.

Layout under a staging directory (default `.thidua/staging`):
    parsed/observations/year=YYYY/ every row every parser yielded (rows in), by partition year (parsed_store)
    parsed/sources.parquet        one row per readable file (→ dim_source)
    parsed/unreadable.parquet     files no parser could read, with the reason
    observations/year=YYYY/       rows that passed the suite (loaded)
    quarantine/year=YYYY/         rows that failed, with expectation and reason
    cache/<fingerprint>/entries.sqlite  parsed rows per file content (an Arrow IPC file each, named <sha>.arrow;
                                  cache_store), reused across runs
    cache/checksums.parquet       each inbox file's SHA-256 by size, mtime and inode (file_checksums)
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipelines.lib import (cache_store, file_checksums, ingest, parse_cache, parsed_store,
                           validation_receipts, warm_validator)
from pipelines.lib.parsed_store import read_parsed_years, scan_parsed, with_year
from pipelines.lib.sharing import share_with_workers, spawned_pool
from pipelines.lib.reference_data import REPO_ROOT, reference_dir

SOURCE_SCHEMA = {
    "source_id": pl.String, "source": pl.String, "source_kind": pl.String, "vintage": pl.Date,
    "checksum_sha256": pl.String, "size_bytes": pl.Int64, "n_rows": pl.Int64,
}
UNREADABLE_SCHEMA = {"source": pl.String, "place": pl.String, "problem": pl.String}


@dataclass
class InboxParse:
    """What the parsers yielded: the rows stay in the per-file cache (`parts`: source → its cache entry)
    until `write_parsed` streams them into the year partitions; only counts and file lists are held in memory."""

    parts: dict[str, Path]
    rows_in: int
    sources: pl.DataFrame
    unreadable: pl.DataFrame
    sunk: tuple[Path, dict[str, list[int]]] | None = None  # year folders the workers wrote, source → years


def inbox_files(inbox: Path) -> list[Path]:
    """Report files of an inbox, sorted; READMEs, hidden files, Office lock files and covenant files excluded."""
    return inbox_listing(inbox)[0]


def inbox_listing(inbox: Path) -> tuple[list[Path], list[dict]]:
    """(the report files a parser reads, sorted; rows of parsed/unreadable.parquet for the files that look like
    reports no parser reads, `ingest.NOT_READ`: an .rtf, a zip, a scan), from one walk of the inbox."""
    read, not_read = _listing(inbox)
    return [p for p, _ in read], not_read


def _listing(inbox: Path) -> tuple[list[tuple[Path, str]], list[dict]]:
    """`inbox_listing`, each file read with its name relative to the inbox."""
    inbox = Path(inbox)
    read, not_read = [], []
    for parts in _walk(str(inbox)):
        name = parts[-1]
        if name.upper().startswith("README") or name.startswith("~$") or "covenants" in parts:
            continue  # "~$bao_cao.xlsx": the lock file Excel leaves beside a workbook someone has open; covenants
        suffix = os.path.splitext(name)[1].lower()
        if suffix in ingest.SUPPORTED:
            read.append((inbox.joinpath(*parts), "/".join(parts)))
        elif suffix in ingest.NOT_READ:
            not_read.append({"source": "/".join(parts), "place": "", "problem": ingest.NOT_READ[suffix]})
    return read, not_read


def _walk(root: str) -> list[tuple[str, ...]]:
    """The files under `root` but hidden ones and those in hidden folders, as sorted tuples of path parts (the
    order of sorted Paths). os.scandir, not Path.rglob: a third of the time on a national inbox. Like rglob, it
    does not enter a symbolic link to a folder, and follows one to a file."""
    found, todo = [], [()]
    while todo:
        parts = todo.pop()
        try:
            with os.scandir(os.path.join(root, *parts)) as entries:
                for e in entries:
                    if e.name.startswith("."):
                        continue
                    if e.is_dir(follow_symlinks=False):
                        todo.append((*parts, e.name))
                    elif e.is_file():
                        found.append((*parts, e.name))
        except (FileNotFoundError, NotADirectoryError, PermissionError):  # as rglob: no such folder, no files
            continue
    return sorted(found)


def covenant_files(inbox: Path) -> list[Path]:
    return [p for p in sorted(Path(inbox).rglob("*")) if p.is_file() and ingest.is_covenant(p.relative_to(inbox))
            and p.suffix.lower() in {".xlsx", ".csv"} and not p.name.upper().startswith("README")]


# A `from pipelines.lib… import …` statement at the start of a line (at any indentation: imports inside a function
# count), with its parenthesised or backslash-continued names.
_LIB_IMPORT = re.compile(r"^[ \t]*(from[ \t]+pipelines\.lib\b[^\n(\\]*(?:\([^)]*\)|(?:[^\n\\]|\\\n)*))", re.MULTILINE)


def parser_modules() -> list[Path]:
    """The source files of `ingest` and of every pipelines.lib module it imports, directly or not (read from
    their import statements): the code that decides what a file parses into. Only the import statements are
    parsed, not the whole modules (a tenth of the time); one quoted in a docstring adds a module, never drops one."""
    lib = REPO_ROOT / "pipelines" / "lib"
    seen: set[str] = set()
    todo = ["ingest"]
    while todo:
        name = todo.pop()
        if name in seen or not (lib / f"{name}.py").exists():
            continue
        seen.add(name)
        todo.extend(lib_imports((lib / f"{name}.py").read_text(encoding="utf-8")))
    return sorted(lib / f"{name}.py" for name in seen)


def lib_imports(source: str) -> list[str]:
    """The pipelines.lib modules a module's source imports (`from pipelines.lib import x`, `from pipelines.lib.x
    import y`), read from its import statements alone, or from the whole module when a statement was cut wrong."""
    try:
        tree = ast.parse("\n".join(_LIB_IMPORT.findall(source)))
    except SyntaxError:  # e.g. an unclosed "(" in a comment after the names: read the whole module
        tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "pipelines.lib":
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pipelines.lib."):
            found.append(node.module.rsplit(".", 1)[1])
    return found


def remembered_parser_modules(cache_root: Path) -> list[Path]:
    """`parser_modules()`, remembered in cache_root/parser_modules.json with the size and modification time of
    each module and of their folder (a module added or removed): parsing them again is done only when one
    of them changed. A module changed within file_checksums.RACY_SECONDS is not remembered."""
    memo = Path(cache_root) / "parser_modules.json"
    try:
        known = json.loads(memo.read_text())
        if known and all(_stamp(f) == stamp for f, stamp in known.items()):
            return sorted(Path(f) for f in known if f.endswith(".py"))
    except (OSError, ValueError):  # no memo yet, or an unreadable one: walk the imports
        pass
    modules = parser_modules()
    stamps = {str(f): _stamp(str(f)) for f in [REPO_ROOT / "pipelines" / "lib", *modules]}
    if all(time.time() - mtime_ns / 1e9 > file_checksums.RACY_SECONDS for _, mtime_ns in stamps.values()):
        memo.parent.mkdir(parents=True, exist_ok=True)
        tmp = memo.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(stamps))
        os.replace(tmp, memo)
    return modules


def _stamp(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def code_fingerprint(cache_root: Path | None = None) -> str:
    """Changes whenever parsing code or reference data changes, so the cache never serves stale rows (and
    only then: a change to validation or the warehouse keeps the cache). With `cache_root`, the parser
    modules are found from its memo (`remembered_parser_modules`)."""
    h = hashlib.sha256()
    modules = remembered_parser_modules(cache_root) if cache_root is not None else parser_modules()
    for p in modules + sorted(reference_dir().rglob("*.csv")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _file_info(args: tuple[str, str, str | None, str, str | None]) -> dict:
    """{source, checksum_sha256, size_bytes} of a job's file; it is read and hashed only when its checksum is
    not already known (`file_checksums`)."""
    path, name, _, _, checksum = args
    if checksum is None:
        with open(path, "rb") as f:
            data = f.read()
        checksum, size = file_checksums.sha256_of(data), len(data)
    else:
        size = os.path.getsize(path)
    return {"source": name, "checksum_sha256": checksum, "size_bytes": size}


def _cache_name(checksum: str, published: str | None) -> str:
    # Arrow IPC, not Parquet: a small file costs a third of the time to write, and it is read once
    return f"{checksum[:32]}-{published or 'auto'}.arrow"


def _cache_entry(args: tuple[str, str, str | None, str, str | None]) -> tuple[Path, dict]:
    """(the cache entry for this content and publication date, `_file_info`)."""
    info = _file_info(args)
    return Path(args[3]) / _cache_name(info["checksum_sha256"], args[2]), info


def _parse_file(args: tuple[str, str, str | None, str, str | None],
                cached_names: set[str]) -> tuple[str, str | None, dict, pl.DataFrame | None]:
    """Parse one file, unless its content is among `cached_names` (the entries of its cache folder); return its
    cache entry (None when it could not be read), its counts, and its rows when they were parsed now (None when
    the cache holds them). The entry is written by the caller (`_store_parsed`), with the others of its job."""
    path, name, published = args[:3]
    pub = dt.date.fromisoformat(published) if published else None
    cached, info = _cache_entry(args)
    checksum = info["checksum_sha256"]
    if cached.name in cached_names:
        return name, str(cached), info, None
    try:  # the checksum is passed on: the file is not read and hashed again
        result = ingest.extract_file(path, published=pub, name=name, checksum_sha256=checksum)
    except ingest.InputError as e:
        return name, None, {**info, "place": e.place, "problem": e.problem}, None
    except Exception as e:  # a parser bug must not stop the other files; the file is reported unreadable
        return name, None, {**info, "place": "", "problem": f"{type(e).__name__}: {e}"}, None
    return name, str(cached), info, result.observations  # rows, kind and vintage per file are counted in write_parsed


def _store_parsed(parsed: list[tuple]) -> None:
    """The cache entries of the files a job has just parsed (`_parse_file`'s results with rows), in one write."""
    parsed_store.write_cached([(cached, frame) for _, cached, _, frame in parsed if frame is not None])


# Files a later run's parse holds the rows of before writing their cache entries, at most: one write per this many
# files, and memory bounded when one process parses a whole inbox (THIDUA_WORKERS=1 after a parser upgrade).
STORE_EVERY = 64


def _parse_some(jobs: list[tuple]) -> list[tuple]:
    """Parse files the parent found no cache entry for, and store their entries; (name, cache entry, counts) each,
    never the rows: workers hand back names, so the parent's memory does not grow with the inbox."""
    done = []
    for k in range(0, len(jobs), STORE_EVERY):
        parsed = [_parse_file(job, set()) for job in jobs[k:k + STORE_EVERY]]
        _store_parsed(parsed)
        done += [p[:3] for p in parsed]
    return done


def _parse_run(args: tuple[int, list[tuple], str]) -> tuple[list[tuple], dict[str, list[int]]]:
    """A first run's job: parse a run of consecutive files (or read them from the cache) and write their rows
    into the year folders under the sink as part `number` (parsed_store.sink_rows), from the frames just
    built: the rows are not read back from the cache afterwards. Returns each file's (name, cache file, info)
    and source → the years its rows fall in."""
    number, jobs, sink = args
    known = cache_store.names(jobs[0][3]) if jobs else set()
    parsed = [_parse_file(job, known) for job in jobs]
    _store_parsed(parsed)
    rows = [(name, frame if frame is not None else Path(cached)) for name, cached, _, frame in parsed if cached is not None]
    return [p[:3] for p in parsed], parsed_store.sink_rows(rows, Path(sink), number)


# Files per job of a first run at most, and so per part file of each year: small enough that the two
# workers finish close together, large enough that a year is not scattered over thousands of small files.
# A smaller inbox is cut into at least four jobs per worker.
FILES_PER_RUN = 250


def parse_inbox(inbox: Path, cache_root: Path, published: dt.date | None = None, workers: int = 1,
                sink: Path | None = None) -> InboxParse:
    """Every report file of `inbox` parsed (or answered from the cache), by `workers` spawned processes when
    there are enough files to parse (on a later run, by this process and `workers - 1` helpers when there are
    more than PARSE_ALONE_MAX). With a `sink` (a first run, parsed_store.first_run_sink) the workers
    also write the rows into year folders there, FILES_PER_RUN files per job (`InboxParse.sunk`)."""
    checksums = file_checksums.Checksums(cache_root)  # hashes of the last run, for files left unchanged
    listed, not_read = _listing(inbox)
    files = [str(p) for p, _ in listed]
    remembered = [checksums.known(f) for f in files]
    cache_dir = Path(cache_root) / code_fingerprint(cache_root)
    cache_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(f, name, published.isoformat() if published else None, str(cache_dir), sha)
            for f, (_, name), sha in zip(files, listed, remembered)]
    if sink is not None:
        size = max(1, min(FILES_PER_RUN, -(-len(jobs) // (4 * workers))))  # at least four jobs per worker
        runs = [(k // size, jobs[k:k + size], str(sink)) for k in range(0, len(jobs), size)]
        if _worth_workers(workers, len(jobs)):
            with spawned_pool(workers) as pool:
                ran = list(pool.map(_parse_run, runs))
        else:
            ran = [_parse_run(run) for run in runs]
        return _collect(files, remembered, checksums, [r for results, _ in ran for r in results],
                        (sink, {name: ys for _, found in ran for name, ys in found.items()}), not_read)
    # a later run: files the last run did not see are likely new, so helpers to parse them are started now,
    # and import the parsers while this process hashes the inbox (left to finish alone if not needed)
    helpers = spawned_pool(workers - 1) if _worth_helpers(workers, remembered.count(None)) else None
    try:
        for _ in range(workers - 1 if helpers else 0):
            helpers.submit(_warm_up, [p.stem for p in remembered_parser_modules(cache_root)])
        in_cache = cache_store.names(cache_dir)  # one query, not a lookup per file
        done: dict[int, tuple] = {}
        for i, job in enumerate(jobs if in_cache else []):  # answer cached files here, parse only the others
            info = _file_info(job)
            cached = _cache_name(info["checksum_sha256"], job[2])
            if cached in in_cache:
                done[i] = (info["source"], os.path.join(job[3], cached), info)
            else:  # hashed here already: the parse does not read and hash it again
                jobs[i] = (*job[:4], info["checksum_sha256"])
        todo = [j for i, j in enumerate(jobs) if i not in done]
        if _worth_helpers(workers, len(todo)):  # this process parses too, taking chunks from the back
            size = max(1, min(64, len(todo) // (workers * 8)))
            chunks = share_with_workers(_parse_some, [todo[k:k + size] for k in range(0, len(todo), size)],
                                        workers - 1, helpers)
            parsed_now = iter([r for chunk in chunks for r in chunk])
        else:
            parsed_now = iter(_parse_some(todo))
    finally:
        if helpers:
            helpers.shutdown(wait=False)
    results = [done[i] if i in done else next(parsed_now) for i in range(len(jobs))]
    return _collect(files, remembered, checksums, results, None, not_read)


def _warm_up(modules: list[str]) -> None:
    """A helper's first job: import what parsing a file needs while the parent hashes the inbox."""
    import importlib

    import pyarrow  # noqa: F401  (observation.ipc_bytes imports it on first use)

    for name in modules:
        importlib.import_module(f"pipelines.lib.{name}")


def _worth_workers(workers: int, files: int) -> bool:
    """Whether to start parse workers: below 33 files, starting them costs more than it saves."""
    return workers > 1 and files > 32


# Files to parse on a later run above which helpers parse with this process. A helper imports polars and the
# parsers (about 0.5 s) before its first file, while this process parses about 3 ms a file; in `thidua refresh`
# the warm process imports GX on the other core meanwhile. Parse stage alone, tier M: 100 new files take 0.7 s
# alone and 0.8 s shared, 252 take 1.4 s alone and 1.25 s shared; but in a refresh, 252 new files took the
# parse step 1.90-2.06 s alone and 2.17-2.31 s shared (`benchmarks/run.py --tier M --only-incremental`, and
# `--repo` on a worktree with the limit at 400, alternated three times).
PARSE_ALONE_MAX = 400


def _worth_helpers(workers: int, files: int) -> bool:
    return workers > 1 and files > PARSE_ALONE_MAX


def _collect(files: list[str], remembered: list[str | None], checksums: file_checksums.Checksums,
             results: list[tuple], sunk: tuple[Path, dict] | None, not_read: list[dict]) -> InboxParse:
    """The InboxParse of every file's (name, cache file, info), in inbox order; new checksums remembered.
    A file with the same content as an earlier one is read once: if the workers already wrote its rows
    into the sink, the sink is dropped and the rows are written from the cache instead."""
    for f, sha, (_, _, info) in zip(files, remembered, results):
        if sha is None:
            checksums.remember(f, info["checksum_sha256"])
    checksums.save()
    parts: dict[str, Path] = {}
    sources, unreadable = [], list(not_read)  # files of a type no parser reads come first, with what to send
    seen: dict[str, str] = {}
    for name, cached, info in results:
        first = seen.setdefault(info["checksum_sha256"], name)
        if first != name:
            unreadable.append({"source": name, "place": "",
                               "problem": f"cùng nội dung với {first}: chỉ đọc một lần (same content as {first})"})
            continue
        if cached is None:
            unreadable.append({"source": name, "place": info["place"], "problem": info["problem"]})
            continue
        parts[name] = Path(cached)
        sources.append({"source_id": ingest.source_id_of(info["checksum_sha256"]), "source": name,
                        "source_kind": os.path.splitext(name)[1].lstrip("."), "vintage": None,
                        "checksum_sha256": info["checksum_sha256"], "size_bytes": info["size_bytes"], "n_rows": 0})
    if sunk is not None and len(parts) < sum(1 for _, cached, _ in results if cached is not None):
        shutil.rmtree(sunk[0], ignore_errors=True)  # a copy's rows were written too: write from the cache
        sunk = None
    # kind, vintage and rows per file are filled in by write_parsed, in one query over every file
    return InboxParse(
        parts,
        0,
        pl.DataFrame(sources, schema=SOURCE_SCHEMA),
        pl.DataFrame(unreadable, schema=UNREADABLE_SCHEMA),
        sunk,
    )


def parse_and_write(inbox: Path, staging: Path, published: dt.date | None = None, workers: int = 1) -> InboxParse:
    """`parse_inbox` then `write_parsed`: the whole parse stage, which a caller can hand to a child process."""
    parsed = parse_inbox(inbox, Path(staging) / "cache", published, workers, parsed_store.first_run_sink(staging))
    write_parsed(staging, parsed, workers)
    parse_cache.prune(Path(staging) / "cache", list(parsed.parts.values()))  # older parsers' rows, removed reports
    return parsed


def parse_in_child(inbox: Path, staging: Path, published: dt.date | None, workers: int, meanwhile) -> InboxParse:
    """`parse_and_write` in a spawned process while this one calls `meanwhile()` (importing GX, which the
    staging needs next): the two use both cores, where a thread here would share one interpreter lock with
    the parse. The child starts the parse workers itself when there are files to parse."""
    with spawned_pool(1) as pool:
        future = pool.submit(parse_and_write, Path(inbox), Path(staging), published, workers)
        meanwhile()
        return future.result()


def write_parsed(staging: Path, parsed: InboxParse, workers: int = 1) -> None:
    """The parsed rows by partition year (`parsed_store.write_rows`: only the years whose files changed are
    rewritten), then parsed/sources.parquet with each file's rows, kind and vintage, and unreadable.parquet."""
    out = Path(staging) / "parsed"
    parsed_store.write_rows(staging, parsed.parts, workers, parsed.sunk)
    per_source = (scan_parsed(staging).group_by("source")
                  .agg(pl.len().cast(pl.Int64).alias("n"), pl.col("source_kind").first().alias("kind"),
                       pl.col("vintage").max().alias("last_vintage"))
                  .collect())
    parsed.sources = (
        parsed.sources.join(per_source, on="source", how="left", maintain_order="left")
        .with_columns(pl.col("n").fill_null(0).alias("n_rows"), pl.coalesce("kind", "source_kind").alias("source_kind"),
                      pl.col("last_vintage").alias("vintage"))
        .select(list(SOURCE_SCHEMA))
    )
    parsed.rows_in = int(parsed.sources["n_rows"].sum()) if parsed.sources.height else 0
    parsed.sources.write_parquet(out / "sources.parquet")
    parsed.unreadable.write_parquet(out / "unreadable.parquet")


def staged_files(staging: Path, kind: str) -> list[Path]:
    """The Parquet files of one staged kind ("observations" or "quarantine"), every year."""
    return sorted((Path(staging) / kind).glob("year=*/*.parquet"))


# Parsed rows are validated and staged in this order: the fact table is built from the staged years one after the
# other, so its row groups then hold few provinces each, and a dashboard's query for one province's series skips
# the others by their min/max (DuckDB's zonemaps) instead of reading every row (`benchmarks/run.py`, serving: 58 ms
# for an L series against 77–98 before). They are sorted as they are read, before GX runs: the sorted copy is gone
# by the time validation needs its memory (sorting the validated rows instead took the L peak over 2 GiB).
# Validation keeps the order, a large year's chunks included (`validate.split`).
SERVING_ORDER = ["province_code", "indicator", "period"]


def write_partition(staging: Path, year: int, loaded: pl.DataFrame, quarantined: pl.DataFrame) -> None:
    """Replace one year's loaded and quarantined rows (a re-run of a year overwrites it) and the receipt of
    their validation."""
    for kind, frame in (("observations", loaded), ("quarantine", quarantined)):
        d = Path(staging) / kind / f"year={year}"
        d.mkdir(parents=True, exist_ok=True)
        tmp = d / f".part.parquet.tmp{os.getpid()}"
        frame.write_parquet(tmp)
        os.replace(tmp, d / "part.parquet")
    validation_receipts.write(Path(staging) / "observations" / f"year={year}", loaded.height, quarantined.height)


def clear_partitions_except(staging: Path, years: set[int]) -> None:
    """Drop staged years no longer in the inbox, so the warehouse mirrors the inbox."""
    for kind in ("observations", "quarantine"):
        for d in (Path(staging) / kind).glob("year=*"):
            if int(d.name.split("=")[1]) not in years:
                for f in d.iterdir():
                    f.unlink()
                d.rmdir()


def stage_batch(args: tuple[str, list[int], int]) -> list[dict]:
    """Validate some years' parsed rows (GX given at most about `chunk_rows` rows at a time) and write each
    year's loaded and quarantined partitions; return the counts per year. Every rule that compares rows stays
    within one source and period, so years do not interact. Runs in a worker process when batches are staged
    in parallel (GX is imported there, once per worker)."""
    staging, years, chunk_rows = Path(args[0]), list(args[1]), int(args[2])
    out = _write_batch(staging, years, *_validate_batch(_read_batch(staging, years), chunk_rows))
    release_memory()
    return out


def stage_batches(args: tuple[str, list[list[int]], int]) -> list[list[dict]]:
    """`stage_batch` of consecutive batches in one process, with the next batch read and sorted, and the last
    one's partitions written, on a thread while GX validates the current one: polars leaves the interpreter lock
    while it reads, sorts and writes, and pandas and GX hold it, so the process keeps both cores busy where it
    stages alone. Holds up to three batches at a time (being written, validated, read), so it is for inputs
    staged by one process (tier M), not for those shared under the memory target (`stage_years`)."""
    from concurrent.futures import ThreadPoolExecutor

    staging, batches, chunk_rows = Path(args[0]), [list(b) for b in args[1]], int(args[2])
    if not batches:
        return []
    done: list[list[dict]] = []
    writing = None  # the write of the batch before
    with ThreadPoolExecutor(max_workers=1) as thread:  # one thread: the reads and writes keep their order
        reading = thread.submit(_read_batch, staging, batches[0])
        for k, years in enumerate(batches):
            parsed = reading.result()
            if k + 1 < len(batches):
                reading = thread.submit(_read_batch, staging, batches[k + 1])
            validated = _validate_batch(parsed, chunk_rows)
            del parsed
            if writing is not None:  # written by now: its rows are freed
                done.append(writing.result())
                release_memory()
            writing = thread.submit(_write_batch, staging, years, *validated)
            del validated
        done.append(writing.result())
    release_memory()
    return done


def _read_batch(staging: Path, years: list[int]) -> pl.DataFrame:
    return read_parsed_years(staging, years).sort(SERVING_ORDER, nulls_last=True, maintain_order=True)


def _validate_batch(parsed: pl.DataFrame, chunk_rows: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    from pipelines.lib import validate

    loaded, quarantined = validate.split(parsed, chunk_rows)
    return with_year(loaded), with_year(quarantined)


def _write_batch(staging: Path, years: list[int], loaded: pl.DataFrame, quarantined: pl.DataFrame) -> list[dict]:
    """Each year's loaded and quarantined partitions of a validated batch (with their `year`); the counts per year."""
    out = []
    for y in years:
        lo = loaded.filter(pl.col("year") == y).drop("year")
        qu = quarantined.filter(pl.col("year") == y).drop("year")
        write_partition(staging, y, lo, qu)
        reasons = qu.group_by("reason", maintain_order=True).len().rows() if qu.height else []
        out.append({"year": y, "rows_in": lo.height + qu.height, "rows_loaded": lo.height,
                    "rows_quarantined": qu.height, "reasons": reasons})
    return out


def release_memory() -> None:
    """Hand freed memory back to the system between batches (glibc keeps it otherwise): a worker's
    resident size then follows its current batch, not its largest one."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def mark_staged(staging: Path, years: list[int]) -> None:
    """Remember which years the last run staged: the blocking check spot-checks those (every year's
    validation receipt is checked on every run)."""
    (Path(staging) / "staged_years.json").write_text(json.dumps(sorted(years)))


def staged_last_run(staging: Path) -> list[int]:
    marker = Path(staging) / "staged_years.json"
    return json.loads(marker.read_text()) if marker.exists() else []


def year_fingerprints(staging: Path) -> dict[int, str]:
    """Per parsed year: its row count and a hash of the rows' sources and places. A year whose fingerprint
    differs from the one recorded when it was staged has new or changed rows (a report for 2024 also
    carries 2023's actuals), so it is staged again even if the run was asked for other years."""
    fp = (scan_parsed(staging).group_by("year")
          .agg(pl.len().alias("n"), pl.concat_str("source_id", "locator", "period").hash(7).sum().alias("h"))
          .collect())
    return {y: f"{n}:{h}" for y, n, h in fp.iter_rows() if y is not None}


def record_staged(staging: Path, fingerprints: dict[int, str], years: list[int]) -> None:
    manifest = Path(staging) / "staged_fingerprints.json"
    known = {int(k): v for k, v in json.loads(manifest.read_text()).items()} if manifest.exists() else {}
    known.update({y: fingerprints.get(y, "0:0") for y in years})
    manifest.write_text(json.dumps({str(k): v for k, v in sorted(known.items())}))


def stale_years(staging: Path, fingerprints: dict[int, str]) -> list[int]:
    """Parsed years whose rows differ from what was staged (or that were never staged)."""
    manifest = Path(staging) / "staged_fingerprints.json"
    known = {int(k): v for k, v in json.loads(manifest.read_text()).items()} if manifest.exists() else {}
    return sorted(y for y, f in fingerprints.items() if known.get(y) != f)


def years_to_stage(staging: Path, requested: list[int], fingerprints: dict[int, str]) -> tuple[list[int], dict]:
    """The years a run stages: those requested, plus those whose parsed rows changed (a report for 2024 also
    carries 2023's actuals) and those validated by another version of the suite or catalogue.
    Returns (sorted years, {why: the extra years})."""
    stale = [y for y in stale_years(staging, fingerprints) if y not in requested]
    other_suite = [y for y in validation_receipts.other_suite_years(staging) if y not in requested + stale]
    also = {"whose parsed rows changed": stale, "validated by another version of the suite": other_suite}
    return sorted(set(requested) | set(stale) | set(other_suite)), {why: ys for why, ys in also.items() if ys}


def stage_years(staging: Path, years: list[int], workers: int) -> list[dict]:
    """Stage `years` in batches of whole years (memory follows one batch). A large input is shared, in
    batches of about BATCH_ROWS rows, between this process (GX already warm) and `workers - 1` spawned
    ones; a smaller one stays here, in batches of ALONE_BATCH_ROWS, done before a worker would have
    imported GX."""
    if not years:
        return []
    counts = dict(scan_parsed(staging, years).group_by("year").len().collect().iter_rows())
    shared = workers >= 2 and sum(counts.values()) >= PARALLEL_MIN_ROWS
    size = BATCH_ROWS if shared else ALONE_BATCH_ROWS
    batches = [(str(staging), b, size) for b in year_batches([(y, counts.get(y, 0)) for y in sorted(years)], size)]
    if shared and len(batches) > 1:  # with the refresh's warm process when there is one (warm_validator)
        done = share_with_workers(stage_batch, batches, workers - 1, warm_validator.pool())
    else:  # here, or in the warm process when GX is not imported here
        done = warm_validator.call(stage_batches, (str(staging), [b for _, b, _ in batches], size))
    return [r for batch in done for r in batch]


# Below this many rows this process (GX already imported) validates faster alone than with a worker that
# first imports GX (about 3 s): at about 2.5 µs per row, 1.7 million rows take 4.2 s here, 7 s shared.
PARALLEL_MIN_ROWS = 3_000_000
# Rows per batch of years, and per chunk given to GX, when this process and a worker share the batches:
# small enough that the two stay under 2 GiB together. A year larger than this is one batch, validated in
# chunks (tier L years hold about 400 000 rows; peak 1 843 MiB at 200 000 rows a chunk, a1278b5; 2 036 MiB
# at 500 000, ecdcc6f). GX's fixed cost (it plans every rule anew, about 0.15 s) is paid once a batch: the
# distinct values of every chunk go to GX in one call (`validate.run_suite_parts`).
BATCH_ROWS = 200_000
# Alone, this process may hold the rows two processes would share: fewer, larger calls to GX (tier M
# validates in 5 batches, not 9).
ALONE_BATCH_ROWS = 400_000


def year_batches(year_rows: list[tuple[int, int]], batch_rows: int) -> list[list[int]]:
    """Consecutive years grouped into batches of at most `batch_rows` rows (a larger year is a batch alone)."""
    batches: list[list[int]] = []
    size = 0
    for year, n in year_rows:
        if not batches or size + n > batch_rows:
            batches.append([])
            size = 0
        batches[-1].append(year)
        size += n
    return batches
