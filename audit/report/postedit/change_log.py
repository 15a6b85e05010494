"""changes.jsonl's records (before, after, hand edit or not, TER) and the HTER of the post-edit."""

from __future__ import annotations

from typing import Any

from audit.report.decisions import Decisions
from audit.report.load import RunData
from audit.report.postedit.common import ApplyResult
from audit.report.postedit.copies import Copy


def _hter(hyps: list[str], refs: list[str]) -> float | None:
    if not hyps:
        return None
    from sacrebleu.metrics import TER

    return round(TER().corpus_score(hyps, [refs]).score, 2)


def change_log(
    run: RunData,
    decisions: Decisions,
    copies: list[Copy],
    result: ApplyResult,
    fixed: list[dict[str, Any]] | tuple[()] = (),
) -> list[dict[str, Any]]:
    """changes.jsonl's records (a hand-edited segment's ``fixed_by_edit``: the fingerprints of the findings of
    ``fixed`` in it, left open in the review, which its edit took out); sets the HTER figures of ``result``."""
    fixed_here: dict[tuple[str, int], list[str]] = {}
    for f in fixed:
        fixed_here.setdefault((f["doc"], f["segment"]), []).append(f["fingerprint"])
    changes = []
    hyps: list[str] = []
    refs: list[str] = []
    changed_hyps: list[str] = []
    changed_refs: list[str] = []
    for copy in copies:
        doc, edits = copy.doc, copy.edits
        edited = {e["segment"]: e["text"] for e in edits}
        for seg in run.segments[doc]:
            if seg.get("boilerplate"):
                continue
            after = edited.get(seg["segment"], seg["text"])
            hyps.append(seg["text"])
            refs.append(after)
            if seg["segment"] in edited:
                changed_hyps.append(seg["text"])
                changed_refs.append(after)
        for e in sorted(edits, key=lambda e: e["segment"]):
            accepted = [f["fingerprint"] for f in decisions.accepted(doc, e["segment"]) if not f.get("fixed_by_edit")]
            rec = {
                "doc": doc,
                "segment": e["segment"],
                "line": e["line"],
                "column": e["column"],
                "before": e["original"],
                "after": e["text"],
                "manual": bool(e.get("manual")),
                "accepted": accepted,
                "ter": _hter([e["original"]], [e["text"]]),
            }
            fixed = fixed_here.get((doc, e["segment"]))
            if fixed:
                rec["fixed_by_edit"] = fixed
            if e.get("record") is not None:
                rec["record"] = e["record"]
            changes.append(rec)
    result.changed_segments = len(changes)
    result.hter = _hter(hyps, refs)
    result.hter_changed = _hter(changed_hyps, changed_refs)
    return changes
