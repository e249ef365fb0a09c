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
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipelines.lib import ingest, observation
from pipelines.lib.reference_data import REPO_ROOT, reference_dir

SOURCE_SCHEMA = {
    "source_id": pl.String, "source": pl.String, "source_kind": pl.String, "vintage": pl.Date,
    "checksum_sha256": pl.String, "size_bytes": pl.Int64, "n_rows": pl.Int64,
}
UNREADABLE_SCHEMA = {"source": pl.String, "place": pl.String, "problem": pl.String}


@dataclass
class InboxParse:
    observations: pl.DataFrame
    sources: pl.DataFrame
    unreadable: pl.DataFrame


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


def _parse_one(args: tuple[str, str, str | None, str]) -> tuple[str, pl.DataFrame | None, dict]:
    path, name, published, cache_dir = args
    pub = dt.date.fromisoformat(published) if published else None
    data = Path(path).read_bytes()
    checksum = hashlib.sha256(data).hexdigest()
    cached = Path(cache_dir) / f"{checksum[:32]}-{pub or 'auto'}.parquet"
    info = {"source": name, "checksum_sha256": checksum, "size_bytes": len(data)}
    if cached.exists():
        return name, pl.read_parquet(cached).with_columns(pl.lit(name).alias("source")), info
    try:
        result = ingest.extract_file(path, published=pub, name=name)
    except ingest.InputError as e:
        return name, None, {**info, "place": e.place, "problem": e.problem}
    except Exception as e:  # a parser bug must not stop the other files; the file is reported unreadable
        return name, None, {**info, "place": "", "problem": f"{type(e).__name__}: {e}"}
    tmp = cached.with_suffix(f".tmp{os.getpid()}")
    result.observations.write_parquet(tmp)
    os.replace(tmp, cached)
    return name, result.observations, info


def parse_inbox(inbox: Path, cache_root: Path, published: dt.date | None = None, workers: int = 1) -> InboxParse:
    inbox = Path(inbox)
    cache_dir = Path(cache_root) / code_fingerprint()
    cache_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(str(p), str(p.relative_to(inbox)), published.isoformat() if published else None, str(cache_dir))
            for p in inbox_files(inbox)]
    if workers > 1 and len(jobs) > 32:  # below that, starting workers costs more than it saves
        # spawn, not fork: forking a process that runs polars/dagster threads can deadlock the child
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            results = list(pool.map(_parse_one, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
    else:
        results = [_parse_one(j) for j in jobs]
    frames, sources, unreadable = [], [], []
    seen: dict[str, str] = {}
    for name, obs, info in results:
        first = seen.setdefault(info["checksum_sha256"], name)
        if first != name:
            unreadable.append({"source": name, "place": "",
                               "problem": f"cùng nội dung với {first}: chỉ đọc một lần (same content as {first})"})
            continue
        if obs is None:
            unreadable.append({"source": name, "place": info["place"], "problem": info["problem"]})
            continue
        frames.append(obs)
        kind = obs["source_kind"][0] if obs.height else Path(name).suffix.lstrip(".")
        vintage = obs["vintage"].max() if obs.height else None
        sources.append({"source_id": info["checksum_sha256"][:16], "source": name, "source_kind": kind,
                        "vintage": vintage, "checksum_sha256": info["checksum_sha256"],
                        "size_bytes": info["size_bytes"], "n_rows": obs.height})
    observations = pl.concat(frames, how="vertical") if frames else observation.empty()
    return InboxParse(
        observations,
        pl.DataFrame(sources, schema=SOURCE_SCHEMA),
        pl.DataFrame(unreadable, schema=UNREADABLE_SCHEMA),
    )


def with_year(obs: pl.DataFrame) -> pl.DataFrame:
    """The partition year of each row: the period's year, else the vintage's."""
    return obs.with_columns(
        pl.coalesce(pl.col("period").str.slice(0, 4).cast(pl.Int32, strict=False), pl.col("vintage").dt.year())
        .alias("year")
    )


def write_parsed(staging: Path, parsed: InboxParse) -> None:
    out = Path(staging) / "parsed"
    out.mkdir(parents=True, exist_ok=True)
    with_year(parsed.observations).write_parquet(out / "observations.parquet")
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


def write_partition(staging: Path, year: int, loaded: pl.DataFrame, quarantined: pl.DataFrame) -> None:
    """Replace one year's loaded and quarantined rows (a re-run of a year overwrites it)."""
    for kind, frame in (("observations", loaded), ("quarantine", quarantined)):
        d = Path(staging) / kind / f"year={year}"
        d.mkdir(parents=True, exist_ok=True)
        tmp = d / f".part.parquet.tmp{os.getpid()}"
        frame.write_parquet(tmp)
        os.replace(tmp, d / "part.parquet")


def clear_partitions_except(staging: Path, years: set[int]) -> None:
    """Drop staged years no longer in the inbox, so the warehouse mirrors the inbox."""
    for kind in ("observations", "quarantine"):
        for d in (Path(staging) / kind).glob("year=*"):
            if int(d.name.split("=")[1]) not in years:
                for f in d.iterdir():
                    f.unlink()
                d.rmdir()
