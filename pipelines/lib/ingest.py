"""One entry point for every input file: pick the parser for its kind.

Each parser takes a path and returns a `ParseResult`: the canonical observations
(`observation.SCHEMA`) and the passages or rows it saw but did not turn into
observations, with the reason (for `thidua extract --explain`). A file that
cannot be read at all raises `InputError` naming the file and what to fix.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.lib import observation


class InputError(Exception):
    """A file that cannot be read: says which file, where, and what to fix."""

    def __init__(self, path: Path | str, place: str, problem: str):
        self.path, self.place, self.problem = str(path), place, problem
        super().__init__(f"{path}: {place}: {problem}" if place else f"{path}: {problem}")


@dataclass
class ParseResult:
    observations: pl.DataFrame = field(default_factory=observation.empty)
    skipped: list[dict] = field(default_factory=list)  # {"locator", "snippet", "reason"}


TABLE_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}
NARRATIVE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".doc", ".pdf"}
SUPPORTED = TABLE_SUFFIXES | NARRATIVE_SUFFIXES

# Files a province may send that no parser reads, and what to send instead. An inbox file of one of these types is
# listed as unreadable with its hint (never dropped in silence); other files (scripts, notes) are not reports.
_AS_TABLE = "lưu phụ lục dạng .xlsx hoặc .csv, báo cáo dạng .docx hoặc .txt (save tables as .xlsx/.csv, text as .docx/.txt)"
NOT_READ = {
    ".rtf": "RTF chưa đọc được: lưu lại dạng .docx (save it again as .docx)",
    ".odt": "OpenDocument chưa đọc được: lưu lại dạng .docx (save it again as .docx)",
    ".xlsb": "Excel nhị phân (.xlsb) chưa đọc được: lưu lại dạng .xlsx (save it again as .xlsx)",
    ".zip": "tệp nén: giải nén vào hộp thư (extract the archive into the inbox)",
    ".rar": "tệp nén: giải nén vào hộp thư (extract the archive into the inbox)",
    ".7z": "tệp nén: giải nén vào hộp thư (extract the archive into the inbox)",
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".bmp", ".heic"),
                    "ảnh chụp/bản quét chưa đọc được: " + _AS_TABLE),
}


def source_id(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def source_id_of(checksum_sha256: str) -> str:
    """`source_id` of a file whose sha256 (hex) is known already."""
    return checksum_sha256[:16]


def is_covenant(path: Path) -> bool:
    """Covenant files live in a `covenants/` folder of the inbox (see README)."""
    return "covenants" in Path(path).parts


def extract_file(path: Path | str, published: dt.date | None = None, name: str | None = None,
                 checksum_sha256: str | None = None) -> ParseResult:
    """Observations of one file. `name` is how the file is called in `source` (default: its path);
    `checksum_sha256`, when the caller has hashed the file already, spares hashing it again."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "", "no such file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(path, "", f"unsupported file type '{suffix}'; supported: {', '.join(sorted(SUPPORTED))}")
    sid = source_id_of(checksum_sha256) if checksum_sha256 else source_id(path)
    source = name or str(path)
    # The parsers write source_id and source into the frame they build: the frame is built once per file.
    if suffix in TABLE_SUFFIXES:
        from pipelines.lib import parse_tables

        return parse_tables.parse_file(path, published=published, source_id=sid, source=source)
    from pipelines.lib import narrative

    return narrative.extract_document(path, published=published, source_id=sid, source=source)
