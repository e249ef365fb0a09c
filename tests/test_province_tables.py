"""Tables with a row per province (a cluster's comparison, a yearbook's provinces × years) and a reporting system's
long export with a row per unit, indicator and period. SAMPLE values throughout: the layouts are the provinces'
and the systems'; every figure is made up."""

from __future__ import annotations

import pytest
import xlsxwriter

from pipelines.lib.ingest import extract_file


def _sheet(path, rows: list[list]):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Bieu 05")
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is not None:
                ws.write(r, c, cell)
    wb.close()
    return path


def _read(path) -> tuple[dict, list[dict], list]:
    result = extract_file(path)
    obs = result.observations
    ok = obs.filter(obs["issue"].is_null())
    got = {(r["province_code"], r["indicator"], r["period"], r["status"]): r["value"] for r in ok.iter_rows(named=True)}
    return got, result.skipped, obs.filter(obs["issue"].is_not_null())["issue"].to_list()


HEADER = ["STT", "Tỉnh, thành phố", "Tốc độ tăng GRDP 9 tháng (ước tính) (%)", "Thu NSNN 9 tháng (Tỷ đồng)",
          "Số doanh nghiệp thành lập mới 9 tháng (DN)", "Xếp thứ trong vùng"]


def test_a_cluster_table_split_over_two_pages(tmp_path):
    path = _sheet(tmp_path / "so_sanh_cum.xlsx", [
        ["Biểu 05"],
        ["MỘT SỐ CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2025 CỦA CÁC TỈNH TRONG CỤM (số liệu mẫu)"],
        ["(Kèm theo Báo cáo ngày 12/10/2025 của UBND tỉnh Gia Lai)"],
        HEADER,
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["1", "Gia Lai", "7,81", "9.402,5", "1.105", "2"],
        ["2", "Đắk Lắk", "7,02", "8.611,0 (*)", "987", "3"],
        [None, None, None, None, None, "Trang 1/2"],
        ["Biểu 05 (tiếp theo)"],
        HEADER,
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["3", "Khánh Hòa (1)", "8,40", "15.230,4", "1.620", "1"],
        ["4", "Quảng Ngãi", "x", "-", "702", "4"],
        [None, "Toàn vùng", "x", "41.000,0", "4.414", "x"],
        ["(1) Số liệu đã rà soát. (*) Gồm thu từ dầu thô."],
    ])
    got, skipped, issues = _read(path)
    assert issues == []  # neither the column numbers nor the repeated header are read as provinces
    assert got == {
        ("52", "grdp_growth", "2025-9M", "estimate"): pytest.approx(7.81),  # "(ước tính)" in its header
        ("52", "state_budget_revenue", "2025-9M", "actual"): pytest.approx(9402.5),  # 9 months over on 12/10
        ("52", "new_enterprises", "2025-9M", "actual"): 1105,
        ("66", "grdp_growth", "2025-9M", "estimate"): pytest.approx(7.02),
        ("66", "state_budget_revenue", "2025-9M", "actual"): pytest.approx(8611.0),  # the footnote marker dropped
        ("66", "new_enterprises", "2025-9M", "actual"): 987,
        ("56", "grdp_growth", "2025-9M", "estimate"): pytest.approx(8.4),  # "Khánh Hòa (1)": a footnote marker
        ("56", "state_budget_revenue", "2025-9M", "actual"): pytest.approx(15230.4),
        ("56", "new_enterprises", "2025-9M", "actual"): 1620,
        ("51", "new_enterprises", "2025-9M", "actual"): 702,  # "x" and "-": no figure
    }
    reasons = {s["snippet"]: s["reason"] for s in skipped}
    assert reasons["Toàn vùng"] == "aggregate row, not a province"
    assert reasons["Tỉnh, thành phố"].startswith("column numbers or a repeated header")
    assert "Xếp thứ trong vùng" in reasons  # a rank in the region is not the PCI rank


def test_a_period_not_over_on_the_report_date_is_an_estimate(tmp_path):
    path = _sheet(tmp_path / "so_sanh_6_thang.xlsx", [
        ["SO SÁNH MỘT SỐ CHỈ TIÊU 6 THÁNG NĂM 2024 CÁC TỈNH TRONG CỤM (số liệu mẫu)"],
        ["Kon Tum, ngày 18 tháng 6 năm 2024"],
        ["STT", "Tỉnh", "Thu NSNN 6 tháng (Tỷ đồng)", "Kim ngạch xuất khẩu quý II (Triệu USD)"],
        ["1", "Kon Tum", "1.210,4", "35,2"],
        ["2", "Gia Lai", "2.804,9", "301,7"],
    ])
    got, _, issues = _read(path)
    assert issues == []
    assert got == {("62", "state_budget_revenue", "2024-H1", "estimate"): pytest.approx(1210.4),
                   ("62", "export_value", "2024-Q2", "estimate"): pytest.approx(35.2),
                   ("64", "state_budget_revenue", "2024-H1", "estimate"): pytest.approx(2804.9),
                   ("64", "export_value", "2024-Q2", "estimate"): pytest.approx(301.7)}


def test_a_yearbook_index_of_a_level_gives_its_growth(tmp_path):
    path = _sheet(tmp_path / "nien_giam_chi_so.xlsx", [
        ["NIÊN GIÁM THỐNG KÊ 2023 (số liệu mẫu)"],
        ["45. Chỉ số phát triển tổng sản phẩm trên địa bàn theo giá so sánh 2010 phân theo tỉnh, thành phố"],
        ["(Năm trước = 100) - %"],
        [None, "2021", "2022", "Sơ bộ\n2023"],
        ["TÂY NGUYÊN", "104,10", "106,20", "107,00"],
        ["Kon Tum (2)", "105,20", "107,30", "…"],
        ["Gia Lai", 103.5, 106.8, 108.1],
        ["(2) Số liệu năm 2022 đã được cập nhật."],
        ["Ngày 25 tháng 6 năm 2024"],
    ])
    got, skipped, issues = _read(path)
    assert issues == []
    assert got == {("62", "grdp_growth", "2021", "actual"): pytest.approx(5.2),
                   ("62", "grdp_growth", "2022", "actual"): pytest.approx(7.3),
                   ("64", "grdp_growth", "2021", "actual"): pytest.approx(3.5),
                   ("64", "grdp_growth", "2022", "actual"): pytest.approx(6.8),
                   ("64", "grdp_growth", "2023", "estimate"): pytest.approx(8.1)}
    assert any(s["snippet"] == "TÂY NGUYÊN" and s["reason"] == "aggregate row, not a province" for s in skipped)


def test_a_yearbook_index_against_a_base_year_is_not_a_growth(tmp_path):
    path = _sheet(tmp_path / "chi_so_goc.xlsx", [
        ["Chỉ số phát triển tổng sản phẩm trên địa bàn theo giá so sánh phân theo địa phương (số liệu mẫu)"],
        ["(Năm 2010 = 100) - %"],
        ["Địa phương", "2021", "2022"],
        ["Kon Tum", "165,2", "177,3"],
        ["Gia Lai", "171,0", "182,6"],
    ])
    with pytest.raises(Exception, match="names no catalogue indicator"):
        extract_file(path)


def _csv(path, title: str, header: str, rows: list[str]):
    path.write_text("\ufeff" + "\r\n".join([title, "Ngày trích xuất: 05/11/2025 08:30", "", header, *rows]) + "\r\n",
                    encoding="utf-8")
    return path


LONG_HEADER = "STT;Mã tỉnh;Tên đơn vị;Tên chỉ tiêu;Đơn vị tính;Kỳ báo cáo;Loại số liệu;Giá trị"


def test_a_system_export_names_its_units_across_the_reform(tmp_path):
    # the new Gia Lai took Bình Định's code 52; the former Gia Lai was 64
    path = _csv(tmp_path / "trich_xuat.csv", "Hệ thống báo cáo thống kê tỉnh Gia Lai - Trích xuất (số liệu mẫu)",
                LONG_HEADER, [
                    '1;64;Gia Lai (cũ);Trị giá xuất khẩu hàng hóa;Nghìn USD;Quý I/2025;Chính thức;"210.400"',
                    '2;52;Bình Định (cũ);Trị giá xuất khẩu hàng hóa;Nghìn USD;Quý I/2025;Chính thức;"395.120"',
                    '3;52;Gia Lai;Trị giá xuất khẩu hàng hóa;Nghìn USD;Quý I/2025;Chính thức;"605.520"',
                    '4;52;Gia Lai;Trị giá xuất khẩu hàng hóa;Nghìn USD;Quý III/2025;Ước tính;"640.300"',
                    '5;52;Sở Công Thương;Trị giá xuất khẩu hàng hóa;Nghìn USD;Tháng 10/2025;Ước tính;"221.000"',
                ])
    obs = extract_file(path).observations
    got = {(r["locator"], r["province_code"], r["province_key"], r["period"], r["status"]): r["value"]
           for r in obs.iter_rows(named=True)}
    assert got == {
        ("row 5, col 8", "64", "64@2004", "2025-Q1", "actual"): pytest.approx(210.4),  # the former Gia Lai
        ("row 6, col 8", "52", "52@2004", "2025-Q1", "actual"): pytest.approx(395.12),  # the former Bình Định
        # "Gia Lai" with the code it took at the reform: the merged province's first quarter, restated
        ("row 7, col 8", "52", "52@2025", "2025-Q1", "actual"): pytest.approx(605.52),
        ("row 8, col 8", "52", None, "2025-Q3", "estimate"): pytest.approx(640.3),
        # a unit that is no province: the title's, as the export's date (after the reform) names it
        ("row 9, col 8", "52", "52@2025", "2025-10", "estimate"): pytest.approx(221.0),
    }


def test_a_system_export_without_units_speaks_for_the_title_province(tmp_path):
    path = _csv(tmp_path / "trich_xuat_tinh.csv", "Hệ thống báo cáo thống kê tỉnh Gia Lai - Trích xuất (số liệu mẫu)",
                "STT;Tên chỉ tiêu;Đơn vị tính;Kỳ báo cáo;Loại số liệu;Giá trị", [
                    '1;Trị giá xuất khẩu hàng hóa;Nghìn USD;Quý I/2025;Chính thức;"605.520"',
                ])
    obs = extract_file(path).observations
    # exported on 05/11/2025: the new Gia Lai (52), not the former one (64), even for the first quarter
    assert obs.select("province_code", "province_key", "period").rows() == [("52", "52@2025", "2025-Q1")]
