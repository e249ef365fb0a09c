"""The `thidua` command as a person uses it: extract, sql, rank."""

import json

import duckdb

from conftest import SAMPLE
from pipelines.cli import main


def test_extract_prints_observations_and_names_unreadable_files(capsys, tmp_path):
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"this is not a zip file")
    code = main(["extract", str(SAMPLE / "tables" / "khanh_hoa_2022.xlsx"), str(broken),
                 str(SAMPLE / "tables" / "lam_dong_2023.csv")])
    out, err = capsys.readouterr()
    assert code != 0
    assert "hong.xlsx" in err
    header = out.splitlines()[0].split(",")
    assert header[:9] == ["source", "locator", "province_code", "indicator", "period", "status", "value", "unit",
                          "qualifier"]
    assert any(",56,grdp_growth,2022," in line and "22.1" in line for line in out.splitlines())
    assert any("lam_dong_2023.csv" in line for line in out.splitlines())  # the file after the broken one


def test_extract_jsonl_with_published_date_sets_the_vintage(capsys):
    assert main(["extract", "--format", "jsonl", "--published", "2024-02-01",
                 str(SAMPLE / "tables" / "quang_ngai_2023.csv")]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and {r["vintage"] for r in rows} == {"2024-02-01"}
    assert all(r["province_code"] == "51" for r in rows)


def test_extract_rejects_a_bad_published_date(capsys):
    try:
        main(["extract", "--published", "15/12/2023", str(SAMPLE / "tables" / "62_2023.csv")])
    except SystemExit as e:
        assert e.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_sql_answers_read_only(refreshed, capsys):
    _, root = refreshed
    wh = str(root / "warehouse.duckdb")
    assert main(["sql", "SELECT count(*) AS n FROM fact_observation", "--warehouse", wh, "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) > 1000
    assert main(["sql", "DELETE FROM fact_observation", "--warehouse", wh]) == 2
    assert "read-only" in capsys.readouterr().err.lower()


def test_rank_prints_the_cluster_ranking_with_the_flag(refreshed, capsys):
    _, root = refreshed
    assert main(["rank", "--year", "2023", "--warehouse", str(root / "warehouse.duckdb")]) == 0
    out = capsys.readouterr().out
    assert "TN_DHNTB" in out and "★" in out
    assert main(["rank", "--year", "2023", "--format", "json", "--warehouse", str(root / "warehouse.duckdb")]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 10 and sum(1 for r in rows if r["proposed_flag"]) <= 1
    assert sorted(r["rank"] for r in rows)[0] == 1


def test_rank_on_one_indicator_puts_khanh_hoa_first_in_2022(refreshed, capsys):
    _, root = refreshed
    assert main(["rank", "--year", "2022", "--indicator", "grdp_growth", "--format", "json",
                 "--warehouse", str(root / "warehouse.duckdb")]) == 0
    rows = json.loads(capsys.readouterr().out)
    first = min(rows, key=lambda r: r["rank"] or 99)
    assert first["province_code"] == "56" and abs(first["value"] - 22.1) < 1e-9


def test_every_table_and_column_is_documented_in_the_warehouse(refreshed):
    _, root = refreshed
    con = duckdb.connect(str(root / "warehouse.duckdb"), read_only=True)
    try:
        tables = con.sql("SELECT table_name FROM duckdb_tables() WHERE comment IS NULL "
                         "AND table_name <> 'warehouse_build'").fetchall()
        columns = con.sql("SELECT table_name, column_name FROM duckdb_columns() c JOIN duckdb_tables() t "
                          "USING (table_name) WHERE c.comment IS NULL AND t.table_name <> 'warehouse_build'").fetchall()
    finally:
        con.close()
    assert tables == [] and columns == []


def test_extract_explain_lists_skipped_sentences_with_reasons(capsys):
    assert main(["extract", "--explain", str(SAMPLE / "narrative" / "khanh_hoa_2023_9_thang.html")]) == 0
    out, err = capsys.readouterr()
    assert ",56,grdp_growth,2023-9M,estimate,9.6," in out
    skipped = [line for line in err.splitlines() if line.startswith(str(SAMPLE / "narrative"))]
    assert skipped and all(len(line.split("\t")) == 4 and line.split("\t")[2] for line in skipped)
