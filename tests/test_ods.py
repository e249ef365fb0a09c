"""OpenDocument spreadsheets (.ods): the same rows as the .xlsx they were saved from, and what LibreOffice writes.

tests/ods/gia_lai_2024.ods was saved by LibreOffice Calc from the workbook tests/ods/make_fixtures.py builds (SAMPLE
figures); the other files here are written by the tests as content.xml, to hold what a sheet may declare.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ods.make_fixtures import write_appendix
from pipelines.lib import read_grid
from conftest import compared_rows
from pipelines.lib.ingest import InputError, extract_file

HERE = Path(__file__).parent / "ods"
_rows = compared_rows


def test_an_ods_gives_the_rows_of_the_xlsx_it_was_saved_from(tmp_path):
    xlsx = tmp_path / "gia_lai_2024.xlsx"
    write_appendix(xlsx)
    from_ods = _rows(HERE / "gia_lai_2024.ods")
    assert from_ods == _rows(xlsx)
    got = {r[7]: r[:6] for r in from_ods}
    assert got["Phụ lục 1!D4"] == ("64", "grdp_growth", "2023", "actual", "exact", 5.45)  # a 5,45% cell, not 0.0545
    assert got["Phụ lục 1!F6"] == ("64", "export_value", "2024", "estimate", "exact", 1235.5)  # "1.235,5" as text
    assert got["Phụ lục 1!E5"] == ("64", "state_budget_revenue", "2024", "plan", "exact", 6300.0)
    assert len(from_ods) == 9  # the hidden sheet's 9999 is not among them


def test_merged_cells_and_the_hidden_sheet():
    sheet, old = read_grid.read_grids(HERE / "gia_lai_2024.ods")
    assert sheet.rows[1][4] == sheet.rows[1][5] == "Năm 2024" and (1, 5) in sheet.filled and (1, 4) not in sheet.filled
    assert sheet.rows[2][0] == "STT" and (2, 0) in sheet.filled  # merged down
    assert not sheet.hidden and old.hidden
    skipped = extract_file(HERE / "gia_lai_2024.ods").skipped
    assert any(s["locator"] == "Năm 2023 (cũ)" and "hidden" in s["reason"] for s in skipped)


_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')


def _ods(path: Path, table_xml: str) -> Path:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:body>'
               f'<office:spreadsheet>{table_xml}</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
    return path


def _text(value: str, repeat: int = 1) -> str:
    return (f'<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string">'
            f'<text:p>{value}</text:p></table:table-cell>')


def _number(value: float, kind: str = "float") -> str:
    return f'<table:table-cell office:value-type="{kind}" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def test_what_a_sheet_may_declare(tmp_path):
    """A million empty rows and a thousand empty cells declared at the end, a header row group, runs of spaces,
    a comment on a cell, a percentage and a currency cell."""
    path = _ods(tmp_path / "kon_tum_2024.ods", (
        '<table:table table:name="Biểu 1">'
        '<table:table-header-rows><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>UBND TỈNH KON TUM<text:s text:c="2"/>'
        '(số liệu mẫu)</text:p></table:table-cell></table:table-row></table:table-header-rows>'
        f'<table:table-row>{_text("STT")}{_text("Chỉ tiêu")}{_text("Đơn vị tính")}{_text("Ước TH 2024")}</table:table-row>'
        '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="4"/></table:table-row>'
        f'<table:table-row>{_text("1")}{_text("Tốc độ tăng trưởng GRDP")}{_text("%")}{_number(0.0625, "percentage")}'
        '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
        f'<table:table-row>{_text("2")}'
        '<table:table-cell office:value-type="string"><office:annotation><text:p>ghi chú của người nhập</text:p>'
        '</office:annotation><text:p>Thu ngân sách nhà nước trên địa bàn</text:p></table:table-cell>'
        f'{_text("Tỷ đồng")}{_number(3150.5, "currency")}</table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/>'
        '</table:table-row></table:table>'))
    (grid,) = read_grid.read_grids(path)
    assert grid.rows[0] == ["UBND TỈNH KON TUM  (số liệu mẫu)"]
    assert len(grid.rows) == 7 and grid.rows[2] == grid.rows[3] == grid.rows[4] == []  # the blank rows kept as rows
    assert grid.rows[5] == ["1", "Tốc độ tăng trưởng GRDP", "%", 6.25]  # the trailing empty cells not expanded
    assert grid.rows[6][1] == "Thu ngân sách nhà nước trên địa bàn"  # the comment is not the cell's text
    got = {r[7]: r[5] for r in _rows(path)}
    assert got == {"Biểu 1!D6": 6.25, "Biểu 1!D7": 3150.5}


def _zip_of(name: str, data: str):
    def make(path: Path) -> None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(name, data)
    return make


@pytest.mark.parametrize("make, says", [
    (lambda p: p.write_bytes(b"not a zip at all"), "not a readable OpenDocument spreadsheet"),
    (_zip_of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "not a readable OpenDocument spreadsheet"),
    (_zip_of("content.xml", "<office:document-content"), "damaged"),
])
def test_a_damaged_ods_is_refused_with_what_to_do(tmp_path, make, says):
    path = tmp_path / "hong.ods"
    make(path)
    with pytest.raises(InputError, match=says):
        extract_file(path)
