"""The Markdown tables the Dagster UI shows in an asset's metadata."""

import polars as pl

from pipelines.lib.markdown_table import markdown_table


def test_a_frame_becomes_one_line_per_row_with_numbers_aligned_right():
    frame = pl.DataFrame({"reason": ["thiếu giá trị (no value)", "a | b\nc", None], "len": [888, 12, 3]})
    lines = markdown_table(frame).splitlines()
    assert lines[0] == "| reason | len |"
    assert lines[1] == "|:---|---:|"
    assert lines[2] == "| thiếu giá trị (no value) | 888 |"
    assert lines[3] == "| a \\| b c | 12 |"  # a bar or a line break inside a cell does not end the row
    assert lines[4] == "|  | 3 |"
    assert len(lines) == 2 + frame.height


def test_an_empty_frame_keeps_its_header():
    assert markdown_table(pl.DataFrame(schema={"source": pl.String})).splitlines() == ["| source |", "|:---|"]
