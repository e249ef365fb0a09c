"""The benchmark: every figure next to its floor, from one run on this machine.

    python benchmarks/run.py --tier S          # quick
    python benchmarks/run.py --tier M,L        # the figures of benchmarks/results/latest.md
    python benchmarks/run.py --tier S --no-sample --data /tmp/b --results /tmp/r   # elsewhere (the tests)

Per tier: generate the inbox (bench_data/<tier>, git-ignored; reused when present), run `thidua refresh`
from an empty warehouse in a child process (wall time, step times from the Dagster event log, peak
memory), then the floors: reading the same files' cells with fastexcel/calamine and polars, the
suite's rules as polars expressions, DuckDB reading the staged Parquet into one table. Then the
incremental year (tier M and S), the dashboard queries on the published file, and the sample run.
Results: benchmarks/results/<date>-<sha>.{json,md} and benchmarks/results/latest.md; each figure is printed
beside its value and ratio in the last run that measured the same tiers (`last_run`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
BENCH = REPO / "bench_data"
RESULTS = REPO / "benchmarks" / "results"
PY = sys.executable
CODE = REPO  # the checkout whose code the child processes run (`--repo`)
ENV = {**os.environ, "GX_ANALYTICS_ENABLED": "False", "PYTHONPATH": str(CODE)}
INCREMENTAL_YEAR = 2024


# ------------------------------------------------------------------ measuring a child process

def _tree_rss_kib(root_pid: int) -> int:
    """Resident memory of a process and all its descendants (KiB), from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            rss[int(d.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d.name))
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_child(args: list[str], label: str, trace: list | None = None) -> dict:
    """Run a command; wall seconds, peak RSS of the process tree (sampled every 0.25 s; each sample appended to
    `trace` as (seconds since the start, MiB) when given), ru_maxrss of children and the CPU seconds (user and
    system) of the command and of every process it waited for (its parse and validation workers)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=CODE, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            rss = _tree_rss_kib(proc.pid)
            peak = max(peak, rss)
            if trace is not None:
                trace.append((time.perf_counter() - t0, rss / 1024))
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{label}: exit {proc.returncode}\n{err[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"seconds": wall, "peak_tree_mib": peak / 1024, "ru_maxrss_children_mib": after.ru_maxrss / 1024,
            "cpu_seconds": cpu, "stdout": out}


def mib(*paths: Path) -> float:
    """Bytes on disk of some files or folders (what `du --apparent-size` adds up), in MiB; 0 for a missing path."""
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return total / 2**20


def disk(inbox: Path, root: Path) -> dict:
    """What a refreshed tier keeps on disk, in MiB: the inbox, the parse cache (one compressed entry per file,
    `staging/cache`), the staged Parquet (parsed, loaded and quarantined rows) and the warehouse file."""
    staging = root / "staging"
    return {"inbox_mib": mib(inbox), "parse_cache_mib": mib(staging / "cache"),
            "staged_mib": mib(staging / "parsed", staging / "observations", staging / "quarantine"),
            "warehouse_mib": mib(root / "warehouse.duckdb")}


REFRESH_SCRIPT = """
import json, sys, time
from pipelines.lib import warm_validator
warm_validator.start()  # as `thidua refresh` does, before Dagster
from dagster import DagsterInstance, DagsterEventType
from pipelines.cli import run_refresh
inbox, warehouse, staging, years = sys.argv[1:5]
instance = DagsterInstance.ephemeral()
t0 = time.time()
r = run_refresh(inbox, warehouse, staging, years=tuple(years.split(":")) if years else None, instance=instance)
steps = {}
for e in instance.all_logs(r.run_id):
    ev = e.dagster_event
    if ev is None or not ev.step_key:
        continue
    if ev.event_type == DagsterEventType.STEP_START:
        steps.setdefault(ev.step_key, [e.timestamp, None])
    elif ev.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
        steps.setdefault(ev.step_key, [e.timestamp, None])[1] = e.timestamp
print("@@" + json.dumps({"success": r.success, "seconds_in_job": time.time() - t0,
                         "steps": {k: (v[1] - v[0]) if v[1] else None for k, v in steps.items()}}))
sys.exit(0 if r.success else 1)
"""


def refresh(inbox: Path, root: Path, years: str = "", fresh: bool = True, trace: list | None = None,
            prelude: str = "") -> dict:
    """`thidua refresh` of `inbox` into `root` in a child (`run_child`); `prelude`: Python the child runs first."""
    if fresh and root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    res = run_child([PY, "-c", prelude + REFRESH_SCRIPT, str(inbox), str(root / "warehouse.duckdb"), str(root / "staging"),
                     years], f"refresh {inbox}", trace)
    line = next(x for x in res["stdout"].splitlines() if x.startswith("@@"))
    return {**{k: v for k, v in res.items() if k != "stdout"}, **json.loads(line[2:])}


# ------------------------------------------------------------------ floors

def _read_cells(path: str) -> int:
    """Floor of parsing: the cells of one file, read and nothing else."""
    import fastexcel
    import polars as pl

    p = Path(path)
    if p.suffix == ".xlsx":
        reader = fastexcel.read_excel(p)
        return sum(reader.load_sheet(name, header_row=None).to_polars().height for name in reader.sheet_names)
    if p.suffix == ".csv":
        raw = p.read_bytes()
        sep = ";" if raw.count(b";") > raw.count(b",") else ","
        lines = pl.read_csv(raw, has_header=False, separator="\x1f", quote_char=None, encoding="utf8-lossy",
                            new_columns=["line"], infer_schema=False)
        return lines.select(pl.col("line").str.split(sep).list.len().sum()).item() or 0
    return len(p.read_text(encoding="utf-8"))


def parse_floor(inbox: Path, workers: int = 2) -> dict:
    from pipelines.lib import staging

    files = [str(p) for p in staging.inbox_files(inbox)]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        n = sum(pool.map(_read_cells, files, chunksize=64))
    return {"seconds": time.perf_counter() - t0, "files": len(files), "units_read": n}


def polars_rules(df):
    """The `observations` suite as polars expressions on the prepared frame: a failing mask per rule."""
    import polars as pl

    from pipelines.lib import validate

    p = validate.suite_parameters()
    unit = pl.col("unit")
    v = pl.col("value")
    levels = ["bn_vnd", "mn_usd", "persons", "count", "communes", "mn_vnd_per_person_year",
              "mn_vnd_per_person_month", "usd_per_person_year"]
    key = ["province_code", "indicator", "period", "status", "basis", "source_id", "vintage"]
    clean = pl.col("issue").is_null()
    rules = {
        "issue": pl.col("issue").is_not_null(),
        "province_null": pl.col("province_code").is_null(),
        "province_valid": pl.col("province_valid").is_not_null() & ~pl.col("province_valid"),
        "indicator_null": pl.col("indicator").is_null(),
        "indicator_set": pl.col("indicator").is_not_null() & ~pl.col("indicator").is_in(p["indicator_codes"]),
        "value_null": v.is_null(),
        "period_regex": pl.col("period").is_not_null() & ~pl.col("period").str.contains(
            r"^[12][0-9]{3}(-(H[12]|[1-9]M|1[0-2]M|Q[1-4]|0[1-9]|1[0-2]))?$"),
        "period_null": pl.col("period").is_null(),
        "unit": ~(unit.is_null() & pl.col("expected_unit").is_null()) & (unit != pl.col("expected_unit")).fill_null(True),
        "status": pl.col("status").is_not_null() & ~pl.col("status").is_in(p["statuses"]),
        "qualifier": pl.col("qualifier").is_not_null() & ~pl.col("qualifier").is_in(p["qualifiers"]),
        "growth": (unit == "pct_yoy") & ~v.is_between(-100, 200),
        "rate": unit.is_in(["pct", "pct_of_grdp"]) & ~v.is_between(0, 100),
        "plan": (unit == "pct_of_plan") & ~v.is_between(0, 1000),
        "level": unit.is_in(levels) & (v < 0),
        "rank": (unit == "rank") & ~v.is_between(1, 63),
        "share": (pl.col("share_count") >= 3) & ~pl.col("share_sum").is_between(97, 103),
        "unique": clean & (pl.len().over(key) > 1).fill_null(False),
    }
    fails = df.select([e.fill_null(False).alias(k) for k, e in rules.items()])
    return fails.select(pl.any_horizontal(pl.all()).alias("bad"))["bad"]


def validate_floor(staging: Path) -> dict:
    from pipelines.lib import parsed_store as ps, validate

    t0 = time.perf_counter()
    bad = 0
    for y in ps.parsed_years(staging):
        df = ps.read_parsed_years(staging, [y])
        bad += int(polars_rules(validate.prepare(df)).sum())
    return {"seconds": time.perf_counter() - t0, "rows_flagged": bad}


def load_floor(staging: Path, out: Path) -> dict:
    import duckdb

    from pipelines.lib import staging as st

    out.unlink(missing_ok=True)
    files = [str(f) for f in st.staged_files(staging, "observations")]
    t0 = time.perf_counter()
    con = duckdb.connect(str(out))
    con.execute("CREATE TABLE t AS SELECT * FROM read_parquet(?)", [files])
    con.close()
    secs = time.perf_counter() - t0
    out.unlink(missing_ok=True)
    return {"seconds": secs}


# ------------------------------------------------------------------ serving

QUERIES = {
    "v_chi_tieu_tinh province+indicator+period": (
        "SELECT * FROM v_chi_tieu_tinh WHERE ma_tinh = ? AND ma_chi_tieu = ? AND ky = ?", ["56", "export_value", "2023-06"]),
    "v_chi_tieu_tinh province+indicator series": (
        "SELECT ky, gia_tri FROM v_chi_tieu_tinh WHERE ma_tinh = ? AND ma_chi_tieu = ? ORDER BY ky",
        ["56", "export_value"]),
    "v_best_observation cluster ranking": (
        "SELECT province_code, value, rank() OVER (ORDER BY value DESC) FROM v_best_observation "
        "WHERE indicator = 'grdp_growth' AND period = ? AND province_code IN "
        "('49','51','52','54','56','62','64','66','67','68')", ["2023"]),
    "v_xep_hang_cum": ("SELECT * FROM v_xep_hang_cum", []),
    "v_observation_34 one indicator": (
        "SELECT province_code_34, period, value FROM v_observation_34 WHERE indicator = ? AND period = ?",
        ["export_value", "2024"]),
}


def serving(warehouse: Path, repeats: int = 25) -> dict:
    import duckdb

    out = {}
    for name, (sql, params) in QUERIES.items():
        times, rows = [], 0
        for _ in range(repeats):
            con = duckdb.connect(str(warehouse), read_only=True)
            t0 = time.perf_counter()
            try:
                rows = len(con.execute(sql, params).fetchall())
            except duckdb.CatalogException as e:  # a view another engineer has not built yet
                out[name] = {"error": str(e).splitlines()[0]}
                con.close()
                break
            times.append(time.perf_counter() - t0)
            con.close()
        if times:
            times.sort()
            out[name] = {"median_ms": 1000 * statistics.median(times),
                         "p95_ms": 1000 * times[min(len(times) - 1, int(0.95 * len(times)))], "rows": rows}
    return out


# ------------------------------------------------------------------ the tiers

def ensure_tier(tier: str) -> tuple[Path, dict]:
    from pipelines.lib import generate

    inbox = BENCH / tier
    stats_file = BENCH / f"{tier}.stats.json"
    if not stats_file.exists() or not inbox.exists():
        shutil.rmtree(inbox, ignore_errors=True)
        t0 = time.perf_counter()
        stats = generate.generate(tier, inbox)
        stats["generate_seconds"] = time.perf_counter() - t0
        stats_file.write_text(json.dumps(stats, ensure_ascii=False, indent=2))
    return inbox, json.loads(stats_file.read_text())


def incremental(tier: str, inbox: Path, full: dict) -> dict:
    """The inbox without INCREMENTAL_YEAR refreshed (parse cache shared), then the year's files added and
    `--years Y:Y` refreshed: that second run is the figure."""
    year = str(INCREMENTAL_YEAR)
    partial = BENCH / f"{tier}_without_{year}"
    shutil.rmtree(partial, ignore_errors=True)
    for p in inbox.rglob("*"):
        if p.is_file() and year not in p.relative_to(inbox).parts:
            dest = partial / p.relative_to(inbox)
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.link(p, dest)
    root = BENCH / f"{tier}_incremental"
    shutil.rmtree(root, ignore_errors=True)
    (root / "staging").mkdir(parents=True)
    shutil.copytree(BENCH / f"{tier}_run" / "staging" / "cache", root / "staging" / "cache", copy_function=_link_or_copy)
    base = refresh(partial, root, fresh=False)
    for p in inbox.rglob("*"):
        if p.is_file() and year in p.relative_to(inbox).parts:
            dest = partial / p.relative_to(inbox)
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.link(p, dest)
    inc = refresh(partial, root, years=f"{year}:{year}", fresh=False)
    return {"year": INCREMENTAL_YEAR, "baseline_seconds": base["seconds"], "seconds": inc["seconds"],
            "steps": inc["steps"], "ratio_to_full": inc["seconds"] / full["seconds"]}


def _link_or_copy(src: str, dst: str) -> None:
    """Files the runs only add and remove are linked; the cache's database, which a run changes in place, is copied."""
    from pipelines.lib import cache_store

    if cache_store.is_store_file(os.path.basename(src)):
        shutil.copy2(src, dst)
    else:
        os.link(src, dst)


def step_sum(steps: dict, names: list[str]) -> float:
    return sum(v or 0 for k, v in steps.items() if any(k.startswith(n) for n in names))


def bench_tier(tier: str, with_incremental: bool) -> dict:
    import polars as pl

    from pipelines.lib import parsed_store as ps

    inbox, stats = ensure_tier(tier)
    print(f"[{tier}] {stats['files']} files, {stats['observations']:,} observations expected", flush=True)
    root = BENCH / f"{tier}_run"
    full = refresh(inbox, root)
    staging = root / "staging"
    rows_in = ps.rows_in(staging)
    quarantined = sum(pl.scan_parquet(f).select(pl.len()).collect().item()
                      for f in sorted((staging / "quarantine").glob("year=*/*.parquet")))
    print(f"[{tier}] refresh {full['seconds']:.1f}s, rows in {rows_in:,}, quarantined {quarantined:,}", flush=True)
    steps = full["steps"]
    parse = step_sum(steps, ["parsed_inbox"])
    validate_s = step_sum(steps, ["staged_observations"])
    load = step_sum(steps, ["warehouse_candidate", "covenants", "emulation_scores", "published_warehouse"])
    floors = {"parse": parse_floor(inbox), "validate": validate_floor(staging),
              "load": load_floor(staging, BENCH / f"{tier}_floor.duckdb")}
    print(f"[{tier}] floors {json.dumps({k: round(v['seconds'], 1) for k, v in floors.items()})}", flush=True)
    out = {
        "tier": tier, "files": stats["files"], "observations_expected": stats["observations"], "rows_in": rows_in,
        "quarantined_expected": stats["quarantined_rows"], "quarantined": quarantined,
        "refresh": {k: v for k, v in full.items() if k != "stdout"},
        "parse": {"seconds": parse, "floor": floors["parse"]},
        "validate": {"seconds": validate_s, "floor": floors["validate"]},
        "load": {"seconds": load, "floor": floors["load"]},
        "floors_sum": sum(f["seconds"] for f in floors.values()),
        "serving": serving(root / "warehouse.duckdb"),
        "disk": disk(inbox, root),
    }
    if with_incremental:
        out["incremental"] = incremental(tier, inbox, full)
    return out


def bench_sample(repeats: int = 3) -> dict:
    imports = [run_child([PY, "-c", "import dagster, great_expectations"], "import")["seconds"] for _ in range(repeats)]
    runs = []
    for _ in range(repeats):
        tmp = BENCH / "sample_run"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        runs.append(run_child([str(Path(PY).parent / "thidua"), "refresh", "--warehouse", str(tmp / "w.duckdb"),
                               "--staging", str(tmp / "staging")], "sample")["seconds"])
    return {"seconds": statistics.median(runs), "floor": statistics.median(imports)}


# ------------------------------------------------------------------ report

def rows_for(results: dict) -> list[tuple[str, str, float, float, str]]:
    """(key, figure, value, floor, target) for the table; ratio = value / floor. The key names the figure
    whatever its measured parts (a p95 in the label): the same key in two runs is the same figure."""
    rows = []
    for tier, r in results["tiers"].items():
        rows.append((f"parse {tier}", f"parse {tier} ({r['files']} files, {r['rows_in']:,} rows)", r["parse"]["seconds"],
                     r["parse"]["floor"]["seconds"], ""))
        rows.append((f"validate {tier}", f"validate {tier} (GX vs polars rules)", r["validate"]["seconds"],
                     r["validate"]["floor"]["seconds"], ""))
        rows.append((f"load {tier}", f"load {tier} (staged → published)", r["load"]["seconds"], r["load"]["floor"]["seconds"], ""))
        rows.append((f"end to end {tier}", f"end to end {tier} (thidua refresh, empty warehouse)", r["refresh"]["seconds"],
                     r["floors_sum"], "≤ 2× floors"))
        rows.append((f"peak memory {tier}", f"peak memory {tier} (MiB, process tree)", r["refresh"]["peak_tree_mib"], 2048.0,
                     "< 2048 MiB (L)" if tier == "L" else ""))
        if "cpu_seconds" in r["refresh"]:
            rows.append((f"cpu {tier}", f"CPU {tier}: seconds of every process (floor: the wall time; ratio: cores busy)",
                         r["refresh"]["cpu_seconds"], r["refresh"]["seconds"], ""))
        if "disk" in r:
            d = r["disk"]
            rows.append((f"disk cache {tier}", f"disk {tier}: parse cache, MiB (floor: the inbox)", d["parse_cache_mib"],
                         d["inbox_mib"], ""))
            rows.append((f"disk staged {tier}", f"disk {tier}: staged Parquet + warehouse, MiB (floor: the inbox)",
                         d["staged_mib"] + d["warehouse_mib"], d["inbox_mib"], ""))
        if "incremental" in r:
            inc = r["incremental"]
            rows.append((f"incremental {tier}", f"incremental {tier}: year {inc['year']} added (vs full refresh)",
                         inc["seconds"], r["refresh"]["seconds"], "≤ 0.15× full"))
        for q, s in r["serving"].items():
            if "median_ms" in s:
                rows.append((f"serving {tier} {q}", f"serving {tier} {q}: median ms (p95 {s['p95_ms']:.1f})", s["median_ms"],
                             100.0, "< 100 ms median (L)" if tier == "L" else ""))
            else:
                rows.append((f"serving {tier} {q}", f"serving {tier} {q}: {s['error']}", float("nan"), 100.0, ""))
    if "sample" in results:
        s = results["sample"]
        rows.append(("sample", "make run on data/sample (vs import dagster, GX)", s["seconds"], s["floor"], "≤ 3× floor"))
    return rows


def last_run(results_dir: Path, tiers: list[str], exclude: Path | None = None) -> dict | None:
    """The results of the last run that measured every one of `tiers`: the newest by the time it recorded
    (runs before 0119da6 recorded only their date: then by the file's modification time), `exclude` left out."""
    found = []
    for path in results_dir.glob("*.json"):
        if exclude is not None and path.resolve() == exclude.resolve():
            continue
        try:
            earlier = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        if set(tiers) <= set(earlier.get("tiers", {})):
            found.append((earlier.get("time") or earlier.get("date", ""), path.stat().st_mtime, earlier))
    return max(found, key=lambda f: f[:2])[2] if found else None


def markdown(results: dict, before: dict | None = None) -> str:
    """The table of a run; with `before` (`last_run`), each figure beside its value and its ratio in that run (on
    this machine the ratios compare across runs better than the seconds: every floor moves with the hour)."""
    lines = [f"# Benchmark {results['date']} ({results['commit']})", "",
             f"Machine: {results['machine']}. Seconds unless stated; ratio = figure / floor."]
    previous = {key: (value, floor) for key, _, value, floor, _ in rows_for(before)} if before else {}
    if before:
        lines.append(f"Last run: {before.get('time') or before['date']} ({before['commit']}).")
    lines += ["", "| figure | value | floor | ratio | target |" + (" last run | last ratio |" if before else ""),
              "|---|---:|---:|---:|---|" + ("---:|---:|" if before else "")]
    for key, name, value, floor, target in rows_for(results):
        ratio = value / floor if floor else float("nan")
        line = f"| {name} | {value:.2f} | {floor:.2f} | {ratio:.2f} | {target} |"
        if before:
            last, last_floor = previous.get(key, (None, None))
            line += f" {last:.2f} | {last / last_floor if last_floor else float('nan'):.2f} |" if last is not None else " – | – |"
        lines.append(line)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    global BENCH, RESULTS, CODE
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tier", default="M,L", help="comma-separated tiers: S, M, L (default M,L)")
    ap.add_argument("--no-sample", action="store_true", help="skip the data/sample run")
    ap.add_argument("--no-incremental", action="store_true")
    ap.add_argument("--data", type=Path, default=BENCH, help="where the tiers are generated and refreshed")
    ap.add_argument("--results", type=Path, default=RESULTS, help="where the result files go")
    ap.add_argument("--only-incremental", action="store_true",
                    help="time the incremental year alone, on the parse cache of the tier's last run; print, write nothing")
    ap.add_argument("--repo", type=Path, default=CODE,
                    help="the checkout whose code the timed refreshes run (a git worktree of an earlier commit)")
    args = ap.parse_args(argv)
    BENCH, RESULTS, CODE = args.data.resolve(), args.results.resolve(), args.repo.resolve()
    ENV["PYTHONPATH"] = str(CODE)
    tiers = [t.strip().upper() for t in args.tier.split(",") if t.strip()]
    if args.only_incremental:  # e.g. alternated with `--repo` on a worktree of an earlier commit
        for tier in tiers:
            inc = incremental(tier, BENCH / tier, {"seconds": float("nan")})
            steps = {k: round(v, 2) for k, v in inc["steps"].items() if v}
            print(f"incremental {tier}: {inc['seconds']:.2f} s, steps {sum(steps.values()):.2f} s: {json.dumps(steps)}")
        return 0
    sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=CODE, capture_output=True, text=True).stdout.strip()
    results = {"date": dt.date.today().isoformat(), "time": dt.datetime.now().isoformat(timespec="seconds"), "commit": sha,
               "machine": f"{os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB",
               "tiers": {}}
    for tier in tiers:
        results["tiers"][tier] = bench_tier(tier, with_incremental=not args.no_incremental and tier in ("S", "M"))
    if not args.no_sample:
        results["sample"] = bench_sample()
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = RESULTS / f"{results['date']}-{sha}"
    before = last_run(RESULTS, tiers, exclude=stem.with_suffix(".json"))
    stem.with_suffix(".json").write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    md = markdown(results, before)
    stem.with_suffix(".md").write_text(md)
    if set(tiers) >= {"M", "L"}:
        (RESULTS / "latest.md").write_text(md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
