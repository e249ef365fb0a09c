"""Numbers spelled out in words (a TV bulletin's transcript, a speech) are read as the digits they say; words that
only look like numbers ("năm 2026", "một số", "tỷ lệ", "9 tháng năm 2023") stay words. Sample sentences."""

import datetime as dt

import pytest

from pipelines.lib import narrative, vn_number_words


@pytest.mark.parametrize("spoken, digits", [
    ("năm hai nghìn không trăm hai mươi sáu", "năm 2026"),
    ("tăng mười ba phẩy bốn phần trăm", "tăng 13,4 phần trăm"),
    ("khoảng chín phẩy hai phần trăm", "khoảng 9,2 phần trăm"),
    ("ba nghìn hai trăm mười lăm doanh nghiệp", "3215 doanh nghiệp"),
    ("gần bốn mươi nghìn lao động", "gần 40000 lao động"),
    ("hai mươi mốt xã, ba trăm linh năm hộ", "21 xã, 305 hộ"),
    ("không phẩy không năm phần trăm", "0,05 phần trăm"),
    ("Mười tháng đầu năm", "10 tháng đầu năm"),
    ("so với tháng Chín; tháng Mười Một", "so với tháng 9; tháng 11"),
    ("gấp hai lần", "gấp 2 lần"),
    # words that are not numbers here
    ("hai mươi năm qua", "20 năm qua"),  # 15 is "mười lăm", so "năm" after a ten is a year
    ("một trăm năm", "100 năm"),  # 105 is "một trăm linh năm"
    ("hai nghìn năm lịch sử", "2000 năm lịch sử"),
    ("9 tháng năm 2023, một số doanh nghiệp tư nhân không đạt", "9 tháng năm 2023, một số doanh nghiệp tư nhân không đạt"),
    ("hai tỷ lệ, một tỷ trọng, tỷ giá", "hai tỷ lệ, một tỷ trọng, tỷ giá"),
    ("năm nay có năm doanh nghiệp", "năm nay có năm doanh nghiệp"),
])
def test_spoken_numbers_become_digits_and_other_words_stay(spoken, digits):
    assert vn_number_words.rewrite(spoken)[0] == digits


def test_a_scale_before_a_unit_stays_a_word_and_the_offsets_point_into_the_written_text():
    text = "đạt hơn năm mươi hai nghìn tỷ đồng và một tỷ tám trăm triệu đô la"
    new, origin = vn_number_words.rewrite(text, lambda at: text.startswith(("nghìn tỷ", "triệu đô"), at))
    assert new == "đạt hơn 52 nghìn tỷ đồng và 1800 triệu đô la"
    assert len(origin) == len(new) + 1
    a, b = new.index("52"), new.index("52") + 2
    assert text[origin[a]:origin[b]] == "năm mươi hai"
    assert text[origin[new.index("1800")]:origin[new.index("1800") + 4]] == "một tỷ tám trăm"
    assert vn_number_words.rewrite("không có số đọc thành chữ: 12,5%") == ("không có số đọc thành chữ: 12,5%", None)


def test_a_transcript_is_read_and_its_locators_name_the_words_as_spoken():
    text = ("Bản tin mẫu. Mười tháng đầu năm hai nghìn không trăm hai mươi sáu, tổng thu ngân sách nhà nước trên địa "
            "bàn của tỉnh Đồng Nai đạt hơn năm mươi hai nghìn tỷ đồng. Kim ngạch xuất khẩu ước đạt gần hai mươi lăm "
            "tỷ đô la Mỹ, tăng mười ba phẩy bốn phần trăm so với cùng kỳ.")
    rows, _ = narrative.extract_text(text, 2026, dt.date(2026, 11, 14), "Đồng Nai")
    got = {(r["indicator"], r["period"], r["qualifier"], r["value"]) for r in rows}
    assert got == {("state_budget_revenue", "2026-10M", "more_than", 52000.0),
                   ("export_value", "2026-10M", "less_than", 25000.0),
                   ("export_value_growth", "2026-10M", "exact", 13.4)}
    revenue = next(r for r in rows if r["indicator"] == "state_budget_revenue")
    a, b = map(int, revenue["locator"].removeprefix("chars ").split("-"))
    assert text[a:b] == revenue["raw_value"] == "năm mươi hai nghìn tỷ đồng"


def test_fractions_halves_and_one_before_percent():
    from pipelines.lib import vn_number_words

    def written(text):
        return vn_number_words.rewrite(text)[0]

    assert written("chiếm gần một phần ba") == "chiếm gần 33,3 phần trăm"
    assert written("gần chín phần mười số xã") == "gần 90 phần trăm số xã"
    assert written("khoảng nửa tỷ đô la") == "khoảng 0,5 tỷ đô la"
    assert written("hai nghìn rưỡi doanh nghiệp") == "2500 doanh nghiệp"
    assert written("chưa đến một phần trăm") == "chưa đến 1 phần trăm"
    assert written("một phần nhỏ của một năm") == "một phần nhỏ của một năm"  # words stay words
    new, origin = vn_number_words.rewrite("còn một phần trăm")
    assert origin[new.index("1")] == 4  # the digit points at where "một" starts
