"""Emulation scoring: covenant targets + reported actuals → points → cluster ranking.

Pure functions, polars in → polars out. The scheme (`scoring_scheme.Scheme`)
holds every number; nothing here is a hidden constant. Every member × criterion
comes out as a row, with a one-line Vietnamese explanation: a missing report is
a row with 0 points and the reason, never a missing row.
"""

from __future__ import annotations

import math

import polars as pl

from pipelines.lib.scoring_scheme import Scheme

SCORE_SCHEMA: dict[str, pl.DataType] = {
    "cluster_code": pl.String,
    "year": pl.Int32,
    "province_code": pl.String,
    "criterion_code": pl.String,
    "criterion_name": pl.String,
    "group": pl.String,
    "kind": pl.String,  # quantitative, qualitative
    "indicator": pl.String,  # catalogue code; null for qualitative criteria
    "unit": pl.String,  # catalogue canonical unit of target and actual
    "direction": pl.String,  # up, down
    "measure": pl.String,  # level, growth_rate, rate, qualitative
    "mode": pl.String,  # ratio, difference_pp, cluster_vote
    "target": pl.Float64,
    "actual": pl.Float64,
    "actual_status": pl.String,  # actual, estimate (null when missing)
    "actual_qualifier": pl.String,  # exact, more_than, about ...
    "actual_source_id": pl.String,
    "actual_is_estimate": pl.Boolean,
    "actual_is_lower_bound": pl.Boolean,  # "hơn 12%": the true value is at least this
    "achievement_ratio": pl.Float64,  # direction-adjusted actual/target (target/actual when falling is good)
    "gap_pp": pl.Float64,  # direction-adjusted actual − target, for % indicators
    "base_points": pl.Float64,
    "bonus_points": pl.Float64,
    "penalty_points": pl.Float64,  # positive: points deducted
    "points": pl.Float64,  # base + bonus − penalty
    "max_points": pl.Float64,
    "full_points": pl.Boolean,
    "missing_data": pl.Boolean,
    "explanation": pl.String,
    "scheme_id": pl.String,
    "legal_basis": pl.String,
}

RANK_SCHEMA: dict[str, pl.DataType] = {
    "cluster_code": pl.String,
    "year": pl.Int32,
    "province_code": pl.String,
    "province_name": pl.String,
    "total_points": pl.Float64,
    "max_possible": pl.Float64,  # sum of the criteria's max points (bonus not included)
    "bonus_cap": pl.Float64,  # the most bonus points the scheme allows on top
    "base_points": pl.Float64,
    "bonus_points": pl.Float64,
    "penalty_points": pl.Float64,
    "quantitative_points": pl.Float64,
    "qualitative_points": pl.Float64,
    "full_points_criteria": pl.Int32,
    "criteria_missing_data": pl.Int32,
    "rank": pl.Int32,
    "rank_shared": pl.Boolean,
    "gap_to_leader": pl.Float64,
    "proposed_flag": pl.Boolean,
    "note": pl.String,
    "scheme_id": pl.String,
}

_PCT_UNITS = {"pct", "pct_of_grdp", "pct_of_plan"}
UNIT_VI = {
    "bn_vnd": "tỷ đồng", "mn_usd": "triệu USD", "mn_vnd_per_person_year": "triệu đồng/người",
    "mn_vnd_per_person_month": "triệu đồng/người/tháng", "usd_per_person_year": "USD/người",
    "persons": "người", "count": "", "communes": "xã", "score": "điểm", "rank": "",
    "pct": "%", "pct_yoy": "%", "pct_of_grdp": "%", "pct_of_plan": "%",
}
TIE_LABELS_VI = {"full_points_criteria": "số tiêu chí đạt điểm tối đa", "quantitative_points": "điểm tiêu chí định lượng"}
LEADER_TIE_NOTE = "đồng hạng – cần cụm biểu quyết"


# ---------------------------------------------------------------- formatting
def fmt_vi(x: float | None, decimals: int = 2) -> str:
    """12345.6 → "12.345,6"; trailing zeros dropped."""
    if x is None:
        return "–"
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def measure_of(unit: str | None, kind: str) -> str:
    if kind == "qualitative":
        return "qualitative"
    if unit == "pct_yoy":
        return "growth_rate"
    if unit in _PCT_UNITS:
        return "rate"
    return "level"


def _floor(x: float, decimals: int) -> float:
    f = 10**decimals
    return math.floor(x * f + 1e-9) / f


def _value_text(x: float, unit: str | None) -> str:
    u = UNIT_VI.get(unit or "", unit or "")
    if u == "%":
        return f"{fmt_vi(x)}%"
    return f"{fmt_vi(x)} {u}".strip()


# ---------------------------------------------------------------- one row
def _score_quantitative(c: dict, p: dict) -> dict:
    m = float(c["max_points"])
    dec = int(p["rounding"])
    measure = c["measure"]
    up = c["direction"] != "down"
    target, actual = c["target"], c["actual"]
    out = {"base_points": 0.0, "bonus_points": 0.0, "penalty_points": 0.0, "full_points": False,
           "missing_data": False, "achievement_ratio": None, "gap_pp": None, "mode": p["achievement"][measure]}
    name = c["criterion_name"]
    if target is None:
        out["explanation"] = f"{name}: giao ước không có chỉ tiêu cho tỉnh: 0/{fmt_vi(m)} điểm"
        return out
    status_ok = c["actual_status"] == "actual" or (c["actual_status"] == "estimate" and p["estimates"]["accept"])
    qualifier_ok = c["actual_qualifier"] != "more_than" or p["more_than"]["accept"]
    if actual is None or not status_ok or not qualifier_ok:
        pen = float(p["penalties"]["missing_report"])
        out.update(missing_data=True, penalty_points=pen)
        why = "thiếu báo cáo" if actual is None else (
            f"chỉ có số {c['actual_status']}, không được tính" if not status_ok else "số 'hơn' không được tính")
        extra = f", trừ {fmt_vi(pen)} điểm" if pen else ""
        out["explanation"] = f"{name}: chưa có số liệu thực hiện: 0/{fmt_vi(m)} điểm ({why}{extra})"
        return out

    mode = out["mode"]
    ratio_ok = target > 0 and (actual > 0 or up)
    ratio = (max(actual, 0.0) / target if up else target / actual) if ratio_ok else None
    out["achievement_ratio"] = ratio
    if measure != "level":
        out["gap_pp"] = (actual - target) if up else (target - actual)
    notes: list[str] = []
    if mode == "ratio" and ratio is None:
        mode = "difference_pp"
        notes.append("chỉ tiêu hoặc số thực hiện ≤ 0, so sánh theo điểm %")
        if out["gap_pp"] is None:
            out["gap_pp"] = (actual - target) if up else (target - actual)
    out["mode"] = mode

    if mode == "ratio":
        full = round(ratio, 9) >= p["full_points_at"]
        if full:
            base = m
        elif p["below_target"]["proportional"] and ratio >= p["below_target"]["floor_ratio"]:
            base = m * ratio
        else:
            base = 0.0
        bonus = min(p["bonus"]["cap_per_criterion"], (ratio - 1) * 100 * p["bonus"]["per_pct_over"]) if ratio > 1 else 0.0
    else:
        gap = out["gap_pp"]
        full = round(gap, 9) >= 0
        base = m if full else max(0.0, m * (1 - p["below_target"]["points_lost_per_pp"] * abs(gap)))
        bonus = min(p["bonus"]["cap_per_criterion"], gap * p["bonus"]["per_pp_over"]) if gap > 0 else 0.0
    pen = float(p["penalties"]["mandatory_target_missed"]) if (c.get("mandatory") and not full) else 0.0
    out.update(base_points=min(_floor(base, dec), m), bonus_points=_floor(bonus, dec), penalty_points=pen, full_points=full)

    # the sentence
    unit = c["unit"]
    if measure == "level":
        head = f"{name}: {_value_text(actual, unit)} / KH {_value_text(target, unit)}, đạt {fmt_vi(ratio * 100, 1)}%" if ratio is not None \
            else f"{name}: {_value_text(actual, unit)} / KH {_value_text(target, unit)}"
    else:
        head = f"{name} {_value_text(actual, unit)} / KH {_value_text(target, unit)}"
        if not up:
            head += " (giảm là tốt)"
        if mode == "difference_pp":
            head += f", {'+' if out['gap_pp'] >= 0 else ''}{fmt_vi(out['gap_pp'])} điểm %"
    if c["actual_status"] == "estimate":
        notes.append("số ước thực hiện")
    if c["actual_qualifier"] == "more_than":
        notes.append("số 'hơn': giá trị tối thiểu")
    elif c["actual_qualifier"] in ("about", "less_than"):
        notes.append("số 'khoảng'" if c["actual_qualifier"] == "about" else "số 'dưới'")
    out["_head"], out["_notes"] = head, notes
    return out


def _explain(row: dict) -> str:
    parts = []
    if row["bonus_points"] > 0:
        parts.append(f"+{fmt_vi(row['bonus_points'])} điểm thưởng")
    if row["penalty_points"] > 0:
        parts.append(f"trừ {fmt_vi(row['penalty_points'])} điểm: không đạt chỉ tiêu bắt buộc")
    parts += row["_notes"]
    tail = f" ({'; '.join(parts)})" if parts else ""
    return f"{row['_head']}: {fmt_vi(row['base_points'])}/{fmt_vi(row['max_points'])} điểm{tail}"


def _score_qualitative(c: dict, p: dict) -> dict:
    m = float(c["max_points"])
    out = {"bonus_points": 0.0, "penalty_points": 0.0, "achievement_ratio": None, "gap_pp": None, "mode": "cluster_vote"}
    if c["awarded"] is None:
        pts = float(p["qualitative"]["missing_points"])
        out.update(base_points=pts, full_points=False, missing_data=True,
                   explanation=f"{c['criterion_name']}: cụm chưa chấm điểm: {fmt_vi(pts)}/{fmt_vi(m)} điểm")
    else:
        pts = float(c["awarded"])
        out.update(base_points=pts, full_points=pts >= m, missing_data=False,
                   achievement_ratio=pts / m if m else None,
                   explanation=f"{c['criterion_name']}: cụm chấm {fmt_vi(pts)}/{fmt_vi(m)} điểm")
    return out


# ---------------------------------------------------------------- public
def _pick_actuals(actuals: pl.DataFrame) -> pl.DataFrame:
    """One row per province × indicator × period: actual over estimate, newer vintage first."""
    cols = ["province_code", "indicator", "period", "value", "status", "qualifier", "source_id", "vintage", "basis"]
    a = actuals.select([c for c in cols if c in actuals.columns])
    for c in cols:
        if c not in a.columns:
            a = a.with_columns(pl.lit(None).alias(c))
    a = a.filter(pl.col("value").is_not_null())
    order = pl.when(pl.col("status") == "actual").then(0).when(pl.col("status") == "estimate").then(1).otherwise(2)
    no_basis = pl.col("basis").is_null() | (pl.col("basis").cast(pl.String) == "")  # the plain figure over a stated basis
    return (
        a.filter(pl.col("status").is_in(["actual", "estimate"]) | pl.col("status").is_null())
        .with_columns(order.alias("_o"), (~no_basis).alias("_b"))
        .sort(["_o", "_b", "vintage"], descending=[False, False, True], nulls_last=True)
        .unique(["province_code", "indicator", "period"], keep="first", maintain_order=True)
        .drop("_o", "_b", "vintage", "basis")
    )


def score(
    criteria: pl.DataFrame,
    targets: pl.DataFrame,
    actuals: pl.DataFrame,
    qualitative_points: pl.DataFrame,
    scheme: Scheme,
    members: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Points per province × year × criterion (`SCORE_SCHEMA`).

    Provinces are the `members` (cluster_code, year, province_code) when given,
    else every province that has a target or qualitative points. `actuals` is
    shaped like `v_best_observation`; the period used is the covenant year.
    """
    p = scheme.params
    if members is None:
        members = pl.concat([
            targets.select("cluster_code", "year", "province_code"),
            qualitative_points.select("cluster_code", "year", "province_code"),
        ]).unique()
    members = members.select(pl.col("cluster_code"), pl.col("year").cast(pl.Int32), pl.col("province_code")).unique()
    crit = criteria.with_columns(pl.col("year").cast(pl.Int32))
    if "mandatory" not in crit.columns:
        crit = crit.with_columns(pl.lit(False).alias("mandatory"))
    grid = members.join(crit, on=["cluster_code", "year"], how="inner")
    grid = grid.join(
        targets.select("cluster_code", pl.col("year").cast(pl.Int32), "province_code", "criterion_code", "target"),
        on=["cluster_code", "year", "province_code", "criterion_code"], how="left",
    ).join(
        qualitative_points.select("cluster_code", pl.col("year").cast(pl.Int32), "province_code", "criterion_code",
                                  pl.col("points").alias("awarded")),
        on=["cluster_code", "year", "province_code", "criterion_code"], how="left",
    )
    acts = _pick_actuals(actuals).rename({"value": "actual", "status": "actual_status", "qualifier": "actual_qualifier",
                                          "source_id": "actual_source_id"})
    grid = grid.with_columns(pl.col("year").cast(pl.String).alias("period")).join(
        acts, on=["province_code", "indicator", "period"], how="left")

    rows = []
    for c in grid.iter_rows(named=True):
        c["criterion_name"] = c["name_vi"]
        c["direction"] = "down" if c.get("direction") == "down" else "up"
        c["measure"] = measure_of(c["unit"], c["kind"])
        if c["kind"] == "qualitative":
            r = _score_qualitative(c, p)
            c.update(actual=None, actual_status=None, actual_qualifier=None, actual_source_id=None, target=None)
        else:
            r = _score_quantitative(c, p)
        c.update(r)
        c["max_points"] = float(c["max_points"])
        c["actual_is_estimate"] = c.get("actual_status") == "estimate"
        c["actual_is_lower_bound"] = c.get("actual_qualifier") == "more_than"
        rows.append(c)

    # the total bonus cap: scale each province-year's bonuses down pro rata
    cap, dec = float(p["bonus"]["cap_total"]), int(p["rounding"])
    totals: dict[tuple, float] = {}
    for c in rows:
        k = (c["cluster_code"], c["year"], c["province_code"])
        totals[k] = totals.get(k, 0.0) + c["bonus_points"]
    for c in rows:
        t = totals[(c["cluster_code"], c["year"], c["province_code"])]
        if t > cap and c["bonus_points"] > 0:
            c["bonus_points"] = _floor(c["bonus_points"] * cap / t, dec)
            c["_notes"] = c.get("_notes", []) + [f"thưởng giảm theo trần {fmt_vi(cap)} điểm/năm"]
        if "_head" in c:
            c["explanation"] = _explain(c)
        c["points"] = round(c["base_points"] + c["bonus_points"] - c["penalty_points"], dec)
        c["scheme_id"], c["legal_basis"] = scheme.scheme_id, scheme.basis_id

    out = pl.DataFrame([{k: c.get(k) for k in SCORE_SCHEMA} for c in rows], schema=SCORE_SCHEMA, orient="row")
    return out.sort("cluster_code", "year", "province_code", "criterion_code")


def _sort_key(row: dict, order: list[str]) -> tuple:
    return (row["total_points"], *(row[k] for k in order))


def rank(scores: pl.DataFrame, members: pl.DataFrame, scheme: Scheme | None = None) -> pl.DataFrame:
    """Province × cluster × year totals and ranks (`RANK_SCHEMA`).

    Ties on total points are broken by the scheme's `ties.order`; what remains
    tied is a shared rank, and a shared first place gets no proposed flag but
    the note "đồng hạng – cần cụm biểu quyết". Members with no score rows still
    appear (0 points, noted). `scheme` defaults to the one of each year.
    """
    from pipelines.lib.scoring_scheme import scheme_for_year

    agg = scores.group_by("cluster_code", "year", "province_code").agg(
        pl.col("points").sum().alias("total_points"),
        pl.col("max_points").sum().alias("max_possible"),
        pl.col("base_points").sum(),
        pl.col("bonus_points").sum(),
        pl.col("penalty_points").sum(),
        pl.col("points").filter(pl.col("kind") == "quantitative").sum().alias("quantitative_points"),
        pl.col("points").filter(pl.col("kind") == "qualitative").sum().alias("qualitative_points"),
        pl.col("full_points").cast(pl.Int32).sum().alias("full_points_criteria"),
        pl.col("missing_data").cast(pl.Int32).sum().alias("criteria_missing_data"),
        pl.col("scheme_id").first(),
    )
    mem = members.select("cluster_code", pl.col("year").cast(pl.Int32), "province_code",
                         *(["province_name"] if "province_name" in members.columns else []))
    if "province_name" not in mem.columns:
        mem = mem.with_columns(pl.lit(None, pl.String).alias("province_name"))
    years = scores.select("cluster_code", "year").unique()
    mem = mem.join(years, on=["cluster_code", "year"], how="inner")
    joined = mem.join(agg.with_columns(pl.col("year").cast(pl.Int32)), on=["cluster_code", "year", "province_code"],
                      how="full", coalesce=True)

    out_rows = []
    for (cluster, year), g in joined.group_by("cluster_code", "year", maintain_order=True):
        sch = scheme or scheme_for_year(int(year))
        order = list(sch.get("ties", "order"))
        dec = int(sch.get("rounding"))
        rows = []
        for r in g.iter_rows(named=True):
            absent = r["total_points"] is None
            for k in ("total_points", "max_possible", "base_points", "bonus_points", "penalty_points",
                      "quantitative_points", "qualitative_points"):
                r[k] = round(float(r[k] or 0.0), dec)
            for k in ("full_points_criteria", "criteria_missing_data"):
                r[k] = int(r[k] or 0)
            r["_notes"] = ["không có trong bảng điểm giao ước"] if absent else []
            if r["province_name"] is None:
                r["_notes"].append("không có trong danh sách cụm năm này")
            r["scheme_id"] = r["scheme_id"] or sch.scheme_id
            rows.append(r)
        max_possible = max((r["max_possible"] for r in rows), default=0.0)
        leader_total = max((r["total_points"] for r in rows), default=0.0)
        for r in rows:
            key = _sort_key(r, order)
            r["rank"] = 1 + sum(1 for o in rows if _sort_key(o, order) > key)
            r["rank_shared"] = sum(1 for o in rows if _sort_key(o, order) == key) > 1
            r["gap_to_leader"] = round(leader_total - r["total_points"], dec)
            r["max_possible"] = r["max_possible"] or max_possible
            r["bonus_cap"] = sch.bonus_cap_total
            same_total = [o for o in rows if o is not r and o["total_points"] == r["total_points"]]
            if r["rank_shared"]:
                r["_notes"].append(LEADER_TIE_NOTE if r["rank"] == 1 else "đồng hạng")
            elif same_total:
                r["_notes"].append("bằng tổng điểm, xếp theo " + ", rồi ".join(TIE_LABELS_VI[k] for k in order))
            if r["criteria_missing_data"]:
                r["_notes"].append(f"thiếu số liệu {r['criteria_missing_data']} tiêu chí")
            if r["penalty_points"]:
                r["_notes"].append(f"bị trừ {fmt_vi(r['penalty_points'])} điểm")
        for r in rows:
            r["proposed_flag"] = r["rank"] == 1 and not r["rank_shared"]
            if r["proposed_flag"]:
                r["_notes"].insert(0, "đề nghị tặng Cờ thi đua")
            r["note"] = "; ".join(r["_notes"])
            out_rows.append(r)
    out = pl.DataFrame([{k: r.get(k) for k in RANK_SCHEMA} for r in out_rows], schema=RANK_SCHEMA, orient="row")
    return out.sort("cluster_code", "year", "rank", "province_code")


def rank_indicator(
    actuals: pl.DataFrame, members: pl.DataFrame, indicator: str, year: int, direction: str | None = None
) -> pl.DataFrame:
    """Members of a cluster ranked on one indicator for one year, best first.

    `direction` defaults to the catalogue's (down: smaller is better). Members
    without a value come last with no rank; estimates and "more than" values
    are said in `note`. A shared value is a shared rank.
    """
    if direction is None:
        from pipelines.lib import catalogue

        direction = catalogue.indicators()[indicator].direction
    a = _pick_actuals(actuals.filter((pl.col("indicator") == indicator) & (pl.col("period") == str(year))))
    units = actuals.filter(pl.col("indicator") == indicator).select("unit").unique().to_series().to_list()
    mem = members.filter(pl.col("year").cast(pl.Int32) == year)
    if "province_name" not in mem.columns:
        mem = mem.with_columns(pl.lit(None, pl.String).alias("province_name"))
    df = mem.select("cluster_code", "province_code", "province_name").unique().join(
        a.select("province_code", "value", "status", "qualifier", "source_id"), on="province_code", how="left")
    df = df.with_columns(
        pl.lit(indicator).alias("indicator"), pl.lit(year, pl.Int32).alias("year"),
        pl.lit(units[0] if units else None, pl.String).alias("unit"),
        pl.col("value").rank("min", descending=direction != "down").cast(pl.Int32).alias("rank"),
    )
    note = (
        pl.when(pl.col("value").is_null()).then(pl.lit("chưa có số liệu"))
        .otherwise(pl.concat_str(
            pl.when(pl.col("status") == "estimate").then(pl.lit("số ước tính")).otherwise(pl.lit("")),
            pl.when(pl.col("qualifier") == "more_than").then(pl.lit("hơn (giá trị tối thiểu)"))
            .when(pl.col("qualifier") == "about").then(pl.lit("khoảng")).otherwise(pl.lit("")),
            separator="; ",
        ).str.strip_chars("; "))
    )
    shared = pl.col("rank").is_not_null() & (pl.col("rank").count().over("rank") > 1)
    note = pl.when(shared).then(pl.concat_str(note, pl.lit("; đồng hạng")).str.strip_chars("; ")).otherwise(note)
    df = df.with_columns(note.alias("note"), pl.lit(direction).alias("direction"))
    return df.select("cluster_code", "year", "indicator", "province_code", "province_name", "value", "unit", "status",
                     "qualifier", "rank", "direction", "note").sort("rank", "province_code", nulls_last=True)
