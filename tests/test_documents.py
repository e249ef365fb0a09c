"""Narrative documents as plain text: HTML junk removed, DOCX bodies and tables, the document's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from pipelines.lib import documents

HTML = """<!doctype html><html><head><title>Tin tức - Cổng thông tin</title>
<meta property="article:published_time" content="2023-12-20T08:00:00+07:00">
<style>.x{color:red}</style><script>var grdp = "GRDP tăng 99%";</script></head>
<body><header><a href="/">Trang chủ</a></header>
<nav><ul><li>Kinh tế</li><li>Xã hội</li></ul></nav>
<div class="breadcrumb">Trang chủ &gt; Kinh tế</div>
<article><h1>Kinh tế tỉnh Gia Lai năm 2023 tăng trưởng khá</h1>
<p class="date">Cập nhật: 30/12/2023 09:15</p>
<p>GRDP của tỉnh ước tăng 7,8%.</p>
<figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị tổng kết.</figcaption></figure>
<p>Thu ngân sách đạt 6.500&nbsp;tỷ đồng.</p>
<table><tr><td>Chỉ tiêu</td><td>Giá trị</td></tr><tr><td>GRDP</td><td>7,8%</td></tr></table>
</article><aside>Tin liên quan: GRDP tăng 50%</aside>
<footer>Bản quyền © Sở</footer><noscript>bật JavaScript</noscript></body></html>"""


def test_html_keeps_the_article_and_drops_navigation_scripts_styles_and_captions(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(HTML, encoding="utf-8")
    doc = documents.read_document(path)
    assert "GRDP của tỉnh ước tăng 7,8%." in doc.text
    assert "6.500 tỷ đồng" in doc.text
    assert "GRDP | 7,8%" in doc.text
    for junk in ("99%", "Trang chủ", "Xã hội", "Quang cảnh", "50%", "Bản quyền", "color", "JavaScript"):
        assert junk not in doc.text, junk
    assert doc.title == "Kinh tế tỉnh Gia Lai năm 2023 tăng trưởng khá"
    assert doc.kind == "html" and doc.lang == "vi"
    assert doc.date == dt.date(2023, 12, 30)  # the labelled date in the page beats the metadata


def test_html_metadata_date_is_used_when_the_page_states_none(tmp_path):
    path = tmp_path / "tin.htm"
    path.write_text(HTML.replace("Cập nhật: 30/12/2023 09:15", ""), encoding="utf-8")
    assert documents.read_document(path).date == dt.date(2023, 12, 20)


def test_docx_paragraphs_and_table_rows_in_body_order(tmp_path):
    d = docx.Document()
    d.add_heading("Báo cáo tình hình kinh tế - xã hội tỉnh Kon Tum năm 2023", level=1)
    d.add_paragraph("Kon Tum, ngày 15 tháng 12 năm 2023")
    d.add_paragraph("Tốc độ tăng trưởng GRDP ước đạt 7,2%.")
    t = d.add_table(rows=2, cols=2)  # no indicator header: a table of the text, read with it
    t.cell(0, 0).text, t.cell(0, 1).text = "Huyện", "Ghi chú"
    t.cell(1, 0).text, t.cell(1, 1).text = "Đắk Hà", "Thu ngân sách 310 tỷ đồng"
    d.add_paragraph("Đến ngày 31/12/2023, giải ngân đạt 95%.")
    path = tmp_path / "bao_cao.docx"
    d.save(path)
    doc = documents.read_document(path)
    lines = doc.text.split("\n")
    assert lines[0] == "Báo cáo tình hình kinh tế - xã hội tỉnh Kon Tum năm 2023"
    assert "Huyện | Ghi chú" in lines and "Đắk Hà | Thu ngân sách 310 tỷ đồng" in lines
    assert lines.index("Tốc độ tăng trưởng GRDP ước đạt 7,2%.") < lines.index("Huyện | Ghi chú")
    assert doc.tables == []
    assert doc.title.startswith("Báo cáo tình hình")
    assert doc.date == dt.date(2023, 12, 15)


def test_damaged_docx_raises_a_readable_error(tmp_path):
    path = tmp_path / "hong.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(documents.DocumentError, match="re-save"):
        documents.read_document(path)


def test_markdown_markup_is_removed(tmp_path):
    path = tmp_path / "tin.md"
    path.write_text("# Kinh tế Phú Yên 2023\n\n*Ngày đăng: 2024-01-05*\n\n![ảnh](a.jpg)\n\n"
                    "- **GRDP** tăng [7,1%](http://x)\n", encoding="utf-8")
    doc = documents.read_document(path)
    assert [ln for ln in doc.text.split("\n") if ln] == ["Kinh tế Phú Yên 2023", "Ngày đăng: 2024-01-05", "GRDP tăng 7,1%"]
    assert doc.title == "Kinh tế Phú Yên 2023"
    assert doc.date == dt.date(2024, 1, 5)


def test_a_markdown_pipe_table_of_indicators_is_read_as_a_table(tmp_path):
    from pipelines.lib.narrative import extract_document

    path = tmp_path / "ha_noi_9_thang_2025.md"
    path.write_text("# Hà Nội: kinh tế 9 tháng năm 2025 (tin mẫu, số liệu mẫu)\n\n"
                    "Chín tháng năm 2025, tổng sản phẩm trên địa bàn tăng 7,8%.\n\n"
                    "| Chỉ tiêu | Đơn vị tính | Ước 9 tháng 2025 | So với cùng kỳ (%) |\n"
                    "|---|---|---:|---:|\n"
                    "| Thu ngân sách nhà nước trên địa bàn | Tỷ đồng | **412.530** | 121,5 |\n"
                    "| Kim ngạch xuất khẩu | Triệu USD | 14.250 | 107,82 |\n\n"
                    "| Quận | Số dự án |\n|---|---|\n| Ba Đình | 12 |\n", encoding="utf-8")
    doc = documents.read_document(path)
    assert len(doc.tables) == 1 and doc.tables[0].rows[1][2] == "412.530"  # bold markup gone
    assert "Ba Đình | 12" in doc.text and "412.530" not in doc.text  # a table of no indicator stays in the text
    got = {(r["locator"], r["indicator"]): r["value"] for r in
           extract_document(path, published=dt.date(2025, 10, 6)).observations.iter_rows(named=True)}
    assert got[("Bảng 1!C2", "state_budget_revenue")] == 412530
    assert got[("Bảng 1!D3", "export_value_growth")] == pytest.approx(7.82)
    assert any(ind == "grdp_growth" for _, ind in got)  # the prose is still read


def test_a_sentence_restating_a_cell_rounded_or_without_its_status_is_the_cell(tmp_path):
    from pipelines.lib.narrative import extract_document

    path = tmp_path / "gia_lai_9_thang_2025.md"
    path.write_text("# Gia Lai: kinh tế 9 tháng năm 2025 (tin mẫu, số liệu mẫu)\n\n"
                    "Chín tháng năm 2025, toàn tỉnh có 1.926 doanh nghiệp thành lập mới và đón khoảng 9,85 triệu "
                    "lượt khách du lịch.\n\n"
                    "| Chỉ tiêu | Đơn vị tính | Ước thực hiện 9 tháng năm 2025 |\n|---|---|---:|\n"
                    "| Số doanh nghiệp thành lập mới | doanh nghiệp | 1.926 |\n"
                    "| Tổng lượt khách du lịch | nghìn lượt | 9.845 |\n", encoding="utf-8")
    result = extract_document(path, published=dt.date(2025, 10, 3))
    got = [(r["locator"][:6], r["indicator"], r["status"], r["value"]) for r in result.observations.iter_rows(named=True)]
    assert sorted(got) == [("Bảng 1", "new_enterprises", "estimate", 1926.0),
                           ("Bảng 1", "tourism_arrivals", "estimate", 9845000.0)]  # one observation each: the cell's
    assert any("giữ ô của bảng" in s["reason"] for s in result.skipped)


def test_an_html_table_s_caption_gives_its_unit_and_a_month_against_the_month_before_is_not_read(tmp_path):
    from pipelines.lib.narrative import extract_document

    path = tmp_path / "hai_phong_t10_2025.html"
    path.write_text("<html><head><title>Thống kê Hải Phòng tháng 10/2025 (tin mẫu, số liệu mẫu)</title></head><body>"
                    "<article><p>Ngày 06/11/2025. Số liệu mẫu.</p><table>"
                    "<caption>Trị giá xuất khẩu hàng hóa (Đơn vị tính: Nghìn USD)</caption>"
                    "<tr><th rowspan='2'>Chỉ tiêu</th><th rowspan='2'>Ước tính tháng 10/2025</th>"
                    "<th colspan='2'>Tháng 10/2025 so với (%)</th></tr><tr><th>Tháng 9/2025</th><th>Tháng 10/2024</th></tr>"
                    "<tr><td>Trị giá xuất khẩu</td><td>3.684.920</td><td>104,9</td><td>118,3</td></tr>"
                    "</table></article></body></html>", encoding="utf-8")
    got = {(r["indicator"], r["period"]): r["value"] for r in extract_document(path).observations.iter_rows(named=True)}
    assert got == {("export_value", "2025-10"): pytest.approx(3684.92),          # nghìn USD, from the caption
                   ("export_value_growth", "2025-10"): pytest.approx(18.3)}      # not 4.9, against September


def test_a_plain_text_report_s_wrapped_lines_are_one_sentence_again(tmp_path):
    from pipelines.lib.narrative import extract_document

    path = tmp_path / "can_tho_9t_2025.txt"
    path.write_text("THỐNG KÊ THÀNH PHỐ CẦN THƠ (số liệu mẫu)\nCần Thơ, ngày 06 tháng 10 năm 2025\n\n"
                    "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2025 ước tăng 7,34% so với cùng kỳ năm trước;\n"
                    "trong đó khu vực nông, lâm nghiệp và thủy sản tăng 3,10%; khu vực công nghiệp và xây dựng tăng\n"
                    "9,80%; khu vực dịch vụ tăng 7,90%.\n", encoding="utf-8")
    got = {(r["indicator"], r["status"]): r["value"] for r in extract_document(path).observations.iter_rows(named=True)}
    assert got == {("grdp_growth", "estimate"): 7.34, ("gva_agri_forestry_fishery_growth", "estimate"): 3.1,
                   ("gva_industry_construction_growth", "estimate"): 9.8, ("gva_services_growth", "estimate"): 7.9}


def test_an_english_report_s_table_of_the_merged_and_former_provinces(tmp_path):
    from pipelines.lib.narrative import extract_document

    path = tmp_path / "bac_ninh_10m_2025_en.md"
    path.write_text("# Bac Ninh Province — Investment Report, January–October 2025 (sample data)\n\n"
                    "*Published 14 November 2025*\n\n**Table 1. Key indicators, January–October 2025 (preliminary)**\n\n"
                    "| Indicator | Unit | Bac Ninh (merged) | of which: former Bac Ninh | former Bac Giang | YoY change, "
                    "merged (%) |\n|---|---|---:|---:|---:|---:|\n"
                    "| Merchandise exports | USD million | 52,400.0 | 38,150.0 | 14,250.0 | +18.5 |\n", encoding="utf-8")
    got = {(r["province_key"], r["indicator"], r["period"], r["status"]): r["value"]
           for r in extract_document(path).observations.iter_rows(named=True) if r["locator"].startswith("Bảng")}
    assert got == {("24@2025", "export_value", "2025-10M", "estimate"): 52400.0,   # the new Bắc Ninh (code 24)
                   ("27@2004", "export_value", "2025-10M", "estimate"): 38150.0,   # the former Bắc Ninh
                   ("24@2004", "export_value", "2025-10M", "estimate"): 14250.0,   # the former Bắc Giang
                   ("24@2025", "export_value_growth", "2025-10M", "estimate"): pytest.approx(18.5)}  # a change, no index


def test_a_table_typed_in_columns_of_spaces_in_a_text_report_is_read_as_a_table(tmp_path):
    from pipelines.lib.narrative import extract_document

    path = tmp_path / "can_tho_9_thang_2025.txt"
    path.write_text("THỐNG KÊ THÀNH PHỐ CẦN THƠ (số liệu mẫu)\nCần Thơ, ngày 06 tháng 10 năm 2025\n\n"
                    "Biểu: Một số chỉ tiêu ước tính 9 tháng năm 2025\n" + "-" * 60 + "\n"
                    "Chỉ tiêu                 ĐVT          Tổng số   Hậu Giang (cũ)\n" + "-" * 60 + "\n"
                    "Kim ngạch xuất khẩu      triệu USD    2.415,6            512,7\n"
                    "  So với cùng kỳ         %              112,8                -\n" + "-" * 60 + "\n"
                    "Ghi chú: số liệu mẫu.\n", encoding="utf-8")
    doc = documents.read_document(path)
    assert [r[:3] for r in doc.tables[0].rows] == [["Chỉ tiêu", "ĐVT", "Tổng số"], ["Kim ngạch xuất khẩu", "triệu USD",
                                                                                   "2.415,6"], ["So với cùng kỳ", "%", "112,8"]]
    assert "2.415,6" not in doc.text and "Ghi chú: số liệu mẫu." in doc.text
    got = {(r["province_key"], r["indicator"]): r["value"] for r in
           extract_document(path).observations.iter_rows(named=True) if r["issue"] is None}
    assert got == {("92@2025", "export_value"): 2415.6, ("93@2004", "export_value"): 512.7,
                   ("92@2025", "export_value_growth"): pytest.approx(12.8)}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gia Lai, ngày 15/12/2023\nBáo cáo", dt.date(2023, 12, 15)),
        ("Hà Nội, ngày 15 tháng 12 năm 2023", dt.date(2023, 12, 15)),
        ("Tin tức\nCập nhật: 30/03/2023 09:15", dt.date(2023, 3, 30)),
        ("Published 2023-03-30", dt.date(2023, 3, 30)),
        ("Tin kinh tế 05-01-2024 tổng hợp", dt.date(2024, 1, 5)),
        ("Không có ngày tháng nào ở đây.", None),
        ("x" * 2000 + " đến ngày 31/12/2023 giải ngân 90%", None),  # a date deep in the body is not the document's
        ("Đăng ngày 31/02/2023", None),  # not a date
    ],
)
def test_find_date(text, date):
    assert documents.find_date(text) == date


def test_text_is_canonical_so_tone_mark_variants_read_alike(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Khánh Hoà tăng trưởng", encoding="utf-8")
    assert documents.read_document(path).text == "Khánh Hòa tăng trưởng"


def test_english_text_is_detected(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("Khanh Hoa's GRDP grew 6.35% in 2023.", encoding="utf-8")
    assert documents.read_document(path).lang == "en"


@pytest.mark.parametrize("tail", ["", " "])  # an odd and an even number of bytes
def test_a_windows_1258_text_report_is_read_whatever_its_length(tmp_path, tail):
    import importlib.util

    spec = importlib.util.spec_from_file_location("mst", Path(__file__).resolve().parents[1] / "data" / "sample"
                                                  / "make_sample_tables.py")
    mst = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mst)
    path = tmp_path / "bao_cao.txt"
    path.write_bytes(mst.to_cp1258("Năm 2023, GRDP của tỉnh Gia Lai ước tăng 7,8%." + tail))
    assert documents.read_document(path).text == "Năm 2023, GRDP của tỉnh Gia Lai ước tăng 7,8%."


@pytest.mark.parametrize("classes, junk", [
    ("site-header", True), ("navbar navbar-expand", True), ("share-buttons", True), ("footer", True),
    ("box-related-news", True), ("comment-list", True), ("box-tin-lien-quan", True), ("binh-luan", True),
    ("chia-se-mxh", True), ("quang-cao-giua-bai", True),
    ("article__header", False), ("header-content", False), ("detail-sapo", False), ("entry-title", False),
    ("fck_detail", False), ("container", False), ("noi-dung-chi-tiet", False), ("bai-viet", False),
])
def test_page_furniture_is_told_from_the_article_by_its_class(classes, junk):
    assert documents._is_junk_class(classes) is junk


def test_the_lead_paragraph_in_the_article_header_is_kept(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text("""<html><head><title>Tin mẫu</title></head><body>
<div class="site-header"><a href="/">Trang chủ</a></div>
<article><div class="article-header"><h1>Kinh tế Phú Yên năm 2023</h1>
<div class="article__sapo">Năm 2023, GRDP của tỉnh Phú Yên ước tăng 7,2% (tin mẫu).</div></div>
<div class="article__body"><p>Thu ngân sách ước đạt 6.000 tỷ đồng.</p></div></article>
<div class="share-buttons">Chia sẻ 99%</div></body></html>""", encoding="utf-8")
    doc = documents.read_document(path)
    assert "GRDP của tỉnh Phú Yên ước tăng 7,2%" in doc.text and doc.title.startswith("Kinh tế Phú Yên")
    assert "Trang chủ" not in doc.text and "Chia sẻ" not in doc.text
