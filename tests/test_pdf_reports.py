"""Reports as PDF: the text layer is read like any report; a scan or a locked file gets a message. SAMPLE text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fpdf import FPDF

from pipelines.lib import documents
from pipelines.lib.ingest import InputError, extract_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian's fonts-dejavu-core: Vietnamese glyphs
needs_font = pytest.mark.skipif(not FONT.is_file(), reason="a Unicode TrueType font is needed to write the test PDF")

REPORT = (
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n"
    "Lâm Đồng, ngày 14 tháng 12 năm 2023\n"
    "BÁO CÁO tình hình kinh tế - xã hội năm 2023 (văn bản mẫu)\n"
    "Năm 2023, tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 7,52% so với năm 2022, thu ngân sách nhà nước "
    "trên địa bàn ước đạt 11.200 tỷ đồng, vượt 6,7% dự toán Trung ương giao. Kim ngạch xuất khẩu của tỉnh "
    "Lâm Đồng ước đạt 1.150 triệu USD."
)


def write_pdf(path: Path, text: str | None, password: str | None = None) -> Path:
    pdf = FPDF()
    if password:
        pdf.set_encryption(owner_password="chu-so-huu", user_password=password)
    pdf.add_page()
    if text is None:  # a scanned page: a picture of text, no text layer
        pdf.rect(20, 20, 150, 80, style="F")
    else:
        pdf.add_font("DejaVu", "", str(FONT))
        pdf.set_font("DejaVu", size=11)
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


@needs_font
def test_a_pdf_report_reads_like_any_report(tmp_path):
    path = write_pdf(tmp_path / "bao_cao.pdf", REPORT)
    doc = documents.read_document(path)
    # the paragraph was wrapped into several lines on the page; it is one sentence run again
    assert "thu ngân sách nhà nước trên địa bàn ước đạt 11.200 tỷ đồng" in doc.text
    assert "Kim ngạch xuất khẩu của tỉnh Lâm Đồng ước đạt 1.150 triệu USD." in doc.text.split("\n")[-1]
    assert doc.date == dt.date(2023, 12, 14) and doc.kind == "pdf"
    obs = extract_file(path).observations
    got = {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("68", "grdp_growth", "2023", "estimate"): 7.52,
                   ("68", "state_budget_revenue", "2023", "estimate"): 11200,
                   ("68", "state_budget_revenue_pct_of_estimate", "2023", "estimate"): 106.7,
                   ("68", "export_value", "2023", "estimate"): 1150}
    assert set(obs["source_kind"]) == {"narrative_pdf"}


@needs_font
def test_a_locked_pdf_names_the_fix(tmp_path):
    path = write_pdf(tmp_path / "bao_cao_khoa.pdf", REPORT, password="mat-khau")
    with pytest.raises(InputError, match="password-protected"):
        extract_file(path)


def test_a_scanned_pdf_names_the_fix(tmp_path):
    path = write_pdf(tmp_path / "ban_quet.pdf", None)
    with pytest.raises(InputError) as info:
        extract_file(path)
    assert "ban_quet.pdf" in str(info.value) and "no text layer" in str(info.value) and ".xlsx" in str(info.value)


def test_a_damaged_pdf_names_the_fix(tmp_path):
    path = tmp_path / "hong.pdf"
    path.write_bytes(b"%PDF-1.7 cut short")
    with pytest.raises(InputError, match="not a readable PDF|no text layer"):
        extract_file(path)
