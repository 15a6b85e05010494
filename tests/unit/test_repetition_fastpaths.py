"""The word-recurrence walks of audit.rules.repetition agree with their plain definitions."""

from __future__ import annotations

import itertools
import random

from audit.lang.textcache import new_document
from audit.lang.tokens import words
from audit.rules import repetition
from audit.rules.repetition import _MAX_PHRASE, Repeats


def _plain_near_repeats(low: list[str]) -> list[tuple[int, int]]:
    """Every pair j < k of places of one word at most _MAX_PHRASE words apart, by k, nearest j first."""
    return [(j, k) for k in range(len(low)) for j in range(k - 1, max(-1, k - _MAX_PHRASE - 1), -1) if low[j] == low[k]]


def _plain_repeats(low: list[str]) -> Repeats:
    pairs = [
        k - j for j, k in _plain_near_repeats(low) if k + 1 < len(low) and low[j + 1] == low[k + 1]
    ]  # a pair of adjacent words recurring k - j words later
    twice = any(
        low[j : j + n] == low[j + n : j + 2 * n] for n in range(2, _MAX_PHRASE + 1) for j in range(len(low) - 2 * n + 1)
    )
    thrice = any(
        low[j : j + n] == low[j + n : j + 2 * n] == low[j + 2 * n : j + 3 * n]
        for n in range(1, _MAX_PHRASE + 1)
        for j in range(len(low) - 3 * n + 1)
    )
    doubled = any(a == b for a, b in itertools.pairwise(low))
    return Repeats(doubled, bool(pairs), any(d >= 2 for d in pairs), twice, thrice)


def _word_lists() -> list[list[str]]:
    rng = random.Random(3)
    lists = [[], ["và"], ["và", "và"], "a b a b".split(), "a b c d e f g a b".split(), "a b c d e f a b".split()]
    lists += [
        "a a a".split(),
        "x a b a b a b y".split(),
        "a b c d e f a b c d e f".split(),
        "a a b a a b a a b".split(),
    ]
    for _ in range(3000):
        vocab = rng.sample("abcdefghij", rng.randint(1, 10))
        lists.append([rng.choice(vocab) for _ in range(rng.randint(0, 30))])
    return lists


def test_near_repeats_is_the_plain_walk() -> None:
    for low in _word_lists():
        assert list(repetition._near_repeats(low)) == _plain_near_repeats(low), low


def test_repeats_is_its_definition() -> None:
    """The walk's answers, the phrases that follow themselves included, are those of their plain definitions."""
    new_document()
    for low in _word_lists():
        assert repetition._repeats(" ".join(low)) == _plain_repeats(low), low


def test_a_number_twice_among_the_words_wherever_a_numbered_phrase_is_doubled() -> None:
    """F112 asks ``_NUMBERED_TWICE`` only where a number comes twice among the words: random texts of letters,
    numbers with '/', '.' and ',' in them, Arabic-Indic and full-width digits, '_' and marks (words and numbers other
    than the rule's examples), with and without a numbered phrase doubled in them."""
    rng = random.Random(22)
    parts = ["quý", "Hạn", "đợt", "x", "_", "2031", "4/7", "1.250", "0,5", "٣", "１２", "7a", "/", ",", ".", "(", "–"]
    seen = 0
    for _ in range(4000):
        text = "".join(rng.choice(parts) + rng.choice((" ", " ", "", ", ")) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.3:
            phrase = " ".join(rng.sample(parts[:4], rng.randint(1, 3))) + " " + rng.choice(parts[5:11])
            text = f"{text} {phrase} {phrase}{rng.choice(('', '.', ' x', '/2'))}"
        if repetition._NUMBERED_TWICE.search(text):
            seen += 1
            assert repetition._number_twice(words(text)), text
    assert seen > 500


def test_token_words_are_the_tokens_lowercase_or_none() -> None:
    """F112 reads the tokens' lowercase (and its phrases found back to back) from ``_token_words`` where that answers:
    on random texts of letters, digits, apostrophes, '_', 'İ', 'Σ' and spaces, and on every corpus line, it is None or
    exactly the lowercase of ``tokens(text)``."""
    from pathlib import Path

    from audit.lang.tokens import tokens

    root = Path(__file__).resolve().parents[2]
    lines = [line for path in sorted((root / "corpus").rglob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    rng = random.Random(112)
    pieces = ["hai", "Hai", "năm", "2028", "x2", "'", "’", "_", "İ", "Σ", " ", " ", ",", "ⅻ", "²"]
    texts = lines + [" ".join(rng.choice(pieces) for _ in range(rng.randrange(12))) for _ in range(5000)]
    answered = 0
    for text in texts:
        new_document()
        letters = repetition._token_words(text, words(text))
        if letters is not None:
            answered += 1
            assert list(letters) == [t.lower for t in tokens(text)], text
    assert answered > 500
