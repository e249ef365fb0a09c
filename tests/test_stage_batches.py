"""Batches staged one after the other in one process, reading and writing on a thread while GX validates, stage
exactly what `stage_batch` stages batch by batch."""

import shutil

import polars as pl

from pipelines.lib import parsed_store, staging


def test_pipelined_batches_write_the_partitions_and_counts_of_batches_staged_one_by_one(sample_inbox, tmp_path):
    first = tmp_path / "pipelined"
    staging.parse_and_write(sample_inbox, first, None, 1)
    second = tmp_path / "one_by_one"
    shutil.copytree(first / "parsed", second / "parsed")
    years = parsed_store.parsed_years(first)
    counts = dict(staging.scan_parsed(first, years).group_by("year").len().collect().iter_rows())
    batches = staging.year_batches([(y, counts[y]) for y in years], max(counts.values()))  # about a year a batch
    assert len(batches) >= 3  # so that a read, a validation and a write overlap

    pipelined = staging.stage_batches((str(first), batches, 10**6))
    one_by_one = [staging.stage_batch((str(second), b, 10**6)) for b in batches]

    assert pipelined == one_by_one
    assert [r["year"] for b in pipelined for r in b] == [y for b in batches for y in b]
    assert sum(r["rows_in"] for b in pipelined for r in b) == parsed_store.rows_in(first) > 0
    assert sum(r["rows_quarantined"] for b in pipelined for r in b) > 0  # the sample's bad rows were judged
    written = sorted(p.relative_to(first) for kind in ("observations", "quarantine")
                     for p in (first / kind).glob("year=*/part.parquet"))
    assert len(written) == 2 * len(years)
    for f in written:
        assert pl.read_parquet(first / f).equals(pl.read_parquet(second / f)), f


def test_no_batch_stages_nothing(tmp_path):
    assert staging.stage_batches((str(tmp_path), [], 10**6)) == []


def test_batches_shared_with_a_spawned_worker_stage_what_one_process_stages(sample_inbox, tmp_path, monkeypatch):
    """The path of tier L, on the sample: above PARALLEL_MIN_ROWS the batches (here of a few hundred rows, each
    year cut into chunks for GX) are shared between this process and a spawned worker; every partition and count
    is the one the single-process path writes."""
    alone = tmp_path / "alone"
    staging.parse_and_write(sample_inbox, alone, None, 1)
    shared = tmp_path / "shared"
    shutil.copytree(alone / "parsed", shared / "parsed")
    years = parsed_store.parsed_years(alone)

    expected = staging.stage_years(alone, years, 1)
    monkeypatch.setattr(staging, "PARALLEL_MIN_ROWS", 1)
    monkeypatch.setattr(staging, "BATCH_ROWS", 300)
    got = staging.stage_years(shared, years, 2)

    assert got == expected and sum(r["rows_in"] for r in got) == parsed_store.rows_in(alone) > 0
    written = sorted(p.relative_to(alone) for kind in ("observations", "quarantine")
                     for p in (alone / kind).glob("year=*/part.parquet"))
    assert len(written) == 2 * len(years)
    for f in written:
        assert pl.read_parquet(alone / f).equals(pl.read_parquet(shared / f)), f
