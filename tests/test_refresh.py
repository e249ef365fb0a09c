"""End to end: the sample inbox through a real Dagster run into a real DuckDB file."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import polars as pl
import pytest

from conftest import REPO, run_refresh
from pipelines.lib import parsed_store


def q(path: Path, sql: str, params=None):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_refresh_publishes_every_star_schema_table(refreshed):
    _, root = refreshed
    wh = root / "warehouse.duckdb"
    tables = {r[0] for r in q(wh, "SELECT table_name FROM duckdb_tables()")}
    assert {"dim_province", "bridge_province_lineage", "dim_indicator", "dim_period", "dim_source", "dim_cluster",
            "bridge_cluster_member", "fact_observation", "quarantine_observation"} <= tables
    views = {r[0] for r in q(wh, "SELECT view_name FROM duckdb_views() WHERE NOT internal")}
    assert {"v_best_observation", "v_chi_tieu_tinh", "v_observation_34"} <= views
    assert q(wh, "SELECT count(*) FROM fact_observation")[0][0] > 1000
    assert not (root / ".warehouse.duckdb.candidate").exists()


def test_rows_in_equal_loaded_plus_quarantined(refreshed):
    _, root = refreshed
    wh = root / "warehouse.duckdb"
    rows_in = parsed_store.rows_in(root / "staging")
    loaded = q(wh, "SELECT count(*) FROM fact_observation")[0][0]
    quarantined = q(wh, "SELECT count(*) FROM quarantine_observation")[0][0]
    assert rows_in == loaded + quarantined
    assert quarantined >= 2  # the two deliberately flawed sample files


def test_flawed_sample_rows_are_quarantined_with_reasons(refreshed):
    _, root = refreshed
    reasons = [r[0] for r in q(root / "warehouse.duckdb", "SELECT reason FROM quarantine_observation")]
    assert any("300" in r and "growth" in r for r in reasons)
    assert any("not a number" in r for r in reasons)


def test_dim_province_holds_both_geographies_with_validity(refreshed):
    _, root = refreshed
    wh = root / "warehouse.duckdb"
    counts = dict(q(wh, "SELECT geography, count(*) FROM dim_province GROUP BY ALL"))
    assert counts["63"] == 63 and counts["34"] == 34
    # code 52 is Bình Định until 30 June 2025 and the new Gia Lai after it
    names = q(wh, "SELECT valid_from, name_vi FROM dim_province WHERE province_code = '52' ORDER BY valid_from")
    assert [n for _, n in names] == ["Bình Định", "Gia Lai"]
    assert q(wh, "SELECT new_code FROM bridge_province_lineage WHERE old_code = '64'")[0][0] == "52"


def test_mof_series_loads_every_province_year(refreshed):
    _, root = refreshed
    rows = q(root / "warehouse.duckdb",
             "SELECT count(DISTINCT province_code), min(period), max(period) FROM fact_observation "
             "WHERE indicator = 'state_budget_revenue' AND source_id IN "
             "(SELECT source_id FROM dim_source WHERE document LIKE '%mof_province_budget%')")[0]
    assert rows[0] >= 63 and rows[1] == "2006" and rows[2] == "2015"


def test_best_value_prefers_actual_then_newer_vintage(refreshed):
    _, root = refreshed
    wh = root / "warehouse.duckdb"
    # every best value is the top of its cell by status, then vintage
    worse = q(wh, """
        SELECT count(*) FROM v_best_observation b JOIN fact_observation f
          ON f.province_key = b.province_key AND f.indicator = b.indicator AND f.period = b.period
         AND f.basis = b.basis AND f.status <> 'plan'
        WHERE (CASE f.status WHEN 'actual' THEN 1 WHEN 'estimate' THEN 2 ELSE 3 END)
            < (CASE b.status WHEN 'actual' THEN 1 WHEN 'estimate' THEN 2 ELSE 3 END)
           OR (f.status = b.status AND f.vintage > b.vintage)""")[0][0]
    assert worse == 0
    multi = q(wh, "SELECT count(*) FROM v_best_observation WHERE n_candidates > 1")[0][0]
    assert multi > 0  # 2022 actuals appear again in the 2023 reports


def test_khanh_hoa_leads_grdp_growth_2022(refreshed):
    _, root = refreshed
    top = q(root / "warehouse.duckdb", """
        SELECT b.province_code, b.value FROM v_best_observation b
        JOIN bridge_cluster_member m ON m.province_key = b.province_key AND m.year = 2022
        WHERE b.indicator = 'grdp_growth' AND b.period = '2022' ORDER BY b.value DESC LIMIT 1""")[0]
    assert top == ("56", pytest.approx(22.1))


def test_published_file_is_readable_by_duckdb_1x(refreshed):
    _, root = refreshed
    cli = Path(sys.executable).parent / "duckdb"  # duckdb-cli 1.5.6, a dev dependency
    out = subprocess.run([str(cli), "-readonly", "-csv", str(root / "warehouse.duckdb"), "-c",
                          "SELECT count(*) FROM fact_observation"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip().splitlines()[-1]) > 1000
    version = subprocess.run([str(cli), "-version"], capture_output=True, text=True).stdout
    assert version.startswith("v1.")


LATE_REPORT = (
    "Báo cáo bổ sung tỉnh Khánh Hòa năm 2023 (số liệu mẫu - sample data, ngày 20/3/2024)\n"
    "TT,Chỉ tiêu,Đơn vị tính,Thực hiện 2023\n"
    "1,Tốc độ tăng trưởng kinh tế (GRDP),%,\"7,9\"\n"
    "2,Tỷ lệ che phủ rừng,%,\"47,1\"\n"
)


def test_reader_holding_the_file_does_not_block_a_refresh(sample_inbox, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    assert run_refresh(inbox, tmp_path).success
    wh = tmp_path / "warehouse.duckdb"
    reader = duckdb.connect(str(wh), read_only=True)
    try:
        before = reader.execute("SELECT count(*) FROM fact_observation").fetchall()[0][0]
        (inbox / "khanh_hoa_2023_bo_sung.csv").write_text(LATE_REPORT, encoding="utf-8")
        assert run_refresh(inbox, tmp_path).success
        # the open reader keeps its snapshot; a new connection sees the new file
        assert reader.execute("SELECT count(*) FROM fact_observation").fetchall()[0][0] == before
    finally:
        reader.close()
    assert q(wh, "SELECT count(*) FROM fact_observation")[0][0] == before + 2
    best = q(wh, "SELECT value, status FROM v_best_observation WHERE province_code = '56' "
                 "AND indicator = 'grdp_growth' AND period = '2023'")
    assert best == [(pytest.approx(7.9), "actual")]  # the actual beats the December estimate


def test_same_document_twice_is_read_once(sample_inbox, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    shutil.copy(inbox / "tables" / "khanh_hoa_2022.xlsx", inbox / "khanh_hoa_2022_ban_sao.xlsx")
    assert run_refresh(inbox, tmp_path).success
    wh = tmp_path / "warehouse.duckdb"
    assert q(wh, "SELECT count(*) FROM dim_source WHERE document LIKE '%khanh_hoa_2022%'")[0][0] == 1
    skipped = q(wh, "SELECT source, problem FROM unreadable_source WHERE source LIKE '%khanh_hoa_2022%'")
    assert len(skipped) == 1 and "same content as" in skipped[0][1]
    kept = q(wh, "SELECT document FROM dim_source WHERE document LIKE '%khanh_hoa_2022%'")[0][0]
    assert kept in skipped[0][1] and kept != skipped[0][0]


def refresh_with_a_duplicating_model(sample_inbox, tmp_path, name: str, table: str):
    """Publish once, then refresh with one more model that inserts every row of `table` again:
    (result, {check name: evaluation}, rows of `table` in the published file before)."""
    assert run_refresh(sample_inbox, tmp_path).success
    before = q(tmp_path / "warehouse.duckdb", f"SELECT count(*) FROM {table}")[0][0]
    broken = tmp_path / "models"
    shutil.copytree(REPO / "models", broken)
    (broken / name).write_text(f"-- duplicates every row (test)\nINSERT INTO {table} SELECT * FROM {table};\n")
    result = run_refresh(sample_inbox, tmp_path, models=str(broken))
    checks = {e.event_specific_data.check_name: e.event_specific_data for e in result.all_events
              if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    return result, checks, before


def test_failed_blocking_check_stops_publish_and_old_file_answers(sample_inbox, tmp_path):
    result, checks, before = refresh_with_a_duplicating_model(sample_inbox, tmp_path, "12_duplicate_facts.sql",
                                                              "fact_observation")
    assert not result.success
    assert [name for name, c in checks.items() if not c.passed] == ["warehouse_integrity"]
    assert "key unique" in checks["warehouse_integrity"].metadata["failures"].value
    assert "emulation_integrity" not in checks  # nothing after the failed gate ran
    assert q(tmp_path / "warehouse.duckdb", "SELECT count(*) FROM fact_observation")[0][0] == before


def test_failed_emulation_check_stops_publish(sample_inbox, tmp_path):
    result, checks, before = refresh_with_a_duplicating_model(sample_inbox, tmp_path, "56_duplicate_scores.sql",
                                                              "fact_emulation_score")
    assert not result.success
    assert checks["warehouse_integrity"].passed and not checks["emulation_integrity"].passed
    assert "fact_emulation_score key unique" in checks["emulation_integrity"].metadata["failures"].value
    assert q(tmp_path / "warehouse.duckdb", "SELECT count(*) FROM fact_emulation_score")[0][0] == before


def test_killed_refresh_leaves_a_complete_warehouse(sample_inbox, tmp_path):
    assert run_refresh(sample_inbox, tmp_path).success
    wh = tmp_path / "warehouse.duckdb"
    before = q(wh, "SELECT count(*) FROM fact_observation")[0][0]
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "refresh", "--inbox", str(sample_inbox), "--warehouse", str(wh),
         "--staging", str(tmp_path / "staging2")],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(8)  # mid-run: parsing, validating or building the candidate
    proc.kill()
    proc.wait()
    assert q(wh, "SELECT count(*) FROM fact_observation")[0][0] == before
