"""Shared fixtures: a copy of the bundled inbox refreshed once into a warehouse under tmp."""

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"


def run_refresh(inbox: Path, root: Path, **kw):
    """One real in-process Dagster run of the refresh job, on an ephemeral instance."""
    from dagster import DagsterInstance

    from pipelines.cli import run_refresh as refresh

    return refresh(inbox=str(inbox), warehouse=str(root / "warehouse.duckdb"), staging=str(root / "staging"),
                   instance=DagsterInstance.ephemeral(), **kw)


@pytest.fixture(scope="session")
def sample_inbox(tmp_path_factory) -> Path:
    inbox = tmp_path_factory.mktemp("inbox")
    shutil.copytree(SAMPLE, inbox, dirs_exist_ok=True)
    return inbox


@pytest.fixture(scope="session")
def refreshed(sample_inbox, tmp_path_factory):
    """(result, root) of one refresh of the whole sample inbox."""
    root = tmp_path_factory.mktemp("run")
    result = run_refresh(sample_inbox, root)
    assert result.success, "the sample refresh failed"
    return result, root


# The fields of an observation two readings of the same document are compared on (a .doc and its .docx, an .ods and
# its .xlsx)
COMPARED = ["province_code", "indicator", "period", "status", "qualifier", "value", "unit", "locator", "raw_label"]


def compared_rows(path) -> list[tuple]:
    """The observations of a file as sorted tuples of COMPARED."""
    from pipelines.lib.ingest import extract_file

    return sorted(extract_file(path).observations.select(COMPARED).iter_rows())


def write_xlsx(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> str:
    """A workbook with one sheet per (name, rows) written to `path`; None leaves a cell empty; `merges`: the ranges
    ("D3:F3") to merge, per sheet."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cells in (merges or {}).get(name, []):
            ws.merge_cells(cells)
    wb.save(path)
    return str(path)


def corpus_code(entry: dict) -> str | None:
    """The GSO code of a corpus entry's province ("province", "period", optional "admin"): the province existing at
    the period's end; `admin: post2025` is the merged province whatever the period ("Gia Lai (mới)", first half
    2025), `admin: pre2025` the former one; a name only a former province had ("Quảng Nam", 9 months of 2025) is
    that province."""
    import datetime as dt

    from pipelines.lib import observation, provinces

    at = observation.period_end(str(entry["period"]))
    if entry.get("admin") == "post2025":
        at = max(at, provinces.BEFORE_REFORM + dt.timedelta(days=1))
    elif entry.get("admin") == "pre2025":
        at = min(at, provinces.BEFORE_REFORM)
    return provinces.resolve(entry["province"], at) or provinces.resolve(entry["province"], min(at, provinces.BEFORE_REFORM))
