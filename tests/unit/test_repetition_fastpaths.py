"""The word-recurrence walks of audit.rules.repetition agree with their plain definitions."""

from __future__ import annotations

import itertools
import random

from audit.lang.textcache import new_document
from audit.rules import repetition
from audit.rules.repetition import _MAX_PHRASE, Repeats


def _plain_near_repeats(low: list[str]) -> list[tuple[int, int]]:
    """Every pair j < k of places of one word at most _MAX_PHRASE words apart, by k, nearest j first."""
    return [(j, k) for k in range(len(low)) for j in range(k - 1, max(-1, k - _MAX_PHRASE - 1), -1) if low[j] == low[k]]


def _plain_repeats(low: list[str]) -> Repeats:
    pairs = [
        k - j for j, k in _plain_near_repeats(low) if k + 1 < len(low) and low[j + 1] == low[k + 1]
    ]  # a pair of adjacent words recurring k - j words later
    return Repeats(any(a == b for a, b in itertools.pairwise(low)), bool(pairs), any(d >= 2 for d in pairs))


def _word_lists() -> list[list[str]]:
    rng = random.Random(3)
    lists = [[], ["và"], ["và", "và"], "a b a b".split(), "a b c d e f g a b".split(), "a b c d e f a b".split()]
    for _ in range(3000):
        vocab = rng.sample("abcdefghij", rng.randint(1, 10))
        lists.append([rng.choice(vocab) for _ in range(rng.randint(0, 30))])
    return lists


def test_near_repeats_is_the_plain_walk() -> None:
    for low in _word_lists():
        assert list(repetition._near_repeats(low)) == _plain_near_repeats(low), low


def test_repeats_is_its_definition() -> None:
    new_document()
    for low in _word_lists():
        assert repetition._repeats(" ".join(low)) == _plain_repeats(low), low
