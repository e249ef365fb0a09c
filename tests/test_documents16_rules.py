"""Document and table rules the blind corpus tests/corpus/documents16 showed were missing, one rule each, on tiny
documents written here (python-docx, text, Markdown; SAMPLE figures and sentences of our own)."""

from __future__ import annotations

import docx
import polars as pl

from pipelines.lib.ingest import extract_file


def _docx(path, lines_before: list[str], tables: list[tuple[list[list[str]], list[tuple]]],
          lines_after: list[str] = ()) -> str:
    """A Word report: paragraphs, then each (rows, merges) as a table; merges are (r0, c0, r1, c1)."""
    d = docx.Document()
    for line in lines_before:
        d.add_paragraph(line)
    for rows, merges in tables:
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        for r0, c0, r1, c1 in merges:
            text = table.cell(r0, c0).text
            table.cell(r0, c0).merge(table.cell(r1, c1)).text = text
    for line in lines_after:
        d.add_paragraph(line)
    d.save(path)
    return str(path)


def _got(path) -> dict:
    obs = extract_file(path).observations.filter(pl.col("issue").is_null())
    return {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}


LETTERHEAD = ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Ninh Bình, ngày 24 tháng 4 năm 2026",
              "BÁO CÁO tình hình kinh tế - xã hội 4 tháng năm 2026 (văn bản mẫu, số liệu mẫu)"]


def test_a_word_table_with_periods_down_the_rows_and_indicators_across_is_read(tmp_path):
    path = _docx(tmp_path / "bao_cao.docx", LETTERHEAD, [([
        ["Kỳ báo cáo", "Thu ngân sách nhà nước (tỷ đồng)", "Khách du lịch (nghìn lượt)"],
        ["Tháng 1/2026", "901", "310"],
        ["Ước tháng 4/2026", "955", "402"],
        ["Ước 4 tháng năm 2026", "3.710", "1.420"],
        ["4 tháng 2026 so với cùng kỳ (%)", "108,5", "111,0"],
    ], [])])
    got = _got(path)
    assert got[("37", "state_budget_revenue", "2026-01", "actual")] == 901
    assert got[("37", "state_budget_revenue", "2026-04", "estimate")] == 955
    assert got[("37", "tourism_arrivals", "2026-4M", "estimate")] == 1420000
    assert got[("37", "state_budget_revenue_growth", "2026-4M", "estimate")] == 8.5


def test_a_marked_row_whose_note_says_restated_is_not_an_estimate(tmp_path):
    # the note's first sentence is about the marked row; "… là số ước tính" after it speaks of other rows
    path = _docx(tmp_path / "bao_cao.docx", LETTERHEAD, [([
        ["Kỳ báo cáo", "Thu ngân sách nhà nước (tỷ đồng)", "Khách du lịch (nghìn lượt)"],
        ["Ước 4 tháng năm 2026", "3.710", "1.420"],
        ["4 tháng năm 2025 (*)", "3.400", "1.280"],
    ], [])], ["(*) Số liệu 4 tháng năm 2025 tính theo địa giới của tỉnh sau sắp xếp. Tháng 4 năm 2026 là số ước tính."])
    got = _got(path)
    assert got[("37", "state_budget_revenue", "2025-4M", "actual")] == 3400
    assert ("37", "state_budget_revenue", "2025-4M", "estimate") not in got


RELEASE = ["THỐNG KÊ TỈNH NINH BÌNH", "Ninh Bình, ngày 04 tháng 6 năm 2026",
           "THÔNG CÁO BÁO CHÍ tình hình kinh tế - xã hội tháng 5 năm 2026 (số liệu mẫu)"]


def test_a_row_per_month_under_a_caption_naming_the_indicator_with_cumulated_columns(tmp_path):
    # the caption above the table names the indicator; "Cộng dồn" on the row of month N is the N months to date
    path = _docx(tmp_path / "thong_cao.docx", [*RELEASE, "Biểu 2. Kim ngạch xuất khẩu hàng hóa các tháng năm 2026"], [([
        ["Tháng", "Tháng (triệu USD)", "Cộng dồn (triệu USD)", "Tháng so với cùng kỳ (%)"],
        ["Tháng 1", "210,0", "210,0", "105,0"],
        ["Tháng 3", "250,5", "690,5", "96,0"],
        ["Ước tính tháng 5", "260,0", "1.190,5", "108,0"],
    ], [(1, 1, 1, 2)])])
    got = _got(path)
    assert got[("37", "export_value", "2026-01", "actual")] == 210
    assert got[("37", "export_value", "2026-Q1", "actual")] == 690.5
    assert got[("37", "export_value", "2026-5M", "estimate")] == 1190.5
    assert got[("37", "export_value_growth", "2026-03", "actual")] == -4
    assert got[("37", "export_value", "2026-05", "estimate")] == 260
    assert len([k for k in got if k[1] == "export_value"]) == 5  # January's sum is January itself


def test_an_index_by_month_against_last_year_and_not_against_the_month_before(tmp_path):
    path = _docx(tmp_path / "thong_cao.docx", [*RELEASE, "Biểu 1. Chỉ số sản xuất công nghiệp các tháng năm 2026 (%)"], [([
        ["Tháng", "So với tháng trước", "So với cùng kỳ năm trước", "Cộng dồn từ đầu năm so với cùng kỳ"],
        ["Tháng 2", "93,0", "104,0", "105,5"],
        ["Tháng 4", "101,0", "108,0", "106,5"],
    ], [])])
    got = _got(path)
    assert got[("37", "iip_growth", "2026-02", "actual")] == 4
    assert got[("37", "iip_growth", "2026-2M", "actual")] == 5.5
    assert got[("37", "iip_growth", "2026-4M", "actual")] == 6.5
    assert sorted(k[2] for k in got if k[1] == "iip_growth") == ["2026-02", "2026-04", "2026-2M", "2026-4M"]


FINANCE = ["UBND TỈNH NINH BÌNH SỞ TÀI CHÍNH", "Ninh Bình, ngày 08 tháng 4 năm 2026",
           "BÁO CÁO tình hình thu, chi ngân sách quý I năm 2026 (số liệu mẫu)"]
BUDGET_HEADER = [["STT", "Nội dung", "Dự toán năm 2026 (triệu đồng)", "Thực hiện quý I/2026 (triệu đồng)",
                  "Trong đó: tháng 3/2026 (triệu đồng)", "Cùng kỳ năm 2025 (triệu đồng)", "So sánh (%)", "So sánh (%)"],
                 ["", "", "", "", "", "", "Dự toán", "Cùng kỳ"]]
BUDGET_MERGES = [(0, 6, 0, 7), *((0, c, 1, c) for c in range(6))]


def test_a_unit_given_only_in_every_value_columns_header_is_the_rows_unit(tmp_path):
    path = _docx(tmp_path / "bao_cao.docx", FINANCE, [(BUDGET_HEADER + [
        ["A", "Tổng thu ngân sách nhà nước trên địa bàn", "9.500.000", "2.470.500", "905.250", "2.200.000", "26,0",
         "112,3"],
    ], BUDGET_MERGES)])
    got = _got(path)
    assert got[("37", "state_budget_revenue", "2026", "plan")] == 9500
    assert got[("37", "state_budget_revenue", "2026-Q1", "actual")] == 2470.5


def test_a_part_column_in_doi_leaves_the_comparisons_and_the_same_period_to_the_whole(tmp_path):
    # "Trong đó: tháng 3/2026" is a part of the quarter beside it: "Cùng kỳ" and "So sánh" are the quarter's
    path = _docx(tmp_path / "bao_cao.docx", FINANCE, [(BUDGET_HEADER + [
        ["A", "Tổng thu ngân sách nhà nước trên địa bàn", "9.500.000", "2.470.500", "905.250", "2.200.000", "26,0",
         "112,3"],
    ], BUDGET_MERGES)])
    got = _got(path)
    assert got[("37", "state_budget_revenue", "2026-03", "actual")] == 905.25
    assert got[("37", "state_budget_revenue", "2025-Q1", "actual")] == 2200
    assert got[("37", "state_budget_revenue_growth", "2026-Q1", "actual")] == 12.3
    assert got[("37", "state_budget_revenue_pct_of_estimate", "2026-Q1", "actual")] == 26
    assert not any(k[2] in ("2025-03",) or (k[1] != "state_budget_revenue" and k[2] == "2026-03") for k in got)


def test_sector_rows_under_the_grdp_growth_row_are_the_sectors_growth(tmp_path):
    path = _docx(tmp_path / "bao_cao.docx", LETTERHEAD, [([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Ước thực hiện 4 tháng 2026"],
        ["1", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "9,0", "8,1"],
        ["1.1", "Nông, lâm nghiệp và thủy sản", "%", "3,5", "3,2"],
        ["1.2", "Dịch vụ", "%", "8,0", "7,4"],
    ], [])])
    got = _got(path)
    assert got[("37", "grdp_growth", "2026", "plan")] == 9
    assert got[("37", "gva_agri_forestry_fishery_growth", "2026", "plan")] == 3.5
    assert got[("37", "gva_services_growth", "2026-4M", "estimate")] == 7.4


CLUSTER = ["CỤM THI ĐUA CÁC TỈNH MẪU", "Ninh Bình, ngày 15 tháng 7 năm 2026",
           "BÁO CÁO sơ kết thi đua 6 tháng đầu năm 2026 của Cụm (văn bản mẫu, số liệu mẫu)"]


def test_a_province_row_marked_by_a_footnote_saying_estimates_is_estimated(tmp_path):
    path = _docx(tmp_path / "cum.docx", CLUSTER, [([
        ["TT", "Tỉnh, thành phố", "Tăng trưởng GRDP (%)", "Kim ngạch xuất khẩu (triệu USD)"],
        ["1", "Ninh Bình", "8,1", "2.100,0"],
        ["2", "Hưng Yên (*)", "7,6", "3.050,5"],
    ], [])], ["(*) Hưng Yên chưa có số liệu chính thức; các số liệu của Hưng Yên trong biểu là số ước tính. Số liệu mẫu."])
    got = _got(path)
    assert got[("37", "grdp_growth", "2026-H1", "actual")] == 8.1
    assert got[("33", "grdp_growth", "2026-H1", "estimate")] == 7.6
    assert got[("33", "export_value", "2026-H1", "estimate")] == 3050.5
    assert ("33", "export_value", "2026-H1", "actual") not in got


def test_rows_naming_their_year_in_a_table_with_the_provinces_across(tmp_path):
    path = _docx(tmp_path / "cum.docx", [*CLUSTER, "Biểu 2. MỤC TIÊU NĂM 2026 CÁC TỈNH ĐĂNG KÝ"], [([
        ["Chỉ tiêu", "Ninh Bình", "Hưng Yên"],
        ["Tăng trưởng GRDP năm 2026 (%)", "10,0", "9,5"],
        ["Dự toán thu NSNN năm 2026 (tỷ đồng)", "30.500", "41.200"],
    ], [])])
    got = _got(path)
    assert got[("37", "grdp_growth", "2026", "plan")] == 10
    assert got[("33", "state_budget_revenue", "2026", "plan")] == 41200
    assert not any(k[2] == "2026-H1" for k in got)


def test_a_markdown_note_with_short_periods_and_a_bare_change_column(tmp_path):
    # "5T/2026 (ước)" is five months (its slash is a period's, not a ratio's); "Tăng (%)" is the change of the latest
    # column, already a rate; "Bán lẻ HH & DTDV tiêu dùng" is the retail sales
    path = tmp_path / "ghi_chu_ninh_binh.md"
    path.write_text("# Ninh Bình: 5 tháng đầu năm 2026 (ghi chú mẫu)\n\n*Ngày 14/6/2026 – số liệu mẫu*\n\n"
                    "Ghi chú của tỉnh Ninh Bình.\n\n"
                    "| Chỉ tiêu | 5T/2025 | 5T/2026 (ước) | Tăng (%) |\n|---|---:|---:|---:|\n"
                    "| Thu NSNN (tỷ đồng) | 6.000 | 6.600 | 10,0 |\n"
                    "| Bán lẻ HH & DTDV tiêu dùng (tỷ đồng) | 50.000 | 56.000 | 12,0 |\n", encoding="utf-8")
    got = _got(path)
    assert got[("37", "state_budget_revenue", "2026-5M", "estimate")] == 6600
    assert got[("37", "state_budget_revenue_growth", "2026-5M", "estimate")] == 10
    assert got[("37", "retail_sales_services_revenue", "2026-5M", "estimate")] == 56000
    assert got[("37", "retail_sales_services_revenue_growth", "2026-5M", "estimate")] == 12


PLAN = ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Ninh Bình, ngày 10 tháng 4 năm 2026",
        "KẾ HOẠCH thực hiện các chỉ tiêu kinh tế - xã hội năm 2026 (văn bản mẫu, số liệu mẫu)"]


def test_a_plans_scenario_table_of_sectors_by_quarter(tmp_path):
    # the rows name the GRDP and its sectors, the sentence above the measure; in a plan, the quarters not over yet and
    # the whole year are the plan's, the quarter done is the actual
    path = _docx(tmp_path / "ke_hoach.docx", [*PLAN, "Để đạt mục tiêu tăng trưởng năm 2026, tỉnh giao kịch bản tăng "
                                                      "trưởng theo quý như sau (tốc độ tăng so với cùng kỳ, %):"], [([
        ["Khu vực kinh tế", "Quý I (thực hiện)", "Quý II", "Quý III", "Quý IV", "Cả năm 2026"],
        ["Tổng sản phẩm trên địa bàn (GRDP)", "7,9", "8,8", "9,6", "10,2", "9,2"],
        ["Nông, lâm nghiệp và thủy sản", "3,1", "3,4", "3,8", "4,0", "3,6"],
        ["Dịch vụ", "7,5", "8,1", "8,9", "9,4", "8,5"],
    ], [])])
    got = _got(path)
    assert got[("37", "grdp_growth", "2026-Q1", "actual")] == 7.9
    assert got[("37", "grdp_growth", "2026-Q3", "plan")] == 9.6
    assert got[("37", "gva_agri_forestry_fishery_growth", "2026-Q2", "plan")] == 3.4
    assert got[("37", "gva_services_growth", "2026", "plan")] == 8.5
    assert not any(k[3] == "estimate" for k in got)


def test_a_ratio_to_the_years_target_is_a_share_of_the_plan_not_a_growth(tmp_path):
    path = _docx(tmp_path / "ke_hoach.docx", PLAN, [([
        ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết HĐND tỉnh năm 2026", "Kết quả quý I/2026",
         "Tỷ lệ so với chỉ tiêu năm (%)"],
        ["1", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "30.000", "7.200", "24,0"],
        ["2", "Kim ngạch xuất khẩu", "Triệu USD", "5.000", "1.100", "22,0"],
    ], [])])
    got = _got(path)
    assert got[("37", "state_budget_revenue_pct_of_estimate", "2026-Q1", "actual")] == 24
    assert not any(k[1].endswith("_growth") for k in got)


def test_a_communes_table_beside_the_whole_province_with_periods_in_the_row_labels(tmp_path):
    # the commune's column is not the province's; "Toàn tỉnh" is, each row naming its own period
    path = tmp_path / "bao_cao_xa.txt"
    path.write_text("ỦY BAN NHÂN DÂN XÃ MẪU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
                    "Số: 1/BC-UBND\tXã Mẫu, ngày 28 tháng 3 năm 2026\n\nBÁO CÁO tình hình quý I năm 2026 (số liệu mẫu)\n\n"
                    "Chỉ tiêu\tXã Mẫu\tToàn tỉnh\n"
                    "Tỷ lệ hộ nghèo đa chiều cuối năm 2025 (%)\t9,50\t3,20\n"
                    "Tỷ lệ dân số tham gia BHYT đến 31/3/2026 (%)\t93,0\t94,1\n"
                    "Số lao động được giải quyết việc làm quý I (người)\t30\t5.100\n", encoding="utf-8")
    got = _got(path)
    assert got[("37", "poverty_rate_multidim", "2025", "actual")] == 3.2
    assert got[("37", "health_insurance_coverage", "2026-Q1", "estimate")] == 94.1
    assert got[("37", "jobs_created", "2026-Q1", "estimate")] == 5100
    assert 9.5 not in got.values() and 30 not in got.values()


def test_a_report_on_the_plans_results_keeps_its_unstated_year_an_estimate(tmp_path):
    # "tình hình thực hiện kế hoạch … năm 2026" reports on the plan: its unfinished year is an estimate, not the plan
    path = _docx(tmp_path / "bao_cao.docx", ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Ninh Bình, ngày 10 tháng 4 năm 2026",
                                             "BÁO CÁO tình hình thực hiện kế hoạch phát triển KT-XH năm 2026 (số liệu mẫu)",
                                             "Tốc độ tăng trưởng theo quý (%):"],
                 [([["Khu vực kinh tế", "Quý I (thực hiện)", "Cả năm 2026"],
                    ["Tổng sản phẩm trên địa bàn (GRDP)", "7,9", "9,2"],
                    ["Nông, lâm nghiệp và thủy sản", "3,1", "3,6"],
                    ["Dịch vụ", "7,5", "8,5"]], [])])
    got = _got(path)
    assert got[("37", "grdp_growth", "2026", "estimate")] == 9.2
    assert ("37", "grdp_growth", "2026", "plan") not in got


def test_a_former_provinces_column_of_an_earlier_year_is_final_though_the_caption_speaks_of_estimates(tmp_path):
    # "số ước" in the line above the table is the status of the report's own year (2026); the former province's column
    # of five months of 2025, long over, is that province's final figure
    path = tmp_path / "ghi_chu_ninh_binh.md"
    path.write_text("# Ninh Bình: 5 tháng đầu năm 2026 (ghi chú mẫu)\n\n*Ngày 14/6/2026 – số liệu mẫu*\n\n"
                    "Cột cuối là số ước 5 tháng 2026 của tỉnh mới.\n\n"
                    "| Chỉ tiêu | Nam Định (cũ) 5T/2025 | 5T/2026 (ước) |\n|---|---:|---:|\n"
                    "| Thu NSNN (tỷ đồng) | 2.500 | 6.600 |\n", encoding="utf-8")
    obs = extract_file(path).observations.filter(pl.col("issue").is_null())
    got = {(r["province_key"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)
           if r["indicator"] == "state_budget_revenue"}
    assert got == {("36@2004", "2025-5M", "actual"): 2500, ("37@2025", "2026-5M", "estimate"): 6600}
