"""The QE backend interface.

A backend scores a batch of :class:`QEItem` and returns, for each, a dict of named scores
(e.g. ``{"builtin": 0.91}`` or ``{"chrf": 54.2, "ter": 38.0}``); a segment it cannot score
(no reference, say) gets an empty dict. ``to_quality`` maps a raw score to a quality in
[0, 1] (1 = good, whichever way the raw score runs: TER falls as quality rises) so that the
scores of different backends combine into one risk (:mod:`audit.rank`).

``in_worker`` backends are cheap and run inside the per-document function (they see the
rule findings); others (COMET) run in the main process over batches of segments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from audit.model import Finding


@dataclass(slots=True)
class QEItem:
    """One content segment to score: MT text, source and reference when the input has them,
    its rule findings, its word count (at least 1) and the spans of its text not to be translated (an HTML
    page's code: no translation to judge, left out by the built-in backend)."""

    text: str
    source: str | None = None
    reference: str | None = None
    findings: list[Finding] = field(default_factory=list)
    words: int = 1
    protected: tuple[tuple[int, int], ...] = ()


def prose(text: str, protected: tuple[tuple[int, int], ...] | list[list[int]] = ()) -> str:
    """``text`` with each span not to be translated (``protected``) replaced by a space: what a translator wrote."""
    if not protected:
        return text
    out, at = [], 0
    for start, end in sorted(protected):
        out += [text[at:start], " "]
        at = max(at, end)
    return "".join([*out, text[at:]])


class QEBackend:
    """Base class of the QE backends; :mod:`audit.qe.registry` builds them from ``--qe`` specs."""

    name: ClassVar[str]
    in_worker: ClassVar[bool] = False
    # The one score that is the backend's quality as it is (to_quality gives it unchanged and None for every other
    # score), so that the risk need not ask to_quality about each score of each segment; None: to_quality decides.
    quality_score: ClassVar[str | None] = None

    def score(self, items: list[QEItem]) -> list[dict[str, float]]:
        """Named scores for each item, in order (an empty dict for an item it cannot score)."""
        raise NotImplementedError

    def to_quality(self, name: str, value: float) -> float | None:
        """A score mapped to [0, 1] quality (1 = good), or None to leave it out of risk."""
        return None

    def corpus(self) -> dict[str, Any]:
        """Corpus-level results and signatures, recorded in summary.json."""
        return {}

    def describe(self) -> dict[str, Any]:
        """Name, version and settings, recorded in summary.json."""
        return {"name": self.name}
