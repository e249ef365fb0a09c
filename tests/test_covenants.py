"""Covenant files: the sample inbox reads clean; each kind of bad input is named with file, place and fix, and quarantines."""

from __future__ import annotations

import csv
from pathlib import Path

import xlsxwriter

from pipelines.lib import covenants

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data/sample/covenants"
CSV_2022 = SAMPLES / "giao_uoc_TN_DHNTB_2022.csv"


def _csv_rows() -> list[list[str]]:
    with CSV_2022.open(encoding="utf-8") as f:
        return list(csv.reader(f))


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _edit(tmp_path: Path, fn, name: str = "giao_uoc_2022.csv") -> covenants.CovenantRead:
    rows = _csv_rows()
    fn(rows)
    return covenants.read_covenant(_write_csv(tmp_path / name, rows))


def _find(rows, section: str, criterion: str, province: str = "") -> int:
    return next(i for i, r in enumerate(rows) if r[0] == section and r[4] == criterion and (not province or r[3] == province))


# ---------------------------------------------------------------- the samples
def test_sample_csv_2022_reads_clean_with_ten_members_and_thirteen_criteria():
    r = covenants.read_covenant(CSV_2022)
    assert r.problems == [] and not r.quarantined and r.is_sample
    assert (r.cluster_code, r.year) == ("TN_DHNTB", 2022)
    assert r.members.height == 10 and r.criteria.height == 13
    assert r.criteria.filter(kind="qualitative").height == 3
    assert r.targets.height == 100 and r.qualitative_points.height == 30
    kh = r.targets.filter(province_code="56", criterion_code="TC01")
    assert kh["target"].to_list() == [7.5] and kh["unit"].to_list() == ["pct_yoy"]
    assert r.criteria.filter(criterion_code="TC05")["direction"].to_list() == ["down"]


def test_sample_xlsx_2023_converts_nghin_ty_dong_to_the_catalogue_unit():
    r = covenants.read_covenant(SAMPLES / "giao_uoc_TN_DHNTB_2023.xlsx")
    assert r.problems == [] and r.year == 2023 and r.is_sample
    qn = r.targets.filter(province_code="49", criterion_code="TC03").row(0, named=True)
    assert qn["target"] == 44000.0 and qn["unit"] == "bn_vnd" and qn["unit_as_written"] == "nghìn tỷ đồng"
    assert qn["locator"].startswith("sheet Chỉ tiêu, dòng ")


def test_read_inbox_reads_both_sample_files():
    reads = covenants.read_inbox(SAMPLES)
    assert sorted((r.year, r.quarantined) for r in reads) == [(2022, False), (2023, False)]


# ---------------------------------------------------------------- bad input
def _bad_xlsx(path: Path) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    info = wb.add_worksheet("Thông tin")
    info.write_row(0, 0, ["Mã cụm", "TN_DHNTB"])
    info.write_row(1, 0, ["Năm", 2023])
    ws = wb.add_worksheet("Tiêu chí")
    ws.write_row(0, 0, ["Mã tiêu chí", "Tên tiêu chí", "Điểm tối đa", "Chỉ tiêu thống kê", "Đơn vị tính"])
    ws.write_row(1, 0, ["TC01", "Tăng trưởng GRDP", 10, "grdp_growth", "%"])
    ws = wb.add_worksheet("Chỉ tiêu")
    ws.write_row(0, 0, ["Tỉnh", "Mã tiêu chí", "Chỉ tiêu"])
    provinces = ["Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Bình Thuận", "Kon Tum", "Gia Lai",
                 "Đắk Lắk", "Đắk Nông", "Lâm Đồng"]
    for i, p in enumerate(provinces, start=1):
        ws.write_row(i, 0, [p, "TC01", 7.0])
    wb.close()
    return path


def test_province_outside_the_cluster_names_file_sheet_row_and_fix(tmp_path):
    r = covenants.read_covenant(_bad_xlsx(tmp_path / "giao_uoc_2023.xlsx"))
    assert r.quarantined and r.reasons == r.problems
    assert ("giao_uoc_2023.xlsx, sheet Chỉ tiêu, dòng 7: tỉnh 'Bình Thuận' không thuộc cụm TN_DHNTB năm 2023 "
            "— sửa tên tỉnh hoặc danh sách cụm") in r.problems
    assert len(r.problems) == 1


def test_unknown_province_name_is_reported(tmp_path):
    def change(rows):
        rows[_find(rows, "Chỉ tiêu", "TC01", "Kon Tum")][3] = "Kon Tumm"
    r = _edit(tmp_path, change)
    assert r.quarantined
    assert any("dòng" in p and "không nhận ra tỉnh 'Kon Tumm'" in p and "— sửa tên tỉnh" in p for p in r.problems)


def test_criterion_without_maximum_points(tmp_path):
    def change(rows):
        rows[_find(rows, "Tiêu chí", "TC04")][7] = ""
    r = _edit(tmp_path, change)
    i = _find(_csv_rows(), "Tiêu chí", "TC04") + 1
    assert r.quarantined
    assert (f"giao_uoc_2022.csv, dòng {i} (phần Tiêu chí): tiêu chí 'TC04' không có điểm tối đa "
            "— ghi điểm tối đa (số > 0)") in r.problems


def _target_problem(tmp_path, criterion: str, column: int, value: str) -> str:
    """The problem reported for Gia Lai's target row of `criterion` once its `column` holds `value`; the file is
    quarantined."""
    def change(rows):
        rows[_find(rows, "Chỉ tiêu", criterion, "Gia Lai")][column] = value
    r = _edit(tmp_path, change)
    i = _find(_csv_rows(), "Chỉ tiêu", criterion, "Gia Lai") + 1
    assert r.quarantined
    return next(p for p in r.problems if f"dòng {i} " in p)


def test_target_in_a_unit_that_cannot_be_converted(tmp_path):
    msg = _target_problem(tmp_path, "TC02", 12, "triệu USD")
    assert msg.startswith("giao_uoc_2022.csv, dòng") and "'triệu USD'" in msg and "bn_vnd" in msg and "— ghi chỉ tiêu" in msg


def test_target_in_a_convertible_unit_is_converted_not_refused(tmp_path):
    def change(rows):
        i = _find(rows, "Chỉ tiêu", "TC02", "Gia Lai")
        rows[i][11], rows[i][12] = "5,8", "nghìn tỷ đồng"
    r = _edit(tmp_path, change)
    assert r.problems == []
    assert r.targets.filter(province_code="64", criterion_code="TC02")["target"].to_list() == [5800.0]


def test_a_target_written_as_a_range_asks_for_the_bound_that_completes_it(tmp_path):
    msg = _target_problem(tmp_path, "TC01", 11, "7-7,5")
    assert "'7-7,5' là một khoảng" in msg and "cận dưới" in msg and "không phải là số" not in msg


def test_points_above_the_maximum(tmp_path):
    def change(rows):
        rows[_find(rows, "Điểm chấm", "TC13", "Phú Yên")][11] = "7"  # TC13 max is 6
    r = _edit(tmp_path, change)
    i = _find(_csv_rows(), "Điểm chấm", "TC13", "Phú Yên") + 1
    assert r.quarantined
    assert (f"giao_uoc_2022.csv, dòng {i} (phần Điểm chấm): điểm 7 của tiêu chí 'TC13' vượt khung 0–6 "
            "— sửa điểm không quá điểm tối đa") in r.problems


def test_duplicate_criterion(tmp_path):
    def change(rows):
        i = _find(rows, "Tiêu chí", "TC06")
        rows.insert(i + 1, list(rows[i]))
    r = _edit(tmp_path, change)
    i = _find(_csv_rows(), "Tiêu chí", "TC06") + 1
    assert r.quarantined
    assert (f"giao_uoc_2022.csv, dòng {i + 1} (phần Tiêu chí): tiêu chí 'TC06' bị trùng (đã có ở dòng {i} (phần Tiêu chí)) "
            "— xóa dòng trùng hoặc đổi mã") in r.problems


def test_member_without_a_target_is_reported(tmp_path):
    def change(rows):
        del rows[_find(rows, "Chỉ tiêu", "TC07", "Đắk Nông")]
    r = _edit(tmp_path, change)
    assert r.quarantined
    assert "giao_uoc_2022.csv, sheet Chỉ tiêu: tỉnh 'Đắk Nông' thiếu chỉ tiêu TC07 — bổ sung số kế hoạch giao" in r.problems


def test_year_without_cluster_membership_quarantines(tmp_path):
    def change(rows):
        for r in rows[1:]:
            r[2] = "2026"
    r = _edit(tmp_path, change, name="giao_uoc_2026.csv")
    assert r.quarantined
    assert any("không có danh sách thành viên năm 2026" in p and "reference/clusters" in p for p in r.problems)


def test_unreadable_file_is_quarantined_not_raised(tmp_path):
    p = tmp_path / "giao_uoc_TN_DHNTB_2023.xlsx"
    p.write_bytes(b"not a workbook")
    r = covenants.read_covenant(p)
    assert r.quarantined and r.problems[0].startswith("giao_uoc_TN_DHNTB_2023.xlsx: không mở được tệp")
