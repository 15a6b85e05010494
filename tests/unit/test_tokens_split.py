"""``tokens`` is made from the chunks between spaces (a chunk of letters is a token, so is its core stripped of the
punctuation that sticks to words; only the rest go to the regex), not from one Match object a word: the same tokens
as the plain form (a Token made from each match of the word pattern) on random text of letters, marks, apostrophes,
digits, sticky punctuation and white space other than spaces, on texts that start or end with a word or a gap, and on
every line of the test corpus (names and sentences of no rule's set)."""

from __future__ import annotations

import random
from pathlib import Path

from audit.lang.textcache import new_document
from audit.lang.tokens import _WORD, Token, tokens

ROOT = Path(__file__).resolve().parents[2]
PIECES = ["a", "Ư", "ờ", "İ", "Σ", "ß", "x", "'", "’", "-", " ", "\n", "\t", "1", "_", ".", ",", "ǅ", "\u0301", "中"]
PIECES += ["ⅻ", "²"]
# punctuation stripped from a chunk's ends (langid._STICKY), other white space, and whole words: chunks that are
# letters, letters with punctuation stuck on, punctuation alone, numbers with letters
PIECES += ["(", ")", '"', "%", "/", "*", "–", "—", "«", "»", "…", "“", "”", "‘", "\u00a0", "\u2009", "  "]
WORDS = ["hòa", "Thủy", "nay", "2025", "l'hoá", "O’Neill", "Ⅻ", "x²", "ǅemal", "Σας", "İzmir", "a_b", "3,5"]


def _chunky(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) if rng.random() < 0.6 else rng.choice(WORDS) for _ in range(rng.randrange(40)))


def _plain(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text))


def test_random_texts_give_the_plain_tokens() -> None:
    rng = random.Random(22)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(30)))
        new_document()
        assert tokens(text) == _plain(text), text


def test_random_chunks_give_the_plain_tokens() -> None:
    rng = random.Random(25)
    for _ in range(8000):
        text = _chunky(rng)
        new_document()
        assert tokens(text) == _plain(text), text


def test_edges_and_names() -> None:
    edges = (
        "",
        " ",
        "Ô",
        "Ông Ngô Quý Thành",
        " O'Neill's 2 don’t ",
        "x2y",
        "Đà Nẵng.",
        "'a'",
        "(ông",
        "nay,",
        "  a  ",
        "“Hòa”",
        "'",
        "2025.",
        "a\nb c",
    )
    for text in edges:
        new_document()
        assert tokens(text) == _plain(text), text


def test_corpus_lines_give_the_plain_tokens() -> None:
    lines = [line for path in sorted((ROOT / "corpus").rglob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    assert lines
    for line in lines:
        new_document()
        assert tokens(line) == _plain(line)
