"""F102's scan for a space moved before a comma ('Hà Nội ,hôm qua') opens on the space, with the letter before it a
lookbehind after the mark, and F101's scan for doubled stops opens on its marks, each branch's mark read by a
lookbehind, so that re skips ahead: the same matches and spans as the plain forms (a lookbehind or a lookahead first)
on random text of letters, digits, spaces, stops, commas, ellipses and 'v.v', and on every line of the test corpus
(words and places of no rule's set)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from audit.rules.punctuation import _DOUBLED, _SPACE_MOVED

ROOT = Path(__file__).resolve().parents[2]
PLAIN = re.compile(r"(?<=[^\W\d_]) ([,;])(?=[^\W\d_])")
PLAIN_DOUBLED = re.compile(r"(?=[.,;:])(?:(?<![.…])(?<!\bv\.v)(?:\.\s?\.)(?![.…])|(?<!,),\s*,(?!,)|[;:]\s*\.(?![.…]))")
STOPS = ["a", "v", "v.v", ".", ".", ",", ",", ";", ":", "…", " ", "\t", "1", "\n"]
PIECES = ["a", "ư", "Đ", " ", " ", ",", ";", "1", "_", ".", "\n", "ß", "中", "-"]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(m.re.groups and 1)) for m in pattern.finditer(text)]


def test_doubled_stops_give_the_plain_matches() -> None:
    rng = random.Random(101)
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(STOPS) for _ in range(rng.randrange(16)))
        found += bool(_spans(PLAIN_DOUBLED, text))
        assert _spans(_DOUBLED, text) == _spans(PLAIN_DOUBLED, text), text
    assert found > 1000
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            assert _spans(_DOUBLED, line) == _spans(PLAIN_DOUBLED, line)


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
