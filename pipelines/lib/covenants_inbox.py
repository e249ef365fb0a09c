"""Covenant files of an inbox (its `covenants/` folder), each read and checked."""

from __future__ import annotations

from pathlib import Path

from pipelines.lib import staging


def read_all(inbox: Path) -> list:
    files = staging.covenant_files(inbox)
    if not files:
        return []
    from pipelines.lib import covenants

    return [covenants.read_covenant(p) for p in files]
