"""Where the pipeline reads and writes: one resource, set from the CLI, env or the UI."""


import datetime as dt
import os
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from pipelines.lib import refresh_lock
from pipelines.lib.reference_data import REPO_ROOT
from pipelines.lib.sharing import default_workers


class ThiduaPaths(dg.ConfigurableResource):
    """Paths of one deployment. Relative paths are taken from the repo root."""

    inbox: str = os.environ.get("THIDUA_INBOX", "data/sample")
    warehouse: str = os.environ.get("THIDUA_WAREHOUSE", "warehouse.duckdb")
    staging: str = os.environ.get("THIDUA_STAGING", ".thidua/staging")
    models: str = os.environ.get("THIDUA_MODELS", "models")
    published: str = ""  # YYYY-MM-DD: the vintage of every file read, when the inbox holds one publication
    workers: int = default_workers()
    # False: a candidate takes the facts of unchanged staged years from the published file (warehouse_reuse)
    rebuild: bool = os.environ.get("THIDUA_REBUILD", "") == "1"

    def path(self, value: str) -> Path:
        p = Path(value)
        return p if p.is_absolute() else REPO_ROOT / p

    @property
    def inbox_dir(self) -> Path:
        return self.path(self.inbox)

    @property
    def warehouse_file(self) -> Path:
        return self.path(self.warehouse)

    @property
    def staging_dir(self) -> Path:
        return self.path(self.staging)

    @property
    def models_dir(self) -> Path:
        return self.path(self.models)

    @property
    def candidate_file(self) -> Path:
        w = self.warehouse_file
        return w.with_name(f".{w.name}.candidate")

    @property
    def published_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.published) if self.published else None

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext):
        """The run holds its staging folder's refresh lock from start to end (`refresh_lock`)."""
        with refresh_lock.held(self.staging_dir):
            yield self
