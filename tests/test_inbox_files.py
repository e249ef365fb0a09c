"""What the parse stage takes from an inbox, and what it reports instead of dropping in silence."""

from __future__ import annotations

import shutil

import polars as pl

from pipelines.lib import staging


def test_an_odt_a_damaged_doc_and_a_zip_are_listed_unreadable_with_what_to_send(tmp_path, sample_inbox):
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    (inbox / "tables" / "bao_cao_kon_tum_2023.odt").write_bytes(b"PK\x03\x04 sample")
    (inbox / "narrative" / "bao_cao_cu.DOC").write_bytes(b"\xd0\xcf\x11\xe0 sample")  # a Word 97 header, cut short
    (inbox / "phu_luc_2023.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (inbox / "tables" / "~$khanh_hoa_2023.xlsx").write_bytes(b"owner lock file")  # Excel's, beside an open file
    (inbox / "ghi_chu.py").write_text("# a script, not a report\n")

    parsed = staging.parse_and_write(inbox, tmp_path / "staging", None, 1)
    alone = staging.parse_and_write(sample_inbox, tmp_path / "alone", None, 1)

    problems = dict(zip(parsed.unreadable["source"], parsed.unreadable["problem"]))
    added = {k: v for k, v in problems.items() if k not in set(alone.unreadable["source"])}
    assert set(added) == {"tables/bao_cao_kon_tum_2023.odt", "narrative/bao_cao_cu.DOC", "phu_luc_2023.zip"}
    assert ".docx" in added["tables/bao_cao_kon_tum_2023.odt"] and ".docx" in added["narrative/bao_cao_cu.DOC"]
    assert "giải nén" in added["phu_luc_2023.zip"]
    # the lock file and the script are neither read nor reported, and every report still loads
    assert parsed.sources.select("source", "n_rows").equals(alone.sources.select("source", "n_rows"))
    assert parsed.rows_in == alone.rows_in > 0
    written = pl.read_parquet(tmp_path / "staging" / "parsed" / "unreadable.parquet")
    assert set(added) <= set(written["source"])
