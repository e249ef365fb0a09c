"""A cluster ranking (`scoring.RANK_SCHEMA` frame) as a terminal table, CSV or JSON, for `thidua rank`."""

from __future__ import annotations

import json
import unicodedata

import polars as pl

from pipelines.lib.scoring import fmt_vi

COLUMNS_VI = [  # (column, header, width, align)
    ("rank", "Hạng", 5, ">"),
    ("province_name", "Tỉnh", 12, "<"),
    ("total_points", "Điểm", 7, ">"),
    ("max_possible", "Tối đa", 7, ">"),
    ("gap_to_leader", "Cách đầu", 8, ">"),
    ("criteria_missing_data", "Thiếu SL", 8, ">"),
    ("proposed_flag", "Cờ", 3, "^"),
    ("note", "Ghi chú", 0, "<"),
]
FLAG_MARK = "★"


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in unicodedata.normalize("NFC", text))


def _pad(text: str, width: int, align: str) -> str:
    gap = max(0, width - _width(text))
    if align == ">":
        return " " * gap + text
    if align == "^":
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def _cell(col: str, value) -> str:
    if value is None:
        return "–"
    if col == "proposed_flag":
        return FLAG_MARK if value else ""
    if isinstance(value, float):
        return fmt_vi(value)
    return str(value)


def format_table(df: pl.DataFrame) -> str:
    """Fixed-width table, one block per cluster × year, Vietnamese headers; ★ = proposed for the flag."""
    blocks = []
    for (cluster, year), g in df.sort("cluster_code", "year", "rank").group_by("cluster_code", "year", maintain_order=True):
        rows = [[_cell(c, r.get(c)) for c, *_ in COLUMNS_VI] for r in g.iter_rows(named=True)]
        widths = [max(w, _width(h), *(_width(r[i]) for r in rows)) if w else 0
                  for i, (_, h, w, _) in enumerate(COLUMNS_VI)]
        def line(cells):
            return "  ".join(_pad(t, w, a) if w else t for t, w, (_, _, _, a) in zip(cells, widths, COLUMNS_VI)).rstrip()
        header = line([h for _, h, _, _ in COLUMNS_VI])
        out = [f"Cụm {cluster} — năm {year}", header, "-" * max(_width(header), 40)]
        out += [line(r) for r in rows]
        blocks.append("\n".join(out))
    blocks.append(f"{FLAG_MARK} = đề nghị tặng Cờ thi đua; Điểm tối đa chưa kể điểm thưởng.")
    return "\n\n".join(blocks)


def to_csv(df: pl.DataFrame) -> str:
    """CSV (UTF-8, comma, dot decimals) with the frame's English column names."""
    return df.write_csv()


def to_json(df: pl.DataFrame) -> str:
    """A JSON array of row objects, Vietnamese text kept readable."""
    return json.dumps(df.to_dicts(), ensure_ascii=False, indent=2, default=str)
