"""CSV export for spreadsheets: one row per finding, UTF-8 with a byte-order mark (Excel opens it right).

Cells that a spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``, ``@``,
tab or carriage return) are prefixed with an apostrophe, so a hostile corpus line cannot run
a formula when the file is opened.

The last column, ``flags``, holds the segment's flags (a PO entry's ``fuzzy``, a CAT tool's
``origin:mt``, ``conf:Draft``, ``percent:85``, ``status:…``, ``locked``) joined by ``"; "``, empty
when it has none: a spreadsheet filter "contains origin:mt" or "contains fuzzy" picks those segments.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from audit.report.load import RunData, alternatives

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
)
FLAG_SEPARATOR = "; "  # as in "alternatives"; a flag may hold a space (an SDLXLIFF origin-system)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA_START) else text


def render_csv(run: RunData) -> str:
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for f in run.findings:
        seg = run.segment(f["doc"], f["segment"])
        row = {
            **f,
            "alternatives": "; ".join(alternatives(f)) or None,
            "segment_text": seg["text"],
            "source": seg.get("source"),
            "reference": seg.get("reference"),
            "segment_risk": seg.get("risk"),
            "flags": FLAG_SEPARATOR.join(seg.get("flags") or ()) or None,
        }
        w.writerow([_cell(row.get(c)) for c in COLUMNS])
    return buf.getvalue()
