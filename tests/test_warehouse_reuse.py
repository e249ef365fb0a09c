"""A candidate that starts from the published file (the facts of unchanged staged years copied) holds exactly the
rows of a candidate built from nothing; anything that could make the two differ builds from nothing."""

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from conftest import run_refresh
from pipelines.lib import warehouse

TABLES = ["fact_observation", "quarantine_observation", "dim_source", "dim_province", "dim_period", "unreadable_source"]


@pytest.fixture()
def staged(refreshed, tmp_path):
    """A private copy of the sample run's staging directory."""
    _, root = refreshed
    shutil.copytree(root / "staging", tmp_path / "staging")
    return tmp_path / "staging"


def _years(staging: Path) -> list[int]:
    return sorted(int(d.name.split("=")[1]) for d in (staging / "observations").glob("year=*"))


def _table(path: Path, name: str) -> pl.DataFrame:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.sql(f"SELECT * FROM {name} ORDER BY ALL").pl()
    finally:
        con.close()


def _same_as_a_build_from_nothing(candidate: Path, staging: Path, tmp_path: Path) -> None:
    full = tmp_path / "from_nothing.duckdb"
    warehouse.build_core(full, staging)
    assert warehouse.years_reused(full) == 0
    for name in TABLES:
        assert_frame_equal(_table(candidate, name), _table(full, name))


def _drop_rows(staging: Path, year: int, n: int) -> None:
    path = staging / "observations" / f"year={year}" / "part.parquet"
    rows = pl.read_parquet(path)
    rows.head(rows.height - n).write_parquet(path)


def test_a_changed_year_is_loaded_again_and_the_others_are_copied(staged, tmp_path):
    published = tmp_path / "published.duckdb"
    warehouse.build_core(published, staged)
    years = _years(staged)
    assert len(years) >= 5 and 2022 in years
    _drop_rows(staged, 2022, 5)  # the year was staged again with other rows
    candidate = tmp_path / "candidate.duckdb"
    warehouse.build_core(candidate, staged, reuse=published)
    assert warehouse.years_reused(candidate) == len(years) - 1
    assert _table(candidate, "fact_observation").height == _table(published, "fact_observation").height - 5
    _same_as_a_build_from_nothing(candidate, staged, tmp_path)


def test_a_year_gone_from_the_staging_loses_its_facts(staged, tmp_path):
    published = tmp_path / "published.duckdb"
    warehouse.build_core(published, staged)
    gone = _years(staged)[0]
    shutil.rmtree(staged / "observations" / f"year={gone}")
    candidate = tmp_path / "candidate.duckdb"
    warehouse.build_core(candidate, staged, reuse=published)
    facts = _table(candidate, "fact_observation")
    assert facts.height and not (facts["observation_id"] // 100_000_000 == gone).any()
    _same_as_a_build_from_nothing(candidate, staged, tmp_path)


def test_other_models_or_an_unreadable_file_build_from_nothing(staged, tmp_path):
    published = tmp_path / "published.duckdb"
    warehouse.build_core(published, staged)
    models = tmp_path / "models"
    shutil.copytree(warehouse.MODELS_DIR, models)
    view = models / "30_v_chi_tieu_tinh.sql"
    view.write_text(view.read_text(encoding="utf-8") + "\n-- a changed model\n", encoding="utf-8")
    candidate = tmp_path / "candidate.duckdb"
    warehouse.build_core(candidate, staged, models_dir=models, reuse=published)
    assert warehouse.years_reused(candidate) == 0
    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a DuckDB file, e.g. a copy cut short")
    warehouse.build_core(candidate, staged, reuse=broken)
    assert warehouse.years_reused(candidate) == 0
    _same_as_a_build_from_nothing(candidate, staged, tmp_path)


def test_a_second_refresh_copies_unchanged_years_and_stays_readable_by_duckdb_1x(sample_inbox, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    assert run_refresh(inbox, tmp_path).success
    (inbox / "bo_sung_khanh_hoa_2023.csv").write_text(
        "Báo cáo bổ sung tỉnh Khánh Hòa năm 2023 (số liệu mẫu - sample data, ngày 20/3/2024)\n"
        "TT,Chỉ tiêu,Đơn vị tính,Thực hiện 2023\n"
        "1,Tỷ lệ che phủ rừng,%,\"47,37\"\n", encoding="utf-8")
    assert run_refresh(inbox, tmp_path).success
    wh = tmp_path / "warehouse.duckdb"
    years = _years(tmp_path / "staging")
    reused = _table(wh, "warehouse_build")["years_reused"][0]
    assert 0 < reused < len(years)  # 2023 (at least) loaded again
    late = _table(wh, "fact_observation").filter((pl.col("indicator") == "forest_cover") & (pl.col("value") == 47.37))
    assert late.height == 1 and late["province_code"][0] == "56"
    cli = Path(sys.executable).parent / "duckdb"  # duckdb-cli 1.5.6: the copied file keeps its storage version
    out = subprocess.run([str(cli), "-readonly", "-csv", str(wh), "-c", "SELECT count(*) FROM fact_observation"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip().splitlines()[-1]) == _table(wh, "fact_observation").height
