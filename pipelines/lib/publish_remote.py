"""Publish the checked warehouse beyond this machine: a copy to an object store, by configuration.

`THIDUA_PUBLISH_URI` names where a copy of every published warehouse goes, after the local atomic
rename (publish.py) succeeded:
- a directory path or `file:///…` — a local or mounted "object store" (NFS, s3fs, gcsfuse): the file is
  written as `warehouse-<UTC time>.duckdb`, then `warehouse.duckdb` there is replaced in one rename and
  `LATEST` names the versioned copy, so readers of the store never see half a file;
- `s3://`, `gs://`, `az://` and `md:` (MotherDuck) are the same step through DuckDB's httpfs or
  MotherDuck extension (`COPY FROM DATABASE`) and need credentials this machine does not have: they
  are refused with what to install and set, rather than half-done.
Unset: nothing is copied.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

ENV = "THIDUA_PUBLISH_URI"
REMOTE_SCHEMES = {"s3", "gs", "gcs", "az", "abfss", "md", "motherduck"}


def publish_uri() -> str | None:
    return os.environ.get(ENV) or None


def store_dir(uri: str) -> Path:
    """The local directory a `file://` URI or a plain path names; ValueError for remote schemes."""
    parsed = urlparse(uri)
    scheme = parsed.scheme.lower()
    if scheme in ("", "file") or (len(scheme) == 1 and uri[1:3] in (":\\", ":/")):
        return Path(parsed.path if scheme == "file" else uri)
    if scheme in REMOTE_SCHEMES or uri.startswith("md:"):
        raise ValueError(
            f"{ENV}={uri}: publishing to {scheme}:// needs DuckDB's httpfs/motherduck extension and credentials "
            "(see docs/scaling.md); this deployment publishes to a local or mounted directory only")
    raise ValueError(f"{ENV}={uri}: unknown scheme '{scheme}'; give a directory path or file:///path")


def publish_copy(warehouse: Path, uri: str, now: dt.datetime | None = None) -> Path:
    """Copy a published warehouse into the store named by `uri`; return the store's current file."""
    target_dir = store_dir(uri)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%S%fZ")
    versioned = target_dir / f"warehouse-{stamp}.duckdb"
    tmp = target_dir / f".{versioned.name}.tmp{os.getpid()}"
    shutil.copyfile(warehouse, tmp)
    os.replace(tmp, versioned)
    current = target_dir / "warehouse.duckdb"
    tmp_current = target_dir / f".warehouse.duckdb.tmp{os.getpid()}"
    shutil.copyfile(versioned, tmp_current)
    os.replace(tmp_current, current)
    (target_dir / ".LATEST.tmp").write_text(versioned.name + "\n")
    os.replace(target_dir / ".LATEST.tmp", target_dir / "LATEST")
    return current
