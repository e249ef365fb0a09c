"""The parse cache is keyed by the code that parses: that code and nothing else."""

import json
import subprocess
import sys

from conftest import REPO
from pipelines.lib import staging

PROBE = """
import json, sys
from pathlib import Path
from pipelines.lib import ingest
kinds = {".xlsx", ".csv", ".md", ".html", ".docx"}
for path in sorted(Path("data/sample").rglob("*")):
    if path.suffix in kinds and "covenants" not in path.parts and not path.name.upper().startswith("README"):
        ingest.extract_file(path)
print(json.dumps(sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("pipelines.lib."))))
"""


def test_fingerprint_covers_every_module_parsing_loads():
    # a fresh interpreter parses every sample file (tables, series, md, html, docx) and lists what it loaded
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    hashed = {p.stem for p in staging.parser_modules()}
    assert loaded <= hashed, f"parsing loads modules the cache key ignores: {sorted(loaded - hashed)}"
    assert {"parse_tables", "read_grid", "narrative", "documents", "catalogue", "provinces"} <= hashed


def test_validation_and_warehouse_code_do_not_key_the_cache():
    hashed = {p.stem for p in staging.parser_modules()}
    assert not hashed & {"staging", "validate", "warehouse", "scoring", "covenants", "parsed_store", "generate"}


def test_the_parse_stage_in_a_child_process_equals_the_parse_here(tmp_path, sample_inbox):
    """The asset parses in a spawned process while this one imports GX: same sources, same parsed rows as
    the stage run here, and the side task ran once."""
    from pipelines.lib import parsed_store

    calls = []
    child = staging.parse_in_child(sample_inbox, tmp_path / "child", None, 2, meanwhile=lambda: calls.append(1))
    here = staging.parse_and_write(sample_inbox, tmp_path / "here", None, 1)
    assert calls == [1]
    assert child.rows_in == here.rows_in > 2000
    assert child.sources.equals(here.sources) and child.unreadable.equals(here.unreadable)
    assert parsed_store.read_parsed(tmp_path / "child").equals(parsed_store.read_parsed(tmp_path / "here"))
