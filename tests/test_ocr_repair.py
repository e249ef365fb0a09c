"""Text recognised from a scanned page: figures put right, smudges made unreadable.

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
