"""Word 97–2003 reports (.doc): text, tables with merged cells, fields, nested tables, TCVN3, and what is refused.

The .doc files in tests/word97/ were saved by LibreOffice from the .docx that tests/word97/make_fixtures.py builds
(SAMPLE text and figures); the first is the same report the .docx tests read, so the two must give the same rows.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import olefile
import pytest

from pipelines.lib import documents, word97
from conftest import compared_rows
from pipelines.lib.ingest import extract_file
from test_document_tables import HEADER, MERGES, ROWS, write_report
from word97.make_fixtures import REPORT_PROSE

HERE = Path(__file__).parent / "word97"
_rows = compared_rows


def test_a_doc_report_gives_the_rows_of_the_same_report_as_docx(tmp_path):
    docx_path = tmp_path / "dak_nong_2023.docx"
    write_report(docx_path, REPORT_PROSE, HEADER, ROWS, MERGES)
    from_doc = _rows(HERE / "dak_nong_2023.doc")
    assert from_doc == _rows(docx_path)
    got = {r[7]: r[:6] for r in from_doc}
    assert got["Bảng 1!F3"] == ("67", "grdp_growth", "2023", "estimate", "exact", 7.2)
    assert got["Bảng 1!E4"] == ("67", "state_budget_revenue", "2023", "plan", "exact", 3000.0)
    assert got["Bảng 1!D5"] == ("67", "export_value", "2022", "actual", "exact", 850.0)
    assert len(from_doc) == 9  # the nine table cells (the sentence repeats the growth of F3)


def test_merged_header_cells_are_laid_out_as_in_the_docx(tmp_path):
    docx_path = tmp_path / "dak_nong_2023.docx"
    write_report(docx_path, REPORT_PROSE, HEADER, ROWS, MERGES)
    (from_doc,) = documents.read_document(HERE / "dak_nong_2023.doc").tables
    (from_docx,) = documents.read_document(docx_path).tables
    assert from_doc.rows == from_docx.rows
    assert from_doc.filled == from_docx.filled
    assert from_doc.rows[0][4] == from_doc.rows[0][5] == "Năm 2023" and (0, 5) in from_doc.filled
    assert from_doc.rows[1][0] == "STT" and (1, 0) in from_doc.filled  # merged down
    assert from_doc.caption.startswith("Báo cáo tình hình kinh tế") or "PHỤ LỤC" in from_doc.caption


def test_fields_breaks_and_a_nested_table_come_out_as_text():
    doc = documents.read_document(HERE / "quang_ngai_2024_features.doc")
    assert doc.kind == "doc" and doc.date.isoformat() == "2024-12-10"
    assert "cổng thông tin của tỉnh." in doc.text and "HYPERLINK" not in doc.text and "example.vn" not in doc.text
    assert "Báo cáo tình hình kinh tế - xã hội năm 2024\nvà kế hoạch năm 2025" in doc.text  # the line break
    # the letterhead: a table of words, with a table nested in its first cell, stays in the text as one row
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI Số: 12/BC-UBND (văn bản mẫu) | CỘNG HÒA" in doc.text
    assert not doc.tables and not doc.notes
    rows = {(r["indicator"], r["period"], r["status"]): r["value"]
            for r in extract_file(HERE / "quang_ngai_2024_features.doc").observations.iter_rows(named=True)}
    assert rows == {("state_budget_revenue", "2024", "estimate"): 4350.0, ("export_value", "2024", "estimate"): 1250.0}


def test_a_doc_typed_in_tcvn3_comes_back_as_unicode():
    doc = documents.read_document(HERE / "khanh_hoa_2023_tcvn3.doc")
    # "ư" is TCVN3's byte 0xAD, a soft hyphen, which Word stores as its optional hyphen
    assert "tốc độ tăng trưởng kinh tế của tỉnh ước đạt 7,8%" in doc.text
    rows = {(r["province_code"], r["indicator"]): r["value"]
            for r in extract_file(HERE / "khanh_hoa_2023_tcvn3.doc").observations.iter_rows(named=True)}
    assert rows == {("56", "grdp_growth"): 7.8, ("56", "state_budget_revenue"): 18200.0}


def test_a_soft_hyphen_in_unicode_text_does_not_split_a_word():
    blocks = word97.read_blocks(HERE / "dak_nong_2023.doc")
    assert all("\xad" not in b[1] for b in blocks if b[0] == "p")
    assert word97._clean("tăng\x1ftrưởng") == "tăng\xadtrưởng"
    assert word97._clean("a\x13 PAGE \x145\x15b\x13 SEQ \x15c") == "a5bc"  # a field's code dropped, its result kept


def test_a_docx_or_a_web_page_named_doc_is_read_for_what_it_is(tmp_path):
    renamed = tmp_path / "bao_cao_2023.doc"
    write_report(renamed, REPORT_PROSE, HEADER, ROWS, MERGES)  # a .docx saved under the old extension
    assert documents.read_document(renamed).kind == "docx"
    assert len(_rows(renamed)) == 9
    page = tmp_path / "trang_web.doc"
    page.write_text("<html><body><p>Năm 2023, tăng trưởng kinh tế của tỉnh Đắk Nông ước đạt 7,2% (số liệu mẫu).</p>"
                    "</body></html>", encoding="utf-8")
    assert documents.read_document(page).kind == "html"
    assert [(r["province_code"], r["value"]) for r in extract_file(page).observations.iter_rows(named=True)] == [("67", 7.2)]


def _with_fib(src: Path, dst: Path, flag: int = 0, nfib: int | None = None) -> Path:
    """A copy of `src` whose FIB has `flag` set (and its version `nfib`), written into the WordDocument stream."""
    shutil.copy(src, dst)
    with olefile.OleFileIO(str(dst), write_mode=True) as ole:
        data = bytearray(ole.openstream("WordDocument").read())
        data[0x0A:0x0C] = (int.from_bytes(data[0x0A:0x0C], "little") | flag).to_bytes(2, "little")
        if nfib is not None:
            data[2:4] = nfib.to_bytes(2, "little")
        ole.write_stream("WordDocument", bytes(data))
    return dst


@pytest.mark.parametrize("content, says", [
    (b"{\\rtf1\\ansi Bao cao}", "RTF"),
    (b"plain text, not a Word file", "not a Word 97"),
    (b"", "not a Word 97"),
])
def test_what_is_not_a_doc_is_refused_with_what_to_do(tmp_path, content, says):
    path = tmp_path / "bao_cao.doc"
    path.write_bytes(content)
    with pytest.raises(documents.DocumentError, match=says):
        documents.read_document(path)


def test_a_password_protected_or_damaged_doc_is_refused_with_what_to_do(tmp_path):
    locked = _with_fib(HERE / "dak_nong_2023.doc", tmp_path / "locked.doc", flag=0x0100)
    with pytest.raises(documents.DocumentError, match="password"):
        documents.read_document(locked)
    word95 = _with_fib(HERE / "dak_nong_2023.doc", tmp_path / "word95.doc", nfib=0x0068)
    with pytest.raises(documents.DocumentError, match="Word 6/95"):
        documents.read_document(word95)
    damaged = tmp_path / "damaged.doc"
    damaged.write_bytes((HERE / "dak_nong_2023.doc").read_bytes()[:3000])
    with pytest.raises(documents.DocumentError, match="save it as .docx|damaged"):
        documents.read_document(damaged)


def test_a_wide_table_whose_row_ends_keep_their_properties_in_the_data_stream(tmp_path):
    """Word keeps a long row end's properties in the Data stream (sprmPHugePapx): without reading them, every row
    after the first was prose."""
    from word97.make_fixtures import write_wide

    docx_path = tmp_path / "gia_lai_2025.docx"
    write_wide(docx_path)
    (from_doc,) = documents.read_document(HERE / "gia_lai_2025_wide_table.doc").tables
    (from_docx,) = documents.read_document(docx_path).tables
    assert len(from_doc.rows) == 9 and from_doc.rows == from_docx.rows and from_doc.filled == from_docx.filled
    got = {r[7]: r[:6] for r in _rows(HERE / "gia_lai_2025_wide_table.doc")}
    assert got["Bảng 1!D4"] == ("64", "state_budget_revenue", "2024", "actual", "exact", 7845.0)  # Gia Lai (cũ)
    assert got["Bảng 1!E4"] == ("52", "state_budget_revenue", "2024", "actual", "exact", 14830.0)  # Bình Định (cũ)
    assert got["Bảng 1!G9"][1:] == ("health_insurance_coverage", "2025", "estimate", "exact", 94.2)
    assert _rows(HERE / "gia_lai_2025_wide_table.doc") == _rows(docx_path)
