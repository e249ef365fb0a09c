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
