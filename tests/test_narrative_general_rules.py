"""General prose rules the lowest blind corpora showed were missing (forum initials, …), each on a sentence written
here (SAMPLE figures, no real statistic)."""

import datetime as dt

from pipelines.lib import narrative


def _read(text: str, vintage=dt.date(2024, 3, 15), province=None, lang=None, doc_year=None) -> set[tuple]:
    rows, _ = narrative.extract_text(text, doc_year or vintage.year, vintage, province, lang=lang)
    return {(r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows}


def test_initials_of_a_province_named_in_full_stand_for_it():
    # sample figures: a forum post naming Thanh Hóa and Nghệ An, then writing "TH" and "NA"
    got = _read("Năm 2023 GRDP Thanh Hóa tăng 9,1%, Nghệ An tăng 7,2%. Thu ngân sách TH năm 2023 đạt 30.100 tỷ đồng, "
                "NA đạt 17.500 tỷ đồng.")
    assert ("38", "state_budget_revenue", "2023", "actual", "exact", 30100.0) in got
    assert ("40", "state_budget_revenue", "2023", "actual", "exact", 17500.0) in got


def test_initials_are_not_read_for_two_provinces_with_them_nor_before_a_colon():
    # sample figures: "HN" could be Hà Nội or Hà Nam; "TH:" is "thực hiện" in a flash
    got = _read("Năm 2023 GRDP Hà Nội tăng 6,3%, Hà Nam tăng 7,1%. Thu ngân sách HN năm 2023 đạt 30.100 tỷ đồng.")
    assert not any(r[1] == "state_budget_revenue" for r in got)
    text = "Thanh Hóa, thu ngân sách năm 2023: KH 40.000 tỷ đồng, TH: 42.000 tỷ đồng, TH/KH đạt 105%."
    assert narrative._province_initials(text) == (text, None)
    written, origin = narrative._province_initials("Thanh Hóa tăng 9,1%, TH năm 2022 tăng 8%.")
    assert written == "Thanh Hóa tăng 9,1%, Thanh Hóa năm 2022 tăng 8%." and origin[written.index("năm")] == 24


def test_a_figure_said_again_rounded_counts_once():
    # sample figures: "(tức hơn 1,2 tỷ USD)" says 1.234 triệu USD again; a figure in brackets of another year does not
    got = _read("Năm 2023, vốn FDI đăng ký vào Thanh Hóa đạt 1.234 triệu USD (tức hơn 1,2 tỷ USD), gấp 4 lần năm trước.")
    assert [r for r in got if r[1] == "fdi_registered"] == [("38", "fdi_registered", "2023", "actual", "exact", 1234.0)]
    got = _read("Năm 2023, kim ngạch xuất khẩu của Thanh Hóa đạt 2,06 tỷ USD, hay khoảng 2 tỷ USD; Nghệ An đạt 2,02 tỷ USD.")
    assert {r[5] for r in got if r[1] == "export_value"} == {2060.0, 2020.0}


def test_toi_thieu_is_at_least():
    # sample figures
    got = _read("Tỉnh Quảng Ninh phấn đấu thu ngân sách năm 2025 tăng tối thiểu 10% so với năm 2024.", dt.date(2025, 1, 6))
    assert ("22", "state_budget_revenue_growth", "2025", "plan", "more_than", 10.0) in got


def test_a_status_word_after_a_semicolon_governs_the_figure_after_it():
    # sample figures: "dự kiến" opens the part after ";", the as-of figure before it is a count
    got = _read("Thu ngân sách năm 2024 ước đạt 50.000 tỷ đồng, tăng 8,1%. Đến ngày 31/12/2024, tỷ lệ giải ngân vốn đầu tư "
                "công của tỉnh Quảng Ninh đạt 86,2% kế hoạch; dự kiến đến hết thời gian kéo dài (31/01/2025), tỷ lệ giải "
                "ngân đạt 96%.", dt.date(2025, 1, 6), province="Quảng Ninh")
    assert ("22", "public_investment_disbursement_rate", "2024", "actual", "exact", 86.2) in got
    assert ("22", "public_investment_disbursement_rate", "2024", "forecast", "exact", 96.0) in got


def test_a_count_written_the_english_way_in_vietnamese_is_thousands():
    # sample figures: no enterprise or person is counted with decimals; "1,25 triệu lượt" keeps its decimals
    got = _read("Năm 2023, Hải Phòng có 1,250 doanh nghiệp thành lập mới, đón 1,25 triệu lượt khách du lịch.")
    assert ("31", "new_enterprises", "2023", "actual", "exact", 1250.0) in got
    assert ("31", "tourism_arrivals", "2023", "actual", "exact", 1250000.0) in got


def test_enterprises_back_in_business_in_a_flash_are_not_new_ones():
    # sample figures: "quay lại HĐ" is "quay lại hoạt động"; "12 HĐ" (contracts) stays as written
    got = _read("10T/2024, tỉnh có 1.382 DN thành lập mới; 410 DN quay lại HĐ.", dt.date(2024, 10, 29), province="Bắc Giang")
    assert {r[5] for r in got if r[1] == "new_enterprises"} == {1382.0}
    from pipelines.lib import vn_abbreviations
    assert vn_abbreviations.expand("ký 12 HĐ, 30 DN tạm ngừng HĐ")[0] == "ký 12 HĐ, 30 doanh nghiệp tạm ngừng hoạt động"


def test_english_per_capita_grdp_with_a_hyphen():
    # sample figures
    got = _read("In 2025, Can Tho's economy was worth VND 285.4 trillion, with per-capita GRDP of VND 71.6 million.",
                dt.date(2026, 3, 1), lang="en")
    assert ("92", "grdp_per_capita", "2025", "actual", "exact", 71.6) in got
    assert not any(r[1] == "grdp_value_current" and r[5] < 1 for r in got)


def test_english_national_economy_and_first_half():
    # sample figures: the country's rate is not the city's; "first-half growth" is of H1
    rows, _ = narrative.extract_text("Can Tho's GRDP expanded 8.1% in 2025. The national economy grew 8.02% in 2025. "
                                     "Before the merger, Soc Trang had estimated its first-half growth at 7.2% year on "
                                     "year.", 2025, dt.date(2026, 1, 7), "Cần Thơ", lang="en")
    got = {(r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows}
    assert not any(r[5] == 8.02 for r in got)
    assert ("94", "grdp_growth", "2025-H1", "estimate", "exact", 7.2) in got


def test_english_tourist_visits_and_a_unit_that_names_the_indicator():
    # sample figures: "tourist visits" are arrivals; "1,900 new enterprises" after them are enterprises, not visits
    got = _read("In 2025, Can Tho welcomed nearly 9.2 million tourist visits, and more than 1,900 new enterprises were set "
                "up during the year.", dt.date(2026, 3, 1), lang="en")
    assert ("92", "tourism_arrivals", "2025", "actual", "less_than", 9200000.0) in got
    assert ("92", "new_enterprises", "2025", "actual", "more_than", 1900.0) in got


def test_english_growth_target_is_the_economys():
    # sample figures
    rows, _ = narrative.extract_text("For 2026, the city council has set a growth target of 10% and plans to collect "
                                     "VND 33 trillion in budget revenue.", 2025, dt.date(2026, 1, 7), "Cần Thơ", lang="en")
    assert ("grdp_growth", "2026", "plan", 10.0) in {(r["indicator"], r["period"], r["status"], r["value"]) for r in rows}


def test_a_percentage_of_the_plan_is_no_plan_word_for_the_figures_after_it():
    # sample figures: "vượt 5,7% kế hoạch" qualifies a result; the forest cover after it is the year's estimate
    got = _read("Năm 2017, diện tích trồng rừng tập trung đạt 18.500 ha, vượt 5,7% kế hoạch; tỷ lệ che phủ rừng đạt 57%.",
                dt.date(2017, 12, 4), province="Nghệ An")
    assert ("40", "forest_cover", "2017", "estimate", "exact", 57.0) in got


def test_a_plan_word_of_a_part_before_a_semicolon_stays_there():
    # sample figures: "giường bệnh kế hoạch" is of the beds (no indicator); the insurance rate after ";" is a result
    got = _read("Đến cuối tháng 9/2019, tổng số giường bệnh kế hoạch toàn tỉnh là 4.950 giường; tỷ lệ bao phủ bảo hiểm "
                "y tế đạt 86,3% dân số.", dt.date(2019, 9, 27), province="Hải Dương")
    assert ("30", "health_insurance_coverage", "2019-9M", "estimate", "exact", 86.3) in got


def test_a_target_of_the_national_assembly_in_brackets_is_the_countrys():
    # sample figures
    got = _read("CPI bình quân năm 2023 của tỉnh Khánh Hòa tăng 3,12%, thấp hơn mục tiêu kiểm soát lạm phát của Quốc hội "
                "(4,5%).", dt.date(2024, 1, 12))
    assert {r[5] for r in got if r[1] == "cpi_avg_growth"} == {3.12}


def test_communes_of_the_higher_rural_standard_are_not_new_rural_communes():
    # sample figures
    got = _read("Đến nay toàn tỉnh Đồng Tháp có 108 xã đạt chuẩn nông thôn mới, 41 xã đạt chuẩn nông thôn mới nâng cao "
                "và 6 xã đạt chuẩn nông thôn mới kiểu mẫu.", dt.date(2024, 12, 16))
    assert {r[5] for r in got if r[1] == "ntm_communes"} == {108.0}


def test_a_rural_or_urban_part_is_not_the_province():
    # sample figures: the rural income is a part; the province's follows
    got = _read("Năm 2024, thu nhập bình quân đầu người khu vực nông thôn của tỉnh Đồng Tháp đạt 4,6 triệu đồng/tháng, "
                "trong khi thu nhập bình quân đầu người một tháng của toàn tỉnh đạt 5,1 triệu đồng.", dt.date(2025, 1, 16))
    assert {r[5] for r in got if r[1] == "income_per_capita_monthly"} == {5.1}


def test_a_former_provinces_bare_rate_after_a_sector_is_its_economy():
    # sample figures
    rows, _ = narrative.extract_text("GRDP quý I/2026 của tỉnh Tây Ninh ước tăng 9,12%. Trong đó, khu vực công nghiệp – "
                                     "xây dựng tăng 12,4%. Riêng khu vực Long An (cũ), quý I/2025 chỉ tăng 7,9%.", 2026,
                                     dt.date(2026, 4, 5), "Tây Ninh")
    got = {(r["indicator"], r["period"], r["value"]) for r in rows}
    assert ("grdp_growth", "2025-Q1", 7.9) in got and ("gva_industry_construction_growth", "2025-Q1", 7.9) not in got


def test_the_same_period_named_inside_brackets_is_a_year_earlier():
    # sample figures
    got = _read("Thu ngân sách nhà nước 9 tháng năm 2025 của Đà Nẵng: 32.580 tỷ đồng, tăng 18,2% (cùng kỳ 2024: 27.560 tỷ "
                "đồng).", dt.date(2025, 10, 4))
    assert ("48", "state_budget_revenue", "2024-9M", "actual", "exact", 27560.0) in got
    assert ("48", "state_budget_revenue", "2025-9M", "estimate", "exact", 27560.0) not in got


def test_the_stock_of_new_rural_communes_after_an_addition_and_by_a_year():
    # sample figures: "thêm 20 xã" is an addition; "đưa tổng số lên 418 xã" and "đến năm 2025 … trên 430 xã" are stocks
    got = _read("Năm 2024 tỉnh Thanh Hóa phấn đấu có thêm 20 xã đạt chuẩn, đưa tổng số lên 418 xã. Đến năm 2025, tỉnh "
                "hướng tới trên 430 xã đạt chuẩn nông thôn mới.", dt.date(2023, 12, 22), province="Thanh Hóa")
    assert {r[5] for r in got if r[1] == "ntm_communes"} == {418.0, 430.0}
    assert ("38", "ntm_communes", "2025", "plan", "more_than", 430.0) in got


def test_giam_xuong_before_an_amount_gives_the_amount():
    # sample figures: "giảm xuống 4.380 tỷ đồng" is the level it fell to, not a fall by that much
    got = _read("Năm 2023, thu ngân sách của tỉnh Kon Tum giảm xuống 4.380 tỷ đồng do thu tiền sử dụng đất sụt giảm.",
                dt.date(2025, 4, 20))
    assert ("62", "state_budget_revenue", "2023", "actual", "exact", 4380.0) in got


def test_the_year_after_a_multiple_is_its_base_not_the_figures_period():
    # sample figures
    rows, _ = narrative.extract_text("Năm 2021, vốn FDI đăng ký vào Lào Cai gấp 1,5 lần năm trước, đạt 110 triệu USD.",
                                     2021, dt.date(2022, 2, 15))
    assert [(r["indicator"], r["period"], r["value"]) for r in rows] == [("fdi_registered", "2021", 110.0)]


def test_a_plus_after_a_number_is_more_than():
    # sample figures
    got = _read("Năm 2023, Đà Nẵng giải quyết việc làm cho 34.000+ lao động.", dt.date(2024, 1, 4))
    assert ("48", "jobs_created", "2023", "actual", "more_than", 34000.0) in got


def test_a_former_provinces_area_after_the_reform_is_no_province():
    # sample figures: in the first half of 2026 "Bắc Giang cũ" is a part of the merged Bắc Ninh; in 2025-H1 it was a province
    rows, skipped = narrative.extract_text("Sáu tháng đầu năm 2026, kim ngạch xuất khẩu của tỉnh Bắc Ninh đạt 48,6 tỷ USD. "
                                           "Riêng khu vực Bắc Giang cũ xuất khẩu 14,2 tỷ USD.", 2026, dt.date(2026, 7, 3),
                                           "Bắc Ninh")
    assert [r["value"] for r in rows if r["indicator"] == "export_value"] == [48600.0]
    assert any("tỉnh cũ" in s["reason"] for s in skipped)


def test_da_co_before_new_rural_communes_is_the_stock():
    # sample figures
    got = _read("Năm 2017, tỷ lệ hộ nghèo giảm còn 2,98%; toàn tỉnh Kiên Giang đã có 51 xã đạt chuẩn nông thôn mới.",
                dt.date(2018, 1, 5))
    assert ("91", "ntm_communes", "2017", "actual", "exact", 51.0) in got


def test_a_commune_opening_the_part_after_a_semicolon_owns_its_figure():
    # sample figures: the commune's forest cover is no province's
    got = _read("Năm 2025, tỷ lệ che phủ rừng của tỉnh Gia Lai đạt 47,6%; xã Kbang có độ che phủ rừng cao nhất tỉnh, đạt "
                "72,5%.", dt.date(2026, 6, 2))
    assert {r[5] for r in got if r[1] == "forest_cover"} == {47.6}


def test_the_former_provinces_sum_a_year_before_sets_no_running_year():
    # sample figures
    rows, _ = narrative.extract_text("Tháng 7/2026, Khánh Hòa ước đón 1,18 triệu lượt khách lưu trú. Tháng 7 năm 2025, "
                                     "tổng lượng khách của hai tỉnh Khánh Hòa và Ninh Thuận cũ cộng lại là 1,03 triệu lượt. "
                                     "Doanh thu du lịch tháng 7 ước đạt 6.840 tỷ đồng.", 2026, dt.date(2026, 8, 5),
                                     "Khánh Hòa")
    assert ("tourism_revenue", "2026-07", 6840.0) in {(r["indicator"], r["period"], r["value"]) for r in rows}


def test_vuot_before_an_amount_is_more_than_it():
    # sample figures: "vượt 300 nghìn tỷ đồng" passes an amount; "vượt 5% dự toán" stays a percentage of the plan
    got = _read("Năm 2025, quy mô kinh tế của thành phố Cần Thơ lần đầu vượt 300 nghìn tỷ đồng; thu ngân sách đạt 30.000 "
                "tỷ đồng, vượt 5% dự toán.", dt.date(2026, 1, 9))
    assert ("92", "grdp_value_current", "2025", "actual", "more_than", 300000.0) in got
    assert ("92", "state_budget_revenue_pct_of_estimate", "2025", "actual", "exact", 105.0) in got


def test_a_figure_asked_about_as_hearsay_is_not_given():
    # sample figures
    rows, skipped = narrative.extract_text("Quý I/2026, Ninh Bình thu hút 420 triệu USD vốn FDI. Nghe nói Hưng Yên đã thu hút "
                                           "gần 1 tỷ USD vốn FDI trong quý?", 2026, dt.date(2026, 4, 7), "Ninh Bình")
    assert [(r["province_code"], r["value"]) for r in rows if r["indicator"] == "fdi_registered"] == [("37", 420.0)]
    assert any("câu hỏi" in s["reason"] for s in skipped)


def test_a_figure_said_to_be_wrong_is_not_read():
    # sample figures
    got = _read("Năm 2018 GRDP của tỉnh Quảng Nam tăng 12,54%; con số 13% là chưa chính xác.", dt.date(2019, 1, 9))
    assert {r[5] for r in got if r[1] == "grdp_growth"} == {12.54}


def test_vuot_ke_hoach_before_a_rate_gives_the_plans_rate():
    # sample figures
    got = _read("Năm 2018 GRDP của tỉnh Quảng Nam ước tăng 12,54%, vượt kế hoạch 12% do HĐND tỉnh giao.", dt.date(2019, 1, 9))
    assert ("49", "grdp_growth", "2018", "plan", "exact", 12.0) in got


def test_an_amount_a_province_collects_in_a_text_on_the_budget_is_its_revenue():
    # sample figures: not a former province's part ("khu vực Kon Tum cũ thu …")
    rows, _ = narrative.extract_text("Năm 2021, thu ngân sách nhà nước trên địa bàn Lạng Sơn đạt 7.850 tỷ đồng. Cao Bằng và "
                                     "Bắc Kạn lần lượt thu 2.420 tỷ đồng và 890 tỷ đồng.", 2021, dt.date(2022, 1, 25))
    got = {(r["province_code"], r["indicator"], r["value"]) for r in rows}
    assert {("04", "state_budget_revenue", 2420.0), ("06", "state_budget_revenue", 890.0)} <= got
    rows, _ = narrative.extract_text("Chín tháng năm 2025, thu ngân sách của tỉnh Quảng Ngãi đạt 9.100 tỷ đồng. Trong đó, "
                                     "riêng khu vực Kon Tum cũ thu khoảng 2.800 tỷ đồng.", 2025, dt.date(2025, 10, 5),
                                     "Quảng Ngãi")
    assert [r["value"] for r in rows] == [9100.0]


def test_an_item_of_a_breakdown_no_catalogue_label_names_is_not_the_total():
    # sample figures: after "trong đó" the products share the total's unit; none of them is the province's exports
    got = _read("Năm 2023, kim ngạch xuất khẩu của Bình Phước ước đạt 820 triệu USD; trong đó hạt điều nhân 310 triệu "
                "USD, hồ tiêu 95 triệu USD, cao su 120 triệu USD.")
    assert {r[5] for r in got if r[1] == "export_value"} == {820.0}
    # a period after "trong đó" is a part of the year, still read; a ";" closes the breakdown
    got = _read("Năm 2023 GRDP của Bình Phước tăng 7,2%, trong đó quý IV tăng 8,1%.")
    assert got == {("70", "grdp_growth", "2023", "actual", "exact", 7.2),
                   ("70", "grdp_growth", "2023-Q4", "actual", "exact", 8.1)}
    got = _read("Năm 2023 kim ngạch xuất khẩu của Bình Phước đạt 820 triệu USD, trong đó hạt điều 310 triệu USD; "
                "kim ngạch nhập khẩu đạt 540 triệu USD.")
    assert {(r[1], r[5]) for r in got} == {("export_value", 820.0), ("import_value", 540.0)}


def test_a_breakdowns_period_ends_with_its_clause():
    # sample figures: "quý IV" belongs to the part after "trong đó"; after the ";" the sentence's year goes on
    got = _read("Năm 2023 GRDP của Bình Phước tăng 7,2%, trong đó quý IV tăng 8,1%; thu ngân sách đạt 14.500 tỷ đồng.")
    assert ("70", "state_budget_revenue", "2023", "actual", "exact", 14500.0) in got
    assert ("70", "grdp_growth", "2023-Q4", "actual", "exact", 8.1) in got
    # without a breakdown the period named last still carries: "…; quý IV tăng 8,1%, thu ngân sách đạt …"
    got = _read("Năm 2023 GRDP của Bình Phước tăng 7,2%; quý IV tăng 8,1%, thu ngân sách quý IV đạt 4.100 tỷ đồng.")
    assert ("70", "state_budget_revenue", "2023-Q4", "actual", "exact", 4100.0) in got


def test_a_year_after_the_one_reported_on_is_a_target_until_it_ends():
    # sample figures: a report on 2023 written in February 2024 lists 2024's figures with no status word
    text = ("Năm 2023, thu ngân sách nhà nước trên địa bàn tỉnh Bình Phước đạt 14.500 tỷ đồng.\n\n"
            "PHỤ LỤC 1. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024\n1. Thu ngân sách nhà nước trên địa bàn: 15.200 tỷ đồng\n"
            "2. Kim ngạch xuất khẩu: 4.100 triệu USD")
    got = _read(text, dt.date(2024, 2, 5), "Bình Phước", doc_year=2023)
    assert ("70", "state_budget_revenue", "2023", "actual", "exact", 14500.0) in got
    assert ("70", "state_budget_revenue", "2024", "plan", "exact", 15200.0) in got
    assert ("70", "export_value", "2024", "plan", "exact", 4100.0) in got
    # the same lines in a report on 2024 itself, written that February: no status word is still an estimate
    assert ("70", "export_value", "2024", "estimate", "exact", 4100.0) in _read(text, dt.date(2024, 2, 5), "Bình Phước")


def test_a_share_of_a_count_named_after_the_figure_is_not_the_indicator_before():
    # sample figures: "100% số xã đạt chuẩn nông thôn mới" is a share of communes, not a trained-labour rate
    got = _read("Năm 2023, tỷ lệ lao động qua đào tạo của Bình Phước đạt 70,5%; 100% số xã đạt chuẩn nông thôn mới.")
    assert got == {("70", "trained_labour_rate", "2023", "actual", "exact", 70.5)}
    # a rate after ";" with no count named after it still goes on with the indicator before
    got = _read("Năm 2023, tỷ lệ lao động qua đào tạo của Bình Phước đạt 70,5%; năm 2022 là 68,1%.")
    assert ("70", "trained_labour_rate", "2022", "actual", "exact", 68.1) in got


def test_a_footnote_speaks_of_the_figure_its_mark_stands_after():
    # sample figures: "(2)" after the FDI figure, "(3)" after the exports; the notes name no indicator themselves
    text = ("Năm 2023, tổng sản phẩm trên địa bàn tỉnh Bình Phước tăng 7,2%(1). Vốn FDI đăng ký đạt 315 triệu USD(2). "
            "Kim ngạch xuất khẩu đạt 4.100 triệu USD(3).\n____\n(1) Cả nước tăng 5,05%.\n(2) Năm 2022: 280 triệu USD.\n"
            "(3) Tăng 6,4% so với năm 2022.")
    got = _read(text, vintage=dt.date(2024, 2, 1), province="Bình Phước")
    assert ("70", "fdi_registered", "2022", "actual", "exact", 280.0) in got
    assert ("70", "export_value_growth", "2023", "actual", "exact", 6.4) in got
    assert not any(r[5] == 5.05 for r in got)  # the country's rate in a note stays the country's
    # a numbered list with no mark in the text above is no footnote: its items name their own indicators or nothing
    got = _read("Năm 2023, kim ngạch xuất khẩu của Bình Phước đạt 4.100 triệu USD.\n(1) Năm 2022: 280 triệu USD.",
                vintage=dt.date(2024, 2, 1), province="Bình Phước")
    assert not any(r[1] == "fdi_registered" for r in got)
