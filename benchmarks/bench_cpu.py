"""CPU cost per unit of work in one process (a benchmark, not a test): parsing per file by kind, and GX
validation per row. Process time, not wall time, so another job on the second core moves it little.

    .venv/bin/python benchmarks/bench_cpu.py [--tier M] [--every 3] [--rows 465000]

Reads the tier's inbox `bench_data/<tier>` and the parsed rows of its last `make bench` refresh
(`bench_data/<tier>_run/staging`); run `make bench TIER=<tier>` once first.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.lib import ingest, parsed_store, staging, validate  # noqa: E402


def parse_cpu(inbox: Path, every: int) -> dict[str, tuple[int, float]]:
    """kind → (files, CPU ms per file) over every `every`-th file, after one warm-up file per kind."""
    by_kind: dict[str, list[Path]] = collections.defaultdict(list)
    for path in staging.inbox_files(inbox)[::every]:
        by_kind[path.suffix.lstrip(".")].append(path)
    out = {}
    for kind, files in sorted(by_kind.items()):
        ingest.extract_file(files[0])  # imports and caches: not part of the per-file cost
        t0 = time.process_time()
        for path in files:
            try:
                ingest.extract_file(path)
            except ingest.InputError:
                pass  # the deliberately broken files of a tier cost their reading too
        out[kind] = (len(files), (time.process_time() - t0) * 1000 / len(files))
    return out


def validate_cpu(staging_dir: Path, rows: int) -> tuple[int, float]:
    """(rows, CPU µs per row) of `validate.split` on the first `rows` parsed rows, GX already imported."""
    years = parsed_store.parsed_years(staging_dir)
    frame = parsed_store.read_parsed_years(staging_dir, years).head(rows)
    validate.split(frame.head(1000))  # imports GX and builds its context
    t0 = time.process_time()
    validate.split(frame)
    return frame.height, (time.process_time() - t0) * 1e6 / frame.height


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tier", default="M")
    ap.add_argument("--every", type=int, default=3, help="parse every n-th file of the inbox")
    ap.add_argument("--rows", type=int, default=465_000, help="rows validated in one call")
    args = ap.parse_args(argv)
    inbox, staging_dir = ROOT / "bench_data" / args.tier, ROOT / "bench_data" / f"{args.tier}_run" / "staging"
    if not inbox.is_dir() or not staging_dir.is_dir():
        print(f"bench_data/{args.tier} or its last run is missing: run `make bench TIER={args.tier}` first")
        return 1
    validate.CHUNK_ROWS = max(validate.CHUNK_ROWS, args.rows)  # one GX call, as the figure says
    for kind, (n, ms) in parse_cpu(inbox, args.every).items():
        print(f"parse {kind:5s} {n:5d} files  {ms:6.2f} ms CPU per file")
    n, us = validate_cpu(staging_dir, args.rows)
    print(f"validate   {n:,} rows in one GX call  {us:5.2f} µs CPU per row")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
