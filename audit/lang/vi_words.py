"""Closed Vietnamese word lists used by the form rules (read once from references/)."""

from __future__ import annotations

import functools

from audit.lang.resources import read_lines, read_tsv


@functools.cache
def clause_endings() -> dict[str, tuple[str, bool]]:
    """Ending (1–4 lowercase syllables) → (word class, whether it may end a clause)."""
    return {row["ending"]: (row["class"], row["ends_clause"] == "yes") for row in read_tsv("vi_function_words.tsv")}


@functools.cache
def reduplications() -> tuple[frozenset[str], tuple[str, ...]]:
    """Correct repetitions: exact doubled words, and prefixes of emphatic families ("hàng *")."""
    exact, prefixes = set(), []
    for row in read_tsv("vi_reduplications.tsv"):
        pattern = row["pattern"]
        if pattern.endswith(" *"):
            prefixes.append(pattern[:-2])
        else:
            exact.add(pattern)
    return frozenset(exact), tuple(prefixes)


# Kinds of vi_reduplications.tsv that repeat as many times as said (a sound, a tune, assent, a prayer); the others
# are a word doubled once ('hàng hàng', 'ngày ngày', 'xa xa'), and said at most three times for emphasis
_SAID_AGAIN = frozenset({"onomatopoeia", "vocable", "interjection", "invocation"})
DOUBLING_MAX_COPIES = 3


@functools.cache
def _doubling_only() -> frozenset[str]:
    """The words of vi_reduplications.tsv's exact rows whose kind is a doubling ('hàng', 'ngày', 'xa'), not a sound."""
    return frozenset(
        row["pattern"].split()[0]
        for row in read_tsv("vi_reduplications.tsv")
        if not row["pattern"].endswith(" *") and row["kind"] not in _SAID_AGAIN
    )


def loop_of_doubled_word(word: str, copies: int) -> bool:
    """``word`` written ``copies`` times in a row is more than its doubling ever is: four copies or more of a word
    whose doubling is correct ('xếp hàng hàng hàng hàng dài'; 'hàng hàng lớp lớp', 'rất rất rất' said for emphasis
    are not), where a sound or a tune ('ha ha ha ha') repeats freely (misses30)."""
    return copies > DOUBLING_MAX_COPIES and word.lower() in _doubling_only()


def is_allowed_repetition(phrase: str) -> bool:
    """True if ``phrase`` repeated back to back is correct Vietnamese ("từ từ", "hàng nghìn hàng nghìn")."""
    low = phrase.lower()
    exact, prefixes = reduplications()
    if f"{low} {low}" in exact:
        return True
    first, *rest = low.split() or [""]
    if rest and all(w == first for w in rest) and f"{first} {first}" in exact:
        return True  # a sound or a sung vocable written out again ('ha ha ha, ha ha ha', 'la la la… la la la')
    return any(low == p or low.startswith(p + " ") for p in prefixes)


@functools.cache
def _doubled_across() -> dict[str, frozenset[str]]:
    """Side ('ends', 'starts') → the two-syllable compounds of vi_doubled_across.tsv on that side."""
    sides: dict[str, set[str]] = {"ends": set(), "starts": set()}
    for row in read_tsv("vi_doubled_across.tsv"):
        sides[row["side"]].add(row["word"])
    return {side: frozenset(found) for side, found in sides.items()}


def doubled_across(before: str, word: str, after: str) -> bool:
    """``word`` written twice between ``before`` and ``after`` (lowercase) is two words, not a doubling: the
    first copy ends a listed compound ('gần như | như nhau') or the second starts one ('để | để dành')."""
    sides = _doubled_across()
    return f"{before} {word}" in sides["ends"] or f"{word} {after}" in sides["starts"]


@functools.cache
def grammatical_words() -> frozenset[str]:
    """Grammatical words that are never doubled in correct text ("đã đã", "của của")."""
    return frozenset(read_lines("vi_grammatical_words.txt"))
