"""``tokens`` is made from ``re.split`` of the text with the word pattern as a group (gaps and words in turn) and the
parts' lengths added up, not from one Match object a word: the same tokens as the plain form (a Token made from each
match of the word pattern) on random text of letters, marks, apostrophes, digits and spaces, on texts that start or
end with a word or a gap, and on every line of the test corpus (names and sentences of no rule's set)."""

from __future__ import annotations

import random
from pathlib import Path

from audit.lang.textcache import new_document
from audit.lang.tokens import _WORD, Token, tokens

ROOT = Path(__file__).resolve().parents[2]
PIECES = ["a", "Ư", "ờ", "İ", "Σ", "ß", "x", "'", "’", "-", " ", "\n", "\t", "1", "_", ".", ",", "ǅ", "\u0301", "中"]
PIECES += ["ⅻ", "²"]


def _plain(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text))


def test_random_texts_give_the_plain_tokens() -> None:
    rng = random.Random(22)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(30)))
        new_document()
        assert tokens(text) == _plain(text), text


def test_edges_and_names() -> None:
    for text in ("", " ", "Ô", "Ông Ngô Quý Thành", " O'Neill's 2 don’t ", "x2y", "Đà Nẵng.", "'a'"):
        new_document()
        assert tokens(text) == _plain(text), text


def test_corpus_lines_give_the_plain_tokens() -> None:
    lines = [line for path in sorted((ROOT / "corpus").rglob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    assert lines
    for line in lines:
        new_document()
        assert tokens(line) == _plain(line)
