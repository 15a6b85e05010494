"""sacrebleu metrics against references or post-edits: sentence and corpus chrF, BLEU and TER.

``--qe sacrebleu`` scores every segment that has a reference with sentence-level chrF, BLEU
(``effective_order``, as sacrebleu recommends for sentences) and TER; ``--qe sacrebleu:postedit``
says the references are post-edits of this MT, so TER is reported as HTER (``hter``).
Segments without a reference get no scores. The corpus-level scores, computed over all scored
segments in input order with sacrebleu's default settings (the same as the ``sacrebleu``
command line), and their signatures go to ``summary.json`` through :meth:`corpus`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from audit.qe.base import QEBackend, QEItem


class SacrebleuBackend(QEBackend):
    name: ClassVar[str] = "sacrebleu"
    in_worker: ClassVar[bool] = False  # corpus scores need every segment in one process

    def __init__(self, postedit: bool = False) -> None:
        from sacrebleu.metrics import BLEU, CHRF, TER

        self.ter_name = "hter" if postedit else "ter"
        self._bleu, self._chrf, self._ter = BLEU(), CHRF(), TER()
        self._sent_bleu = BLEU(effective_order=True)
        self.hyps: list[str] = []
        self.refs: list[str] = []
        self._corpus: dict[str, Any] | None = None

    def score(self, items: list[QEItem]) -> list[dict[str, float]]:
        out: list[dict[str, float]] = []
        for it in items:
            if it.reference is None:
                out.append({})
                continue
            refs = [it.reference]
            self._corpus = None
            self.hyps.append(it.text)
            self.refs.append(it.reference)
            out.append(
                {
                    "chrf": round(self._chrf.sentence_score(it.text, refs).score, 2),
                    "bleu": round(self._sent_bleu.sentence_score(it.text, refs).score, 2),
                    self.ter_name: round(self._ter.sentence_score(it.text, refs).score, 2),
                }
            )
        return out

    def to_quality(self, name: str, value: float) -> float | None:
        if name in ("chrf", "bleu"):
            return min(1.0, max(0.0, value / 100.0))
        if name == self.ter_name:
            return max(0.0, 1.0 - value / 100.0)
        return None

    def corpus(self) -> dict[str, Any]:
        """Corpus chrF, BLEU and TER over every segment scored so far, with signatures."""
        if not self.hyps:
            return {}
        if self._corpus is None:
            refs = [self.refs]
            out: dict[str, Any] = {"segments": len(self.hyps)}
            for key, metric in (("chrf", self._chrf), ("bleu", self._bleu), (self.ter_name, self._ter)):
                result = metric.corpus_score(self.hyps, refs)
                out[key] = {
                    "score": round(result.score, 4),
                    "text": str(result),
                    "signature": str(metric.get_signature()),
                }
            self._corpus = out
        return self._corpus

    def describe(self) -> dict[str, Any]:
        import sacrebleu

        corpus = self.corpus()
        return {
            "name": self.name,
            "version": sacrebleu.__version__,
            "references": "post-edits (TER reported as HTER)" if self.ter_name == "hter" else "references",
            "sentence_bleu": "effective_order=True",
            "signatures": {k: corpus[k]["signature"] for k in ("chrf", "bleu", self.ter_name) if k in corpus},
        }
