"""Prose rules the 2026 blind corpus (tests/corpus/narrative_blind6.yaml) showed were missing, on sentences written
here (SAMPLE figures): "nhưng" starts a clause, a national figure of a whole industry, "sơ bộ" is an estimate, a bare
"9 tháng" takes the year named before it, a note under a table names no topic."""

import datetime as dt

from pipelines.lib import narrative


def _read(text: str, vintage=dt.date(2026, 11, 14), province="Đồng Nai") -> set[tuple]:
    rows, _ = narrative.extract_text(text, vintage.year, vintage, province)
    return {(r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows}


def test_but_starts_a_clause_so_the_plan_after_a_national_comparison_is_the_provinces():
    got = _read("Tăng trưởng kinh tế cả năm của thành phố ước đạt 9,2%, cao hơn mức chung của cả nước nhưng chưa đạt "
                "mục tiêu 10% mà Hội đồng nhân dân thành phố đề ra.")
    assert ("75", "grdp_growth", "2026", "estimate", "exact", 9.2) in got
    assert ("75", "grdp_growth", "2026", "plan", "exact", 10.0) in got


def test_a_whole_industrys_national_figure_is_not_the_provinces():
    got = _read("Chỉ số sản xuất công nghiệp của tỉnh tăng 18,7%, gấp hơn hai lần mức 8,9% của toàn ngành công "
                "nghiệp cả nước.", dt.date(2025, 10, 8), "Bắc Ninh")
    assert {row[-1] for row in got} == {18.7}


def test_preliminary_figures_are_estimates_as_a_so_bo_column_is():
    got = _read("Theo số liệu sơ bộ năm 2025, GRDP của tỉnh tăng 9,8%; quy mô nền kinh tế đạt 312.500 tỷ đồng.",
                dt.date(2026, 10, 30), "Ninh Bình")
    assert got == {("37", "grdp_growth", "2025", "estimate", "exact", 9.8),
                   ("37", "grdp_value_current", "2025", "estimate", "exact", 312500.0)}


def test_a_bare_nine_months_takes_the_year_named_before_it_in_the_sentence_and_a_note_names_no_topic():
    got = _read("Trong 6 tháng đầu năm 2025, GRDP tỉnh Đắk Lắk (cũ) tăng 6,93%.\n"
                "(*) Số liệu 9 tháng năm 2025 tính theo địa giới hành chính mới.\n\n"
                "Chỉ số sản xuất công nghiệp (IIP) quý III/2026 ước tăng 14,2% so với cùng kỳ; tính chung 9 tháng ước "
                "tăng 12,57%.", dt.date(2026, 10, 6), "Đắk Lắk")
    assert ("66", "iip_growth", "2026-Q3", "estimate", "exact", 14.2) in got
    assert ("66", "iip_growth", "2026-9M", "estimate", "exact", 12.57) in got
