"""Publish the checked warehouse beyond this machine: a copy to a store, by configuration.

`THIDUA_PUBLISH_URI` names where a copy of every published warehouse goes, after the local atomic
rename (publish.py) succeeded. In a directory or S3 store the copy is first written whole as
`warehouse-<UTC time>.duckdb`, then `warehouse.duckdb` there is replaced by it in one step and `LATEST`
names the version, so readers of the store never see half a file and old versions stay for "as of"
questions (a lifecycle rule removes them):
- a directory path or `file:///…`: a local disk, NFS, or a bucket mounted by s3fs/gcsfuse (one rename);
- `s3://bucket/prefix`: Amazon S3 or any S3-compatible store (MinIO, Ceph, R2, GCS interoperability)
  through boto3. Endpoint, credentials and region come from the standard AWS settings
  (`AWS_ENDPOINT_URL`, `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_PROFILE`, …):
  an upload that completes replaces an object at once, and the current copy is a server-side copy.
- `md:<database>` (MotherDuck): the file is uploaded as that database in one statement
  (`CREATE OR REPLACE DATABASE … FROM '<file>'`, MotherDuck's own upload), so its readers see the old
  database or the new one. DuckDB's `motherduck` extension (downloaded by DuckDB on first use) and a
  `motherduck_token` (environment) are needed; MotherDuck keeps no versions here (its snapshots do).
- `gs://` and `az://` are refused with what to use instead.
Unset: nothing is copied.

`sync_tree` hands the staging Parquet (`staging/observations/year=YYYY/part.parquet`) to engines past one
machine the same way: the hive-partitioned folder mirrored under an `s3://` prefix or a directory.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ENV = "THIDUA_PUBLISH_URI"
CURRENT = "warehouse.duckdb"
REFUSED_SCHEMES = {"gs", "gcs", "az", "abfs", "abfss"}
MOTHERDUCK_DEFAULT = "thidua"  # the database `md:` alone names
_MOTHERDUCK_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def publish_uri() -> str | None:
    return os.environ.get(ENV) or None


@dataclass(frozen=True)
class S3Location:
    bucket: str
    prefix: str  # no leading or trailing slash; "" for the bucket's root

    def key(self, name: str) -> str:
        return f"{self.prefix}/{name}" if self.prefix else name

    def uri(self, name: str = "") -> str:
        return f"s3://{self.bucket}/{self.key(name)}" if name else f"s3://{self.bucket}/{self.prefix}".rstrip("/")


def s3_location(uri: str) -> S3Location | None:
    """`s3://bucket/prefix` as a location; None for any other scheme."""
    parsed = urlparse(uri)
    if parsed.scheme.lower() not in ("s3", "s3a"):
        return None
    if not parsed.netloc:
        raise ValueError(f"{ENV}={uri}: thiếu tên bucket — no bucket named; write s3://bucket/prefix")
    return S3Location(parsed.netloc, parsed.path.strip("/"))


def motherduck_database(uri: str) -> str | None:
    """The MotherDuck database `md:<database>` (or `motherduck:<database>`) names; None for any other URI. The
    name is checked: it goes into SQL."""
    scheme, _, rest = uri.partition(":")
    if scheme.lower() not in ("md", "motherduck") or rest.startswith("//"):
        return None
    name = rest.split("?", 1)[0] or MOTHERDUCK_DEFAULT
    if not _MOTHERDUCK_NAME.fullmatch(name):
        raise ValueError(f"{ENV}={uri}: tên cơ sở dữ liệu MotherDuck không hợp lệ '{name}' — not a MotherDuck "
                         "database name; use letters, digits and _ (md:thidua)")
    return name


def store_dir(uri: str) -> Path:
    """The local directory a `file://` URI or a plain path names; ValueError for other schemes."""
    parsed = urlparse(uri)
    scheme = parsed.scheme.lower()
    if scheme in ("", "file") or (len(scheme) == 1 and uri[1:3] in (":\\", ":/")):
        return Path(parsed.path if scheme == "file" else uri)
    if scheme in ("s3", "s3a"):
        raise ValueError(f"{ENV}={uri}: một kho đối tượng S3, không phải thư mục — an S3 store, not a directory")
    if scheme in REFUSED_SCHEMES:
        raise ValueError(
            f"{ENV}={uri}: chưa hỗ trợ xuất bản lên {scheme}:// — publishing to {scheme}:// is not supported here. "
            "Dùng s3://bucket/tiền-tố (mọi kho tương thích S3, kể cả GCS qua AWS_ENDPOINT_URL) hoặc một thư mục đã gắn "
            "(gcsfuse, blobfuse) — use s3://bucket/prefix (any S3-compatible store, GCS included through "
            "AWS_ENDPOINT_URL) or a mounted directory")
    raise ValueError(f"{ENV}={uri}: không rõ lược đồ '{scheme}' — unknown scheme; give a directory path, "
                     "file:///path or s3://bucket/prefix")


def publish_copy(warehouse: Path, uri: str, now: dt.datetime | None = None) -> Path | str:
    """Copy a published warehouse into the store named by `uri`; return the store's current file
    (a Path for a directory store, an `s3://` URI for S3, `md:<database>` for MotherDuck)."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%S%fZ")
    versioned = f"warehouse-{stamp}.duckdb"
    if location := s3_location(uri):
        return _publish_s3(warehouse, location, versioned)
    if database := motherduck_database(uri):
        return _publish_motherduck(warehouse, database, uri)
    target_dir = store_dir(uri)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        tmp = target_dir / f".{versioned}.tmp{os.getpid()}"
        shutil.copyfile(warehouse, tmp)
        os.replace(tmp, target_dir / versioned)
        current = target_dir / CURRENT
        tmp_current = target_dir / f".{CURRENT}.tmp{os.getpid()}"
        shutil.copyfile(target_dir / versioned, tmp_current)
        os.replace(tmp_current, current)
        (target_dir / ".LATEST.tmp").write_text(versioned + "\n")
        os.replace(target_dir / ".LATEST.tmp", target_dir / "LATEST")
    except OSError as err:  # not a directory, no space, no permission, the mount gone
        raise RuntimeError(
            f"{ENV}={uri}: không ghi được vào thư mục — could not write to the directory: {err}. "
            "Kiểm tra đường dẫn, quyền ghi và dung lượng (check the path, write access and free space)") from err
    return current


def motherduck_statements(warehouse: Path, database: str) -> list[str]:
    """What `_publish_motherduck` runs: connect to MotherDuck, then upload the file as `database`, replacing it."""
    path = str(Path(warehouse).resolve()).replace("'", "''")
    return ["ATTACH 'md:'", f'CREATE OR REPLACE DATABASE "{database}" FROM \'{path}\'']


def _publish_motherduck(warehouse: Path, database: str, uri: str) -> str:
    import duckdb

    con = duckdb.connect()  # in memory: the published file is only read, by the upload
    try:
        for statement in motherduck_statements(warehouse, database):
            con.execute(statement)
    except duckdb.Error as err:
        raise RuntimeError(
            f"{ENV}={uri}: không xuất bản được lên MotherDuck — could not publish to MotherDuck: {err}. "
            "Cần mạng tới MotherDuck, phần mở rộng motherduck của DuckDB (tải về khi dùng lần đầu, hoặc INSTALL "
            "motherduck) và biến môi trường motherduck_token (needs the network, DuckDB's motherduck extension "
            "and a motherduck_token in the environment)") from err
    finally:
        con.close()
    return f"md:{database}"


def s3_client():
    """A boto3 S3 client configured by the standard AWS settings only (env, ~/.aws, instance role)."""
    try:
        import boto3
    except ImportError:
        raise RuntimeError(
            "s3:// cần gói boto3 (pip install boto3) — s3:// needs the boto3 package") from None
    return boto3.client("s3")


def _s3_errors() -> tuple[type[Exception], ...]:
    from boto3.exceptions import Boto3Error  # S3UploadFailedError
    from botocore.exceptions import BotoCoreError, ClientError  # no credentials or endpoint; refused by the store

    return Boto3Error, BotoCoreError, ClientError


def _s3_failed(uri: str, err: Exception) -> RuntimeError:
    return RuntimeError(
        f"{ENV}={uri}: không ghi được lên kho đối tượng — could not write to the object store: {err}. "
        "Kiểm tra AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_REGION và quyền ghi bucket "
        "(check the endpoint, credentials, region and write access to the bucket)")


def _publish_s3(warehouse: Path, location: S3Location, versioned: str) -> str:
    client = s3_client()
    try:
        client.upload_file(str(warehouse), location.bucket, location.key(versioned))  # whole or not at all
        size = client.head_object(Bucket=location.bucket, Key=location.key(versioned))["ContentLength"]
        if size != warehouse.stat().st_size:
            raise RuntimeError(f"{location.uri(versioned)} holds {size} bytes, {warehouse} {warehouse.stat().st_size}")
        client.copy({"Bucket": location.bucket, "Key": location.key(versioned)}, location.bucket, location.key(CURRENT))
        client.put_object(Bucket=location.bucket, Key=location.key("LATEST"), Body=(versioned + "\n").encode())
    except (*_s3_errors(), RuntimeError) as err:
        raise _s3_failed(location.uri(), err) from err
    return location.uri(CURRENT)


def sync_tree(local_dir: Path, uri: str, suffix: str = ".parquet") -> dict[str, int]:
    """Mirror the `suffix` files under `local_dir` (relative paths kept, e.g. `year=2023/part.parquet`) to
    `s3://bucket/prefix` or a directory: every file is uploaded whole, then those the local tree no longer
    has are removed. Returns {"uploaded": n, "removed": n}."""
    files = sorted(p for p in local_dir.rglob(f"*{suffix}") if p.is_file())
    names = {p.relative_to(local_dir).as_posix(): p for p in files}
    if location := s3_location(uri):
        client = s3_client()
        try:
            for name, path in names.items():
                client.upload_file(str(path), location.bucket, location.key(name))
            base = location.key("")
            stale = [obj["Key"] for page in client.get_paginator("list_objects_v2").paginate(
                        Bucket=location.bucket, Prefix=base)
                     for obj in page.get("Contents", [])
                     if obj["Key"].endswith(suffix) and obj["Key"][len(base):] not in names]
            for start in range(0, len(stale), 1000):
                client.delete_objects(Bucket=location.bucket,
                                      Delete={"Objects": [{"Key": k} for k in stale[start:start + 1000]]})
        except _s3_errors() as err:
            raise _s3_failed(location.uri(), err) from err
        return {"uploaded": len(names), "removed": len(stale)}
    target = store_dir(uri)
    for name, path in names.items():
        dest = target / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.tmp{os.getpid()}")
        shutil.copyfile(path, tmp)
        os.replace(tmp, dest)
    stale_files = [p for p in target.rglob(f"*{suffix}") if p.relative_to(target).as_posix() not in names] \
        if target.exists() else []
    for p in stale_files:
        p.unlink()
    return {"uploaded": len(names), "removed": len(stale_files)}


def storage_options(env: dict | None = None) -> dict[str, str]:
    """polars / object_store options for `s3://` from the same AWS settings boto3 reads
    (`pl.scan_parquet("s3://…/observations/**/*.parquet", hive_partitioning=True, storage_options=…)`)."""
    env = os.environ if env is None else env
    keys = {"AWS_ACCESS_KEY_ID": "aws_access_key_id", "AWS_SECRET_ACCESS_KEY": "aws_secret_access_key",
            "AWS_SESSION_TOKEN": "aws_session_token", "AWS_ENDPOINT_URL_S3": "aws_endpoint_url",
            "AWS_ENDPOINT_URL": "aws_endpoint_url"}
    options: dict[str, str] = {}
    for var, key in keys.items():
        if env.get(var) and key not in options:
            options[key] = env[var]
    if region := env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION"):
        options["aws_region"] = region
    if options.get("aws_endpoint_url", "").startswith("http://"):
        options["aws_allow_http"] = "true"  # a local or in-cluster endpoint without TLS
    return options
