"""Long documents that are batches of sentences: a sacrebleu-style table of thousands of unrelated sentences is read
as one document (audited in chunks of 5,000 rows), so what a document-level rule takes from the whole document (its
date, its topic countries) is taken, for a row of such a batch, from the segments near it."""

from __future__ import annotations

from audit.model import Segment
from audit.rules.base import DocContext

# A document of more segments than this is no article but a batch of sentences: a date, a year or a country written
# in one of its rows says nothing of a row far from it, so a row is read with the segments within NEAR_SEGMENTS of
# it (NTREX-128's articles run 10 to 40 sentences; the longest news article of the bundled corpus has 41)
LONG_DOCUMENT = 300
NEAR_SEGMENTS = 25


def near_segments(ctx: DocContext, seg: Segment) -> list[Segment] | None:
    """In a long document (:data:`LONG_DOCUMENT`), the content segments within NEAR_SEGMENTS of ``seg``; None in a
    document of an article's length, which is read as a whole."""
    segments = ctx.doc.segments
    if len(segments) <= LONG_DOCUMENT:
        return None
    near = segments[max(0, seg.index - NEAR_SEGMENTS) : seg.index + NEAR_SEGMENTS + 1]
    return [s for s in near if not s.boilerplate]
