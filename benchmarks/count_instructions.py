"""Machine instructions per parsed file, by kind (a benchmark, not a test): counts that do not move with a busy
machine, unlike the wall and CPU times of `run.py` and `bench_cpu.py`.

For each kind, `valgrind --tool=callgrind` runs a fresh interpreter that parses the first 2 files, then one that
parses the first 2 + N (every third file of the tier's inbox, as `bench_cpu.py` takes them); the difference over N
is the cost of one file, start-up and imports left out.

    .venv/bin/python benchmarks/count_instructions.py [--tier M] [--files 40] [--kinds csv,xlsx,md] [--repo DIR]
                                                      [--match bao_cao_thang]

`--repo` parses with another checkout's code (a `git worktree` of an earlier commit) on this checkout's inbox:
the README's figures for 90472fe and a877f1c were counted so. Needs valgrind (Debian: `apt install valgrind`);
about a minute per kind.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PARSE = """
import sys
from pathlib import Path
from pipelines.lib import ingest, staging
kind, n, inbox, match = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
for path in [p for p in staging.inbox_files(inbox)[::3] if p.suffix == "." + kind and match in str(p)][:n]:
    try:
        ingest.extract_file(path)
    except ingest.InputError:
        pass
"""


def _env(repo: Path) -> dict[str, str]:
    """A bare environment: the checkout on the path, string hashes fixed (set and dict orders, so counts, repeat)."""
    return {"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"}


def instructions(repo: Path, kind: str, n: int, inbox: Path, match: str = "") -> int:
    """Instructions callgrind counts for a fresh interpreter parsing the first `n` files of `kind`."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", PARSE,
                           kind, str(n), str(inbox), match],
                          cwd=repo, env=_env(repo), capture_output=True, text=True)
    found = re.search(r"refs:\s*([\d,]+)", done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"callgrind failed for {kind} × {n}:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tier", default="M")
    ap.add_argument("--files", type=int, default=40, help="files of each kind counted (after the first 2)")
    ap.add_argument("--kinds", default="csv,xlsx,md")
    ap.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose parsers are counted")
    ap.add_argument("--match", default="", help="only files whose path holds this (e.g. bao_cao_thang: the monthly tables)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    inbox = ROOT / "bench_data" / args.tier
    if not inbox.is_dir():
        print(f"{inbox}: run `make bench TIER={args.tier}` once first", file=sys.stderr)
        return 2
    for kind in args.kinds.split(","):
        # once without valgrind, so that neither count includes writing the modules' bytecode
        subprocess.run([sys.executable, "-c", PARSE, kind, "2", str(inbox), args.match], cwd=args.repo,
                       env=_env(args.repo.resolve()), check=True)
        base = instructions(args.repo.resolve(), kind, 2, inbox, args.match)
        more = instructions(args.repo.resolve(), kind, 2 + args.files, inbox, args.match)
        print(f"{kind:5s} {(more - base) / args.files / 1e6:6.2f} million instructions per file "
              f"({args.files} files{' under ' + args.match if args.match else ''}, {args.repo})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
