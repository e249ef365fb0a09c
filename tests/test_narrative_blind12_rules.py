"""Prose rules the twelfth blind corpus (tests/corpus/narrative_blind12.yaml: the emulation work of provincial
clusters) showed were missing, each on a sentence written here (SAMPLE figures, no real statistic)."""

import datetime as dt

from pipelines.lib import narrative


def _read(text: str, vintage=dt.date(2024, 3, 15), province=None) -> set[tuple]:
    rows, _ = narrative.extract_text(text, vintage.year, vintage, province)
    return {(r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows}


def test_a_long_list_of_members_gives_each_its_own_figures():
    # sample figures: the next province's bare rate is the list's headline rate (GRDP), not the revenue before it;
    # a province named before a skipped figure ("thêm 3 xã") is the subject of the clauses after it
    got = _read("Năm 2023, Bình Phước có GRDP tăng 5,4%, thu ngân sách đạt 11.200 tỷ đồng; Tây Ninh tăng 6,3%, có "
                "thêm 3 xã đạt chuẩn nông thôn mới; Long An tiếp tục dẫn đầu với mức tăng 7,9%, cao hơn bình quân "
                "cụm 1,2 điểm phần trăm, đón 2,1 triệu lượt khách du lịch; Bình Dương tăng 5,8%, tỷ lệ hộ nghèo giảm "
                "0,3 điểm phần trăm, còn 0,5%.")
    assert ("72", "grdp_growth", "2023", "actual", "exact", 6.3) in got
    assert ("80", "grdp_growth", "2023", "actual", "exact", 7.9) in got
    assert ("80", "tourism_arrivals", "2023", "actual", "exact", 2100000.0) in got
    assert ("74", "poverty_rate_multidim", "2023", "actual", "exact", 0.5) in got
    assert not any(r[1] == "state_budget_revenue_growth" for r in got)


def test_a_lead_naming_growth_before_its_colon_gives_the_rates_of_the_list():
    # sample figures
    got = _read("Năm 2023, tăng trưởng của các tỉnh trong vùng khá chênh lệch: Sơn La tăng 4,2%, Lai Châu 3,9%, "
                "trong khi Điện Biên chỉ tăng 2,6%.")
    assert got == {("14", "grdp_growth", "2023", "actual", "exact", 4.2),
                   ("12", "grdp_growth", "2023", "actual", "exact", 3.9),
                   ("11", "grdp_growth", "2023", "actual", "exact", 2.6)}


def test_a_covenant_lead_makes_the_paragraph_under_it_targets():
    # sample figures: "giao ước … chỉ tiêu … như sau:" over a paragraph (not bullets) of each province's targets
    text = ("Theo nội dung giao ước, các tỉnh cam kết thực hiện các chỉ tiêu chủ yếu năm 2024 như sau:\n\n"
            "Sơn La: tăng trưởng GRDP 7,2%, thu ngân sách 5.600 tỷ đồng. Lai Châu: GRDP tăng khoảng 8%.\n\n"
            "GRDP của Điện Biên năm 2024 tăng 6,1%.")
    got = _read(text)
    assert ("14", "grdp_growth", "2024", "plan", "exact", 7.2) in got
    assert ("14", "state_budget_revenue", "2024", "plan", "exact", 5600.0) in got
    assert ("12", "grdp_growth", "2024", "plan", "about", 8.0) in got
    assert ("11", "grdp_growth", "2024", "estimate", "exact", 6.1) in got  # the next paragraph ends the list


def test_giao_uoc_and_cam_ket_name_targets():
    # sample figures
    got = _read("Năm 2026, Hải Phòng giao ước tăng trưởng 9–9,5%. Tỉnh Hưng Yên cam kết tăng trưởng từ 9% trở lên.",
                dt.date(2026, 3, 12))
    assert ("31", "grdp_growth", "2026", "plan", "about", 9.25) in got
    assert ("33", "grdp_growth", "2026", "plan", "more_than", 9.0) in got


def test_an_estimate_lead_is_of_the_texts_year_not_of_the_year_compared_with():
    # sample figures
    text = ("Theo báo cáo ước thực hiện 6 tháng, GRDP của tỉnh tăng 6,05%, cao hơn cùng kỳ năm 2023 (tăng 4,6%).\n\n"
            "Thu ngân sách nhà nước trên địa bàn 6 tháng đạt 2.130 tỷ đồng.")
    got = _read(text, dt.date(2024, 7, 10), "Kon Tum")
    assert ("62", "grdp_growth", "2024-H1", "estimate", "exact", 6.05) in got
    assert ("62", "state_budget_revenue", "2024-H1", "estimate", "exact", 2130.0) in got
    assert ("62", "grdp_growth", "2023-H1", "actual", "exact", 4.6) in got


def test_an_estimate_lead_of_an_answer_carries_to_the_end_of_its_paragraph():
    # sample figures: a speaker's answer opening "Theo kết quả ước tính," in a release after the half year ended
    text = ("Ông Tùng: Theo kết quả ước tính, GRDP 6 tháng đầu năm 2026 tăng 7,1%; riêng quý II tăng 7,4%. Quy mô GRDP "
            "theo giá hiện hành 6 tháng đạt 61.200 tỷ đồng.\n\n"
            "Ông Tùng: Thu ngân sách 6 tháng đạt 5.300 tỷ đồng.")
    got = _read(text, dt.date(2026, 7, 8), "Vĩnh Long")
    assert ("86", "grdp_growth", "2026-Q2", "estimate", "exact", 7.4) in got
    assert ("86", "grdp_value_current", "2026-H1", "estimate", "exact", 61200.0) in got
    assert ("86", "state_budget_revenue", "2026-H1", "actual", "exact", 5300.0) in got  # another answer


def test_a_name_written_after_the_reform_is_the_merged_province_in_an_earlier_period():
    # sample figures: in August 2025 "Gia Lai" is the merged province (code 52), its first half restated; a ranking
    # published for the provinces of its year stays the former province's
    got = _read("• Gia Lai (Bình Định và Gia Lai cũ): 6 tháng đầu năm 2025 tăng trưởng 6,6%.\n\n"
                "Về PCI năm 2024, Gia Lai đạt 66,3 điểm.", dt.date(2025, 8, 20))
    assert ("52", "grdp_growth", "2025-H1", "actual", "exact", 6.6) in got
    assert ("64", "pci_score", "2024", "actual", "exact", 66.3) in got


def test_a_place_in_a_cluster_is_no_pci_rank_and_an_emulation_score_no_pci_score():
    # sample figures: "x/7", "x/10" are places among a cluster's members; the PCI rank is among all provinces
    got = _read("Theo Báo cáo PCI 2023, Bạc Liêu đạt 64,1 điểm, xếp thứ 44/63. Trong cụm thi đua, Cà Mau xếp thứ 7/7 "
                "về PCI.\n"
                "3. Tỉnh Sóc Trăng: 91,40 điểm, xếp thứ 3/10 (GRDP tăng 6,1%; PCI năm 2022 xếp thứ 50/63).",
                dt.date(2024, 5, 10))
    assert ("95", "pci_rank", "2023", "actual", "exact", 44.0) in got
    assert not any(r[0] == "96" for r in got)
    assert not any(r[1] == "pci_score" and r[0] == "94" for r in got)
    assert not any(r[1] == "pci_rank" and r[-1] in (3.0, 7.0) for r in got)


def test_a_spread_over_the_other_provinces_is_no_ones_figure():
    # sample figures
    got = _read("Năm 2019, Hậu Giang thu ngân sách 3.900 tỷ đồng; hai tỉnh còn lại đạt từ 2.100 đến 2.800 tỷ đồng.",
                dt.date(2020, 1, 10))
    assert got == {("93", "state_budget_revenue", "2019", "actual", "exact", 3900.0)}


def test_respectively_with_one_run_per_quantity():
    # sample figures
    got = _read("Năm 2019, kim ngạch xuất khẩu của Bến Tre và Trà Vinh lần lượt tăng 9,1% và 7,3%, đạt 1,25 tỷ USD và "
                "0,62 tỷ USD.", dt.date(2020, 1, 8))
    assert got == {("83", "export_value_growth", "2019", "actual", "exact", 9.1),
                   ("84", "export_value_growth", "2019", "actual", "exact", 7.3),
                   ("83", "export_value", "2019", "actual", "exact", 1250.0),
                   ("84", "export_value", "2019", "actual", "exact", 620.0)}


def test_provinces_inside_a_closed_parenthesis_do_not_displace_the_one_being_read():
    # sample figures
    got = _read("Tuyên Quang: thu ngân sách năm 2025 đạt 9.800 tỷ đồng (cộng gộp Tuyên Quang và Hà Giang cũ), GRDP "
                "tăng 9,1%.", dt.date(2026, 3, 12))
    assert {r[0] for r in got} == {"08"}
    assert ("08", "grdp_growth", "2025", "actual", "exact", 9.1) in got


def test_a_sum_of_the_former_provinces_is_the_merged_ones():
    # sample figures: in the merged province's own text, "cộng gộp … A và B cũ" is the merged province
    got = _read("Nếu cộng gộp số liệu hai tỉnh Bắc Giang và Bắc Ninh cũ, năm 2024 GRDP tăng 12,4%.", dt.date(2025, 12, 20),
                "Bắc Ninh")
    assert got == {("24", "grdp_growth", "2024", "actual", "exact", 12.4)}


def test_a_result_set_against_its_plan_in_one_clause_is_the_result():
    # sample figures
    got = _read("Năm 2022, tỉnh Hậu Giang đặt kế hoạch tăng trưởng 6,8% và thực hiện đạt 7,3%.", dt.date(2023, 2, 10))
    assert got == {("93", "grdp_growth", "2022", "plan", "exact", 6.8), ("93", "grdp_growth", "2022", "actual", "exact", 7.3)}


def test_respectively_after_the_provinces_figures_pairs_them_in_order_and_shares_the_runs_tail():
    # sample figures
    got = _read("Kim ngạch xuất khẩu năm 2021 của Bắc Ninh đạt 45 tỷ USD, Bắc Giang 15 tỷ USD, lần lượt tăng 4,5% và 12% "
                "so với năm 2020. Về thu ngân sách năm 2021, Đà Nẵng thu 18.000 tỷ đồng, Quảng Nam 22.000 tỷ đồng, lần "
                "lượt bằng 105% và 110,5% dự toán.", dt.date(2022, 2, 10))
    assert ("27", "export_value_growth", "2021", "actual", "exact", 4.5) in got
    assert ("24", "export_value_growth", "2021", "actual", "exact", 12.0) in got
    assert ("48", "state_budget_revenue_pct_of_estimate", "2021", "actual", "exact", 105.0) in got
    assert ("49", "state_budget_revenue_pct_of_estimate", "2021", "actual", "exact", 110.5) in got


def test_a_line_under_one_ending_with_a_semicolon_goes_on_with_its_list():
    # sample figures: a reader keeps the break after "…;" before a capitalised province
    text = ("Năm 2020, thu ngân sách nhà nước: Bình Phước đạt 11.100 tỷ đồng, bằng 98,2% dự toán;\n"
            "Bình Dương đạt 55.000 tỷ đồng, vượt 3,5% dự toán.")
    got = _read(text, dt.date(2021, 3, 5))
    assert ("74", "state_budget_revenue", "2020", "actual", "exact", 55000.0) in got
    assert ("74", "state_budget_revenue_pct_of_estimate", "2020", "actual", "exact", 103.5) in got


def test_rieng_sets_another_province_apart_not_a_part_of_the_one_before():
    # sample figures
    got = _read("Năm 2020, tốc độ tăng GRDP: Long An tăng 6,1%; Tây Ninh 3,2%; riêng Bình Dương giảm 1,4%.",
                dt.date(2021, 3, 5))
    assert ("74", "grdp_growth", "2020", "actual", "exact", -1.4) in got


def test_giam_xuong_duoi_is_the_level_reached():
    # sample figures
    got = _read("Năm 2026, tỉnh phấn đấu tỷ lệ hộ nghèo đa chiều giảm xuống dưới 1,5%.", dt.date(2025, 12, 22),
                "Tây Ninh")
    assert got == {("80", "poverty_rate_multidim", "2026", "plan", "less_than", 1.5)}


def test_a_sentence_on_the_countrys_economy_is_the_countrys_to_its_end():
    # sample figures: a bulletin's national item inside a province's text
    got = _read("Theo Tổng cục Thống kê, tổng sản phẩm trong nước 9 tháng ước tăng 6,5%; chỉ số giá tiêu dùng bình quân "
                "tăng 3,1%. Chỉ số giá tiêu dùng bình quân 9 tháng của tỉnh tăng 2,9%.", dt.date(2024, 9, 28), "Hà Tĩnh")
    assert got == {("42", "cpi_avg_growth", "2024-9M", "estimate", "exact", 2.9)}


def test_gap_ruoi_is_one_and_a_half_times():
    # sample figures
    got = _read("Năm 2023, kim ngạch xuất khẩu đạt 820 triệu USD, tăng gấp rưỡi năm trước.", dt.date(2024, 1, 10),
                "Quảng Trị")
    assert ("45", "export_value_growth", "2023", "actual", "exact", 50.0) in got


def test_a_plan_set_against_the_result_before_it_is_of_that_results_period():
    # sample figures
    got = _read("Thái Nguyên đặt mục tiêu tăng trưởng 10% trong năm 2026, sau khi năm 2025 đạt 8,4% trong khi chỉ tiêu giao là "
                "9,5%.", dt.date(2026, 3, 12))
    assert got == {("19", "grdp_growth", "2026", "plan", "exact", 10.0),
                   ("19", "grdp_growth", "2025", "actual", "exact", 8.4),
                   ("19", "grdp_growth", "2025", "plan", "exact", 9.5)}


def test_a_targets_bare_growth_is_the_economys_not_the_figure_befores():
    # sample figures
    got = _read("Thanh Hóa: năm 2025 thu ngân sách đạt 52.000 tỷ đồng, bằng 112% dự toán; năm 2026 phấn đấu tăng trưởng "
                "11%.", dt.date(2026, 3, 12))
    assert ("38", "grdp_growth", "2026", "plan", "exact", 11.0) in got
    assert not any(r[1] == "state_budget_revenue_growth" for r in got)


def test_bare_numbers_of_a_respectively_run_share_the_written_unit_and_rank():
    # sample figures
    got = _read("PCI 2023 của Sóc Trăng, Bạc Liêu và Cà Mau lần lượt đạt 63,1; 64,2 và 62,5 điểm, xếp thứ 50, 41 và "
                "58/63.", dt.date(2024, 5, 10))
    assert got == {("94", "pci_score", "2023", "actual", "exact", 63.1), ("95", "pci_score", "2023", "actual", "exact", 64.2),
                   ("96", "pci_score", "2023", "actual", "exact", 62.5), ("94", "pci_rank", "2023", "actual", "exact", 50.0),
                   ("95", "pci_rank", "2023", "actual", "exact", 41.0), ("96", "pci_rank", "2023", "actual", "exact", 58.0)}
