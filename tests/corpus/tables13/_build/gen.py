#!/usr/bin/env python3
"""tables13 – blind corpus of data exports and pivots (SAMPLE DATA / Số liệu mẫu).

Run from the repository root:  .venv/bin/python tests/corpus/tables13/_build/gen.py
Writes the ten document files, expected.yaml and README.md from the literals below.
All figures, names of offices and sentences are invented.
"""
import csv
import datetime as dt
import html
import io
import json
import re
import unicodedata
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
NAME = "tables13"
SAMPLE = "Số liệu mẫu"

FIXED_DT = dt.datetime(2024, 1, 1, 0, 0, 0)

# ----------------------------------------------------------------------------- helpers



MEASURED = "Measured blind (2026-11-28): precision 1.000, recall 0.405 (128 of 128 read, 316 expected): five files gave nothing (four refused for want of a 'Chỉ tiêu' header, an HTML table left as text) and the two CSVs went to the series reader. Then fixed by general rules: a CSV with a status column or a year with its status ('2021 (sơ bộ)') is read as a table; English long-export headers and status words; 'Chỉ số phát triển GRDP (năm trước = 100)'; one indicator per sheet with years down the rows (indicator from the title or the sheet name); provinces by month with 'Lũy kế 6 tháng' and an estimated month; a 'Vùng / Tỉnh, thành phố' column; 'Tỉnh (mã hệ thống)'; a title's status for one subject only; a PivotTable's 'Row Labels' / 'Nhãn Hàng': 0.979 / 0.886. Left: the pivot's quarterly sheet (province subtotal rows with indicator rows indented under them; skipped with its reason), forest cover dated by a footnote below an HTML table."

def vn(x, dec=1, thousands=False):
    """Vietnamese number: decimal comma, optional '.' thousands separator."""
    s = f"{x:,.{dec}f}" if thousands else f"{x:.{dec}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def num(v):
    v = round(float(v), 6)
    if v == int(v):
        return int(v)
    return v


def E(prov, ind, period, status, value, qual="exact", alts=None):
    d = {"province": prov, "indicator": ind, "period": period, "status": status,
         "qualifier": qual, "value": num(value)}
    if alts:
        d["alternatives"] = [num(a) for a in alts]
    return d


def normalise_zip(path, core_date):
    """Rewrite an OOXML zip with fixed timestamps and fixed core.xml dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    stamp = core_date.strftime("%Y-%m-%dT%H:%M:%SZ")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                t = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    t = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", rf"\g<1>{stamp}\g<2>", t)
                t = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rf"\g<1>{stamp}\g<2>", t)
                data = t.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def to_cp1258(s):
    """Encode to Windows-1258: precomposed where the code page has the letter,
    otherwise base letter (with circumflex/breve/horn) + combining tone mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = d[0] + "".join(c for c in d[1:] if c not in tones)
        tone = "".join(c for c in d[1:] if c in tones)
        out += unicodedata.normalize("NFC", base).encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


FILES = []  # (meta dict, expected list, traps list)

# ============================================================================ FILE 1
# Long CSV, UTF-8 with BOM, ';' separator, decimal comma, "Mã tỉnh" + indicator code column.
F1 = "ToanQuoc_CongDuLieu_XuatDai_2021-2022.csv"
P1 = [("01", "Hà Nội"), ("22", "Quảng Ninh"), ("27", "Bắc Ninh"), ("38", "Thanh Hóa"),
      ("48", "Đà Nẵng"), ("74", "Bình Dương"), ("79", "Hồ Chí Minh"), ("92", "Cần Thơ")]
F1_GROWTH_2021 = [2.92, 10.28, 6.93, 6.05, 0.21, 2.85, -4.98, 1.12]
F1_GROWTH_2022 = [8.89, 10.48, 6.42, 11.12, 14.05, 8.01, 9.03, 12.64]
F1_GRDP_2022 = [1197432.6, 285104.3, 232517.0, 306842.8, 128690.4, 451267.9, 1479227.1, 104386.5]   # tỷ đồng
F1_REV_2022 = [382617450, 53412876, 37925310, 50118642, 23207915, 72486033, 487554201, 14602378]   # triệu đồng
F1_EXP_2022 = [17562340, 3214870, 51236450, 7015280, None, 33418900, 46921550, 2108760]             # nghìn USD
F1_PLAN_2023 = {"01": 7.0, "22": 10.0, "38": 11.0, "74": 8.5}
F1_POP = {"01": 8435.7, "22": 1362.9, "27": 1488.2}                                               # no catalogue code


def file1():
    rows, exp = [], []
    ind_g = ("CT0101", "Tốc độ tăng tổng sản phẩm trên địa bàn (giá so sánh 2010)", "%")
    ind_v = ("CT0102", "Tổng sản phẩm trên địa bàn theo giá hiện hành", "Tỷ đồng")
    ind_r = ("CT0301", "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng")
    ind_x = ("CT0402", "Trị giá xuất khẩu hàng hóa", "Nghìn USD")
    ind_p = ("CT0701", "Dân số trung bình", "Nghìn người")
    # national rows (not expected)
    rows.append(("00", "Cả nước", *ind_g, "2021", "Chính thức", vn(2.58, 2)))
    rows.append(("00", "Cả nước", *ind_g, "2022", "Sơ bộ", vn(8.02, 2)))
    for i, (c, n) in enumerate(P1):
        rows.append((c, n, *ind_g, "2021", "Chính thức", vn(F1_GROWTH_2021[i], 2)))
        exp.append(E(n, "grdp_growth", "2021", "actual", F1_GROWTH_2021[i]))
        rows.append((c, n, *ind_g, "2022", "Sơ bộ", vn(F1_GROWTH_2022[i], 2)))
        exp.append(E(n, "grdp_growth", "2022", "estimate", F1_GROWTH_2022[i]))
        if c in F1_PLAN_2023:
            rows.append((c, n, *ind_g, "2023", "Kế hoạch", vn(F1_PLAN_2023[c], 1)))
            exp.append(E(n, "grdp_growth", "2023", "plan", F1_PLAN_2023[c]))
    rows.append(("00", "Cả nước", *ind_v, "2022", "Sơ bộ", vn(9513327.0, 1)))
    for i, (c, n) in enumerate(P1):
        rows.append((c, n, *ind_v, "2022", "Sơ bộ", vn(F1_GRDP_2022[i], 1)))
        exp.append(E(n, "grdp_value_current", "2022", "estimate", F1_GRDP_2022[i]))
    for i, (c, n) in enumerate(P1):
        rows.append((c, n, *ind_r, "2022", "Thực hiện", str(F1_REV_2022[i])))
        exp.append(E(n, "state_budget_revenue", "2022", "actual", F1_REV_2022[i] / 1000))
    rows.append(("00", "Cả nước", *ind_r, "2022", "Thực hiện", "1814016000"))
    for i, (c, n) in enumerate(P1):
        v = F1_EXP_2022[i]
        rows.append((c, n, *ind_x, "2022", "Sơ bộ", ".." if v is None else str(v)))
        if v is not None:
            exp.append(E(n, "export_value", "2022", "estimate", v / 1000))
    for c, n in P1:
        if c in F1_POP:
            rows.append((c, n, *ind_p, "2022", "Sơ bộ", vn(F1_POP[c], 1)))
    buf = io.StringIO()
    buf.write(f"Nguồn: Cổng dữ liệu thống kê địa phương – bản trích xuất dạng dài ({SAMPLE})\r\n")
    buf.write("Ngày trích xuất: 15/07/2023\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Mã tỉnh", "Tỉnh/thành phố", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ",
                "Loại số liệu", "Giá trị"])
    w.writerows(rows)
    (OUT / F1).write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    meta = dict(file=F1, doc_year=2022, vintage="2023-07-15", province=None,
                what="long CSV export (one row per province × indicator × period), UTF-8 with BOM, "
                     "';' separator, decimal comma, GSO 'Mã tỉnh' and a portal indicator code column (CT0101…)")
    traps = ["three preamble lines (source, extraction date, blank) before the header row",
             "'Mã tỉnh' is text with a leading zero ('01', '00'); code 00 'Cả nước' rows are national → not expected",
             "units per row: Triệu đồng (÷1000 → tỷ đồng), Nghìn USD (÷1000 → triệu USD), Tỷ đồng as is",
             "'Loại số liệu' column carries the status: Chính thức/Thực hiện → actual, Sơ bộ → estimate, Kế hoạch → plan (2023)",
             "Đà Nẵng export value is '..' → no observation",
             "'Dân số trung bình' (CT0701) has no catalogue code → not expected",
             "negative growth '-4,98' (Hồ Chí Minh 2021)"]
    return meta, exp, traps


# ============================================================================ FILE 2
# Wide CSV, ',' separator, decimal-comma values quoted, periods as columns.
F2 = "DBSCL_CongDuLieu_Rong_GRDP_2019-2021.csv"
P2 = ["Long An", "Tiền Giang", "Bến Tre", "An Giang", "Kiên Giang", "Cà Mau"]
F2_INDEX = {  # Chỉ số phát triển GRDP (năm trước = 100)
    "Long An": (109.64, 103.65, 99.12), "Tiền Giang": (107.21, 102.03, 100.84),
    "Bến Tre": (106.86, 101.12, 101.03), "An Giang": (106.24, 102.66, 103.88),
    "Kiên Giang": (107.39, 101.07, 98.76), "Cà Mau": (107.52, 103.11, 101.98)}
F2_PERCAP = {  # triệu đồng/người
    "Long An": (79.5, 80.9, 83.2), "Tiền Giang": (55.3, 56.0, None), "Bến Tre": (47.8, 48.5, 50.1),
    "An Giang": (43.6, 45.2, 46.8), "Kiên Giang": (57.9, 59.4, 58.6), "Cà Mau": (51.4, 53.2, 55.0)}
F2_STAR = ("Tiền Giang", 2)  # cell printed with '*'
F2_PERIODS = [("2019", "actual"), ("2020", "actual"), ("2021", "estimate")]


def file2():
    exp = []
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["Tỉnh, thành phố", "Chỉ tiêu", "Đơn vị", "2019", "2020", "2021 (sơ bộ)"])
    w.writerow(["Cả nước", "Chỉ số phát triển GRDP (năm trước = 100)", "%", "107,02", "102,91", "102,58"])
    w.writerow(["Đồng bằng sông Cửu Long", "Chỉ số phát triển GRDP (năm trước = 100)", "%", "106,85", "102,45", "100,95"])
    for p in P2:
        cells = []
        for k, v in enumerate(F2_INDEX[p]):
            s = vn(v, 2)
            if (p, k) == F2_STAR:
                s += "*"
            cells.append(s)
            per, st = F2_PERIODS[k]
            exp.append(E(p, "grdp_growth", per, st, round(v - 100, 2)))
        w.writerow([p, "Chỉ số phát triển GRDP (năm trước = 100)", "%", *cells])
    w.writerow(["Đồng bằng sông Cửu Long", "GRDP bình quân đầu người", "Triệu đồng", "55,4", "56,8", "58,1"])
    for p in P2:
        cells = []
        for k, v in enumerate(F2_PERCAP[p]):
            cells.append("-" if v is None else vn(v, 1))
            if v is not None:
                per, st = F2_PERIODS[k]
                exp.append(E(p, "grdp_per_capita", per, st, v))
        w.writerow([p, "GRDP bình quân đầu người", "Triệu đồng", *cells])
    w.writerow([])
    w.writerow([f"Ghi chú: (*) số liệu đã điều chỉnh theo kết quả rà soát; '-' chưa có số liệu. {SAMPLE}, "
                "trích xuất ngày 05/10/2022."])
    (OUT / F2).write_bytes(buf.getvalue().encode("utf-8"))
    meta = dict(file=F2, doc_year=2021, vintage="2022-10-05", province=None,
                what="wide CSV (periods as columns '2019', '2020', '2021 (sơ bộ)') for six Mekong-delta provinces; "
                     "comma-separated with quoted decimal-comma values")
    traps = ["GRDP given as an index 'năm trước = 100' → growth = index − 100 (99,12 → −0.88)",
             "'2021 (sơ bộ)' column → estimate; 2019 and 2020 → actual",
             "',' is the field separator while values use a decimal comma inside quotes (\"109,64\")",
             "a comma inside the first header ('Tỉnh, thành phố') is quoted",
             "national ('Cả nước') and regional ('Đồng bằng sông Cửu Long') rows → not expected",
             "'100,84*' carries a footnote star → 0.84",
             "'-' cell (Tiền Giang per capita 2021) → no observation",
             "footnote line at the end of the file"]
    return meta, exp, traps


# ============================================================================ FILE 3
# Excel pivot-table export (openpyxl), values in triệu đồng, two pivot sheets.
F3 = "CumTNDHNTB_Pivot_NganSach_2023.xlsx"
P3 = ["Khánh Hòa", "Lâm Đồng", "Quảng Nam"]  # pivot sorts A→Z
F3_REV = {"Khánh Hòa": (4305612, 4118903, 3976450, 5021335),
          "Lâm Đồng": (2415780, 2603145, 2512930, 3168845),
          "Quảng Nam": (6512340, 5987215, 6204118, 7410527)}
F3_EXP = {"Khánh Hòa": (3215407, 4012336, 4508129, 6377128),
          "Lâm Đồng": (3406213, 4225871, 4617090, 6401826),
          "Quảng Nam": (4812506, 6104388, 6750912, 9623194)}
F3_PLAN = {"Khánh Hòa": (17204500, 16850000), "Lâm Đồng": (17980300, 10150000),
           "Quảng Nam": (26115800, 25300000)}  # (chi NSĐP, thu NSNN) dự toán 2023, triệu đồng
IND_CHI = "Chi ngân sách địa phương"
IND_THU = "Thu ngân sách nhà nước trên địa bàn"


def file3():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    exp = []
    wb = Workbook()
    ws = wb.active
    ws.title = "PivotQuy"
    bold = Font(bold=True)
    hdr = PatternFill("solid", fgColor="DDEBF7")
    ws["A1"] = f"THU, CHI NGÂN SÁCH THEO QUÝ NĂM 2023 – trích 3 tỉnh Cụm thi đua Tây Nguyên và duyên hải miền Trung ({SAMPLE})"
    ws["A1"].font = bold
    ws["A3"], ws["B3"] = "Năm", 2023
    ws["A4"], ws["B4"] = "Chỉ tiêu", "(All)"
    ws["A5"], ws["B5"] = "Loại số liệu", "Thực hiện"
    ws["A7"], ws["B7"] = "Sum of Giá trị (triệu đồng)", "Column Labels"
    heads = ["Row Labels", "Quý 1", "Quý 2", "Quý 3", "Quý 4", "Grand Total"]
    for j, h in enumerate(heads):
        c = ws.cell(row=8, column=1 + j, value=h)
        c.font = bold
        c.fill = hdr
    r = 9
    qs = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]
    for p in P3:
        sub = [a + b for a, b in zip(F3_EXP[p], F3_REV[p])]
        ws.cell(row=r, column=1, value=p).font = bold
        for j, v in enumerate(sub + [sum(sub)]):
            c = ws.cell(row=r, column=2 + j, value=v)
            c.font = bold
            c.number_format = "#,##0"
        r += 1
        for ind, data, code in ((IND_CHI, F3_EXP[p], "local_budget_expenditure"),
                                (IND_THU, F3_REV[p], "state_budget_revenue")):
            c = ws.cell(row=r, column=1, value=ind)
            c.alignment = Alignment(indent=1)
            for j, v in enumerate(list(data) + [sum(data)]):
                ws.cell(row=r, column=2 + j, value=v).number_format = "#,##0"
            for q, v in zip(qs, data):
                exp.append(E(p, code, q, "actual", v / 1000))
            exp.append(E(p, code, "2023", "actual", sum(data) / 1000))
            r += 1
    tot = [sum(F3_EXP[p][k] + F3_REV[p][k] for p in P3) for k in range(4)]
    ws.cell(row=r, column=1, value="Grand Total").font = bold
    for j, v in enumerate(tot + [sum(tot)]):
        c = ws.cell(row=r, column=2 + j, value=v)
        c.font = bold
        c.number_format = "#,##0"
    ws.cell(row=r + 2, column=1, value=f"{SAMPLE} – xuất từ PivotTable ngày 20/03/2024; nguồn dữ liệu: bảng tổng hợp của Cụm.")
    ws.column_dimensions["A"].width = 42
    for col in "BCDEF":
        ws.column_dimensions[col].width = 14

    ws2 = wb.create_sheet("PivotDuToan")
    ws2["A1"] = f"DỰ TOÁN THU, CHI NGÂN SÁCH NĂM 2023 ({SAMPLE})"
    ws2["A1"].font = bold
    ws2["A3"], ws2["B3"] = "Năm", 2023
    ws2["A4"], ws2["B4"] = "Loại số liệu", "Dự toán"
    ws2["A6"], ws2["B6"] = "Tổng của Giá trị (triệu đồng)", "Nhãn Cột"
    for j, h in enumerate(["Nhãn Hàng", IND_CHI, IND_THU, "Tổng Cộng"]):
        c = ws2.cell(row=7, column=1 + j, value=h)
        c.font = bold
        c.fill = hdr
    r = 8
    for p in P3:
        chi, thu = F3_PLAN[p]
        ws2.cell(row=r, column=1, value=p)
        for j, v in enumerate((chi, thu, chi + thu)):
            ws2.cell(row=r, column=2 + j, value=v).number_format = "#,##0"
        exp.append(E(p, "local_budget_expenditure", "2023", "plan", chi / 1000))
        exp.append(E(p, "state_budget_revenue", "2023", "plan", thu / 1000))
        r += 1
    ws2.cell(row=r, column=1, value="Tổng Cộng").font = bold
    tc = sum(F3_PLAN[p][0] for p in P3)
    tt = sum(F3_PLAN[p][1] for p in P3)
    for j, v in enumerate((tc, tt, tc + tt)):
        c = ws2.cell(row=r, column=2 + j, value=v)
        c.font = bold
        c.number_format = "#,##0"
    ws2.column_dimensions["A"].width = 30
    for col in "BCD":
        ws2.column_dimensions[col].width = 24
    cd = dt.datetime(2024, 3, 20, 9, 0, 0)
    wb.properties.creator = "Sample"
    wb.properties.created = cd
    wb.properties.modified = cd
    wb.save(OUT / F3)
    normalise_zip(OUT / F3, cd)
    meta = dict(file=F3, doc_year=2023, vintage="2024-03-20", province=None,
                what="Excel PivotTable export: quarterly budget revenue/expenditure 2023 of three cluster members "
                     "(English pivot labels) and a second pivot of the 2023 budget estimates (Vietnamese labels)")
    traps = ["filter cells above the pivot ('Năm | 2023', 'Chỉ tiêu | (All)', 'Loại số liệu | Thực hiện/Dự toán')",
             "compact layout: province rows (bold) carry subtotals = revenue + expenditure → not expected; "
             "indicator rows are indented below them",
             "values in triệu đồng (title cell 'Sum of Giá trị (triệu đồng)') → ÷1000",
             "quarter columns are single quarters ('2023-Qn'); 'Grand Total' column = annual 2023 → expected as actual",
             "'Grand Total' / 'Tổng Cộng' rows (sum of provinces) and the 'Tổng Cộng' column of the estimate pivot "
             "(chi + thu) → not expected",
             "second sheet: 'Nhãn Hàng'/'Nhãn Cột'/'Tổng Cộng' Vietnamese pivot labels, status plan (Dự toán)"]
    return meta, exp, traps


# ============================================================================ FILE 4
# Dashboard export (xlsxwriter) with region subtotal rows and a national row.
F4 = "ToanQuoc_Dashboard_XuatNhapKhau_11T2024.xlsx"
F4_ROWS = [  # (kind, name, export mn USD, index, import mn USD, index)
    ("nat", "CẢ NƯỚC", 369920.5, 114.3, 344512.7, 116.4),
    ("reg", "Đồng bằng sông Hồng", 154210.8, 113.1, 142905.4, 114.8),
    ("prov", "Bắc Ninh", 51218.4, 112.6, 41877.3, 110.9),
    ("prov", "Hải Phòng", 28564.1, 118.2, 24306.8, 115.7),
    ("reg", "Trung du và miền núi phía Bắc", 62418.7, 109.5, 50233.1, 107.2),
    ("prov", "Thái Nguyên", 30412.7, 108.3, 21955.2, 104.1),
    ("reg", "Bắc Trung Bộ và duyên hải miền Trung", 31902.6, 117.0, 29874.4, 112.6),
    ("prov", "Thanh Hóa", 8215.6, 121.5, 7038.9, 95.8),
    ("reg", "Đông Nam Bộ", 98415.2, 115.4, 94012.7, 118.9),
    ("prov", "Bình Dương", 32116.3, 113.9, 21874.5, 112.2),
    ("prov", "Đồng Nai", 23904.8, 110.7, 18116.0, 109.4),
    ("reg", "Đồng bằng sông Cửu Long", 22973.2, 111.8, 27487.1, 121.3),
]


def file4():
    import xlsxwriter
    exp = []
    cd = dt.datetime(2024, 12, 6, 8, 30, 0)
    wb = xlsxwriter.Workbook(str(OUT / F4))
    wb.set_properties({"title": "Dashboard XNK 11T2024 – Số liệu mẫu", "author": "Sample", "created": cd})
    ws = wb.add_worksheet("Dashboard")
    b = wb.add_format({"bold": True})
    h = wb.add_format({"bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF", "text_wrap": True})
    nat = wb.add_format({"bold": True, "bg_color": "#FCE4D6", "num_format": "#,##0.0"})
    reg = wb.add_format({"bold": True, "bg_color": "#E2EFDA", "num_format": "#,##0.0"})
    nat_t = wb.add_format({"bold": True, "bg_color": "#FCE4D6"})
    reg_t = wb.add_format({"bold": True, "bg_color": "#E2EFDA"})
    pv = wb.add_format({"num_format": "#,##0.0"})
    pv_t = wb.add_format({"indent": 2})
    ws.write(0, 0, "BẢNG ĐIỀU KHIỂN XUẤT, NHẬP KHẨU HÀNG HÓA – ƯỚC TÍNH 11 THÁNG NĂM 2024", b)
    ws.write(1, 0, f"Cập nhật: 06/12/2024 | {SAMPLE} | Bộ lọc: Kỳ = 11 tháng 2024; Nhóm hàng = Tất cả")
    ws.write(2, 0, "Đơn vị: triệu USD; chỉ số so cùng kỳ: cùng kỳ năm trước = 100 (%)")
    heads = ["Vùng / Tỉnh, thành phố", "Xuất khẩu ước 11T/2024", "Chỉ số so cùng kỳ (%)",
             "Nhập khẩu ước 11T/2024", "Chỉ số so cùng kỳ (%)", "Cán cân thương mại"]
    for j, t in enumerate(heads):
        ws.write(4, j, t, h)
    r = 5
    for kind, name, x, xi, m, mi in F4_ROWS:
        fmt = {"nat": nat, "reg": reg, "prov": pv}[kind]
        tfmt = {"nat": nat_t, "reg": reg_t, "prov": pv_t}[kind]
        ws.write(r, 0, name, tfmt)
        for j, v in enumerate((x, xi, m, mi, round(x - m, 1))):
            ws.write_number(r, 1 + j, v, fmt)
        if kind == "prov":
            exp.append(E(name, "export_value", "2024-11M", "estimate", x))
            exp.append(E(name, "export_value_growth", "2024-11M", "estimate", round(xi - 100, 1)))
            exp.append(E(name, "import_value", "2024-11M", "estimate", m))
            exp.append(E(name, "import_value_growth", "2024-11M", "estimate", round(mi - 100, 1)))
        r += 1
    ws.write(r + 1, 0, "Ghi chú: dòng Vùng là tổng của tất cả các tỉnh trong vùng; bảng chỉ hiển thị các tỉnh có "
                       "kim ngạch lớn (bộ lọc Top N).")
    ws.set_column(0, 0, 40)
    ws.set_column(1, 5, 16)
    ws2 = wb.add_worksheet("Ghi chú")
    ws2.write(0, 0, f"{SAMPLE}. Dữ liệu xuất từ bảng điều khiển; số ước tính tháng 11 được cập nhật khi có số chính thức.")
    wb.close()
    normalise_zip(OUT / F4, cd)
    meta = dict(file=F4, doc_year=2024, vintage="2024-12-06", province=None,
                what="dashboard export of estimated 11-month 2024 exports/imports, national row, region subtotal "
                     "rows and a few provinces per region (Top-N filter)")
    traps = ["'CẢ NƯỚC' row and the six region rows (bold, coloured) → not expected; the ĐBSCL region row has "
             "no province beneath it",
             "province names are indented with cell formatting, not with text",
             "growth given as an index 'cùng kỳ năm trước = 100' → index − 100; Thanh Hóa import 95,8 → −4.2",
             "two columns share the header 'Chỉ số so cùng kỳ (%)' (export and import)",
             "'Cán cân thương mại' has no catalogue code → not expected",
             "period '2024-11M', status estimate ('ước tính 11 tháng')"]
    return meta, exp, traps


# ============================================================================ FILE 5
# Monthly matrix (.xls via xlwt): provinces down, months across, Lũy kế column.
F5 = "DBSH_MaTranThang_BanLe_6T2024.xls"
F5_DATA = {
    "Hải Phòng": (11842.6, 11015.3, 11630.8, 11905.2, 12240.7, 12512.4, 12.4),
    "Hải Dương": (6012.5, 5640.8, 5930.2, 6105.7, 6288.1, 6402.9, 10.6),
    "Hưng Yên": (4215.3, 3990.6, 4180.9, 4260.4, 4371.8, 4455.0, 11.8),
    "Nam Định": (4930.7, 4705.2, 4880.1, 4962.3, 5075.6, 5150.8, 9.7),
}


def file5():
    import xlwt
    exp = []
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("BanLe_6T2024")
    b = xlwt.easyxf("font: bold on")
    hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; align: wrap on")
    nf = xlwt.easyxf(num_format_str="#,##0.0")
    nfb = xlwt.easyxf("font: bold on", num_format_str="#,##0.0")
    ws.write(0, 0, "TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG THEO THÁNG NĂM 2024", b)
    ws.write(1, 0, f"Đơn vị: tỷ đồng – {SAMPLE} – trích xuất ngày 05/07/2024")
    heads = ["Tỉnh, thành phố", "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6 (ước)",
             "Lũy kế 6 tháng", "Lũy kế so cùng kỳ (tăng %)", "Tháng 6 so tháng 5 (%)"]
    for j, t in enumerate(heads):
        ws.write(3, j, t, hd)
    r = 4
    tot = [0.0] * 7
    for p, vals in F5_DATA.items():
        months, g = vals[:6], vals[6]
        cum = round(sum(months), 1)
        mom = round(months[5] / months[4] * 100, 1)
        ws.write(r, 0, p)
        for j, v in enumerate(months):
            ws.write(r, 1 + j, v, nf)
            exp.append(E(p, "retail_sales_services_revenue", f"2024-{j + 1:02d}",
                         "estimate" if j == 5 else "actual", v))
        ws.write(r, 7, cum, nf)
        ws.write(r, 8, g, nf)
        ws.write(r, 9, mom, nf)
        exp.append(E(p, "retail_sales_services_revenue", "2024-H1", "estimate", cum))
        exp.append(E(p, "retail_sales_services_revenue_growth", "2024-H1", "estimate", g))
        for k in range(6):
            tot[k] += months[k]
        r += 1
    ws.write(r, 0, "Cộng 4 tỉnh", b)
    for j in range(6):
        ws.write(r, 1 + j, round(tot[j], 1), nfb)
    ws.write(r, 7, round(sum(tot[:6]), 1), nfb)
    ws.write(r, 8, 11.3, nfb)
    ws.write(r + 2, 0, "Ghi chú: tháng 1–5 là số thực hiện; tháng 6 là số ước tính; cột cuối so với tháng trước.")
    ws.col(0).width = 256 * 22
    wb.save(str(OUT / F5))
    meta = dict(file=F5, doc_year=2024, vintage="2024-07-05", province=None,
                what="legacy .xls monthly matrix of retail sales and consumer-services revenue, four Red-River-delta "
                     "provinces × months 1–6 of 2024, with 'Lũy kế 6 tháng' and growth columns")
    traps = ["single months → '2024-01' … '2024-06'; June marked '(ước)' → estimate, January–May actual",
             "'Lũy kế 6 tháng' → '2024-H1' (status estimate: it contains the estimated June)",
             "'Lũy kế so cùng kỳ (tăng %)' is already a growth rate (not an index) → value as printed",
             "'Tháng 6 so tháng 5 (%)' is month-on-month → not expected",
             "'Cộng 4 tỉnh' total row → not expected",
             "BIFF8 .xls file (xlwt), numbers stored as floats"]
    return meta, exp, traps


# ============================================================================ FILE 6
# CSV in Windows-1258 with English headers.
F6 = "ToanQuoc_Export_cp1258_FDI_DN_PCI_2020.csv"
F6_DATA = [  # code, name, FDI value, FDI unit, new enterprises, PCI score, PCI rank
    ("30", "Hải Dương", 412.35, "million USD", 1412, 64.02, 31),
    ("40", "Nghệ An", 156800, "thousand USD", 1603, 65.35, 16),
    ("49", "Quảng Nam", 98.42, "million USD", 1005, 69.57, 2),
    ("52", "Bình Định", 61.7, "million USD", 1087, 68.12, 6),
    ("66", "Đắk Lắk", 4.25, "million USD", 1126, 63.40, 40),
    ("77", "Bà Rịa - Vũng Tàu", 587.6, "million USD", 1398, 66.87, 12),
    ("93", "Hậu Giang", 32150, "thousand USD", 412, 62.15, 52),
]


def file6():
    exp = []
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", lineterminator="\r\n")
    w.writerow(["Province code", "Province", "Indicator", "Unit", "Year", "Value", "Data status", "Note"])
    w.writerow(["00", "Toàn quốc", "Registered FDI capital (new + additional)", "million USD", "2020", "28532.5",
                "Official", SAMPLE])
    for code, name, fdi, unit, ne, sc, rk in F6_DATA:
        w.writerow([code, name, "Registered FDI capital (new + additional)", unit, "2020",
                    f"{fdi:g}" if unit == "million USD" else str(fdi), "Official", SAMPLE])
        exp.append(E(name, "fdi_registered", "2020", "actual", fdi if unit == "million USD" else fdi / 1000))
    for code, name, fdi, unit, ne, sc, rk in F6_DATA:
        w.writerow([code, name, "Newly established enterprises", "enterprises", "2020", str(ne), "Official", SAMPLE])
        exp.append(E(name, "new_enterprises", "2020", "actual", ne))
    for code, name, fdi, unit, ne, sc, rk in F6_DATA:
        w.writerow([code, name, "PCI score", "points", "2020", f"{sc:.2f}", "Published", SAMPLE])
        w.writerow([code, name, "PCI rank", "rank (of 63)", "2020", str(rk), "Published", SAMPLE])
        exp.append(E(name, "pci_score", "2020", "actual", sc))
        exp.append(E(name, "pci_rank", "2020", "actual", rk))
    (OUT / F6).write_bytes(to_cp1258(buf.getvalue()))
    meta = dict(file=F6, doc_year=2020, vintage="2021-06-30", province=None,
                what="CSV export in Windows-1258 (no BOM) with English headers: FDI, new enterprises and PCI 2020 "
                     "for seven provinces")
    traps = ["encoding Windows-1258: tone marks stored as separate combining characters (decomposed), so decoded "
             "names must be NFC-normalised ('Hải Dương', 'Đắk Lắk'); decoding as UTF-8 fails",
             "English headers (Province code, Province, Indicator, Unit, Year, Value, Data status)",
             "FDI unit varies per row: 'thousand USD' (Nghệ An, Hậu Giang) → ÷1000",
             "'Toàn quốc' row (code 00) → not expected",
             "PCI score and rank of 2020 in a 2021 export → period 2020, actual ('Published')",
             "'Bà Rịa - Vũng Tàu' contains ' - '"]
    return meta, exp, traps


# ============================================================================ FILE 7
# Workbook with one sheet per indicator (xlsxwriter), single province Đồng Nai.
F7 = "DongNai_CucTK_SoTay_MoiSheetMotChiTieu_2018-2020.xlsx"
PROV7 = "Đồng Nai"
F7_GROWTH = [("2018", 8.0, 7.85), ("2019", 8.2, 8.28), ("2020", 8.5, 3.34), ("2021", 7.0, None)]
F7_REV = [("2018", 48500, 52314, 110.6), ("2019", 53200, 56887, None), ("2020", 55600, 54902, None),
          ("2021", 53900, None, None)]
F7_EXPORT = [("2018", 19500, 20035.6, 11.2), ("2019", 21000, 21742.3, None), ("2020", 22500, 21456.1, None)]
F7_FDI = [("2018", 1.52), ("2019", 1.38), ("2020", 1.17)]  # tỷ USD
F7_NE = [("2018", 2215), ("2019", 2408), ("2020", 2352)]


def file7():
    import xlsxwriter
    exp = []
    cd = dt.datetime(2021, 3, 15, 10, 0, 0)
    wb = xlsxwriter.Workbook(str(OUT / F7))
    wb.set_properties({"title": "Sổ tay số liệu Đồng Nai – Số liệu mẫu", "author": "Sample", "created": cd})
    b = wb.add_format({"bold": True})
    h = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    n1 = wb.add_format({"num_format": "#,##0.0", "border": 1})
    n2 = wb.add_format({"num_format": "0.00", "border": 1})
    n0 = wb.add_format({"num_format": "#,##0", "border": 1})
    t = wb.add_format({"border": 1})
    src = f"Nguồn: Cục Thống kê tỉnh Đồng Nai – sổ tay số liệu ({SAMPLE}), cập nhật 15/03/2021"

    idx = wb.add_worksheet("Mục lục")
    idx.write(0, 0, f"SỔ TAY SỐ LIỆU KINH TẾ – XÃ HỘI TỈNH ĐỒNG NAI 2018–2020 ({SAMPLE})", b)
    names = ["Tăng trưởng GRDP", "Thu NSNN", "Kim ngạch xuất khẩu", "Vốn FDI đăng ký", "DN thành lập mới"]
    for i, n in enumerate(names):
        idx.write(2 + i, 0, i + 1)
        idx.write(2 + i, 1, n)

    def sheet(name, title, heads):
        ws = wb.add_worksheet(name)
        ws.write(0, 0, title, b)
        ws.write(1, 0, src)
        for j, x in enumerate(heads):
            ws.write(3, j, x, h)
        ws.set_column(0, 0, 12)
        ws.set_column(1, len(heads), 18)
        return ws

    ws = sheet("Tăng trưởng GRDP", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010)",
               ["Năm", "Kế hoạch (%)", "Thực hiện (%)"])
    for i, (y, kh, th) in enumerate(F7_GROWTH):
        ws.write(4 + i, 0, y, t)
        ws.write_number(4 + i, 1, kh, n2)
        exp.append(E(PROV7, "grdp_growth", y, "plan", kh))
        if th is None:
            ws.write_blank(4 + i, 2, None, t)
        else:
            ws.write_number(4 + i, 2, th, n2)
            exp.append(E(PROV7, "grdp_growth", y, "actual", th))

    ws = sheet("Thu NSNN", "Thu ngân sách nhà nước trên địa bàn (tỷ đồng)",
               ["Năm", "Dự toán HĐND tỉnh giao", "Thực hiện", "So dự toán (%)", "So cùng kỳ (năm trước = 100) (%)"])
    prev = None
    for i, (y, dtn, th, idx18) in enumerate(F7_REV):
        ws.write(4 + i, 0, y, t)
        ws.write_number(4 + i, 1, dtn, n0)
        exp.append(E(PROV7, "state_budget_revenue", y, "plan", dtn))
        if th is None:
            for j in (2, 3, 4):
                ws.write_blank(4 + i, j, None, t)
            continue
        pct = round(th / dtn * 100, 1)
        ix = idx18 if idx18 is not None else round(th / prev * 100, 1)
        ws.write_number(4 + i, 2, th, n0)
        ws.write_number(4 + i, 3, pct, n1)
        ws.write_number(4 + i, 4, ix, n1)
        exp.append(E(PROV7, "state_budget_revenue", y, "actual", th))
        exp.append(E(PROV7, "state_budget_revenue_pct_of_estimate", y, "actual", pct))
        exp.append(E(PROV7, "state_budget_revenue_growth", y, "actual", round(ix - 100, 1)))
        prev = th

    ws = sheet("Kim ngạch xuất khẩu", "Trị giá xuất khẩu hàng hóa (triệu USD)",
               ["Năm", "Kế hoạch", "Thực hiện", "Tăng so năm trước (%)"])
    prev = None
    for i, (y, kh, th, g18) in enumerate(F7_EXPORT):
        g = g18 if g18 is not None else round((th / prev - 1) * 100, 1)
        ws.write(4 + i, 0, y, t)
        ws.write_number(4 + i, 1, kh, n1)
        ws.write_number(4 + i, 2, th, n1)
        ws.write_number(4 + i, 3, g, n1)
        exp.append(E(PROV7, "export_value", y, "plan", kh))
        exp.append(E(PROV7, "export_value", y, "actual", th))
        exp.append(E(PROV7, "export_value_growth", y, "actual", g))
        prev = th

    ws = sheet("Vốn FDI đăng ký", "Vốn đầu tư trực tiếp nước ngoài đăng ký (cấp mới và tăng vốn) – đơn vị: tỷ USD",
               ["Năm", "Vốn đăng ký (tỷ USD)"])
    for i, (y, v) in enumerate(F7_FDI):
        ws.write(4 + i, 0, y, t)
        ws.write_number(4 + i, 1, v, n2)
        exp.append(E(PROV7, "fdi_registered", y, "actual", round(v * 1000, 3)))

    ws = sheet("DN thành lập mới", "Số doanh nghiệp thành lập mới (doanh nghiệp)", ["Năm", "Số doanh nghiệp"])
    for i, (y, v) in enumerate(F7_NE):
        ws.write(4 + i, 0, y, t)
        ws.write_number(4 + i, 1, v, n0)
        exp.append(E(PROV7, "new_enterprises", y, "actual", v))
    wb.close()
    normalise_zip(OUT / F7, cd)
    meta = dict(file=F7, doc_year=2020, vintage="2021-03-15", province=PROV7,
                what="single-province workbook, one sheet per indicator (sheet names are indicator names), "
                     "years down the rows, plan and actual columns")
    traps = ["the province appears only in titles/source lines, never in a data column",
             "sheet names are the indicator names; a 'Mục lục' (contents) sheet has no figures",
             "years are text cells ('2018'); 2021 rows carry only the plan (Kế hoạch / Dự toán)",
             "'So dự toán (%)' → state_budget_revenue_pct_of_estimate; 'So cùng kỳ (năm trước = 100)' is an index → −100",
             "export sheet: 'Tăng so năm trước (%)' is already a growth rate",
             "FDI sheet in tỷ USD → ×1000 (1,52 → 1520)",
             "2021 GRDP 'Thực hiện' cell is blank → only the plan"]
    return meta, exp, traps


# ============================================================================ FILE 8
# 2026 export with the 34 provinces (openpyxl); document shows full names (full_name_tlq),
# expected uses name_915_CTK_CSCL.
F8 = "34Tinh_Export2026_TangTruongGRDP_2025.xlsx"
F8_DATA = [  # code, name printed, expected name, old codes, growth 2025
    ("01", "Thành phố Hà Nội", "Thành phố Hà Nội", "01", 8.16),
    ("04", "Tỉnh Cao Bằng", "Cao Bằng", "04", 6.42),
    ("08", "Tỉnh Tuyên Quang", "Tuyên Quang", "02, 08", 8.35),
    ("11", "Tỉnh Điện Biên", "Điện Biên", "11", 9.12),
    ("12", "Tỉnh Lai Châu", "Lai Châu", "12", 7.05),
    ("14", "Tỉnh Sơn La", "Sơn La", "14", 6.88),
    ("15", "Tỉnh Lào Cai", "Lào Cai", "10, 15", 9.47),
    ("19", "Tỉnh Thái Nguyên", "Thái Nguyên", "06, 19", 8.61),
    ("20", "Tỉnh Lạng Sơn", "Lạng Sơn", "20", 7.43),
    ("22", "Tỉnh Quảng Ninh", "Quảng Ninh", "22", 11.02),
    ("24", "Tỉnh Bắc Ninh", "Bắc Ninh", "24, 27", 10.54),
    ("25", "Tỉnh Phú Thọ", "Phú Thọ", "17, 25, 26", 9.86),
    ("31", "Thành phố Hải Phòng", "Thành phố Hải Phòng", "30, 31", 11.21),
    ("33", "Tỉnh Hưng Yên", "Hưng Yên", "33, 34", 9.38),
    ("37", "Tỉnh Ninh Bình", "Ninh Bình", "35, 36, 37", 10.07),
    ("38", "Tỉnh Thanh Hoá", "Thanh Hóa", "38", 8.74),
    ("40", "Tỉnh Nghệ An", "Nghệ An", "40", 8.29),
    ("42", "Tỉnh Hà Tĩnh", "Hà Tĩnh", "42", 7.96),
    ("44", "Tỉnh Quảng Trị", "Quảng Trị", "44, 45", 6.73),
    ("46", "Thành phố Huế", "Thành phố Huế", "46", 8.15),
    ("48", "Thành phố Đà Nẵng", "Thành phố Đà Nẵng", "48, 49", 9.64),
    ("51", "Tỉnh Quảng Ngãi", "Quảng Ngãi", "51, 62", 8.92),
    ("52", "Tỉnh Gia Lai", "Gia Lai", "52, 64", 7.38),
    ("56", "Tỉnh Khánh Hoà", "Khánh Hòa", "56, 58", 8.47),
    ("66", "Tỉnh Đắk Lắk", "Đắk Lắk", "54, 66", 7.12),
    ("68", "Tỉnh Lâm Đồng", "Lâm Đồng", "60, 67, 68", 6.95),
    ("75", "Thành phố Đồng Nai", "Đồng Nai", "70, 75", 9.18),
    ("79", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "74, 77, 79", 8.03),
    ("80", "Tỉnh Tây Ninh", "Tây Ninh", "72, 80", 8.56),
    ("82", "Tỉnh Đồng Tháp", "Đồng Tháp", "82, 87", 6.81),
    ("86", "Tỉnh Vĩnh Long", "Vĩnh Long", "83, 84, 86", 7.24),
    ("91", "Tỉnh An Giang", "An Giang", "89, 91", 7.67),
    ("92", "Thành phố Cần Thơ", "Thành phố Cần Thơ", "92, 93, 94", 6.58),
    ("96", "Tỉnh Cà Mau", "Cà Mau", "95, 96", 7.89),
]


def file8():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    exp = []
    wb = Workbook()
    ws = wb.active
    ws.title = "GRDP_2025"
    bold = Font(bold=True)
    ws["A1"] = "TỐC ĐỘ TĂNG TỔNG SẢN PHẨM TRÊN ĐỊA BÀN (GRDP) NĂM 2025 SO VỚI NĂM 2024 – 34 TỈNH, THÀNH PHỐ"
    ws["A1"].font = bold
    ws["A2"] = (f"Theo địa giới hành chính từ 01/7/2025; số liệu năm 2025 là số sơ bộ. {SAMPLE}. "
                "Ngày xuất dữ liệu: 10/02/2026")
    heads = ["Mã tỉnh", "Tỉnh, thành phố", "Gồm mã tỉnh cũ", "Tốc độ tăng GRDP 2025 (%)", "Xếp hạng"]
    for j, t in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=t)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    ws.cell(row=5, column=1, value="00")
    ws.cell(row=5, column=2, value="Cả nước").font = bold
    ws.cell(row=5, column=4, value=8.02).number_format = "0.00"
    order = sorted(F8_DATA, key=lambda r: -r[4])
    rank = {r[0]: i + 1 for i, r in enumerate(order)}
    for i, (code, shown, name, old, g) in enumerate(F8_DATA):
        r = 6 + i
        ws.cell(row=r, column=1, value=code).number_format = "@"
        ws.cell(row=r, column=2, value=shown)
        ws.cell(row=r, column=3, value=old)
        ws.cell(row=r, column=4, value=g).number_format = "0.00"
        ws.cell(row=r, column=5, value=rank[code])
        exp.append(E(name, "grdp_growth", "2025", "estimate", g))
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 24
    cd = dt.datetime(2026, 2, 10, 8, 0, 0)
    wb.properties.creator = "Sample"
    wb.properties.created = cd
    wb.properties.modified = cd
    wb.save(OUT / F8)
    normalise_zip(OUT / F8, cd)
    meta = dict(file=F8, doc_year=2025, vintage="2026-02-10", province=None,
                what="2026 export of 2025 GRDP growth (sơ bộ) for the 34 post-merger provinces with their codes, "
                     "the old codes they absorbed, a national row and a rank column")
    traps = ["names printed with the administrative prefix ('Tỉnh …', 'Thành phố …') and old-style accents "
             "('Tỉnh Thanh Hoá', 'Tỉnh Khánh Hoà', 'Thành phố Đồng Nai') → expected under the name_915_CTK_CSCL "
             "spelling ('Thanh Hóa', 'Khánh Hòa', 'Đồng Nai')",
             "codes are text with leading zeros ('01', '04', '08')",
             "'Gồm mã tỉnh cũ' lists the absorbed pre-2025 codes (e.g. '17, 25, 26') → must not be read as provinces or figures",
             "'Xếp hạng' is a rank of growth, not PCI → not expected",
             "'Cả nước' row (code 00) → not expected",
             "statement 'số liệu năm 2025 là số sơ bộ' only in the note line → estimate"]
    return meta, exp, traps


# ============================================================================ FILE 9
# HTML dashboard export; province names in UPPER CASE without diacritics.
F9 = "BacTrungBo_Dashboard_DuLich_KhongDau_2023.html"
F9_DATA = [  # shown, expected, arrivals (nghìn lượt), growth %, revenue tỷ, poverty %, forest %
    ("THANH HOA", "Thanh Hóa", 15142.6, 18.2, 25318.4, 2.97, 53.52),
    ("NGHE AN", "Nghệ An", 9320.5, 27.4, 16905.2, 4.81, 58.36),
    ("HA TINH", "Hà Tĩnh", 2415.8, 12.9, 1802.6, 3.12, 52.40),
    ("QUANG BINH", "Quảng Bình", 4512.0, 21.7, 7410.3, 3.58, 68.65),
    ("QUANG TRI", "Quảng Trị", 2108.4, 9.5, 2312.7, 5.02, 49.87),
    ("THUA THIEN HUE", "Huế", 3612.9, 40.1, 6112.8, 2.21, 57.30),
]


def file9():
    exp = []
    rows = []
    for shown, name, arr, g, rev, pov, fc in F9_DATA:
        rows.append(f"<tr><td>{shown}</td><td class=\"n\">{vn(arr, 1, True)}</td><td class=\"n\">{vn(g, 1)}</td>"
                    f"<td class=\"n\">{vn(rev, 1, True)}</td><td class=\"n\">{vn(pov, 2)}</td>"
                    f"<td class=\"n\">{vn(fc, 2)}</td></tr>")
        exp.append(E(name, "tourism_arrivals", "2023", "estimate", round(arr * 1000)))
        exp.append(E(name, "tourism_revenue", "2023", "estimate", rev))
        exp.append(E(name, "poverty_rate_multidim", "2023", "actual", pov))
        exp.append(E(name, "forest_cover", "2022", "actual", fc))
    tot_arr = round(sum(r[2] for r in F9_DATA), 1)
    tot_rev = round(sum(r[4] for r in F9_DATA), 1)
    rows.append(f"<tr class=\"tot\"><td>BAC TRUNG BO</td><td class=\"n\">{vn(tot_arr, 1, True)}</td>"
                f"<td class=\"n\">{vn(21.6, 1)}</td><td class=\"n\">{vn(tot_rev, 1, True)}</td>"
                f"<td class=\"n\">{vn(3.61, 2)}</td><td class=\"n\">{vn(56.91, 2)}</td></tr>")
    body = "\n".join(rows)
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Bảng điều khiển du lịch và an sinh – Bắc Trung Bộ 2023 ({SAMPLE})</title>
<style>
body {{ font-family: Arial, sans-serif; font-size: 13px; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #999; padding: 3px 8px; }}
td.n {{ text-align: right; }}
tr.tot td {{ font-weight: bold; background: #eee; }}
</style>
</head>
<body>
<h1>Du lịch và an sinh xã hội các tỉnh Bắc Trung Bộ năm 2023</h1>
<p class="badge"><strong>{SAMPLE}</strong> – bản xuất HTML từ bảng điều khiển, cập nhật 15/01/2024.
Số liệu du lịch năm 2023 là số ước tính.</p>
<p>Bộ lọc: Vùng = BAC TRUNG BO; Năm = 2023. Khóa tỉnh hiển thị theo mã nội bộ của hệ thống (không dấu, chữ hoa).</p>
<table id="dashboard">
<thead>
<tr><th>Tỉnh (mã hệ thống)</th><th>Lượt khách du lịch (nghìn lượt)</th><th>Lượt khách tăng so năm trước (%)</th>
<th>Doanh thu du lịch (tỷ đồng)</th><th>Tỷ lệ hộ nghèo đa chiều (%) (1)</th><th>Tỷ lệ che phủ rừng (%) (2)</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>(1) Kết quả rà soát hộ nghèo cuối năm 2023 theo chuẩn nghèo đa chiều, số chính thức.</p>
<p>(2) Theo công bố hiện trạng rừng năm 2022 (số liệu mới nhất tại thời điểm xuất).</p>
</body>
</html>
"""
    (OUT / F9).write_bytes(doc.encode("utf-8"))
    meta = dict(file=F9, doc_year=2023, vintage="2024-01-15", province=None,
                what="HTML dashboard export, six North-Central provinces keyed by upper-case unaccented names: "
                     "tourism, multidimensional poverty and forest cover")
    traps = ["province names in UPPER CASE without diacritics ('THANH HOA', 'QUANG BINH')",
             "'THUA THIEN HUE' → the 63-province list spells it 'Huế'",
             "arrivals in nghìn lượt with '.' thousands separator ('15.142,6') → ×1000 persons",
             "'Lượt khách tăng so năm trước' has no catalogue code → not expected",
             "footnote (1): poverty rate is the official end-2023 review → actual; tourism figures estimate",
             "footnote (2): forest cover refers to 2022 → period '2022', actual",
             "'BAC TRUNG BO' total row → not expected"]
    return meta, exp, traps


# ============================================================================ FILE 10
# Single-province docx: the same figures in two units (tỷ đồng and triệu USD).
F10 = "BacNinh_SoCongThuong_HaiDonVi_2019-2023.docx"
PROV10 = "Bắc Ninh"
F10_YEARS = ["2019", "2020", "2021", "2022", "2023"]
F10_RATE = [23050, 23120, 22950, 23400, 23800]  # VND/USD, printed, not expected
F10_USD = {  # triệu USD
    "Kim ngạch xuất khẩu hàng hóa": ("export_value", [36512.4, 38904.7, 48217.5, 51602.3, 49830.0]),
    "Kim ngạch nhập khẩu hàng hóa": ("import_value", [31004.2, 32618.9, 44305.1, 47118.6, 45210.5]),
    "Vốn FDI đăng ký (cấp mới và điều chỉnh)": ("fdi_registered", [1640.3, 1082.7, 2118.4, 1486.9, 4712.6]),
}
F10_VND = {  # tỷ đồng
    "Thu ngân sách nhà nước trên địa bàn": ("state_budget_revenue", [31205, 32417, 40318, 38812, 36590]),
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng": ("retail_sales_services_revenue",
                                                                [62408, 60115, 58930, 78312, 86705]),
}


def file10():
    import docx
    from docx.shared import Pt
    exp = []
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading("Bắc Ninh – số liệu thương mại, đầu tư và ngân sách 2019–2023 (hai đơn vị tính)", level=1)
    d.add_paragraph(f"{SAMPLE}. Bảng xuất từ hệ thống cơ sở dữ liệu ngành Công Thương tỉnh Bắc Ninh, ngày 20/12/2023. "
                    "Các dòng quy đổi dùng tỷ giá bình quân năm ở dòng cuối bảng; năm 2023 là số ước thực hiện.")
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, x in enumerate(["Chỉ tiêu", "Đơn vị tính", "2019", "2020", "2021", "2022", "Ước 2023"]):
        t.rows[0].cells[j].text = x
    stat = ["actual"] * 4 + ["estimate"]

    def row(label, unit, vals, dec):
        cells = t.add_row().cells
        cells[0].text = label
        cells[1].text = unit
        for j, v in enumerate(vals):
            cells[2 + j].text = vn(v, dec, True)

    for label, (code, vals) in F10_USD.items():
        row(label, "Triệu USD", vals, 1)
        row(label + " (quy đổi)", "Tỷ đồng", [round(v * r / 1000) for v, r in zip(vals, F10_RATE)], 0)
        for y, v, s in zip(F10_YEARS, vals, stat):
            exp.append(E(PROV10, code, y, s, v))
    for label, (code, vals) in F10_VND.items():
        row(label, "Tỷ đồng", vals, 0)
        row(label + " (quy đổi)", "Triệu USD", [round(v * 1000 / r, 1) for v, r in zip(vals, F10_RATE)], 1)
        for y, v, s in zip(F10_YEARS, vals, stat):
            exp.append(E(PROV10, code, y, s, v))
    row("Tỷ giá bình quân năm", "VND/USD", F10_RATE, 0)
    d.add_paragraph("Ghi chú: số có dấu chấm phân cách hàng nghìn, dấu phẩy thập phân. Dòng “(quy đổi)” chỉ để tham khảo.")
    cp = d.core_properties
    cd = dt.datetime(2023, 12, 20, 9, 0, 0)
    cp.author = "Sample"
    cp.title = "Bắc Ninh – hai đơn vị tính (Số liệu mẫu)"
    cp.created = cd
    cp.modified = cd
    cp.last_printed = cd
    cp.last_modified_by = "Sample"
    cp.revision = 1
    d.save(str(OUT / F10))
    normalise_zip(OUT / F10, cd)
    meta = dict(file=F10, doc_year=2023, vintage="2023-12-20", province=PROV10,
                what="single-province .docx table: trade, FDI, budget revenue and retail 2019–2023, every series "
                     "given twice (native unit and a converted row in the other currency)")
    traps = ["every series appears twice: only the row in the catalogue's own unit is expected (triệu USD for "
             "export/import/FDI, tỷ đồng for budget revenue and retail); '(quy đổi)' rows → not expected",
             "numbers with '.' thousands and ',' decimals ('36.512,4', '31.205')",
             "column 'Ước 2023' → estimate; 2019–2022 actual",
             "'Tỷ giá bình quân năm' row (VND/USD) → not expected",
             "the province appears only in the heading and the source sentence"]
    return meta, exp, traps


# ============================================================================ expected.yaml / README

DOUBTS = [
    "Index columns ('năm trước = 100', 'cùng kỳ năm trước = 100') are converted to growth = index − 100 "
    "(files 2, 4, 7); columns already worded as 'tăng %' are taken as printed (files 5, 7).",
    "Status: 'Chính thức', 'Thực hiện', 'Official', 'Published' → actual; 'Sơ bộ', 'Ước', '(ước)', 'ước tính' → "
    "estimate; 'Kế hoạch', 'Dự toán' → plan. No 'dự báo' in this corpus.",
    "All qualifiers are exact: exports carry bare numbers, no 'khoảng', 'trên', 'gần'.",
    "File 3: the 'Grand Total' column of the quarterly pivot (sum of the four single quarters) is expected as the "
    "2023 annual actual; province subtotal rows (revenue + expenditure) and 'Grand Total'/'Tổng Cộng' rows (sum of "
    "provinces) are not expected.",
    "File 5: 'Lũy kế 6 tháng' is coded '2024-H1' (an analyst could write '2024-6M'); its status is estimate because "
    "June is an estimate; months 1–5 are actual although the document is dated 5 July.",
    "File 9: the forest-cover column is footnoted as the 2022 forest-status publication → period '2022' actual, "
    "although the table is '2023'. Poverty rate footnoted as the official end-2023 review → actual, while tourism "
    "figures of the same rows are estimates.",
    "File 9: 'THUA THIEN HUE' (a 2023 document) is expected as 'Huế', the name the 63-province reference uses.",
    "File 8: printed names use full_name_tlq ('Tỉnh Thanh Hoá', 'Thành phố Đồng Nai'); expected names use "
    "name_915_CTK_CSCL ('Thanh Hóa', 'Đồng Nai', 'Thành phố Hà Nội'). The rank column ranks growth → not expected.",
    "File 10 (two units): only the figure in the catalogue's unit is expected; the converted rows are not, because "
    "converting back would need the exchange rate (printed, but a rate-dependent figure is not a reading of the "
    "document's own number).",
    "File 7: 'Dự toán HĐND tỉnh giao' is expected as state_budget_revenue with status plan; 'So dự toán (%)' as "
    "state_budget_revenue_pct_of_estimate (actual). Planned export ('Kế hoạch') as export_value plan.",
    "File 7: FDI 'cấp mới và tăng vốn' and file 10 FDI 'cấp mới và điều chỉnh' both read as fdi_registered.",
    "Missing cells ('..', '-', blank) give no observation.",
    "National ('Cả nước', 'Toàn quốc', code 00), regional ('Đồng bằng sông Cửu Long', 'BAC TRUNG BO', dashboard "
    "region rows) and 'Cộng 4 tỉnh' rows are not expected; nor indicators without a code (population, trade "
    "balance, tourist-arrival growth, exchange rate) nor month-on-month columns.",
    "File 6: PCI 2020 published in 2021 → period 2020, status actual.",
    "File 1: 'Thực hiện' 2022 state budget revenue in a July-2023 export is taken as actual (not yet 'quyết toán'; "
    "an analyst could call it estimate).",
    "File 2: '100,84*' — the star marks an adjusted figure; value 0.84, status estimate like its column.",
]


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def dump_entry(e):
    parts = [f"province: {yaml_str(e['province'])}", f"indicator: {e['indicator']}", f"period: '{e['period']}'",
             f"status: {e['status']}", f"qualifier: {e['qualifier']}", f"value: {e['value']}"]
    if "alternatives" in e:
        parts.append("alternatives: [" + ", ".join(str(a) for a in e["alternatives"]) + "]")
    return "        - {" + ", ".join(parts) + "}"


def main():
    builders = [file1, file2, file3, file4, file5, file6, file7, file8, file9, file10]
    results = [b() for b in builders]
    total = sum(len(e) for _, e, _ in results)
    lines = [f"# {NAME} – blind data-exports-and-pivots corpus (SAMPLE DATA / {SAMPLE})",
             "# Conventions: values in catalogue units (tỷ đồng, triệu USD, persons, count, %); growth = change in %;",
             "# periods 'YYYY', 'YYYY-Qn', 'YYYY-H1', 'YYYY-NM', 'YYYY-MM'; provinces named as in the reference CSVs",
             "# (63-province list before 1 July 2025, 34-province list name_915_CTK_CSCL after).",
             f"# Total expected observations: {total}",
             "# Doubts:"]
    for i, d in enumerate(DOUBTS, 1):
        lines.append(f"#  {i}. {d}")
    lines.append("files:")
    for meta, exp, _ in results:
        lines.append(f"  - file: {meta['file']}")
        lines.append(f"    doc_year: {meta['doc_year']}")
        lines.append(f"    vintage: \"{meta['vintage']}\"")
        lines.append(f"    province: {yaml_str(meta['province']) if meta['province'] else 'null'}")
        lines.append(f"    n_expected: {len(exp)}")
        lines.append("    expected:")
        lines.extend(dump_entry(e) for e in exp)
    (OUT / "expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    rd = [f"# {NAME} – blind data-exports-and-pivots corpus (SAMPLE DATA)", "",
          "Theme: what analysts download from statistics portals, dashboards and Excel pivot tables, 2018–2026 — "
          "long and wide CSV exports, a PivotTable export, a dashboard with region subtotals, a monthly matrix, a "
          "Windows-1258 CSV with English headers, a one-sheet-per-indicator workbook, a 2026 export of the 34 "
          "post-merger provinces, a file keyed by upper-case unaccented names and a file with every figure in two "
          f"units. Everything is invented sample data ({SAMPLE}). The corpus was written blind (only the reference "
          "catalogue, admin lists, clusters and scoring were read). Expected observations follow the catalogue "
          "units; national, regional, district and uncoded figures, month-on-month changes, ranks other than "
          "pci_rank and converted-currency duplicates are not expected. Judgement calls are the numbered Doubts "
          "at the top of `expected.yaml` (repeated below).", "",
          "Regenerate from the repository root (byte-deterministic):", "",
          "    .venv/bin/python tests/corpus/tables13/_build/gen.py", "",
          f"Total: {len(results)} files, {total} expected observations.", "", "## Files", ""]
    for meta, exp, traps in results:
        rd.append(f"### {meta['file']}")
        rd.append(f"- province: {meta['province'] or '(several provinces)'}; document date {meta['vintage']}; "
                  f"{len(exp)} expected observations")
        rd.append(f"- {meta['what']}")
        rd.append("- traps:")
        rd.extend(f"  - {t}" for t in traps)
        rd.append("")
    rd.append("## Doubts")
    rd.append("")
    rd.extend(f"{i}. {d}" for i, d in enumerate(DOUBTS, 1))
    rd[1:1] = ["", MEASURED]  # how the parsers read it, blind and now
    (OUT / "README.md").write_text("\n".join(rd) + "\n", encoding="utf-8")
    print(f"wrote {len(results)} files, {total} expected observations")


if __name__ == "__main__":
    main()
