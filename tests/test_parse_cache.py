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


def test_the_side_task_runs_only_while_workers_parse(tmp_path, sample_inbox):
    """GX is imported beside the parse only when workers parse: a thread in this process would slow this
    process's own parsing (one interpreter lock), so a cached or small inbox is parsed without it."""
    from pipelines.lib import generate

    calls = []
    staging.parse_inbox(sample_inbox, tmp_path / "cache-sample", workers=2, while_workers_parse=lambda: calls.append("sample"))
    assert calls == []  # 26 files: parsed here
    inbox = tmp_path / "s"
    generate.generate("S", inbox)
    first = staging.parse_inbox(inbox, tmp_path / "cache", workers=2, while_workers_parse=lambda: calls.append("S"))
    assert calls == ["S"] and first.sources.height > 100
    again = staging.parse_inbox(inbox, tmp_path / "cache", workers=2, while_workers_parse=lambda: calls.append("S again"))
    assert calls == ["S"]  # every file answered from the cache
    assert again.sources.equals(first.sources)
