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

Boilerplate segments carry no risk. A document's risk is the word-weighted mean of its
segments' risks blended with its worst segment: ``0.5 * mean + 0.5 * max``. Ranks are 1 for
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
    "document_risk": "0.5 * word-weighted mean segment risk + 0.5 * max segment risk",
    "mqm_score": "100 - 100 * penalty / words, floored at 0 (penalty per 100 words, as MQM reports it)",
    "document_scores": "word-weighted mean of each segment score over content segments",
    "ties": "equal risk: the higher penalty per word, then the earlier document, then the earlier segment, ranks first",
    "weights": {"K": K, "rules": W_RULES, "qe": W_QE},
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
    rule_risk = 1.0 - math.exp(-K * penalty_value / max(1, words)) if penalty_value else 0.0
    if not qualities:
        return round(rule_risk, 6)
    if len(qualities) == 1:  # one backend (the common case): the sum of one gap is the gap
        qe_risk = 1.0 - min(1.0, max(0.0, qualities[0]))
    else:
        qe_risk = sum([1.0 - min(1.0, max(0.0, q)) for q in qualities]) / len(qualities)
    risk = W_RULES * rule_risk + W_QE * qe_risk
    return round(risk, 6) if risk else risk  # 0.0 (no finding, a perfect score) is what round() would give


class DocumentRisk:
    """Accumulates a document's segment risks (a document may arrive in parts)."""

    __slots__ = ("max_risk", "weighted", "words")

    def __init__(self) -> None:
        self.weighted = 0.0
        self.words = 0
        self.max_risk = 0.0

    def add(self, risk: float, words: int) -> None:
        self.weighted += risk * words
        self.words += words
        self.max_risk = max(self.max_risk, risk)

    def merge(self, other: DocumentRisk) -> None:
        """Add the segments another accumulator has seen (a later part of the same document)."""
        self.weighted += other.weighted
        self.words += other.words
        self.max_risk = max(self.max_risk, other.max_risk)

    @property
    def value(self) -> float:
        if not self.words:
            return 0.0
        return round(0.5 * self.weighted / self.words + 0.5 * self.max_risk, 6)


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


def document_risk(risks_and_words: Sequence[tuple[float, int]]) -> float:
    acc = DocumentRisk()
    for r, w in risks_and_words:
        acc.add(r, w)
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
