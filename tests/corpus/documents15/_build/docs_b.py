# -*- coding: utf-8 -*-
"""documents15, files 6-10 (SAMPLE DATA / Số liệu mẫu). All figures invented."""
from lib import Rep


def khanhhoa_dulich_2023():
    R = Rep('KhanhHoa_SoDuLich_BC_HoatDongDuLich_2023.docx', 'Khánh Hòa', 2023, '2023-12-15',
            'Báo cáo kết quả hoạt động du lịch năm 2023 (Số liệu mẫu)',
            'Report of the provincial Department of Tourism on one sector: arrivals and tourism revenue by month, '
            'cumulated 11 months, by quarter (Q1-Q3 actual, Q4 estimate), the year 2022 and the 2024 plan.')
    A, E = 'actual', 'estimate'
    R.header(['UBND TỈNH KHÁNH HÒA', 'SỞ DU LỊCH', 'Số: 2318/BC-SDL'], 'Khánh Hòa, ngày 15 tháng 12 năm 2023')
    R.title_block('BÁO CÁO', 'Kết quả hoạt động du lịch năm 2023 và phương hướng, nhiệm vụ năm 2024', '(Số liệu mẫu)')
    R.h('I. KẾT QUẢ HOẠT ĐỘNG DU LỊCH NĂM 2023')
    R.h('1. Khách du lịch và doanh thu')
    R.p(f'Lũy kế 11 tháng năm 2023, tổng lượt khách lưu trú đạt {R.v(7.62,"tourism_arrivals","2023-11M",A,k=1000000)} triệu '
        f'lượt; doanh thu du lịch đạt {R.v(28460,"tourism_revenue","2023-11M",A)} tỷ đồng. Riêng tháng 11/2023 đón '
        f'{R.v(705,"tourism_arrivals","2023-11",A,k=1000)} nghìn lượt khách, trong đó khách quốc tế 238 nghìn lượt; tháng 12 '
        f'ước đón {R.v(730,"tourism_arrivals","2023-12",E,k=1000)} nghìn lượt.')
    R.p(f'Ước cả năm 2023, toàn tỉnh đón {R.v(8.35,"tourism_arrivals","2023",E,k=1000000)} triệu lượt khách, tăng 81,1% so với '
        f'năm 2022 (năm 2022 đón {R.v(4.61,"tourism_arrivals","2022",A,k=1000000)} triệu lượt), trong đó khách quốc tế khoảng '
        f'2,45 triệu lượt, khách nội địa 5,9 triệu lượt. Doanh thu du lịch ước đạt '
        f'{R.v(31.5,"tourism_revenue","2023",E,k=1000)} nghìn tỷ đồng, gấp gần 2 lần năm 2022.')
    R.p('Thị trường khách quốc tế phục hồi nhanh, dẫn đầu là Hàn Quốc (khoảng 1,1 triệu lượt), tiếp theo là Trung Quốc và '
        'Nga. Toàn tỉnh có 1.250 cơ sở lưu trú với hơn 52.000 phòng; công suất phòng bình quân đạt 58%.')
    R.h('2. Kết quả theo quý')
    rows = [
        ['Chỉ tiêu', 'ĐVT', 'Quý I/2023', 'Quý II/2023', 'Quý III/2023', 'Ước Quý IV/2023', 'Ước năm 2023',
         'Thực hiện năm 2022', 'Kế hoạch năm 2024'],
        ['Tổng lượt khách', 'Nghìn lượt', R.v(1780, 'tourism_arrivals', '2023-Q1', A, k=1000),
         R.v(2160, 'tourism_arrivals', '2023-Q2', A, k=1000), R.v(2240, 'tourism_arrivals', '2023-Q3', A, k=1000),
         R.v(2170, 'tourism_arrivals', '2023-Q4', E, k=1000), R.v(8350, 'tourism_arrivals', '2023', E, k=1000),
         R.v(4610, 'tourism_arrivals', '2022', A, k=1000), R.v(9500, 'tourism_arrivals', '2024', 'plan', k=1000)],
        ['- Trong đó: khách quốc tế', 'Nghìn lượt', '420', '610', '700', '720', '2.450', '690', '3.000'],
        ['- Khách nội địa', 'Nghìn lượt', '1.360', '1.550', '1.540', '1.450', '5.900', '3.920', '6.500'],
        ['Doanh thu du lịch', 'Tỷ đồng', R.v(6620, 'tourism_revenue', '2023-Q1', A),
         R.v(7950, 'tourism_revenue', '2023-Q2', A), R.v(8430, 'tourism_revenue', '2023-Q3', A),
         R.v(8500, 'tourism_revenue', '2023-Q4', E), R.v(31500, 'tourism_revenue', '2023', E),
         R.v(15900, 'tourism_revenue', '2022', A), R.v(38000, 'tourism_revenue', '2024', 'plan')],
    ]
    R.table(rows, hdr=1, widths=[3.4, 1.6, 1.5, 1.5, 1.5, 1.6, 1.6, 1.6, 1.6], size=9)
    R.note('Ghi chú: Quý I–III là số liệu thực hiện; Quý IV và cả năm là số ước tính. Số liệu mẫu.')
    R.h('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024')
    R.p(f'Phấn đấu năm 2024 đón {R.v(9.5,"tourism_arrivals","2024","plan",k=1000000)} triệu lượt khách, doanh thu du lịch đạt '
        f'{R.v(38,"tourism_revenue","2024","plan",k=1000)} nghìn tỷ đồng. Dự kiến quý I/2024 đón khoảng '
        f'{R.v(2,"tourism_arrivals","2024-Q1","forecast",k=1000000,q="about")} triệu lượt khách nhờ các đường bay quốc tế mới.')
    R.sign('GIÁM ĐỐC', 'Đặng Thị Minh Họa')
    R.traps = [
        'Publisher is a department (Sở Du lịch) reporting one sector; figures are for the whole province.',
        '"Lũy kế 11 tháng" in a report of 15/12 is a finished period → 2023-11M actual; "tháng 12 ước" → 2023-12 estimate.',
        'Quarter columns: Q1-Q3 actual, "Ước Quý IV" estimate; "Ước năm 2023" estimate; "Thực hiện năm 2022" actual; "Kế hoạch năm 2024" plan.',
        'Child rows "Trong đó: khách quốc tế" / "Khách nội địa" and prose international arrivals are components without a code.',
        'Units: "triệu lượt" (×1 000 000), "nghìn lượt" (×1 000), "nghìn tỷ đồng" (31,5 → 31500 bn_vnd; 38 → 38000).',
        'Growth of arrivals ("tăng 81,1%", "gấp gần 2 lần") has no code; rooms, occupancy and markets are not catalogue indicators.',
        '"Dự kiến quý I/2024 ... khoảng 2 triệu" → forecast, 2024-Q1, about.',
    ]
    return R


def hoabinh_ns_2020():
    R = Rep('HoaBinh_SoTaiChinh_BC_ThuChiNSNN_2020_DuToan2021.docx', 'Hoà Bình', 2020, '2020-10-20',
            'Báo cáo thu chi NSNN năm 2020, dự toán năm 2021 (Số liệu mẫu)',
            'Report of the provincial Department of Finance on the budget: final accounts 2019, estimate 2020 '
            '(9 months actual, whole-year estimate), budget 2021; table in triệu đồng with "Trong đó" sub-rows.')
    A, E, Pl = 'actual', 'estimate', 'plan'
    R.header(['UBND TỈNH HÒA BÌNH', 'SỞ TÀI CHÍNH', 'Số: 2045/BC-STC'], 'Hòa Bình, ngày 20 tháng 10 năm 2020')
    R.title_block('BÁO CÁO', 'Đánh giá tình hình thực hiện dự toán ngân sách nhà nước năm 2020',
                  'và xây dựng dự toán ngân sách năm 2021', '(Số liệu mẫu)')
    R.h('I. QUYẾT TOÁN NGÂN SÁCH NĂM 2019')
    R.p(f'Theo quyết toán được HĐND tỉnh phê chuẩn, tổng thu ngân sách nhà nước trên địa bàn năm 2019 đạt '
        f'{R.v(4120.35,"state_budget_revenue","2019",A)} tỷ đồng, bằng {R.v(112.6,"state_budget_revenue_pct_of_estimate","2019",A)}% '
        f'dự toán HĐND tỉnh giao ({R.v(3660,"state_budget_revenue","2019",Pl)} tỷ đồng). Tổng chi ngân sách địa phương năm 2019 '
        f'là {R.v(12450.6,"local_budget_expenditure","2019",A)} tỷ đồng.')
    R.h('II. TÌNH HÌNH THỰC HIỆN DỰ TOÁN NĂM 2020')
    R.h('1. Thu ngân sách')
    R.p(f'a) Kết quả 9 tháng: tổng thu ngân sách nhà nước trên địa bàn đạt {R.v(3410.2,"state_budget_revenue","2020-9M",A)} '
        f'tỷ đồng, bằng {R.v(73.3,"state_budget_revenue_pct_of_estimate","2020-9M",A)}% dự toán, tăng '
        f'{R.v(5.2,"state_budget_revenue_growth","2020-9M",A)}% so với cùng kỳ năm 2019.')
    R.p(f'b) Ước cả năm 2020: tổng thu ngân sách nhà nước trên địa bàn ước đạt {R.v(4700,"state_budget_revenue","2020",E)} tỷ '
        f'đồng, vượt {R.v(1.1,"state_budget_revenue_pct_of_estimate","2020",E,k="p100")}% dự toán HĐND tỉnh giao '
        f'({R.v(4650,"state_budget_revenue","2020",Pl)} tỷ đồng), tăng {R.v(14.1,"state_budget_revenue_growth","2020",E)}% so '
        f'với quyết toán năm 2019.')
    R.h('2. Chi ngân sách và giải ngân vốn đầu tư công')
    R.p(f'Chi ngân sách địa phương 9 tháng đạt {R.v(8120.4,"local_budget_expenditure","2020-9M",A)} tỷ đồng, bằng 68,8% dự '
        f'toán; ước cả năm {R.v(12900,"local_budget_expenditure","2020",E)} tỷ đồng. Đến ngày 30/9/2020, giải ngân vốn đầu '
        f'tư công đạt {R.v(58.6,"public_investment_disbursement_rate","2020-9M",A)}% kế hoạch; ước cả năm giải ngân đạt '
        f'{R.v(95,"public_investment_disbursement_rate","2020",E)}%. Riêng thành phố Hòa Bình giải ngân đạt 71,2%.')
    R.h('III. DỰ TOÁN NGÂN SÁCH NĂM 2021')
    R.p('Dự toán thu, chi ngân sách năm 2021 được xây dựng trên cơ sở ước thực hiện năm 2020 (chi tiết tại bảng dưới).')
    R.p('Bảng: TỔNG HỢP THU, CHI NGÂN SÁCH', bold=True, center=True)
    R.p('Đơn vị tính: triệu đồng', italic=True)
    m = 0.001
    rows = [
        ['STT', 'Nội dung', 'Quyết toán năm 2019', 'Dự toán năm 2020', 'Thực hiện 9 tháng năm 2020',
         'Ước thực hiện năm 2020', 'Dự toán năm 2021', 'So sánh (%)', ''],
        ['', '', '', '', '', '', '', 'Ước TH 2020/ DT 2020', 'Ước TH 2020/ QT 2019'],
        ['A', 'TỔNG THU NSNN TRÊN ĐỊA BÀN', R.v(4120350, 'state_budget_revenue', '2019', A, k=m),
         R.v(4650000, 'state_budget_revenue', '2020', Pl, k=m), R.v(3410200, 'state_budget_revenue', '2020-9M', A, k=m),
         R.v(4700000, 'state_budget_revenue', '2020', E, k=m), R.v(4900000, 'state_budget_revenue', '2021', Pl, k=m),
         R.v(101.1, 'state_budget_revenue_pct_of_estimate', '2020', E), R.v(114.1, 'state_budget_revenue_growth', '2020', E, k='idx')],
        ['', 'Trong đó:', '', '', '', '', '', '', ''],
        ['1', 'Thu nội địa', '3.650.100', '4.150.000', '3.020.500', '4.180.000', '4.380.000', '100,7', '114,5'],
        ['2', 'Thu từ hoạt động xuất nhập khẩu', '120.250', '150.000', '95.700', '140.000', '160.000', '93,3', '116,4'],
        ['B', 'TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG', R.v(12450600, 'local_budget_expenditure', '2019', A, k=m),
         R.v(11800000, 'local_budget_expenditure', '2020', Pl, k=m), R.v(8120400, 'local_budget_expenditure', '2020-9M', A, k=m),
         R.v(12900000, 'local_budget_expenditure', '2020', E, k=m), R.v(12300000, 'local_budget_expenditure', '2021', Pl, k=m),
         '109,3', '103,6'],
        ['', 'Trong đó:', '', '', '', '', '', '', ''],
        ['1', 'Chi đầu tư phát triển', '3.210.400', '2.950.000', '1.985.300', '3.350.000', '3.100.000', '113,6', '104,4'],
        ['2', 'Chi thường xuyên', '7.860.200', '8.250.000', '5.920.100', '8.420.000', '8.650.000', '102,1', '107,1'],
    ]
    merges = [((0, c), (1, c)) for c in range(7)] + [((0, 7), (0, 8))]
    R.table(rows, hdr=2, merges=merges, widths=[1, 4.2, 2, 2, 2, 2, 2, 1.5, 1.5], size=9)
    R.note('Số liệu mẫu – số liệu, đơn vị và người ký đều là giả định.')
    R.sign('GIÁM ĐỐC', 'Bùi Văn Mẫu')
    R.traps = [
        'The reference list spells the province "Hoà Bình" (oà); the document writes "Hòa Bình" (òa).',
        'The table is in triệu đồng ("Đơn vị tính: triệu đồng" is a paragraph above the table, not in it): 4.120.350 → 4120.35 bn_vnd; prose gives the same figures in tỷ đồng (one entry each).',
        '"Quyết toán năm 2019" = actual; "Thực hiện 9 tháng năm 2020" in a report of 20/10 = 2020-9M actual; "Ước thực hiện năm 2020" = estimate; "Dự toán" = plan.',
        '"vượt 1,1% dự toán" = 101.1 (also in the table column "Ước TH 2020/DT 2020"); "Ước TH 2020/QT 2019" 114,1 = growth 14.1 (prose "tăng 14,1%").',
        '"Trong đó" sub-rows (thu nội địa, thu XNK, chi đầu tư phát triển, chi thường xuyên) have no code; the % columns of the expenditure row are not catalogue indicators.',
        '"Riêng thành phố Hòa Bình giải ngân 71,2%" is a city (district-level) figure – not expected; 68,8% of the expenditure estimate has no code.',
    ]
    return R


def dongthap_cv_2017():
    R = Rep('DongThap_SoKHDT_CV_DeNghiCungCapSoLieu_2017.docx', 'Đồng Tháp', 2017, '2017-10-10',
            'Công văn đề nghị cung cấp số liệu (Số liệu mẫu)',
            'Letter (công văn) of the Department of Planning and Investment asking other departments for the figures of '
            'the 2017 report; quotes a few 2016 results, the 2017 targets and a 9-month estimate, and attaches a form '
            'whose last columns are empty.')
    A, E, Pl = 'actual', 'estimate', 'plan'
    R.header(['UBND TỈNH ĐỒNG THÁP', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Số: 1526/SKHĐT-TH',
              'V/v đề nghị cung cấp số liệu xây dựng báo cáo KT-XH năm 2017 và kế hoạch năm 2018'],
             'Đồng Tháp, ngày 10 tháng 10 năm 2017')
    R.p('Kính gửi: Các sở, ban, ngành tỉnh; Cục Thống kê tỉnh; Cục Hải quan tỉnh.', bold=True)
    R.p('Thực hiện chỉ đạo của UBND tỉnh về việc xây dựng báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội '
        'năm 2017 và kế hoạch năm 2018, Sở Kế hoạch và Đầu tư đề nghị các đơn vị cung cấp số liệu theo biểu mẫu đính kèm.')
    R.p(f'Để các đơn vị tiện đối chiếu, Sở xin nêu một số kết quả: năm 2016, tốc độ tăng trưởng GRDP của tỉnh đạt '
        f'{R.v(6.05,"grdp_growth","2016",A)}% (cả nước tăng 6,21%); GRDP bình quân đầu người đạt '
        f'{R.v(37.2,"grdp_per_capita","2016",A)} triệu đồng; kim ngạch xuất khẩu đạt {R.v(1050,"export_value","2016",A)} triệu '
        f'USD. Nghị quyết của HĐND tỉnh giao chỉ tiêu năm 2017: tăng trưởng GRDP {R.v(7,"grdp_growth","2017",Pl)}%, thu ngân '
        f'sách nhà nước {R.v(5900,"state_budget_revenue","2017",Pl)} tỷ đồng, kim ngạch xuất khẩu '
        f'{R.v(1.2,"export_value","2017",Pl,k=1000)} tỷ USD.')
    R.p(f'Theo số liệu của Cục Thống kê tỉnh, GRDP 9 tháng năm 2017 ước tăng {R.v(6.5,"grdp_growth","2017-9M",E)}%, cao hơn '
        f'mức tăng chung của cả nước (6,41%) và của vùng Đồng bằng sông Cửu Long.')
    R.p('Đề nghị các đơn vị điền số liệu vào các cột còn trống ("Ước thực hiện năm 2017", "Kế hoạch năm 2018") và gửi về '
        'Sở Kế hoạch và Đầu tư trước ngày 20/10/2017 (bản mềm gửi qua hộp thư điện tử của phòng Tổng hợp).')
    R.p('BIỂU MẪU ĐÍNH KÈM: MỘT SỐ CHỈ TIÊU CHỦ YẾU', bold=True, center=True)
    rows = [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2016', 'Kế hoạch năm 2017', 'Ước thực hiện năm 2017',
         'Kế hoạch năm 2018', 'Đơn vị cung cấp'],
        ['1', 'Tốc độ tăng trưởng GRDP', '%', R.v(6.05, 'grdp_growth', '2016', A), R.v(7, 'grdp_growth', '2017', Pl, dec=1),
         '…', '…', 'Cục Thống kê'],
        ['2', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', R.v(5520, 'state_budget_revenue', '2016', A),
         R.v(5900, 'state_budget_revenue', '2017', Pl), '…', '…', 'Sở Tài chính'],
        ['3', 'Kim ngạch xuất khẩu', 'Triệu USD', R.v(1050, 'export_value', '2016', A), R.v(1200, 'export_value', '2017', Pl),
         '…', '…', 'Sở Công Thương'],
        ['4', 'Kim ngạch nhập khẩu', 'Triệu USD', R.v(480, 'import_value', '2016', A), R.v(520, 'import_value', '2017', Pl),
         '…', '…', 'Cục Hải quan'],
        ['5', 'Vốn đầu tư thực hiện toàn xã hội', 'Tỷ đồng', R.v(21300, 'total_social_investment', '2016', A),
         R.v(23500, 'total_social_investment', '2017', Pl), '…', '…', 'Cục Thống kê'],
        ['6', 'Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều)', '%', R.v(7.9, 'poverty_rate_multidim', '2016', A),
         R.v(6.9, 'poverty_rate_multidim', '2017', Pl), '…', '…', 'Sở LĐ-TB&XH'],
    ]
    R.table(rows, hdr=1, widths=[1, 5, 1.8, 2, 2, 2, 2, 2.5], size=10)
    R.note('Số liệu mẫu – công văn và số liệu là giả định, dùng để kiểm thử.')
    R.sign('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Huỳnh Văn Giả')
    R.traps = [
        'A letter, not a report: most of its text is a request; only the quoted figures are observations.',
        'National and regional figures ("cả nước tăng 6,21%", "cả nước (6,41%)", "vùng Đồng bằng sông Cửu Long") are not expected.',
        'The form\'s columns "Ước thực hiện năm 2017" and "Kế hoạch năm 2018" are empty ("…") – no observation may come from them.',
        'Export target "1,2 tỷ USD" in prose = "1.200" triệu USD in the form: one entry (1200 mn_usd).',
        'The letterhead cell carries the subject line ("V/v ... năm 2017 và kế hoạch năm 2018") – not data.',
    ]
    return R


def bacninh_phatbieu_2024():
    R = Rep('BacNinh_UBND_PhatBieu_HoiNghiNhaDauTu_2024.docx', 'Bắc Ninh', 2023, '2024-01-26',
            'Phát biểu của Chủ tịch UBND tỉnh tại Hội nghị gặp mặt nhà đầu tư 2024 (Số liệu mẫu)',
            'Speech of the Chairman of the provincial People\'s Committee at an investors\' conference (January 2024): '
            'results of 2023 (some "sơ bộ"/"ước", some final), PCI 2022 and 2021, targets for 2024, national comparisons.')
    A, E, Pl, Y = 'actual', 'estimate', 'plan', '2023'
    R.p('SỐ LIỆU MẪU – Số liệu mẫu, không phải số liệu chính thức (SAMPLE DATA).', italic=True, center=True, size=10)
    R.title_block('PHÁT BIỂU CỦA CHỦ TỊCH UBND TỈNH BẮC NINH',
                  'tại Hội nghị gặp mặt các nhà đầu tư, doanh nghiệp năm 2024',
                  '(Bắc Ninh, ngày 26 tháng 01 năm 2024 – Số liệu mẫu)')
    R.p('Kính thưa các vị khách quý, thưa các nhà đầu tư, doanh nghiệp!', italic=True)
    R.p('Trước hết, thay mặt lãnh đạo tỉnh, tôi xin gửi tới quý vị lời chào trân trọng và lời chúc mừng năm mới an khang, '
        'thịnh vượng.')
    R.p(f'Thưa quý vị, năm 2023 là một năm rất khó khăn đối với Bắc Ninh. Theo số liệu sơ bộ, tổng sản phẩm trên địa bàn '
        f'giảm {R.v(4.2,"grdp_growth",Y,E,k="neg")}% so với năm trước, sau khi đã tăng {R.v(6.2,"grdp_growth","2022",A)}% '
        f'năm 2022, chủ yếu do đơn hàng điện tử sụt giảm. GRDP bình quân đầu người ước đạt khoảng '
        f'{R.v(7300,"grdp_per_capita_usd",Y,E,q="about")} USD. Kim ngạch xuất khẩu ước đạt khoảng '
        f'{R.v(56,"export_value",Y,E,k=1000,q="about")} tỷ USD, nhập khẩu ước gần {R.v(50,"import_value",Y,E,k=1000,q="less_than")} '
        f'tỷ USD; chỉ số giá tiêu dùng bình quân ước tăng {R.v(2.95,"cpi_avg_growth",Y,E)}%.')
    R.p(f'Điểm sáng lớn nhất là thu hút đầu tư: năm 2023 tỉnh đã thu hút trên '
        f'{R.v(4.7,"fdi_registered",Y,A,k=1000,q="more_than")} tỷ USD vốn đầu tư trực tiếp nước ngoài, gấp 3,3 lần năm 2022, '
        f'dẫn đầu cả nước (cả nước thu hút 36,6 tỷ USD). Thu ngân sách nhà nước trên địa bàn đạt '
        f'{R.v(33850,"state_budget_revenue",Y,A)} tỷ đồng, vượt {R.v(5.3,"state_budget_revenue_pct_of_estimate",Y,A,k="p100")}% '
        f'dự toán. Có hơn {R.v(2000,"new_enterprises",Y,A,q="more_than")} doanh nghiệp thành lập mới; riêng các khu công '
        f'nghiệp VSIP và Quế Võ thu hút thêm 1,2 tỷ USD.')
    R.p(f'Về môi trường đầu tư, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 của Bắc Ninh đạt '
        f'{R.v(68.43,"pci_score","2022",A)} điểm, xếp thứ {R.v(6,"pci_rank","2022",A)}/63, sau khi xếp thứ '
        f'{R.v(4,"pci_rank","2021",A)} năm 2021. Chúng tôi hiểu rằng thứ hạng đó chưa tương xứng với kỳ vọng của quý vị.')
    R.p(f'Năm 2024, tỉnh đặt mục tiêu tăng trưởng GRDP {R.v(6,"grdp_growth","2024",Pl,alt=[6.5])} - 6,5%, kim ngạch xuất khẩu '
        f'{R.v(58,"export_value","2024",Pl,k=1000)} tỷ USD, thu hút trên {R.v(1.5,"fdi_registered","2024",Pl,k=1000,q="more_than")} '
        f'tỷ USD vốn FDI; dự toán thu ngân sách nhà nước năm 2024 là {R.v(32000,"state_budget_revenue","2024",Pl)} tỷ đồng. '
        f'Bình quân giai đoạn 2021-2025, tỉnh phấn đấu tăng trưởng 8%/năm.')
    R.p('Tôi cam kết chính quyền tỉnh sẽ luôn đồng hành, lắng nghe và tháo gỡ kịp thời khó khăn của doanh nghiệp. '
        'Xin trân trọng cảm ơn!')
    R.p('(Nhân vật và số liệu trong bài phát biểu là giả định – Số liệu mẫu.)', italic=True, size=10)
    R.traps = [
        'A speech: no letterhead, no table; the date is in the title block.',
        'Status in a speech given after the year: figures introduced by "sơ bộ"/"ước" are estimates; unqualified ones ("đạt", "thu hút", "có hơn") of the finished year 2023 are actual.',
        '"giảm 4,2%" → -4.2; "nhập khẩu ước gần 50 tỷ USD" → less_than 50000; "khoảng 56 tỷ USD" → about 56000; "trên 4,7 tỷ USD" → more_than 4700.',
        'National figures ("cả nước thu hút 36,6 tỷ USD"), industrial-park figures (VSIP, Quế Võ 1,2 tỷ USD), "gấp 3,3 lần năm 2022" and the 2021-2025 average (8%/năm) are not expected.',
        '"vượt 5,3% dự toán" → 105.3. Two PCI ranks (2022: 6; 2021: 4) and one score.',
        'Range target "tăng trưởng GRDP 6 - 6,5%" → plan 6 with alternative 6.5.',
    ]
    return R


def soctrang_5nam_2020():
    R = Rep('SocTrang_UBND_BC_TongKet5Nam_2016_2020.docx', 'Sóc Trăng', 2020, '2020-09-15',
            'Báo cáo tổng kết 5 năm 2016-2020, phương hướng 2021-2025 (Số liệu mẫu)',
            'Five-year review (2016-2020) with a year-by-year table (2016-2018 actual, 2019 preliminary by footnote, '
            '2020 estimate), the 2020 targets of the Party congress resolution and targets to 2025.')
    A, E, Pl = 'actual', 'estimate', 'plan'
    R.header(['UỶ BAN NHÂN DÂN', 'TỈNH SÓC TRĂNG', 'Số: 158/BC-UBND'], 'Sóc Trăng, ngày 15 tháng 9 năm 2020')
    R.title_block('BÁO CÁO', 'Tổng kết thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020',
                  'và phương hướng, nhiệm vụ 5 năm 2021 - 2025', '(Số liệu mẫu)')
    R.h('I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH 5 NĂM 2016 - 2020')
    R.h('1. Tăng trưởng kinh tế')
    R.p(f'Giai đoạn 2016 - 2020, tốc độ tăng trưởng GRDP bình quân ước đạt 6,1%/năm, chưa đạt mục tiêu Nghị quyết đề ra '
        f'(7 - 7,5%/năm); năm 2019 tăng cao nhất với {R.v(7.35,"grdp_growth","2019",E)}%; năm 2020 do ảnh hưởng của dịch '
        f'COVID-19 và hạn mặn, ước chỉ tăng {R.v(3.4,"grdp_growth","2020",E,dec=2)}%. GRDP bình quân đầu người năm 2020 ước đạt '
        f'{R.v(50.3,"grdp_per_capita","2020",E)} triệu đồng, gấp 1,32 lần năm 2016.')
    R.h('2. Thu ngân sách, xuất khẩu')
    R.p('Tổng thu ngân sách nhà nước trên địa bàn 5 năm ước đạt 19.025 tỷ đồng; tổng kim ngạch xuất khẩu 5 năm ước đạt '
        '4.628 triệu USD, vượt mục tiêu đề ra.')
    R.h('3. Văn hóa - xã hội')
    R.p('Tỷ lệ hộ nghèo giảm bình quân 1,62%/năm; số xã đạt chuẩn nông thôn mới tăng thêm 44 xã so với cuối năm 2015.')
    R.p('Biểu: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2016 - 2020', bold=True, center=True)
    yrs = [('2016', A), ('2017', A), ('2018', A), ('2019', E), ('2020', E)]

    def row(tt, name, unit, code, vals, target, period_note, k=None, decs=None):
        cells = [tt, name, unit]
        for i, ((per, st), x) in enumerate(zip(yrs, vals)):
            cells.append(R.v(x, code, per, st, k=k, dec=(decs[i] if decs else None)))
        if isinstance(target, (int, float)):
            cells.append(R.v(target, code, '2020', Pl, k=k))
        else:
            cells.append(target)
        cells.append(period_note)
        return cells

    rows = [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', '', '', '', 'Ước thực hiện 2020', 'Mục tiêu Nghị quyết đến năm 2020',
         'Giai đoạn 2016-2020'],
        ['', '', '', '2016', '2017', '2018', '2019 (1)', '', '', ''],
        row('1', 'Tốc độ tăng trưởng GRDP', '%', 'grdp_growth', [6.21, 6.52, 7.01, 7.35, 3.4], '7 - 7,5 (BQ/năm)', 'BQ 6,1',
            decs=[2, 2, 2, 2, 2]),
        row('2', 'GRDP bình quân đầu người', 'Triệu đồng', 'grdp_per_capita', [38.2, 41.5, 45.1, 48.9, 50.3], 55, '-'),
        row('3', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', 'state_budget_revenue',
            [3215, 3580, 3912, 4268, 4050], '-', 'Tổng 19.025'),
        row('4', 'Kim ngạch xuất khẩu', 'Triệu USD', 'export_value', [640, 805, 1010, 1123, 1050], 1000, 'Tổng 4.628'),
        row('5', 'Tỷ lệ hộ nghèo đa chiều', '%', 'poverty_rate_multidim', [12.8, 10.7, 8.9, 6.5, 4.7],
            'Giảm BQ 2 - 3%/năm', 'Giảm BQ 1,62%/năm'),
        row('6', 'Số xã đạt chuẩn nông thôn mới (lũy kế)', 'Xã', 'ntm_communes', [16, 27, 38, 50, 60], 55, '+44 xã'),
        row('7', 'Tỷ lệ lao động qua đào tạo', '%', 'trained_labour_rate', [45.0, 49.5, 52.3, 55.6, 58.0], 60, '-',
            decs=[1, 1, 1, 1, 1]),
    ]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 6)), ((0, 7), (1, 7)),
              ((0, 8), (1, 8)), ((0, 9), (1, 9))]
    R.table(rows, hdr=2, merges=merges, widths=[0.8, 4.2, 1.6, 1.3, 1.3, 1.3, 1.4, 1.6, 2, 2], size=9)
    R.note('(1) Số liệu năm 2019 là số liệu sơ bộ. Số liệu mẫu – mọi số liệu là giả định.')
    R.h('II. PHƯƠNG HƯỚNG, NHIỆM VỤ 5 NĂM 2021 - 2025')
    R.p(f'Mục tiêu chủ yếu: tốc độ tăng trưởng GRDP bình quân 7,5%/năm; đến năm 2025 GRDP bình quân đầu người đạt '
        f'{R.v(80,"grdp_per_capita","2025",Pl)} triệu đồng; tỷ lệ lao động qua đào tạo đạt {R.v(70,"trained_labour_rate","2025",Pl)}%; '
        f'có {R.v(70,"ntm_communes","2025",Pl)} xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm.')
    R.sign('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Thạch Thị Mẫu')
    R.traps = [
        'Header: "Thực hiện" merged over 2016-2019; the 2019 column carries footnote "(1) Số liệu năm 2019 là số liệu sơ bộ" → 2019 estimate (2016-2018 actual).',
        '"Ước thực hiện 2020" in a report of 15/9/2020 → estimate.',
        '"Mục tiêu Nghị quyết đến năm 2020" → plan 2020 where it is a level (55; 1.000; 55 xã; 60); averages and reductions ("7 - 7,5 (BQ/năm)", "Giảm BQ 2 - 3%/năm") are not expected.',
        'Last column "Giai đoạn 2016-2020" holds multi-year averages and 5-year totals (6,1; 19.025; 4.628; 1,62; +44 xã) – not expected.',
        '"gấp 1,32 lần năm 2016" is a multi-year ratio – not expected. Targets "đến năm 2025" are plans for period 2025; "bình quân 7,5%/năm" is not expected.',
    ]
    return R
