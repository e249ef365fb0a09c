"""Text recognised from a scanned page: figures put right, smudges made unreadable, page breaks taken out.

Every sentence and figure below is sample data written for these tests."""
from pipelines.lib import ocr_repair

SCANNED = ("GRDP năm 2O19 ước tăng 9,O5%; IIP tăng l4,2%. Thu ngân sách đạt 12 O5O tỷ đồng, bằng ll2,3% dự toán; "
           "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dù-\nng đạt 4■.6l8 tỷ đồng, ngành dệt tăng ?6,5%.")


def test_an_ocr_text_gets_its_figures_back_at_the_same_length():
    fixed = ocr_repair.repair(SCANNED)
    assert len(fixed) == len(SCANNED)
    assert "năm 2019 ước tăng 9,05%" in fixed and "IIP tăng 14,2%" in fixed
    assert "đạt 12.050 tỷ đồng, bằng 112,3% dự toán" in fixed
    assert "tiêu dùng   đạt" in fixed  # the hyphenated word whole, the break's two characters after it


def test_a_smudged_figure_is_made_unreadable_not_guessed():
    fixed = ocr_repair.repair(SCANNED)
    assert "đạt ▒▒▒▒▒▒ tỷ đồng" in fixed
    assert "tăng ▒▒▒▒%." in fixed  # "?6,5%": the question mark was a digit; the sentence's point stays


def test_a_text_without_the_marks_of_ocr_is_left_alone():
    clean = "Năm 2024 có 1 250 doanh nghiệp; Ol và l là chữ. Kết quả tốt-\nđẹp. Hỏi: tăng bao nhiêu?6 là số."
    assert not ocr_repair.looks_scanned(clean)
    assert ocr_repair.repair(clean) == clean


def test_a_compound_name_broken_at_a_capital_keeps_its_hyphen():
    text = "Năm 2O2O, 3l tỉnh; tỉnh Bà Rịa-\nVũng Tàu đạt 1O%."
    fixed = ocr_repair.repair(text)
    assert "Bà Rịa-\nVũng Tàu đạt 10%" in fixed


def test_a_page_break_inside_a_sentence_is_taken_out():
    text = ("Thu ngân sách nhà nước ước đạt\n\n                 3\nBáo cáo tình hình năm 2019 – UBND tỉnh mẫu\n\n"
            "5.182 tỷ đồng, bằng 112,3% dự toán.\n\nII. KẾ HOẠCH\n")
    fixed = ocr_repair.drop_page_breaks(text)
    assert len(fixed) == len(text)
    assert fixed.split("\n")[0].startswith("Thu ngân sách nhà nước ước đạt ")
    assert fixed.split("\n")[0].endswith("5.182 tỷ đồng, bằng 112,3% dự toán.")
    assert "Báo cáo tình hình" not in fixed and "II. KẾ HOẠCH" in fixed


def test_a_running_footer_with_its_page_number_is_taken_out_too():
    text = "… bằng\n\nCục Thống kê mẫu        Trang 2\nTình hình kinh tế tháng 9\n\n79,8% dự toán năm."
    fixed = ocr_repair.drop_page_breaks(text)
    assert "\n" not in fixed and "Cục Thống kê" not in fixed and fixed.endswith("79,8% dự toán năm.")


def test_a_page_number_between_whole_paragraphs_is_only_blanked():
    text = "Doanh nghiệp tăng 5%.\n\n- 7 -\nĐơn vị mẫu\n\n6. Giá cả ổn định."
    fixed = ocr_repair.drop_page_breaks(text)
    assert fixed.split("\n") == ["Doanh nghiệp tăng 5%.", "", "     ", "Đơn vị mẫu", "", "6. Giá cả ổn định."]


def test_a_table_row_ending_in_a_number_is_not_a_page_number():
    text = "Số doanh nghiệp        12\nSố hợp tác xã          4"
    assert ocr_repair.drop_page_breaks(text) == text
