"""The bounded edit distance shared by the name rules (audit.lang.distance)."""

from __future__ import annotations

from audit.lang.distance import edit_distance


def test_levenshtein_and_transpositions_within_a_limit() -> None:
    assert edit_distance("starmer", "starmar", 2) == 1
    assert edit_distance("keir", "kier", 2) == 2  # two substitutions …
    assert edit_distance("keir", "kier", 2, transpositions=True) == 1  # … or one swap
    assert edit_distance("halifax", "halfax", 2) == 1
    assert edit_distance("trump", "albanese", 2) == 3  # past the limit: limit + 1
    assert edit_distance("", "ab", 2) == 2 and edit_distance("same", "same", 1) == 0
