"""F102's scan for a space moved before a comma ('Hà Nội ,hôm qua') opens on the space, with the letter before it a
lookbehind after the mark, so that re skips to the spaces: the same matches and spans as the plain form (a lookbehind
first) on random text of letters, digits, spaces, commas and semicolons, and on every line of the test corpus (words
and places of no rule's set)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from audit.rules.punctuation import _SPACE_MOVED

ROOT = Path(__file__).resolve().parents[2]
PLAIN = re.compile(r"(?<=[^\W\d_]) ([,;])(?=[^\W\d_])")
PIECES = ["a", "ư", "Đ", " ", " ", ",", ";", "1", "_", ".", "\n", "ß", "中", "-"]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(1)) for m in pattern.finditer(text)]


def test_random_texts_give_the_plain_matches() -> None:
    rng = random.Random(27)
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(24)))
        assert _spans(_SPACE_MOVED, text) == _spans(PLAIN, text), text


def test_corpus_lines_give_the_plain_matches() -> None:
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            assert _spans(_SPACE_MOVED, line) == _spans(PLAIN, line)
    assert _spans(_SPACE_MOVED, "Quy Nhơn ,chiều; Huế ;sáng 3 ,4") == [((8, 10), ","), ((20, 22), ";")]
