#!/usr/bin/env python3
"""tables12 – blind appendix-workbook corpus (SAMPLE DATA / Số liệu mẫu).

Writes every document file of tests/corpus/tables12/ and expected.yaml + README.md
from the same literals. Run from the repository root:

    .venv/bin/python tests/corpus/tables12/_build/gen.py

All figures, names of officials and sentences are invented sample data.
"""
import datetime as dt
import io
import os
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
import xlsxwriter
import xlwt
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "tables12"
MAU = "Số liệu mẫu"
FIXED_DT = dt.datetime(2020, 1, 1, 0, 0, 0)

FILES = []  # list of dicts (meta + expected + traps)


# --------------------------------------------------------------------------- helpers

MEASURED = "Measured blind (2026-11-28, parsers with the session's first prose fixes): precision 0.824, recall 0.674 (215 of 261 read, 319 expected). Then fixed by general rules: a lone 'Giá trị' column takes the title's year and status; shares under 'Cơ cấu GRDP theo giá hiện hành'; 'tỉnh X cũ' in a title is a former part of the merged province; a second table on a sheet whose 'Chỉ tiêu' column moved; a month column holding dates, a 'Tình trạng số liệu' column, '<indicator> so cùng kỳ (%)' columns as indices; 'Kế hoạch › So cùng kỳ (%)' under a three-level header is a planned growth; a table by district gives its 'Tổng cộng toàn tỉnh' row: 0.991 / 0.987. Left: ranges read as 'about' their middle (the writer took the lower bound), 'Tăng 8 - 10%' in a plan column flagged to correct, a 'Năm 2018: số sơ bộ' note the writer took to make that year an estimate."

def vn(x, nd=1):
    """Vietnamese number text: dot thousands, comma decimals."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def xround(x, nd=1):
    """Excel ROUND (half away from zero) of a float, as float."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def dsum(*xs):
    return float(sum(Decimal(repr(x)) for x in xs))


def growth(idx):
    """index (107.2) -> change in % (7.2)"""
    return float(Decimal(repr(idx)) - 100)


def mul(x, k):
    return float(Decimal(repr(x)) * Decimal(repr(k)))


def div(x, k):
    return float(Decimal(repr(x)) / Decimal(repr(k)))


class Doc:
    def __init__(self, file, doc_year, vintage, province, what, traps):
        self.meta = dict(file=file, doc_year=doc_year, vintage=vintage, province=province)
        self.what = what
        self.traps = traps
        self.exp = []
        FILES.append(self)

    def add(self, ind, period, status, value, qual="exact", alts=None, prov=None):
        e = dict(province=prov or self.meta["province"], indicator=ind, period=str(period),
                 status=status, qualifier=qual, value=value)
        if alts:
            e["alternatives"] = list(alts)
        self.exp.append(e)


def normalize_zip(path, core_date="2020-01-01T00:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core.xml dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % core_date, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % core_date, txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def opx_book(creator, title):
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HDR_AL = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


def opx_header(ws, row, col, text):
    c = ws.cell(row=row, column=col, value=text)
    c.font = BOLD
    c.alignment = HDR_AL
    c.border = BOX
    return c


def opx_put(ws, row, col, value, fmt=None, bold=False, text_prefix=False, wrap=False):
    c = ws.cell(row=row, column=col, value=value)
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if text_prefix:
        c.quotePrefix = True
    if wrap:
        c.alignment = Alignment(wrap_text=True, vertical="center")
    return c


# =========================================================================== F1
def f1():
    P = "Bình Định"
    d = Doc("BinhDinh_UBND_PhuLuc_KTXH_2019_KH2020.xlsx", 2019, "2019-11-25", P,
            "Appendix 1 of the provincial People's Committee's 2019 report / 2020 plan (openpyxl): "
            "real number formats (fractions shown as %, '#,##0.0'), STT numbering 1 / 1.1 / a) / -, "
            "unit column, far-right 'Ghi chú' after two empty columns, one cell comment.",
            ["percent cells are fractions (0.0725 shown '7.3%' by format '0.0%'): value is 7.25, display 7.3 (alternative)",
             "GRDP value 74123.456 shown '74.123,5' by '#,##0.0' (raw value expected, display as alternative)",
             "rows 1.1-1.3 (sector growth) and a)-d) (sector shares) carry the same sector names; only the parent row "
             "('Tốc độ tăng trưởng' vs 'Cơ cấu kinh tế') tells growth from share",
             "'Thuế sản phẩm' growth row 1.4 has no catalogue code; the share row d) has one",
             "'So sánh (%)' column: only the budget row maps (state_budget_revenue_pct_of_estimate); "
             "% of plan for investment/exports/retail has no code",
             "'Kế hoạch năm 2019' of the budget row is the 'dự toán' -> plan",
             "Ghi chú (column L, after empty J:K): 'Năm 2018: số sơ bộ' makes forest cover 2018 an estimate; "
             "'số liệu điều chỉnh' does not change status",
             "poverty plan cells are reductions ('Giảm 1 - 1,5%') -> not expected; NTM 'trong năm' row is an increment -> not expected"])
    wb = opx_book("Văn phòng UBND tỉnh Bình Định (mẫu)", "Phụ lục 1 - chỉ tiêu KTXH 2019 (Số liệu mẫu)")
    ws = wb.active
    ws.title = "PL1"
    ws["A1"] = "UỶ BAN NHÂN DÂN TỈNH BÌNH ĐỊNH"
    ws["A2"] = "PHỤ LỤC 1: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2019 VÀ KẾ HOẠCH NĂM 2020"
    ws["A2"].font = BOLD
    ws["A3"] = "(Kèm theo Báo cáo số 215/BC-UBND ngày 25/11/2019 của UBND tỉnh Bình Định) – Số liệu mẫu, không phải số liệu thật"
    hdr = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện\nnăm 2018", "Kế hoạch\nnăm 2019",
           "Ước thực hiện\nnăm 2019", "Ước TH 2019\nso với KH 2019\n(%)", "Kế hoạch\nnăm 2020"]
    for j, h in enumerate(hdr, start=1):
        opx_header(ws, 5, j, h)
    opx_header(ws, 5, 12, "Ghi chú")
    ws.cell(row=5, column=6).comment = Comment("Số ước tính đến hết năm 2019, cập nhật ngày 20/11/2019 (mẫu)", "Phòng TH")
    for j in range(1, 9):
        opx_header(ws, 6, j, f"({j})" if j > 3 else ["A", "B", "C"][j - 1])
    ws.row_dimensions[5].height = 48
    ws.column_dimensions["B"].width = 58
    for col in "DEFGH":
        ws.column_dimensions[col].width = 14
    ws.column_dimensions["L"].width = 34
    PCT, PCT2, N1, N0, N2 = "0.0%", "0.00%", "#,##0.0", "#,##0", "#,##0.00"
    # (stt, name, unit, fmt, pct?, {col: value}, {col: (code, status, alts)} , note)
    # value units: for pct rows the literal is in %, stored /100
    Y18, K19, U19, SS, K20 = "D", "E", "F", "G", "H"
    rows = [
        ("A", "CHỈ TIÊU KINH TẾ", None, None, False, {}, {}, None),
        ("1", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010)", "%", PCT, True,
         {Y18: (6.87, PCT2), K19: 7.1, U19: 7.25, SS: "-", K20: 7.0},
         {Y18: ("grdp_growth", "actual", None), K19: ("grdp_growth", "plan", None),
          U19: ("grdp_growth", "estimate", [7.3]), K20: ("grdp_growth", "plan", None)}, None),
        ("1.1", "Khu vực nông, lâm nghiệp và thủy sản", "%", PCT, True,
         {Y18: (2.95, PCT2), U19: (3.18, PCT2)},
         {Y18: ("gva_agri_forestry_fishery_growth", "actual", None),
          U19: ("gva_agri_forestry_fishery_growth", "estimate", None)}, None),
        ("1.2", "Khu vực công nghiệp và xây dựng", "%", PCT, True,
         {Y18: (9.52, PCT2), U19: (10.36, PCT2)},
         {Y18: ("gva_industry_construction_growth", "actual", None),
          U19: ("gva_industry_construction_growth", "estimate", None)}, None),
        ("1.3", "Khu vực dịch vụ", "%", PCT, True,
         {Y18: (6.48, PCT2), U19: (6.71, PCT2)},
         {Y18: ("gva_services_growth", "actual", None), U19: ("gva_services_growth", "estimate", None)}, None),
        ("1.4", "Thuế sản phẩm trừ trợ cấp sản phẩm", "%", PCT, True,
         {Y18: (6.1, PCT2), U19: (5.8, PCT2)}, {}, None),
        ("2", "Quy mô GRDP (giá hiện hành)", "Tỷ đồng", N1, False,
         {Y18: 68945.312, U19: 74123.456, K20: 80500},
         {Y18: ("grdp_value_current", "actual", [68945.3]), U19: ("grdp_value_current", "estimate", [74123.5]),
          K20: ("grdp_value_current", "plan", None)}, None),
        ("3", "Cơ cấu kinh tế (giá hiện hành)", "%", None, False, {}, {}, None),
        ("a)", "Nông, lâm nghiệp và thủy sản", "%", PCT2, True,
         {Y18: 27.98, U19: 27.35},
         {Y18: ("structure_agriculture_share", "actual", None), U19: ("structure_agriculture_share", "estimate", None)}, None),
        ("b)", "Công nghiệp và xây dựng", "%", PCT2, True,
         {Y18: 28.12, U19: 28.76},
         {Y18: ("structure_industry_construction_share", "actual", None),
          U19: ("structure_industry_construction_share", "estimate", None)}, None),
        ("c)", "Dịch vụ", "%", PCT2, True,
         {Y18: 38.05, U19: 38.12},
         {Y18: ("structure_services_share", "actual", None), U19: ("structure_services_share", "estimate", None)}, None),
        ("d)", "Thuế sản phẩm trừ trợ cấp sản phẩm", "%", PCT2, True,
         {Y18: 5.85, U19: 5.77},
         {Y18: ("structure_product_taxes_share", "actual", None), U19: ("structure_product_taxes_share", "estimate", None)}, None),
        ("4", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", N1, False,
         {Y18: 8450.2, K19: 8900, U19: 9650.3, SS: (108.4, PCT), K20: 9800},
         {Y18: ("state_budget_revenue", "actual", None), K19: ("state_budget_revenue", "plan", None),
          U19: ("state_budget_revenue", "estimate", None), SS: ("state_budget_revenue_pct_of_estimate", "estimate", None),
          K20: ("state_budget_revenue", "plan", None)}, "Kế hoạch 2019 là dự toán HĐND tỉnh giao"),
        ("5", "Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", N1, False,
         {Y18: 31250.5, K19: 34000, U19: 34580, SS: (101.7, PCT), K20: 37500},
         {Y18: ("total_social_investment", "actual", None), K19: ("total_social_investment", "plan", None),
          U19: ("total_social_investment", "estimate", None), K20: ("total_social_investment", "plan", None)}, None),
        ("6", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", N1, False,
         {Y18: 865.4, K19: 900, U19: 952.7, SS: (105.9, PCT), K20: 1000},
         {Y18: ("export_value", "actual", None), K19: ("export_value", "plan", None),
          U19: ("export_value", "estimate", None), K20: ("export_value", "plan", None)}, None),
        ("B", "CHỈ TIÊU XÃ HỘI - MÔI TRƯỜNG", None, None, False, {}, {}, None),
        ("7", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "%", PCT2, True,
         {Y18: 5.12, K19: "Giảm 1 - 1,5%", U19: 3.98, SS: "-", K20: "Giảm 1%"},
         {Y18: ("poverty_rate_multidim", "actual", None), U19: ("poverty_rate_multidim", "estimate", None)}, None),
        ("8", "Tỷ lệ che phủ rừng", "%", PCT2, True,
         {Y18: 55.32, K19: 55.5, U19: 55.61, SS: "-", K20: 55.8},
         {Y18: ("forest_cover", "estimate", None), K19: ("forest_cover", "plan", None),
          U19: ("forest_cover", "estimate", None), K20: ("forest_cover", "plan", None)}, "Năm 2018: số sơ bộ"),
        ("9", "Số xã đạt chuẩn nông thôn mới (lũy kế)", "Xã", N0, False,
         {Y18: 39, K19: 47, U19: 48, SS: "-", K20: 56},
         {Y18: ("ntm_communes", "actual", None), K19: ("ntm_communes", "plan", None),
          U19: ("ntm_communes", "estimate", None), K20: ("ntm_communes", "plan", None)}, "Số liệu điều chỉnh theo quyết định công nhận"),
        ("-", "Trong đó: số xã đạt chuẩn trong năm", "Xã", N0, False,
         {Y18: 8, K19: 8, U19: 9, SS: "-", K20: 8}, {}, None),
    ]
    period = {Y18: "2018", K19: "2019", U19: "2019", SS: "2019", K20: "2020"}
    r = 7
    for stt, name, unit, fmt, is_pct, vals, exps, note in rows:
        opx_put(ws, r, 1, stt, bold=stt.isalpha() and len(stt) == 1)
        opx_put(ws, r, 2, name, bold=stt.isalpha() and len(stt) == 1, wrap=True)
        opx_put(ws, r, 3, unit)
        for col in "DEFGH":
            v = vals.get(col)
            cf = fmt
            if isinstance(v, tuple):
                v, cf = v
                store = div(v, 100) if cf in (PCT, PCT2) else v
            elif isinstance(v, (int, float)):
                store = div(v, 100) if is_pct else v
            else:
                store = v
            c = opx_put(ws, r, ord(col) - 64, store, fmt=cf if isinstance(store, (int, float)) else None)
            if isinstance(store, str):
                c.alignment = Alignment(horizontal="center")
            if col in exps:
                code, status, alts = exps[col]
                d.add(code, period[col], status, v, alts=alts)
        if note:
            ws.cell(row=r, column=12, value=note)
        r += 1
    ws.cell(row=r + 1, column=2, value="Ghi chú: Số liệu mẫu dùng cho kiểm thử; năm 2019 là số ước thực hiện.")
    ws.freeze_panes = "D7"
    path = os.path.join(OUT, d.meta["file"])
    wb.save(path)
    normalize_zip(path)


# =========================================================================== F2
def f2():
    P = "Quảng Ninh"
    d = Doc("QuangNinh_UBND_Bieu01_KTXH_2022_KH2023.xlsx", 2022, "2022-12-08", P,
            "Biểu 01 of the 2022 report / 2023 plan, saved by xlsxwriter with live formulas and cached values "
            "(SUM totals, ROUND(F/D*100,1) comparisons), two-row header with a merged 'So sánh (%)'.",
            ["totals are =SUM() formulas with cached values (budget revenue, tourist arrivals); the sub-rows "
             "(thu nội địa, thu XNK, khách quốc tế/nội địa) have no code",
             "'Ước TH 2022/TH 2021' is an index formula (=ROUND(F/D*100,1)) -> growth = index-100, estimate",
             "the same index for GRDP at current prices is nominal growth -> not expected; "
             "for tourist arrivals, tourism revenue, enterprises there is no growth code",
             "'Ước TH 2022/KH 2022' maps only for budget revenue (pct of estimate); other rows not expected",
             "tourist arrivals in 'Nghìn lượt' -> persons ×1000",
             "KH 2023 export cell is the text 'Tăng 8 - 10%' -> export_value_growth plan, range",
             "GRDP growth row has '-' in both comparison columns"])
    fn = os.path.join(OUT, d.meta["file"])
    wb = xlsxwriter.Workbook(fn)
    wb.set_properties({"title": "Biểu 01 KTXH 2022 (Số liệu mẫu)", "author": "Sở KH&ĐT Quảng Ninh (mẫu)",
                       "created": FIXED_DT})
    ws = wb.add_worksheet("Bieu 01")
    f_title = wb.add_format({"bold": True, "font_size": 12})
    f_h = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1})
    f_t = wb.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"})
    f_tb = wb.add_format({"border": 1, "text_wrap": True, "bold": True})
    f_c = wb.add_format({"border": 1, "align": "center"})
    f1d = wb.add_format({"border": 1, "num_format": "#,##0.0"})
    f1db = wb.add_format({"border": 1, "num_format": "#,##0.0", "bold": True})
    f2d = wb.add_format({"border": 1, "num_format": "0.00"})
    f0 = wb.add_format({"border": 1, "num_format": "#,##0"})
    fi = wb.add_format({"border": 1, "num_format": "0.0", "italic": True})
    ws.write(0, 0, "UBND TỈNH QUẢNG NINH", f_title)
    ws.write(1, 0, "Biểu 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2022 VÀ KẾ HOẠCH NĂM 2023", f_title)
    ws.write(2, 0, "(Số liệu mẫu – lập ngày 08/12/2022)")
    ws.merge_range(3, 0, 4, 0, "STT", f_h)
    ws.merge_range(3, 1, 4, 1, "Chỉ tiêu", f_h)
    ws.merge_range(3, 2, 4, 2, "Đơn vị\ntính", f_h)
    ws.merge_range(3, 3, 4, 3, "Thực hiện\nnăm 2021", f_h)
    ws.merge_range(3, 4, 4, 4, "Kế hoạch\nnăm 2022", f_h)
    ws.merge_range(3, 5, 4, 5, "Ước thực hiện\nnăm 2022", f_h)
    ws.merge_range(3, 6, 3, 7, "So sánh (%)", f_h)
    ws.write(4, 6, "Ước TH 2022/\nTH 2021", f_h)
    ws.write(4, 7, "Ước TH 2022/\nKH 2022", f_h)
    ws.merge_range(3, 8, 4, 8, "Kế hoạch\nnăm 2023", f_h)
    ws.set_row(4, 45)
    ws.set_column(1, 1, 55)
    ws.set_column(2, 8, 13)
    r = 5

    def wf(row, col, num_col, den_col, vn_, vd_):
        v = xround(vn_ / vd_ * 100, 1)
        ws.write_formula(row, col, f"=ROUND({num_col}{row + 1}/{den_col}{row + 1}*100,1)", fi, v)
        return v

    # 1 GRDP growth
    ws.write(r, 0, "1", f_c); ws.write(r, 1, "Tốc độ tăng trưởng GRDP (giá so sánh)", f_t); ws.write(r, 2, "%", f_c)
    vals = (10.28, 10.0, 10.5, 10.0)
    ws.write_number(r, 3, vals[0], f2d); ws.write_number(r, 4, vals[1], f2d); ws.write_number(r, 5, vals[2], f2d)
    ws.write(r, 6, "-", f_c); ws.write(r, 7, "-", f_c); ws.write_number(r, 8, vals[3], f2d)
    d.add("grdp_growth", "2021", "actual", vals[0]); d.add("grdp_growth", "2022", "plan", vals[1])
    d.add("grdp_growth", "2022", "estimate", vals[2]); d.add("grdp_growth", "2023", "plan", vals[3])
    r += 1
    # 2 GRDP current
    g21, g22, g23 = 263871.0, 295430.5, 330000
    ws.write(r, 0, "2", f_c); ws.write(r, 1, "Tổng sản phẩm trên địa bàn (GRDP, giá hiện hành)", f_t)
    ws.write(r, 2, "Tỷ đồng", f_c)
    ws.write_number(r, 3, g21, f1d); ws.write_blank(r, 4, None, f1d); ws.write_number(r, 5, g22, f1d)
    wf(r, 6, "F", "D", g22, g21); ws.write(r, 7, "-", f_c); ws.write_number(r, 8, g23, f1d)
    d.add("grdp_value_current", "2021", "actual", g21); d.add("grdp_value_current", "2022", "estimate", g22)
    d.add("grdp_value_current", "2023", "plan", g23)
    r += 1
    # 3 budget with SUM over two sub-rows
    nd = (36180.0, 39630.0, 41508.0, 43500.0)
    xnk = (12070.0, 11100.0, 11760.0, 11500.0)
    tot = tuple(dsum(a, b) for a, b in zip(nd, xnk))
    ws.write(r, 0, "3", f_c); ws.write(r, 1, "Tổng thu ngân sách nhà nước trên địa bàn", f_tb); ws.write(r, 2, "Tỷ đồng", f_c)
    for k, col in enumerate((3, 4, 5, 8)):
        L = "DEFGHI"[col - 3]
        ws.write_formula(r, col, f"=SUM({L}{r + 2}:{L}{r + 3})", f1db, tot[k])
    gi = wf(r, 6, "F", "D", tot[2], tot[0])
    pe = wf(r, 7, "F", "E", tot[2], tot[1])
    d.add("state_budget_revenue", "2021", "actual", tot[0]); d.add("state_budget_revenue", "2022", "plan", tot[1])
    d.add("state_budget_revenue", "2022", "estimate", tot[2])
    d.add("state_budget_revenue_growth", "2022", "estimate", growth(gi))
    d.add("state_budget_revenue_pct_of_estimate", "2022", "estimate", pe)
    d.add("state_budget_revenue", "2023", "plan", tot[3])
    r += 1
    for lab, vv in (("Thu nội địa", nd), ("Thu từ hoạt động xuất, nhập khẩu", xnk)):
        ws.write(r, 0, "-", f_c); ws.write(r, 1, lab, f_t); ws.write(r, 2, "Tỷ đồng", f_c)
        ws.write_number(r, 3, vv[0], f1d); ws.write_number(r, 4, vv[1], f1d); ws.write_number(r, 5, vv[2], f1d)
        wf(r, 6, "F", "D", vv[2], vv[0]); wf(r, 7, "F", "E", vv[2], vv[1]); ws.write_number(r, 8, vv[3], f1d)
        r += 1
    # 4..7 level rows with growth formula
    level_rows = [
        ("4", "Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", "total_social_investment", "total_social_investment_growth",
         (65320.5, 70000.0, 72480.2, 78000.0)),
        ("5", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "export_value", "export_value_growth",
         (3820.4, 4000.0, 4275.6, "Tăng 8 - 10%")),
        ("6", "Kim ngạch nhập khẩu hàng hóa", "Triệu USD", "import_value", "import_value_growth",
         (2410.3, None, 2688.9, None)),
        ("7", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", "retail_sales_services_revenue",
         "retail_sales_services_revenue_growth", (58960.2, 66000.0, 68245.7, 76000.0)),
    ]
    for stt, lab, unit, code, gcode, (a, b, c, e) in level_rows:
        ws.write(r, 0, stt, f_c); ws.write(r, 1, lab, f_t); ws.write(r, 2, unit, f_c)
        ws.write_number(r, 3, a, f1d)
        if b is None:
            ws.write_blank(r, 4, None, f1d)
        else:
            ws.write_number(r, 4, b, f1d)
        ws.write_number(r, 5, c, f1d)
        gi = wf(r, 6, "F", "D", c, a)
        if b is None:
            ws.write(r, 7, "-", f_c)
        else:
            wf(r, 7, "F", "E", c, b)
        d.add(code, "2021", "actual", a)
        if b is not None:
            d.add(code, "2022", "plan", b)
        d.add(code, "2022", "estimate", c)
        d.add(gcode, "2022", "estimate", growth(gi))
        if isinstance(e, str):
            ws.write_string(r, 8, e, f_c)
            d.add(gcode, "2023", "plan", 8, alts=[10, 9])
        elif e is not None:
            ws.write_number(r, 8, e, f1d)
            d.add(code, "2023", "plan", e)
        else:
            ws.write_blank(r, 8, None, f1d)
        r += 1
    # 8 tourist arrivals (Nghìn lượt), SUM of two sub rows
    qt = (15.2, 410.5)
    nd_ = (8530.6, 14620.3)
    t21, t22 = dsum(qt[0], nd_[0]), dsum(qt[1], nd_[1])
    ws.write(r, 0, "8", f_c); ws.write(r, 1, "Tổng số lượt khách du lịch", f_tb); ws.write(r, 2, "Nghìn lượt", f_c)
    ws.write_formula(r, 3, f"=D{r + 2}+D{r + 3}", f1db, t21)
    ws.write_number(r, 4, 15000, f1d)
    ws.write_formula(r, 5, f"=F{r + 2}+F{r + 3}", f1db, t22)
    wf(r, 6, "F", "D", t22, t21); wf(r, 7, "F", "E", t22, 15000.0)
    ws.write_number(r, 8, 17000, f1d)
    d.add("tourism_arrivals", "2021", "actual", round(mul(t21, 1000)))
    d.add("tourism_arrivals", "2022", "plan", 15000000)
    d.add("tourism_arrivals", "2022", "estimate", round(mul(t22, 1000)))
    d.add("tourism_arrivals", "2023", "plan", 17000000)
    r += 1
    for lab, a, c in (("Khách quốc tế", qt[0], qt[1]), ("Khách nội địa", nd_[0], nd_[1])):
        ws.write(r, 0, "-", f_c); ws.write(r, 1, lab, f_t); ws.write(r, 2, "Nghìn lượt", f_c)
        ws.write_number(r, 3, a, f1d); ws.write_blank(r, 4, None, f1d); ws.write_number(r, 5, c, f1d)
        wf(r, 6, "F", "D", c, a); ws.write(r, 7, "-", f_c); ws.write_blank(r, 8, None, f1d)
        r += 1
    # 9 enterprises
    en = (1602, 1700, 1745, 1800)
    ws.write(r, 0, "9", f_c); ws.write(r, 1, "Số doanh nghiệp thành lập mới", f_t); ws.write(r, 2, "Doanh nghiệp", f_c)
    ws.write_number(r, 3, en[0], f0); ws.write_number(r, 4, en[1], f0); ws.write_number(r, 5, en[2], f0)
    wf(r, 6, "F", "D", float(en[2]), float(en[0])); wf(r, 7, "F", "E", float(en[2]), float(en[1]))
    ws.write_number(r, 8, en[3], f0)
    d.add("new_enterprises", "2021", "actual", en[0]); d.add("new_enterprises", "2022", "plan", en[1])
    d.add("new_enterprises", "2022", "estimate", en[2]); d.add("new_enterprises", "2023", "plan", en[3])
    r += 2
    ws.write(r, 1, "Ghi chú: Số liệu mẫu. Cột so sánh tính bằng công thức.")
    ws.freeze_panes(5, 3)
    wb.close()
    normalize_zip(fn)


# =========================================================================== F3
def f3():
    P = "Thanh Hóa"
    d = Doc("ThanhHoa_SoKHDT_ChiTieuChuYeu_2017_KH2018.xlsx", 2017, "2017-12-12", P,
            "Main-indicator table of the planning department, typed by hand: most numbers are TEXT cells "
            "('14.650,2' with a quote prefix, '20,3%', '12.8 %', NBSP thousands), a few real numbers.",
            ["numbers stored as text with Vietnamese separators: '91.020' is 91020, not 91.02; '2.012,4' is 2012.4",
             "mixed conventions in one column: '12.8 %' (decimal point) next to '11,05%' (decimal comma)",
             "thousands separated by a non-breaking space ('1\u00a0512')",
             "'Tăng/giảm so với năm 2016 (%)' holds the change, not an index ('20,3%' -> 20.3, '-44,5%' -> -44.5)",
             "FDI and enterprises change column has no growth code -> not expected",
             "plan range '10 - 11' for GRDP growth 2017",
             "poverty plan cells 'giảm 2%' / 'giảm 1,5 - 2%' are reductions -> not expected",
             "income per capita in 'Nghìn đồng' ('2.610') -> 2.61 triệu đồng"])
    wb = opx_book("Sở Kế hoạch và Đầu tư Thanh Hóa (mẫu)", "Chỉ tiêu chủ yếu 2017 (Số liệu mẫu)")
    ws = wb.active
    ws.title = "Chi tieu"
    ws["A1"] = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH THANH HÓA"
    ws["A2"] = "ĐÁNH GIÁ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2017, KẾ HOẠCH NĂM 2018"
    ws["A2"].font = BOLD
    ws["A3"] = "Số liệu mẫu (ngày 12/12/2017)"
    ws.merge_cells("A5:A6"); opx_header(ws, 5, 1, "TT")
    ws.merge_cells("B5:B6"); opx_header(ws, 5, 2, "Chỉ tiêu")
    ws.merge_cells("C5:C6"); opx_header(ws, 5, 3, "ĐVT")
    ws.merge_cells("D5:D6"); opx_header(ws, 5, 4, "Thực hiện\nnăm 2016")
    ws.merge_cells("E5:F5"); opx_header(ws, 5, 5, "Năm 2017")
    opx_header(ws, 6, 5, "Kế hoạch"); opx_header(ws, 6, 6, "Ước thực hiện")
    ws.merge_cells("G5:G6"); opx_header(ws, 5, 7, "Tăng/giảm so với\nnăm 2016 (%)")
    ws.merge_cells("H5:H6"); opx_header(ws, 5, 8, "Kế hoạch\nnăm 2018")
    ws.column_dimensions["B"].width = 50
    for col in "DEFGH":
        ws.column_dimensions[col].width = 15
    NB = "\u00a0"
    # each cell: (shown, value_for_expected, is_text)  value None => not expected
    # (tt, name, unit, code, growth_code, {col: (cell_value, expected_value_or_None, alts, qual)})
    T = "T"

    def t(s, v=None, alts=None):
        return ("T", s, v, alts)

    def n(x, fmt, v="same"):
        return ("N", x, x if v == "same" else v, None, fmt)

    rows = [
        ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "grdp_growth", None,
         {"D": n(9.03, "0.00"), "E": t("10 - 11", 10, [11, 10.5]), "F": t("11,05%", 11.05),
          "G": t("-"), "H": t("12.8 %", 12.8)}),
        ("2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "state_budget_revenue", "state_budget_revenue_growth",
         {"D": t("14.650,2", 14650.2), "E": n(16040, "#,##0"), "F": t("17.630,5", 17630.5),
          "G": t("20,3%", 20.3), "H": t("21.000", 21000)}),
        ("3", "Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", "total_social_investment", "total_social_investment_growth",
         {"D": t("91.020", 91020), "E": t("105.000", 105000), "F": t("104.600,8", 104600.8),
          "G": t("14,9%", 14.9), "H": t("115.000", 115000)}),
        ("4", "Giá trị xuất khẩu hàng hóa", "Triệu USD", "export_value", "export_value_growth",
         {"D": t("2.012,4", 2012.4), "E": t("2.400", 2400), "F": t("2.765,4", 2765.4),
          "G": t("37,4%", 37.4), "H": t("3.300", 3300)}),
        ("5", "Vốn đầu tư trực tiếp nước ngoài đăng ký (cấp mới và tăng vốn)", "Triệu USD", "fdi_registered", None,
         {"D": t("1.550,3", 1550.3), "E": t("-"), "F": t("860,5", 860.5), "G": t("-44,5%"), "H": t("-")}),
        ("6", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", "retail_sales_services_revenue",
         "retail_sales_services_revenue_growth",
         {"D": n(68450.7, "#,##0.0"), "E": t("78.000", 78000), "F": t("78.932,1", 78932.1),
          "G": t("15,3%", 15.3), "H": t("90.000", 90000)}),
        ("7", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "new_enterprises", None,
         {"D": t(f"1{NB}512", 1512), "E": t(f"1{NB}800", 1800), "F": t(f"2{NB}005", 2005),
          "G": t("32,6%"), "H": t("2.200", 2200)}),
        ("8", "Tỷ lệ hộ nghèo (chuẩn đa chiều)", "%", "poverty_rate_multidim", None,
         {"D": t("11,14%", 11.14), "E": t("giảm 2%"), "F": t("8,78%", 8.78), "G": t("-"), "H": t("giảm 1,5 - 2%")}),
        ("9", "Tỷ lệ che phủ rừng", "%", "forest_cover", None,
         {"D": t("52,3", 52.3), "E": t("52,6", 52.6), "F": t("52.6 %", 52.6), "G": t("-"), "H": t("53%", 53)}),
        ("10", "Thu nhập bình quân đầu người/tháng", "Nghìn đồng", "income_per_capita_monthly", None,
         {"D": t("2.610", 2.61), "E": t("-"), "F": t("2.930", 2.93), "G": t("12,3%"), "H": t("-")}),
    ]
    status = {"D": ("2016", "actual"), "E": ("2017", "plan"), "F": ("2017", "estimate"),
              "G": ("2017", "estimate"), "H": ("2018", "plan")}
    r = 7
    for tt, name, unit, code, gcode, cells in rows:
        opx_put(ws, r, 1, tt); opx_put(ws, r, 2, name, wrap=True); opx_put(ws, r, 3, unit)
        for col in "DEFGH":
            spec = cells.get(col)
            j = ord(col) - 64
            if spec is None:
                opx_put(ws, r, j, None)
                continue
            if spec[0] == "T":
                _, s, v, alts = spec
                c = opx_put(ws, r, j, s, text_prefix=(s[:1].isdigit() and "," in s and "%" not in s))
                c.alignment = Alignment(horizontal="right")
            else:
                _, x, v, alts, fmt = spec
                opx_put(ws, r, j, x, fmt=fmt)
            if v is None:
                continue
            per, st = status[col]
            ccode = gcode if col == "G" else code
            if ccode is None:
                continue
            d.add(ccode, per, st, v, alts=alts)
        r += 1
    ws.cell(row=r + 1, column=2, value="Ghi chú: số liệu mẫu; năm 2017 là số ước thực hiện cả năm.")
    path = os.path.join(OUT, d.meta["file"])
    wb.save(path)
    normalize_zip(path)


# =========================================================================== F4
def f4():
    P = "Phú Thọ"
    d = Doc("PhuTho_CTK_SoLieuThang_T4_2026.xlsx", 2026, "2026-05-06", P,
            "Monthly series of the merged Phú Thọ (Phú Thọ + Vĩnh Phúc + Hòa Bình) for January–April 2026: one row per "
            "month with a real date in the 'Tháng' column (format dd/mm/yyyy: 01/03/2026 = March), a 4-month "
            "cumulative row and the same period of 2025.",
            ["period column holds real dates (Excel serials) shown '01/02/2026' = February 2026, not 2 January",
             "April is a text label 'Tháng 4/2026' in the same date column",
             "status per row from column 'Tình trạng số liệu': Chính thức -> actual, Sơ bộ / Ước tính -> estimate",
             "IIP and retail columns 'so cùng kỳ (%)' are indices (112,4 -> 12.4; 98,6 -> -1.4)",
             "'CPI so với tháng trước' is month-on-month -> not expected",
             "'Cộng 4 tháng' -> period 2026-4M (estimate); 'Cùng kỳ 4 tháng năm 2025' -> 2025-4M actual, "
             "attributed to the merged Phú Thọ (34-province list)"])
    wb = opx_book("Thống kê tỉnh Phú Thọ (mẫu)", "Số liệu tháng 2026 (Số liệu mẫu)")
    ws = wb.active
    ws.title = "So lieu thang"
    ws["A1"] = "THỐNG KÊ TỈNH PHÚ THỌ"
    ws["A2"] = "MỘT SỐ CHỈ TIÊU KINH TẾ CHỦ YẾU THEO THÁNG NĂM 2026"
    ws["A2"].font = BOLD
    ws["A3"] = ("Số liệu mẫu. Số liệu năm 2025 đã tổng hợp theo địa giới tỉnh Phú Thọ mới "
                "(gồm các tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình cũ).")
    hdr = ["Tháng", "Chỉ số sản xuất\ncông nghiệp\nso cùng kỳ (%)", "Tổng mức bán lẻ\nhàng hóa và DT\ndịch vụ tiêu dùng\n(Tỷ đồng)",
           "Tổng mức bán lẻ\nso cùng kỳ (%)", "Xuất khẩu\nhàng hóa\n(Triệu USD)", "Nhập khẩu\nhàng hóa\n(Triệu USD)",
           "Thu NSNN\ntrên địa bàn\n(Tỷ đồng)", "CPI so với\ntháng trước (%)", "Tình trạng\nsố liệu"]
    for j, h in enumerate(hdr, start=1):
        opx_header(ws, 5, j, h)
    ws.row_dimensions[5].height = 75
    for col in "ABCDEFGHI":
        ws.column_dimensions[col].width = 16
    ST = {"Chính thức": "actual", "Sơ bộ": "estimate", "Ước tính": "estimate"}
    months = [
        (dt.datetime(2026, 1, 1), "2026-01", 112.4, 9845.3, 111.2, 1640.5, 1320.8, 3850.2, 100.45, "Chính thức"),
        (dt.datetime(2026, 2, 1), "2026-02", 98.6, 9620.7, 109.8, 1302.9, 1105.4, 2960.4, 101.12, "Chính thức"),
        (dt.datetime(2026, 3, 1), "2026-03", 114.9, 9910.6, 110.5, 1785.1, 1488.2, 3410.7, 99.71, "Sơ bộ"),
        ("Tháng 4/2026", "2026-04", 113.2, 10050.4, 111.0, 1820.6, 1530.0, 3205.9, 100.18, "Ước tính"),
    ]
    cum = ("Cộng 4 tháng", "2026-4M", 109.6, dsum(*[m[3] for m in months]), 110.6,
           dsum(*[m[5] for m in months]), dsum(*[m[6] for m in months]), dsum(*[m[7] for m in months]), None, "Ước tính")
    prev = ("Cùng kỳ 4 tháng năm 2025", "2025-4M", None, 35649.2, None, 5530.4, 4620.7, 11980.5, None, "Chính thức")
    r = 6
    for row in months + [cum, prev]:
        lab, per, iip, ret, retg, ex, im, bud, cpi, st = row
        c = opx_put(ws, r, 1, lab, fmt="dd/mm/yyyy" if isinstance(lab, dt.datetime) else None)
        for j, (v, fmt) in enumerate(((iip, "0.0"), (ret, "#,##0.0"), (retg, "0.0"), (ex, "#,##0.0"),
                                      (im, "#,##0.0"), (bud, "#,##0.0"), (cpi, "0.00")), start=2):
            opx_put(ws, r, j, v if v is not None else "-", fmt=fmt if v is not None else None)
        opx_put(ws, r, 9, st)
        s = ST[st]
        if iip is not None:
            d.add("iip_growth", per, s, growth(iip))
        d.add("retail_sales_services_revenue", per, s, ret)
        if retg is not None:
            d.add("retail_sales_services_revenue_growth", per, s, growth(retg))
        d.add("export_value", per, s, ex)
        d.add("import_value", per, s, im)
        d.add("state_budget_revenue", per, s, bud)
        r += 1
    ws.cell(row=r + 1, column=1, value="Ghi chú: Số liệu mẫu; tháng báo cáo là số ước tính.")
    ws.freeze_panes = "B6"
    path = os.path.join(OUT, d.meta["file"])
    wb.save(path)
    normalize_zip(path)


# =========================================================================== F5
def f5():
    P = "Đắk Lắk"
    d = Doc("DakLak_UBND_PhuLuc_3TangTieuDe_2021.xlsx", 2021, "2022-01-14", P,
            "Appendix with a three-level merged header (Năm 2020 / Năm 2021 -> Kế hoạch | Thực hiện -> "
            "Giá trị | So cùng kỳ (%)), openpyxl.",
            ["three header levels must be combined: year, then plan/actual, then value/index",
             "'So cùng kỳ (%)' holds an index (102,58 -> 2.58; 98,2 -> -1.8)",
             "GRDP at constant 2010 prices: value -> grdp_value_const2010, its index -> grdp_growth",
             "GRDP at current prices: the index is nominal -> not expected (values only)",
             "the plan's 'So cùng kỳ' is a planned growth -> status plan",
             "tourist arrivals and enterprises: indices have no growth code -> not expected",
             "'Trong đó: thu nội địa' sub-row -> no code"])
    wb = opx_book("Văn phòng UBND tỉnh Đắk Lắk (mẫu)", "Phụ lục KTXH 2021 (Số liệu mẫu)")
    ws = wb.active
    ws.title = "Phu luc"
    ws["A1"] = "UBND TỈNH ĐẮK LẮK"
    ws["A2"] = "PHỤ LỤC: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KINH TẾ CHỦ YẾU NĂM 2021"
    ws["A2"].font = BOLD
    ws["A3"] = "(Kèm theo Báo cáo ngày 14/01/2022) – Số liệu mẫu"
    for rng, txt in (("A5:A7", "STT"), ("B5:B7", "Chỉ tiêu"), ("C5:C7", "Đơn vị\ntính"), ("D5:E5", "Năm 2020"),
                     ("F5:I5", "Năm 2021"), ("D6:E6", "Thực hiện"), ("F6:G6", "Kế hoạch"), ("H6:I6", "Thực hiện"),
                     ("J5:J7", "Ghi chú")):
        ws.merge_cells(rng)
        a = rng.split(":")[0]
        opx_header(ws, ws[a].row, ws[a].column, txt)
    for j, txt in zip((4, 5, 6, 7, 8, 9), ("Giá trị", "So cùng kỳ\n(%)") * 3):
        opx_header(ws, 7, j, txt)
    for rr in (5, 6, 7):
        for j in range(1, 11):
            ws.cell(row=rr, column=j).border = BOX
    ws.row_dimensions[7].height = 32
    ws.column_dimensions["B"].width = 52
    for col in "DEFGHI":
        ws.column_dimensions[col].width = 13
    ws.column_dimensions["J"].width = 26
    # (stt, name, unit, value_code, index_code, (D, E, F, G, H, I), note)
    rows = [
        ("1", "Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010", "Tỷ đồng", "grdp_value_const2010", "grdp_growth",
         (52640.5, 102.58, 55800, 106.0, 54980.3, 104.44), None),
        ("2", "Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", "Tỷ đồng", "grdp_value_current", None,
         (95120.7, 104.9, 102000, 107.2, 101530.2, 106.74), None),
        ("3", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "state_budget_revenue", "state_budget_revenue_growth",
         (6120.4, 98.2, 6500, 106.2, 7010.6, 114.5), "Năm 2020: số quyết toán"),
        ("", "Trong đó: Thu nội địa", "Tỷ đồng", None, None,
         (5620.1, 97.5, 6050, 107.6, 6580.2, 117.1), None),
        ("4", "Tổng vốn đầu tư thực hiện toàn xã hội", "Tỷ đồng", "total_social_investment", "total_social_investment_growth",
         (30560.2, 96.4, 33000, 108.0, 32150.8, 105.2), None),
        ("5", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "export_value", "export_value_growth",
         (612.3, 101.9, 650, 106.2, 720.4, 117.7), None),
        ("6", "Tổng lượt khách du lịch", "Lượt", "tourism_arrivals", None,
         (865400, 71.2, 1000000, 115.6, 702500, 81.2), "Năm 2021 ảnh hưởng dịch COVID-19"),
        ("7", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "new_enterprises", None,
         (1120, 105.7, 1200, 107.1, 1035, 92.4), None),
    ]
    cols = [("2020", "actual"), ("2021", "plan"), ("2021", "actual")]
    r = 8
    for stt, name, unit, vcode, icode, vals, note in rows:
        opx_put(ws, r, 1, stt); opx_put(ws, r, 2, name, wrap=True); opx_put(ws, r, 3, unit)
        for k in range(3):
            v, idx = vals[2 * k], vals[2 * k + 1]
            opx_put(ws, r, 4 + 2 * k, v, fmt="#,##0" if unit in ("Lượt", "Doanh nghiệp") else "#,##0.0")
            opx_put(ws, r, 5 + 2 * k, idx, fmt="0.0" if round(idx, 1) == idx else "0.00")
            per, st = cols[k]
            if vcode:
                d.add(vcode, per, st, v)
            if icode:
                d.add(icode, per, st, growth(idx))
        opx_put(ws, r, 10, note)
        r += 1
    ws.cell(row=r + 1, column=2, value="Số liệu mẫu – không dùng cho mục đích khác.")
    path = os.path.join(OUT, d.meta["file"])
    wb.save(path)
    normalize_zip(path)


# =========================================================================== F6
def f6():
    P = "Thành phố Đà Nẵng"
    d = Doc("DaNang_CTK_HaiBieu_KTXH_2025.xlsx", 2025, "2026-01-09", P,
            "2025 figures of the merged city of Đà Nẵng (Đà Nẵng + Quảng Nam), saved January 2026: two tables stacked "
            "on one sheet, separated by a blank row and a new title, with different column layouts.",
            ["two tables on one sheet: Biểu 1 (Năm 2024 | Ước tính năm 2025 | so sánh %) and Biểu 2 (STT first, "
             "Kế hoạch 2025 | Ước thực hiện 2025 | Kế hoạch 2026, unit column LAST)",
             "all periods (including 2024) belong to 'Thành phố Đà Nẵng' of the 34-province list",
             "unit 'Nghìn tỷ đồng' (×1000), 'Tỷ USD' (×1000), 'Triệu lượt' (×1 000 000)",
             "'Năm 2025 so với năm 2024 (%)' is an index: growth codes only for budget, exports, retail; "
             "GRDP current (nominal), tourism (no code) not expected",
             "GRDP growth row has '-' in the index column"])
    wb = opx_book("Thống kê thành phố Đà Nẵng (mẫu)", "KTXH 2025 (Số liệu mẫu)")
    ws = wb.active
    ws.title = "KTXH 2025"
    ws["A1"] = "THÀNH PHỐ ĐÀ NẴNG – TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2025 (Số liệu mẫu)"
    ws["A1"].font = BOLD
    ws["A2"] = ("(Số liệu năm 2024 tính theo địa giới hành chính mới, gồm thành phố Đà Nẵng và tỉnh Quảng Nam cũ; "
                "lập ngày 09/01/2026)")
    ws["A4"] = "Biểu 1. Một số chỉ tiêu kinh tế chủ yếu"
    ws["A4"].font = BOLD
    for j, h in enumerate(["Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Ước tính\nnăm 2025", "Năm 2025 so với\nnăm 2024 (%)"], 1):
        opx_header(ws, 5, j, h)
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 40
    for col in "CDEF":
        ws.column_dimensions[col].width = 15
    # (name, unit, factor, code, growth_code, v24, v25, idx)
    t1 = [
        ("Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", 1, "grdp_growth", None, 7.85, 10.12, "-"),
        ("Tổng sản phẩm trên địa bàn theo giá hiện hành", "Nghìn tỷ đồng", 1000, "grdp_value_current", None, 248.6, 281.3, 113.2),
        ("GRDP bình quân đầu người", "Triệu đồng/người", 1, "grdp_per_capita", None, 85.6, 95.4, "-"),
        ("Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 1, "state_budget_revenue", "state_budget_revenue_growth",
         47520.4, 60310.2, 126.9),
        ("Kim ngạch xuất khẩu hàng hóa", "Tỷ USD", 1000, "export_value", "export_value_growth", 4.82, 5.96, 123.7),
        ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", 1, "retail_sales_services_revenue",
         "retail_sales_services_revenue_growth", 165230.5, 189870.2, 114.9),
        ("Tổng lượt khách du lịch", "Triệu lượt", 1000000, "tourism_arrivals", None, 17.8, 20.6, 115.7),
        ("Doanh thu du lịch", "Tỷ đồng", 1, "tourism_revenue", None, 38450, 46210.5, 120.2),
    ]
    r = 6
    for name, unit, fac, code, gcode, v24, v25, idx in t1:
        opx_put(ws, r, 1, name, wrap=True); opx_put(ws, r, 2, unit)
        fmt = "#,##0.0" if v24 >= 1000 else "0.00"
        opx_put(ws, r, 3, v24, fmt=fmt); opx_put(ws, r, 4, v25, fmt=fmt)
        opx_put(ws, r, 5, idx, fmt="0.0" if not isinstance(idx, str) else None)
        d.add(code, "2024", "actual", mul(v24, fac) if fac != 1 else v24)
        d.add(code, "2025", "estimate", mul(v25, fac) if fac != 1 else v25)
        if gcode:
            d.add(gcode, "2025", "estimate", growth(idx))
        r += 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="Biểu 2. Một số chỉ tiêu xã hội, môi trường").font = BOLD
    r += 1
    for j, h in enumerate(["STT", "Chỉ tiêu", "Kế hoạch\nnăm 2025", "Ước thực hiện\nnăm 2025", "Kế hoạch\nnăm 2026",
                           "Đơn vị tính"], 1):
        opx_header(ws, r, j, h)
    r += 1
    t2 = [
        ("1", "Tỷ lệ hộ nghèo đa chiều", "%", "poverty_rate_multidim", 0.9, 0.72, 0.5),
        ("2", "Tỷ lệ lao động qua đào tạo", "%", "trained_labour_rate", 72.0, 72.5, 74.0),
        ("3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "health_insurance_coverage", 95.0, 94.6, 95.5),
        ("4", "Tỷ lệ che phủ rừng", "%", "forest_cover", 59.0, 59.2, 59.4),
        ("5", "Thu nhập bình quân đầu người một tháng", "Triệu đồng", "income_per_capita_monthly", 6.3, 6.45, 7.0),
    ]
    for stt, name, unit, code, k25, u25, k26 in t2:
        opx_put(ws, r, 1, stt); opx_put(ws, r, 2, name, wrap=True)
        for j, v in zip((3, 4, 5), (k25, u25, k26)):
            opx_put(ws, r, j, v, fmt="0.00")
        opx_put(ws, r, 6, unit)
        d.add(code, "2025", "plan", k25); d.add(code, "2025", "estimate", u25); d.add(code, "2026", "plan", k26)
        r += 1
    ws.cell(row=r + 1, column=1, value="Nguồn: Thống kê thành phố Đà Nẵng – Số liệu mẫu.")
    path = os.path.join(OUT, d.meta["file"])
    wb.save(path)
    normalize_zip(path)


# =========================================================================== F7
def f7():
    P = "Hà Tĩnh"
    d = Doc("HaTinh_CTK_SoLieuTheoNam_2022_2024.xlsx", 2024, "2025-03-20", P,
            "One sheet per year ('2022', '2023', 'Năm 2024') plus a hidden sheet '2021 (cu)' with superseded figures; "
            "GRDP total and sector shares are formulas with cached values (xlsxwriter); notes column 'Ghi chú'.",
            ["the year is only in the sheet name (and the sheet title); 'Năm 2024' has a prefix",
             "sheet 'Năm 2024' is marked 'Số liệu sơ bộ' -> estimate; 2022 and 2023 'chính thức' -> actual",
             "hidden sheet '2021 (cu)' (old, superseded figures) -> NOT expected",
             "GRDP total is =SUM() of four component rows (components have no code); shares are "
             "=ROUND(component/total*100,2) formulas with cached values",
             "'Ghi chú' 'số liệu điều chỉnh' (2023 GRDP growth) does not change status"])
    fn = os.path.join(OUT, d.meta["file"])
    wb = xlsxwriter.Workbook(fn)
    wb.set_properties({"title": "Hà Tĩnh - số liệu theo năm (Số liệu mẫu)", "author": "Thống kê Hà Tĩnh (mẫu)",
                       "created": FIXED_DT})
    f_b = wb.add_format({"bold": True})
    f_h = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1})
    f_t = wb.add_format({"border": 1})
    f_ti = wb.add_format({"border": 1, "italic": True})
    f1d = wb.add_format({"border": 1, "num_format": "#,##0.0"})
    f2d = wb.add_format({"border": 1, "num_format": "0.00"})
    f0 = wb.add_format({"border": 1, "num_format": "#,##0"})
    years = [
        ("2021 (cu)", "2021", None, dict(comp=(15210.3, 37980.6, 28640.1, 5720.4), g=6.02, bud=17840.2, chi=21950.7,
                                         dn=1020), {}),
        ("2022", "2022", "actual", dict(comp=(16880.4, 42510.7, 31420.2, 6230.5), g=4.82, bud=21480.6, chi=24310.5,
                                        dn=1095), {"bud": "Số quyết toán"}),
        ("2023", "2023", "actual", dict(comp=(17640.9, 45980.3, 34870.6, 6710.2), g=5.93, bud=16950.2, chi=23870.1,
                                        dn=1162), {"g": "Số liệu điều chỉnh"}),
        ("Năm 2024", "2024", "estimate", dict(comp=(18420.5, 50120.8, 38210.4, 7240.3), g=7.08, bud=19860.7,
                                              chi=26540.9, dn=1240), {"g": "Sơ bộ"}),
    ]
    comp_names = ["Nông, lâm nghiệp và thủy sản", "Công nghiệp và xây dựng", "Dịch vụ",
                  "Thuế sản phẩm trừ trợ cấp sản phẩm"]
    share_codes = ["structure_agriculture_share", "structure_industry_construction_share", "structure_services_share",
                   "structure_product_taxes_share"]
    for sname, year, status, v, notes in years:
        ws = wb.add_worksheet(sname)
        if status is None:
            ws.hide()
        ws.set_column(0, 0, 52); ws.set_column(1, 2, 14); ws.set_column(3, 3, 28)
        ws.write(0, 0, f"HÀ TĨNH – MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM {year} (Số liệu mẫu)", f_b)
        lab = {"actual": "Số liệu chính thức", "estimate": "Số liệu sơ bộ", None: "Số liệu cũ – đã được thay thế"}[status]
        ws.write(1, 0, lab)
        for j, h in enumerate(["Chỉ tiêu", "Đơn vị tính", "Giá trị", "Ghi chú"]):
            ws.write(3, j, h, f_h)
        r = 4
        comp = v["comp"]
        tot = dsum(*comp)
        ws.write(r, 0, "1. Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", f_t); ws.write(r, 1, "Tỷ đồng", f_t)
        ws.write_formula(r, 2, f"=SUM(C{r + 2}:C{r + 5})", f1d, tot); ws.write_blank(r, 3, None, f_t)
        total_row = r + 1
        if status:
            d.add("grdp_value_current", year, status, tot)
        r += 1
        for nm, x in zip(comp_names, comp):
            ws.write(r, 0, f"   - {nm}", f_ti); ws.write(r, 1, "Tỷ đồng", f_t); ws.write_number(r, 2, x, f1d)
            ws.write_blank(r, 3, None, f_t)
            r += 1
        ws.write(r, 0, "2. Cơ cấu GRDP theo giá hiện hành", f_t); ws.write(r, 1, "%", f_t); ws.write_blank(r, 2, None, f_t)
        ws.write_blank(r, 3, None, f_t)
        r += 1
        for k, (nm, x, code) in enumerate(zip(comp_names, comp, share_codes)):
            sh = xround(x / tot * 100, 2)
            ws.write(r, 0, f"   - {nm}", f_ti); ws.write(r, 1, "%", f_t)
            ws.write_formula(r, 2, f"=ROUND(C{total_row + 1 + k}/C{total_row}*100,2)", f2d, sh)
            ws.write_blank(r, 3, None, f_t)
            if status:
                d.add(code, year, status, sh)
            r += 1
        for key, nm, unit, code, fmt in (("g", "3. Tốc độ tăng GRDP (giá so sánh 2010)", "%", "grdp_growth", f2d),
                                         ("bud", "4. Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "state_budget_revenue", f1d),
                                         ("chi", "5. Chi ngân sách địa phương", "Tỷ đồng", "local_budget_expenditure", f1d),
                                         ("dn", "6. Số doanh nghiệp thành lập mới", "Doanh nghiệp", "new_enterprises", f0)):
            ws.write(r, 0, nm, f_t); ws.write(r, 1, unit, f_t); ws.write_number(r, 2, v[key], fmt)
            ws.write(r, 3, notes.get(key, ""), f_t)
            if status:
                d.add(code, year, status, v[key])
            r += 1
    wb.worksheets()[1].activate()
    wb.close()
    normalize_zip(fn)


# =========================================================================== F8 (.xls)
def xls_style(s, num_format_str=None):
    return xlwt.easyxf(s, num_format_str=num_format_str)


def f8():
    P = "Nghệ An"
    d = Doc("NgheAn_CTK_ChiTieuHuyenVaTinh_2018.xls", 2018, "2019-04-10", P,
            "Legacy .xls (xlwt) with two sheets: indicators by district/town with group subtotals and the province "
            "total row 'Tổng cộng toàn tỉnh' at the bottom; and a 2016–2018 province series (2018 'Sơ bộ').",
            ["district rows and group subtotals ('I. Thành phố, thị xã', ...) -> NOT expected; only "
             "'Tổng cộng toàn tỉnh' is",
             "the district sheet is titled 'số liệu sơ bộ' -> its province figures are estimates",
             "series sheet: columns 2016 | 2017 | 'Sơ bộ 2018' -> actual, actual, estimate",
             "FDI in 'Nghìn USD' (÷1000), tourists in 'Nghìn lượt' (×1000)",
             "the province budget total is larger than the sum of districts (provincial-level revenue): "
             "read the total row, do not add districts"])
    wb = xlwt.Workbook(encoding="utf-8")
    H = xls_style("font: bold on; align: wrap on, vert centre, horiz centre; borders: left thin, right thin, top thin, bottom thin")
    TB = xls_style("font: bold on")
    T = xls_style("borders: left thin, right thin, top thin, bottom thin")
    TBB = xls_style("font: bold on; borders: left thin, right thin, top thin, bottom thin")
    N1 = xls_style("borders: left thin, right thin, top thin, bottom thin", num_format_str="#,##0.0")
    N1B = xls_style("font: bold on; borders: left thin, right thin, top thin, bottom thin", num_format_str="#,##0.0")
    N0 = xls_style("borders: left thin, right thin, top thin, bottom thin", num_format_str="#,##0")
    N0B = xls_style("font: bold on; borders: left thin, right thin, top thin, bottom thin", num_format_str="#,##0")
    N2 = xls_style("borders: left thin, right thin, top thin, bottom thin", num_format_str="0.00")
    N2B = xls_style("font: bold on; borders: left thin, right thin, top thin, bottom thin", num_format_str="0.00")
    ws = wb.add_sheet("Bieu1_Huyen")
    ws.write(0, 0, "CỤC THỐNG KÊ TỈNH NGHỆ AN", TB)
    ws.write(1, 0, "MỘT SỐ CHỈ TIÊU PHÂN THEO HUYỆN, THÀNH PHỐ, THỊ XÃ NĂM 2018 (số liệu sơ bộ)", TB)
    ws.write(2, 0, "Số liệu mẫu – lập ngày 10/04/2019")
    hdr = ["TT", "Đơn vị hành chính", "Thu NSNN\ntrên địa bàn\n(Tỷ đồng)", "Số doanh nghiệp\nthành lập mới\n(DN)",
           "Tỷ lệ hộ nghèo\n(%)", "Số xã đạt chuẩn\nNTM lũy kế\n(Xã)"]
    for j, h in enumerate(hdr):
        ws.write(4, j, h, H)
    ws.row(4).height_mismatch = True
    ws.row(4).height = 900
    ws.col(1).width = 9000
    for j in range(2, 6):
        ws.col(j).width = 4200
    groups = [
        ("I", "Thành phố, thị xã", [("Thành phố Vinh", 4380.6, 690, 0.62, 9), ("Thị xã Cửa Lò", 320.4, 45, 1.20, 2),
                                    ("Thị xã Thái Hòa", 215.8, 38, 3.41, 1), ("Thị xã Hoàng Mai", 293.5, 39, 2.95, 0)],
         (1.48,)),
        ("II", "Các huyện đồng bằng", [("Huyện Diễn Châu", 412.7, 96, 4.12, 30), ("Huyện Quỳnh Lưu", 388.1, 88, 3.86, 28),
                                      ("Huyện Yên Thành", 296.4, 54, 4.55, 27), ("Huyện Nghi Lộc", 512.9, 120, 3.12, 26)],
         (3.93,)),
        ("III", "Các huyện miền núi", [("Huyện Con Cuông", 98.3, 21, 14.85, 4), ("Huyện Quế Phong", 61.2, 9, 28.64, 2),
                                      ("Huyện Tân Kỳ", 134.6, 35, 9.71, 11), ("Huyện Nghĩa Đàn", 152.0, 40, 7.26, 12)],
         (15.12,)),
    ]
    r = 5
    k = 1
    for gno, gname, members, (gpov,) in groups:
        ws.write(r, 0, gno, TBB); ws.write(r, 1, gname, TBB)
        ws.write(r, 2, dsum(*[m[1] for m in members]), N1B)
        ws.write(r, 3, sum(m[2] for m in members), N0B)
        ws.write(r, 4, gpov, N2B)
        ws.write(r, 5, sum(m[4] for m in members), N0B)
        r += 1
        for nm, bud, dn, pov, ntm in members:
            ws.write(r, 0, k, T); ws.write(r, 1, nm, T); ws.write(r, 2, bud, N1); ws.write(r, 3, dn, N0)
            ws.write(r, 4, pov, N2); ws.write(r, 5, ntm, N0)
            r += 1
            k += 1
    tot = ("Tổng cộng toàn tỉnh", 14620.5, 1685, 7.76, 217)
    ws.write(r, 0, "", TBB); ws.write(r, 1, tot[0], TBB); ws.write(r, 2, tot[1], N1B); ws.write(r, 3, tot[2], N0B)
    ws.write(r, 4, tot[3], N2B); ws.write(r, 5, tot[4], N0B)
    for code, v in zip(("state_budget_revenue", "new_enterprises", "poverty_rate_multidim", "ntm_communes"), tot[1:]):
        d.add(code, "2018", "estimate", v)
    r += 2
    ws.write(r, 1, "Ghi chú: bảng chỉ gồm một số đơn vị; tổng toàn tỉnh gồm cả thu do cấp tỉnh quản lý. Số liệu mẫu.")
    # sheet 2 series
    ws2 = wb.add_sheet("Bieu2_Tinh")
    ws2.write(0, 0, "NGHỆ AN – MỘT SỐ CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2016 - 2018 (Số liệu mẫu)", TB)
    for j, h in enumerate(["TT", "Chỉ tiêu", "Đơn vị tính", "2016", "2017", "Sơ bộ\n2018"]):
        ws2.write(2, j, h, H)
    ws2.col(1).width = 11000
    ws2.col(2).width = 4000
    series = [
        ("1", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "grdp_growth", 1, N2, (8.25, 8.33, 8.77)),
        ("2", "GRDP theo giá hiện hành", "Tỷ đồng", "grdp_value_current", 1, N1, (95140.6, 105620.3, 117810.9)),
        ("3", "GRDP bình quân đầu người", "Triệu đồng", "grdp_per_capita", 1, N1, (30.6, 33.8, 37.4)),
        ("4", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "export_value", 1, N1, (640.5, 760.2, 890.7)),
        ("5", "Vốn đầu tư trực tiếp nước ngoài đăng ký", "Nghìn USD", "fdi_registered", 0.001, N0, (352400, 168900, 645250)),
        ("6", "Số lượt khách du lịch", "Nghìn lượt", "tourism_arrivals", 1000, N1, (4850.5, 5260.2, 5986.4)),
    ]
    r = 3
    for tt, nm, unit, code, fac, st, vals in series:
        ws2.write(r, 0, tt, T); ws2.write(r, 1, nm, T); ws2.write(r, 2, unit, T)
        for j, (v, (per, s)) in enumerate(zip(vals, (("2016", "actual"), ("2017", "actual"), ("2018", "estimate")))):
            ws2.write(r, 3 + j, v, st)
            ev = v if fac == 1 else (div(v, 1000) if fac == 0.001 else mul(v, fac))
            if isinstance(ev, float) and ev == int(ev) and code == "tourism_arrivals":
                ev = int(ev)
            d.add(code, per, s, ev)
        r += 1
    fn = os.path.join(OUT, d.meta["file"])
    wb.save(fn)


# =========================================================================== F9 (cluster)
def f9():
    d = Doc("CumTNDHNTB_GiaoUoc_ThiDua_2023.xlsx", 2023, "2023-03-28", None,
            "Covenant (giao ước thi đua) 2023 of the 10-province emulation cluster Tây Nguyên – duyên hải miền Trung: "
            "one row per province, targets for 2023 (status plan), openpyxl.",
            ["several provinces in one sheet: province from the 'Tỉnh' column (one written 'Tỉnh Khánh Hoà' with the "
             "old accent placement -> 'Khánh Hòa')",
             "all figures are covenant targets -> plan, period 2023",
             "'Bình quân cụm' row -> not expected (regional)",
             "'Giảm tỷ lệ hộ nghèo (%)' column is a reduction -> not expected",
             "text targets: '6,5 - 7' (range), '≥ 9' (qualifier more_than), 'Trên 95' (more_than)",
             "'Cụm trưởng' / 'Cụm phó' notes in the far-right column"])
    wb = opx_book("Cụm thi đua Tây Nguyên – DHMT (mẫu)", "Giao ước thi đua 2023 (Số liệu mẫu)")
    ws = wb.active
    ws.title = "Giao uoc 2023"
    ws["A1"] = "CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN VÀ DUYÊN HẢI MIỀN TRUNG"
    ws["A2"] = "BẢNG TỔNG HỢP CHỈ TIÊU ĐĂNG KÝ GIAO ƯỚC THI ĐUA NĂM 2023"
    ws["A2"].font = BOLD
    ws["A3"] = "(Ký kết ngày 28/03/2023) – Số liệu mẫu"
    hdr = ["STT", "Tỉnh", "Tốc độ tăng\ntrưởng GRDP\n(%)", "Thu NSNN\ntrên địa bàn\n(tỷ đồng)",
           "Tỷ lệ giải ngân\nvốn đầu tư công\n(%)", "Giảm tỷ lệ\nhộ nghèo\n(%)", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        opx_header(ws, 5, j, h)
    ws.row_dimensions[5].height = 60
    ws.column_dimensions["B"].width = 22
    for col in "CDEF":
        ws.column_dimensions[col].width = 15
    # (label, canonical, growth, budget, disb, poverty_reduction, note)
    rows = [
        ("Quảng Nam", "Quảng Nam", 7.0, 27350, 100, 1.2, None),
        ("Quảng Ngãi", "Quảng Ngãi", ("6,5 - 7", 6.5, "exact", [7, 6.75]), 21800, 100, 1.0, None),
        ("Bình Định", "Bình Định", 7.0, 12730, 100, 0.8, "Cụm trưởng"),
        ("Phú Yên", "Phú Yên", 7.5, 4315, 100, 1.5, None),
        ("Tỉnh Khánh Hoà", "Khánh Hòa", 7.0, 17930, 100, 0.5, "Cụm phó"),
        ("Kon Tum", "Kon Tum", ("≥ 9", 9, "more_than", None), 3125, 100, 3.0, None),
        ("Gia Lai", "Gia Lai", 7.0, 6315, ("Trên 95", 95, "more_than", None), 2.0, None),
        ("Đắk Lắk", "Đắk Lắk", 6.5, 7385, 100, 1.5, None),
        ("Đắk Nông", "Đắk Nông", 7.0, 2850, 100, 2.0, None),
        ("Lâm Đồng", "Lâm Đồng", 8.0, 10500, 100, 1.0, None),
    ]
    r = 6
    for i, (lab, canon, g, b, disb, pov, note) in enumerate(rows, 1):
        opx_put(ws, r, 1, i); opx_put(ws, r, 2, lab)
        for j, (v, code, fmt) in enumerate(((g, "grdp_growth", "0.0"), (b, "state_budget_revenue", "#,##0"),
                                            (disb, "public_investment_disbursement_rate", "0"),
                                            (pov, None, "0.0")), start=3):
            if isinstance(v, tuple):
                s, val, q, alts = v
                c = opx_put(ws, r, j, s)
                c.alignment = Alignment(horizontal="right")
                if code:
                    d.add(code, "2023", "plan", val, qual=q, alts=alts, prov=canon)
            else:
                opx_put(ws, r, j, v, fmt=fmt)
                if code:
                    d.add(code, "2023", "plan", v, prov=canon)
        opx_put(ws, r, 7, note)
        r += 1
    opx_put(ws, r, 1, None); opx_put(ws, r, 2, "Bình quân cụm", bold=True)
    opx_put(ws, r, 3, 7.3, fmt="0.0"); opx_put(ws, r, 4, "-"); opx_put(ws, r, 5, 99.5, fmt="0.0")
    opx_put(ws, r, 6, 1.45, fmt="0.00"); opx_put(ws, r, 7, None)
    ws.cell(row=r + 2, column=2, value="Các chỉ tiêu là mục tiêu đăng ký năm 2023 (Số liệu mẫu).")
    path = os.path.join(OUT, d.meta["file"])
    wb.save(path)
    normalize_zip(path)


# =========================================================================== F10 (.xls, merged An Giang)
def f10():
    P = "An Giang"
    d = Doc("AnGiang_UBND_PhuLuc_ChiTieu_2025_KH2026.xls", 2025, "2025-12-09", P,
            "Legacy .xls (xlwt) appendix of the merged An Giang (An Giang + Kiên Giang) dated December 2025: "
            "2025 estimate and 2026 plan, units only in brackets in the indicator names, numbering a) / 1 / -, "
            "plan targets written as text with qualifiers.",
            ["units only in brackets in the names ('(nghìn tỷ đồng)' ×1000, '(triệu lượt)' ×1 000 000)",
             "text targets with qualifiers: '10 trở lên' (more_than), 'trên 2.500' (more_than), 'khoảng 22' (about), "
             "'dưới 1' (less_than); '17.600' (text, thousands dot)",
             "province = merged An Giang (34-province list), document dated after 1 July 2025",
             "a) b) c) group rows carry no figures"])
    wb = xlwt.Workbook(encoding="utf-8")
    H = xls_style("font: bold on; align: wrap on, vert centre, horiz centre; borders: left thin, right thin, top thin, bottom thin")
    TB = xls_style("font: bold on")
    T = xls_style("borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    TBB = xls_style("font: bold on; borders: left thin, right thin, top thin, bottom thin")
    TR = xls_style("borders: left thin, right thin, top thin, bottom thin; align: horiz right")
    N1 = xls_style("borders: left thin, right thin, top thin, bottom thin", num_format_str="#,##0.0")
    N2 = xls_style("borders: left thin, right thin, top thin, bottom thin", num_format_str="0.00")
    ws = wb.add_sheet("PL chi tieu 2026")
    ws.write(0, 0, "ỦY BAN NHÂN DÂN TỈNH AN GIANG", TB)
    ws.write(1, 0, "PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026", TB)
    ws.write(2, 0, "(Kèm theo Tờ trình ngày 09/12/2025) – Số liệu mẫu")
    for j, h in enumerate(["TT", "Chỉ tiêu", "Ước thực hiện\nnăm 2025", "Kế hoạch\nnăm 2026"]):
        ws.write(4, j, h, H)
    ws.col(1).width = 16000
    ws.col(2).width = 4500
    ws.col(3).width = 4500
    # (tt, name, code, factor, u25, k26)  k26: number or (text, value, qual)
    rows = [
        ("a)", "Chỉ tiêu kinh tế", None, 1, None, None),
        ("1", "Tốc độ tăng trưởng kinh tế - GRDP (%)", "grdp_growth", 1, 7.92, ("10 trở lên", 10, "more_than")),
        ("2", "GRDP bình quân đầu người (triệu đồng)", "grdp_per_capita", 1, 78.4, 86.0),
        ("3", "Thu ngân sách nhà nước trên địa bàn (tỷ đồng)", "state_budget_revenue", 1, 16845.3, ("17.600", 17600, "exact")),
        ("4", "Tổng vốn đầu tư phát triển toàn xã hội (nghìn tỷ đồng)", "total_social_investment", 1000, 112.5, 135.0),
        ("5", "Kim ngạch xuất khẩu hàng hóa (triệu USD)", "export_value", 1, 2310.6, ("trên 2.500", 2500, "more_than")),
        ("6", "Tổng lượt khách du lịch (triệu lượt)", "tourism_arrivals", 1000000, 19.8, ("khoảng 22", 22, "about")),
        ("b)", "Chỉ tiêu xã hội", None, 1, None, None),
        ("7", "Tỷ lệ hộ nghèo đa chiều (%)", "poverty_rate_multidim", 1, 1.35, ("dưới 1", 1, "less_than")),
        ("8", "Tỷ lệ lao động qua đào tạo (%)", "trained_labour_rate", 1, 71.5, 73.0),
        ("-", "Trong đó: có bằng cấp, chứng chỉ (%)", None, 1, 31.2, 33.0),
        ("c)", "Chỉ tiêu môi trường", None, 1, None, None),
        ("9", "Tỷ lệ che phủ rừng (%)", "forest_cover", 1, 11.6, 11.7),
    ]
    r = 5
    for tt, nm, code, fac, u25, k26 in rows:
        if code is None and u25 is None:
            ws.write(r, 0, tt, TBB); ws.write(r, 1, nm, TBB); ws.write(r, 2, "", T); ws.write(r, 3, "", T)
            r += 1
            continue
        ws.write(r, 0, tt, T); ws.write(r, 1, nm, T)
        ws.write(r, 2, u25, N1 if u25 >= 100 else N2)
        if code:
            d.add(code, "2025", "estimate", mul(u25, fac) if fac != 1 else u25)
        if isinstance(k26, tuple):
            s, v, q = k26
            ws.write(r, 3, s, TR)
            if code:
                d.add(code, "2026", "plan", v * fac if fac != 1 else v, qual=q)
        else:
            ws.write(r, 3, k26, N1 if k26 >= 100 else N2)
            if code:
                d.add(code, "2026", "plan", mul(k26, fac) if fac != 1 else k26)
        r += 1
    ws.write(r + 1, 1, "Ghi chú: số liệu năm 2025 tổng hợp theo địa giới tỉnh An Giang mới. Số liệu mẫu.")
    fn = os.path.join(OUT, d.meta["file"])
    wb.save(fn)


# =========================================================================== conventions / doubts
CONVENTIONS = [
    "Values are converted to the catalogue unit (Nghìn tỷ ×1000, Tỷ USD ×1000, Nghìn USD ÷1000, Nghìn lượt ×1000, "
    "Triệu lượt ×1 000 000, Nghìn đồng/tháng ÷1000 -> triệu đồng).",
    "Percent cells stored as fractions with a % number format are expected in percent (0.0725 -> 7.25).",
    "'So cùng kỳ (%)' / 'Ước TH/TH (%)' indices -> growth = index - 100; a column headed 'Tăng/giảm ... (%)' is "
    "already a change.",
    "Status: 'Thực hiện' of a finished year, 'chính thức', 'quyết toán' -> actual; 'Ước', 'sơ bộ' (title, header, "
    "sheet name or Ghi chú), a month not finished -> estimate; 'Kế hoạch', 'dự toán', covenant targets -> plan.",
    "Not expected: district and group-subtotal rows, cluster averages, sub-items without a code (thu nội địa, "
    "khách quốc tế, GVA levels), nominal growth of GRDP at current prices, growth indices of indicators without a "
    "growth code (tourism, FDI, enterprises), % of plan other than budget revenue, month-on-month CPI, reductions "
    "('giảm 1%') and increments ('trong năm'), hidden sheets.",
    "Formulas: the cached value is the figure (it equals the formula's result).",
    "Merged provinces: a 2025/2026 workbook of a merged province speaks for the new province (34-province list) "
    "in all its periods, including 2024/2025 comparison columns.",
]
DOUBTS = [
    "Display rounding (F1): cells 0.0725 ('7.3%'), 68945.312 ('68.945,3') and 74123.456 ('74.123,5'): value is the "
    "stored number, the displayed rounding is given as an alternative.",
    "Ranges ('10 - 11', '6,5 - 7', 'Tăng 8 - 10%'): value = lower bound, alternatives = [upper bound, midpoint]; "
    "qualifier exact.",
    "'≥ 9' and '10 trở lên' are taken as qualifier more_than (no 'at_least' qualifier exists); 'Trên 95' and "
    "'trên 2.500' more_than; 'khoảng 22' about; 'dưới 1' less_than. No 'gần' occurs in this corpus.",
    "Ghi chú 'Năm 2018: số sơ bộ' (F1 forest cover) downgrades the 2018 figure to estimate although its column "
    "is headed 'Thực hiện'.",
    "F5: '2021 Thực hiện' in a document dated 14/01/2022 is taken as actual (finished year, label 'Thực hiện').",
    "F8: the whole district sheet is titled 'số liệu sơ bộ' -> the province-total figures are estimates.",
    "F7: the hidden sheet '2021 (cu)' is labelled superseded -> its 2021 figures are not expected; a parser that "
    "reads hidden sheets will produce extra 2021 observations.",
    "F7: shares are the cached results of =ROUND(x/total*100,2); an analyst recomputing from the components gets "
    "the same numbers to 2 decimals.",
    "F2: the budget '% of estimate' (Ước TH 2022/KH 2022) is kept although the column header says KH, not "
    "'dự toán' (budget plan = dự toán).",
    "F6/F4/F10: figures of periods before the 1 July 2025 merger (2024 in F6, 2025-4M in F4) are attributed to the "
    "new province (Thành phố Đà Nẵng, Phú Thọ of the 34-province list), as the document itself aggregates them on "
    "the new boundaries.",
    "F9: Quảng Ngãi's range '6,5 - 7' is expected as 6.5 with alternatives; Khánh Hoà (old accent) is mapped to "
    "'Khánh Hòa' of the 63-province list.",
    "F4: March 2026 is marked 'Sơ bộ' although the month is over -> estimate; the 4-month cumulative row is "
    "'Ước tính' -> estimate; 'Cùng kỳ 4 tháng năm 2025' has levels only (no indices).",
    "F3: the 'Kế hoạch' forest-cover 2017 (52,6) equals the estimate (52.6 %) – two entries (plan and estimate).",
    "F6 Biểu 1: 'Năm 2024' without a status word in a January-2026 document -> actual.",
    "F4: monthly state budget revenue (single month) is expected with period YYYY-MM.",
    "F3: growth of income per capita ('12,3%') has no catalogue code -> not expected.",
]


def fmt_num(v):
    if isinstance(v, bool):
        raise ValueError
    if isinstance(v, int):
        return str(v)
    v = round(float(v), 6)
    if v == int(v):
        return str(int(v))
    return repr(v)


def q(s):
    return '"' + s.replace('"', '\\"') + '"'


def write_expected():
    total = sum(len(f.exp) for f in FILES)
    L = [f"# {NAME} – blind appendix-workbook corpus (SAMPLE DATA / Số liệu mẫu)",
         f"# Generated by tests/corpus/{NAME}/_build/gen.py – do not edit by hand. {len(FILES)} files, {total} expected observations.",
         "# Conventions:"]
    for i, c in enumerate(CONVENTIONS, 1):
        L.append(f"#  - {c}")
    L.append("# Doubts (F1..F10 = the files in the order below):")
    for i, c in enumerate(DOUBTS, 1):
        L.append(f"#  {i}. {c}")
    L.append("files:")
    for i, f in enumerate(FILES, 1):
        m = f.meta
        L.append(f"  # F{i}")
        L.append(f"  - file: {m['file']}")
        L.append(f"    doc_year: {m['doc_year']}")
        L.append(f"    vintage: \"{m['vintage']}\"")
        L.append(f"    province: {q(m['province']) if m['province'] else 'null'}")
        L.append(f"    n_expected: {len(f.exp)}")
        L.append("    expected:")
        for e in f.exp:
            s = (f"      - {{province: {q(e['province'])}, indicator: {e['indicator']}, period: '{e['period']}', "
                 f"status: {e['status']}, qualifier: {e['qualifier']}, value: {fmt_num(e['value'])}")
            if e.get("alternatives"):
                s += ", alternatives: [" + ", ".join(fmt_num(a) for a in e["alternatives"]) + "]"
            s += "}"
            L.append(s)
    with open(os.path.join(OUT, "expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


def write_readme():
    total = sum(len(f.exp) for f in FILES)
    L = [f"# {NAME} – blind appendix-workbook corpus (SAMPLE DATA)", "",
         "Ten appendix workbooks of Vietnamese provinces (2016–2026) as planning departments and statistics "
         "offices really save them in Excel: numbers under number formats that display them differently, formulas "
         "with cached values, numbers typed as text with Vietnamese separators, real dates in a period column, "
         "line breaks inside header cells, three-level merged headers, two tables stacked on one sheet, one sheet "
         "per year with a hidden sheet of old figures, notes in a far-right 'Ghi chú' column, district rows around "
         "a province total, a multi-province cluster covenant and 2025/2026 workbooks of merged provinces. "
         "Everything is invented sample data (Số liệu mẫu). The corpus was written blind – without looking at "
         "the parsers – from the indicator catalogue and the admin/cluster reference lists only. Expected "
         "observations are one per distinct figure, in catalogue units; judgement calls are listed as Doubts "
         f"in `expected.yaml`. Total: {len(FILES)} files, {total} expected observations.", "",
         "Regenerate (byte-deterministic) from the repository root:", "",
         f"    .venv/bin/python tests/corpus/{NAME}/_build/gen.py", "",
         "## Conventions", ""]
    L += [f"- {c}" for c in CONVENTIONS]
    L += ["", "## Doubts", ""]
    L += [f"{i}. {c}" for i, c in enumerate(DOUBTS, 1)]
    L += ["", "## Files", ""]
    for i, f in enumerate(FILES, 1):
        m = f.meta
        L.append(f"### F{i} – {m['file']}")
        L.append("")
        L.append(f"- province: {m['province'] or '(several – cluster TN_DHNTB)'}; document date {m['vintage']}; "
                 f"reports on {m['doc_year']}; expected observations: {len(f.exp)}")
        L.append(f"- {f.what}")
        L.append("- traps:")
        L += [f"  - {t}" for t in f.traps]
        L.append("")
    L[1:1] = ["", MEASURED]  # how the parsers read it, blind and now
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
        fn()
    write_expected()
    write_readme()
    for f in FILES:
        print(f"{len(f.exp):4d}  {f.meta['file']}")
    print(f"{sum(len(f.exp) for f in FILES):4d}  total")


if __name__ == "__main__":
    main()
