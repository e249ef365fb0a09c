"""Writes the Word 97–2003 test documents of this folder (SAMPLE text and figures written for thidua).

Each is built as a .docx with python-docx, then saved as .doc by LibreOffice, which the tests do not need: the .doc
files are committed. Run it again after changing a builder (Debian: apt-get install libreoffice-writer-nogui):

    .venv/bin/python tests/word97/make_fixtures.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_document_tables import HEADER, MERGES, ROWS, write_report  # noqa: E402
from test_legacy_encoding import tcvn3  # noqa: E402

REPORT_PROSE = "Năm 2023, tăng trưởng kinh tế của tỉnh ước đạt 7,2%."
TCVN3_LINES = ["ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "Khánh Hòa, ngày 15 tháng 12 năm 2023",
               "Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 7,8%; thu ngân sách nhà nước ước đạt 18.200 tỷ đồng."]


def write_features(path: Path) -> None:
    """A letterhead table with a table nested in one cell, a line break inside a paragraph, a hyperlink field and a
    page break, around one sentence of figures."""
    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    inner = head.cell(0, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Số: 12/BC-UBND"
    inner.cell(0, 1).text = "(văn bản mẫu)"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    d.add_paragraph("Quảng Ngãi, ngày 10 tháng 12 năm 2024")
    p = d.add_paragraph("Báo cáo tình hình kinh tế - xã hội năm 2024")
    p.add_run().add_break()
    p.add_run("và kế hoạch năm 2025 (số liệu mẫu)")
    p = d.add_paragraph("Số liệu chi tiết đăng trên ")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=\' HYPERLINK "https://example.vn/bao-cao" \'>'
                          '<w:r><w:t>cổng thông tin của tỉnh</w:t></w:r></w:fldSimple>'))
    p.add_run(".")
    d.add_paragraph("Năm 2024, thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ngãi ước đạt 4.350 tỷ đồng.")
    d.add_page_break()
    d.add_paragraph("Kim ngạch xuất khẩu của tỉnh Quảng Ngãi năm 2024 ước đạt 1.250 triệu USD.")
    d.save(path)


def write_tcvn3(path: Path) -> None:
    """A report typed with a .VnTime font (TCVN3), as older offices still send."""
    d = docx.Document()
    for line in TCVN3_LINES:
        run = d.add_paragraph().add_run(tcvn3(line))
        run.font.name = ".VnTime"
    d.save(path)


FIXTURES = {
    "dak_nong_2023.doc": lambda p: write_report(p, REPORT_PROSE, HEADER, ROWS, MERGES),
    "quang_ngai_2024_features.doc": write_features,
    "khanh_hoa_2023_tcvn3.doc": write_tcvn3,
}


def main() -> None:
    soffice = shutil.which("soffice") or sys.exit("LibreOffice (soffice) is needed to write .doc files")
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in FIXTURES.items():
            source = Path(tmp) / name.replace(".doc", ".docx")
            build(source)
            subprocess.run([soffice, "--headless", "--convert-to", "doc", "--outdir", str(HERE), str(source)],
                           check=True, capture_output=True)
            print("wrote", HERE / name)


if __name__ == "__main__":
    main()
