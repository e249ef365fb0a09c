"""A statistics flash's shorthand is written out before the text is read, and locators still point at the shorthand."""

import datetime as dt

from pipelines.lib import narrative, vn_abbreviations

FLASH = ("Số liệu mẫu. TMBL&DTDV T10/2024 ước 6.842,7 tỷ đ, +14,2% so với CK; 10T ước 62.315,4 tỷ đ.\n"
         "Thu NSNN 10T ước 9.480,5 tỷ đ, = 80,3% DT năm. Khách DL 10T ước 2.950 ng.lượt.\n"
         "- KNXK T10 ước 2.870 tr USD, +32,5% CK.\n"
         "- 10T ước 26.450,8 tr USD, +30,1% CK.")


def test_shorthand_is_written_out_and_mapped_back():
    text, origin = vn_abbreviations.expand(FLASH)
    assert "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10/2024" in text
    assert "tăng 14,2% so với cùng kỳ" in text and "bằng 80,3% dự toán" in text and "2.950 nghìn lượt" in text
    assert len(origin) == len(text) + 1 and origin[-1] == len(FLASH)
    at = text.index("nghìn lượt")
    assert FLASH[origin[at]:origin[at + len("nghìn lượt") - 1] + 1] == "ng.lượt"


def test_words_that_only_look_like_shorthand_stay():
    for plain in ("GRDP tăng 6,5-7%", "tăng khoảng 10 - 11%", "từ 7% - 8%", "Vốn FDI đạt 1,2 tỷ USD", "Trong tháng 10, TP. Huế đón khách"):
        assert vn_abbreviations.expand(plain)[0] == plain


def test_a_flash_is_read_and_its_locators_point_at_what_was_written():
    rows, _ = narrative.extract_text(FLASH, 2024, dt.date(2024, 10, 29), default_province="Bắc Giang")
    got = {(r["indicator"], r["period"], r["status"], r["value"]) for r in rows}
    assert ("retail_sales_services_revenue", "2024-10", "estimate", 6842.7) in got
    assert ("retail_sales_services_revenue_growth", "2024-10", "estimate", 14.2) in got
    assert ("state_budget_revenue_pct_of_estimate", "2024-10M", "estimate", 80.3) in got
    assert ("tourism_arrivals", "2024-10M", "estimate", 2950000) in got
    # the bullet under the exports' bullet goes on with exports, and its dash is a bullet, not a fall
    assert ("export_value", "2024-10M", "estimate", 26450.8) in got and ("export_value_growth", "2024-10M", "estimate", 30.1) in got
    arrivals = next(r for r in rows if r["indicator"] == "tourism_arrivals")
    start, end = map(int, arrivals["locator"].removeprefix("chars ").split("-"))
    assert FLASH[start:end] == arrivals["raw_value"] == "2.950 ng.lượt"


def test_trade_budget_and_tourism_shorthand():
    # sample flash lines, invented figures
    text, _ = vn_abbreviations.expand("XK 10T 1.065 tr USD; NK 10T 182,5 tr USD. Thu NSNN 6.810 tỷ. Vốn DTC. "
                                      "TMBL hàng hóa & DT DV tiêu dùng 62.350 tỷ. Khách DL 1,12 tr lượt; DT DL 1.480 tỷ.")
    assert text == ("xuất khẩu 10 tháng 1.065 triệu USD; nhập khẩu 10 tháng 182,5 triệu USD. Thu ngân sách nhà nước 6.810 tỷ. "
                    "Vốn đầu tư công. tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 62.350 tỷ. "
                    "Khách du lịch 1,12 triệu lượt; doanh thu du lịch 1.480 tỷ.")
