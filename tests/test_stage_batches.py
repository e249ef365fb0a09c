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
