"""Beyond one machine: the staging Parquet as interchange, the PostgreSQL instance config, publishing a copy.
The same three against real servers: tests/test_beyond_one_machine_postgres.py and …_s3.py."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.dataset as ds
import pytest

from conftest import REPO, run_refresh
from pipelines.lib import publish_remote, staging


@pytest.fixture(scope="module")
def refreshed_sample(tmp_path_factory, sample_inbox):
    root = tmp_path_factory.mktemp("scaling")
    assert run_refresh(sample_inbox, root).success
    return root


def test_duckdb_reads_staged_years_with_hive_partitioning(refreshed_sample):
    glob = str(refreshed_sample / "staging" / "observations" / "*" / "*.parquet")
    con = duckdb.connect()
    by_year = dict(con.execute(
        f"SELECT year, count(*) FROM read_parquet('{glob}', hive_partitioning = true) GROUP BY year").fetchall())
    fact = duckdb.connect(str(refreshed_sample / "warehouse.duckdb"), read_only=True)
    assert sum(by_year.values()) == fact.execute("SELECT count(*) FROM fact_observation").fetchone()[0]
    assert {2022, 2023} <= set(by_year)
    periods = con.execute(f"SELECT DISTINCT year, substr(period, 1, 4) FROM read_parquet('{glob}', hive_partitioning = true)").fetchall()
    assert all(int(p) == y for y, p in periods if p and p.isdigit())


def test_pyarrow_dataset_reads_the_same_partitions(refreshed_sample):
    dataset = ds.dataset(refreshed_sample / "staging" / "observations", format="parquet", partitioning="hive")
    table = dataset.to_table(filter=ds.field("year") == 2023)
    assert table.num_rows > 0 and "year" in table.column_names and "indicator" in table.column_names
    assert set(table.column("year").to_pylist()) == {2023}


def test_each_staged_year_is_in_serving_order(refreshed_sample):
    # sorted by province, indicator and period (staging.SERVING_ORDER), so the fact table's row groups are too
    rows = 0
    for part in sorted((refreshed_sample / "staging" / "observations").glob("year=*/part.parquet")):
        keys = pl.read_parquet(part, columns=staging.SERVING_ORDER)
        assert keys.equals(keys.sort(staging.SERVING_ORDER, nulls_last=True)), part
        rows += keys.height
    assert rows > 1000


def test_postgres_instance_config_is_valid_dagster_config(monkeypatch):
    from dagster._config import validate_config
    from dagster._core.instance.config import dagster_instance_config
    from dagster._core.run_coordinator import QueuedRunCoordinator

    for var in ("DAGSTER_PG_USERNAME", "DAGSTER_PG_PASSWORD", "DAGSTER_PG_HOST", "DAGSTER_PG_PORT", "DAGSTER_PG_DB",
                "THIDUA_DAGSTER_LOGS"):
        monkeypatch.setenv(var, "x")
    config, _ = dagster_instance_config(str(REPO / "deploy"), config_filename="dagster.postgres.yaml")
    assert set(config["storage"]) == {"postgres"}
    assert config["run_coordinator"]["class"] == "QueuedRunCoordinator"
    checked = validate_config(QueuedRunCoordinator.config_type(), config["run_coordinator"]["config"])
    assert checked.success, checked.errors


def test_a_misspelt_instance_config_is_refused(tmp_path):
    from dagster._core.errors import DagsterInvalidConfigError
    from dagster._core.instance.config import dagster_instance_config

    text = (REPO / "deploy" / "dagster.postgres.yaml").read_text().replace("postgres_db:", "postgres_dbb:")
    (tmp_path / "dagster.yaml").write_text(text)
    with pytest.raises(DagsterInvalidConfigError):
        dagster_instance_config(str(tmp_path))


def test_publish_copy_to_a_directory_store_is_versioned_and_atomic(tmp_path):
    src = tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(src))
    con.execute("CREATE TABLE t AS SELECT 42 AS x")
    con.close()
    store = tmp_path / "store"
    current = publish_remote.publish_copy(src, f"file://{store}", now=dt.datetime(2026, 1, 15, 3, 0))
    assert current == store / "warehouse.duckdb"
    assert (store / "LATEST").read_text().strip() == "warehouse-20260115T030000000000Z.duckdb"
    assert duckdb.connect(str(current), read_only=True).execute("SELECT x FROM t").fetchone() == (42,)
    assert not [p for p in store.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("uri", ["gs://bucket/x", "az://container/x"])
def test_stores_without_a_writer_are_refused_with_what_to_use(uri, tmp_path):
    with pytest.raises(ValueError, match="THIDUA_PUBLISH_URI=.*s3://bucket/prefix"):
        publish_remote.publish_copy(tmp_path / "warehouse.duckdb", uri)


def test_a_motherduck_uri_names_one_database():
    assert publish_remote.motherduck_database("md:thidua_cum") == "thidua_cum"
    assert publish_remote.motherduck_database("md:") == publish_remote.MOTHERDUCK_DEFAULT
    assert publish_remote.motherduck_database("motherduck:kho?attach_mode=single") == "kho"
    assert publish_remote.motherduck_database("/srv/kho") is None and publish_remote.motherduck_database("s3://k/x") is None
    with pytest.raises(ValueError, match="MotherDuck"):
        publish_remote.motherduck_database("md:kho; DROP DATABASE x")  # the name goes into SQL


def test_the_motherduck_upload_replaces_the_database_in_one_statement(tmp_path):
    odd = tmp_path / "kho's" / "warehouse.duckdb"  # a quote in the path stays inside the SQL string
    attach, upload = publish_remote.motherduck_statements(odd, "thidua")
    assert attach == "ATTACH 'md:'"
    assert upload == f"CREATE OR REPLACE DATABASE \"thidua\" FROM '{str(odd.resolve()).replace(chr(39), chr(39) * 2)}'"


def test_publishing_to_motherduck_here_fails_with_what_it_needs(tmp_path):
    """No network here: DuckDB cannot fetch its motherduck extension (with the network and no token, MotherDuck
    refuses instead); either way the step fails with the file kept and a message saying what is needed."""
    src = tmp_path / "warehouse.duckdb"
    duckdb.connect(str(src)).execute("CREATE TABLE t AS SELECT 1 AS x").close()
    with pytest.raises(RuntimeError, match="MotherDuck.*motherduck_token"):
        publish_remote.publish_copy(src, "md:thidua_test")
    assert duckdb.connect(str(src), read_only=True).execute("SELECT x FROM t").fetchone() == (1,)


def test_an_s3_uri_names_bucket_and_prefix():
    assert publish_remote.s3_location("s3://kho/thidua/prod/") == publish_remote.S3Location("kho", "thidua/prod")
    assert publish_remote.s3_location("s3://kho").key("LATEST") == "LATEST"
    assert publish_remote.s3_location("/srv/kho") is None
    with pytest.raises(ValueError, match="bucket"):
        publish_remote.s3_location("s3:///thidua")


def test_refresh_with_publish_uri_copies_the_published_file(tmp_path, sample_inbox, monkeypatch):
    store = tmp_path / "object_store"
    monkeypatch.setenv("THIDUA_PUBLISH_URI", str(store))
    assert run_refresh(sample_inbox, tmp_path).success
    copied = duckdb.connect(str(store / "warehouse.duckdb"), read_only=True)
    local = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)
    q = "SELECT count(*) FROM fact_observation"
    assert copied.execute(q).fetchone() == local.execute(q).fetchone()
    assert os.path.getsize(store / "warehouse.duckdb") == os.path.getsize(tmp_path / "warehouse.duckdb")


def test_a_refused_copy_fails_the_run_after_the_local_publish_and_says_so(tmp_path, sample_inbox, monkeypatch, capsys):
    """The store refuses (here a path under a regular file): the run fails in `published_copy` alone, the local
    warehouse is the new one, and the command does not claim the previous warehouse still serves."""
    from pipelines.cli import main

    blocker = tmp_path / "not_a_dir"
    blocker.write_text("a file where the store's folder should be")
    monkeypatch.setenv("THIDUA_PUBLISH_URI", str(blocker / "store"))
    code = main(["refresh", "--inbox", str(sample_inbox), "--warehouse", str(tmp_path / "warehouse.duckdb"),
                 "--staging", str(tmp_path / "staging")])
    err = capsys.readouterr().err
    assert code == 1
    assert "kho mới đã công bố" in err and "kho cũ vẫn giữ nguyên" not in err
    assert "published_copy" in err and "không ghi được vào thư mục" in err and "not_a_dir" in err
    local = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)
    assert local.execute("SELECT count(*) FROM fact_observation").fetchone()[0] > 0
    assert not (blocker / "store").exists()
