"""Start a candidate from the published warehouse when only some staged years changed.

A year's facts depend on its staged Parquet file (the rows, numbered by year and row), the reference data and
the core models. The candidate records what it was built from in `warehouse_build`: a fingerprint of the
models, the reference data and the engine, and the SHA-256 of every staged year's file. A later build whose
fingerprint is the same copies the published file, deletes the facts of the years whose file changed or is
gone, and inserts only those years again; every other table is rebuilt as usual (they are small). Anything
else (other models, other reference data, another DuckDB, a file that does not open, no record) builds the
candidate from nothing, as before. Either way the candidate holds the same rows: tests/test_warehouse_reuse.py.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import duckdb

from pipelines.lib.reference_data import reference_dir

# The one table a candidate takes over from the published file; the rest is rebuilt.
KEPT_TABLE = "fact_observation"
YEAR_ID_BASE = 100_000_000  # observation_id = staged year × YEAR_ID_BASE + row (models/10_fact_observation.sql)


def build_fingerprint(code_files: list[Path], storage_version: str) -> str:
    """Changes with the core models and the code given, the reference data, the engine and the storage version."""
    h = hashlib.sha256(f"{duckdb.__version__}|{storage_version}".encode())
    for p in [*code_files, *sorted(reference_dir().rglob("*.csv"))]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def year_of(staged_file: Path) -> int:
    """The partition year of a staged file (its `year=YYYY` folder)."""
    return int(staged_file.parent.name.split("=", 1)[1])


def staged_year_hashes(year_files: list[Path]) -> dict[int, str]:
    """SHA-256 of each staged year's observations file, by year."""
    return {year_of(f): hashlib.sha256(f.read_bytes()).hexdigest() for f in year_files}


def recorded(con: duckdb.DuckDBPyConnection) -> tuple[str, dict[int, str]] | None:
    """The fingerprint and year hashes a warehouse file was built from; None for a file without them."""
    try:
        row = con.execute("SELECT build_fingerprint, staged_years FROM warehouse_build").fetchone()
    except duckdb.Error:
        return None
    if not row or not row[0] or not row[1]:
        return None
    return row[0], {int(y): sha for y, sha in json.loads(row[1]).items()}


def start_from_published(published: Path, candidate: Path, fingerprint: str, years: dict[int, str],
                         config: dict) -> set[int]:
    """The candidate as a copy of `published` with the facts of unchanged years only; the years kept.
    An empty set means nothing could be kept, and the candidate is left for a build from nothing."""
    published, candidate = Path(published), Path(candidate)
    if not published.is_file():
        return set()
    for leftover in (candidate, candidate.with_name(candidate.name + ".wal")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(published, candidate)
    kept: set[int] = set()
    try:
        con = duckdb.connect(str(candidate), config=config)
    except duckdb.Error:
        candidate.unlink(missing_ok=True)
        return set()
    try:
        built = recorded(con)
        if built is not None and built[0] == fingerprint:
            kept = {y for y, sha in built[1].items() if years.get(y) == sha}
        if kept:
            _drop_all_but_facts(con)
            gone = sorted(set(built[1]) - kept)
            if gone:
                con.execute(f"DELETE FROM {KEPT_TABLE} WHERE observation_id // {YEAR_ID_BASE} IN "
                            f"({', '.join(str(y) for y in gone)})")
    finally:
        con.close()
    if not kept:
        candidate.unlink(missing_ok=True)
    return kept


def _drop_all_but_facts(con: duckdb.DuckDBPyConnection) -> None:
    """Every view and table of the copied file but the facts: the models create them again."""
    views = [r[0] for r in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary AND schema_name = 'main'").fetchall()]
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND schema_name = 'main'").fetchall()]
    for v in views:
        con.execute(f'DROP VIEW "{v}"')
    for t in tables:
        if t != KEPT_TABLE:
            con.execute(f'DROP TABLE "{t}"')
