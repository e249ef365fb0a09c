"""Row-local rules asked once per distinct value, not once per row.

Most rules of a suite judge each row by its own value alone: not null, in a set, between two bounds,
matching a pattern, two columns equal. A national inbox repeats its values heavily (a million rows
hold about 130 000 distinct values, a few hundred units, periods and codes), so GX is given a frame
of each column's distinct values instead of the rows, and a row fails such a rule exactly when its
value does. Rules that look across rows (unique keys, row counts, aggregates), rules with a `mostly`
threshold (a share of rows, not of values) and rules that still carry a row condition keep the rows.

pandas in, pandas out: this module sits between the polars frame and GX's pandas engine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

# GX 1.x expectations whose verdict on a row depends on that row's own values only. Listed, not
# derived from GX's class tree: `expect_column_values_to_be_unique` and `..._to_be_increasing` are
# column-map expectations too, yet each compares a row with the others.
ROW_LOCAL = frozenset({
    "expect_column_values_to_be_null",
    "expect_column_values_to_not_be_null",
    "expect_column_values_to_be_in_set",
    "expect_column_values_to_not_be_in_set",
    "expect_column_values_to_be_between",
    "expect_column_values_to_match_regex",
    "expect_column_values_to_not_match_regex",
    "expect_column_values_to_match_regex_list",
    "expect_column_values_to_not_match_regex_list",
    "expect_column_value_lengths_to_be_between",
    "expect_column_value_lengths_to_equal",
    "expect_column_pair_values_to_be_equal",
    "expect_column_pair_values_a_to_be_greater_than_b",
})


def is_row_local(expectation: dict) -> bool:
    kw = expectation["kwargs"]
    return (expectation["type"] in ROW_LOCAL and "row_condition" not in kw
            and kw.get("mostly", 1) == 1 and (kw.get("column") or kw.get("column_A")) is not None)


def columns_of(expectation: dict) -> tuple[str, ...]:
    kw = expectation["kwargs"]
    return (kw["column"],) if kw.get("column") else (kw["column_A"], kw["column_B"])


@dataclass
class PartValues:
    """One part of the rows (a frame GX would be given): per column group, its distinct values column by column,
    and each row's index among them (`codes`, int32: a few bytes a row, kept until the verdicts are known)."""

    values: dict[tuple[str, ...], list]
    codes: dict[tuple[str, ...], np.ndarray]
    row_ids: np.ndarray


@dataclass
class ValueFrame:
    """The distinct values of the columns the row-local rules read, over every part.

    frame: one column per column group (a column, or the two of a pair rule side by side), each group
        padded to the longest by repeating its first value, and `row_id` = position;
    expectations: the row-local rules, rewritten to read their group's columns;
    renamed: value-frame column → the input column it holds (pair groups get their own names);
    sizes: per group, how many distinct values it has; group_of: per rewritten expectation, its group;
    parts: the parts' rows, and per part and group the position in `frame` of each of the part's values.
    """

    frame: pd.DataFrame
    expectations: list[dict]
    renamed: dict[str, str]
    sizes: dict[tuple[str, ...], int]
    group_of: list[tuple[str, ...]]
    parts: list[tuple[PartValues, dict[tuple[str, ...], np.ndarray]]]


def _factorize(pdf: pd.DataFrame, group: tuple[str, ...]) -> tuple[np.ndarray, list]:
    """(each row's index among the group's distinct values, those values column by column), in order of
    first appearance, a missing value (None or NaN) being one value of its own."""
    if len(group) == 1:
        codes, values = pd.factorize(pdf[group[0]], use_na_sentinel=False)
        return codes, [values]
    ca, ua = pd.factorize(pdf[group[0]], use_na_sentinel=False)
    cb, ub = pd.factorize(pdf[group[1]], use_na_sentinel=False)
    width = max(len(ub), 1)
    codes, combined = pd.factorize(ca.astype(np.int64) * width + cb, use_na_sentinel=False)
    return codes, [ua.take(combined // width), ub.take(combined % width)]


def part_values(pdf: pd.DataFrame, expectations: list[dict]) -> PartValues:
    """The distinct values of every column group the (row-local) `expectations` read in one part, with each
    row's code: the part's frame can then be dropped before GX is asked about the values of every part."""
    values: dict[tuple[str, ...], list] = {}
    codes: dict[tuple[str, ...], np.ndarray] = {}
    for e in expectations:
        group = columns_of(e)
        if group not in values:
            c, values[group] = _factorize(pdf, group)
            codes[group] = c.astype(np.int32)
    return PartValues(values, codes, pdf["row_id"].to_numpy())


def _union(parts: list[PartValues], group: tuple[str, ...]) -> tuple[list, list[np.ndarray]]:
    """The group's distinct values over every part (order of first appearance, part after part), and per part
    the position among them of each of the part's own values."""
    if len(parts) == 1:
        return parts[0].values[group], [np.arange(len(parts[0].values[group][0]))]
    stacked = pd.DataFrame({c: pd.concat([pd.Series(p.values[group][k]) for p in parts], ignore_index=True)
                            for k, c in enumerate(group)})
    codes, values = _factorize(stacked, group)
    offsets = np.cumsum([0] + [len(p.values[group][0]) for p in parts])
    return values, [codes[offsets[k]:offsets[k + 1]] for k in range(len(parts))]


def value_frame(parts: list[PartValues], expectations: list[dict]) -> ValueFrame:
    """The distinct values of every column group the (row-local) `expectations` read, over every part, in one
    frame: GX is asked once, whatever the number of parts. Parts whose text columns have different category
    lists give plain text columns (the frame is small: its dtype costs nothing)."""
    uniques: dict[tuple[str, ...], list] = {}
    positions: dict[tuple[str, ...], list[np.ndarray]] = {}
    for e in expectations:
        group = columns_of(e)
        if group not in uniques:
            uniques[group], positions[group] = _union(parts, group)
    sizes = {g: len(u[0]) for g, u in uniques.items()}
    length = max(sizes.values(), default=0)
    columns: dict[str, object] = {"row_id": np.arange(length)}
    renamed: dict[str, str] = {}
    names: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group, values in uniques.items():
        take = np.arange(length)
        take[take >= sizes[group]] = 0  # padding repeats the first value: same verdict, no new value
        names[group] = group if len(group) == 1 else tuple(f"{c}__pair_{group[0]}_{group[1]}" for c in group)
        for name, source, vals in zip(names[group], group, values):
            columns[name] = pd.Series(vals.take(take) if length else vals).reset_index(drop=True)
            renamed[name] = source
    for group in (g for g in uniques if len(g) == 2):  # pandas compares two categoricals only on one category list
        a, b = (columns[n] for n in names[group])
        if isinstance(a.dtype, pd.CategoricalDtype) != isinstance(b.dtype, pd.CategoricalDtype) or (
                isinstance(a.dtype, pd.CategoricalDtype) and not a.cat.categories.equals(b.cat.categories)):
            for n in names[group]:
                columns[n] = columns[n].astype(object)
    rewritten = []
    for e in expectations:
        group = columns_of(e)
        kw = dict(e["kwargs"])
        if len(group) == 1:
            kw["column"] = names[group][0]
        else:
            kw["column_A"], kw["column_B"] = names[group]
        rewritten.append({**e, "kwargs": kw})
    part_positions = [(p, {g: positions[g][k] for g in uniques}) for k, p in enumerate(parts)]
    return ValueFrame(pd.DataFrame(columns), rewritten, renamed, sizes, [columns_of(e) for e in expectations],
                      part_positions)


def failing_rows(values: ValueFrame, index: int, positions: list[int]) -> list[int]:
    """The rows (their `row_id`, part after part) whose value failed expectation `index`, given the value-frame
    positions GX found failing."""
    if not positions:
        return []
    group = values.group_of[index]
    failed = np.unique(np.where(np.asarray(positions) < values.sizes[group], positions, 0))
    out: list[int] = []
    for part, where in values.parts:
        out += part.row_ids[np.isin(where[group][part.codes[group]], failed)].tolist()
    return out
