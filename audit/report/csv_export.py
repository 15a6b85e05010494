"""CSV export for spreadsheets: one row per finding, UTF-8 with a byte-order mark (Excel opens it right).

Rows come document by document in the order of their risk rank, as the terminal and the review page list
them (the riskiest first, not the inputs' alphabetical order), each document's in the order of its text.

Cells that a spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``, ``@``,
tab or carriage return) are prefixed with an apostrophe, so a hostile corpus line cannot run
a formula when the file is opened.

The last column, ``flags``, holds the segment's flags (a PO entry's ``fuzzy``, a CAT tool's
``origin:mt``, ``conf:Draft``, ``percent:85``, ``status:…``, ``locked``) joined by ``"; "``, empty
when it has none: a spreadsheet filter "contains origin:mt" or "contains fuzzy" picks those segments.
After it, for a record with XLIFF inline codes (which ``segment_text`` and ``source`` leave out: 'kích cỡhoặc'),
``segment_with_codes`` and ``source_with_codes`` show the text with its codes written in where the file has them
('kích cỡ<x id="1"/>hoặc', ``<g id="2">…</g>``); empty for a record without codes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from audit.report.load import RunData, alternatives
from audit.rules.code_fixes import as_target

COLUMNS = (
    "doc",
    "record",
    "segment",
    "line",
    "column",
    "severity",
    "rule",
    "category",
    "text",
    "message",
    "suggestion",
    "alternatives",
    "confidence",
    "segment_text",
    "source",
    "reference",
    "segment_risk",
    "fingerprint",
    "flags",
    "segment_with_codes",
    "source_with_codes",
)
FLAG_SEPARATOR = "; "  # as in "alternatives"; a flag may hold a space (an SDLXLIFF origin-system)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA_START) else text


def findings_in_rank_order(run: RunData) -> Iterator[dict[str, Any]]:
    """The run's findings, the highest-risk document's first, each document's in text order (read a document at a
    time); those of a document documents.jsonl does not list come last, in file order."""
    ranked = [d["doc"] for d in run.ranked_documents()]
    for doc in ranked:
        yield from run.findings.of_document(doc)
    listed = set(ranked)
    for doc in run.findings.documents():
        if doc not in listed:
            yield from run.findings.of_document(doc)


def render_csv(run: RunData) -> str:
    """The whole findings.csv for ``run``."""
    return "".join(csv_pieces(run))


def csv_pieces(run: RunData, rows_a_piece: int = 2000) -> Iterator[str]:
    """:func:`render_csv`'s text in pieces of ``rows_a_piece`` rows: a large run's export is written as it is made,
    never held whole in memory."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for n, f in enumerate(findings_in_rank_order(run), start=1):
        seg = run.segment(f["doc"], f["segment"])
        row = {
            **f,
            "alternatives": "; ".join(alternatives(f)) or None,
            "segment_text": seg["text"],
            "source": seg.get("source"),
            "reference": seg.get("reference"),
            "segment_risk": seg.get("risk"),
            "flags": FLAG_SEPARATOR.join(seg.get("flags") or ()) or None,
            "segment_with_codes": shown_with_codes(seg["text"], (seg.get("codes") or {}).get("target")),
            "source_with_codes": shown_with_codes(seg.get("source") or "", (seg.get("codes") or {}).get("source")),
        }
        w.writerow([_cell(row.get(c)) for c in COLUMNS])
        if n % rows_a_piece == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def shown_with_codes(text: str, codes: list[dict[str, Any]] | None) -> str | None:
    """``text`` with its inline ``codes`` (``segments.jsonl``'s) written in as the file writes them, unescaped
    (None without codes; the text alone if they cannot be placed)."""
    if not codes:
        return None
    placed = tuple((c["kind"], c["id"], c["role"], c["start"], c["end"]) for c in codes)
    keys = {(c["kind"], c["id"]): k for k, c in enumerate(codes) if c["role"] == "element"}
    parents = [keys.get(tuple(c["parent"]), -1) if c.get("parent") else -1 for c in codes]
    try:
        return as_target(text, placed, parents, xml=False)
    except IndexError:
        return text
