"""Writing committed test documents in the formats only an office suite writes (.doc, .ods): each is built in a
format Python writes (.docx, .xlsx), then saved by LibreOffice. The tests read the committed files and need neither."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def write_fixtures(fixtures: dict, folder: Path, source_suffix: str) -> None:
    """For each `name: build` of `fixtures`, `build(path)` writes the file as `source_suffix` and LibreOffice saves it
    into `folder` as `name` (its suffix says the format)."""
    soffice = shutil.which("soffice") or sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in fixtures.items():
            source = Path(tmp) / Path(name).with_suffix(source_suffix).name
            build(source)
            subprocess.run([soffice, "--headless", "--convert-to", Path(name).suffix.lstrip("."), "--outdir",
                            str(folder), str(source)], check=True, capture_output=True)
            print("wrote", folder / name)
