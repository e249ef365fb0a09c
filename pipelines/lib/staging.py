"""The inbox → staging layer: parse every file once, keep the rows by year in Parquet.

Layout under a staging directory (default `.thidua/staging`):
    parsed/observations.parquet   every row every parser yielded (rows in)
    parsed/sources.parquet        one row per readable file (→ dim_source)
    parsed/unreadable.parquet     files no parser could read, with the reason
    observations/year=YYYY/       rows that passed the suite (loaded)
    quarantine/year=YYYY/         rows that failed, with expectation and reason
    cache/<fingerprint>/<sha>.parquet  parsed rows per file content, reused across runs
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipelines.lib import ingest, observation, validation_receipts
from pipelines.lib.reference_data import REPO_ROOT, reference_dir

SOURCE_SCHEMA = {
    "source_id": pl.String, "source": pl.String, "source_kind": pl.String, "vintage": pl.Date,
    "checksum_sha256": pl.String, "size_bytes": pl.Int64, "n_rows": pl.Int64,
}
UNREADABLE_SCHEMA = {"source": pl.String, "place": pl.String, "problem": pl.String}


@dataclass
class InboxParse:
    """What the parsers yielded: the rows stay in the per-file cache (`parts`: source → Parquet file)
    until `write_parsed` streams them into one file; only counts and file lists are held in memory."""

    parts: dict[str, Path]
    rows_in: int
    sources: pl.DataFrame
    unreadable: pl.DataFrame

    @property
    def observations(self) -> pl.DataFrame:
        """Every parsed row (reads the cache: for tests and small inboxes)."""
        if not self.parts:
            return observation.empty()
        return pl.concat([pl.read_parquet(f).with_columns(pl.lit(name).alias("source")) for name, f in self.parts.items()],
                         how="vertical")


def inbox_files(inbox: Path) -> list[Path]:
    """Report files of an inbox, sorted; READMEs, hidden files and covenant files excluded."""
    files = []
    for p in sorted(Path(inbox).rglob("*")):
        rel = p.relative_to(inbox)
        if not p.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if p.name.upper().startswith("README") or ingest.is_covenant(rel):
            continue
        if p.suffix.lower() in ingest.SUPPORTED:
            files.append(p)
    return files


def covenant_files(inbox: Path) -> list[Path]:
    return [p for p in sorted(Path(inbox).rglob("*")) if p.is_file() and ingest.is_covenant(p.relative_to(inbox))
            and p.suffix.lower() in {".xlsx", ".csv"} and not p.name.upper().startswith("README")]


def code_fingerprint() -> str:
    """Changes whenever parsing code or reference data changes, so the cache never serves stale rows."""
    h = hashlib.sha256()
    for p in sorted((REPO_ROOT / "pipelines" / "lib").glob("*.py")) + sorted(reference_dir().rglob("*.csv")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _parse_one(args: tuple[str, str, str | None, str]) -> tuple[str, str | None, dict]:
    """Parse one file into the cache (unless its content is cached already); return the cache file and counts,
    never the rows: workers hand back paths, so the parent's memory does not grow with the inbox."""
    path, name, published, cache_dir = args
    pub = dt.date.fromisoformat(published) if published else None
    data = Path(path).read_bytes()
    checksum = hashlib.sha256(data).hexdigest()
    cached = Path(cache_dir) / f"{checksum[:32]}-{pub or 'auto'}.parquet"
    info = {"source": name, "checksum_sha256": checksum, "size_bytes": len(data)}
    if not cached.exists():
        try:
            result = ingest.extract_file(path, published=pub, name=name)
        except ingest.InputError as e:
            return name, None, {**info, "place": e.place, "problem": e.problem}
        except Exception as e:  # a parser bug must not stop the other files; the file is reported unreadable
            return name, None, {**info, "place": "", "problem": f"{type(e).__name__}: {e}"}
        tmp = cached.with_suffix(f".tmp{os.getpid()}")
        result.observations.write_parquet(tmp)
        os.replace(tmp, cached)
    return name, str(cached), info  # rows, kind and vintage per file are counted by DuckDB in write_parsed


def parse_inbox(inbox: Path, cache_root: Path, published: dt.date | None = None, workers: int = 1) -> InboxParse:
    inbox = Path(inbox)
    cache_dir = Path(cache_root) / code_fingerprint()
    cache_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(str(p), str(p.relative_to(inbox)), published.isoformat() if published else None, str(cache_dir))
            for p in inbox_files(inbox)]
    if workers > 1 and len(jobs) > 32:  # below that, starting workers costs more than it saves
        # spawn, not fork: forking a process that runs polars/dagster threads can deadlock the child
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            results = list(pool.map(_parse_one, jobs, chunksize=max(1, min(64, len(jobs) // (workers * 8)))))
    else:
        results = [_parse_one(j) for j in jobs]
    parts: dict[str, Path] = {}
    sources, unreadable = [], []
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
        sources.append({"source_id": info["checksum_sha256"][:16], "source": name,
                        "source_kind": Path(name).suffix.lstrip("."), "vintage": None,
                        "checksum_sha256": info["checksum_sha256"], "size_bytes": info["size_bytes"], "n_rows": 0})
    # kind, vintage and rows per file are filled in by write_parsed, in one query over every file
    return InboxParse(
        parts,
        0,
        pl.DataFrame(sources, schema=SOURCE_SCHEMA),
        pl.DataFrame(unreadable, schema=UNREADABLE_SCHEMA),
    )


def with_year(obs: pl.DataFrame) -> pl.DataFrame:
    """The partition year of each row: the period's year, else the vintage's."""
    return obs.with_columns(
        pl.coalesce(pl.col("period").str.slice(0, 4).cast(pl.Int32, strict=False), pl.col("vintage").dt.year())
        .alias("year")
    )


def _duckdb(memory_limit: str = "1GB"):
    import duckdb

    con = duckdb.connect(config={"memory_limit": memory_limit, "threads": os.cpu_count() or 2,
                                 "preserve_insertion_order": False})
    return con


def write_parsed(staging: Path, parsed: InboxParse) -> None:
    """parsed/observations.parquet: every row of every file with its partition year, ordered by year (so one
    year's rows sit in their own row groups), streamed from the cache by DuckDB without holding it in memory."""
    out = Path(staging) / "parsed"
    out.mkdir(parents=True, exist_ok=True)
    target = out / "observations.parquet"
    tmp = out / f".observations.parquet.tmp{os.getpid()}"
    if not parsed.parts:
        with_year(observation.empty()).write_parquet(tmp)
    else:
        names = pl.DataFrame({"source": list(parsed.parts), "filename": [str(p) for p in parsed.parts.values()]})
        columns = ", ".join(f'"{c}"' if c != "source" else "n.source" for c in observation.SCHEMA)
        con = _duckdb()
        try:
            con.register("part_names", names)
            con.execute(f"""
                COPY (
                    SELECT {columns},
                           coalesce(TRY_CAST(substr(o.period, 1, 4) AS INTEGER), year(o.vintage))::INTEGER AS year
                    FROM read_parquet(?, filename = true, file_row_number = true, union_by_name = true) o
                    JOIN part_names n USING (filename)
                    ORDER BY year, n.source, o.file_row_number
                ) TO '{tmp}' (FORMAT parquet, ROW_GROUP_SIZE 100000)
            """, [names["filename"].to_list()])
        finally:
            con.close()
    os.replace(tmp, target)
    per_source = (pl.scan_parquet(target).group_by("source")
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


def read_parsed_year(staging: Path, year: int) -> pl.DataFrame:
    return (
        pl.scan_parquet(Path(staging) / "parsed" / "observations.parquet")
        .filter(pl.col("year") == year).drop("year").collect()
    )


def parsed_years(staging: Path) -> list[int]:
    path = Path(staging) / "parsed" / "observations.parquet"
    if not path.exists():
        return []
    return sorted(pl.scan_parquet(path).select(pl.col("year").unique()).collect()["year"].drop_nulls().to_list())


def rows_in(staging: Path) -> int:
    return pl.scan_parquet(Path(staging) / "parsed" / "observations.parquet").select(pl.len()).collect().item()


def staged_files(staging: Path, kind: str) -> list[Path]:
    """The Parquet files of one staged kind ("observations" or "quarantine"), every year."""
    return sorted((Path(staging) / kind).glob("year=*/*.parquet"))


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


def stage_year(args: tuple[str, int]) -> dict:
    """Validate one parsed year and write its loaded and quarantined partitions; return the counts.
    Runs in a worker process when years are staged in parallel (GX is imported there, once per worker)."""
    from pipelines.lib import validate

    staging, year = Path(args[0]), args[1]
    rows = read_parsed_year(staging, year)
    loaded, quarantined = validate.split(rows)
    write_partition(staging, year, loaded, quarantined)
    reasons = quarantined.group_by("reason").len().rows() if quarantined.height else []
    return {"year": year, "rows_in": rows.height, "rows_loaded": loaded.height,
            "rows_quarantined": quarantined.height, "reasons": reasons}


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
    path = Path(staging) / "parsed" / "observations.parquet"
    if not path.exists():
        return {}
    fp = (pl.scan_parquet(path).group_by("year")
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


def count_rows(files: list[Path]) -> int:
    """Rows of Parquet files, from their footers."""
    return sum(pl.scan_parquet(f).select(pl.len()).collect().item() for f in files)


def stage_years(staging: Path, years: list[int], workers: int) -> list[dict]:
    """stage_year for each year, in parallel when large; a small input is validated in one call and written
    per year (every rule that compares rows stays within one source and period, so years do not interact)."""
    rows = rows_of_years(staging, years)
    if not years or (workers > 1 and len(years) > 1 and rows >= PARALLEL_MIN_ROWS):
        return map_years(stage_year, staging, years, workers, rows)
    from pipelines.lib import validate

    frame = (pl.scan_parquet(Path(staging) / "parsed" / "observations.parquet")
             .filter(pl.col("year").is_in(years)).collect())
    loaded, quarantined = validate.split(frame.drop("year"))
    loaded, quarantined = with_year(loaded), with_year(quarantined)
    out = []
    for y in years:
        lo = loaded.filter(pl.col("year") == y).drop("year")
        qu = quarantined.filter(pl.col("year") == y).drop("year")
        write_partition(staging, y, lo, qu)
        out.append({"year": y, "rows_in": lo.height + qu.height, "rows_loaded": lo.height,
                    "rows_quarantined": qu.height, "reasons": qu.group_by("reason").len().rows() if qu.height else []})
    return out


PARALLEL_MIN_ROWS = 300_000  # below this, one process validates faster than two that each import GX


def rows_of_years(staging: Path, years: list[int]) -> int:
    """Parsed rows of some years (decides whether to validate them in parallel)."""
    path = Path(staging) / "parsed" / "observations.parquet"
    if not years or not path.exists():
        return 0
    return pl.scan_parquet(path).filter(pl.col("year").is_in(years)).select(pl.len()).collect().item()


def map_years(fn, staging: Path, years: list[int], workers: int, total_rows: int) -> list[dict]:
    """`fn((staging, year))` for every year, in `workers` spawned processes when those years are large."""
    jobs = [(str(staging), y) for y in years]
    if workers > 1 and len(jobs) > 1 and total_rows >= PARALLEL_MIN_ROWS:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            return list(pool.map(fn, jobs))
    return [fn(j) for j in jobs]
