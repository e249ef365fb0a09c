"""The GRDP table of a statistics office: the economy's sectors down the rows, a measure per group of columns.

    Biểu 01. TỔNG SẢN PHẨM TRÊN ĐỊA BÀN THEO GIÁ HIỆN HÀNH VÀ CƠ CẤU
                                    | Giá hiện hành (Tỷ đồng)   | Cơ cấu (%)
                                    | Năm 2024 | Ước tính 2025  | Năm 2024 | Ước tính 2025
    TỔNG SỐ                         | 312.450  | 345.880        | 100      | 100
    Nông, lâm nghiệp và thủy sản    | 18.120   | 19.025         | 5,80     | 5,50

A row names a sector, not an indicator: what its cells are depends on the column's measure. The total row is the
GRDP at current or constant prices or its growth (a development index, last year = 100, or a rate); a sector row is
its share of the GRDP or the growth of its value added. A sector's value added in money has no catalogue
indicator: those cells are skipped with the reason. The column's header names the measure; a column that names
none takes the caption's, when the caption names one only ("… THEO GIÁ SO SÁNH 2010").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.lib import catalogue, table_layout, vn_text

# measure → words of a header that name it (vn_text.key forms), the first match wins
_MEASURES = (
    ("structure", re.compile(r"\bcơ cấu\b|\btỷ trọng\b")),
    ("index", re.compile(r"\bchỉ số phát triển\b|năm trước 100|\bchỉ số\b")),
    ("rate", re.compile(r"\btốc độ tăng\b|\btăng trưởng\b")),
    ("const", re.compile(r"\bgiá so sánh\b")),
    ("current", re.compile(r"\bgiá hiện hành\b|\bgiá thực tế\b")),
)
_TOTAL = {"index": "grdp_growth", "rate": "grdp_growth", "const": "grdp_value_const2010", "current": "grdp_value_current"}
GRDP_ROWS = frozenset(("tổng sản phẩm trên địa bàn", "grdp", "tổng sản phẩm trên địa bàn grdp"))  # a row naming the GRDP
_TOTAL_ROWS = table_layout.TOTAL_LABELS | GRDP_ROWS
# what a sector's row is under each measure: a catalogue alias written before the sector's name
_SECTOR_PARENT = {"structure": "Cơ cấu GRDP", "index": "Tốc độ tăng giá trị tăng thêm",
                  "rate": "Tốc độ tăng giá trị tăng thêm"}


@lru_cache(maxsize=1 << 10)
def measure_of(header: str) -> str | None:
    """The measure a column header names ("Cơ cấu (%) Năm 2024" → "structure"), or None."""
    k = vn_text.key(header)
    return next((m for m, rx in _MEASURES if rx.search(k)), None)


@lru_cache(maxsize=1 << 12)
def caption_measure(caption: str) -> str | None:
    """The caption's measure when it names exactly one ("… THEO GIÁ SO SÁNH 2010"), else None."""
    k = vn_text.key(caption)
    if "tổng sản phẩm" not in k and "grdp" not in k:
        return None
    found = {m for m, rx in _MEASURES if rx.search(k)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1 << 10)
def code_of(measure: str, label: str) -> tuple[str | None, str]:
    """(catalogue code, why not) of the row `label` in a column of `measure`: the total's GRDP figure, a sector's
    share or growth; (None, reason) for a sector's value added in money, the total of the shares (100) or a row
    that is no sector."""
    k = vn_text.key(label)
    if k in _TOTAL_ROWS:
        code = _TOTAL.get(measure)
        return (code, "") if code else (None, "the shares' total (100), not an indicator")
    parent = _SECTOR_PARENT.get(measure)
    code = catalogue.match_indicator(f"{parent} {label}") if parent else None
    if code is not None:
        return code, ""
    return None, f"a sector's {'value added' if measure in ('const', 'current') else measure} has no catalogue indicator"


def is_sector_table(labels: list[str]) -> bool:
    """Whether the rows are the GRDP's sectors: two at least (each a share the catalogue knows), and with the total
    half the table's rows or more. An appendix of indicators that lists the sectors under "Cơ cấu GRDP" is not."""
    labels = [label for label in labels if label.strip()]
    sectors = sum(catalogue.match_indicator(f"Cơ cấu GRDP {label}") is not None for label in labels)
    totals = sum(vn_text.key(label) in _TOTAL_ROWS for label in labels)
    return sectors >= 2 and 2 * (sectors + totals) >= len(labels)
