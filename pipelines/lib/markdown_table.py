"""A polars frame as a Markdown table, for the metadata the Dagster UI shows beside an asset.

Written here rather than through pandas' `to_markdown`: the refresh process would otherwise import pandas (about a
third of a second) only to print a few rows.
"""

from __future__ import annotations

import polars as pl


def markdown_table(frame: pl.DataFrame) -> str:
    """`frame` as a GitHub-style Markdown table: numbers aligned right, a missing value as an empty cell, a `|` or
    a line break inside a cell escaped so that the row stays one row."""
    def cell(value: object) -> str:
        return "" if value is None else str(value).replace("|", "\\|").replace("\r", " ").replace("\n", " ")

    header = "| " + " | ".join(cell(c) for c in frame.columns) + " |"
    rule = "|" + "|".join("---:" if dtype.is_numeric() else ":---" for dtype in frame.dtypes) + "|"
    rows = ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join([header, rule, *rows])
