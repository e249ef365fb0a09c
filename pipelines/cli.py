"""The `thidua` command: refresh, extract, sql, rank."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from pipelines.lib.reference_data import REPO_ROOT


def use_repo_instance() -> None:
    """DAGSTER_HOME = the repo root (dagster.yaml), storage in the git-ignored .dagster_home/."""
    if not (REPO_ROOT / "dagster.yaml").exists():
        return
    os.environ.setdefault("DAGSTER_HOME", str(REPO_ROOT))
    home = REPO_ROOT / ".dagster_home"
    for var, sub in (("THIDUA_DAGSTER_STORAGE", "storage"), ("THIDUA_DAGSTER_ARTIFACTS", "artifacts"),
                     ("THIDUA_DAGSTER_LOGS", "compute_logs")):
        os.environ.setdefault(var, str(home / sub))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def _abs(p: str | None) -> str | None:
    return str(Path(p).resolve()) if p else None


def run_refresh(inbox: str | None = None, warehouse: str | None = None, staging: str | None = None,
                published: dt.date | None = None, years: tuple[str, str] | None = None,
                models: str | None = None, workers: int | None = None, instance=None, rebuild: bool = False):
    """Run the refresh job in this process; returns dagster's ExecuteInProcessResult.

    Runs are recorded in the repo's Dagster instance when DAGSTER_HOME is set (the UI shows them),
    else in a throw-away one; tests pass their own.
    """
    from pipelines.lib import warm_validator

    # GX is imported in another process while this one imports Dagster (both take seconds)
    warm_validator.start(workers)
    try:
        return _run_job(_config(inbox, warehouse, staging, published, models, workers, rebuild), years, instance)
    finally:
        warm_validator.stop()


def _config(inbox, warehouse, staging, published, models, workers, rebuild) -> dict:
    """The `paths` resource's config: only what was given."""
    return {k: v for k, v in {
        "inbox": _abs(inbox), "warehouse": _abs(warehouse), "staging": _abs(staging), "models": _abs(models),
        "published": published.isoformat() if published else None, "workers": workers,
        "rebuild": rebuild or None,
    }.items() if v is not None}


def _run_job(config: dict, years: tuple[str, str] | None, instance):
    import warnings

    from dagster import DagsterInstance

    warnings.filterwarnings("ignore", module="dagster")  # beta/preview notices are for developers, not this command

    from pipelines.definitions import defs
    from pipelines.defs.partitions import yearly

    keys = yearly.get_partition_keys()
    first, last = years or (keys[0], keys[-1])
    if instance is None:
        instance = DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()
    job = defs.resolve_job_def("refresh_warehouse")
    return job.execute_in_process(
        run_config={"resources": {"paths": {"config": config}},
                    "loggers": {"console": {"config": {"log_level": os.environ.get("THIDUA_LOG_LEVEL", "WARNING")}}}},
        tags={"dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last},
        instance=instance,
        raise_on_error=False,
    )


def cmd_refresh(args: argparse.Namespace) -> int:
    from pipelines.lib import warm_validator

    warm_validator.start()  # before anything imports Dagster (run_refresh starts none a second time)
    from pipelines.defs.resources import ThiduaPaths
    from pipelines.lib import summary

    years = (args.years.split(":")[0], args.years.split(":")[-1]) if args.years else None
    result = run_refresh(args.inbox, args.warehouse, args.staging, args.published, years, args.models,
                         rebuild=args.rebuild)
    target = Path(args.warehouse).resolve() if args.warehouse else ThiduaPaths().warehouse_file
    if not result.success:
        published = any(m.asset_key.path == ["published_warehouse"] for m in result.get_asset_materialization_events())
        if published:  # only the copy beyond this machine failed
            print(f"thidua: kho mới đã công bố tại {target}, nhưng sao chép ra ngoài THẤT BẠI — the new warehouse is "
                  "published on this machine, the copy to THIDUA_PUBLISH_URI failed; the next refresh copies again",
                  file=sys.stderr)
        else:
            print("thidua: làm mới THẤT BẠI — kho cũ vẫn giữ nguyên (refresh failed; the previous warehouse still "
                  "serves)", file=sys.stderr)
        for ev in result.all_events:
            if ev.event_type_value == "RESOURCE_INIT_FAILURE":  # e.g. another refresh holds the staging folder
                error = ev.event_specific_data.error
                while error.cause is not None and error.cls_name == "DagsterResourceFunctionError":
                    error = error.cause
                print(f"  {error.message.strip()[:2000]}", file=sys.stderr)
            if ev.event_type_value in ("STEP_FAILURE", "ASSET_CHECK_EVALUATION"):
                data = ev.event_specific_data
                if ev.event_type_value == "ASSET_CHECK_EVALUATION" and data.passed:
                    continue
                detail = getattr(data, "error", None) or getattr(data, "metadata", {}).get("failures")
                msg = getattr(detail, "message", None) or getattr(detail, "value", None) or str(detail)
                print(f"  {ev.step_key or ''}: {msg.strip()[:2000]}", file=sys.stderr)
        return 1
    print(summary.text(target))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    import polars as pl

    from pipelines.lib import ingest

    columns = ["source", "locator", "province_code", "indicator", "period", "status", "value", "unit",
               "qualifier", "basis", "vintage", "raw_label", "raw_value", "snippet", "issue"]
    failed = 0
    frames, skipped = [], []
    for name in args.paths:
        try:
            result = ingest.extract_file(Path(name), published=args.published, name=name)
        except ingest.InputError as e:
            print(f"thidua extract: {e}", file=sys.stderr)
            failed += 1
            continue
        frames.append(result.observations.select(columns))
        skipped += [{"source": name, **s} for s in result.skipped]
    out = pl.concat(frames) if frames else pl.DataFrame(schema={c: pl.String for c in columns})
    if args.format == "jsonl":
        for row in out.iter_rows(named=True):
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(out.with_columns(pl.col("vintage").cast(pl.String)).write_csv())
    if args.explain:
        print(f"\n# {len(skipped)} đoạn/dòng bỏ qua (skipped, with the reason):", file=sys.stderr)
        for s in skipped:
            print(f"{s['source']}\t{s.get('locator', '')}\t{s.get('reason', '')}\t{(s.get('snippet') or '')[:160]}",
                  file=sys.stderr)
    return 1 if failed else 0


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from pipelines.defs.resources import ThiduaPaths

    path = Path(args.warehouse).resolve() if args.warehouse else ThiduaPaths().warehouse_file
    if not path.exists():
        print(f"thidua sql: {path}: no warehouse yet; run `make run` or `thidua refresh` first", file=sys.stderr)
        return 2
    con = duckdb.connect(str(path), read_only=True)
    try:
        rel = con.sql(args.query)
        if rel is None:
            return 0
        frame = rel.pl()
    except duckdb.Error as e:
        print(f"thidua sql: {e}", file=sys.stderr)
        return 2
    finally:
        con.close()
    if args.format == "csv":
        sys.stdout.write(frame.write_csv())
    elif args.format == "json":
        sys.stdout.write(frame.write_json() + "\n")
    else:
        import polars as pl

        with pl.Config(tbl_rows=200, tbl_cols=30, fmt_str_lengths=60, tbl_hide_dataframe_shape=True):
            print(frame)
    return 0


def cmd_rank(args: argparse.Namespace) -> int:
    from pipelines.defs.resources import ThiduaPaths
    from pipelines.lib import rank_query

    path = Path(args.warehouse).resolve() if args.warehouse else ThiduaPaths().warehouse_file
    return rank_query.main(path, args.year, args.cluster, args.indicator, args.format)


def cmd_generate(args: argparse.Namespace) -> int:
    from pipelines.lib import generate

    stats = generate.generate(args.tier, Path(args.out), seed=args.seed)
    print(json.dumps(stats, ensure_ascii=False, indent=2, default=str))
    return 0


def main(argv: list[str] | None = None) -> int:
    use_repo_instance()
    parser = argparse.ArgumentParser(prog="thidua", description="Kho dữ liệu chỉ tiêu KT-XH cấp tỉnh cho công tác thi đua.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("refresh", help="ingest the inbox, validate, build and publish the warehouse (in-process)")
    p.add_argument("--inbox", help="folder of reports (default data/sample)")
    p.add_argument("--warehouse", help="published file (default warehouse.duckdb)")
    p.add_argument("--staging", help="staging folder (default .thidua/staging)")
    p.add_argument("--models", help="folder of SQL models (default models/)")
    p.add_argument("--published", type=_date, help="vintage of every file read (YYYY-MM-DD)")
    p.add_argument("--years", help="only these partition years, e.g. 2023 or 2020:2023 (default all)")
    p.add_argument("--rebuild", action="store_true",
                   help="build every table from the staging (default: copy unchanged years' facts from the published file)")
    p.set_defaults(func=cmd_refresh)

    p = sub.add_parser("extract", help="print the observations found in files, loading nothing")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=["csv", "jsonl"], default="csv")
    p.add_argument("--published", type=_date)
    p.add_argument("--explain", action="store_true", help="list on stderr what was skipped and why")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("sql", help="run a read-only query on the published warehouse")
    p.add_argument("query")
    p.add_argument("--warehouse")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_sql)

    p = sub.add_parser("rank", help="the cluster ranking of a year, or one indicator's ranking")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--cluster")
    p.add_argument("--indicator")
    p.add_argument("--warehouse")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_rank)

    p = sub.add_parser("generate", help="write a synthetic national inbox (tiers S, M, L) for benchmarks")
    p.add_argument("--tier", choices=["S", "M", "L"], required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_generate)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
