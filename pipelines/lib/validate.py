"""Run the GX suites of `expectations/` on observation frames and split the rows.

`split(observations)` returns (loaded, quarantined): every input row lands in
exactly one of them; a quarantined row carries every expectation it failed and
why. GX (1.x) validates a pandas copy; great_expectations is imported only here,
when validation runs, because the import costs seconds.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipelines.lib import catalogue, observation, provinces
from pipelines.lib.reference_data import REPO_ROOT

EXPECTATIONS_DIR = Path(os.environ.get("THIDUA_EXPECTATIONS", REPO_ROOT / "expectations"))
SHARE_INDICATOR_KIND = "share"
QUARANTINE_COLUMNS = {**observation.SCHEMA, "expectation": pl.String, "reason": pl.String}


def expectation_column(kwargs: dict) -> str | None:
    """The column(s) an expectation reads, as quarantine rows name it: `type(column)`."""
    return kwargs.get("column") or ",".join(kwargs.get("column_list", [])) or kwargs.get("column_A")


def rule_reasons(suite_name: str) -> dict[str, str]:
    """`type(column)` → the reason text of each expectation of a suite (the first, where two share a key)."""
    rules: dict[str, str] = {}
    for e in load_suite_json(suite_name)["expectations"]:
        rules.setdefault(f"{e['type']}({expectation_column(e['kwargs'])})", e.get("meta", {}).get("reason", e["type"]))
    return rules


def load_suite_json(name: str) -> dict:
    return json.loads((EXPECTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))


def suite_parameters() -> dict:
    return {
        "indicator_codes": sorted(catalogue.indicators()),
        "statuses": list(observation.STATUSES),
        "qualifiers": list(observation.QUALIFIERS),
    }


def _province_validity() -> pl.DataFrame:
    return pl.DataFrame(
        [(v.code, v.valid_from, v.valid_to) for v in provinces.versions()],
        schema={"province_code": pl.String, "valid_from": pl.Date, "valid_to": pl.Date},
        orient="row",
    )


def _period_bounds_exprs() -> list[pl.Expr]:
    """period → its first and last day, in polars (same rules as dim_period and observation.period_end)."""
    p = pl.col("period")
    year = p.str.slice(0, 4).cast(pl.Int32, strict=False)
    rest = p.str.slice(5)
    end_month = (
        pl.when(rest.is_null() | (rest == "")).then(12)
        .when(rest == "H1").then(6)
        .when(rest == "H2").then(12)
        .when(rest.str.ends_with("M")).then(rest.str.strip_suffix("M").cast(pl.Int32, strict=False))
        .when(rest.str.starts_with("Q")).then(rest.str.slice(1).cast(pl.Int32, strict=False) * 3)
        .otherwise(rest.cast(pl.Int32, strict=False))
    )
    start_month = (
        pl.when(rest.is_null() | (rest == "") | (rest == "H1") | rest.str.ends_with("M")).then(1)
        .when(rest == "H2").then(7)
        .when(rest.str.starts_with("Q")).then(end_month - 2)
        .otherwise(end_month)
    )
    end_month = end_month.clip(1, 12)
    first_of_next = pl.date(year + (end_month == 12).cast(pl.Int32), (end_month % 12) + 1, 1)
    return [
        pl.date(year, start_month.clip(1, 12), 1).alias("period_start"),
        (first_of_next - pl.duration(days=1)).alias("period_end"),
    ]


def prepare(obs: pl.DataFrame) -> pl.DataFrame:
    """Add the columns the suite reads: row_id, expected_unit, province_valid, share_sum/share_count.

    A code is valid when a version of it exists during the period (the warehouse keys the row to the
    latest such version): 52 in 2025 is the new Gia Lai; 28 (Hà Tây) in 2008 is Hà Tây, which
    existed until 31 July 2008.
    """
    inds = catalogue.indicators()
    units = pl.DataFrame(
        {"indicator": list(inds), "expected_unit": [i.unit for i in inds.values()],
         "indicator_kind": [i.kind for i in inds.values()]}
    )
    df = obs if "row_id" in obs.columns else obs.with_row_index("row_id")
    # Worked out once per distinct period and (province, period), then joined: a national frame has
    # millions of rows but a few hundred periods and a few thousand pairs.
    periods = df.select(pl.col("period").unique()).with_columns(_period_bounds_exprs())
    valid = (
        df.select("province_code", "period").unique().join(periods, on="period")
        .join(_province_validity(), on="province_code", how="inner")
        .filter((pl.col("period_start") <= pl.col("valid_to")) & (pl.col("period_end") >= pl.col("valid_from")))
        .select("province_code", "period").unique().with_columns(pl.lit(True).alias("province_valid"))
    )
    df = (df.join(periods, on="period", how="left", maintain_order="left")
          .join(units, on="indicator", how="left", maintain_order="left")
          .join(valid, on=["province_code", "period"], how="left", maintain_order="left")
          .with_columns(pl.when(pl.col("province_code").is_null()).then(None)
                        .otherwise(pl.col("province_valid").fill_null(False)).alias("province_valid")))
    share_group = ["province_code", "province_key", "period", "status", "source_id", "vintage"]
    is_share = pl.col("indicator_kind") == SHARE_INDICATOR_KIND
    shares = df.filter(is_share).group_by(share_group).agg(
        pl.col("value").sum().alias("share_sum"), pl.col("value").count().alias("share_count"))
    df = df.join(shares, on=share_group, how="left", maintain_order="left", nulls_equal=True).with_columns(
        pl.when(is_share).then(pl.col("share_sum")).alias("share_sum"),
        pl.when(is_share).then(pl.col("share_count")).otherwise(0).alias("share_count"),
    )
    return df.sort("row_id")


@lru_cache(maxsize=1)
def _gx_context():
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    # GX leaves a few hundred thousand objects that live as long as the process; frozen, the garbage
    # collector stops walking them in every full collection (staging collects after each batch).
    import gc

    gc.freeze()
    return ctx


def load_gx() -> None:
    """Import GX and build its context now (the first validation would otherwise pay for it)."""
    _gx_context()


def _condition_columns(condition) -> set[str]:
    """Columns a row condition reads: a GX Condition as stored in a suite (nested dicts naming
    `{"column": {"name": ...}}`), or a legacy pandas condition string (every name it mentions)."""
    import re

    if isinstance(condition, str):
        return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", condition))
    if isinstance(condition, dict):
        found = {condition["column"]["name"]} if isinstance(condition.get("column"), dict) else set()
        for inner in condition.get("conditions", []):
            found |= _condition_columns(inner)
        return found
    return set()


def _suite_columns(spec: dict, available: list[str]) -> list[str]:
    """Columns a suite reads: those its expectations name, those its row conditions mention, and row_id."""
    wanted = {"row_id"}
    for e in spec["expectations"]:
        kw = e["kwargs"]
        wanted.update(c for c in (kw.get("column"), kw.get("column_A"), kw.get("column_B")) if c)
        wanted.update(kw.get("column_list", []))
        wanted.update(_condition_columns(kw.get("row_condition")))
    return [c for c in available if c in wanted]


def _pandas_frame(df: pl.DataFrame, spec: dict):
    """The pandas copy GX validates, text columns as categoricals: a row condition filters every column
    GX reads, and taking integer codes costs a fraction of taking strings (same verdicts, about half the
    time at national scale). Columns compared pairwise share one category list so they stay comparable."""
    text = [c for c, t in df.schema.items() if t == pl.String]
    pdf = df.to_pandas()
    for c in text:
        pdf[c] = pdf[c].astype("category")
    for e in spec["expectations"]:
        pair = [e["kwargs"].get("column_A"), e["kwargs"].get("column_B")]
        if all(c in text for c in pair):
            categories = sorted(set(pdf[pair[0]].cat.categories) | set(pdf[pair[1]].cat.categories))
            for c in pair:
                pdf[c] = pdf[c].cat.set_categories(categories)
    return pdf


def _pandas_clause(kwargs: dict) -> str | None:
    """The pandas query GX's pandas engine runs for an expectation's row condition: GX builds it from a
    Condition; a legacy string with condition_parser "pandas" is the query itself."""
    condition = kwargs.get("row_condition")
    if isinstance(condition, dict):
        from great_expectations.execution_engine import PandasExecutionEngine
        from great_expectations.expectations.row_conditions import deserialize_row_condition

        return PandasExecutionEngine().condition_to_filter_clause(deserialize_row_condition(condition))
    if isinstance(condition, str) and kwargs.get("condition_parser") == "pandas":
        return condition
    return None


def _conditions_applied(pdf, expectations: list[dict]) -> tuple[object, list[dict], dict[str, str]]:
    """Each single-column expectation with a row condition rewritten to read a copy of its column that is
    empty (null) where the condition is false: GX skips nulls in these rules, so the verdicts are the same,
    but the condition is evaluated once (with the query GX itself would run) instead of once per metric
    GX computes (the costliest part of a validation). Returns (frame, expectations, derived → original)."""
    out, derived = [], {}
    for i, e in enumerate(expectations):
        kw = e["kwargs"]
        clause = _pandas_clause(kw) if kw.get("column") else None
        if clause is None:
            out.append(e)
            continue
        name = f"{kw['column']}__when_{i}"
        pdf[name] = pdf[kw["column"]].where(pdf.eval(clause))
        derived[name] = kw["column"]
        rest = {k: v for k, v in kw.items() if k not in ("row_condition", "condition_parser")}
        out.append({**e, "kwargs": {**rest, "column": name}})
    return pdf, out, derived


def run_suite(df: pl.DataFrame, suite_name: str, parameters: dict | None = None) -> list[dict]:
    """Validate `df` with a suite; one dict per expectation, in the suite's order:
    {expectation, column, success, reason, show, row_ids, observed} (row_ids when `df` has a row_id column)."""
    return run_suite_parts([df], suite_name, parameters)


def run_suite_parts(frames: Iterable[pl.DataFrame], suite_name: str, parameters: dict | None = None) -> list[dict]:
    """`run_suite` over the rows of several frames taken one after the other (a generator can build each when
    it is needed: one part's pandas copy is alive at a time).

    GX answers in two kinds of calls: the rules that judge a row by its own values alone, asked once per
    distinct value over every part (`distinct_values`: one call, since each costs a fixed 0.15 s or so, whatever
    its size), and the others (unique keys, row counts, a `mostly` share), asked of each part's rows. Those
    look across rows: the caller cuts parts that do not interact (`split` cuts between sources). A rule fails
    when it fails in a part; its rows are every part's failing rows, its observed value the first failing
    part's. At least one frame is needed."""
    import great_expectations as gx

    from pipelines.lib import distinct_values  # (pandas: imported where GX runs, not by every user of this module)

    spec = load_suite_json(suite_name)
    batch_def = _batch_definition(suite_name)
    local: list[int] = []
    parts: list[distinct_values.PartValues] = []
    answered_rest: dict[int, list[tuple]] = {}
    expectations, derived = spec["expectations"], {}
    given = 0
    for df in frames:
        given += 1
        pdf = _pandas_frame(df.select(_suite_columns(spec, df.columns)), spec)  # the columns its rules read
        pdf, expectations, derived = _conditions_applied(pdf, spec["expectations"])
        with_rows = "row_id" in df.columns
        local = [i for i, e in enumerate(expectations) if with_rows and distinct_values.is_row_local(e)]
        rest = [i for i in range(len(expectations)) if i not in local]
        if local:
            parts.append(distinct_values.part_values(pdf, [expectations[i] for i in local]))
        if rest:
            cols = _suite_columns({"expectations": [expectations[i] for i in rest]}, list(pdf.columns))
            got = _answer(gx, batch_def, pdf[cols], spec["name"], [expectations[i] for i in rest], parameters, with_rows)
            for i, (verdict, detail) in zip(rest, got):
                answered_rest.setdefault(i, []).append((verdict, detail, _failing_ids(detail)))
        del pdf
    if not given:
        raise ValueError(f"run_suite_parts: no frame to validate with the suite '{suite_name}'")
    answered: dict[int, tuple] = {i: _combined(got) for i, got in answered_rest.items()}
    if parts:
        values = distinct_values.value_frame(parts, [expectations[i] for i in local])
        derived.update({k: derived.get(v, v) for k, v in values.renamed.items()})
        got = _answer(gx, batch_def, values.frame, spec["name"], values.expectations, parameters, True,
                      two_pass=False)  # a frame of distinct values is small: failing values are cheap to list
        for j, (i, (verdict, detail)) in enumerate(zip(local, got)):
            answered[i] = (verdict, detail, distinct_values.failing_rows(values, j, _failing_ids(detail)))
    out = []
    for i in range(len(expectations)):
        verdict, r, rows = answered[i]
        cfg = r.expectation_config
        out.append({
            "expectation": cfg.type,
            "column": derived.get(expectation_column(cfg.kwargs), expectation_column(cfg.kwargs)),
            "success": bool(verdict.success),
            "reason": (cfg.meta or {}).get("reason", cfg.type),
            "show": (cfg.meta or {}).get("show"),
            "row_ids": rows,
            "observed": (r.result or {}).get("observed_value"),
        })
    return out


def _combined(per_part: list[tuple]) -> tuple:
    """One rule's (verdict, detail, failing row_ids) over the parts: the first failing part's verdict and
    detail (else the first part's), every part's rows."""
    first = next((p for p in per_part if not p[0].success), per_part[0])
    return first[0], first[1], [rid for p in per_part for rid in p[2]]


def _failing_ids(detail) -> list[int]:
    """The `row_id`s of the frame's failing rows, as a COMPLETE result lists them."""
    return [int(u["row_id"]) for u in ((detail.result or {}).get("unexpected_index_list") or [])]


def _batch_definition(suite_name: str):
    """The whole-dataframe batch definition of a suite's pandas source (created on first use)."""
    ctx = _gx_context()
    source_name = f"thidua_{suite_name}"
    try:
        ds = ctx.data_sources.get(source_name)
    except (KeyError, ValueError):
        ds = ctx.data_sources.add_pandas(source_name)
    try:
        asset = ds.get_asset("frame")
    except LookupError:
        asset = ds.add_dataframe_asset("frame")
    try:
        return asset.get_batch_definition("whole")
    except (KeyError, ValueError):
        return asset.add_batch_definition_whole_dataframe("whole")


def _answer(gx, batch_def, pdf, name: str, expectations: list[dict], parameters: dict | None,
            with_rows: bool, two_pass: bool = True) -> list[tuple]:
    """(verdict, detail) per expectation, in their order, of GX validating `pdf`: the detail lists the
    failing rows by `row_id` (when the frame has one).

    Two passes by default: first only which expectations pass (about a third cheaper than asking every one
    for its failing rows), then the failing ones alone for their rows and observed values. Each call to
    GX also costs a fixed tenth of a second or so (it plans every rule anew), so a small frame is asked
    everything in one pass. Results are matched to the expectations by a number in their meta: GX does
    not return them in the suite's order."""
    batch = batch_def.get_batch(batch_parameters={"dataframe": pdf})
    complete = ({"result_format": "COMPLETE", "unexpected_index_column_names": ["row_id"]}
                if with_rows else {"result_format": "SUMMARY"})
    numbered = [{**e, "meta": {**(e.get("meta") or {}), "thidua_rule": i}} for i, e in enumerate(expectations)]

    def validate(rules: list[dict], result_format: dict) -> dict[int, object]:
        results = batch.validate(gx.ExpectationSuite(name=name, expectations=rules),
                                 expectation_parameters=parameters or {}, result_format=result_format).results
        return {r.expectation_config.meta["thidua_rule"]: r for r in results}

    if not two_pass:
        full = validate(numbered, complete)
        return [(full[i], full[i]) for i in range(len(numbered))]
    verdicts = validate(numbered, {"result_format": "BOOLEAN_ONLY"})
    failing = [e for i, e in enumerate(numbered) if not verdicts[i].success]
    details = validate(failing, complete) if failing else {}
    return [(verdicts[i], details.get(i, verdicts[i])) for i in range(len(numbered))]


CHUNK_ROWS = 400_000  # GX validates a pandas copy: chunks bound the memory of one validation


def split(obs: pl.DataFrame, chunk_rows: int | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(loaded, quarantined) of canonical observations, each in the input's order; rows in = loaded + quarantined.

    Large frames are given to GX in chunks of whole sources (`run_suite_parts`): every rule that looks across
    rows (the GRDP shares of a province-period, the unique observation key) stays within one source, so a chunk
    of whole sources gives the same verdicts as the whole frame. Only one chunk's copy exists at a time.
    """
    if obs.height == 0:
        return obs.select(list(observation.SCHEMA)), pl.DataFrame(schema=QUARANTINE_COLUMNS)
    rows = obs.select(list(observation.SCHEMA)).with_row_index("row_id")
    inputs = rows.select("row_id", *_inputs_of_observations_suite())
    shows = sorted({e["meta"]["show"] for e in load_suite_json("observations")["expectations"]
                    if (e.get("meta") or {}).get("show")})
    derived_shown: list[pl.DataFrame] = []  # the shown columns `prepare` adds (share_sum), of every row

    def prepared():
        for chunk in _chunks_of_whole_sources(inputs, chunk_rows or CHUNK_ROWS):
            df = prepare(chunk)
            derived_shown.append(df.select("row_id", *[c for c in shows if c in df.columns and c not in rows.columns]))
            yield df

    failures: list[dict] = []
    for r in run_suite_parts(prepared(), "observations", suite_parameters()):
        for rid in r["row_ids"]:
            failures.append({"row_id": rid, "expectation": f"{r['expectation']}({r['column']})",
                             "reason": r["reason"], "show": r["show"]})
    if not failures:
        return rows.drop("row_id"), pl.DataFrame(schema=QUARANTINE_COLUMNS)
    fail = pl.DataFrame(failures, schema={"row_id": pl.UInt32, "expectation": pl.String, "reason": pl.String, "show": pl.String})
    # Each reason ends with the offending value; rows the parser flagged show the parser's own message.
    shown_cols = sorted(set(fail["show"].drop_nulls()))
    failing = pl.col("row_id").is_in(fail["row_id"].unique().implode())
    derived = pl.concat(derived_shown, how="vertical").filter(failing)
    shown = rows.filter(failing).select("row_id", *[c for c in shown_cols if c in rows.columns]).join(
        derived.select("row_id", *[c for c in shown_cols if c in derived.columns]), on="row_id", how="left")
    detail = fail.join(shown.select("row_id", *shown_cols).cast({c: pl.String for c in shown_cols}), on="row_id", how="left")
    reason = pl.col("reason")
    for c in shown_cols:
        value = pl.col(c).fill_null("∅")
        reason = pl.when(pl.col("show") == c).then(value if c == "issue" else pl.format("{}: {}", pl.col("reason"), value)).otherwise(reason)
    grouped = detail.with_columns(reason.alias("reason")).group_by("row_id").agg(
        pl.col("expectation").str.join("; "), pl.col("reason").str.join("; ")
    )
    # filters keep the rows' order: no join of every row, no sort (each would copy the whole frame again)
    failed = pl.col("row_id").is_in(grouped["row_id"].implode())
    loaded = rows.filter(~failed).drop("row_id")
    bad = rows.filter(failed).join(grouped, on="row_id", how="left", maintain_order="left")
    return loaded, bad.select(list(QUARANTINE_COLUMNS))


def _chunks_of_whole_sources(frame: pl.DataFrame, chunk_rows: int):
    """`frame` in chunks of about `chunk_rows` rows, each holding whole sources (in their order of first
    appearance), each chunk's rows in the frame's order; the frame itself when it is small enough."""
    if frame.height <= chunk_rows:
        yield frame
        return
    sizes = frame.group_by("source_id", maintain_order=True).len()
    chunk_of = sizes.with_columns((pl.col("len").cum_sum() // chunk_rows).alias("chunk")).select("source_id", "chunk")
    chunk = frame.select("source_id").join(chunk_of, on="source_id", how="left", maintain_order="left",
                                        nulls_equal=True)["chunk"]
    for c in chunk.unique(maintain_order=True):
        yield frame[(chunk == c).arg_true()]


PREPARE_INPUTS = ["province_code", "province_key", "indicator", "period", "value", "status", "source_id", "vintage"]


@lru_cache(maxsize=1)
def _inputs_of_observations_suite() -> list[str]:
    """The observation columns `prepare` and the `observations` suite read (GX and prepare get no others)."""
    wanted = set(_suite_columns(load_suite_json("observations"), list(observation.SCHEMA))) | set(PREPARE_INPUTS)
    return [c for c in observation.SCHEMA if c in wanted]
