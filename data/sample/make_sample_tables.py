"""Write the sample appendix tables in data/sample/tables/ (run: python data/sample/make_sample_tables.py).

SAMPLE DATA: every value here is invented and plausible, except three facts of
the seed article (Nhân Dân, 30/3/2023): 2022 GRDP growth Khánh Hòa 22,1%,
Lâm Đồng "more than 12%" (entered as 12,3), Quảng Nam "more than 11%" (11,6).
Four layouts (see data/sample/README.md): A and B are XLSX, C is CSV
semicolon Windows-1258 with "1.234,5" text numbers, D is CSV UTF-8 with BOM.
"""

from __future__ import annotations

import csv
import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from pipelines.lib import table_writer  # noqa: E402
from pipelines.lib.table_writer import SAMPLE_NOTE, slug, to_cp1258, vn_text_number  # noqa: E402,F401 (used by tests)

OUT = Path(__file__).resolve().parent / "tables"
FIXED_TIME = time.mktime((2024, 1, 2, 0, 0, 0, 0, 0, -1))

# 2022 (actual) per province: growth %, GRDP/capita mn VND, budget revenue bn VND, investment bn VND,
# export mn USD, import mn USD, retail bn VND, tourists thousand, new enterprises, poverty %, trained labour %,
# health insurance %, forest cover %, GRDP shares (agriculture, industry+construction, services; taxes = rest).
BASE = {
    "56": ("Khánh Hòa", 22.1, 84.0, 17500, 42000, 1650, 900, 86000, 7000, 1300, 2.4, 70.0, 92.5, 47.5, (11.5, 30.5, 51.0)),
    "68": ("Lâm Đồng", 12.3, 72.0, 9600, 34000, 1100, 250, 60000, 8500, 950, 2.6, 68.0, 93.0, 54.6, (36.0, 15.5, 42.5)),
    "49": ("Quảng Nam", 11.6, 80.0, 24000, 40000, 1900, 1500, 42000, 6000, 1050, 5.5, 66.0, 95.0, 59.4, (15.0, 40.0, 34.0)),
    "66": ("Đắk Lắk", 6.8, 55.0, 9200, 45000, 1000, 300, 95000, 1200, 1200, 8.0, 57.0, 91.0, 39.4, (37.0, 17.5, 39.5)),
    "67": ("Đắk Nông", 7.2, 58.0, 3200, 16000, 300, 130, 26000, 700, 560, 10.2, 50.0, 88.0, 36.8, (42.0, 17.0, 36.0)),
    "64": ("Gia Lai", 8.0, 62.0, 6600, 33000, 750, 120, 58000, 1400, 1000, 9.5, 58.0, 90.5, 47.9, (38.0, 24.0, 33.0)),
    "62": ("Kon Tum", 9.1, 54.0, 3600, 14000, 120, 40, 17000, 900, 420, 15.6, 54.0, 94.0, 62.0, (30.0, 25.0, 39.0)),
    "54": ("Phú Yên", 8.4, 64.0, 5100, 22000, 180, 60, 45000, 2800, 600, 5.0, 62.0, 92.0, 45.5, (25.0, 27.0, 41.0)),
    "52": ("Bình Định", 8.9, 69.0, 13000, 43000, 1050, 480, 70000, 4800, 1200, 4.2, 64.0, 93.5, 57.4, (27.0, 29.0, 38.0)),
    "51": ("Quảng Ngãi", 8.0, 78.0, 26000, 35000, 2100, 1500, 50000, 1500, 700, 4.8, 61.0, 92.0, 51.6, (17.0, 44.0, 32.0)),
}
SEED_FACTS = {"56", "68", "49"}  # 2022 GRDP growth from the seed article
GROWTH = {2021: 3.0, 2023: 7.0}  # invented cluster-typical growth for the other years (plus a province offset)
LAYOUT = {"56": "A", "49": "A", "52": "A", "66": "B", "64": "B", "54": "B", "68": "C", "67": "C", "62": "D", "51": "D"}


def values(code: str, year: int) -> dict:
    """Invented values of one province-year (2022 actuals are BASE; 2021/2023 derived)."""
    (name, g22, pc, bud, inv, exp, imp, ret, tour, ent, pov, trained, bhyt, forest, shares) = BASE[code]
    offset = (int(code) % 7) / 10
    growth = g22 if year == 2022 else round(GROWTH[year] + offset, 1)
    step = {2021: -1, 2022: 0, 2023: 1}[year]
    scale = {2021: 1 / 1.09, 2022: 1.0, 2023: 1.1}[year]
    agri, ind, serv = shares[0] - 0.5 * step, shares[1] + 0.2 * step, shares[2] + 0.3 * step
    taxes = round(100 - agri - ind - serv, 1)
    return {
        "grdp_growth": growth,
        "gva_agri": round(3.2 + offset, 1),
        "gva_ind": round(growth * 1.2, 1),
        "gva_serv": round(growth * 1.1 + 0.3, 1),
        "share_agri": round(agri, 1), "share_ind": round(ind, 1), "share_serv": round(serv, 1), "share_tax": taxes,
        "per_capita": round(pc * scale, 1),
        "budget": round(bud * scale, 1),
        "investment": round(inv * scale, 1),
        "export": round(exp * scale, 1),
        "import": round(imp * scale, 1),
        "retail": round(ret * scale, 1),
        "tourists": round(tour * scale, 1),
        "enterprises": round(ent * scale),
        "poverty": round(pov - 0.6 * step, 2),
        "trained": round(trained + 1.5 * step, 1),
        "bhyt": round(bhyt + 0.5 * step, 1),
        "forest": round(forest + 0.2 * step, 1),
    }


def plan_of(v: dict) -> dict:
    """The plan set a year earlier: levels a bit below the outcome, rates round targets."""
    out = {k: (round(x * 0.96, 1) if isinstance(x, float) and x > 200 else x) for k, x in v.items()}
    out["grdp_growth"] = round(v["grdp_growth"] - 0.4, 1)
    out["enterprises"] = int(v["enterprises"] * 0.95)
    return out


# (key, STT, label, unit, level?) — level rows get a "compared with last year" value
ROWS = [
    ("I", "KINH TẾ"),
    ("grdp_growth", "1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", False),
    (None, "2", "Tốc độ tăng giá trị tăng thêm", "", False),
    ("gva_agri", "-", "Nông, lâm nghiệp và thủy sản", "%", False),
    ("gva_ind", "-", "Công nghiệp và xây dựng", "%", False),
    ("gva_serv", "-", "Dịch vụ", "%", False),
    (None, "3", "Cơ cấu GRDP", "", False),
    ("share_agri", "-", "Nông, lâm nghiệp và thủy sản", "%", False),
    ("share_ind", "-", "Công nghiệp và xây dựng", "%", False),
    ("share_serv", "-", "Dịch vụ", "%", False),
    ("share_tax", "-", "Thuế sản phẩm trừ trợ cấp sản phẩm", "%", False),
    ("per_capita", "4", "GRDP bình quân đầu người", "Triệu đồng", True),
    ("budget", "5", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", True),
    ("investment", "6", "Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", True),
    ("export", "7", "Kim ngạch xuất khẩu", "Triệu USD", True),
    ("import", "8", "Kim ngạch nhập khẩu", "Triệu USD", True),
    ("retail", "9", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", True),
    ("tourists", "10", "Tổng lượt khách du lịch", "Nghìn lượt", True),
    ("enterprises", "11", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", True),
    ("II", "VĂN HÓA - XÃ HỘI"),
    ("poverty", "12", "Tỷ lệ hộ nghèo (theo chuẩn đa chiều)", "%", False),
    ("trained", "13", "Tỷ lệ lao động qua đào tạo", "%", False),
    ("bhyt", "14", "Tỷ lệ dân số tham gia BHYT", "%", False),
    ("III", "MÔI TRƯỜNG"),
    ("forest", "15", "Tỷ lệ che phủ rừng", "%", False),
]


def table_rows(code: str, year: int) -> list[tuple]:
    """(stt, label, unit, prev actual, plan, estimate, vs last year %, vs plan %) per row; sections have 2 items."""
    prev = values(code, year - 1)
    est = values(code, year)
    if year == 2022:  # the December 2022 estimate, revised a little in the 2023 report (except the seed facts)
        est = {k: (x if k == "grdp_growth" and code in SEED_FACTS else (round(x * 0.99, 1) if isinstance(x, float) and x > 200 else x))
               for k, x in est.items()}
    plan = plan_of(est)
    out = []
    for row in ROWS:
        if len(row) == 2:
            out.append(row)
            continue
        key, stt, label, unit, level = row
        if key is None:
            out.append((stt, label, unit, None, None, None, None, None))
            continue
        yoy = round(est[key] / prev[key] * 100, 1) if level else None
        vs_plan = round(est[key] / plan[key] * 100, 1) if key == "budget" else None
        out.append((stt, label, unit, prev[key], plan[key], est[key], yoy, vs_plan))
    return out


def title_date(year: int, code: str) -> tuple[int, int]:
    return 10 + int(code) % 8, 12  # day, month


def appendix(code: str, year: int) -> table_writer.AppendixTable:
    day, month = title_date(year, code)
    return table_writer.AppendixTable(BASE[code][0], year, day, month, table_rows(code, year), report_no=200 + int(code))


def write_layout_a(code: str, year: int) -> Path:
    return table_writer.write_layout_a(OUT / f"{slug(BASE[code][0])}_{year}.xlsx", appendix(code, year))


def write_layout_b(code: str, year: int) -> Path:
    return table_writer.write_layout_b(OUT / f"{slug(BASE[code][0])}_{year}_phu_luc.xlsx", appendix(code, year))


def write_layout_c(code: str, year: int) -> Path:
    return table_writer.write_layout_c(OUT / f"{slug(BASE[code][0])}_{year}.csv", appendix(code, year))


def write_layout_d(code: str, year: int) -> Path:
    """No province in the title: the file name says it (62_2023.csv or quang_ngai_2023.csv)."""
    stem = code if code == "62" else slug(BASE[code][0])
    return table_writer.write_layout_d(OUT / f"{stem}_{year}.csv", appendix(code, year))


# ------------------------------------------------------------------ flawed files (quarantine material)

def write_flawed() -> list[Path]:
    broken = OUT / "zz_loi_mau_o_so_hong_va_chi_tieu_la_phu_yen_2023.xlsx"
    wb = table_writer._workbook(broken)
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, f"TỈNH PHÚ YÊN - Phụ lục chỉ tiêu năm 2023 (ngày 20 tháng 12 năm 2023) - FILE LỖI MẪU - {SAMPLE_NOTE}")
    for col, text in enumerate(("STT", "Chỉ tiêu", "ĐVT", "TH 2022", "KH 2023", "Ước TH 2023")):
        ws.write(2, col, text)
    ws.write_row(3, 0, ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 8.4, 8.0])
    ws.write_string(3, 5, "12,3a")  # broken number cell
    ws.write_row(4, 0, ["2", "Chỉ số ABC", "%", 1.5, 2.0, 2.5])  # indicator not in the catalogue
    ws.write_row(5, 0, ["3", "Kim ngạch xuất khẩu", "Triệu USD", 180.0, 190.0, 200.0])
    wb.close()
    growth = OUT / "zz_loi_mau_tang_truong_300_phan_tram_kon_tum_2023.csv"
    rows = [
        [f"UBND TỈNH KON TUM - FILE LỖI MẪU (ngày 18 tháng 12 năm 2023) - {SAMPLE_NOTE}"],
        ["STT", "Chỉ tiêu", "ĐVT", "TH 2022", "Ước TH 2023"],
        ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "9,1", "300"],  # 300%: validation quarantines it
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    growth.write_bytes(buf.getvalue().encode("utf-8"))
    return [broken, growth]


WRITERS = {"A": write_layout_a, "B": write_layout_b, "C": write_layout_c, "D": write_layout_d}


def main() -> list[Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    written = [WRITERS[LAYOUT[code]](code, year) for code in BASE for year in (2022, 2023)]
    written += write_flawed()
    for p in written:  # a fixed mtime: the vintage fallback stays reproducible
        os.utime(p, (FIXED_TIME, FIXED_TIME))
    return written


if __name__ == "__main__":
    for p in main():
        print(p.relative_to(OUT.parent), p.stat().st_size)
