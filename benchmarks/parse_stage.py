"""The parse stage of a later run, alone (a benchmark, not a test): `staging.parse_and_write` with two workers, outside
Dagster, on the tier's inbox and a copy of its last incremental run's staging folder.

    .venv/bin/python benchmarks/parse_stage.py [--tier M] [--year 2024] [--repo DIR] [--first-run]

Prints the wall time with every file answered from the parse cache, then with the files of `--year`'s folders new
(their cache entries removed first), as the incremental benchmark adds them. Run `make bench TIER=<tier>` once first.
`--first-run`: the stage of a first run instead (an empty staging folder), wall time and the CPU of every process.
`--repo` runs another checkout's code (a `git worktree` of an earlier commit) on this checkout's inbox.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_stage(inbox: Path, staging_dir: Path) -> float:
    from pipelines.lib import staging

    t0 = time.perf_counter()
    staging.parse_and_write(inbox, staging_dir, None, 2)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tier", default="M")
    ap.add_argument("--year", default="2024", help="the year whose files are made new")
    ap.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose code parses")
    ap.add_argument("--first-run", action="store_true", help="parse the whole inbox into an empty staging folder")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.repo.resolve()))  # before the first import of pipelines (spawned workers inherit it)
    from pipelines.lib import parsed_store

    inbox, last = ROOT / "bench_data" / args.tier, ROOT / "bench_data" / f"{args.tier}_incremental" / "staging"
    if not (inbox if args.first_run else last).is_dir():
        print(f"{inbox if args.first_run else last} is missing: run `make bench TIER={args.tier}` first", file=sys.stderr)
        return 1
    if args.first_run:
        import resource

        with tempfile.TemporaryDirectory(dir=ROOT / "bench_data") as tmp:
            wall = timed_stage(inbox, Path(tmp) / "staging")
        cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                  for f in ("ru_utime", "ru_stime"))
        print(f"first run: {wall:.2f} s wall, {cpu:.1f} s of CPU (this process and the parse workers)")
        return 0
    with tempfile.TemporaryDirectory(dir=ROOT / "bench_data") as tmp:
        copy = Path(tmp) / "staging"
        shutil.copytree(last, copy)
        timed_stage(inbox, copy)  # brings the copy up to this checkout's parsers and this inbox
        print(f"every file cached: {timed_stage(inbox, copy):.2f} s")
        new = [copy / f for source, (f, _) in parsed_store._read_manifest(copy).items()
               if args.year in Path(source).parts and not Path(f).is_absolute()]  # only the copy's own cache entries
        try:
            from pipelines.lib import cache_store
        except ImportError:  # an earlier checkout (--repo): a file per cache entry
            for f in new:
                f.unlink(missing_ok=True)
        else:
            for folder in {f.parent for f in new}:
                cache_store.delete_except(folder, cache_store.names(folder) - {f.name for f in new})
        print(f"{len(new)} files of {args.year} new: {timed_stage(inbox, copy):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
