"""The observations suite: every rule quarantines what it should, and nothing is lost."""

import datetime as dt

import pytest

from pipelines.lib import observation, validate


def obs(**over):
    row = dict(source_id="s1", source="sample.csv", source_kind="table_csv", locator="row 1", province_code="56",
               indicator="grdp_growth", period="2022", value=7.0, unit="pct_yoy", status="actual",
               qualifier="exact", basis="", vintage=dt.date(2023, 3, 1))
    row.update(over)
    return row


@pytest.fixture(scope="module")
def split_result():
    rows = [
        obs(locator="good"),
        obs(locator="growth 300", indicator="export_value_growth", value=300.0),
        obs(locator="unknown province", province_code="99"),
        obs(locator="retired code", province_code="64", period="2026"),
        obs(locator="new gia lai", province_code="52", period="2026", value=6.1),
        obs(locator="ha tay 2008", province_code="28", period="2008", indicator="state_budget_revenue",
            value=1500.0, unit="bn_vnd"),
        obs(locator="no indicator", indicator=None, raw_label="Chỉ số ABC"),
        obs(locator="wrong unit", indicator="export_value", value=2.45, unit="bn_usd"),
        obs(locator="parse issue", value=None, raw_value="12,3a", issue="Sheet1!E7: '12,3a' is not a number"),
        obs(locator="dup a", indicator="forest_cover", value=46.0, unit="pct"),
        obs(locator="dup b", indicator="forest_cover", value=47.0, unit="pct"),
        obs(locator="bad period", period="2022-13"),
    ]
    for ind, value in [("structure_agriculture_share", 30.0), ("structure_industry_construction_share", 30.0),
                       ("structure_services_share", 30.0), ("structure_product_taxes_share", 0.5)]:
        rows.append(obs(locator=ind, province_code="52", indicator=ind, value=value, unit="pct_of_grdp"))
    for ind, value in [("structure_agriculture_share", 40.0), ("structure_industry_construction_share", 70.0)]:
        rows.append(obs(locator="over " + ind, province_code="54", indicator=ind, value=value, unit="pct_of_grdp"))
    for ind, value in [("structure_agriculture_share", 20.0), ("structure_industry_construction_share", 35.0),
                       ("structure_services_share", 38.0)]:  # three sectors stated, product taxes not: 93 is fine
        rows.append(obs(locator="three " + ind, province_code="56", indicator=ind, value=value, unit="pct_of_grdp"))
    for ind, value in [("structure_agriculture_share", 25.0), ("structure_industry_construction_share", 35.0),
                       ("structure_services_share", 32.0), ("structure_product_taxes_share", 8.0)]:
        rows.append(obs(locator="ok " + ind, province_code="49", indicator=ind, value=value, unit="pct_of_grdp"))
    frame = observation.frame(rows)
    loaded, quarantined = validate.split(frame)
    return frame, loaded, quarantined


def reason_of(quarantined, locator):
    match = quarantined.filter(quarantined["locator"] == locator)
    assert match.height == 1, f"{locator} should be quarantined once"
    return match["reason"][0]


def test_rows_in_equal_rows_loaded_plus_quarantined(split_result):
    frame, loaded, quarantined = split_result
    assert loaded.height + quarantined.height == frame.height
    assert set(loaded["locator"]).isdisjoint(quarantined["locator"])


def test_clean_rows_and_valid_lineage_codes_are_loaded(split_result):
    _, loaded, _ = split_result
    assert {"good", "new gia lai", "ha tay 2008"} <= set(loaded["locator"])
    assert {f"ok {i}" for i in ("structure_agriculture_share", "structure_services_share")} <= set(loaded["locator"])


def test_growth_of_300_percent_is_quarantined_with_the_value(split_result):
    reason = reason_of(split_result[2], "growth 300")
    assert "implausible growth rate" in reason and "300" in reason


def test_unknown_and_retired_province_codes_are_quarantined(split_result):
    assert "province code not valid" in reason_of(split_result[2], "unknown province")
    assert "64" in reason_of(split_result[2], "retired code")


def test_unmatched_indicator_names_the_label(split_result):
    assert "Chỉ số ABC" in reason_of(split_result[2], "no indicator")


def test_unit_other_than_the_catalogue_is_quarantined(split_result):
    assert "bn_usd" in reason_of(split_result[2], "wrong unit")


def test_parser_issue_is_kept_as_the_reason(split_result):
    assert "Sheet1!E7" in reason_of(split_result[2], "parse issue")


def test_duplicate_keys_quarantine_both_rows(split_result):
    q = split_result[2]
    assert "duplicate" in reason_of(q, "dup a") and "duplicate" in reason_of(q, "dup b")


def test_four_shares_not_summing_to_100_are_quarantined(split_result):
    assert "90.5" in reason_of(split_result[2], "structure_services_share")


def test_partial_shares_over_100_are_quarantined_and_under_100_kept(split_result):
    _, loaded, quarantined = split_result
    assert "more than 100" in reason_of(quarantined, "over structure_agriculture_share")
    assert "three structure_services_share" in set(loaded["locator"])


def test_invalid_period_is_quarantined(split_result):
    assert "invalid period" in reason_of(split_result[2], "bad period")


def test_empty_frame_splits_into_two_empty_frames():
    loaded, quarantined = validate.split(observation.empty())
    assert loaded.height == 0 and quarantined.height == 0
    assert "reason" in quarantined.columns


def test_conditions_evaluated_once_give_the_verdicts_gx_gives_itself(split_result, monkeypatch):
    """thidua evaluates each single-column row condition once (`_conditions_applied`); GX left to evaluate the
    suite's Condition objects itself must fail exactly the same rows for every expectation, in the suite's
    order. (With the rewrite off, the conditional rules go to GX with the rows; with it on, they are asked of
    distinct values: this also checks one against the other.)"""
    frame, _, _ = split_result
    df = validate.prepare(frame.with_row_index("row_id").select("row_id", *validate._inputs_of_observations_suite()))
    params = validate.suite_parameters()
    def verdicts(results):
        return [(r["expectation"], r["column"], r["success"], tuple(sorted(r["row_ids"]))) for r in results]

    ours = verdicts(validate.run_suite(df, "observations", params))
    monkeypatch.setattr(validate, "_conditions_applied", lambda pdf, expectations: (pdf, expectations, {}))
    theirs = validate.run_suite(df, "observations", params)
    conditional = [r for r in theirs if r["expectation"] == "expect_column_values_to_be_between"]
    assert len(conditional) == 7 and any(r["row_ids"] for r in conditional)  # the rules the rewrite touches fail rows here
    assert verdicts(theirs) == ours


def test_suite_conditions_are_gx_condition_objects_not_deprecated_strings():
    from great_expectations.expectations.row_conditions import Condition, deserialize_row_condition

    conditions = [e["kwargs"]["row_condition"] for e in validate.load_suite_json("observations")["expectations"]
                  if "row_condition" in e["kwargs"]]
    assert len(conditions) == 8
    assert all(isinstance(deserialize_row_condition(c), Condition) for c in conditions)


def test_chunks_of_whole_sources_give_the_verdicts_of_the_whole_frame(split_result, monkeypatch):
    """Large frames go to GX a few hundred thousand rows at a time, cut between sources: same rows loaded and
    quarantined, same reasons, same order as one call on the whole frame. The distinct values of every chunk
    go to GX in one call; the rules that look across rows, once a chunk."""
    import polars as pl

    frame, _, quarantined = split_result
    # each source its own values and, every other one, its own units: the chunks' text columns hold different
    # category lists, their distinct values overlap in part
    many = pl.concat([frame.with_columns(pl.lit(f"s{i}").alias("source_id"), (pl.col("value") * (1 + i % 3)).alias("value"),
                                         pl.col("unit").replace({"pct": "pct_yoy", "bn_usd": f"unit_{i}"}) if i % 2 else pl.col("unit"))
                      for i in range(6)])
    many = many.sort("locator", maintain_order=True)  # each source's rows spread over the frame
    whole = validate.split(many, chunk_rows=many.height)
    asked = []
    answer = validate._answer
    monkeypatch.setattr(validate, "_answer", lambda gx, b, pdf, *a, **k: asked.append(len(pdf)) or answer(gx, b, pdf, *a, **k))
    chunked = validate.split(many, chunk_rows=frame.height + 1)  # about one source a call
    assert whole[0].equals(chunked[0]) and whole[1].equals(chunked[1])
    assert chunked[1].height > 6 * quarantined.height  # the changed units and values fail more rows
    kept = list(zip(whole[0]["source_id"], whole[0]["locator"]))
    assert kept == [row for row in zip(many["source_id"], many["locator"]) if row in set(kept)]  # the input's order
    assert asked.count(frame.height) == 6 and len(asked) == 7  # six chunks, one frame of distinct values
