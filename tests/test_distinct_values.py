"""Row-local rules asked of distinct values fail exactly the rows GX fails when it is given the rows."""

import json
import math

import numpy as np
import pandas as pd
import polars as pl
import pytest

from pipelines.lib import distinct_values, validate

SUITE = {
    "name": "sample_rules",
    "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "value"}, "meta": {"reason": "no value"}},
        {"type": "expect_column_values_to_be_null", "kwargs": {"column": "issue"}, "meta": {"reason": "issue"}},
        {"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "unit", "value_set": ["pct", "bn_vnd"]},
         "meta": {"reason": "unit"}},
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "value", "min_value": 0, "max_value": 100},
         "meta": {"reason": "range"}},
        {"type": "expect_column_values_to_be_between",
         "kwargs": {"column": "value", "min_value": 0, "max_value": 50,
                    "row_condition": {"type": "comparison", "column": {"name": "unit"}, "operator": "==",
                                      "parameter": "pct"}},
         "meta": {"reason": "pct range"}},
        {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "period", "regex": "^[12][0-9]{3}$"},
         "meta": {"reason": "period"}},
        {"type": "expect_column_pair_values_to_be_equal", "kwargs": {"column_A": "unit", "column_B": "expected_unit"},
         "meta": {"reason": "unit pair"}},
        # these three look across rows (or at a share of them) and must keep the rows
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "share", "min_value": 0, "mostly": 0.95},
         "meta": {"reason": "mostly"}},
        {"type": "expect_compound_columns_to_be_unique", "kwargs": {"column_list": ["key", "period"]},
         "meta": {"reason": "unique"}},
        {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1}, "meta": {"reason": "rows"}},
    ],
}


def sample_frame(n: int = 3000) -> pl.DataFrame:
    """Sample rows (made up, not statistics) with heavy repeats, nulls, a NaN, negative zero and bad values."""
    rng = np.random.default_rng(7)
    value = rng.choice([1.5, 20.0, 49.9, 50.1, 120.0, -3.0, -0.0, 0.0, None, math.nan], size=n).tolist()
    unit = rng.choice(["pct", "bn_vnd", "persons", None], size=n).tolist()
    expected = rng.choice(["pct", "bn_vnd", None], size=n).tolist()
    period = rng.choice(["2023", "2024", "2024-13", "x", None], size=n).tolist()
    issue = rng.choice([None] * 8 + ["Sheet1!B2: not a number"], size=n).tolist()
    return pl.DataFrame({
        "row_id": list(range(n)), "value": value, "unit": unit, "expected_unit": expected, "period": period,
        "issue": issue, "share": rng.choice([1.0, -1.0], size=n, p=[0.97, 0.03]).tolist(),
        "key": rng.integers(0, n, size=n).astype(str).tolist(),
    }, strict=False)


@pytest.fixture()
def sample_suite(tmp_path, monkeypatch):
    (tmp_path / "sample_rules.json").write_text(json.dumps(SUITE), encoding="utf-8")
    monkeypatch.setattr(validate, "EXPECTATIONS_DIR", tmp_path)


def test_distinct_values_fail_the_same_rows_as_gx_on_the_rows(sample_suite, monkeypatch):
    frame = sample_frame()
    ours = validate.run_suite(frame, "sample_rules")
    monkeypatch.setattr(distinct_values, "is_row_local", lambda e: False)
    theirs = validate.run_suite(frame, "sample_rules")
    assert [(r["expectation"], r["column"], r["success"], sorted(r["row_ids"])) for r in ours] == \
           [(r["expectation"], r["column"], r["success"], sorted(r["row_ids"])) for r in theirs]
    failing = {r["column"] for r in ours if r["row_ids"]}
    assert {"value", "issue", "unit", "period"} <= failing  # the sample does make each rule fail some rows


def test_only_row_local_rules_without_mostly_or_condition_use_distinct_values():
    local = [e["type"] for e in SUITE["expectations"] if distinct_values.is_row_local(e)]
    assert local == ["expect_column_values_to_not_be_null", "expect_column_values_to_be_null",
                     "expect_column_values_to_be_in_set", "expect_column_values_to_be_between",
                     "expect_column_values_to_match_regex", "expect_column_pair_values_to_be_equal"]


def test_value_frame_holds_each_distinct_value_once_and_maps_back_to_rows():
    pdf = pd.DataFrame({"row_id": range(8), "a": [3.0, 3.0, None, 5.0, 3.0, None, 5.0, 7.0],
                        "u": pd.Categorical(["x", "y", "x", "x", "y", "y", None, "x"]),
                        "v": pd.Categorical(["x", "x", "x", "y", "y", "y", None, "x"])})
    rules = [{"type": "expect_column_values_to_be_between", "kwargs": {"column": "a", "max_value": 4}},
             {"type": "expect_column_pair_values_to_be_equal", "kwargs": {"column_A": "u", "column_B": "v"}}]
    values = distinct_values.value_frame([distinct_values.part_values(pdf, rules)], rules)
    assert values.sizes == {("a",): 4, ("u", "v"): 5}  # 3, NaN, 5, 7 / (x,x) (y,x) (x,y) (y,y) (NaN,NaN)
    assert len(values.frame) == 5  # the longer group; the shorter one repeats its first value
    assert values.frame["a"].tolist()[:4] == pytest.approx([3.0, math.nan, 5.0, 7.0], nan_ok=True)
    assert values.frame["a"].tolist()[4] == 3.0
    pair = values.expectations[1]["kwargs"]
    assert values.renamed[pair["column_A"]] == "u" and values.renamed[pair["column_B"]] == "v"
    assert distinct_values.failing_rows(values, 0, [2, 3]) == [3, 6, 7]  # the values 5 and 7
    assert distinct_values.failing_rows(values, 0, [4]) == [0, 1, 4]  # padding stands for 3.0
    assert distinct_values.failing_rows(values, 1, [1, 4]) == [1, 6]  # the pairs (y, x) and (NaN, NaN)
    assert distinct_values.failing_rows(values, 1, []) == []


def test_parts_share_one_frame_of_distinct_values_and_map_back_to_each_part():
    """Two parts whose text columns carry different category lists: each distinct value (and pair) appears
    once in the frame GX is given, and a failing value names its rows in both parts."""
    first = pd.DataFrame({"row_id": [0, 1, 2], "a": [3.0, 5.0, None],
                          "u": pd.Categorical(["x", "y", "x"]), "v": pd.Categorical(["x", "x", "x"])})
    second = pd.DataFrame({"row_id": [10, 11, 12], "a": [5.0, 9.0, None],
                           "u": pd.Categorical(["z", "y", None]), "v": pd.Categorical(["z", "x", None])})
    rules = [{"type": "expect_column_values_to_be_between", "kwargs": {"column": "a", "max_value": 4}},
             {"type": "expect_column_pair_values_to_be_equal", "kwargs": {"column_A": "u", "column_B": "v"}}]
    values = distinct_values.value_frame([distinct_values.part_values(p, rules) for p in (first, second)], rules)
    assert values.sizes == {("a",): 4, ("u", "v"): 4}  # 3, 5, NaN, 9 / (x,x) (y,x) (z,z) (NaN,NaN)
    assert values.frame["a"].tolist() == pytest.approx([3.0, 5.0, math.nan, 9.0], nan_ok=True)
    pair = values.expectations[1]["kwargs"]
    assert values.frame[pair["column_A"]].tolist()[:3] == ["x", "y", "z"]
    assert distinct_values.failing_rows(values, 0, [1, 3]) == [1, 10, 11]  # 5 in both parts, 9 in the second
    assert distinct_values.failing_rows(values, 1, [1]) == [1, 11]  # (y, x) in both parts


def test_rules_asked_of_parts_fail_the_rows_they_fail_on_the_whole_frame(sample_suite, monkeypatch):
    """`run_suite_parts` over parts that share no key (the caller cuts them so): every rule, local or not, fails
    the same rows as one call on the whole frame, and GX is asked about distinct values once."""
    frame = sample_frame()
    key = pl.col("key").cast(pl.Int64)
    parts = [frame.filter(key % 3 == k) for k in range(3)]
    calls = []
    answer = validate._answer

    def counted(gx, batch_def, pdf, *args, **kwargs):
        calls.append(len(pdf))
        return answer(gx, batch_def, pdf, *args, **kwargs)

    whole = validate.run_suite(frame, "sample_rules")
    monkeypatch.setattr(validate, "_answer", counted)
    by_parts = validate.run_suite_parts(iter(parts), "sample_rules")
    assert [(r["expectation"], r["column"], r["success"], sorted(r["row_ids"])) for r in by_parts] == \
           [(r["expectation"], r["column"], r["success"], sorted(r["row_ids"])) for r in whole]
    assert sorted(calls)[-3:] == sorted(p.height for p in parts)  # the rules that look across rows: once a part
    assert len(calls) == 4  # and one call for the distinct values of all three


def test_no_part_is_an_error_that_names_the_suite(sample_suite):
    with pytest.raises(ValueError, match="sample_rules"):
        validate.run_suite_parts(iter([]), "sample_rules")
