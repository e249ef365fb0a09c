# -*- coding: utf-8 -*-
"""documents16, files 6-10 (SAMPLE DATA / Số liệu mẫu). All figures invented."""
from lib import Rep, TextRep, vn

A, E, PL, F = 'actual', 'estimate', 'plan', 'forecast'


def cum_bactrungbo_6t():
    R = Rep('CumThiDua_BacTrungBo_BangTongHop_6thang_2026.docx', None, 2026, '2026-07-14',
            'Bảng tổng hợp kết quả 6 tháng đầu năm 2026 của các tỉnh, thành phố trong Cụm (Số liệu mẫu)',
            'Mid-year summary of an (invented) emulation cluster of the North-Central provinces (Thanh Hóa, Nghệ An, '
            'Hà Tĩnh, Quảng Trị, Thành phố Huế) prepared by its secretariat, dated 14/7/2026: one row per member with '
            'merged column groups, a footnote flagging one row as estimated, and a transposed targets table (members in '
            'the columns).')
    H = '2026-H1'
    R.header(['CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ', 'TRƯỞNG CỤM', 'Số: 07/BC-CTĐ'], 'Thanh Hóa, ngày 14 tháng 7 năm 2026')
    R.title_block('BÁO CÁO', 'Sơ kết phong trào thi đua 6 tháng đầu năm 2026 của Cụm thi đua các tỉnh Bắc Trung Bộ',
                  '(Số liệu mẫu)')
    R.p('Thực hiện quy chế hoạt động của Cụm, đơn vị Trưởng Cụm tổng hợp kết quả thực hiện một số chỉ tiêu kinh tế - xã '
        'hội chủ yếu 6 tháng đầu năm 2026 do các tỉnh, thành phố thành viên báo cáo như sau.')
    data = [
        ('Thanh Hóa', 'Thanh Hóa', A, 9.12, 28450, 62.3, 121.4, 3215.0, 1105.2, 1840),
        ('Nghệ An', 'Nghệ An', A, 8.76, 13920, 58.1, 112.6, 1880.4, 905.6, 1520),
        ('Hà Tĩnh', 'Hà Tĩnh', A, 7.05, 9150, 51.2, 104.3, 1102.7, 312.4, 640),
        ('Quảng Trị (*)', 'Quảng Trị', E, 7.48, 6830, 49.6, 108.9, 560.3, 128.5, 720),
        ('TP. Huế', 'Thành phố Huế', A, 8.21, 7560, 55.4, 113.8, 645.9, 86.0, 690),
    ]
    rows = [['TT', 'Tỉnh, thành phố', 'Tăng trưởng GRDP (%)', 'Thu ngân sách nhà nước', '', '',
             'Kim ngạch xuất khẩu (triệu USD)', 'Vốn FDI đăng ký (triệu USD)', 'Doanh nghiệp thành lập mới (DN)'],
            ['', '', '', 'Thực hiện (tỷ đồng)', 'So dự toán (%)', 'So cùng kỳ (%)', '', '', '']]
    for i, (lab, p, st, g, b, pc, bg, x, f, n) in enumerate(data, 1):
        rows.append([str(i), lab, R.v(g, 'grdp_growth', H, st, prov=p), R.v(b, 'state_budget_revenue', H, st, prov=p),
                     R.v(pc, 'state_budget_revenue_pct_of_estimate', H, st, prov=p),
                     R.v(bg, 'state_budget_revenue_growth', H, st, k='idx', prov=p),
                     R.v(x, 'export_value', H, st, dec=1, prov=p), R.v(f, 'fdi_registered', H, st, dec=1, prov=p),
                     R.v(n, 'new_enterprises', H, st, prov=p)])
    rows.append(['', 'Toàn Cụm', '8,45 (bình quân)', '65.910', '57,0', '115,7', '7.404,3', '2.537,7', '5.410'])
    R.p('Biểu 1. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026', bold=True, center=True)
    R.table(rows, hdr=2, merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 5)),
                                  ((0, 6), (1, 6)), ((0, 7), (1, 7)), ((0, 8), (1, 8))], size=10)
    R.note('(*) Quảng Trị chưa có số liệu chính thức 6 tháng; các số liệu của Quảng Trị trong biểu là số ước tính. '
           'Các tỉnh còn lại là số thực hiện. Số liệu mẫu.')
    R.p(f'Thanh Hóa tiếp tục dẫn đầu Cụm về tăng trưởng ({vn(9.12)}%) và thu ngân sách ({vn(28450)} tỷ đồng); thu hút FDI '
        f'của Thanh Hóa đạt {vn(1105.2)} triệu USD. Mức tăng trưởng bình quân của Cụm (8,45%) cao hơn cả nước (7,6%).')
    R.p('Biểu 2. MỤC TIÊU NĂM 2026 CÁC TỈNH, THÀNH PHỐ ĐĂNG KÝ VỚI CỤM', bold=True, center=True)
    tg = [('Thanh Hóa', 10.5, 45670), ('Nghệ An', 10.0, 23960), ('Hà Tĩnh', 8.5, 17870), ('Quảng Trị', 9.0, 13770),
          ('Thành phố Huế', 9.5, 13650)]
    heads = ['Chỉ tiêu', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'TP. Huế']
    r1 = ['Tăng trưởng GRDP năm 2026 (%)'] + [R.v(g, 'grdp_growth', '2026', PL, dec=1, prov=p) for p, g, _ in tg]
    r2 = ['Dự toán thu NSNN năm 2026 (tỷ đồng)'] + [R.v(b, 'state_budget_revenue', '2026', PL, prov=p) for p, _, b in tg]
    R.table([heads, r1, r2], hdr=1)
    R.sign('TM. TRƯỞNG CỤM\nCHỦ TỊCH UBND TỈNH THANH HÓA', 'Hoàng Văn Mẫu')
    R.traps = [
        'Multi-province document (province: null); member rows "TP. Huế" → Thành phố Huế (post-2025 list); the cluster is invented (not in reference/clusters).',
        'Header: "Thu ngân sách nhà nước" merged horizontally over "Thực hiện (tỷ đồng)" | "So dự toán (%)" | "So cùng kỳ (%)"; the other headers are merged vertically.',
        'Footnote "(*)" on the row "Quảng Trị (*)" makes that row estimate; the other rows are actual (summary dated 14/7 for a finished half-year).',
        '"So cùng kỳ (%)" is an index (121,4 → 21.4); "Toàn Cụm" row (total / average) and the national 7,6% are not expected.',
        'Biểu 2 is transposed: members are the columns, indicators the rows; all are 2026 plans.',
        'Prose repeats Thanh Hóa\'s table figures: one entry each.',
    ]
    return R


def laocai_bao_html():
    R = TextRep('LaoCai_BaoDienTu_KTXH_QuyI_2026.html', 'Lào Cai', 2026, '2026-04-06',
                'Lào Cai: kinh tế quý I/2026 tăng trưởng khá (Số liệu mẫu)',
                'Online newspaper article (html) of 6/4/2026 on the first quarter of the merged Lào Cai (Lào Cai + Yên '
                'Bái): lead, quotes, a comparison with the national figure, and an embedded <table> whose last column is '
                'a signed change "Tăng/giảm (%)", not an index.')
    Q = '2026-Q1'; B = '2025-Q1'
    rows = [
        ('Thu ngân sách nhà nước (tỷ đồng)', 3184, 2905, '+9,6', 'state_budget_revenue', None, 'state_budget_revenue_growth', 9.6),
        ('Kim ngạch xuất khẩu (triệu USD)', 412.6, 436.1, '-5,4', 'export_value', 1, 'export_value_growth', -5.4),
        ('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (tỷ đồng)', 12760, 11480, '+11,1',
         'retail_sales_services_revenue', None, 'retail_sales_services_revenue_growth', 11.1),
        ('Khách du lịch (nghìn lượt)', 2350, 2010, '+16,9', 'tourism_arrivals', 'k', None, None),
        ('Vốn FDI đăng ký (triệu USD)', 45.2, 120.8, '-62,6', 'fdi_registered', 1, None, None),
        ('Doanh nghiệp thành lập mới', 318, 296, '+7,4', 'new_enterprises', None, None, None),
    ]
    trs = []
    for lab, a, b, ch, code, kind, gcode, gv in rows:
        kw = {'k': 1000} if kind == 'k' else ({'dec': 1} if kind == 1 else {})
        ca = R.v(a, code, Q, E, **kw); cb = R.v(b, code, B, A, **kw)
        if gcode:
            R.v(gv, gcode, Q, E)
        trs.append(f'        <tr><td>{lab}</td><td>{ca}</td><td>{cb}</td><td>{ch}</td></tr>')
    g = R.v(8.36, 'grdp_growth', Q, E)
    R.w('<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">',
        '<title>Lào Cai: kinh tế quý I/2026 tăng trưởng khá – Số liệu mẫu</title>', '</head>', '<body>',
        '<nav><a href="/">Trang chủ</a> | <a href="/kinh-te">Kinh tế</a> | <a href="/xa-hoi">Xã hội</a></nav>',
        '<article>', '<p class="sample"><em>Số liệu mẫu – bài viết và số liệu giả định, không phải số liệu chính thức.</em></p>',
        '<h1>Lào Cai: kinh tế quý I/2026 tăng trưởng khá</h1>',
        '<p class="meta">Thứ Hai, 06/04/2026 08:15 – Phóng viên Mẫu</p>',
        f'<p><strong>Theo Thống kê tỉnh, tổng sản phẩm trên địa bàn (GRDP) quý I/2026 của tỉnh Lào Cai ước tăng {g}% so với '
        f'cùng kỳ, xếp thứ 12/34 tỉnh, thành phố; cả nước tăng 7,05%.</strong></p>',
        f'<p>Chỉ số sản xuất công nghiệp quý I ước tăng {R.v(10.2,"iip_growth",Q,E)}%. Thu ngân sách nhà nước ước đạt '
        f'{vn(3184)} tỷ đồng, bằng {R.v(24.5,"state_budget_revenue_pct_of_estimate",Q,E)}% dự toán năm, tăng 9,6%. Riêng khu '
        f'vực Yên Bái (cũ) thu 1.205 tỷ đồng.</p>',
        f'<p>Điểm trừ là xuất khẩu: kim ngạch quý I chỉ đạt {vn(412.6)} triệu USD, giảm 5,4% do xuất khẩu nông sản qua cửa khẩu '
        f'chững lại. Ngược lại, du lịch sôi động với {vn(2.35)} triệu lượt khách.</p>',
        f'<blockquote>"Mục tiêu tăng trưởng {R.v(10,"grdp_growth","2026",PL)}% năm 2026 là rất thách thức, quý II phải tăng '
        f'trên 9%", ông Nguyễn Văn Mẫu, Chủ tịch UBND tỉnh cho biết.</blockquote>',
        '<table border="1">',
        '    <caption>Một số chỉ tiêu chủ yếu quý I/2026 của tỉnh Lào Cai (ước tính) – Số liệu mẫu</caption>',
        '    <thead>',
        '        <tr><th>Chỉ tiêu</th><th>Quý I/2026</th><th>Quý I/2025</th><th>Tăng/giảm (%)</th></tr>',
        '    </thead>', '    <tbody>', *trs, '    </tbody>', '</table>',
        '<p><small>Nguồn: Thống kê tỉnh Lào Cai; quý I/2025 tính theo địa giới tỉnh Lào Cai mới. Số liệu mẫu.</small></p>',
        '</article>',
        '<aside><h3>Tin liên quan</h3><ul><li><a href="#">Yên Bái (cũ): 3 tháng thu hút 12 dự án</a></li>'
        '<li><a href="#">Cả nước: xuất khẩu quý I tăng 13%</a></li></ul></aside>',
        '</body>', '</html>')
    R.traps = [
        'Embedded <table> with a <caption> saying "(ước tính)": the 2026 column is estimate; "Quý I/2025" is on the new boundaries (source line) → actual 2025-Q1.',
        'Last column "Tăng/giảm (%)" is already a change (+9,6; -5,4), NOT an index – no subtraction of 100.',
        'Growth of arrivals, FDI and new enterprises (+16,9; -62,6; +7,4) has no code.',
        'Prose repeats the table ("3.184 tỷ", "2,35 triệu lượt" = 2.350 nghìn lượt, "giảm 5,4%"): one entry each.',
        'Rank "thứ 12/34", the national 7,05%, "Yên Bái (cũ) 1.205 tỷ", the related-links aside and "quý II phải tăng trên 9%" (a requirement) are not expected.',
    ]
    return R


def dongthap_md():
    R = TextRep('DongThap_GhiChuPhanTich_5thang_2026.md', 'Đồng Tháp', 2026, '2026-06-15',
                'Ghi chú phân tích: Đồng Tháp 5 tháng đầu năm 2026 so với số cộng của hai tỉnh cũ (Số liệu mẫu)',
                'An analyst\'s Markdown note (15/6/2026) on the merged Đồng Tháp (Tiền Giang + Đồng Tháp): a table '
                'with the two former provinces\' 5-month 2025 figures, their sum, the 2026 estimate and the growth; '
                'prose with the analyst\'s own reckonings and forecast.')
    C = '2026-5M'; B = '2025-5M'
    data = [
        ('Thu NSNN (tỷ đồng)', 4120, 3285, 7405, 8390, 13.3, 'state_budget_revenue', 'state_budget_revenue_growth', None),
        ('Xuất khẩu (triệu USD)', 1450.2, 612.8, 2063.0, 2310.5, 12.0, 'export_value', 'export_value_growth', 1),
        ('Bán lẻ HH & DTDV tiêu dùng (tỷ đồng)', 38210, 27940, 66150, 73480, 11.1, 'retail_sales_services_revenue',
         'retail_sales_services_revenue_growth', None),
        ('Vốn FDI đăng ký (triệu USD)', 210.5, 45.3, 255.8, 198.4, -22.4, 'fdi_registered', None, 1),
        ('Khách du lịch (nghìn lượt)', 1820, 1635, 3455, 3910, 13.2, 'tourism_arrivals', None, 'k'),
    ]
    lines = ['| Chỉ tiêu | Tiền Giang (cũ) 5T/2025 | Đồng Tháp (cũ) 5T/2025 | Cộng 5T/2025 | 5T/2026 (ước) | Tăng (%) |',
             '|---|---:|---:|---:|---:|---:|']
    for lab, a, b, s, n, g, code, gcode, kind in data:
        kw = {'k': 1000} if kind == 'k' else ({'dec': 1} if kind == 1 else {})
        cs = R.v(s, code, B, A, **kw); cn = R.v(n, code, C, E, **kw)
        cg = R.v(g, gcode, C, E, dec=1) if gcode else vn(g, 1)
        # amended by the lead after the blind reading: a "(cũ)" column is the former province (README's rule)
        ca = R.v(a, code, B, A, prov='Tiền Giang', admin='pre2025', **kw)
        cb = R.v(b, code, B, A, prov='Đồng Tháp', admin='pre2025', **kw)
        lines.append(f'| {lab} | {ca} | {cb} | {cs} | {cn} | {cg} |')
    R.w('# Đồng Tháp sau hợp nhất: 5 tháng đầu năm 2026 nhìn từ số cộng của hai tỉnh cũ', '',
        '> **Số liệu mẫu.** Ghi chú nội bộ của chuyên viên phân tích (nhân vật giả định); mọi con số là giả định.', '',
        '*Ngày 15/6/2026 – người viết: Chuyên viên Mẫu*', '',
        '## 1. Cách so sánh', '',
        'Thống kê tỉnh chưa công bố số 5 tháng 2025 theo địa giới mới, nên tôi cộng số của Tiền Giang (cũ) và Đồng Tháp (cũ). '
        'Cột "Tăng (%)" là mức tăng của số ước 5 tháng 2026 so với số cộng này.', '',
        *lines, '',
        '## 2. Nhận xét', '',
        f'- Tăng trưởng GRDP quý I/2026 của Đồng Tháp là {R.v(7.92,"grdp_growth","2026-Q1",A)}% (số chính thức); theo kịch '
        f'bản của tỉnh, quý II cần tăng {R.v(8.6,"grdp_growth","2026-Q2",PL)}% để hướng tới mục tiêu cả năm '
        f'{R.v(10,"grdp_growth","2026",PL)}%.',
        f'- Thu NSNN 5 tháng ({vn(8390)} tỷ đồng) bằng {R.v(41.9,"state_budget_revenue_pct_of_estimate",C,E)}% dự toán năm '
        f'({R.v(20020,"state_budget_revenue","2026",PL)} tỷ đồng); bình quân mỗi tháng thu khoảng 1.678 tỷ đồng.',
        f'- CPI bình quân 5 tháng tăng {R.v(3.4,"cpi_avg_growth",C,A)}%; giải ngân vốn đầu tư công đến 31/5/2026 mới đạt '
        f'{R.v(28.4,"public_investment_disbursement_rate",C,A)}% kế hoạch.',
        '- Vốn FDI giảm mạnh (-22,4%) vì cùng kỳ 2025 Tiền Giang (cũ) có một dự án lớn.', '',
        '## 3. Dự báo của tôi', '',
        f'Nếu xuất khẩu giữ nhịp hiện nay, tăng trưởng GRDP cả năm 2026 chỉ khoảng {R.v(9,"grdp_growth","2026",F,q="about")}%, '
        'thấp hơn mục tiêu. Kịch bản thấp: 8,2%; kịch bản cao: 9,6%. Tăng trưởng bình quân 2021-2025 của hai tỉnh cũ là 6,4%.')
    R.traps = [
        'Columns of the two former provinces ("Tiền Giang (cũ) 5T/2025", "Đồng Tháp (cũ) 5T/2025") are the former provinces (actual 2025-5M, admin pre2025; amended by the lead after the blind reading); their sum "Cộng 5T/2025" is the merged Đồng Tháp (actual 2025-5M).',
        'Abbreviated periods "5T/2025", "5T/2026 (ước)" in Markdown headers.',
        '"Tăng (%)" is a change (13,3), not an index; FDI and arrivals growth have no code.',
        'Quarter scenario "quý II cần tăng 8,6%" → plan 2026-Q2; the analyst\'s own "khoảng 9%" → forecast/about; scenarios "thấp 8,2%" / "cao 9,6%" and the 2021-2025 average are not expected.',
        '"bình quân mỗi tháng thu khoảng 1.678 tỷ" is an average – not expected.',
        'Disbursement "đến 31/5/2026" and the CPI average of 5 months, written on 15/6 without "ước" → actual 2026-5M.',
    ]
    return R


def tuyenquang_xa_txt():
    R = TextRep('TuyenQuang_UBNDXaTanThanh_BC_KTXH_QuyI_2026.txt', 'Tuyên Quang', 2026, '2026-03-30',
                'Báo cáo KT-XH quý I/2026 của UBND xã Tân Thành (Số liệu mẫu)',
                'Plain-text quarterly report of a commune (xã Tân Thành – invented) of the merged Tuyên Quang (Hà Giang + '
                'Tuyên Quang), dated 30/3/2026: commune figures throughout, a tab-separated table "Xã | Toàn tỉnh" and '
                'a paragraph quoting the province\'s quarter figures.')
    Q = '2026-Q1'
    R.w('ỦY BAN NHÂN DÂN XÃ TÂN THÀNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH TUYÊN QUANG\tĐộc lập - Tự do - Hạnh phúc',
        'Số: 27/BC-UBND\tTân Thành, ngày 30 tháng 3 năm 2026',
        '', 'SỐ LIỆU MẪU – mọi số liệu, tên người và địa danh trong văn bản là giả định.', '',
        'BÁO CÁO',
        'Tình hình kinh tế - xã hội quý I năm 2026 của xã Tân Thành', '',
        'I. KẾT QUẢ THỰC HIỆN QUÝ I/2026', '',
        '1. Kinh tế: Tổng diện tích gieo trồng vụ Đông Xuân của xã đạt 412 ha; thu ngân sách trên địa bàn xã ước đạt 3,12 '
        'tỷ đồng, bằng 31,5% dự toán huyện Yên Sơn (cũ) giao đầu năm, nay do tỉnh giao. Thu nhập bình quân đầu người của xã '
        'khoảng 3,5 triệu đồng/tháng.', '',
        f'2. Tình hình chung của tỉnh: Theo báo cáo của UBND tỉnh, quý I/2026 toàn tỉnh Tuyên Quang có tốc độ tăng GRDP ước '
        f'đạt {R.v(7.68,"grdp_growth",Q,E)}%; thu ngân sách nhà nước toàn tỉnh ước đạt {R.v(2415,"state_budget_revenue",Q,E)} '
        f'tỷ đồng, bằng {R.v(26.2,"state_budget_revenue_pct_of_estimate",Q,E)}% dự toán; toàn tỉnh đón '
        f'{R.v(1.86,"tourism_arrivals",Q,E,k=1000000)} triệu lượt khách du lịch; xuất khẩu toàn tỉnh đạt '
        f'{R.v(128.4,"export_value",Q,E)} triệu USD. Mục tiêu tăng trưởng năm 2026 của tỉnh là '
        f'{R.v(9.5,"grdp_growth","2026",PL)}%.', '',
        '3. Một số chỉ tiêu so sánh với toàn tỉnh:', '',
        'Chỉ tiêu\tXã Tân Thành\tToàn tỉnh',
        f'Tỷ lệ hộ nghèo đa chiều cuối năm 2025 (%)\t18,20\t{R.v(11.85,"poverty_rate_multidim","2025",A)}',
        f'Tỷ lệ dân số tham gia BHYT đến 31/3/2026 (%)\t96,5\t{R.v(95.2,"health_insurance_coverage",Q,E)}',
        f'Tỷ lệ che phủ rừng năm 2025 (%)\t71,3\t{R.v(65.4,"forest_cover","2025",A)}',
        'Số lao động được giải quyết việc làm quý I (người)\t46\t' + R.v(6350, 'jobs_created', Q, E), '',
        'II. NHIỆM VỤ QUÝ II/2026', '',
        'Phấn đấu thu ngân sách xã đạt 60% dự toán; giảm tỷ lệ hộ nghèo của xã 3 điểm phần trăm trong năm 2026.', '',
        'Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN',
        '- UBND tỉnh;\t\tCHỦ TỊCH',
        '- Lưu: VT.\t\tNguyễn Thị Mẫu (nhân vật giả định)')
    R.traps = [
        'Publisher is a commune (xã) of the two-tier local government after 1/7/2025: commune figures (3,12 tỷ, 31,5%, 3,5 triệu/tháng, 18,20%, 96,5%, 71,3%, 46 người) are not expected.',
        'Province figures are quoted in a paragraph ("toàn tỉnh Tuyên Quang") and in the tab-separated column "Toàn tỉnh" of a small table.',
        'The table\'s periods are inside the row labels ("cuối năm 2025", "đến 31/3/2026", "năm 2025", "quý I").',
        'Letterhead and signature are tab-separated two-column lines, not a data table.',
        '"huyện Yên Sơn (cũ)" – a district that no longer exists – and "giảm 3 điểm phần trăm" are not expected.',
    ]
    return R


def nghean_kh_2026():
    R = Rep('NgheAn_UBND_KH_ThucHienChiTieu_2026_KetQuaQuyI.docx', 'Nghệ An', 2026, '2026-04-14',
            'Kế hoạch triển khai thực hiện các chỉ tiêu KT-XH năm 2026; kết quả quý I và kịch bản tăng trưởng theo quý (Số liệu mẫu)',
            'Plan document of the Nghệ An People\'s Committee (unchanged province), dated 14/4/2026: the 2026 targets of '
            'the HĐND resolution with the quarter I results and the ratio to the target, and a transposed table of '
            'quarterly GRDP growth scenarios (Quý I thực hiện, Quý II-IV kịch bản, Cả năm).')
    Q = '2026-Q1'; Y = '2026'
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH NGHỆ AN', 'Số: 265/KH-UBND'], 'Nghệ An, ngày 14 tháng 4 năm 2026')
    R.title_block('KẾ HOẠCH', 'Triển khai thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm 2026',
                  'và kịch bản tăng trưởng theo quý', '(Số liệu mẫu)')
    R.h('I. MỤC ĐÍCH, YÊU CẦU')
    R.p('Cụ thể hóa Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026; giao chỉ tiêu theo quý để '
        'các sở, ngành và UBND các xã, phường làm căn cứ tổ chức thực hiện.')
    R.h('II. KẾT QUẢ QUÝ I VÀ CHỈ TIÊU NĂM 2026')
    R.p(f'Theo số liệu của Thống kê tỉnh, quý I/2026 GRDP tăng {R.v(8.05,"grdp_growth",Q,A)}% so với cùng kỳ; chỉ số sản xuất '
        f'công nghiệp tăng {R.v(12.6,"iip_growth",Q,A)}%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt '
        f'{R.v(28460,"retail_sales_services_revenue",Q,A)} tỷ đồng, tăng {R.v(12.3,"retail_sales_services_revenue_growth",Q,A)}%; '
        f'CPI bình quân quý I tăng {R.v(3.12,"cpi_avg_growth",Q,A)}%. Kết quả các chỉ tiêu chủ yếu tại Biểu 1.')
    R.p('Biểu 1. CHỈ TIÊU NĂM 2026 VÀ KẾT QUẢ QUÝ I', bold=True, center=True)

    def r(no, lab, unit, code, plan, res, ratio, pq='exact', pk=None, dec=None, rr=None):
        return [no, lab, unit,
                ('Dưới ' + R.v(plan, code, Y, PL, q=pq, dec=1)) if pq == 'less_than' else R.v(plan, code, Y, PL, k=pk, dec=dec),
                R.v(res, code, Q, A, k=pk, dec=dec) if res is not None else 'x',
                rr if rr else (ratio if ratio else 'x')]
    rows = [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu Nghị quyết HĐND tỉnh năm 2026', 'Kết quả quý I/2026',
         'Tỷ lệ so với chỉ tiêu năm (%)'],
        r('1', 'Tốc độ tăng trưởng GRDP', '%', 'grdp_growth', 10.5, 8.05, None),
        r('2', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', 'state_budget_revenue', 26800, 6210, None,
          rr=R.v(23.2, 'state_budget_revenue_pct_of_estimate', Q, A)),
        r('3', 'Kim ngạch xuất khẩu', 'Triệu USD', 'export_value', 4200, 935.4, '22,3'),
        r('4', 'Vốn đầu tư thực hiện toàn xã hội', 'Tỷ đồng', 'total_social_investment', 135000, 26480, '19,6'),
        r('5', 'Vốn FDI đăng ký', 'Triệu USD', 'fdi_registered', 1500, 402.7, '26,8'),
        r('6', 'Số doanh nghiệp thành lập mới', 'Doanh nghiệp', 'new_enterprises', 3200, 812, '25,4'),
        r('7', 'Lượt khách du lịch', 'Nghìn lượt', 'tourism_arrivals', 9500, 1640, '17,3', pk=1000),
        r('8', 'Số lao động được giải quyết việc làm', 'Người', 'jobs_created', 42000, 9850, '23,5'),
        r('9', 'Tỷ lệ hộ nghèo đa chiều', '%', 'poverty_rate_multidim', 3.0, None, None, pq='less_than'),
        r('10', 'Tỷ lệ che phủ rừng', '%', 'forest_cover', 58.5, None, None),
        r('11', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', 'health_insurance_coverage', 95.0, 93.6, None, dec=1),
        r('12', 'Tỷ lệ lao động qua đào tạo', '%', 'trained_labour_rate', 72, None, None),
    ]
    R.table(rows, hdr=1)
    R.note('Ghi chú: "x" – chỉ tiêu đánh giá theo năm, quý I chưa có số liệu. Số liệu mẫu.')
    R.h('III. KỊCH BẢN TĂNG TRƯỞNG THEO QUÝ NĂM 2026')
    R.p('Để đạt mục tiêu tăng trưởng năm 2026, UBND tỉnh giao kịch bản tăng trưởng theo quý như sau (tốc độ tăng so với '
        'cùng kỳ, %):')
    sc = [('Tổng sản phẩm trên địa bàn (GRDP)', 'grdp_growth', 8.05, 9.8, 11.2, 12.4, 10.5),
          ('Nông, lâm nghiệp và thủy sản', 'gva_agri_forestry_fishery_growth', 3.2, 3.6, 4.1, 4.4, 4.0),
          ('Công nghiệp và xây dựng', 'gva_industry_construction_growth', 11.4, 14.5, 16.8, 17.6, 15.5),
          ('Dịch vụ', 'gva_services_growth', 8.12, 9.0, 9.8, 10.6, 9.5)]
    rows = [['Khu vực kinh tế', 'Quý I (thực hiện)', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm 2026']]
    for lab, code, q1, q2, q3, q4, y in sc:
        rows.append([lab, R.v(q1, code, Q, A), R.v(q2, code, '2026-Q2', PL, dec=1), R.v(q3, code, '2026-Q3', PL, dec=1),
                     R.v(q4, code, '2026-Q4', PL, dec=1), R.v(y, code, Y, PL, dec=1)])
    R.table(rows, hdr=1)
    R.p(f'Khu vực công nghiệp và xây dựng là động lực chính: quý I tăng {vn(11.4)}%, cả năm phấn đấu tăng {vn(15.5)}%.')
    R.h('IV. TỔ CHỨC THỰC HIỆN')
    R.p('Các sở, ngành, UBND các xã, phường căn cứ kế hoạch này xây dựng kịch bản của đơn vị, báo cáo kết quả trước ngày 20 '
        'của tháng cuối quý.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Đặng Văn Mẫu')
    R.traps = [
        'A plan (Kế hoạch), not a report: the "Chỉ tiêu Nghị quyết HĐND tỉnh năm 2026" column is plan 2026; "Kết quả quý I/2026" in a document of 14/4 is actual 2026-Q1.',
        '"Tỷ lệ so với chỉ tiêu năm (%)" is a catalogue indicator only for the budget row (23,2 → state_budget_revenue_pct_of_estimate); the others (22,3; 19,6 …) are not expected.',
        'Plan cell "Dưới 3,0" → poverty plan less_than 3; "x" cells (annual indicators) give no quarter figure.',
        'Transposed scenario table: quarters are the COLUMNS ("Quý I (thực hiện)", "Quý II" … "Cả năm 2026"), sectors the rows; Quý II-IV are plans for single quarters (2026-Q2..Q4), Quý I is actual.',
        'Sector rows of the scenario table carry no "tăng trưởng" word; the unit "%" is only in the sentence above the table.',
        'Prose repeats Q1 growth (8,05) and the industry figures: one entry each.',
    ]
    return R
