#!/usr/bin/env python3
"""Sanity checks for documents10 (SAMPLE DATA): catalogue codes, province names,
n_expected, duplicates, the 'Số liệu mẫu' marker in every file.

    .venv/bin/python tests/corpus/documents10/_build/check.py      (from the repo root)
"""
import csv
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent.parent
REPO = HERE.parents[2]
MARK = "Số liệu mẫu"
PERIOD = re.compile(r"^20\d\d(-(H1|H2|Q[1-4]|\d{1,2}M|0[1-9]|1[0-2]))?$")


def main():
    errors = []
    cat = {r["code"]: r for r in csv.DictReader(open(REPO / "reference/indicators/catalogue.csv", encoding="utf-8"))}
    new = {r["name_915_CTK_CSCL"].removeprefix("Thành phố ").strip()
           for r in csv.DictReader(open(REPO / "reference/admin/provinces_34_post2025.csv", encoding="utf-8"))}
    old = {r["name"] for r in csv.DictReader(open(REPO / "reference/admin/provinces_63_pre2025.csv", encoding="utf-8"))}
    doc = yaml.safe_load(open(HERE / "expected.yaml", encoding="utf-8"))
    total = 0
    for f in doc["files"]:
        fn = f["file"]
        p = HERE / fn
        if not p.exists():
            errors.append(f"{fn}: missing file")
        items = f["expected"]
        total += len(items)
        if f["n_expected"] != len(items):
            errors.append(f"{fn}: n_expected {f['n_expected']} != {len(items)}")
        if f["province"] is not None and f["province"] not in new:
            errors.append(f"{fn}: file province {f['province']!r} not a new province")
        keys = Counter()
        for it in items:
            if it["indicator"] not in cat:
                errors.append(f"{fn}: unknown indicator {it['indicator']}")
            adm = it.get("admin")
            if adm == "pre2025":
                if it["province"] not in old:
                    errors.append(f"{fn}: {it['province']!r} not in provinces_63_pre2025")
            elif it["province"] not in new:
                errors.append(f"{fn}: {it['province']!r} not a new province")
            if adm == "post2025" and it["province"] not in old:
                errors.append(f"{fn}: admin post2025 but {it['province']!r} shares no name with a former province")
            if not PERIOD.match(str(it["period"])):
                errors.append(f"{fn}: bad period {it['period']!r}")
            if it["status"] not in ("actual", "estimate", "plan", "forecast"):
                errors.append(f"{fn}: bad status {it['status']}")
            if it["qualifier"] not in ("exact", "about", "more_than", "less_than"):
                errors.append(f"{fn}: bad qualifier {it['qualifier']}")
            if not isinstance(it["value"], (int, float)):
                errors.append(f"{fn}: non-numeric value {it['value']!r}")
            keys[(it["province"], adm, it["indicator"], str(it["period"]), it["status"])] += 1
        for k_, n in keys.items():
            if n > 1:
                errors.append(f"{fn}: duplicate key {k_}")
        # sample-data marker
        if p.exists():
            if p.suffix in (".md", ".html", ".txt", ".csv"):
                ok = MARK in p.read_text(encoding="utf-8")
            elif p.suffix == ".pdf":
                import pypdf
                ok = all(MARK in pg.extract_text() for pg in pypdf.PdfReader(str(p)).pages)
            elif p.suffix == ".docx":
                ok = MARK in zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
            elif p.suffix == ".xlsx":
                import openpyxl
                wb = openpyxl.load_workbook(p)
                ok = all(any(MARK in str(c.value) for row in ws.iter_rows() for c in row if c.value) for ws in wb)
            else:
                ok = False
            if not ok:
                errors.append(f"{fn}: '{MARK}' missing (on some page/sheet)")
    print(f"{len(doc['files'])} files, {total} expected observations")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
