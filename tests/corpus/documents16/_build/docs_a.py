# -*- coding: utf-8 -*-
"""documents16, files 1-5 (SAMPLE DATA / Số liệu mẫu). All figures invented."""
from decimal import Decimal
from lib import Rep, vn

A, E, PL, F = 'actual', 'estimate', 'plan', 'forecast'


def hungyen_t3_q1():
    R = Rep('HungYen_UBND_BC_KTXH_Thang3_QuyI_2026.docx', 'Hưng Yên', 2026, '2026-03-27',
            'Báo cáo tình hình KT-XH tháng 3 và quý I/2026 (Số liệu mẫu)',
            'Monthly report of the provincial People\'s Committee of the merged Hưng Yên (Hưng Yên + Thái Bình), '
            'dated 27/3/2026: prose by sections and a table with "Thực hiện tháng 2/2026 | Ước tháng 3/2026 | Ước quý '
            'I/2026 | Quý I/2025 (*)" and "So với cùng kỳ (%)" merged over "Tháng 3" and "Quý I".')
    Q = '2026-Q1'; M3 = '2026-03'; M2 = '2026-02'; B = '2025-Q1'
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH HƯNG YÊN', 'Số: 112/BC-UBND'], 'Hưng Yên, ngày 27 tháng 3 năm 2026')
    R.title_block('BÁO CÁO', 'Tình hình kinh tế - xã hội tháng 3 và quý I năm 2026;',
                  'nhiệm vụ trọng tâm tháng 4 năm 2026', '(Số liệu mẫu)')
    R.h('I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 3 VÀ QUÝ I NĂM 2026')
    R.h('1. Tăng trưởng kinh tế')
    R.p(f'Tổng sản phẩm trên địa bàn (GRDP) quý I/2026 ước tăng {R.v(8.45,"grdp_growth",Q,E)}% so với cùng kỳ (mục tiêu '
        f'cả năm 2026 tăng {R.v(10,"grdp_growth","2026",PL)}%), cao hơn mức tăng chung của cả nước (7,1%). Khu vực nông, '
        f'lâm nghiệp và thủy sản tăng {R.v(3.12,"gva_agri_forestry_fishery_growth",Q,E)}%; khu vực công nghiệp và xây dựng '
        f'tăng {R.v(11.26,"gva_industry_construction_growth",Q,E)}%; khu vực dịch vụ tăng {R.v(7.05,"gva_services_growth",Q,E)}%.')
    R.h('2. Sản xuất công nghiệp')
    R.p(f'Chỉ số sản xuất công nghiệp (IIP) tháng 3 ước tăng 18,5% so với tháng trước và tăng '
        f'{R.v(12.8,"iip_growth",M3,E)}% so với cùng kỳ; tính chung quý I, IIP ước tăng {R.v(10.4,"iip_growth",Q,E)}%.')
    R.h('3. Thương mại, dịch vụ, xuất nhập khẩu')
    R.p(f'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 3 ước đạt {R.v(6840,"retail_sales_services_revenue",M3,E)} '
        f'tỷ đồng (tháng 2 thực hiện {R.v(6905,"retail_sales_services_revenue",M2,A)} tỷ đồng); quý I ước đạt '
        f'{R.v(20115,"retail_sales_services_revenue",Q,E)} tỷ đồng, tăng {R.v(11.6,"retail_sales_services_revenue_growth",Q,E)}% '
        f'so với cùng kỳ. Kim ngạch xuất khẩu tháng 3 ước đạt {R.v(1285.0,"export_value",M3,E,dec=1)} triệu USD; quý I ước đạt '
        f'{R.v(3.62,"export_value",Q,E,k=1000)} tỷ USD, tăng {R.v(14.2,"export_value_growth",Q,E)}%. Kim ngạch nhập khẩu quý I '
        f'ước đạt {R.v(2845.0,"import_value",Q,E,dec=1)} triệu USD, tăng {R.v(9.8,"import_value_growth",Q,E)}%.')
    R.p(f'Chỉ số giá tiêu dùng (CPI) tháng 3 giảm 0,12% so với tháng trước và tăng 3,30% so với cùng kỳ; CPI bình quân quý I '
        f'tăng {R.v(3.05,"cpi_avg_growth",Q,E)}% so với bình quân cùng kỳ. Khách du lịch quý I ước đạt '
        f'{R.v(1.15,"tourism_arrivals",Q,E,k=1000000)} triệu lượt, doanh thu du lịch ước '
        f'{R.v(1380,"tourism_revenue",Q,E)} tỷ đồng.')
    R.h('4. Tài chính, đầu tư, doanh nghiệp')
    R.p(f'Thu ngân sách nhà nước trên địa bàn quý I ước đạt {R.v(9850,"state_budget_revenue",Q,E)} tỷ đồng, bằng '
        f'{R.v(27.4,"state_budget_revenue_pct_of_estimate",Q,E)}% dự toán năm ({R.v(35950,"state_budget_revenue","2026",PL)} '
        f'tỷ đồng) và tăng {R.v(15.6,"state_budget_revenue_growth",Q,E)}% so với cùng kỳ; trong đó thu trên địa bàn Thái Bình (cũ) '
        f'đạt 3.210 tỷ đồng. Chi ngân sách địa phương quý I ước {R.v(6120,"local_budget_expenditure",Q,E)} tỷ đồng. '
        f'Đến ngày 20/3/2026 giải ngân vốn đầu tư công đạt {R.v(14.2,"public_investment_disbursement_rate",Q,E)}% kế hoạch vốn.')
    R.p(f'Trong quý I, tỉnh thu hút {R.v(685.4,"fdi_registered",Q,E)} triệu USD vốn đầu tư trực tiếp nước ngoài (cấp mới và '
        f'điều chỉnh); có {R.v(1046,"new_enterprises",Q,E)} doanh nghiệp thành lập mới. Giải quyết việc làm cho '
        f'{R.v(9800,"jobs_created",Q,E)} lao động.')
    R.h('II. NHIỆM VỤ TRỌNG TÂM THÁNG 4 NĂM 2026')
    R.p('Tập trung tháo gỡ khó khăn cho doanh nghiệp; đẩy nhanh giải ngân vốn đầu tư công; chuẩn bị tổng kết quý II.')
    R.h('BIỂU SỐ LIỆU CHỦ YẾU THÁNG 3 VÀ QUÝ I NĂM 2026')
    rows = [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện tháng 2/2026', 'Ước tháng 3/2026', 'Ước quý I/2026', 'Quý I/2025 (*)',
         'So với cùng kỳ (%)', ''],
        ['', '', '', '', '', '', '', 'Tháng 3', 'Quý I'],
        ['1', 'Chỉ số sản xuất công nghiệp (IIP)', '%', 'x', 'x', 'x', 'x',
         R.v(112.8, 'iip_growth', M3, E, k='idx'), R.v(110.4, 'iip_growth', Q, E, k='idx')],
        ['2', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'Tỷ đồng',
         R.v(6905, 'retail_sales_services_revenue', M2, A), R.v(6840, 'retail_sales_services_revenue', M3, E),
         R.v(20115, 'retail_sales_services_revenue', Q, E), R.v(18025, 'retail_sales_services_revenue', B, A),
         R.v(110.9, 'retail_sales_services_revenue_growth', M3, E, k='idx'),
         R.v(111.6, 'retail_sales_services_revenue_growth', Q, E, k='idx')],
        ['3', 'Kim ngạch xuất khẩu hàng hóa', 'Triệu USD', R.v(1190.5, 'export_value', M2, A),
         R.v(1285.0, 'export_value', M3, E, dec=1), R.v(3620.0, 'export_value', Q, E, dec=1),
         R.v(3170.0, 'export_value', B, A, dec=1), R.v(115.3, 'export_value_growth', M3, E, k='idx'),
         R.v(114.2, 'export_value_growth', Q, E, k='idx')],
        ['4', 'Kim ngạch nhập khẩu hàng hóa', 'Triệu USD', R.v(905.2, 'import_value', M2, A),
         R.v(990.0, 'import_value', M3, E, dec=1), R.v(2845.0, 'import_value', Q, E, dec=1),
         R.v(2591.0, 'import_value', B, A, dec=1), R.v(108.1, 'import_value_growth', M3, E, k='idx'),
         R.v(109.8, 'import_value_growth', Q, E, k='idx')],
        ['5', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', R.v(3020, 'state_budget_revenue', M2, A),
         R.v(3410, 'state_budget_revenue', M3, E), R.v(9850, 'state_budget_revenue', Q, E),
         R.v(8521, 'state_budget_revenue', B, A), R.v(117.2, 'state_budget_revenue_growth', M3, E, k='idx'),
         R.v(115.6, 'state_budget_revenue_growth', Q, E, k='idx')],
        ['6', 'Vốn đầu tư thực hiện toàn xã hội', 'Tỷ đồng', 'x', 'x',
         R.v(24560, 'total_social_investment', Q, E), R.v(21790, 'total_social_investment', B, A), 'x',
         R.v(112.7, 'total_social_investment_growth', Q, E, k='idx')],
        ['7', 'Số doanh nghiệp thành lập mới', 'Doanh nghiệp', R.v(352, 'new_enterprises', M2, A),
         R.v(401, 'new_enterprises', M3, E), R.v(1046, 'new_enterprises', Q, E), R.v(918, 'new_enterprises', B, A),
         'x', '113,9'],
        ['8', 'Lượt khách du lịch', 'Nghìn lượt', R.v(360, 'tourism_arrivals', M2, A, k=1000),
         R.v(395, 'tourism_arrivals', M3, E, k=1000), R.v(1150, 'tourism_arrivals', Q, E, k=1000),
         R.v(1012, 'tourism_arrivals', B, A, k=1000), 'x', '113,6'],
    ]
    R.table(rows, hdr=2, merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)),
                                  ((0, 4), (1, 4)), ((0, 5), (1, 5)), ((0, 6), (1, 6)), ((0, 7), (0, 8))])
    R.note('(*) Quý I/2025: số cộng của tỉnh Hưng Yên (cũ) và tỉnh Thái Bình (cũ), tính theo địa giới hành chính của tỉnh '
           'Hưng Yên sau sắp xếp. Ký hiệu "x": không có số liệu. Số liệu mẫu.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Văn Mẫu')
    R.traps = [
        'Report dated 27/3: March and the quarter are unfinished → estimate ("Ước tháng 3", "Ước quý I"); "Thực hiện tháng 2/2026" → 2026-02 actual.',
        '"So với cùng kỳ (%)" is merged over two sub-columns "Tháng 3" | "Quý I": the index of one month (2026-03) and of the quarter (2026-Q1); index − 100.',
        'Column "Quý I/2025 (*)" is the sum of the two former provinces (footnote below the table) → actual 2025-Q1 of the merged Hưng Yên.',
        'Prose repeats the table (20.115 tỷ; "3,62 tỷ USD" = 3.620,0 triệu USD): one entry each.',
        'IIP row has "x" in the level columns; month-on-month IIP (+18,5%) and CPI of March (so với tháng trước, so với cùng kỳ) are not expected; only the quarterly average CPI.',
        '"thu trên địa bàn Thái Bình (cũ)" and the national GRDP growth (7,1%) are not expected; growth of new enterprises / arrivals (113,9; 113,6) has no code.',
        'Disbursement "đến ngày 20/3/2026" → 2026-Q1 estimate.',
    ]
    return R


def quangtri_4t():
    R = Rep('QuangTri_UBND_BC_KTXH_4thang_2026.docx', 'Quảng Trị', 2026, '2026-04-23',
            'Báo cáo tình hình KT-XH tháng 4 và 4 tháng đầu năm 2026 (Số liệu mẫu)',
            'Four-month report of the merged Quảng Trị (Quảng Bình + Quảng Trị), dated 23/4/2026: short prose and a '
            'TRANSPOSED table – periods in the rows (Tháng 1 … Ước 4 tháng, 4 tháng 2025, So với cùng kỳ), indicators in '
            'the columns with their units in the headers.')
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ', 'Số: 205/BC-UBND'], 'Quảng Trị, ngày 23 tháng 4 năm 2026')
    R.title_block('BÁO CÁO', 'Tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2026', '(Số liệu mẫu)')
    M4 = '2026-04'; C = '2026-4M'; B = '2025-4M'
    R.h('1. Khái quát')
    R.p(f'Bốn tháng đầu năm 2026, kinh tế của tỉnh tiếp tục phục hồi. Chỉ số sản xuất công nghiệp tháng 4 ước tăng '
        f'{R.v(8.9,"iip_growth",M4,E)}% so với cùng kỳ; tính chung 4 tháng ước tăng {R.v(9.6,"iip_growth",C,E)}%. Chỉ số giá '
        f'tiêu dùng bình quân 4 tháng tăng {R.v(2.85,"cpi_avg_growth",C,E)}% so với cùng kỳ.')
    R.p(f'Thu ngân sách nhà nước 4 tháng ước đạt {R.v(4003,"state_budget_revenue",C,E)} tỷ đồng, bằng '
        f'{R.v(31.2,"state_budget_revenue_pct_of_estimate",C,E)}% dự toán HĐND tỉnh giao '
        f'({R.v(12830,"state_budget_revenue","2026",PL)} tỷ đồng), tăng {R.v(12.4,"state_budget_revenue_growth",C,E)}% so với '
        f'cùng kỳ; riêng tháng 4 ước thu {R.v(1020,"state_budget_revenue",M4,E)} tỷ đồng. Khu vực Quảng Bình (cũ) thu 2.110 tỷ '
        f'đồng. Giải ngân vốn đầu tư công đến ngày 20/4/2026 đạt {R.v(18.6,"public_investment_disbursement_rate",C,E)}% kế hoạch.')
    R.p(f'Kim ngạch xuất khẩu 4 tháng ước đạt {R.v(411.1,"export_value",C,E)} triệu USD. Số liệu theo từng tháng ở biểu dưới đây.')
    R.h('2. Biểu số liệu theo tháng')
    M = [('Tháng 1/2026', '2026-01', A), ('Tháng 2/2026', '2026-02', A), ('Tháng 3/2026', '2026-03', A),
         ('Ước tháng 4/2026', M4, E), ('Ước 4 tháng năm 2026', C, E), ('4 tháng năm 2025 (*)', B, A)]
    data = {
        '2026-01': (1105, 4250, 98.4, 512, 185), '2026-02': (842, 4410, 85.1, 604, 140),
        '2026-03': (1036, 4195, 112.6, 478, 230), M4: (1020, 4300, 115.0, 545, 215),
        C: (4003, 17155, 411.1, 2139, 770), B: (3560, 15480, 362.4, 1905, 702)}
    rows = [['Kỳ báo cáo', 'Thu NSNN trên địa bàn (tỷ đồng)',
             'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (tỷ đồng)', 'Xuất khẩu hàng hóa (triệu USD)',
             'Khách du lịch (nghìn lượt)', 'Doanh nghiệp thành lập mới (DN)']]
    for lab, per, st in M:
        b, r, x, t, n = data[per]
        rows.append([lab, R.v(b, 'state_budget_revenue', per, st), R.v(r, 'retail_sales_services_revenue', per, st),
                     R.v(x, 'export_value', per, st, dec=1), R.v(t, 'tourism_arrivals', per, st, k=1000),
                     R.v(n, 'new_enterprises', per, st)])
    rows.append(['4 tháng 2026 so với cùng kỳ (%)', R.v(112.4, 'state_budget_revenue_growth', C, E, k='idx'),
                 R.v(110.8, 'retail_sales_services_revenue_growth', C, E, k='idx'),
                 R.v(113.4, 'export_value_growth', C, E, k='idx'), '112,3', '109,7'])
    R.table(rows, hdr=1)
    R.note('(*) Số liệu 4 tháng năm 2025 tính theo địa giới tỉnh Quảng Trị sau sắp xếp (gồm tỉnh Quảng Bình và tỉnh '
           'Quảng Trị cũ). Tháng 1 - 3 là số thực hiện; tháng 4 là số ước tính. Số liệu mẫu.')
    R.p(f'Tổng mức bán lẻ 4 tháng ước tăng {R.v(10.8,"retail_sales_services_revenue_growth",C,E)}%, xuất khẩu tăng '
        f'{R.v(13.4,"export_value_growth",C,E)}% so với cùng kỳ.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Lê Thị Mẫu')
    R.traps = [
        'Transposed table: one row per period ("Tháng 1/2026" … "Ước 4 tháng năm 2026", "4 tháng năm 2025 (*)"), one column per indicator; units are only in the column headers ("(tỷ đồng)", "(triệu USD)", "(nghìn lượt)").',
        'Months 1-3 are actual, "Ước tháng 4/2026" is 2026-04 estimate and "Ước 4 tháng năm 2026" is the cumulative 2026-4M estimate – single-month rows and the cumulative row sit in the same columns.',
        'Last row "4 tháng 2026 so với cùng kỳ (%)" is an index row (112,4 → 12.4); its tourist and new-enterprise cells have no code.',
        'Row "4 tháng năm 2025 (*)" is on the merged boundaries (footnote) → actual 2025-4M.',
        'Khách du lịch in nghìn lượt (512 → 512000 persons); exports keep one decimal (115,0).',
        'Prose: "Khu vực Quảng Bình (cũ) thu 2.110 tỷ" not expected; disbursement "đến ngày 20/4" → 2026-4M estimate.',
    ]
    return R


def thainguyen_6t():
    R = Rep('ThaiNguyen_UBND_BC_KTXH_6thang_2026_PhuLuc.docx', 'Thái Nguyên', 2026, '2026-06-19',
            'Báo cáo tình hình KT-XH 6 tháng đầu năm 2026 và phụ lục (Số liệu mẫu)',
            'Half-year report of the merged Thái Nguyên (Thái Nguyên + Bắc Kạn), dated 19/6/2026: prose, then an '
            'appendix after a page break with "Kế hoạch năm 2026 | Thực hiện 6 tháng 2025 (1) | Ước thực hiện 6 tháng '
            '2026 | Trong đó: Ước quý II/2026 | So sánh (%) (Cùng kỳ, KH năm)" and numbered sub-rows 1.1-1.3.')
    H = '2026-H1'; Q2 = '2026-Q2'; B = '2025-H1'; Y = '2026'
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN', 'Số: 318/BC-UBND'], 'Thái Nguyên, ngày 19 tháng 6 năm 2026')
    R.title_block('BÁO CÁO', 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2026;',
                  'nhiệm vụ, giải pháp 6 tháng cuối năm 2026', '(Số liệu mẫu)')
    R.h('I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026')
    R.h('1. Tăng trưởng kinh tế')
    R.p(f'Tăng trưởng GRDP 6 tháng đầu năm ước đạt {R.v(8.92,"grdp_growth",H,E)}%; trong đó quý I tăng '
        f'{R.v(8.41,"grdp_growth","2026-Q1",A)}% (số liệu chính thức) và quý II ước tăng {R.v(9.35,"grdp_growth",Q2,E)}%. '
        f'Khu vực nông, lâm nghiệp và thủy sản tăng {R.v(3.85,"gva_agri_forestry_fishery_growth",H,E)}%; công nghiệp và xây '
        f'dựng tăng {R.v(11.62,"gva_industry_construction_growth",H,E)}%; dịch vụ tăng {R.v(8.07,"gva_services_growth",H,E)}%. '
        f'Để đạt mục tiêu tăng trưởng {R.v(10.5,"grdp_growth",Y,PL)}% cả năm, 6 tháng cuối năm cần tăng khoảng 12%.')
    R.h('2. Các ngành, lĩnh vực')
    R.p(f'Chỉ số sản xuất công nghiệp 6 tháng ước tăng {R.v(12.3,"iip_growth",H,E)}%, riêng tháng 6 ước tăng '
        f'{R.v(13.5,"iip_growth","2026-06",E)}% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng '
        f'ước đạt {R.v(36480,"retail_sales_services_revenue",H,E)} tỷ đồng, tăng '
        f'{R.v(12.1,"retail_sales_services_revenue_growth",H,E)}%. Kim ngạch xuất khẩu ước đạt '
        f'{R.v(16.85,"export_value",H,E,k=1000)} tỷ USD, tăng {R.v(8.4,"export_value_growth",H,E)}%; nhập khẩu ước '
        f'{R.v(12430,"import_value",H,E)} triệu USD, tăng {R.v(6.9,"import_value_growth",H,E)}%. CPI bình quân 6 tháng tăng '
        f'{R.v(3.21,"cpi_avg_growth",H,E)}%.')
    R.p(f'Thu ngân sách nhà nước ước đạt {R.v(11260,"state_budget_revenue",H,E)} tỷ đồng, bằng '
        f'{R.v(56.3,"state_budget_revenue_pct_of_estimate",H,E)}% dự toán, tăng {R.v(18.7,"state_budget_revenue_growth",H,E)}% '
        f'so với cùng kỳ. Chi ngân sách địa phương ước {R.v(10940,"local_budget_expenditure",H,E)} tỷ đồng. Vốn đầu tư thực '
        f'hiện toàn xã hội ước {R.v(48320,"total_social_investment",H,E)} tỷ đồng, tăng '
        f'{R.v(10.8,"total_social_investment_growth",H,E)}%. Đến ngày 15/6/2026, giải ngân vốn đầu tư công đạt '
        f'{R.v(41.3,"public_investment_disbursement_rate",H,E)}% kế hoạch.')
    R.p(f'Thu hút {R.v(512.6,"fdi_registered",H,E)} triệu USD vốn FDI; {R.v(1208,"new_enterprises",H,E)} doanh nghiệp '
        f'thành lập mới. Đón {R.v(3.42,"tourism_arrivals",H,E,k=1000000)} triệu lượt khách, doanh thu du lịch ước '
        f'{R.v(3150,"tourism_revenue",H,E)} tỷ đồng.')
    R.h('3. Văn hóa - xã hội')
    R.p(f'Giải quyết việc làm cho {R.v(14600,"jobs_created",H,E)} lao động, bằng 52,1% kế hoạch năm '
        f'({R.v(28000,"jobs_created",Y,PL)} lao động). Tỷ lệ dân số tham gia bảo hiểm y tế đạt '
        f'{R.v(94.1,"health_insurance_coverage",H,E)}%.')
    R.h('II. NHIỆM VỤ 6 THÁNG CUỐI NĂM')
    R.p('Tập trung các giải pháp thúc đẩy tăng trưởng; hoàn thiện bộ máy chính quyền địa phương hai cấp.')
    R.pagebreak()
    R.h('PHỤ LỤC: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026')
    R.p('(Kèm theo Báo cáo số 318/BC-UBND ngày 19/6/2026 – Số liệu mẫu)', italic=True, center=True)

    def row(no, lab, unit, code, kh, th, u, q2, cc=None, khn='x', kplan=None, dec=None, gcode=None):
        kk = kplan
        return [no, lab, unit, R.v(kh, code, Y, PL, k=kk, dec=dec), R.v(th, code, B, A, k=kk, dec=dec),
                R.v(u, code, H, E, k=kk, dec=dec), R.v(q2, code, Q2, E, k=kk, dec=dec),
                (R.v(cc, gcode, H, E, k='idx') if gcode else (cc if cc else 'x')), khn]
    rows = [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2026', 'Thực hiện 6 tháng 2025 (1)', 'Ước thực hiện 6 tháng 2026',
         'Trong đó: Ước quý II/2026', 'So sánh (%)', ''],
        ['', '', '', '', '', '', '', 'Cùng kỳ', 'KH năm'],
        row('1', 'Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)', '%', 'grdp_growth', 10.5, 7.65, 8.92, 9.35, dec=None),
        row('1.1', 'Nông, lâm nghiệp và thủy sản', '%', 'gva_agri_forestry_fishery_growth', 4.0, 3.10, 3.85, 4.02),
        row('1.2', 'Công nghiệp và xây dựng', '%', 'gva_industry_construction_growth', 13.0, 9.84, 11.62, 12.15),
        row('1.3', 'Dịch vụ', '%', 'gva_services_growth', 8.5, 7.12, 8.07, 8.66),
        row('2', 'Chỉ số sản xuất công nghiệp (tăng so cùng kỳ)', '%', 'iip_growth', 13.0, 10.2, 12.3, 12.9),
        row('3', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'Tỷ đồng', 'retail_sales_services_revenue',
            74000, 32540, 36480, 18620, 112.1, '49,3', gcode='retail_sales_services_revenue_growth'),
        row('4', 'Kim ngạch xuất khẩu', 'Triệu USD', 'export_value', 35000, 15545, 16850, 8710, 108.4, '48,1',
            gcode='export_value_growth'),
        row('5', 'Kim ngạch nhập khẩu', 'Triệu USD', 'import_value', 25500, 11627, 12430, 6380, 106.9, '48,7',
            gcode='import_value_growth'),
        row('6', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', 'state_budget_revenue', 20000, 9486, 11260, 5830,
            118.7, R.v(56.3, 'state_budget_revenue_pct_of_estimate', H, E), gcode='state_budget_revenue_growth'),
        row('7', 'Vốn đầu tư thực hiện toàn xã hội', 'Tỷ đồng', 'total_social_investment', 102000, 43610, 48320, 25900,
            110.8, '47,4', gcode='total_social_investment_growth'),
        row('8', 'Khách du lịch', 'Nghìn lượt', 'tourism_arrivals', 6500, 3010, 3420, 1760, '113,6', '52,6', kplan=1000),
        row('9', 'Doanh nghiệp thành lập mới', 'Doanh nghiệp', 'new_enterprises', 2400, 1085, 1208, 640, '111,3', '50,3'),
    ]
    # the retail row must show 18.620 in Q2 and 12,1 growth: both via row()
    R.table(rows, hdr=2, merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)),
                                  ((0, 4), (1, 4)), ((0, 5), (1, 5)), ((0, 6), (1, 6)), ((0, 7), (0, 8))], size=10)
    R.note('(1) Số liệu 6 tháng năm 2025 đã được tính lại theo địa giới hành chính tỉnh Thái Nguyên sau sắp xếp '
           '(gồm tỉnh Thái Nguyên và tỉnh Bắc Kạn cũ). Số liệu mẫu.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Trần Văn Mẫu')
    R.traps = [
        'Appendix after a page break: "Trong đó: Ước quý II/2026" is a single-quarter column (2026-Q2 estimate) next to the half-year column (2026-H1 estimate).',
        'Growth rows (1, 1.1-1.3, 2) give growth rates in every column: plan 2026, 2025-H1 actual, 2026-H1 and 2026-Q2 estimates; their "So sánh" cells are "x".',
        'Sub-rows "1.1 Nông, lâm nghiệp…", "1.2", "1.3" are the GVA growth of the sectors under the GRDP row (labels without "tăng trưởng").',
        '"Thực hiện 6 tháng 2025 (1)": footnote says it is recomputed on the merged boundaries → actual 2025-H1 for Thái Nguyên.',
        '"So sánh (%)" merged over "Cùng kỳ" (index → growth) and "KH năm" (only the budget row is a catalogue indicator: 56,3).',
        'Prose quarter I "(số liệu chính thức)" → 2026-Q1 actual; "6 tháng cuối năm cần tăng khoảng 12%" is a requirement, not expected.',
        'Prose "16,85 tỷ USD" = table 16.850 triệu USD; khách "3,42 triệu lượt" = 3.420 nghìn lượt.',
        'Growth of arrivals and of new enterprises (113,6; 111,3) has no code; "52,1% kế hoạch năm" of jobs is not expected.',
    ]
    return R


def angiang_tcbc_t5():
    R = Rep('AnGiang_ThongKe_ThongCaoBaoChi_Thang5_2026.docx', 'An Giang', 2026, '2026-06-05',
            'Thông cáo báo chí tình hình KT-XH tháng 5 và 5 tháng năm 2026 (Số liệu mẫu)',
            'Monthly press release of the statistics office of the merged An Giang (An Giang + Kiên Giang), dated '
            '5/6/2026: three small tables with one ROW PER MONTH (Tháng 1 … Ước tính tháng 5) and columns for the month, '
            'the cumulated months ("Cộng dồn") and the comparison with the same period ("cùng kỳ").')
    R.header(['THỐNG KÊ TỈNH AN GIANG', 'Số: 41/TCBC-TK'], 'An Giang, ngày 05 tháng 6 năm 2026')
    R.title_block('THÔNG CÁO BÁO CHÍ', 'Tình hình kinh tế - xã hội tháng 5 và 5 tháng năm 2026', '(Số liệu mẫu)')
    months = [('Tháng 1', '2026-01', None, A), ('Tháng 2', '2026-02', '2026-2M', A), ('Tháng 3', '2026-03', '2026-Q1', A),
              ('Tháng 4', '2026-04', '2026-4M', A), ('Ước tính tháng 5', '2026-05', '2026-5M', E)]
    R.p(f'Chỉ số sản xuất công nghiệp (IIP) tháng 5/2026 ước tính tăng 2,4% so với tháng trước và tăng '
        f'{R.v(10.2,"iip_growth","2026-05",E)}% so với cùng kỳ năm trước; tính chung 5 tháng tăng '
        f'{R.v(7.8,"iip_growth","2026-5M",E)}%. Chi tiết từng tháng tại Biểu 1.')
    R.h('Biểu 1. Chỉ số sản xuất công nghiệp các tháng năm 2026 (%)')
    iip = [(98.2, 106.4, None), (90.5, 104.1, 105.3), (115.8, 109.7, 106.8), (101.2, 108.5, 107.2), (102.4, 110.2, 107.8)]
    rows = [['Tháng', 'So với tháng trước', 'So với cùng kỳ năm trước', 'Cộng dồn từ đầu năm so với cùng kỳ']]
    for (lab, m, c, st), (mm, yy, cum) in zip(months, iip):
        rows.append([lab, _f(mm),
                     R.v(yy, 'iip_growth', m, st, k='idx'),
                     R.v(cum, 'iip_growth', c, st, k='idx') if c else '-'])
    R.table(rows, hdr=1)
    R.h('Biểu 2. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng các tháng năm 2026')
    ret = [(15420, 15420, 112.5, None), (16810, 32230, 109.8, 111.1), (14960, 47190, 110.4, 110.9),
           (15230, 62420, 111.0, 110.9), (15650, 78070, 111.7, 111.1)]
    rows = [['Tháng', 'Tháng (tỷ đồng)', 'Cộng dồn (tỷ đồng)', 'Tháng so với cùng kỳ (%)', 'Cộng dồn so với cùng kỳ (%)']]
    for (lab, m, c, st), (mv, cv, mg, cg) in zip(months, ret):
        rows.append([lab, R.v(mv, 'retail_sales_services_revenue', m, st),
                     R.v(cv, 'retail_sales_services_revenue', c, st) if c else _f(cv),
                     R.v(mg, 'retail_sales_services_revenue_growth', m, st, k='idx', dec=1),
                     R.v(cg, 'retail_sales_services_revenue_growth', c, st, k='idx', dec=1) if c else _f(mg)])
    R.table(rows, hdr=1)
    R.p(f'Tính chung 5 tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước tính đạt '
        f'{R.v(78070,"retail_sales_services_revenue","2026-5M",E)} tỷ đồng, tăng '
        f'{R.v(11.1,"retail_sales_services_revenue_growth","2026-5M",E)}% so với cùng kỳ.')
    R.h('Biểu 3. Kim ngạch xuất khẩu hàng hóa các tháng năm 2026')
    exv = [(412.5, 412.5, 118.2), (298.4, 710.9, 95.6), (445.1, 1156.0, 112.3), (430.8, 1586.8, 110.5),
           (452.0, 2038.8, 109.4)]
    rows = [['Tháng', 'Tháng (triệu USD)', 'Cộng dồn (triệu USD)', 'Tháng so với cùng kỳ (%)']]
    for (lab, m, c, st), (mv, cv, mg) in zip(months, exv):
        rows.append([lab, R.v(mv, 'export_value', m, st, dec=1),
                     R.v(cv, 'export_value', c, st, dec=1) if c else _f(cv, 1),
                     R.v(mg, 'export_value_growth', m, st, k='idx', dec=1)])
    R.table(rows, hdr=1)
    R.p(f'Chỉ số giá tiêu dùng (CPI) tháng 5/2026 tăng 0,18% so với tháng trước; bình quân 5 tháng tăng '
        f'{R.v(2.96,"cpi_avg_growth","2026-5M",A)}% so với cùng kỳ. Thu ngân sách nhà nước 5 tháng ước tính đạt '
        f'{R.v(8125,"state_budget_revenue","2026-5M",E)} tỷ đồng (số liệu của Sở Tài chính). Khách du lịch 5 tháng ước '
        f'đạt {R.v(4.82,"tourism_arrivals","2026-5M",E,k=1000000)} triệu lượt, trong đó khách quốc tế 0,61 triệu lượt.')
    R.note('Ghi chú: số liệu tháng 1 - 4 là số chính thức; tháng 5 là số ước tính. Cả nước: IIP 5 tháng tăng 8,9%. '
           'Số liệu mẫu – không phải số liệu chính thức.')
    R.traps = [
        'Three tables with one row per month: the month column gives YYYY-MM (1-4 actual, "Ước tính tháng 5" estimate); the "Cộng dồn" column on the same row gives the cumulated period (2026-2M, 2026-Q1, 2026-4M, 2026-5M).',
        'Row "Tháng 1": its "Cộng dồn" equals the month itself – not a separate entry.',
        'IIP: column "So với tháng trước" is month-on-month (not expected); "So với cùng kỳ năm trước" and "Cộng dồn … so với cùng kỳ" are indexes → growth.',
        'Exports: 95,6 in February → -4.4; cumulated cells need the row\'s month ("Cộng dồn" in row Tháng 3 = quarter I).',
        'CPI average of 5 months stated plainly in a June release → actual; month-on-month CPI not expected; international arrivals (component) and the national IIP not expected.',
        'Release dated 5/6: May is over but the release calls it "ước tính" → estimate, and so is every cumulated 5-month figure.',
    ]
    return R


def _f(x, dec=None):
    from lib import vn
    return vn(x, dec)


def camau_stc_q1():
    R = Rep('CaMau_SoTaiChinh_BC_ThuChiNSNN_QuyI_2026.docx', 'Cà Mau', 2026, '2026-04-09',
            'Báo cáo tình hình thu, chi ngân sách nhà nước quý I năm 2026 (Số liệu mẫu)',
            'Quarterly budget report of the Department of Finance of the merged Cà Mau (Bạc Liêu + Cà Mau), dated '
            '9/4/2026: prose and a table in triệu đồng (unit in every column header) with a single-month column '
            '"Trong đó: tháng 3/2026" and "So sánh (%)" over "Dự toán" and "Cùng kỳ".')
    R.header(['UBND TỈNH CÀ MAU', 'SỞ TÀI CHÍNH', 'Số: 860/BC-STC'], 'Cà Mau, ngày 09 tháng 4 năm 2026')
    R.title_block('BÁO CÁO', 'Tình hình thực hiện thu, chi ngân sách nhà nước quý I năm 2026', '(Số liệu mẫu)')
    Q = '2026-Q1'; Y = '2026'; B = '2025-Q1'
    R.h('1. Thu ngân sách nhà nước')
    R.p(f'Tổng thu ngân sách nhà nước trên địa bàn quý I/2026 thực hiện {R.v(3205.46,"state_budget_revenue",Q,A)} tỷ đồng, '
        f'bằng {R.v(27.1,"state_budget_revenue_pct_of_estimate",Q,A)}% dự toán HĐND tỉnh giao và bằng '
        f'{R.v(115.1,"state_budget_revenue_growth",Q,A,k="idx")}% so với cùng kỳ. Riêng tháng 3 thu '
        f'{R.v(1098.32,"state_budget_revenue","2026-03",A)} tỷ đồng, tăng {R.v(21.4,"state_budget_revenue_growth","2026-03",A)}% '
        f'so với tháng 3/2025. Thu trên địa bàn Bạc Liêu (cũ) đạt 1.240 tỷ đồng.')
    R.p(f'Ước thu tháng 4 đạt {R.v(1050,"state_budget_revenue","2026-04",E)} tỷ đồng; lũy kế 4 tháng ước '
        f'{R.v(4255,"state_budget_revenue","2026-4M",E)} tỷ đồng, bằng {R.v(35.9,"state_budget_revenue_pct_of_estimate","2026-4M",E)}% dự toán.')
    R.h('2. Chi ngân sách địa phương')
    R.p(f'Tổng chi ngân sách địa phương quý I thực hiện {R.v(5120.74,"local_budget_expenditure",Q,A)} tỷ đồng, bằng 20,8% dự '
        f'toán. Giải ngân vốn đầu tư công đến hết quý I đạt {R.v(15.8,"public_investment_disbursement_rate",Q,A)}% kế hoạch '
        f'vốn Thủ tướng Chính phủ giao.')
    R.p('Biểu 01. KẾT QUẢ THU, CHI NGÂN SÁCH QUÝ I NĂM 2026', bold=True, center=True)
    T = 1000

    def m(x, code, per, st):
        return R.v(x, code, per, st, k=Decimal('0.001')) if code else _f(x)
    from decimal import Decimal
    rows = [
        ['STT', 'Nội dung', 'Dự toán năm 2026 (triệu đồng)', 'Thực hiện quý I/2026 (triệu đồng)',
         'Trong đó: tháng 3/2026 (triệu đồng)', 'Cùng kỳ năm 2025 (*) (triệu đồng)', 'So sánh (%)', ''],
        ['', '', '', '', '', '', 'Dự toán', 'Cùng kỳ'],
        ['A', 'TỔNG THU NSNN TRÊN ĐỊA BÀN', m(11850000, 'state_budget_revenue', Y, PL),
         m(3205460, 'state_budget_revenue', Q, A), m(1098320, 'state_budget_revenue', '2026-03', A),
         m(2786150, 'state_budget_revenue', B, A), R.v(27.1, 'state_budget_revenue_pct_of_estimate', Q, A),
         R.v(115.1, 'state_budget_revenue_growth', Q, A, k='idx')],
        ['1', 'Thu nội địa', _f(10900000), _f(2960180), _f(1012450), _f(2551320), '27,2', '116,0'],
        ['2', 'Thu từ hoạt động xuất nhập khẩu', _f(950000), _f(245280), _f(85870), _f(234830), '25,8', '104,4'],
        ['B', 'TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG', m(24600000, 'local_budget_expenditure', Y, PL),
         m(5120740, 'local_budget_expenditure', Q, A), m(1905400, 'local_budget_expenditure', '2026-03', A),
         m(4710300, 'local_budget_expenditure', B, A), '20,8', '108,7'],
        ['1', 'Chi đầu tư phát triển', _f(7850000), _f(1024600), _f(512300), _f(1106500), '13,1', '92,6'],
        ['2', 'Chi thường xuyên', _f(15900000), _f(4096140), _f(1393100), _f(3603800), '25,8', '113,7'],
    ]
    R.table(rows, hdr=2, merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)),
                                  ((0, 4), (1, 4)), ((0, 5), (1, 5)), ((0, 6), (0, 7))], size=10)
    R.note('(*) Cùng kỳ năm 2025: số cộng của tỉnh Cà Mau (cũ) và tỉnh Bạc Liêu (cũ). Số liệu mẫu.')
    R.sign('GIÁM ĐỐC', 'Phạm Thị Mẫu')
    R.traps = [
        'Department of Finance report dated 9/4/2026: quarter I is finished and stated "thực hiện" → actual; April and the 4-month sum are "ước" → estimate.',
        'Unit only inside every column header "(triệu đồng)": 3.205.460 → 3205.46 bn_vnd; no ĐVT column, no unit line.',
        '"Trong đó: tháng 3/2026" is a single-month column (2026-03) inside a quarterly table.',
        '"Cùng kỳ năm 2025 (*)" is the sum of the two former provinces → actual 2025-Q1 of the merged Cà Mau.',
        '"So sánh (%)" over "Dự toán" | "Cùng kỳ": pct_of_estimate only for revenue; the expenditure row\'s 20,8 and 108,7 have no code.',
        'Sub-rows "Thu nội địa", "Thu từ hoạt động xuất nhập khẩu", "Chi đầu tư phát triển", "Chi thường xuyên" are components – not expected; "Bạc Liêu (cũ) 1.240 tỷ" is not expected.',
        '"bằng 115,1% so với cùng kỳ" → growth 15.1; "tăng 21,4% so với tháng 3/2025" → growth of the single month 2026-03.',
    ]
    return R
