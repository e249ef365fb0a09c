"""Emulation covenants (giao ước thi đua): read a cluster's yearly file and check it.

A covenant is one file per cluster and year in the inbox's `covenants/` folder,
as XLSX (sheets "Thông tin", "Thành viên", "Tiêu chí", "Chỉ tiêu", "Điểm chấm")
or as one long CSV whose column "Phần" names the section of each row. The layout
is documented in `data/sample/covenants/README.md`.

Every problem is a message naming the file, the sheet/line and the fix, in
Vietnamese; a covenant with any problem is quarantined whole
(`CovenantRead.quarantined`), so the rest of the warehouse still publishes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipelines.lib import catalogue, provinces, vn_text
from pipelines.lib.reference_data import reference_dir
from pipelines.lib.vn_numbers import NotANumber, parse_number, parse_range

CRITERIA_SCHEMA = {
    "cluster_code": pl.String, "year": pl.Int32, "criterion_code": pl.String, "name_vi": pl.String,
    "group": pl.String, "max_points": pl.Float64, "indicator": pl.String, "unit": pl.String,
    "kind": pl.String, "direction": pl.String, "mandatory": pl.Boolean, "source": pl.String,
}
TARGETS_SCHEMA = {
    "cluster_code": pl.String, "year": pl.Int32, "province_code": pl.String, "criterion_code": pl.String,
    "target": pl.Float64, "unit": pl.String, "target_as_written": pl.String, "unit_as_written": pl.String,
    "source": pl.String, "locator": pl.String,
}
POINTS_SCHEMA = {
    "cluster_code": pl.String, "year": pl.Int32, "province_code": pl.String, "criterion_code": pl.String,
    "points": pl.Float64, "note": pl.String, "source": pl.String, "locator": pl.String,
}
MEMBERS_SCHEMA = {"cluster_code": pl.String, "year": pl.Int32, "province_code": pl.String, "province_name": pl.String}

SECTIONS = {  # section names as a secretariat writes them (vn_text.key form) → section
    "thông tin": "info", "thanh vien": "members", "thành viên": "members", "tiêu chí": "criteria",
    "chỉ tiêu": "targets", "điểm chấm": "points", "điểm": "points",
    "info": "info", "members": "members", "criteria": "criteria", "targets": "targets", "points": "points",
}
SHEET_OF = {"info": "Thông tin", "members": "Thành viên", "criteria": "Tiêu chí", "targets": "Chỉ tiêu", "points": "Điểm chấm"}
HEADERS = {  # column headers (vn_text.key form) → field
    "phần": "section", "mã cụm": "cluster", "cụm": "cluster", "năm": "year",
    "tỉnh": "province", "tên tỉnh": "province", "tỉnh thành phố": "province", "địa phương": "province",
    "mã tiêu chí": "criterion", "tên tiêu chí": "name", "tiêu chí": "name", "nhóm": "group", "nhóm tiêu chí": "group",
    "điểm tối đa": "max_points", "điểm chuẩn": "max_points", "chỉ tiêu thống kê": "indicator", "mã chỉ tiêu": "indicator",
    "đơn vị tính": "unit", "đvt": "unit", "loại": "kind", "bắt buộc": "mandatory",
    "chỉ tiêu": "value", "kế hoạch": "value", "chỉ tiêu kế hoạch": "value", "giá trị": "value",
    "điểm": "value", "điểm chấm": "value", "ghi chú": "note",
}
QUALITATIVE_WORDS = {"định tính", "dinh tinh", "qualitative"}
QUANTITATIVE_WORDS = {"định lượng", "dinh luong", "quantitative"}
YES_WORDS = {"x", "có", "co", "1", "true", "yes", "bắt buộc"}
SAMPLE_MARK = "số liệu mẫu"


@dataclass
class CovenantRead:
    path: str
    name: str
    cluster_code: str | None = None
    year: int | None = None
    members: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=MEMBERS_SCHEMA))
    criteria: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=CRITERIA_SCHEMA))
    targets: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=TARGETS_SCHEMA))
    qualitative_points: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=POINTS_SCHEMA))
    problems: list[str] = field(default_factory=list)
    is_sample: bool = False
    quarantined: bool = False

    @property
    def reasons(self) -> list[str]:
        return list(self.problems) if self.quarantined else []


# ---------------------------------------------------------------- reference clusters
@lru_cache(maxsize=4)
def _cluster_rows(ref: Path | None = None) -> tuple[dict, ...]:
    ref = ref or reference_dir()
    with (ref / "clusters" / "cluster_members.csv").open(encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def cluster_members(cluster_code: str | None = None, year: int | None = None) -> pl.DataFrame:
    """Cluster membership by year from reference/clusters (`MEMBERS_SCHEMA`)."""
    rows = [r for r in _cluster_rows()
            if (cluster_code is None or r["cluster_code"] == cluster_code) and (year is None or int(r["year"]) == year)]
    return pl.DataFrame(
        [{"cluster_code": r["cluster_code"], "year": int(r["year"]), "province_code": r["province_code"],
          "province_name": r["province_name"]} for r in rows],
        schema=MEMBERS_SCHEMA, orient="row",
    )


# ---------------------------------------------------------------- raw rows
@dataclass
class _Row:
    section: str
    place: str  # "sheet Chỉ tiêu, dòng 7" or "dòng 12 (phần Chỉ tiêu)"
    cells: dict


def _header_map(cells: list) -> dict[int, str]:
    out = {}
    for i, c in enumerate(cells):
        if c is None:
            continue
        f = HEADERS.get(vn_text.key(str(c)))
        if f and f not in out.values():
            out[i] = f
    return out


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _rows_xlsx(path: Path, problems: list[str], name: str) -> tuple[list[_Row], list[str]]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows: list[_Row] = []
    texts: list[str] = []
    seen = set()
    for ws in wb.worksheets:
        section = SECTIONS.get(vn_text.key(ws.title))
        if section is None:
            continue
        seen.add(section)
        values = [list(r) for r in ws.iter_rows(values_only=True)]
        texts += [_text(c) for r in values for c in r if c is not None]
        if section == "info":
            for i, r in enumerate(values, start=1):
                if r and r[0] is not None:
                    label = HEADERS.get(vn_text.key(str(r[0])), vn_text.key(str(r[0])))
                    rows.append(_Row("info", f"sheet {ws.title}, dòng {i}", {label: r[1] if len(r) > 1 else None}))
            continue
        header_at, hmap = None, {}
        for i, r in enumerate(values[:10]):
            m = _header_map(r)
            if len(m) >= (1 if section == "members" else 2):
                header_at, hmap = i, m
                break
        if header_at is None:
            problems.append(f"{name}, sheet {ws.title}: không tìm thấy dòng tiêu đề cột — thêm tiêu đề theo mẫu "
                            f"(xem data/sample/covenants/README.md)")
            continue
        for i, r in enumerate(values[header_at + 1:], start=header_at + 2):
            cells = {f: (r[j] if j < len(r) else None) for j, f in hmap.items()}
            if all(v is None or _text(v) == "" for v in cells.values()):
                continue
            rows.append(_Row(section, f"sheet {ws.title}, dòng {i}", cells))
    wb.close()
    for needed in ("criteria", "targets"):
        if needed not in seen:
            problems.append(f"{name}: thiếu sheet '{SHEET_OF[needed]}' — thêm sheet theo mẫu")
    return rows, texts


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1258"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _rows_csv(path: Path, problems: list[str], name: str) -> tuple[list[_Row], list[str]]:
    text = _decode(path.read_bytes())
    first = text.splitlines()[0] if text else ""
    delim = ";" if first.count(";") > first.count(",") else ","
    records = list(csv.reader(io.StringIO(text), delimiter=delim))
    header_at = next((i for i, r in enumerate(records[:10]) if "section" in _header_map(r).values()), None)
    if header_at is None:
        problems.append(f"{name}: không tìm thấy dòng tiêu đề có cột 'Phần' — dùng tiêu đề theo mẫu "
                        f"(xem data/sample/covenants/README.md)")
        return [], [c for r in records for c in r]
    hmap = _header_map(records[header_at])
    rows: list[_Row] = []
    seen = set()
    for i, r in enumerate(records[header_at + 1:], start=header_at + 2):
        cells = {f: (r[j].strip() if j < len(r) and r[j].strip() != "" else None) for j, f in hmap.items()}
        if all(v is None for v in cells.values()):
            continue
        raw_section = cells.pop("section") or ""
        section = SECTIONS.get(vn_text.key(raw_section))
        if section is None:
            problems.append(f"{name}, dòng {i}: phần '{raw_section}' không hợp lệ — ghi một trong: "
                            f"Thông tin, Thành viên, Tiêu chí, Chỉ tiêu, Điểm chấm")
            continue
        seen.add(section)
        if section == "info":  # an info row: Tên tiêu chí = label, Giá trị = value, or the Mã cụm / Năm columns
            label = HEADERS.get(vn_text.key(cells.get("name") or ""), vn_text.key(cells.get("name") or ""))
            cells = {label: cells.get("value"), **{k: cells[k] for k in ("cluster", "year", "note") if cells.get(k)}}
        rows.append(_Row(section, f"dòng {i} (phần {SHEET_OF[section]})", cells))
    for needed in ("criteria", "targets"):
        if needed not in seen:
            problems.append(f"{name}: không có dòng nào thuộc phần '{SHEET_OF[needed]}' — thêm theo mẫu")
    return rows, [c for r in records for c in r]


# ---------------------------------------------------------------- checks
def _number(v, where: str, what: str, problems: list[str]) -> float | None:
    try:
        return parse_number(v)
    except NotANumber:
        if parse_range(_text(v)):  # "7-7,5": which bound completes the covenant is the cluster's to say
            problems.append(f"{where}: {what} '{_text(v)}' là một khoảng — ghi một số: mức mà khi đạt thì tính là "
                            f"hoàn thành (thường là cận dưới với chỉ tiêu càng cao càng tốt, cận trên với chỉ tiêu "
                            f"càng thấp càng tốt), khoảng ghi ở cột ghi chú")
        else:
            problems.append(f"{where}: {what} '{_text(v)}' không phải là số — ghi số theo kiểu 1.234,5")
        return None



def _cluster_and_year(rows: list[_Row], path: Path, name: str, problems: list[str]) -> tuple[str | None, int | None]:
    clusters, years = {}, {}
    for r in rows:
        if r.cells.get("cluster"):
            clusters.setdefault(_text(r.cells["cluster"]), r.place)
        if r.cells.get("year"):
            y = _text(r.cells["year"])
            years.setdefault(y, r.place)
    m = re.search(r"([A-Z][A-Z0-9_]+?)_((?:19|20)\d\d)", path.stem)
    if not clusters and m:
        clusters[m.group(1)] = "tên tệp"
    if not years:
        y = re.search(r"(?:19|20)\d\d", path.stem)
        if y:
            years[y.group(0)] = "tên tệp"
    if len(clusters) != 1:
        problems.append(f"{name}: mã cụm {'không có' if not clusters else 'không thống nhất: ' + ', '.join(clusters)} "
                        f"— ghi 'Mã cụm' ở sheet Thông tin (hoặc cột Mã cụm của CSV), ví dụ TN_DHNTB")
    if len(years) != 1:
        problems.append(f"{name}: năm {'không có' if not years else 'không thống nhất: ' + ', '.join(years)} "
                        f"— ghi 'Năm' ở sheet Thông tin (hoặc cột Năm của CSV)")
    cluster = next(iter(clusters)) if len(clusters) == 1 else None
    year = None
    if len(years) == 1:
        try:
            year = int(float(next(iter(years)).replace(",", ".")))
        except ValueError:
            problems.append(f"{name}: năm '{next(iter(years))}' không hợp lệ — ghi năm bốn chữ số, ví dụ 2023")
    return cluster, year


def read_covenant(path: Path | str, name: str | None = None) -> CovenantRead:
    """Read and check one covenant file (XLSX or CSV); see the module docstring."""
    path = Path(path)
    name = name or path.name
    problems: list[str] = []
    result = CovenantRead(str(path), name)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            rows, texts = _rows_xlsx(path, problems, name)
        elif suffix == ".csv":
            rows, texts = _rows_csv(path, problems, name)
        else:
            rows, texts = [], []
            problems.append(f"{name}: loại tệp '{suffix}' không đọc được — lưu giao ước dạng .xlsx hoặc .csv")
    except Exception as exc:  # a corrupt or locked file: quarantine with the reason, never crash the run
        rows, texts = [], []
        problems.append(f"{name}: không mở được tệp ({exc.__class__.__name__}: {exc}) — lưu lại tệp .xlsx/.csv theo mẫu")
    result.is_sample = any(SAMPLE_MARK in vn_text.key(t) for t in texts)

    cluster, year = _cluster_and_year(rows, path, name, problems)
    result.cluster_code, result.year = cluster, year
    ref_members = cluster_members(cluster, year) if cluster and year else pl.DataFrame(schema=MEMBERS_SCHEMA)
    if cluster and year and ref_members.is_empty():
        problems.append(f"{name}: cụm {cluster} không có danh sách thành viên năm {year} trong reference/clusters "
                        f"— kiểm tra mã cụm/năm hoặc bổ sung reference/clusters/cluster_members.csv")
    member_codes = set(ref_members["province_code"].to_list())
    at = dt.date(year, 1, 1) if year else dt.date.today()

    def province(r: _Row) -> str | None:
        raw = _text(r.cells.get("province"))
        where = f"{name}, {r.place}"
        if not raw:
            problems.append(f"{where}: thiếu tên tỉnh — ghi tên tỉnh (ví dụ 'Khánh Hòa')")
            return None
        code = provinces.resolve(raw, at)
        if code is None:
            problems.append(f"{where}: không nhận ra tỉnh '{raw}' — sửa tên tỉnh theo danh mục hành chính")
            return None
        if member_codes and code not in member_codes:
            problems.append(f"{where}: tỉnh '{raw}' không thuộc cụm {cluster} năm {year} — sửa tên tỉnh hoặc danh sách cụm")
            return None
        return code

    # members
    listed = [r for r in rows if r.section == "members"]
    for r in listed:
        province(r)

    # criteria
    cat = catalogue.indicators()
    crit: dict[str, dict] = {}
    crit_place: dict[str, str] = {}
    unit_of: dict[str, str | None] = {}  # criterion → unit as written on the criteria sheet
    for r in (r for r in rows if r.section == "criteria"):
        where = f"{name}, {r.place}"
        code = _text(r.cells.get("criterion"))
        if not code:
            problems.append(f"{where}: thiếu mã tiêu chí — ghi mã ngắn, ví dụ TC01")
            continue
        if code in crit:
            problems.append(f"{where}: tiêu chí '{code}' bị trùng (đã có ở {crit_place[code]}) — xóa dòng trùng hoặc đổi mã")
            continue
        max_raw = r.cells.get("max_points")
        max_points = _number(max_raw, where, "điểm tối đa", problems) if _text(max_raw) else None
        if max_points is None:
            if not _text(max_raw):
                problems.append(f"{where}: tiêu chí '{code}' không có điểm tối đa — ghi điểm tối đa (số > 0)")
            continue
        if max_points <= 0:
            problems.append(f"{where}: tiêu chí '{code}' có điểm tối đa {_text(max_raw)} — ghi điểm tối đa là số > 0")
            continue
        indicator = _text(r.cells.get("indicator")) or None
        kind_word = vn_text.key(_text(r.cells.get("kind")))
        kind = "qualitative" if indicator is None else "quantitative"
        if kind_word in QUANTITATIVE_WORDS and indicator is None:
            problems.append(f"{where}: tiêu chí định lượng '{code}' thiếu mã chỉ tiêu thống kê — ghi mã trong "
                            f"reference/indicators/catalogue.csv (ví dụ grdp_growth) hoặc đổi Loại thành 'Định tính'")
            continue
        if kind_word in QUALITATIVE_WORDS and indicator is not None:
            problems.append(f"{where}: tiêu chí định tính '{code}' lại có mã chỉ tiêu '{indicator}' — xóa mã chỉ tiêu "
                            f"hoặc đổi Loại thành 'Định lượng'")
            continue
        unit_text = _text(r.cells.get("unit")) or None
        unit, direction = "điểm", None
        if indicator is not None:
            if indicator not in cat:
                problems.append(f"{where}: mã chỉ tiêu '{indicator}' không có trong danh mục — dùng một mã của "
                                f"reference/indicators/catalogue.csv")
                continue
            unit, direction = cat[indicator].unit, cat[indicator].direction
            try:
                catalogue.convert(1.0, unit_text, unit)
            except ValueError:
                problems.append(f"{where}: đơn vị '{unit_text}' của tiêu chí '{code}' không đổi được sang đơn vị chuẩn "
                                f"'{unit}' của chỉ tiêu {indicator} — ghi đơn vị {unit} hoặc một đơn vị quy đổi được")
                continue
        crit_place[code] = r.place
        unit_of[code] = unit_text
        crit[code] = {
            "cluster_code": cluster, "year": year, "criterion_code": code,
            "name_vi": vn_text.canonical(_text(r.cells.get("name")) or code),
            "group": _text(r.cells.get("group")) or None, "max_points": max_points, "indicator": indicator,
            "unit": unit, "kind": kind, "direction": direction,
            "mandatory": vn_text.key(_text(r.cells.get("mandatory"))) in YES_WORDS, "source": name,
        }

    def row_context(r):
        """(place, criterion code, province code, criterion) of a target or points row; an unknown code is a problem."""
        where = f"{name}, {r.place}"
        code = _text(r.cells.get("criterion"))
        pc = province(r)
        if code not in crit:
            problems.append(f"{where}: mã tiêu chí '{code}' không có trong sheet Tiêu chí — sửa mã hoặc thêm tiêu chí")
            return where, code, pc, None
        return where, code, pc, crit[code]

    # targets
    targets: dict[tuple, dict] = {}
    for r in (r for r in rows if r.section == "targets"):
        where, code, pc, c = row_context(r)
        if c is None:
            continue
        if c["kind"] == "qualitative":
            problems.append(f"{where}: tiêu chí định tính '{code}' không có chỉ tiêu số — ghi điểm ở sheet Điểm chấm")
            continue
        raw = r.cells.get("value")
        if parse_number_safe(raw) is None and _is_blank(raw):
            problems.append(f"{where}: thiếu giá trị chỉ tiêu '{code}' — ghi số kế hoạch giao")
            continue
        value = _number(raw, where, "chỉ tiêu", problems)
        if value is None:
            continue
        unit_text = _text(r.cells.get("unit")) or unit_of.get(code)
        try:
            canonical_value = catalogue.convert(value, unit_text, c["unit"])
        except ValueError:
            problems.append(f"{where}: đơn vị '{unit_text}' không đổi được sang đơn vị chuẩn '{c['unit']}' của chỉ tiêu "
                            f"{c['indicator']} — ghi chỉ tiêu theo đơn vị {c['unit']} hoặc một đơn vị quy đổi được")
            continue
        if pc is None:
            continue
        k = (pc, code)
        if k in targets:
            problems.append(f"{where}: chỉ tiêu '{code}' của tỉnh '{_text(r.cells.get('province'))}' bị trùng "
                            f"(đã có ở {targets[k]['locator']}) — giữ một dòng")
            continue
        targets[k] = {"cluster_code": cluster, "year": year, "province_code": pc, "criterion_code": code,
                      "target": canonical_value, "unit": c["unit"], "target_as_written": _text(raw),
                      "unit_as_written": unit_text, "source": name, "locator": r.place}

    # qualitative points
    points: dict[tuple, dict] = {}
    for r in (r for r in rows if r.section == "points"):
        where, code, pc, c = row_context(r)
        if c is None:
            continue
        if c["kind"] != "qualitative":
            problems.append(f"{where}: tiêu chí '{code}' là định lượng, điểm do hệ thống tính từ số liệu — "
                            f"xóa dòng này khỏi sheet Điểm chấm")
            continue
        raw = r.cells.get("value")
        if _text(raw) == "":
            continue  # not scored yet: scoring shows it as missing
        value = _number(raw, where, "điểm", problems)
        if value is None:
            continue
        if value < 0 or value > c["max_points"]:
            problems.append(f"{where}: điểm {_text(raw)} của tiêu chí '{code}' vượt khung 0–{c['max_points']:g} — "
                            f"sửa điểm không quá điểm tối đa")
            continue
        if pc is None:
            continue
        k = (pc, code)
        if k in points:
            problems.append(f"{where}: điểm tiêu chí '{code}' của tỉnh '{_text(r.cells.get('province'))}' bị trùng "
                            f"(đã có ở {points[k]['locator']}) — giữ một dòng")
            continue
        points[k] = {"cluster_code": cluster, "year": year, "province_code": pc, "criterion_code": code,
                     "points": value, "note": _text(r.cells.get("note")) or None, "source": name, "locator": r.place}

    # every member has a target for every quantitative criterion
    quantitative = [k for k, c in crit.items() if c["kind"] == "quantitative"]
    for m in ref_members.iter_rows(named=True):
        missing = [k for k in quantitative if (m["province_code"], k) not in targets]
        if missing:
            problems.append(f"{name}, sheet Chỉ tiêu: tỉnh '{m['province_name']}' thiếu chỉ tiêu {', '.join(missing)} "
                            f"— bổ sung số kế hoạch giao")
    if not crit and not any("Tiêu chí" in p for p in problems):
        problems.append(f"{name}: không có tiêu chí nào đọc được — điền sheet/phần Tiêu chí theo mẫu")

    result.members = ref_members
    result.criteria = pl.DataFrame(list(crit.values()), schema=CRITERIA_SCHEMA, orient="row")
    result.targets = pl.DataFrame(list(targets.values()), schema=TARGETS_SCHEMA, orient="row")
    result.qualitative_points = pl.DataFrame(list(points.values()), schema=POINTS_SCHEMA, orient="row")
    result.problems = problems
    result.quarantined = bool(problems)
    return result


def _is_blank(raw) -> bool:
    try:
        return parse_number(raw) is None
    except NotANumber:
        return False


def parse_number_safe(raw) -> float | None:
    try:
        return parse_number(raw)
    except NotANumber:
        return None


def read_inbox(folder: Path | str) -> list[CovenantRead]:
    """Every covenant file (.xlsx, .csv) under `folder`, in name order; README and others skipped."""
    folder = Path(folder)
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm", ".csv") and not p.name.startswith("~$"))
    return [read_covenant(p, name=str(p.relative_to(folder))) for p in files]
