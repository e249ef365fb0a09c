"""Numbers a sheet shows as a percentage ("7,5%") are stored as fractions (0.075): they are read as shown.
SAMPLE values."""

from __future__ import annotations

import pytest
import xlsxwriter
import xlwt

from pipelines.lib import read_grid
from pipelines.lib.ingest import extract_file

WANT = {("grdp_growth", "2022"): 7.1, ("grdp_growth", "2023"): 7.5,
        ("poverty_rate_multidim", "2022"): 2.0, ("poverty_rate_multidim", "2023"): 1.5}


def _values(path) -> dict:
    obs = extract_file(path).observations
    assert obs["issue"].null_count() == obs.height
    return {(r["indicator"], r["period"]): r["value"] for r in obs.iter_rows(named=True)}


def test_percent_formatted_cells_of_an_xlsx(tmp_path):
    path = tmp_path / "phu_yen_2023.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Sheet1")
    one_decimal, whole = wb.add_format({"num_format": "0.0%"}), wb.add_format({"num_format": "0%"})
    literal = wb.add_format({"num_format": '0.0" %"'})  # a "%" written as text: the number is shown as stored
    ws.write(0, 0, "TỈNH PHÚ YÊN NĂM 2023 (số liệu mẫu)")
    ws.write_row(1, 0, ["Chỉ tiêu", "Đơn vị tính", "Thực hiện 2022", "Ước thực hiện 2023"])
    ws.write_row(2, 0, ["Tốc độ tăng trưởng GRDP", "%"])
    ws.write(2, 2, 0.071, one_decimal)
    ws.write(2, 3, 0.075, one_decimal)
    ws.write_row(3, 0, ["Tỷ lệ hộ nghèo", "%"])
    ws.write(3, 2, 0.02, whole)
    ws.write(3, 3, 1.5, literal)
    wb.close()
    assert _values(path) == pytest.approx(WANT)


def test_percent_formatted_cells_of_an_xls(tmp_path):
    path = tmp_path / "phu_yen_2023.xls"
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    percent = xlwt.easyxf(num_format_str="0.0%")
    sheet.write(0, 0, "TỈNH PHÚ YÊN NĂM 2023 (số liệu mẫu)")
    for c, h in enumerate(["Chỉ tiêu", "Đơn vị tính", "Thực hiện 2022", "Ước thực hiện 2023"]):
        sheet.write(1, c, h)
    sheet.write(2, 0, "Tốc độ tăng trưởng GRDP")
    sheet.write(2, 1, "%")
    sheet.write(2, 2, 0.071, percent)
    sheet.write(2, 3, 0.075, percent)
    sheet.write(3, 0, "Tỷ lệ hộ nghèo")
    sheet.write(3, 1, "%")
    sheet.write(3, 2, 2.0)
    sheet.write(3, 3, 1.5)
    book.save(str(path))
    assert _values(path) == pytest.approx(WANT)


@pytest.mark.parametrize("code, percent", [("0%", True), ("0.00%", True), ("#,##0.0%;[Red]-#,##0.0%", True),
                                           ('0.0" %"', False), ("0.0\\%", False), ("#,##0.0", False)])
def test_which_formats_are_percentages(code, percent):
    assert read_grid.format_is_percent(code) is percent
