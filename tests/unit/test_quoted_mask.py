"""The L rules' mask of what lies inside brackets and quotes is made from one scan for the brackets and quotes, the
characters between two of them taking what is open: the same mask as the plain walk of every character, on random
text of every opening and closing mark, letters and spaces, and on every line of the test corpus (sentences and
quotations of no rule's set)."""

from __future__ import annotations

import random
from pathlib import Path

from audit.rules.language.shared import _OPEN, _quoted_mask

ROOT = Path(__file__).resolve().parents[2]
PIECES = [*_OPEN, *_OPEN.values(), "a", "ư", " ", "-", "--x", "www.a.vn", "x@y.vn", "'", "\n"]


def _plain(text: str) -> list[bool]:
    """The walk the mask was made by before (brackets and quotes only)."""
    mask = [False] * len(text)
    stack: list[str] = []
    for i, ch in enumerate(text):
        if stack and ch == stack[-1]:
            stack.pop()
            mask[i] = True
            continue
        if ch in _OPEN and not (ch == _OPEN[ch] and ch in stack):
            stack.append(_OPEN[ch])
        mask[i] = bool(stack)
    return mask


def _without_links(text: str) -> bool:
    return "--" not in text and not any(mark in text for mark in ("://", "www.", "@"))


def test_random_texts_give_the_plain_mask() -> None:
    rng = random.Random(27)
    checked = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(20)))
        if _without_links(text):
            checked += 1
            assert _quoted_mask(text) == _plain(text), text
    assert checked > 5000


def test_corpus_lines_give_the_plain_mask() -> None:
    lines = [line for path in sorted((ROOT / "corpus").rglob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    quoted = [line for line in lines if _without_links(line) and any(ch in line for ch in _OPEN)]
    assert quoted
    for line in lines:
        if _without_links(line):
            assert _quoted_mask(line) == _plain(line)
