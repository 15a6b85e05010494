"""The sentence-end scan opens on a class and finds what the repeated alternation it replaces found."""

from __future__ import annotations

import random
import re
from pathlib import Path

from audit.corpus.segment import _END

ROOT = Path(__file__).resolve().parents[2]
_PLAIN = re.compile(r"(?:\.{2,}|…|[.!?])+[\"'”’»)\]]*(?=\s|$)")  # the form before


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_random_texts_of_stops_closers_and_spaces() -> None:
    rng = random.Random(19)
    alphabet = ".!?…\"'”’»)] \t\nab.."
    for _ in range(100_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _spans(_END, text) == _spans(_PLAIN, text), text


def test_lines_of_the_test_pages() -> None:
    files = sorted((ROOT / "tests" / "data").rglob("*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
    lines = [ln for f in files for ln in f.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    found = 0
    for line in lines:
        spans = _spans(_END, line)
        assert spans == _spans(_PLAIN, line), line
        found += len(spans)
    assert found > 1000
