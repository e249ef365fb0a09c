"""Vietnamese text keys (tone-mark placement) and province names → GSO codes."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from pipelines.lib import provinces, vn_text


def test_tone_mark_placement_does_not_change_the_key():
    assert vn_text.key("Khánh Hoà") == vn_text.key("Khánh Hòa")
    assert vn_text.key("thuỷ sản") == vn_text.key("thủy sản")
    assert vn_text.canonical("Hoà") == "Hòa"


def test_decomposed_text_gets_the_same_key():
    assert vn_text.key(unicodedata.normalize("NFD", "Đắk Lắk")) == vn_text.key("ĐẮK LẮK")


def test_ascii_fold_removes_diacritics():
    assert vn_text.ascii_fold("Đắk Lắk") == "dak lak"
    assert vn_text.key("Ho Chi Minh") != vn_text.key("Hồ Chí Minh")


@pytest.mark.parametrize(
    "name,at,code",
    [
        ("Khánh Hòa", dt.date(2023, 12, 31), "56"),
        ("Khánh Hoà", dt.date(2023, 12, 31), "56"),
        ("TỈNH KHÁNH HÒA", dt.date(2023, 12, 31), "56"),
        ("Quang Ninh", dt.date(2010, 12, 31), "22"),
        ("Ha Tay", dt.date(2007, 12, 31), "28"),
        ("Ho Chi Minh City", dt.date(2015, 12, 31), "79"),
        ("Thua Thien - Hue", dt.date(2015, 12, 31), "46"),
        ("Bình Định", dt.date(2023, 12, 31), "52"),
        ("Gia Lai", dt.date(2023, 12, 31), "64"),
        ("Đắk Nông", dt.date(2022, 12, 31), "67"),
    ],
)
def test_province_names_resolve_to_the_code_valid_then(name, at, code):
    assert provinces.resolve(name, at) == code


def test_ha_tay_does_not_exist_after_2008():
    assert provinces.resolve("Ha Tay", dt.date(2010, 12, 31)) is None


def test_unknown_province_is_none():
    assert provinces.resolve("Atlantis", dt.date(2023, 12, 31)) is None


def test_gia_lai_takes_code_52_after_the_2025_reform():
    assert provinces.resolve("Gia Lai", dt.date(2025, 12, 31)) == "52"


@pytest.mark.parametrize("name, code", [("Kontum", "62"), ("Gialai", "64"), ("Tỉnh Kontum", "62"), ("Lamdong", "68")])
def test_a_name_written_as_one_word(name, code):
    assert provinces.resolve(name, dt.date(2023, 12, 31)) == code


def test_marks_are_put_back_on_vietnamese_typed_without_them():
    table, longest = vn_text.marks_table(["tăng", "tỉnh", "ước tính", "thu ngân sách", "đạt", "tỷ"])
    text = "Thu ngan sach uoc tinh dat 1.234 ty, tang 5%; tinh khac"  # sample sentence
    restored = vn_text.restore_marks(text, table, longest)
    assert restored == "Thu ngân sách ước tính đạt 1.234 tỷ, tăng 5%; tỉnh khac"
    assert len(restored) == len(text)
    common = frozenset({"cua", "tang", "dat", "ty", "thu", "nam"})
    assert vn_text.unmarked_vietnamese("Nam 2024 thu ngan sach cua tinh dat 1.234 ty, tang 5% so voi nam truoc.", common)
    assert not vn_text.unmarked_vietnamese("In 2024 the province's budget revenue reached VND 1,234 billion, up 5%.", common)
    assert not vn_text.unmarked_vietnamese("Năm 2024 thu ngân sách của tỉnh đạt 1.234 tỷ đồng, tăng 5% so với năm trước.", common)
