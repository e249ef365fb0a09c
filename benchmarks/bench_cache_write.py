"""What a parse cache entry costs to write and to read back, by compression and by where it goes (a benchmark, not
a test).

A first run writes one Arrow IPC entry per parsed file; a later run reads the entries of the years it stages again
(`parsed_store.read_cached`). This takes the entries of a tier's last `make bench` run and writes them all again:
as a file each, with each compression (a temporary name, then a rename, as the parse stage did until it kept them
in a database), then into a `cache_store` database 250 at a time, as a parse job does now; it prints the CPU and
wall time per entry, the bytes written, and the time to read them back in runs of 250; then the CPU cost of
creating as many empty files. The whole tier is written, not a sample.

    .venv/bin/python benchmarks/bench_cache_write.py [--tier M] [--every 1]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import polars as pl  # noqa: E402
import pyarrow as pa  # noqa: E402

from pipelines.lib import cache_store, observation, parsed_store  # noqa: E402


def write_entry(frame: pl.DataFrame, path: Path, compression: str | None) -> None:
    """A cache entry as a file of its own, as the parse stage wrote it before e25e97d (a temporary name, then a
    rename)."""
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(observation.ipc_bytes(frame, compression))
    os.replace(tmp, path)


def read_files(paths: list[Path]) -> pa.Table:
    """Entries of their own files read back at once, as `parsed_store.read_cached` did before the store."""
    return pa.concat_tables([pa.ipc.open_file(pa.memory_map(str(p))).read_all() for p in paths])


def tier_entries(cache: Path, every: int) -> list[pl.DataFrame]:
    """Every `every`-th entry of a cache's stores, one frame each."""
    frames = []
    for folder in sorted(f for f in cache.iterdir() if f.is_dir()):
        names = sorted(cache_store.names(folder))[::every]
        for data in cache_store.get_many(folder, names).values():
            frames.append(pl.from_arrow(pa.ipc.open_file(pa.py_buffer(data)).read_all()))
    return frames


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tier", default="M")
    ap.add_argument("--every", type=int, default=1, help="take every n-th cache entry only")
    args = ap.parse_args(argv)
    cache = ROOT / "bench_data" / f"{args.tier}_run" / "staging" / "cache"
    frames = tier_entries(cache, args.every) if cache.is_dir() else []
    if not frames:
        print(f"no cache entries under {cache}: run `make bench TIER={args.tier}` first", file=sys.stderr)
        return 1
    print(f"{len(frames)} cache entries of tier {args.tier}, {sum(f.height for f in frames):,} rows")
    print(f"{'compression':<12} {'write CPU ms/file':>18} {'wall ms/file':>13} {'MB written':>11} {'read ms/file':>13}")
    for compression in (None, "lz4", "zstd"):
        out = Path(tempfile.mkdtemp(prefix="cache_write_", dir=ROOT / "bench_data"))
        try:
            paths = [out / f"{k:05d}.arrow" for k in range(len(frames))]
            t0, w0 = time.process_time(), time.perf_counter()
            for frame, path in zip(frames, paths):
                write_entry(frame, path, compression)
            cpu, wall = time.process_time() - t0, time.perf_counter() - w0
            size = sum(p.stat().st_size for p in paths)
            w1 = time.perf_counter()
            for k in range(0, len(paths), 250):
                read_files(paths[k:k + 250])
            read = time.perf_counter() - w1
        finally:
            shutil.rmtree(out, ignore_errors=True)
        n = len(frames)
        print(f"{compression or 'none':<12} {cpu * 1000 / n:>18.3f} {wall * 1000 / n:>13.3f} {size / 1e6:>11.1f} "
              f"{read * 1000 / n:>13.3f}")
    print(f"{'store, lz4':<12} " + " ".join(f"{x:>{w}.{d}f}" for x, w, d in zip(store_cost(frames), (18, 13, 11, 13),
                                                                                  (3, 3, 1, 3))))
    created = create_cost(len(frames))
    print(f"creating an empty file (and renaming it) in a new folder of bench_data: {created:.3f} ms of CPU per file")
    return 0


def store_cost(frames: list[pl.DataFrame]) -> tuple[float, float, float, float]:
    """(write CPU ms, wall ms, MB, read-back ms) per entry of the frames put into a new `cache_store` database, 250
    entries per transaction, as the parse jobs write them."""
    out = Path(tempfile.mkdtemp(prefix="cache_store_", dir=ROOT / "bench_data"))
    try:
        names = [f"{k:05d}.arrow" for k in range(len(frames))]
        t0, w0 = time.process_time(), time.perf_counter()
        for k in range(0, len(frames), 250):
            cache_store.put_many(out, [(names[j], observation.ipc_bytes(frames[j])) for j in range(k, min(k + 250, len(frames)))])
        cpu, wall = time.process_time() - t0, time.perf_counter() - w0
        size = sum(f.stat().st_size for f in out.iterdir())
        w1 = time.perf_counter()
        for k in range(0, len(names), 250):
            parsed_store.read_cached([(str(j), out / name) for j, name in enumerate(names[k:k + 250])])
        read = time.perf_counter() - w1
    finally:
        shutil.rmtree(out, ignore_errors=True)
    n = len(frames)
    return cpu * 1000 / n, wall * 1000 / n, size / 1e6, read * 1000 / n


def create_cost(n: int) -> float:
    """CPU ms per file of creating `n` empty files and renaming each, as a cache entry is written: on this machine's
    disk the kernel's part of a new file is a cost of its own, whatever the bytes written."""
    out = Path(tempfile.mkdtemp(prefix="cache_create_", dir=ROOT / "bench_data"))
    try:
        t0 = time.process_time()
        for k in range(n):
            tmp = out / f"{k:05d}.tmp"
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT, 0o644))
            os.replace(tmp, tmp.with_suffix(".arrow"))
        return (time.process_time() - t0) * 1000 / n
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
