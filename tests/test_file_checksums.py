"""Inbox hashes remembered by size and modification time (pipelines/lib/file_checksums.py)."""

import hashlib
import os
import shutil
import time

from pipelines.lib import file_checksums, staging
from pipelines.lib.file_checksums import Checksums

OLD = time.time() - 3600  # an hour ago: well outside the racy window


def _write(path, text, mtime=OLD):
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))


def test_an_unchanged_file_is_answered_from_the_index_without_reading_it(tmp_path):
    f = tmp_path / "a.csv"
    _write(f, "first")
    sums = Checksums(tmp_path / "cache")
    assert sums.known(str(f)) is None
    sums.remember(str(f), "h-first")
    sums.save()
    # Same size and mtime, different bytes: the remembered hash is returned, so the file was not read.
    _write(f, "FIRST")
    assert Checksums(tmp_path / "cache").known(str(f)) == "h-first"


def test_a_new_mtime_or_size_means_the_file_is_hashed_again(tmp_path):
    f = tmp_path / "a.csv"
    _write(f, "first")
    sums = Checksums(tmp_path / "cache")
    sums.remember(str(f), "h-first")
    sums.save()
    _write(f, "first", mtime=OLD + 10)
    assert Checksums(tmp_path / "cache").known(str(f)) is None
    _write(f, "first!")
    assert Checksums(tmp_path / "cache").known(str(f)) is None



def test_a_file_replaced_by_a_copy_of_the_same_size_and_time_is_hashed_again(tmp_path):
    f, copy = tmp_path / "a.csv", tmp_path / "a.csv.new"
    _write(f, "first")
    sums = Checksums(tmp_path / "cache")
    sums.remember(str(f), "h-first")
    sums.save()
    _write(copy, "FIRST")  # same size, same mtime, other bytes: as a sync tool that keeps times would leave it
    os.replace(copy, f)
    assert Checksums(tmp_path / "cache").known(str(f)) is None

def test_a_file_written_just_now_is_not_remembered(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("fresh", encoding="utf-8")
    sums = Checksums(tmp_path / "cache")
    sums.remember(str(f), "h")
    sums.save()
    assert Checksums(tmp_path / "cache").known(str(f)) is None


def test_files_gone_from_the_inbox_are_forgotten(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    _write(a, "a")
    _write(b, "b")
    sums = Checksums(tmp_path / "cache")
    sums.remember(str(a), "ha")
    sums.remember(str(b), "hb")
    sums.save()
    again = Checksums(tmp_path / "cache")
    assert again.known(str(a)) == "ha"
    again.save()  # b was not seen in this run
    assert Checksums(tmp_path / "cache").known(str(b)) is None



def _settled_copy(sample_inbox, tmp_path):
    """The sample inbox copied, every file last modified an hour ago (outside the racy window)."""
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    for p in inbox.rglob("*"):
        if p.is_file():
            os.utime(p, (OLD, OLD))
    return inbox

def test_parse_inbox_records_real_hashes_and_sees_an_edited_report(tmp_path, sample_inbox):
    inbox, cache = _settled_copy(sample_inbox, tmp_path), tmp_path / "cache"
    first = staging.parse_inbox(inbox, cache)
    files = staging.inbox_files(inbox)
    sums = Checksums(cache)
    assert all(sums.known(str(p)) == hashlib.sha256(p.read_bytes()).hexdigest() for p in files)
    assert file_checksums.index_path(cache).exists()

    edited = next(p for p in files if p.suffix == ".csv")
    _write(edited, edited.read_text(encoding="utf-8") + "\n", mtime=OLD + 60)
    second = staging.parse_inbox(inbox, cache)
    name = str(edited.relative_to(inbox))
    before = first.sources.filter(source=name)["checksum_sha256"].item()
    after = second.sources.filter(source=name)["checksum_sha256"].item()
    assert after == hashlib.sha256(edited.read_bytes()).hexdigest() != before
    assert first.sources.height > 10
    kept = first.sources.join(second.sources, on=["source", "checksum_sha256"], how="inner")
    assert kept.height == first.sources.height - 1  # every other file keeps its hash


def test_a_new_file_on_a_later_run_is_hashed_once(tmp_path, sample_inbox, monkeypatch):
    inbox, cache = _settled_copy(sample_inbox, tmp_path), tmp_path / "cache"
    staging.parse_inbox(inbox, cache)
    model = next(p for p in staging.inbox_files(inbox) if p.suffix == ".csv")
    added = model.with_name("zz_new_sample.csv")
    _write(added, model.read_text(encoding="utf-8") + "\n")
    hashed = []
    real = file_checksums.sha256_of
    monkeypatch.setattr(file_checksums, "sha256_of", lambda data: hashed.append(len(data)) or real(data))
    again = staging.parse_inbox(inbox, cache)
    assert hashed == [added.stat().st_size]  # the new file, once; the others answered by the index
    assert str(added.relative_to(inbox)) in again.sources["source"].to_list()


def test_a_file_stamped_in_the_future_is_remembered_and_a_write_now_is_seen(tmp_path):
    f = tmp_path / "generated.csv"
    _write(f, "first", mtime=time.time() + 86400 * 40)  # a generated inbox's fixed clock, or a copy from a fast one
    sums = Checksums(tmp_path / "cache")
    sums.remember(str(f), "h-first")
    sums.save()
    assert Checksums(tmp_path / "cache").known(str(f)) == "h-first"
    f.write_text("second", encoding="utf-8")  # stamped now: its time changed, so it is hashed again
    assert Checksums(tmp_path / "cache").known(str(f)) is None
    _write(f, "third", mtime=time.time())  # just written: within the racy window, not remembered
    sums = Checksums(tmp_path / "cache")
    sums.remember(str(f), "h-third")
    assert sums.known(str(f)) is None
