"""A101, A102: each number of the source the target lacks, paired with the target number that stands in its
place (memoised per document on the DocContext).
"""

from __future__ import annotations

from audit.lang.distance import edit_distance
from audit.lang.number_match import match_numbers, none_missing
from audit.lang.quantities import Number
from audit.model import Segment
from audit.rules.base import DocContext


def _unmatched(seg: Segment) -> tuple[list[Number], list[Number]]:
    """The source's numbers the target does not have (nor spells out), and the target's numbers the
    source does not have, each in order (:func:`match_numbers`)."""
    match = match_numbers(seg.source or "", seg.text)
    return match.missing, match.extra


def _digits(n: Number) -> str:
    return "".join(ch for ch in n.text if ch.isdigit()).lstrip("0") or "0"


def _stand_in(missing: Number, extra: list[Number]) -> Number | None:
    """The target number most likely written in place of ``missing``: the same digits in another order
    (146 → 164), or two digits off (491 → 441), or the same order of magnitude — else None (a number
    the translation merely adds, such as a month, is no replacement)."""
    best, best_key = None, None
    a = _digits(missing)
    for t in extra:
        b = _digits(t)
        dist = edit_distance(a, b, 2, transpositions=True)
        ratios = [max(x, y) / min(x, y) for x in missing.scaled for y in t.scaled if x > 0 and y > 0]
        close = min(ratios, default=float("inf")) <= 10
        if sorted(a) != sorted(b) and dist > 2 and not close:
            continue
        key = (sorted(a) != sorted(b), dist, not close)
        if best_key is None or key < best_key:
            best, best_key = t, key
    return best


def _pairs(seg: Segment, ctx: DocContext) -> list[tuple[Number, Number | None]]:
    """Each number of the source missing from the target, with the target number that stands in its place
    (:func:`_stand_in`), or None when no target number plausibly does."""

    def compute(_: object) -> dict[int, list[tuple[Number, Number | None]]]:
        out = {}
        for s in ctx.doc.segments:
            if s.source and not s.boilerplate:
                if none_missing(s.source, s.text):  # (the common case: no target number to look at)
                    out[s.index] = []
                    continue
                missing, extra = _unmatched(s)
                pairs = []
                for m in missing:
                    t = _stand_in(m, extra)
                    if t is not None:
                        extra.remove(t)
                    pairs.append((m, t))
                out[s.index] = pairs
        return out

    return ctx.memo("source.numbers", compute).get(seg.index, [])
