"""observation: the ways a parser builds its frame give the same frame."""

import datetime as dt

from pipelines.lib import observation

FIELDS = ("locator", "province_code", "indicator", "period", "value", "issue")
ROWS = [
    ("Sheet1!D8", "56", "grdp_growth", "2023", 7.5, None),
    ("Sheet1!E8", None, "grdp_growth", "2024", None, "Sheet1!E8: no province found"),
]
SHARED = {"source_id": "0123456789abcdef", "source": "bao_cao/khanh_hoa_2023.xlsx", "source_kind": "table_xlsx",
          "vintage": dt.date(2024, 1, 5)}


def test_frame_of_flat_is_frame_of():
    flat = [value for row in ROWS for value in row]
    expected = observation.frame_of(FIELDS, ROWS, SHARED)
    got = observation.frame_of_flat(FIELDS, flat, SHARED)
    assert got.schema == observation.SCHEMA
    assert got.equals(expected)
    assert observation.frame_of_flat(FIELDS, [], SHARED).equals(observation.frame_of(FIELDS, [], SHARED))


def test_frame_with_shared_values_is_frame_of():
    dicts = [dict(zip(FIELDS, row)) for row in ROWS]
    got = observation.frame(dicts, SHARED)
    assert got.schema == observation.SCHEMA
    assert got.equals(observation.frame_of(FIELDS, ROWS, SHARED))
    assert got["source"].to_list() == [SHARED["source"]] * 2
    assert observation.frame(dicts)["source"].to_list() == [None, None]


def test_a_cache_entry_reads_back_the_same_rows_in_a_fraction_of_the_raw_bytes(tmp_path):
    """ipc_bytes compresses: a table's rows repeat their label and snippet cell after cell (sample rows)."""
    from pipelines.lib import parsed_store

    snippet = "Tổng thu ngân sách nhà nước trên địa bàn (mẫu) | Tỷ đồng"
    rows = [{"locator": f"Sheet1!{chr(68 + m % 20)}{8 + m // 20}", "province_code": "56", "indicator": "budget_revenue",
             "period": f"2023-{1 + m % 12:02d}", "value": 100.0 + m, "unit": "bn_vnd", "status": "actual",
             "qualifier": "exact", "basis": "", "raw_label": snippet.split(" |")[0], "raw_value": f"{100 + m},0",
             "snippet": snippet} for m in range(600)]
    frame = observation.frame(rows, SHARED)
    entry = observation.ipc_bytes(frame)
    assert len(entry) * 3 < len(observation.ipc_bytes(frame, compression=None))
    parsed_store.write_cached([(tmp_path / "entry.arrow", frame)])  # the entry `ipc_bytes` makes
    back = parsed_store.read_cached([(SHARED["source"], tmp_path / "entry.arrow")])
    assert back.equals(frame)
