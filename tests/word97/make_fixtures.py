"""Writes the Word 97–2003 test documents of this folder (SAMPLE text and figures written for thidua).

Each is built as a .docx with python-docx, then saved as .doc by LibreOffice, which the tests do not need: the .doc
files are committed. Run it again after changing a builder (Debian: apt-get install libreoffice-writer-nogui):

    .venv/bin/python tests/word97/make_fixtures.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_document_tables import HEADER, MERGES, ROWS, write_report  # noqa: E402
from libreoffice import write_fixtures  # noqa: E402
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


WIDE_HEADER = [["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "", "Năm 2025", "", "Kế hoạch năm 2026"],
               ["", "", "", "Gia Lai (cũ)", "Bình Định (cũ)", "Kế hoạch", "Ước thực hiện", ""]]
WIDE_MERGES = [(0, 3, 0, 4), (0, 5, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 7, 1, 7)]
WIDE_ROWS = [[str(k), label, unit, *values] for k, (label, unit, values) in enumerate([
    ("Tốc độ tăng trưởng GRDP", "%", ["6,52", "7,71", "8", "8,15", "≥ 10"]),
    ("Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", ["7.845", "14.830", "22.110", "24.850", "27.000"]),
    ("Kim ngạch xuất khẩu hàng hóa", "Triệu USD", ["1.395", "1.512", "3.000", "3.210", "3.500"]),
    ("Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", ["42.350", "58.420", "110.000", "112.600", "125.000"]),
    ("Tỷ lệ hộ nghèo đa chiều", "%", ["3,75", "1,58", "2,6", "2,35", "< 2"]),
    ("Tỷ lệ che phủ rừng", "%", ["46,2", "57,1", "49,5", "49,6", "49,8"]),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", ["92,4", "94,1", "94", "94,2", "95"]),
], start=1)]


def write_wide(path: Path) -> None:
    """A report of the new Gia Lai whose appendix is wide and long enough that Word keeps each row end's properties in
    the Data stream (sprmPHugePapx), not in the page of paragraph properties."""
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH GIA LAI")
    d.add_paragraph("Gia Lai, ngày 05 tháng 12 năm 2025")
    d.add_paragraph("PHỤ LỤC: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2025 (số liệu mẫu)")
    rows = WIDE_HEADER + WIDE_ROWS
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r0, c0, r1, c1 in WIDE_MERGES:
        keep = table.cell(r0, c0).text
        table.cell(r0, c0).merge(table.cell(r1, c1)).text = keep
    d.save(path)


FIXTURES = {
    "dak_nong_2023.doc": lambda p: write_report(p, REPORT_PROSE, HEADER, ROWS, MERGES),
    "quang_ngai_2024_features.doc": write_features,
    "khanh_hoa_2023_tcvn3.doc": write_tcvn3,
    "gia_lai_2025_wide_table.doc": write_wide,
}


def main() -> None:
    write_fixtures(FIXTURES, HERE, ".docx")


if __name__ == "__main__":
    main()
