"""Where a refresh's memory goes (a benchmark, not a test).

    .venv/bin/python benchmarks/trace_refresh.py [--tier L] [--rows-per-call 150000]
    .venv/bin/python benchmarks/trace_refresh.py --year 2022 [--tier L] [--rows-per-call 150000] [--sort after]

Without `--year`: one `thidua refresh` of the tier's inbox from an empty warehouse, as `make bench` runs it, with the
process tree's resident memory sampled every 0.25 s: the wall time, the peak and when it came, and when each step
ended (counted from the first step's start, about two seconds after the process's). The inbox is the one
`make bench` generated (`bench_data/<tier>`; run `make bench TIER=<tier>` once first). `--rows-per-call` sets
`staging.BATCH_ROWS`, the rows a shared staging batch sends to GX at a time.

With `--year`: that year of the tier's last `make bench` run (`bench_data/<tier>_run/staging`) staged in this process
as `staging.stage_batch` does, without writing it: the resident memory after GX's import, after reading the year,
after sorting it into the serving order, and the peak once GX has judged it. `--sort after` sorts the loaded rows
after the validation instead, `--sort argsort` sorts through an index (alternatives that were measured and dropped).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import run  # benchmarks/run.py

STEP_ORDER = ["covenants", "parsed_inbox", "staged_observations", "staged_observations_staged_rows_pass_suite_and_add_up",
              "warehouse_candidate", "warehouse_candidate_warehouse_integrity", "emulation_scores",
              "emulation_scores_emulation_integrity", "published_warehouse", "published_copy"]


def trace_refresh(tier: str, rows_per_call: int | None) -> None:
    prelude = f"from pipelines.lib import staging\nstaging.BATCH_ROWS = {rows_per_call}\n" if rows_per_call else ""
    trace: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        result = run.refresh(run.BENCH / tier, Path(tmp) / "run", trace=trace, prelude=prelude)
    at, peak = max(trace, key=lambda sample: sample[1])
    print(f"refresh {tier}: {result['seconds']:.1f} s, peak {peak:.0f} MiB at {at:.1f} s")
    ended = 0.0
    for step in STEP_ORDER:
        if (seconds := result["steps"].get(step)) is not None:
            ended += seconds
            print(f"  {step:55s} {seconds:6.1f} s, ends at about {ended:6.1f} s")


def trace_year(tier: str, year: int, rows_per_call: int | None, sort: str) -> None:
    from pipelines.lib import staging, validate  # first: `pipelines` sets polars' allocator up before polars loads

    import polars as pl

    def report(what: str) -> None:
        rss = int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() // 2**20
        print(f"  {what:32s} resident {rss:5d} MiB, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024:5d} MiB")

    validate.load_gx()
    report("GX imported")
    t0 = time.process_time()
    parsed = staging.read_parsed_years(run.BENCH / f"{tier}_run" / "staging", [year])
    report(f"year {year} read ({parsed.height:,} rows)")
    keys, order = staging.SERVING_ORDER, {"nulls_last": True, "maintain_order": True}
    if sort == "before":  # as stage_batch does
        parsed = parsed.sort(keys, **order)
    elif sort == "argsort":
        parsed = parsed[parsed.select(pl.arg_sort_by(keys, **order)).to_series()]
    report(f"sorted ({sort})")
    loaded, quarantined = validate.split(parsed, rows_per_call or staging.BATCH_ROWS)
    del parsed
    if sort == "after":
        loaded, quarantined = loaded.sort(keys, **order), quarantined.sort(keys, **order)
    report(f"validated ({loaded.height:,} + {quarantined.height:,})")
    print(f"  {time.process_time() - t0:.2f} s of CPU")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tier", default="L")
    ap.add_argument("--year", type=int, help="trace one year's staging in this process instead of a refresh")
    ap.add_argument("--rows-per-call", type=int, help="rows GX is given at a time (default: staging.BATCH_ROWS)")
    ap.add_argument("--sort", choices=("before", "after", "argsort"), default="before")
    args = ap.parse_args(argv)
    if args.year is None:
        trace_refresh(args.tier, args.rows_per_call)
    else:
        trace_year(args.tier, args.year, args.rows_per_call, args.sort)
    return 0


if __name__ == "__main__":
    sys.exit(main())
