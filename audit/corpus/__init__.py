"""Corpus readers: every input format becomes Documents of Segments with original positions.

:func:`discover` turns the paths a user gives into the list of input files (directories
walked recursively, hidden files skipped), and :func:`read_file` reads one of them with the
reader its extension selects. Readers raise :class:`InputError` for a file they cannot read
and append recoverable problems (a malformed record) to ``errors``.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from audit.corpus.decode import MAX_LINE
from audit.corpus.errors import InputError
from audit.corpus.records import FieldNames
from audit.model import Document

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".tsv": "tsv",
    ".csv": "csv",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".xlf2": "xliff",
    ".html": "html",
    ".htm": "html",
}


@dataclass(slots=True)
class ReadOptions:
    """How files are read: field names of record formats, forced format, line limit."""

    fields: FieldNames = field(default_factory=FieldNames)
    format: str | None = None
    max_line: int = MAX_LINE


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str  # as opened ("-" for standard input)
    doc: str  # the document id: path relative to the input root


def format_of(path: str, forced: str | None = None) -> str:
    if forced:
        return forced
    return FORMATS.get(Path(path).suffix.lower(), "text")


def discover(paths: list[str], errors: list[InputError], forced_format: str | None = None) -> list[InputFile]:
    """Input files in a deterministic order; missing paths become errors."""
    out: list[InputFile] = []
    for given in paths:
        if given == "-":
            out.append(InputFile("-", "-"))
            continue
        p = Path(given)
        if p.is_dir():
            found = []
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if name.startswith("."):
                        continue
                    full = Path(dirpath) / name
                    if forced_format or full.suffix.lower() in FORMATS:
                        found.append(full)
            for full in sorted(found):
                out.append(InputFile(str(full), full.relative_to(p).as_posix()))
        elif p.is_file():
            out.append(InputFile(str(p), p.name))
        elif p.exists():
            errors.append(InputError(given, "not a regular file or directory"))
        else:
            errors.append(InputError(given, "no such file or directory"))
    return out


def read_file(item: InputFile, options: ReadOptions, errors: list[InputError]) -> list[Document]:
    """The Documents of one input file (raises InputError when the file cannot be read)."""
    fmt = format_of(item.path if item.path != "-" else "", options.format)
    try:
        if item.path == "-":
            fh: BinaryIO = io.BytesIO(sys.stdin.buffer.read())
            return _read(fh, fmt, item, options, errors)
        with open(item.path, "rb") as fh:
            return _read(fh, fmt, item, options, errors)
    except OSError as e:
        raise InputError(item.path, e.strerror or str(e)) from None


def _read(fh: BinaryIO, fmt: str, item: InputFile, options: ReadOptions, errors: list[InputError]) -> list[Document]:
    if fmt == "text":
        from audit.corpus.plaintext import read_plaintext

        return read_plaintext(fh, item.doc, item.path, options.max_line)
    if fmt == "jsonl":
        from audit.corpus.jsonl import read_jsonl

        return read_jsonl(fh, item.doc, item.path, options.max_line, options.fields, errors)
    if fmt in ("tsv", "csv"):
        from audit.corpus.table import read_table

        delimiter = "\t" if fmt == "tsv" else ","
        return read_table(fh, item.doc, item.path, options.max_line, options.fields, errors, delimiter)
    if fmt == "xliff":
        from audit.corpus.xliff import read_xliff

        return read_xliff(fh, item.doc, item.path, errors)
    if fmt == "html":
        from audit.corpus.html import read_html

        return read_html(fh, item.doc, item.path, options.max_line)
    raise InputError(item.path, f"unknown format {fmt!r} (use text, jsonl, tsv, csv, xliff or html)")


__all__ = ["Document", "FieldNames", "InputError", "InputFile", "ReadOptions", "discover", "format_of", "read_file"]
