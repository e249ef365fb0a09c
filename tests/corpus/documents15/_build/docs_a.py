# -*- coding: utf-8 -*-
"""documents15, files 1-5 (SAMPLE DATA / Số liệu mẫu). All figures invented."""
from lib import Rep


def hatinh_6t_2018():
    R = Rep('HaTinh_UBND_BC_KTXH_6T_2018.docx', 'Hà Tĩnh', 2018, '2018-06-18',
            'Báo cáo tình hình KT-XH 6 tháng đầu năm 2018 (Số liệu mẫu)',
            'Half-year report (6 tháng 2018) of the provincial People\'s Committee: prose by numbered sections, '
            'an appendix table with merged headers ("So sánh (%)" over two columns) and a footnote.')
    P = '2018-H1'; E = 'estimate'
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'Số: 198/BC-UBND'], 'Hà Tĩnh, ngày 18 tháng 6 năm 2018')
    R.title_block('BÁO CÁO', 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2018;',
                  'nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2018', '(Số liệu mẫu)')
    R.h('I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2018')
    R.h('1. Tăng trưởng kinh tế')
    R.p(f'Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm ước tăng {R.v(6.85,"grdp_growth",P,E)}% so với cùng kỳ '
        f'(kế hoạch cả năm 2018 tăng {R.v(8,"grdp_growth","2018","plan")}%). Trong đó: khu vực nông, lâm nghiệp và thủy '
        f'sản tăng {R.v(2.41,"gva_agri_forestry_fishery_growth",P,E)}%; khu vực công nghiệp và xây dựng tăng '
        f'{R.v(12.36,"gva_industry_construction_growth",P,E)}%; khu vực dịch vụ tăng {R.v(5.62,"gva_services_growth",P,E)}%.')
    R.h('2. Sản xuất, kinh doanh')
    R.p('a) Sản xuất nông nghiệp: tổng diện tích gieo trồng vụ Xuân đạt 98.450 ha; sản lượng lương thực vụ Xuân ước đạt '
        '352.600 tấn, tăng 1,8% so với vụ Xuân năm trước. Đàn lợn phục hồi, đạt khoảng 346 nghìn con.')
    R.p(f'b) Sản xuất công nghiệp: chỉ số sản xuất công nghiệp (IIP) 6 tháng ước tăng {R.v(24.6,"iip_growth",P,E)}% so với '
        f'cùng kỳ; riêng tháng 6 ước tăng {R.v(18.2,"iip_growth","2018-06",E)}% so với cùng kỳ và tăng 3,4% so với tháng trước.')
    R.p(f'c) Thương mại, dịch vụ: tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng ước đạt '
        f'{R.v(14560,"retail_sales_services_revenue",P,E)} tỷ đồng, tăng {R.v(11.2,"retail_sales_services_revenue_growth",P,E)}% '
        f'so với cùng kỳ. Kim ngạch xuất khẩu ước đạt {R.v(312.5,"export_value",P,E)} triệu USD, tăng '
        f'{R.v(45.3,"export_value_growth",P,E)}%; kim ngạch nhập khẩu ước đạt {R.v(1.25,"import_value",P,E,k=1000)} tỷ USD, '
        f'tăng {R.v(8.7,"import_value_growth",P,E)}%. Chỉ số giá tiêu dùng (CPI) bình quân 6 tháng tăng '
        f'{R.v(3.12,"cpi_avg_growth",P,E)}% so với cùng kỳ; CPI tháng 6 tăng 0,21% so với tháng trước.')
    R.p(f'Hoạt động du lịch tiếp tục khởi sắc: 6 tháng đón {R.v(1.23,"tourism_arrivals",P,E,k=1000000)} triệu lượt khách, '
        f'tăng 12,5% so với cùng kỳ; doanh thu du lịch ước đạt {R.v(1085,"tourism_revenue",P,E)} tỷ đồng.')
    R.h('3. Tài chính, ngân sách')
    R.p(f'Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt {R.v(5120,"state_budget_revenue",P,E)} tỷ đồng, đạt '
        f'{R.v(52.8,"state_budget_revenue_pct_of_estimate",P,E)}% dự toán năm, bằng {R.v(112,"state_budget_revenue_growth",P,E,k="idx")}% '
        f'cùng kỳ; trong đó thu nội địa 3.240 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.880 tỷ đồng. Dự toán thu ngân sách '
        f'năm 2018 HĐND tỉnh giao là {R.v(9700,"state_budget_revenue","2018","plan")} tỷ đồng. Chi ngân sách địa phương 6 tháng '
        f'ước đạt {R.v(7845,"local_budget_expenditure",P,E)} tỷ đồng, bằng 48,2% dự toán.')
    R.h('4. Đầu tư, phát triển doanh nghiệp')
    R.p(f'Vốn đầu tư thực hiện toàn xã hội 6 tháng ước đạt {R.v(15230,"total_social_investment",P,E)} tỷ đồng, tăng '
        f'{R.v(6.2,"total_social_investment_growth",P,E)}% so với cùng kỳ. Đến ngày 15/6/2018, giải ngân vốn đầu tư công đạt '
        f'{R.v(38.5,"public_investment_disbursement_rate",P,E)}% kế hoạch vốn năm. Trong 6 tháng, cấp mới 4 dự án FDI với tổng '
        f'vốn đăng ký {R.v(48.6,"fdi_registered",P,E)} triệu USD; có {R.v(412,"new_enterprises",P,E)} doanh nghiệp thành lập '
        f'mới, tăng 15,1% so với cùng kỳ.')
    R.h('5. Văn hóa - xã hội')
    R.p(f'Giải quyết việc làm cho {R.v(11250,"jobs_created",P,E)} lao động, đạt 56,3% kế hoạch năm '
        f'({R.v(20000,"jobs_created","2018","plan")} lao động). Đến nay toàn tỉnh có {R.v(122,"ntm_communes",P,E)} xã đạt chuẩn '
        f'nông thôn mới; năm 2018 phấn đấu có thêm 20 xã đạt chuẩn, nâng tổng số lên {R.v(142,"ntm_communes","2018","plan")} xã. '
        f'Tỷ lệ bao phủ bảo hiểm y tế đạt {R.v(86.4,"health_insurance_coverage",P,E)}% dân số.')
    R.h('II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 6 THÁNG CUỐI NĂM 2018')
    R.p(f'1. Tập trung tháo gỡ khó khăn cho sản xuất kinh doanh; dự kiến cả năm 2018 kim ngạch xuất khẩu đạt khoảng '
        f'{R.v(650,"export_value","2018","forecast",q="about")} triệu USD.')
    R.p('2. Đẩy mạnh thu ngân sách, chống thất thu; đẩy nhanh tiến độ giải ngân vốn đầu tư công.')
    R.pagebreak()
    R.h('Phụ lục: MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2018')
    Q = '2017-H1'
    rows = [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 6 tháng 2017 (1)', 'Kế hoạch năm 2018', 'Ước thực hiện 6 tháng 2018', 'So sánh (%)', ''],
        ['', '', '', '', '', '', 'Cùng kỳ', 'KH năm'],
        ['1', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'Tỷ đồng',
         R.v(13094, 'retail_sales_services_revenue', Q, E), R.v(29500, 'retail_sales_services_revenue', '2018', 'plan'),
         R.v(14560, 'retail_sales_services_revenue', P, E), R.v(111.2, 'retail_sales_services_revenue_growth', P, E, k='idx'), '49,4'],
        ['2', 'Kim ngạch xuất khẩu', 'Triệu USD', R.v(215.0, 'export_value', Q, E, dec=1),
         R.v(600, 'export_value', '2018', 'plan'), R.v(312.5, 'export_value', P, E),
         R.v(145.3, 'export_value_growth', P, E, k='idx'), '52,1'],
        ['3', 'Kim ngạch nhập khẩu', 'Triệu USD', R.v(1150.0, 'import_value', Q, E, dec=1),
         R.v(2400, 'import_value', '2018', 'plan'), R.v(1250, 'import_value', P, E, dec=1),
         R.v(108.7, 'import_value_growth', P, E, k='idx'), '52,1'],
        ['4', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', R.v(4571, 'state_budget_revenue', Q, E),
         R.v(9700, 'state_budget_revenue', '2018', 'plan'), R.v(5120, 'state_budget_revenue', P, E),
         R.v(112, 'state_budget_revenue_growth', P, E, k='idx', dec=1),
         R.v(52.8, 'state_budget_revenue_pct_of_estimate', P, E)],
        ['5', 'Vốn đầu tư thực hiện toàn xã hội', 'Tỷ đồng', R.v(14341, 'total_social_investment', Q, E),
         R.v(36000, 'total_social_investment', '2018', 'plan'), R.v(15230, 'total_social_investment', P, E),
         R.v(106.2, 'total_social_investment_growth', P, E, k='idx'), '42,3'],
        ['6', 'Lượt khách du lịch', 'Nghìn lượt', R.v(1093, 'tourism_arrivals', Q, E, k=1000),
         R.v(2600, 'tourism_arrivals', '2018', 'plan', k=1000), R.v(1230, 'tourism_arrivals', P, E, k=1000), '112,5', '47,3'],
        ['7', 'Số doanh nghiệp thành lập mới', 'Doanh nghiệp', R.v(358, 'new_enterprises', Q, E),
         R.v(900, 'new_enterprises', '2018', 'plan'), R.v(412, 'new_enterprises', P, E), '115,1', '45,8'],
    ]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)), ((0, 4), (1, 4)),
              ((0, 5), (1, 5)), ((0, 6), (0, 7))]
    R.table(rows, hdr=2, merges=merges, widths=[1, 5.2, 1.8, 2, 2, 2, 1.6, 1.6], size=10)
    R.note('Ghi chú: (1) Số liệu sơ bộ. Số liệu mẫu – mọi số liệu trong báo cáo là giả định.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Văn Mẫu')
    R.traps = [
        'The first Word table is the letterhead (agency, number, date), not data.',
        'Half-year figures are estimates (report dated 18/6, period unfinished); yearly "kế hoạch"/"dự toán" figures are plans.',
        'Appendix header is two rows: "So sánh (%)" is merged over "Cùng kỳ" and "KH năm"; the other header cells are merged vertically.',
        'Column "Thực hiện 6 tháng 2017 (1)" says "thực hiện" but footnote (1) says "Số liệu sơ bộ" → status estimate, period 2017-H1.',
        'Index columns (111,2; 145,3; 112,0) are the growth of prose "tăng 11,2%" etc. – one entry each; the "KH năm" % column is not a catalogue indicator except for the budget (52,8% dự toán).',
        'Growth of tourist arrivals and of new enterprises (112,5; 115,1; "tăng 12,5%") have no catalogue code.',
        'Imports in prose "1,25 tỷ USD" and in the table "1.250,0 triệu USD": one figure, 1250 mn_usd. Arrivals "1,23 triệu lượt" = table "1.230 nghìn lượt".',
        'Month-on-month (IIP +3,4%, CPI +0,21% so với tháng trước) not expected; "thêm 20 xã" is an increment, only the total 142 is expected.',
        '"dự kiến cả năm ... khoảng 650 triệu USD" is a forecast with qualifier about.',
    ]
    return R


def binhdinh_9t_2021():
    R = Rep('BinhDinh_UBND_BC_KTXH_9T_2021.docx', 'Bình Định', 2021, '2021-09-27',
            'Báo cáo tình hình KT-XH 9 tháng năm 2021 (Số liệu mẫu)',
            'Nine-month report (9 tháng 2021): prose plus a table split by a page break with its two-row header repeated, '
            'monthly columns (tháng 8 actual, tháng 9 estimate) and 9-month cumulated figures.')
    E = 'estimate'; M9 = '2021-9M'
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH BÌNH ĐỊNH', 'Số: 176/BC-UBND'], 'Bình Định, ngày 27 tháng 9 năm 2021')
    R.title_block('BÁO CÁO', 'Tình hình kinh tế - xã hội 9 tháng năm 2021 và nhiệm vụ trọng tâm 3 tháng cuối năm', '(Số liệu mẫu)')
    R.h('I. TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2021')
    R.p('Trong bối cảnh dịch COVID-19 bùng phát trở lại từ tháng 7, nhiều hoạt động sản xuất, kinh doanh, nhất là '
        'du lịch và dịch vụ lưu trú, bị ảnh hưởng nặng nề.')
    R.h('1. Tăng trưởng kinh tế')
    R.p(f'Tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng {R.v(3.02,"grdp_growth",M9,E)}% so với cùng kỳ; trong đó khu '
        f'vực nông, lâm nghiệp và thủy sản tăng {R.v(4.1,"gva_agri_forestry_fishery_growth",M9,E)}%, khu vực công nghiệp và '
        f'xây dựng tăng {R.v(5.3,"gva_industry_construction_growth",M9,E)}%, khu vực dịch vụ chỉ tăng '
        f'{R.v(0.9,"gva_services_growth",M9,E)}%. Mục tiêu tăng trưởng {R.v(7,"grdp_growth","2021","plan")}% theo Nghị quyết '
        f'của HĐND tỉnh khó đạt được; cả năm 2021 ước tăng khoảng {R.v(3.5,"grdp_growth","2021",E,q="about")}%.')
    R.h('2. Các ngành, lĩnh vực')
    R.p(f'a) Công nghiệp: chỉ số sản xuất công nghiệp (IIP) 9 tháng ước tăng {R.v(4.8,"iip_growth",M9,E)}%; riêng tháng 9 ước '
        f'giảm {R.v(2.1,"iip_growth","2021-09",E,k="neg")}% so với cùng kỳ do nhiều doanh nghiệp thực hiện "3 tại chỗ".')
    R.p(f'b) Thương mại: tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt '
        f'{R.v(46380,"retail_sales_services_revenue",M9,E)} tỷ đồng, giảm {R.v(3.4,"retail_sales_services_revenue_growth",M9,E,k="neg")}% '
        f'so với cùng kỳ. Kim ngạch xuất khẩu 9 tháng ước đạt {R.v(781.6,"export_value",M9,E)} triệu USD, tăng '
        f'{R.v(23.5,"export_value_growth",M9,E)}%; kim ngạch nhập khẩu ước đạt {R.v(265.2,"import_value",M9,E)} triệu USD, tăng '
        f'{R.v(18.9,"import_value_growth",M9,E)}%.')
    R.p(f'c) Thu, chi ngân sách: lũy kế 8 tháng thu ngân sách nhà nước đạt {R.v(7140,"state_budget_revenue","2021-8M","actual")} '
        f'tỷ đồng; ước 9 tháng đạt {R.v(7820,"state_budget_revenue",M9,E)} tỷ đồng, bằng '
        f'{R.v(76.5,"state_budget_revenue_pct_of_estimate",M9,E)}% dự toán ({R.v(10223,"state_budget_revenue","2021","plan")} tỷ đồng) '
        f'và tăng {R.v(8.3,"state_budget_revenue_growth",M9,E)}% so với cùng kỳ. Dự kiến cả năm thu ngân sách đạt khoảng '
        f'{R.v(11000,"state_budget_revenue","2021","forecast",q="about")} tỷ đồng.')
    R.p(f'd) Đầu tư: tổng vốn đầu tư thực hiện toàn xã hội 9 tháng ước đạt {R.v(29450,"total_social_investment",M9,E)} tỷ đồng, '
        f'tăng {R.v(1.6,"total_social_investment_growth",M9,E)}%. Đến ngày 20/9/2021, giải ngân vốn đầu tư công đạt '
        f'{R.v(52.3,"public_investment_disbursement_rate",M9,E)}% kế hoạch. Trong 9 tháng cấp mới 6 dự án FDI, tổng vốn '
        f'đăng ký {R.v(112.4,"fdi_registered",M9,E)} triệu USD; {R.v(562,"new_enterprises",M9,E)} doanh nghiệp thành lập mới.')
    R.p(f'đ) Du lịch: 9 tháng đón {R.v(1.212,"tourism_arrivals",M9,E,k=1000000)} triệu lượt khách, giảm 40,5% so với cùng kỳ; '
        f'doanh thu du lịch ước đạt {R.v(1960,"tourism_revenue",M9,E)} tỷ đồng.')
    R.p(f'e) Lao động, việc làm: 9 tháng giải quyết việc làm cho {R.v(21350,"jobs_created",M9,E)} lao động. Chỉ số giá tiêu '
        f'dùng bình quân 9 tháng tăng {R.v(1.85,"cpi_avg_growth",M9,E)}% so với cùng kỳ.')
    R.h('II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2021')
    R.p('Thực hiện hiệu quả "mục tiêu kép"; hỗ trợ doanh nghiệp phục hồi sản xuất; đẩy nhanh giải ngân vốn đầu tư công.')
    R.pagebreak()
    hdr = [['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện tháng 8/2021', 'Ước tháng 9/2021', 'Ước 9 tháng năm 2021', 'So với cùng kỳ (%)', ''],
           ['', '', '', '', '', '', 'Tháng 9', '9 tháng']]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)), ((0, 4), (1, 4)),
              ((0, 5), (1, 5)), ((0, 6), (0, 7))]
    A, M8, M9m = 'actual', '2021-08', '2021-09'
    R.h('Biểu 01: MỘT SỐ CHỈ TIÊU KINH TẾ CHỦ YẾU 9 THÁNG NĂM 2021')
    part1 = [
        ['1', 'Chỉ số sản xuất công nghiệp (IIP)', '%', '-', '-', '-', R.v(97.9, 'iip_growth', M9m, E, k='idx'),
         R.v(104.8, 'iip_growth', M9, E, k='idx')],
        ['2', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'Tỷ đồng',
         R.v(4612, 'retail_sales_services_revenue', M8, A), R.v(4950, 'retail_sales_services_revenue', M9m, E),
         R.v(46380, 'retail_sales_services_revenue', M9, E),
         R.v(92.8, 'retail_sales_services_revenue_growth', M9m, E, k='idx'),
         R.v(96.6, 'retail_sales_services_revenue_growth', M9, E, k='idx')],
        ['3', 'Kim ngạch xuất khẩu', 'Triệu USD', R.v(92.4, 'export_value', M8, A), R.v(95, 'export_value', M9m, E, dec=1),
         R.v(781.6, 'export_value', M9, E), R.v(108.4, 'export_value_growth', M9m, E, k='idx'),
         R.v(123.5, 'export_value_growth', M9, E, k='idx')],
        ['4', 'Kim ngạch nhập khẩu', 'Triệu USD', R.v(30.1, 'import_value', M8, A), R.v(31.5, 'import_value', M9m, E),
         R.v(265.2, 'import_value', M9, E), R.v(96.3, 'import_value_growth', M9m, E, k='idx'),
         R.v(118.9, 'import_value_growth', M9, E, k='idx')],
    ]
    R.table(hdr + part1, hdr=2, merges=merges, widths=[1, 5, 1.7, 2, 2, 2, 1.6, 1.6], size=10)
    R.pagebreak()
    R.p('Biểu 01 (tiếp theo)', italic=True)
    part2 = [
        ['5', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', R.v(612, 'state_budget_revenue', M8, A),
         R.v(680, 'state_budget_revenue', M9m, E), R.v(7820, 'state_budget_revenue', M9, E),
         R.v(88.5, 'state_budget_revenue_growth', M9m, E, k='idx'), R.v(108.3, 'state_budget_revenue_growth', M9, E, k='idx')],
        ['6', 'Vốn đầu tư thực hiện toàn xã hội', 'Tỷ đồng', '-', '-', R.v(29450, 'total_social_investment', M9, E), '-',
         R.v(101.6, 'total_social_investment_growth', M9, E, k='idx')],
        ['7', 'Lượt khách du lịch', 'Nghìn lượt', R.v(38.5, 'tourism_arrivals', M8, A, k=1000),
         R.v(45, 'tourism_arrivals', M9m, E, k=1000, dec=1), R.v(1212, 'tourism_arrivals', M9, E, k=1000), '31,6', '59,5'],
        ['8', 'Doanh thu du lịch', 'Tỷ đồng', R.v(42, 'tourism_revenue', M8, A), R.v(50, 'tourism_revenue', M9m, E),
         R.v(1960, 'tourism_revenue', M9, E), '29,4', '61,2'],
        ['9', 'Doanh nghiệp thành lập mới', 'Doanh nghiệp', R.v(48, 'new_enterprises', M8, A),
         R.v(55, 'new_enterprises', M9m, E), R.v(562, 'new_enterprises', M9, E), '-', '94,1'],
        ['10', 'Chỉ số giá tiêu dùng (CPI)', '%', '-', '-', '-', '102,10', R.v(101.85, 'cpi_avg_growth', M9, E, k='idx')],
    ]
    R.table(hdr + part2, hdr=2, merges=merges, widths=[1, 5, 1.7, 2, 2, 2, 1.6, 1.6], size=10)
    R.note('Ghi chú: cột "9 tháng" của dòng CPI là chỉ số bình quân 9 tháng so với cùng kỳ. Số liệu mẫu.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Trần Thị Giả Định')
    R.traps = [
        'Biểu 01 is two Word tables separated by a page break; the second repeats the two-row header after "Biểu 01 (tiếp theo)" – the repeated header is not data, rows 5-10 belong to the same columns.',
        'Columns: "Thực hiện tháng 8/2021" = period 2021-08 actual; "Ước tháng 9/2021" = 2021-09 estimate; "Ước 9 tháng" = 2021-9M estimate.',
        'Index columns below 100 are declines: IIP tháng 9 97,9 → -2.1 (matches prose "giảm 2,1%"); retail 96,6 → -3.4.',
        '"lũy kế 8 tháng ... 7.140 tỷ" is a finished period → 2021-8M actual.',
        '"cả năm 2021 ước tăng khoảng 3,5%" = estimate/about; "Dự kiến cả năm ... khoảng 11.000 tỷ" = forecast/about; "Mục tiêu 7%" = plan.',
        'CPI row: "102,10" in the "Tháng 9" column is the September CPI against the same month (not an average) – not expected; 101,85 (9-month average) → 1.85.',
        'Growth of tourism arrivals/revenue (31,6; 59,5; 29,4; 61,2; "giảm 40,5%") and of new enterprises (94,1) have no code.',
    ]
    return R


def thanhhoa_2019():
    R = Rep('ThanhHoa_UBND_BC_KTXH_2019_KH2020.docx', 'Thanh Hóa', 2019, '2019-12-05',
            'Báo cáo KT-XH năm 2019 và kế hoạch năm 2020 (Số liệu mẫu)',
            'Year-end report 2019 with the 2020 plan: a "TT" table whose units are inside the indicator names '
            '(roman-numeral group rows, a "Cơ cấu kinh tế" parent with sub-rows), prose, and a separate table of 2020 targets.')
    E, Pl, Y = 'estimate', 'plan', '2019'
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH THANH HÓA', 'Số: 245/BC-UBND'], 'Thanh Hóa, ngày 05 tháng 12 năm 2019')
    R.title_block('BÁO CÁO', 'Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2019;',
                  'mục tiêu, nhiệm vụ và giải pháp chủ yếu năm 2020', '(Số liệu mẫu)')
    R.h('PHẦN THỨ NHẤT. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2019')
    R.h('I. VỀ KINH TẾ')
    R.h('1. Tăng trưởng và quy mô kinh tế')
    R.p(f'Tốc độ tăng trưởng kinh tế (GRDP) năm 2019 ước đạt {R.v(16.5,"grdp_growth",Y,E)}%, vượt kế hoạch, cao nhất từ trước '
        f'đến nay; trong đó khu vực nông, lâm nghiệp và thủy sản tăng {R.v(3.1,"gva_agri_forestry_fishery_growth",Y,E)}%, '
        f'khu vực công nghiệp - xây dựng tăng {R.v(27.3,"gva_industry_construction_growth",Y,E)}%, khu vực dịch vụ tăng '
        f'{R.v(7.2,"gva_services_growth",Y,E)}%. Quy mô nền kinh tế theo giá hiện hành ước đạt trên '
        f'{R.v(200,"grdp_value_current",Y,E,k=1000,q="more_than")} nghìn tỷ đồng.')
    R.h('2. Các ngành, lĩnh vực')
    R.p(f'a) Chỉ số sản xuất công nghiệp (IIP) ước tăng {R.v(31.2,"iip_growth",Y,E)}% so với năm 2018, chủ yếu nhờ Nhà máy '
        f'lọc hóa dầu hoạt động ổn định.')
    R.p(f'b) Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt {R.v(104600,"retail_sales_services_revenue",Y,E)} '
        f'tỷ đồng, tăng {R.v(12.6,"retail_sales_services_revenue_growth",Y,E)}%. Kim ngạch nhập khẩu ước đạt '
        f'{R.v(4.1,"import_value",Y,E,k=1000)} tỷ USD. Du lịch đón {R.v(10.9,"tourism_arrivals",Y,E,k=1000000)} triệu lượt '
        f'khách, tăng 14,5%; tổng thu từ du lịch đạt {R.v(16200,"tourism_revenue",Y,E)} tỷ đồng.')
    R.p(f'c) Thu hút đầu tư: cấp mới 14 dự án FDI với tổng vốn đăng ký {R.v(254,"fdi_registered",Y,E)} triệu USD. '
        f'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2018 đạt {R.v(63.95,"pci_score","2018","actual")} điểm, xếp thứ '
        f'{R.v(15,"pci_rank","2018","actual")}/63 tỉnh, thành phố.')
    R.h('II. VỀ VĂN HÓA - XÃ HỘI VÀ MÔI TRƯỜNG')
    R.p('Tỷ lệ hộ nghèo giảm 1,45% so với năm 2018; toàn tỉnh có thêm 47 xã đạt chuẩn nông thôn mới. Các chỉ tiêu chủ yếu '
        'năm 2019 được tổng hợp tại Biểu 1 dưới đây.')
    R.p('Biểu 1. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2019', bold=True, center=True)
    rows = [
        ['TT', 'Chỉ tiêu', 'Kế hoạch năm 2019', 'Ước thực hiện năm 2019', 'So sánh ƯTH/KH (%)'],
        ['I', 'CÁC CHỈ TIÊU KINH TẾ', '', '', ''],
        ['1', 'Tốc độ tăng trưởng GRDP (%)', R.v(15, 'grdp_growth', Y, Pl, dec=1), R.v(16.5, 'grdp_growth', Y, E), 'Vượt'],
        ['2', 'Cơ cấu kinh tế (%)', '100', '100', ''],
        ['', '- Nông, lâm nghiệp và thủy sản', R.v(14.2, 'structure_agriculture_share', Y, Pl),
         R.v(14.5, 'structure_agriculture_share', Y, E), ''],
        ['', '- Công nghiệp - xây dựng', R.v(47.5, 'structure_industry_construction_share', Y, Pl),
         R.v(47.0, 'structure_industry_construction_share', Y, E, dec=1), ''],
        ['', '- Dịch vụ', R.v(38.3, 'structure_services_share', Y, Pl), R.v(38.5, 'structure_services_share', Y, E), ''],
        ['3', 'GRDP bình quân đầu người (USD)', R.v(2300, 'grdp_per_capita_usd', Y, Pl),
         R.v(2414, 'grdp_per_capita_usd', Y, E), '105,0'],
        ['4', 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', R.v(24450, 'state_budget_revenue', Y, Pl),
         R.v(28100, 'state_budget_revenue', Y, E), R.v(114.9, 'state_budget_revenue_pct_of_estimate', Y, E)],
        ['5', 'Giá trị xuất khẩu (triệu USD)', R.v(3100, 'export_value', Y, Pl), R.v(3250, 'export_value', Y, E), '104,8'],
        ['6', 'Tổng vốn đầu tư phát triển toàn xã hội (nghìn tỷ đồng)', R.v(120, 'total_social_investment', Y, Pl, k=1000),
         R.v(125.2, 'total_social_investment', Y, E, k=1000), '104,3'],
        ['7', 'Số doanh nghiệp thành lập mới (doanh nghiệp)', R.v(2000, 'new_enterprises', Y, Pl),
         R.v(2012, 'new_enterprises', Y, E), '100,6'],
        ['II', 'CÁC CHỈ TIÊU XÃ HỘI', '', '', ''],
        ['8', 'Tỷ lệ lao động qua đào tạo (%)', R.v(69, 'trained_labour_rate', Y, Pl), R.v(69.5, 'trained_labour_rate', Y, E), 'Vượt'],
        ['9', 'Số lao động được giải quyết việc làm (người)', R.v(62000, 'jobs_created', Y, Pl), R.v(65350, 'jobs_created', Y, E), '105,4'],
        ['10', 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều (%)', R.v(5.5, 'poverty_rate_multidim', Y, Pl),
         R.v(5.3, 'poverty_rate_multidim', Y, E), 'Vượt'],
        ['11', 'Tỷ lệ dân số tham gia bảo hiểm y tế (%)', R.v(89.6, 'health_insurance_coverage', Y, Pl),
         R.v(90.2, 'health_insurance_coverage', Y, E), 'Vượt'],
        ['12', 'Số xã đạt chuẩn nông thôn mới (xã, lũy kế)', R.v(320, 'ntm_communes', Y, Pl), R.v(335, 'ntm_communes', Y, E), 'Vượt'],
        ['III', 'CHỈ TIÊU MÔI TRƯỜNG', '', '', ''],
        ['13', 'Tỷ lệ che phủ rừng (%)', R.v(53.7, 'forest_cover', Y, Pl), R.v(53.7, 'forest_cover', Y, E), 'Đạt'],
    ]
    R.table(rows, hdr=1, widths=[1.2, 8, 2.4, 2.4, 2.2], size=11)
    R.h('PHẦN THỨ HAI. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU NĂM 2020')
    R.p('Năm 2020 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII. Các chỉ tiêu chủ yếu được xác định '
        'như sau (Biểu 2). Ghi chú: đơn vị tính của vốn đầu tư tại Biểu 2 là tỷ đồng.')
    N = '2020'
    rows2 = [
        ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2020'],
        ['1', 'Tốc độ tăng trưởng GRDP', '%', R.v(15, 'grdp_growth', N, Pl, dec=1)],
        ['2', 'GRDP bình quân đầu người', 'USD', R.v(2700, 'grdp_per_capita_usd', N, Pl)],
        ['3', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', R.v(27790, 'state_budget_revenue', N, Pl)],
        ['4', 'Giá trị xuất khẩu', 'Triệu USD', R.v(3600, 'export_value', N, Pl)],
        ['5', 'Tổng vốn đầu tư phát triển toàn xã hội', 'Tỷ đồng', R.v(135000, 'total_social_investment', N, Pl)],
        ['6', 'Tỷ lệ hộ nghèo', '%', 'Giảm 1,5'],
        ['7', 'Tỷ lệ lao động qua đào tạo', '%', R.v(71, 'trained_labour_rate', N, Pl)],
        ['8', 'Số xã đạt chuẩn nông thôn mới (lũy kế)', 'Xã', R.v(355, 'ntm_communes', N, Pl)],
        ['9', 'Tỷ lệ che phủ rừng', '%', R.v(53.7, 'forest_cover', N, Pl)],
    ]
    R.p('Biểu 2. CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH NĂM 2020', bold=True, center=True)
    R.table(rows2, hdr=1, widths=[1.2, 9, 2.5, 3], size=11)
    R.note('Số liệu mẫu – các chỉ tiêu trên là giả định, dùng để kiểm thử.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Lê Văn Thử')
    R.traps = [
        'Units are inside the indicator names ("Thu ngân sách ... (tỷ đồng)"); there is no ĐVT column in Biểu 1.',
        'Biểu 1 row 6 is in "nghìn tỷ đồng" (120; 125,2 → 120000; 125200 bn_vnd) while Biểu 2 row 5 is in "tỷ đồng" (135.000).',
        'Roman-numeral rows (I, II, III) are group headers; "Cơ cấu kinh tế (%)" with "100" is a parent row – only its three sub-rows are expected (structure shares).',
        'Growth 2019 appears in prose and in Biểu 1 (16,5): one entry. Plan 2019 and plan 2020 for growth are both 15,0 – two entries (different periods).',
        'Forest cover 53,7 appears as plan 2019, estimate 2019 and plan 2020: three entries with the same value.',
        '"So sánh ƯTH/KH (%)" is only a catalogue indicator for the budget row (114,9 → state_budget_revenue_pct_of_estimate); "Vượt"/"Đạt" are words.',
        'Biểu 2 "Tỷ lệ hộ nghèo: Giảm 1,5" and prose "giảm 1,45%", "thêm 47 xã" are changes, not levels – not expected.',
        '"Quy mô ... trên 200 nghìn tỷ đồng" → grdp_value_current 200000, more_than. PCI 2018 (63,95 điểm; thứ 15/63) is actual.',
    ]
    return R


def hue_2023():
    R = Rep('ThuaThienHue_UBND_BC_KTXH_2023_KH2024.doc', 'Huế', 2023, '2023-12-04',
            'Báo cáo KT-XH năm 2023 và kế hoạch năm 2024 (Số liệu mẫu)',
            'Legacy Word 97-2003 (.doc, converted by LibreOffice) year-end report of Thừa Thiên Huế province: '
            'prose estimates for 2023 and a table with "Năm 2023" merged over "Kế hoạch" and "Ước thực hiện", plus KH 2024.')
    E, Y, Pl = 'estimate', '2023', 'plan'
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH THỪA THIÊN HUẾ', 'Số: 512/BC-UBND'], 'Thừa Thiên Huế, ngày 04 tháng 12 năm 2023')
    R.title_block('BÁO CÁO', 'Tình hình kinh tế - xã hội năm 2023 và kế hoạch phát triển kinh tế - xã hội năm 2024',
                  '(Số liệu mẫu)')
    R.h('I. KẾT QUẢ THỰC HIỆN NĂM 2023')
    R.h('1. Về kinh tế')
    R.p(f'Tốc độ tăng trưởng GRDP năm 2023 ước đạt {R.v(6.82,"grdp_growth",Y,E)}%; trong đó khu vực nông, lâm nghiệp và '
        f'thủy sản tăng {R.v(3.05,"gva_agri_forestry_fishery_growth",Y,E)}%, khu vực công nghiệp và xây dựng tăng '
        f'{R.v(8.9,"gva_industry_construction_growth",Y,E)}%, khu vực dịch vụ tăng {R.v(6.76,"gva_services_growth",Y,E)}%. '
        f'Cơ cấu kinh tế: dịch vụ chiếm {R.v(48.6,"structure_services_share",Y,E)}%, công nghiệp - xây dựng chiếm '
        f'{R.v(30.4,"structure_industry_construction_share",Y,E)}%, nông, lâm nghiệp và thủy sản chiếm '
        f'{R.v(10.9,"structure_agriculture_share",Y,E)}%, thuế sản phẩm trừ trợ cấp sản phẩm chiếm '
        f'{R.v(10.1,"structure_product_taxes_share",Y,E)}%. GRDP bình quân đầu người ước đạt '
        f'{R.v(69.5,"grdp_per_capita",Y,E)} triệu đồng (khoảng {R.v(2900,"grdp_per_capita_usd",Y,E,q="about")} USD).')
    R.p(f'Tổng thu ngân sách nhà nước trên địa bàn ước đạt {R.v(12150,"state_budget_revenue",Y,E)} tỷ đồng, vượt '
        f'{R.v(3,"state_budget_revenue_pct_of_estimate",Y,E,k="p100")}% dự toán Trung ương giao. Tổng vốn đầu tư thực '
        f'hiện toàn xã hội ước đạt {R.v(28650,"total_social_investment",Y,E)} tỷ đồng, tăng '
        f'{R.v(8.4,"total_social_investment_growth",Y,E)}%. Có {R.v(720,"new_enterprises",Y,E)} doanh nghiệp thành lập mới.')
    R.p(f'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt {R.v(38500,"retail_sales_services_revenue",Y,E)} tỷ '
        f'đồng, tăng {R.v(12.2,"retail_sales_services_revenue_growth",Y,E)}%. Kim ngạch xuất khẩu ước đạt '
        f'{R.v(1250,"export_value",Y,E)} triệu USD, tăng {R.v(4.8,"export_value_growth",Y,E)}%. Du lịch đón '
        f'{R.v(3.2,"tourism_arrivals",Y,E,k=1000000)} triệu lượt khách, trong đó khách lưu trú 2,1 triệu lượt; doanh thu du lịch '
        f'ước đạt {R.v(6300,"tourism_revenue",Y,E)} tỷ đồng.')
    R.p(f'Chỉ số PCI năm 2022 của tỉnh đạt {R.v(64.87,"pci_score","2022","actual")} điểm, xếp thứ '
        f'{R.v(21,"pci_rank","2022","actual")}, tăng 5 bậc so với năm 2021.')
    R.h('2. Về văn hóa - xã hội, môi trường')
    R.p(f'Tỷ lệ hộ nghèo đa chiều giảm còn {R.v(3.08,"poverty_rate_multidim",Y,E)}%. Giải quyết việc làm cho '
        f'{R.v(15600,"jobs_created",Y,E)} lao động. Tỷ lệ che phủ rừng duy trì ở mức {R.v(57.3,"forest_cover",Y,E)}%; tỷ lệ '
        f'dân số tham gia bảo hiểm y tế đạt {R.v(95.1,"health_insurance_coverage",Y,E)}%. Thành phố Huế có tỷ lệ hộ nghèo '
        f'thấp nhất tỉnh, chỉ còn 0,72%.')
    R.h('II. KẾ HOẠCH NĂM 2024')
    R.p('Mục tiêu tổng quát: phát triển Thừa Thiên Huế trở thành thành phố trực thuộc Trung ương. Các chỉ tiêu chủ yếu:')
    N = '2024'
    rows = [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', '', 'Kế hoạch năm 2024'],
        ['', '', '', 'Kế hoạch', 'Ước thực hiện', ''],
        ['1', 'Tốc độ tăng trưởng GRDP', '%', R.v(7.5, 'grdp_growth', Y, Pl), R.v(6.82, 'grdp_growth', Y, E),
         R.v(8, 'grdp_growth', N, Pl, dec=1)],
        ['2', 'GRDP bình quân đầu người', 'Triệu đồng', R.v(70, 'grdp_per_capita', Y, Pl), R.v(69.5, 'grdp_per_capita', Y, E),
         R.v(77, 'grdp_per_capita', N, Pl)],
        ['3', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', R.v(11800, 'state_budget_revenue', Y, Pl),
         R.v(12150, 'state_budget_revenue', Y, E), R.v(12600, 'state_budget_revenue', N, Pl)],
        ['4', 'Kim ngạch xuất khẩu', 'Triệu USD', R.v(1300, 'export_value', Y, Pl), R.v(1250, 'export_value', Y, E),
         R.v(1400, 'export_value', N, Pl)],
        ['5', 'Vốn đầu tư thực hiện toàn xã hội', 'Tỷ đồng', R.v(30000, 'total_social_investment', Y, Pl),
         R.v(28650, 'total_social_investment', Y, E), R.v(33000, 'total_social_investment', N, Pl)],
        ['6', 'Tổng lượt khách du lịch', 'Triệu lượt', R.v(3.5, 'tourism_arrivals', Y, Pl, k=1000000),
         R.v(3.2, 'tourism_arrivals', Y, E, k=1000000), R.v(4, 'tourism_arrivals', N, Pl, k=1000000, dec=1)],
        ['7', 'Tỷ lệ hộ nghèo đa chiều', '%', 'Giảm 0,8 - 1', R.v(3.08, 'poverty_rate_multidim', Y, E), 'Giảm 0,8 - 1'],
        ['8', 'Tỷ lệ dân số tham gia BHYT', '%', R.v(95, 'health_insurance_coverage', Y, Pl),
         R.v(95.1, 'health_insurance_coverage', Y, E), R.v(95.5, 'health_insurance_coverage', N, Pl)],
        ['9', 'Tỷ lệ che phủ rừng', '%', R.v(57.3, 'forest_cover', Y, Pl), R.v(57.3, 'forest_cover', Y, E),
         R.v(57.3, 'forest_cover', N, Pl)],
    ]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 4)), ((0, 5), (1, 5))]
    R.table(rows, hdr=2, merges=merges, widths=[1, 6.5, 2, 2.2, 2.2, 2.2], size=11)
    R.note('Số liệu mẫu – mọi số liệu trong báo cáo là giả định.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Phan Thị Mẫu')
    R.traps = [
        'Legacy .doc (Word 97-2003 binary), produced by LibreOffice from a .docx.',
        'The report names "tỉnh Thừa Thiên Huế"; the reference 63-province list spells it "Huế" → province Huế.',
        '"vượt 3% dự toán" → state_budget_revenue_pct_of_estimate 103.',
        'Header "Năm 2023" is merged over "Kế hoạch" | "Ước thực hiện"; "Kế hoạch năm 2024" is merged vertically.',
        'Poverty plan cells "Giảm 0,8 - 1" are reductions (not expected); the estimate 3,08 is expected once (prose and table).',
        'Tourist arrivals in "Triệu lượt" (3,5; 3,2; 4,0) → persons; "khách lưu trú 2,1 triệu" is a component, not expected.',
        '"Thành phố Huế ... 0,72%" is a district-level (city under the province) figure – not expected.',
        'GRDP per capita in triệu đồng (69,5) and in USD ("khoảng 2.900 USD", qualifier about) are two indicators.',
    ]
    return R


def ductrong_2022():
    R = Rep('LamDong_UBNDHuyenDucTrong_BC_KTXH_2022.docx', 'Lâm Đồng', 2022, '2022-12-08',
            'Báo cáo KT-XH năm 2022 của UBND huyện Đức Trọng (Số liệu mẫu)',
            'District-level report (huyện Đức Trọng, Lâm Đồng) – district figures throughout; only the province-wide '
            'figures ("toàn tỉnh") are expected, including the "Toàn tỉnh Lâm Đồng" column of a comparison table.')
    E, Y = 'estimate', '2022'
    R.header(['UỶ BAN NHÂN DÂN', 'HUYỆN ĐỨC TRỌNG', 'Số: 431/BC-UBND'], 'Đức Trọng, ngày 08 tháng 12 năm 2022')
    R.title_block('BÁO CÁO', 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2022,',
                  'phương hướng, nhiệm vụ năm 2023 của huyện Đức Trọng', '(Số liệu mẫu)')
    R.h('I. KẾT QUẢ THỰC HIỆN NĂM 2022')
    R.p(f'Năm 2022, trong bối cảnh chung của tỉnh (tăng trưởng GRDP toàn tỉnh ước đạt {R.v(10.05,"grdp_growth",Y,E)}%), kinh '
        f'tế của huyện phục hồi mạnh: tổng giá trị sản xuất trên địa bàn huyện ước tăng 8,9%; thu nhập bình quân đầu người '
        f'của huyện đạt 68,5 triệu đồng/năm.')
    R.h('1. Thu, chi ngân sách')
    R.p('Thu ngân sách nhà nước trên địa bàn huyện ước đạt 742 tỷ đồng, đạt 128% dự toán tỉnh giao và tăng 14,6% so với '
        'năm 2021. Chi ngân sách huyện ước 985 tỷ đồng.')
    R.h('2. Thương mại, du lịch')
    R.p('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn huyện ước đạt 9.850 tỷ đồng; huyện đón '
        'khoảng 620 nghìn lượt khách du lịch.')
    R.h('3. Xây dựng nông thôn mới, giảm nghèo')
    R.p('Đến nay huyện có 14/14 xã đạt chuẩn nông thôn mới, trong đó 6 xã đạt chuẩn nâng cao; tỷ lệ hộ nghèo của huyện '
        'giảm còn 0,85%.')
    R.p('Bảng so sánh một số chỉ tiêu của huyện với toàn tỉnh năm 2022 (ước thực hiện):', bold=True)
    rows = [
        ['Chỉ tiêu', 'ĐVT', 'Huyện Đức Trọng', 'Toàn tỉnh Lâm Đồng', 'Tỷ trọng của huyện (%)'],
        ['Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', '742', R.v(11500, 'state_budget_revenue', Y, E), '6,5'],
        ['Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'Tỷ đồng', '9.850',
         R.v(71200, 'retail_sales_services_revenue', Y, E), '13,8'],
        ['Vốn đầu tư thực hiện toàn xã hội', 'Tỷ đồng', '5.120', R.v(38600, 'total_social_investment', Y, E), '13,3'],
        ['Lượt khách du lịch', 'Nghìn lượt', '620', R.v(8000, 'tourism_arrivals', Y, E, k=1000), '7,8'],
        ['Doanh nghiệp thành lập mới', 'Doanh nghiệp', '162', R.v(1020, 'new_enterprises', Y, E), '15,9'],
        ['Tỷ lệ hộ nghèo đa chiều', '%', '0,85', R.v(2.09, 'poverty_rate_multidim', Y, E), '-'],
        ['Số xã đạt chuẩn nông thôn mới (lũy kế)', 'Xã', '14', R.v(105, 'ntm_communes', Y, E), '13,3'],
    ]
    R.table(rows, hdr=1, widths=[6, 2, 2.5, 2.5, 2.5], size=11)
    R.h('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023')
    R.p(f'Căn cứ chỉ tiêu UBND tỉnh giao (GRDP toàn tỉnh năm 2023 tăng {R.v(8.5,"grdp_growth","2023","plan")}%, thu ngân sách '
        f'toàn tỉnh {R.v(12000,"state_budget_revenue","2023","plan")} tỷ đồng), huyện phấn đấu năm 2023: giá trị sản xuất tăng '
        f'9%; thu ngân sách trên địa bàn huyện 780 tỷ đồng; tỷ lệ hộ nghèo giảm còn 0,6%.')
    R.note('Số liệu mẫu – huyện, số liệu và nhân vật đều là giả định.')
    R.sign('TM. ỦY BAN NHÂN DÂN HUYỆN\nCHỦ TỊCH', 'Võ Văn Ví Dụ')
    R.traps = [
        'Publisher is a district (huyện Đức Trọng). District figures are NOT expected – they are simply absent from the list '
        '(742 tỷ, 128% dự toán tỉnh giao, 9.850 tỷ, 620 nghìn lượt, 14/14 xã, 0,85%, 2023 targets of the district 9%, 780 tỷ, 0,6%).',
        'Only the "Toàn tỉnh Lâm Đồng" column and sentences that say "toàn tỉnh" are expected (province Lâm Đồng).',
        '"Tỷ trọng của huyện (%)" column is not an indicator.',
        '"đạt 128% dự toán tỉnh giao" is the district budget against the province target – not a province pct_of_estimate.',
        '"thu nhập bình quân đầu người của huyện 68,5 triệu đồng/năm" is a district figure (and annual, not the monthly income code).',
    ]
    return R
