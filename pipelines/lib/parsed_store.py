"""The parsed rows of an inbox, kept by partition year.

    <staging>/parsed/observations/year=YYYY/part-*.parquet   every row every parser yielded (rows in)
    <staging>/parsed/files.parquet                          per source: its cache file and the years it holds

`write_rows` streams the per-file cache (Arrow IPC) into the year folders in inbox
order (file by file, row by row), FILES_PER_PART files at a time, so memory stays
bounded. A later run rewrites only the years whose sources changed (a new file,
a changed one, one removed): adding a year's reports rewrites that year and the
years those reports revise, not the whole history.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polars as pl

from pipelines.lib import observation

FILES_PER_PART = 1000  # cached files streamed into the year partitions at once
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


def _years_of(items: list[tuple[str, Path]]) -> dict[str, list[int]]:
    """source → the partition years its cached rows fall in."""
    if not items:
        return {}
    by_file = {str(f): name for name, f in items}
    found = (pl.scan_ipc(list(by_file), include_file_paths="filename", hive_partitioning=False)
             .pipe(with_year).select("filename", "year").unique().drop_nulls().collect())
    years: dict[str, list[int]] = {name: [] for name, _ in items}
    for filename, year in found.iter_rows():
        years[by_file[filename]].append(int(year))
    return {name: sorted(ys) for name, ys in years.items()}


def _read_manifest(staging: Path) -> dict[str, tuple[str, list[int]]]:
    path = _manifest_path(staging)
    if not path.exists() or not parsed_dir(staging).exists():
        return {}
    return {s: (f, list(ys)) for s, f, ys in pl.read_parquet(path).iter_rows()}


def write_rows(staging: Path, parts: dict[str, Path]) -> list[int] | None:
    """Bring the year folders in line with `parts` (source → cache file, in inbox order). Returns the years
    rewritten, or None when every year was (first run, or no manifest to compare with)."""
    previous = _read_manifest(staging)
    changed = [(name, f) for name, f in parts.items() if previous.get(name, ("",))[0] != str(f)]
    new_years = _years_of(changed)
    current = {name: (str(f), new_years[name] if name in new_years else previous[name][1])
               for name, f in parts.items()}
    out = Path(staging) / "parsed"
    out.mkdir(parents=True, exist_ok=True)
    _manifest_path(staging).unlink(missing_ok=True)  # until the year folders agree with `parts` again
    tmp = out / f".observations.tmp{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    if previous:
        moved = {name for name in set(previous) | set(current) if previous.get(name) != current.get(name)}
        affected = {y for name in moved for entry in (previous.get(name), current.get(name)) if entry for y in entry[1]}
        items = [(name, Path(f)) for name, (f, ys) in current.items() if affected & set(ys)]
        _sink_in_parts(items, tmp, sorted(affected))
        for year in sorted(affected):
            shutil.rmtree(parsed_dir(staging) / f"year={year}", ignore_errors=True)
            if (tmp / f"year={year}").exists():
                (tmp / f"year={year}").rename(parsed_dir(staging) / f"year={year}")
        shutil.rmtree(tmp)
        rewritten: list[int] | None = sorted(affected)
    else:
        _sink_in_parts(list(parts.items()), tmp, None)
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


def _sink_in_parts(items: list[tuple[str, Path]], out: Path, years: list[int] | None) -> None:
    for k in range(0, len(items), FILES_PER_PART):  # a bounded number of files at a time: bounded memory
        _sink_by_year(items[k:k + FILES_PER_PART], out, k // FILES_PER_PART, years)


def _sink_by_year(items: list[tuple[str, Path]], out: Path, part: int, years: list[int] | None) -> None:
    """Rows of some cached files (source name, cache file) appended to out/year=YYYY/part-NNNNN-*.parquet
    (only the rows of `years` when given)."""
    scratch = out / f".part-{part:05d}"
    files = [str(f) for _, f in items]
    names = pl.LazyFrame({"filename": files, "source_name": [name for name, _ in items]})
    rows = (pl.scan_ipc(files, include_file_paths="filename", hive_partitioning=False)
            .join(names, on="filename", how="left", maintain_order="left")
            .with_columns(pl.col("source_name").alias("source"))
            .select(list(observation.SCHEMA))
            .pipe(with_year))
    if years is not None:
        rows = rows.filter(pl.col("year").is_in(years))
    rows.sink_parquet(pl.PartitionBy(scratch, key="year", include_key=True), mkdir=True)
    for f in sorted(scratch.glob("year=*/*.parquet")):
        dest = out / f.parent.name
        dest.mkdir(exist_ok=True)
        f.rename(dest / f"part-{part:05d}-{f.name}")
    shutil.rmtree(scratch, ignore_errors=True)


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
