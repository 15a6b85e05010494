"""MQM-style penalties and the risk that ranks segments and documents.

Penalty of a finding: minor 1, major 5, critical 10 (minor punctuation 0.1), as in MQM.
A segment's penalty per word is the sum over its findings divided by its word count.
A document's MQM score is ``100 - 100 * penalty / words`` (penalty per 100 words), floored at 0.

Risk in [0, 1] (1 = needs a human most)::

    rule_risk = 1 - exp(-K * penalty_per_word)          K = 10
    quality_b = mean of backend b's scores mapped to [0, 1], 1 = good (QEBackend.to_quality:
                builtin as is, chrF/BLEU / 100, 1 - TER/100 clipped, COMET clipped to [0, 1])
    qe_risk   = mean over backends b of (1 - quality_b)
    risk      = W_RULES * rule_risk + W_QE * qe_risk    when QE scores exist
              = rule_risk                               otherwise

Each backend counts once however many scores it reports (sacrebleu's chrF, BLEU and TER
are averaged into one quality first).

Boilerplate segments carry no risk. A document's risk blends its worst segment with the segment
formula applied to the whole document (its content words, its penalty, the word-weighted mean of its
segments' qe_risk)::

    document_risk = 0.5 * max segment risk
                  + 0.5 * (W_RULES * (1 - exp(-K_DOCUMENT * document_penalty / words)) + W_QE * mean qe_risk)

with K_DOCUMENT = 5, half of K: a document's penalty per word ranges wider than a short segment's (a
document at MQM 68 and one at MQM 12 both saturate near 1.0 with K = 10).

The second half grows with the number and severity of findings: seven critical findings in a hundred words
rank above five major ones in eighty, which a word-weighted mean of per-segment risks (each saturating at
1.0 with one finding) did not do. A document with no finding gets the mean qe_risk as before. Ranks are 1 for
the highest risk; equal risks are ranked by penalty per word (the risk is rounded to six places and reaches
1.0 for any short segment with a major or critical finding: two critical findings in six words rank above two
major ones in five), then by input order (document order, then segment index).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from audit.model import Finding, Severity

if TYPE_CHECKING:
    from audit.qe.base import QEBackend

PENALTY = {Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 10.0}
MINOR_PUNCTUATION = 0.1
K = 10.0
K_DOCUMENT = 5.0  # a document's penalty per word ranges wider than a short segment's: saturate later
W_RULES = 0.6
W_QE = 0.4
FORMULA = {
    "penalty": "minor 1 (minor fluency/punctuation 0.1), major 5, critical 10; per word",
    "rule_risk": "1 - exp(-10 * penalty_per_word)",
    "quality": "per backend: mean of its scores mapped to [0, 1] (1 = good) by QEBackend.to_quality",
    "quality_maps": {
        "builtin": "as is (already in [0, 1])",
        "chrf, bleu": "score / 100",
        "ter, hter": "max(0, 1 - score / 100)",
        "comet, comet_qe": "clipped to [0, 1]",
    },
    "qe_risk": "mean over QE backends of (1 - quality)",
    "segment_risk": "0.6 * rule_risk + 0.4 * qe_risk (rule_risk alone without QE); boilerplate 0",
    "document_risk": "0.5 * max segment risk + 0.5 * (0.6 * (1 - exp(-5 * document_penalty / words))"
    " + 0.4 * word-weighted mean qe_risk) (the rule share alone without QE)",
    "mqm_score": "100 - 100 * penalty / words, floored at 0 (penalty per 100 words, as MQM reports it)",
    "document_scores": "word-weighted mean of each segment score over content segments",
    "ties": "equal risk: the higher penalty per word, then the earlier document, then the earlier segment, ranks first",
    "weights": {"K": K, "K_document": K_DOCUMENT, "rules": W_RULES, "qe": W_QE},
}


def penalty(findings: Iterable[Finding]) -> float:
    total = 0.0
    minor = Severity.MINOR  # an enum member read from its class costs ~110 ns a time
    for f in findings:
        if f.severity is minor and f.category == "fluency/punctuation":
            total += MINOR_PUNCTUATION
        else:
            total += PENALTY[f.severity]
    return total


def backend_qualities(scores: dict[str, float], backends: Sequence[QEBackend]) -> list[float]:
    """One quality in [0, 1] per backend that scored the segment (mean of its mapped scores)."""
    out = []
    for b in backends:
        if b.quality_score is not None:  # one score is the quality as it is: the mean of one value is that value
            q = scores.get(b.quality_score)
            if q is not None:
                out.append(min(1.0, max(0.0, q)))
            continue
        to_quality = b.to_quality
        qs = []
        for name, value in scores.items():  # a loop, not a comprehension: this runs once per segment
            q = to_quality(name, value)
            if q is not None:
                qs.append(q)
        if qs:
            out.append(min(1.0, max(0.0, sum(qs) / len(qs))))
    return out


def segment_risk(penalty_value: float, words: int, qualities: Sequence[float]) -> float:
    """Risk of a content segment from its penalty and one quality per QE backend."""
    return risk_with_qe(penalty_value, words, qe_risk(qualities) if qualities else None)


def risk_with_qe(penalty_value: float, words: int, qe: float | None) -> float:
    """:func:`segment_risk` from the segment's :func:`qe_risk` (None: no backend scored it), when that is known."""
    rule_risk = 1.0 - math.exp(-K * penalty_value / max(1, words)) if penalty_value else 0.0
    if qe is None:
        return round(rule_risk, 6)
    risk = W_RULES * rule_risk + W_QE * qe
    return round(risk, 6) if risk else risk  # 0.0 (no finding, a perfect score) is what round() would give


def qe_risk(qualities: Sequence[float]) -> float:
    """Mean over backends of (1 - quality), qualities clipped to [0, 1] (``qualities`` not empty)."""
    if len(qualities) == 1:  # one backend (the common case): the sum of one gap is the gap
        return 1.0 - min(1.0, max(0.0, qualities[0]))
    return sum([1.0 - min(1.0, max(0.0, q)) for q in qualities]) / len(qualities)


class DocumentRisk:
    """Accumulates a document's content segments (a document may arrive in parts): see the module docstring."""

    __slots__ = ("max_risk", "penalty", "qe_weighted", "qe_words", "words")

    def __init__(self) -> None:
        self.words = 0
        self.max_risk = 0.0
        self.penalty = 0.0
        self.qe_weighted = 0.0  # sum of qe_risk * words over the segments QE scored
        self.qe_words = 0

    def add(self, risk: float, words: int, penalty_value: float = 0.0, qe: float | None = None) -> None:
        """One content segment: its risk, words, penalty and qe_risk (None: no backend scored it)."""
        self.words += words
        self.penalty += penalty_value
        if risk > self.max_risk:
            self.max_risk = risk
        if qe is not None:
            self.qe_weighted += qe * words
            self.qe_words += words

    def merge(self, other: DocumentRisk) -> None:
        """Add the segments another accumulator has seen (a later part of the same document)."""
        self.words += other.words
        self.penalty += other.penalty
        self.max_risk = max(self.max_risk, other.max_risk)
        self.qe_weighted += other.qe_weighted
        self.qe_words += other.qe_words

    @property
    def value(self) -> float:
        if not self.words:
            return 0.0
        body = 1.0 - math.exp(-K_DOCUMENT * self.penalty / self.words) if self.penalty else 0.0
        if self.qe_words:
            body = W_RULES * body + W_QE * self.qe_weighted / self.qe_words
        return round(0.5 * self.max_risk + 0.5 * body, 6)


def mean_scores(records: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Word-weighted mean of each score over content segment records (a document's scores)."""
    sums: dict[str, float] = {}
    weights: dict[str, float] = {}
    for rec in records:
        if rec.get("boilerplate"):
            continue
        w = max(1, rec.get("words", 1))
        for name, value in rec.get("scores", {}).items():
            if name in sums:
                sums[name] += w * value
                weights[name] += w
            else:  # the same sums as starting from 0.0
                sums[name] = 0.0 + w * value
                weights[name] = 0.0 + w
    return {name: round(sums[name] / weights[name], 4) for name in sorted(sums)}


def document_risk(segments: Sequence[tuple[float, int, float, float | None]]) -> float:
    """The risk of a document from its content segments' (risk, words, penalty, qe_risk or None)."""
    acc = DocumentRisk()
    for r, w, p, q in segments:
        acc.add(r, w, p, q)
    return acc.value


def mqm_score(penalty_value: float, words: int) -> float:
    return round(max(0.0, 100.0 - 100.0 * penalty_value / max(1, words)), 2)


def ranks(keys: Sequence[float | None], tiebreak: Sequence[float] | None = None) -> list[int | None]:
    """1-based ranks by descending risk, equal risks by descending ``tiebreak`` (penalty per word), then by
    position (stable); None (boilerplate) is not ranked."""
    # Two stable sorts, descending (reverse=True keeps stability): by the tie-break, then by the key, give the order
    # of one sort by (key, tie-break) without building a tuple per item; equal pairs keep input order.
    order = [i for i, k in enumerate(keys) if k is not None]
    if tiebreak is not None:
        order.sort(key=tiebreak.__getitem__, reverse=True)
    order.sort(key=keys.__getitem__, reverse=True)  # type: ignore[arg-type]
    out: list[int | None] = [None] * len(keys)
    for r, i in enumerate(order, start=1):
        out[i] = r
    return out
