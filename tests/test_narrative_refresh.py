"""Narrative reports through the whole refresh: every number links back to its sentence."""

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import REPO, run_refresh

SEEDS = REPO.parent / "shared" / "seeds"


def q(path: Path, sql: str):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()


def test_sample_narrative_rows_link_to_their_sentence(refreshed):
    _, root = refreshed
    rows = q(root / "warehouse.duckdb", """
        SELECT s.document, f.locator, f.snippet, f.raw_value FROM fact_observation f JOIN dim_source s USING (source_id)
        WHERE s.source_kind LIKE 'narrative%'""")
    assert {Path(r[0]).suffix for r in rows} >= {".md", ".html", ".docx"}
    in_tables = [r for r in rows if not r[1].startswith("chars ")]
    for document, locator, snippet, raw_value in rows:
        if (document, locator, snippet, raw_value) in in_tables:
            continue
        assert snippet, (document, locator)
        number = raw_value.split()[0].rstrip("%")
        assert number in snippet, (document, raw_value, snippet)
    # the sample report's appendix table is read as a table: each figure names its cell
    assert in_tables and all(document.endswith(".docx") and re.fullmatch(r"Bảng \d+![A-Z]+\d+", locator)
                             for document, locator, _, _ in in_tables)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is beside the repo on developer machines and in CI")
def test_seed_article_in_the_inbox_loads_its_three_growth_figures(sample_inbox, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(sample_inbox, inbox)
    seed = next(SEEDS.glob("*.txt"))
    shutil.copy(seed, inbox / "nhan_dan_2023-03-30.txt")
    assert run_refresh(inbox, tmp_path).success
    rows = q(tmp_path / "warehouse.duckdb", """
        SELECT f.province_code, f.value, f.qualifier, f.period, f.snippet FROM fact_observation f
        JOIN dim_source s USING (source_id) WHERE s.document = 'nhan_dan_2023-03-30.txt' ORDER BY f.province_code""")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("49", 11.0, "more_than", "2022"), ("56", 22.1, "exact", "2022"), ("68", 12.0, "more_than", "2022")]
    assert all("Khánh Hòa tăng 22,1%" in r[4] for r in rows)
