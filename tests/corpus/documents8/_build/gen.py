#!/usr/bin/env python3
"""Deterministic generator for tests/corpus/documents8 (SAMPLE DATA, written blind).

Writes 10 whole reports (3 .docx, 2 .html, 2 .md, 1 .pdf, 2 .txt) and expected.yaml.
Every number is invented sample data.  Run with the repo venv:

    .venv/bin/python tests/corpus/documents8/_build/gen.py

Each expected observation carries a `src` token that must occur verbatim in the
document text; the generator checks this (cheap sanity check, not written out).
"""
from __future__ import annotations

import datetime as dt
import html
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED = dt.datetime(2025, 12, 20, 8, 0, 0)
SAMPLE_VI = ("SỐ LIỆU MẪU – tài liệu kiểm thử: mọi con số trong văn bản này là số liệu mẫu "
             "được tạo ra, không phải số liệu chính thức.")


class E:
    """One expected observation."""

    def __init__(self, province, indicator, period, status, value, src, q="exact",
                 admin=None, alt=None):
        self.province, self.indicator, self.period = province, indicator, period
        self.status, self.value, self.src, self.q = status, value, src, q
        self.admin, self.alt = admin, alt


def num(v):
    if isinstance(v, float):
        v = round(v, 6)
        if v == int(v):
            return str(int(v))
        return repr(v)
    return str(v)


# --------------------------------------------------------------------------- docx helpers
def new_docx():
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "sample"
    cp.author = "sample"
    cp.revision = 1
    return d


def docx_table(d, header_rows, body, merges, texts):
    """header_rows: list of rows (lists of str); merges: [(r0,c0,r1,c1)] within the table."""
    ncol = len(header_rows[0])
    t = d.add_table(rows=len(header_rows) + len(body), cols=ncol)
    t.style = "Table Grid"
    for r, row in enumerate(header_rows + body):
        for c, val in enumerate(row):
            if val is None:
                continue
            t.cell(r, c).text = val
            texts.append(val)
    for r0, c0, r1, c1 in merges:
        a = t.cell(r0, c0)
        txt = a.text
        m = a.merge(t.cell(r1, c1))
        m.text = txt
    for r in range(len(header_rows)):
        for cell in t.rows[r].cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
    return t


class DocxWriter:
    def __init__(self):
        self.d = new_docx()
        self.texts = []

    def h(self, text, level=1):
        self.d.add_heading(text, level=level)
        self.texts.append(text)

    def p(self, text, bold=False, italic=False):
        para = self.d.add_paragraph()
        run = para.add_run(text)
        run.bold, run.italic = bold, italic
        self.texts.append(text)

    def table(self, header_rows, body, merges):
        docx_table(self.d, header_rows, body, merges, self.texts)

    def save(self, name):
        # rewrite the zip with fixed timestamps so the output is byte-for-byte reproducible
        import io
        import zipfile
        buf = io.BytesIO()
        self.d.save(buf)
        buf.seek(0)
        with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(os.path.join(OUT, name), "w",
                                                          zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 20, 8, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, zin.read(info.filename))
        return "\n".join(self.texts)


# =========================================================================== 1. Thanh Hóa docx
def doc_thanhhoa():
    name = "d1_thanhhoa_ubnd_ktxh_9thang_2025.docx"
    w = DocxWriter()
    w.p("ỦY BAN NHÂN DÂN TỈNH THANH HÓA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    w.p("Số: 312/BC-UBND                                   Độc lập - Tự do - Hạnh phúc")
    w.p("Thanh Hóa, ngày 26 tháng 9 năm 2025", italic=True)
    w.h("BÁO CÁO", 0)
    w.p("Tình hình kinh tế - xã hội 9 tháng năm 2025; nhiệm vụ, giải pháp trọng tâm "
        "3 tháng cuối năm 2025", bold=True)
    w.p(SAMPLE_VI, italic=True)
    w.h("I. TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2025", 1)
    w.h("1. Tăng trưởng kinh tế và sản xuất công nghiệp", 2)
    w.p("Tốc độ tăng trưởng kinh tế (GRDP) 9 tháng năm 2025 ước đạt 8,45% so với cùng kỳ, "
        "cao hơn mức tăng chung của cả nước (7,85%) và đứng thứ 2 vùng Bắc Trung Bộ và duyên hải "
        "miền Trung. Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,62%; khu vực công "
        "nghiệp - xây dựng tăng 11,28% (riêng công nghiệp tăng 12,10%); khu vực dịch vụ tăng "
        "7,05%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 6,4%.")
    w.p("Chỉ số sản xuất công nghiệp (IIP) 9 tháng ước tăng 12,6% so với cùng kỳ; riêng tháng 9 "
        "tăng 2,3% so với tháng 8. Các sản phẩm chủ lực như xi măng, thép, sản phẩm lọc hóa dầu "
        "tiếp tục tăng khá.")
    w.h("2. Thương mại, dịch vụ, du lịch", 2)
    w.p("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 142.680 tỷ đồng, tăng "
        "13,2% so với cùng kỳ. Kim ngạch xuất khẩu ước đạt 6.420 triệu USD, tăng 16,5%; kim ngạch "
        "nhập khẩu ước đạt 5.980 triệu USD. Tổng lượt khách du lịch ước đạt 14,6 triệu lượt, tăng "
        "9,8%, trong đó khách lưu trú 6,1 triệu lượt; doanh thu du lịch ước đạt 37.850 tỷ đồng. "
        "Riêng phường Sầm Sơn đón 7,2 triệu lượt khách.")
    w.h("3. Tài chính, đầu tư, phát triển doanh nghiệp", 2)
    w.p("Tổng thu ngân sách nhà nước trên địa bàn ước đạt 38.215 tỷ đồng, bằng 92,4% dự toán "
        "Trung ương giao, tăng 14,8% so với cùng kỳ; trong đó thu nội địa 30.140 tỷ đồng, thu từ "
        "hoạt động xuất nhập khẩu 8.075 tỷ đồng. Riêng phường Hạc Thành thu 4.120 tỷ đồng.")
    w.p("Tổng vốn đầu tư thực hiện toàn xã hội ước đạt 121.540 tỷ đồng, tăng 11,6%. Ước đến ngày "
        "30/9/2025, giải ngân vốn đầu tư công đạt 65,2% kế hoạch vốn Thủ tướng Chính phủ giao, "
        "cao hơn bình quân cả nước (52,6%). Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký đạt "
        "1.215,6 triệu USD; thành lập mới 2.315 doanh nghiệp, tăng 4,5%. Cùng kỳ, tỉnh Nghệ An "
        "lân cận thu hút 1.480 triệu USD vốn FDI.")
    w.h("4. Lao động, việc làm, an sinh xã hội", 2)
    w.p("Giải quyết việc làm cho 51.200 lao động, đạt 85,3% kế hoạch năm; trong đó đưa 9.800 "
        "người đi làm việc ở nước ngoài theo hợp đồng. Các chính sách an sinh xã hội được thực "
        "hiện đầy đủ, kịp thời.")
    w.h("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 3 THÁNG CUỐI NĂM 2025", 1)
    w.p("Tập trung chỉ đạo quyết liệt để hoàn thành mục tiêu tăng trưởng GRDP năm 2025 đạt 10,5% "
        "theo Nghị quyết của HĐND tỉnh; đẩy nhanh giải ngân vốn đầu tư công, phấn đấu thu ngân "
        "sách vượt dự toán Trung ương giao.")
    w.h("PHỤ LỤC: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 9 THÁNG NĂM 2025", 1)
    w.p("(Kèm theo Báo cáo số 312/BC-UBND ngày 26/9/2025 của UBND tỉnh – số liệu mẫu)", italic=True)
    hdr = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Ước thực hiện 9 tháng năm 2025",
            "So sánh (%)", None],
           [None, None, None, None, None, "Cùng kỳ", "Kế hoạch"]]
    body = [
        ["1", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "10,5", "8,45", "x", "x"],
        ["2", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "41.360", "38.215", "114,8", "92,4"],
        ["3", "Tổng vốn đầu tư thực hiện toàn xã hội", "tỷ đồng", "165.000", "121.540", "111,6", "73,7"],
        ["4", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", "190.000",
         "142.680", "113,2", "75,1"],
        ["5", "Kim ngạch xuất khẩu", "triệu USD", "8.500", "6.420", "116,5", "75,5"],
        ["6", "Kim ngạch nhập khẩu", "triệu USD", "-", "5.980", "109,1", "x"],
        ["7", "Vốn FDI đăng ký", "triệu USD", "1.000", "1.215,6", "84,2", "121,6"],
        ["8", "Tổng lượt khách du lịch", "nghìn lượt", "16.500", "14.600", "109,8", "88,5"],
        ["9", "Doanh thu du lịch", "tỷ đồng", "-", "37.850", "115,0", "x"],
        ["10", "Doanh nghiệp thành lập mới", "doanh nghiệp", "3.000", "2.315", "104,5", "77,2"],
        ["11", "Số lao động được giải quyết việc làm", "người", "60.000", "51.200", "x", "85,3"],
        ["12", "Tỷ lệ hộ nghèo đa chiều (cuối năm)", "%", "dưới 1,70", "-", "x", "x"],
    ]
    w.table(hdr, body, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4),
                        (0, 5, 0, 6)])
    w.p("Ghi chú: Ước thực hiện 9 tháng gồm số thực hiện 8 tháng và ước tháng 9. Số liệu mẫu.",
        italic=True)
    text = w.save(name)
    P = "Thanh Hóa"
    M, Y = "2025-9M", "2025"
    est, plan = "estimate", "plan"
    exp = [
        E(P, "grdp_growth", M, est, 8.45, "8,45"),
        E(P, "gva_agri_forestry_fishery_growth", M, est, 3.62, "3,62"),
        E(P, "gva_industry_construction_growth", M, est, 11.28, "11,28"),
        E(P, "gva_services_growth", M, est, 7.05, "7,05"),
        E(P, "iip_growth", M, est, 12.6, "12,6"),
        E(P, "retail_sales_services_revenue", M, est, 142680, "142.680"),
        E(P, "retail_sales_services_revenue_growth", M, est, 13.2, "13,2"),
        E(P, "export_value", M, est, 6420, "6.420"),
        E(P, "export_value_growth", M, est, 16.5, "16,5"),
        E(P, "import_value", M, est, 5980, "5.980"),
        E(P, "import_value_growth", M, est, 9.1, "109,1"),
        E(P, "tourism_arrivals", M, est, 14600000, "14.600"),
        E(P, "tourism_revenue", M, est, 37850, "37.850"),
        E(P, "state_budget_revenue", M, est, 38215, "38.215"),
        E(P, "state_budget_revenue_pct_of_estimate", M, est, 92.4, "92,4"),
        E(P, "state_budget_revenue_growth", M, est, 14.8, "14,8"),
        E(P, "total_social_investment", M, est, 121540, "121.540"),
        E(P, "total_social_investment_growth", M, est, 11.6, "11,6"),
        E(P, "public_investment_disbursement_rate", M, est, 65.2, "65,2"),
        E(P, "fdi_registered", M, est, 1215.6, "1.215,6"),
        E(P, "new_enterprises", M, est, 2315, "2.315"),
        E(P, "jobs_created", M, est, 51200, "51.200"),
        E(P, "grdp_growth", Y, plan, 10.5, "10,5"),
        E(P, "state_budget_revenue", Y, plan, 41360, "41.360"),
        E(P, "total_social_investment", Y, plan, 165000, "165.000"),
        E(P, "retail_sales_services_revenue", Y, plan, 190000, "190.000"),
        E(P, "export_value", Y, plan, 8500, "8.500"),
        E(P, "fdi_registered", Y, plan, 1000, "1.000"),
        E(P, "tourism_arrivals", Y, plan, 16500000, "16.500"),
        E(P, "new_enterprises", Y, plan, 3000, "3.000"),
        E(P, "jobs_created", Y, plan, 60000, "60.000"),
        E(P, "poverty_rate_multidim", Y, plan, 1.7, "dưới 1,70", q="less_than"),
    ]
    meta = dict(file=name, vintage="2025-09-26", province=P)
    return meta, exp, text


# =========================================================================== 2. Nghệ An docx
def doc_nghean():
    name = "d2_nghean_sotaichinh_ngansach_9thang_2025.docx"
    w = DocxWriter()
    w.p("UBND TỈNH NGHỆ AN", bold=True)
    w.p("SỞ TÀI CHÍNH", bold=True)
    w.p("Số: 2856/BC-STC")
    w.p("Nghệ An, ngày 10 tháng 10 năm 2025", italic=True)
    w.h("BÁO CÁO", 0)
    w.p("Tình hình thực hiện dự toán thu, chi ngân sách nhà nước 9 tháng đầu năm 2025", bold=True)
    w.p(SAMPLE_VI, italic=True)
    w.h("1. Thu ngân sách nhà nước", 1)
    w.p("Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đầu năm 2025 thực hiện 21.486.350 triệu "
        "đồng, đạt 108,7% dự toán Trung ương giao và đạt 95,3% dự toán HĐND tỉnh giao, tăng 18,2% "
        "so với cùng kỳ năm 2024. Trong đó: thu nội địa 19.802.100 triệu đồng, đạt 110,6% dự toán "
        "Trung ương giao; thu từ hoạt động xuất nhập khẩu 1.684.250 triệu đồng, đạt 90,3%.")
    w.p("Riêng tháng 9/2025, thu ngân sách trên địa bàn đạt 2.105.400 triệu đồng, giảm 3,1% so với "
        "tháng 8/2025. Quý III/2025 thu 6.870.200 triệu đồng, tăng 12,4% so với quý III/2024.")
    w.p("Một số địa phương có số thu lớn: phường Trường Vinh 1.250.000 triệu đồng; phường Vinh Hưng "
        "842.600 triệu đồng; xã Diễn Châu 215.300 triệu đồng. Cả nước, tổng thu ngân sách nhà nước "
        "9 tháng ước đạt 1.934.000 tỷ đồng, bằng 98,8% dự toán.")
    w.h("2. Chi ngân sách địa phương", 1)
    w.p("Tổng chi ngân sách địa phương 9 tháng thực hiện 27.315.780 triệu đồng, bằng 62,4% dự toán "
        "HĐND tỉnh giao, tăng 7,6% so với cùng kỳ; trong đó chi đầu tư phát triển 8.740.300 triệu "
        "đồng, chi thường xuyên 17.950.200 triệu đồng.")
    w.h("3. Dự kiến thực hiện cả năm 2025", 1)
    w.p("Ước thực hiện cả năm 2025, tổng thu ngân sách nhà nước trên địa bàn đạt 27.600.000 triệu "
        "đồng, vượt 39,6% dự toán Trung ương giao và tăng 9,5% so với thực hiện năm 2024.")
    w.h("Biểu số 01: Thực hiện thu, chi ngân sách nhà nước 9 tháng năm 2025", 2)
    w.p("Đơn vị tính: triệu đồng", italic=True)
    hdr = [["STT", "Nội dung", "Dự toán năm 2025", None, "Thực hiện 9 tháng năm 2025",
            "So sánh (%)", None, None],
           [None, None, "Trung ương giao", "HĐND tỉnh giao", None, "Dự toán TW", "Dự toán HĐND",
            "Cùng kỳ"]]
    body = [
        ["A", "TỔNG THU NSNN TRÊN ĐỊA BÀN", "19.766.000", "22.546.000", "21.486.350", "108,7",
         "95,3", "118,2"],
        ["I", "Thu nội địa", "17.900.000", "20.600.000", "19.802.100", "110,6", "96,1", "119,5"],
        ["", "Trong đó: thu tiền sử dụng đất", "5.500.000", "7.500.000", "7.912.400", "143,9",
         "105,5", "131,0"],
        ["II", "Thu từ hoạt động xuất nhập khẩu", "1.866.000", "1.946.000", "1.684.250", "90,3",
         "86,5", "103,2"],
        ["B", "TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG", "38.120.000", "43.775.000", "27.315.780", "71,7",
         "62,4", "107,6"],
        ["1", "Chi đầu tư phát triển", "9.450.000", "12.300.000", "8.740.300", "92,5", "71,1",
         "104,8"],
        ["2", "Chi thường xuyên", "26.800.000", "29.150.000", "17.950.200", "67,0", "61,6", "108,9"],
    ]
    w.table(hdr, body, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 0, 7)])
    w.p("Nguồn: Kho bạc Nhà nước khu vực; Sở Tài chính tổng hợp. Số liệu mẫu.", italic=True)
    text = w.save(name)
    P = "Nghệ An"
    M, Y = "2025-9M", "2025"
    A = "actual"
    exp = [
        E(P, "state_budget_revenue", M, A, 21486.35, "21.486.350"),
        E(P, "state_budget_revenue_pct_of_estimate", M, A, 108.7, "108,7", alt=[95.3]),
        E(P, "state_budget_revenue_growth", M, A, 18.2, "18,2"),
        E(P, "state_budget_revenue", "2025-09", A, 2105.4, "2.105.400"),
        E(P, "state_budget_revenue", "2025-Q3", A, 6870.2, "6.870.200"),
        E(P, "state_budget_revenue_growth", "2025-Q3", A, 12.4, "12,4"),
        E(P, "local_budget_expenditure", M, A, 27315.78, "27.315.780"),
        E(P, "state_budget_revenue", Y, "estimate", 27600, "27.600.000"),
        E(P, "state_budget_revenue_pct_of_estimate", Y, "estimate", 139.6, "vượt 39,6%"),
        E(P, "state_budget_revenue_growth", Y, "estimate", 9.5, "9,5"),
        E(P, "state_budget_revenue", Y, "plan", 19766, "19.766.000", alt=[22546]),
        E(P, "local_budget_expenditure", Y, "plan", 43775, "43.775.000", alt=[38120]),
    ]
    meta = dict(file=name, vintage="2025-10-10", province=P)
    return meta, exp, text


# =========================================================================== 3. Gia Lai docx
def doc_gialai():
    name = "d3_gialai_ubnd_ktxh_9thang_2025_hopnhat.docx"
    w = DocxWriter()
    w.p("ỦY BAN NHÂN DÂN TỈNH GIA LAI", bold=True)
    w.p("Số: 145/BC-UBND")
    w.p("Gia Lai, ngày 02 tháng 10 năm 2025", italic=True)
    w.h("BÁO CÁO", 0)
    w.p("Tình hình kinh tế - xã hội 9 tháng năm 2025 (số liệu tổng hợp của tỉnh Gia Lai sau hợp "
        "nhất)", bold=True)
    w.p(SAMPLE_VI, italic=True)
    w.p("Từ ngày 01/7/2025, tỉnh Gia Lai được thành lập trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh "
        "Bình Định. Số liệu trong báo cáo được tổng hợp cho toàn tỉnh Gia Lai (mới) trên cơ sở số "
        "liệu của tỉnh Gia Lai (cũ) và tỉnh Bình Định (cũ).", italic=True)
    w.h("1. Tăng trưởng kinh tế", 1)
    w.p("Tăng trưởng kinh tế (GRDP) 9 tháng năm 2025 của tỉnh ước tăng 7,92% so với cùng kỳ; trong "
        "đó khu vực Gia Lai (cũ) tăng 7,15%, khu vực Bình Định (cũ) tăng 8,61%. Quy mô GRDP theo "
        "giá hiện hành ước đạt 187.340 tỷ đồng. Cùng kỳ, GDP cả nước tăng 7,85%.")
    w.p("Chỉ số sản xuất công nghiệp khu vực Gia Lai (cũ) tăng 9,4%, khu vực Bình Định (cũ) tăng "
        "10,8%; do khác biệt về quyền số nên chưa tính chỉ số chung toàn tỉnh.")
    w.h("2. Tài chính, thương mại, du lịch", 1)
    w.p("Tổng thu ngân sách nhà nước trên địa bàn ước đạt 24.516 tỷ đồng, bằng 89,7% dự toán năm, "
        "tăng 21,3% so với cùng kỳ; trong đó thu tiền sử dụng đất 6.830 tỷ đồng.")
    w.p("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 121.905 tỷ đồng, tăng "
        "12,4%. Kim ngạch xuất khẩu ước đạt 2.864,5 triệu USD, tăng 18,6%. Toàn tỉnh đón khoảng "
        "9,85 triệu lượt khách du lịch; riêng phường Quy Nhơn đón 3,1 triệu lượt. Khu kinh tế "
        "Nhơn Hội thu hút 12 dự án với tổng vốn đăng ký 1.250 tỷ đồng.")
    w.h("3. Doanh nghiệp", 1)
    w.p("Toàn tỉnh có 1.926 doanh nghiệp thành lập mới, tăng 3,8% so với cùng kỳ.")
    w.h("Biểu 01. Một số chỉ tiêu chủ yếu 9 tháng năm 2025 theo khu vực", 2)
    hdr = [["Chỉ tiêu", "ĐVT", "Ước thực hiện 9 tháng năm 2025", None, None,
            "So với cùng kỳ năm 2024 (%)", None, None],
           [None, None, "Tổng số", "Gia Lai (cũ)", "Bình Định (cũ)", "Tổng số", "Gia Lai (cũ)",
            "Bình Định (cũ)"]]
    body = [
        ["1. Tốc độ tăng GRDP", "%", "7,92", "7,15", "8,61", "x", "x", "x"],
        ["2. Chỉ số sản xuất công nghiệp (tăng so cùng kỳ)", "%", "-", "9,4", "10,8", "x", "x", "x"],
        ["3. Tổng thu NSNN trên địa bàn", "tỷ đồng", "24.516", "9.842", "14.674", "121,3", "115,6",
         "125,4"],
        ["4. Tổng vốn đầu tư thực hiện toàn xã hội", "tỷ đồng", "98.760", "41.230", "57.530",
         "109,8", "107,2", "111,7"],
        ["5. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", "121.905",
         "52.380", "69.525", "112,4", "110,9", "113,5"],
        ["6. Kim ngạch xuất khẩu", "triệu USD", "2.864,5", "1.012,3", "1.852,2", "118,6", "124,1",
         "115,8"],
        ["7. Khách du lịch", "nghìn lượt", "9.845", "2.315", "7.530", "114,2", "109,6", "115,7"],
        ["8. Doanh nghiệp thành lập mới", "doanh nghiệp", "1.926", "712", "1.214", "103,8", "98,2",
         "107,3"],
    ]
    w.table(hdr, body, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 7)])
    w.p("Ghi chú: \"-\": không tính; \"x\": không có số so sánh. Số liệu mẫu.", italic=True)
    text = w.save(name)
    N, G, B = "Gia Lai", "Gia Lai", "Bình Định"
    M, e = "2025-9M", "estimate"
    post, pre = "post2025", "pre2025"

    def trio(ind, vals, srcs):
        out = []
        for prov, adm, v, s in zip((N, G, B), (post, pre, None), vals, srcs):
            out.append(E(prov, ind, M, e, v, s, admin=adm))
        return out

    exp = []
    exp += trio("grdp_growth", (7.92, 7.15, 8.61), ("7,92", "7,15", "8,61"))
    exp += [E(G, "iip_growth", M, e, 9.4, "9,4", admin=pre),
            E(B, "iip_growth", M, e, 10.8, "10,8")]
    exp += trio("state_budget_revenue", (24516, 9842, 14674), ("24.516", "9.842", "14.674"))
    exp += trio("state_budget_revenue_growth", (21.3, 15.6, 25.4), ("121,3", "115,6", "125,4"))
    exp += trio("total_social_investment", (98760, 41230, 57530), ("98.760", "41.230", "57.530"))
    exp += trio("total_social_investment_growth", (9.8, 7.2, 11.7), ("109,8", "107,2", "111,7"))
    exp += trio("retail_sales_services_revenue", (121905, 52380, 69525),
                ("121.905", "52.380", "69.525"))
    exp += trio("retail_sales_services_revenue_growth", (12.4, 10.9, 13.5),
                ("112,4", "110,9", "113,5"))
    exp += trio("export_value", (2864.5, 1012.3, 1852.2), ("2.864,5", "1.012,3", "1.852,2"))
    exp += trio("export_value_growth", (18.6, 24.1, 15.8), ("118,6", "124,1", "115,8"))
    exp += trio("tourism_arrivals", (9845000, 2315000, 7530000), ("9.845", "2.315", "7.530"))
    exp[-3].alt = [9850000]
    exp += trio("new_enterprises", (1926, 712, 1214), ("1.926", "712", "1.214"))
    exp += [E(N, "grdp_value_current", M, e, 187340, "187.340", admin=post),
            E(N, "state_budget_revenue_pct_of_estimate", M, e, 89.7, "89,7", admin=post)]
    meta = dict(file=name, vintage="2025-10-02", province="Gia Lai")
    return meta, exp, text


# =========================================================================== 4. Hải Phòng html
def doc_haiphong():
    name = "h1_haiphong_thongke_thang10_2025.html"
    t = []
    t.append("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tình hình kinh tế - xã hội tháng Mười và 10 tháng năm 2025 - Thống kê thành phố Hải Phòng (trang mẫu)</title>
<link rel="stylesheet" href="/static/css/portal.css">
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-000000-1']);</script>
</head>
<body>
<header class="top">
  <div class="logo"><img src="/static/img/logo.png" alt="Thống kê thành phố Hải Phòng"> THỐNG KÊ THÀNH PHỐ HẢI PHÒNG</div>
  <div class="hotline">Đường dây nóng: 0225.3842.000 | Email: thongke@example.vn</div>
  <nav class="menu">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/gioi-thieu">Giới thiệu</a></li>
      <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
      <li><a href="/so-lieu">Số liệu thống kê</a>
        <ul><li><a href="/so-lieu/thang">Số liệu tháng</a></li><li><a href="/so-lieu/quy">Số liệu quý</a></li><li><a href="/so-lieu/nam">Niên giám 2024</a></li></ul></li>
      <li><a href="/van-ban">Văn bản</a></li>
      <li><a href="/lien-he">Liên hệ</a></li>
    </ul>
  </nav>
  <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/so-lieu/thang">Số liệu tháng</a></div>
</header>
<div class="container">
<aside class="sidebar">
  <h3>Tin mới</h3>
  <ul>
    <li><a href="#">Quảng Ninh: 10 tháng đón 17,5 triệu lượt khách du lịch</a></li>
    <li><a href="#">Hưng Yên: thu ngân sách 10 tháng đạt 38.200 tỷ đồng</a></li>
    <li><a href="#">Tập huấn nghiệp vụ Tổng điều tra kinh tế năm 2026</a></li>
  </ul>
  <h3>Lượt truy cập</h3><p>Đang online: 125 &middot; Tổng: 8.456.210</p>
</aside>
<main>
<article class="post">
<h1>Tình hình kinh tế - xã hội tháng Mười và 10 tháng năm 2025</h1>
<p class="meta">Ngày đăng: 06/11/2025 | Lượt xem: 1.284</p>
""")
    paras = [
        "<strong>SỐ LIỆU MẪU</strong> – trang thử nghiệm; mọi con số dưới đây là số liệu mẫu, "
        "không phải số liệu chính thức của thành phố Hải Phòng.",
        "<strong>1. Sản xuất công nghiệp.</strong> Chỉ số sản xuất toàn ngành công nghiệp (IIP) "
        "tháng 10/2025 ước tính tăng 3,4% so với tháng trước và tăng 17,9% so với cùng kỳ năm "
        "trước. Tính chung 10 tháng năm 2025, IIP ước tăng 15,2% so với cùng kỳ; riêng khu vực "
        "Hải Dương (cũ) tăng 11,4%. Khu kinh tế Đình Vũ - Cát Hải có chỉ số sản xuất tăng 24,8%.",
        "<strong>2. Thu ngân sách.</strong> Thu ngân sách nhà nước trên địa bàn 10 tháng năm 2025 "
        "đạt 118.452 tỷ đồng, bằng 96,1% dự toán năm, tăng 12,7% so với cùng kỳ; trong đó thu nội "
        "địa 62.310 tỷ đồng, thu từ hoạt động xuất nhập khẩu 56.142 tỷ đồng.",
        "<strong>3. Đầu tư và doanh nghiệp.</strong> Tính đến ngày 31/10/2025, thành phố thu hút "
        "3.415,8 triệu USD vốn đầu tư trực tiếp nước ngoài đăng ký (bao gồm cấp mới và điều "
        "chỉnh). Có 4.862 doanh nghiệp thành lập mới với tổng vốn đăng ký 58.630 tỷ đồng.",
        "<strong>4. Thương mại.</strong> Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng "
        "tháng 10 ước đạt 21.864 tỷ đồng, tăng 1,8% so với tháng trước và tăng 14,2% so với cùng "
        "kỳ; tính chung 10 tháng ước đạt 205.317 tỷ đồng, tăng 13,6%.",
        "<strong>5. Chỉ số giá.</strong> Chỉ số giá tiêu dùng (CPI) tháng 10/2025 tăng 0,21% so "
        "với tháng trước, tăng 2,48% so với tháng 12/2024 và tăng 3,05% so với cùng kỳ năm trước. "
        "Bình quân 10 tháng năm 2025, CPI tăng 3,12% so với cùng kỳ năm 2024 (cả nước tăng "
        "3,27%); lạm phát cơ bản tăng 2,90%.",
        "<strong>6. Xuất, nhập khẩu.</strong> Trị giá xuất khẩu hàng hóa tháng 10 ước đạt 3,68 tỷ "
        "USD, tăng 18,3% so với cùng kỳ; tính chung 10 tháng ước đạt 34,87 tỷ USD, tăng 16,4%. "
        "Trị giá nhập khẩu 10 tháng ước đạt 28,75 tỷ USD, tăng 10,8%. Chi tiết tại bảng sau:",
    ]
    for p in paras:
        t.append("<p>" + p + "</p>\n")
    t.append("""<table class="data" border="1">
<caption>Trị giá xuất, nhập khẩu hàng hóa trên địa bàn (Đơn vị tính: Nghìn USD)</caption>
<thead>
<tr><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Thực hiện tháng 9/2025</th><th rowspan="2">Ước tính tháng 10/2025</th><th rowspan="2">Ước tính 10 tháng năm 2025</th><th colspan="2">Tháng 10/2025 so với (%)</th><th rowspan="2">10 tháng 2025 so với cùng kỳ (%)</th></tr>
<tr><th>Tháng 9/2025</th><th>Tháng 10/2024</th></tr>
</thead>
<tbody>
<tr><td>Trị giá xuất khẩu</td><td>3.512.480</td><td>3.684.920</td><td>34.870.650</td><td>104,9</td><td>118,3</td><td>116,4</td></tr>
<tr><td>&nbsp;&nbsp;Trong đó: Khu vực có vốn đầu tư nước ngoài</td><td>3.120.300</td><td>3.281.500</td><td>31.004.200</td><td>105,2</td><td>119,0</td><td>117,1</td></tr>
<tr><td>Trị giá nhập khẩu</td><td>2.906.110</td><td>3.021.440</td><td>28.745.300</td><td>104,0</td><td>112,6</td><td>110,8</td></tr>
<tr><td>&nbsp;&nbsp;Trong đó: Khu vực có vốn đầu tư nước ngoài</td><td>2.480.900</td><td>2.590.100</td><td>24.612.800</td><td>104,4</td><td>113,5</td><td>111,9</td></tr>
</tbody>
</table>
<p class="source"><em>Nguồn: Thống kê thành phố Hải Phòng (số liệu mẫu).</em></p>
</article>
<div class="share">Chia sẻ: <a href="#">Facebook</a> | <a href="#">Zalo</a> | <a href="#">In trang</a></div>
<section class="related"><h3>Tin liên quan</h3><ul>
<li><a href="#">Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025</a></li>
<li><a href="#">Cả nước: CPI bình quân 10 tháng tăng 3,27%</a></li>
</ul></section>
</main>
</div>
<footer>
<p>Bản quyền &copy; 2025 Thống kê thành phố Hải Phòng (trang mẫu). Địa chỉ: số 1 đường Mẫu, Hải Phòng. ĐT: 0225.3842.000</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
</body>
</html>
""")
    text = "".join(t)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    P, post = "Hải Phòng", "post2025"
    e, A = "estimate", "actual"
    exp = [
        E(P, "iip_growth", "2025-10", e, 17.9, "17,9", admin=post),
        E(P, "iip_growth", "2025-10M", e, 15.2, "15,2", admin=post),
        E("Hải Dương", "iip_growth", "2025-10M", e, 11.4, "11,4"),
        E(P, "state_budget_revenue", "2025-10M", A, 118452, "118.452", admin=post),
        E(P, "state_budget_revenue_pct_of_estimate", "2025-10M", A, 96.1, "96,1", admin=post),
        E(P, "state_budget_revenue_growth", "2025-10M", A, 12.7, "12,7", admin=post),
        E(P, "fdi_registered", "2025-10M", A, 3415.8, "3.415,8", admin=post),
        E(P, "new_enterprises", "2025-10M", A, 4862, "4.862", admin=post),
        E(P, "retail_sales_services_revenue", "2025-10", e, 21864, "21.864", admin=post),
        E(P, "retail_sales_services_revenue_growth", "2025-10", e, 14.2, "14,2", admin=post),
        E(P, "retail_sales_services_revenue", "2025-10M", e, 205317, "205.317", admin=post),
        E(P, "retail_sales_services_revenue_growth", "2025-10M", e, 13.6, "13,6", admin=post),
        E(P, "cpi_avg_growth", "2025-10M", A, 3.12, "3,12", admin=post),
        E(P, "export_value", "2025-09", A, 3512.48, "3.512.480", admin=post),
        E(P, "export_value", "2025-10", e, 3684.92, "3.684.920", admin=post, alt=[3680]),
        E(P, "export_value", "2025-10M", e, 34870.65, "34.870.650", admin=post, alt=[34870]),
        E(P, "export_value_growth", "2025-10", e, 18.3, "118,3", admin=post),
        E(P, "export_value_growth", "2025-10M", e, 16.4, "116,4", admin=post),
        E(P, "import_value", "2025-09", A, 2906.11, "2.906.110", admin=post),
        E(P, "import_value", "2025-10", e, 3021.44, "3.021.440", admin=post),
        E(P, "import_value", "2025-10M", e, 28745.3, "28.745.300", admin=post, alt=[28750]),
        E(P, "import_value_growth", "2025-10", e, 12.6, "112,6", admin=post),
        E(P, "import_value_growth", "2025-10M", e, 10.8, "110,8", admin=post),
    ]
    meta = dict(file=name, vintage="2025-11-06", province=P)
    return meta, exp, text


# =========================================================================== 5. Đà Nẵng html
def doc_danang():
    name = "h2_danang_tintuc_chutich_9thang_2025.html"
    text = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chủ tịch UBND TP Đà Nẵng: Quyết tâm tăng trưởng trên 10% trong năm 2025 | Tin Miền Trung 24h (trang mẫu)</title>
<meta name="description" content="9 tháng, GRDP Đà Nẵng ước tăng khoảng 8,7% (số liệu mẫu)">
<script src="/js/ads.js"></script>
</head>
<body>
<div id="topbar">Thứ Bảy, 04/10/2025 | <a href="/login">Đăng nhập</a> | <a href="/rss">RSS</a> | Hotline quảng cáo: 0905 000 000</div>
<nav id="mainmenu">
 <a href="/">Trang chủ</a> · <a href="/thoi-su">Thời sự</a> · <a href="/kinh-te">Kinh tế</a> · <a href="/du-lich">Du lịch</a> · <a href="/the-thao">Thể thao</a> · <a href="/giai-tri">Giải trí</a> · <a href="/video">Video</a>
</nav>
<div id="ticker">Tin nhanh: Huế đón 3,4 triệu lượt khách quốc tế trong 9 tháng &bull; Khánh Hòa: xuất khẩu 9 tháng đạt 2,1 tỷ USD &bull; Quảng Ngãi thu ngân sách 9 tháng 28.400 tỷ đồng</div>
<div class="ad-banner"><img src="/ads/banner-728x90.jpg" alt="Quảng cáo"></div>
<div id="content">
<article>
<div class="cat"><a href="/kinh-te">Kinh tế</a></div>
<h1>Chủ tịch UBND TP Đà Nẵng: Quyết tâm tăng trưởng trên 10% trong năm 2025</h1>
<div class="byline">Minh Anh (bài mẫu) &middot; 04/10/2025 09:15 GMT+7</div>
<p class="sapo"><strong>(Số liệu mẫu) Kinh tế Đà Nẵng sau hợp nhất với Quảng Nam tăng trưởng khá trong 9 tháng, song lãnh đạo thành phố cho rằng cần bứt phá mạnh trong quý IV.</strong></p>
<p>SỐ LIỆU MẪU: bài viết thử nghiệm, mọi con số là số liệu mẫu.</p>
<p>Chiều 3/10, tại phiên họp thường kỳ tháng 9 của UBND thành phố Đà Nẵng, Chủ tịch UBND thành phố cho biết kinh tế thành phố tiếp tục phục hồi sau khi hợp nhất với tỉnh Quảng Nam từ ngày 1/7.</p>
<p>“9 tháng, GRDP của thành phố ước tăng khoảng 8,7%, riêng quý III tăng 9,4%, cao nhất từ đầu năm. Quy mô kinh tế theo giá hiện hành ước đạt 212.500 tỷ đồng”, Chủ tịch UBND thành phố nói. Theo ông, mức tăng này cao hơn bình quân cả nước (7,85%) nhưng vẫn thấp hơn kịch bản tăng trưởng thành phố đã đề ra.</p>
<div class="ad-inline">Quảng cáo: Căn hộ ven biển chỉ từ 2,5 tỷ đồng – gọi ngay 0905 111 222</div>
<p>Du lịch tiếp tục là điểm sáng với khoảng 13,2 triệu lượt khách, trong đó khách quốc tế 4,6 triệu lượt; riêng khu vực Quảng Nam (cũ) đón 5,1 triệu lượt, phần lớn tại phường Hội An.</p>
<p>Ông cũng thừa nhận giải ngân vốn đầu tư công còn chậm: đến hết ngày 30/9 mới đạt 48,5% kế hoạch vốn, trong khi nhiều xã, phường chưa giải ngân được 30%.</p>
<p>“Thành phố phải phấn đấu cả năm tăng trưởng trên 10%, thu ngân sách vượt dự toán”, ông nhấn mạnh.</p>
<table border="1" class="tbl">
<caption>Một số chỉ tiêu 9 tháng năm 2025 của TP Đà Nẵng (Nguồn: Thống kê TP Đà Nẵng – số liệu mẫu)</caption>
<tr><th rowspan="2">Lĩnh vực</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị</th><th colspan="2">9 tháng năm 2025</th></tr>
<tr><th>Ước thực hiện</th><th>So cùng kỳ (%)</th></tr>
<tr><td rowspan="2">Du lịch</td><td>Lượt khách</td><td>nghìn lượt</td><td>13.215</td><td>118,4</td></tr>
<tr><td>Doanh thu du lịch</td><td>tỷ đồng</td><td>41.300</td><td>121,7</td></tr>
<tr><td rowspan="2">Thương mại</td><td>Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng</td><td>tỷ đồng</td><td>138.640</td><td>115,9</td></tr>
<tr><td>Kim ngạch xuất khẩu</td><td>triệu USD</td><td>2.975,4</td><td>112,3</td></tr>
<tr><td>Ngân sách</td><td>Thu ngân sách nhà nước trên địa bàn</td><td>tỷ đồng</td><td>30.880</td><td>108,5</td></tr>
<tr><td>Đầu tư</td><td>Vốn FDI đăng ký</td><td>triệu USD</td><td>815,0</td><td>64,2</td></tr>
</table>
<p class="tags">Từ khóa: <a href="#">Đà Nẵng</a>, <a href="#">tăng trưởng</a>, <a href="#">GRDP</a></p>
</article>
<aside id="most-read"><h3>Đọc nhiều</h3><ol>
<li><a href="#">Giá vàng hôm nay tăng 1,2 triệu đồng/lượng</a></li>
<li><a href="#">Hà Nội: 9 tháng thu ngân sách vượt 500.000 tỷ đồng</a></li>
<li><a href="#">Lịch cắt điện tuần tới tại 12 phường</a></li>
</ol></aside>
</div>
<footer id="footer">
<p>Tin Miền Trung 24h – trang tin mẫu phục vụ kiểm thử. Giấy phép số 000/GP-MẪU. &copy; 2025. Không sao chép khi chưa được phép.</p>
<p><a href="/gioi-thieu">Giới thiệu</a> | <a href="/quang-cao">Liên hệ quảng cáo</a> | <a href="/dieu-khoan">Điều khoản</a></p>
</footer>
</body>
</html>
"""
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    P, post = "Đà Nẵng", "post2025"
    M, e = "2025-9M", "estimate"
    exp = [
        E(P, "grdp_growth", M, e, 8.7, "khoảng 8,7%", q="about", admin=post),
        E(P, "grdp_growth", "2025-Q3", e, 9.4, "9,4", admin=post),
        E(P, "grdp_value_current", M, e, 212500, "212.500", admin=post),
        E(P, "grdp_growth", "2025", "plan", 10, "trên 10%", q="more_than", admin=post),
        E(P, "tourism_arrivals", M, e, 13215000, "13.215", admin=post, alt=[13200000]),
        E("Quảng Nam", "tourism_arrivals", M, e, 5100000, "5,1 triệu"),
        E(P, "tourism_revenue", M, e, 41300, "41.300", admin=post),
        E(P, "retail_sales_services_revenue", M, e, 138640, "138.640", admin=post),
        E(P, "retail_sales_services_revenue_growth", M, e, 15.9, "115,9", admin=post),
        E(P, "export_value", M, e, 2975.4, "2.975,4", admin=post),
        E(P, "export_value_growth", M, e, 12.3, "112,3", admin=post),
        E(P, "state_budget_revenue", M, e, 30880, "30.880", admin=post),
        E(P, "state_budget_revenue_growth", M, e, 8.5, "108,5", admin=post),
        E(P, "fdi_registered", M, e, 815.0, "815,0", admin=post),
        E(P, "public_investment_disbursement_rate", M, "actual", 48.5, "48,5", admin=post),
    ]
    meta = dict(file=name, vintage="2025-10-04", province=P)
    return meta, exp, text


# =========================================================================== 6. Cụm thi đua md
def doc_cum():
    name = "m1_cumthidua_bactrungbo_tongket_2025.md"
    text = """# CỤM THI ĐUA CÁC TỈNH, THÀNH PHỐ BẮC TRUNG BỘ

**BÁO CÁO tổng kết công tác thi đua, khen thưởng năm 2025 và phương hướng, nhiệm vụ năm 2026**

*Huế, ngày 18 tháng 12 năm 2025* — Số: 09/BC-CTĐ (Trưởng Cụm năm 2025: UBND thành phố Huế)

> **SỐ LIỆU MẪU** – tài liệu kiểm thử; mọi con số là số liệu mẫu được tạo ra, không phải số liệu chính thức.

## I. Kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2025

Năm 2025, năm địa phương trong Cụm (Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị và thành phố Huế) đã nỗ lực vượt qua khó khăn, vừa sắp xếp bộ máy, tổ chức chính quyền địa phương hai cấp, vừa duy trì đà tăng trưởng. Tốc độ tăng trưởng GRDP bình quân toàn Cụm ước đạt 8,21%, cao hơn mức tăng của cả nước (8,0%).

Thanh Hóa dẫn đầu Cụm với mức tăng trưởng 8,90%, tiếp đến là thành phố Huế (8,40%); Quảng Trị tăng thấp nhất Cụm (7,10%) do ảnh hưởng của bão lũ và quá trình hợp nhất với tỉnh Quảng Bình. Tổng thu ngân sách nhà nước toàn Cụm ước đạt 131.350 tỷ đồng, trong đó Thanh Hóa chiếm gần 40%.

Công tác giảm nghèo đạt kết quả tích cực: tỷ lệ hộ nghèo đa chiều bình quân Cụm giảm 0,82 điểm phần trăm; Huế có tỷ lệ thấp nhất (0,72%). Thành phố Huế duy trì tỷ lệ che phủ rừng 57,4%; Nghệ An có thêm 5 xã được công nhận đạt chuẩn nông thôn mới trong năm.

Về môi trường kinh doanh, theo kết quả PCI 2024 (xếp hạng trên 63 tỉnh, thành phố theo địa giới cũ), Huế xếp thứ 9/63, cao nhất Cụm; Hà Tĩnh xếp thứ 27/63.

**Bảng 1. Một số chỉ tiêu chủ yếu của các địa phương trong Cụm, năm 2025 (số ước tính)**

| TT | Địa phương | Tăng trưởng GRDP (%) | GRDP bình quân đầu người (triệu đồng) | Thu NSNN trên địa bàn (tỷ đồng) | Kim ngạch xuất khẩu (triệu USD) | Tỷ lệ hộ nghèo đa chiều (%) | Xếp hạng PCI 2024 |
|---:|---|---:|---:|---:|---:|---:|---:|
| 1 | Thanh Hóa | 8,90 | 96,4 | 52.310 | 8.850 | 1,42 | 12 |
| 2 | Nghệ An | 8,15 | 68,7 | 27.950 | 4.120 | 2,05 | 21 |
| 3 | Hà Tĩnh | 7,60 | 82,1 | 21.480 | 1.950 | 1,88 | 27 |
| 4 | Quảng Trị | 7,10 | 74,3 | 12.860 | 980 | 3,12 | x |
| 5 | TP Huế | 8,40 | 88,5 | 16.750 | 1.640 | 0,72 | 9 |
|  | **Toàn Cụm** | 8,21 | 84,6 | 131.350 | 17.540 | 1,84 | - |
|  | *Cả nước* | 8,0 | 150,2 | x | x | x | x |

*Ghi chú:* Số liệu năm 2025 là số ước tính của các địa phương tại thời điểm báo cáo. Quảng Trị là số liệu của tỉnh Quảng Trị sau hợp nhất (gồm Quảng Bình cũ và Quảng Trị cũ), không so sánh được với xếp hạng PCI 2024 nên ghi "x". "-": không tính.

## II. Phong trào thi đua và đề nghị khen thưởng

Các địa phương trong Cụm đã tổ chức 46 phong trào thi đua chuyên đề; Cụm thống nhất suy tôn thành phố Huế và tỉnh Thanh Hóa dẫn đầu phong trào thi đua năm 2025, đề nghị Chính phủ tặng Cờ thi đua.

## III. Phương hướng năm 2026

Luân phiên Trưởng Cụm năm 2026: UBND tỉnh Hà Tĩnh; Phó Trưởng Cụm: UBND tỉnh Nghệ An.
"""
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    Y, e = "2025", "estimate"
    rows = [("Thanh Hóa", None, ("8,90", "96,4", "52.310", "8.850", "1,42"), "12"),
            ("Nghệ An", None, ("8,15", "68,7", "27.950", "4.120", "2,05"), "21"),
            ("Hà Tĩnh", None, ("7,60", "82,1", "21.480", "1.950", "1,88"), "27"),
            ("Quảng Trị", "post2025", ("7,10", "74,3", "12.860", "980", "3,12"), None),
            ("Huế", None, ("8,40", "88,5", "16.750", "1.640", "0,72"), "9")]
    inds = ("grdp_growth", "grdp_per_capita", "state_budget_revenue", "export_value",
            "poverty_rate_multidim")
    exp = []
    for prov, adm, vals, rank in rows:
        for ind, s in zip(inds, vals):
            v = float(s.replace(".", "").replace(",", "."))
            exp.append(E(prov, ind, Y, e, v, s, admin=adm))
        if rank:
            exp.append(E(prov, "pci_rank", "2024", "actual", int(rank), "| " + rank + " |"))
    exp.append(E("Huế", "forest_cover", Y, e, 57.4, "57,4"))
    meta = dict(file=name, vintage="2025-12-18", province=None)
    return meta, exp, text


# =========================================================================== 7. Bắc Ninh English md
def doc_bacninh():
    name = "m2_bacninh_investment_promotion_10m_2025_en.md"
    text = """# Bac Ninh Province — Investment Promotion Report, January–October 2025

*Bac Ninh Investment & Trade Promotion Centre (sample publisher) · Published 14 November 2025*

> **SAMPLE DATA** — this report is a test document; every figure in it is invented sample data, not official statistics.

## 1. Overview

Following the merger of the former Bac Ninh and Bac Giang provinces on 1 July 2025, the new Bac Ninh Province has become one of Vietnam's largest manufacturing hubs. Unless stated otherwise, figures below cover the merged province, including both former provinces for the whole period.

Economic growth remains strong: GRDP grew by an estimated 11.2% in the first nine months of 2025, well above the national rate of 7.85%.

## 2. Foreign direct investment

Preliminary figures show that in the first ten months of 2025 the province attracted USD 4,215.6 million of registered FDI (new projects plus capital adjustments). Que Vo II Industrial Park alone accounted for USD 640 million. Nationwide, registered FDI reached USD 31.5 billion over the same period.

## 3. Trade

Merchandise exports are estimated at USD 52.4 billion, up 18.5% year on year, while imports reached USD 44.9 billion (+15.2%). Electronics and components account for roughly four-fifths of export value; one anchor investor reported exports of USD 21 billion.

## 4. Competitiveness

In the 2024 Provincial Competitiveness Index (PCI), published before the merger, the former Bac Giang province scored 70.12 points and ranked 5th nationally, while the former Bac Ninh province scored 69.35 points and ranked 10th. GRDP per capita of the former Bac Ninh province in 2024 was about USD 8,900.

**Table 1. Key indicators, January–October 2025 (preliminary)**

| Indicator | Unit | Bac Ninh (merged) | of which: former Bac Ninh | former Bac Giang | YoY change, merged (%) |
|---|---|---:|---:|---:|---:|
| Registered FDI (new + adjusted) | USD million | 4,215.6 | 2,870.4 | 1,345.2 | – |
| Merchandise exports | USD million | 52,400.0 | 38,150.0 | 14,250.0 | +18.5 |
| Merchandise imports | USD million | 44,900.0 | 33,600.0 | 11,300.0 | +15.2 |
| Industrial production index growth | % yoy | 21.8 | 19.4 | 28.3 | n/a |
| Total social investment | VND billion | 148,320 | 92,870 | 55,450 | +12.1 |

*Notes: "–" not available; "n/a" not applicable. Sample data.*

## 5. Contact

Investor support desk: invest@example.vn · +84 222 000 0000 (sample).
"""
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    N, post, pre = "Bắc Ninh", "post2025", "pre2025"
    BG = "Bắc Giang"
    T, e = "2025-10M", "estimate"
    exp = [E(N, "grdp_growth", "2025-9M", e, 11.2, "11.2%", admin=post)]
    rows = [("fdi_registered", (4215.6, 2870.4, 1345.2), ("4,215.6", "2,870.4", "1,345.2")),
            ("export_value", (52400, 38150, 14250), ("52,400.0", "38,150.0", "14,250.0")),
            ("import_value", (44900, 33600, 11300), ("44,900.0", "33,600.0", "11,300.0")),
            ("iip_growth", (21.8, 19.4, 28.3), ("21.8", "19.4", "28.3")),
            ("total_social_investment", (148320, 92870, 55450), ("148,320", "92,870", "55,450"))]
    for ind, vals, srcs in rows:
        for prov, adm, v, s in zip((N, N, BG), (post, pre, None), vals, srcs):
            exp.append(E(prov, ind, T, e, v, s, admin=adm))
    exp += [E(N, "export_value_growth", T, e, 18.5, "+18.5", admin=post),
            E(N, "import_value_growth", T, e, 15.2, "+15.2", admin=post),
            E(N, "total_social_investment_growth", T, e, 12.1, "+12.1", admin=post),
            E(BG, "pci_score", "2024", "actual", 70.12, "70.12"),
            E(BG, "pci_rank", "2024", "actual", 5, "ranked 5th"),
            E(N, "pci_score", "2024", "actual", 69.35, "69.35", admin=pre),
            E(N, "pci_rank", "2024", "actual", 10, "ranked 10th", admin=pre),
            E(N, "grdp_per_capita_usd", "2024", "actual", 8900, "USD 8,900", q="about", admin=pre)]
    meta = dict(file=name, vintage="2025-11-14", province=N)
    return meta, exp, text


# =========================================================================== 8. Quảng Ninh pdf
def doc_quangninh():
    from fpdf import FPDF
    name = "p1_quangninh_hdnd_nghiquyet_khktxh_2026.pdf"
    fontdir = "/usr/share/fonts/truetype/dejavu"
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Nghị quyết HĐND tỉnh Quảng Ninh về kế hoạch phát triển KT-XH năm 2026 (mẫu)")
    pdf.set_author("sample")
    pdf.add_font("DejaVu", "", os.path.join(fontdir, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(fontdir, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    texts = []

    def line(s, style="", size=10, align="L", h=5.5):
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(0, h, s, align=align, new_x="LMARGIN", new_y="NEXT")
        texts.append(s)

    line("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", 9)
    line("Số: 58/NQ-HĐND                                                  Độc lập - Tự do - Hạnh phúc", "", 9)
    line("Quảng Ninh, ngày 09 tháng 12 năm 2025", "", 9, "R")
    pdf.ln(3)
    line("NGHỊ QUYẾT", "B", 13, "C")
    line("Về kế hoạch phát triển kinh tế - xã hội năm 2026", "B", 11, "C")
    line("(SỐ LIỆU MẪU – văn bản kiểm thử, mọi con số là số liệu mẫu, không phải số liệu chính thức)",
         "", 8, "C")
    pdf.ln(2)
    line("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH KHÓA XIV, KỲ HỌP THỨ 31", "B", 10, "C")
    line("Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của các Ban HĐND tỉnh và ý kiến "
         "thảo luận của đại biểu HĐND tỉnh tại kỳ họp,")
    line("QUYẾT NGHỊ:", "B", 10, "C")
    line("Điều 1. Đánh giá tình hình thực hiện năm 2025", "B")
    line("Năm 2025, tốc độ tăng trưởng GRDP của tỉnh ước đạt 11,05%, chưa đạt mục tiêu 12% đề ra "
         "nhưng cao hơn mức bình quân cả nước (8,0%). Thu ngân sách nhà nước trên địa bàn ước đạt "
         "58.420 tỷ đồng, trong đó thu nội địa 43.900 tỷ đồng. GRDP bình quân đầu người ước đạt "
         "11.850 USD. Đặc khu Vân Đồn đón 2,3 triệu lượt khách; thành phố Hạ Long cũ nay là các "
         "phường Hạ Long, Bãi Cháy, Hồng Gai... tiếp tục là trung tâm du lịch của tỉnh.")
    line("Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2026", "B")
    line("Phấn đấu tốc độ tăng trưởng GRDP năm 2026 từ 12-12,5% (cả nước phấn đấu tăng trưởng từ 10% "
         "trở lên); GRDP bình quân đầu người trên 13.000 USD. Các chỉ tiêu cụ thể như sau:")
    pdf.ln(2)
    cols = [12, 86, 24, 30, 34]
    hdr = ["STT", "Chỉ tiêu", "ĐVT", "Ước TH 2025", "Kế hoạch 2026"]
    rows = [
        ["1", "Tốc độ tăng trưởng GRDP", "%", "11,05", "12-12,5"],
        ["2", "GRDP bình quân đầu người", "USD", "11.850", "trên 13.000"],
        ["3", "Tỷ trọng khu vực dịch vụ trong GRDP", "%", "38,4", "khoảng 39"],
        ["4", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "58.420", "60.500"],
        ["5", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "128.600", "140.000"],
        ["6", "Tổng mức bán lẻ hàng hóa và DTDV tiêu dùng", "tỷ đồng", "96.300", "tăng 12-13%"],
        ["7", "Tổng lượt khách du lịch", "nghìn lượt", "19.200", "21.000"],
        ["8", "Tỷ lệ hộ nghèo đa chiều", "%", "0,35", "dưới 0,3"],
        ["9", "Tỷ lệ che phủ rừng", "%", "55,2", "55,5"],
        ["10", "Tỷ lệ lao động qua đào tạo", "%", "82,0", "83,5"],
        ["11", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95,6", "trên 96"],
    ]
    pdf.set_font("DejaVu", "B", 9)
    for wdt, s in zip(cols, hdr):
        pdf.cell(wdt, 8, s, border=1, align="C")
        texts.append(s)
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 9)
    for r in rows:
        for i, (wdt, s) in enumerate(zip(cols, r)):
            pdf.cell(wdt, 7, s, border=1, align="L" if i == 1 else "C")
            texts.append(s)
        pdf.ln(7)
    pdf.ln(3)
    line("Điều 3. Tổ chức thực hiện", "B")
    line("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết. Nghị quyết này đã được HĐND tỉnh "
         "Quảng Ninh khóa XIV, Kỳ họp thứ 31 thông qua ngày 09 tháng 12 năm 2025 và có hiệu lực từ "
         "ngày thông qua.")
    line("CHỦ TỊCH (đã ký) – văn bản mẫu", "B", 10, "R")
    pdf.output(os.path.join(OUT, name))
    text = "\n".join(texts)
    P = "Quảng Ninh"
    Y, N2, e, pl = "2025", "2026", "estimate", "plan"
    exp = [
        E(P, "grdp_growth", Y, e, 11.05, "11,05"),
        E(P, "grdp_growth", Y, pl, 12, "mục tiêu 12%"),
        E(P, "grdp_per_capita_usd", Y, e, 11850, "11.850"),
        E(P, "structure_services_share", Y, e, 38.4, "38,4"),
        E(P, "state_budget_revenue", Y, e, 58420, "58.420"),
        E(P, "total_social_investment", Y, e, 128600, "128.600"),
        E(P, "retail_sales_services_revenue", Y, e, 96300, "96.300"),
        E(P, "tourism_arrivals", Y, e, 19200000, "19.200"),
        E(P, "poverty_rate_multidim", Y, e, 0.35, "0,35"),
        E(P, "forest_cover", Y, e, 55.2, "55,2"),
        E(P, "trained_labour_rate", Y, e, 82.0, "82,0"),
        E(P, "health_insurance_coverage", Y, e, 95.6, "95,6"),
        E(P, "grdp_growth", N2, pl, 12.25, "12-12,5", q="about", alt=[12, 12.5]),
        E(P, "grdp_per_capita_usd", N2, pl, 13000, "trên 13.000", q="more_than"),
        E(P, "structure_services_share", N2, pl, 39, "khoảng 39", q="about"),
        E(P, "state_budget_revenue", N2, pl, 60500, "60.500"),
        E(P, "total_social_investment", N2, pl, 140000, "140.000"),
        E(P, "retail_sales_services_revenue_growth", N2, pl, 12.5, "tăng 12-13%", q="about",
          alt=[12, 13]),
        E(P, "tourism_arrivals", N2, pl, 21000000, "21.000"),
        E(P, "poverty_rate_multidim", N2, pl, 0.3, "dưới 0,3", q="less_than"),
        E(P, "forest_cover", N2, pl, 55.5, "55,5"),
        E(P, "trained_labour_rate", N2, pl, 83.5, "83,5"),
        E(P, "health_insurance_coverage", N2, pl, 96, "trên 96", q="more_than"),
    ]
    meta = dict(file=name, vintage="2025-12-09", province=P)
    return meta, exp, text


# =========================================================================== 9. Lạng Sơn txt (tab)
def doc_langson():
    name = "t1_langson_ubnd_baocao_ktxh_nam2025.txt"
    rows = [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2025", "Ước TH 2025", "So KH (%)", "So 2024 (%)"],
        ["1", "Tốc độ tăng trưởng GRDP", "%", "8,0", "8,1", "x", "x"],
        ["2", "GRDP bình quân đầu người", "triệu đồng", "63,0", "62,8", "99,7", "107,9"],
        ["3", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "10.000", "12.860", "128,6", "111,4"],
        ["4", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "30.000", "31.250", "104,2", "110,3"],
        ["5", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", "38.500",
         "39.870", "103,6", "112,5"],
        ["6", "Tổng lượt khách du lịch", "nghìn lượt", "4.500", "4.650", "103,3", "108,1"],
        ["7", "Tỷ lệ hộ nghèo đa chiều", "%", "giảm 2-2,5 điểm %", "7,85", "x", "x"],
        ["8", "Tỷ lệ che phủ rừng", "%", "66,2", "66,2", "100,0", "x"],
        ["9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "96,0", "96,2", "100,2", "x"],
    ]
    tab = "\n".join("\t".join(r) for r in rows)
    text = f"""ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 498/BC-UBND
Lạng Sơn, ngày 03 tháng 12 năm 2025

BÁO CÁO
Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025
và kế hoạch phát triển kinh tế - xã hội năm 2026

(SỐ LIỆU MẪU - văn bản kiểm thử; mọi con số là số liệu mẫu, không phải số liệu chính thức)

I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025

1. Tăng trưởng và cơ cấu kinh tế
Tốc độ tăng trưởng kinh tế (GRDP) năm 2025 ước đạt 8,1%, vượt kế hoạch (8,0%). GRDP bình quân
đầu người ước đạt 62,8 triệu đồng. Cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm
21,4%; công nghiệp - xây dựng chiếm 24,7%; dịch vụ chiếm 46,3%; thuế sản phẩm trừ trợ cấp sản
phẩm chiếm 7,6%.

2. Thu ngân sách, đầu tư, kinh tế cửa khẩu
Thu ngân sách nhà nước trên địa bàn ước đạt 12.860 tỷ đồng, vượt 28,6% dự toán, trong đó thu
từ hoạt động xuất nhập khẩu 7.250 tỷ đồng. Tổng vốn đầu tư toàn xã hội ước đạt 31.250 tỷ đồng.
Tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh ước đạt 6,8 tỷ USD,
trong đó xuất khẩu 3,9 tỷ USD (chủ yếu là hàng hóa của doanh nghiệp ngoài tỉnh). Riêng kim ngạch
xuất khẩu của doanh nghiệp trên địa bàn tỉnh ước đạt 265,4 triệu USD, tăng 8,2%. Phường Kỳ Lừa
thu ngân sách 1.150 tỷ đồng.

3. Du lịch, thương mại
Tổng lượt khách du lịch ước đạt 4.650 nghìn lượt; doanh thu du lịch ước đạt 7.820 tỷ đồng. Tổng
mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 39.870 tỷ đồng.

4. Văn hóa - xã hội, môi trường
Tỷ lệ hộ nghèo đa chiều giảm còn 7,85% (giảm 2,3 điểm phần trăm so với cuối năm 2024). Giải quyết
việc làm cho 16.350 lao động. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,2%. Tỷ lệ che phủ rừng
đạt 66,2%. Lũy kế toàn tỉnh có 28 xã đạt chuẩn nông thôn mới (theo địa giới hành chính mới).
Tỉnh Cao Bằng lân cận có tỷ lệ hộ nghèo 19,6%.

PHỤ LỤC: MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2025
(các cột phân cách bằng ký tự tab)

{tab}

Ghi chú: "x" không có số liệu so sánh. Số liệu mẫu.
"""
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    P, Y, e, pl = "Lạng Sơn", "2025", "estimate", "plan"
    exp = [
        E(P, "grdp_growth", Y, e, 8.1, "8,1"),
        E(P, "grdp_growth", Y, pl, 8.0, "8,0"),
        E(P, "grdp_per_capita", Y, e, 62.8, "62,8"),
        E(P, "grdp_per_capita", Y, pl, 63.0, "63,0"),
        E(P, "grdp_per_capita_growth", Y, e, 7.9, "107,9"),
        E(P, "structure_agriculture_share", Y, e, 21.4, "21,4"),
        E(P, "structure_industry_construction_share", Y, e, 24.7, "24,7"),
        E(P, "structure_services_share", Y, e, 46.3, "46,3"),
        E(P, "structure_product_taxes_share", Y, e, 7.6, "7,6"),
        E(P, "state_budget_revenue", Y, e, 12860, "12.860"),
        E(P, "state_budget_revenue", Y, pl, 10000, "10.000"),
        E(P, "state_budget_revenue_pct_of_estimate", Y, e, 128.6, "128,6"),
        E(P, "state_budget_revenue_growth", Y, e, 11.4, "111,4"),
        E(P, "total_social_investment", Y, e, 31250, "31.250"),
        E(P, "total_social_investment", Y, pl, 30000, "30.000"),
        E(P, "total_social_investment_growth", Y, e, 10.3, "110,3"),
        E(P, "retail_sales_services_revenue", Y, e, 39870, "39.870"),
        E(P, "retail_sales_services_revenue", Y, pl, 38500, "38.500"),
        E(P, "retail_sales_services_revenue_growth", Y, e, 12.5, "112,5"),
        E(P, "tourism_arrivals", Y, e, 4650000, "4.650"),
        E(P, "tourism_arrivals", Y, pl, 4500000, "4.500"),
        E(P, "tourism_revenue", Y, e, 7820, "7.820"),
        E(P, "export_value", Y, e, 265.4, "265,4"),
        E(P, "export_value_growth", Y, e, 8.2, "8,2"),
        E(P, "poverty_rate_multidim", Y, e, 7.85, "7,85"),
        E(P, "forest_cover", Y, e, 66.2, "66,2"),
        E(P, "forest_cover", Y, pl, 66.2, "\t66,2\t66,2"),
        E(P, "health_insurance_coverage", Y, e, 96.2, "96,2"),
        E(P, "health_insurance_coverage", Y, pl, 96.0, "96,0"),
        E(P, "jobs_created", Y, e, 16350, "16.350"),
        E(P, "ntm_communes", Y, e, 28, "28 xã"),
    ]
    meta = dict(file=name, vintage="2025-12-03", province=P)
    return meta, exp, text


# =========================================================================== 10. Cần Thơ txt (aligned)
def doc_cantho():
    name = "t2_cantho_thongke_thang9_9thang_2025.txt"
    W = [34, 11, 10, 15, 17, 17]
    hdr = ["Chỉ tiêu", "ĐVT", "Tổng số", "Cần Thơ (cũ)", "Hậu Giang (cũ)", "Sóc Trăng (cũ)"]
    rows = [
        ["Kim ngạch xuất khẩu", "triệu USD", "2.415,6", "1.286,4", "512,7", "616,5"],
        ["  So với cùng kỳ", "%", "112,8", "110,5", "118,2", "113,4"],
        ["Kim ngạch nhập khẩu", "triệu USD", "968,3", "712,5", "98,6", "157,2"],
        ["  So với cùng kỳ", "%", "106,4", "105,1", "-", "109,0"],
        ["Tổng mức bán lẻ hàng hóa và DTDV", "tỷ đồng", "198.540", "112.630", "38.470", "47.440"],
        ["  So với cùng kỳ", "%", "113,1", "112,4", "114,6", "113,5"],
    ]

    def fmt(r):
        out = r[0].ljust(W[0]) + r[1].ljust(W[1])
        out += "".join(c.rjust(w) for c, w in zip(r[2:], W[2:]))
        return out.rstrip()

    sep = "-" * sum(W)
    table = "\n".join([sep, fmt(hdr), sep] + [fmt(r) for r in rows] + [sep])
    text = f"""THỐNG KÊ THÀNH PHỐ CẦN THƠ
Số: 215/BC-TK
Cần Thơ, ngày 06 tháng 10 năm 2025

BÁO CÁO
TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 9, QUÝ III VÀ 9 THÁNG NĂM 2025

*** SỐ LIỆU MẪU - văn bản kiểm thử; mọi con số là số liệu mẫu, không phải số liệu chính thức ***

Từ ngày 01/7/2025, thành phố Cần Thơ được thành lập trên cơ sở hợp nhất thành phố Cần Thơ, tỉnh
Hậu Giang và tỉnh Sóc Trăng. Số liệu cả kỳ báo cáo được tính theo địa giới hành chính mới.

1. Tăng trưởng kinh tế
Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2025 ước tăng 7,34% so với cùng kỳ năm trước;
trong đó khu vực nông, lâm nghiệp và thủy sản tăng 3,10%; khu vực công nghiệp và xây dựng tăng
9,80%; khu vực dịch vụ tăng 7,90%.

2. Chỉ số giá tiêu dùng
CPI tháng 9/2025 tăng 0,38% so với tháng trước và tăng 3,01% so với cùng kỳ năm trước. Bình quân
9 tháng năm 2025, CPI tăng 2,86% so với cùng kỳ năm 2024 (cả nước tăng 3,22%).

3. Thương mại, dịch vụ
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9 ước đạt 22.180 tỷ đồng, tăng 0,9%
so với tháng trước và tăng 12,6% so với cùng kỳ năm trước. Tính chung 9 tháng ước đạt 198.540 tỷ
đồng, tăng 13,1%; riêng phường Ninh Kiều đạt 41.250 tỷ đồng.

4. Xuất, nhập khẩu
Kim ngạch xuất khẩu 9 tháng ước đạt 2.415,6 triệu USD, tăng 12,8% so với cùng kỳ, trong đó xuất
khẩu gạo 612,3 triệu USD; kim ngạch nhập khẩu ước đạt 968,3 triệu USD, tăng 6,4%.

Biểu: Một số chỉ tiêu thương mại ước tính 9 tháng năm 2025 theo khu vực
{table}
Ghi chú: "-" chưa có số liệu so sánh (thay đổi phạm vi thống kê). Số liệu mẫu.

Nơi nhận: Cục Thống kê; Thành ủy; UBND thành phố; Lưu: VT.
"""
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    C, post, pre = "Cần Thơ", "post2025", "pre2025"
    HG, ST = "Hậu Giang", "Sóc Trăng"
    M, e = "2025-9M", "estimate"
    exp = [
        E(C, "grdp_growth", M, e, 7.34, "7,34", admin=post),
        E(C, "gva_agri_forestry_fishery_growth", M, e, 3.10, "3,10", admin=post),
        E(C, "gva_industry_construction_growth", M, e, 9.80, "9,80", admin=post),
        E(C, "gva_services_growth", M, e, 7.90, "7,90", admin=post),
        E(C, "cpi_avg_growth", M, "actual", 2.86, "2,86", admin=post),
        E(C, "retail_sales_services_revenue", "2025-09", e, 22180, "22.180", admin=post),
        E(C, "retail_sales_services_revenue_growth", "2025-09", e, 12.6, "12,6", admin=post),
    ]
    tbl = [("export_value", ("2.415,6", "1.286,4", "512,7", "616,5")),
           ("export_value_growth", ("112,8", "110,5", "118,2", "113,4")),
           ("import_value", ("968,3", "712,5", "98,6", "157,2")),
           ("import_value_growth", ("106,4", "105,1", None, "109,0")),
           ("retail_sales_services_revenue", ("198.540", "112.630", "38.470", "47.440")),
           ("retail_sales_services_revenue_growth", ("113,1", "112,4", "114,6", "113,5"))]
    for ind, srcs in tbl:
        for prov, adm, s in zip((C, C, HG, ST), (post, pre, None, None), srcs):
            if s is None:
                continue
            v = float(s.replace(".", "").replace(",", "."))
            if ind.endswith("_growth"):
                v = round(v - 100, 6)
            exp.append(E(prov, ind, M, e, v, s, admin=adm))
    meta = dict(file=name, vintage="2025-10-06", province=C)
    return meta, exp, text


# --------------------------------------------------------------------------- yaml writer
HEADER = """# documents8 — BLIND test corpus of 10 whole reports (provincial People's Committees,
# statistics offices, a Department of Finance, an emulation cluster, a news portal, an
# English investment-promotion report, a People's Council resolution), mixing prose and tables.
# ALL NUMBERS ARE INVENTED SAMPLE DATA ("Số liệu mẫu" / "sample data"); not official statistics.
# Written blind: without reading the pipelines, tests, data, docs or alias lists of the repo;
# only reference/indicators/catalogue.csv and reference/admin/*.csv were consulted.
# Generated deterministically by _build/gen.py (edit there, not here).
"""


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def write_yaml(items):
    out = [HEADER.rstrip("\n"), "files:"]
    for meta, exp in items:
        out.append(f"  - file: {meta['file']}")
        out.append("    doc_year: 2025")
        out.append(f"    vintage: \"{meta['vintage']}\"")
        out.append(f"    province: {meta['province'] if meta['province'] else 'null'}")
        out.append(f"    n_expected: {len(exp)}")
        out.append("    expected:")
        for x in exp:
            parts = [f"province: {x.province}", f"indicator: {x.indicator}",
                     f"period: {yq(x.period)}", f"status: {x.status}", f"qualifier: {x.q}",
                     f"value: {num(x.value)}"]
            if x.admin:
                parts.append(f"admin: {x.admin}")
            if x.alt:
                parts.append("alternatives: [" + ", ".join(num(a) for a in x.alt) + "]")
            out.append("      - {" + ", ".join(parts) + "}")
    with open(os.path.join(OUT, "expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    builders = [doc_thanhhoa, doc_nghean, doc_gialai, doc_haiphong, doc_danang, doc_cum,
                doc_bacninh, doc_quangninh, doc_langson, doc_cantho]
    items, problems = [], []
    total = 0
    for b in builders:
        meta, exp, text = b()
        keys = set()
        for x in exp:
            if x.src not in text:
                problems.append(f"{meta['file']}: src {x.src!r} not in text ({x.indicator})")
            k = (x.province, x.admin, x.indicator, x.period, x.status)
            if k in keys:
                problems.append(f"{meta['file']}: duplicate key {k}")
            keys.add(k)
        items.append((meta, exp))
        total += len(exp)
        print(f"{meta['file']}: {len(exp)}")
    write_yaml(items)
    provs = {x.province for _, exp in items for x in exp}
    print("total", total, "provinces", len(provs))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
