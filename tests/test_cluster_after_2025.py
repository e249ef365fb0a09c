"""A cluster of the 34-province geography: membership, covenant and ranking follow the year.

reference/clusters holds no cluster after 1 July 2025 (no source). A secretariat that adds one gets
it scored: this test adds a made-up sample cluster for 2026 (six provinces that absorbed the ten of
TN_DHNTB) to a copy of reference/ and runs the real refresh with a 2026 covenant.
"""

import csv
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import REPO, run_refresh
from pipelines.lib import covenants

MEMBERS_2026 = [("48", "Đà Nẵng"), ("51", "Quảng Ngãi"), ("52", "Gia Lai"), ("56", "Khánh Hòa"),
                ("66", "Đắk Lắk"), ("68", "Lâm Đồng")]


def _covenant_2026(source: Path, target: Path) -> None:
    """The 2022 sample covenant re-cut for the sample 2026 cluster (sample data)."""
    rows = list(csv.reader(source.open(encoding="utf-8")))
    header, body = rows[0], rows[1:]
    criteria = [r for r in body if r[0] == "Tiêu chí"]
    quantitative = {r[4] for r in criteria if r[8]}
    targets = {r[4]: r[11] for r in body if r[0] == "Chỉ tiêu" and r[3] == "Quảng Nam"}
    out = [header, ["Thông tin", "MAU_2026", "2026", "", "", "Ghi chú", "", "", "", "", "", "Số liệu mẫu – sample data", "", ""]]
    for _, name in MEMBERS_2026:
        out.append(["Thành viên", "MAU_2026", "2026", name] + [""] * 10)
    out += [[r[0], "MAU_2026", "2026", *r[3:]] for r in criteria]
    for _, name in MEMBERS_2026:
        for code in sorted(quantitative):
            unit = next(r[12] for r in criteria if r[4] == code)
            out.append(["Chỉ tiêu", "MAU_2026", "2026", name, code, "", "", "", "", "", "", targets[code], unit, ""])
        for code in sorted({r[4] for r in criteria} - quantitative):
            out.append(["Điểm chấm", "MAU_2026", "2026", name, code, "", "", "", "", "", "", "5", "điểm", ""])
    with target.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(out)


@pytest.fixture()
def reference_with_2026_cluster(tmp_path, monkeypatch):
    ref = tmp_path / "reference"
    shutil.copytree(REPO / "reference", ref)
    with (ref / "clusters" / "clusters.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow(["MAU_2026", "Cụm mẫu 2026 (số liệu mẫu)", "Sample cluster 2026 (sample data)",
                                "2026-01-01", "2026-12-31", "sample data written for a test"])
    with (ref / "clusters" / "cluster_members.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["MAU_2026", "2026", code, name] for code, name in MEMBERS_2026])
    monkeypatch.setenv("THIDUA_REFERENCE", str(ref))
    covenants._cluster_rows.cache_clear()
    yield ref
    covenants._cluster_rows.cache_clear()


def test_a_2026_cluster_of_merged_provinces_is_scored_and_ranked(reference_with_2026_cluster, sample_inbox, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    _covenant_2026(inbox / "covenants" / "giao_uoc_TN_DHNTB_2022.csv", inbox / "covenants" / "giao_uoc_MAU_2026.csv")

    assert run_refresh(inbox, tmp_path).success
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)
    try:
        quarantined = con.sql("SELECT source FROM quarantine_covenant WHERE source LIKE '%MAU_2026%'").fetchall()
        members = con.sql("SELECT province_code, province_key FROM bridge_cluster_member "
                          "WHERE cluster_code = 'MAU_2026' ORDER BY province_code").fetchall()
        ranking = con.sql("SELECT province_code, rank, criteria_missing_data FROM mart_cluster_ranking "
                          "WHERE cluster_code = 'MAU_2026' AND year = 2026 ORDER BY province_code").fetchall()
        old_cluster = con.sql("SELECT count(DISTINCT province_code) FROM mart_cluster_ranking "
                              "WHERE cluster_code = 'TN_DHNTB' AND year = 2023").fetchall()[0][0]
    finally:
        con.close()
    assert quarantined == []
    # 2026 members are the post-merger versions (valid from 1 July 2025), not the 2023 provinces
    assert members == [(code, f"{code}@2025") for code, _ in MEMBERS_2026]
    assert [r[0] for r in ranking] == [code for code, _ in MEMBERS_2026]
    assert all(r[2] > 0 for r in ranking)  # no 2026 reports in the sample inbox: missing data is counted
    assert old_cluster == 10  # the 2023 cluster keeps its ten pre-merger members
