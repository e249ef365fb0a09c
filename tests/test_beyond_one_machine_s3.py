"""Beyond one machine, for real: the published warehouse and the staging Parquet in an S3 object store.

The store is moto's S3 server (a dev dependency) on a free loopback port, started for this module. The code is
pointed at it only by the standard AWS settings (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, …) and THIDUA_PUBLISH_URI:
configuration, not code. DuckDB's httpfs extension cannot be downloaded here (no network), so the files are read
back with boto3 + DuckDB on a local copy, and the staging with polars' own object-store reader.
"""

from __future__ import annotations

import datetime as dt
import shutil

import duckdb
import polars as pl
import pytest

from conftest import run_refresh
from pipelines.lib import publish_remote

BUCKET = "thidua-kho"


@pytest.fixture(scope="module")
def s3():
    """A boto3 client on a moto S3 server; AWS_* settings point every client of this process at it."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    with pytest.MonkeyPatch.context() as mp:
        for var in ("AWS_PROFILE", "AWS_ENDPOINT_URL_S3", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"):
            mp.delenv(var, raising=False)
        mp.setenv("AWS_ENDPOINT_URL", f"http://{host}:{port}")
        mp.setenv("AWS_ACCESS_KEY_ID", "thidua-test")
        mp.setenv("AWS_SECRET_ACCESS_KEY", "thidua-test-secret")
        mp.setenv("AWS_REGION", "us-east-1")
        client = publish_remote.s3_client()
        client.create_bucket(Bucket=BUCKET)
        yield client
    server.stop()


def keys(client, prefix: str) -> set[str]:
    return {o["Key"] for o in client.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", [])}


def table_counts(path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [n for (n,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def test_publish_to_s3_writes_a_version_then_the_current_copy(s3, refreshed, tmp_path):
    _, root = refreshed
    local = root / "warehouse.duckdb"
    uri = f"s3://{BUCKET}/kho/thidua"
    first = publish_remote.publish_copy(local, uri, now=dt.datetime(2026, 1, 15, 3, 0))
    assert first == f"{uri}/warehouse.duckdb"
    assert keys(s3, "kho/thidua/") == {"kho/thidua/warehouse-20260115T030000000000Z.duckdb",
                                       "kho/thidua/warehouse.duckdb", "kho/thidua/LATEST"}
    assert s3.get_object(Bucket=BUCKET, Key="kho/thidua/LATEST")["Body"].read() == \
        b"warehouse-20260115T030000000000Z.duckdb\n"

    s3.download_file(BUCKET, "kho/thidua/warehouse.duckdb", str(tmp_path / "current.duckdb"))
    counts = table_counts(tmp_path / "current.duckdb")
    assert counts == table_counts(local)
    assert counts["fact_observation"] > 2000 and counts["mart_cluster_ranking"] > 0

    second = publish_remote.publish_copy(local, uri, now=dt.datetime(2026, 2, 1, 3, 0))
    assert second == first
    assert s3.get_object(Bucket=BUCKET, Key="kho/thidua/LATEST")["Body"].read() == \
        b"warehouse-20260201T030000000000Z.duckdb\n"
    assert len([k for k in keys(s3, "kho/thidua/") if k.startswith("kho/thidua/warehouse-")]) == 2  # old one kept
    head = s3.head_object(Bucket=BUCKET, Key="kho/thidua/warehouse.duckdb")
    assert head["ContentLength"] == local.stat().st_size


def test_a_store_that_refuses_the_write_fails_with_what_to_check(s3, tmp_path):
    src = tmp_path / "w.duckdb"
    duckdb.connect(str(src)).close()
    with pytest.raises(RuntimeError, match="THIDUA_PUBLISH_URI=s3://khong-co-bucket-nay/x: không ghi được"):
        publish_remote.publish_copy(src, "s3://khong-co-bucket-nay/x")


def test_refresh_with_an_s3_publish_uri_copies_the_published_file(s3, sample_inbox, tmp_path, monkeypatch):
    monkeypatch.setenv("THIDUA_PUBLISH_URI", f"s3://{BUCKET}/refresh")
    result = run_refresh(sample_inbox, tmp_path)
    assert result.success
    [published] = [m for m in result.get_asset_materialization_events()
                   if m.asset_key.path == ["published_copy"]]
    assert published.materialization.metadata["published_copy"].value == f"s3://{BUCKET}/refresh/warehouse.duckdb"
    s3.download_file(BUCKET, "refresh/warehouse.duckdb", str(tmp_path / "copy.duckdb"))
    assert table_counts(tmp_path / "copy.duckdb") == table_counts(tmp_path / "warehouse.duckdb")


def test_staging_parquet_in_s3_reads_like_the_local_folder(s3, refreshed, tmp_path):
    """The hive-partitioned staging is the interchange: mirrored to the bucket, polars reads it from S3 with the
    year partition column, the same rows and years DuckDB reads from the local folder."""
    _, root = refreshed
    observations = root / "staging" / "observations"
    uri = f"s3://{BUCKET}/staging/observations"
    synced = publish_remote.sync_tree(observations, uri)
    assert synced["uploaded"] == len(list(observations.glob("year=*/*.parquet"))) and synced["removed"] == 0

    local = dict(duckdb.connect().execute(
        f"SELECT year, count(*) FROM read_parquet('{observations}/*/*.parquet', hive_partitioning = true) "
        "GROUP BY year").fetchall())
    options = publish_remote.storage_options()
    assert options["aws_endpoint_url"].startswith("http://127.0.0.1:") and options["aws_allow_http"] == "true"
    remote = dict(pl.scan_parquet(f"{uri}/**/*.parquet", hive_partitioning=True, storage_options=options)
                  .group_by("year").len().collect().iter_rows())
    assert remote == {y: n for y, n in local.items() if n} and {2022, 2023} <= set(remote)

    # a year gone from the local staging goes from the bucket on the next sync
    copy = tmp_path / "observations"
    shutil.copytree(observations, copy)
    shutil.rmtree(copy / "year=2022")
    assert publish_remote.sync_tree(copy, uri)["removed"] == 1
    years = pl.scan_parquet(f"{uri}/**/*.parquet", hive_partitioning=True, storage_options=options) \
        .select(pl.col("year").unique()).collect()["year"].to_list()
    assert 2022 not in years and 2023 in years


def test_sync_tree_to_a_directory_mirrors_the_same_way(refreshed, tmp_path):
    _, root = refreshed
    observations = root / "staging" / "observations"
    target = tmp_path / "mounted" / "observations"
    (target / "year=1800").mkdir(parents=True)
    (target / "year=1800" / "part.parquet").write_bytes(b"stale")
    synced = publish_remote.sync_tree(observations, f"file://{target}")
    assert synced["removed"] == 1 and not (target / "year=1800" / "part.parquet").exists()
    assert sorted(p.relative_to(target) for p in target.rglob("*.parquet")) == \
        sorted(p.relative_to(observations) for p in observations.rglob("*.parquet"))


def test_storage_options_follow_the_aws_settings():
    env = {"AWS_ENDPOINT_URL": "https://s3.example.test", "AWS_ENDPOINT_URL_S3": "https://minio.internal:9000",
           "AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s", "AWS_DEFAULT_REGION": "ap-southeast-1"}
    assert publish_remote.storage_options(env) == {
        "aws_endpoint_url": "https://minio.internal:9000", "aws_access_key_id": "k", "aws_secret_access_key": "s",
        "aws_region": "ap-southeast-1"}  # the S3-specific endpoint wins; https needs no allow_http
