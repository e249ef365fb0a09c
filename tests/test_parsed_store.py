"""Parsed rows by year: a later run rewrites only the years whose files changed, and ends where a full
rewrite would."""

import datetime as dt

import polars as pl
from polars.testing import assert_frame_equal

from pipelines.lib import observation, parsed_store


def cached(tmp_path, name: str, periods: list[str]):
    """A cache entry as the parse workers write it (Arrow IPC, canonical columns; sample values)."""
    rows = [dict(source_id=name, source=name, source_kind="table_csv", locator=f"row {i}", province_code="56",
                 indicator="grdp_growth", period=p, value=float(i), unit="pct_yoy", status="actual",
                 qualifier="exact", basis="", vintage=dt.date(2025, 3, 1)) for i, p in enumerate(periods)]
    path = tmp_path / "cache" / f"{name}-{len(periods)}-{'_'.join(periods)}.arrow"
    parsed_store.write_cached([(path, observation.frame(rows))])
    return path


def year_files(staging, year):
    return {f.name: f.stat().st_mtime_ns for f in (parsed_store.parsed_dir(staging) / f"year={year}").glob("*.parquet")}


def test_only_changed_years_are_rewritten_and_the_result_equals_a_full_rewrite(tmp_path):
    staging = tmp_path / "staging"
    parts = {"a.csv": cached(tmp_path, "a", ["2022", "2022-06"]),
             "b.csv": cached(tmp_path, "b", ["2022", "2023"]),
             "c.csv": cached(tmp_path, "c", ["2024"])}
    assert parsed_store.write_rows(staging, parts) is None  # first run: every year
    assert parsed_store.parsed_years(staging) == [2022, 2023, 2024]
    before_2022 = year_files(staging, 2022)

    parts["d.csv"] = cached(tmp_path, "d", ["2024-01", "2024-02"])  # a new report for 2024
    assert parsed_store.write_rows(staging, parts) == [2024]
    assert year_files(staging, 2022) == before_2022  # untouched
    assert parsed_store.read_parsed_years(staging, [2024])["source"].to_list() == ["c.csv", "d.csv", "d.csv"]

    parts["b.csv"] = cached(tmp_path, "b", ["2023", "2023-12"])  # b revised: no longer any 2022 row
    del parts["c.csv"]  # c withdrawn
    assert parsed_store.write_rows(staging, parts) == [2022, 2023, 2024]
    assert parsed_store.read_parsed_years(staging, [2022])["source"].to_list() == ["a.csv", "a.csv"]
    assert "c.csv" not in parsed_store.read_parsed(staging)["source"].to_list()

    fresh = tmp_path / "fresh"
    parsed_store.write_rows(fresh, parts)
    assert_frame_equal(parsed_store.read_parsed(staging), parsed_store.read_parsed(fresh))
    assert parsed_store.rows_in(staging) == 2 + 2 + 2


def test_a_year_left_without_rows_disappears(tmp_path):
    staging = tmp_path / "staging"
    parts = {"a.csv": cached(tmp_path, "a", ["2021"]), "b.csv": cached(tmp_path, "b", ["2022"])}
    parsed_store.write_rows(staging, parts)
    del parts["a.csv"]
    assert parsed_store.write_rows(staging, parts) == [2021]
    assert parsed_store.parsed_years(staging) == [2022]


def test_a_missing_manifest_means_a_full_rewrite(tmp_path):
    staging = tmp_path / "staging"
    parts = {"a.csv": cached(tmp_path, "a", ["2021"])}
    parsed_store.write_rows(staging, parts)
    (staging / "parsed" / "files.parquet").unlink()  # e.g. a run killed mid-way
    assert parsed_store.write_rows(staging, parts) is None
    assert parsed_store.read_parsed(staging).height == 1
    assert pl.read_parquet(staging / "parsed" / "files.parquet")["source"].to_list() == ["a.csv"]


def test_parts_shared_with_a_worker_keep_inbox_order(tmp_path, monkeypatch):
    """A first run split into several parts, written by this process and a spawned one, holds the same rows
    in the same order as one process writing them all, and names the same years per source."""
    monkeypatch.setattr(parsed_store, "FILES_PER_PART", 2)
    parts = {f"{k:02d}.csv": cached(tmp_path, f"{k:02d}", [f"{2020 + k % 3}", f"{2020 + k % 3}-0{1 + k % 9}", "2023"])
             for k in range(9)}
    alone, shared = tmp_path / "alone", tmp_path / "shared"
    parsed_store.write_rows(alone, parts, workers=1)
    parsed_store.write_rows(shared, parts, workers=2)
    parts_written = sorted(f.name for f in (parsed_store.parsed_dir(shared) / "year=2023").glob("*.parquet"))
    assert parts_written == [f"part-{k:05d}.parquet" for k in range(5)]  # nine files, two per part
    assert_frame_equal(parsed_store.read_parsed(shared), parsed_store.read_parsed(alone))
    assert pl.read_parquet(parsed_store._manifest_path(shared)).equals(pl.read_parquet(parsed_store._manifest_path(alone)))
    assert parsed_store.read_parsed_years(shared, [2023])["source"].to_list()[:3] == ["00.csv", "01.csv", "02.csv"]


def test_a_staging_folder_moved_elsewhere_rewrites_no_year(tmp_path):
    """The manifest names cache files relative to the staging folder: restored from a backup or mounted at
    another path, the next run finds every file unchanged instead of rewriting the whole history."""
    staging = tmp_path / "staging"
    staging.mkdir()
    parts = {"a.csv": cached(staging, "a", ["2021", "2022"]), "b.csv": cached(staging, "b", ["2023"])}
    parsed_store.write_rows(staging, parts)
    moved = tmp_path / "elsewhere" / "staging"
    moved.parent.mkdir()
    staging.rename(moved)
    again = {name: moved / f.relative_to(staging) for name, f in parts.items()}
    assert parsed_store.write_rows(moved, again) == []
    assert parsed_store.read_parsed(moved)["source"].to_list() == ["a.csv", "a.csv", "b.csv"]
    again["c.csv"] = cached(moved, "c", ["2023-06"])
    assert parsed_store.write_rows(moved, again) == [2023]  # and a new file still rewrites its year alone
