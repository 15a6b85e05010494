"""glossed_in_document looks up where the pinyin and a candidate stand from one list of starts per string (memoised
per document) instead of a str.find loop per candidate; _starts gives the same starts as those loops."""

from __future__ import annotations

import random

from audit.model import Document, Segment
from audit.rules.base import DocContext
from audit.rules.names.analyses import _starts


def _ctx(text: str) -> DocContext:
    return DocContext(Document("d.txt", [Segment(0, text, 1, 1)]))


def _find_loop(text: str, needle: str, step_whole: bool) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + len(needle) if step_whole else i + 1)
    return out


def test_starts_are_those_of_a_find_loop() -> None:
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("aab Li (tức") for _ in range(rng.randrange(0, 60)))
        ctx = _ctx(text)
        for needle in ("a", "aa", "Li", "Li Li", "(tức", "b a"):
            assert _starts(ctx, needle) == _find_loop(text, needle, False)
            assert _starts(ctx, needle, overlapping=False) == _find_loop(text, needle, True)
