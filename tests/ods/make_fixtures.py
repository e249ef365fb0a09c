"""Writes the OpenDocument test workbooks of this folder (SAMPLE figures written for thidua).

Each is built as an .xlsx with openpyxl, then saved as .ods by LibreOffice Calc, which the tests do not need: the
.ods files are committed. Run it again after changing a builder (Debian: apt-get install libreoffice-calc-nogui):

    .venv/bin/python tests/ods/make_fixtures.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from libreoffice import write_fixtures  # noqa: E402

TITLE = "UBND TỈNH GIA LAI - MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024 (số liệu mẫu)"
HEADER = [["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Năm 2024", None],
          [None, None, None, None, "Kế hoạch", "Ước thực hiện"]]
ROWS = [["1", "Tốc độ tăng trưởng GRDP", "%", 0.0545, 0.07, 0.0688],  # percent cells: 5,45% shown
        ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 6120.5, 6300, 6480],
        ["3", "Kim ngạch xuất khẩu", "Triệu USD", 1150, 1200, "1.235,5"]]


def write_appendix(path: Path) -> None:
    """An appendix with a two-row header (merged across and down), percentage cells, a comment on a cell, a text
    number, and a hidden sheet holding last year's copy."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục 1"
    ws.append([TITLE])
    for row in HEADER + ROWS:
        ws.append(row)
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"):
        ws.merge_cells(cells)
    for col in "DEF":
        ws[f"{col}4"].number_format = "0.00%"
    ws["F5"].comment = Comment("Số ước tính, cập nhật tháng 12", "Cục Thống kê")
    old = wb.create_sheet("Năm 2023 (cũ)")
    old.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023"])
    old.append(["1", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 9999])
    old.sheet_state = "hidden"
    wb.save(path)


FIXTURES = {"gia_lai_2024.ods": write_appendix}


def main() -> None:
    write_fixtures(FIXTURES, HERE, ".xlsx")


if __name__ == "__main__":
    main()
