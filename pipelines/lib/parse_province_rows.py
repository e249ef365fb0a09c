"""Tables with a row per province: how a cluster's secretariat compares its members, and how statistical
yearbooks publish one indicator for every province.

    BẢNG TỔNG HỢP MỘT SỐ CHỈ TIÊU NĂM 2023 CỦA CÁC TỈNH TRONG CỤM
    STT | Tỉnh      | Tốc độ tăng trưởng GRDP (%) | Thu ngân sách nhà nước (tỷ đồng) | …
    1   | Khánh Hòa | 7,0                         | 18.200                           | …

    TỐC ĐỘ TĂNG TỔNG SẢN PHẨM TRÊN ĐỊA BÀN THEO GIÁ SO SÁNH PHÂN THEO ĐỊA PHƯƠNG
    Năm trước = 100 - %
                | 2020  | 2021  | Sơ bộ 2022
    CẢ NƯỚC     | 102,9 | 102,6 | 108,0
    Kon Tum     | 104,2 | 106,5 | 109,2

A header row names the province column ("Tỉnh", "Địa phương", "Tỉnh/Thành phố") and at least one indicator of the
catalogue, its unit in parentheses or in the row below, its period words left to the column ("Thu NSNN 9 tháng
(Tỷ đồng)"); the year and status come from the column ("Ước TH 2023") or else from the title ("… NĂM 2023", "ước
thực hiện"), and a period without a stated status is an actual once the document is dated after it ends ("9
tháng" in a report of 14/10), else an estimate. A row that names no province of that year ("Toàn cụm", "Toàn
vùng", "Bình quân", "Cả nước") is an aggregate: listed as skipped, not loaded. The column numbers under the header
("(1) | (2) | …") and the header repeated where a printed table breaks to a new page are skipped; a footnote
marker after a name ("Trà Vinh (1)", "Lạng Sơn (*)") is no part of it. Columns that match no indicator are listed
as skipped with their header, so that an alias can be added.

In the second shape (`find_year_header`) each column is a year ("2021", "Năm 2021", "Sơ bộ 2022" — preliminary,
loaded as an estimate — "Ước 2023") and the title names the indicator, as the catalogue's aliases write it once a
table number ("Biểu 5:"), "phân theo địa phương" and years are taken away. The unit is in the title's parentheses
or on a line of its own ("Đơn vị tính: Tỷ đồng"); "Năm trước = 100" says the cells are indexes, so 109,2 is a
growth of 9.2 %, and the index of a level is its growth ("Chỉ số phát triển tổng sản phẩm trên địa bàn theo giá
so sánh", "Năm trước = 100": GRDP growth); an index against a base year ("Năm 2010 = 100") or with no base stated
is not read. Region rows ("Tây Nguyên", "Đông Nam Bộ") are aggregates like "Cả nước".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipelines.lib import catalogue, grdp_sectors, observation, provinces, table_layout, vn_text
from pipelines.lib.read_grid import Grid

HEADER_SCAN_ROWS = 12
_AGGREGATE = ("toàn ", "cả cụm", "cụm", "bình quân", "trung bình", "cả nước", "tổng", "cộng", "vùng",
              # the six socio-economic regions of the statistical yearbooks
              "đồng bằng sông hồng", "trung du và miền núi", "bắc trung bộ", "tây nguyên", "đông nam bộ",
              "đồng bằng sông cửu long")


# a group of provinces heading its rows, with its subtotal: "I. CÁC ĐỊA PHƯƠNG CÓ ĐIỀU TIẾT …", "Các địa phương còn lại"
_GROUP_ROW = re.compile(r"\s*(?:[IVX]{1,4}[.)]\s+|[A-D][.)]\s+)?(?:các|nhóm)\s+(?:địa phương|tỉnh)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def _indicator_of(header: str) -> tuple[str | None, str]:
    """(catalogue code, unit text) of a column header "Ước TH 2023 thu ngân sách nhà nước (tỷ đồng)": the year and
    the status words are the column's, not the indicator's; code None when the rest matches no indicator."""
    label, unit = catalogue.unit_in_label(vn_text.without_english(header))
    label = _YEAR_WORDS.sub(" ", _STATUS_TAIL.sub("", label))
    label = _STATUS_LEAD.sub("", " ".join(label.split())).strip(" -:,")
    if _INDEX_LEAD.match(label):  # "Chỉ số phát triển GRDP năm 2025 so với năm 2024": what an index is against
        label = _AGAINST_TAIL.sub("", label)
    code = catalogue.match_indicator(label)
    if code is None and (bare := _STATUS_AFTER.sub("", label)) != label:  # "Xuất khẩu ước 11T/2024": the column's
        code = catalogue.match_indicator(bare.strip(" -:,"))
    if code is None and (bare := _PERIOD_WORDS.sub(" ", label)) != label:  # "Thu NSNN 9 tháng (Tỷ đồng)": the
        code = catalogue.match_indicator(" ".join(bare.split()).strip(" -:,"))  # months are the column's period
    if code is None and (bare := _INDEX_LEAD.sub("", label)) != label and (
            level := _indicator_of(bare)[0] or _indicator_of(f"{bare} theo giá so sánh")[0]):
        # "Chỉ số phát triển GRDP năm 2025 so với năm 2024 (%)": the index of a level, whose cells (108,16) are its growth
        code = level if catalogue.indicators()[level].unit == "pct_yoy" else catalogue.growth_of(level)
    if code is None and (real := _CONSTANT_PRICES.sub(" ", label)) != label:
        # "Tốc độ tăng GRDP theo giá so sánh (%)": a growth at constant prices is the catalogue's growth (at current
        # prices it would be nominal, so only the constant-price basis is left out, and only for a rate)
        code = catalogue.match_indicator(" ".join(real.split()).strip(" -:,"))
        code = code if code is not None and catalogue.indicators()[code].unit == "pct_yoy" else None
    return code, unit or ""


_CONSTANT_PRICES = re.compile(r"\s*\(?\s*(?:theo )?giá so sánh(?: năm)?(?: (?:19|20)\d\d)?\s*\)?", re.IGNORECASE)


_YEAR_WORDS = re.compile(r"\b(?:năm\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
# the part of the year a header names ("9 tháng", "6 tháng đầu năm", "quý III", "tháng 10"), left to column_period
_PERIOD_WORDS = re.compile(r"\b(?:\d{1,2} tháng(?: đầu năm| cuối năm)?|(?:quý|quí) (?:[ivx]+|[1-4])|tháng \d{1,2}|cả năm)\b",
                           re.IGNORECASE)
# "Tăng trưởng GRDP năm 2021, ước (%)", "Giải ngân … năm 2021, ước đến 31/01/2022 (%)": the status (and the day) after
# a comma are the column's, not the indicator's
_STATUS_TAIL = re.compile(r",\s*(?:ước(?: tính| thực hiện| đạt)?|sơ bộ|thực hiện|kế hoạch)\b(?:\s+(?:đến|tính đến)(?: ngày)?"
                          r"\s+\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?)?\s*$", re.IGNORECASE)
# a status and a short period after the name, its year taken away already: "Xuất khẩu ước 11T/(2024)"
_STATUS_AFTER = re.compile(r"\s+(?:ước tính|ước thực hiện|ước|sơ bộ|thực hiện|kế hoạch)(?:\s+(?:\d{1,2}\s*t|t\s*\d{1,2}))?"
                           r"\s*/?\s*$", re.IGNORECASE)
_STATUS_LEAD = re.compile(r"^(?:ước thực hiện|ước tính|ước th|ước|thực hiện|kế hoạch|kh|th|mục tiêu|dự toán|dự kiến)\s+",
                          re.IGNORECASE)


_PCI = re.compile(r"\bpci\b|năng lực cạnh tranh cấp tỉnh", re.IGNORECASE)
_RANK_HEADER = re.compile(r"^(?:xếp hạng|thứ hạng|hạng|rank(?:ing)?)\b", re.IGNORECASE)
_SCORE_HEADER = re.compile(r"^(?:điểm|điểm số|score)\b", re.IGNORECASE)


_CHANGE_OF = re.compile(r"\s*(?:tăng\s*/\s*giảm|tăng/giảm|tăng, giảm|tăng|giảm|tốc độ tăng)\s+(?:so với|so)\s+"
                        r"(?:cùng kỳ|năm trước)\b.*$", re.IGNORECASE)


def _change_of_a_level(header: str) -> str | None:
    """The growth code of a level a header names with its change against last year ("Xuất khẩu tăng/giảm so với cùng
    kỳ (%)" → export_value_growth), else None."""
    label = catalogue.unit_in_label(header)[0]
    m = _CHANGE_OF.search(label)
    if m is None:
        return None
    level = catalogue.match_indicator(label[:m.start()].strip(" -:,"))
    if level and catalogue.indicators()[level].unit == "pct_yoy":
        return level  # "IIP tăng/giảm so cùng kỳ (%)": the index's change is the catalogue's rate already
    return catalogue.growth_of(level) if level else None


def pci_measure(header: str, title: str) -> str | None:
    """pci_rank or pci_score for a column (or a row) of a PCI table that names only the rank or the score
    ("Xếp hạng", "Điểm PCI tổng hợp", "PCI 2023 › Thứ hạng"), the PCI being in the title or the header; else None.
    A rank within a cluster or a region ("Xếp hạng trong Cụm thi đua") is not the PCI rank."""
    if not (_PCI.search(title) or _PCI.search(header)):
        return None
    text = _PCI_YEAR.sub("", header).strip(" ›")
    if _OTHER_RANKING.search(text):
        return None
    return "pci_rank" if _RANK_HEADER.match(text) else "pci_score" if _SCORE_HEADER.match(text) else None


_PCI_YEAR = re.compile(r"^(?:chỉ số\s+)?pci(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*›?", re.IGNORECASE)  # "PCI 2023 › Điểm"
_OTHER_RANKING = re.compile(r"\b(?:cụm|vùng|khu vực|nhóm|khối)\b", re.IGNORECASE)



def find_header(grid: Grid) -> int | None:
    """The header row of a province-per-row table, or None: a province column and an indicator column."""
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        row = grid.rows[r]
        texts = {c: cell for c, cell in enumerate(row) if isinstance(cell, str)}
        below = grid.rows[r + 1] if r + 1 < len(grid.rows) else []
        if any(is_province_header(t) for t in texts.values()) and any(
                _indicator_of(t)[0] or pci_measure(t, "") for t in texts.values()
                if not is_province_header(t)):
            return r
        if any(is_province_header(t) for t in texts.values()) and any(  # "PCI 2023" over "Điểm | Thứ hạng"
                _PCI.search(t) and any(isinstance(b, str) and pci_measure(b, t) for b in below[c:c + 3])
                for c, t in texts.items()):
            return r
        if any(is_province_header(t) for t in texts.values()) and any(  # "Tổng vốn đăng ký" under "Thu hút FDI …"
                _TOTAL_OF_TITLE.match(vn_text.key(catalogue.unit_in_label(t)[0])) for t in texts.values()) \
                and _title_code(grid, table_layout.read_title(grid, r)):
            return r
        if any(is_province_header(t) for t in texts.values()) and any(  # "Đầu năm 2022" over "Tỷ lệ (%)" under
                isinstance(b, str) and _BARE_RATE.fullmatch(vn_text.key(catalogue.unit_in_label(b)[0])) for b in below) \
                and _rate_of_title(table_layout.read_title(grid, r).text):  # a title on the poor households
            return r
    return None


def is_province_header(text: str) -> bool:
    """"Tỉnh", "Tỉnh, thành phố", "Tỉnh, thành phố - Province" (a yearbook's two languages): the province column."""
    if vn_text.key(vn_text.without_english(text)) in _province_keys():
        return True
    # "Tỉnh (mã hệ thống)", "Tỉnh/thành phố (1)": a remark in parentheses after the header
    return text.endswith(")") and vn_text.key(_PARENS.sub("", text)) in _province_keys()


@lru_cache(maxsize=1)
def _province_keys() -> frozenset[str]:
    return frozenset(vn_text.key(h) for h in (*table_layout.PROVINCE_HEADERS, "tỉnh/thành phố", "đơn vị", "tên đơn vị",
                                              "vùng / tỉnh, thành phố", "vùng, tỉnh",  # regions' rows among them
                                              "row labels", "nhãn hàng",  # a PivotTable's rows (of provinces)
                                              *_DISTRICT_HEADERS))


# A table by district ("Đơn vị hành chính | Thu NSNN | …", rows "Huyện Diễn Châu", "Thị xã Cửa Lò", group subtotals,
# then "Tổng cộng toàn tỉnh"): only its total row is a province's figure, the title's province
_DISTRICT_HEADERS = ("đơn vị hành chính", "huyện, thành phố, thị xã", "huyện, thị xã, thành phố", "huyện, thị xã",
                     "quận, huyện", "quận, huyện, thị xã", "huyện/thành phố/thị xã")
_DISTRICT_ROW = re.compile(r"\s*(?:huyện|thị xã|quận|thị trấn)\s", re.IGNORECASE)
_PROVINCE_TOTAL = re.compile(r"(?:tổng số|tổng cộng|tổng|cộng|chung)?\s*(?:toàn|cả) (?:tỉnh|thành phố)$|tổng số|tổng cộng")


def _district_rows(grid: Grid, first: int, prov_col: int) -> bool:
    """Whether the rows of the name column are districts: two of them named "Huyện …", "Thị xã …", "Quận …"."""
    names = (grid.cell(r, prov_col) for r in range(first, len(grid.rows)))
    return sum(isinstance(n, str) and bool(_DISTRICT_ROW.match(n)) for n in names) >= 2


def parse_grid(grid: Grid, header: int, published: dt.date | None, mtime: dt.date, number_of,
               resolve_province) -> tuple[list, list[dict], dt.date]:
    """(observations as the table parser's CELL_FIELDS values laid end to end, skipped rows, vintage) of the table
    whose header is row `header`; the vintage is `published`, else the title's date, else the file's `mtime`.
    `number_of(text)` → (qualifier, value, is a number) and `resolve_province(name, period)` → code are the table
    parser's, so that both read cells and names alike."""
    title = table_layout.read_title(grid, header)
    vintage = published or title.date or mtime
    row = grid.rows[header]
    prov_col = next(c for c, cell in enumerate(row) if isinstance(cell, str) and is_province_header(cell))
    title_status, title_year = _title_status_and_year(title)
    title_part = table_layout.title_period(title.text) or ""
    block = _header_block(grid, header, prov_col)
    unit_row = len(block) == 1 and unit_row_below(grid, header)
    first = block[-1] + (2 if unit_row else 1)
    shared_unit = table_layout.table_unit(grid, block[0])  # "Đơn vị tính: Tỷ đồng" above the header
    columns, skipped = [], []
    # a system's export says per row what its figures are: "Mã tỉnh | Tên tỉnh | Kỳ báo cáo | Loại số liệu | …"
    per_row = {role: c for c, cell in enumerate(row) if isinstance(cell, str)
               for role, keys in _PER_ROW_HEADERS.items() if vn_text.key(cell) in keys}
    for c, cell in enumerate(row):
        if c == prov_col or c in per_row.values() or vn_text.key(table_layout.text_of(cell)) in ("stt", "tt", "số tt"):
            continue
        if len(block) > 1:
            column = _column_of_block(grid, block, c, title, shared_unit, vintage, skipped)
            if column is not None:
                columns.append(column)
            continue
        if not isinstance(cell, str):
            continue
        sub = grid.cell(header + 1, c) if unit_row else None
        code, unit = _indicator_of(f"{cell} {sub}") if isinstance(sub, str) else (None, "")
        if code is None:  # the row below is the unit, not the rest of the name ("Chỉ số PCI năm 2022" | "Xếp hạng")
            code, unit = _indicator_of(cell)
            if not unit and isinstance(sub, str):
                unit = sub.strip("() ")
        if code is None:  # "Điểm PCI tổng hợp | Xếp hạng (trên 34 tỉnh, thành phố)" under a PCI title
            code = pci_measure(cell, title.text)
        if code is None and (growth := _change_of_a_level(cell)):  # "Xuất khẩu tăng/giảm so với cùng kỳ (%)"
            code, unit = growth, "%"
        if code is None and (share := _share_of_plan(cell)):  # "Thu NSNN so dự toán (%)"
            code, unit = share, "%"
        if code is None and columns and columns[-1].c == c - 1 and (
                table_layout.compare_role(cell) == "compare_yoy" or _BARE_GROWTH.fullmatch(
                    vn_text.key(catalogue.unit_in_label(cell)[0]))) \
                and (growth := catalogue.growth_of(columns[-1].code)) and not columns[-1].index:
            # "Exports (USD billion) | Growth (% y/y)", "Xuất khẩu (triệu USD) | So cùng kỳ (%)": the growth of the
            # level just left of it, a rate or an index as the header says
            index = not table_layout.CHANGE_WORDS.search(vn_text.key(cell))
            columns.append(_Column(c, growth, "%", columns[-1].status, columns[-1].year, columns[-1].part, cell, index))
            continue
        if code is None and _TOTAL_OF_TITLE.match(vn_text.key(catalogue.unit_in_label(cell)[0])):
            # "Thu hút FDI năm 2023 theo địa phương" over "… | Vốn đăng ký cấp mới | Tổng vốn đăng ký": the title's
            code = _title_code(grid, title)
        if code is None:
            skipped.append({"locator": grid.locator(header, c), "snippet": cell,
                            "reason": f"column '{cell}' names no catalogue indicator; add an alias to "
                                      "reference/indicators/aliases_tables.csv"})
            continue
        unit = unit or shared_unit
        status, year = table_layout.column_status(cell)
        if status == "plan" and catalogue.indicators()[code].unit == "pct_of_plan":
            status = None  # "Thu NSNN so với dự toán (%)": the plan is what it is a share of, not its status
        part = table_layout.column_period(cell)
        if year is None:
            year, part = title_year, part or title_part  # "… 9 THÁNG NĂM 2025" over "Tốc độ tăng GRDP (%)"
        # a rate's column that gives its index ("Chỉ số giá tiêu dùng bình quân … so với cùng kỳ (%)": 103,12): a
        # cell of an index is less 100; a column that says a change ("tăng/giảm", "tốc độ tăng") holds the rate
        index = catalogue.indicators()[code].unit == "pct_yoy" and not table_layout.CHANGE_WORDS.search(vn_text.key(cell))
        # the title's status is its year's ("năm 2023 là số ước tính" over "… năm 2022 | … năm 2023")
        stated = status or (title_status if _status_concerns(title.text, cell) and title_year in (None, year) else None)
        columns.append(_Column(c, code, unit, _status(stated, year, vintage, part or ""), year,
                               part or "", cell, index))
    districts = _district_rows(grid, first, prov_col)
    out = _read_rows(grid, first, prov_col, columns, number_of, resolve_province, skipped, per_row, vintage,
                     new_boundaries=bool(_NEW_BOUNDARIES.search(title.text)),
                     province_of_total=(lambda period: table_layout.province_as_reported(
                         f"{title.text} {grid.name}", observation.period_end(period), vintage)) if districts else None)
    return out, skipped, vintage


_VS_PLAN_TAIL = re.compile(r"\s+(?:so|so với|so sánh|đạt|bằng)\s+(?:dự toán|dt|kế hoạch|kh)\b.*$", re.IGNORECASE)


_BARE_GROWTH = re.compile(r"(?:tăng trưởng|tốc độ tăng(?: trưởng)?|growth|y/y|yoy)")
_TOTAL_OF_TITLE = re.compile(r"(?:tổng|tổng số|tổng cộng|tổng vốn(?: đăng ký)?|tổng giá trị)$")


def _title_code(grid: Grid, title) -> str | None:
    """The indicator a table's title (its caption lines, then the text above it) names, for a total column."""
    lines = (grid.caption.split("\n") if grid.caption else []) + [title.text]
    return next((code for line in lines if (code := _indicator_in_title(line)[0]) is not None), None)


def _share_of_plan(header: str) -> str | None:
    """The catalogue's "% of the estimate" of the indicator a header compares with its plan ("Thu NSNN so dự toán
    (%)" → state_budget_revenue_pct_of_estimate), or None."""
    label = catalogue.unit_in_label(header)[0]
    if (bare := _VS_PLAN_TAIL.sub("", label)) == label or table_layout.compare_role(header) != "compare_plan":
        return None
    code = _indicator_of(bare)[0]
    return catalogue.ratio_to_plan_of(code) if code else None


def _spanned(grid: Grid, block: list[int], r: int, c: int):
    """The header cell (r, c), or, blank above a sub-header, the group header it stands under: a CSV (or a sheet
    without merges) writes "Đầu năm 2022;;Cuối năm 2022;" over "Số hộ nghèo;Tỷ lệ (%);Số hộ nghèo;Tỷ lệ (%)"."""
    cell = grid.cell(r, c)
    if r == block[-1] or (isinstance(cell, str) and cell.strip()) or (cell is not None and not isinstance(cell, str)):
        return cell
    k = c
    while k > 0 and not (isinstance(grid.cell(r, k), str) and grid.cell(r, k).strip()):
        if not (isinstance(grid.cell(block[-1], k), str) and grid.cell(block[-1], k).strip()):
            return cell  # a column without a sub-header ends the group
        k -= 1
    if not (isinstance(grid.cell(block[-1], k), str) and grid.cell(block[-1], k).strip()):
        return cell  # the text to the left heads a column of its own ("Tổng số hộ dân cư"), not a group
    return grid.cell(r, k)


_BARE_RATE = re.compile(r"tỷ lệ(?: \(?%\)?)?")
# the rate a title's subject has in the catalogue: "KẾT QUẢ RÀ SOÁT HỘ NGHÈO …" › a column "Tỷ lệ (%)"
_TITLE_RATES = (("hộ nghèo", "Tỷ lệ hộ nghèo đa chiều"), ("lao động qua đào tạo", "Tỷ lệ lao động qua đào tạo"),
                ("bảo hiểm y tế", "Tỷ lệ dân số tham gia bảo hiểm y tế"), ("che phủ rừng", "Tỷ lệ che phủ rừng"))
_START_OF_YEAR = re.compile(r"(?<!tháng )(?<!từ )\bđầu năm (?:19|20)\d\d")


def _rate_of_title(title: str) -> str | None:
    key = vn_text.key(title)
    return next((catalogue.match_indicator(name) for subject, name in _TITLE_RATES if subject in key), None)


# "Số liệu du lịch năm 2023 là số ước tính": the status of one subject's figures, not of every column
_SUBJECT_STATUS = re.compile(r"số liệu (?:về |của |ngành )?(\w+(?: \w+)?) (?:năm (?:19|20)\d\d |tháng \d{1,2} |\d{1,2} tháng )?"
                             r"(?:là|là số|được tính là) (?:số )?(?:ước tính|ước|sơ bộ)")
_NO_SUBJECT = frozenset(("mẫu", "năm", "này", "trong"))


def _status_concerns(title: str, header: str) -> bool:
    """Whether the status a title states concerns the column `header`: yes unless the title gives it for one
    subject's figures only ("Số liệu du lịch năm 2023 là số ước tính") and the header does not name that subject
    ("Tỷ lệ hộ nghèo đa chiều (%)": stated by nobody, an actual once the year is over)."""
    if "số liệu" not in title.lower():  # cheap: most titles state no subject's status
        return True
    m = _SUBJECT_STATUS.search(vn_text.key(title))
    if m is None or m.group(1).split()[0] in _NO_SUBJECT:
        return True
    return m.group(1) in vn_text.key(header)


def _title_status_and_year(title) -> tuple[str | None, int | None]:
    """The status a title states and the year it reports on (read_title's: not the day it was written, "tổng hợp
    ngày 20/5/2026", nor the plan it names)."""
    status, year = table_layout.column_status(title.text)
    return status, title.year or year


def _header_block(grid: Grid, header: int, prov_col: int) -> list[int]:
    """The rows of a header whose "Tỉnh" cell is merged over several rows (the figures' period over the
    indicators over their units and comparisons), top to bottom; [header] for a header of one row."""
    name = grid.cell(header, prov_col)
    rows = [header]
    while rows[0] > 0 and (rows[0], prov_col) in (grid.filled or ()) and grid.cell(rows[0] - 1, prov_col) == name:
        rows.insert(0, rows[0] - 1)
    while rows[-1] + 1 < len(grid.rows) and grid.cell(rows[-1] + 1, prov_col) == name:
        rows.append(rows[-1] + 1)
    below = rows[-1] + 1
    if below < len(grid.rows) and grid.cell(below, prov_col) is None and _sub_header(grid.rows[below]):
        rows.append(below)  # "" | "Tổng số" | "Nông, lâm nghiệp và thủy sản" | … under the years' merged cells
    return rows


def _sub_header(row: list) -> bool:
    """A row of words only, two or more: the lower row of a header whose province cell was left empty."""
    cells = [c for c in row if c is not None]
    return len(cells) >= 2 and all(isinstance(c, str) and not _TEXT_FIGURE.fullmatch(c.strip()) for c in cells)




def _column_of_block(grid: Grid, block: list[int], c: int, title, shared_unit: str, vintage: dt.date,
                     skipped: list[dict]) -> _Column | None:
    """The column `c` under a header of several rows: "Ước thực hiện 9 tháng năm 2025" › "Thu NSNN trên địa bàn" ›
    "Tỷ đồng" | "So dự toán năm (%)" | "So cùng kỳ (%)". The bottom text that compares makes the column a
    comparison of the indicator above it (growth, or % of the estimate); a unit is the indicator's unit; the
    indicator is the lowest text naming one; the period and status are the texts' other than the comparison's,
    else the title's."""
    parts: list[str] = []
    for r in block:
        t = vn_text.without_english(table_layout.text_of(_spanned(grid, block, r, c)).strip())
        if t and t not in parts:
            parts.append(t)
    if not parts:
        return None
    role = table_layout.compare_role(parts[-1]) if len(parts) > 1 and _indicator_of(parts[-1])[0] is None else None
    compare = parts.pop() if role else ""
    # the texts together ("Chỉ số PCI năm 2022" › "Xếp hạng cả nước"), then without the upper ones (a period over
    # the indicator), then each from the bottom up; a text left over that is a unit ("Tỷ đồng") is the unit
    n = len(parts)
    tries = [range(i, n) for i in range(n)] + [range(i, i + 1) for i in range(n - 2, -1, -1)]
    code, unit, used = next(((code, unit, span) for span in tries
                             for code, unit in [_indicator_of(" ".join(parts[i] for i in span))] if code),
                            (None, "", range(0)))
    if code is None and (pci := pci_measure(" ".join(parts), title.text)):  # "PCI 2023" › "Thứ hạng"
        code, used = pci, range(n)
    if code is None and n and _BARE_RATE.fullmatch(vn_text.key(catalogue.unit_in_label(parts[-1])[0])) \
            and (rate := _rate_of_title(title.text)):  # "… HỘ NGHÈO ĐẦU NĂM VÀ CUỐI NĂM 2022" › "Tỷ lệ (%)"
        code, unit, used = rate, catalogue.unit_in_label(parts[-1])[1] or "%", range(n - 1, n)
    units, names = [], []
    for i, t in enumerate(parts):
        if i in used:
            names.append(t)
        elif (words := catalogue.unit_in_label(t))[1] and words[0]:
            units.append(words[1])  # "Ước TH (tỷ đồng)" under "Thu NSNN": the column's status, and its unit
            names.append(words[0])
        elif catalogue.looks_like_unit(t):
            units.append(t)
        else:
            names.append(t)
    header = " › ".join([*parts, compare] if compare else parts)
    if code is None:
        skipped.append({"locator": grid.locator(block[0], c), "snippet": header,
                        "reason": f"column '{header}' names no catalogue indicator; add an alias to "
                                  "reference/indicators/aliases_tables.csv"})
        return None
    index = False
    if role == "compare_yoy" and catalogue.indicators()[code].unit == "pct_yoy":
        # "Tốc độ tăng GRDP › % › So với cùng kỳ năm trước" (8,21), "Chỉ số sản xuất công nghiệp › So với cùng kỳ"
        # (108,9): the rate itself, or its index where the cell is one
        target, index = code, True
    elif role == "compare_yoy":
        target, index = catalogue.growth_of(code), not table_layout.CHANGE_WORDS.search(vn_text.key(compare))
    elif role == "compare_plan":
        target = catalogue.ratio_to_plan_of(code)
    else:
        target = code
    if target is None:
        skipped.append({"locator": grid.locator(block[0], c), "snippet": header,
                        "reason": f"column '{header}' compares an indicator the catalogue holds no comparison of"})
        return None
    text = " ".join(names)
    status, year = table_layout.column_status(text)
    if year is not None and _START_OF_YEAR.search(vn_text.key(text)):
        year -= 1  # "Đầu năm 2022" of a rate measured once a year (poverty, forest cover): the review of end-2021
    if status == "plan" and catalogue.indicators()[target].unit == "pct_of_plan":
        status = None  # "Thu NSNN so với dự toán (%)": the plan is what the figure is a share of, not its status
    part = table_layout.column_period(text)
    title_status, title_year = _title_status_and_year(title)
    if year is None:
        year, status, part = title_year, status or title_status, part or table_layout.title_period(title.text)
    elif status is None and title_year in (None, year):  # "ƯỚC TÍNH 9 THÁNG NĂM 2026" over "9 tháng năm 2026"
        status = title_status
    return _Column(c, target, "" if role else (units[-1] if units else unit) or shared_unit,
                   _status(status, year, vintage, part or ""), year, part or "", header, index,
                   basis=compare if role == "compare_plan" else "")


# Columns that say, row by row, the province's code, the period and the status of the figures (a system's export)
_PER_ROW_HEADERS = {
    "code": frozenset(("mã tỉnh", "mã", "mã đơn vị", "mã đvhc", "mã tỉnh thành phố", "province code")),
    "period": frozenset(("kỳ báo cáo", "kỳ", "kỳ số liệu", "năm báo cáo", "năm", "thời gian", "thời kỳ", "period", "year")),
    "status": frozenset(("loại số liệu", "tình trạng số liệu", "trạng thái", "loại", "tính chất số liệu", "status")),
}


def _row_column(grid: Grid, r: int, per_row: dict, role: str) -> str:
    c = per_row.get(role)
    cell = grid.cell(r, c) if c is not None else None
    return table_layout.text_of(cell).strip() if cell is not None else ""


_FOOTNOTE = re.compile(r"\s*(?:\(\s*(?:\d{1,2}|\*{1,3}|[a-z])\s*\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")
_FOOTNOTE_ENDS = (")", "*", " ", *"¹²³⁴⁵⁶⁷⁸⁹⁰")


def _estimate_marks(grid: Grid, first: int, end: int | None) -> frozenset[str]:
    """The footnote marks ("(*)", "(1)") whose note under the table says, in its first sentence, that the figures are
    estimates: "(*) Tỉnh X chưa có số liệu chính thức; các số liệu của tỉnh X là số ước tính"."""
    marks = set()
    for row in grid.rows[first:len(grid.rows) if end is None else end]:
        for cell in row:
            if isinstance(cell, str) and cell[:1] == "(" and (m := _NOTE_MARK.match(cell)):
                note = re.split(r"[.;]\s+(?=[A-ZĐÀ-Ỹ])", cell, maxsplit=1)[0]
                if table_layout.column_status(note)[0] == "estimate":
                    marks.add(m.group(1).replace(" ", ""))
                break
    return frozenset(marks)


_NOTE_MARK = re.compile(r"(\(\s*(?:\d{1,2}|\*{1,3}|[a-z])\s*\))\s+\S")


def _without_footnote(name: str) -> str:
    """A name without its footnote marker: "Trà Vinh (1)", "Lạng Sơn (*)", "Bến Tre²" → the province's name."""
    return _FOOTNOTE.sub("", name) if name.endswith(_FOOTNOTE_ENDS) else name


@dataclass(frozen=True)
class _Column:
    c: int
    code: str
    unit: str
    status: str | None
    year: int | None
    part: str  # the part of the year: "" (the year), "-9M", "-H1"
    header: str
    index: bool  # cells are indexes (last year = 100): the rate is the cell less 100
    label: str = ""  # the indicator as the table names it, when not in the header (a yearbook's title)
    basis: str = ""  # what a % of the plan is of ("So dự toán năm (%)")


def _province_of_code(code: str, period: str) -> str | None:
    """`code` ("52", "1" for "01") when it is a province's code on the last day of `period`."""
    code = code.split(".")[0].zfill(2)
    return code if re.fullmatch(r"\d{2}", code) and provinces.version_at(code, observation.period_end(period)) else None


def _status(stated: str | None, year: int | None, vintage: dt.date, part: str = "") -> str | None:
    """The stated status, else an actual once the document is dated after the period ("9 tháng năm 2025" in a
    report of 14/10/2025), else an estimate."""
    if stated or year is None:
        return stated
    return "actual" if vintage > observation.period_end(f"{year}{part}") else "estimate"


_NEW_BOUNDARIES = re.compile(r"địa giới(?: hành chính)?(?: mới| (?:từ|kể từ|sau) (?:ngày )?0?1/0?7/2025)"
                             r"|sau (?:khi )?(?:sắp xếp|hợp nhất|sáp nhập)|\b34 tỉnh"
                             r"|new (?:administrative )?boundaries", re.IGNORECASE)
_FIRST_DAY_AFTER = provinces.BEFORE_REFORM + dt.timedelta(days=1)


def _read_rows(grid: Grid, first: int, prov_col: int, columns: list[_Column], number_of, resolve_province,
               skipped: list[dict], per_row: dict | None = None, vintage: dt.date | None = None,
               new_boundaries: bool = False, end: int | None = None, province_of_total=None) -> list:
    """The table's cells as observations. `new_boundaries`: the title says the table is on the boundaries of 1 July
    2025 ("theo địa giới hành chính mới (34 tỉnh)"), so a 2024 row named "Gia Lai" is the merged province's, restated,
    not the former Gia Lai's. `province_of_total(period)`, for a table by district: the province of its total row
    ("Tổng cộng toàn tỉnh"); the district and group rows are skipped."""
    out: list = []
    per_row = per_row or {}
    marks = _estimate_marks(grid, first, end)
    for r in range(first, len(grid.rows) if end is None else end):
        name = grid.cell(r, prov_col)
        if not isinstance(name, str) or not name.strip():
            continue
        bare = name.strip().strip("()")
        if bare.isdigit() or len(bare) == 1 or is_province_header(name):
            # the column numbers under the header ("(1) | (2) | (3)", "A | B | 1"), or the header repeated where the
            # printed table breaks to a new page ("Biểu 08 (tiếp theo)" › "STT | Tỉnh, thành phố | …")
            skipped.append({"locator": grid.row_locator(r), "snippet": name, "reason": "column numbers or a repeated "
                                                                                     "header, not a province"})
            continue
        place = _without_footnote(name)
        row_cols = columns
        if per_row.keys() & {"period", "status"}:  # "Năm 2024 | Ước thực hiện" in the row: its figures' period and status
            stated, year = table_layout.column_status(_row_column(grid, r, per_row, "period"))
            status, _ = table_layout.column_status(_row_column(grid, r, per_row, "status"))
            part = table_layout.column_period(_row_column(grid, r, per_row, "period"))
            row_cols = [replace(col, year=year or col.year, part=part if part is not None else col.part,
                                status=status or stated or (_status(None, year, vintage, part or "") if year and vintage
                                                            else col.status))
                        for col in columns]
        if marks and place != name and (mark := _FOOTNOTE.search(name).group(0).replace(" ", "")) in marks:
            # "Quảng Trị (*)" under "(*) … các số liệu của Quảng Trị trong biểu là số ước tính": the row's estimates
            row_cols = [replace(col, status="estimate") if col.status in (None, "actual") else col for col in row_cols]
        code = _row_column(grid, r, per_row, "code")
        for col in row_cols:
            raw = grid.cell(r, col.c)
            if raw is None:
                continue
            loc = grid.locator(r, col.c)
            raw_value, qualifier, value, is_number = table_layout.figure_of(raw, number_of)
            if is_number and value is None:
                continue  # "-", "x": no value
            period = f"{col.year}{col.part}" if col.year else None
            province = resolve_province(place, period) if period else None
            if new_boundaries and period and observation.period_end(period) < _FIRST_DAY_AFTER \
                    and (merged := resolve_province(place, f"{_FIRST_DAY_AFTER.year}")) is not None:
                province = provinces.reported_by(provinces.split_ref(merged)[0], _FIRST_DAY_AFTER)
            if period and code and (coded := _province_of_code(code, period)) is not None:
                province = coded  # the code the row gives, when it is a province's in that period: codes, not names
            if province is None and province_of_total is not None:
                if not _PROVINCE_TOTAL.match(vn_text.key(place)):
                    skipped.append({"locator": grid.row_locator(r), "snippet": name,
                                    "reason": "a district's or a group of districts' row, not a province"})
                    break
                province = province_of_total(period) if period else None  # "Tổng cộng toàn tỉnh": the title's
            if province is None and (vn_text.key(name).startswith(_AGGREGATE) or _GROUP_ROW.match(name)):
                skipped.append({"locator": grid.row_locator(r), "snippet": name, "reason": "aggregate row, not a province"})
                break
            issues = []
            if not is_number:
                issues.append(f"{loc}: '{raw_value}' is not a number; correct the cell")
            if col.year is None:
                issues.append(f"{loc}: no year in the column '{col.header}' nor in the title; write it (e.g. 'năm 2023')")
            elif province is None:
                issues.append(f"{loc}: province '{name}' is unknown for {col.year}; write the official name")
            converted, canonical = None, catalogue.indicators()[col.code].unit
            if is_number and value is not None:
                if col.index and value >= table_layout.INDEX_MIN:
                    value = round(value - 100, 10)
                try:
                    converted = catalogue.convert(value, "" if col.index else col.unit, canonical)
                except ValueError as exc:
                    issues.append(f"{loc}: {exc}; write the unit in the header ('… (tỷ đồng)')")
            out += (loc, province, col.code, period, converted, canonical, col.status, qualifier, col.basis,
                    col.label or col.header, raw_value, " | ".join(filter(None, (name, col.label, col.header))),
                    "; ".join(issues) or None)
    return out


# ------------------------------------------------------------------ a column per year, the indicator in the title

_YEAR_HEADER = re.compile(r"^(?:năm\s+)?(?:(?:sơ bộ|ước tính|ước thực hiện|ước th|ước|kế hoạch|kh|dự toán|thực hiện|quyết toán"
                          r"|th|ưth|uth|prel\.?)\s*[-–/]?\s*)*"
                          r"(?:năm\s+)?((?:19|20)\d\d)(?:\s*\((?:sơ bộ|ước tính|ước)\))?$")
_BY_PLACE = re.compile(r"\s*(?:(?:phân|chia)?\s*theo|của|tại)\s+(?:một số |các |\d+ )?(?:địa phương|tỉnh|tỉnh,? thành phố"
                       r"|đơn vị hành chính|vùng)\b.*$", re.IGNORECASE)  # "… CỦA MỘT SỐ ĐỊA PHƯƠNG"
_INDEX_BASE = re.compile(r"=\s*100\b")
_FIXED_BASE = re.compile(r"(?:19|20)\d\d\s*\)?\s*$")  # "Năm 2010 = 100", not "Năm trước = 100"
# the words that make a title the index of a level: "Chỉ số phát triển tổng sản phẩm …" is the product's index
_TITLE_DASH = re.compile(r"\s+[–—-]\s+")
_AGAINST_TAIL = re.compile(r"\s+so (?:với\s*)?(?:cùng kỳ(?: năm trước)?|năm trước)?\s*$", re.IGNORECASE)
_INDEX_LEAD = re.compile(r"^chỉ số(?:\s+phát triển)?\s+(?:của\s+)?", re.IGNORECASE)


def _year_of_header(cell) -> int | None:
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() and 1990 <= cell <= 2100 else None
    if not isinstance(cell, str):
        return None
    text = vn_text.canonical(" ".join(cell.split())).lower()
    m = _YEAR_HEADER.match(text) or _YEAR_HEADER.match(_UNIT_PARENS.sub("", text).strip())  # "Ước TH 2025 (triệu USD)"
    return int(m.group(1)) if m else None


_UNIT_PARENS = re.compile(r"\s*\((?:[^()\d]*)\)\s*$")  # a unit in parentheses after the year, not "(sơ bộ)" alone


def find_year_header(grid: Grid, start: int = 0) -> int | None:
    """The header row of a table with a row per province and a column per year, or None: two year columns or
    more (one under a "Tỉnh" header), and two province names or more in the first rows under it, in the column
    left of the years. `start`: where to look from (the end of a table above on the same sheet)."""
    for r in range(start, min(start + HEADER_SCAN_ROWS, len(grid.rows))):
        years = [c for c, cell in enumerate(grid.rows[r]) if _year_of_header(cell)]
        if not years and isinstance(first := grid.cell(r, 0), str) and is_province_header(first):
            years = list(_part_columns(grid.rows[r]))  # "Tỉnh, thành phố | Tháng 1 | Tháng 2 | … | Lũy kế 6 tháng"
        if not years:
            continue
        label = _label_column(grid, r, years[0])
        if label is None:
            continue
        named = isinstance(grid.cell(r, label), str) and is_province_header(grid.cell(r, label))
        if len(years) < 2 and not named:  # one year column is enough under a "Tỉnh" / "Địa phương" header
            continue
        names = [grid.cell(k, label) for k in range(r + 1, min(r + 12, len(grid.rows)))]
        if sum(isinstance(n, str) and provinces.is_province_name(_without_footnote(n)) for n in names) >= 2:
            return r
    return None


def _part_columns(row: list) -> dict[int, str]:
    """column → part of the year of a header whose columns are months or spans of the title's year ("Tháng 1",
    "Tháng 6 (ước)", "Lũy kế 6 tháng"), two or more of them; not a comparison ("Tháng 6 so tháng 5 (%)")."""
    parts = {c: part for c, cell in enumerate(row) if isinstance(cell, str) and not _COMPARES.search(cell)
             and (part := table_layout.column_period(cell))}
    return parts if len(parts) >= 2 else {}


_COMPARES = re.compile(r"(?:^|\s)(?:so|so với|so sánh)\s", re.IGNORECASE)


def _label_column(grid: Grid, header: int, first_year: int) -> int | None:
    """The column of province names: the right-most column left of the years that holds text under the header."""
    for c in range(first_year - 1, -1, -1):
        if any(isinstance(grid.cell(k, c), str) for k in range(header + 1, min(header + 6, len(grid.rows)))):
            return c
    return None


def title_indicator(lines: list[str]) -> tuple[str | None, str, bool]:
    """(catalogue code, unit, whether the cells are indexes) of a table whose title `lines` name one indicator."""
    code, unit, index, fixed_base, of_index = None, "", False, False, False
    for line in lines:
        text = vn_text.canonical(" ".join(line.split()))
        if (base := _INDEX_BASE.search(text)) is not None:
            index, unit = True, unit or ("%" if "%" in text else "")
            fixed_base = fixed_base or bool(_FIXED_BASE.search(text[:base.start()]))
        if (noted := table_layout.unit_note(text)) is not None:
            unit = unit or noted
            if code is None and (head := _NOTE_AFTER_NAME.split(text)[0]) != text:
                # "Vốn đầu tư trực tiếp nước ngoài đăng ký – đơn vị: tỷ USD": the name, then its unit note
                code, _, of_index = _indicator_in_title(head)
            continue
        if code is None:
            code, in_parens, of_index = _indicator_in_title(text)
            if code is not None:
                unit = unit or in_parens
        elif not unit and catalogue.looks_like_unit(text) and len(text) <= 30:
            unit = text.strip(" ()")
    if index and code is not None and catalogue.indicators()[code].unit != "pct_yoy":
        # an index of a level against last year ("Chỉ số phát triển tổng sản phẩm … theo giá so sánh", "Năm trước
        # = 100") gives its growth; of a level whose growth the catalogue lacks (at current prices), nothing
        code = catalogue.growth_of(code)
    if fixed_base or (of_index and not index):
        return None, unit, index  # against a base year ("Năm 2010 = 100") or none stated, an index is no growth
    return code, unit, index


_NOTE_AFTER_NAME = re.compile(r"\s+[–—-]\s+(?=(?:đơn vị tính|đơn vị|đvt)\s*[:.])", re.IGNORECASE)
_PRICE_BASIS = re.compile(r"\s*\(?\s*theo giá (?:so sánh|hiện hành)(?:\s+năm)?(?:\s+(?:19|20)\d\d)?\s*\)?", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^()]*\)")


def _indicator_in_title(text: str) -> tuple[str | None, str, bool]:
    """(catalogue code, unit in its parentheses, whether the title names that indicator's index) of a title line
    "Biểu 5: Tốc độ tăng tổng sản phẩm trên địa bàn theo giá so sánh 2010 phân theo địa phương (%)": the first of
    these the catalogue knows: the name as written, without its years, without its price basis (a growth rate is
    the same at either), without both; then the same after an index's lead ("Chỉ số phát triển tổng sản phẩm …",
    "Chỉ số tổng sản phẩm …": the index of the level, whose "Năm trước = 100" line says what its cells are)."""
    if (parts := _TITLE_DASH.split(text)) and len(parts) > 1:  # "BIỂU SO SÁNH CÁC TỈNH … – Tốc độ tăng GRDP (%)"
        found = _indicator_in_title(parts[-1])
        if found[0] is not None:
            return found
    name, unit = catalogue.unit_in_label(table_layout.TABLE_NUMBER.sub("", text))
    name = _STATUS_LEAD.sub("", _PARENS.sub("", _BY_PLACE.sub("", name)).strip(" -:,."))  # "ƯỚC THỰC HIỆN THU …"
    found = _code_of_title_name(name)
    if found is None and (bare := _BY_PERIOD.sub("", name)) != name and bare:
        found = _code_of_title_name(bare)  # "TỔNG MỨC BÁN LẺ … THEO THÁNG NĂM 2024": the months are the columns'
    if found is None and (target := _TARGET_LEAD.sub("", _BY_SOURCE.sub("", name))) != name:
        found = _code_of_title_name(target)  # "CHỈ TIÊU TĂNG TRƯỞNG GRDP NĂM 2026 THEO NGHỊ QUYẾT HĐND …"
    return (found[0], unit or "", found[1]) if found is not None else (None, "", False)


# "… THEO THÁNG NĂM 2024", "… các tháng năm 2026", "… từng quý"
_BY_PERIOD = re.compile(r"\s+(?:theo|các|từng|hàng|qua các) (?:tháng|quý|kỳ)\b.*$", re.IGNORECASE)
# A title of targets: "CHỈ TIÊU <indicator> NĂM 2026 THEO NGHỊ QUYẾT HĐND CÁC TỈNH": the word for a target before the
# indicator, and the act that set it after (the column says the plan: "Kế hoạch năm 2026")
_TARGET_LEAD = re.compile(r"^(?:các |một số )?chỉ tiêu\s+", re.IGNORECASE)
_BY_SOURCE = re.compile(r"\s+theo (?:nghị quyết|quyết định|kế hoạch|chỉ tiêu|báo cáo|đăng ký)\b.*$", re.IGNORECASE)


def _code_of_title_name(name: str) -> tuple[str, bool] | None:
    """(catalogue code, whether it is that indicator's index) of a title's name, as `_indicator_in_title` tries it."""
    bare = _INDEX_LEAD.sub("", name)
    for of_index, base in ((False, name), (True, bare)) if bare != name else ((False, name),):
        no_years = _YEAR_WORDS.sub(" ", base)
        for candidate in (base, no_years, _PRICE_BASIS.sub(" ", base), _PRICE_BASIS.sub(" ", no_years)):
            code = catalogue.match_indicator(" ".join(candidate.split()).strip(" -:,."))
            if code is not None:
                return code, of_index
        if of_index and (code := catalogue.match_indicator(f"{' '.join(no_years.split()).strip(' -:,.')} theo giá so sánh")):
            return code, of_index  # "Chỉ số phát triển GRDP (năm trước = 100)": a volume index, at constant prices
    return None


def parse_year_grid(grid: Grid, header: int, published: dt.date | None, mtime: dt.date, number_of,
                    resolve_province) -> tuple[list, list[dict], dt.date]:
    """As `parse_grid`, for a table whose header row `header` names years (`find_year_header`). Raises ValueError
    saying what to write when the title names no indicator of the catalogue."""
    lines = grid.caption.split("\n") if grid.caption else []
    # the title rows since the table above on the same sheet, if any (its last row of figures)
    start = next((k + 1 for k in range(header - 1, -1, -1) if any(isinstance(c, float) for c in grid.rows[k])), 0)
    lines += [table_layout.text_of(c) for k in range(start, header) for c in grid.rows[k] if isinstance(c, str)]
    # a later table of the sheet: its own caption rows, not the table above's ("Sơ bộ - Prel." of its header)
    title = table_layout.read_title(grid, header) if start == 0 else table_layout.read_title(grid, header, top=0)
    vintage = published or title.date or mtime
    code, unit, index = title_indicator(lines)
    # "Cơ cấu tổng sản phẩm trên địa bàn … phân theo khu vực kinh tế và phân theo địa phương": a year's group of
    # columns per sector, each the sector's share
    measure = None if code is not None else (
        "structure" if "cơ cấu" in vn_text.key(" ".join(lines)) else grdp_sectors.caption_measure(" ".join(lines)))
    if code is None and measure is None:
        raise ValueError(f"{grid.name}: a table of provinces by year whose title ('{' '.join(lines)[:120]}') names no "
                         "catalogue indicator; write the indicator as the catalogue names it in the title, or add an "
                         "alias to reference/indicators/aliases_tables.csv")
    named = next((" ".join(line.split()) for line in lines if _indicator_in_title(line)[0] is not None), "")
    # months or spans of the title's year as columns: "Tháng 1 | … | Tháng 6 (ước) | Lũy kế 6 tháng"
    parts = {} if any(_year_of_header(cell) for cell in grid.rows[header]) else _part_columns(grid.rows[header])
    first_year = next(c for c, cell in enumerate(grid.rows[header]) if _year_of_header(cell) or c in parts)
    label = _label_column(grid, header, first_year)
    # a header of two rows under a merged "Tỉnh, thành phố" cell: "Sơ bộ - Prel." over "2024"
    block = _header_block(grid, header, label)
    texts = {c: " ".join(dict.fromkeys(t for r in block if (t := _header_text(grid.cell(r, c)))))
             for c in range(len(grid.rows[header])) if c != label}
    years = [(c, y) for c, text in texts.items()  # the year of the column's header, or of one of its rows ("2023" over
             if (y := _year_of_header(text) or next(  # a sector), not a comparison's ("So sánh (%)" › "Thực hiện 2023")
                 (y for r in block if (y := _year_of_header(_header_text(grid.cell(r, c))))), None))
             and not table_layout.compare_role(text)]
    if parts and title.year:
        years = [(c, table_layout.column_status(texts[c])[1] or title.year) for c in parts]
    title_status, _ = table_layout.column_status(title.text)
    columns = []
    skipped: list[dict] = []
    for c, year in years:
        status, _ = table_layout.column_status(texts[c])
        column_code = code
        if measure is not None:  # the sector the column names under its year
            sector = " ".join(t for r in block if (t := vn_text.without_english(_header_text(grid.cell(r, c))))
                              and not _year_of_header(t) and table_layout.column_status(t)[0] is None)
            column_code, why = grdp_sectors.code_of(measure, sector)
            if column_code is None:
                skipped.append({"locator": grid.locator(block[-1], c), "snippet": texts[c], "reason": why})
                continue
        part = parts.get(c, "")
        columns.append(_Column(c, column_code, unit or ("%" if measure else ""),
                               _status(status or title_status, year, vintage, part), year, part, texts[c], index, named))
    if parts:
        columns = _spans_with_an_estimated_month(columns)
    if code is not None and columns and measure is None:
        # "So sánh (%)" over "Dự toán" | "Thực hiện năm 2023": the latest column compared with its plan (a share of
        # it) or with the year before (an index, the growth); among months, the column just left of it ("Lũy kế 6
        # tháng | Lũy kế so cùng kỳ (tăng %)")
        latest = max(columns, key=lambda col: (col.year, col.status != "plan"))
        for c, text in texts.items():
            role = table_layout.compare_role(text) if c not in dict(years) and text else None
            target = (catalogue.ratio_to_plan_of(code) if role == "compare_plan" else
                      catalogue.growth_of(code) if role == "compare_yoy" else None)
            if target is not None:
                base = max((col for col in columns if col.c < c), key=lambda col: col.c, default=latest) \
                    if parts else latest
                columns.append(_Column(c, target, "%", base.status, base.year, base.part, text, role == "compare_yoy",
                                       named))
    return _read_rows(grid, block[-1] + 1, label, columns, number_of, resolve_province, skipped,
                      new_boundaries=bool(_NEW_BOUNDARIES.search(title.text)),
                      end=year_table_end(grid, header)), skipped, vintage


def _spans_with_an_estimated_month(columns: list[_Column]) -> list[_Column]:
    """The columns, a span of months ("Lũy kế 6 tháng") that ends with an estimated month ("Tháng 6 (ước)") an
    estimate too: it holds that month's estimate."""
    estimated = {(col.year, int(col.part[1:])) for col in columns
                 if col.status == "estimate" and re.fullmatch(r"-\d\d", col.part)}
    if not estimated:
        return columns
    return [replace(col, status="estimate") if col.status == "actual" and col.part and not re.fullmatch(r"-\d\d", col.part)
            and (col.year, observation.period_end(f"{col.year}{col.part}").month) in estimated else col
            for col in columns]


_NEXT_TABLE = re.compile(r"^\s*(?:biểu|bảng|table)\s*(?:số\s*)?[0-9ivx]+(?:[.\-][0-9]+)*\s*[:.\-–]", re.IGNORECASE)


def year_table_end(grid: Grid, header: int) -> int:
    """The row where the table under `header` ends: the caption of the next table on the sheet ("Biểu 3.9: …"), or
    the sheet's end."""
    return next((r for r in range(header + 1, len(grid.rows)) if isinstance(grid.cell(r, 0), str)
                 and _NEXT_TABLE.match(grid.cell(r, 0))), len(grid.rows))


def _header_text(cell) -> str:
    """A header cell as text: a year read as a number (2024.0) is "2024"."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return table_layout.text_of(cell).strip() if cell is not None else ""


def unit_row_below(grid, header: int) -> bool:
    """Whether the row under the header holds units ("(%)" / "Tỷ đồng"), not figures."""
    below = grid.rows[header + 1] if header + 1 < len(grid.rows) else []
    # a figure written as text ("103,12", "(2,3)") makes it a row of figures, whatever else looks like a unit
    # ("Đồng Tháp": "đồng" is a unit word too)
    return all(not isinstance(c, float) and not (isinstance(c, str) and _TEXT_FIGURE.fullmatch(c.strip()))
               for c in below) and any(isinstance(c, str) and catalogue.looks_like_unit(c) for c in below)


_TEXT_FIGURE = re.compile(r"[(\-–]?\d[\d.,]*\)?")
