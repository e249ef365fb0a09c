"""An erratum: what was printed before is blanked, the corrected figure stays. Sample sentences and figures."""
import datetime as dt

from pipelines.lib import documents, errata, narrative


def test_a_quotation_corrected_by_the_next_words_is_blanked():
    text = ('1. Đã in: "GRDP năm 2023 ước tăng 7,17%".\nNay sửa lại là: "GRDP năm 2023 ước tăng 7,71%".\n'
            '2. Câu "thu hút 1,2 tỷ USD" được sửa lại là "thu hút 120 triệu USD".')
    fixed = errata.drop_superseded(text)
    assert len(fixed) == len(text)
    assert "7,17" not in fixed and "1,2 tỷ" not in fixed
    assert '"GRDP năm 2023 ước tăng 7,71%"' in fixed and '"thu hút 120 triệu USD"' in fixed


def test_a_figure_printed_before_and_denied_after_is_blanked():
    text = ("Khu vực dịch vụ đã in là 8,14%, nay sửa lại là 8,41%. "
            "Thu ngân sách tăng 12,4%, không phải 21,4% như đã in.")
    fixed = errata.drop_superseded(text)
    assert "8,14" not in fixed and "21,4" not in fixed
    assert "nay sửa lại là 8,41%." in fixed and "tăng 12,4%," in fixed


def test_a_text_that_corrects_nothing_is_left_alone():
    text = 'Báo cáo "Tình hình năm 2023" được ban hành; GRDP tăng 7,2%, không phải giảm.'
    assert errata.drop_superseded(text) == text


def test_a_quotation_not_followed_by_its_correction_stays():
    text = ('Trong bài "Xuất khẩu tăng 8,9%" đăng trên số báo ra ngày 8/7/2026, đoạn thứ hai được sửa lại là '
            '"nhập khẩu tăng 7,9%".')
    fixed = errata.drop_superseded(text)
    assert '"Xuất khẩu tăng 8,9%"' in fixed  # the words between it and the correction are more than a few


def test_a_figure_the_erratum_gives_to_a_part_of_the_province_is_not_read():
    # sample figures: the printed export figure was a former province's area, the whole province's follows
    text = ("ĐÍNH CHÍNH\n– Số liệu kim ngạch xuất khẩu 1,46 tỷ USD nêu trong bài là của khu vực Hậu Giang cũ, không "
            "phải của toàn\nthành phố. Kim ngạch xuất khẩu 6 tháng đầu năm 2026 của thành phố Cần Thơ ước đạt 2,31 tỷ USD.")
    fixed = errata.drop_superseded(text)
    assert len(fixed) == len(text) and "1,46" not in fixed and "2,31 tỷ USD" in fixed
    rows, _ = narrative.extract_text(documents.unwrap(text), 2026, dt.date(2026, 7, 10), default_province="Cần Thơ")
    assert {(r["indicator"], r["value"]) for r in rows} == {("export_value", 2310.0)}
