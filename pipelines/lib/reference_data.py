"""Where the versioned reference data lives (the `reference/` folder of the repo)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def reference_dir() -> Path:
    """`reference/` of the repo, or THIDUA_REFERENCE when set (tests, other deployments)."""
    return Path(os.environ.get("THIDUA_REFERENCE", REPO_ROOT / "reference"))
