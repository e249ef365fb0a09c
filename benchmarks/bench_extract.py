"""Throughput of narrative extraction on one core (a benchmark, not a test).

Builds a few MB of text from the test corpus passages and the sample reports,
times `narrative.extract_text` over it, and prints MB/s.

    uv run python benchmarks/bench_extract.py [target_mb]
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.lib import documents, narrative  # noqa: E402


def build_text(target_mb: float) -> str:
    passages = yaml.safe_load((ROOT / "tests" / "corpus" / "narrative_passages.yaml").read_text(encoding="utf-8"))
    parts = [p["text"] for p in passages["passages"]]
    for path in sorted((ROOT / "data" / "sample" / "narrative").glob("*")):
        if path.suffix in {".md", ".html", ".docx", ".txt"}:
            parts.append(documents.read_document(path).text)
    unit = "\n\n".join(parts) + "\n\n"
    repeat = max(1, int(target_mb * 1e6 / len(unit.encode("utf-8"))) + 1)
    return unit * repeat


def prose_text(target_mb: float) -> str | None:
    """The seed news article (mostly prose, three figures) repeated, when shared/seeds is beside the repo."""
    seed = ROOT.parent / "shared" / "seeds" / "000_8448127e03ba2869.txt"
    if not seed.is_file():
        return None
    unit = documents.read_document(seed).text + "\n\n"
    return unit * (int(target_mb * 1e6 / len(unit.encode("utf-8"))) + 1)


def measure(label: str, text: str) -> None:
    size_mb = len(text.encode("utf-8")) / 1e6
    start = time.process_time()  # CPU time of this process: one core, robust to a busy machine
    rows, skipped = narrative.extract_text(text, 2023, dt.date(2024, 1, 10), default_province="Gia Lai")
    elapsed = time.process_time() - start
    print(f"narrative extraction{label}: {size_mb / elapsed:.2f} MB/s ({len(rows)} observations, {len(text)} chars, "
          f"{size_mb:.1f} MB in {elapsed:.1f} s, {len(skipped)} skipped)")


def main() -> None:
    target_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    narrative.extract_text("GRDP tăng 1%.", 2023, dt.date(2024, 1, 1), default_province="Gia Lai")  # warm caches
    measure("", build_text(target_mb))  # corpus + samples: a figure in nearly every sentence
    prose = prose_text(target_mb)
    if prose:
        measure(" (news prose)", prose)


if __name__ == "__main__":
    main()
