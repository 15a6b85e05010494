"""L101 and L102 read whether a quotation opened in an earlier sentence of the paragraph is still open from the quote
marks of those sentences alone (one scan each), not from every character: the same answer as the plain walk on
paragraphs glued at random from quote marks, other marks, letters and spaces (sentences of no rule's set)."""

from __future__ import annotations

import random

from audit.lang.quotes import CLOSING as _CLOSING
from audit.lang.quotes import quote_carried as _quote_carried
from audit.model import Segment

PIECES = ["“", "”", '"', "‘", "’", "«", "»", "a", "ư", " ", ".", "Bà Lan nói"]


def _plain(seg: Segment, segments: list[Segment]) -> int:
    k = seg.index
    while k and segments[k - 1].paragraph == seg.paragraph:
        k -= 1
    if k == seg.index:
        return 0
    closing = ""
    for earlier in segments[k : seg.index]:
        for ch in earlier.text:
            if closing and ch == closing:
                closing = ""
            elif not closing and ch in _CLOSING:
                closing = _CLOSING[ch]
    if not closing:
        return 0
    end = seg.text.find(closing)
    return len(seg.text) if end < 0 else end + 1


def test_random_paragraphs_give_the_plain_answer() -> None:
    rng = random.Random(102)
    carried = 0
    for _ in range(3000):
        texts = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(12))) for _ in range(rng.randrange(1, 5))]
        segments = [Segment(index=i, text=t, line=i, column=1, paragraph=min(i, 1)) for i, t in enumerate(texts)]
        for seg in segments:
            answer = _quote_carried(seg, segments)
            carried += answer > 0
            assert answer == _plain(seg, segments), texts
    assert carried > 100
