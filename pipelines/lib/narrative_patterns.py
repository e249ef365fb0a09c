"""Phrase tables for reading figures out of Vietnamese (and English) prose.

Patterns match the lower-cased `vn_text.canonical` text (NFC, one tone-mark
placement), so "Khánh Hoà" and "Khánh Hòa" read alike. A *family* is one thing
reports talk about (budget revenue, exports, GRDP…); the figure's unit and verb
decide which catalogue code of the family a number is (level, growth, share,
% of plan, rate, rank). A family without a code for a role yields a skip, not a
guess.
"""

from __future__ import annotations

# family → role → catalogue code. Roles: level (money, persons, counts, points),
# growth (% change), share (% of GRDP), pct_of_plan (% of plan or estimate),
# rate (a % that is itself the indicator), rank.
FAMILIES: dict[str, dict[str, str]] = {
    "grdp": {"level": "grdp_value_current", "growth": "grdp_growth"},
    "grdp_size": {"level": "grdp_value_current"},  # a % change of the economy's size is nominal, not GRDP growth
    "grdp_const": {"level": "grdp_value_const2010", "growth": "grdp_growth"},
    "grdp_per_capita": {"level": "grdp_per_capita", "growth": "grdp_per_capita_growth",
                        "level_usd": "grdp_per_capita_usd"},
    "agriculture": {"growth": "gva_agri_forestry_fishery_growth", "share": "structure_agriculture_share"},
    "industry_construction": {"growth": "gva_industry_construction_growth",
                              "share": "structure_industry_construction_share"},
    "services": {"growth": "gva_services_growth", "share": "structure_services_share"},
    "product_taxes": {"share": "structure_product_taxes_share"},
    "iip": {"growth": "iip_growth"},
    "budget_revenue": {"level": "state_budget_revenue", "growth": "state_budget_revenue_growth",
                       "pct_of_plan": "state_budget_revenue_pct_of_estimate"},
    "budget_expenditure": {"level": "local_budget_expenditure"},
    "social_investment": {"level": "total_social_investment", "growth": "total_social_investment_growth"},
    "disbursement": {"pct_of_plan": "public_investment_disbursement_rate", "rate": "public_investment_disbursement_rate"},
    "fdi": {"level": "fdi_registered"},
    "retail": {"level": "retail_sales_services_revenue", "growth": "retail_sales_services_revenue_growth"},
    "export": {"level": "export_value", "growth": "export_value_growth"},
    "import": {"level": "import_value", "growth": "import_value_growth"},
    "trade_total": {},  # xuất nhập khẩu: no catalogue code — recognised so it is not read as exports
    "cpi": {"growth": "cpi_avg_growth"},
    "tourism_arrivals": {"level": "tourism_arrivals"},
    "tourism_revenue": {"level": "tourism_revenue"},
    # "ngành du lịch đón 2 triệu lượt khách", "… thu về 1.500 tỷ đồng": the unit says arrivals or revenue
    "tourism": {"level_persons": "tourism_arrivals", "level_vnd": "tourism_revenue"},
    "revenue": {},  # a bare "doanh thu": tourism revenue after a tourism figure, else no code
    "new_enterprises": {"level": "new_enterprises"},
    "poverty": {"rate": "poverty_rate_multidim"},
    "income_monthly": {"level": "income_per_capita_monthly"},
    "income_unspecified": {},  # "thu nhập bình quân đầu người" without "một tháng": yearly or monthly unknown
    "trained_labour": {"rate": "trained_labour_rate"},
    "jobs": {"level": "jobs_created"},
    "ntm": {"level": "ntm_communes"},
    "forest": {"rate": "forest_cover"},
    "health_insurance": {"rate": "health_insurance_coverage"},
    "pci": {"level": "pci_score", "rank": "pci_rank"},
}

_CURRENT = r"(?:\s*\(?\s*(?:theo\s+)?giá hiện hành\s*\)?)"
_SEP = r"\s*(?:-|–|và|,)\s*"

# family → regexes (lower-case canonical text). Longer alternatives are tried first.
PHRASES: dict[str, list[str]] = {
    "grdp_per_capita": [r"(?:grdp|gdp|tổng sản phẩm trên địa bàn|tổng sản phẩm)\s+bình quân đầu người",
                        r"grdp per capita", r"per[- ]capita grdp"],  # "per-capita GRDP of VND 71.6 million"
    "grdp_const": [r"(?:quy mô\s+)?(?:grdp|tổng sản phẩm trên địa bàn)\s*\(?\s*(?:theo\s+)?giá so sánh(?:\s+(?:năm\s+)?2010)?\s*\)?"],
    "grdp_size": [r"quy mô (?:nền\s+)?kinh tế(?: \(grdp\))?", r"quy mô (?:grdp|tổng sản phẩm trên địa bàn)" + _CURRENT + "?",
                  r"(?:grdp|tổng sản phẩm trên địa bàn)" + _CURRENT],
    "grdp": [r"grdp", r"tổng sản phẩm (?:trên địa bàn|trong tỉnh)(?: tỉnh)?",
             r"(?:tốc độ\s+)?tăng trưởng kinh tế", r"(?:nền\s+|tình hình\s+)?kinh tế",
             # "duy trì tăng trưởng khá: Đà Nẵng ước tăng 8,6%, …": growth that says how it went is the economy's
             r"tăng trưởng(?= (?:khá|cao|ổn định|dương|âm|hai con số)\b)",
             r"gross regional domestic product", r"economic growth", r"(?:the\s+)?economy"],
    "agriculture": [r"(?:khu vực|ngành)\s+nông,?\s*lâm nghiệp và thủ[yỷ] sản", r"nông,?\s*lâm nghiệp và thủ[yỷ] sản",
                    r"khu vực (?:i|1)(?=\s*[\(,;]|\s+tăng|\s+chiếm)", r"agricultur\w*(?:,? forestry and fisher(?:y|ies))?"],
    "industry_construction": [r"(?:khu vực|ngành)\s+công nghiệp\s*(?:-|–|và)\s*xây dựng", r"công nghiệp\s*(?:-|–|và)\s*xây dựng",
                              r"khu vực (?:ii|2)(?=\s*[\(,;]|\s+tăng|\s+chiếm)", r"industry and construction"],
    "services": [r"(?:khu vực|ngành)\s+dịch vụ", r"dịch vụ(?=\s*(?:tăng|chiếm|giảm|,|;|và|lần lượt|\(|\d+(?:,\d+)?\s*%))",
                 r"khu vực (?:iii|3)(?=\s*[\(,;]|\s+tăng|\s+chiếm)", r"services?(?= (?:grew|rose|increased|accounted|sector|\d))",
                 r"(?:the\s+)?service sector"],
    "product_taxes": [r"thuế sản phẩm(?: trừ trợ cấp sản phẩm)?"],
    "iip": [r"chỉ số sản xuất (?:toàn ngành\s+)?công nghiệp(?:\s*\(iip\))?", r"\biip\b", r"industrial production(?: index)?"],
    "budget_revenue": [r"(?:tổng\s+)?thu ngân sách(?: nhà nước| địa phương)?(?:\s*\(nsnn\))?(?: trên địa bàn(?: tỉnh| thành phố)?)?",
                       r"(?:tổng\s+)?thu nsnn(?: trên địa bàn)?", r"(?:state\s+)?budget (?:revenue|collection)s?",
                       r"tổng thu(?= (?:của|toàn|trên|đạt|ước|là|\d))"],  # "tổng thu của ba tỉnh cũ cộng lại là …"
    "budget_expenditure": [r"(?:tổng\s+)?chi ngân sách(?: địa phương| nhà nước)?", r"(?:tổng\s+)?chi nsđp",
                           r"budget (?:expenditure|spending)"],
    "social_investment": [r"(?:tổng\s+)?vốn đầu tư (?:phát triển\s+)?(?:thực hiện\s+)?(?:trên địa bàn\s+)?toàn xã hội",
                          r"(?:total\s+)?social investment(?: capital)?"],
    "disbursement": [r"(?:tỷ lệ\s+)?giải ngân(?: vốn đầu tư công| vốn đầu tư)?", r"disbursement(?: rate)?"],
    "fdi": [r"vốn (?:fdi|đầu tư trực tiếp nước ngoài)(?: đăng ký| đăng ký mới)?", r"\bfdi\b",
            r"foreign direct investment"],
    "retail": [r"tổng mức bán lẻ hàng hóa(?: và doanh thu dịch vụ(?: tiêu dùng)?)?", r"tổng mức bán lẻ",
               r"retail sales(?: of goods)?(?: and (?:consumer )?services?(?: revenues?)?)?"],  # "… and consumer service revenue"
    "trade_total": [r"(?:tổng\s+)?(?:kim ngạch|giá trị|trị giá)\s+xuất,?\s*nhập khẩu", r"xuất,?\s*nhập khẩu",
                    r"(?:total\s+)?trade (?:turnover|value)"],
    "export": [r"(?:kim ngạch|giá trị|trị giá|tổng kim ngạch)\s+xuất khẩu(?: hàng hóa)?", r"xuất khẩu(?: hàng hóa)?",
               r"export(?:s| turnover| value)", r"exported(?: goods| merchandise)?(?: worth)?"],
    "import": [r"(?:kim ngạch|giá trị|trị giá|tổng kim ngạch)\s+nhập khẩu(?: hàng hóa)?", r"nhập khẩu(?: hàng hóa)?",
               r"import(?:s| turnover| value)", r"imported(?: goods| merchandise)?(?: worth)?"],
    "cpi": [r"chỉ số giá tiêu dùng(?:\s*\(cpi\))?(?: bình quân)?", r"\bcpi\b(?: bình quân)?", r"consumer price index"],
    "tourism_revenue": [r"(?:tổng\s+)?doanh thu (?:từ\s+)?(?:hoạt động\s+)?(?:khách\s+)?du lịch", r"tổng thu từ (?:khách\s+)?du lịch",
                        r"tourism revenue"],
    "tourism_arrivals": [r"(?:tổng\s+)?(?:số\s+)?(?:lượt|lượng) khách(?: du lịch)?", r"khách du lịch", r"du khách",
                         r"tourist(?:s| arrivals| visits)", r"visitors"],
    "tourism": [r"(?:ngành|hoạt động|lĩnh vực) du lịch", r"(?:the\s+)?tourism (?:sector|industry)"],
    "revenue": [r"(?:tổng\s+)?doanh thu"],
    "new_enterprises": [r"doanh nghiệp (?:thành lập mới|đăng ký thành lập mới|đăng ký mới)", r"thành lập mới",
                        r"new(?:ly established)? (?:enterprises|businesses)"],
    "poverty": [r"tỷ lệ hộ nghèo(?: đa chiều)?", r"hộ nghèo(?: đa chiều)?", r"poverty rate"],
    "income_monthly": [r"thu nhập bình quân (?:đầu người|một người|người)\s*(?:/\s*tháng|một tháng|mỗi tháng|hàng tháng)",
                       r"(?:average )?monthly (?:income per capita|per capita income)"],
    "income_unspecified": [r"thu nhập bình quân(?: đầu người| một người)?", r"per capita income"],
    "trained_labour": [r"tỷ lệ lao động qua đào tạo", r"lao động qua đào tạo",
                       r"(?:have|has) received (?:vocational )?training"],  # "… workers, of whom 82.5% have received …"
    "jobs": [r"giải quyết việc làm(?: mới)?(?: cho)?", r"tạo việc làm(?: mới)?(?: cho)?", r"jobs?"],
    "ntm": [r"(?:xã\s+)?đạt chuẩn nông thôn mới(?! nâng cao| kiểu mẫu)", r"nông thôn mới(?! nâng cao| kiểu mẫu)", r"xã đạt chuẩn(?=\s*[;,.)]|\s*$)"],  # "có 39 xã đạt chuẩn;"
    "forest": [r"(?:tỷ lệ|độ) che phủ rừng", r"che phủ rừng", r"forest cover(?:age)?"],
    "health_insurance": [r"tỷ lệ (?:dân số\s+)?(?:tham gia|bao phủ)\s+(?:bảo hiểm y tế|bhyt)", r"health insurance coverage",
                         r"(?:dân số|người dân) (?:có thẻ|tham gia) (?:bảo hiểm y tế|bhyt)",  # "91% dân số có thẻ BHYT"
                         r"(?:tỷ lệ )?bao phủ (?:bảo hiểm y tế|bhyt)", r"tỷ lệ bao phủ(?! rừng)"],
    "pci": [r"chỉ số năng lực cạnh tranh cấp tỉnh(?:\s*\(pci\))?", r"(?:chỉ số\s+)?\bpci\b",
            r"provincial competitiveness index(?:\s*\(pci\))?"],
}

# Families a unit word after a number implies when the clause names none.
UNIT_FAMILY_HINTS = [
    (r"khách", "tourism_arrivals"),
    (r"^new (?:enterprises|businesses|firms)$", "new_enterprises"),  # "A total of 1,630 new enterprises were established"
]

# Vietnamese typed without its marks ("GRDP tang 7,5%, thu ngan sach uoc dat 36.450 ty"): the words and phrases whose
# marks are put back before the text is read (vn_text.restore_marks; the catalogue's names and the provinces' are
# added). A plain word that may be several written ones gets the one reports mean next to figures ("nam" → "năm",
# "dat" → "đạt", "tinh" → "tỉnh"); the phrases say where another is meant ("uoc tinh" → "ước tính", "Viet Nam").
# Words that are as often one as the other ("do", "so", "chi", "gia", "du", "dung") are left plain unless in a phrase.
UNMARKED_PHRASES = (
    # single words, the reading next to figures
    "năm tháng quý tăng giảm đạt ước tỷ triệu nghìn ngàn đồng lượt người khách khoảng hơn gần trên dưới còn vượt "
    "bằng chiếm với kỳ tỉnh cũ riêng của và là đến cả nước xuất khẩu nhập vốn điểm xếp khu vực tốc "
    "trưởng kinh tế doanh nghiệp hộ nghèo đầu lũy cuối trở lên xuống gấp lần trước sản xây dựng dịch vụ "
    "tổng mức nhất hđnd ubnd ở vừa được các một bốn chín mười thêm tức",
    # phrases where a plain word means another written one
    "ước tính", "tính đến", "tính chung", "tính từ", "tính theo", "ước thực hiện", "sơ bộ",
    "xếp thứ", "đứng thứ", "đứng đầu", "xếp hạng", "thứ hạng", "thủ tướng", "thủ đô",
    "dự toán", "dự kiến", "dự báo", "dự án", "du lịch", "khách du lịch", "doanh thu du lịch", "doanh thu",
    "so với", "số liệu", "con số", "chỉ số", "chỉ tiêu", "chỉ đạt", "chỉ tăng", "chi ngân sách",
    "mục tiêu", "kế hoạch", "lũy kế", "cả nước", "cả năm", "nước ngoài", "Việt Nam", "miền Nam", "miền Bắc",
    "miền Trung", "đầu tư", "đầu tư công", "đầu người", "dầu khí", "dầu thô", "ngân sách", "ngân sách nhà nước",
    "ngân hàng", "giải ngân", "tiêu dùng", "sử dụng", "xây dựng", "tốc độ", "trong đó", "tỷ đô", "đô la",
    "quy mô", "giá hiện hành", "giá so sánh", "chỉ số giá", "mỗi tháng", "một tháng", "hàng tháng", "cuối năm",
    "đầu năm", "năm nay", "năm trước", "năm qua", "tháng đầu năm", "thu nhập", "thu ngân sách", "thu hút",
    "xuất khẩu", "nhập khẩu", "kim ngạch", "hàng hóa", "dịch vụ", "điểm phần trăm", "phần trăm", "trở lên",
    "gấp đôi", "tăng trưởng", "giảm", "thành lập mới", "vốn đăng ký", "lao động", "hoạt động", "tác động",
    "đất đai", "sử dụng đất", "cộng gộp", "sáp nhập", "hợp nhất", "khu vực", "trên địa bàn", "địa bàn", "toàn xã hội", "phấn đấu",
    "hộ nghèo đa chiều", "tỷ lệ", "báo cáo", "kỳ họp", "quan trọng", "thành phố", "thành lập", "nghị quyết",
    "bình quân", "đăng ký", "việc làm", "bán lẻ", "giá trị", "hàng năm", "mỗi năm", "cùng kỳ", "hiện hành", "công nghiệp", "tỷ trọng", "bình quân đầu người", "thu nhập bình quân", "nghìn tỷ", "giai đoạn", "hiện nay", "đến nay", "trong khi", "nhưng", "sáu tháng",
    "bảy tháng", "tám tháng", "hai tháng", "ba tháng",
)
UNMARKED_COMMON = frozenset(
    "cua va nam tang dat nguoi tinh thang trong voi duoc cac nhung khong uoc ty trieu nghin luot thu ngan sach "
    "khau xuat nhap von dau tu giam hon gan tren dong so cung ky ke hoach muc tieu cho den con".split())
