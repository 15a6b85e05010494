"""changes.jsonl's records (before, after, hand edit or not, TER) and the HTER of the post-edit."""

from __future__ import annotations

from typing import Any

from audit.report.decisions import Decisions
from audit.report.load import RunData
from audit.report.postedit.common import ApplyResult
from audit.report.postedit.copies import Copy


class _Edits:
    """sacrebleu's TER statistics of (MT, post-edit) pairs, each pair's computed once (a changed segment's TER is
    its record's, and counts in the changed segments' HTER and its documents'); the HTER of a list of pairs is
    what ``TER().corpus_score`` gives for them: their edits over their reference words, summed in order."""

    def __init__(self) -> None:
        from sacrebleu.metrics import TER

        self._ter = TER()
        self._stats: dict[tuple[str, str], tuple[int, float]] = {}

    def stats(self, hyp: str, ref: str) -> tuple[int, float]:
        found = self._stats.get((hyp, ref))
        if found is None:
            score = self._ter.sentence_score(hyp, [ref])
            found = self._stats[(hyp, ref)] = (score.num_edits, score.ref_length)
        return found

    def hter(self, pairs: list[tuple[str, str]]) -> float | None:
        """The TER (%) of ``pairs`` as one corpus, rounded to 2 places; None for none."""
        if not pairs:
            return None
        edits, length = 0, 0
        for hyp, ref in pairs:
            e, n = self.stats(hyp, ref)
            edits += e
            length += n
        rate = edits / length if length > 0 else 1.0 if edits > 0 else 0.0  # sacrebleu's cases
        return round(100 * rate, 2)


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
    ter = _Edits()
    pairs: list[tuple[str, str]] = []
    changed: list[tuple[str, str]] = []
    for copy in copies:
        doc, edits = copy.doc, copy.edits
        edited = {e["segment"]: e["text"] for e in edits}
        for seg in run.segments[doc]:
            if seg.get("boilerplate"):
                continue
            after = edited.get(seg["segment"], seg["text"])
            pairs.append((seg["text"], after))
            if seg["segment"] in edited:
                changed.append((seg["text"], after))
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
                "ter": ter.hter([(e["original"], e["text"])]),
            }
            fixed = fixed_here.get((doc, e["segment"]))
            if fixed:
                rec["fixed_by_edit"] = fixed
            if e.get("record") is not None:
                rec["record"] = e["record"]
            changes.append(rec)
    result.changed_segments = len(changes)
    result.hter = ter.hter(pairs)
    result.hter_changed = ter.hter(changed)
    return changes
