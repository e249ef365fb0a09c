"""The per-file parse cache kept to what the inbox needs.

`staging/cache/<code fingerprint>/` holds each file's parsed rows (an entry `<sha>-<published>.arrow` of the folder's
store, `cache_store`), so a later run parses only new or changed files. Two things would make it grow for as long
as the warehouse lives: every upgrade of the parsers starts a new fingerprint folder (tier M: about 83 MiB each),
and a report replaced or withdrawn leaves its rows behind. After a parse stage, `prune` removes both; the cache
only ever saves time, so an entry removed here is at worst parsed again.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from pipelines.lib import cache_store

_FINGERPRINT = re.compile(r"[0-9a-f]{12}")  # staging.code_fingerprint: the folders of other parser versions


def prune(cache_root: Path, keep: list[Path]) -> dict[str, int]:
    """Remove, under `cache_root`, the fingerprint folders other than the one `keep` lies in, the entries of that
    folder's store not in `keep` (every cache entry a file of the inbox maps to), and any other file of that folder
    (the one-file-per-entry cache of earlier versions, a store set aside as damaged). Nothing when `keep` is empty
    (an empty or unmounted inbox must not cost the cache). Returns {"folders": n, "files": n} removed, "files"
    counting entries and files."""
    removed = {"folders": 0, "files": 0}
    if not keep:
        return removed
    current = {os.path.dirname(p) for p in map(str, keep)}  # strings, not Paths: thousands of files
    if len(current) != 1 or os.path.realpath(os.path.dirname(next(iter(current)))) != os.path.realpath(cache_root):
        return removed  # not the layout this module knows: leave it
    current_dir = current.pop()
    for entry in os.scandir(cache_root):
        if entry.is_dir() and _FINGERPRINT.fullmatch(entry.name) and entry.name != os.path.basename(current_dir):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed["folders"] += 1
    wanted = {os.path.basename(p) for p in map(str, keep)}
    removed["files"] += cache_store.delete_except(current_dir, wanted)
    for name in os.listdir(current_dir):
        if not cache_store.is_store_file(name):  # entries live in the store only: any other file is left over
            try:
                os.unlink(os.path.join(current_dir, name))
                removed["files"] += 1
            except (IsADirectoryError, PermissionError, FileNotFoundError):
                pass
    return removed
