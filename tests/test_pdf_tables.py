"""Tables in PDF reports, rebuilt from the positions of their text. SAMPLE figures throughout.

The unit tests give `pdf_tables` pages as pypdf's layout mode prints them; the others write real PDFs with fpdf2
(a table that runs over a page break, a label wrapped around figures) and read them through `extract_file`."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from pipelines.lib import documents, pdf_tables
from pipelines.lib.ingest import extract_file

FONTS = Path("/usr/share/fonts/truetype/dejavu")
needs_font = pytest.mark.skipif(not (FONTS / "DejaVuSans.ttf").is_file(),
                                reason="a Unicode TrueType font is needed to write the test PDF")

PAGE = """\
                 BÁO CÁO MẪU CỦA TỈNH ĐẮK NÔNG
Trong năm, kinh tế của tỉnh giữ đà tăng trưởng khá, thu ngân sách vượt dự toán được giao và xuất khẩu
tăng so với năm trước.

           BIỂU 1: CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023 (số liệu mẫu)
                                          Đơn vị        Thực hiện       Ước thực        So sánh
 TT  Chỉ tiêu
                                            tính             2022      hiện 2023            (%)

 I   KINH TẾ
 1   Tốc độ tăng trưởng GRDP                  %              6,1           7,4         121,3
     Thu ngân sách nhà nước
 2                                        Tỷ đồng        3.120,5       3.350,0         107,4
     trên địa bàn
 3   Kim ngạch xuất khẩu hàng hóa       Triệu USD          700,2         812,0         116,0
     (không kể dịch vụ)
 II  XÃ HỘI
 4   Tỷ lệ hộ nghèo                           %             7,92          6,80             -

Ghi chú: số liệu năm 2023 là số ước tính, sẽ được cập nhật khi có số chính thức của Cục Thống kê.
"""

NEXT_PAGE = """\
 5   Tỷ lệ lao động qua đào tạo               %             60,5          63,0         104,1
 6   Số xã đạt chuẩn nông thôn mới           Xã               30            35         116,7

Nơi nhận: như trên.
"""


def test_a_laid_out_table_comes_back_as_a_grid():
    (table,) = pdf_tables.tables_from_layout([PAGE], "BÁO CÁO MẪU")
    grid = table.grid
    assert grid.name == "Trang 1, bảng 1"
    assert grid.rows[0] == ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2022", "Ước thực hiện 2023", "So sánh (%)"]
    assert grid.rows[1] == ["I", "KINH TẾ", None, None, None, None]  # a section row, not a header line
    # the label wrapped above and below figures centred in their row is one label again
    assert grid.rows[3] == ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "3.120,5", "3.350,0", "107,4"]
    assert grid.rows[4][1] == "Kim ngạch xuất khẩu hàng hóa (không kể dịch vụ)"
    assert grid.rows[5] == ["II", "XÃ HỘI", None, None, None, None]
    assert grid.rows[-1] == ["4", "Tỷ lệ hộ nghèo", "%", "7,92", "6,80", "-"]
    assert len(grid.rows) == 7  # the note under the table and the prose above are not rows
    assert "BIỂU 1: CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023" in grid.caption and grid.caption.startswith("BÁO CÁO MẪU")
    (page, first, last), = table.places
    lines = PAGE.split("\n")
    assert lines[first].lstrip().startswith("Đơn vị") and lines[last].lstrip().startswith("4")


def test_a_table_goes_on_over_the_page_break_with_its_columns():
    (table,) = pdf_tables.tables_from_layout([PAGE, NEXT_PAGE])
    assert [row[1] for row in table.grid.rows[-2:]] == ["Tỷ lệ lao động qua đào tạo", "Số xã đạt chuẩn nông thôn mới"]
    assert table.grid.rows[-1] == ["6", "Số xã đạt chuẩn nông thôn mới", "Xã", "30", "35", "116,7"]
    assert [place[0] for place in table.places] == [1, 2]


def test_a_headerless_table_with_no_table_before_has_no_header():
    (table,) = pdf_tables.tables_from_layout(["", NEXT_PAGE])
    assert table.grid.rows[0] == [None] * 6 and table.grid.rows[-1][1] == "Số xã đạt chuẩn nông thôn mới"


def test_prose_and_lists_are_not_tables():
    prose = (
        "Năm  2023,  tổng  sản  phẩm  trên  địa  bàn  tăng  7,4%,  thu  ngân  sách  đạt  3.350  tỷ  đồng,  vượt  7,4%.\n"
        "- Kim ngạch xuất khẩu: 812 triệu USD; nhập khẩu: 350 triệu USD; cán cân thương mại: 462 triệu USD.\n"
        "Tổng cộng                                                  1.234              5.678\n"
    )
    assert pdf_tables.tables_from_layout([prose]) == []


def _write_pdf(path: Path, paragraphs: list[str], rows: list[tuple[str, ...]], aligns: tuple[str, ...]) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))  # fpdf2 sets table headings in bold
    pdf.set_font("DejaVu", size=10)
    for text in paragraphs:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(8, 62, 20, 22, 22, 18), text_align=aligns, repeat_headings=0) as table:
        for cells in rows:
            row = table.row()
            for text in cells:
                row.cell(text)
    pdf.output(str(path))
    return path


ROWS = [
    ("TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2022", "Ước thực hiện năm 2023", "So sánh (%)"),
    ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "6,1", "7,4", "121,3"),
    ("2", "Thu ngân sách nhà nước trên địa bàn (gồm thu nội địa và thu từ xuất nhập khẩu)", "Tỷ đồng",
     "3.120,5", "3.350,0", "107,4"),
    ("3", "Kim ngạch xuất khẩu", "Triệu USD", "700,2", "812,0", "116,0"),
] + [(str(4 + k), f"Chỉ tiêu riêng của tỉnh số {k + 1}", "%", "1,0", "2,0", "200,0") for k in range(30)] + [
    ("34", "Tỷ lệ hộ nghèo", "%", "7,92", "6,80", "-"),
]


@needs_font
def test_a_pdf_appendix_table_loads_like_a_docx_one(tmp_path):
    path = _write_pdf(tmp_path / "bao_cao_dak_nong.pdf", [
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG",
        "Đắk Nông, ngày 10 tháng 12 năm 2023",
        "Năm 2023, thu ngân sách nhà nước trên địa bàn ước đạt 3.350 tỷ đồng. Tổng vốn đầu tư toàn xã hội "
        "ước đạt 21.500 tỷ đồng (văn bản mẫu).",
        "PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU (số liệu mẫu)",
    ], ROWS, ("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"))
    doc = documents.read_document(path)
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == len(ROWS)  # one table, over two pages
    assert "7,92" not in doc.text and "Chỉ tiêu riêng" not in doc.text  # its lines are not prose as well
    result = extract_file(path)
    obs = result.observations.filter(result.observations["issue"].is_null())
    got = {(r["province_code"], r["indicator"], r["period"], r["status"], r["source_kind"]): r["value"]
           for r in obs.iter_rows(named=True)}
    assert got[("67", "grdp_growth", "2023", "estimate", "table_pdf")] == 7.4
    assert got[("67", "grdp_growth", "2022", "actual", "table_pdf")] == 6.1
    assert got[("67", "state_budget_revenue", "2023", "estimate", "table_pdf")] == 3350.0
    assert got[("67", "export_value", "2022", "actual", "table_pdf")] == 700.2
    assert got[("67", "poverty_rate_multidim", "2023", "estimate", "table_pdf")] == 6.8  # on the second page
    assert got[("67", "total_social_investment", "2023", "estimate", "narrative_pdf")] == 21500  # prose only
    # the sentence that restates a cell is kept once, as the cell
    assert ("67", "state_budget_revenue", "2023", "estimate", "narrative_pdf") not in got
    assert any("giữ ô của bảng" in s["reason"] for s in result.skipped)
    # the 30 indicators the catalogue does not know are quarantined with their cell, not lost
    unknown = result.observations.filter(result.observations["raw_label"].str.starts_with("Chỉ tiêu riêng"))
    assert unknown.height == 30 * 3 and unknown["issue"].is_not_null().all()
    loc = obs.filter((obs["indicator"] == "poverty_rate_multidim") & (obs["period"] == "2023"))["locator"][0]
    assert loc == "Trang 1, bảng 1!E35"


@needs_font
def test_a_pdf_table_without_an_indicator_header_stays_prose(tmp_path):
    rows = [("Năm", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm")] + [
        (str(2020 + k), "1,2", "2,3", "3,4", "4,5", "11,4") for k in range(3)]
    path = _write_pdf(tmp_path / "bang_khac.pdf", ["ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "Bảng số liệu mẫu"], rows,
                      ("CENTER",) * 6)
    doc = documents.read_document(path)
    assert doc.tables == [] and "11,4" in doc.text
    assert [(n["locator"], n["reason"]) for n in doc.notes] == [("Trang 1, bảng 1", documents.TABLE_AS_TEXT)]


YEARBOOK_PAGE = """\
15. Tốc độ tăng tổng sản phẩm trên địa bàn theo giá so sánh 2010 phân theo địa phương (số liệu mẫu)
                                                                             Năm trước = 100 - %
                                              2020              2021       Sơ bộ 2022

CẢ NƯỚC                                      102,9             102,6              108,0
Kon Tum                                      104,2             106,5              109,2
Gia Lai                                      105,3             106,0              108,8
"""


def test_a_yearbook_table_keeps_its_note_in_the_title_and_its_right_aligned_headers():
    (table,) = pdf_tables.tables_from_layout([YEARBOOK_PAGE], "NIÊN GIÁM THỐNG KÊ MẪU")
    assert table.grid.rows[0] == [None, "2020", "2021", "Sơ bộ 2022"]  # "Sơ bộ" starts over the gap before its column
    assert table.grid.caption.split("\n")[-1] == "Năm trước = 100 - %"  # a note of the title, not a header line
    assert table.grid.rows[-1] == ["Gia Lai", "105,3", "106,0", "108,8"]


@needs_font
def test_a_pdf_yearbook_table_loads_its_growth_rates(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_font("DejaVu", size=10)
    for text, align in (("NIÊN GIÁM THỐNG KÊ MẪU 2022", "L"),
                        ("15. Tốc độ tăng tổng sản phẩm trên địa bàn theo giá so sánh 2010 phân theo địa phương", "L"),
                        ("Năm trước = 100 - %", "R")):
        pdf.multi_cell(0, 6, text, align=align, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(60, 25, 25, 25), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")) as table:
        for cells in (("", "2020", "2021", "Sơ bộ 2022"), ("CẢ NƯỚC", "102,9", "102,6", "108,0"),
                      ("Tây Nguyên", "103,5", "104,9", "108,1"), ("Kon Tum", "104,2", "106,5", "109,2"),
                      ("Gia Lai", "105,3", "106,0", "108,8")):
            row = table.row()
            for text in cells:
                row.cell(text)
    path = tmp_path / "nien_giam_mau.pdf"
    pdf.output(str(path))
    result = extract_file(path)
    got = {(r["province_code"], r["period"], r["status"]): r["value"] for r in result.observations.iter_rows(named=True)}
    assert got == pytest.approx({("62", "2020", "actual"): 4.2, ("62", "2021", "actual"): 6.5, ("62", "2022", "estimate"): 9.2,
                                 ("64", "2020", "actual"): 5.3, ("64", "2021", "actual"): 6.0, ("64", "2022", "estimate"): 8.8})
    assert set(result.observations["indicator"]) == {"grdp_growth"}
    assert {s["snippet"] for s in result.skipped if s["reason"] == "aggregate row, not a province"} == {"CẢ NƯỚC", "Tây Nguyên"}


GROUPED = """\
                      PHỤ LỤC: CHỈ TIÊU CHỦ YẾU CỦA TỈNH GIA LAI (số liệu mẫu)

TT                Chỉ tiêu                   ĐVT        Thực hiện năm 2024              Năm 2025
                                                         Gia Lai        Bình          Kế          Ước
                                                           (cũ)         Định        hoạch         thực
                                                                        (cũ)                      hiện
 1    Tốc độ tăng trưởng GRDP                  %              6,52         7,71            8         8,15
 2    Thu ngân sách nhà nước trên           Tỷ đồng          7.845      14.830       22.110       24.850
      địa bàn
 3    Tỷ lệ dân số tham gia bảo hiểm           %              92,4         94,1           94         94,2
      y tế
"""


def test_a_group_header_over_columns_with_their_own_headers_is_repeated_over_each():
    (table,) = pdf_tables.tables_from_layout([GROUPED], "BÁO CÁO MẪU")
    header = table.grid.rows[0]
    # "Thực hiện năm 2024" sits over two columns that have headers of their own below it: both get it
    assert header[3] == "Thực hiện năm 2024 Gia Lai (cũ)" and header[4] == "Thực hiện năm 2024 Bình Định (cũ)"
    # the last row's label wraps onto the line below the last figures: the table ends there, not one line short
    assert table.grid.rows[-1][1] == "Tỷ lệ dân số tham gia bảo hiểm y tế"
    assert table.grid.rows[2][1] == "Thu ngân sách nhà nước trên địa bàn"


def test_a_header_the_page_break_cut_from_its_rows_begins_on_the_page_before():
    first = ("Thu ngân sách 9 tháng tăng khá so với cùng kỳ (số liệu mẫu).\n\n"
             "    Bảng: Thu ngân sách theo giai đoạn năm 2025\n\n"
             "Chỉ tiêu         Quảng Bình       Quảng Trị         Quý              Ước 9 tháng\n")
    second = ("                 (cũ) 6           (cũ) 6            III/2025         năm 2025\n"
              "                 tháng đầu        tháng đầu\n"
              "                 năm              năm\n"
              "Thu NSNN         3.120            2.050             2.250            7.420\n"
              "Xuất khẩu        510              402               380              1.290\n")
    (table,) = pdf_tables.tables_from_layout([first, second], "BÁO CÁO MẪU")
    assert table.grid.rows[0] == ["Chỉ tiêu", "Quảng Bình (cũ) 6 tháng đầu năm", "Quảng Trị (cũ) 6 tháng đầu năm",
                                  "Quý III/2025", "Ước 9 tháng năm 2025"]
    assert "Bảng: Thu ngân sách theo giai đoạn năm 2025" in table.grid.caption  # the caption came with it
    assert table.grid.rows[1][0] == "Thu NSNN" and table.grid.name == "Trang 2, bảng 1"


CENTRED_GROUP = """\
                                                    Thực hiện        So cùng kỳ (%)
Chỉ tiêu                          Đơn vị tính     10 tháng 2025
                                                                  Tháng 10       10 tháng
Kim ngạch xuất khẩu hàng hóa       Triệu USD          50.240,8          110,3          105,1
Kim ngạch nhập khẩu hàng hóa       Triệu USD          48.800,4          108,6           99,2
"""


def test_a_group_header_centred_between_its_sub_headings_heads_both_columns():
    (table,) = pdf_tables.tables_from_layout([CENTRED_GROUP], "BÁO CÁO MẪU")
    # "So cùng kỳ (%)" overlaps the figures of the first column only, but both sub-headings below lie under it
    assert table.grid.rows[0][-2:] == ["So cùng kỳ (%) Tháng 10", "So cùng kỳ (%) 10 tháng"]
    assert table.grid.rows[0][2] == "Thực hiện 10 tháng 2025"  # a heading over one column stays its own


EMPTY_COMPARISON = """\
                                    Ước thực        So sánh (%)         Kế hoạch
Chỉ tiêu                    ĐVT     hiện năm        Cùng                    năm
                                        2019          kỳ        KH          2020
Tỷ lệ che phủ rừng           %          68,3                                68,5
Số xã nông thôn mới          Xã          63                                  70
"""


def test_a_column_only_its_header_writes_on_is_a_column_of_its_own():
    (table,) = pdf_tables.tables_from_layout([EMPTY_COMPARISON], "BÁO CÁO MẪU")
    # no row has a comparison on this page: "Cùng kỳ" and "KH" still head columns, not the columns beside them
    assert table.grid.rows[0][2:] == ["Ước thực hiện năm 2019", "So sánh (%) Cùng kỳ", "So sánh (%) KH",
                                      "Kế hoạch năm 2020"]
    assert table.grid.rows[1][2:] == ["68,3", None, None, "68,5"]


TWO_TABLES = """\
                                   Quyết toán      Dự toán       Quyết toán
STT          Nội dung               năm 2023     năm 2024         năm 2024
 A   Tổng chi ngân sách địa phương  17.004.210   16.450.000      18.126.530
 I   Chi đầu tư phát triển           4.105.300    3.950.000       4.486.120
Biểu 02. THU NSNN MỘT SỐ ĐỊA BÀN NĂM 2024
STT       Địa bàn                   Dự toán       Quyết toán        QT/DT (%)
 1   Thành phố Sơn La                      820.000     912.450            111,3
 2   Huyện Mai Sơn                         265.000     281.900            106,4
"""


def test_a_header_line_between_runs_of_figures_begins_another_table():
    first, second = pdf_tables.tables_from_layout([TWO_TABLES], "BÁO CÁO MẪU")
    assert first.grid.rows[0][2:] == ["Quyết toán năm 2023", "Dự toán năm 2024", "Quyết toán năm 2024"]
    assert len(first.grid.rows) == 3 and "Biểu 02" in second.grid.caption
    assert second.grid.rows[0][-3:] == ["Dự toán", "Quyết toán", "QT/DT (%)"]
    # "Địa bàn", clear of every column but off-centre over the labels it heads, makes no empty column of its own
    assert second.grid.rows[0][:2] == ["STT", "Địa bàn"] and second.grid.rows[1][1] == "Thành phố Sơn La"


SCALED_PAGE_ONE = """\
Chỉ tiêu                     Đơn vị       Thực hiện      Ước tính      So cùng
                             tính         tháng 2        tháng 3       kỳ (%)
Kim ngạch xuất khẩu          Triệu USD        85,2          92,6        115,3
Kim ngạch nhập khẩu          Triệu USD        60,1          66,4        108,2
"""
# the next page, printed with characters 3/4 as wide (a page of figures): every position is 4/3 of page one's
SCALED_PAGE_TWO = """\
Tổng lượt khách du lịch                  Nghìn lượt          420,5             310,2            112,4
Doanh thu du lịch                        Tỷ đồng             520,4             410,6            114,0
"""


def test_a_table_goes_on_over_a_page_printed_at_another_scale():
    (table,) = pdf_tables.tables_from_layout([SCALED_PAGE_ONE, SCALED_PAGE_TWO], "BÁO CÁO MẪU", [4.0, 3.0])
    assert table.grid.rows[-2] == ["Tổng lượt khách du lịch", "Nghìn lượt", "420,5", "310,2", "112,4"]
    assert table.grid.rows[-1] == ["Doanh thu du lịch", "Tỷ đồng", "520,4", "410,6", "114,0"]


@needs_font
def test_each_page_of_a_pdf_has_its_character_width(tmp_path):
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    for size in (12, 8):  # a page of prose, then a page in smaller type (sample text)
        pdf.add_page()
        pdf.set_font("DejaVu", size=size)
        pdf.cell(0, 10, "Tổng lượt khách du lịch   420,5   310,2   112,4")
    pdf.output(str(tmp_path / "mau.pdf"))
    import pypdf
    pages = pypdf.PdfReader(str(tmp_path / "mau.pdf")).pages
    (text, first), (_, second) = (documents._laid_out(page) for page in pages)
    assert first and second and second / first == pytest.approx(8 / 12, rel=0.05)
    assert text == pages[0].extract_text(extraction_mode="layout")  # the page as pypdf's layout mode prints it


TITLE_IN_HEADER = """\
MỘT SỐ CHỈ TIÊU KINH TẾ CHỦ YẾU NĂM 2019                              Năm
                                        Thực hiện     Ước tính     2019 so
STT           Chỉ tiêu                  tháng 11      năm 2019     với 2018
 1   Kim ngạch xuất khẩu hàng hóa          12,4         142,6        108,9
 2   Kim ngạch nhập khẩu hàng hóa           4,2          48,3        103,4
"""


def test_a_title_printed_beside_the_top_of_a_heading_is_the_caption():
    (table,) = pdf_tables.tables_from_layout([TITLE_IN_HEADER], "BÁO CÁO MẪU")
    assert table.grid.rows[0] == ["STT", "Chỉ tiêu", "Thực hiện tháng 11", "Ước tính năm 2019", "Năm 2019 so với 2018"]
    assert table.grid.caption.endswith("MỘT SỐ CHỈ TIÊU KINH TẾ CHỦ YẾU NĂM 2019")


CAPITAL_LABELS = """\
                                           Dự toán      Ước thực hiện
STT              Nội dung                  năm 2025        năm 2025
  A    TỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN   2.150.000       2.384.560
       ĐỊA BÀN
  I    Thu nội địa                        2.080.000       2.298.700
  B    TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG     12.850.000      13.624.870
       ĐẦU TƯ
  II   CHI THƯỜNG XUYÊN                  10.250.000      10.612.300
"""


def test_a_label_in_capitals_goes_on_on_the_line_under_its_row():
    (table,) = pdf_tables.tables_from_layout([CAPITAL_LABELS], "BÁO CÁO MẪU")
    labels = [row[1] for row in table.grid.rows[1:]]
    assert labels[0] == "TỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN"
    assert labels[2:] == ["TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG ĐẦU TƯ", "CHI THƯỜNG XUYÊN"]  # a numbered row is its own


WRAPPED_UNIT = """\
                                                       Thực hiện      Ước thực
STT      Chỉ tiêu                      Đơn vị tính      quý I/2026     hiện 6 tháng
 1   Kim ngạch xuất khẩu hàng hóa       Triệu USD          910,5         1.922,8
 2   Số doanh nghiệp thành lập mới        Doanh              1.420           3.000
                                          nghiệp
"""


def test_a_cell_wrapped_onto_the_line_under_its_row_goes_on_in_that_row():
    (table,) = pdf_tables.tables_from_layout([WRAPPED_UNIT], "BÁO CÁO MẪU")
    assert table.grid.rows[-1] == ["2", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "1.420", "3.000"]
    assert len(table.grid.rows) == 3


NOTED = """\
Chỉ tiêu                        Đơn vị tính     Tháng 10     10 tháng
Vốn FDI đăng ký (*)              Triệu USD         812,5      6.520,4
Kim ngạch xuất khẩu hàng hóa     Triệu USD       5.520,3     50.240,8
(*) Số liệu sơ bộ, chưa bao gồm vốn góp.
Nguồn: Thống kê Thành phố (số liệu mẫu).
"""


def test_the_notes_right_under_a_table_are_rows_of_it():
    (table,) = pdf_tables.tables_from_layout([NOTED], "BÁO CÁO MẪU")
    assert table.grid.rows[-1] == ["(*) Số liệu sơ bộ, chưa bao gồm vốn góp.", None, None, None]
    assert table.grid.rows[-2][0] == "Kim ngạch xuất khẩu hàng hóa"  # the source line is no note


NEWSPAPER = "\n".join(f"{left:<48}      {right}" for left, right in [
    ("(BQN) – Theo Thống kê tỉnh, tổng sản phẩm", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"),
    ("trên địa bàn (GRDP) 9 tháng năm 2025 của", "tiêu dùng ước đạt 68.540 tỷ đồng; kim ngạch"),
    ("tỉnh ước tăng 7,82% so với cùng kỳ, cao hơn", "xuất khẩu ước đạt 2,31 tỷ USD (số liệu mẫu)."),
    ("mức tăng của cùng kỳ năm trước (số liệu mẫu).", "         Một số chỉ tiêu 9 tháng năm 2025"),
    ("Trong mức tăng chung, khu vực nông, lâm", "Chỉ tiêu                    9 tháng     So cùng kỳ"),
    ("nghiệp và thủy sản tăng 3,45%; khu vực công", "Khách du lịch (nghìn lượt)    5.820          115,6"),
    ("nghiệp và xây dựng tăng 10,2%; khu vực dịch", "Doanh thu du lịch (tỷ đồng)   6.480          121,4"),
    ("vụ tăng 7,6%. Riêng quý III ước tính GRDP", "Để đạt mục tiêu cả năm tăng trưởng 8%, tỉnh"),
    ("tăng 8,35%, là quý tăng cao nhất từ đầu năm.", "tập trung tháo gỡ vướng mắc cho các dự án lớn."),
])


def test_a_page_in_two_columns_of_prose_is_read_down_each_column():
    page = "                 BÁO ĐIỆN TỬ MẪU – KINH TẾ 9 THÁNG NĂM 2025 CỦA TỈNH\n" + NEWSPAPER
    lines = pdf_tables.one_column(page).split("\n")
    assert lines[0].strip().startswith("BÁO ĐIỆN TỬ MẪU")  # the masthead over both columns stays on top
    assert lines[1].startswith("(BQN)") and lines[9].startswith("tăng 8,35%")  # the left column, then the right
    assert lines[10].startswith("Tổng mức bán lẻ") and lines[-1].startswith("tập trung")
    (table,) = pdf_tables.tables_from_layout([pdf_tables.one_column(page)], "BÁO MẪU")
    assert table.grid.rows[-1] == ["Doanh thu du lịch (tỷ đồng)", "6.480", "121,4"]
    # a page of one column, a table beside its labels included, is left as it is
    assert pdf_tables.one_column(PAGE) == PAGE


LABEL_INTO_UNIT = """\
STT   Chỉ tiêu                                ĐVT           Năm 2019
 1    Tổng mức bán lẻ hàng hóa và doanh thu   Tỷ đồng       30.120,5
 2    Vốn đầu tư thực hiện thuộc nguồn vốn NSNN  Tỷ đồng     2.315,8
 3    Kim ngạch xuất khẩu hàng hóa            Triệu USD        142,6
 4    Tổng lượt khách du lịch                 Nghìn lượt     3.150,0
"""


def test_a_label_running_into_the_unit_beside_it_leaves_two_columns():
    (table,) = pdf_tables.tables_from_layout([LABEL_INTO_UNIT], "BÁO CÁO MẪU")
    # the long label of row 2 ends one blank short of the units of the other rows: still two columns
    assert table.grid.rows[0] == ["STT", "Chỉ tiêu", "ĐVT", "Năm 2019"]
    assert table.grid.rows[2] == ["2", "Vốn đầu tư thực hiện thuộc nguồn vốn NSNN", "Tỷ đồng", "2.315,8"]
    assert table.grid.rows[4] == ["4", "Tổng lượt khách du lịch", "Nghìn lượt", "3.150,0"]


OFF_CENTRE = """\
                                    Thực hiện năm
Chỉ tiêu                              2024       Kế hoạch 2025
Kim ngạch xuất khẩu hàng hóa          812,5            900,0
Kim ngạch nhập khẩu hàng hóa          610,2            650,0
"""


def test_a_heading_off_the_centre_of_two_sub_headings_heads_its_own_column_only():
    (table,) = pdf_tables.tables_from_layout([OFF_CENTRE], "BÁO CÁO MẪU")
    # "Thực hiện năm" reaches near "Kế hoạch 2025" but sits over "2024": it is that column's heading alone
    assert table.grid.rows[0] == ["Chỉ tiêu", "Thực hiện năm 2024", "Kế hoạch 2025"]


WORDS_ROW = """\
STT   Chỉ tiêu                       ĐVT     Kế hoạch     Ước thực hiện
 1    Tốc độ tăng trưởng GRDP          %          8,5             8,55
 II   Xếp loại thi đua               Hạng       Khá              Tốt
 3    Tỷ lệ lao động qua đào tạo       %           73             73,5
 4    TỔNG SỐ XÃ NÔNG THÔN MỚI         Xã          70               72
      TRONG ĐÓ:
 5    - Xã nông thôn mới nâng cao      Xã          20               22
"""


def test_a_numbered_row_of_words_and_a_heading_in_capitals_stay_rows_of_the_table():
    (table,) = pdf_tables.tables_from_layout([WORDS_ROW], "BÁO CÁO MẪU")
    labels = [row[1] for row in table.grid.rows[1:]]
    # the row of words is no header of another table; "TRONG ĐÓ:" heads the rows below, it goes on no label above
    assert labels[:4] == ["Tốc độ tăng trưởng GRDP", "Xếp loại thi đua", "Tỷ lệ lao động qua đào tạo",
                          "TỔNG SỐ XÃ NÔNG THÔN MỚI"]
    assert table.grid.rows[2][3:] == ["Khá", "Tốt"]


NARROW_CELLS = """\
                                               So sánh (%)
   Chỉ tiêu                   Ước TH      Ước TH/     Ước TH/
                                2025         KH      cùng kỳ
A  XÃ HỘI
   Tỷ lệ trường đạt chuẩn       88,4            x           x
   Tỷ lệ đô thị hóa             38,7            x           x
"""


def test_a_heading_beside_a_narrow_column_of_its_own_line_heads_it():
    (table,) = pdf_tables.tables_from_layout([NARROW_CELLS], "BÁO CÁO MẪU")
    # "Ước TH/" ends two blanks left of its column of "x": it heads that column, no empty one of its own; nor does
    # the section row's "A" under the header make a column
    assert table.grid.rows[0][1:] == ["Ước TH 2025", "So sánh (%) Ước TH/ KH", "So sánh (%) Ước TH/ cùng kỳ"]
    assert table.grid.rows[1] == ["A XÃ HỘI", None, None, None]


@needs_font
def test_a_pdf_is_still_read_when_pypdfs_inner_layout_parts_change(tmp_path, monkeypatch):
    """The width of a page's characters comes from pypdf's private layout module; a pypdf release that moves it
    loses that width, not the tables (the public layout mode reads them)."""
    path = _write_pdf(tmp_path / "bao_cao_mau.pdf", ["PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU (số liệu mẫu)"], ROWS,
                      ("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"))

    def moved(page):  # what our call into pypdf's private parts raises once they change
        raise TypeError("fixed_width_page() takes 3 positional arguments but 4 were given")

    monkeypatch.setattr(documents, "_laid_out", moved)
    doc = documents.read_document(path)
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == len(ROWS)
