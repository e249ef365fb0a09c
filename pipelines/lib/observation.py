"""The canonical observation: the one record every parser yields.

Parsers return a polars frame with exactly `SCHEMA`. Rows the parser could not
read cleanly still come out, with `issue` saying what is wrong and where, so
that validation can quarantine them: nothing found in a file is dropped.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from pipelines.lib import provinces

SCHEMA: dict[str, pl.DataType] = {
    "source_id": pl.String,  # sha256 of the file's bytes, first 16 hex digits
    "source": pl.String,  # the file name as given (path relative to the inbox when loading)
    "source_kind": pl.String,  # table_xlsx, table_csv, series_csv, narrative_txt, ...
    "locator": pl.String,  # Sheet!C7, row 12, or chars 120-180
    "province_code": pl.String,  # GSO code valid at the period's end
    "province_key": pl.String,  # the version the source named ("92@2004" for "Cần Thơ (cũ)"), else null: see below
    "indicator": pl.String,  # a code of reference/indicators/catalogue.csv
    "period": pl.String,  # 2022, 2022-H1, 2022-9M, 2022-Q3, 2022-07
    "value": pl.Float64,  # in the catalogue's canonical unit
    "unit": pl.String,  # the catalogue's canonical unit
    "status": pl.String,  # actual, estimate, plan, forecast
    "qualifier": pl.String,  # exact, more_than, less_than, about
    "basis": pl.String,  # what a % is of, where stated; "" when not
    "vintage": pl.Date,  # the document's date
    "raw_label": pl.String,  # the indicator as written in the source
    "raw_value": pl.String,  # the value as written in the source
    "snippet": pl.String,  # the sentence or row text it came from
    "issue": pl.String,  # null when clean; else what is wrong and how to fix it
}

# A parser names a province by its code, or by the key of the version the source named (provinces.resolve_ref:
# "Thành phố Cần Thơ (cũ)" beside the merged city's total is "92@2004"); the frames of the table parsers split a key
# into both columns (provinces.split_ref), the narrative's rows carry both already.
# A null province_key is the latest version of the code existing during the period (models/10_fact_observation.sql).

STATUSES = ("actual", "estimate", "plan", "forecast")
QUALIFIERS = ("exact", "more_than", "less_than", "about")


def frame(rows: list[dict], shared: dict[str, object] | None = None) -> pl.DataFrame:
    """Rows (dicts with any subset of SCHEMA's keys) plus `shared` values every row has, as a frame with exactly
    SCHEMA. Built row by row: for a handful of rows (a narrative report) this costs less than `frame_of`."""
    filled = [{name: row.get(name) for name in SCHEMA} for row in rows]
    out = pl.DataFrame(filled, schema=SCHEMA, orient="row")
    for name, value in (shared or {}).items():  # stored once, as frame_of stores it
        out.replace_column(out.get_column_index(name), _repeated(name, value, out.height))
    return out


def _repeated(name: str, value: object, n: int) -> pl.Series:
    """`value` n times, stored once."""
    return pl.Series(name, [value], dtype=SCHEMA[name]).new_from_index(0, n)


def frame_of(fields: tuple[str, ...], rows: list[tuple], shared: dict[str, object] | None = None) -> pl.DataFrame:
    """Rows as tuples of `fields` (a subset of SCHEMA, in that order) plus `shared` values every row has, as a
    frame with exactly SCHEMA; fields in neither are null. Built column by column: a parser's loop per cell
    only makes a tuple, and a shared value is stored once, not once per row."""
    columns = dict(zip(fields, zip(*rows))) if rows else dict.fromkeys(fields, ())
    return _frame(columns, len(rows), shared or {})


def frame_of_flat(fields: tuple[str, ...], values: list, shared: dict[str, object] | None = None) -> pl.DataFrame:
    """`frame_of` for rows laid end to end in one list (a parser's loop adds `values += (locator, ...)` per row):
    column k is `values[k::len(fields)]`. No tuple is kept per row, and the columns are sliced out of one list
    instead of gathered from hundreds of tuples."""
    width = len(fields)
    return _frame({name: values[k::width] for k, name in enumerate(fields)}, len(values) // width, shared or {})


def _frame(columns: dict[str, list | tuple], n: int, shared: dict[str, object]) -> pl.DataFrame:
    """The frame with exactly SCHEMA of `columns` (each n values long) and `shared` values (stored once)."""
    codes = columns.get("province_code")
    if codes and "province_key" not in columns:
        distinct = set(codes)
        if any(c and "@" in c for c in distinct):  # a few distinct codes per frame: split each once
            split = {c: provinces.split_ref(c) for c in distinct}
            columns = {**columns, "province_code": [split[c][0] for c in codes],
                       "province_key": [split[c][1] for c in codes]}
    series = []
    for name, dtype in SCHEMA.items():
        if name in columns:
            series.append(pl.Series(name, columns[name], dtype=dtype))
        else:
            series.append(_repeated(name, shared.get(name), n))
    return pl.DataFrame(series)


def ipc_bytes(frame: pl.DataFrame, compression: str | None = "lz4") -> bytes:
    """`frame` as the bytes of an Arrow IPC file, as `DataFrame.write_ipc` writes it, at a fraction of the cost for the
    small frame of one file: pyarrow serialises it in memory (no threads, no streaming engine). LZ4-compressed by
    default: a table's rows repeat their label, snippet and unit cell after cell, so it is about an eighth of its raw
    size (tier M's parse cache: 83 MiB instead of 684 MB; `benchmarks/bench_cache_write.py` compares compressions)."""
    import pyarrow as pa  # imported on first use: most users of this module never write a file

    table = frame.to_arrow(compat_level=pl.CompatLevel.newest())  # string_view, as polars writes it
    sink = pa.BufferOutputStream()
    options = pa.ipc.IpcWriteOptions(use_threads=False, compression=compression)
    with pa.ipc.new_file(sink, table.schema, options=options) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def empty() -> pl.DataFrame:
    return pl.DataFrame(schema=SCHEMA)


def months_to_date(year: int, months: int) -> str:
    """The period of the first `months` months of `year`, one code per span of time whoever writes it: a table's
    "Cộng dồn 6 tháng" and a report's "6 tháng đầu năm" are both 2023-H1, "3 tháng" is the first quarter,
    "12 tháng" the year; other spans are year to date ("9 tháng": 2023-9M)."""
    return f"{year}{months_to_date_suffix(months)}"


def months_to_date_suffix(months: int) -> str:
    """What `months_to_date` adds to the year: "", "-H1", "-Q1" or "-9M"."""
    return {12: "", 6: "-H1", 3: "-Q1"}.get(months, f"-{months}M")


def period_year(period: str) -> int:
    return int(period[:4])


def period_start(period: str) -> dt.date:
    """The first day a period covers: 2022 and 2022-9M → 2022-01-01, 2022-H2 → 2022-07-01, 2022-Q3 → 2022-07-01."""
    year = int(period[:4])
    rest = period[5:]
    if not rest or rest == "H1" or rest.endswith("M"):
        month = 1
    elif rest == "H2":
        month = 7
    elif rest.startswith("Q"):
        month = 3 * int(rest[1:]) - 2
    else:
        month = int(rest)
    return dt.date(year, month, 1)


def period_end(period: str) -> dt.date:
    """The last day a period covers: 2022 → 2022-12-31, 2022-H1 → 2022-06-30."""
    year = int(period[:4])
    rest = period[5:]
    if not rest:
        month = 12
    elif rest == "H1":
        month = 6
    elif rest == "H2":
        month = 12
    elif rest.endswith("M"):
        month = int(rest[:-1])
    elif rest.startswith("Q"):
        month = 3 * int(rest[1:])
    else:
        month = int(rest)
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)
