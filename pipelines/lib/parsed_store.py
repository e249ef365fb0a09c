"""The parsed rows of an inbox, kept by partition year.

    <staging>/parsed/observations/year=YYYY/part-NNNNN.parquet every row every parser yielded (rows in)
    <staging>/parsed/files.parquet                          per source: its cache file (relative to <staging>,
                                                            so a staging folder moved or restored elsewhere
                                                            is still recognised) and the years it holds

On a first run the parse workers write the year folders themselves, a run of
consecutive files at a time, from the rows they just parsed (`first_run_sink`,
`sink_rows`); otherwise `write_rows` streams the per-file cache (Arrow IPC) into
them, FILES_PER_PART files at a time. Either way the rows are in inbox order (file
by file, row by row) and memory stays bounded. A later run rewrites only the years
whose sources changed (a new file, a changed one, one removed): adding a year's
reports rewrites that year and the years those reports revise, not the whole history.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polars as pl

from pipelines.lib import cache_store, observation
from pipelines.lib.sharing import share_with_workers

FILES_PER_PART = 500  # cached files written into the year partitions at once (by one process)
# A helper takes about as long to start as a part takes to write, and is handed two parts at once: below
# this many parts (a later run rewriting a year or two) this process alone finishes first.
MIN_SHARED_PARTS = 4
MANIFEST_SCHEMA = {"source": pl.String, "cache_file": pl.String, "years": pl.List(pl.Int32)}


def parsed_dir(staging: Path) -> Path:
    return Path(staging) / "parsed" / "observations"


def _manifest_path(staging: Path) -> Path:
    return Path(staging) / "parsed" / "files.parquet"


def with_year(obs: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame | pl.LazyFrame:
    """The partition year of each row: the period's year, else the vintage's."""
    return obs.with_columns(
        pl.coalesce(pl.col("period").str.slice(0, 4).cast(pl.Int32, strict=False), pl.col("vintage").dt.year())
        .alias("year")
    )


def write_cached(entries: list[tuple[str | Path, pl.DataFrame]]) -> None:
    """Files' parsed rows as cache entries (cache entry, rows): LZ4-compressed Arrow IPC (`observation.ipc_bytes`) in
    their folder's store, one transaction per folder. What `read_cached` reads back."""
    by_folder: dict[str, list[tuple[str, bytes]]] = {}
    for f, frame in entries:
        folder, entry = os.path.split(str(f))
        by_folder.setdefault(folder, []).append((entry, observation.ipc_bytes(frame)))
    for folder, rows in by_folder.items():
        cache_store.put_many(folder, rows)


def read_cached(items: list[tuple[str, Path]]) -> pl.DataFrame:
    """The rows of some cache entries (source name, cache entry) in that order, each row's `source` set to its file's
    name. The entries are read from their folder's store (`cache_store`), one query per folder, and joined once."""
    import pyarrow as pa  # imported on first use, like observation.ipc_bytes

    if not items:
        return observation.empty()
    by_folder: dict[str, list[str]] = {}
    for _, f in items:
        folder, entry = os.path.split(str(f))
        by_folder.setdefault(folder, []).append(entry)
    stored = {(folder, entry): data for folder, entries in by_folder.items()
              for entry, data in cache_store.get_many(folder, entries).items()}

    def table(f: Path) -> pa.Table:
        if (data := stored.get(os.path.split(str(f)))) is None:
            raise FileNotFoundError(f"{f}: no such entry in the parse cache (a staging folder changed by hand?)")
        return pa.ipc.open_file(pa.py_buffer(data)).read_all()

    tables = [table(f) for _, f in items]
    names = pl.Series("source", [name for name, _ in items], dtype=pl.String)
    rows = pl.Series("rows", [t.num_rows for t in tables], dtype=pl.Int64)
    frame = pl.from_arrow(pa.concat_tables(tables)).rechunk()
    return frame.with_columns(names.gather(pl.int_range(names.len(), eager=True).repeat_by(rows).explode())
                              .alias("source")).select(list(observation.SCHEMA))


def _years_by_source(rows: pl.DataFrame) -> dict[str, list[int]]:
    found = rows.select("source", "year").unique().drop_nulls()
    years: dict[str, list[int]] = {}
    for name, year in found.iter_rows():
        years.setdefault(name, []).append(int(year))
    return {name: sorted(ys) for name, ys in years.items()}


def _years_of(items: list[tuple[str, Path]]) -> dict[str, list[int]]:
    """source → the partition years its cached rows fall in."""
    years: dict[str, list[int]] = {name: [] for name, _ in items}
    for k in range(0, len(items), FILES_PER_PART):
        years.update(_years_by_source(with_year(read_cached(items[k:k + FILES_PER_PART]))))
    return years


def _read_manifest(staging: Path) -> dict[str, tuple[str, list[int]]]:
    """source → (its cache file, relative to `staging` where it lies inside; the years its rows fall in)."""
    path = _manifest_path(staging)
    if not path.exists() or not parsed_dir(staging).exists():
        return {}
    return {s: (f, list(ys)) for s, f, ys in pl.read_parquet(path).iter_rows()}


def _as_recorded(staging: Path, cache_file: Path | str) -> str:
    """How the manifest names a cache file: relative to the staging folder when it lies inside (the usual
    case, staging/cache/…), else absolute."""
    text, base = str(cache_file), os.path.join(str(staging), "")
    if text.startswith(base) and os.sep == "/":  # the usual case, without building two Paths per file (thousands)
        return text[len(base):]
    try:
        return Path(cache_file).relative_to(staging).as_posix()
    except ValueError:
        return str(cache_file)


def first_run_sink(staging: Path) -> Path | None:
    """An empty folder for the parse workers to write the year partitions into, when this is a first run
    (no manifest to compare with); None on a later run."""
    if _read_manifest(staging):
        return None
    for left in (Path(staging) / "parsed").glob(".observations.sink*"):  # of a run that stopped midway
        shutil.rmtree(left, ignore_errors=True)
    sink = Path(staging) / "parsed" / f".observations.sink{os.getpid()}"
    sink.mkdir(parents=True)
    return sink


def write_rows(staging: Path, parts: dict[str, Path], workers: int = 1,
               sunk: tuple[Path, dict[str, list[int]]] | None = None) -> list[int] | None:
    """Bring the year folders in line with `parts` (source → cache file, in inbox order). Returns the years
    rewritten, or None when every year was (first run, or no manifest to compare with). `sunk` is the
    folder the parse workers already wrote every year into (`first_run_sink`) and the years of each source."""
    previous = _read_manifest(staging)
    out = Path(staging) / "parsed"
    out.mkdir(parents=True, exist_ok=True)
    _manifest_path(staging).unlink(missing_ok=True)  # until the year folders agree with `parts` again
    tmp = out / f".observations.tmp{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    if sunk is not None and not previous:
        sunk[0].rename(tmp)
    else:
        tmp.mkdir()
    recorded = {name: _as_recorded(staging, f) for name, f in parts.items()}
    if previous:
        changed = [(name, f) for name, f in parts.items() if previous.get(name, ("",))[0] != recorded[name]]
        new_years = _years_of(changed)
        current = {name: (recorded[name], new_years[name] if name in new_years else previous[name][1])
                   for name in parts}
        moved = {name for name in set(previous) | set(current) if previous.get(name) != current.get(name)}
        affected = {y for name in moved for entry in (previous.get(name), current.get(name)) if entry for y in entry[1]}
        items = [(name, parts[name]) for name, (f, ys) in current.items() if affected & set(ys)]
        _sink_in_parts(items, tmp, sorted(affected), workers)
        for year in sorted(affected):
            shutil.rmtree(parsed_dir(staging) / f"year={year}", ignore_errors=True)
            if (tmp / f"year={year}").exists():
                (tmp / f"year={year}").rename(parsed_dir(staging) / f"year={year}")
        shutil.rmtree(tmp)
        rewritten: list[int] | None = sorted(affected)
    else:
        found = sunk[1] if sunk is not None else _sink_in_parts(list(parts.items()), tmp, None, workers)
        current = {name: (recorded[name], found.get(name, [])) for name in parts}
        old = out / f".observations.old{os.getpid()}"
        if parsed_dir(staging).exists():
            parsed_dir(staging).rename(old)
        tmp.rename(parsed_dir(staging))
        shutil.rmtree(old, ignore_errors=True)
        (out / "observations.parquet").unlink(missing_ok=True)  # the single-file layout of earlier versions
        rewritten = None
    pl.DataFrame([(n, f, ys) for n, (f, ys) in current.items()], schema=MANIFEST_SCHEMA, orient="row") \
        .write_parquet(_manifest_path(staging))
    return rewritten


def _sink_in_parts(items: list[tuple[str, Path]], out: Path, years: list[int] | None,
                   workers: int = 1) -> dict[str, list[int]]:
    """`_sink_by_year` over FILES_PER_PART files at a time (bounded memory), parts shared with `workers - 1`
    spawned processes when there are more than MIN_SHARED_PARTS; source → years written. Part numbers keep
    inbox order."""
    jobs = [(items[k:k + FILES_PER_PART], out, k // FILES_PER_PART, years) for k in range(0, len(items), FILES_PER_PART)]
    if workers > 1 and len(items) > MIN_SHARED_PARTS * FILES_PER_PART:
        done = share_with_workers(_sink_job, jobs, workers - 1)
    else:
        done = [_sink_job(job) for job in jobs]
    return {name: ys for found in done for name, ys in found.items()}


def _sink_job(job: tuple) -> dict[str, list[int]]:
    return _sink_by_year(*job)


def _sink_by_year(items: list[tuple[str, Path]], out: Path, part: int, years: list[int] | None) -> dict[str, list[int]]:
    """Rows of some cached files (source name, cache file) appended to out/year=YYYY/part-NNNNN.parquet
    (only the rows of `years` when given), in file order; source → the years its rows fall in."""
    return _write_by_year(read_cached(items), out, part, years)


def sink_rows(items: list[tuple[str, pl.DataFrame | Path]], out: Path, part: int) -> dict[str, list[int]]:
    """`_sink_by_year` of files whose rows a parse worker holds (a frame, built by `ingest.extract_file` with
    `source` already the file's name) or finds in the cache (a path: the rows may be a copy's, so `read_cached`
    names them)."""
    frames = [read_cached([(name, rows)]) if isinstance(rows, Path) else rows for name, rows in items]
    return _write_by_year(pl.concat(frames, how="vertical") if frames else observation.empty(), out, part, None)


def _write_by_year(rows: pl.DataFrame, out: Path, part: int, years: list[int] | None) -> dict[str, list[int]]:
    rows = with_year(rows)
    found = _years_by_source(rows)
    if years is not None:
        rows = rows.filter(pl.col("year").is_in(years))
    for (year,), group in rows.partition_by("year", maintain_order=True, as_dict=True).items():
        dest = out / f"year={'__HIVE_DEFAULT_PARTITION__' if year is None else year}"  # as hive writers name null
        dest.mkdir(exist_ok=True)
        group.write_parquet(dest / f"part-{part:05d}.parquet")
    return found


def scan_parsed(staging: Path, years: list[int] | None = None) -> pl.LazyFrame:
    """The parsed rows (with their partition `year`) in inbox order, of some years only when given (only
    their folders are read)."""
    d = parsed_dir(staging)
    if years is None:
        files = sorted(d.glob("year=*/*.parquet"))
    else:
        files = [f for y in sorted(set(years)) for f in sorted((d / f"year={y}").glob("*.parquet"))]
    if not files:
        return with_year(observation.empty()).lazy()
    return pl.scan_parquet(files, hive_partitioning=False).with_columns(pl.col("year").cast(pl.Int32))


def read_parsed_years(staging: Path, years: list[int]) -> pl.DataFrame:
    """Some years' parsed rows, year by year in inbox order, without the `year` column."""
    return scan_parsed(staging, years).drop("year").collect()


def read_parsed(staging: Path) -> pl.DataFrame:
    """Every parsed row (tests and small inboxes)."""
    return read_parsed_years(staging, parsed_years(staging))


def parsed_years(staging: Path) -> list[int]:
    return sorted(scan_parsed(staging).select(pl.col("year").unique()).collect()["year"].drop_nulls().to_list())


def count_rows(files: list[Path]) -> int:
    """Rows of Parquet files, from their footers."""
    return sum(pl.scan_parquet(f).select(pl.len()).collect().item() for f in files)


def rows_in(staging: Path) -> int:
    return scan_parsed(staging).select(pl.len()).collect().item()
