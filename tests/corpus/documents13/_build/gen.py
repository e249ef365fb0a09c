#!/usr/bin/env python3
"""documents13 – blind corpus of NATIONAL and REGIONAL multi-province sources (SAMPLE DATA / Số liệu mẫu).

Writes every document file of tests/corpus/documents13/ plus expected.yaml and README.md from the
literals below, so a printed figure and its expected value cannot drift.
Run from the repository root:  .venv/bin/python tests/corpus/documents13/_build/gen.py
All figures, people and sentences are invented.
"""
import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

import docx
import openpyxl
from docx.shared import Pt
from fpdf import FPDF
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "documents13"
SAMPLE = "Số liệu mẫu"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

FILES = []  # list of dicts: file, doc_year, vintage, province, expected, traps, desc



MEASURED = "Measured blind (2026-11-28): precision 0.896, recall 0.516 (163 of 182 read, 316 expected). Then fixed by general rules: a ministry's table of one indicator by province ('Dự toán năm 2024 | Ước thực hiện năm 2024 | So sánh (%)'), its title after 'CỦA MỘT SỐ ĐỊA PHƯƠNG'; a group of provinces with its subtotal is no province; 'Chỉ số phát triển GRDP năm 2025 so với năm 2024 (%)'; a total column under a title naming the indicator ('Thu hút FDI …' › 'Tổng vốn đăng ký'); an open-data CSV's identifier headers; a growth column beside its level; 'Mục tiêu tăng trưởng GRDP 2026 (%)'; how long something lasted is no period: 0.945 / 0.918. Left: prose figures of 2025 in a February 2026 report read as actual (the writer took estimate), provinces after the lead sentence without an indicator word ('Ngoài nhóm dẫn đầu, Thừa Thiên - Huế tăng 7,7%')."

def O(prov, ind, period, status, value, qual="exact", alts=None):
    d = {"province": prov, "indicator": ind, "period": period, "status": status,
         "qualifier": qual, "value": value}
    if alts:
        d["alternatives"] = alts
    return d


def r(x, n=3):
    v = round(x, n)
    if v == int(v):
        return int(v)
    return v


def vn(x, d=0):
    """Vietnamese number format: 1.234.567,89"""
    s = f"{abs(x):,.{d}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


def en(x, d=0):
    return f"{x:,.{d}f}"


# ---------------------------------------------------------------- determinism helpers
FIXED_ZIP_DT = (2020, 1, 1, 0, 0, 0)


def normalize_zip(path, iso):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + iso + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + iso + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def docx_new(vintage):
    d = docx.Document()
    cp = d.core_properties
    t = dt.datetime.fromisoformat(vintage + "T08:00:00")
    cp.created = t
    cp.modified = t
    cp.last_printed = t
    cp.author = "Số liệu mẫu"
    cp.last_modified_by = "Số liệu mẫu"
    cp.revision = 1
    cp.title = "Số liệu mẫu"
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    return d


def docx_table(d, rows, header_rows=1, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(val)
            if i < header_rows:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.bold = True
    return t


def save_docx(d, path, vintage):
    d.save(path)
    normalize_zip(path, vintage + "T08:00:00Z")


def save_xlsx(wb, path, vintage):
    t = dt.datetime.fromisoformat(vintage + "T08:00:00")
    wb.properties.creator = "Số liệu mẫu"
    wb.properties.lastModifiedBy = "Số liệu mẫu"
    wb.properties.created = t
    wb.properties.modified = t
    wb.save(path)
    normalize_zip(path, vintage + "T08:00:00Z")


# =====================================================================================
# F1  National statistics office press release, annex of the 34 provinces (2025, xlsx)
# =====================================================================================
def f1():
    fn = "VN_TCTK_ThongCaoBaoChi_PhuLucGRDP_2025.xlsx"
    vintage = "2026-01-06"
    # (display name in the annex, expected name (34-province list), growth 2025 %)
    regions = [
        ("Đồng bằng sông Hồng", 8.92, [
            ("Hà Nội", "Thành phố Hà Nội", 8.16), ("Quảng Ninh", "Quảng Ninh", 11.2),
            ("Hải Phòng", "Thành phố Hải Phòng", 11.8), ("Hưng Yên", "Hưng Yên", 9.05),
            ("Ninh Bình", "Ninh Bình", 10.3), ("Bắc Ninh", "Bắc Ninh", 11.05)]),
        ("Trung du và miền núi phía Bắc", 8.01, [
            ("Cao Bằng", "Cao Bằng", 6.62), ("Tuyên Quang", "Tuyên Quang", 8.4),
            ("Điện Biên", "Điện Biên", 7.35), ("Lai Châu", "Lai Châu", 6.1),
            ("Sơn La", "Sơn La", 7.2), ("Lào Cai", "Lào Cai", 8.93),
            ("Thái Nguyên", "Thái Nguyên", 8.21), ("Lạng Sơn", "Lạng Sơn", 7.48),
            ("Phú Thọ", "Phú Thọ", 9.12)]),
        ("Bắc Trung Bộ và duyên hải miền Trung", 8.47, [
            ("Thanh Hoá", "Thanh Hóa", 9.3), ("Nghệ An", "Nghệ An", 8.65),
            ("Hà Tĩnh", "Hà Tĩnh", 7.9), ("Quảng Trị", "Quảng Trị", 7.41),
            ("Huế", "Thành phố Huế", 8.9), ("Đà Nẵng", "Thành phố Đà Nẵng", 9.4),
            ("Quảng Ngãi", "Quảng Ngãi", 7.6), ("Khánh Hoà", "Khánh Hòa", 8.33)]),
        ("Tây Nguyên", 7.31, [
            ("Gia Lai", "Gia Lai", 7.05), ("Đắk Lắk", "Đắk Lắk", 6.94), ("Lâm Đồng", "Lâm Đồng", 7.72)]),
        ("Đông Nam Bộ", 8.24, [
            ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", 8.05), ("Đồng Nai", "Đồng Nai", 9.6),
            ("Tây Ninh", "Tây Ninh", 8.7)]),
        ("Đồng bằng sông Cửu Long", 8.06, [
            ("Cần Thơ", "Thành phố Cần Thơ", 8.9), ("Vĩnh Long", "Vĩnh Long", 8.1),
            ("Đồng Tháp", "Đồng Tháp", 7.8), ("An Giang", "An Giang", 7.95), ("Cà Mau", "Cà Mau", 7.55)]),
    ]
    national = 8.02
    allp = [p for _, _, ps in regions for p in ps]
    assert len(allp) == 34
    order = sorted(allp, key=lambda p: -p[2])
    rank = {}
    for i, p in enumerate(order):
        prev = order[i - 1] if i else None
        rank[p[0]] = rank[prev[0]] if prev and prev[2] == p[2] else i + 1

    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "Thong cao"
    prose = [
        "TỔNG CỤC THỐNG KÊ (mẫu) – THÔNG CÁO BÁO CHÍ",
        f"Về tình hình kinh tế – xã hội các địa phương năm 2025 ({SAMPLE}, không phải số liệu thật)",
        "Hà Nội, ngày 06 tháng 01 năm 2026",
        "",
        f"1. Tổng sản phẩm trong nước (GDP) năm 2025 ước tính tăng {vn(national, 2)}% so với năm trước.",
        "2. Đây là năm đầu tiên số liệu GRDP được biên soạn cho 34 tỉnh, thành phố theo địa giới hành chính mới "
        "(từ ngày 01/7/2025); số liệu các năm trước được tính lại theo phạm vi mới.",
        f"3. Hải Phòng dẫn đầu cả nước với mức tăng ước tính {vn(11.8, 1)}%, tiếp theo là Quảng Ninh "
        f"({vn(11.2, 1)}%) và Bắc Ninh ({vn(11.05, 2)}%). Lai Châu có mức tăng thấp nhất ({vn(6.1, 1)}%).",
        f"4. Vùng Đồng bằng sông Hồng tăng {vn(8.92, 2)}%, cao nhất trong 6 vùng kinh tế – xã hội.",
        "5. Chi tiết tại Phụ lục (sheet \"Phu luc\"): chỉ số phát triển GRDP từng tỉnh, thành phố.",
    ]
    for i, line in enumerate(prose, 1):
        ws0.cell(row=i, column=1, value=line)
    ws0.column_dimensions["A"].width = 120
    ws0["A1"].font = Font(bold=True)

    ws = wb.create_sheet("Phu luc")
    ws["A1"] = f"PHỤ LỤC: CHỈ SỐ PHÁT TRIỂN TỔNG SẢN PHẨM TRÊN ĐỊA BÀN (GRDP) NĂM 2025 THEO GIÁ SO SÁNH 2010 – {SAMPLE}"
    ws["A2"] = "Số liệu ước tính; năm 2024 = 100; đơn vị: %"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "STT", "Tỉnh, thành phố", "Chỉ số phát triển GRDP năm 2025 so với năm 2024 (%)", "Xếp hạng tốc độ tăng"
    ws["A5"], ws["B5"], ws["C5"], ws["D5"] = "A", "B", "1", "2"
    for c in "ABCD":
        ws[c + "4"].font = Font(bold=True)
        ws[c + "4"].alignment = Alignment(wrap_text=True, horizontal="center")
        ws[c + "5"].alignment = Alignment(horizontal="center")
    ws.freeze_panes = "C6"
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 42
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 14
    row = 6
    ws.cell(row=row, column=2, value="CẢ NƯỚC").font = Font(bold=True)
    ws.cell(row=row, column=3, value=round(100 + national, 2)).number_format = "0.00"
    row += 1
    exp = []
    stt = 0
    for rname, rgrowth, provs in regions:
        ws.cell(row=row, column=2, value=rname).font = Font(bold=True)
        c = ws.cell(row=row, column=3, value=round(100 + rgrowth, 2))
        c.number_format = "0.00"
        c.font = Font(bold=True)
        row += 1
        for disp, name, g in provs:
            stt += 1
            ws.cell(row=row, column=1, value=stt)
            ws.cell(row=row, column=2, value=disp)
            ws.cell(row=row, column=3, value=round(100 + g, 2)).number_format = "0.00"
            ws.cell(row=row, column=4, value=rank[disp])
            exp.append(O(name, "grdp_growth", "2025", "estimate", r(g, 2)))
            row += 1
    row += 1
    notes = [
        "Ghi chú: (1) Số liệu tính theo địa giới hành chính 34 tỉnh, thành phố từ ngày 01/7/2025.",
        "(2) Dòng in đậm là số liệu chung của cả nước và của vùng, không phải của một tỉnh.",
        "(3) Xếp hạng theo tốc độ tăng GRDP; cột 1 là chỉ số phát triển (năm trước = 100).",
        f"Nguồn: {SAMPLE} – biên soạn cho mục đích kiểm thử.",
    ]
    for n in notes:
        ws.cell(row=row, column=1, value=n)
        row += 1
    save_xlsx(wb, os.path.join(OUT, fn), vintage)
    FILES.append(dict(
        file=fn, doc_year=2025, vintage=vintage, province=None, expected=exp,
        desc="National statistics office press release (sheet 1 prose) with an annex sheet of GRDP development "
             "indices of the 34 post-merger provinces for 2025 (estimate).",
        traps=["growth given as an index (năm 2024 = 100): 108,16 → 8.16",
               "national row CẢ NƯỚC and 6 bold region subtotal rows interleaved with provinces",
               "2-row header (column letters A/B/1/2) and frozen panes at C6",
               "short names 'Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Cần Thơ', 'TP. Hồ Chí Minh' map to the "
               "'Thành phố …' names of the 34-province list; 'Thanh Hoá'/'Khánh Hoà' spelt with oá/oà",
               "rank column (not expected); Huế and Cần Thơ tie at 8,9% and share a rank",
               "prose sheet repeats four table figures (counted once) and a region figure (not expected)"]))


# =====================================================================================
# F2  VCCI-style PCI 2019 ranking (pdf, 3 pages, header repeated)
# =====================================================================================
PCI_ORDER = [
    "Quảng Ninh", "Đồng Tháp", "Long An", "Bình Dương", "Vĩnh Long", "Đà Nẵng", "Hải Phòng", "Bắc Ninh",
    "Hà Nội", "Bến Tre", "Bình Định", "Bà Rịa - Vũng Tàu", "Cần Thơ", "Hồ Chí Minh", "Huế", "Vĩnh Phúc",
    "Bắc Giang", "Hải Dương", "Tây Ninh", "Thanh Hóa", "Lào Cai", "Nghệ An", "Đồng Nai", "Quảng Nam",
    "Kiên Giang", "An Giang", "Hà Tĩnh", "Thái Nguyên", "Tiền Giang", "Ninh Bình", "Quảng Ngãi", "Trà Vinh",
    "Hưng Yên", "Khánh Hòa", "Bình Phước", "Thái Bình", "Sóc Trăng", "Nam Định", "Hà Nam", "Lâm Đồng",
    "Phú Thọ", "Hậu Giang", "Bạc Liêu", "Quảng Bình", "Ninh Thuận", "Bình Thuận", "Quảng Trị", "Đắk Lắk",
    "Cà Mau", "Gia Lai", "Tuyên Quang", "Yên Bái", "Sơn La", "Hoà Bình", "Phú Yên", "Lạng Sơn", "Kon Tum",
    "Hà Giang", "Điện Biên", "Đắk Nông", "Cao Bằng", "Lai Châu", "Bắc Kạn",
]
PCI_DISPLAY = {
    "Hồ Chí Minh": "TP. Hồ Chí Minh", "Huế": "Thừa Thiên - Huế", "Hoà Bình": "Hòa Bình",
    "Khánh Hòa": "Khánh Hoà", "Thanh Hóa": "Thanh Hoá", "Đắk Nông": "Đăk Nông", "Cần Thơ": "TP. Cần Thơ",
    "Đà Nẵng": "TP. Đà Nẵng", "Hải Phòng": "TP. Hải Phòng",
}


def f2():
    fn = "VN_VCCI_PCI_BangXepHang_2019.pdf"
    vintage = "2020-05-06"
    assert len(PCI_ORDER) == 63 == len(set(PCI_ORDER))
    rng = random.Random(2019)
    scores = []
    s = 73.40
    for i in range(63):
        if i:
            s = round(s - rng.choice([0.05, 0.08, 0.11, 0.14, 0.19, 0.23, 0.27, 0.31, 0.36, 0.42]), 2)
        scores.append(s)
    scores[25] = scores[24]  # tie: Kiên Giang and An Giang
    ranks = []
    for i, sc in enumerate(scores):
        ranks.append(ranks[i - 1] if i and scores[i - 1] == sc else i + 1)
    comps = [[round(rng.uniform(4.2, 9.4), 2) for _ in range(10)] for _ in range(63)]
    median = sorted(scores)[31]

    class PDF(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"{SAMPLE} – Bảng xếp hạng PCI 2019 (phiên bản mô phỏng để kiểm thử)", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

        def footer(self):
            self.set_y(-10)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = PDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2020, 5, 6, 8, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_producer("fpdf2 (Số liệu mẫu)")
    pdf.set_title("PCI 2019 - Số liệu mẫu")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSansCondensed.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_auto_page_break(True, margin=14)
    pdf.set_margins(10, 8, 10)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2019", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, f"Phòng Thương mại và Công nghiệp (mô phỏng) – Hà Nội, ngày 06/5/2020 – {SAMPLE}",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    intro = (
        f"Năm 2019, Quảng Ninh tiếp tục giữ vị trí quán quân với {vn(scores[0], 2)} điểm, theo sau là Đồng Tháp "
        f"({vn(scores[1], 2)} điểm) và Long An. Điểm trung vị của 63 tỉnh, thành phố là {vn(median, 2)} điểm. "
        "Bắc Kạn đứng cuối bảng. Các chỉ số thành phần (cột 3–12, thang điểm 10) chỉ để tham khảo. "
        "Các địa phương bằng điểm được xếp đồng hạng."
    )
    pdf.multi_cell(0, 5, intro, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    heads = ["Hạng", "Tỉnh, thành phố", "Điểm PCI 2019", "Gia nhập thị trường", "Tiếp cận đất đai",
             "Tính minh bạch", "Chi phí thời gian", "Chi phí không chính thức", "Cạnh tranh bình đẳng",
             "Tính năng động", "Hỗ trợ doanh nghiệp", "Đào tạo lao động", "Thiết chế pháp lý"]
    widths = (12, 40, 19) + (20.6,) * 10
    pdf.set_font("DejaVu", "", 8.5)
    exp = []
    with pdf.table(col_widths=widths, line_height=5.2, repeat_headings=1, first_row_as_headings=True,
                   text_align=("CENTER", "LEFT") + ("RIGHT",) * 11, width=sum(widths)) as table:
        table.row(heads)
        for i, name in enumerate(PCI_ORDER):
            disp = PCI_DISPLAY.get(name, name)
            table.row([str(ranks[i]), disp, vn(scores[i], 2)] + [vn(c, 2) for c in comps[i]])
            exp.append(O(name, "pci_score", "2019", "actual", scores[i]))
            exp.append(O(name, "pci_rank", "2019", "actual", ranks[i]))
        table.row(["", "Trung vị", vn(median, 2)] + [vn(sorted(c[k] for c in comps)[31], 2) for k in range(10)])
    pdf.ln(2)
    pdf.multi_cell(0, 4.5,
                   "Ghi chú: Điểm PCI có trọng số, làm tròn 2 chữ số thập phân. Dòng \"Trung vị\" không phải một "
                   f"địa phương. Tên địa phương ghi theo địa giới năm 2019. {SAMPLE}.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.alias_nb_pages()
    pdf.output(os.path.join(OUT, fn))
    FILES.append(dict(
        file=fn, doc_year=2019, vintage=vintage, province=None, expected=exp,
        desc="VCCI-style PCI 2019 ranking of all 63 provinces: rank, weighted score and ten component indices, "
             "a table running over 3 landscape pages with the header repeated.",
        traps=["table over 3 pages, header row repeated on each page; page header/footer lines",
               "ten component-index columns (not expected) next to the PCI score",
               "a tie: Kiên Giang and An Giang share rank 25, the next rank is 27",
               "'Trung vị' (median) row at the end and a median in the prose (not expected)",
               "names 'TP. Hồ Chí Minh', 'Thừa Thiên - Huế', 'Hòa Bình', 'Đăk Nông', 'Khánh Hoà', 'Thanh Hoá', "
               "'TP. Cần Thơ'…",
               "prose repeats the scores of Quảng Ninh and Đồng Tháp (counted once)"]))


# =====================================================================================
# F3  Ministry of Finance style table: state budget revenue 2024 by locality (xlsx, triệu đồng)
# =====================================================================================
def f3():
    fn = "VN_BTC_Bieu03_ThuNSNN_TheoDiaPhuong_2024.xlsx"
    vintage = "2025-01-10"
    groups = [
        ("I. CÁC ĐỊA PHƯƠNG CÓ ĐIỀU TIẾT VỀ NGÂN SÁCH TRUNG ƯƠNG", [
            ("HÀ NỘI", "Hà Nội", 423_500_000, 510_213_456, 118.3),
            ("TP. HỒ CHÍ MINH", "Hồ Chí Minh", 485_000_000, 518_732_610, 107.6),
            ("BÌNH DƯƠNG", "Bình Dương", 70_500_000, 72_814_305, 103.2),
            ("ĐỒNG NAI", "Đồng Nai", 57_300_000, 62_415_870, 109.4),
            ("HẢI PHÒNG", "Hải Phòng", 100_200_000, 112_306_442, 110.8),
            ("BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu", 108_000_000, 113_541_209, 98.7),
            ("QUẢNG NINH", "Quảng Ninh", 54_000_000, 56_230_118, 104.1),
            ("BẮC NINH", "Bắc Ninh", 35_500_000, 41_870_964, 121.5)]),
        ("II. CÁC ĐỊA PHƯƠNG NHẬN BỔ SUNG CÂN ĐỐI TỪ NGÂN SÁCH TRUNG ƯƠNG", [
            ("THANH HOÁ", "Thanh Hóa", 43_000_000, 52_604_377, 112.9),
            ("NGHỆ AN", "Nghệ An", 21_500_000, 25_011_926, 114.2),
            ("QUẢNG NGÃI", "Quảng Ngãi", 28_200_000, 30_950_640, 96.4)]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu 03"
    ws["A1"] = "BỘ TÀI CHÍNH (mẫu)"
    ws["D1"] = "Biểu số 03"
    ws["A2"] = f"ƯỚC THỰC HIỆN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2024 CỦA MỘT SỐ ĐỊA PHƯƠNG – {SAMPLE}"
    ws["A3"] = "(Kèm theo báo cáo ngày 10/01/2025; số liệu mẫu, không phải số liệu thật)"
    ws["F4"] = "Đơn vị: triệu đồng"
    ws["A5"], ws["B5"], ws["C5"], ws["D5"], ws["E5"] = "STT", "Địa phương", "Dự toán năm 2024", "Ước thực hiện năm 2024", "So sánh (%)"
    ws.merge_cells("E5:F5")
    for c in "ABCD":
        ws.merge_cells(f"{c}5:{c}6")
    ws["E6"], ws["F6"] = "Dự toán", "Thực hiện năm 2023"
    ws["A7"], ws["B7"], ws["C7"], ws["D7"], ws["E7"], ws["F7"] = "A", "B", "1", "2", "3=2/1", "4"
    for rr in (5, 6, 7):
        for c in "ABCDEF":
            ws[f"{c}{rr}"].font = Font(bold=True)
            ws[f"{c}{rr}"].alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.freeze_panes = "C8"
    for c, w in zip("ABCDEF", (6, 44, 18, 20, 12, 16)):
        ws.column_dimensions[c].width = w

    def put(rownum, stt, label, dtoan, uth, idx, bold=False):
        ws.cell(row=rownum, column=1, value=stt)
        ws.cell(row=rownum, column=2, value=label)
        if dtoan is not None:
            ws.cell(row=rownum, column=3, value=dtoan).number_format = "#,##0"
            ws.cell(row=rownum, column=4, value=uth).number_format = "#,##0"
            ws.cell(row=rownum, column=5, value=round(uth / dtoan * 100, 1)).number_format = "0.0"
            ws.cell(row=rownum, column=6, value=idx).number_format = "0.0"
        if bold:
            for c in range(1, 7):
                ws.cell(row=rownum, column=c).font = Font(bold=True)

    allp = [p for _, ps in groups for p in ps]
    tot_dt = sum(p[2] for p in allp)
    tot_uth = sum(p[3] for p in allp)
    row = 8
    put(row, "", "TỔNG SỐ (11 địa phương)", tot_dt, tot_uth, 111.6, bold=True)
    row += 1
    exp = []
    stt = 0
    for gi, (gname, ps) in enumerate(groups):
        gdt = sum(p[2] for p in ps)
        guth = sum(p[3] for p in ps)
        put(row, "", gname, gdt, guth, 112.4 if gi == 0 else 108.9, bold=True)
        row += 1
        for disp, name, dtoan, uth, idx in ps:
            stt += 1
            put(row, stt, disp, dtoan, uth, idx)
            row += 1
            exp.append(O(name, "state_budget_revenue", "2024", "plan", r(dtoan / 1000)))
            exp.append(O(name, "state_budget_revenue", "2024", "estimate", r(uth / 1000)))
            exp.append(O(name, "state_budget_revenue_pct_of_estimate", "2024", "estimate",
                         round(uth / dtoan * 100, 1)))
            exp.append(O(name, "state_budget_revenue_growth", "2024", "estimate", r(idx - 100, 1)))
    row += 1
    for n in ["Ghi chú: Dự toán là dự toán Thủ tướng Chính phủ giao; cột 4 so với số thực hiện năm 2023 (năm 2023 = 100).",
              "Các dòng in đậm là tổng cộng và cộng nhóm, không phải một địa phương.",
              f"{SAMPLE} – biểu mô phỏng, mọi con số đều là giả định."]:
        ws.cell(row=row, column=1, value=n)
        row += 1
    save_xlsx(wb, os.path.join(OUT, fn), vintage)
    FILES.append(dict(
        file=fn, doc_year=2024, vintage=vintage, province=None, expected=exp,
        desc="Ministry of Finance style annex (Biểu 03): state budget revenue 2024 of 11 localities – estimate "
             "(dự toán), estimated outturn, % of estimate and index against 2023.",
        traps=["amounts in triệu đồng (÷1000 to tỷ đồng)",
               "upper-case names ('TP. HỒ CHÍ MINH', 'BÀ RỊA - VŨNG TÀU', 'THANH HOÁ')",
               "merged 2-row header 'So sánh (%)' → 'Dự toán' / 'Thực hiện năm 2023', column-number row A/B/1/2/3=2/1/4",
               "TỔNG SỐ row and two group rows (I., II.) with subtotals – not provinces",
               "column 4 is an index (2023 = 100): 98,7 → −1.3",
               "the Dự toán column is a plan figure for the same year 2024"]))


# =====================================================================================
# F4  Ministry of Planning and Investment style FDI report 2023 (docx)
# =====================================================================================
def f4():
    fn = "VN_BKHDT_BaoCao_FDI_TheoDiaPhuong_2023.docx"
    vintage = "2024-01-08"
    data = [  # display, expected, projects, new, adjusted, contributions (triệu USD)
        ("TP. Hồ Chí Minh", "Hồ Chí Minh", 412, 1205.3, 2310.8, 2276.3),
        ("Quảng Ninh", "Quảng Ninh", 18, 2840.1, 221.6, 43.9),
        ("Hà Nội", "Hà Nội", 350, 1102.7, 1240.5, 604.3),
        ("Bình Dương", "Bình Dương", 116, 1530.2, 905.6, 296.4),
        ("Bắc Giang", "Bắc Giang", 54, 1980.4, 588.7, 41.2),
        ("Bắc Ninh", "Bắc Ninh", 132, 1245.9, 950.3, 156.0),
        ("Hải Phòng", "Hải Phòng", 60, 1410.6, 720.2, 85.7),
        ("Đồng Nai", "Đồng Nai", 75, 870.4, 790.1, 168.2),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", 23, 1120.5, 402.8, 36.6),
        ("Thái Bình", "Thái Bình", 12, 1290.0, 60.4, 8.1),
        ("Long An", "Long An", 64, 640.3, 410.9, 122.5),
        ("Nghệ An", "Nghệ An", 15, 980.2, 75.6, 9.8),
        ("Hải Dương", "Hải Dương", 41, 520.7, 380.4, 30.2),
        ("Tây Ninh", "Tây Ninh", 28, 610.0, 210.5, 12.4),
        ("Thanh Hóa", "Thanh Hóa", 10, 560.3, 85.2, 15.0),
    ]
    rows = [(d, n, p, a, b, c, round(a + b + c, 1)) for d, n, p, a, b, c in data]
    national = 36612.3
    rest = round(national - sum(x[6] for x in rows), 1)
    d = docx_new(vintage)
    d.add_heading(f"BÁO CÁO TÌNH HÌNH ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI NĂM 2023 ({SAMPLE})", level=1)
    d.add_paragraph("Cục Đầu tư nước ngoài (mô phỏng) – Hà Nội, ngày 08 tháng 01 năm 2024")
    d.add_paragraph(
        f"Tính đến ngày 31/12/2023, tổng vốn đăng ký cấp mới, điều chỉnh và góp vốn mua cổ phần của nhà đầu tư "
        f"nước ngoài đạt {vn(national / 1000, 2)} tỷ USD, tăng 32,1% so với năm 2022 (số liệu cả nước). "
        "Các nhà đầu tư nước ngoài đã đầu tư vào 57 tỉnh, thành phố.")
    d.add_paragraph(
        f"TP. Hồ Chí Minh dẫn đầu với tổng vốn đăng ký {vn(rows[0][6], 1)} triệu USD, chiếm 15,8% tổng vốn cả nước. "
        f"Quảng Ninh đứng thứ hai với {vn(rows[1][6], 1)} triệu USD nhờ một dự án cấp mới quy mô lớn; "
        "Bắc Giang có vốn đăng ký gấp 1,4 lần năm 2022.")
    d.add_paragraph("Bảng 2. Thu hút FDI năm 2023 theo địa phương (tính đến 31/12/2023; đơn vị vốn: triệu USD)")
    tab = [["TT", "Địa phương", "Số dự án cấp mới", "Vốn đăng ký cấp mới", "Vốn đăng ký điều chỉnh",
            "Góp vốn, mua cổ phần", "Tổng vốn đăng ký"]]
    exp = []
    for i, (disp, name, p, a, b, c, t) in enumerate(rows, 1):
        tab.append([str(i), disp, vn(p), vn(a, 1), vn(b, 1), vn(c, 1), vn(t, 1)])
        exp.append(O(name, "fdi_registered", "2023", "actual", t))
    tab.append(["", "Các địa phương còn lại", "", "", "", "", vn(rest, 1)])
    tab.append(["", "Tổng số cả nước", vn(3188), "", "", "", vn(national, 1)])
    docx_table(d, tab)
    d.add_paragraph("Ghi chú: Tổng vốn đăng ký = vốn cấp mới + vốn điều chỉnh + góp vốn, mua cổ phần. "
                    "Xếp theo tổng vốn đăng ký giảm dần. Hai dòng cuối không phải một địa phương.")
    d.add_paragraph(f"{SAMPLE}: mọi con số và câu chữ trong tài liệu này đều được soạn để kiểm thử.")
    save_docx(d, os.path.join(OUT, fn), vintage)
    FILES.append(dict(
        file=fn, doc_year=2023, vintage=vintage, province=None, expected=exp,
        desc="MPI-style FDI report for 2023: prose and a table of the 15 leading localities "
             "(projects, new, adjusted, capital contributions, total registered capital).",
        traps=["only the 'Tổng vốn đăng ký' column is fdi_registered; new/adjusted/contribution columns and project "
               "counts are not expected",
               "'Các địa phương còn lại' and 'Tổng số cả nước' rows",
               "prose repeats HCM and Quảng Ninh totals (counted once); a share (15,8%) and 'gấp 1,4 lần' FDI "
               "growth (no catalogue code) are not expected",
               "national figure in tỷ USD in the prose (not expected)"]))


# =====================================================================================
# F5  Regional conference report, Mekong Delta, 2026 (docx, merged provinces)
# =====================================================================================
def f5():
    fn = "DBSCL_HoiDongVung_BaoCao_HoiNghi_2025_KH2026.docx"
    vintage = "2026-02-05"
    data = [  # display, expected, growth 2025, budget rev 2025 (tỷ), exports 2025 (triệu USD), target 2026
        ("TP. Cần Thơ", "Thành phố Cần Thơ", 8.9, 38450, 3920, 10.0),
        ("Vĩnh Long", "Vĩnh Long", 8.1, 22760, 4310, 10.0),
        ("Đồng Tháp", "Đồng Tháp", 7.8, 19830, 6050, 9.5),
        ("An Giang", "An Giang", 7.95, 26140, 3470, 9.0),
        ("Cà Mau", "Cà Mau", 7.55, 14520, 2980, 8.5),
    ]
    d = docx_new(vintage)
    d.add_heading(f"BÁO CÁO KẾT QUẢ HỘI NGHỊ HỘI ĐỒNG ĐIỀU PHỐI VÙNG ĐỒNG BẰNG SÔNG CỬU LONG ({SAMPLE})", level=1)
    d.add_paragraph("Cần Thơ, ngày 05 tháng 02 năm 2026")
    d.add_paragraph(
        "Ngày 03/02/2026, Hội đồng điều phối vùng tổ chức hội nghị đánh giá tình hình năm 2025 và bàn phương hướng "
        "năm 2026 với năm tỉnh, thành phố của vùng theo địa giới hành chính mới: thành phố Cần Thơ, các tỉnh Vĩnh "
        "Long, Đồng Tháp, An Giang và Cà Mau.")
    d.add_heading("1. Kết quả năm 2025", level=2)
    d.add_paragraph(
        "Tốc độ tăng trưởng kinh tế toàn vùng năm 2025 ước đạt 8,06%, cao hơn 0,9 điểm phần trăm so với năm 2024. "
        f"TP. Cần Thơ dẫn đầu vùng với mức tăng ước {vn(8.9, 1)}%; Cà Mau thấp nhất vùng ({vn(7.55, 2)}%), tuy vậy "
        "vẫn cao hơn mức 6,8% của năm 2024 (số liệu năm 2024 của Cà Mau đã tính lại theo địa giới mới).")
    d.add_paragraph(
        "Về thu ngân sách, thu NSNN trên địa bàn TP. Cần Thơ đạt 112% dự toán. Kim ngạch xuất khẩu của Đồng Tháp "
        "tăng 12,4%, cao nhất vùng. An Giang đón trên 12,5 triệu lượt khách du lịch. Đồng Tháp có gần 1.940 "
        "doanh nghiệp thành lập mới. Tỷ lệ hộ nghèo đa chiều của Vĩnh Long giảm còn 1,85%.")
    d.add_paragraph("Toàn vùng thu hút khoảng 2,1 tỷ USD vốn FDI đăng ký; bình quân giai đoạn 2021–2025 "
                    "kinh tế vùng tăng 6,9%/năm.")
    d.add_paragraph("Bảng 1. Một số chỉ tiêu chủ yếu năm 2025 (ước thực hiện) và mục tiêu tăng trưởng năm 2026")
    tab = [["Địa phương", "Tăng trưởng GRDP 2025 (%)", "Thu NSNN trên địa bàn 2025 (tỷ đồng)",
            "Kim ngạch xuất khẩu 2025 (triệu USD)", "Mục tiêu tăng trưởng GRDP 2026 (%)"]]
    exp = []
    for disp, name, g, rev, ex, tgt in data:
        tab.append([disp, vn(g, 2) if g != round(g, 1) else vn(g, 1), vn(rev), vn(ex), vn(tgt, 1)])
        exp.append(O(name, "grdp_growth", "2025", "estimate", g))
        exp.append(O(name, "state_budget_revenue", "2025", "estimate", rev))
        exp.append(O(name, "export_value", "2025", "estimate", ex))
        exp.append(O(name, "grdp_growth", "2026", "plan", r(tgt, 1)))
    tab.append(["Toàn vùng", "8,06", vn(sum(x[3] for x in data)), vn(sum(x[4] for x in data)), "9,5"])
    docx_table(d, tab)
    exp += [
        O("Cà Mau", "grdp_growth", "2024", "actual", 6.8),
        O("Thành phố Cần Thơ", "state_budget_revenue_pct_of_estimate", "2025", "estimate", 112),
        O("Đồng Tháp", "export_value_growth", "2025", "estimate", 12.4),
        O("An Giang", "tourism_arrivals", "2025", "estimate", 12_500_000, "more_than"),
        O("Đồng Tháp", "new_enterprises", "2025", "estimate", 1940, "less_than"),
        O("Vĩnh Long", "poverty_rate_multidim", "2025", "estimate", 1.85),
    ]
    d.add_heading("2. Phương hướng năm 2026", level=2)
    d.add_paragraph("Hội nghị thống nhất mục tiêu tăng trưởng toàn vùng năm 2026 từ 9,5% trở lên; từng địa phương "
                    "phấn đấu theo mục tiêu nêu tại Bảng 1. Các tỉnh cam kết giải ngân vốn đầu tư công đúng tiến độ.")
    d.add_paragraph(f"{SAMPLE}: báo cáo mô phỏng, mọi số liệu và nhân vật đều là giả định.")
    save_docx(d, os.path.join(OUT, fn), vintage)
    FILES.append(dict(
        file=fn, doc_year=2025, vintage=vintage, province=None, expected=exp,
        desc="Regional coordination council report for the Mekong Delta (5 post-merger provinces): 2025 results in "
             "prose and a table, 2026 growth targets.",
        traps=["post-merger names; 'TP. Cần Thơ' → 'Thành phố Cần Thơ'",
               "'Toàn vùng' row and regional figures in the prose (8,06%, 2,1 tỷ USD FDI, 2021–2025 average) not expected",
               "'cao hơn 0,9 điểm phần trăm' is a percentage-point change (not expected)",
               "Cà Mau 2024 growth recomputed for the merged province (6,8%, actual)",
               "2026 targets in the last column are plan figures",
               "'trên 12,5 triệu lượt' (more_than, ×10^6), 'gần 1.940 doanh nghiệp' (less_than)",
               "prose repeats the Cần Thơ and Cà Mau growth figures (counted once)"]))


# =====================================================================================
# F6  Newspaper article, top-10 provinces by GRDP growth 2018 (html)
# =====================================================================================
def f6():
    fn = "BaoDienTu_Top10_TangTruongGRDP_2018.html"
    vintage = "2019-01-12"
    top = [("Hà Tĩnh", "Hà Tĩnh", 20.9), ("TP. Hải Phòng", "Hải Phòng", 16.1), ("Bắc Giang", "Bắc Giang", 15.8),
           ("Thái Nguyên", "Thái Nguyên", 13.5), ("Quảng Ninh", "Quảng Ninh", 11.1), ("Hà Nam", "Hà Nam", 10.9),
           ("Vĩnh Phúc", "Vĩnh Phúc", 10.4), ("Thanh Hoá", "Thanh Hóa", 9.9), ("Long An", "Long An", 9.7),
           ("Đà Nẵng", "Đà Nẵng", 9.6)]
    exp = [O(n, "grdp_growth", "2018", "estimate", g) for _, n, g in top]
    exp += [O("Huế", "grdp_growth", "2018", "estimate", 7.7),
            O("Hồ Chí Minh", "grdp_growth", "2018", "estimate", 8.3),
            O("Quảng Ngãi", "grdp_growth", "2018", "estimate", -1.5),
            O("Hà Tĩnh", "grdp_growth", "2019", "plan", 18, "about")]
    rows = "\n".join(
        f"      <tr><td>{i}</td><td>{disp}</td><td>{vn(g, 1)}</td></tr>" for i, (disp, _, g) in enumerate(top, 1))
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Top 10 địa phương tăng trưởng kinh tế cao nhất năm 2018 – {SAMPLE}</title>
<meta name="date" content="{vintage}">
</head>
<body>
<header><p class="site">Báo Kinh tế Mẫu – chuyên mục Địa phương</p>
<p class="sample"><strong>{SAMPLE}</strong>: bài viết mô phỏng, số liệu và tên tác giả đều là giả định.</p></header>
<article>
<h1>Mười địa phương tăng trưởng kinh tế cao nhất năm 2018</h1>
<p class="byline">Minh Khôi – Thứ Bảy, 12/01/2019 07:30</p>
<p class="sapo">Theo số liệu ước tính do các cục thống kê công bố, Hà Tĩnh tiếp tục dẫn đầu cả nước về tốc độ
tăng trưởng GRDP năm 2018 nhờ khu kinh tế Vũng Áng, trong khi GDP cả nước tăng 7,08%.</p>
<p>Hà Tĩnh ước tăng {vn(20.9, 1)}%, gấp gần ba lần mức chung cả nước. TP. Hải Phòng đứng thứ hai; bình quân ba năm
2016–2018 thành phố cảng tăng 14,2%/năm. Bắc Giang vươn lên vị trí thứ ba, tăng 4 bậc so với năm trước.</p>
<table class="rank">
  <caption>Top 10 địa phương có tốc độ tăng GRDP cao nhất năm 2018 (ước tính, %)</caption>
  <thead><tr><th>Hạng</th><th>Địa phương</th><th>Tăng trưởng GRDP (%)</th></tr></thead>
  <tbody>
{rows}
  </tbody>
</table>
<p>Ngoài nhóm dẫn đầu, Thừa Thiên - Huế tăng {vn(7.7, 1)}%, TP. Hồ Chí Minh tăng {vn(8.3, 1)}%. Ở chiều ngược lại,
Quảng Ngãi là địa phương duy nhất tăng trưởng âm: GRDP giảm {vn(1.5, 1)}% do nhà máy lọc dầu Dung Quất dừng
bảo dưỡng hơn hai tháng.</p>
<p>Năm 2019, Hà Tĩnh đặt mục tiêu tăng trưởng khoảng 18%, thấp hơn năm 2018 khi dự án thép đã vận hành ổn
định.</p>
<p class="note">Ghi chú: số liệu các tỉnh là số ước tính tại thời điểm đầu tháng 01/2019; {SAMPLE}.</p>
</article>
</body>
</html>
"""
    with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    FILES.append(dict(
        file=fn, doc_year=2018, vintage=vintage, province=None, expected=exp,
        desc="Online newspaper article ranking the top-10 provinces by GRDP growth 2018 (html table + prose).",
        traps=["rank column 'Hạng' and 'đứng thứ hai', 'tăng 4 bậc' (not expected)",
               "national GDP 7,08% and 'gấp gần ba lần' (not expected)",
               "multi-year average 2016–2018 of Hải Phòng (not expected)",
               "'Thừa Thiên - Huế' → 'Huế'; 'TP. Hải Phòng'; 'Thanh Hoá'",
               "'tăng trưởng âm … giảm 1,5%' → −1.5",
               "2019 target 'khoảng 18%' (plan, about)"]))


# =====================================================================================
# F7  Open-data CSV export, one row per province and year (Central Highlands)
# =====================================================================================
def f7():
    fn = "VN_DuLieuMo_TayNguyen_HoNgheo_CheRung_2021_2022.csv"
    vintage = "2023-08-30"
    data = [  # code, display, expected, year, poverty, forest (None = missing)
        ("62", "Tỉnh Kon Tum", "Kon Tum", [(2021, 17.52, 63.6), (2022, 15.14, 63.8)]),
        ("64", "Tỉnh Gia Lai", "Gia Lai", [(2021, 10.21, 45.9), (2022, 8.76, 46.2)]),
        ("66", "Tỉnh Đắk Lắk", "Đắk Lắk", [(2021, 9.87, 39.3), (2022, 8.44, 39.5)]),
        ("67", "Tỉnh Đắk Nông", "Đắk Nông", [(2021, 12.03, 38.2), (2022, 10.55, None)]),
        ("68", "Tỉnh Lâm Đồng", "Lâm Đồng", [(2021, 3.41, 54.6), (2022, 2.65, 54.8)]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ma_tinh", "ten_tinh", "nam", "ty_le_ho_ngheo_da_chieu_pct", "ty_le_che_phu_rung_pct", "ghi_chu"])
    note = f"{SAMPLE} – cập nhật 30/08/2023"
    exp = []
    for code, disp, name, yrs in data:
        for y, pov, forest in yrs:
            w.writerow([code, disp, y, f"{pov:.2f}", "" if forest is None else f"{forest:.1f}", note])
            exp.append(O(name, "poverty_rate_multidim", str(y), "actual", pov))
            if forest is not None:
                exp.append(O(name, "forest_cover", str(y), "actual", forest))
    w.writerow(["TN", "Vùng Tây Nguyên", 2021, "9.78", "45.7", note + " – số liệu chung của vùng"])
    w.writerow(["TN", "Vùng Tây Nguyên", 2022, "8.42", "45.9", note + " – số liệu chung của vùng"])
    w.writerow(["00", "Toàn quốc", 2021, "4.40", "42.0", note + " – số liệu cả nước"])
    w.writerow(["00", "Toàn quốc", 2022, "4.03", "42.0", note + " – số liệu cả nước"])
    with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    FILES.append(dict(
        file=fn, doc_year=2022, vintage=vintage, province=None, expected=exp,
        desc="Open-data portal CSV export: one row per province and year (Central Highlands, 2021–2022), "
             "multidimensional poverty rate and forest cover.",
        traps=["decimal point (not comma); names with the prefix 'Tỉnh'",
               "empty forest-cover cell for Đắk Nông 2022 (no observation)",
               "region rows 'Vùng Tây Nguyên' and 'Toàn quốc' rows (not expected)",
               f"'{SAMPLE}' sits in a ghi_chu column of every row"]))


# =====================================================================================
# F8  English-language report table, top-10 exporting provinces 2021 (docx)
# =====================================================================================
def f8():
    fn = "VN_EN_ProvincialTradeMonitor_Exports_2021.docx"
    vintage = "2022-04-20"
    data = [("Ho Chi Minh City", "Hồ Chí Minh", 46.52, 5.8), ("Bac Ninh", "Bắc Ninh", 45.08, 23.6),
            ("Thai Nguyen", "Thái Nguyên", 33.21, 12.1), ("Binh Duong", "Bình Dương", 32.14, 17.9),
            ("Hai Phong", "Hải Phòng", 23.87, 30.2), ("Dong Nai", "Đồng Nai", 21.53, 14.4),
            ("Hanoi", "Hà Nội", 15.90, 9.7), ("Bac Giang", "Bắc Giang", 15.62, 88.5),
            ("Long An", "Long An", 7.91, 11.3), ("Ba Ria-Vung Tau", "Bà Rịa - Vũng Tàu", 6.84, -3.4)]
    national = 336.31
    d = docx_new(vintage)
    d.add_heading(f"Viet Nam Provincial Trade Monitor – 2021 review (SAMPLE DATA / {SAMPLE})", level=1)
    d.add_paragraph("Regional Trade Research Unit (fictitious) – Hanoi, 20 April 2022")
    d.add_paragraph(
        f"Viet Nam's merchandise exports reached USD {en(national, 2)} billion in 2021, up 19% on 2020 (national "
        "figure). Exports remain concentrated: the ten provinces below shipped almost three quarters of the total. "
        "Hai Phong's exports jumped 30.2% as new electronics plants ramped up, while Ba Ria-Vung Tau was the only "
        "top-ten province to post a decline.")
    d.add_paragraph("Table 2. Top 10 exporting provinces, 2021 (preliminary)")
    tab = [["Rank", "Province", "Exports (USD billion)", "Growth (% y/y)", "Share of national exports (%)"]]
    exp = []
    for i, (disp, name, v, g) in enumerate(data, 1):
        tab.append([str(i), disp, en(v, 2), en(g, 1), en(v / national * 100, 1)])
        exp.append(O(name, "export_value", "2021", "estimate", r(v * 1000, 1)))
        exp.append(O(name, "export_value_growth", "2021", "estimate", g))
    tab.append(["", "Top 10 total", en(sum(x[2] for x in data), 2), "", en(sum(x[2] for x in data) / national * 100, 1)])
    docx_table(d, tab)
    d.add_paragraph("Note: provincial figures are preliminary estimates compiled from provincial statistics "
                    "offices; province names are written without diacritics. Source: SAMPLE DATA.")
    d.add_paragraph("Outside the top ten, Thua Thien Hue recorded exports of about USD 1.1 billion, largely textiles "
                    "and wood products.")
    exp.append(O("Huế", "export_value", "2021", "estimate", 1100, "about"))
    save_docx(d, os.path.join(OUT, fn), vintage)
    FILES.append(dict(
        file=fn, doc_year=2021, vintage=vintage, province=None, expected=exp,
        desc="English-language trade report: table of the 10 largest exporting provinces 2021 (USD billion, growth, "
             "share) and a prose mention of Thua Thien Hue.",
        traps=["English text, names without diacritics ('Ho Chi Minh City', 'Hanoi', 'Ba Ria-Vung Tau', 'Thua Thien Hue')",
               "USD billion → ×1000 to mn_usd; English number format (decimal point)",
               "'preliminary' → status estimate",
               "share-of-national column, rank column and 'Top 10 total' row (not expected)",
               "national total USD 336.31 billion and 19% (not expected)",
               "negative growth −3.4 for Ba Ria-Vung Tau"]))


# =====================================================================================
# F9  MoF-style bulletin, Q1 2026 budget revenue of the 8 largest localities (md)
# =====================================================================================
def f9():
    fn = "VN_BTC_BanTin_ThuNSNN_QuyI_2026.md"
    vintage = "2026-04-08"
    data = [("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", 198400, 31.2),
            ("Hà Nội", "Thành phố Hà Nội", 176250, 30.5),
            ("Hải Phòng", "Thành phố Hải Phòng", 41830, 26.8),
            ("Quảng Ninh", "Quảng Ninh", 15120, 24.3),
            ("TP. Đồng Nai", "Đồng Nai", 14960, 27.1),
            ("Bắc Ninh", "Bắc Ninh", 14305, 25.6),
            ("Thanh Hóa", "Thanh Hóa", 12870, 22.9),
            ("Hưng Yên", "Hưng Yên", 9640, 23.4)]
    exp = []
    lines = [f"# Bản tin thu ngân sách nhà nước quý I/2026 — {SAMPLE}", "",
             "*Bộ Tài chính (mô phỏng) – Hà Nội, ngày 08/4/2026. Bản tin giả định, chỉ dùng để kiểm thử.*", "",
             "Tổng thu NSNN cả nước quý I/2026 ước đạt 720.400 tỷ đồng, bằng 28,4% dự toán năm và tăng 9,6% so với "
             "cùng kỳ năm 2025. Tám địa phương có số thu lớn nhất (theo địa giới hành chính 34 tỉnh, thành phố) "
             "được nêu trong bảng dưới đây.", "",
             "| TT | Địa phương | Ước thu quý I/2026 (tỷ đồng) | So với dự toán năm 2026 (%) |",
             "|---:|---|---:|---:|"]
    for i, (disp, name, v, p) in enumerate(data, 1):
        lines.append(f"| {i} | {disp} | {vn(v)} | {vn(p, 1)} |")
        exp.append(O(name, "state_budget_revenue", "2026-Q1", "estimate", v))
        exp.append(O(name, "state_budget_revenue_pct_of_estimate", "2026-Q1", "estimate", p))
    lines.append(f"| | **Cả nước** | **720.400** | **28,4** |")
    lines += ["",
              "Riêng tháng 3/2026, TP. Hồ Chí Minh thu khoảng 61.300 tỷ đồng, tăng 4,2% so với tháng 2 "
              "nhờ các khoản thu từ đất.", "",
              "> Ghi chú: tỷ lệ so với dự toán là tỷ lệ thu được trong quý I so với dự toán cả năm 2026. "
              f"{SAMPLE}.", ""]
    exp.append(O("Thành phố Hồ Chí Minh", "state_budget_revenue", "2026-03", "estimate", 61300, "about"))
    with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    FILES.append(dict(
        file=fn, doc_year=2026, vintage=vintage, province=None, expected=exp,
        desc="Ministry of Finance style bulletin (markdown): Q1 2026 budget revenue of the 8 largest post-merger "
             "localities, with % of the 2026 annual estimate.",
        traps=["post-merger names: 'TP. Hồ Chí Minh', 'Hà Nội', 'Hải Phòng' → 'Thành phố …'; 'TP. Đồng Nai' → 'Đồng Nai'",
               "% column is the share of the ANNUAL 2026 estimate collected in Q1 (period 2026-Q1)",
               "bold 'Cả nước' row and national prose (not expected)",
               "single-month figure 'tháng 3/2026 … khoảng 61.300 tỷ' (period 2026-03, about); its month-on-month "
               "change 4,2% is not expected"]))


# =====================================================================================
DOUBTS = [
    "Province names: for periods before 1 July 2025 the `name` column of provinces_63_pre2025.csv "
    "('Hà Nội', 'Hồ Chí Minh', 'Huế' for Thừa Thiên - Huế, 'Hoà Bình', 'Thanh Hóa', 'Khánh Hòa'); for 2026 documents "
    "the `name_915_CTK_CSCL` column of provinces_34_post2025.csv ('Thành phố Hà Nội', 'Thành phố Hồ Chí Minh', "
    "'Thành phố Huế', 'Đồng Nai', …) for every period they report, including 2024 (F5 Cà Mau).",
    "F1: the annex gives development indices (previous year = 100); expected growth = index − 100 (108,16 → 8.16). "
    "The 2025 figures are labelled 'ước tính' → estimate.",
    "F2: PCI published in May 2020 for 2019 → actual. Ties keep the same rank (Kiên Giang and An Giang both 25). "
    "Component indices are not expected (no catalogue code).",
    "F3: 'Dự toán năm 2024' → state_budget_revenue, plan; 'Ước thực hiện' → estimate; '% so dự toán' → "
    "state_budget_revenue_pct_of_estimate, estimate; the 'Thực hiện năm 2023' column is an index → "
    "state_budget_revenue_growth = index − 100 (estimate). Amounts in triệu đồng ÷ 1000.",
    "F4: data 'tính đến 31/12/2023' in a document of 8/1/2024 → actual (an analyst could argue estimate, "
    "since MPI year figures are preliminary). Only the total registered capital is fdi_registered; the new-registration "
    "column alone is NOT given as an alternative value.",
    "F5: '2025 (ước thực hiện)' → estimate; 'Mục tiêu tăng trưởng 2026' → plan. 'gần 1.940 doanh nghiệp' → "
    "qualifier less_than (one could argue about). 'trên 12,5 triệu lượt' → more_than 12500000. "
    "Cà Mau's 2024 growth (6,8%, recomputed for the merged province) → actual, attributed to the new Cà Mau.",
    "F5: 'thu NSNN … đạt 112% dự toán' in a February report on 2025 → estimate (the year's accounts are not final).",
    "F6: article of 12/1/2019 on 2018 'ước tính' → estimate. 'giảm 1,5%' (tăng trưởng âm) → −1.5. "
    "'mục tiêu tăng trưởng khoảng 18%' for 2019 → plan, about.",
    "F7: open-data export of 30/8/2023 for 2021–2022 → actual. The missing forest-cover cell yields no observation.",
    "F8: 'preliminary' → estimate; 'about USD 1.1 billion' → about 1100. The share column is not an indicator.",
    "F9: the '% so với dự toán năm 2026' of a quarter is recorded with period 2026-Q1 (the share of the annual "
    "estimate reached by the end of Q1); someone could attach it to period 2026. Q1 figures dated 8/4/2026 say "
    "'ước thu' → estimate. The March figure (2026-03) is a single month, 'khoảng' → about; its 4,2% month-on-month "
    "change is not expected.",
    "Not expected anywhere: national/region/group/total rows, rank columns other than PCI rank, shares of national "
    "totals, percentage-point changes, multi-year averages, FDI growth ('gấp 1,4 lần', no catalogue code), "
    "project counts.",
]


def yaml_scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    s = str(v)
    if re.fullmatch(r"[0-9][0-9-]*[A-Z0-9]*", s) or s in ("null", "true", "false", "") or re.search(r"[:#,\[\]{}&*!|>'\"%@`]", s):
        return "'" + s.replace("'", "''") + "'"
    return s


def write_yaml():
    total = sum(len(f["expected"]) for f in FILES)
    out = [f"# {NAME} – blind corpus of national and regional multi-province sources (SAMPLE DATA / {SAMPLE})",
           "# Generated by _build/gen.py – do not edit by hand.",
           "# Conventions: values in catalogue units (bn_vnd = tỷ đồng, mn_usd = triệu USD, persons, count, pct);",
           "#   growth codes are % change (index 108,2 → 8.2); status actual/estimate/plan/forecast;",
           "#   qualifier exact/about/more_than/less_than ('khoảng'/'about' → about, 'trên' → more_than,",
           "#   'gần' → less_than). Province names exactly as in the reference CSVs (63-province `name` before",
           "#   1 July 2025; 34-province `name_915_CTK_CSCL` for the 2026 documents, all periods).",
           "#   National, regional, group and total rows are never expected. One entry per distinct figure.",
           f"# Total expected observations: {total}",
           "#",
           "# Doubts:"]
    for i, dd in enumerate(DOUBTS, 1):
        words = dd.split()
        line = f"#  {i}. "
        for wd in words:
            if len(line) + len(wd) > 115:
                out.append(line.rstrip())
                line = "#     "
            line += wd + " "
        out.append(line.rstrip())
    out.append("files:")
    for f in FILES:
        out.append(f"  - file: {f['file']}")
        out.append(f"    doc_year: {f['doc_year']}")
        out.append(f"    vintage: \"{f['vintage']}\"")
        out.append(f"    province: null")
        out.append(f"    n_expected: {len(f['expected'])}")
        out.append("    expected:")
        for e in f["expected"]:
            parts = [f"{k}: {yaml_scalar(e[k])}" for k in ("province", "indicator", "period", "status", "qualifier", "value")]
            if "alternatives" in e:
                parts.append("alternatives: [" + ", ".join(yaml_scalar(a) for a in e["alternatives"]) + "]")
            out.append("      - {" + ", ".join(parts) + "}")
    with open(os.path.join(OUT, "expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def write_readme():
    total = sum(len(f["expected"]) for f in FILES)
    L = [f"# {NAME} – blind national/regional multi-province corpus (SAMPLE DATA)", "",
         f"**{SAMPLE}.** Every figure, person and sentence in this folder is invented. The theme is national and "
         "regional sources that give figures for many provinces at once, 2018–2026: a statistics-office press "
         "release with an annex of the 34 post-merger provinces, a PCI ranking of all 63 provinces, Ministry of "
         "Finance style budget tables, an MPI-style FDI report, a regional conference report, a newspaper top-10, an "
         "open-data CSV and an English-language report. The corpus was written blind (only the reference catalogue, "
         "admin lists, clusters and scoring files were read). Expected observations follow the catalogue units and "
         "the conventions and numbered Doubts at the top of `expected.yaml`; national, regional and total rows are "
         "never expected, and a figure repeated in prose and table counts once. All files have `province: null`.", "",
         f"Total: {len(FILES)} files, {total} expected observations.", "",
         "Regenerate (from the repository root; byte-deterministic):", "",
         f"    .venv/bin/python tests/corpus/{NAME}/_build/gen.py", "",
         "## Files", ""]
    for f in FILES:
        L.append(f"### {f['file']}")
        L.append(f"- province: null (multi-province source); document date {f['vintage']}; "
                 f"doc_year {f['doc_year']}; {len(f['expected'])} expected observations")
        L.append(f"- {f['desc']}")
        L.append("- Traps:")
        for t in f["traps"]:
            L.append(f"  - {t}")
        L.append("")
    L[1:1] = ["", MEASURED]  # how the parsers read it, blind and now
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
        fn()
    write_yaml()
    write_readme()
    print(f"{len(FILES)} files, {sum(len(f['expected']) for f in FILES)} expected observations")


if __name__ == "__main__":
    main()
