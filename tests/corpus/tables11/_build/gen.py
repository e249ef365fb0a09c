#!/usr/bin/env python3
"""tables11 – blind spreadsheet corpus (SAMPLE DATA / Số liệu mẫu).

Writes every document file of the corpus, expected.yaml and README.md from the literals
below, so that a printed figure and its expected value cannot drift.
Run from the repository root:  .venv/bin/python tests/corpus/tables11/_build/gen.py
All figures, names and sentences are invented (Số liệu mẫu).
"""
import csv
import datetime as dt
import io
import os
import re
import zipfile

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIXED_DT = dt.datetime(2026, 3, 1, 8, 0, 0)
MARK = "Số liệu mẫu"

# ----------------------------------------------------------------------------- helpers



MEASURED = "Measured blind (2026-11-28): precision 0.798, recall 0.674 (213 of 267 read, 316 expected). Then fixed by general rules: a month under its quarter ('Quý I' › 'Tháng 1') is the month; a title's note on an estimated month leaves the others to their date; 'ƯTH'; a sheet written in English reads '7,760' the English way; '(target)' is a plan; 'points' and 'rank / 63'; 'TH 2024' and 'Ước TH 2025 (triệu USD)' as year columns of a province table; 'IIP tăng/giảm so cùng kỳ (%)'; rows listed under a lead ('Cơ cấu kinh tế: …'); 'tính lại theo địa giới từ 01/7/2025': 0.972 / 0.994. Left: a 'Cộng 6 tháng' row read beside its months, an FDI year total the quarters do not add up to, a transposed series' 'BQ 2016-2020' row."

def num_txt(x, dec=0, sep=" ", dp=","):
    """Vietnamese-style number as text: 1 234,5 (thousand separator `sep`, decimal `dp`)."""
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"  # 1,234.5
    s = s.replace(",", "\x00").replace(".", dp).replace("\x00", sep)
    return ("-" if neg else "") + s


def paren(x, dec=1):
    """Negative numbers in parentheses: -3.5 -> (3,5)."""
    return f"({num_txt(-x, dec)})" if x < 0 else num_txt(x, dec)


def rnd(x, n=6):
    v = round(x, n)
    return int(v) if float(v).is_integer() else v


class Exp:
    def __init__(self):
        self.rows = []

    def add(self, prov, ind, period, status, value, qual="exact", alt=None):
        d = dict(province=prov, indicator=ind, period=str(period), status=status,
                 qualifier=qual, value=rnd(value))
        if alt:
            d["alternatives"] = [rnd(a) for a in alt]
        self.rows.append(d)


def finish_xlsx(wb, path):
    wb.properties.creator = "Số liệu mẫu"
    wb.properties.lastModifiedBy = "Số liệu mẫu"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    normalize_zip(path)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

FILES = []  # metadata dicts, in order


def register(**kw):
    FILES.append(kw)


# ============================================================================ F1
# Đà Nẵng (new city, merged with Quảng Nam) – monthly budget 2025, quarters merged over months.
def f1():
    name = "DaNang_SoTaiChinh_ThuChiNS_TheoThang_2025.xlsx"
    P = "Thành phố Đà Nẵng"
    e = Exp()
    # triệu đồng
    rev_dom = [3912450, 3105880, 3486210, 4255730, 3820140, 4012660,
               4118390, 3764520, 3902870, 4306150, 4215480, 5480000]
    rev_xnk = [312400, 268150, 301720, 335910, 318260, 327480,
               341050, 322870, 330140, 352600, 349210, 365000]
    exp_dtpt = [820000, 640500, 1105300, 1310800, 1420600, 1585900,
                1402300, 1618700, 1750200, 1905400, 2210800, 3950000]
    exp_tx = [1520300, 1880450, 1610200, 1655700, 1702900, 1745100,
              1690400, 1720800, 1760300, 1805600, 1850200, 2640000]
    rev = [a + b for a, b in zip(rev_dom, rev_xnk)]
    exp = [a + b for a, b in zip(exp_dtpt, exp_tx)]
    rev_plan, exp_plan = 46500000, 50200000
    rev_pct = round(sum(rev) / rev_plan * 100, 1)
    rev_idx = 109.4

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Thu chi NS 2025"
    ws["A1"] = "UBND THÀNH PHỐ ĐÀ NẴNG"
    ws["A2"] = "SỞ TÀI CHÍNH"
    ws["A3"] = "TÌNH HÌNH THỰC HIỆN THU, CHI NGÂN SÁCH THEO THÁNG NĂM 2025"
    ws["A4"] = f"({MARK} – Phụ biểu kèm Báo cáo số 18/BC-STC ngày 12/01/2026; số liệu tháng 1–11 đã khóa sổ, tháng 12 là ước thực hiện)"
    ws["A5"] = "Đơn vị tính: triệu đồng"
    ws["A3"].font = BOLD
    # header rows 7-8
    ws["A7"], ws["B7"] = "STT", "Chỉ tiêu"
    ws.merge_cells("A7:A8")
    ws.merge_cells("B7:B8")
    col = 3
    for q in range(4):
        c0 = col + q * 3
        ws.cell(7, c0, f"Quý {['I', 'II', 'III', 'IV'][q]}")
        ws.merge_cells(start_row=7, start_column=c0, end_row=7, end_column=c0 + 2)
        for k in range(3):
            m = q * 3 + k + 1
            ws.cell(8, c0 + k, f"Tháng {m}" + (" (ƯTH)" if m == 12 else ""))
    extra = ["Ước TH năm 2025", "Dự toán năm 2025 (HĐND TP giao)", "Ước TH so dự toán (%)", "Ước TH so cùng kỳ (%)"]
    for k, h in enumerate(extra):
        ws.cell(7, 15 + k, h)
        ws.merge_cells(start_row=7, start_column=15 + k, end_row=8, end_column=15 + k)
    for r in (7, 8):
        for c in range(1, 19):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).alignment = CENTER

    def put(r, stt, label, vals, tot=None, plan=None, pct=None, idx=None, bold=False):
        ws.cell(r, 1, stt)
        ws.cell(r, 2, label)
        for i, v in enumerate(vals):
            ws.cell(r, 3 + i, v).number_format = "#,##0"
        for c, v in ((15, tot), (16, plan), (17, pct), (18, idx)):
            if v is not None:
                ws.cell(r, c, v).number_format = "#,##0" if c < 17 else "0.0"
        if bold:
            for c in range(1, 19):
                ws.cell(r, c).font = BOLD

    put(9, "A", "TỔNG THU NSNN TRÊN ĐỊA BÀN", rev, sum(rev), rev_plan, rev_pct, rev_idx, True)
    put(10, "1", "Thu nội địa", rev_dom, sum(rev_dom))
    put(11, "2", "Thu từ hoạt động xuất nhập khẩu", rev_xnk, sum(rev_xnk))
    put(12, "B", "TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG", exp, sum(exp), exp_plan, None, None, True)
    put(13, "1", "Chi đầu tư phát triển", exp_dtpt, sum(exp_dtpt))
    put(14, "2", "Chi thường xuyên", exp_tx, sum(exp_tx))
    ws["A16"] = "Ghi chú: Số liệu thành phố sau sắp xếp (bao gồm địa bàn tỉnh Quảng Nam cũ) cho cả năm 2025. " + MARK + "."
    ws.column_dimensions["B"].width = 38
    finish_xlsx(wb, os.path.join(OUT, name))

    for i in range(12):
        st = "estimate" if i == 11 else "actual"
        e.add(P, "state_budget_revenue", f"2025-{i+1:02d}", st, rev[i] / 1000)
        e.add(P, "local_budget_expenditure", f"2025-{i+1:02d}", st, exp[i] / 1000)
    e.add(P, "state_budget_revenue", "2025", "estimate", sum(rev) / 1000)
    e.add(P, "state_budget_revenue", "2025", "plan", rev_plan / 1000)
    e.add(P, "state_budget_revenue_pct_of_estimate", "2025", "estimate", rev_pct)
    e.add(P, "state_budget_revenue_growth", "2025", "estimate", rev_idx - 100)
    e.add(P, "local_budget_expenditure", "2025", "estimate", sum(exp) / 1000)
    e.add(P, "local_budget_expenditure", "2025", "plan", exp_plan / 1000)
    register(file=name, doc_year=2025, vintage="2026-01-12", province=P, exp=e,
             what="Sở Tài chính, monthly state-budget revenue and local expenditure 2025 of the merged city; "
                  "months across the columns under merged 'Quý I…IV' headers, unit triệu đồng.",
             traps=["two header rows: merged 'Quý I' cells over 'Tháng 1 | Tháng 2 | Tháng 3' (no quarter totals are printed)",
                    "unit triệu đồng in a line above the table → /1000 to tỷ đồng",
                    "'Tháng 12 (ƯTH)' and the year column are estimates; months 1–11 actual",
                    "sub-rows 'Thu nội địa', 'Thu từ hoạt động XNK', 'Chi ĐTPT', 'Chi thường xuyên' have no code",
                    "'Ước TH so cùng kỳ (%)' is an index (109,4 → 9.4); 'so dự toán' only for revenue",
                    "a 2026 report of a merged city: all 2025 periods belong to Thành phố Đà Nẵng (34-list)"])


# ============================================================================ F2
# Cluster TN–DHNTB 2020 (.xls, xlwt) – one indicator per sheet, provinces down the rows, hidden rows.
def f2():
    name = "CumTNDHNTB_BanThiDua_TongHopChiTieu_2020.xls"
    e = Exp()
    tn = ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"]
    co = ["Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa"]
    growth = {"Kon Tum": (5.24, 7.5), "Gia Lai": (4.12, 7.0), "Đắk Lắk": (2.86, 6.5),
              "Đắk Nông": (5.02, 7.0), "Lâm Đồng": (3.51, 7.0), "Quảng Nam": (-7.12, 8.0),
              "Quảng Ngãi": (1.08, 6.5), "Bình Định": (1.62, 6.5), "Phú Yên": (2.44, 7.0),
              "Khánh Hòa": (-10.58, 6.0)}
    budget = {"Kon Tum": (2530, 2712), "Gia Lai": (4650, 5030), "Đắk Lắk": (6400, 6980),
              "Đắk Nông": (2100, 2450), "Lâm Đồng": (7600, 8120), "Quảng Nam": (22210, 18600),
              "Quảng Ngãi": (17875, 15020), "Bình Định": (10500, 11230), "Phú Yên": (4400, 4810),
              "Khánh Hòa": (14300, 11050)}
    wb = xlwt.Workbook(encoding="utf-8")
    bold = xlwt.easyxf("font: bold on; align: wrap on, horiz center")
    n1 = xlwt.easyxf(num_format_str="0.00")
    n0 = xlwt.easyxf(num_format_str="#,##0")
    n1d = xlwt.easyxf(num_format_str="0.0")

    def head(ws, title, unit):
        ws.write(0, 0, "CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN VÀ DUYÊN HẢI NAM TRUNG BỘ")
        ws.write(1, 0, "Tỉnh trưởng cụm năm 2020: Khánh Hòa – Biểu tổng hợp gửi Ban Thi đua – Khen thưởng")
        ws.write(2, 0, title)
        ws.write(3, 0, f"{MARK}. Số liệu do các tỉnh tự báo cáo đến ngày 08/12/2020; năm 2020 là số ước thực hiện.")
        ws.write(4, 0, unit)

    # sheet 1: GRDP growth
    ws = wb.add_sheet("1.GRDP")
    head(ws, "Biểu 01. TỐC ĐỘ TĂNG TỔNG SẢN PHẨM TRÊN ĐỊA BÀN (GRDP, giá so sánh 2010)", "Đơn vị tính: %")
    for c, h in enumerate(["STT", "Tỉnh", "Ước TH năm 2020", "Kế hoạch năm 2021", "Xếp thứ trong cụm (2020)"]):
        ws.write(6, c, h, bold)
    r = 7
    order = sorted(growth, key=lambda p: -growth[p][0])
    rankof = {p: i + 1 for i, p in enumerate(order)}

    def block(ws, r, label, provs, writer, avg_label, avg_vals):
        ws.write(r, 0, label, bold)
        r += 1
        for i, p in enumerate(provs):
            ws.write(r, 0, i + 1)
            ws.write(r, 1, p)
            writer(ws, r, p)
            r += 1
            if hidden_after.get((ws.name, p)):
                hv = hidden_after[(ws.name, p)]
                ws.write(r, 0, "")
                ws.write(r, 1, p + " (số báo cáo lần 1 – thay thế)")
                for c, v in hv:
                    ws.write(r, c, v)
                ws.row(r).hidden = True
                r += 1
        ws.write(r, 1, avg_label, bold)
        for c, v in avg_vals:
            ws.write(r, c, v, bold)
        return r + 1

    hidden_after = {("1.GRDP", "Quảng Nam"): [(2, -4.5), (3, 7.5)],
                    ("2.Thu NSNN", "Khánh Hòa"): [(2, 14300), (3, 12400), (4, 86.7)]}

    def wg(ws, r, p):
        ws.write(r, 2, growth[p][0], n1)
        ws.write(r, 3, growth[p][1], n1)
        ws.write(r, 4, rankof[p])

    avg = lambda ps, k: round(sum(growth[p][k] for p in ps) / len(ps), 2)
    r = block(ws, r, "I. Các tỉnh Tây Nguyên", tn, wg, "Bình quân các tỉnh Tây Nguyên", [(2, avg(tn, 0)), (3, avg(tn, 1))])
    r = block(ws, r, "II. Các tỉnh duyên hải Nam Trung Bộ", co, wg, "Bình quân các tỉnh duyên hải", [(2, avg(co, 0)), (3, avg(co, 1))])
    ws.write(r, 1, "Bình quân chung cụm", bold)
    ws.write(r, 2, avg(tn + co, 0), bold)
    ws.write(r, 3, avg(tn + co, 1), bold)
    ws.col(1).width = 256 * 40
    for p in tn + co:
        e.add(p, "grdp_growth", "2020", "estimate", growth[p][0])
        e.add(p, "grdp_growth", "2021", "plan", growth[p][1])

    # sheet 2: budget revenue
    ws = wb.add_sheet("2.Thu NSNN")
    head(ws, "Biểu 02. THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN NĂM 2020", "Đơn vị tính: tỷ đồng")
    for c, h in enumerate(["STT", "Tỉnh", "Dự toán năm 2020 (TW giao)", "Ước TH năm 2020", "Ước TH so dự toán (%)"]):
        ws.write(6, c, h, bold)

    def wb_(ws, r, p):
        plan, est = budget[p]
        ws.write(r, 2, plan, n0)
        ws.write(r, 3, est, n0)
        ws.write(r, 4, round(est / plan * 100, 1), n1d)

    tot = lambda ps, k: sum(budget[p][k] for p in ps)
    r = block(ws, 7, "I. Các tỉnh Tây Nguyên", tn, wb_, "Cộng Tây Nguyên",
              [(2, tot(tn, 0)), (3, tot(tn, 1)), (4, round(tot(tn, 1) / tot(tn, 0) * 100, 1))])
    r = block(ws, r, "II. Các tỉnh duyên hải Nam Trung Bộ", co, wb_, "Cộng duyên hải",
              [(2, tot(co, 0)), (3, tot(co, 1)), (4, round(tot(co, 1) / tot(co, 0) * 100, 1))])
    ws.write(r, 1, "Tổng cộng toàn cụm", bold)
    ws.write(r, 2, tot(tn + co, 0), bold)
    ws.write(r, 3, tot(tn + co, 1), bold)
    ws.col(1).width = 256 * 40
    for p in tn + co:
        plan, est = budget[p]
        e.add(p, "state_budget_revenue", "2020", "plan", plan)
        e.add(p, "state_budget_revenue", "2020", "estimate", est)
        e.add(p, "state_budget_revenue_pct_of_estimate", "2020", "estimate", round(est / plan * 100, 1))
    wb.save(os.path.join(OUT, name))
    register(file=name, doc_year=2020, vintage="2020-12-08", province=None, exp=e,
             what="Emulation-cluster summary (.xls, BIFF8 by xlwt) of the 10 Tây Nguyên–DHNTB provinces, one indicator "
                  "per sheet, provinces down the rows.",
             traps=["two sheets, each a single indicator with provinces as rows",
                    "group header rows ('I. Các tỉnh Tây Nguyên') and average/total rows in the middle of the table "
                    "('Bình quân các tỉnh Tây Nguyên', 'Cộng duyên hải') – not expected",
                    "a HIDDEN row after Quảng Nam (sheet 1) and after Khánh Hòa (sheet 2) holding superseded figures "
                    "with the province name repeated – not expected",
                    "negative growth as plain negative numbers (Quảng Nam −7,12; Khánh Hòa −10,58)",
                    "'Xếp thứ trong cụm' is a rank other than PCI – not expected",
                    "'Dự toán' = plan, 'Ước TH' = estimate, '% so dự toán' = state_budget_revenue_pct_of_estimate"])


# ============================================================================ F3
# Lâm Đồng (pre-merger) – transposed series, logo block and long note, header at C12.
def f3():
    name = "LamDong_CucThongKe_ChuoiSoLieu_2019-2024.xlsx"
    P = "Lâm Đồng"
    e = Exp()
    years = ["2019", "2020", "2021", "2022", "2023", "2024"]
    cols = [  # (header, code, factor, values, number format)
        ("Tổng sản phẩm trên địa bàn theo giá hiện hành (tỷ đồng)", "grdp_value_current", 1,
         [97850, 101420, 107950, 122800, 133600, 145100], "#,##0"),
        ("Tốc độ tăng GRDP theo giá so sánh (%)", "grdp_growth", 1,
         [7.02, 3.48, 4.31, 9.88, 7.35, 7.12], "0.00"),
        ("Thu ngân sách nhà nước trên địa bàn (tỷ đồng)", "state_budget_revenue", 1,
         [8460, 8120, 9300, 13150, 11560, 12280], "#,##0"),
        ("Lượt khách du lịch (nghìn lượt)", "tourism_arrivals", 1000,
         [6700, 4350, 2950, 8800, 10050, 11260], "#,##0"),
        ("Tỷ lệ che phủ rừng (%)", "forest_cover", 1,
         [54.24, 54.50, None, 55.00, 55.12, 55.40], "0.00"),
    ]
    avg_row = ["BQ 2016-2020", None, 7.6, None, None, None, None]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Chuoi so lieu"
    ws["A1"] = "[LOGO]   CỤC THỐNG KÊ TỈNH LÂM ĐỒNG"
    ws["A2"] = "LAM DONG PROVINCIAL STATISTICS OFFICE"
    ws["A3"] = "Địa chỉ: 01 đường Mẫu, Phường 1, TP Đà Lạt – ĐT: 0263 000 0000"
    ws["A5"] = "MỘT SỐ CHỈ TIÊU KINH TẾ – XÃ HỘI CHỦ YẾU TỈNH LÂM ĐỒNG GIAI ĐOẠN 2019–2024"
    ws["A5"].font = BOLD
    ws["A6"] = (f"Lưu ý ({MARK}): Bảng số liệu được trích xuất từ hệ thống cơ sở dữ liệu thống kê dùng chung, phục vụ công tác "
                "tham khảo nội bộ. Số liệu GRDP các năm 2019–2023 là số chính thức đã công bố lại theo kết quả rà soát; "
                "số liệu năm 2024 là số sơ bộ và có thể được điều chỉnh khi có số chính thức.")
    ws["A7"] = ("Dòng 'BQ 2016-2020' là tốc độ tăng bình quân năm của cả giai đoạn, chèn vào để đối chiếu với mục tiêu "
                "Nghị quyết Đại hội; không phải số liệu của một năm riêng.")
    ws["A8"] = "Ký hiệu '…' : chưa có số liệu. Khách du lịch tính theo lượt khách do cơ sở lưu trú phục vụ."
    ws["A9"] = "Ngày trích xuất: 18/03/2025"
    ws["A10"] = "Người lập biểu: Nguyễn Văn Mẫu"
    # header at C12
    ws.cell(12, 3, "Năm").font = BOLD
    for j, (h, *_rest) in enumerate(cols):
        c = ws.cell(12, 4 + j, h)
        c.font = BOLD
        c.alignment = CENTER
    rows = [("2019", 0), ("2020", 1), avg_row, ("2021", 2), ("2022", 3), ("2023", 4), ("2024 (sơ bộ)", 5)]
    r = 13
    for item in rows:
        if item is avg_row:
            ws.cell(r, 3, avg_row[0]).font = Font(italic=True)
            ws.cell(r, 5, avg_row[2]).number_format = "0.0"
            r += 1
            continue
        label, k = item
        ws.cell(r, 3, label)
        for j, (h, code, fac, vals, fmt) in enumerate(cols):
            v = vals[k]
            if v is None:
                ws.cell(r, 4 + j, "…")
            else:
                ws.cell(r, 4 + j, v).number_format = fmt
                e.add(P, code, years[k], "estimate" if k == 5 else "actual", v * fac)
        r += 1
    ws.column_dimensions["C"].width = 16
    finish_xlsx(wb, os.path.join(OUT, name))
    register(file=name, doc_year=2024, vintage="2025-03-18", province=P, exp=e,
             what="Statistics-office extract: transposed series table (indicators as columns, years down the rows) "
                  "2019–2024, header at C12 under a logo block and a long note.",
             traps=["rows 1–10 are a logo/address block and a long note; the header starts in column C, row 12",
                    "transposed: indicators across, years down",
                    "an average row 'BQ 2016-2020' between 2020 and 2021 – multi-year average, not expected",
                    "'2024 (sơ bộ)' → estimate; 2019–2023 actual",
                    "tourism in nghìn lượt → ×1000 persons",
                    "'…' for forest cover 2021 – no observation"])


# ============================================================================ F4
# Quảng Ninh – years as columns with a second header row TH / KH / ƯTH / KH; text numbers with % and *; hidden rows.
def f4():
    name = "QuangNinh_SoKHDT_ChiTieuKTXH_KH2025.xlsx"
    P = "Quảng Ninh"
    e = Exp()
    # columns: (2023 TH actual), (2024 KH plan), (2024 ƯTH estimate), (2025 KH plan)
    spec = [("2023", "actual"), ("2024", "plan"), ("2024", "estimate"), ("2025", "plan")]
    # rows: label, unit, code, cells (printed text or None for '…'), expected (value, qual) per col, growth idx, growth code
    rows = [
        ("Tốc độ tăng trưởng GRDP", "%", "grdp_growth",
         ["10,22%", "10,0%", "11,05%", "12,0%*"], [(10.22,), (10.0,), (11.05,), (12.0,)], None, None),
        ("GRDP bình quân đầu người", "Triệu đồng", "grdp_per_capita",
         ["226,4", "240", "246,8", "270*"], [(226.4,), (240,), (246.8,), (270,)], None, None),
        ("Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "state_budget_revenue",
         ["55 216", "51 300", "58 420", "54 600"], [(55216,), (51300,), (58420,), (54600,)], "105,8", "state_budget_revenue_growth"),
        ("Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", "total_social_investment",
         ["120 500", "130 000", "133 800", "148 000"], [(120500,), (130000,), (133800,), (148000,)], "111,0", "total_social_investment_growth"),
        ("Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "export_value",
         ["3 550", "3 800", "…", "4 200"], [(3550,), (3800,), None, (4200,)], "-", None),
        ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", "retail_sales_services_revenue",
         ["80 160", "89 000", "90 120", "101 000"], [(80160,), (89000,), (90120,), (101000,)], "112,4", "retail_sales_services_revenue_growth"),
        ("Tỷ lệ hộ nghèo đa chiều", "%", "poverty_rate_multidim",
         ["0,12", "dưới 0,1", "0,05", "…"], [(0.12,), (0.1, "less_than"), (0.05,), None], None, None),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "health_insurance_coverage",
         ["95,1%", "95,5%", "95,8%", "trên 96%"], [(95.1,), (95.5,), (95.8,), (96, "more_than")], None, None),
        ("Đóng góp của khu vực công nghiệp – xây dựng vào tăng trưởng", "Điểm %",
         None, ["5,61", "5,20", "6,02", "6,50"], [None] * 4, None, None),
    ]
    hidden = {
        "Thu ngân sách nhà nước trên địa bàn": ("Thu NSNN (số báo cáo tháng 10/2024 – không sử dụng)", "Tỷ đồng",
                                              ["55 216", "51 300", "56 900", "53 000"]),
        "Tốc độ tăng trưởng GRDP": ("Tốc độ tăng GRDP (KH cũ theo NQ số 01/2023 – không sử dụng)", "%",
                                    ["10,22%", "10,0%", "10,5%", "11,0%"]),
    }
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu 01"
    ws["A1"] = "UBND TỈNH QUẢNG NINH – SỞ KẾ HOẠCH VÀ ĐẦU TƯ"
    ws["A2"] = "Biểu 01: CÁC CHỈ TIÊU KINH TẾ – XÃ HỘI CHỦ YẾU NĂM 2025"
    ws["A2"].font = BOLD
    ws["A3"] = f"(Kèm theo Báo cáo số 402/BC-SKHĐT ngày 02/12/2024 – {MARK})"
    hdr1 = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023", "Năm 2024", None, "Năm 2025", "ƯTH 2024 so cùng kỳ (%)"]
    hdr2 = [None, None, None, "TH", "KH", "ƯTH", "KH", None]
    for c, h in enumerate(hdr1):
        if h:
            ws.cell(5, c + 1, h).font = BOLD
    for c, h in enumerate(hdr2):
        if h:
            ws.cell(6, c + 1, h).font = BOLD
    ws.merge_cells("E5:F5")
    for c in ("A", "B", "C", "H"):
        ws.merge_cells(f"{c}5:{c}6")
    ws.cell(7, 1, "(1)")
    ws.cell(7, 2, "(2)")
    ws.cell(7, 3, "(3)")
    for k in range(5):
        ws.cell(7, 4 + k, f"({4 + k})")
    r = 8
    for i, (label, unit, code, cells, exps, idx, gcode) in enumerate(rows):
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, label)
        ws.cell(r, 3, unit)
        for k, t in enumerate(cells):
            ws.cell(r, 4 + k, t)
            if code and exps[k] is not None:
                v = exps[k][0]
                q = exps[k][1] if len(exps[k]) > 1 else "exact"
                e.add(P, code, spec[k][0], spec[k][1], v, q)
        if idx:
            ws.cell(r, 8, idx)
            if gcode:
                e.add(P, gcode, "2024", "estimate", float(idx.replace(",", ".")) - 100)
        r += 1
        if label in hidden:
            hl, hu, hc = hidden[label]
            ws.cell(r, 2, hl)
            ws.cell(r, 3, hu)
            for k, t in enumerate(hc):
                ws.cell(r, 4 + k, t)
            ws.row_dimensions[r].hidden = True
            r += 1
    ws.cell(r + 1, 1, "Ghi chú: (*) Chỉ tiêu phấn đấu cao hơn chỉ tiêu Nghị quyết HĐND tỉnh giao. "
                       "Các dòng ẩn là số liệu cũ, giữ lại để đối chiếu.")
    ws.column_dimensions["B"].width = 52
    finish_xlsx(wb, os.path.join(OUT, name))
    register(file=name, doc_year=2024, vintage="2024-12-02", province=P, exp=e,
             what="Sở KH&ĐT annex: main socio-economic targets, years as merged column groups with a second header "
                  "row TH / KH / ƯTH / KH; numbers stored as text.",
             traps=["two-row header: 'Năm 2024' merged over 'KH | ƯTH' – same year, two statuses",
                    "text numbers with space thousands ('55 216'), trailing '%' ('10,22%') and '*' ('12,0%*', '270*')",
                    "text qualifiers inside cells: 'dưới 0,1' (less_than), 'trên 96%' (more_than)",
                    "'ƯTH 2024 so cùng kỳ (%)' is an index whose code depends on the row (NSNN, vốn ĐT, bán lẻ); "
                    "for 'Số DN thành lập mới' no growth code → not expected",
                    "two HIDDEN rows with superseded figures (not expected)",
                    "a column-number row '(1) (2) …' under the header",
                    "'Đóng góp … (điểm %)' – percentage-point contribution, not expected",
                    "'…' for export ƯTH 2024 and poverty KH 2025"])


# ============================================================================ F5
# Cần Thơ (new city) – CSV with title line and unit line; months down rows; parentheses negatives.
def f5():
    name = "CanTho_ThongKe_IIP_BanLe_TheoThang_2025.csv"
    P = "Thành phố Cần Thơ"
    e = Exp()
    iip = [-3.5, 12.4, 8.2, 7.6, 6.9, 5.1, 9.3, 8.8, 4.2, -1.4, 7.5, 9.0]
    retail = [23846.3, 24120.5, 21418.7, 21955.2, 22310.8, 22684.1,
              23102.6, 23548.9, 23890.4, 24215.0, 24760.3, 26480.0]
    mom = [None, 1.1, -11.2, 2.5, 1.6, 1.7, 1.8, 1.9, 1.5, 1.4, 2.3, 6.9]
    iip_h1, iip_year = 6.3, 6.8
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP VÀ TỔNG MỨC BÁN LẺ HÀNG HÓA, DOANH THU DỊCH VỤ TIÊU DÙNG "
                f"THÀNH PHỐ CẦN THƠ NĂM 2025 ({MARK}; xuất từ hệ thống báo cáo ngày 07/01/2026)"])
    w.writerow(["Đơn vị tính: IIP – % tăng (+)/giảm (-) so với cùng kỳ năm trước, số âm ghi trong ngoặc; bán lẻ – tỷ đồng"])
    w.writerow(["Kỳ báo cáo", "IIP tăng/giảm so cùng kỳ (%)",
                "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (tỷ đồng)",
                "Bán lẻ so với tháng trước (%)", "Ghi chú"])

    def row(label, i):
        note = "Ước tính" if i == 11 else "Chính thức"
        w.writerow([label, paren(iip[i]), num_txt(retail[i], 1), paren(mom[i]) if mom[i] is not None else "…", note])
        st = "estimate" if i == 11 else "actual"
        e.add(P, "iip_growth", f"2025-{i+1:02d}", st, iip[i])
        e.add(P, "retail_sales_services_revenue", f"2025-{i+1:02d}", st, retail[i])

    for i in range(6):
        row(f"Tháng {i+1}", i)
    w.writerow(["Cộng 6 tháng đầu năm", paren(iip_h1), num_txt(sum(retail[:6]), 1), "", "Chính thức"])
    e.add(P, "iip_growth", "2025-H1", "actual", iip_h1)
    e.add(P, "retail_sales_services_revenue", "2025-H1", "actual", round(sum(retail[:6]), 1))
    for i in range(6, 12):
        row(f"Tháng {i+1}" + (" (ước tính)" if i == 11 else ""), i)
    w.writerow(["Cả năm 2025 (ước tính)", paren(iip_year), num_txt(sum(retail), 1), "", "Ước tính"])
    e.add(P, "iip_growth", "2025", "estimate", iip_year)
    e.add(P, "retail_sales_services_revenue", "2025", "estimate", round(sum(retail), 1))
    w.writerow([f"Nguồn: Thống kê thành phố Cần Thơ (địa bàn sau sắp xếp, gồm Hậu Giang và Sóc Trăng cũ). {MARK}."])
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    register(file=name, doc_year=2025, vintage="2026-01-07", province=P, exp=e,
             what="CSV export: monthly IIP change and retail sales 2025 of the merged city, months down the rows.",
             traps=["a title line and a unit line before the header row",
                    "values are quoted text with space thousands and decimal comma ('23 846,3')",
                    "IIP is already a change in % (not an index); negatives in parentheses '(3,5)' → −3.5",
                    "'Cộng 6 tháng đầu năm' in the middle of the months → 2025-H1",
                    "'Tháng 12 (ước tính)' and 'Cả năm 2025 (ước tính)' → estimate",
                    "'Bán lẻ so với tháng trước (%)' is month-on-month – not expected",
                    "UTF-8 with BOM; merged city → 34-list name for all 2025 periods"])


# ============================================================================ F6
# Bắc Ninh (new province) – English sheet for investors, English number formats.
def f6():
    name = "BacNinh_IPA_KeyIndicators_EN_2021-2025.xlsx"
    P = "Bắc Ninh"
    e = Exp()
    yrs = ["2021", "2022", "2023", "2024", "2025", "2026"]
    sts = ["actual"] * 4 + ["estimate", "plan"]
    rows = [  # label, unit, code, factor, cells (number or text), as_text
        ("GRDP growth", "%", "grdp_growth", 1, [6.9, 10.2, 3.1, 9.4, 12.1, 11.5], False),
        ("GRDP per capita", "USD", "grdp_per_capita_usd", 1, [6180, 6930, 7100, 7760, 8520, 9300], True),
        ("Registered FDI (new and additional capital)", "USD billion", "fdi_registered", 1000,
         [2.81, 3.07, 5.32, 5.10, 6.45, "n/a"], False),
        ("Merchandise exports", "USD billion", "export_value", 1000, [50.2, 53.7, 55.1, 61.9, 72.3, 78.0], False),
        ("Contribution of FDI sector to exports", "%", None, 1, [93.5, 93.1, 92.8, 92.4, 92.0, "–"], False),
        ("PCI score", "points", "pci_score", 1, [68.45, 67.10, 69.02, 70.31, "n/a", "–"], False),
        ("PCI ranking", "rank / 63", "pci_rank", 1, [5, 9, 6, 4, "n/a", "Top 5"], False),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Key indicators"
    ws["A1"] = "BAC NINH PROVINCE – INVESTMENT PROMOTION CENTRE"
    ws["A2"] = "KEY SOCIO-ECONOMIC INDICATORS FOR FOREIGN INVESTORS, 2021–2025 AND 2026 TARGETS"
    ws["A2"].font = BOLD
    ws["A3"] = (f"Sample data / {MARK}. Figures for 2021–2024 are recalculated for the province's boundaries from "
                "1 July 2025 (former Bac Ninh and Bac Giang). 2025 figures are estimates; 2026 figures are targets "
                "set by the Provincial People's Council. Issued 10 February 2026.")
    hdr = ["Indicator", "Unit", "2021", "2022", "2023", "2024", "2025 (est.)", "2026 (target)"]
    for c, h in enumerate(hdr):
        ws.cell(5, c + 1, h).font = BOLD
    r = 6
    for label, unit, code, fac, cells, as_text in rows:
        ws.cell(r, 1, label)
        ws.cell(r, 2, unit)
        for k, v in enumerate(cells):
            if isinstance(v, str):
                ws.cell(r, 3 + k, v)
                continue
            if as_text:
                ws.cell(r, 3 + k, f"{v:,}")  # English thousands comma: "6,180"
            else:
                ws.cell(r, 3 + k, v).number_format = "0.00" if isinstance(v, float) else "0"
            if code:
                e.add(P, code, yrs[k], sts[k], v * fac)
        r += 1
    ws.cell(r + 1, 1, "PCI: Provincial Competitiveness Index (VCCI). PCI 2025 results not yet released. "
                      "Ranks out of 63 provinces.")
    ws.column_dimensions["A"].width = 44
    finish_xlsx(wb, os.path.join(OUT, name))
    register(file=name, doc_year=2025, vintage="2026-02-10", province=P, exp=e,
             what="Investment-promotion sheet in English: key indicators 2021–2025 and 2026 targets of the merged province.",
             traps=["English labels and units; decimal point ('72.3') and thousands comma as TEXT ('6,180' = 6180, not 6.18)",
                    "unit 'USD billion' → ×1000 mn_usd for FDI and exports",
                    "'2025 (est.)' estimate, '2026 (target)' plan; 'n/a', '–', 'Top 5' are not values",
                    "'Contribution of FDI sector to exports (%)' has no code",
                    "pci_score / pci_rank kept (a 2026 report of the merged province speaks for Bắc Ninh in all periods)"])


# ============================================================================ F7
# Mekong delta, 5 new provinces, 2026 – one indicator per sheet, provinces down the rows.
def f7():
    name = "VungDBSCL_ThongKe_SoSanhCacTinh_2025.xlsx"
    e = Exp()
    provs = [("An Giang", "An Giang"), ("Cà Mau", "Cà Mau"), ("TP. Cần Thơ", "Thành phố Cần Thơ"),
             ("Đồng Tháp", "Đồng Tháp"), ("Vĩnh Long", "Vĩnh Long")]
    g = {"An Giang": (6.92, 7.85, 10.0), "Cà Mau": (6.35, 7.41, 10.0), "Thành phố Cần Thơ": (7.18, 8.02, 10.5),
         "Đồng Tháp": (6.60, 7.63, 10.0), "Vĩnh Long": (6.05, 7.20, 10.0)}
    xk = {"An Giang": (2150.4, 112.3), "Cà Mau": (1985.7, 108.6), "Thành phố Cần Thơ": (5320.9, 110.4),
          "Đồng Tháp": (3410.2, 115.8), "Vĩnh Long": (4105.6, 96.2)}
    dl = {"An Giang": 21540, "Cà Mau": 6830, "Thành phố Cần Thơ": 12410, "Đồng Tháp": 9870, "Vĩnh Long": None}
    wb = openpyxl.Workbook()

    def head(ws, title, unit):
        ws["A1"] = "CƠ QUAN THỐNG KÊ KHU VỰC – BIỂU SO SÁNH CÁC TỈNH, THÀNH PHỐ VÙNG ĐỒNG BẰNG SÔNG CỬU LONG"
        ws["A2"] = title
        ws["A2"].font = BOLD
        ws["A3"] = f"{MARK} – cập nhật ngày 22/01/2026; số liệu năm 2024 tính lại theo địa giới từ 01/7/2025."
        ws["A4"] = unit

    ws = wb.active
    ws.title = "GRDP"
    head(ws, "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "Đơn vị tính: %")
    for c, h in enumerate(["Tỉnh, thành phố", "TH 2024", "Ước TH 2025", "KH 2026", "Xếp hạng trong vùng 2025"]):
        ws.cell(6, c + 1, h).font = BOLD
    ws.cell(7, 1, "Toàn vùng").font = BOLD
    ws.cell(7, 2, 6.74)
    ws.cell(7, 3, 7.69)
    ws.cell(7, 4, 10.1)
    order = sorted(g, key=lambda p: -g[p][1])
    for i, (shown, p) in enumerate(provs):
        r = 8 + i
        ws.cell(r, 1, shown)
        for k in range(3):
            ws.cell(r, 2 + k, g[p][k]).number_format = "0.00"
        ws.cell(r, 5, order.index(p) + 1)
        e.add(p, "grdp_growth", "2024", "actual", g[p][0])
        e.add(p, "grdp_growth", "2025", "estimate", g[p][1])
        e.add(p, "grdp_growth", "2026", "plan", g[p][2])
    ws.cell(14, 1, "Cả nước")
    ws.cell(14, 2, 7.09)
    ws.cell(14, 3, 8.0)
    ws.cell(14, 4, 10.0)

    ws = wb.create_sheet("XuatKhau")
    head(ws, "Trị giá xuất khẩu hàng hóa năm 2025", "Đơn vị tính: triệu USD; %")
    for c, h in enumerate(["Tỉnh, thành phố", "Ước TH 2025 (triệu USD)", "So với cùng kỳ (%)", "Tỷ trọng trong vùng (%)"]):
        ws.cell(6, c + 1, h).font = BOLD
    tot = sum(v[0] for v in xk.values())
    ws.cell(7, 1, "Toàn vùng").font = BOLD
    ws.cell(7, 2, round(tot, 1))
    ws.cell(7, 3, 108.9)
    ws.cell(7, 4, 100)
    for i, (shown, p) in enumerate(provs):
        r = 8 + i
        ws.cell(r, 1, shown)
        ws.cell(r, 2, xk[p][0]).number_format = "#,##0.0"
        ws.cell(r, 3, xk[p][1]).number_format = "0.0"
        ws.cell(r, 4, round(xk[p][0] / tot * 100, 1))
        e.add(p, "export_value", "2025", "estimate", xk[p][0])
        e.add(p, "export_value_growth", "2025", "estimate", round(xk[p][1] - 100, 1))

    ws = wb.create_sheet("KhachDuLich")
    head(ws, "Lượt khách du lịch năm 2025", "Đơn vị tính: nghìn lượt")
    for c, h in enumerate(["Tỉnh, thành phố", "Ước TH 2025"]):
        ws.cell(6, c + 1, h).font = BOLD
    for i, (shown, p) in enumerate(provs):
        r = 7 + i
        ws.cell(r, 1, shown)
        if dl[p] is None:
            ws.cell(r, 2, "…")
        else:
            ws.cell(r, 2, dl[p]).number_format = "#,##0"
            e.add(p, "tourism_arrivals", "2025", "estimate", dl[p] * 1000)
    ws.cell(13, 1, "Ghi chú: Vĩnh Long chưa gửi số liệu.")
    finish_xlsx(wb, os.path.join(OUT, name))
    register(file=name, doc_year=2025, vintage="2026-01-22", province=None, exp=e,
             what="Regional comparison workbook of five merged Mekong-delta provinces (34-list), one indicator per sheet.",
             traps=["three sheets, each one indicator, provinces down the rows",
                    "'Toàn vùng' at the top and 'Cả nước' at the bottom – regional/national, not expected",
                    "'TP. Cần Thơ' must map to 'Thành phố Cần Thơ'",
                    "'Xếp hạng trong vùng' (rank other than PCI) and 'Tỷ trọng trong vùng' (share) – not expected",
                    "'So với cùng kỳ (%)' is an index (96,2 → −3.8)",
                    "tourism in nghìn lượt → ×1000; '…' for Vĩnh Long",
                    "2024 recalculated for new boundaries: actual, province = new province"])


# ============================================================================ F8
# Nghệ An 2022 – quarters and cumulative columns, nghìn USD, text numbers with spaces, parentheses negatives.
def f8():
    name = "NgheAn_SoCongThuong_XNK_FDI_TheoQuy_2022.xlsx"
    P = "Nghệ An"
    e = Exp()
    # nghìn USD per quarter
    data = {
        "export_value": ("Kim ngạch xuất khẩu hàng hóa", [680120, 742530, 795410, 812940], 2718350, None),
        "import_value": ("Kim ngạch nhập khẩu hàng hóa", [402310, 455780, 388620, 420150], 1737900, None),
        "fdi_registered": ("Vốn FDI đăng ký (cấp mới và tăng vốn)", [120500, 318240, None, 265300], 905400, 912600),
    }
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "XNK-FDI 2022"
    ws["A1"] = "SỞ CÔNG THƯƠNG TỈNH NGHỆ AN"
    ws["A2"] = "TÌNH HÌNH XUẤT KHẨU, NHẬP KHẨU VÀ THU HÚT ĐẦU TƯ NƯỚC NGOÀI NĂM 2022"
    ws["A2"].font = BOLD
    ws["A3"] = f"{MARK} – biểu lưu trên ổ dùng chung, cập nhật ngày 12/12/2022. Quý IV và cả năm là số ước."
    ws["A4"] = "Đơn vị tính: nghìn USD"
    hdr = ["Chỉ tiêu", "Quý I", "Quý II", "6 tháng", "Quý III", "9 tháng", "Quý IV (ước)",
           "Cả năm 2022 (ước)", "Năm 2021 (TH)", "Quý III so quý II (%)", "Cả năm 2022 so năm 2021 (%)"]
    for c, h in enumerate(hdr):
        ws.cell(6, c + 1, h).font = BOLD
        ws.cell(6, c + 1).alignment = CENTER
    r = 7
    for code, (label, q, y2021, ytot) in data.items():
        qv = [v for v in q]
        h1 = qv[0] + qv[1]
        m9 = h1 + qv[2] if qv[2] is not None else None
        year = ytot if ytot is not None else sum(qv)
        cells = [qv[0], qv[1], h1, qv[2], m9, qv[3], year, y2021]
        periods = [("2022-Q1", "actual"), ("2022-Q2", "actual"), ("2022-H1", "actual"), ("2022-Q3", "actual"),
                   ("2022-9M", "actual"), ("2022-Q4", "estimate"), ("2022", "estimate"), ("2021", "actual")]
        ws.cell(r, 1, label)
        for k, v in enumerate(cells):
            if v is None:
                ws.cell(r, 2 + k, "…")
                continue
            ws.cell(r, 2 + k, num_txt(v, 0))
            e.add(P, code, periods[k][0], periods[k][1], v / 1000)
        qoq = round((qv[2] / qv[1] - 1) * 100, 1) if qv[2] is not None else None
        ws.cell(r, 10, paren(qoq) if qoq is not None else "…")
        gr = round((year / y2021 - 1) * 100, 1)
        ws.cell(r, 11, paren(gr))
        if code != "fdi_registered":
            e.add(P, code + "_growth", "2022", "estimate", gr)
        r += 1
    ws.cell(r + 1, 1, "Ghi chú: số trong ngoặc ( ) là giảm; '…' là chưa tổng hợp được (FDI quý III đang rà soát). "
                      "Cột 'Cả năm 2022 so năm 2021' ghi mức tăng (+)/giảm (−).")
    ws.column_dimensions["A"].width = 40
    finish_xlsx(wb, os.path.join(OUT, name))
    register(file=name, doc_year=2022, vintage="2022-12-12", province=P, exp=e,
             what="Shared-drive sheet of Sở Công Thương: exports, imports and FDI by quarter with 6- and 9-month "
                  "cumulative columns interleaved, unit nghìn USD.",
             traps=["cumulative columns '6 tháng' and '9 tháng' between the quarter columns → 2022-H1, 2022-9M",
                    "unit nghìn USD → /1000 to mn_usd",
                    "all values are text with space thousands ('680 120')",
                    "'Quý IV (ước)' and 'Cả năm 2022 (ước)' estimate; 'Năm 2021 (TH)' actual",
                    "'Quý III so quý II (%)' – quarter-on-quarter, not expected",
                    "growth column is a change (not an index), negatives in parentheses '(…)'",
                    "FDI Q3 '…' → no Q3 and no 9-month FDI, but the FDI year estimate is printed (not the sum of the quarters); no FDI growth code"])


# ============================================================================ F9
# Thanh Hóa 2021 – tourism by month with quarter totals in the middle.
def f9():
    name = "ThanhHoa_SoVHTTDL_DuLich_TheoThang_2021.xlsx"
    P = "Thanh Hóa"
    e = Exp()
    arr = [420000, 180500, 262300, 612400, 538900, 305200, 218700, 35400, 28100, 96300, 141800, 160000]
    rev = [462350, 195800, 281400, 698500, 612300, 338900, 240500, None, None, 101200, 152600, 176000]
    rev_q3 = 281300  # reported quarter total although Aug/Sep are missing
    yoy = [95.2, 61.3, 88.7, 240.5, 112.4, 48.6, 30.2, 6.1, 9.8, 35.4, 72.5, 80.3]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Khach DL 2021"
    ws["A1"] = "UBND TỈNH THANH HÓA"
    ws["A2"] = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    ws["A4"] = "KẾT QUẢ HOẠT ĐỘNG DU LỊCH THEO THÁNG NĂM 2021"
    ws["A4"].font = BOLD
    ws["A5"] = f"({MARK}; số liệu đến ngày 20/12/2021, tháng 12 là số ước)"
    for c, h in enumerate(["Kỳ", "Tổng lượt khách (lượt)", "Doanh thu du lịch (triệu đồng)",
                           "Lượt khách so cùng kỳ (%)"]):
        ws.cell(7, c + 1, h).font = BOLD
    r = 8
    qnames = ["I", "II", "III", "IV"]
    for q in range(4):
        for k in range(3):
            i = q * 3 + k
            ws.cell(r, 1, f"Tháng {i+1}" + (" (ước)" if i == 11 else ""))
            ws.cell(r, 2, num_txt(arr[i], 0))
            ws.cell(r, 3, num_txt(rev[i], 0) if rev[i] is not None else "…")
            ws.cell(r, 4, num_txt(yoy[i], 1))
            st = "estimate" if i == 11 else "actual"
            e.add(P, "tourism_arrivals", f"2021-{i+1:02d}", st, arr[i])
            if rev[i] is not None:
                e.add(P, "tourism_revenue", f"2021-{i+1:02d}", st, rev[i] / 1000)
            r += 1
        qa = sum(arr[q * 3:q * 3 + 3])
        qr = rev_q3 if q == 2 else sum(rev[q * 3:q * 3 + 3])
        ws.cell(r, 1, f"Cộng quý {qnames[q]}" + (" (ước)" if q == 3 else "")).font = BOLD
        ws.cell(r, 2, num_txt(qa, 0)).font = BOLD
        ws.cell(r, 3, num_txt(qr, 0)).font = BOLD
        st = "estimate" if q == 3 else "actual"
        e.add(P, "tourism_arrivals", f"2021-Q{q+1}", st, qa)
        e.add(P, "tourism_revenue", f"2021-Q{q+1}", st, qr / 1000)
        r += 1
    ya = sum(arr)
    yr = sum(rev[q] for q in range(12) if rev[q] is not None) + rev_q3 - sum(v for v in rev[6:9] if v is not None)
    ws.cell(r, 1, "Ước cả năm 2021").font = BOLD
    ws.cell(r, 2, num_txt(ya, 0)).font = BOLD
    ws.cell(r, 3, num_txt(yr, 0)).font = BOLD
    ws.cell(r, 4, num_txt(round(ya / 4_200_000 * 100, 1), 1))
    e.add(P, "tourism_arrivals", "2021", "estimate", ya)
    e.add(P, "tourism_revenue", "2021", "estimate", yr / 1000)
    ws.cell(r + 2, 1, "Ghi chú: tháng 8, 9 các cơ sở tạm dừng hoạt động do dịch COVID-19, chưa tổng hợp được doanh thu "
                      "theo tháng ('…'); cộng quý III là số tổng hợp theo quý.")
    ws.column_dimensions["A"].width = 22
    finish_xlsx(wb, os.path.join(OUT, name))
    register(file=name, doc_year=2021, vintage="2021-12-20", province=P, exp=e,
             what="Tourism department sheet: monthly arrivals and revenue 2021 with quarter totals inserted after each quarter.",
             traps=["'Cộng quý I…IV' rows in the middle of the month rows → 2021-Q1…Q4",
                    "revenue in triệu đồng → /1000",
                    "arrivals as text with space thousands ('1 234 567'-style)",
                    "'Tháng 12 (ước)', 'Cộng quý IV (ước)', 'Ước cả năm 2021' → estimate",
                    "revenue '…' for August and September, but the Q3 total is given",
                    "'Lượt khách so cùng kỳ (%)' – no catalogue code for arrivals growth, not expected"])


# ============================================================================ F10
# Ninh Bình (new province) – annex to the 2026 plan: text numbers, '%', '*', parentheses, merged title rows.
def f10():
    name = "NinhBinh_UBND_PhuLucChiTieu_KH2026.xlsx"
    P = "Ninh Bình"
    e = Exp()
    spec = [("2024", "actual"), ("2025", "estimate"), ("2026", "plan")]
    rows = [  # label, unit, code, factor, printed cells, values, alternatives per cell, growth idx text, growth code
        ("Tốc độ tăng trưởng GRDP (giá so sánh 2010)", "%", "grdp_growth", 1,
         ["8,72%", "9,85%", "10,0%*"], [8.72, 9.85, 10.0], [None, None, [10.5]], None, None),
        ("GRDP theo giá hiện hành", "Nghìn tỷ đồng", "grdp_value_current", 1000,
         ["278,4", "309,6", "345,0"], [278.4, 309.6, 345.0], [None] * 3, None, None),
        ("Cơ cấu kinh tế: Nông, lâm nghiệp và thủy sản", "%", "structure_agriculture_share", 1,
         ["12,4", "11,6", "10,9"], [12.4, 11.6, 10.9], [None] * 3, None, None),
        ("   Công nghiệp và xây dựng", "%", "structure_industry_construction_share", 1,
         ["45,1", "46,3", "47,5"], [45.1, 46.3, 47.5], [None] * 3, None, None),
        ("   Dịch vụ", "%", "structure_services_share", 1,
         ["35,8", "35,7", "35,4"], [35.8, 35.7, 35.4], [None] * 3, None, None),
        ("   Thuế sản phẩm trừ trợ cấp sản phẩm", "%", "structure_product_taxes_share", 1,
         ["6,7", "6,4", "6,2"], [6.7, 6.4, 6.2], [None] * 3, None, None),
        ("Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "state_budget_revenue", 1,
         ["41 250", "48 900", "44 300"], [41250, 48900, 44300], [None] * 3, "118,5", "state_budget_revenue_growth"),
        ("Chi ngân sách địa phương", "Tỷ đồng", "local_budget_expenditure", 1,
         ["52 300", "58 100", "55 800"], [52300, 58100, 55800], [None] * 3, "111,1", None),
        ("Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "export_value", 1,
         ["…", "9 340", "10 500"], [None, 9340, 10500], [None] * 3, "…", None),
        ("Tỷ lệ hộ nghèo đa chiều", "%", "poverty_rate_multidim", 1,
         ["1,92", "1,35", "1,00"], [1.92, 1.35, 1.0], [None] * 3, None, None),
        ("   Mức tăng (+)/giảm (−) tỷ lệ hộ nghèo", "Điểm %", None, 1,
         ["(0,61)", "(0,57)", "(0,35)"], [None] * 3, [None] * 3, None, None),
        ("Tăng trưởng tín dụng", "%", None, 1, ["12,3", "14,0", "15,0"], [None] * 3, [None] * 3, None, None),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PL01"
    ws["A1"] = "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"
    ws["A2"] = "Phụ lục 01"
    ws["A3"] = "MỘT SỐ CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ – XÃ HỘI NĂM 2026"
    ws["A4"] = f"(Kèm theo Báo cáo số 250/BC-UBND ngày 05/12/2025 của UBND tỉnh – {MARK})"
    for a in ("A1", "A2", "A3", "A4"):
        ws.merge_cells(f"{a}:{'H' + a[1:]}")
        ws[a].alignment = CENTER
    ws["A3"].font = BOLD
    ws["A5"] = "Số liệu năm 2024 và năm 2025 được tổng hợp trên địa bàn tỉnh sau hợp nhất (Hà Nam, Nam Định, Ninh Bình)."
    hdr = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Ước thực hiện năm 2025",
           "Kế hoạch năm 2026", "Ước TH 2025 so TH 2024 (%)", "Ghi chú"]
    for c, h in enumerate(hdr):
        ws.cell(7, c + 1, h).font = BOLD
        ws.cell(7, c + 1).alignment = CENTER
    r = 8
    stt = 0
    for label, unit, code, fac, cells, vals, alts, idx, gcode in rows:
        if not label.startswith("   "):
            stt += 1
            ws.cell(r, 1, stt)
        ws.cell(r, 2, label)
        ws.cell(r, 3, unit)
        for k in range(3):
            ws.cell(r, 4 + k, cells[k])
            if code and vals[k] is not None:
                a = alts[k]
                e.add(P, code, spec[k][0], spec[k][1], vals[k] * fac, alt=a)
        if idx:
            ws.cell(r, 7, idx)
            if gcode:
                e.add(P, gcode, "2025", "estimate", float(idx.replace(",", ".")) - 100)
        r += 1
    ws.cell(8, 8, "* Chỉ tiêu Trung ương giao 10%; tỉnh phấn đấu đạt 10,5%")
    ws.cell(r + 1, 2, "Ghi chú: số trong ngoặc ( ) là giảm. Dự toán thu NSNN năm 2026 chưa bao gồm thu tiền sử dụng đất "
                      "của các dự án chuyển tiếp.")
    ws.column_dimensions["B"].width = 48
    finish_xlsx(wb, os.path.join(OUT, name))
    register(file=name, doc_year=2025, vintage="2025-12-05", province=P, exp=e,
             what="UBND annex to the 2026 plan of the merged province: TH 2024 / ƯTH 2025 / KH 2026, numbers as text.",
             traps=["merged title rows across the table width; header on row 7",
                    "text numbers with '%' and '*' ('10,0%*' with a footnote giving 10,5 → alternative)",
                    "GRDP in nghìn tỷ đồng → ×1000 tỷ",
                    "indented sub-rows ('   Dịch vụ') under 'Cơ cấu kinh tế' – the label of the parent row gives the meaning",
                    "'Mức tăng/giảm tỷ lệ hộ nghèo (điểm %)' with parentheses – percentage points, not expected",
                    "'Tăng trưởng tín dụng' – no code",
                    "'Ước TH 2025 so TH 2024 (%)' index: coded for NSNN only (no growth code for expenditure)",
                    "province after the merger: 2024 figures of the merged area belong to Ninh Bình (34-list)"])


# ============================================================================ yaml / readme

DOUBTS = [
    "Hidden rows (F2 .xls, F4 .xlsx) hold superseded figures: NOT expected. A parser that reads them will produce "
    "conflicting values for the same key.",
    "December / Q4 / whole-year figures printed as 'ƯTH', 'ước', 'ước tính', '(est.)' are estimate even when the "
    "document is dated after the period's end (F1, F5, F6, F7, F8, F9, F10).",
    "'TH 2024' of a province merged on 1 July 2025, in a document of late 2025 or 2026, is actual and belongs to the "
    "new province (F7, F10, and 2021–2024 in F6, 2025 months in F1/F5).",
    "F6 PCI score/rank 2021–2024 are kept for the new Bắc Ninh although PCI was computed for the old province "
    "(the brief's rule: a merged province's 2026 report speaks for the new province in all its periods).",
    "'dưới 0,1' → less_than 0.1; 'trên 96%' → more_than 96 (F4).",
    "'10,0%*' with a footnote 'tỉnh phấn đấu đạt 10,5%' → value 10 plan, alternatives [10.5] (F10). "
    "'12,0%*' / '270*' in F4 only flag higher internal targets; no alternative given.",
    "State-budget '% so dự toán' columns are state_budget_revenue_pct_of_estimate with the status of the figure "
    "they compare (estimate).",
    "Growth columns: 'so cùng kỳ (%)' printed as an index (e.g. 105,8) → 5.8; F5 IIP and F8 'so năm 2021' are "
    "printed as a change → taken as is; parentheses = negative.",
    "Index columns are expected only where the catalogue has a growth code for the row's indicator "
    "(no code for new enterprises, local expenditure, arrivals growth, FDI growth).",
    "F9 Q3 tourism revenue: the quarter total is printed though August/September are '…' – expected as printed; "
    "the year total is Q1+Q2+Q3+Q4 as printed.",
    "F8 FDI: Q3 is '…' so neither Q3 nor 9-month FDI is expected; the 'Cả năm' FDI estimate (which includes Q3 "
    "and so is not the sum of the printed quarters) is expected as printed.",
    "F2 is a cluster document (province: null); 'Bình quân …', 'Cộng …', 'Tổng cộng toàn cụm' rows are not expected; "
    "the in-cluster ranks are not expected.",
    "F7 'Toàn vùng' and 'Cả nước' rows are not expected (regional / national).",
    "F3 'BQ 2016-2020' is a multi-year average → not expected.",
    "F5/F8 period-on-period columns (month-on-month, Q3 vs Q2) are not expected.",
    "F1 monthly values of local expenditure are expected at month level ('2025-MM') as the table prints them.",
    "F6 'GRDP per capita' in USD is stored as English-format text ('6,180' = 6180).",
]


def yaml_scalar(v):
    if isinstance(v, bool) or v is None:
        return "null" if v is None else str(v).lower()
    if isinstance(v, (int, float)):
        return repr(v)
    s = str(v)
    if re.fullmatch(r"[0-9][0-9\-MHQ]*", s) or s in ("null", "true", "false") or any(ch in s for ch in ":#{}[],'\""):
        return "'" + s.replace("'", "''") + "'"
    return s


def write_yaml(total):
    L = [
        "# tables11 – blind spreadsheet corpus (SAMPLE DATA / Số liệu mẫu)",
        "# Theme: spreadsheets exported from reporting systems and shared drives, 2020–2026, with awkward layouts.",
        "# Generated by _build/gen.py – do not edit by hand.",
        "# Conventions:",
        "#  - province: name as in reference/admin/provinces_63_pre2025.csv (documents before 1 July 2025) or",
        "#    provinces_34_post2025.csv (documents after; a merged province's document speaks for the new",
        "#    province in all its periods).",
        "#  - values converted to the catalogue unit (triệu đồng /1000, nghìn tỷ ×1000, nghìn USD /1000,",
        "#    USD billion ×1000, nghìn lượt ×1000); growth codes are % change (index 107,2 → 7.2).",
        "#  - periods: YYYY, YYYY-Qn, YYYY-H1, YYYY-9M, YYYY-MM.",
        "#  - status: actual (TH, chính thức, past year without 'ước'), estimate (ước, ƯTH, sơ bộ, est.),",
        "#    plan (KH, dự toán, target).",
        "#  - not expected: regional/national/cluster totals and averages, multi-year averages, ranks other",
        "#    than pci_rank, shares of a region, percentage points, period-on-period comparisons, indicators",
        "#    with no catalogue code, hidden rows, '…' / 'n/a' / '–' cells.",
        "# Doubts:",
    ]
    for i, d in enumerate(DOUBTS, 1):
        words = d.split()
        line = f"#  {i}. "
        for w_ in words:
            if len(line) + len(w_) > 110:
                L.append(line.rstrip())
                line = "#     "
            line += w_ + " "
        L.append(line.rstrip())
    L.append(f"# Total expected observations: {total}")
    L.append("files:")
    for f in FILES:
        L.append(f"  - file: {f['file']}")
        L.append(f"    doc_year: {f['doc_year']}")
        L.append(f"    vintage: \"{f['vintage']}\"")
        L.append(f"    province: {yaml_scalar(f['province'])}")
        L.append(f"    n_expected: {len(f['exp'].rows)}")
        L.append("    expected:")
        for d in f["exp"].rows:
            parts = [f"{k}: {yaml_scalar(v)}" for k, v in d.items() if k != "alternatives"]
            if "alternatives" in d:
                parts.append("alternatives: [" + ", ".join(repr(a) for a in d["alternatives"]) + "]")
            L.append("      - {" + ", ".join(parts) + "}")
    with open(os.path.join(OUT, "expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


def write_readme(total):
    L = ["# tables11 – blind spreadsheet corpus (SAMPLE DATA)", "",
         "Số liệu mẫu. Ten spreadsheet-like documents (xlsx, xls, csv) of the kind exported from provincial reporting "
         "systems and shared drives between 2020 and 2026, with layouts that are awkward for a machine: one indicator per "
         "sheet with provinces or months down the rows, a transposed series table, years as merged column groups with a "
         "TH / KH / ƯTH second header row, a logo block and long note before a header at C12, totals and averages in "
         "the middle of tables, merged quarter headers over months, text numbers with spaces, '%', '*', parentheses and "
         "'…', an English sheet for investors, a CSV with title and unit lines, and hidden rows with superseded figures. "
         "All figures, names and sentences are invented. The corpus was written blind (only the reference catalogue, "
         "admin lists, clusters and scoring files were read); expected observations follow the conventions and the "
         "numbered Doubts in expected.yaml. Hidden rows are NOT expected.", "",
         "Regenerate (from the repository root):", "",
         "    .venv/bin/python tests/corpus/tables11/_build/gen.py", "",
         f"Total expected observations: {total}.", ""]
    for i, f in enumerate(FILES, 1):
        L.append(f"## {i}. {f['file']}")
        L.append("")
        L.append(f"- province: {f['province'] or 'several (multi-province)'}; document date {f['vintage']}; "
                 f"doc_year {f['doc_year']}; expected observations: {len(f['exp'].rows)}")
        L.append(f"- {f['what']}")
        L.append("- traps:")
        for t in f["traps"]:
            L.append(f"  - {t}")
        L.append("")
    L[1:1] = ["", MEASURED]  # how the parsers read it, blind and now
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
        fn()
    total = sum(len(f["exp"].rows) for f in FILES)
    write_yaml(total)
    write_readme(total)
    for f in FILES:
        print(f"{len(f['exp'].rows):4d}  {f['file']}")
    print(f"{total:4d}  total")


if __name__ == "__main__":
    main()
