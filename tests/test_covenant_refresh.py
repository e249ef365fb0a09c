"""A bad covenant is quarantined with its message; the rest of the warehouse still publishes."""

import shutil

import duckdb

from conftest import run_refresh


def test_covenant_naming_a_province_outside_the_cluster_is_quarantined(sample_inbox, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    good = inbox / "covenants" / "giao_uoc_TN_DHNTB_2022.csv"
    lines = good.read_text(encoding="utf-8").splitlines()
    bad_row = next(i for i, line in enumerate(lines) if line.startswith("Chỉ tiêu,TN_DHNTB,2022,Lâm Đồng,TC01"))
    lines[bad_row] = lines[bad_row].replace("Lâm Đồng", "Bình Thuận")
    good.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_refresh(inbox, tmp_path)
    assert result.success
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)
    try:
        problems = con.sql("SELECT source, year, problem FROM quarantine_covenant").fetchall()
        years = con.sql("SELECT DISTINCT year FROM mart_cluster_ranking ORDER BY year").fetchall()
        facts = con.sql("SELECT count(*) FROM fact_observation").fetchall()[0][0]
    finally:
        con.close()
    assert problems and all(p[0].endswith("giao_uoc_TN_DHNTB_2022.csv") for p in problems)
    message = " ".join(p[2] for p in problems)
    assert "Bình Thuận" in message and str(bad_row + 1) in message  # names the row (1-based line)
    assert years == [(2023,)]  # the 2022 covenant is out, the 2023 one is scored
    assert facts > 1000


def _score(wh, province_code: str, criterion: str):
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.sql("SELECT target, points, explanation FROM fact_emulation_score "
                       "WHERE year = 2022 AND province_code = ? AND criterion_code = ?",
                       params=[province_code, criterion]).fetchall()[0]
    finally:
        con.close()


def test_changed_covenant_target_is_rescored_on_the_next_refresh(sample_inbox, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    assert run_refresh(inbox, tmp_path).success
    target, points, _ = _score(tmp_path / "warehouse.duckdb", "49", "TC02")  # Quảng Nam, budget revenue
    assert target == 23000

    covenant = inbox / "covenants" / "giao_uoc_TN_DHNTB_2022.csv"
    text = covenant.read_text(encoding="utf-8")
    old = "Chỉ tiêu,TN_DHNTB,2022,Quảng Nam,TC02,,,,,,,23.000,tỷ đồng,"
    assert old in text
    covenant.write_text(text.replace(old, old.replace("23.000", "230.000")), encoding="utf-8")  # ten times higher

    result = run_refresh(inbox, tmp_path)
    assert result.success
    steps = {e.step_key for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"}
    assert {"covenants", "emulation_scores", "published_warehouse"} <= steps
    new_target, new_points, explanation = _score(tmp_path / "warehouse.duckdb", "49", "TC02")
    assert new_target == 230000 and new_points < points
    assert "dự toán" in explanation or "%" in explanation
