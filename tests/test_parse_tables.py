"""Indicator tables (XLSX, CSV) → canonical observations: layouts, traps, bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter

from pipelines.lib import observation, parse_tables, table_layout
from pipelines.lib.ingest import InputError, extract_file
from pipelines.lib.read_grid import read_csv, read_xlsx

SAMPLE_TABLES = Path(__file__).resolve().parents[1] / "data" / "sample" / "tables"


def write_appendix_xlsx(path: Path, rows: list[list], title: str = "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA") -> Path:
    """Layout A: title rows, "Năm 2023" merged over Kế hoạch | Ước thực hiện, So sánh merged over two ratios."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Phụ lục")
    ws.merge_range("A1:H1", title)
    ws.merge_range("A2:H2", "Phụ lục: Một số chỉ tiêu kinh tế - xã hội chủ yếu năm 2023")
    ws.merge_range("A3:H3", "(Kèm theo Báo cáo ngày 15 tháng 12 năm 2023)")
    for col, text in ((0, "STT"), (1, "Chỉ tiêu"), (2, "Đơn vị tính"), (3, "Thực hiện năm 2022")):
        ws.merge_range(4, col, 5, col, text)
    ws.merge_range(4, 4, 4, 5, "Năm 2023")
    ws.write_row(5, 4, ["Kế hoạch", "Ước thực hiện"])
    ws.merge_range(4, 6, 4, 7, "So sánh (%)")
    ws.write_row(5, 6, ["Ước TH 2023/TH 2022", "Ước TH 2023/KH 2023"])
    r = 6
    for row in rows:
        if isinstance(row, tuple):  # a section row merged across the table
            ws.write(r, 0, row[0])
            ws.merge_range(r, 1, r, 7, row[1])
        else:
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    ws.write_number(r, c, v)
                else:
                    ws.write_string(r, c, v)
        r += 1
    wb.close()
    return path


ROWS_A = [
    ("I", "KINH TẾ"),
    ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 22.1, 7.5, 7.9, None, None],
    ["2", "Tốc độ tăng giá trị tăng thêm", None, None, None, None, None, None],
    ["-", "Nông, lâm nghiệp và thủy sản", "%", 3.2, 3.0, 3.1, None, None],
    ["-", "Dịch vụ", "%", 24.6, 8.0, 8.2, None, None],
    ["3", "Cơ cấu GRDP", None, None, None, None, None, None],
    ["-", "Dịch vụ", "%", 51.0, 51.3, 51.2, None, None],
    ["4", "Tổng thu NSNN trên địa bàn", "Tỷ đồng", "17.500", 18000, "19.250,5", 110, 106.9],
    ["5", "Kim ngạch xuất khẩu", "Tỷ USD", 1.65, 1.7, "2,45", 148.5, None],
    ["6", "Tổng mức bán lẻ hàng hóa và doanh thu", None, None, None, None, None, None],
    [None, "dịch vụ tiêu dùng", "Tỷ đồng", 86000, 90000, 94600, 110, None],
    ["7", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "-", "x", "…", None, None],
    ("II", "VĂN HÓA - XÃ HỘI"),
    ["8", "Tỷ lệ hộ nghèo", "%", 2.4, "dưới 2", 1.8, None, None],
]


@pytest.fixture
def layout_a(tmp_path) -> pl.DataFrame:
    path = write_appendix_xlsx(tmp_path / "bao_cao.xlsx", ROWS_A)
    return parse_tables.parse_file(path).observations


def one(obs: pl.DataFrame, **where) -> dict:
    sel = obs
    for k, v in where.items():
        sel = sel.filter(pl.col(k) == v)
    assert sel.height == 1, f"{where}: {sel.height} rows"
    return sel.row(0, named=True)


def test_output_has_the_canonical_schema(layout_a):
    assert layout_a.schema == pl.Schema(observation.SCHEMA)
    assert set(layout_a["source_kind"]) == {"table_xlsx"}


def test_two_row_merged_header_gives_status_and_year(layout_a):
    growth = layout_a.filter(pl.col("indicator") == "grdp_growth").sort("locator")
    assert growth.select("status", "period", "value").rows() == [
        ("actual", "2022", 22.1), ("plan", "2023", 7.5), ("estimate", "2023", 7.9)
    ]


def test_locator_is_sheet_and_cell(layout_a):
    assert one(layout_a, indicator="grdp_growth", status="actual")["locator"] == "Phụ lục!D8"


def test_province_and_vintage_come_from_the_title(layout_a):
    assert set(layout_a["province_code"]) == {"56"}
    assert set(layout_a["vintage"]) == {dt.date(2023, 12, 15)}


def test_published_argument_wins_over_the_title_date(tmp_path):
    path = write_appendix_xlsx(tmp_path / "x.xlsx", ROWS_A)
    obs = parse_tables.parse_file(path, published=dt.date(2024, 1, 5)).observations
    assert set(obs["vintage"]) == {dt.date(2024, 1, 5)}


def test_sub_row_under_structure_is_a_share(layout_a):
    row = one(layout_a, indicator="structure_services_share", status="actual")
    assert row["value"] == 51.0 and row["unit"] == "pct_of_grdp"


def test_sub_row_under_value_added_growth_is_sector_growth(layout_a):
    assert one(layout_a, indicator="gva_services_growth", status="actual")["value"] == 24.6
    assert one(layout_a, indicator="gva_agri_forestry_fishery_growth", status="plan")["value"] == 3.0


def test_text_numbers_are_read_the_vietnamese_way(layout_a):
    assert one(layout_a, indicator="state_budget_revenue", status="actual")["value"] == 17500
    assert one(layout_a, indicator="state_budget_revenue", status="estimate")["value"] == 19250.5


def test_unit_column_tỷ_usd_converts_to_million_usd(layout_a):
    assert one(layout_a, indicator="export_value", status="estimate")["value"] == pytest.approx(2450)
    assert one(layout_a, indicator="export_value", status="actual")["value"] == pytest.approx(1650)


def test_comparison_with_last_year_becomes_growth(layout_a):
    row = one(layout_a, indicator="export_value_growth")
    assert row["value"] == pytest.approx(48.5) and row["status"] == "estimate" and row["period"] == "2023"
    assert one(layout_a, indicator="state_budget_revenue_growth")["value"] == pytest.approx(10)


def test_comparison_with_plan_is_pct_of_estimate(layout_a):
    row = one(layout_a, indicator="state_budget_revenue_pct_of_estimate")
    assert row["value"] == pytest.approx(106.9) and row["unit"] == "pct_of_plan"
    assert "KH 2023" in row["basis"]


def test_name_split_over_two_rows_is_joined(layout_a):
    row = one(layout_a, indicator="retail_sales_services_revenue", status="estimate")
    assert row["value"] == 94600
    assert "dịch vụ tiêu dùng" in row["raw_label"]


def test_dash_x_and_ellipsis_give_no_row(layout_a):
    assert layout_a.filter(pl.col("indicator") == "new_enterprises").height == 0


def test_sections_and_label_only_rows_are_not_observations(layout_a):
    assert layout_a["issue"].null_count() == layout_a.height
    assert not layout_a["raw_label"].is_in(["KINH TẾ", "Cơ cấu GRDP", "Tốc độ tăng giá trị tăng thêm"]).any()


def test_less_than_in_a_cell_is_a_qualifier(layout_a):
    row = one(layout_a, indicator="poverty_rate_multidim", status="plan")
    assert row["qualifier"] == "less_than" and row["value"] == 2
    assert one(layout_a, indicator="poverty_rate_multidim", status="actual")["qualifier"] == "exact"


def test_snippet_has_the_label_and_unit(layout_a):
    row = one(layout_a, indicator="export_value", status="actual")
    assert "Kim ngạch xuất khẩu" in row["snippet"] and "Tỷ USD" in row["snippet"]
    assert row["raw_value"] == "1.65"


def test_unit_inside_the_name_and_short_headers(tmp_path):
    path = tmp_path / "dak_lak_2023.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, "PHỤ LỤC MỘT SỐ CHỈ TIÊU NĂM 2023")
    ws.write_row(2, 0, ["STT", "Chỉ tiêu", "TH 2022", "KH 2023", "Ước TH 2023", "So sánh (%)"])
    ws.write_row(3, 0, ["1", "Kim ngạch nhập khẩu (triệu USD)", 300, 310, 330, 110])
    ws.write_row(4, 0, ["2", "Tỷ lệ che phủ rừng (%)", 39.4, "trên 39,5", 39.6])
    wb.close()
    obs = parse_tables.parse_file(path).observations
    assert set(obs["province_code"]) == {"66"}  # from the file name
    assert one(obs, indicator="import_value", status="actual")["value"] == 300
    assert one(obs, indicator="import_value_growth")["value"] == pytest.approx(10)
    plan = one(obs, indicator="forest_cover", status="plan")
    assert plan["qualifier"] == "more_than" and plan["value"] == 39.5


def test_number_cell_1_234_stays_a_number_and_text_1_234_is_thousands(tmp_path):
    path = tmp_path / "khanh_hoa_2023.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("S")
    ws.write_row(0, 0, ["STT", "Chỉ tiêu", "ĐVT", "TH 2022", "Ước TH 2023"])
    ws.write(1, 0, "1")
    ws.write(1, 1, "Kim ngạch xuất khẩu")
    ws.write(1, 2, "Tỷ USD")
    ws.write_number(1, 3, 1.234)
    ws.write_string(1, 4, "1.234")
    wb.close()
    obs = parse_tables.parse_file(path).observations
    assert one(obs, status="actual")["value"] == pytest.approx(1234)  # 1,234 tỷ USD
    assert one(obs, status="estimate")["value"] == pytest.approx(1_234_000)  # "1.234" tỷ USD


def test_broken_cell_and_unknown_indicator_keep_their_rows(tmp_path):
    rows = [
        ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 8.4, 8.0, "12,3a", None, None],
        ["2", "Chỉ số ABC", "%", 1.5, 2.0, 2.5, None, None],
        ["3", "Kim ngạch xuất khẩu", "Triệu USD", 180, 190, 200, None, None],
        ["4", "Tỷ lệ che phủ rừng", "tấn", 40, 41, 42, None, None],
    ]
    obs = parse_tables.parse_file(write_appendix_xlsx(tmp_path / "a.xlsx", rows)).observations
    broken = one(obs, locator="Phụ lục!F7")
    assert broken["value"] is None and broken["raw_value"] == "12,3a" and broken["indicator"] == "grdp_growth"
    assert broken["issue"] == "Phụ lục!F7: '12,3a' is not a number; correct the cell"
    unknown = obs.filter(pl.col("raw_label") == "Chỉ số ABC")
    assert unknown.height == 3 and unknown["indicator"].null_count() == 3
    assert "'Chỉ số ABC' is not in the catalogue" in unknown["issue"][0]
    assert "aliases_tables.csv" in unknown["issue"][0]
    bad_unit = one(obs, indicator="forest_cover", status="actual")
    assert bad_unit["value"] is None and "tấn" in bad_unit["issue"]
    assert one(obs, indicator="export_value", status="estimate")["issue"] is None
    assert one(obs, indicator="grdp_growth", status="plan")["value"] == 8.0


def test_unknown_province_still_yields_rows_with_issue(tmp_path):
    path = write_appendix_xlsx(tmp_path / "bao_cao.xlsx", ROWS_A[:2], title="ỦY BAN NHÂN DÂN")
    obs = parse_tables.parse_file(path).observations
    assert obs.height == 3
    assert obs["province_code"].null_count() == 3
    assert all("no province found" in i for i in obs["issue"])


def test_province_column_names_the_province_per_row(tmp_path):
    path = tmp_path / "cum.csv"
    path.write_text(
        "Tỉnh,Chỉ tiêu,ĐVT,TH 2022\nKhánh Hoà,Tăng trưởng GRDP,%,\"22,1\"\nTỉnh Atlantis,Tăng trưởng GRDP,%,\"5,0\"\n",
        encoding="utf-8",
    )
    obs = parse_tables.parse_file(path).observations
    assert one(obs, raw_value="22,1")["province_code"] == "56"
    bad = one(obs, raw_value="5,0")
    assert bad["province_code"] is None and "Atlantis" in bad["issue"] and bad["value"] == 5.0


CSV_ROWS = [
    ["UBND TỈNH LÂM ĐỒNG", "", "", "", "", ""],
    ["Phụ lục: Một số chỉ tiêu kinh tế - xã hội chủ yếu (ngày 14 tháng 12 năm 2023)", "", "", "", "", ""],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2022", "Kế hoạch 2023", "Ước thực hiện 2023", "So với cùng kỳ (%)"],
    ["I", "KINH TẾ", "", "", "", "", ""],
    ["1", "Tốc độ tăng trưởng GRDP", "%", "12,3", "8,0", "8,6", ""],
    ["2", "Cơ cấu kinh tế", "", "", "", "", ""],
    ["2.1", "Dịch vụ", "%", "42,5", "43", "42,8", ""],
    ["3", "Kim ngạch xuất khẩu", "Triệu USD", "1.100", "1.161,6", "4.518,7", "112,5"],
    ["4", "Tổng lượt khách du lịch", "Nghìn lượt", "8.500", "9.000", "9.350", "110"],
]


def _csv_text(rows, sep):
    return "\r\n".join(sep.join(f'"{c}"' if sep in c else c for c in row) for row in rows) + "\r\n"


@pytest.mark.parametrize(
    "encoding,sep",
    [("utf-8", ","), ("utf-8-sig", ","), ("utf-8", ";"), ("cp1258", ";"), ("utf-16", "\t")],  # utf-16: with its BOM
)
def test_csv_in_every_encoding_and_separator(tmp_path, encoding, sep):
    text = _csv_text(CSV_ROWS, sep)
    if encoding == "cp1258":
        import importlib.util

        spec = importlib.util.spec_from_file_location("mst", SAMPLE_TABLES.parent / "make_sample_tables.py")
        mst = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mst)
        data = mst.to_cp1258(text)
        assert b"\xec" in data  # a combining acute, as Windows-1258 writes "ố"
    else:
        data = text.encode(encoding)
    path = tmp_path / f"bao_cao_{encoding}.csv"
    path.write_bytes(data)
    obs = parse_tables.parse_file(path).observations
    assert set(obs["source_kind"]) == {"table_csv"}
    assert set(obs["province_code"]) == {"68"}
    assert set(obs["vintage"]) == {dt.date(2023, 12, 14)}
    assert one(obs, indicator="export_value", status="estimate")["value"] == pytest.approx(4518.7)
    assert one(obs, indicator="export_value_growth")["value"] == pytest.approx(12.5)
    assert one(obs, indicator="structure_services_share", status="plan")["value"] == 43
    assert one(obs, indicator="tourism_arrivals", status="actual")["value"] == 8_500_000
    assert one(obs, indicator="export_value", status="actual")["locator"] == "row 8, col 4"
    assert obs["issue"].null_count() == obs.height


def test_windows_1258_combining_tone_marks_become_nfc(tmp_path):
    path = tmp_path / "lam_dong_2023.csv"
    # "Chỉ tiêu", "Tốc độ tăng trưởng GRDP" as Windows-1258 writes them: base letter + combining tone mark
    path.write_bytes(b"STT;Chi\xd2 ti\xeau;TH 2022\r\n1;T\xf4\xecc \xf0\xf4\xf2 t\xe3ng tr\xfd\xf5\xd2ng GRDP;12,3\r\n")
    assert read_csv(path).rows[1][1] == "Tốc độ tăng trưởng GRDP"  # NFC, precomposed
    row = one(parse_tables.parse_file(path).observations, indicator="grdp_growth")
    assert row["value"] == 12.3 and row["province_code"] == "68"


def test_province_from_a_code_in_the_file_name(tmp_path):
    path = tmp_path / "56_2023.csv"
    path.write_text("STT,Chỉ tiêu,ĐVT,TH 2022\n1,Tăng trưởng kinh tế,%,\"22,1\"\n", encoding="utf-8")
    obs = parse_tables.parse_file(path).observations
    assert one(obs, indicator="grdp_growth")["province_code"] == "56"


def test_vintage_falls_back_to_the_file_date(tmp_path):
    import os

    path = tmp_path / "khanh_hoa.csv"
    path.write_text("STT,Chỉ tiêu,ĐVT,TH 2022\n1,Tăng trưởng kinh tế,%,5\n", encoding="utf-8")
    stamp = dt.datetime(2023, 3, 30, 12).timestamp()
    os.utime(path, (stamp, stamp))
    assert parse_tables.parse_file(path).observations["vintage"][0] == dt.date(2023, 3, 30)


def test_corrupt_xlsx_raises_input_error(tmp_path):
    path = tmp_path / "hong.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InputError) as err:
        parse_tables.parse_file(path)
    assert err.value.path == str(path) and "xlsx" in err.value.problem


def test_table_without_header_raises_input_error_naming_the_fix(tmp_path):
    path = tmp_path / "no_header.xlsx"
    wb = xlsxwriter.Workbook(path)
    wb.add_worksheet("Data").write_row(0, 0, ["a", 1, 2])
    wb.close()
    with pytest.raises(InputError) as err:
        parse_tables.parse_file(path)
    assert "Chỉ tiêu" in err.value.problem and err.value.place == "Data"


def test_merged_ranges_are_filled_and_marked(tmp_path):
    path = write_appendix_xlsx(tmp_path / "m.xlsx", ROWS_A[:2])
    grid = read_xlsx(path)[0]
    assert grid.cell(4, 5) == "Năm 2023" and grid.own(4, 5) is None and grid.own(4, 4) == "Năm 2023"
    assert grid.cell(5, 1) == "Chỉ tiêu" and (5, 1) in grid.filled


def test_extract_file_dispatches_to_the_table_parser(tmp_path):
    path = write_appendix_xlsx(tmp_path / "a.xlsx", ROWS_A)
    result = extract_file(path, name="inbox/a.xlsx")
    assert set(result.observations["source"]) == {"inbox/a.xlsx"}
    assert any(s["reason"] == "section heading" for s in result.skipped)


# ------------------------------------------------------------------ the bundled sample tables

SEED_2022_GROWTH = {"56": 22.1, "68": 12.3, "49": 11.6}
CLUSTER = {"66", "67", "68", "64", "62", "54", "56", "52", "49", "51"}
REQUIRED = {
    "grdp_growth", "gva_agri_forestry_fishery_growth", "gva_industry_construction_growth", "gva_services_growth",
    "structure_agriculture_share", "structure_industry_construction_share", "structure_services_share",
    "structure_product_taxes_share", "grdp_per_capita", "state_budget_revenue", "total_social_investment",
    "export_value", "import_value", "retail_sales_services_revenue", "tourism_arrivals", "poverty_rate_multidim",
    "forest_cover", "new_enterprises", "trained_labour_rate", "health_insurance_coverage",
}


@pytest.fixture(scope="module")
def sample_obs() -> pl.DataFrame:
    files = sorted(p for p in SAMPLE_TABLES.iterdir() if not p.name.startswith("zz_"))
    return pl.concat([parse_tables.parse_file(p).observations for p in files])


def test_sample_tables_cover_every_province_year_and_indicator(sample_obs):
    assert sample_obs["issue"].null_count() == sample_obs.height
    for year in ("2022", "2023"):
        got = sample_obs.filter(pl.col("period") == year, pl.col("status") != "plan")
        for code in CLUSTER:
            have = set(got.filter(pl.col("province_code") == code)["indicator"])
            assert REQUIRED <= have, (code, year, REQUIRED - have)
    assert sample_obs.filter(pl.col("indicator") == "state_budget_revenue", pl.col("status") == "plan").height >= 20


def test_sample_khanh_hoa_leads_2022_growth_with_the_seed_facts(sample_obs):
    actual = sample_obs.filter(pl.col("indicator") == "grdp_growth", pl.col("period") == "2022", pl.col("status") == "actual")
    by_code = dict(actual.select("province_code", "value").rows())
    assert set(by_code) == CLUSTER
    for code, value in SEED_2022_GROWTH.items():
        assert by_code[code] == value
    assert max(by_code, key=by_code.get) == "56"


def test_sample_structure_shares_sum_to_100(sample_obs):
    shares = sample_obs.filter(pl.col("unit") == "pct_of_grdp", pl.col("status") == "actual")
    sums = shares.group_by("province_code", "period", "source").agg(pl.col("value").sum())
    assert sums.height >= 20
    assert all(abs(s - 100) < 0.05 for s in sums["value"])


def test_sample_flawed_files_carry_issues_or_implausible_values():
    broken = parse_tables.parse_file(SAMPLE_TABLES / "zz_loi_mau_o_so_hong_va_chi_tieu_la_phu_yen_2023.xlsx").observations
    assert broken.filter(pl.col("issue").is_not_null()).height >= 2
    assert broken.filter(pl.col("issue").is_null()).height >= 3
    growth = parse_tables.parse_file(SAMPLE_TABLES / "zz_loi_mau_tang_truong_300_phan_tram_kon_tum_2023.csv").observations
    assert one(growth, period="2023")["value"] == 300


# ------------------------------------------------------------------ monthly reports


@pytest.mark.parametrize("header, suffix", [
    ("Thực hiện tháng 9", "-09"), ("Ước tháng 10", "-10"), ("Tháng 9/2023", "-09"), ("tháng 9 năm 2023", "-09"),
    ("Cộng dồn 9 tháng", "-9M"), ("Lũy kế 9 tháng", "-9M"), ("9 tháng năm 2023", "-9M"),
    # the spans a report names otherwise get the report's code (observation.months_to_date)
    ("Ước TH 6 tháng đầu năm", "-H1"), ("Lũy kế 3 tháng", "-Q1"), ("Cộng dồn 12 tháng", ""),
    ("Ước TH 2023", None), ("Kế hoạch năm 2023", None),  # no months named: the column's year is the period
])
def test_monthly_headers_name_a_month_or_year_to_date(header, suffix):
    from pipelines.lib import table_layout

    assert table_layout.column_period(header) == suffix


def test_monthly_report_gives_month_and_year_to_date_periods(tmp_path):
    path = tmp_path / "gia_lai_2023_thang_9.csv"
    rows = [
        ["UBND TỈNH GIA LAI - TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 9 NĂM 2023 (ngày 29 tháng 9 năm 2023)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện tháng 8", "Ước tháng 9", "Cộng dồn 9 tháng", "So với cùng kỳ (%)"],
        ["1", "Kim ngạch xuất khẩu", "Triệu USD", "70,5", "75,2", "610,4", "108,5"],
    ]
    path.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in rows), encoding="utf-8")
    obs = extract_file(path).observations
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {
        ("export_value", "2023-08", "actual"): 70.5,
        ("export_value", "2023-09", "estimate"): 75.2,
        ("export_value", "2023-9M", "estimate"): 610.4,
        ("export_value_growth", "2023-9M", "estimate"): pytest.approx(8.5),
    }
    assert obs["issue"].null_count() == obs.height


def test_wide_monthly_table_under_a_merged_year_header(tmp_path):
    path = tmp_path / "wide.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, "TỈNH KON TUM - SỐ LIỆU THEO THÁNG NĂM 2022 (ngày 30 tháng 12 năm 2022)")
    ws.write_row(1, 0, ["STT", "Chỉ tiêu", "ĐVT"])
    ws.merge_range(1, 3, 1, 5, "Năm 2022")
    ws.write_row(2, 3, ["Tháng 1", "Tháng 2", "Cộng dồn 2 tháng"])
    ws.write_row(3, 0, ["1", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", 1400.0, 1300.0, 2700.0])
    wb.close()
    obs = extract_file(path).observations
    assert sorted(obs["period"].to_list()) == ["2022-01", "2022-02", "2022-2M"]
    assert set(obs["province_code"]) == {"62"}


def test_a_table_and_a_report_name_the_first_half_year_alike(tmp_path):
    from pipelines.lib import narrative

    table = tmp_path / "phu_yen_2024_6_thang.csv"
    table.write_text("UBND TỈNH PHÚ YÊN (số liệu mẫu)\nSTT,Chỉ tiêu,Đơn vị tính,Ước TH 6 tháng đầu năm 2024\n"
                     "1,Kim ngạch xuất khẩu,Triệu USD,\"150,5\"\n", encoding="utf-8")
    rows, _ = narrative.extract_text("Sáu tháng đầu năm 2024, kim ngạch xuất khẩu của tỉnh ước đạt 150,5 triệu USD.",
                                     2024, dt.date(2024, 6, 25), default_province="Phú Yên")
    from_table = extract_file(table).observations.row(0, named=True)
    assert [(r["indicator"], r["period"]) for r in rows] == [(from_table["indicator"], from_table["period"])]
    assert from_table["period"] == "2024-H1"


def test_mid_2025_report_names_the_province_of_its_date(tmp_path):
    path = tmp_path / "ha_giang_2025_06.csv"
    rows = [
        ["UBND TỈNH HÀ GIANG - BÁO CÁO THÁNG 6 NĂM 2025 (ngày 28 tháng 6 năm 2025)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước tháng 6", "Cộng dồn 6 tháng"],
        ["1", "Kim ngạch xuất khẩu", "Triệu USD", "10,5", "60,2"],
    ]
    path.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in rows), encoding="utf-8")
    obs = extract_file(path).observations
    assert set(obs["province_code"]) == {"02"} and set(obs["period"]) == {"2025-06", "2025-H1"}


def write_rows(path: Path, rows: list[list], sheet: str = "Sheet1") -> Path:
    """A one-sheet workbook of `rows` from A1: numbers as number cells, text as text cells, None left empty."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str):
                ws.write_string(r, c, value)
            elif value is not None:
                ws.write_number(r, c, value)
    wb.close()
    return path


def one_row_table(path: Path, title: str, columns: list[str], label: str, unit: str, values: list) -> Path:
    """A workbook of one indicator row under "STT | Chỉ tiêu | Đơn vị tính | *columns*", below a title row."""
    return write_rows(path, [[title], ["STT", "Chỉ tiêu", "Đơn vị tính", *columns], ["1", label, unit, *values]])


def _short_table(path: Path, title_rows: list[str], header: list[str]) -> Path:
    return write_rows(path, [[t] for t in title_rows] + [["STT", "Chỉ tiêu", "Đơn vị tính", *header],
                                                          ["1", "Tốc độ tăng trưởng GRDP", "%"] + [7.5] * len(header)])


@pytest.mark.parametrize("name, title_rows, header, code", [
    # the year only in the file name: Gia Lai as it was in 2023 (64), not the merged Gia Lai of today (52)
    ("gia_lai_2023.xlsx", ["ỦY BAN NHÂN DÂN TỈNH GIA LAI"], ["Kế hoạch 2023"], "64"),
    # a report dated before 1 July 2025 names the province of that day; one dated after, the merged one
    ("bao_cao_6_thang.xlsx", ["UBND TỈNH GIA LAI", "Báo cáo ngày 15 tháng 6 năm 2025"], ["Ước TH 6 tháng 2025"], "64"),
    ("bao_cao_nam.xlsx", ["UBND TỈNH GIA LAI", "Báo cáo ngày 10 tháng 12 năm 2025"], ["Ước TH 2025"], "52"),
])
def test_the_title_names_the_province_as_it_was_when_the_report_was_written(tmp_path, name, title_rows, header, code):
    obs = parse_tables.parse_file(_short_table(tmp_path / name, title_rows, header)).observations
    assert obs.height == 1 and obs["province_code"].to_list() == [code]
    assert obs["issue"].to_list() == [None]


def _plan_cell(path: Path, cell: str) -> dict:
    """The plan observation of a one-row Gia Lai 2023 table whose "Kế hoạch 2023" cell is the text `cell`."""
    write_rows(path, [["UBND TỈNH GIA LAI"], ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2023", "Ước TH 2023"],
                      ["1", "Tốc độ tăng trưởng GRDP", "%", cell, 7.1]])
    return one(parse_tables.parse_file(path).observations, status="plan")


@pytest.mark.parametrize("cell, value, qualifier", [
    ("7-7,5", 7.25, "about"), ("7 – 7,5%", 7.25, "about"), ("từ 7 đến 8", 7.5, "about"),
    ("1.200-1.300", 1250.0, "about"), ("trên 7", 7.0, "more_than"),
])
def test_a_range_in_a_plan_cell_is_its_midpoint_about(tmp_path, cell, value, qualifier):
    plan = _plan_cell(tmp_path / "gia_lai_2023.xlsx", cell)
    assert (plan["value"], plan["qualifier"], plan["raw_value"], plan["issue"]) == (value, qualifier, cell, None)


@pytest.mark.parametrize("cell", ["8-7", "7-abc"])
def test_a_backward_or_worded_range_is_not_a_number(tmp_path, cell):
    plan = _plan_cell(tmp_path / "gia_lai_2023.xlsx", cell)
    assert plan["value"] is None and "is not a number" in plan["issue"]


def test_a_planned_fall_in_a_growth_row_is_a_negative_range(tmp_path):
    plan = _plan_cell(tmp_path / "gia_lai_2023.xlsx", "giảm 0,5-1%")  # the row is a growth rate: the change is it
    assert (plan["value"], plan["qualifier"], plan["issue"]) == (-0.75, "about", None)


@pytest.mark.parametrize("label, cell, value", [
    ("Chỉ số sản xuất công nghiệp", 106.1, 6.1),  # the index, same period last year = 100
    ("Chỉ số giá tiêu dùng bình quân", 103.25, 3.25),
    ("Chỉ số sản xuất công nghiệp", 6.1, 6.1),  # too small for an index: a rate already
    ("Tốc độ tăng chỉ số sản xuất công nghiệp", 6.1, 6.1),  # the rate, named as such
])
def test_an_index_row_is_read_as_the_rate_it_gives(tmp_path, label, cell, value):
    path = one_row_table(tmp_path / "gia_lai_2023.xlsx", "UBND TỈNH GIA LAI (số liệu mẫu)", ["Ước TH 2023"], label, "%",
                         [cell])
    (row,) = parse_tables.parse_file(path).observations.iter_rows(named=True)
    assert row["value"] == pytest.approx(value) and row["unit"] == "pct_yoy" and row["issue"] is None


def test_tables_one_under_the_other_are_each_read_with_their_own_header(tmp_path):
    path = write_rows(tmp_path / "quang_nam_2023.xlsx", [
        ["UBND TỈNH QUẢNG NAM (số liệu mẫu)"],
        ["Biểu 1: Chỉ tiêu kinh tế"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2022", "Ước TH 2023"],
        ["1", "Tốc độ tăng trưởng GRDP", "%", 11.6, 7.0],
        [],
        ["Biểu 2: Chỉ tiêu xã hội năm 2024"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2023", "Ước TH 2023", "Kế hoạch 2024"],
        ["1", "Tỷ lệ hộ nghèo", "%", 4.5, 4.6, 3.5],
    ])
    obs = parse_tables.parse_file(path).observations
    got = {(r["locator"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {
        ("Sheet1!D4", "grdp_growth", "2022", "actual"): 11.6, ("Sheet1!E4", "grdp_growth", "2023", "estimate"): 7.0,
        # the second table's own columns, not the first one's: 4.5 is the 2023 plan, and F holds the 2024 plan
        ("Sheet1!D8", "poverty_rate_multidim", "2023", "plan"): 4.5,
        ("Sheet1!E8", "poverty_rate_multidim", "2023", "estimate"): 4.6,
        ("Sheet1!F8", "poverty_rate_multidim", "2024", "plan"): 3.5,
    }
    assert set(obs["province_code"]) == {"49"} and obs["issue"].null_count() == obs.height


def test_a_label_header_merged_down_three_rows_is_not_a_second_table(tmp_path):
    # "Chỉ tiêu" merged over three header rows: the copy in the third row is not the header of another table
    path = tmp_path / "phu_yen_2023.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Sheet1")
    ws.write_string(0, 0, "UBND TỈNH PHÚ YÊN (số liệu mẫu)")
    for col, text in ((0, "STT"), (1, "Chỉ tiêu"), (2, "Đơn vị tính")):
        ws.merge_range(1, col, 3, col, text)
    ws.merge_range(1, 3, 1, 4, "Năm 2023")
    ws.write_row(2, 3, ["Kế hoạch", "Ước thực hiện"])
    ws.write_row(3, 3, ["(Nghị quyết)", "(ước)"])
    ws.write_row(4, 0, ["1", "Tốc độ tăng trưởng GRDP", "%"])
    ws.write_row(4, 3, [7.5, 7.9])
    wb.close()
    assert table_layout.find_headers(read_xlsx(path)[0]) == [1]
    obs = parse_tables.parse_file(path).observations
    assert {(r["locator"], r["status"]): r["value"] for r in obs.iter_rows(named=True)} == {
        ("Sheet1!D5", "plan"): 7.5, ("Sheet1!E5", "estimate"): 7.9}


def test_a_table_with_a_row_per_province_and_a_column_per_indicator(tmp_path):
    # how a cluster's secretariat compares its members; the units in the row under the header
    path = write_rows(tmp_path / "tong_hop_cum.xlsx", [
        ["BẢNG TỔNG HỢP ƯỚC THỰC HIỆN NĂM 2023 CÁC TỈNH TRONG CỤM (số liệu mẫu)"],
        ["STT", "Tỉnh", "Tốc độ tăng trưởng GRDP", "Thu ngân sách nhà nước", "Kế hoạch 2024 thu ngân sách nhà nước", "Ghi chú"],
        [None, None, "%", "Tỷ đồng", "Tỷ đồng", None],
        ["1", "Khánh Hòa", 7.0, "18.200", 19000, "đạt"],
        ["2", "Lâm Đồng", "7,5", 11200, "-", None],
        ["3", "Tỉnh ABC", 6.0, None, None, None],
        [None, "Toàn cụm", 7.1, 29400, None, None],
    ], sheet="Tổng hợp")
    result = parse_tables.parse_file(path)
    obs = result.observations
    clean = obs.filter(obs["issue"].is_null())
    got = {(r["locator"], r["province_code"], r["indicator"], r["period"], r["status"]): r["value"]
           for r in clean.iter_rows(named=True)}
    assert got == {
        ("Tổng hợp!C4", "56", "grdp_growth", "2023", "estimate"): 7.0,
        ("Tổng hợp!D4", "56", "state_budget_revenue", "2023", "estimate"): 18200,
        ("Tổng hợp!E4", "56", "state_budget_revenue", "2024", "plan"): 19000,
        ("Tổng hợp!C5", "68", "grdp_growth", "2023", "estimate"): 7.5,
        ("Tổng hợp!D5", "68", "state_budget_revenue", "2023", "estimate"): 11200,
    }
    (unknown,) = obs.filter(obs["issue"].is_not_null()).iter_rows(named=True)
    assert unknown["locator"] == "Tổng hợp!C6" and "Tỉnh ABC" in unknown["issue"]
    reasons = {s["reason"] for s in result.skipped}
    assert "aggregate row, not a province" in reasons  # "Toàn cụm" is not loaded as a province
    assert any("Ghi chú" in r and "alias" in r for r in reasons)


@pytest.mark.parametrize("formula_column", ["E", "F"])  # F: beyond every cell that holds a value
def test_a_formula_saved_without_its_value_is_quarantined_with_the_fix(tmp_path, formula_column):
    import openpyxl  # writes formulas without computing them, as some exporting programs do

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["UBND TỈNH KON TUM (số liệu mẫu)"], ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2022", "Ước TH 2023",
                                                     "Kế hoạch 2024"],
                ["1", "Thu ngân sách nhà nước", "Tỷ đồng", 3000, 3300]]:
        ws.append(row)
    ws[f"{formula_column}3"] = "=D3*1.1"
    wb.save(tmp_path / "kon_tum_2023.xlsx")
    obs = parse_tables.parse_file(tmp_path / "kon_tum_2023.xlsx").observations
    cell = one(obs, locator=f"Sheet!{formula_column}3")
    assert cell["value"] is None and "formula '=D3*1.1' was saved without its value" in cell["issue"]
    assert one(obs, locator="Sheet!D3")["value"] == 3000


def test_a_workbook_with_a_sheet_per_province_names_each_sheets_province(tmp_path):
    path = tmp_path / "tong_hop_cum_2023.xlsx"
    wb = xlsxwriter.Workbook(path)
    for sheet, value in (("Khánh Hòa", 7.0), ("Lâm Đồng", 7.5)):
        ws = wb.add_worksheet(sheet)
        ws.write_row(0, 0, ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước TH 2023"])
        ws.write_row(1, 0, ["1", "Tốc độ tăng trưởng GRDP", "%", value])
    wb.close()
    obs = parse_tables.parse_file(path).observations
    assert {(r["locator"], r["province_code"]): r["value"] for r in obs.iter_rows(named=True)} == {
        ("Khánh Hòa!D2", "56"): 7.0, ("Lâm Đồng!D2", "68"): 7.5}
    assert obs["issue"].null_count() == obs.height


def test_every_table_alias_names_a_catalogue_code_and_is_found_by_it():
    import csv

    from pipelines.lib import catalogue
    from pipelines.lib.reference_data import reference_dir

    with (reference_dir() / "indicators" / "aliases_tables.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    codes = set(catalogue.indicators())
    assert len(rows) > 50
    for r in rows:
        assert r["code"] in codes, r
        assert catalogue.match_indicator(r["alias"]) == r["code"], r


def test_a_later_table_whose_header_has_years_typed_as_numbers_is_a_table_too(tmp_path):
    path = write_rows(tmp_path / "quang_nam_2024.xlsx", [
        ["UBND TỈNH QUẢNG NAM (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2024"],
        ["1", "Tỷ lệ hộ nghèo", "%", 3.5],
        [],
        ["STT", "Chỉ tiêu", "Đơn vị tính", 2022.0, 2023.0],  # years typed as numbers
        ["1", "Tốc độ tăng trưởng GRDP", "%", 11.6, 7.0],
    ])
    obs = parse_tables.parse_file(path).observations
    got = {(r["locator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("Sheet1!D3", "2024", "plan"): 3.5, ("Sheet1!D6", "2022", "actual"): 11.6,
                   ("Sheet1!E6", "2023", "actual"): 7.0}


def test_a_column_over_several_years_is_not_read_as_its_last_year(tmp_path):
    path = one_row_table(tmp_path / "khanh_hoa_ke_hoach.xlsx", "UBND TỈNH KHÁNH HÒA - KẾ HOẠCH 5 NĂM 2021-2025 (số liệu mẫu)",
                         ["Tháng 1 năm 2024", "Năm 2024", "Bình quân giai đoạn 2021-2025", "Mục tiêu đến năm 2025"],
                         "Tốc độ tăng trưởng GRDP", "%", [6.9, 7.5, 7.2, 8.0])
    result = parse_tables.parse_file(path)
    got = {(r["locator"], r["period"], r["status"]): r["value"] for r in result.observations.iter_rows(named=True)}
    assert got == {("Sheet1!D3", "2024-01", "actual"): 6.9, ("Sheet1!E3", "2024", "actual"): 7.5,
                   ("Sheet1!G3", "2025", "plan"): 8.0}  # 7.2, the average of 2021-2025, is no year's value
    assert any("Bình quân giai đoạn 2021-2025" in s["snippet"] and "several years" in s["snippet"]
               for s in result.skipped)


def test_same_period_last_year_takes_the_part_of_the_year_of_the_report(tmp_path):
    path = one_row_table(tmp_path / "gia_lai_2023_11_thang.xlsx", "UBND TỈNH GIA LAI - TÌNH HÌNH 11 THÁNG NĂM 2023 (số liệu mẫu)",
                         ["Thực hiện 11 tháng 2023", "Cùng kỳ năm trước", "So với cùng kỳ (%)", "Cùng kỳ năm 2021"],
                         "Kim ngạch xuất khẩu", "Triệu USD", [610.4, 560.0, 109.0, 500.0])
    obs = parse_tables.parse_file(path).observations
    got = {(r["locator"], r["indicator"], r["period"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {
        ("Sheet1!D3", "export_value", "2023-11M"): 610.4,  # "11 tháng 2023" is year to date, not the year
        ("Sheet1!E3", "export_value", "2022-11M"): 560.0,  # the same eleven months, a year before
        ("Sheet1!F3", "export_value_growth", "2023-11M"): pytest.approx(9.0),
        ("Sheet1!G3", "export_value", "2021-11M"): 500.0,
    }


@pytest.mark.parametrize("unit, label, cell, value", [
    ("Tỷ đ", "Thu ngân sách nhà nước", 3000, 3000), ("Tr.đ", "Thu ngân sách nhà nước", 3_000_000, 3000),
    ("1.000 USD", "Kim ngạch xuất khẩu", 150_000, 150), ("Tr.đồng/người", "GRDP bình quân đầu người", 72.1, 72.1),
    ("%/năm", "Tốc độ tăng trưởng GRDP", 7.5, 7.5),
])
def test_unit_abbreviations_as_offices_write_them(tmp_path, unit, label, cell, value):
    path = one_row_table(tmp_path / "gia_lai_2023.xlsx", "UBND TỈNH GIA LAI (số liệu mẫu)", ["Ước TH 2023"], label, unit,
                         [cell])
    (row,) = parse_tables.parse_file(path).observations.iter_rows(named=True)
    assert row["issue"] is None and row["value"] == pytest.approx(value)


def test_income_per_head_is_monthly_when_its_unit_says_so(tmp_path):
    path = write_rows(tmp_path / "phu_yen_2023.xlsx", [
        ["TỈNH PHÚ YÊN - KẾT QUẢ NĂM 2023 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện 2022", "Ước thực hiện 2023"],
        ["Thu nhập bình quân đầu người", "Triệu đồng/người/tháng", 3.9, 4.2],
        ["Thu nhập bình quân đầu người", "Triệu đồng/người/năm", 46.8, 50.4]])
    obs = extract_file(path).observations
    monthly = obs.filter(pl.col("indicator") == "income_per_capita_monthly")
    assert dict(zip(monthly["period"], monthly["value"])) == {"2022": 3.9, "2023": 4.2}
    # a yearly income has no catalogue code: quarantined with the row, not read as the monthly one
    yearly = obs.filter(pl.col("raw_value").is_in(["46.8", "50.4"]))
    assert yearly.height == 2 and yearly["indicator"].is_null().all() and yearly["issue"].is_not_null().all()


@pytest.mark.parametrize("text, want", [
    ("(3,2)", ("exact", -3.2, True)),  # an accountant's negative
    ("( 1.234,5 )", ("exact", -1234.5, True)),
    ("7,5 (*)", ("exact", 7.5, True)),  # a footnote mark, not a negative
    ("(*)", ("exact", None, True)),
    ("(ghi chú)", ("exact", None, False)),
])
def test_cell_texts_read_as_numbers(text, want):
    assert parse_tables._number_of(text) == want


@pytest.mark.parametrize("note, want", [
    ("Đơn vị tính: Triệu đồng", {("plan",): 5800.0, ("estimate",): 6120.5}),
    ("(ĐVT: nghìn tỷ đồng)", {("plan",): 5800000000.0, ("estimate",): 6120500000.0}),
])
def test_a_unit_above_the_header_applies_to_rows_without_their_own(tmp_path, note, want):
    path = write_rows(tmp_path / "phu_yen_2023.xlsx", [
        ["UBND TỈNH PHÚ YÊN"], ["BÁO CÁO THU NGÂN SÁCH NĂM 2023 (số liệu mẫu)"], [None, None, None, note],
        ["STT", "Chỉ tiêu", "Dự toán 2023", "Ước thực hiện 2023"],
        ["1", "Tổng thu ngân sách nhà nước trên địa bàn", 5800000, 6120500],
        ["2", "Kim ngạch xuất khẩu (triệu USD)", 610, 655]])  # its own unit wins
    obs = extract_file(path).observations
    budget = obs.filter(pl.col("indicator") == "state_budget_revenue")
    assert {(r["status"],): r["value"] for r in budget.iter_rows(named=True)} == pytest.approx(want)
    exports = obs.filter(pl.col("indicator") == "export_value")
    assert sorted(exports["value"]) == [610, 655]


def test_a_unit_note_listing_several_units_is_not_applied(tmp_path):
    from pipelines.lib.read_grid import Grid
    grid = Grid("Sheet1", "xlsx", [["BÁO CÁO NĂM 2023"], [None, "Đơn vị tính: Tỷ đồng, %"], ["Chỉ tiêu", "Năm 2023"]])
    assert table_layout.table_unit(grid, 2) == ""
    grid.rows[1][1] = "ĐVT: 1.000 USD"
    assert table_layout.table_unit(grid, 2) == "1.000 USD"


def test_a_cluster_comparison_with_a_column_per_province(tmp_path):
    path = tmp_path / "so_sanh_cum_2023.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, "BẢNG SO SÁNH MỘT SỐ CHỈ TIÊU NĂM 2023 CỦA CÁC TỈNH TRONG CỤM (số liệu mẫu)")
    ws.merge_range(1, 0, 2, 0, "Chỉ tiêu")
    ws.merge_range(1, 1, 2, 1, "Đơn vị tính")
    ws.merge_range(1, 2, 1, 3, "Kon Tum")  # a province over its plan and its estimate
    ws.merge_range(1, 4, 1, 5, "Tỉnh Gia Lai")
    ws.write_row(2, 2, ["KH 2023", "Ước TH 2023", "KH 2023", "Ước TH 2023"])
    ws.write_row(3, 0, ["Tốc độ tăng trưởng GRDP", "%", 7.5, 7.6, "8,0", "7,8"])
    ws.write_row(4, 0, ["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 2800, 2900, 6000, 6400])
    wb.close()
    obs = extract_file(path).observations
    assert obs["issue"].null_count() == obs.height
    got = {(r["province_code"], r["indicator"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("62", "grdp_growth", "plan"): 7.5, ("62", "grdp_growth", "estimate"): 7.6,
                   ("64", "grdp_growth", "plan"): 8.0, ("64", "grdp_growth", "estimate"): 7.8,
                   ("62", "state_budget_revenue", "plan"): 2800, ("62", "state_budget_revenue", "estimate"): 2900,
                   ("64", "state_budget_revenue", "plan"): 6000, ("64", "state_budget_revenue", "estimate"): 6400}
    assert set(obs["period"]) == {"2023"}


@pytest.mark.parametrize("header, want", [
    ("Kon Tum", ("Kon Tum", "")), ("Tỉnh Gia Lai", ("Tỉnh Gia Lai", "")),
    ("Kon Tum Ước TH 2023", ("Kon Tum", "Ước TH 2023")), ("KH 2023 Đắk Lắk", ("Đắk Lắk", "KH 2023")),
    ("Thực hiện 2022", ("", "Thực hiện 2022")), ("Toàn cụm", ("", "Toàn cụm")),
])
def test_a_province_in_a_column_header(header, want):
    assert table_layout.province_in_header(header) == want


@pytest.mark.parametrize("header, period", [
    ("TH 11T/2023", "-11M"), ("11T2023", "-11M"), ("6T/2023", "-H1"), ("T11/2023", "-11"), ("Tháng 11/2023", "-11"),
    ("Quý IV/2023", "-Q4"), ("Quý 3 năm 2023", "-Q3"), ("Ước TH 6 tháng cuối năm 2023", "-H2"),
    ("Ước TH 6 tháng đầu năm 2023", "-H1"), ("Lũy kế đến 30/11/2023", "-11M"), ("Đến 31/12/2023", ""),
    ("Lũy kế đến 15/11/2023", None), ("Thực hiện 2022", None), ("KH 2023", None),
])
def test_the_part_of_the_year_a_header_names(header, period):
    assert table_layout.column_period(header) == period


def test_short_period_headers_in_a_table(tmp_path):
    path = write_rows(tmp_path / "quang_ngai_bao_cao_thang_11_2023.xlsx", [
        ["TỈNH QUẢNG NGÃI - TÌNH HÌNH KINH TẾ XÃ HỘI THÁNG 11 NĂM 2023 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "TH T11/2023", "TH 11T/2023", "Quý III/2023", "Lũy kế đến 15/11/2023"],
        ["Kim ngạch xuất khẩu", "Triệu USD", 95, 1010, 280, 960]])
    result = extract_file(path)
    got = {r["period"]: r["value"] for r in result.observations.iter_rows(named=True)}
    assert got == {"2023-11": 95, "2023-11M": 1010, "2023-Q3": 280}  # none of them is the year
    assert any("runs to a day inside a month" in s["snippet"] for s in result.skipped)


def test_province_columns_with_their_year_and_no_year_in_the_title(tmp_path):
    path = write_rows(tmp_path / "so_sanh_cum.xlsx", [
        ["BẢNG SO SÁNH CÁC TỈNH TRONG CỤM (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Kon Tum 2022", "Gia Lai 2022"], ["Tốc độ tăng trưởng GRDP", "%", 7.6, 7.8]])
    obs = extract_file(path).observations
    # a status for every cell: the file is dated after 2022, so the figures are actuals
    assert {(r["province_code"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)} == {
        ("62", "2022", "actual"): 7.6, ("64", "2022", "actual"): 7.8}


def test_a_csv_written_the_english_way_reads_its_thousands(tmp_path):
    path = tmp_path / "phu_yen_2023.csv"
    path.write_text('UBND TỈNH PHÚ YÊN - BÁO CÁO NĂM 2023 (số liệu mẫu)\n'
                    'Chỉ tiêu,Đơn vị tính,Thực hiện 2022,Ước thực hiện 2023\n'
                    'Thu ngân sách nhà nước trên địa bàn,Tỷ đồng,"5,120.5","5,600"\n'
                    'Kim ngạch xuất khẩu,Triệu USD,400,"1,450"\n', encoding="utf-8")
    obs = extract_file(path).observations
    # "5,120.5" can only be English, so "5,600" is five thousand six hundred, not 5,6
    assert {(r["indicator"], r["period"]): r["value"] for r in obs.iter_rows(named=True)} == {
        ("state_budget_revenue", "2022"): 5120.5, ("state_budget_revenue", "2023"): 5600.0,
        ("export_value", "2022"): 400.0, ("export_value", "2023"): 1450.0}


def test_a_growth_row_under_a_level_row_is_that_level_s_growth(tmp_path):
    path = write_rows(tmp_path / "thanh_hoa_2025.xlsx", [
        ["UBND TỈNH THANH HÓA - MỘT SỐ CHỈ TIÊU NĂM 2025 (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Kế hoạch năm 2025"],
        ["1", "GRDP theo giá so sánh 2010", "Tỷ đồng", 181245, 199000],
        [None, "Tốc độ tăng (%)", "%", 12.16, 11],
        ["2", "Giá trị xuất khẩu hàng hóa", "Triệu USD", 5620, 6300],
        [None, "So với cùng kỳ", "%", 112.5, "112,1"],           # an index: last year = 100
        ["3", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 53520, 41530],
        [None, "Tăng so với cùng kỳ", "Tỷ đồng", 4200, None],      # an increase in money, not a rate
        [None, "Tốc độ tăng", None, 8.6, None],                    # no "%": may be another indicator cut short
        ["4", "Số xã đạt chuẩn nông thôn mới", "Xã", 400, 420],
        [None, "Tốc độ tăng (%)", "%", 3.1, None],                  # the catalogue has no growth of it
    ])
    obs = extract_file(path).observations
    read = {(r["indicator"], r["period"]): r["value"] for r in obs.filter(pl.col("issue").is_null()).iter_rows(named=True)}
    assert read[("grdp_growth", "2024")] == 12.16 and read[("grdp_growth", "2025")] == 11
    assert read[("export_value", "2024")] == 5620 and read[("export_value_growth", "2024")] == pytest.approx(12.5)
    assert read[("export_value_growth", "2025")] == pytest.approx(12.1)
    assert not any(code == "state_budget_revenue_growth" for code, _ in read)
    held = obs.filter(pl.col("issue").is_not_null())
    assert held.height == 3  # the money increase, the bare "Tốc độ tăng" and the commune growth: held with the fix
    assert all("not in the catalogue" in i for i in held["issue"])


def write_total_and_former_provinces(path: Path) -> Path:
    """Cần Thơ's 9 months of 2025: the merged city's total, its comparison, then two former provinces (SAMPLE)."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Biểu")
    ws.write(0, 0, "CỤC THỐNG KÊ THÀNH PHỐ CẦN THƠ")
    ws.write(1, 0, "MỘT SỐ CHỈ TIÊU 9 THÁNG NĂM 2025 THEO ĐỊA BÀN TRƯỚC SẮP XẾP (Ước tính, số liệu mẫu)")
    for c, text in enumerate(["Chỉ tiêu", "Đơn vị tính", "Tổng số", "So với cùng kỳ năm trước (%)"]):
        ws.merge_range(3, c, 4, c, text)
    ws.merge_range(3, 4, 3, 5, "Chia ra")
    ws.write_row(4, 4, ["Thành phố Cần Thơ (cũ)", "Tỉnh Hậu Giang (cũ)"])
    ws.write_row(5, 0, ["Kim ngạch xuất khẩu hàng hóa", "Triệu USD"])
    ws.write_row(5, 2, [2000, 115.3, 1500, 500])
    wb.close()
    return path


def test_a_total_before_its_former_provinces_is_the_merged_province_for_the_title_s_period(tmp_path):
    obs = extract_file(write_total_and_former_provinces(tmp_path / "can_tho_9t_2025.xlsx")).observations
    got = {(r["locator"], r["province_code"], r["indicator"], r["period"], r["status"]): r["value"]
           for r in obs.iter_rows(named=True)}
    assert got == {
        ("Biểu!C6", "92", "export_value", "2025-9M", "estimate"): 2000,         # the merged city: the title's
        ("Biểu!D6", "92", "export_value_growth", "2025-9M", "estimate"): pytest.approx(15.3),  # its comparison
        ("Biểu!E6", "92", "export_value", "2025-9M", "estimate"): 1500,         # the former city
        ("Biểu!F6", "93", "export_value", "2025-9M", "estimate"): 500}
    # the code and the period cannot tell the former city from the merged one: the version each column names can
    # (the title's is the merged city, the report being written after the reform)
    assert dict(zip(obs["locator"], obs["province_key"])) == {
        "Biểu!C6": "92@2025", "Biểu!D6": "92@2025", "Biểu!E6": "92@2004", "Biểu!F6": "93@2004"}


def test_a_cluster_table_under_a_three_row_header_reads_its_comparisons(tmp_path):
    path = tmp_path / "cum_9t_2025.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Cụm")
    ws.write(0, 0, "BIỂU SO SÁNH 9 THÁNG NĂM 2025 GIỮA CÁC TỈNH TRONG CỤM (số liệu mẫu), ngày 20/10/2025")
    ws.merge_range(2, 0, 4, 0, "TT")
    ws.merge_range(2, 1, 4, 1, "Tỉnh")
    ws.merge_range(2, 2, 2, 5, "Ước thực hiện 9 tháng năm 2025")
    ws.merge_range(3, 2, 4, 2, "Tốc độ tăng GRDP (%)")
    ws.merge_range(3, 3, 3, 5, "Thu NSNN trên địa bàn")
    ws.write_row(4, 3, ["Tỷ đồng", "So dự toán năm (%)", "So cùng kỳ (%)"])
    ws.write_row(5, 0, [1, "Gia Lai", 7.85, 9850, 78.6, 112.4])
    ws.write_row(6, 0, [2, "Đắk Lắk", 8.12, 8120, 72.3, 96.8])
    ws.write_row(7, 0, ["", "Toàn Cụm", "x", 17970, "x", "x"])
    wb.close()
    obs = extract_file(path).observations
    got = {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {
        ("52", "grdp_growth", "2025-9M", "estimate"): 7.85, ("66", "grdp_growth", "2025-9M", "estimate"): 8.12,
        ("52", "state_budget_revenue", "2025-9M", "estimate"): 9850, ("66", "state_budget_revenue", "2025-9M", "estimate"): 8120,
        ("52", "state_budget_revenue_pct_of_estimate", "2025-9M", "estimate"): 78.6,
        ("66", "state_budget_revenue_pct_of_estimate", "2025-9M", "estimate"): 72.3,
        ("52", "state_budget_revenue_growth", "2025-9M", "estimate"): pytest.approx(12.4),   # an index: 112,4
        ("66", "state_budget_revenue_growth", "2025-9M", "estimate"): pytest.approx(-3.2)}
    assert set(obs.filter(pl.col("indicator").str.ends_with("pct_of_estimate"))["basis"]) == {"So dự toán năm (%)"}


def test_the_total_row_of_a_captioned_table_is_the_caption_s_indicator(tmp_path):
    path = tmp_path / "ha_tinh_9t_2025.xlsx"
    wb = xlsxwriter.Workbook(path)
    for name, rows in (("05.BanLe", [
            ["THỐNG KÊ TỈNH HÀ TĨNH - phát hành ngày 06/10/2025 (số liệu mẫu)"],
            ["5. TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG"],
            [None, None, None, "Đơn vị tính: Tỷ đồng"],
            [None, "Ước tính 9 tháng 2025", "9 tháng 2025 so với cùng kỳ năm trước (%)"],
            ["TỔNG SỐ", 51240.8, 110.42],
            ["- Bán lẻ hàng hóa", 39420.5, 110.65]]),      # a part: no indicator of its own
            ("03.IIP", [
            ["THỐNG KÊ TỈNH HÀ TĨNH - phát hành ngày 06/10/2025 (số liệu mẫu)"],
            ["3. CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP"],
            [None, "Tháng 9/2025 so với tháng 8/2025", "Tháng 9/2025 so với cùng kỳ năm trước"],
            ["TOÀN NGÀNH CÔNG NGHIỆP", 101.2, 112.5],
            ["Khai khoáng", 98.4, 95.2]]),
            ("06.XNK", [
            ["THỐNG KÊ TỈNH HÀ TĨNH - phát hành ngày 06/10/2025 (số liệu mẫu)"],
            [None, None, "Đơn vị tính: Nghìn USD"],
            [None, "Ước tính 9 tháng 2025", "9 tháng 2025 so với cùng kỳ năm trước (%)"],
            ["TỔNG TRỊ GIÁ XUẤT KHẨU", "812.350", "118,62"],  # "Tổng …" of a level is that level
            ["Trong đó: - Sắt thép các loại", "520.310", "121,40"]])):
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is not None:
                    ws.write(r, c, v)
    wb.close()
    obs = extract_file(path).observations
    got = {(r["indicator"], r["period"]): r["value"] for r in obs.filter(pl.col("issue").is_null()).iter_rows(named=True)}
    assert got == {("retail_sales_services_revenue", "2025-9M"): 51240.8,
                   ("retail_sales_services_revenue_growth", "2025-9M"): pytest.approx(10.42),
                   ("iip_growth", "2025-09"): pytest.approx(12.5),  # not the month against the month before
                   ("export_value", "2025-9M"): pytest.approx(812.35),
                   ("export_value_growth", "2025-9M"): pytest.approx(18.62)}
    # the parts keep their rows, held with the fix: no indicator of their own
    assert set(obs.filter(pl.col("issue").is_not_null())["raw_label"]) == {
        "- Bán lẻ hàng hóa", "Khai khoáng", "Trong đó: - Sắt thép các loại"}


def test_budget_columns_closed_accounts_and_ratios_written_with_abbreviations(tmp_path):
    path = tmp_path / "can_tho_ns_2024.csv"
    path.write_text("UBND THÀNH PHỐ CẦN THƠ - SỞ TÀI CHÍNH (số liệu mẫu);;;;;;\n"
                    "Kèm theo Báo cáo ngày 10/12/2024;;;;;Đơn vị tính: Triệu đồng;\n"
                    "STT;Nội dung;Quyết toán năm 2023;Dự toán năm 2024;Ước thực hiện năm 2024;So sánh (%);\n"
                    ";;;;;UTH/DT 2024;UTH 2024/QT 2023\n"
                    "A;Tổng thu ngân sách nhà nước trên địa bàn;13.254.870;14.300.000;15.108.640;105,65;113,99\n",
                    encoding="utf-8")
    obs = extract_file(path).observations
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("state_budget_revenue", "2023", "actual"): pytest.approx(13254.87),   # quyết toán: final
                   ("state_budget_revenue", "2024", "plan"): 14300.0,
                   ("state_budget_revenue", "2024", "estimate"): pytest.approx(15108.64),
                   ("state_budget_revenue_pct_of_estimate", "2024", "estimate"): pytest.approx(105.65),  # UTH/DT
                   ("state_budget_revenue_growth", "2024", "estimate"): pytest.approx(13.99)}          # UTH/QT


def test_a_total_to_date_over_an_estimated_month_is_an_estimate(tmp_path):
    path = write_rows(tmp_path / "tp_hcm_10t_2025.xlsx", [
        ["THỐNG KÊ THÀNH PHỐ HỒ CHÍ MINH, ngày 06 tháng 11 năm 2025 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Ước tính tháng 10/2025", "Cộng dồn 10 tháng năm 2025", "Thực hiện tháng 9/2025"],
        ["Trị giá xuất khẩu hàng hóa", "Triệu USD", 8450.5, 79860.2, 8100],
        ["Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký (cấp mới và điều chỉnh)", "Triệu USD", 300, 3946.1, 280],
        ["Tỷ lệ hộ nghèo đa chiều cuối năm", "%", None, None, 2.9]])
    obs = extract_file(path).observations
    got = {(r["indicator"], r["period"]): r["status"] for r in obs.iter_rows(named=True)}
    # the 10 months hold the estimated October: an estimate, though October is over on 6 November
    assert got[("export_value", "2025-10M")] == "estimate" and got[("export_value", "2025-09")] == "actual"
    assert got[("fdi_registered", "2025-10M")] == "estimate"    # "Thu hút …": the registered capital itself
    assert got[("poverty_rate_multidim", "2025-09")] == "actual"  # "… cuối năm": the rate itself


@pytest.mark.parametrize("label, code", [
    ("Tổng trị giá xuất khẩu", "export_value"),                                          # "Tổng" of a level
    ("Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký", "fdi_registered"),
    ("Tỷ lệ hộ nghèo đa chiều cuối năm", "poverty_rate_multidim"),
    ("Giá trị xuất khẩu hàng hóa của doanh nghiệp trên địa bàn", "export_value"),        # the province's
    ("Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch vốn Thủ tướng Chính phủ giao",
     "public_investment_disbursement_rate"),                                             # a rate of the plan already
    ("Thu ngân sách nhà nước so với dự toán", "state_budget_revenue_pct_of_estimate"),
    ("Tổng tốc độ tăng GRDP", None),                                                     # a rate has no total
    ("Kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh", None),               # border trade: no indicator
    ("Tỷ lệ hộ nghèo đa chiều giảm", None),                                              # a reduction, not the rate
])
def test_labels_with_a_total_a_verb_a_place_or_a_plan_around_the_indicator(label, code):
    from pipelines.lib import catalogue
    assert catalogue.match_indicator(label) == code


@pytest.mark.parametrize("title, part", [
    ("ƯỚC THỰC HIỆN NĂM 2025 (Kèm theo Báo cáo số 3120/BC-UBND ngày 08 tháng 12 năm 2025)", None),  # a report's day
    ("BÁO CÁO 9 THÁNG NĂM 2025, ngày 20/10/2025", "-9M"),
    ("ĐẦU TƯ NƯỚC NGOÀI (Tính từ ngày 01/01/2025 đến ngày 31/10/2025)", "-10M"),  # the figures' end
])
def test_the_part_of_the_year_a_title_names_is_not_the_day_it_was_written(title, part):
    assert table_layout.title_period(title) == part


def test_a_column_naming_no_period_takes_the_title_s_part_of_the_year(tmp_path):
    path = write_rows(tmp_path / "ha_noi_ns.xlsx", [
        ["THU, CHI NGÂN SÁCH 9 THÁNG NĂM 2025 - THÀNH PHỐ HÀ NỘI (số liệu mẫu), ngày 06/10/2025"],
        ["Chỉ tiêu", "Thực hiện (tỷ đồng)", "So với dự toán (%)", "So với cùng kỳ (%)"],
        ["Tổng thu ngân sách nhà nước trên địa bàn", "432.100", "83,2", "124,6"],
        ["Tổng sản phẩm trên địa bàn (GRDP, giá so sánh)", None, None, "107,82"]])  # a price basis among other words
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {("state_budget_revenue", "2025-9M", "actual"): 432100,
                   ("state_budget_revenue_pct_of_estimate", "2025-9M", "actual"): 83.2,
                   ("state_budget_revenue_growth", "2025-9M", "actual"): pytest.approx(24.6),
                   ("grdp_growth", "2025-9M", "actual"): pytest.approx(7.82)}


def test_month_groups_side_by_side_read_their_month_and_their_total_to_date(tmp_path):
    path = tmp_path / "hung_yen_t10_2025.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("T10")
    ws.write(0, 0, "THỐNG KÊ TỈNH HƯNG YÊN - SỐ LIỆU THÁNG 10 NĂM 2025 (số liệu mẫu), ngày 29 tháng 10 năm 2025")
    ws.merge_range(2, 0, 3, 0, "Chỉ tiêu")
    ws.merge_range(2, 1, 3, 1, "Đơn vị tính")
    for k, group in enumerate(("Thực hiện tháng 9/2025", "Ước tính tháng 10/2025")):
        ws.merge_range(2, 2 + 3 * k, 2, 4 + 3 * k, group)
        ws.write_row(3, 2 + 3 * k, ["Tháng báo cáo", "Cộng dồn từ đầu năm", "Cộng dồn so với cùng kỳ năm trước (%)"])
    ws.write_row(4, 0, ["Trị giá xuất khẩu hàng hóa", "Triệu USD", "1.527,6", "12.734,5", "114,37", "1.561,0", "14.295,5",
                        "114,62"])
    wb.close()
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {("export_value", "2025-09", "actual"): 1527.6, ("export_value", "2025-9M", "actual"): 12734.5,
                   ("export_value_growth", "2025-9M", "actual"): pytest.approx(14.37),
                   ("export_value", "2025-10", "estimate"): 1561.0, ("export_value", "2025-10M", "estimate"): 14295.5,
                   ("export_value_growth", "2025-10M", "estimate"): pytest.approx(14.62)}


def test_a_sector_table_s_growth_against_last_year_is_the_year_under_it(tmp_path):
    path = tmp_path / "phu_tho_grdp_2025.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Biểu 02")
    ws.write(0, 0, "TỔNG SẢN PHẨM TRÊN ĐỊA BÀN TỈNH PHÚ THỌ NĂM 2025 PHÂN THEO KHU VỰC KINH TẾ (số liệu mẫu)")
    ws.write(1, 0, "Phú Thọ, ngày 18/12/2025")
    ws.merge_range(3, 0, 4, 0, "Khu vực kinh tế")
    ws.merge_range(3, 1, 3, 2, "Cơ cấu (%)")
    ws.merge_range(3, 3, 3, 4, "Tốc độ tăng so với năm trước theo giá so sánh 2010 (%)")
    ws.write_row(4, 1, ["Năm 2024", "Ước năm 2025"] * 2)
    for r, row in enumerate([["TỔNG SỐ", "100,00", "100,00", "7,82", "8,45"],
                             ["Nông, lâm nghiệp và thủy sản", "10,90", "10,30", "3,15", "3,42"],
                             ["Dịch vụ", "31,44", "31,10", "6,48", "6,85"],
                             ["Ghi nhớ: GRDP bình quân đầu người (Triệu đồng/người)", "97,85", "106,42"]]):
        ws.write_row(5 + r, 0, row)
    wb.close()
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got[("grdp_growth", "2024", "actual")] == pytest.approx(7.82)        # a rate already: not less 100
    assert got[("grdp_growth", "2025", "estimate")] == pytest.approx(8.45)
    assert got[("gva_services_growth", "2024", "actual")] == pytest.approx(6.48)
    assert got[("structure_agriculture_share", "2025", "estimate")] == pytest.approx(10.3)
    assert got[("grdp_per_capita", "2024", "actual")] == pytest.approx(97.85)   # the memo row under the table


def test_a_comparison_column_under_an_indicator_in_a_table_of_periods(tmp_path):
    path = write_rows(tmp_path / "gia_lai_quy_2025.xlsx", [
        ["UBND TỈNH GIA LAI - SỐ LIỆU 9 THÁNG NĂM 2025 (số liệu mẫu). Ngày báo cáo: 26/9/2025"],
        ["Kỳ báo cáo", "Trị giá xuất khẩu hàng hóa", "Trị giá xuất khẩu hàng hóa"],
        ["Kỳ báo cáo", "Nghìn USD", "So cùng kỳ (%)"],
        ["Quý II/2025", "685.930", "114,10"],
        ["9 tháng năm 2025 (ước tính)", "1.999.660", "113,90"]])
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {("export_value", "2025-Q2", "actual"): pytest.approx(685.93),
                   ("export_value_growth", "2025-Q2", "actual"): pytest.approx(14.1),
                   ("export_value", "2025-9M", "estimate"): pytest.approx(1999.66),
                   ("export_value_growth", "2025-9M", "estimate"): pytest.approx(13.9)}


def test_two_plans_for_one_year_are_two_observations_told_apart_by_their_basis(tmp_path):
    path = tmp_path / "tay_ninh_ns_2025.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Biểu 01")
    ws.write(0, 0, "ƯỚC THỰC HIỆN THU NGÂN SÁCH NĂM 2025 - UBND TỈNH TÂY NINH (số liệu mẫu), ngày 05/12/2025")
    ws.write(1, 4, "Đơn vị tính: Triệu đồng")
    for c, text in enumerate(["STT", "Nội dung", "Thực hiện năm 2024"]):
        ws.merge_range(2, c, 3, c, text)
    ws.merge_range(2, 3, 2, 4, "Dự toán năm 2025")
    ws.write_row(3, 3, ["Trung ương giao", "HĐND tỉnh giao"])
    ws.merge_range(2, 5, 3, 5, "Ước thực hiện năm 2025")
    ws.write_row(4, 0, ["A", "TỔNG THU NSNN TRÊN ĐỊA BÀN", "41.862.315", "43.150.000", "45.600.000", "48.912.540"])
    wb.close()
    obs = extract_file(path).observations
    plans = {r["basis"]: r["value"] for r in obs.filter(pl.col("status") == "plan").iter_rows(named=True)}
    assert plans == {"Dự toán năm 2025 Trung ương giao": 43150.0, "Dự toán năm 2025 HĐND tỉnh giao": 45600.0}
    assert set(obs.filter(pl.col("status") != "plan")["basis"]) == {""}


def test_comparisons_under_former_provinces_are_each_province_s_growth_of_the_period_compared(tmp_path):
    path = tmp_path / "gia_lai_9t_2025.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Biểu 01")
    ws.write(0, 0, "UBND TỈNH GIA LAI - MỘT SỐ CHỈ TIÊU 9 THÁNG NĂM 2025 (số liệu mẫu), ngày 03/10/2025")
    ws.merge_range(1, 0, 2, 0, "Chỉ tiêu")
    ws.merge_range(1, 1, 1, 3, "Ước thực hiện 9 tháng năm 2025")
    ws.merge_range(1, 4, 1, 6, "So với cùng kỳ năm 2024 (%)")
    ws.write_row(2, 1, ["Tổng số", "Gia Lai (cũ)", "Bình Định (cũ)"] * 2)
    ws.write_row(3, 0, ["Kim ngạch xuất khẩu (triệu USD)", "2.864,5", "1.012,3", "1.852,2", "118,6", "124,1", "115,8"])
    wb.close()
    got = {(r["province_key"], r["indicator"], r["period"], r["status"]): r["value"]
           for r in extract_file(path).observations.iter_rows(named=True)}
    assert got[("52@2025", "export_value_growth", "2025-9M", "estimate")] == pytest.approx(18.6)
    assert got[("64@2004", "export_value_growth", "2025-9M", "estimate")] == pytest.approx(24.1)  # not 2024's
    assert got[("52@2004", "export_value_growth", "2025-9M", "estimate")] == pytest.approx(15.8)


def test_a_column_against_a_named_year_compares_the_column_before_it(tmp_path):
    path = write_rows(tmp_path / "lang_son_2025.xlsx", [
        ["UBND TỈNH LẠNG SƠN - BÁO CÁO NĂM 2025 (số liệu mẫu), ngày 03 tháng 12 năm 2025"],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2025", "Ước TH 2025", "So KH (%)", "So 2024 (%)"],
        ["3", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "10.000", "12.860", "128,6", "111,4"]])
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {("state_budget_revenue", "2025", "plan"): 10000.0, ("state_budget_revenue", "2025", "estimate"): 12860.0,
                   ("state_budget_revenue_pct_of_estimate", "2025", "estimate"): 128.6,
                   ("state_budget_revenue_growth", "2025", "estimate"): pytest.approx(11.4)}  # 2025 against 2024


def test_a_title_on_a_year_and_the_next_year_s_plan_is_about_the_first(tmp_path):
    path = write_rows(tmp_path / "thanh_hoa_2025.xlsx", [
        ["MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2025 VÀ KẾ HOẠCH NĂM 2026 - UBND TỈNH THANH HÓA (số liệu mẫu), ngày 28/11/2025"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Ước thực hiện", "Ước TH/ cùng kỳ", "Kế hoạch năm 2026"],
        ["7", "Giá trị xuất khẩu hàng hóa", "Triệu USD", "10.500", "11.250", "118,6", "12.500"]])
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {("export_value", "2025", "plan"): 10500.0, ("export_value", "2025", "estimate"): 11250.0,
                   ("export_value_growth", "2025", "estimate"): pytest.approx(18.6),   # against the same period
                   ("export_value", "2026", "plan"): 12500.0}


def test_a_label_column_that_took_the_unit_column_gives_each_row_its_unit(tmp_path):
    # as a PDF table comes out when its "ĐVT" column ran into the labels, a wrapped label split around its unit
    path = write_rows(tmp_path / "nghe_an_9t_2025.xlsx", [
        ["THỐNG KÊ TỈNH NGHỆ AN - THÁNG 9 VÀ 9 THÁNG NĂM 2025 (số liệu mẫu), ngày 06 tháng 10 năm 2025"],
        ["Chỉ tiêu ĐVT", "Thực hiện tháng 8", "Ước tính 9 tháng năm 2025"],
        ["Kim ngạch xuất khẩu hàng hóa Triệu USD", "305,1", "2.745,8"],
        ["Tổng mức bán lẻ hàng hóa và Tỷ đồng doanh thu dịch vụ tiêu dùng", "8.687,1", "76.540,2"],
        ["Số xã đạt chuẩn nông thôn mới Xã", "2", "18"]])  # "Xã" alone is no unit phrase: left as it is
    obs = extract_file(path).observations
    got = {(r["indicator"], r["period"]): r["value"] for r in obs.filter(pl.col("issue").is_null()).iter_rows(named=True)}
    assert got == {("export_value", "2025-08"): 305.1, ("export_value", "2025-9M"): 2745.8,
                   ("retail_sales_services_revenue", "2025-08"): 8687.1,
                   ("retail_sales_services_revenue", "2025-9M"): 76540.2}


def test_a_unit_wrapped_onto_the_row_below_is_the_row_s_unit(tmp_path):
    path = write_rows(tmp_path / "thanh_hoa_2025.xlsx", [
        ["UBND TỈNH THANH HÓA - CHỈ TIÊU NĂM 2025 (số liệu mẫu), ngày 28/11/2025"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Ước thực hiện năm 2025"],
        ["10", "Số doanh nghiệp thành lập mới", "Doanh", "3.000", "3.150"],
        [None, None, "nghiệp"],
        ["11", "Tổng lượt khách du lịch", "Nghìn", "15.500", "16.200"],
        [None, None, "lượt"]])
    obs = extract_file(path).observations
    assert obs["issue"].null_count() == obs.height
    got = {(r["indicator"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("new_enterprises", "plan"): 3000.0, ("new_enterprises", "estimate"): 3150.0,
                   ("tourism_arrivals", "plan"): 15_500_000.0, ("tourism_arrivals", "estimate"): 16_200_000.0}


def test_a_mid_term_review_of_a_five_year_plan(tmp_path):
    # (sample figures) written in 2024 by a province merged in 2025: the span "2021–2025" names the plan, the day the
    # province; labels carry the target's horizon, the average growth's target and the span's average are no year's
    path = write_rows(tmp_path / "danh_gia_giua_ky.xlsx", [
        ["UBND TỈNH QUẢNG BÌNH"],
        ["ĐÁNH GIÁ GIỮA KỲ THỰC HIỆN KẾ HOẠCH 5 NĂM 2021–2025 (số liệu mẫu, ngày 20/9/2024)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu đến năm 2025", "TH 2022", "TH 2023", "Ước TH 2024",
         "Bình quân 2021–2024", "Khả năng hoàn thành"],
        ["1", "Tốc độ tăng trưởng kinh tế bình quân", "%", "7 - 7,5", "6,1", "5,4", "6,8", "6,0", "Khó đạt"],
        ["2", "Tỷ lệ lao động qua đào tạo đến năm 2025", "%", "70", "65,2", "66,8", "68,1", "66,7", "Đạt"]])
    obs = extract_file(path).observations
    assert obs["issue"].null_count() == obs.height
    got = {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("44", "grdp_growth", "2022", "actual"): 6.1, ("44", "grdp_growth", "2023", "actual"): 5.4,
                   ("44", "grdp_growth", "2024", "estimate"): 6.8,
                   ("44", "trained_labour_rate", "2022", "actual"): 65.2,
                   ("44", "trained_labour_rate", "2023", "actual"): 66.8,
                   ("44", "trained_labour_rate", "2024", "estimate"): 68.1,
                   ("44", "trained_labour_rate", "2025", "plan"): 70.0}


@pytest.mark.parametrize("blank", [[], [[None]]])
def test_two_tables_side_by_side_each_under_its_own_heading(tmp_path, blank):
    # (sample figures) the heading merged over each table (right above it or above a blank row) is its columns'
    # period and status
    from tests.conftest import write_xlsx
    path = write_xlsx(tmp_path / "hai_bang.xlsx", {"Sheet1": [
        ["CỤC THỐNG KÊ TỈNH BẮC NINH"],
        ["MỘT SỐ CHỈ TIÊU 9 THÁNG NĂM 2022 VÀ 9 THÁNG NĂM 2023 (số liệu mẫu)"],
        ["9 THÁNG NĂM 2022 (chính thức)", None, None, None, "9 THÁNG NĂM 2023 (ước tính)"], *blank,
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện", None, "Chỉ tiêu", "Đơn vị tính", "Thực hiện"],
        ["Kim ngạch xuất khẩu hàng hóa", "Triệu USD", 812.5, None, "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", 901.2]]},
        {"Sheet1": ["A3:C3", "E3:G3"]})
    got = {(r["period"], r["status"]): r["value"] for r in extract_file(Path(path)).observations.iter_rows(named=True)}
    assert got == {("2022-9M", "actual"): 812.5, ("2023-9M", "estimate"): 901.2}


def test_sector_rows_under_an_of_which_row_are_the_growth_row_s_sectors(tmp_path):
    # (sample figures) "Trong đó:" between the GRDP growth and its sectors; the column numbers under a merged label
    from tests.conftest import write_xlsx
    path = write_xlsx(tmp_path / "grdp_quy.xlsx", {"Sheet1": [
        ["CỤC THỐNG KÊ TỈNH NAM ĐỊNH - GRDP THEO QUÝ NĂM 2023 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện", None, "Ước tính"],
        [None, None, "Quý I", "Quý II", "Quý III"],
        [None, None, "(1)", "(2)", "(3)"],
        ["Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", 6.2, 7.1, 7.4],
        ["Trong đó:", None, None, None, None],
        ["- Công nghiệp và xây dựng", "%", 8.4, 9.3, 9.8]]},
        {"Sheet1": ["A2:A4", "B2:B4", "C2:D2"]})
    obs = extract_file(Path(path)).observations
    assert obs["issue"].null_count() == obs.height
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("grdp_growth", "2023-Q1", "actual"): 6.2, ("grdp_growth", "2023-Q2", "actual"): 7.1,
                   ("grdp_growth", "2023-Q3", "estimate"): 7.4,
                   ("gva_industry_construction_growth", "2023-Q1", "actual"): 8.4,
                   ("gva_industry_construction_growth", "2023-Q2", "actual"): 9.3,
                   ("gva_industry_construction_growth", "2023-Q3", "estimate"): 9.8}


def test_a_title_s_status_is_its_own_year_s_in_a_table_of_provinces(tmp_path):
    # (sample figures) "năm 2024 là số ước tính": the 2023 column, over by then, is final
    path = tmp_path / "dong_bac.csv"
    path.write_text("Một số chỉ tiêu các tỉnh Đông Bắc (số liệu mẫu); năm 2024 là số ước tính\n\n"
                    "Tỉnh;Số doanh nghiệp thành lập mới năm 2023 (doanh nghiệp);"
                    "Số doanh nghiệp thành lập mới năm 2024 (doanh nghiệp)\n"
                    "Cao Bằng;215;240\nBắc Kạn;180;196\n", encoding="utf-8")
    got = {(r["province_code"], r["period"], r["status"]): r["value"]
           for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {("04", "2023", "actual"): 215.0, ("04", "2024", "estimate"): 240.0,
                   ("06", "2023", "actual"): 180.0, ("06", "2024", "estimate"): 196.0}


@pytest.mark.parametrize("label", ["Chỉ số giá tiêu dùng (CPI)", "Chỉ số giá tiêu dùng ⁽²⁾", "CPI (*)"])
def test_the_cpi_against_the_same_months_of_last_year_is_the_average_over_several_months_only(tmp_path, label):
    # (sample figures) a month's CPI against the same month is no average; six months' is (a footnote mark aside)
    path = write_rows(tmp_path / "ha_nam_t6_2023.xlsx", [
        ["CỤC THỐNG KÊ TỈNH HÀ NAM - CHỈ TIÊU THÁNG 6 VÀ 6 THÁNG NĂM 2023 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Tháng 6/2023 so với cùng kỳ năm trước (%)", "6 tháng 2023 so với cùng kỳ năm trước (%)"],
        [label, "%", "104,12", "103,58"]])
    obs = extract_file(path).observations
    assert [(r["indicator"], r["period"], r["value"]) for r in obs.iter_rows(named=True)] == [
        ("cpi_avg_growth", "2023-H1", pytest.approx(3.58))]


def test_a_year_before_the_province_s_first_version_is_not_loaded(tmp_path):
    # (sample figures) Đắk Nông's first version begins on 1 January 2004: its 2003 has no province to be kept under
    path = write_rows(tmp_path / "nien_giam.xlsx", [
        ["NIÊN GIÁM THỐNG KÊ TỈNH ĐẮK NÔNG 2005 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "2003", "2004", "2005"],
        ["Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", "Tỷ đồng", 1810.5, 2104.2, 2512.8]])
    obs = extract_file(path).observations
    loaded = {r["period"]: r["value"] for r in obs.filter(pl.col("issue").is_null()).iter_rows(named=True)}
    assert loaded == {"2004": 2104.2, "2005": 2512.8}
    assert obs.filter(pl.col("period") == "2003")["issue"].str.contains("no version").all()


@pytest.mark.parametrize("name, code", [("QUẢNG BÌNH", "44"), ("BÌNH ĐỊNH", "52")])
def test_an_undated_plan_to_2025_names_its_province_as_before_the_reform(tmp_path, name, code):
    # (sample figures) no date: a name only a province before 1 July 2025 had was written before it (Bình Định's
    # code went on to the merged Gia Lai: its figures are not keyed to the merged province)
    path = write_rows(tmp_path / "ke_hoach.xlsx", [
        [f"UBND TỈNH {name} - KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021–2025 (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "TH 2022", "TH 2023", "Mục tiêu đến năm 2025"],
        ["1", "Tỷ lệ che phủ rừng", "%", "49,2", "49,5", "50"]])
    obs = extract_file(path).observations
    assert obs["issue"].null_count() == obs.height
    assert set(zip(obs["province_code"], obs["period"])) == {(code, "2022"), (code, "2023"), (code, "2025")}
    assert obs["province_key"].is_null().all()  # not the merged province's key


def test_a_pivot_table_s_compact_rows_of_provinces_over_their_indicators(tmp_path):
    # (sample figures) the filters above the pivot, a province row (the subtotal) over its indicators, a grand total
    # column right of the four quarters (the year) and a grand total row
    path = write_rows(tmp_path / "pivot.xlsx", [
        ["THU NGÂN SÁCH THEO QUÝ NĂM 2022 (số liệu mẫu)"],
        ["Năm", 2022],
        ["Chỉ tiêu", "(All)"],
        ["Sum of Giá trị (triệu đồng)", "Column Labels"],
        ["Row Labels", "Quý 1", "Quý 2", "Quý 3", "Quý 4", "Grand Total"],
        ["Phú Yên", 1200500, 1300500, 1400500, 1500500, 5402000],
        ["Thu ngân sách nhà nước trên địa bàn", 1200500, 1300500, 1400500, 1500500, 5402000],
        ["Grand Total", 1200500, 1300500, 1400500, 1500500, 5402000]])
    obs = extract_file(path, published=dt.date(2023, 3, 1)).observations
    got = {(r["province_code"], r["period"], r["status"]): r["value"]
           for r in obs.filter(pl.col("issue").is_null()).iter_rows(named=True)}
    assert got == {("54", "2022-Q1", "actual"): 1200.5, ("54", "2022-Q2", "actual"): 1300.5,
                   ("54", "2022-Q3", "actual"): 1400.5, ("54", "2022-Q4", "actual"): 1500.5,
                   ("54", "2022", "actual"): 5402.0}
    assert set(obs.filter(pl.col("issue").is_null())["indicator"]) == {"state_budget_revenue"}


def test_a_unit_conversion_adds_no_float_noise(tmp_path):
    path = write_rows(tmp_path / "phu_yen_2022.xlsx", [
        ["UBND TỈNH PHÚ YÊN - THU NGÂN SÁCH NĂM 2022 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2022"],
        ["Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 3168845]])
    assert extract_file(path).observations["value"].to_list() == [3168.845]


def test_an_of_which_lead_before_the_first_part_s_label(tmp_path):
    # (sample figures) "Trong đó: - Dịch vụ" on the first sector's own row
    path = write_rows(tmp_path / "ninh_binh_q2_2023.xlsx", [
        ["CỤC THỐNG KÊ TỈNH NINH BÌNH - GRDP QUÝ II NĂM 2023 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Quý II/2023"],
        ["Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "6,4"],
        ["Trong đó: - Dịch vụ", "%", "7,2"],
        ["- Công nghiệp và xây dựng", "%", "8,1"],
        ["Tỷ lệ lao động qua đào tạo", "%", "68,5"],
        ["Trong đó: có bằng cấp, chứng chỉ", "%", "29,4"]])  # a part named as the indicator is not it again
    got = {r["indicator"]: r["value"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {"grdp_growth": 6.4, "gva_services_growth": 7.2, "gva_industry_construction_growth": 8.1,
                   "trained_labour_rate": 68.5}


@pytest.mark.parametrize("label", ["Tốc độ tăng trưởng GRDP¹", "Tốc độ tăng trưởng GRDP (1)", "Tốc độ tăng trưởng GRDP (*)",
                                   "Tốc độ tăng trưởng GRDP ⁽²⁾", "Tốc độ tăng trưởng GRDP*"])
def test_a_footnote_mark_after_a_label_is_not_part_of_its_name(tmp_path, label):
    path = write_rows(tmp_path / "tuyen_quang_2024.xlsx", [
        ["UBND TỈNH TUYÊN QUANG - CHỈ TIÊU NĂM 2024 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2024"],
        [label, "%", "7,4"],
        ["(1) Theo giá so sánh 2010."]])
    obs = extract_file(path).observations.filter(pl.col("issue").is_null())
    assert obs.select("indicator", "value").rows() == [("grdp_growth", 7.4)]


def test_a_quarter_against_the_quarter_before_is_no_column_of_figures(tmp_path):
    # (sample figures) "Quý III so quý II (%)" (no "với") compares with the quarter before: skipped; the year's
    # comparison with the year before is the year's growth
    path = write_rows(tmp_path / "nghe_an_2022.xlsx", [
        ["SỞ CÔNG THƯƠNG TỈNH NGHỆ AN - XUẤT KHẨU NĂM 2022 (số liệu mẫu), ngày 12/12/2022"],
        ["Chỉ tiêu", "Đơn vị tính", "Quý III", "Cả năm 2022 (ước)", "Quý III so quý II (%)", "Cả năm 2022 so năm 2021 (%)"],
        ["Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "795,4", "3.031,0", "7,1", "11,5"]])
    got = {(r["indicator"], r["period"]): r["value"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {("export_value", "2022-Q3"): 795.4, ("export_value", "2022"): 3031.0,
                   ("export_value_growth", "2022"): 11.5}


def test_a_row_hidden_by_hand_is_not_read(tmp_path):
    # (sample figures) a superseded row kept out of sight; a collapsed outline's rows are still the report's
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["UBND TỈNH QUẢNG NINH - CHỈ TIÊU NĂM 2024 (số liệu mẫu)"],
                ["Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2024"],
                ["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 58420],
                ["Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 56900],
                ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", 90120]]:
        ws.append(row)
    ws.row_dimensions[4].hidden = True
    ws.row_dimensions[5].hidden = True
    ws.row_dimensions[5].outlineLevel = 1
    wb.save(tmp_path / "quang_ninh_2024.xlsx")
    result = extract_file(tmp_path / "quang_ninh_2024.xlsx")
    assert result.observations["value"].to_list() == [58420.0, 90120.0]
    assert any(s["reason"].startswith("hidden row") and s["locator"].endswith("!4:4") for s in result.skipped)


def test_a_row_naming_its_indicator_and_a_narrower_measure_under_the_indicator_s_row_is_no_second_figure(tmp_path):
    # (sample figures) the catalogue reads both labels as the trained-labour rate; the second is a part of the first
    path = write_rows(tmp_path / "ha_nam_2024.xlsx", [
        ["UBND TỈNH HÀ NAM - CHỈ TIÊU LAO ĐỘNG NĂM 2024 (số liệu mẫu)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2024"],
        ["1", "Tỷ lệ lao động qua đào tạo", "%", "72,1"],
        ["2", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", "31,2"]])
    assert extract_file(path).observations.select("indicator", "value").rows() == [("trained_labour_rate", 72.1)]


def test_an_average_row_between_the_years_of_a_series_is_not_a_year(tmp_path):
    # (sample figures) "BQ 2016-2020" under 2020: the span's average
    path = write_rows(tmp_path / "lam_dong_chuoi.xlsx", [
        ["CỤC THỐNG KÊ TỈNH LÂM ĐỒNG - CHUỖI SỐ LIỆU 2019-2021 (số liệu mẫu)"],
        ["Năm", "Tốc độ tăng GRDP theo giá so sánh (%)", "Thu ngân sách nhà nước trên địa bàn (tỷ đồng)"],
        ["2019", "8,1", "9.500"],
        ["2020", "3,5", "9.800"],
        ["BQ 2016-2020", "7,6", None],
        ["2021", "4,2", "10.400"]])
    obs = extract_file(path).observations
    assert obs.height == 6
    assert obs.filter((pl.col("indicator") == "grdp_growth") & (pl.col("period") == "2020"))["value"].to_list() == [3.5]


def test_a_year_s_total_over_an_estimated_fourth_quarter_is_an_estimate(tmp_path):
    # (sample figures) dated after the year: the quarters are over, but the fourth is an estimate and so is the year
    path = write_rows(tmp_path / "da_nang_2025.xlsx", [
        ["THÀNH PHỐ ĐÀ NẴNG - KẾT QUẢ GIẢI QUYẾT VIỆC LÀM NĂM 2025 (số liệu mẫu), ngày 12/01/2026"],
        ["Chỉ tiêu", "Đơn vị tính", "Quý III", "Quý IV (ước)", "Cả năm 2025"],
        ["Số lao động được giải quyết việc làm", "Người", "11.200", "11.950", "43.420"]])
    got = {r["period"]: r["status"] for r in extract_file(path).observations.iter_rows(named=True)}
    assert got == {"2025-Q3": "actual", "2025-Q4": "estimate", "2025": "estimate"}


def test_a_row_marked_with_a_note_on_preliminary_figures_holds_estimates(tmp_path):
    # (sample figures) "(*)" after the label, "(*) Số liệu sơ bộ" under the table: the row's latest figures are
    # estimates although the column says "Thực hiện"; last year's beside them and the other rows stay actual
    from tests.conftest import write_xlsx
    path = write_xlsx(tmp_path / "thong_cao_thang10_2025.xlsx", {"Sheet1": [
        ["THỐNG KÊ TỈNH KHÁNH HÒA - MỘT SỐ CHỈ TIÊU THÁNG 10 NĂM 2025 (số liệu mẫu)"],
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện 10 tháng năm 2024", "Thực hiện 10 tháng năm 2025"],
        ["Vốn FDI đăng ký (*)", "Triệu USD", 5380.2, 6520.4],
        ["Kim ngạch xuất khẩu hàng hóa", "Triệu USD", 47800.1, 50240.8],
        ["(*) Số liệu sơ bộ, chưa gồm vốn góp.", None, None, None]]})
    obs = extract_file(Path(path), published=dt.date(2025, 11, 6)).observations
    got = {(r["indicator"], r["period"], r["status"]): r["value"] for r in obs.iter_rows(named=True) if not r["issue"]}
    assert got[("fdi_registered", "2025-10M", "estimate")] == 6520.4
    assert got[("fdi_registered", "2024-10M", "actual")] == 5380.2
    assert got[("export_value", "2025-10M", "actual")] == 50240.8


def test_a_label_in_a_flash_s_shorthand_is_read_written_out():
    # "DT DV" is "doanh thu dịch vụ" (`vn_abbreviations`): the row is the retail sales, as written out
    assert parse_tables.resolve_indicator("Tổng mức bán lẻ HH và DT DV tiêu dùng (tỷ đồng)", []) \
        == "retail_sales_services_revenue"
    assert parse_tables.resolve_indicator("Thu nội địa", []) is None  # a label of no indicator stays none
