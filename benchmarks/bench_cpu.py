"""CPU cost per unit of work in one process (a benchmark, not a test): parsing per file by kind, and GX
validation per row. Process time, not wall time, so another job on the second core moves it little.
Also: the CPU of finding the parser modules that key the parse cache, how many rows of distinct values GX is given
for 250 000 rows, the wall time of staging every year in this process with and without GX's objects frozen out of
the garbage collector, and (--two-workers) the CPU per file of the whole inbox parsed by two workers.

    .venv/bin/python benchmarks/bench_cpu.py [--tier M] [--every 3] [--rows 465000] [--two-workers] [--parse-only]
                                             [--match bao_cao_thang]

Reads the tier's inbox `bench_data/<tier>` and the parsed rows of its last `make bench` refresh
(`bench_data/<tier>_run/staging`); run `make bench TIER=<tier>` once first.
"""

from __future__ import annotations

import argparse
import collections
import gc
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.lib import distinct_values, ingest, parsed_store, staging, validate  # noqa: E402


def parse_cpu(inbox: Path, every: int, match: str = "") -> dict[str, tuple[int, float]]:
    """kind → (files, CPU ms per file) over every `every`-th file whose path holds `match`, after one warm-up file
    per kind."""
    by_kind: dict[str, list[Path]] = collections.defaultdict(list)
    for path in [p for p in staging.inbox_files(inbox) if match in str(p)][::every]:
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


def parse_cpu_two_workers(inbox: Path) -> float:
    """CPU ms per file of the whole inbox parsed by two spawned workers into a new cache (the workers'
    process time, their start included): what a file costs when two parse processes share the two cores."""
    files = len(staging.inbox_files(inbox))
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        staging.parse_inbox(inbox, Path(tmp) / "cache", None, 2)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000 / files


def distinct_share(staging_dir: Path, rows: int = 250_000) -> tuple[int, int]:
    """(rows, rows of the frame of distinct values GX is given for the row-local rules) of the first `rows`
    parsed rows: the frame `validate.run_suite` builds."""
    years = parsed_store.parsed_years(staging_dir)
    frame = parsed_store.read_parsed_years(staging_dir, years).head(rows).with_row_index("row_id")
    df = validate.prepare(frame.select("row_id", *validate._inputs_of_observations_suite()))
    spec = validate.load_suite_json("observations")
    pdf = validate._pandas_frame(df.select(validate._suite_columns(spec, df.columns)), spec)
    pdf, expectations, _ = validate._conditions_applied(pdf, spec["expectations"])
    local = [e for e in expectations if distinct_values.is_row_local(e)]
    return frame.height, len(distinct_values.value_frame([distinct_values.part_values(pdf, local)], local).frame)


def staging_wall(staging_dir: Path) -> tuple[float, float]:
    """Wall seconds of `staging.stage_years` over every parsed year in this process (as tier M is staged),
    on a copy of the parsed rows: (GX's objects frozen out of the garbage collector, as `validate.load_gx`
    leaves them; not frozen)."""
    years = parsed_store.parsed_years(staging_dir)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(staging_dir / "parsed", Path(tmp) / "parsed")
        for frozen in (True, False):
            gc.freeze() if frozen else gc.unfreeze()
            t0 = time.perf_counter()
            staging.stage_years(Path(tmp), years, 1)
            out.append(time.perf_counter() - t0)
    gc.freeze()
    return out[0], out[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tier", default="M")
    ap.add_argument("--every", type=int, default=3, help="parse every n-th file of the inbox")
    ap.add_argument("--rows", type=int, default=465_000, help="rows validated in one call")
    ap.add_argument("--two-workers", action="store_true", help="also parse the whole inbox with two workers")
    ap.add_argument("--parse-only", action="store_true", help="only the CPU per file parsed, by kind")
    ap.add_argument("--match", default="", help="parse only files whose path holds this (e.g. bao_cao_thang)")
    args = ap.parse_args(argv)
    inbox, staging_dir = ROOT / "bench_data" / args.tier, ROOT / "bench_data" / f"{args.tier}_run" / "staging"
    if not inbox.is_dir() or not (args.parse_only or staging_dir.is_dir()):
        print(f"bench_data/{args.tier} or its last run is missing: run `make bench TIER={args.tier}` first "
              f"(or `thidua generate --tier {args.tier} --out bench_data/{args.tier}` for --parse-only)")
        return 1
    validate.CHUNK_ROWS = max(validate.CHUNK_ROWS, args.rows)  # one GX call, as the figure says
    for kind, (n, ms) in parse_cpu(inbox, args.every, args.match).items():
        print(f"parse {kind:5s} {n:5d} files  {ms:6.2f} ms CPU per file")
    t0 = time.process_time()
    modules = staging.parser_modules()
    print(f"fingerprint {len(modules)} parser modules found from their imports in {(time.process_time() - t0) * 1000:.1f} ms "
          "CPU (once per new staging folder)")
    if args.parse_only:
        return 0
    n, us = validate_cpu(staging_dir, args.rows)
    print(f"validate   {n:,} rows in one GX call  {us:5.2f} µs CPU per row")
    n, distinct = distinct_share(staging_dir)
    print(f"distinct   {n:,} rows → {distinct:,} rows of distinct values for the row-local rules")
    frozen, not_frozen = staging_wall(staging_dir)
    print(f"staging    every year in this process: {frozen:.2f} s wall with GX frozen out of the gc, "
          f"{not_frozen:.2f} s without")
    if args.two_workers:
        print(f"parse      two workers, whole inbox: {parse_cpu_two_workers(inbox):.2f} ms CPU per file")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
