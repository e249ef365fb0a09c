"""Scoring scheme, ranking, single-indicator ranking, the warehouse SQL of the emulation models."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.lib import covenants, rank_report, scoring, scoring_build, scoring_scheme

REPO = Path(__file__).resolve().parents[1]
DEFAULT = scoring_scheme.scheme_for_year(2022)
C = "TN_DHNTB"


def criteria(*rows) -> pl.DataFrame:
    """rows: (code, name, max, indicator, unit, kind, direction, mandatory)"""
    return pl.DataFrame(
        [{"cluster_code": C, "year": 2022, "criterion_code": r[0], "name_vi": r[1], "group": "g", "max_points": float(r[2]),
          "indicator": r[3], "unit": r[4], "kind": r[5], "direction": r[6], "mandatory": r[7], "source": "t"} for r in rows],
        schema=covenants.CRITERIA_SCHEMA, orient="row",
    )


GRDP = ("TC01", "Tăng trưởng GRDP", 10, "grdp_growth", "pct_yoy", "quantitative", "up", False)
BUDGET = ("TC02", "Thu NSNN", 10, "state_budget_revenue", "bn_vnd", "quantitative", "up", False)
POVERTY = ("TC05", "Tỷ lệ hộ nghèo", 8, "poverty_rate_multidim", "pct", "quantitative", "down", False)
PARTY = ("TC11", "Xây dựng Đảng", 10, None, "điểm", "qualitative", None, False)


def targets(rows) -> pl.DataFrame:
    return pl.DataFrame([{"cluster_code": C, "year": 2022, "province_code": r[0], "criterion_code": r[1],
                          "target": float(r[2])} for r in rows],
                        schema={k: covenants.TARGETS_SCHEMA[k] for k in
                                ("cluster_code", "year", "province_code", "criterion_code", "target")}, orient="row")


ACTUALS_SCHEMA = {"province_code": pl.String, "indicator": pl.String, "period": pl.String, "value": pl.Float64,
                  "unit": pl.String, "status": pl.String, "qualifier": pl.String, "vintage": pl.Date, "source_id": pl.String}


def actuals(rows) -> pl.DataFrame:
    """rows: (province, indicator, value, status, qualifier)"""
    return pl.DataFrame([(r[0], r[1], "2022", float(r[2]), "", r[3], r[4], dt.date(2023, 1, 10), "s") for r in rows],
                        schema=ACTUALS_SCHEMA, orient="row")


def qpoints(rows) -> pl.DataFrame:
    return pl.DataFrame([{"cluster_code": C, "year": 2022, "province_code": r[0], "criterion_code": r[1],
                          "points": float(r[2])} for r in rows],
                        schema={k: covenants.POINTS_SCHEMA[k] for k in
                                ("cluster_code", "year", "province_code", "criterion_code", "points")}, orient="row")


NO_POINTS = qpoints([])


def one(crit, target, value, status="actual", qualifier="exact", scheme=DEFAULT, indicator=None) -> dict:
    ind = indicator or crit[3]
    acts = actuals([("56", ind, value, status, qualifier)]) if value is not None else actuals([])
    out = scoring.score(criteria(crit), targets([("56", crit[0], target)]), acts, NO_POINTS, scheme)
    assert out.height == 1
    return out.row(0, named=True)


# ---------------------------------------------------------------- the scheme on hand-computed examples
def test_target_met_exactly_gives_full_points_and_no_bonus():
    r = one(GRDP, 7.5, 7.5)
    assert (r["base_points"], r["bonus_points"], r["points"], r["full_points"]) == (10.0, 0.0, 10.0, True)


def test_below_target_is_proportional():
    r = one(BUDGET, 10000, 8000)
    assert r["achievement_ratio"] == pytest.approx(0.8)
    assert r["points"] == 8.0 and not r["full_points"]
    assert "đạt 80%" in r["explanation"] and "8/10 điểm" in r["explanation"]


def test_below_the_floor_ratio_gives_zero():
    assert one(BUDGET, 10000, 4000)["points"] == 0.0  # 40 % < floor 50 %


def test_bonus_is_capped_per_criterion_khanh_hoa_2022():
    r = one(GRDP, 7.5, 22.1)
    assert r["bonus_points"] == 1.0 and r["points"] == 11.0
    assert r["explanation"] == "Tăng trưởng GRDP 22,1% / KH 7,5%: 10/10 điểm (+1 điểm thưởng)"


def test_small_overshoot_earns_proportional_bonus():
    r = one(BUDGET, 17190, 17500)  # 101.8 % → 1.8 % × 0.1 = 0.18
    assert r["bonus_points"] == pytest.approx(0.18)
    assert r["explanation"].startswith("Thu NSNN: 17.500 tỷ đồng / KH 17.190 tỷ đồng, đạt 101,8%: 10/10 điểm")


def test_missing_report_is_a_row_with_zero_points_and_a_penalty():
    r = one(GRDP, 7.5, None)
    assert r["missing_data"] and r["base_points"] == 0.0 and r["penalty_points"] == 1.0 and r["points"] == -1.0
    assert r["explanation"] == "Tăng trưởng GRDP: chưa có số liệu thực hiện: 0/10 điểm (thiếu báo cáo, trừ 1 điểm)"


def test_missing_a_mandatory_target_costs_penalty_points():
    mandatory = GRDP[:-1] + (True,)
    r = one(mandatory, 8.0, 7.2)  # ratio 0.9 → 9 points − 1
    assert (r["base_points"], r["penalty_points"], r["points"]) == (9.0, 1.0, 8.0)
    assert "không đạt chỉ tiêu bắt buộc" in r["explanation"]


def test_falling_is_good_uses_target_over_actual():
    worse = one(POVERTY, 4.0, 5.0)  # 4/5 = 0.8 → 0.8 × 8
    better = one(POVERTY, 4.0, 3.2)  # 4/3.2 = 1.25 → full, bonus min(1, 2.5)
    assert worse["achievement_ratio"] == pytest.approx(0.8) and worse["points"] == pytest.approx(6.4)
    assert better["full_points"] and better["points"] == 9.0
    assert "giảm là tốt" in better["explanation"]


def test_growth_compared_in_percentage_points_when_the_scheme_says_so():
    pp = scoring_scheme.scheme_from_params({"achievement": {"growth_rate": "difference_pp"}})
    short = one(GRDP, 7.5, 6.5, scheme=pp)  # 1 pp short → 10 × (1 − 0.1)
    over = one(GRDP, 7.5, 8.5, scheme=pp)  # 1 pp over → bonus 0.5
    assert short["mode"] == "difference_pp" and short["points"] == 9.0
    assert over["points"] == 10.5 and "+1 điểm %" in over["explanation"]
    assert one(GRDP, 7.5, 6.5)["points"] == pytest.approx(8.66)  # default ratio: 6.5/7.5 = 0.8667


def test_total_bonus_is_capped_per_province_year():
    rows = [(f"T{i}", f"Tiêu chí {i}", 10, f"ind{i}", "bn_vnd", "quantitative", "up", False) for i in range(7)]
    acts = actuals([("56", f"ind{i}", 200, "actual", "exact") for i in range(7)])
    out = scoring.score(criteria(*rows), targets([("56", f"T{i}", 100) for i in range(7)]), acts, NO_POINTS, DEFAULT)
    assert 4.9 <= out["bonus_points"].sum() <= 5.0  # 7 × 1 scaled down to the cap of 5 (rounded down)
    assert out["points"].sum() <= 70 + 5


def test_estimate_and_more_than_are_flagged():
    r = one(GRDP, 7.5, 12.0, status="estimate", qualifier="more_than")
    assert r["actual_is_estimate"] and r["actual_is_lower_bound"]
    assert "số ước thực hiện" in r["explanation"] and "số 'hơn'" in r["explanation"]
    strict = scoring_scheme.scheme_from_params({"estimates": {"accept": False}})
    s = one(GRDP, 7.5, 12.0, status="estimate", scheme=strict)
    assert s["missing_data"] and s["base_points"] == 0.0


def test_qualitative_points_come_from_the_covenant_and_unscored_is_visible():
    out = scoring.score(criteria(PARTY), targets([]), actuals([]), qpoints([("56", "TC11", 9.5)]), DEFAULT,
                        members=pl.DataFrame({"cluster_code": [C, C], "year": [2022, 2022], "province_code": ["56", "68"]}))
    got = {r["province_code"]: r for r in out.iter_rows(named=True)}
    assert got["56"]["points"] == 9.5 and not got["56"]["missing_data"]
    assert got["68"]["points"] == 0.0 and got["68"]["missing_data"] and "chưa chấm" in got["68"]["explanation"]


# ---------------------------------------------------------------- ranking
MEMBERS = pl.DataFrame({"cluster_code": [C] * 4, "year": [2022] * 4, "province_code": ["49", "56", "68", "66"],
                        "province_name": ["Quảng Nam", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk"]})


def test_ranking_of_a_small_cluster_computed_by_hand():
    crit = criteria(GRDP, BUDGET, PARTY)
    tg = targets([("49", "TC01", 7.0), ("49", "TC02", 100), ("56", "TC01", 7.5), ("56", "TC02", 100),
                  ("68", "TC01", 7.5), ("68", "TC02", 100), ("66", "TC01", 6.5), ("66", "TC02", 100)])
    acts = actuals([("49", "grdp_growth", 7.0, "actual", "exact"), ("49", "state_budget_revenue", 90, "actual", "exact"),
                    ("56", "grdp_growth", 22.1, "actual", "exact"), ("56", "state_budget_revenue", 100, "actual", "exact"),
                    ("68", "grdp_growth", 12.0, "actual", "more_than")])
    qp = qpoints([("49", "TC11", 9), ("56", "TC11", 9.5), ("68", "TC11", 10), ("66", "TC11", 8)])
    scores = scoring.score(crit, tg, acts, qp, DEFAULT, members=MEMBERS)
    assert scores.height == 12  # 4 members × 3 criteria, none dropped
    ranking = scoring.rank(scores, MEMBERS, DEFAULT)
    got = {r["province_name"]: r for r in ranking.iter_rows(named=True)}
    # Khánh Hòa 10+1 + 10 + 9.5 = 30.5; Quảng Nam 10 + 9 + 9 = 28; Lâm Đồng 10+1 − 1 + 10 = 20;
    # Đắk Lắk: no GRDP nor budget report → −1 −1 + 8 = 6
    assert [(n, got[n]["total_points"], got[n]["rank"]) for n in ("Khánh Hòa", "Quảng Nam", "Lâm Đồng", "Đắk Lắk")] == [
        ("Khánh Hòa", 30.5, 1), ("Quảng Nam", 28.0, 2), ("Lâm Đồng", 20.0, 3), ("Đắk Lắk", 6.0, 4)]
    assert got["Khánh Hòa"]["proposed_flag"] and not any(got[n]["proposed_flag"] for n in ("Quảng Nam", "Lâm Đồng", "Đắk Lắk"))
    assert got["Quảng Nam"]["gap_to_leader"] == 2.5 and got["Đắk Lắk"]["gap_to_leader"] == 24.5
    assert got["Đắk Lắk"]["criteria_missing_data"] == 2 and "thiếu số liệu 2 tiêu chí" in got["Đắk Lắk"]["note"]
    assert got["Khánh Hòa"]["max_possible"] == 30.0


def _tie_scores(full_a: int, full_b: int) -> pl.DataFrame:
    """Two provinces with 20 points each; `full_*` criteria at full points."""
    rows = []
    for prov, full in (("49", full_a), ("56", full_b)):
        for i, pts in enumerate([10.0, 10.0] if full == 2 else [10.0, 5.0, 5.0] if full == 1 else [6.0, 7.0, 7.0]):
            rows.append({"cluster_code": C, "year": 2022, "province_code": prov, "criterion_code": f"T{i}",
                         "kind": "quantitative", "points": pts, "max_points": 10.0, "base_points": pts, "bonus_points": 0.0,
                         "penalty_points": 0.0, "full_points": pts == 10.0, "missing_data": False, "scheme_id": "x"})
    return pl.DataFrame(rows)


def test_tie_on_total_is_broken_by_criteria_at_full_points():
    ranking = scoring.rank(_tie_scores(2, 1), MEMBERS.filter(pl.col("province_code").is_in(["49", "56"])), DEFAULT)
    got = {r["province_code"]: r for r in ranking.iter_rows(named=True)}
    assert got["49"]["total_points"] == got["56"]["total_points"] == 20.0
    assert (got["49"]["rank"], got["56"]["rank"]) == (1, 2) and got["49"]["proposed_flag"]
    assert "xếp theo số tiêu chí đạt điểm tối đa" in got["56"]["note"]


def test_unbreakable_tie_at_the_top_is_shared_and_needs_a_cluster_vote():
    ranking = scoring.rank(_tie_scores(1, 1), MEMBERS.filter(pl.col("province_code").is_in(["49", "56"])), DEFAULT)
    assert ranking["rank"].to_list() == [1, 1] and ranking["rank_shared"].all()
    assert not ranking["proposed_flag"].any()
    assert all(scoring.LEADER_TIE_NOTE in n for n in ranking["note"])
    no_break = scoring_scheme.scheme_from_params({"ties": {"order": []}})
    assert scoring.rank(_tie_scores(2, 1), MEMBERS.filter(pl.col("province_code").is_in(["49", "56"])),
                        no_break)["rank"].to_list() == [1, 1]


def test_rank_indicator_grdp_growth_2022_khanh_hoa_first_and_says_more_than():
    acts = actuals([("56", "grdp_growth", 22.1, "actual", "exact"), ("68", "grdp_growth", 12.0, "estimate", "more_than"),
                    ("49", "grdp_growth", 11.0, "actual", "more_than")])
    out = scoring.rank_indicator(acts, MEMBERS, "grdp_growth", 2022)
    assert out["province_name"].to_list() == ["Khánh Hòa", "Lâm Đồng", "Quảng Nam", "Đắk Lắk"]
    assert out["rank"].to_list()[:3] == [1, 2, 3] and out["rank"][3] is None
    assert "số ước tính" in out["note"][1] and "hơn" in out["note"][1] and out["note"][3] == "chưa có số liệu"


def test_rank_indicator_falling_is_good_for_poverty():
    acts = actuals([("56", "poverty_rate_multidim", 2.0, "actual", "exact"), ("68", "poverty_rate_multidim", 1.0, "actual", "exact")])
    out = scoring.rank_indicator(acts, MEMBERS, "poverty_rate_multidim", 2022)
    assert out["province_code"].to_list()[:2] == ["68", "56"]


# ---------------------------------------------------------------- schemes by year
def test_scheme_for_year_follows_the_legal_basis():
    assert scoring_scheme.scheme_for_year(2023).basis_id == "law_2003_2013"
    assert scoring_scheme.scheme_for_year(2024).basis_id == "law_06_2022_decree_98_2023"
    assert scoring_scheme.scheme_for_year(2025).basis_id == "decree_152_2025"


def test_two_schemes_covering_one_year_is_an_error(tmp_path):
    text = (REPO / "reference/scoring/scheme_default.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(text.replace("default-v1", "other"), encoding="utf-8")
    with pytest.raises(scoring_scheme.SchemeError, match="several schemes cover 2022"):
        scoring_scheme.scheme_for_year(2022, tmp_path)


def test_basis_override_changes_only_that_basis(tmp_path):
    text = (REPO / "reference/scoring/scheme_default.yaml").read_text(encoding="utf-8")
    text = text.replace("    valid_to: null          # open end\n    overrides: {}",
                        "    valid_to: null\n    overrides: {penalties: {missing_report: 2.0}}")
    (tmp_path / "s.yaml").write_text(text, encoding="utf-8")
    assert scoring_scheme.scheme_for_year(2026, tmp_path).get("penalties", "missing_report") == 2.0
    assert scoring_scheme.scheme_for_year(2024, tmp_path).get("penalties", "missing_report") == 1.0


# ---------------------------------------------------------------- property: totals never exceed the maximum
@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.floats(1, 20), st.floats(0.1, 1000), st.one_of(st.none(), st.floats(-50, 5000)),
                       st.sampled_from(["up", "down"]), st.sampled_from(["bn_vnd", "pct_yoy", "pct"]), st.booleans()),
             min_size=1, max_size=8),
    st.sampled_from(["ratio", "difference_pp"]),
)
def test_total_points_never_exceed_max_plus_bonus_cap(rows, mode):
    scheme = scoring_scheme.scheme_from_params({"achievement": {"growth_rate": mode, "rate": mode}})
    crit = criteria(*[(f"T{i}", f"c{i}", mx, f"ind{i}", unit, "quantitative", d, mand)
                      for i, (mx, _, _, d, unit, mand) in enumerate(rows)])
    tg = targets([("56", f"T{i}", t) for i, (_, t, _, _, _, _) in enumerate(rows)])
    acts = actuals([("56", f"ind{i}", a, "actual", "exact") for i, (_, _, a, _, _, _) in enumerate(rows) if a is not None])
    out = scoring.score(crit, tg, acts, NO_POINTS, scheme)
    assert out.height == len(rows)
    assert out["points"].sum() <= sum(r[0] for r in rows) + scheme.bonus_cap_total + 1e-9
    assert (out["base_points"] <= out["max_points"]).all()


# ---------------------------------------------------------------- warehouse SQL and the build
def _candidate_warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("""CREATE TABLE v_best_observation (province_code VARCHAR, indicator VARCHAR, period VARCHAR,
                   value DOUBLE, unit VARCHAR, status VARCHAR, qualifier VARCHAR, vintage DATE, source_id VARCHAR, basis VARCHAR)""")
    con.execute("""INSERT INTO v_best_observation VALUES
        ('56','grdp_growth','2022',22.1,'pct_yoy','actual','exact','2023-01-05','s1',''),
        ('68','grdp_growth','2022',12.0,'pct_yoy','estimate','more_than','2023-03-30','s2',''),
        ('49','grdp_growth','2022',11.0,'pct_yoy','estimate','more_than','2023-03-30','s2',''),
        ('56','state_budget_revenue','2022',17500,'bn_vnd','actual','exact','2023-01-05','s1','')""")
    con.execute("CREATE TABLE dim_cluster AS SELECT 'TN_DHNTB' AS cluster_code, 'Cụm Tây Nguyên' AS name_vi, 'Central Highlands' AS name_en")
    return con


def test_build_and_sql_models_make_the_ranking_tables_with_comments():
    con = _candidate_warehouse()
    read = covenants.read_covenant(REPO / "data/sample/covenants/giao_uoc_TN_DHNTB_2022.csv")
    bad = covenants.CovenantRead("x.csv", "x.csv", quarantined=True, problems=["x.csv: hỏng"])
    frames = scoring_build.build(con, [read, bad], REPO / "reference/scoring")
    assert set(frames) == {"stg_criteria", "stg_covenant_targets", "stg_emulation_scores", "stg_cluster_ranking",
                           "stg_covenant_quarantine"}
    assert frames["stg_emulation_scores"].height == 10 * 13 and frames["stg_cluster_ranking"].height == 10
    for name, df in frames.items():
        con.register(name, df.to_arrow())
    for sql in sorted((REPO / "models").glob("5*.sql")):
        con.execute(sql.read_text(encoding="utf-8"))
    top = con.sql("SELECT ten_tinh, hang, de_nghi_co_thi_dua FROM v_xep_hang_cum WHERE hang = 1").fetchall()
    assert top == [("Khánh Hòa", 1, True)]
    kh = con.sql("""SELECT explanation FROM fact_emulation_score WHERE province_code='56' AND criterion_code='TC01'""").fetchall()[0][0]
    assert kh == "Tốc độ tăng trưởng GRDP 22,1% / KH 7,5%: 10/10 điểm (+1 điểm thưởng)"
    missing = con.sql("SELECT count(*) FROM fact_emulation_score WHERE missing_data AND points < 0").fetchall()[0][0]
    assert missing > 0  # missing reports are rows, not gaps
    assert con.sql("SELECT count(*) FROM v_cluster_ranking").fetchall()[0][0] == 10
    # every table/view and every column created by the 5x models carries a comment
    for t in ("dim_criterion", "fact_covenant_target", "fact_emulation_score", "mart_cluster_ranking", "v_xep_hang_cum", "v_cluster_ranking"):
        assert con.sql(f"SELECT comment FROM duckdb_tables() WHERE table_name='{t}' UNION ALL "
                       f"SELECT comment FROM duckdb_views() WHERE view_name='{t}'").fetchall()[0][0]
        uncommented = con.sql(f"SELECT column_name FROM duckdb_columns() WHERE table_name='{t}' AND comment IS NULL").fetchall()
        assert uncommented == [], (t, uncommented)


def test_rank_report_formats_table_csv_json():
    ranking = scoring.rank(_tie_scores(2, 1), MEMBERS.filter(pl.col("province_code").is_in(["49", "56"])), DEFAULT)
    text = rank_report.format_table(ranking)
    lines = text.splitlines()
    assert lines[0] == "Cụm TN_DHNTB — năm 2022" and lines[1].split()[:3] == ["Hạng", "Tỉnh", "Điểm"]
    assert "Quảng Nam" in lines[3] and rank_report.FLAG_MARK in lines[3] and rank_report.FLAG_MARK not in lines[4]
    assert rank_report.to_csv(ranking).splitlines()[0].startswith("cluster_code,year,province_code")
    assert '"province_name": "Quảng Nam"' in rank_report.to_json(ranking)
