"""Appendix tables ("Phụ lục: Một số chỉ tiêu kinh tế - xã hội chủ yếu") written the way provinces publish them.

Four layouts (data/sample/README.md): A and B are XLSX (merged two-row header,
Roman sections, sub-rows, unit in the name), C is CSV `;` Windows-1258 with
"1.234,5" text numbers, D is CSV UTF-8 with BOM. Used by the sample builder
(data/sample/make_sample_tables.py) and the benchmark generator (generate.py).
A table row is (stt, label, unit, prev actual, plan, estimate, vs last year %,
vs plan %); a section row is (roman, title). A value may be text: it is
written as a text cell (the broken cells parsers must survive).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import xlsxwriter

SAMPLE_NOTE = "Số liệu mẫu (sample data) – không phải số liệu chính thức"
CREATED = dt.datetime(2024, 1, 2)  # a fixed creation date in docProps: the same table gives the same bytes


@dataclass
class AppendixTable:
    province: str  # the name as the title writes it ("Khánh Hòa")
    year: int
    day: int  # date of the report
    month: int
    rows: list[tuple] = field(default_factory=list)
    report_no: int = 0
    note: str = SAMPLE_NOTE


def _workbook(path: Path, constant_memory: bool = False) -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(path, {"constant_memory": constant_memory})
    wb.set_properties({"created": CREATED})
    return wb


def _write_value(ws, r: int, c: int, x, fmt=None) -> None:
    if isinstance(x, str):
        ws.write_string(r, c, x, fmt)
    else:
        ws.write_number(r, c, x, fmt)


def slug(name: str) -> str:
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "_".join("".join(c for c in folded if unicodedata.category(c) != "Mn").lower().split())


# ------------------------------------------------------------------ layout A


def write_layout_a(path: Path, t: AppendixTable) -> Path:
    """XLSX: title rows, two-row merged header ("Năm N" over KH | Ước TH; So sánh over two ratios), Roman sections,
    unit column, the retail label split over two rows."""
    name, year, day, month = t.province, t.year, t.day, t.month
    wb = _workbook(path)
    ws = wb.add_worksheet("Phụ lục")
    bold = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1})
    cell = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "num_format": "#,##0.0"})
    ws.merge_range("A1:H1", f"ỦY BAN NHÂN DÂN TỈNH {name.upper()}", bold)
    ws.merge_range("A2:H2", f"Phụ lục: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM {year}", bold)
    ws.merge_range("A3:H3", f"(Kèm theo Báo cáo số {t.report_no}/BC-UBND ngày {day} tháng {month} năm {year} của UBND tỉnh)", cell)
    ws.merge_range("A4:H4", t.note, cell)
    for col, text in ((0, "STT"), (1, "Chỉ tiêu"), (2, "Đơn vị tính"), (3, f"Thực hiện năm {year - 1}")):
        ws.merge_range(5, col, 6, col, text, bold)
    ws.merge_range(5, 4, 5, 5, f"Năm {year}", bold)
    ws.write(6, 4, "Kế hoạch", bold)
    ws.write(6, 5, "Ước thực hiện", bold)
    ws.merge_range(5, 6, 5, 7, "So sánh (%)", bold)
    ws.write(6, 6, f"Ước TH {year}/TH {year - 1}", bold)
    ws.write(6, 7, f"Ước TH {year}/KH {year}", bold)
    r = 7
    for row in t.rows:
        if len(row) == 2:
            ws.write(r, 0, row[0], bold)
            ws.merge_range(r, 1, r, 7, row[1], bold)
            r += 1
            continue
        stt, label, unit, *nums = row
        if label.startswith("Tổng mức bán lẻ"):  # a name split over two rows
            ws.write(r, 0, stt, cell)
            ws.write(r, 1, "Tổng mức bán lẻ hàng hóa và doanh thu", cell)
            r += 1
            ws.write(r, 1, "dịch vụ tiêu dùng", cell)
        else:
            ws.write(r, 0, stt, cell)
            ws.write(r, 1, label if stt != "-" else f"- {label}", cell)
        ws.write(r, 2, unit, cell)
        for j, x in enumerate(nums):
            if x is not None:
                _write_value(ws, r, 3 + j, x, num)
        r += 1
    ws.merge_range(r + 1, 0, r + 1, 7, f"Ghi chú: {t.note}. Xem data/sample/README.md.", cell)
    ws.set_column(1, 1, 48)
    wb.close()
    return path


# ------------------------------------------------------------------ layout B

def write_layout_b(path: Path, t: AppendixTable) -> Path:
    """XLSX: one-row header "STT | Chỉ tiêu | TH N-1 | KH N | Ước TH N | So sánh (%)", unit inside the name,
    export/import in tỷ USD (converted to mn_usd), numbered sub-rows a, b, c."""
    name, year, day, month = t.province, t.year, t.day, t.month
    wb = _workbook(path)
    ws = wb.add_worksheet("Sheet1")
    bold = wb.add_format({"bold": True})
    ws.write(0, 0, f"TỈNH {name.upper()} - PHỤ LỤC MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM {year}", bold)
    ws.write(1, 0, f"(ngày {day} tháng {month} năm {year}) — {t.note}")
    for col, text in enumerate(("STT", "Chỉ tiêu", f"TH {year - 1}", f"KH {year}", f"Ước TH {year}", "So sánh (%)")):
        ws.write(3, col, text, bold)
    r = 4
    letters = iter("abcdefgh")
    for row in t.rows:
        if len(row) == 2:
            ws.write(r, 0, row[0], bold)
            ws.write(r, 1, row[1], bold)
            r += 1
            continue
        stt, label, unit, prev, plan, est, yoy, _ = row
        if stt == "-":
            stt = next(letters)
        else:
            letters = iter("abcdefgh")
        factor = 1.0
        if unit == "Triệu USD":
            unit, factor = "tỷ USD", 0.001
        full = f"{label} ({unit})" if unit else label
        ws.write(r, 0, stt)
        ws.write(r, 1, full)
        for j, x in enumerate((prev, plan, est)):
            if x is not None:
                _write_value(ws, r, 2 + j, round(x * factor, 4) if isinstance(x, float | int) else x)
        if yoy is not None:
            ws.write_number(r, 5, yoy)
        elif prev is not None:
            ws.write_string(r, 5, "-")
        r += 1
    ws.write(r + 1, 1, t.note)
    wb.close()
    return path


# ------------------------------------------------------------------ layouts C and D (CSV)

def vn_text_number(x: float | None) -> str:
    """1234.5 → "1.234,5"; integers without decimals."""
    if x is None:
        return ""
    if isinstance(x, str):  # already text (a deliberately broken cell, "trên 62")
        return x
    if float(x).is_integer() and abs(x) >= 100:
        return f"{int(x):,}".replace(",", ".")
    whole, frac = f"{x:,.2f}".rstrip("0").rstrip(".").partition(".")[::2]
    return whole.replace(",", ".") + ("," + frac if frac else "")


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows software writes it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in "\u0300\u0301\u0303\u0309\u0323"))
            tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
            out += (base + tones).encode("cp1258")
    return bytes(out)


def csv_rows_c(t: AppendixTable) -> list[list[str]]:
    name, year, day, month = t.province, t.year, t.day, t.month
    rows = [
        [f"UBND TỈNH {name.upper()}", "", "", "", "", "", "", ""],
        [f"PHỤ LỤC: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM {year}", "", "", "", "", "", "", ""],
        [f"(Kèm theo Báo cáo ngày {day} tháng {month} năm {year}) - {t.note}", "", "", "", "", "", "", ""],
        ["STT", "Chỉ tiêu", "ĐVT", f"Thực hiện {year - 1}", f"Kế hoạch {year}", f"Ước thực hiện {year}",
         "So với cùng kỳ (%)", "So với KH (%)"],
    ]
    sub = 0
    parent = "0"
    for row in t.rows:
        if len(row) == 2:
            rows.append([row[0], row[1], "", "", "", "", "", ""])
            continue
        stt, label, unit, *nums = row
        if stt == "-":
            sub += 1
            stt = f"{parent}.{sub}"
        else:
            parent, sub = stt, 0
        rows.append([stt, label, unit, *(vn_text_number(x) for x in nums)])
    rows.append(["", f"Ghi chú: {t.note}", "", "", "", "", "", ""])
    return rows


def write_layout_c(path: Path, t: AppendixTable) -> Path:
    """CSV, semicolon, Windows-1258, numbers as Vietnamese text ("1.234,5"), numbered sub-rows 2.1, 2.2."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(csv_rows_c(t))
    path.write_bytes(to_cp1258(buf.getvalue()))
    return path


def write_layout_d(path: Path, t: AppendixTable) -> Path:
    """CSV, comma, UTF-8 with BOM; no province in the title: the file name says it (62_2023.csv or quang_ngai_2023.csv)."""
    year, day, month = t.year, t.day, t.month
    rows = [
        [f"Phụ lục: Một số chỉ tiêu kinh tế - xã hội chủ yếu năm {year} (số liệu đến {day}/{month}/{year})"],
        [t.note],
        ["TT", "Chỉ tiêu", "Đơn vị tính", f"TH {year - 1}", f"KH {year}", f"Ước TH {year}", "SS cùng kỳ (%)"],
    ]
    for row in t.rows:
        if len(row) == 2:
            rows.append([row[0], row[1]])
            continue
        stt, label, unit, prev, plan, est, yoy, _ = row
        plan_text = vn_text_number(plan)
        if label == "Tỷ lệ che phủ rừng" and plan is not None:
            plan_text = f"trên {vn_text_number(plan)}"  # targets are often written "trên 62"
        if stt == "-":
            stt, label = "", f"- {label}"
        rows.append([stt, label, unit, vn_text_number(prev), plan_text, vn_text_number(est), vn_text_number(yoy)])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ------------------------------------------------------------------ any grid (monthly reports)

def write_csv(path: Path, rows: list[list], style: str) -> Path:
    """A grid as CSV: style "C" is `;` Windows-1258 with "1.234,5" text numbers, "D" is `,` UTF-8 with BOM."""
    buf = io.StringIO()
    text_rows = [[vn_text_number(x) if not isinstance(x, str) else x for x in row] for row in rows]
    if style == "C":
        csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(text_rows)
        path.write_bytes(to_cp1258(buf.getvalue()))
    else:
        csv.writer(buf, lineterminator="\n").writerows(text_rows)
        path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


def write_xlsx(path: Path, title: list[str], header: list[str], rows: list[list], sheet: str = "Sheet1",
               merged_over: tuple[str, int, int] | None = None) -> Path:
    """A grid as XLSX: title lines, a header row (with `merged_over` = (text, first col, last col), a second
    header row under a merged title such as "Năm 2023"), then rows; numbers as numbers, text as text."""
    wb = _workbook(path, constant_memory=True)
    ws = wb.add_worksheet(sheet)
    bold = wb.add_format({"bold": True})
    r = 0
    for line in title:
        ws.write_string(r, 0, line, bold)
        r += 1
    if merged_over:
        text, c0, c1 = merged_over
        for c, h in enumerate(header):
            if c < c0:
                ws.write_string(r, c, h, bold)
        ws.write_string(r, c0, text, bold)  # constant_memory: merge_range needs the row order kept
        for c in range(c0 + 1, c1 + 1):
            ws.write_blank(r, c, None, bold)
        for c, h in enumerate(header):
            if c0 <= c <= c1 or c > c1:
                ws.write_string(r + 1, c, h, bold)
        r += 2
    else:
        for c, h in enumerate(header):
            ws.write_string(r, c, h, bold)
        r += 1
    for row in rows:
        for c, x in enumerate(row):
            if x is None:
                continue
            _write_value(ws, r, c, x)
        r += 1
    wb.close()
    return path
