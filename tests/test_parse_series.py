"""Statistical series (province × year CSV) → canonical observations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from pipelines.lib import parse_series, parse_tables
from pipelines.lib.read_grid import read_csv

MOF = Path(__file__).resolve().parents[1] / "data" / "sample" / "mof_province_budget_2006_2015_vietnamdata.csv"


@pytest.fixture(scope="module")
def mof() -> parse_tables.ParseResult:
    return parse_tables.parse_file(MOF, published=dt.date(2016, 6, 1))


def test_mof_series_is_detected_as_a_series(mof):
    assert parse_series.looks_like_series(read_csv(MOF))
    assert set(mof.observations["source_kind"]) == {"series_csv"}


def test_mof_series_loads_every_province_year_with_a_code(mof):
    obs = mof.observations
    revenue = obs.filter(pl.col("indicator") == "state_budget_revenue")
    assert revenue.height == 633  # 64 names in 2006-2008, 63 after Hà Tây joined Hà Nội
    assert revenue["province_code"].null_count() == 0
    assert obs["issue"].null_count() == obs.height
    assert sorted(revenue["period"].unique()) == [str(y) for y in range(2006, 2016)]
    assert revenue.group_by("period").len().filter(pl.col("len") < 63).height == 0
    assert revenue.select("province_code", "period").is_duplicated().sum() == 0


def test_ha_tay_resolves_to_code_28(mof):
    ha_tay = mof.observations.filter(pl.col("snippet").str.starts_with("Ha Tay "), pl.col("indicator") == "state_budget_revenue")
    assert set(ha_tay["province_code"]) == {"28"}
    assert {"2006", "2007"} <= set(ha_tay["period"])


def test_mof_amounts_are_million_vnd_converted_to_billion(mof):
    row = mof.observations.filter(pl.col("locator") == "row 2, col 3").row(0, named=True)
    assert row["raw_value"] == "4371000" and row["value"] == pytest.approx(4371) and row["unit"] == "bn_vnd"
    assert row["province_code"] == "22" and row["period"] == "2006" and row["status"] == "actual"


def test_scientific_notation_cells_are_read(mof):
    row = mof.observations.filter(pl.col("raw_value") == "3.00E+05").row(0, named=True)
    assert row["value"] == pytest.approx(300)


def test_expenditure_column_maps_to_local_budget_expenditure(mof):
    exp = mof.observations.filter(pl.col("indicator") == "local_budget_expenditure")
    assert exp.height == 633 and set(exp["unit"]) == {"bn_vnd"}


def test_unmapped_columns_are_skipped_with_a_reason(mof):
    reasons = {s["snippet"]: s["reason"] for s in mof.skipped}
    assert "no catalogue indicator" in reasons["ratio"]
    assert set(mof.observations["indicator"]) == {"state_budget_revenue", "local_budget_expenditure"}


def test_vintage_is_the_published_argument(mof):
    assert set(mof.observations["vintage"]) == {dt.date(2016, 6, 1)}


def test_unknown_column_and_bad_province_and_bad_number_keep_rows(tmp_path):
    path = tmp_path / "series.csv"
    path.write_text("prov,year,total.rev,foo\nKhanh Hoa,2010,1000,1\nAtlantis,2010,2000,2\nDak Lak,2010,12x,3\n")
    result = parse_tables.parse_file(path)
    obs = result.observations
    assert obs.height == 3
    assert obs.filter(pl.col("snippet").str.starts_with("Khanh Hoa")).row(0, named=True)["province_code"] == "56"
    atlantis = obs.filter(pl.col("snippet").str.starts_with("Atlantis")).row(0, named=True)
    assert atlantis["province_code"] is None and "Atlantis" in atlantis["issue"]
    broken = obs.filter(pl.col("raw_value") == "12x").row(0, named=True)
    assert broken["value"] is None and "'12x' is not a number" in broken["issue"]
    assert any("'foo' is not in reference/indicators/series_columns.csv" in s["reason"] for s in result.skipped)


def test_wide_series_with_an_indicator_column(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(
        "Tỉnh;Chỉ tiêu;Đơn vị tính;2021;2022\nKhánh Hòa;Kim ngạch xuất khẩu;Triệu USD;1.500;1.650,5\n"
        "Gia Lai;Tỷ lệ che phủ rừng;%;47,5;-\n",
        encoding="utf-8",
    )
    obs = parse_tables.parse_file(path).observations
    assert set(obs["source_kind"]) == {"series_csv"}
    assert obs.filter(pl.col("period") == "2022", pl.col("province_code") == "56")["value"].to_list() == [1650.5]
    assert obs.filter(pl.col("province_code") == "64").height == 1  # "-" gives no row
    assert obs.filter(pl.col("province_code") == "64")["indicator"][0] == "forest_cover"
