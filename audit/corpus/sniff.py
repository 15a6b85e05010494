"""What a file looks like from its first line(s), for the error when it cannot be read as the
format its extension or ``--format`` chose (a JSONL file forced through the CSV reader, say)."""

from __future__ import annotations

import json
import re

from audit.corpus.records import FieldNames

_PO = re.compile(r'^(?:msgctxt|msgid)\s+"', re.MULTILINE)
_SRT = re.compile(r"^\s*\d+\s*\n\s*\d{1,3}:\d{2}:\d{2}[,.]\d{3}\s*-->", re.MULTILINE)


def looks_like(head: str, fields: FieldNames | None = None) -> str | None:
    """The format ``head`` (a file's first line or first few KB) looks like, or None.

    One of ``JSON lines``, ``XLIFF``, ``HTML``, ``XML``, ``WebVTT``, ``PO``, ``SubRip``, ``TSV``,
    ``CSV``: each from a cheap signature (a JSON object, the root element, the ``WEBVTT`` line, a
    ``msgid`` line, a cue number over a timing line, a header row naming a target column).
    """
    text = head.lstrip("\ufeff \t\r\n")
    first = text.split("\n", 1)[0].strip()
    if first.startswith("{"):
        try:
            if isinstance(json.loads(first), dict):
                return "JSON lines"
        except ValueError:
            pass
    low = text[:4096].lower()
    if low.startswith("<"):
        if "<xliff" in low:
            return "XLIFF"
        if low.startswith(("<!doctype html", "<html")) or "<html" in low:
            return "HTML"
        return "XML"
    if re.match(r"WEBVTT(?:[ \t\r\n]|$)", text):
        return "WebVTT"
    if _PO.search(text[:4096]):
        return "PO"
    if _SRT.search(text[:4096].replace("\r\n", "\n")):
        return "SubRip"
    names = fields or FieldNames()
    for sep, fmt in (("\t", "TSV"), (",", "CSV")):
        cells = [c.strip().strip('"').lower() for c in first.split(sep)]
        if len(cells) > 1 and names.pick("target", cells) is not None:
            return fmt
    return None


FORMAT_NAMES = {"jsonl": "JSON lines", "xliff": "XLIFF", "html": "HTML", "tsv": "TSV", "csv": "CSV", "text": "text"}
FORMAT_NAMES |= {"po": "PO", "srt": "SubRip", "vtt": "WebVTT", "markdown": "Markdown"}


def looks_like_note(head: str, reading_as: str, fields: FieldNames | None = None) -> str:
    """``; the file looks like X, not Y`` when ``head`` looks like another format than the reader's, else ``''``."""
    fmt = looks_like(head, fields)
    if fmt is None or fmt == FORMAT_NAMES[reading_as] or (fmt == "XML" and reading_as in ("xliff", "html")):
        return ""
    return f"; the file looks like {fmt}, not {FORMAT_NAMES[reading_as]}"
