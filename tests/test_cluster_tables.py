"""Tables an emulation cluster's secretariat and its members exchange, one rule each (found by the blind corpora
tests/corpus/tables10 and documents12), on small tables written here (SAMPLE figures): a covenant's registered
targets, a group heading over the indicators, a self-assessment's 'Đăng ký | Ước thực hiện | Tỷ lệ TH/ĐK', a PCI
table's score and rank rows ('35/63'), a PCI comparison of the members, a table dated after the 2025 reform."""

from __future__ import annotations

import datetime as dt

import docx

from test_table_headers import _xlsx
from test_tables_2026 import _rows

from pipelines.lib import catalogue, table_layout
from pipelines.lib.ingest import extract_file


def test_registered_targets_of_a_covenant_are_plans_and_a_group_heading_is_no_unit(tmp_path):
    path = _xlsx(tmp_path / "cum_dang_ky.xlsx", [
        ["BẢNG TỔNG HỢP ĐĂNG KÝ CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM 2023 (Số liệu mẫu)"],
        ["STT", "Tỉnh", "I. Chỉ tiêu kinh tế", None, "II. Chỉ tiêu xã hội"],
        [None, None, "Tốc độ tăng trưởng GRDP", "Thu NSNN trên địa bàn", "Tỷ lệ lao động qua đào tạo"],
        [None, None, "(%)", "(tỷ đồng)", "(%)"],
        [1, "Phú Yên", 7.8, 5300, "61,0%"],
        [2, "Kon Tum", "Trên 9", 3740, 53],
    ], merges=[(1, 2, 1, 3, "I. Chỉ tiêu kinh tế"), (1, 0, 3, 0, "STT"), (1, 1, 3, 1, "Tỉnh")])
    got = _rows(path, dt.date(2023, 3, 10))  # 2023 is not over: without the title's "đăng ký" these were estimates
    assert got[("54", "grdp_growth", "2023", "plan")] == 7.8
    assert got[("54", "state_budget_revenue", "2023", "plan")] == 5300
    assert got[("54", "trained_labour_rate", "2023", "plan")] == 61  # its unit is "(%)", not "II. Chỉ tiêu xã hội"
    assert got[("62", "grdp_growth", "2023", "plan")] == 9
    assert {key[3] for key in got} == {"plan"}


def test_covenant_words_in_headers():
    assert table_layout.column_status("KẾT QUẢ THỰC HIỆN GIAO ƯỚC THI ĐUA NĂM 2022") == ("actual", 2022)  # no "ước"
    assert table_layout.column_status("Năm 2019 Đăng ký") == ("plan", 2019)
    assert table_layout.column_status("Vốn đầu tư nước ngoài đăng ký")[0] is None  # registered FDI: no plan
    assert table_layout.column_status("Số doanh nghiệp đăng ký thành lập mới")[0] is None
    assert table_layout.compare_role("Tỷ lệ TH/ĐK (%)") == "compare_plan"
    assert not catalogue.looks_like_unit("II. Chỉ tiêu xã hội") and catalogue.looks_like_unit("Xã")


def test_a_province_table_under_a_merged_indicator_group_in_a_word_covenant(tmp_path):
    d = docx.Document()
    d.add_paragraph("CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN — Số liệu mẫu")
    d.add_paragraph("BẢN GIAO ƯỚC THI ĐUA NĂM 2022")
    rows = [["STT", "Tỉnh", "Chỉ tiêu kinh tế", "Chỉ tiêu kinh tế"],
            ["STT", "Tỉnh", "Tăng trưởng GRDP (%)", "Thu NSNN trên địa bàn (tỷ đồng)"],
            ["1", "Gia Lai", "7,5", "5.520"], ["2", "Lâm Đồng", "7,0", "11.700"]]
    table = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Chỉ tiêu kinh tế"
    d.save(tmp_path / "giao_uoc.docx")
    got = _rows(tmp_path / "giao_uoc.docx", dt.date(2022, 3, 18))
    assert got[("64", "grdp_growth", "2022", "plan")] == 7.5
    assert got[("68", "state_budget_revenue", "2022", "plan")] == 11700


def test_a_pci_table_names_the_score_and_the_rank_in_its_rows_and_ranks_as_of_63(tmp_path):
    path = _xlsx(tmp_path / "pci.xlsx", [
        ["CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) CỦA TỈNH QUẢNG NGÃI (Số liệu mẫu)"],
        ["STT", "Chỉ số", "Năm 2022", "Năm 2023"],
        [1, "Gia nhập thị trường", 6.7, 7.01],
        ["a", "Điểm tổng hợp PCI", 62.03, 64.55],
        ["b", "Xếp hạng toàn quốc", "48/63", "38/63"],
        ["c", "Xếp hạng trong Cụm thi đua", 7, 5],
    ])
    got = _rows(path, dt.date(2024, 5, 20))
    assert got[("51", "pci_score", "2023", "actual")] == 64.55
    assert got[("51", "pci_rank", "2022", "actual")] == 48 and got[("51", "pci_rank", "2023", "actual")] == 38
    assert sorted(v for k, v in got.items() if k[1] == "pci_rank") == [38, 48]  # not the rank within the cluster


def test_a_pci_comparison_of_the_members_under_a_merged_pci_year(tmp_path):
    path = _xlsx(tmp_path / "pci_cum.xlsx", [
        ["PCI NĂM 2023 CÁC TỈNH TRONG CỤM THI ĐUA (Số liệu mẫu)"],
        ["STT", "Tỉnh", "PCI 2023", None, "Thay đổi so với 2022"],
        [None, None, "Điểm", "Thứ hạng", "Điểm (+/-)"],
        [1, "Bình Định", 67.18, 9, "+0,85"],
        [2, "Kon Tum", 62.47, 50, "+0,31"],
    ], merges=[(1, 2, 1, 3, "PCI 2023")])
    got = _rows(path, dt.date(2024, 5, 20))
    assert got == {("52", "pci_score", "2023", "actual"): 67.18, ("52", "pci_rank", "2023", "actual"): 9,
                   ("62", "pci_score", "2023", "actual"): 62.47, ("62", "pci_rank", "2023", "actual"): 50}


def test_a_table_dated_after_the_reform_names_the_merged_province_for_every_period(tmp_path):
    path = _xlsx(tmp_path / "gia_lai_2021_2026.xlsx", [
        ["UBND TỈNH GIA LAI - MỘT SỐ CHỈ TIÊU GIAI ĐOẠN 2021–2026 (Số liệu mẫu)"],
        ["Gia Lai, ngày 20 tháng 01 năm 2026"],
        ["STT", "Chỉ tiêu", "ĐVT", "2021", "Ước TH 2025", "KH 2026"],
        [1, "Tỷ lệ che phủ rừng", "%", 49.2, 50.05, 50.3],
    ])
    obs = extract_file(path).observations
    assert set(obs["province_code"]) == {"52"}  # the new Gia Lai took code 52; 64 was the former one


def test_a_footnote_above_a_header_belongs_to_the_table_above_not_to_the_title(tmp_path):
    path = _xlsx(tmp_path / "viec_lam.xlsx", [
        ["UBND THÀNH PHỐ ĐÀ NẴNG (Số liệu mẫu)"],
        ["(*) Số liệu tháng 12 là số ước tính."],
        ["KẾT QUẢ GIẢI QUYẾT VIỆC LÀM NĂM 2025"],
        ["Chỉ tiêu", "Đơn vị tính", "Quý I", "Quý IV (ước)"],
        ["Số lao động được giải quyết việc làm", "Người", 9850, 11950],
    ])
    got = _rows(path, dt.date(2026, 1, 12))
    assert got[("48", "jobs_created", "2025-Q1", "actual")] == 9850
    assert got[("48", "jobs_created", "2025-Q4", "estimate")] == 11950


def test_a_scoring_minutes_table_whose_headers_end_with_their_status_and_a_day_of_the_next_year(tmp_path):
    path = tmp_path / "bien_ban.md"
    path.write_text(
        "# BIÊN BẢN HỌP CHẤM ĐIỂM, BÌNH XÉT THI ĐUA NĂM 2021 (Số liệu mẫu)\n\n"
        "Hôm nay, ngày 14 tháng 01 năm 2022, Cụm tổ chức họp chấm điểm.\n\n"
        "| STT | Tỉnh | Tổng điểm | Tăng trưởng GRDP năm 2021, ước (%) "
        "| Giải ngân vốn đầu tư công năm 2021, ước đến 31/01/2022 (%) |\n"
        "|---:|---|---:|---:|---:|\n"
        "| 1 | Quảng Nam | 92,10 | 6,8 | 91,5 |\n"
        "| 2 | Khánh Hòa | 88,95 | -1,8 | 88,4 |\n", encoding="utf-8")
    got = _rows(path, dt.date(2022, 1, 14))
    assert got[("49", "grdp_growth", "2021", "estimate")] == 6.8
    assert got[("56", "grdp_growth", "2021", "estimate")] == -1.8
    assert got[("49", "public_investment_disbursement_rate", "2021", "estimate")] == 91.5  # the 2021 plan, not "2021-1M"
    assert table_layout.column_period("Lũy kế đến 30/11/2023") == "-11M"


def test_a_province_column_comparing_the_revenue_with_its_estimate(tmp_path):
    path = _xlsx(tmp_path / "tong_ket_2020.xlsx", [
        ["Bảng 2. Ước thực hiện năm 2020 của các tỉnh thành viên (Số liệu mẫu)"],
        ["STT", "Tỉnh", "Thu NSNN trên địa bàn (tỷ đồng)", "Thu NSNN so dự toán (%)", "Điểm tự chấm"],
        [1, "Quảng Nam", "20.120", "97,3", "88,50"],
    ])
    got = _rows(path, dt.date(2020, 12, 16))
    assert got == {("49", "state_budget_revenue", "2020", "estimate"): 20120,
                   ("49", "state_budget_revenue_pct_of_estimate", "2020", "estimate"): 97.3}


def test_a_cell_with_a_remark_after_its_figure():
    from pipelines.lib.parse_tables import _number_of

    assert _number_of("24.500 (trong đó thu nội địa 22.000)") == ("exact", 24500.0, True)
    assert _number_of("7,5 (8,0)")[1] is None  # two figures: which one is meant is not for the parser to guess
    assert _number_of("(3,2)") == ("exact", -3.2, True)  # an accountant's negative stays one


def test_poverty_at_the_start_and_end_of_a_year_in_a_csv_without_merges(tmp_path):
    path = tmp_path / "ho_ngheo_2022.csv"
    path.write_text(
        "Số liệu mẫu – KẾT QUẢ RÀ SOÁT HỘ NGHÈO ĐẦU NĂM VÀ CUỐI NĂM 2022 CÁC TỈNH CỤM THI ĐUA\n"
        "\"(Theo chuẩn nghèo đa chiều giai đoạn 2022-2025)\"\n"
        "STT;Tỉnh;Tổng số hộ dân cư;Đầu năm 2022;;Cuối năm 2022;;Giảm trong năm\n"
        ";;;Số hộ nghèo;Tỷ lệ (%);Số hộ nghèo;Tỷ lệ (%);(điểm %)\n"
        "1;Kon Tum;142.380;29.259;20,55;24.504;17,21;3,34\n", encoding="utf-8-sig")
    got = _rows(path, dt.date(2023, 2, 10))
    # the start of 2022 is the review of the end of 2021; the number of poor households has no catalogue code
    assert got == {("62", "poverty_rate_multidim", "2021", "actual"): 20.55,
                   ("62", "poverty_rate_multidim", "2022", "actual"): 17.21}


def test_a_ministrys_table_of_one_indicator_by_province_with_its_comparisons(tmp_path):
    path = _xlsx(tmp_path / "bieu_03.xlsx", [
        ["ƯỚC THỰC HIỆN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2024 CỦA MỘT SỐ ĐỊA PHƯƠNG – Số liệu mẫu"],
        [None, None, None, None, None, "Đơn vị: triệu đồng"],
        ["STT", "Địa phương", "Dự toán năm 2024", "Ước thực hiện năm 2024", "So sánh (%)", None],
        [None, None, None, None, "Dự toán", "Thực hiện năm 2023"],
        [None, "TỔNG SỐ", 493800000, 582946066, 118.1, 117.2],
        [None, "I. CÁC ĐỊA PHƯƠNG CÓ ĐIỀU TIẾT VỀ NGÂN SÁCH TRUNG ƯƠNG", 493800000, 582946066, 118.1, 117.2],
        [1, "HÀ NỘI", 423500000, 510213456, 120.5, 118.3],
        [2, "ĐỒNG NAI", 70300000, 72732610, 103.5, 109.4],
    ], merges=[(2, 4, 2, 5, "So sánh (%)"), (2, 0, 3, 0, "STT"), (2, 1, 3, 1, "Địa phương"),
               (2, 2, 3, 2, "Dự toán năm 2024"), (2, 3, 3, 3, "Ước thực hiện năm 2024")])
    got = _rows(path, dt.date(2025, 1, 10))
    assert got[("01", "state_budget_revenue", "2024", "plan")] == 423500
    assert got[("01", "state_budget_revenue", "2024", "estimate")] == 510213.456
    assert got[("01", "state_budget_revenue_pct_of_estimate", "2024", "estimate")] == 120.5
    assert got[("75", "state_budget_revenue_growth", "2024", "estimate")] == 9.4
    assert {key[0] for key in got} == {"01", "75"}  # the total and the group of provinces are no province


def test_a_national_annex_of_growth_indexes_by_province(tmp_path):
    path = _xlsx(tmp_path / "phu_luc.xlsx", [
        ["PHỤ LỤC: CHỈ SỐ PHÁT TRIỂN GRDP NĂM 2025 THEO GIÁ SO SÁNH 2010 – Số liệu mẫu"],
        ["Số liệu ước tính; năm 2024 = 100; đơn vị: %"],
        ["STT", "Tỉnh, thành phố", "Chỉ số phát triển GRDP năm 2025 so với năm 2024 (%)", "Xếp hạng tốc độ tăng"],
        [None, "CẢ NƯỚC", 108.02, None],
        [1, "Hà Nội", 108.16, 18],
        [2, "Quảng Ninh", 111.2, 2],
    ])
    got = _rows(path, dt.date(2026, 1, 6))
    assert got == {("01", "grdp_growth", "2025", "estimate"): 8.16, ("22", "grdp_growth", "2025", "estimate"): 11.2}
    assert table_layout.column_status("Ước TH 2024 so với năm 2023 (%)") == ("estimate", 2024)


def test_a_total_column_under_a_title_naming_the_indicator_in_a_word_report(tmp_path):
    d = docx.Document()
    d.add_paragraph("BÁO CÁO TÌNH HÌNH ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI NĂM 2023 (Số liệu mẫu)")
    d.add_paragraph("Bảng 2. Thu hút FDI năm 2023 theo địa phương (đơn vị vốn: triệu USD)")
    rows = [["TT", "Địa phương", "Số dự án cấp mới", "Vốn đăng ký cấp mới", "Tổng vốn đăng ký"],
            ["1", "Quảng Ninh", "18", "2.840,1", "3.105,6"], ["2", "Hà Nội", "350", "1.102,7", "2.947,5"]]
    table = d.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.save(tmp_path / "fdi.docx")
    got = _rows(tmp_path / "fdi.docx", dt.date(2024, 1, 8))
    assert got == {("22", "fdi_registered", "2023", "actual"): 3105.6, ("01", "fdi_registered", "2023", "actual"): 2947.5}


def test_an_open_data_csv_with_identifier_headers(tmp_path):
    path = tmp_path / "du_lieu_mo.csv"
    path.write_text("ma_tinh,ten_tinh,nam,ty_le_ho_ngheo_da_chieu_pct,ty_le_che_phu_rung_pct,ghi_chu\n"
                    "62,Tỉnh Kon Tum,2021,17.52,63.6,Số liệu mẫu\n"
                    "62,Tỉnh Kon Tum,2022,15.14,63.8,Số liệu mẫu\n"
                    ",Vùng Tây Nguyên,2022,8.1,46.0,Số liệu mẫu\n", encoding="utf-8")
    got = _rows(path, dt.date(2023, 8, 30))
    assert got == {("62", "poverty_rate_multidim", "2021", "actual"): 17.52, ("62", "forest_cover", "2021", "actual"): 63.6,
                   ("62", "poverty_rate_multidim", "2022", "actual"): 15.14, ("62", "forest_cover", "2022", "actual"): 63.8}


def test_identifier_headers_get_their_words_back():
    from pipelines.lib import slug_headers

    assert slug_headers.is_slug_row(["ma_tinh", "ten_tinh", "nam", None]) and not slug_headers.is_slug_row(["STT", "Tỉnh"])
    assert slug_headers.restore("ty_le_ho_ngheo_da_chieu_pct") == "Tỷ lệ hộ nghèo đa chiều (%)"
    assert slug_headers.restore("ten_tinh") == "Tên tỉnh" and slug_headers.restore("so_ho_ngheo") == "so ho ngheo"


def test_a_growth_column_beside_its_level_in_a_province_table(tmp_path):
    path = _xlsx(tmp_path / "exports.xlsx", [
        ["Top exporting provinces, 2021 (sample data)"],
        ["Rank", "Province", "Exports (USD billion)", "Growth (% y/y)"],
        [1, "Bac Ninh", 45.08, 23.6],
        [2, "Thai Nguyen", 33.21, 12.1],
    ])
    got = _rows(path, dt.date(2022, 4, 20))
    assert got[("27", "export_value", "2021", "actual")] == 45080
    assert got[("27", "export_value_growth", "2021", "actual")] == 23.6
    assert got[("19", "export_value_growth", "2021", "actual")] == 12.1


def test_a_target_column_beside_the_results_of_a_province_table(tmp_path):
    path = _xlsx(tmp_path / "vung.xlsx", [
        ["Bảng 1. Một số chỉ tiêu chủ yếu năm 2025 (ước thực hiện) và mục tiêu tăng trưởng năm 2026 (Số liệu mẫu)"],
        ["Địa phương", "Tăng trưởng GRDP 2025 (%)", "Mục tiêu tăng trưởng GRDP 2026 (%)"],
        ["Vĩnh Long", "8,1", "10,0"],
    ])
    got = _rows(path, dt.date(2026, 2, 5))
    assert got == {("86", "grdp_growth", "2025", "estimate"): 8.1, ("86", "grdp_growth", "2026", "plan"): 10.0}


def test_months_down_the_rows_above_another_table_with_an_estimated_december(tmp_path):
    path = _xlsx(tmp_path / "dkdn.xlsx", [
        ["UBND THÀNH PHỐ ĐÀ NẴNG – TÌNH HÌNH ĐĂNG KÝ DOANH NGHIỆP THEO THÁNG NĂM 2025 (Số liệu mẫu)"],
        ["Tháng", "Số DN thành lập mới (DN)", "Vốn đăng ký (tỷ đồng)"],
        ["Tháng 11", 655, 5488.2],
        ["Tháng 12 (*)", 702, 6020.5],
        ["Cả năm 2025", 6650, 54063.2],
        ["(*) Số liệu tháng 12 là số ước tính."],
        ["KẾT QUẢ GIẢI QUYẾT VIỆC LÀM NĂM 2025"],
        ["Chỉ tiêu", "Đơn vị tính", "Quý I", "Cả năm 2025"],
        ["Số lao động được giải quyết việc làm", "Người", 9850, 43420],
    ])
    got = _rows(path, dt.date(2026, 1, 12))
    assert got[("48", "new_enterprises", "2025-11", "actual")] == 655
    assert got[("48", "new_enterprises", "2025-12", "estimate")] == 702
    assert got[("48", "new_enterprises", "2025", "estimate")] == 6650  # it holds the estimated December
    assert got[("48", "jobs_created", "2025-Q1", "actual")] == 9850  # the table under it is read too


def test_months_under_their_quarters_and_a_title_note_on_the_estimated_month(tmp_path):
    path = _xlsx(tmp_path / "thu_chi.xlsx", [
        ["UBND THÀNH PHỐ ĐÀ NẴNG – THU, CHI NGÂN SÁCH THEO THÁNG NĂM 2025"],
        ["(Số liệu mẫu; tháng 1–11 đã khóa sổ, tháng 12 là ước thực hiện)"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Chỉ tiêu", "Quý I", None, "Quý IV", None],
        [None, None, "Tháng 1", "Tháng 2", "Tháng 11", "Tháng 12 (ƯTH)"],
        ["A", "TỔNG THU NSNN TRÊN ĐỊA BÀN", 4224850, 3374030, 4564690, 5845000],
    ], merges=[(3, 2, 3, 3, "Quý I"), (3, 4, 3, 5, "Quý IV")])
    got = {key: round(value, 2) for key, value in _rows(path, dt.date(2026, 1, 12)).items()}
    assert got == {("48", "state_budget_revenue", "2025-01", "actual"): 4224.85,
                   ("48", "state_budget_revenue", "2025-02", "actual"): 3374.03,
                   ("48", "state_budget_revenue", "2025-11", "actual"): 4564.69,
                   ("48", "state_budget_revenue", "2025-12", "estimate"): 5845}


def test_an_english_sheet_for_investors_with_targets_points_and_ranks(tmp_path):
    path = _xlsx(tmp_path / "bac_ninh_en.xlsx", [
        ["BAC NINH PROVINCE – INVESTMENT PROMOTION CENTRE"],
        ["KEY SOCIO-ECONOMIC INDICATORS FOR FOREIGN INVESTORS, 2021–2025 AND 2026 TARGETS"],
        ["Sample data. Figures for 2021–2024 are recalculated for the province's boundaries from 1 July 2025. 2025 "
         "figures are estimates; 2026 figures are targets set by the Provincial People's Council. Issued 10 February 2026."],
        ["Indicator", "Unit", "2024", "2025 (est.)", "2026 (target)"],
        ["GRDP per capita", "USD", "7,760", "8,520", "9,300"],
        ["PCI score", "points", 70.31, "n/a", "–"],
        ["PCI ranking", "rank / 63", 4, "n/a", "Top 5"],
    ])
    got = _rows(path)
    assert got[("24", "grdp_per_capita_usd", "2024", "actual")] == 7760  # an English sheet: "7,760" is 7760
    assert got[("24", "grdp_per_capita_usd", "2026", "plan")] == 9300
    assert got[("24", "pci_score", "2024", "actual")] == 70.31 and got[("24", "pci_rank", "2024", "actual")] == 4


def test_a_regions_sheet_of_one_indicator_with_its_unit_beside_the_year(tmp_path):
    path = _xlsx(tmp_path / "vung.xlsx", [
        ["BIỂU SO SÁNH CÁC TỈNH, THÀNH PHỐ VÙNG ĐỒNG BẰNG SÔNG CỬU LONG (Số liệu mẫu)"],
        ["Trị giá xuất khẩu hàng hóa năm 2025"],
        ["Tỉnh, thành phố", "Ước TH 2025 (triệu USD)", "So với cùng kỳ (%)", "Tỷ trọng trong vùng (%)"],
        ["Toàn vùng", 16972.8, 108.9, 100],
        ["An Giang", 2150.4, 112.3, 12.7],
        ["Vĩnh Long", 4105.6, 96.2, 24.2],
    ])
    got = {key: round(value, 2) for key, value in _rows(path, dt.date(2026, 1, 22)).items()}
    assert got == {("91", "export_value", "2025", "estimate"): 2150.4, ("91", "export_value_growth", "2025", "estimate"): 12.3,
                   ("86", "export_value", "2025", "estimate"): 4105.6, ("86", "export_value_growth", "2025", "estimate"): -3.8}


def test_an_exported_csv_of_months_with_the_iip_change_and_spaces_in_its_numbers(tmp_path):
    path = tmp_path / "can_tho_2025.csv"
    path.write_text(
        "\ufeff\"CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP VÀ TỔNG MỨC BÁN LẺ HÀNG HÓA THÀNH PHỐ CẦN THƠ NĂM 2025 (Số liệu mẫu)\"\n"
        "\"Đơn vị tính: IIP – % tăng (+)/giảm (-) so với cùng kỳ năm trước, số âm ghi trong ngoặc; bán lẻ – tỷ đồng\"\n"
        "Kỳ báo cáo,IIP tăng/giảm so cùng kỳ (%),Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (tỷ đồng)\n"
        "Tháng 1,\"(3,5)\",\"23 846,3\"\nTháng 2,\"12,4\",\"24 120,5\"\n", encoding="utf-8")
    got = {key: round(value, 2) for key, value in _rows(path, dt.date(2026, 1, 7)).items()}
    assert got[("92", "iip_growth", "2025-01", "actual")] == -3.5 and got[("92", "iip_growth", "2025-02", "actual")] == 12.4
    assert got[("92", "retail_sales_services_revenue", "2025-01", "actual")] == 23846.3


def test_sector_shares_listed_under_a_lead_and_a_table_restated_on_the_new_boundaries(tmp_path):
    path = _xlsx(tmp_path / "ninh_binh.xlsx", [
        ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH – CHỈ TIÊU KẾ HOẠCH NĂM 2026 (Số liệu mẫu)"],
        ["(Kèm theo Báo cáo ngày 05/12/2025)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Kế hoạch năm 2026"],
        [3, "Cơ cấu kinh tế: Nông, lâm nghiệp và thủy sản", "%", "12,4", "10,9"],
        [None, "   Công nghiệp và xây dựng", "%", "45,1", "47,5"],
        [None, "   Dịch vụ", "%", "35,8", "35,4"],
    ])
    got = _rows(path, dt.date(2025, 12, 5))
    assert got[("37", "structure_industry_construction_share", "2024", "actual")] == 45.1
    assert got[("37", "structure_services_share", "2026", "plan")] == 35.4
    path = _xlsx(tmp_path / "vung.xlsx", [
        ["BIỂU SO SÁNH CÁC TỈNH VÙNG ĐỒNG BẰNG SÔNG CỬU LONG"],
        ["Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)"],
        ["Số liệu mẫu – cập nhật ngày 22/01/2026; số liệu năm 2024 tính lại theo địa giới từ 01/7/2025."],
        ["Tỉnh, thành phố", "TH 2024", "Ước TH 2025"],
        ["Đồng Tháp", 6.6, 7.63],
        ["Vĩnh Long", 6.05, 7.2],
    ])
    got = _rows(path, dt.date(2026, 1, 22))
    assert got[("82", "grdp_growth", "2024", "actual")] == 6.6  # the new Đồng Tháp (87 was the former one)
    assert {key[0] for key in got} == {"82", "86"}


def test_a_title_that_names_its_indicator_after_a_dash():
    from pipelines.lib.parse_province_rows import title_indicator

    assert title_indicator(["BIỂU SO SÁNH CÁC TỈNH VÙNG ĐỒNG BẰNG SÔNG CỬU LONG – Tốc độ tăng GRDP (%)"])[0] == "grdp_growth"
