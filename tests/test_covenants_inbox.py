"""Covenant reads survive the trip through staging Parquet, quarantined ones with their problems."""

import shutil
from pathlib import Path

from polars.testing import assert_frame_equal

from pipelines.lib import covenants_inbox

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


def test_staged_covenants_read_back_equal(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE / "covenants", inbox / "covenants")
    bad = inbox / "covenants" / "giao_uoc_TN_DHNTB_2022.csv"
    bad.write_text(bad.read_text(encoding="utf-8").replace(",10,grdp_growth,", ",,grdp_growth,"), encoding="utf-8")
    reads = covenants_inbox.read_all(inbox)
    assert [r.quarantined for r in reads] == [True, False]  # the 2022 criterion lost its maximum

    covenants_inbox.write_staged(reads, tmp_path / "staged")
    back = covenants_inbox.read_staged(tmp_path / "staged")
    assert len(back) == 2
    for before, after in zip(reads, back):
        assert (after.name, after.cluster_code, after.year, after.quarantined, after.problems) == \
            (before.name, before.cluster_code, before.year, before.quarantined, before.problems)
        for part in covenants_inbox.PARTS:
            assert_frame_equal(getattr(after, part), getattr(before, part))
    assert back[0].reasons and any("TC01" in p for p in back[0].reasons)
    assert back[1].targets.height > 50


def test_nothing_staged_reads_as_no_covenants(tmp_path):
    assert covenants_inbox.read_staged(tmp_path / "missing") == []
    covenants_inbox.write_staged([], tmp_path / "empty")
    assert covenants_inbox.read_staged(tmp_path / "empty") == []
