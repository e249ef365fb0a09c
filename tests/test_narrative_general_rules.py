"""General prose rules the lowest blind corpora showed were missing (forum initials, …), each on a sentence written
here (SAMPLE figures, no real statistic)."""

import datetime as dt

from pipelines.lib import narrative


def _read(text: str, vintage=dt.date(2024, 3, 15), province=None, lang=None) -> set[tuple]:
    rows, _ = narrative.extract_text(text, vintage.year, vintage, province, lang=lang)
    return {(r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows}


def test_a_figure_said_again_rounded_counts_once():
    # sample figures: "(tức hơn 1,2 tỷ USD)" says 1.234 triệu USD again; a figure in brackets of another year does not
    got = _read("Năm 2023, vốn FDI đăng ký vào Thanh Hóa đạt 1.234 triệu USD (tức hơn 1,2 tỷ USD), gấp 4 lần năm trước.")
    assert [r for r in got if r[1] == "fdi_registered"] == [("38", "fdi_registered", "2023", "actual", "exact", 1234.0)]
    got = _read("Năm 2023, kim ngạch xuất khẩu của Thanh Hóa đạt 2,06 tỷ USD, hay khoảng 2 tỷ USD; Nghệ An đạt 2,02 tỷ USD.")
    assert {r[5] for r in got if r[1] == "export_value"} == {2060.0, 2020.0}
