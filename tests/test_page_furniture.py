"""A printed page's furniture in a report's text: page breaks inside a sentence, page numbers, a table of contents.

Every sentence and figure below is sample data written for these tests."""
from pipelines.lib import page_furniture


def test_a_page_break_inside_a_sentence_is_taken_out():
    text = ("Thu ngân sách nhà nước ước đạt\n\n                 3\nBáo cáo tình hình năm 2019 – UBND tỉnh mẫu\n\n"
            "5.182 tỷ đồng, bằng 112,3% dự toán.\n\nII. KẾ HOẠCH\n")
    fixed = page_furniture.drop_page_breaks(text)
    assert len(fixed) == len(text)
    assert fixed.split("\n")[0].startswith("Thu ngân sách nhà nước ước đạt ")
    assert fixed.split("\n")[0].endswith("5.182 tỷ đồng, bằng 112,3% dự toán.")
    assert "Báo cáo tình hình" not in fixed and "II. KẾ HOẠCH" in fixed


def test_a_running_footer_with_its_page_number_is_taken_out_too():
    text = "… bằng\n\nCục Thống kê mẫu        Trang 2\nTình hình kinh tế tháng 9\n\n79,8% dự toán năm."
    fixed = page_furniture.drop_page_breaks(text)
    assert "\n" not in fixed and "Cục Thống kê" not in fixed and fixed.endswith("79,8% dự toán năm.")


def test_a_page_number_between_whole_paragraphs_is_only_blanked():
    text = "Doanh nghiệp tăng 5%.\n\n- 7 -\nĐơn vị mẫu\n\n6. Giá cả ổn định."
    fixed = page_furniture.drop_page_breaks(text)
    assert fixed.split("\n") == ["Doanh nghiệp tăng 5%.", "", "     ", "Đơn vị mẫu", "", "6. Giá cả ổn định."]


def test_a_table_row_ending_in_a_number_is_not_a_page_number():
    text = "Số doanh nghiệp        12\nSố hợp tác xã          4"
    assert page_furniture.drop_page_breaks(text) == text


def test_a_page_break_before_a_numbered_heading_keeps_the_heading_apart():
    text = "1. Tăng trưởng kinh tế\n\n3\n\n2. Sản xuất công nghiệp tăng 5%."
    assert page_furniture.drop_page_breaks(text).split("\n")[-1] == "2. Sản xuất công nghiệp tăng 5%."


def test_the_table_of_contents_is_blanked_and_the_report_kept():
    text = ("MỤC LỤC\nI. Tăng trưởng kinh tế ............ 3\nPhụ lục 1. Các chỉ tiêu chủ yếu năm 2021 ……… 24\n\n"
            "I. TĂNG TRƯỞNG KINH TẾ\nNăm 2020, GRDP tăng 5,66%. Xem thêm.... 3 bảng.")
    tidy = page_furniture.tidy(text)
    assert len(tidy) == len(text)
    assert "Phụ lục" not in tidy and "Tăng trưởng kinh tế ...." not in tidy
    assert "I. TĂNG TRƯỞNG KINH TẾ\nNăm 2020, GRDP tăng 5,66%. Xem thêm.... 3 bảng." in tidy
