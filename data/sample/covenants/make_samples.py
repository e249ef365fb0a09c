"""Write the sample covenants of cluster TN_DHNTB (Số liệu mẫu – sample data).

    .venv/bin/python data/sample/covenants/make_samples.py

Targets are plausible plan values, not the provinces' real plans; the
qualitative points are invented. The 2023 covenant is an XLSX (one sheet per
section), the 2022 one the equivalent long CSV, so both layouts are exercised.
"""

from __future__ import annotations

import csv
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
CLUSTER = "TN_DHNTB"
SAMPLE = "Số liệu mẫu – sample data"

# code, name, group, max points, catalogue indicator ("" = qualitative), unit, kind, mandatory
CRITERIA = [
    ("TC01", "Tốc độ tăng trưởng GRDP", "Kinh tế", 10, "grdp_growth", "%", "Định lượng", "x"),
    ("TC02", "Thu NSNN trên địa bàn", "Kinh tế", 10, "state_budget_revenue", "tỷ đồng", "Định lượng", "x"),
    ("TC03", "Vốn đầu tư toàn xã hội", "Kinh tế", 8, "total_social_investment", "tỷ đồng", "Định lượng", ""),
    ("TC04", "Kim ngạch xuất khẩu", "Kinh tế", 8, "export_value", "triệu USD", "Định lượng", ""),
    ("TC05", "Tỷ lệ hộ nghèo đa chiều", "Xã hội", 8, "poverty_rate_multidim", "%", "Định lượng", ""),
    ("TC06", "Tỷ lệ che phủ rừng", "Môi trường", 6, "forest_cover", "%", "Định lượng", ""),
    ("TC07", "Số doanh nghiệp thành lập mới", "Kinh tế", 6, "new_enterprises", "doanh nghiệp", "Định lượng", ""),
    ("TC08", "Tỷ lệ lao động qua đào tạo", "Xã hội", 6, "trained_labour_rate", "%", "Định lượng", ""),
    ("TC09", "Tỷ lệ dân số tham gia BHYT", "Xã hội", 6, "health_insurance_coverage", "%", "Định lượng", ""),
    ("TC10", "GRDP bình quân đầu người", "Kinh tế", 6, "grdp_per_capita", "triệu đồng", "Định lượng", ""),
    ("TC11", "Công tác xây dựng Đảng và hệ thống chính trị", "Chính trị", 10, "", "điểm", "Định tính", ""),
    ("TC12", "Công tác thi đua, khen thưởng", "Thi đua", 10, "", "điểm", "Định tính", ""),
    ("TC13", "Tham gia hoạt động của Cụm thi đua", "Thi đua", 6, "", "điểm", "Định tính", ""),
]
PROVINCES = ["Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Kon Tum", "Gia Lai", "Đắk Lắk",
             "Đắk Nông", "Lâm Đồng"]

# plan values per province: TC01..TC10 (growth %, budget bn VND, investment bn VND, export mn USD,
# poverty %, forest %, enterprises, trained labour %, health insurance %, GRDP per capita mn VND)
TARGETS = {
    2022: {
        "Quảng Nam": (7.0, 23000, 42000, 1700, 6.5, 59.0, 950, 64.0, 94.0, 70.0),
        "Quảng Ngãi": (7.5, 21000, 30000, 1900, 6.0, 52.0, 850, 60.0, 94.0, 66.0),
        "Bình Định": (7.0, 13500, 38000, 1350, 3.0, 57.0, 900, 62.0, 92.0, 66.0),
        "Phú Yên": (7.5, 6500, 19000, 270, 4.5, 45.0, 450, 60.0, 93.0, 55.0),
        "Khánh Hòa": (7.5, 14000, 33000, 1300, 2.5, 47.0, 1300, 70.0, 91.0, 78.0),
        "Kon Tum": (7.0, 3000, 10500, 200, 13.5, 62.0, 300, 55.0, 94.0, 52.0),
        "Gia Lai": (7.0, 5800, 28000, 850, 9.0, 48.0, 800, 55.0, 92.0, 60.0),
        "Đắk Lắk": (6.5, 7000, 38000, 900, 10.0, 38.0, 1000, 53.0, 90.0, 52.0),
        "Đắk Nông": (6.5, 2700, 14000, 600, 10.0, 38.0, 400, 54.0, 88.0, 52.0),
        "Lâm Đồng": (7.5, 9000, 31000, 800, 2.0, 55.0, 1100, 70.0, 90.0, 75.0),
    },
    2023: {
        "Quảng Nam": (7.0, 26000, 44000, 1900, 5.5, 59.5, 1000, 66.0, 95.0, 78.0),
        "Quảng Ngãi": (7.0, 24000, 32000, 2100, 5.0, 52.5, 900, 62.0, 95.0, 74.0),
        "Bình Định": (7.0, 14500, 40000, 1450, 2.5, 57.5, 950, 64.0, 93.0, 72.0),
        "Phú Yên": (7.5, 7000, 20000, 300, 4.0, 45.5, 500, 62.0, 94.0, 60.0),
        "Khánh Hòa": (8.5, 17000, 36000, 1500, 2.0, 47.5, 1400, 72.0, 92.0, 90.0),
        "Kon Tum": (7.5, 3300, 11000, 230, 12.0, 62.5, 330, 57.0, 95.0, 56.0),
        "Gia Lai": (7.5, 6200, 30000, 900, 8.0, 48.5, 850, 57.0, 93.0, 65.0),
        "Đắk Lắk": (7.0, 7500, 40000, 1000, 8.5, 38.5, 1050, 55.0, 91.0, 57.0),
        "Đắk Nông": (7.0, 3000, 15000, 650, 8.5, 38.5, 420, 56.0, 89.0, 57.0),
        "Lâm Đồng": (8.0, 10000, 33000, 850, 1.5, 55.5, 1150, 72.0, 91.0, 82.0),
    },
}
# qualitative points awarded by the cluster: TC11, TC12, TC13
POINTS = {
    2022: {"Quảng Nam": (9.5, 9.5, 6), "Quảng Ngãi": (9, 9, 5.5), "Bình Định": (9.5, 9, 6), "Phú Yên": (9, 8.5, 5.5),
           "Khánh Hòa": (10, 9.5, 6), "Kon Tum": (9, 9, 5.5), "Gia Lai": (9, 9, 5.5), "Đắk Lắk": (9.5, 9.5, 6),
           "Đắk Nông": (8.5, 8.5, 5), "Lâm Đồng": (9.5, 9.5, 6)},
    2023: {"Quảng Nam": (9.5, 9.5, 6), "Quảng Ngãi": (9.5, 9, 5.5), "Bình Định": (9.5, 9.5, 6), "Phú Yên": (9, 9, 5.5),
           "Khánh Hòa": (9.5, 9.5, 6), "Kon Tum": (9, 9, 5.5), "Gia Lai": (9, 9.5, 5.5), "Đắk Lắk": (10, 9.5, 6),
           "Đắk Nông": (9, 8.5, 5.5), "Lâm Đồng": (9.5, 9.5, 6)},
}


def vi(x: float) -> str:
    """A number as a Vietnamese document writes it: 23.000 / 7,5."""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x}".replace(".", ",")


def write_xlsx(year: int, path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True})
    info = wb.add_worksheet("Thông tin")
    for i, (k, v) in enumerate([("Mã cụm", CLUSTER), ("Năm", year),
                                ("Tên cụm", "Cụm thi đua các tỉnh Tây Nguyên và duyên hải miền Trung"),
                                ("Ghi chú", SAMPLE)]):
        info.write(i, 0, k, bold)
        info.write(i, 1, v)
    ws = wb.add_worksheet("Thành viên")
    ws.write_row(0, 0, ["Tỉnh"], bold)
    for i, p in enumerate(PROVINCES, start=1):
        ws.write(i, 0, p)
    ws = wb.add_worksheet("Tiêu chí")
    ws.write(0, 0, f"GIAO ƯỚC THI ĐUA NĂM {year} — {SAMPLE}", bold)
    ws.write_row(1, 0, ["Mã tiêu chí", "Tên tiêu chí", "Nhóm", "Điểm tối đa", "Chỉ tiêu thống kê", "Đơn vị tính",
                        "Loại", "Bắt buộc"], bold)
    for i, c in enumerate(CRITERIA, start=2):
        ws.write_row(i, 0, c)
    ws = wb.add_worksheet("Chỉ tiêu")
    ws.write_row(0, 0, ["Tỉnh", "Mã tiêu chí", "Chỉ tiêu", "Đơn vị tính"], bold)
    r = 1
    for p in PROVINCES:
        for c, t in zip(CRITERIA[:10], TARGETS[year][p]):
            unit = c[5]
            if c[0] == "TC03":  # investment planned in nghìn tỷ đồng: converted on reading
                t, unit = t / 1000, "nghìn tỷ đồng"
            ws.write_row(r, 0, [p, c[0], t, unit])
            r += 1
    ws = wb.add_worksheet("Điểm chấm")
    ws.write_row(0, 0, ["Tỉnh", "Mã tiêu chí", "Điểm", "Ghi chú"], bold)
    r = 1
    for p in PROVINCES:
        for c, pts in zip(CRITERIA[10:], POINTS[year][p]):
            ws.write_row(r, 0, [p, c[0], pts, "cụm chấm tại hội nghị tổng kết"])
            r += 1
    wb.close()


def write_csv(year: int, path: Path) -> None:
    header = ["Phần", "Mã cụm", "Năm", "Tỉnh", "Mã tiêu chí", "Tên tiêu chí", "Nhóm", "Điểm tối đa",
              "Chỉ tiêu thống kê", "Loại", "Bắt buộc", "Giá trị", "Đơn vị tính", "Ghi chú"]
    rows = [["Thông tin", CLUSTER, year, "", "", "Ghi chú", "", "", "", "", "", SAMPLE, "", ""]]
    rows += [["Thành viên", CLUSTER, year, p] + [""] * 10 for p in PROVINCES]
    for code, name, group, mx, ind, unit, kind, mand in CRITERIA:
        rows.append(["Tiêu chí", CLUSTER, year, "", code, name, group, vi(mx), ind, kind, mand, "", unit, ""])
    for p in PROVINCES:
        for c, t in zip(CRITERIA[:10], TARGETS[year][p]):
            rows.append(["Chỉ tiêu", CLUSTER, year, p, c[0], "", "", "", "", "", "", vi(t), c[5], ""])
    for p in PROVINCES:
        for c, pts in zip(CRITERIA[10:], POINTS[year][p]):
            rows.append(["Điểm chấm", CLUSTER, year, p, c[0], "", "", "", "", "", "", vi(pts), "điểm", ""])
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    write_xlsx(2023, HERE / f"giao_uoc_{CLUSTER}_2023.xlsx")
    write_csv(2022, HERE / f"giao_uoc_{CLUSTER}_2022.csv")
