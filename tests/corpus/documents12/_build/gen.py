#!/usr/bin/env python3
"""documents12 – blind emulation-cluster corpus (SAMPLE DATA / Số liệu mẫu).

Writes every document file, expected.yaml and README.md of tests/corpus/documents12/
from the same literals.  Run from the repository root:

    .venv/bin/python tests/corpus/documents12/_build/gen.py

All figures, people and sentences are invented (Số liệu mẫu).
"""
import datetime as dt
import io
import os
import re
import zipfile

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NAME = "documents12"
MAU = "Số liệu mẫu"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)

CLUSTER = "Cụm thi đua các tỉnh Tây Nguyên và duyên hải miền Trung"
CLUSTER_UP = "CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN VÀ DUYÊN HẢI MIỀN TRUNG"
MEMBERS = ["Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
           "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"]


# ---------------------------------------------------------------- helpers

MEASURED = "Measured blind (2026-11-28, after the session's first table fixes): precision 0.738, recall 0.542 (163 of 221 read, 301 expected). Then fixed by general rules: a province-row table under a merged 'Chỉ tiêu kinh tế' heading in a Word file; 'Năm 2019 Đăng ký' and 'Tỷ lệ TH/ĐK' columns; 'Thu NSNN so dự toán (%)'; a column header's trailing status ('…năm 2021, ước (%)'); a day of the next year ('ước đến 31/01/2022') keeps the named year; a cell's remark after its figure; 'duy trì tăng trưởng khá: …'; targets registered with the cluster are plans: 0.936 / 0.880. Left: the 2026 covenant PDF's borderless table (wrapped province names), former provinces' figures in 2026 documents (read; the writer did not expect them), ranges read as 'about' their middle."

def n(x, d=0):
    """Vietnamese number format: '.' thousands, ',' decimals."""
    neg = x < 0
    s = f"{abs(x):,.{d}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if neg else "") + s


def clean(v):
    v = round(float(v), 6)
    return int(v) if v == int(v) else v


class Doc:
    def __init__(self, file, doc_year, vintage, province, what):
        self.file, self.doc_year, self.vintage, self.province = file, doc_year, vintage, province
        self.what = what
        self.obs = []
        self.traps = []

    def o(self, prov, ind, per, st, printed, d=0, f=1, q="exact", alt=None, val=None, txt=None):
        """Record one expected observation and return the printed figure."""
        value = clean(val if val is not None else printed * f)
        e = dict(province=prov, indicator=ind, period=per, status=st, qualifier=q, value=value)
        if alt:
            e["alternatives"] = [clean(a) for a in alt]
        key = (prov, ind, per, st)
        for x in self.obs:
            if (x["province"], x["indicator"], x["period"], x["status"]) == key:
                if x == e:   # the same figure quoted twice (prose and table) counts once
                    return txt if txt is not None else n(printed, d)
                raise SystemExit(f"conflicting expected {key} in {self.file}")
        self.obs.append(e)
        return txt if txt is not None else n(printed, d)


DOCS = []


def norm_zip(path, fixed_iso="2020-01-01T00:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps (byte-deterministic)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + fixed_iso.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ---------------------------------------------------------------- docx helpers
def new_docx():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    cp = d.core_properties
    fixed = dt.datetime(2020, 1, 1, 0, 0, 0)
    cp.author = "Số liệu mẫu"
    cp.last_modified_by = "Số liệu mẫu"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = "Số liệu mẫu"
    return d


def docx_table(d, header_rows, body, merges=()):
    """header_rows: list of lists of str; merges: ((r1,c1),(r2,c2)) in header coords."""
    ncols = len(header_rows[0])
    t = d.add_table(rows=len(header_rows) + len(body), cols=ncols)
    t.style = "Table Grid"
    for r, row in enumerate(header_rows):
        for c, txt in enumerate(row):
            if txt is not None:
                t.cell(r, c).text = txt
    for (r1, c1), (r2, c2) in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        m.text = keep
    for r, row in enumerate(body):
        for c, txt in enumerate(row):
            t.cell(len(header_rows) + r, c).text = txt
    return t


def save_docx(d, name):
    p = os.path.join(OUT, name)
    d.save(p)
    norm_zip(p)


# ---------------------------------------------------------------- pdf helpers
def new_pdf(running_header):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, running_header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"{MAU} – Trang {self.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_creation_date(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_producer("Số liệu mẫu")
    pdf.set_creator("Số liệu mẫu")
    pdf.set_author("Số liệu mẫu")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def pdf_par(pdf, text, style="", size=11, align="J", h=6):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


# ======================================================================
# 1. Đắk Lắk – self-assessment 2019 (docx)
# ======================================================================
def doc_daklak_2019():
    P = "Đắk Lắk"
    D = Doc("DakLak_UBND_BC_TuChamDiem_2019.docx", 2019, "2019-12-10", P,
            "UBND tỉnh Đắk Lắk – báo cáo tự chấm điểm thi đua năm 2019 gửi Cụm, bảng đăng ký/ước thực hiện, "
            "kết quả 2018 và đăng ký 2020 trong lời văn.")
    D.traps = [
        "bảng có ô tiêu đề gộp ('Năm 2019' trên hai cột 'Đăng ký' / 'Ước thực hiện'; 'Điểm' trên 'Chuẩn' / 'Tự chấm')",
        "cột 'Tỷ lệ TH/ĐK (%)' và điểm chuẩn/điểm tự chấm: không phải chỉ tiêu (không kỳ vọng)",
        "dòng 'Mức giảm tỷ lệ hộ nghèo' là điểm % giảm, không phải tỷ lệ hộ nghèo",
        "tài liệu ngày 10/12/2019: năm 2019 là ước (estimate); tháng 11 và 11 tháng đã kết thúc là actual",
        "'vượt 12,2% dự toán Trung ương giao' = 112,2 (state_budget_revenue_pct_of_estimate); 'bằng 104% mức đăng ký' không kỳ vọng",
        "đăng ký năm 2020 dạng khoảng '7,5–8%'; 'giảm 2%' hộ nghèo không kỳ vọng",
        "so sánh với bình quân cả nước (không kỳ vọng)",
    ]
    d = new_docx()
    d.add_paragraph(f"UBND TỈNH ĐẮK LẮK — {MAU} (tài liệu minh họa, không phải văn bản thật)")
    d.add_paragraph("Số: 999/BC-UBND-MAU                          Đắk Lắk, ngày 10 tháng 12 năm 2019")
    d.add_heading("BÁO CÁO", level=1)
    d.add_paragraph(f"Tự chấm điểm, đánh giá kết quả thực hiện các chỉ tiêu thi đua năm 2019 "
                    f"trong {CLUSTER}")
    d.add_heading("I. KHÁI QUÁT TÌNH HÌNH", level=2)
    d.add_paragraph(
        "Năm 2019, trong bối cảnh giá nông sản chủ lực (cà phê, hồ tiêu) xuống thấp, tỉnh đã tập trung chỉ đạo "
        "quyết liệt các nhiệm vụ đã đăng ký với Cụm. Tốc độ tăng trưởng kinh tế (GRDP) năm 2019 ước đạt "
        f"{D.o(P, 'grdp_growth', '2019', 'estimate', 7.15, 2)}%, chưa đạt mức đăng ký nhưng cao hơn năm 2018 "
        f"(năm 2018 tăng {D.o(P, 'grdp_growth', '2018', 'actual', 6.44, 2)}%) và tương đương mức bình quân chung "
        "của cả nước (khoảng 7%).")
    d.add_paragraph(
        "Thu ngân sách nhà nước trên địa bàn ước đạt 6.450 tỷ đồng, vượt "
        f"{D.o(P, 'state_budget_revenue_pct_of_estimate', '2019', 'estimate', 12.2, 1, val=112.2)}% dự toán "
        "Trung ương giao và bằng 104% mức đăng ký với Cụm; năm 2018 thu ngân sách đạt "
        f"{D.o(P, 'state_budget_revenue', '2018', 'actual', 5715)} tỷ đồng. Riêng tháng 11/2019 thu được "
        f"{D.o(P, 'state_budget_revenue', '2019-11', 'actual', 520)} tỷ đồng, lũy kế 11 tháng đạt "
        f"{D.o(P, 'state_budget_revenue', '2019-11M', 'actual', 5820)} tỷ đồng.")
    d.add_heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ĐĂNG KÝ VỚI CỤM", level=2)
    d.add_paragraph("Bảng 1. Chỉ tiêu đăng ký và kết quả ước thực hiện năm 2019 (" + MAU + ")")
    rows = [
        # label, unit, code, reg, d_reg, est, d_est, std points
        ("Tốc độ tăng trưởng kinh tế (GRDP)", "%", "grdp_growth", 7.5, 1, 7.15, 2, 10),
        ("GRDP bình quân đầu người", "triệu đồng", "grdp_per_capita", 44.0, 1, 43.6, 1, 5),
        ("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "state_budget_revenue", 6200, 0, 6450, 0, 10),
        ("Kim ngạch xuất khẩu", "triệu USD", "export_value", 650, 0, 612.5, 1, 5),
        ("Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "total_social_investment", 40000, 0, 42300, 0, 5),
        ("Số doanh nghiệp thành lập mới", "doanh nghiệp", "new_enterprises", 800, 0, 835, 0, 5),
        ("Tỷ lệ hộ nghèo (cuối năm)", "%", "poverty_rate_multidim", 9.0, 1, 8.79, 2, 5),
        ("Mức giảm tỷ lệ hộ nghèo", "điểm %", None, 2.0, 1, 2.21, 2, 5),
        ("Tỷ lệ lao động qua đào tạo", "%", "trained_labour_rate", 55.0, 1, 55.6, 1, 5),
        ("Số lao động được giải quyết việc làm", "người", "jobs_created", 24000, 0, 24650, 0, 5),
        ("Tỷ lệ dân số tham gia BHYT", "%", "health_insurance_coverage", 87.0, 1, 86.4, 1, 5),
        ("Tỷ lệ che phủ rừng", "%", "forest_cover", 39.0, 1, 38.9, 1, 5),
        ("Số xã đạt chuẩn nông thôn mới (lũy kế)", "xã", "ntm_communes", 59, 0, 60, 0, 5),
    ]
    body = []
    for i, (lab, unit, code, reg, dr, est, de, pts) in enumerate(rows, 1):
        if code:
            a = D.o(P, code, "2019", "plan", reg, dr)
            b = D.o(P, code, "2019", "estimate", est, de)
        else:
            a, b = n(reg, dr), n(est, de)
        ratio = est / reg * 100
        if code == "poverty_rate_multidim":
            ratio = reg / est * 100
        mine = pts if ratio >= 100 else round(pts * ratio / 100, 2)
        body.append([str(i), lab, unit, a, b, n(ratio, 1), n(pts, 0), n(mine, 2)])
    docx_table(d, [["STT", "Chỉ tiêu", "ĐVT", "Năm 2019", None, "Tỷ lệ TH/ĐK (%)", "Điểm", None],
                   [None, None, None, "Đăng ký", "Ước thực hiện", None, "Chuẩn", "Tự chấm"]],
               body, merges=[((0, 3), (0, 4)), ((0, 6), (0, 7)), ((0, 0), (1, 0)), ((0, 1), (1, 1)),
                             ((0, 2), (1, 2)), ((0, 5), (1, 5))])
    d.add_paragraph("")
    d.add_heading("III. ĐĂNG KÝ CHỈ TIÊU THI ĐUA NĂM 2020", level=2)
    d.add_paragraph(
        "Năm 2020, tỉnh Đắk Lắk đăng ký với Cụm các chỉ tiêu chủ yếu: tốc độ tăng trưởng GRDP "
        f"{D.o(P, 'grdp_growth', '2020', 'plan', 7.5, 1, alt=[8], txt='7,5–8')}%; thu ngân sách nhà nước trên "
        f"địa bàn {D.o(P, 'state_budget_revenue', '2020', 'plan', 6800)} tỷ đồng; kim ngạch xuất khẩu "
        f"{D.o(P, 'export_value', '2020', 'plan', 700)} triệu USD; tỷ lệ hộ nghèo giảm 2% trở lên.")
    d.add_paragraph("Tổng điểm tự chấm: 93,75/100 điểm. Đề nghị Cụm xem xét, bình xét. " + MAU + ".")
    d.add_paragraph("TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH (đã ký) Nguyễn Văn Mẫu")
    save_docx(d, D.file)
    return D


# ======================================================================
# 2. Cluster year-end summary 2020 (pdf, table across two pages)
# ======================================================================
def doc_summary_2020():
    D = Doc("CumTN_DHNTB_BC_TongKet_2020.pdf", 2020, "2020-12-16", None,
            "Báo cáo tổng kết năm 2020 của Cụm (Trưởng Cụm: Khánh Hòa): so sánh 10 tỉnh thành viên trong lời văn và "
            "bảng vắt qua hai trang có tiêu đề chạy.")
    D.traps = [
        "bảng 10 tỉnh × 4 chỉ tiêu vắt qua trang 2, tiêu đề bảng lặp lại, dòng tiêu đề chạy đầu trang và số trang",
        "tăng trưởng âm trong bảng ('-10,8') và trong lời văn ('giảm 10,8%')",
        "dòng 'Toàn Cụm' và mức bình quân của Cụm/cả nước: không kỳ vọng",
        "cột 'Điểm tự chấm': không kỳ vọng",
        "'hơn 1,2 tỷ USD' (more_than, ×1000), 'khoảng 1,8 triệu lượt' (about), '60,3 nghìn tỷ đồng' (×1000)",
        "'thêm 12 xã ... nâng tổng số lên 38 xã': chỉ 38 được kỳ vọng",
        "9 tháng (2020-9M, actual), so với tháng trước (không kỳ vọng), huyện (không kỳ vọng)",
        "năm 2019 của Khánh Hòa (actual) và mục tiêu 2021 của Lâm Đồng dạng khoảng",
    ]
    tbl = [  # growth, revenue, pct of estimate, exports, score
        ("Quảng Nam", -6.9, 1, 20120, 97.3, 1120, 0, 88.50),
        ("Quảng Ngãi", 1.2, 1, 18260, 101.4, 1350, 0, 90.25),
        ("Bình Định", 4.45, 2, 11050, 108.6, 910, 0, 95.10),
        ("Phú Yên", 2.85, 2, 4420, 104.1, 195, 0, 91.00),
        ("Khánh Hòa", -10.8, 1, 13360, 82.5, 1280, 0, 86.75),
        ("Kon Tum", 6.02, 2, 3050, 112.3, 90.5, 1, 94.40),
        ("Gia Lai", 5.65, 2, 5140, 109.8, 570, 0, 95.30),
        ("Đắk Lắk", 3.92, 2, 6210, 101.2, 640, 0, 92.15),
        ("Đắk Nông", 4.6, 1, 2730, 103.5, 480, 0, 91.60),
        ("Lâm Đồng", 3.35, 2, 10840, 110.4, 790, 0, 93.85),
    ]
    rows = []
    for i, (p, g, dg, rev, pct, exp_, dx, sc) in enumerate(tbl, 1):
        rows.append([str(i), p,
                     D.o(p, "grdp_growth", "2020", "estimate", g, dg),
                     D.o(p, "state_budget_revenue", "2020", "estimate", rev),
                     D.o(p, "state_budget_revenue_pct_of_estimate", "2020", "estimate", pct, 1),
                     D.o(p, "export_value", "2020", "estimate", exp_, dx),
                     n(sc, 2)])
    tot_rev = sum(t[3] for t in tbl)
    tot_exp = sum(t[5] for t in tbl)
    rows.append(["", "Toàn Cụm", "1,6", n(tot_rev), "", n(tot_exp, 1), ""])

    pdf = new_pdf(f"{CLUSTER_UP} – Báo cáo tổng kết năm 2020 – {MAU}")
    pdf_par(pdf, "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA – TRƯỞNG CỤM THI ĐUA NĂM 2020", "B", 10, "L")
    pdf_par(pdf, "Số: 888/BC-CTĐ-MAU                                   Nha Trang, ngày 16 tháng 12 năm 2020", "", 10, "L")
    pdf_par(pdf, "BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2020", "B", 13, "C")
    pdf_par(pdf, f"{CLUSTER} ({MAU} – số liệu và lời văn đều do người lập bộ thử nghiệm tự đặt)", "I", 10, "C")
    pdf_par(pdf, "I. TÌNH HÌNH CHUNG", "B", 11, "L")
    pdf_par(pdf,
            "Năm 2020 là năm đặc biệt khó khăn: dịch bệnh kéo dài, hai đợt bão lũ lớn cuối năm gây thiệt hại nặng "
            "cho các tỉnh ven biển. Bình quân chung toàn Cụm, tăng trưởng kinh tế ước đạt 1,6%, thấp hơn mức tăng "
            "của cả nước (khoảng 2,9%). Kon Tum dẫn đầu Cụm về tốc độ tăng trưởng (6,02%), tiếp đến là Gia Lai "
            "(5,65%); hai địa phương có tăng trưởng âm là Quảng Nam (giảm 6,9%) và Khánh Hòa (giảm 10,8%) do phụ "
            "thuộc lớn vào du lịch. Đáng chú ý, năm 2019 Khánh Hòa còn tăng "
            f"{D.o('Khánh Hòa', 'grdp_growth', '2019', 'actual', 7.1, 1)}%.")
    pdf_par(pdf,
            "Về thu hút đầu tư, Quảng Ngãi thu hút vốn FDI đăng ký hơn "
            f"{D.o('Quảng Ngãi', 'fdi_registered', '2020', 'estimate', 1.2, 1, f=1000, q='more_than')} tỷ USD, "
            "chủ yếu vào khu kinh tế Dung Quất. Phú Yên đón khoảng "
            f"{D.o('Phú Yên', 'tourism_arrivals', '2020', 'estimate', 1.8, 1, f=1_000_000, q='about')} triệu lượt "
            "khách du lịch, tuy nhiên so với tháng trước lượng khách tháng 11 giảm 2,1%. Tại Gia Lai, tổng mức bán "
            "lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
            f"{D.o('Gia Lai', 'retail_sales_services_revenue', '2020', 'estimate', 60.3, 1, f=1000)} nghìn tỷ đồng, "
            f"tăng {D.o('Gia Lai', 'retail_sales_services_revenue_growth', '2020', 'estimate', 4.6, 1)}% so với năm 2019.")
    pdf_par(pdf,
            "Về xây dựng nông thôn mới, Kon Tum có thêm 12 xã đạt chuẩn, nâng tổng số lên "
            f"{D.o('Kon Tum', 'ntm_communes', '2020', 'estimate', 38)} xã; huyện Krông Pắc (Đắk Lắk) có 9/14 xã "
            "đạt chuẩn. Đắk Nông duy trì tỷ lệ che phủ rừng "
            f"{D.o('Đắk Nông', 'forest_cover', '2020', 'estimate', 38.45, 2)}%. Trong 9 tháng đầu năm, thu ngân sách "
            "của Quảng Nam giảm "
            f"{D.o('Quảng Nam', 'state_budget_revenue_growth', '2020-9M', 'actual', 19.5, 1, f=-1)}% so với cùng kỳ, "
            "đến cuối năm đã phục hồi một phần.")
    pdf_par(pdf,
            "Công tác thi đua được các tỉnh triển khai nghiêm túc; các phong trào \"Cả nước chung tay phòng, chống "
            "dịch\" và \"Chung sức xây dựng nông thôn mới\" được hưởng ứng rộng rãi. Các tỉnh đã tổ chức kiểm tra "
            "chéo, tự chấm điểm theo thang điểm của Cụm; kết quả tự chấm được tổng hợp tại bảng dưới đây. "
            "Trưởng Cụm đề nghị các tỉnh rà soát số liệu ước thực hiện trước khi Cụm họp bình xét chính thức.")
    pdf_par(pdf, "II. KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU", "B", 11, "L")
    pdf_par(pdf, "Bảng 2. Ước thực hiện năm 2020 của các tỉnh thành viên (" + MAU + ")", "I", 10, "L")
    pdf.set_font("DejaVu", "", 9.5)
    heads = ["STT", "Tỉnh", "Tăng trưởng GRDP (%)", "Thu NSNN trên địa bàn (tỷ đồng)",
             "Thu NSNN so dự toán (%)", "Kim ngạch xuất khẩu (triệu USD)", "Điểm tự chấm"]
    with pdf.table(col_widths=(10, 28, 24, 30, 26, 30, 22), text_align="CENTER",
                   line_height=7.5, repeat_headings=1, first_row_as_headings=True) as t:
        r = t.row()
        for h in heads:
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    pdf_par(pdf,
            "Ghi chú: số liệu ước thực hiện cả năm do các tỉnh báo cáo; điểm tự chấm chưa qua bình xét. "
            "Năm 2021, các tỉnh sẽ đăng ký chỉ tiêu tại hội nghị ký kết giao ước; riêng Lâm Đồng đã đặt mục tiêu "
            "tăng trưởng năm 2021 đạt "
            f"{D.o('Lâm Đồng', 'grdp_growth', '2021', 'plan', 6.5, 1, alt=[7], txt='6,5–7')}%.", "", 10)
    pdf_par(pdf, "TRƯỞNG CỤM THI ĐUA – PHÓ CHỦ TỊCH UBND TỈNH KHÁNH HÒA (đã ký) Trần Thị Mẫu", "B", 10, "R")
    pdf.output(os.path.join(OUT, D.file))
    return D


# ======================================================================
# 3. Scoring minutes 2021 (md)
# ======================================================================
def doc_minutes_2021():
    D = Doc("CumTN_DHNTB_BienBan_ChamDiem_2021.md", 2021, "2022-01-14", None,
            "Biên bản họp chấm điểm, bình xét thi đua năm 2021 của Cụm (Trưởng Cụm: Bình Định): bảng điểm, "
            "xếp hạng và hai cột số liệu; ý kiến các tỉnh trong lời văn.")
    D.traps = [
        "cột 'Tổng điểm' và 'Xếp hạng' (thứ hạng thi đua, không phải PCI): không kỳ vọng",
        "giải ngân 'ước đến 31/01/2022' trong biên bản ngày 14/01/2022: estimate, kỳ 2021",
        "lời văn trong tháng 1/2022 nói về năm 2021 đã kết thúc: 'đạt' = actual, 'ước' = estimate",
        "'giảm 3,2%' bán lẻ = -3,2; 'khoảng 1,02 tỷ USD' = about 1020; 'gần 230 triệu USD' = less_than",
        "'giảm còn 10,6%' là tỷ lệ hộ nghèo (kỳ vọng), khác với mức giảm",
        "số phiếu, số điểm cộng/trừ: không kỳ vọng",
    ]
    tbl = [
        ("Quảng Nam", 92.10, 6.8, 1, 91.5),
        ("Quảng Ngãi", 94.35, 7.12, 2, 96.2),
        ("Bình Định", 97.80, 5.3, 1, 98.7),
        ("Phú Yên", 91.40, 4.2, 1, 93.1),
        ("Khánh Hòa", 88.95, -1.8, 1, 88.4),
        ("Kon Tum", 96.05, 5.9, 1, 99.1),
        ("Gia Lai", 96.60, 6.1, 1, 97.6),
        ("Đắk Lắk", 93.20, 3.6, 1, 94.5),
        ("Đắk Nông", 94.00, 5.4, 1, 95.8),
        ("Lâm Đồng", 93.55, 5.2, 1, 92.7),
    ]
    ranks = {p: i for i, p in enumerate(sorted([t[0] for t in tbl], key=lambda p: -[t[1] for t in tbl if t[0] == p][0]), 1)}
    L = []
    L.append(f"<!-- {MAU}: tài liệu minh họa, mọi số liệu và nhân vật đều do người lập bộ thử nghiệm tự đặt -->")
    L.append(f"# BIÊN BẢN HỌP CHẤM ĐIỂM, BÌNH XÉT THI ĐUA NĂM 2021")
    L.append("")
    L.append(f"**{CLUSTER}** — *{MAU}*")
    L.append("")
    L.append("Hôm nay, ngày 14 tháng 01 năm 2022, tại Hội trường UBND tỉnh Bình Định (Trưởng Cụm năm 2021), "
             "Cụm tổ chức họp chấm điểm, bình xét thi đua năm 2021. Thành phần: đại diện lãnh đạo UBND và Ban Thi "
             "đua – Khen thưởng của 10 tỉnh thành viên; chủ trì: ông Phạm Văn Mẫu, Phó Chủ tịch UBND tỉnh Bình Định.")
    L.append("")
    L.append("## 1. Kết quả chấm điểm")
    L.append("")
    L.append("Căn cứ bảng điểm đã thống nhất tại hội nghị ký kết giao ước, các tỉnh đã tự chấm điểm và chấm chéo. "
             "Kết quả tổng hợp như sau (số liệu tăng trưởng là số ước của các tỉnh):")
    L.append("")
    L.append("| STT | Tỉnh | Tổng điểm | Xếp hạng | Tăng trưởng GRDP năm 2021, ước (%) | Giải ngân vốn đầu tư công năm 2021, ước đến 31/01/2022 (%) |")
    L.append("|---:|---|---:|---:|---:|---:|")
    for i, (p, sc, g, dg, dis) in enumerate(tbl, 1):
        L.append(f"| {i} | {p} | {n(sc, 2)} | {ranks[p]} | "
                 f"{D.o(p, 'grdp_growth', '2021', 'estimate', g, dg)} | "
                 f"{D.o(p, 'public_investment_disbursement_rate', '2021', 'estimate', dis, 1)} |")
    L.append("")
    L.append("## 2. Ý kiến thảo luận")
    L.append("")
    L.append("- Đại diện tỉnh Quảng Nam cho biết năm 2021 tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng "
             f"của tỉnh đạt {D.o('Quảng Nam', 'retail_sales_services_revenue', '2021', 'actual', 31520)} tỷ đồng, "
             f"giảm {D.o('Quảng Nam', 'retail_sales_services_revenue_growth', '2021', 'actual', 3.2, 1, f=-1)}% so với "
             "năm 2020 do giãn cách kéo dài; đề nghị Cụm xem xét cộng 0,5 điểm cho nhiệm vụ phòng, chống dịch.")
    L.append("- Đại diện tỉnh Đắk Nông báo cáo GRDP bình quân đầu người năm 2021 đạt "
             f"{D.o('Đắk Nông', 'grdp_per_capita', '2021', 'actual', 52.4, 1)} triệu đồng, vượt mức đăng ký.")
    L.append("- Đại diện tỉnh Lâm Đồng cho biết kim ngạch xuất khẩu cả năm đạt khoảng "
             f"{D.o('Lâm Đồng', 'export_value', '2021', 'actual', 1.02, 2, f=1000, q='about')} tỷ USD, lần đầu vượt "
             "mốc 1 tỷ USD.")
    L.append("- Đại diện tỉnh Kon Tum cho biết tỷ lệ hộ nghèo toàn tỉnh đã giảm còn "
             f"{D.o('Kon Tum', 'poverty_rate_multidim', '2021', 'actual', 10.6, 1)}% (giảm 2,3 điểm % so với năm 2020).")
    L.append("- Đại diện tỉnh Bình Định cho biết năm 2021 tỉnh thu hút gần "
             f"{D.o('Bình Định', 'fdi_registered', '2021', 'actual', 230, 0, q='less_than')} triệu USD vốn FDI đăng ký; "
             "đồng thời đề nghị bổ sung tiêu chí chuyển đổi số vào bảng điểm năm 2022.")
    L.append("")
    L.append("## 3. Kết quả bình xét")
    L.append("")
    L.append("Với 10/10 phiếu (100%), hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ "
             "cho tỉnh Bình Định (97,80 điểm, dẫn đầu Cụm); đề nghị Bộ trưởng, Trưởng Ban Thi đua – Khen thưởng Trung "
             "ương tặng Bằng khen cho tỉnh Gia Lai (96,60 điểm). Trưởng Cụm năm 2022: tỉnh Gia Lai; Phó Trưởng Cụm: "
             "tỉnh Đắk Nông.")
    L.append("")
    L.append("Biên bản kết thúc lúc 11 giờ 30 cùng ngày, đã đọc lại cho các thành viên cùng nghe và nhất trí. "
             f"({MAU})")
    L.append("")
    L.append("| THƯ KÝ | CHỦ TRÌ |")
    L.append("|---|---|")
    L.append("| Nguyễn Thị Mẫu (đã ký) | Phạm Văn Mẫu (đã ký) |")
    L.append("")
    write_text(D.file, "\n".join(L))
    return D


# ======================================================================
# 4. Covenant 2022 (docx)
# ======================================================================
def doc_covenant_2022():
    D = Doc("CumTN_DHNTB_GiaoUoc_2022.docx", 2022, "2022-03-18", None,
            "Giao ước thi đua năm 2022 của Cụm (Trưởng Cụm: Gia Lai): bảng chỉ tiêu đăng ký của 10 tỉnh thành viên.")
    D.traps = [
        "ô tiêu đề gộp 'Chỉ tiêu kinh tế' / 'Chỉ tiêu xã hội – môi trường' trên hai dòng tiêu đề",
        "tất cả là plan 2022, mỗi tỉnh một dòng (province theo dòng, không phải tỉnh ký văn bản)",
        "giá trị dạng khoảng '7,0 - 7,5' (value = cận dưới, alternatives = cận trên) và '≥ 7,0' (more_than)",
        "cột 'Giảm tỷ lệ hộ nghèo (%)' là mức giảm: không kỳ vọng",
        "ô '—' (Khánh Hòa không đăng ký che phủ rừng)",
        "'24.500 (trong đó thu nội địa 22.000)': chỉ 24.500 được kỳ vọng",
        "bình quân năm 2021 của toàn Cụm trong lời văn: không kỳ vọng",
    ]
    tbl = [  # growth (txt or val), revenue, poverty drop, forest, ntm
        ("Quảng Nam", (7.0, [7.5], "7,0 - 7,5", "exact"), (24500, "24.500 (trong đó thu nội địa 22.000)"), 1.5, 58.8, 143),
        ("Quảng Ngãi", (7.0, None, None, "exact"), (19850, None), 1.5, 52.0, 104),
        ("Bình Định", (7.0, [7.5], "7,0 - 7,5", "exact"), (10720, None), 1.0, 57.6, 82),
        ("Phú Yên", (7.5, None, None, "exact"), (4850, None), 1.5, 45.4, 49),
        ("Khánh Hòa", (8.5, None, None, "exact"), (13900, None), 0.5, None, 72),
        ("Kon Tum", (7.5, None, None, "exact"), (3110, None), 3.0, 63.2, 45),
        ("Gia Lai", (7.0, None, "≥ 7,0", "more_than"), (5520, None), 2.0, 47.0, 95),
        ("Đắk Lắk", (6.5, [7.0], "6,5 - 7,0", "exact"), (6570, None), 2.0, 39.6, 75),
        ("Đắk Nông", (6.0, None, None, "exact"), (2850, None), 2.5, 39.0, 33),
        ("Lâm Đồng", (7.5, None, None, "exact"), (11700, None), 0.5, 55.0, 117),
    ]
    body = []
    for i, (p, g, rv, pov, fc, ntm) in enumerate(tbl, 1):
        gv, galt, gtxt, gq = g
        body.append([
            str(i), p,
            D.o(p, "grdp_growth", "2022", "plan", gv, 1, alt=galt, q=gq, txt=gtxt),
            D.o(p, "state_budget_revenue", "2022", "plan", rv[0], 0, txt=rv[1]),
            n(pov, 1),
            D.o(p, "forest_cover", "2022", "plan", fc, 1) if fc is not None else "—",
            D.o(p, "ntm_communes", "2022", "plan", ntm),
        ])
    d = new_docx()
    d.add_paragraph(f"{CLUSTER_UP} — {MAU}")
    d.add_paragraph("Gia Lai, ngày 18 tháng 3 năm 2022")
    d.add_heading("BẢN GIAO ƯỚC THI ĐUA NĂM 2022", level=1)
    d.add_paragraph(
        "Thực hiện hướng dẫn của Ban Thi đua – Khen thưởng Trung ương, căn cứ kết quả năm 2021 (toàn Cụm tăng "
        "trưởng bình quân 5,1%, 9/10 tỉnh hoàn thành vượt dự toán thu ngân sách), 10 tỉnh thành viên "
        f"{CLUSTER} thống nhất ký kết giao ước thi đua năm 2022 với các nội dung sau.")
    d.add_heading("Điều 1. Nội dung thi đua", level=2)
    d.add_paragraph(
        "Thi đua thực hiện thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế – xã hội năm 2022 đã được Hội đồng "
        "nhân dân mỗi tỉnh thông qua; đẩy mạnh phong trào \"Chung sức xây dựng nông thôn mới\", \"Vì người nghèo – "
        "Không để ai bị bỏ lại phía sau\"; thực hiện tốt công tác cải cách hành chính.")
    d.add_heading("Điều 2. Chỉ tiêu đăng ký thi đua năm 2022 của các tỉnh", level=2)
    d.add_paragraph(f"Bảng chỉ tiêu đăng ký ({MAU})")
    docx_table(d, [["STT", "Tỉnh", "Chỉ tiêu kinh tế", None, "Chỉ tiêu xã hội – môi trường", None, None],
                   [None, None, "Tăng trưởng GRDP (%)", "Thu NSNN trên địa bàn (tỷ đồng)",
                    "Giảm tỷ lệ hộ nghèo (%)", "Tỷ lệ che phủ rừng (%)", "Số xã đạt chuẩn NTM (lũy kế)"]],
               body, merges=[((0, 2), (0, 3)), ((0, 4), (0, 6)), ((0, 0), (1, 0)), ((0, 1), (1, 1))])
    d.add_paragraph("")
    d.add_heading("Điều 3. Tổ chức thực hiện", level=2)
    d.add_paragraph(
        "Các tỉnh tổ chức kiểm tra chéo vào tháng 10/2022; Trưởng Cụm tổng hợp, tổ chức chấm điểm và bình xét vào "
        "tháng 01/2023. Bản giao ước được lập thành 12 bản có giá trị như nhau. " + MAU + ".")
    d.add_paragraph("ĐẠI DIỆN 10 TỈNH THÀNH VIÊN (đã ký)")
    save_docx(d, D.file)
    return D


# ======================================================================
# 5. Secretariat workbook 2023 (xlsx)
# ======================================================================
def doc_xlsx_2023():
    D = Doc("CumTN_DHNTB_BangTongHop_DangKy_KetQua_2023.xlsx", 2023, "2024-01-08", None,
            "Bảng tổng hợp của Thường trực Cụm (Trưởng Cụm: Phú Yên): đăng ký và ước thực hiện 2023 của 10 tỉnh "
            "(tăng trưởng GRDP, xuất khẩu tính bằng nghìn USD), trang 'GhiChu'.")
    D.traps = [
        "tiêu đề hai tầng có ô gộp; xuất khẩu tính bằng nghìn USD (÷1000)",
        "ô văn bản '7,5 - 8,0' giữa các ô số (khoảng: value 7,5, alternatives 8)",
        "dòng 'Bình quân / Tổng Cụm' và cột 'Đánh giá': không kỳ vọng",
        "trang 'GhiChu' chứa một số liệu chính thức năm 2022 của Khánh Hòa (actual)",
        "tài liệu ngày 08/01/2024: cột 'Ước TH 2023' là estimate",
    ]
    tbl = [  # growth reg, growth est, export reg, export est (thousand USD)
        ("Quảng Nam", 7.0, 3.14, 1500000, 1428600),
        ("Quảng Ngãi", 6.5, -1.72, 2100000, 2035400),
        ("Bình Định", (7.5, "7,5 - 8,0", [8.0]), 4.22, 1600000, 1452300),
        ("Phú Yên", 8.0, 4.5, 320000, 318900),
        ("Khánh Hòa", 10.0, 9.8, 1600000, 1711200),
        ("Kon Tum", 8.0, 8.52, 130000, 142600),
        ("Gia Lai", 7.5, 7.24, 850000, 901500),
        ("Đắk Lắk", 7.0, 6.75, 1300000, 1485700),
        ("Đắk Nông", 7.0, 5.91, 900000, 1020300),
        ("Lâm Đồng", 8.0, 7.4, 1100000, 1248000),
    ]
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "TongHop"
    ws["A1"] = f"{CLUSTER_UP} – BẢNG TỔNG HỢP ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN NĂM 2023 ({MAU})"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Thường trực Cụm (UBND tỉnh Phú Yên) – cập nhật ngày 08/01/2024"
    ws.append([])
    ws.append(["STT", "Tỉnh", "Tăng trưởng GRDP (%)", None, "Kim ngạch xuất khẩu (nghìn USD)", None, "Đánh giá"])
    ws.append([None, None, "Đăng ký 2023", "Ước TH 2023", "Đăng ký 2023", "Ước TH 2023", None])
    for rng in ("A4:A5", "B4:B5", "C4:D4", "E4:F4", "G4:G5"):
        ws.merge_cells(rng)
    for c in ws[4] + ws[5]:
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.font = Font(bold=True)
    for i, (p, greg, gest, xreg, xest) in enumerate(tbl, 1):
        if isinstance(greg, tuple):
            D.o(p, "grdp_growth", "2023", "plan", greg[0], alt=greg[2])
            greg_cell = greg[1]
        else:
            D.o(p, "grdp_growth", "2023", "plan", greg)
            greg_cell = greg
        D.o(p, "grdp_growth", "2023", "estimate", gest)
        D.o(p, "export_value", "2023", "plan", xreg, f=0.001)
        D.o(p, "export_value", "2023", "estimate", xest, f=0.001)
        gr = greg[0] if isinstance(greg, tuple) else greg
        ok = "Đạt" if gest >= gr and xest >= xreg else ("Đạt một phần" if gest >= gr or xest >= xreg else "Chưa đạt")
        ws.append([i, p, greg_cell, gest, xreg, xest, ok])
    avg = round(sum(t[2] for t in tbl) / len(tbl), 2)
    ws.append([None, "Bình quân / Tổng Cụm", None, avg, sum(t[3] for t in tbl), sum(t[4] for t in tbl), None])
    for row in ws.iter_rows(min_row=6, max_row=ws.max_row):
        row[4].number_format = "#,##0"
        row[5].number_format = "#,##0"
    ws.column_dimensions["B"].width = 22
    for col in "CDEFG":
        ws.column_dimensions[col].width = 16
    ws2 = wb.create_sheet("GhiChu")
    ws2["A1"] = f"Ghi chú ({MAU})"
    ws2["A2"] = "1. Số liệu ước thực hiện do các tỉnh gửi Thường trực Cụm trước ngày 05/01/2024."
    ws2["A3"] = ("2. Khánh Hòa: tốc độ tăng trưởng GRDP năm 2022 (số chính thức) là "
                 f"{D.o('Khánh Hòa', 'grdp_growth', '2022', 'actual', 17.6, 1)}%, làm gốc so sánh cao cho năm 2023.")
    ws2["A4"] = "3. Cột 'Đánh giá' do Thường trực Cụm ghi, chưa phải kết quả bình xét."
    ws2["A5"] = "4. Toàn bộ số liệu trong tệp là số liệu mẫu, dùng cho kiểm thử."
    ws2.column_dimensions["A"].width = 110
    fixed = dt.datetime(2020, 1, 1, 0, 0, 0)
    wb.properties.creator = MAU
    wb.properties.lastModifiedBy = MAU
    wb.properties.created = fixed
    wb.properties.modified = fixed
    p = os.path.join(OUT, D.file)
    wb.save(p)
    norm_zip(p)
    return D


# ======================================================================
# 6. Proposal for the Government emulation flag – Bình Định 2023 (docx)
# ======================================================================
def doc_proposal_2023():
    P = "Bình Định"
    D = Doc("BinhDinh_UBND_ToTrinh_CoThiDuaCP_2023.docx", 2023, "2024-01-22", P,
            "Tờ trình của UBND tỉnh Bình Định đề nghị tặng Cờ thi đua của Chính phủ năm 2023: bảng kết quả "
            "2021–2023 và kế hoạch 2023, PCI 2022, du lịch.")
    D.traps = [
        "bảng nhiều năm: 2021 và 2022 actual, 'Ước TH 2023' estimate, 'KH 2023' plan",
        "ô '—' (tỷ lệ hộ nghèo 2021 theo chuẩn cũ không so sánh được) và khoảng '7,5 - 8,0' trong cột KH",
        "PCI 2022: điểm và thứ hạng '9/63' đều kỳ vọng (pci_score, pci_rank)",
        "tăng trưởng bình quân giai đoạn 2021–2023 (trung bình nhiều năm): không kỳ vọng",
        "'gấp 1,6 lần năm 2022' của lượt khách: không có mã chỉ tiêu tăng lượt khách, không kỳ vọng",
        "xếp hạng thi đua trong Cụm ('dẫn đầu Cụm', 97,85 điểm): không kỳ vọng",
    ]
    rows = [  # label, unit, code, 2021, 2022, est 2023, plan 2023 (value or (val,txt,alt)), decimals
        ("Tốc độ tăng trưởng GRDP", "%", "grdp_growth", 5.31, 8.45, 4.22, (7.5, "7,5 - 8,0", [8.0]), 2),
        ("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "state_budget_revenue", 12650, 15020, 13480, 13110, 0),
        ("Kim ngạch xuất khẩu", "triệu USD", "export_value", 1312, 1528, 1452.3, 1600, 1),
        ("Số doanh nghiệp thành lập mới", "doanh nghiệp", "new_enterprises", 1105, 1320, 1410, 1200, 0),
        ("Tỷ lệ hộ nghèo đa chiều", "%", "poverty_rate_multidim", None, 4.74, 3.66, 3.74, 2),
    ]
    body = []
    for lab, unit, code, a, b, c, k, dd in rows:
        cells = [lab, unit]
        for per, st, v in (("2021", "actual", a), ("2022", "actual", b), ("2023", "estimate", c)):
            if v is None:
                cells.append("—")
            else:
                dec = dd if (isinstance(v, float) and v != int(v)) or code in ("grdp_growth", "poverty_rate_multidim") else 0
                cells.append(D.o(P, code, per, st, v, dec))
        if isinstance(k, tuple):
            cells.append(D.o(P, code, "2023", "plan", k[0], alt=k[2], txt=k[1]))
        else:
            dec = dd if code == "poverty_rate_multidim" else 0
            cells.append(D.o(P, code, "2023", "plan", k, dec))
        body.append(cells)
    d = new_docx()
    d.add_paragraph(f"UBND TỈNH BÌNH ĐỊNH — {MAU} (văn bản minh họa)")
    d.add_paragraph("Số: 777/TTr-UBND-MAU                          Bình Định, ngày 22 tháng 01 năm 2024")
    d.add_heading("TỜ TRÌNH", level=1)
    d.add_paragraph("Về việc đề nghị tặng Cờ thi đua của Chính phủ năm 2023 cho tỉnh Bình Định")
    d.add_paragraph("Kính gửi: Thủ tướng Chính phủ (qua Ban Thi đua – Khen thưởng Trung ương)")
    d.add_paragraph(
        f"Căn cứ kết quả chấm điểm, bình xét thi đua năm 2023 của {CLUSTER}, theo đó tỉnh Bình Định dẫn đầu Cụm "
        "với 97,85 điểm và được 10/10 tỉnh thành viên nhất trí suy tôn, UBND tỉnh Bình Định kính trình Thủ tướng "
        "Chính phủ xem xét tặng Cờ thi đua của Chính phủ cho tỉnh với các thành tích sau.")
    d.add_heading("1. Kết quả thực hiện các chỉ tiêu chủ yếu", level=2)
    d.add_paragraph(
        "Mặc dù tăng trưởng năm 2023 chậm lại do các ngành chế biến gỗ, thủy sản gặp khó về thị trường, tốc độ "
        "tăng trưởng bình quân giai đoạn 2021–2023 của tỉnh vẫn đạt 5,99%/năm. Thu ngân sách năm 2023 ước đạt "
        f"13.480 tỷ đồng, bằng {D.o(P, 'state_budget_revenue_pct_of_estimate', '2023', 'estimate', 102.8, 1)}% "
        "dự toán Hội đồng nhân dân tỉnh giao. Ngành du lịch phục hồi mạnh: năm 2023 ước đón "
        f"{D.o(P, 'tourism_arrivals', '2023', 'estimate', 5.9, 1, f=1_000_000)} triệu lượt khách, gấp 1,6 lần "
        "năm 2022.")
    d.add_paragraph(f"Bảng. Kết quả thực hiện một số chỉ tiêu chủ yếu giai đoạn 2021–2023 ({MAU})")
    docx_table(d, [["Chỉ tiêu", "ĐVT", "Kết quả thực hiện", None, "Năm 2023", None],
                   [None, None, "Năm 2021", "Năm 2022", "Ước TH 2023", "KH 2023"]],
               body, merges=[((0, 2), (0, 3)), ((0, 4), (0, 5)), ((0, 0), (1, 0)), ((0, 1), (1, 1))])
    d.add_paragraph("")
    d.add_heading("2. Cải thiện môi trường đầu tư, kinh doanh", level=2)
    d.add_paragraph(
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 của Bình Định đạt "
        f"{D.o(P, 'pci_score', '2022', 'actual', 66.93, 2)} điểm, xếp thứ "
        f"{D.o(P, 'pci_rank', '2022', 'actual', 9)}/63 tỉnh, thành phố, tiếp tục nằm trong nhóm điều hành tốt.")
    d.add_heading("3. Các hình thức khen thưởng đã được tặng", level=2)
    d.add_paragraph("Cờ thi đua của Chính phủ năm 2019; Bằng khen của Thủ tướng Chính phủ năm 2021. "
                    "UBND tỉnh Bình Định kính trình Thủ tướng Chính phủ xem xét, quyết định. " + MAU + ".")
    d.add_paragraph("TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH (đã ký) Lê Văn Mẫu")
    save_docx(d, D.file)
    return D


# ======================================================================
# 7. Cluster leader's speech 2023 (txt)
# ======================================================================
def doc_speech_2023():
    D = Doc("CumTN_DHNTB_PhatBieu_TruongCum_2023.txt", 2023, "2023-12-21", None,
            "Bài phát biểu của Trưởng Cụm năm 2023 (Chủ tịch UBND tỉnh Phú Yên) tại hội nghị tổng kết Cụm: lời văn "
            "với nhiều định lượng 'khoảng', 'trên', 'gần', 'hơn'.")
    D.traps = [
        "văn nói, không bảng; số của nhiều tỉnh trong cùng một câu",
        "'khoảng' = about, 'trên'/'hơn' = more_than, 'gần' = less_than",
        "'giảm 1,72%' = -1,72; 'hơn 9 triệu lượt' (×1 000 000); '55,6 nghìn tỷ đồng' (×1000)",
        "GDP cả nước, bình quân Cụm, mục tiêu chung của Cụm năm 2024: không kỳ vọng",
        "CPI tháng 11 so với tháng trước: không kỳ vọng; CPI bình quân 11 tháng: 2023-11M actual",
        "'dự kiến năm 2024 ... khoảng 10%' = forecast/about; 'đặt mục tiêu' = plan",
        "'Phú Yên đặt mục tiêu tăng trưởng 7,5%': the year (2024) is only in the previous sentence",
    ]
    t = []
    t.append(f"{MAU.upper()} – BÀI PHÁT BIỂU MINH HỌA (nhân vật và số liệu do người lập bộ thử nghiệm tự đặt)")
    t.append("")
    t.append("PHÁT BIỂU CỦA ĐỒNG CHÍ LÊ MINH MẪU, CHỦ TỊCH UBND TỈNH PHÚ YÊN, TRƯỞNG CỤM THI ĐUA NĂM 2023")
    t.append(f"tại Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 {CLUSTER}")
    t.append("Tuy Hòa, ngày 21 tháng 12 năm 2023")
    t.append("")
    t.append("Kính thưa các đồng chí lãnh đạo Ban Thi đua – Khen thưởng Trung ương,")
    t.append("Kính thưa các đồng chí đại biểu,")
    t.append("")
    t.append(
        "Năm 2023 khép lại với nhiều khó khăn: kinh tế cả nước chỉ tăng khoảng 5%, thị trường xuất khẩu thu hẹp. "
        "Trong bối cảnh đó, các tỉnh trong Cụm vẫn giữ được đà tăng trưởng. Khánh Hòa dẫn đầu Cụm với tốc độ tăng "
        f"trưởng ước khoảng {D.o('Khánh Hòa', 'grdp_growth', '2023', 'estimate', 9.8, 1, q='about')}%; Kon Tum tăng "
        f"trên {D.o('Kon Tum', 'grdp_growth', '2023', 'estimate', 8.5, 1, q='more_than')}%. Quảng Ngãi là tỉnh duy "
        f"nhất tăng trưởng âm, giảm {D.o('Quảng Ngãi', 'grdp_growth', '2023', 'estimate', 1.72, 2, f=-1)}%, do Nhà "
        "máy lọc dầu Dung Quất bảo dưỡng tổng thể.")
    t.append("")
    t.append(
        "Về thu ngân sách, Đắk Nông ước thu gần "
        f"{D.o('Đắk Nông', 'state_budget_revenue', '2023', 'estimate', 3000, q='less_than')} tỷ đồng, mức cao nhất từ "
        "trước đến nay. Về du lịch, Lâm Đồng đón hơn "
        f"{D.o('Lâm Đồng', 'tourism_arrivals', '2023', 'estimate', 9, 0, f=1_000_000, q='more_than')} triệu lượt "
        "khách. Gia Lai xuất khẩu ước đạt khoảng "
        f"{D.o('Gia Lai', 'export_value', '2023', 'estimate', 900, q='about')} triệu USD, nhờ giá cà phê tăng. "
        "Vốn đầu tư toàn xã hội của Đắk Lắk ước đạt "
        f"{D.o('Đắk Lắk', 'total_social_investment', '2023', 'estimate', 55.6, 1, f=1000)} nghìn tỷ đồng; tổng mức "
        "bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của Quảng Nam tăng "
        f"{D.o('Quảng Nam', 'retail_sales_services_revenue_growth', '2023', 'estimate', 12.4, 1)}%.")
    t.append("")
    t.append(
        "Công tác giải ngân vốn đầu tư công có chuyển biến rõ nét: Bình Định ước giải ngân đạt "
        f"{D.o('Bình Định', 'public_investment_disbursement_rate', '2023', 'estimate', 95.2, 1)}% kế hoạch, cao hơn "
        "nhiều so với bình quân cả nước. Tại Phú Yên, tỷ lệ hộ nghèo cuối năm ước còn "
        f"{D.o('Phú Yên', 'poverty_rate_multidim', '2023', 'estimate', 4.1, 1)}%. Chỉ số giá tiêu dùng tháng 11 của "
        "Phú Yên tăng 0,3% so với tháng trước; bình quân 11 tháng năm 2023, CPI của Đắk Lắk tăng "
        f"{D.o('Đắk Lắk', 'cpi_avg_growth', '2023-11M', 'actual', 3.2, 1)}% so với cùng kỳ.")
    t.append("")
    t.append(
        "Năm 2024, Cụm phấn đấu tăng trưởng bình quân 7%. Phú Yên đặt mục tiêu tăng trưởng "
        f"{D.o('Phú Yên', 'grdp_growth', '2024', 'plan', 7.5, 1)}%; Khánh Hòa dự kiến năm 2024 tăng trưởng khoảng "
        f"{D.o('Khánh Hòa', 'grdp_growth', '2024', 'forecast', 10, 0, q='about')}%. Tôi đề nghị các tỉnh sớm đăng ký "
        "chỉ tiêu thi đua năm 2024 để ký kết giao ước trong quý I.")
    t.append("")
    t.append("Xin trân trọng cảm ơn! (" + MAU + ")")
    t.append("")
    write_text(D.file, "\n".join(t))
    return D


# ======================================================================
# 8. Portal article 2024 conference (html)
# ======================================================================
def doc_html_2024():
    D = Doc("LamDong_CongTTDT_TinTuc_HoiNghiCum_2024.html", 2024, "2025-01-09", None,
            "Tin bài Cổng TTĐT tỉnh Lâm Đồng (Trưởng Cụm 2024) về hội nghị tổng kết Cụm năm 2024, có bảng <table> "
            "10 tỉnh và lời văn.")
    D.traps = [
        "trang cổng thông tin: menu, tin liên quan (số liệu cả nước) – không kỳ vọng",
        "bảng <table> có tiêu đề hai tầng (rowspan/colspan), dòng 'Toàn Cụm' không kỳ vọng",
        "văn bản của tỉnh Lâm Đồng nhưng là tài liệu của Cụm (province: null)",
        "'vượt 22% dự toán' = 122; 'trên 97%' more_than; 'hơn 10 triệu lượt'; '50,3 nghìn tỷ đồng' ×1000",
        "quý IV/2024 (2024-Q4, estimate vì ước)",
        "mục tiêu bình quân của Cụm năm 2025: không kỳ vọng",
    ]
    tbl = [
        ("Quảng Nam", 7.21, 25110), ("Quảng Ngãi", 8.03, 29370), ("Bình Định", 7.2, 16080),
        ("Phú Yên", 6.03, 5230), ("Khánh Hòa", 10.73, 18650), ("Kon Tum", 10.03, 4015),
        ("Gia Lai", 6.58, 7010), ("Đắk Lắk", 6.99, 9810), ("Đắk Nông", 6.56, 3540), ("Lâm Đồng", 7.08, 13620),
    ]
    trs = []
    for i, (p, g, r) in enumerate(tbl, 1):
        trs.append(f"      <tr><td>{i}</td><td>{p}</td>"
                   f"<td>{D.o(p, 'grdp_growth', '2024', 'estimate', g, 2)}</td>"
                   f"<td>{D.o(p, 'state_budget_revenue', '2024', 'estimate', r)}</td></tr>")
    trs.append(f"      <tr><td></td><td><b>Toàn Cụm</b></td><td>7,64</td><td>{n(sum(x[2] for x in tbl))}</td></tr>")
    body_p = [
        "Ngày 08/01/2025, tại thành phố Đà Lạt, UBND tỉnh Lâm Đồng – Trưởng Cụm năm 2024 – chủ trì Hội nghị tổng kết "
        f"công tác thi đua, khen thưởng năm 2024 của {CLUSTER}. Đây là năm cuối cùng Cụm hoạt động với 10 tỉnh thành "
        "viên trước khi sắp xếp đơn vị hành chính.",
        "Theo báo cáo tại hội nghị, năm 2024 cả 10 tỉnh đều có tăng trưởng dương; Khánh Hòa và Kon Tum là hai địa "
        "phương tăng trưởng trên 10%. Lâm Đồng thu ngân sách vượt "
        f"{D.o('Lâm Đồng', 'state_budget_revenue_pct_of_estimate', '2024', 'estimate', 22, 0, val=122)}% dự toán; "
        "Kon Tum giải ngân vốn đầu tư công đạt trên "
        f"{D.o('Kon Tum', 'public_investment_disbursement_rate', '2024', 'estimate', 97, q='more_than')}% kế hoạch.",
        "Ngành du lịch tiếp tục là điểm sáng: Khánh Hòa đón hơn "
        f"{D.o('Khánh Hòa', 'tourism_arrivals', '2024', 'estimate', 10, 0, f=1_000_000, q='more_than')} triệu lượt "
        "khách, doanh thu du lịch ước đạt "
        f"{D.o('Khánh Hòa', 'tourism_revenue', '2024', 'estimate', 50.3, 1, f=1000)} nghìn tỷ đồng. Riêng quý IV/2024, "
        f"GRDP của Phú Yên ước tăng {D.o('Phú Yên', 'grdp_growth', '2024-Q4', 'estimate', 7.1, 1)}% so với cùng kỳ.",
        "Phát biểu tại hội nghị, đại diện Ban Thi đua – Khen thưởng Trung ương ghi nhận các tỉnh đã triển khai "
        "nghiêm túc giao ước. Năm 2025, toàn Cụm phấn đấu tăng trưởng bình quân 8% trở lên. Hội nghị đã bình "
        "xét, đề nghị Chính phủ tặng Cờ thi đua cho tỉnh Khánh Hòa và tỉnh Kon Tum.",
    ]
    ps = "\n".join(f"    <p>{x}</p>" for x in body_p)
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Cụm thi đua Tây Nguyên và duyên hải miền Trung tổng kết năm 2024 – Cổng TTĐT tỉnh Lâm Đồng ({MAU})</title>
</head>
<body>
  <header>
    <div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG – {MAU}</div>
    <nav><a href="#">Trang chủ</a> | <a href="#">Tin tức – Sự kiện</a> | <a href="#">Thi đua – Khen thưởng</a></nav>
  </header>
  <main>
  <article>
    <h1>Cụm thi đua các tỉnh Tây Nguyên và duyên hải miền Trung tổng kết năm 2024</h1>
    <p class="meta">Đăng ngày 09/01/2025 | Phóng viên: Hoàng Mẫu | {MAU} – bài viết minh họa</p>
{ps}
    <p><i>Một số chỉ tiêu chủ yếu năm 2024 của các tỉnh trong Cụm ({MAU}):</i></p>
    <table border="1">
      <thead>
      <tr><th rowspan="2">STT</th><th rowspan="2">Tỉnh</th><th colspan="2">Ước thực hiện năm 2024</th></tr>
      <tr><th>Tăng trưởng GRDP (%)</th><th>Thu NSNN trên địa bàn (tỷ đồng)</th></tr>
      </thead>
      <tbody>
{chr(10).join(trs)}
      </tbody>
    </table>
    <p>Nguồn: Thường trực Cụm tổng hợp từ báo cáo của các tỉnh.</p>
  </article>
  <aside>
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="#">Cả nước: kim ngạch xuất khẩu năm 2024 vượt 400 tỷ USD</a></li>
      <li><a href="#">GDP cả nước năm 2024 tăng khoảng 7%</a></li>
    </ul>
  </aside>
  </main>
  <footer>© Cổng TTĐT tỉnh Lâm Đồng – {MAU}</footer>
</body>
</html>
"""
    write_text(D.file, html)
    return D


# ======================================================================
# 9. New Gia Lai self-assessment 2025 (docx, 2026)
# ======================================================================
def doc_gialai_2025():
    P = "Gia Lai"
    D = Doc("GiaLai_UBND_BC_TuChamDiem_2025.docx", 2025, "2026-01-15", P,
            "UBND tỉnh Gia Lai (mới, hợp nhất Gia Lai và Bình Định) – báo cáo tự chấm điểm năm 2025: năm 2024 "
            "theo địa giới mới, kế hoạch và ước 2025, mục tiêu 2026.")
    D.traps = [
        "tỉnh mới sau hợp nhất: mọi kỳ (kể cả 2024) thuộc 'Gia Lai' (tỉnh mới); tên tỉnh cũ 'Bình Định (cũ)' xuất hiện",
        "số 6 tháng đầu năm 2025 của từng tỉnh cũ: không kỳ vọng (xem Doubts)",
        "GRDP 'nghìn tỷ đồng' (×1000) và khách du lịch 'triệu lượt' (×1 000 000)",
        "ô tiêu đề gộp 'Năm 2025' trên 'Kế hoạch' / 'Ước thực hiện'; cột 'Đánh giá' không kỳ vọng; ô '—'",
        "'từ 10% trở lên' = more_than (plan 2026)",
    ]
    rows = [  # label, unit, code, 2024, plan 2025, est 2025, dec, factor
        ("Tốc độ tăng trưởng GRDP", "%", "grdp_growth", 6.9, 8.0, 7.65, 2, 1),
        ("GRDP theo giá hiện hành", "nghìn tỷ đồng", "grdp_value_current", 236.4, None, 262.1, 1, 1000),
        ("GRDP bình quân đầu người", "triệu đồng", "grdp_per_capita", 66.4, 74.0, 73.2, 1, 1),
        ("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "state_budget_revenue", 23090, 22500, 26840, 0, 1),
        ("Kim ngạch xuất khẩu", "triệu USD", "export_value", 2210, 2400, 2515, 0, 1),
        ("Tổng lượt khách du lịch", "triệu lượt", "tourism_arrivals", 12.6, 14.0, 15.2, 1, 1_000_000),
        ("Tỷ lệ hộ nghèo đa chiều", "%", "poverty_rate_multidim", 3.9, 3.2, 3.05, 2, 1),
        ("Tỷ lệ che phủ rừng", "%", "forest_cover", 48.7, 48.9, 48.95, 2, 1),
    ]
    body = []
    for lab, unit, code, a, k, e, dd, f in rows:
        ca = D.o(P, code, "2024", "actual", a, dd if code != "state_budget_revenue" and code != "export_value" else 0, f=f)
        ck = D.o(P, code, "2025", "plan", k, 1 if isinstance(k, float) else 0, f=f) if k is not None else "—"
        ce = D.o(P, code, "2025", "estimate", e, dd if (isinstance(e, float)) else 0, f=f)
        ev = "Không đạt" if (k is not None and ((code == "poverty_rate_multidim" and e > k) or
                                               (code != "poverty_rate_multidim" and e < k))) else "Đạt"
        body.append([lab, unit, ca, ck, ce, ev])
    d = new_docx()
    d.add_paragraph(f"UBND TỈNH GIA LAI — {MAU} (văn bản minh họa)")
    d.add_paragraph("Số: 55/BC-UBND-MAU                          Gia Lai, ngày 15 tháng 01 năm 2026")
    d.add_heading("BÁO CÁO", level=1)
    d.add_paragraph("Tự chấm điểm, đánh giá kết quả thực hiện các chỉ tiêu thi đua năm 2025")
    d.add_paragraph(
        "Từ ngày 01/7/2025, tỉnh Gia Lai (mới) được thành lập trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định, "
        "trung tâm chính trị – hành chính đặt tại phường Quy Nhơn. Số liệu năm 2024 và kế hoạch năm 2025 trong báo "
        "cáo này đã được tính lại theo địa giới tỉnh mới.")
    d.add_paragraph(
        "Sáu tháng đầu năm 2025, trước khi hợp nhất, tỉnh Gia Lai (cũ) tăng trưởng 6,1%, tỉnh Bình Định (cũ) tăng "
        "7,9%; thu ngân sách của Bình Định (cũ) đạt 9.120 tỷ đồng. Cả năm 2025, thu ngân sách nhà nước trên địa bàn "
        f"tỉnh ước đạt 26.840 tỷ đồng, bằng {D.o(P, 'state_budget_revenue_pct_of_estimate', '2025', 'estimate', 119.3, 1)}% "
        "dự toán.")
    d.add_paragraph(f"Bảng. Kết quả thực hiện các chỉ tiêu chủ yếu ({MAU})")
    docx_table(d, [["Chỉ tiêu", "ĐVT", "Thực hiện năm 2024 (địa giới mới)", "Năm 2025", None, "Đánh giá"],
                   [None, None, None, "Kế hoạch", "Ước thực hiện", None]],
               body, merges=[((0, 3), (0, 4)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 5), (1, 5))])
    d.add_paragraph("")
    d.add_paragraph(
        "Năm 2026, tỉnh đăng ký với Cụm: tốc độ tăng trưởng GRDP từ "
        f"{D.o(P, 'grdp_growth', '2026', 'plan', 10, q='more_than')}% trở lên; thu ngân sách nhà nước trên địa bàn "
        f"{D.o(P, 'state_budget_revenue', '2026', 'plan', 28000)} tỷ đồng. Tổng điểm tự chấm năm 2025: 95,40 điểm. "
        + MAU + ".")
    d.add_paragraph("TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH (đã ký) Võ Thị Mẫu")
    save_docx(d, D.file)
    return D


# ======================================================================
# 10. Covenant 2026 of the post-merger cluster (pdf)
# ======================================================================
def doc_covenant_2026():
    D = Doc("CumTN_DHNTB_GiaoUoc_2026.pdf", 2026, "2026-03-10", None,
            "Giao ước thi đua năm 2026 của Cụm sau sắp xếp (6 tỉnh, thành phố kế thừa các thành viên cũ): bảng "
            "chỉ tiêu đăng ký 2026 và ước 2025 trong lời văn.")
    D.traps = [
        "tên tỉnh mới (danh sách 34: 'Thành phố Đà Nẵng') kèm danh sách tỉnh cũ trong cùng ô ('hợp nhất từ ...')",
        "tỉnh cũ (Quảng Nam, Kon Tum, Bình Định, Phú Yên, Đắk Nông, Ninh Thuận, Bình Thuận) chỉ được nêu tên; "
        "một số liệu 2024 của Bình Thuận (cũ): không kỳ vọng",
        "'≥ 10,0' = more_than; tỷ lệ hộ nghèo mục tiêu là tỷ lệ (kỳ vọng)",
        "ước 2025 của tỉnh mới trong lời văn (estimate, tên theo danh sách 34)",
        "mục tiêu chung của Cụm (bình quân): không kỳ vọng",
    ]
    tbl = [  # name(34), formed from, growth (val,txt,q), revenue, export, poverty
        ("Thành phố Đà Nẵng", "Đà Nẵng, Quảng Nam", (11.0, None, "exact"), 52000, 7800, 0.8),
        ("Quảng Ngãi", "Quảng Ngãi, Kon Tum", (10.0, None, "exact"), 33500, 3900, 4.5),
        ("Gia Lai", "Gia Lai, Bình Định", (10.0, "≥ 10,0", "more_than"), 28000, 2800, 2.6),
        ("Khánh Hòa", "Khánh Hòa, Ninh Thuận", (10.5, None, "exact"), 24000, 3200, 1.5),
        ("Đắk Lắk", "Đắk Lắk, Phú Yên", (10.0, None, "exact"), 14600, 2600, 5.2),
        ("Lâm Đồng", "Lâm Đồng, Đắk Nông, Bình Thuận", (10.0, None, "exact"), 27000, 3500, 2.0),
    ]
    rows = []
    for i, (p, frm, g, rv, ex, pov) in enumerate(tbl, 1):
        rows.append([str(i), f"{p} (hợp nhất từ: {frm})",
                     D.o(p, "grdp_growth", "2026", "plan", g[0], 1, q=g[2], txt=g[1]),
                     D.o(p, "state_budget_revenue", "2026", "plan", rv),
                     D.o(p, "export_value", "2026", "plan", ex),
                     D.o(p, "poverty_rate_multidim", "2026", "plan", pov, 1)])
    pdf = new_pdf(f"CỤM THI ĐUA CÁC TỈNH, THÀNH PHỐ TÂY NGUYÊN VÀ DUYÊN HẢI MIỀN TRUNG – Giao ước thi đua 2026 – {MAU}")
    pdf_par(pdf, "Đà Nẵng, ngày 10 tháng 3 năm 2026", "", 10, "R")
    pdf_par(pdf, "BẢN GIAO ƯỚC THI ĐUA NĂM 2026", "B", 14, "C")
    pdf_par(pdf, f"Cụm thi đua các tỉnh, thành phố Tây Nguyên và duyên hải miền Trung (sau sắp xếp) – {MAU}", "I", 10, "C")
    pdf_par(pdf,
            "Thực hiện Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh, các tỉnh thành viên của Cụm "
            "đã hợp nhất: Quảng Nam vào thành phố Đà Nẵng, Kon Tum vào Quảng Ngãi, Bình Định vào Gia Lai, Phú Yên vào "
            "Đắk Lắk, Đắk Nông (cùng Bình Thuận) vào Lâm Đồng; Khánh Hòa hợp nhất với Ninh Thuận. Cụm được kiện toàn "
            "gồm 6 tỉnh, thành phố; Trưởng Cụm năm 2026 là UBND thành phố Đà Nẵng.")
    pdf_par(pdf,
            "Năm 2025, năm đầu vận hành chính quyền địa phương hai cấp, các địa phương trong Cụm đều duy trì tăng "
            "trưởng khá: thành phố Đà Nẵng ước tăng "
            f"{D.o('Thành phố Đà Nẵng', 'grdp_growth', '2025', 'estimate', 8.6, 1)}%, Khánh Hòa ước tăng "
            f"{D.o('Khánh Hòa', 'grdp_growth', '2025', 'estimate', 8.4, 1)}%, Lâm Đồng ước tăng "
            f"{D.o('Lâm Đồng', 'grdp_growth', '2025', 'estimate', 8.1, 1)}%. Để so sánh, năm 2024 tỉnh Bình Thuận (cũ) "
            "tăng 7,0%. Năm 2026, toàn Cụm phấn đấu tăng trưởng bình quân từ 10% trở lên.")
    pdf_par(pdf, "Điều 1. Chỉ tiêu đăng ký thi đua năm 2026 của các tỉnh, thành phố", "B", 11, "L")
    pdf.set_font("DejaVu", "", 9.5)
    heads = ["STT", "Tỉnh, thành phố", "Tăng trưởng GRDP (%)", "Thu NSNN trên địa bàn (tỷ đồng)",
             "Kim ngạch xuất khẩu (triệu USD)", "Tỷ lệ hộ nghèo cuối năm (%)"]
    with pdf.table(col_widths=(10, 56, 24, 30, 30, 24), text_align="CENTER",
                   line_height=7, repeat_headings=1, first_row_as_headings=True) as t:
        r = t.row()
        for h in heads:
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    pdf_par(pdf,
            "Điều 2. Các tỉnh, thành phố tổ chức kiểm tra chéo trong tháng 10/2026; Trưởng Cụm tổng hợp, chấm điểm "
            "theo thang điểm của Cụm và báo cáo Ban Thi đua – Khen thưởng Trung ương. " + MAU + ".", "", 10)
    pdf_par(pdf, "ĐẠI DIỆN 6 TỈNH, THÀNH PHỐ THÀNH VIÊN (đã ký)", "B", 10, "C")
    pdf.output(os.path.join(OUT, D.file))
    return D


# ======================================================================
CONVENTIONS = """\
# Conventions
#  - province: name as in reference/admin/provinces_63_pre2025.csv (`name`) for periods before 1 July 2025,
#    provinces_34_post2025.csv (`name_915_CTK_CSCL`) for later periods; a merged province's 2026 document
#    speaks for the new province in all its periods (Gia Lai 2024 in GiaLai_..._2025.docx = the new Gia Lai).
#  - a cluster document has province: null; each member's figure is expected under that member.
#  - values in catalogue units (nghìn tỷ ×1000, tỷ USD ×1000, nghìn USD ÷1000, triệu lượt ×1 000 000);
#    growth in %, negative for 'giảm'; 'vượt 12,2% dự toán' = 112.2.
#  - status: 'ước'/'ước tính'/'ước đạt' or an unfinished period at the document date = estimate; finished period
#    stated plainly ('đạt', 'chính thức', years before the report year) = actual; 'đăng ký', 'kế hoạch', 'KH',
#    'mục tiêu', 'phấn đấu', covenant targets = plan; 'dự kiến'/'dự báo' = forecast.
#  - qualifier: 'khoảng' = about; 'trên', 'hơn', 'vượt mốc', '≥', 'từ ... trở lên' = more_than;
#    'gần', 'dưới' = less_than; otherwise exact.
#  - a range 'a - b' / 'a–b': value = a (lower bound), alternatives = [b].
#  - NOT expected: scores and ranks of the emulation scoring (points, 'Xếp hạng'), 'Tỷ lệ TH/ĐK' ratios,
#    decreases of the poverty rate in percentage points, cluster/national/regional averages and totals,
#    district figures, month-on-month changes, multi-year averages, increments ('thêm 12 xã'), figures
#    without a catalogue code (thu nội địa, growth of tourist arrivals), figures of a former province quoted
#    in a 2026 document (see Doubts).
"""

DOUBTS = [
    "'gần' is read as less_than (gần 3.000 tỷ đồng, gần 230 triệu USD); an analyst could read it as about.",
    "Ranges ('7,5–8', '7,0 - 7,5', '6,5–7') take the lower bound as value and the upper bound as the only "
    "alternative; the midpoint is not listed.",
    "'≥ 7,0', '≥ 10,0' and 'từ 10% trở lên' are read as more_than (the brief has no 'at least' qualifier).",
    "DakLak 2019: the column 'Tỷ lệ TH/ĐK (%)' (104,0 for budget revenue) compares with the registered target, "
    "not with the budget estimate, so it is not state_budget_revenue_pct_of_estimate; only 'vượt 12,2% dự toán "
    "Trung ương giao' (112.2) is.",
    "DakLak 2019: the document is dated 10/12/2019, so month 11 and '11 tháng' are finished periods = actual.",
    "DakLak 2019 / Covenant 2022: 'tỷ lệ hộ nghèo giảm 2% trở lên' and the column 'Giảm tỷ lệ hộ nghèo (%)' are "
    "percentage-point decreases, not the poverty rate: not expected.",
    "Summary 2020: the prose repeats table figures (Kon Tum 6,02%, Quảng Nam -6,9%, Khánh Hòa -10,8%); counted once.",
    "Summary 2020: '9 tháng đầu năm' in a report of 16/12/2020 is a finished period = actual.",
    "Minutes 2021 (dated 14/01/2022): figures of 2021 said with 'đạt' (Quảng Nam retail, Đắk Nông GRDP per capita, "
    "Lâm Đồng exports, Kon Tum poverty, Bình Định FDI) are actual; 'khoảng'/'gần' keep their qualifier. An analyst "
    "could call all January figures estimates.",
    "Minutes 2021: disbursement 'ước đến 31/01/2022' is the 2021 plan-year disbursement rate, period 2021, estimate.",
    "Xlsx 2023 and speech 2023 repeat some figures (Khánh Hòa 9,8, Quảng Ngãi -1,72); each file has its own "
    "expected list, so they are listed in both.",
    "Proposal 2023: the 2021 poverty cell is '—' (old poverty standard): no observation.",
    "Speech 2023: Khánh Hòa '2024 dự kiến ... khoảng 10%' is forecast/about; Phú Yên 'đặt mục tiêu' is plan.",
    "Html 2024: dated 09/01/2025; table header 'Ước thực hiện năm 2024' = estimate; the portal is Lâm Đồng's but "
    "the article covers the whole cluster, so province: null.",
    "Html 2024: 'Khánh Hòa và Kon Tum là hai địa phương tăng trưởng trên 10%' restates table values (10,73; 10,03): "
    "not a separate observation.",
    "GiaLai 2025 (dated 15/01/2026): the six-month 2025 figures of 'Gia Lai (cũ)' and 'Bình Định (cũ)' are figures "
    "of former provinces for a period before 1 July 2025. They are NOT expected (the document speaks for the new "
    "province; attributing them to the old names would collide with the new Gia Lai). An analyst could expect "
    "Gia Lai 2025-H1 6.1 / Bình Định 2025-H1 7.9 and Bình Định 2025-H1 revenue 9120 (actual).",
    "Covenant 2026: 'năm 2024 tỉnh Bình Thuận (cũ) tăng 7,0%' is likewise not expected (could be Bình Thuận 2024 "
    "actual 7.0).",
    "Covenant 2026: the post-merger cluster membership is invented for the sample (successor provinces of the "
    "TN_DHNTB members); reference/clusters has no membership after 2024.",
    "GiaLai 2025: 'Tổng lượt khách du lịch 12,6 / 14,0 / 15,2 triệu lượt' = tourism_arrivals in persons.",
    "Gia Lai's 2026 growth target appears in two files (its own report and the 2026 covenant) with the same value.",
]


def yaml_val(v):
    return repr(v) if isinstance(v, float) else str(v)


def write_expected(docs):
    L = [f"# {NAME} – blind emulation-cluster documents corpus (SAMPLE DATA / Số liệu mẫu)",
         "# All figures, people and sentences are invented. Generated by _build/gen.py – do not edit by hand.",
         "#"]
    L += CONVENTIONS.rstrip("\n").split("\n")
    L.append("#")
    L.append("# Doubts")
    for i, dtxt in enumerate(DOUBTS, 1):
        L.append(f"#  {i}. {dtxt}")
    L.append("files:")
    for D in docs:
        L.append(f"  - file: {D.file}")
        L.append(f"    doc_year: {D.doc_year}")
        L.append(f"    vintage: \"{D.vintage}\"")
        L.append(f"    province: {D.province if D.province else 'null'}")
        L.append(f"    n_expected: {len(D.obs)}")
        L.append("    expected:")
        for e in D.obs:
            s = (f"{{province: {e['province']}, indicator: {e['indicator']}, period: '{e['period']}', "
                 f"status: {e['status']}, qualifier: {e['qualifier']}, value: {yaml_val(e['value'])}")
            if "alternatives" in e:
                s += ", alternatives: [" + ", ".join(yaml_val(a) for a in e["alternatives"]) + "]"
            L.append("      - " + s + "}")
    write_text("expected.yaml", "\n".join(L) + "\n")


def write_readme(docs):
    total = sum(len(D.obs) for D in docs)
    L = [f"# {NAME} – blind emulation-cluster documents corpus (SAMPLE DATA)", "",
         "Số liệu mẫu. The documents an emulation cluster (cụm thi đua) and its members exchange, 2019–2026: a "
         "member's self-assessment with registered targets vs results, the cluster's year-end summary, covenants "
         "listing each member's targets, scoring minutes, a proposal for the Government emulation flag, a cluster "
         "leader's speech, a portal article with an embedded table, and two 2026 documents of the post-merger "
         "cluster naming merged provinces and their former provinces. Members are the TN_DHNTB cluster of "
         "reference/clusters (2019–2024) and, for 2026, their successor provinces. The corpus was written blind "
         "(only the catalogue, admin, cluster and scoring references were read); every figure, person and "
         "sentence is invented. Expected observations follow the conventions and numbered Doubts at the top of "
         f"`expected.yaml`. {len(docs)} files, {total} expected observations.", "",
         "Regenerate (byte-deterministic) from the repository root:", "",
         f"    .venv/bin/python tests/corpus/{NAME}/_build/gen.py", "", "## Files", ""]
    for D in docs:
        L.append(f"### {D.file}")
        L.append("")
        L.append(f"- province: {D.province or 'null (cluster document)'}; document date {D.vintage}; "
                 f"{len(D.obs)} expected observations")
        L.append(f"- {D.what}")
        L.append("- traps:")
        for t in D.traps:
            L.append(f"  - {t}")
        L.append("")
    L[1:1] = ["", MEASURED]  # how the parsers read it, blind and now
    write_text("README.md", "\n".join(L))


def main():
    docs = [doc_daklak_2019(), doc_summary_2020(), doc_minutes_2021(), doc_covenant_2022(), doc_xlsx_2023(),
            doc_proposal_2023(), doc_speech_2023(), doc_html_2024(), doc_gialai_2025(), doc_covenant_2026()]
    write_expected(docs)
    write_readme(docs)
    for D in docs:
        print(f"{len(D.obs):4d}  {D.file}")
    print(f"{sum(len(D.obs) for D in docs):4d}  total")


if __name__ == "__main__":
    main()
