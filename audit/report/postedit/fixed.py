"""Findings a hand edit fixed: left undecided in the review, their span no longer in the edited segment.

The review page shows such a finding as 'fixed by hand edit' and exports it as accepted with ``"manual": true,
"fixed_by_edit": true``; ``audit apply`` counts the same findings for a decisions file that does not list them
(an older page, a file written by hand), by the page's test: a span that is not empty and not in the hand edit (in
NFC). An empty span (an insertion point) or one still in the edit cannot tell, and stays open.
"""

from __future__ import annotations

from typing import Any

from audit.report.decisions import Decisions
from audit.report.load import RunData
from audit.report.postedit.common import nfc


def fixed_by_edit(run: RunData, decisions: Decisions) -> list[dict[str, Any]]:
    """The findings the decisions' hand edits fixed, in the order of the hand-edited segments: those the file
    marks ``fixed_by_edit``, and the run's undecided findings of a hand-edited segment whose span is gone."""
    marked = [f for f in decisions.findings if f.get("fixed_by_edit") and f["decision"] == "accepted"]
    decided = {(f["doc"], f["segment"], f["fingerprint"]) for f in (*decisions.findings, *decisions.confirmed)}
    out = list(marked)
    for seg in decisions.segments:
        if not seg.get("manual"):
            continue
        doc, index, text = seg["doc"], seg["segment"], nfc(seg["text"])
        for f in run.by_segment.get((doc, index), ()):
            if (doc, index, f["fingerprint"]) not in decided and f["text"] and f["text"] not in text:
                out.append(f)
    return out
