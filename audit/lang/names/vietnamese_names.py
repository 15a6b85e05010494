"""Vietnamese personal names inside runs of capitalised words ('Ông Hoàng Minh Hải' → 'Hoàng Minh Hải')."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import compress

from audit.lang.hanviet import fold, load, syllable_key
from audit.lang.people import people, surname_keys

# Honorifics that are also (rare) surnames: 'Ông Hoàng Minh Hải' is Mr Hoàng Minh Hải
_HONORIFIC_SURNAMES = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em"})


def names_in_run(run: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Vietnamese personal names inside a run of capitalised words: (start, end, name)."""
    return [
        (run[i][0], run[i + n - 1][1], " ".join(w for _, _, w in run[i : i + n]))
        for i, n in _names_in_words(tuple([w for _, _, w in run]))
    ]


def name_opening_run(run: Sequence[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The first name of :func:`names_in_run` when it starts at the run's first word, else None: only that name's
    words are joined (a caller that asks for a name right after a title reads no other)."""
    spans = _names_in_words(tuple([w for _, _, w in run]))
    if not spans or spans[0][0]:
        return None
    n = spans[0][1]
    return run[0][0], run[n - 1][1], " ".join([w for _, _, w in run[:n]])


@functools.lru_cache(maxsize=16384)
def _names_in_words(words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(first word index, number of words) of each Vietnamese name among capitalised words."""
    surnames = surname_keys()
    hv = load()
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        place = _place_before_name(words, i)
        if place:
            i += place  # 'Lâm Đồng Đinh Văn Tuấn' (… UBND tỉnh Lâm Đồng Đinh Văn Tuấn): the province, then the name
            continue
        if syllable_key(w) in surnames and not w.isupper() and w.lower() not in _HONORIFIC_SURNAMES:
            rest = []
            for nxt in words[i + 1 : i + 4]:
                if nxt.isupper() or (not hv.chars_of(nxt) and not _vi_syllable(nxt)):
                    break
                rest.append(nxt)
            while len(rest) > 1 and fold(" ".join([w, *rest[:-1]])) in _known_folds():
                rest.pop()  # 'Nguyễn Phú Trọng Dòng …': the known name ends earlier
            if rest and any(_has_marks(x) for x in [w, *rest]):
                out.append((i, len(rest) + 1))
                i += len(rest) + 1
                continue
        i += 1
    return tuple(out)


@functools.cache
def _vn_place_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The Vietnamese provinces and cities of references/vn_places.tsv as word tuples, by their first word."""
    from audit.lang.vn_places import vn_place_rows

    by_first: dict[str, list[tuple[str, ...]]] = {}
    for row in vn_place_rows():
        words = tuple(row["name"].split())
        if len(words) > 1:
            by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _place_before_name(words: tuple[str, ...], i: int) -> int:
    """The number of words of a Vietnamese province or city starting at ``i`` when two words or more follow it
    (a person's name after the province an office title ends with), else 0."""
    for place in _vn_place_words().get(words[i], ()):
        n = len(place)
        if words[i : i + n] == place and len(words) - (i + n) >= 2:
            return n
    return 0


@functools.cache
def _known_folds() -> frozenset[str]:
    return frozenset(fold(n) for n in people())


def names_in_runs(runs: Iterable[tuple[str, ...]]) -> Counter[str]:
    """Vietnamese personal names in runs of capitalised words (the words of each run), with counts (first written
    first). Each run's names looked up at C level (``map``), the runs without one (most) left out by ``compress``."""
    listed = list(runs)
    spans = list(map(_names_in_words, listed))
    named = zip(compress(listed, spans), compress(spans, spans), strict=True)
    return Counter([" ".join(words[i : i + n]) for words, at in named for i, n in at])


def _has_marks(word: str) -> bool:
    return fold(word) != word.lower()


@functools.cache
def _vi_syllable(word: str) -> bool:
    try:
        from audit.lang.syllable import is_valid_syllable
    except ImportError:
        return _has_marks(word)
    return is_valid_syllable(word)
