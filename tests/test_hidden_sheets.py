"""A hidden sheet (helpers, last year's copy) is not read; the run says so. SAMPLE values."""

from __future__ import annotations

import xlsxwriter
import xlwt

from pipelines.lib.ingest import extract_file

HEADER = ["Chỉ tiêu", "Đơn vị tính", "Ước thực hiện 2023"]
REASON = "hidden sheet, not read: unhide it in Excel if its figures belong to the report"


def _check(path) -> None:
    result = extract_file(path)
    assert dict(zip(result.observations["locator"], result.observations["value"])) == {"Bieu1!C3": 7.5}
    assert {"locator": "Ban cu", "snippet": "", "reason": REASON} in result.skipped


def test_a_hidden_sheet_of_an_xlsx_is_not_read(tmp_path):
    path = tmp_path / "phu_yen_2023.xlsx"
    wb = xlsxwriter.Workbook(path)
    for name, value, hidden in (("Bieu1", 7.5, False), ("Ban cu", 6.0, True)):
        ws = wb.add_worksheet(name)
        ws.write(0, 0, "TỈNH PHÚ YÊN NĂM 2023 (số liệu mẫu)")
        ws.write_row(1, 0, HEADER)
        ws.write_row(2, 0, ["Tốc độ tăng trưởng GRDP", "%", value])
        if hidden:
            ws.hide()
    wb.close()
    _check(path)


def test_a_hidden_sheet_of_an_xls_is_not_read(tmp_path):
    path = tmp_path / "phu_yen_2023.xls"
    book = xlwt.Workbook(encoding="utf-8")
    for name, value, hidden in (("Bieu1", 7.5, False), ("Ban cu", 6.0, True)):
        sheet = book.add_sheet(name)
        sheet.write(0, 0, "TỈNH PHÚ YÊN NĂM 2023 (số liệu mẫu)")
        for c, text in enumerate(HEADER):
            sheet.write(1, c, text)
        for c, cell in enumerate(["Tốc độ tăng trưởng GRDP", "%", value]):
            sheet.write(2, c, cell)
        if hidden:
            sheet.visibility = 1
    book.save(str(path))
    _check(path)
