"""The staging check trusts a year only through its receipt, and re-runs GX on a spot sample."""

import json
import shutil

import polars as pl
import pytest

from conftest import run_refresh
from pipelines.lib import parsed_store, staging, validate, validation_receipts


@pytest.fixture()
def staged(refreshed, tmp_path):
    """A private copy of the sample run's staging directory."""
    _, root = refreshed
    shutil.copytree(root / "staging", tmp_path / "staging")
    return tmp_path / "staging"


def _year_file(root, year):
    return root / "observations" / f"year={year}" / "part.parquet"


def test_every_staged_year_has_a_receipt_of_the_current_suite(staged):
    years = sorted(int(d.name.split("=")[1]) for d in (staged / "observations").glob("year=*"))
    assert len(years) >= 5
    receipts = [json.loads((staged / "observations" / f"year={y}" / "_validation.json").read_text()) for y in years]
    assert {r["suite"] for r in receipts} == {validation_receipts.suite_fingerprint()}
    assert sum(r["rows_loaded"] + r["rows_quarantined"] for r in receipts) == parsed_store.rows_in(staged)
    assert validation_receipts.problems(staged) == []
    assert validation_receipts.other_suite_years(staged) == []


def test_rows_added_after_validation_are_caught(staged):
    path = _year_file(staged, 2022)
    rows = pl.read_parquet(path)
    pl.concat([rows, rows.head(3)]).write_parquet(path)
    found = validation_receipts.problems(staged)
    assert len(found) == 1 and "year 2022" in found[0] and f"{rows.height + 3} loaded" in found[0]


def test_a_changed_suite_asks_for_every_year_again(staged, monkeypatch):
    before = validation_receipts.suite_fingerprint()
    monkeypatch.setattr(validate, "suite_parameters",
                        lambda: {"indicator_codes": ["grdp_growth"], "statuses": [], "qualifiers": []})
    assert validation_receipts.suite_fingerprint() != before
    years = sorted(int(d.name.split("=")[1]) for d in (staged / "observations").glob("year=*"))
    assert validation_receipts.other_suite_years(staged) == years
    assert all("another version of the suite" in p for p in validation_receipts.problems(staged))
    fingerprints = staging.year_fingerprints(staged)  # the parsed rows did not change: only the suite did
    assert staging.years_to_stage(staged, [2023], fingerprints) == (
        years, {"validated by another version of the suite": [y for y in years if y != 2023]})


def test_spot_check_runs_the_suite_on_loaded_rows(staged):
    clean = validation_receipts.spot_check(staged, [2022, 2023])
    assert clean["rows"] > 100 and clean["still_bad"] == 0
    path = _year_file(staged, 2022)
    rows = pl.read_parquet(path)
    growth = rows.filter(pl.col("unit") == "pct_yoy").head(1)
    assert growth.height == 1
    # a loaded growth rate of 500 %: the suite quarantines it, so the spot check must see it
    tampered = pl.concat([rows.filter(pl.col("locator") != growth["locator"][0]),
                          growth.with_columns(pl.lit(500.0).alias("value"))])
    tampered.write_parquet(path)
    bad = validation_receipts.spot_check(staged, [2022], max_rows=10**9)
    assert bad["still_bad"] >= 1 and "-100..200" in bad["example"]


def test_a_small_spot_sample_takes_whole_sources(staged):
    small = validation_receipts.spot_check(staged, [2022, 2023], max_rows=50)
    full = validation_receipts.spot_check(staged, [2022, 2023], max_rows=10**9)
    assert 0 < small["rows"] < full["rows"]


def test_tampered_loaded_rows_block_the_publish(sample_inbox, tmp_path):
    assert run_refresh(sample_inbox, tmp_path).success
    path = _year_file(tmp_path / "staging", 2022)
    rows = pl.read_parquet(path)
    pl.concat([rows, rows.head(2)]).write_parquet(path)  # 2022 changed behind the suite's back
    result = run_refresh(sample_inbox, tmp_path, years=("2023", "2023"))  # the run restages 2023 only
    assert not result.success
    checks = {e.event_specific_data.check_name: e.event_specific_data for e in result.all_events
              if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    failures = checks["staged_rows_pass_suite_and_add_up"].metadata["failures"].value
    assert "year 2022" in failures and "stage the year again" in failures
