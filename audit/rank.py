"""MQM-style penalties and the risk that ranks segments and documents.

Penalty of a finding: minor 1, major 5, critical 10 (minor punctuation 0.1), as in MQM.
A segment's penalty per word is the sum over its findings divided by its word count.
A document's MQM score is ``100 - 100 * penalty / words`` (penalty per 100 words), floored at 0.

Risk in [0, 1] (1 = needs a human most)::

    rule_risk = 1 - exp(-K * penalty_per_word)          K = 10
    qe_risk   = mean over available QE qualities q of (1 - q)
    risk      = W_RULES * rule_risk + W_QE * qe_risk    when QE scores exist
              = rule_risk                               otherwise

Boilerplate segments carry no risk. A document's risk is the word-weighted mean of its
segments' risks blended with its worst segment: ``0.5 * mean + 0.5 * max``. Ranks are 1 for
the highest risk, ties broken by input order (document order, then segment index).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from audit.model import Finding, Severity

PENALTY = {Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 10.0}
MINOR_PUNCTUATION = 0.1
K = 10.0
W_RULES = 0.6
W_QE = 0.4
FORMULA = {
    "penalty": "minor 1 (minor fluency/punctuation 0.1), major 5, critical 10; per word",
    "rule_risk": "1 - exp(-10 * penalty_per_word)",
    "qe_risk": "mean over QE backends of (1 - quality), quality in [0, 1], 1 = good",
    "segment_risk": "0.6 * rule_risk + 0.4 * qe_risk (rule_risk alone without QE); boilerplate 0",
    "document_risk": "0.5 * word-weighted mean segment risk + 0.5 * max segment risk",
    "mqm_score": "100 - 100 * penalty / words, floored at 0",
    "weights": {"K": K, "rules": W_RULES, "qe": W_QE},
}


def penalty(findings: Iterable[Finding]) -> float:
    total = 0.0
    for f in findings:
        if f.severity is Severity.MINOR and f.category == "fluency/punctuation":
            total += MINOR_PUNCTUATION
        else:
            total += PENALTY[f.severity]
    return total


def segment_risk(penalty_value: float, words: int, qualities: Sequence[float]) -> float:
    rule_risk = 1.0 - math.exp(-K * penalty_value / max(1, words))
    if not qualities:
        return round(rule_risk, 6)
    qe_risk = sum(1.0 - min(1.0, max(0.0, q)) for q in qualities) / len(qualities)
    return round(W_RULES * rule_risk + W_QE * qe_risk, 6)


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

    @property
    def value(self) -> float:
        if not self.words:
            return 0.0
        return round(0.5 * self.weighted / self.words + 0.5 * self.max_risk, 6)


def document_risk(risks_and_words: Sequence[tuple[float, int]]) -> float:
    acc = DocumentRisk()
    for r, w in risks_and_words:
        acc.add(r, w)
    return acc.value


def mqm_score(penalty_value: float, words: int) -> float:
    return round(max(0.0, 100.0 - 100.0 * penalty_value / max(1, words)), 2)


def ranks(keys: Sequence[float]) -> list[int]:
    """1-based ranks by descending risk, ties by position (stable)."""
    order = sorted(range(len(keys)), key=lambda i: (-keys[i], i))
    out = [0] * len(keys)
    for r, i in enumerate(order, start=1):
        out[i] = r
    return out
