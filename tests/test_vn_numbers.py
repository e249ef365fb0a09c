"""Vietnamese number text: "1.234,5" is 1234.5; "-", "x", "…" are no value."""

from __future__ import annotations

import pytest

from pipelines.lib.vn_numbers import NotANumber, looks_like_number, number_style, parse_number


@pytest.mark.parametrize(
    "raw,expected",
    [("1.234,5", 1234.5), ("4.518,7", 4518.7), ("22,1", 22.1), ("1.234", 1234.0), ("112,5%", 112.5),
     ("12.5", 12.5), ("-3,2", -3.2), ("17.500.000", 17_500_000.0), (" 1 234 ", 1234.0), (7, 7.0), (2.45, 2.45),
     ("12\u00a0345", 12345.0), ("12\u202f345,5", 12345.5), ("12\u2009345", 12345.0)],  # no-break and thin spaces
)
def test_vietnamese_number_text_is_parsed(raw, expected):
    assert parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["-", "x", "…", "", None, "...", float("nan")])
def test_placeholders_are_no_value_not_zero(raw):
    assert parse_number(raw) is None


@pytest.mark.parametrize("raw", ["12,3a", "abc", "1,2,3", True])
def test_garbage_raises_not_a_number(raw):
    with pytest.raises(NotANumber):
        parse_number(raw)


def test_english_style_is_available_for_english_sources():
    assert parse_number("1,234.5", style="en") == 1234.5


@pytest.mark.parametrize("raw, expected", [
    ("1,234.5", 1234.5), ("17,500.25", 17500.25), ("1,234,567", 1234567.0),  # forms only English has
    ("17,500", 17.5), ("1,5", 1.5),  # one comma: the Vietnamese decimal comma, as the rule says
])
def test_a_number_only_the_english_way_can_read_is_read_so(raw, expected):
    assert parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw, expected", [("7,5*", 7.5), ("7,5 (*)", 7.5), ("1.234,5**", 1234.5), ("7,5%*", 7.5)])
def test_a_footnote_mark_is_not_part_of_the_number(raw, expected):
    assert parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["KXĐ", "không có", "Chưa có số liệu", "N/A", "na", "--", "(*)"])
def test_words_for_no_data_are_no_value_not_an_error(raw):
    assert parse_number(raw) is None


@pytest.mark.parametrize("texts, style", [
    (["1,234.5", "17,500", "7"], "en"),  # one English-only form tells the table
    (["1,234,567", "250"], "en"),
    (["17,500", "7,5"], "vi"),  # "7,5" is Vietnamese only: the table is
    (["1,234.5", "1.234,5"], "vi"),  # both: the Vietnamese reading stays
    (["17,500"], "vi"),  # nothing tells: the Vietnamese reading
    (["Chỉ tiêu", "Tỷ đồng"], "vi"),
])
def test_the_number_style_of_a_table(texts, style):
    assert number_style(texts) == style


@pytest.mark.parametrize("text, number", [
    ("10.500,3", True), ("-1,2", True), ("7,5%", True), ("(3,4)", True), ("7,5*", True), ("12 345", True),
    ("Huyện A", False), ("2020 1,2", False), ("Quý I", False),
])
def test_a_cell_that_is_one_number(text, number):
    assert looks_like_number(text) is number
