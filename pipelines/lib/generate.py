"""A synthetic national inbox for benchmarks: tiers S, M, L, deterministic for a seed.

Files look like what provinces publish (the formats and traps of data/sample):
- yearly appendix tables in layouts A–D (table_writer): XLSX with merged headers,
  Roman sections and sub-rows; CSV `;` Windows-1258 "1.234,5"; CSV UTF-8 BOM;
- monthly tables "Tình hình kinh tế - xã hội" per province and year, wide: one row per
  indicator, "Thực hiện tháng 1 … Ước tháng 12 | Cộng dồn 12 tháng | So với cùng kỳ (%)";
  later vintages ("số liệu chính thức") revise them;
- press releases (Markdown) in the short sentences the narrative extractor reads;
- a national long series CSV (province × year) in the Ministry of Finance layout;
- the covenant of every cluster of `reference/clusters` for each of its years in the tier (long CSV,
  `covenants/`), targets near the province's own path, so the cluster's scores and ranking are built
  and the dashboards' ranking query has rows to read.
Geography: the 63 provinces until 2025-06 (monthly 2025-01..06 and a mid-2025 report),
the 34 from 2025-07 (monthly 2025-07.., yearly 2025 and 2026). The reference has no
province versions before 2004, so years start at 2004.

A known share of rows is bad on purpose: growth rates of 300%, broken cells "12,3a",
an unknown indicator row "Chỉ số ABC". `generate` returns the counts parsers and the
`observations` suite are expected to produce: observations, quarantined rows by reason.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipelines.lib import catalogue, provinces, table_writer
from pipelines.lib.table_writer import AppendixTable, slug

NOTE = "Số liệu tổng hợp cho đo hiệu năng (synthetic benchmark data) – không phải số liệu chính thức"
FIXED_MTIME = dt.datetime(2027, 1, 5).timestamp()
S_PROVINCES = ("49", "51", "52", "54", "56", "62", "64", "66", "67", "68")
TODAY_MONTH = (2026, 10)  # last month with data in 2026
REASON_GROWTH = "tốc độ tăng ngoài khoảng hợp lý -100..200% (implausible growth rate)"
REASON_PARSE = "lỗi khi đọc tệp (parse error)"
REASON_NO_INDICATOR = "chỉ tiêu không có trong danh mục (indicator not in catalogue)"
REASON_NO_VALUE = "thiếu giá trị (no value)"

# The yearly appendix: (key, indicator, label, unit text, parent label or None)
YEARLY = [
    ("I", "KINH TẾ"),
    ("grdp_growth", "Tốc độ tăng trưởng kinh tế (GRDP)", "%"),
    ("grdp_value_current", "Tổng sản phẩm trên địa bàn theo giá hiện hành", "Tỷ đồng"),
    ("grdp_per_capita", "GRDP bình quân đầu người", "Triệu đồng"),
    ("share:", "Cơ cấu GRDP", ""),
    ("structure_agriculture_share", "Nông, lâm nghiệp và thủy sản", "%"),
    ("structure_industry_construction_share", "Công nghiệp và xây dựng", "%"),
    ("structure_services_share", "Dịch vụ", "%"),
    ("structure_product_taxes_share", "Thuế sản phẩm trừ trợ cấp sản phẩm", "%"),
    ("state_budget_revenue", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng"),
    ("total_social_investment", "Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng"),
    ("export_value", "Kim ngạch xuất khẩu", "Triệu USD"),
    ("import_value", "Kim ngạch nhập khẩu", "Triệu USD"),
    ("retail_sales_services_revenue", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng"),
    ("tourism_arrivals", "Tổng lượt khách du lịch", "Nghìn lượt"),
    ("new_enterprises", "Số doanh nghiệp thành lập mới", "Doanh nghiệp"),
    ("II", "VĂN HÓA - XÃ HỘI"),
    ("poverty_rate_multidim", "Tỷ lệ hộ nghèo (theo chuẩn đa chiều)", "%"),
    ("trained_labour_rate", "Tỷ lệ lao động qua đào tạo", "%"),
    ("health_insurance_coverage", "Tỷ lệ dân số tham gia BHYT", "%"),
    ("III", "MÔI TRƯỜNG"),
    ("forest_cover", "Tỷ lệ che phủ rừng", "%"),
]
UNIT_TEXT = {"bn_vnd": "Tỷ đồng", "mn_usd": "Triệu USD", "persons": "Người", "count": "Doanh nghiệp", "communes": "Xã",
             "score": "Điểm", "rank": "Hạng", "mn_vnd_per_person_year": "Triệu đồng", "mn_vnd_per_person_month": "Triệu đồng",
             "usd_per_person_year": "USD"}
MONTHLY_M = ["iip_growth", "state_budget_revenue", "local_budget_expenditure", "total_social_investment", "fdi_registered",
             "retail_sales_services_revenue", "export_value", "import_value", "cpi_avg_growth", "tourism_arrivals",
             "tourism_revenue", "new_enterprises", "jobs_created", "public_investment_disbursement_rate",
             "grdp_value_current", "grdp_value_const2010", "income_per_capita_monthly", "ntm_communes",
             "health_insurance_coverage", "trained_labour_rate", "forest_cover", "poverty_rate_multidim",
             "export_value_growth", "import_value_growth", "retail_sales_services_revenue_growth"]
# a level whose growth indicator is also a row would give two values for one key: growth rows only without their level
FLOW_UNITS = {"bn_vnd", "mn_usd", "persons", "count"}


@dataclass(frozen=True)
class Tier:
    monthly: tuple[str, ...]
    vintages: int
    provinces: tuple[str, ...] | None  # None: the whole country
    years: tuple[int, int]
    extended: bool = False  # wide tables also give each month's plan and the same month a year earlier
    month_reports: bool = False  # one report per province and month ("Tình hình KT-XH tháng N")


def _all_monthly() -> tuple[str, ...]:
    inds = catalogue.indicators()
    skip = {"grdp_per_capita_usd"}  # "(USD)" in its name reads as a unit
    levels_with_growth = {c for c in inds if f"{c}_growth" in inds}
    return tuple(c for c in inds if c not in skip and not (c.endswith("_growth") and c[:-7] in levels_with_growth))


def tier_spec(tier: str) -> Tier:
    if tier == "S":
        return Tier(tuple(MONTHLY_M[:8]), 2, S_PROVINCES, (2021, 2025))
    if tier == "M":
        return Tier(tuple(c for c in MONTHLY_M if not (c.endswith("_growth") and c[:-7] in MONTHLY_M)), 2, None, (2004, 2026))
    if tier == "L":
        return Tier(_all_monthly(), 3, None, (2004, 2026), extended=True, month_reports=True)
    if tier == "L-test":  # the shape of L on two provinces: for tests
        return Tier(_all_monthly(), 3, ("62", "64"), (2023, 2026), extended=True, month_reports=True)
    raise ValueError(f"tier '{tier}': choose S, M or L")


# ------------------------------------------------------------------ values

class Province:
    """Deterministic paths for one province: size, trend growth, GRDP structure."""

    def __init__(self, code: str, seed: int):
        r = random.Random(f"{seed}:{code}")
        self.code = code
        self.size = r.lognormvariate(0, 0.6)
        self.trend = r.gauss(6.5, 1.2)
        self.agri = r.uniform(10, 40)
        self.ind = r.uniform(15, 45)
        self.salt = r.random()

    def growth(self, year: int) -> float:
        shock = -4.0 if year == 2020 else (-2.0 if year == 2021 else 0.0)
        r = random.Random(f"{self.salt}:{year}")
        return round(self.trend + shock + r.gauss(0, 0.8), 1)

    def level(self, base: float, year: int) -> float:
        return base * self.size * (1.075 ** (year - 2004))

    def yearly(self, year: int) -> dict[str, float]:
        g = self.growth(year)
        step = year - 2015
        agri = max(5.0, self.agri - 0.4 * step)
        ind = self.ind + 0.3 * step
        serv = min(90 - agri - ind, 35 + 0.1 * step)
        return {
            "grdp_growth": g,
            "grdp_value_current": round(self.level(40000, year), 1),
            "grdp_per_capita": round(30 * (1.07 ** (year - 2004)) * (0.7 + 0.6 * self.salt), 1),
            "structure_agriculture_share": round(agri, 1), "structure_industry_construction_share": round(ind, 1),
            "structure_services_share": round(serv, 1),
            "structure_product_taxes_share": round(100 - round(agri, 1) - round(ind, 1) - round(serv, 1), 1),
            "state_budget_revenue": round(self.level(4000, year), 1),
            "total_social_investment": round(self.level(15000, year), 1),
            "export_value": round(self.level(600, year), 1),
            "import_value": round(self.level(400, year), 1),
            "retail_sales_services_revenue": round(self.level(20000, year), 1),
            "tourism_arrivals": round(self.level(1500, year), 1),  # thousand
            "new_enterprises": float(round(self.level(500, year))),
            "poverty_rate_multidim": round(max(0.5, 12 - 0.4 * (year - 2004) * (0.5 + self.salt)), 2),
            "trained_labour_rate": round(min(85.0, 40 + 1.2 * (year - 2004)), 1),
            "health_insurance_coverage": round(min(98.0, 70 + 1.3 * (year - 2004)), 1),
            "forest_cover": round(20 + 40 * self.salt + 0.1 * (year - 2004), 1),
        }

    def monthly(self, code: str, year: int, month: int) -> float:
        """One month of an indicator (a flow is a twelfth of the year's level with seasonality)."""
        ind = catalogue.indicators()[code]
        r = random.Random(f"{self.salt}:{code}:{year}:{month}")
        if ind.unit in FLOW_UNITS:
            return round(self.level(1200, year) / 12 * (1 + 0.15 * r.uniform(-1, 1)), 1)
        if ind.unit == "pct_yoy":
            return round(self.growth(year) + r.gauss(0, 1.5), 1)
        if ind.unit == "pct_of_grdp":
            return {"structure_agriculture_share": 25.0, "structure_industry_construction_share": 35.0,
                    "structure_services_share": 32.0, "structure_product_taxes_share": 8.0}[code]
        if ind.unit == "rank":
            return float(1 + int(self.salt * 62))
        if ind.unit in ("pct", "pct_of_plan"):
            return round(min(99.0, 30 + 40 * self.salt + 2.5 * month * (ind.unit == "pct_of_plan")), 1)
        if ind.unit == "communes":
            return float(20 + int(self.salt * 80) + (year - 2004) * 3)
        return round(5 + 60 * self.salt * (1.06 ** (year - 2004)), 1)


# ------------------------------------------------------------------ files

class Counts:
    def __init__(self):
        self.files = 0
        self.bytes = 0
        self.observations = 0
        self.quarantined: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()

    def wrote(self, path: Path, kind: str, n_obs: int) -> None:
        os.utime(path, (FIXED_MTIME, FIXED_MTIME))
        self.files += 1
        self.bytes += path.stat().st_size
        self.observations += n_obs
        self.kinds[kind] += 1


def _trap(r: random.Random, rate: float) -> bool:
    return r.random() < rate


def yearly_table(p: Province, name: str, year: int, with_prev: bool, r: random.Random, counts: Counts) -> AppendixTable:
    """Rows of one appendix table and the observations they give; may plant a trap."""
    inds = catalogue.indicators()
    est, prev = p.yearly(year), p.yearly(year - 1)
    rows: list[tuple] = []
    n = 0
    growth_trap = _trap(r, 0.05)
    broken_trap = _trap(r, 0.03)
    abc_trap = _trap(r, 0.03)
    stt = 0
    for item in YEARLY:
        if len(item) == 2:
            rows.append(item)
            continue
        key, label, unit = item
        if key == "share:":
            stt += 1
            rows.append((str(stt), label, "", None, None, None, None, None))
            continue
        is_share = key.startswith("structure_")
        if not is_share:
            stt += 1
        level = inds[key].kind == "level"
        pv = prev[key] * 1 if with_prev else None
        e = est[key]
        plan = round(e * 0.97, 1) if level else (round(e - 0.3, 1) if key == "grdp_growth" else None)
        yoy = round(e / pv * 100, 1) if level and pv else None
        vs_plan = round(e / plan * 100, 1) if key == "state_budget_revenue" else None
        if key == "grdp_growth" and growth_trap:
            e = 300.0
            counts.quarantined[REASON_GROWTH] += 1
        if key == "export_value" and broken_trap:
            e = "12,3a"  # a broken cell: a parse error and no value
            counts.quarantined[REASON_PARSE] += 1
            counts.quarantined[REASON_NO_VALUE] += 1
        cells = [pv, plan, e]
        n += sum(x is not None for x in cells)
        n += yoy is not None and f"{key}_growth" in inds
        n += vs_plan is not None
        rows.append(("-" if is_share else str(stt), label, unit, pv, plan, e, yoy if f"{key}_growth" in inds else None, vs_plan))
    if abc_trap:
        rows.append((str(stt + 1), "Chỉ số ABC", "%", 1.5 if with_prev else None, 2.0, 2.5, None, None))
        k = 3 if with_prev else 2
        n += k
        counts.quarantined[REASON_PARSE] += k
        counts.quarantined[REASON_NO_INDICATOR] += k
        counts.quarantined[REASON_NO_VALUE] += k
    counts.observations += n
    return AppendixTable(name, year, 10 + int(p.code) % 18, 12, rows, report_no=100 + int(p.code), note=NOTE)


def write_yearly(out: Path, p: Province, name: str, year: int, with_prev: bool, r: random.Random, counts: Counts) -> None:
    layout = "ABCD"[int(p.code) % 4]
    t = yearly_table(p, name, year, with_prev, r, counts)
    if layout == "B":  # layout B has one comparison column: no "vs plan"
        t.rows = [row if len(row) == 2 or row[7] is None else (*row[:7], None) for row in t.rows]
        counts.observations -= sum(1 for row in t.rows if len(row) > 2 and row[1].startswith("Tổng thu ngân sách"))
    if layout == "D":  # layout D has no "vs plan" column either
        counts.observations -= sum(1 for row in t.rows if len(row) > 2 and row[1].startswith("Tổng thu ngân sách"))
    stem = f"{p.code}_{slug(name)}_{year}_phu_luc"
    path = out / "bao_cao_nam" / str(year) / (stem + (".xlsx" if layout in "AB" else ".csv"))
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = {"A": table_writer.write_layout_a, "B": table_writer.write_layout_b,
              "C": table_writer.write_layout_c, "D": table_writer.write_layout_d}[layout]
    writer(path, t)
    counts.wrote(path, f"yearly_{layout}", 0)


def _has_prev_year(tier: Tier, year: int, month: int, new_geography: bool) -> bool:
    """The same month a year earlier exists in this geography (not before the tier, not under the 34 before 2025-07)."""
    return year - 1 >= tier.years[0] and not (new_geography and (year - 1, month) < (2025, 7))


def write_monthly(out: Path, tier: Tier, p: Province, name: str, year: int, months: range, vintage: int,
                  r: random.Random, counts: Counts, new_geography: bool = False) -> None:
    """One wide monthly table: a row per indicator, a column per month, the year to date and its growth."""
    inds = catalogue.indicators()
    last = months[-1]
    official = vintage > 1
    heads: list[str] = []
    for m in months:
        if tier.extended:
            heads += [f"Tháng {m} năm {year - 1}", f"Kế hoạch tháng {m}"]
        heads.append(("Thực hiện" if official or m < last else "Ước") + f" tháng {m}")
        if tier.extended:  # each month compared with the same month last year too
            heads.append("So với cùng kỳ (%)")
        heads += [f"Cộng dồn {m} tháng", "So với cùng kỳ (%)"]
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", *heads]
    if vintage == 1:
        day, month = 28, last
        date_year = year
    else:
        day, month, date_year = (15, 3, year + 1) if vintage == 2 else (30, 6, year + 1)
    kind = "SỐ LIỆU CHÍNH THỨC" if official else "ƯỚC TÍNH"
    title = [f"ỦY BAN NHÂN DÂN TỈNH {name.upper()}",
             f"TÌNH HÌNH KINH TẾ - XÃ HỘI {last} THÁNG NĂM {year} ({kind}) (ngày {day} tháng {month} năm {date_year})",
             NOTE]
    rows = []
    n = 0
    for i, code in enumerate(tier.monthly, 1):
        ind = inds[code]
        vals: list = [p.monthly(code, year, m) * (1 + 0.01 * (vintage - 1)) for m in months]
        vals = [round(v, 1) for v in vals]
        clean = list(vals)  # the year to date is computed from the true values, not the planted errors
        if ind.unit == "pct_yoy" and _trap(r, 0.005):
            vals[0] = 300.0
            counts.quarantined[REASON_GROWTH] += 1
        if ind.unit in FLOW_UNITS and _trap(r, 0.003):
            vals[-1] = "12,3a"
            counts.quarantined[REASON_PARSE] += 1
            counts.quarantined[REASON_NO_VALUE] += 1
        growth = f"{code}_growth" in inds and ind.kind == "level"
        cells: list = []
        done: list[float] = []
        for m, v, true in zip(months, vals, clean):
            if tier.extended:
                prev_ok = _has_prev_year(tier, year, m, new_geography)
                cells += [round(p.monthly(code, year - 1, m), 1) if prev_ok else None, round(true * 0.98, 1)]
                n += 1 + prev_ok
            cells.append(v)
            n += 1
            done.append(true)
            if tier.extended:
                cells.append(round(100 + p.growth(year) + r.gauss(0, 2), 1) if growth else None)
                n += growth
            ytd = round(sum(done), 1) if ind.unit in FLOW_UNITS else round(sum(done) / max(1, len(done)), 1)
            cells += [ytd, round(100 + p.growth(year) + r.gauss(0, 1), 1) if growth else None]
            n += 1 + growth
        rows.append([str(i), ind.name_vi, UNIT_TEXT.get(ind.unit, "%"), *cells])
    if _trap(r, 0.02):
        rows.append([str(len(rows) + 1), "Chỉ số ABC", "%", *[1.0 for _ in months]])  # the first columns only
        k = len(months)
        n += k
        counts.quarantined[REASON_PARSE] += k
        counts.quarantined[REASON_NO_INDICATOR] += k
        counts.quarantined[REASON_NO_VALUE] += k
    folder = out / "bao_cao_thang" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{p.code}_{slug(name)}_{year}_{months[0]:02d}-{last:02d}_v{vintage}"
    if int(p.code) % 3 == 0:
        path = table_writer.write_xlsx(folder / f"{stem}.xlsx", title, header, rows)
    else:
        path = table_writer.write_csv(folder / f"{stem}.csv", [[t] for t in title] + [header] + rows,
                                      "C" if int(p.code) % 3 == 1 else "D")
    counts.observations += n
    counts.wrote(path, "monthly", 0)


def write_month_report(out: Path, tier: Tier, p: Province, name: str, year: int, m: int, r: random.Random,
                       counts: Counts, new_geography: bool) -> None:
    """One province's report for one month: last month revised, this month estimated, the year to date."""
    inds = catalogue.indicators()
    prev_ok = m > 1 and not (new_geography and (year, m - 1) < (2025, 7))
    last_year_ok = _has_prev_year(tier, year, m, new_geography)
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", f"Kế hoạch năm {year}", f"Tháng {m} năm {year - 1}",
              f"Thực hiện tháng {m - 1}" if m > 1 else "", f"Ước tháng {m}",
              "So với cùng kỳ (%)", f"Cộng dồn {m} tháng", "So với cùng kỳ (%)"]
    title = [f"UBND TỈNH {name.upper()}",
             f"TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG {m} NĂM {year} (ngày 28 tháng {m} năm {year})", NOTE]
    rows, n = [], 0
    for i, code in enumerate(tier.monthly, 1):
        ind = inds[code]
        growth = f"{code}_growth" in inds and ind.kind == "level"
        months = [p.monthly(code, year, k) for k in range(1, m + 1)]
        est = round(months[-1], 1)
        ytd = round(sum(months), 1) if ind.unit in FLOW_UNITS else round(sum(months) / len(months), 1)
        if ind.unit == "pct_yoy" and _trap(r, 0.005):
            est = 300.0
            counts.quarantined[REASON_GROWTH] += 1
        prev = round(months[-2], 1) if prev_ok else None
        g = (lambda: round(100 + p.growth(year) + r.gauss(0, 1.5), 1)) if growth else (lambda: None)
        plan = round(p.level(1200, year) * 0.97, 1) if ind.unit in FLOW_UNITS else round(months[0], 1)
        same_month = round(p.monthly(code, year - 1, m), 1) if last_year_ok else None
        rows.append([str(i), ind.name_vi, UNIT_TEXT.get(ind.unit, "%"), plan, same_month, prev, est, g(), ytd, g()])
        n += 1 + last_year_ok + prev_ok + 1 + growth + 1 + growth
    folder = out / "bao_cao_thang_le" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    path = table_writer.write_csv(folder / f"{p.code}_{slug(name)}_{year}_thang_{m:02d}.csv",
                                  [[t] for t in title] + [header] + rows, "D" if int(p.code) % 2 else "C")
    counts.observations += n
    counts.wrote(path, "month_report", 0)


def write_press_release(out: Path, p: Province, name: str, year: int, counts: Counts) -> None:
    """A short press release: sentences the narrative extractor reads, one figure each (export has two)."""
    v = p.yearly(year)
    fmt = table_writer.vn_text_number
    text = "\n".join([
        f"# Thông cáo báo chí tình hình kinh tế - xã hội tỉnh {name} năm {year}",
        "",
        f"> {NOTE}",
        "",
        f"*{name}, ngày 29 tháng 12 năm {year}*",
        "",
        f"Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm {year} ước tăng {fmt(v['grdp_growth'])}% so với năm {year - 1}.",
        "",
        f"Tổng thu ngân sách nhà nước trên địa bàn ước đạt {fmt(v['state_budget_revenue'])} tỷ đồng.",
        "",
        f"Kim ngạch xuất khẩu hàng hóa của tỉnh ước đạt {fmt(v['export_value'])} triệu USD.",
        "",
    ])
    path = out / "thong_cao" / str(year) / f"{p.code}_{slug(name)}_{year}_thong_cao.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    counts.observations += 3
    counts.wrote(path, "narrative", 0)


def write_series(out: Path, plist: list[tuple[Province, str]], years: range, counts: Counts) -> None:
    """Budget revenue and expenditure, province × year, in the Ministry of Finance layout (ASCII names, million VND)."""
    from pipelines.lib import vn_text

    lines = ["row,prov,total.rev,ratio,total.exp,balance.trans,target.trans,project.trans,net.trans,year"]
    i = 0
    for year in years:
        for p, name in plist:
            i += 1
            rev = round(p.level(4000, year) * 1000, 3)
            exp = round(rev * 1.3, 3)
            lines.append(f"{i},{vn_text.ascii_fold(name).title()},{rev},100,{exp},0,0,0,0,{year}")
    path = out / "chuoi_so_lieu" / f"mof_province_budget_{years[0]}_{years[-1]}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts.observations += 2 * i
    counts.wrote(path, "series", 0)


# A covenant's criteria: (code, name, group, max points, indicator or "" for a qualitative one scored by the
# cluster, unit as written, mandatory). The targets of the quantitative ones follow the province's path.
COVENANT_CRITERIA = (
    ("CT1", "Tăng trưởng kinh tế (GRDP)", "Kinh tế", 12, "grdp_growth", "%", "x"),
    ("CT2", "Thu ngân sách nhà nước trên địa bàn", "Kinh tế", 10, "state_budget_revenue", "tỷ đồng", "x"),
    ("CT3", "Kim ngạch xuất khẩu", "Kinh tế", 8, "export_value", "triệu USD", ""),
    ("CT4", "Số doanh nghiệp thành lập mới", "Kinh tế", 6, "new_enterprises", "doanh nghiệp", ""),
    ("CT5", "Tỷ lệ hộ nghèo đa chiều", "Xã hội", 8, "poverty_rate_multidim", "%", ""),
    ("CT6", "Tỷ lệ dân số tham gia bảo hiểm y tế", "Xã hội", 6, "health_insurance_coverage", "%", ""),
    ("CT7", "Công tác thi đua, khen thưởng của tỉnh", "Thi đua", 10, "", "điểm", ""),
)
COVENANT_COLUMNS = ("Phần", "Mã cụm", "Năm", "Tỉnh", "Mã tiêu chí", "Tên tiêu chí", "Nhóm", "Điểm tối đa",
                    "Chỉ tiêu thống kê", "Loại", "Bắt buộc", "Giá trị", "Đơn vị tính", "Ghi chú")


def write_covenants(out: Path, spec: Tier, prov: Callable[[str], Province], seed: int) -> int:
    """One covenant (long CSV) per cluster and year of `reference/clusters` inside the tier's years, for the
    clusters whose members are all in the tier; returns the files written. A target is the year's generated
    value moved by up to 4 % either way, so some provinces meet it and some do not."""
    from pipelines.lib import covenants

    members = covenants.cluster_members()
    written = 0
    for (cluster, year_number), group in sorted(members.group_by(["cluster_code", "year"]), key=lambda kg: kg[0]):
        if not spec.years[0] <= year_number <= spec.years[1]:
            continue
        codes = group["province_code"].to_list()
        if spec.provinces is not None and not set(codes) <= set(spec.provinces):
            continue
        r = random.Random(f"{seed}:covenant:{cluster}:{year_number}")
        year = str(year_number)  # text: the writer would print a number as "2.023"
        rows = [["Thông tin", cluster, year, "", "", "Ghi chú", "", "", "", "", "", "Số liệu mẫu – " + NOTE, "", ""]]
        rows += [["Thành viên", cluster, year, name, *[""] * 10] for name in group["province_name"]]
        rows += [["Tiêu chí", cluster, year, "", code, name, kind, points, indicator,
                  "Định lượng" if indicator else "Định tính", mandatory, "", unit, ""]
                 for code, name, kind, points, indicator, unit, mandatory in COVENANT_CRITERIA]
        for code, name in zip(codes, group["province_name"]):
            values = prov(code).yearly(year_number)
            for criterion, _, _, _, indicator, unit, _ in COVENANT_CRITERIA:
                if indicator:
                    target = round(values[indicator] * (1 + r.uniform(-0.04, 0.04)), 1)
                    rows.append(["Chỉ tiêu", cluster, year, name, criterion, *[""] * 6, target, unit, ""])
                else:
                    rows.append(["Điểm chấm", cluster, year, name, criterion, *[""] * 6,
                                 round(r.uniform(7, 10), 1), unit, ""])
        path = out / "covenants" / f"giao_uoc_{cluster}_{year}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        table_writer.write_csv(path, [list(COVENANT_COLUMNS), *rows], "D")
        os.utime(path, (FIXED_MTIME, FIXED_MTIME))
        written += 1
    return written


def _provinces_at(day: dt.date, only: tuple[str, ...] | None) -> list[tuple[str, str]]:
    out = [(v.code, v.name) for v in provinces.versions() if v.valid_from <= day <= v.valid_to and v.geography in ("63", "34")]
    return [(c, n) for c, n in out if only is None or c in only]


def generate(tier: str, out: Path, seed: int = 1) -> dict:
    """Write tier `tier` into `out`; return the files written and the observations and quarantine expected."""
    spec = tier_spec(tier)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counts = Counts()
    cache: dict[str, Province] = {}

    def prov(code: str) -> Province:
        return cache.setdefault(code, Province(code, seed))

    first, last = spec.years
    for year in range(first, last + 1):
        r = random.Random(f"{seed}:{tier}:{year}")
        if year < 2025:
            groups = [(_provinces_at(dt.date(year, 12, 31), spec.provinces), range(1, 13), spec.vintages, True)]
        elif year == 2025:
            groups = [(_provinces_at(dt.date(2025, 6, 30), spec.provinces), range(1, 7), 1, None),
                      (_provinces_at(dt.date(2025, 12, 31), spec.provinces), range(7, 13), spec.vintages - 1, False)]
        else:
            groups = [(_provinces_at(dt.date(year, 12, 31), spec.provinces), range(1, TODAY_MONTH[1] + 1), 1, True)]
        for plist, months, vintages, yearly_with_prev in groups:
            for code, name in plist:
                p = prov(code)
                if yearly_with_prev is not None:
                    write_yearly(out, p, name, year, yearly_with_prev and year > first, r, counts)
                    if year >= max(first, 2015) and year < 2025:
                        write_press_release(out, p, name, year, counts)
                new_geography = year > 2025 or months[0] >= 7
                for v in range(1, max(1, vintages) + 1):
                    write_monthly(out, spec, p, name, year, months, v, r, counts, new_geography)
                if spec.month_reports:
                    for m in months:
                        write_month_report(out, spec, p, name, year, m, r, counts, new_geography)
    series_years = range(first, min(last, 2024) + 1)
    write_series(out, [(prov(c), n) for c, n in _provinces_at(dt.date(2024, 12, 31), spec.provinces)], series_years, counts)
    covenant_files = write_covenants(out, spec, prov, seed)
    quarantined = dict(sorted(counts.quarantined.items()))
    return {
        "tier": tier, "seed": seed, "out": str(out), "files": counts.files, "files_by_kind": dict(sorted(counts.kinds.items())),
        "bytes": counts.bytes, "observations": counts.observations,
        # a planted row fails either the parse-error expectation (with no value; an unknown label also
        # with no indicator) or the growth range: rows = parse errors + implausible growth
        "quarantined_rows": quarantined.get(REASON_PARSE, 0) + quarantined.get(REASON_GROWTH, 0),
        "quarantined_by_reason": quarantined,
        "years": f"{first}:{last}", "monthly_indicators": len(spec.monthly), "vintages": spec.vintages,
        "covenants": covenant_files,  # not in `files`: the parse stage does not read them
    }
