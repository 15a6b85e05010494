"""Foreign personal names spelled two ways in one text ('Ilham Aliyev' … 'Ilham Aliev', 'Ulf Kristersson' …
'Ulf Christersson'): the same given name before two near-identical surnames.

Only Latin-script names that are not Vietnamese count: a Vietnamese name differing by one mark may be another
person ('Nguyễn Văn An' and 'Nguyễn Văn Ân'), and East Asian names put the shared surname first ('Kim Ye-ji',
'Kim Ye-jin'), so the given name must not be a Vietnamese syllable and no part may be hyphenated.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from audit.lang.resources import read_lines
from audit.lang.syllable import is_valid_syllable

# A run of capitalised Latin words (no Vietnamese-only letters); its last two are the given name and the
# surname ('Azerbaijan Ilham Aliyev' after a title: the country, then the name)
_WORD = r"[A-Z][a-zà-öø-ÿāăąćčďēėęěğīıķļłńňōőœřśşšţťūůűųźżž]+"
# the lookbehind after the first letter: the regex engine then skips from capital to capital
_RUN = re.compile(rf"[A-Z](?<![\w-][A-Z]){_WORD[5:]}(?: {_WORD})+(?![\w-])")
_MIN_SURNAME = 5  # letters; short surnames differ by one letter too often (Lee/Lei, Chan/Chen)
_MIN_RATIO = 0.8  # difflib similarity of the two surnames
_MAX_EDITS = 2  # letters changed, added or dropped


class Respelling(NamedTuple):
    """One mention of a name in a form other than the text's main one."""

    item: int  # index of the text in the iterable given to :func:`respellings`
    start: int
    end: int
    form: str
    main: str


@functools.lru_cache(maxsize=1 << 14)
def _foreign(word: str) -> bool:
    return not is_valid_syllable(word) and not is_valid_syllable(word.lower())


def _edits(a: str, b: str) -> int:
    """Letters changed, added or dropped between ``a`` and ``b`` (from difflib's opcodes)."""
    ops = difflib.SequenceMatcher(None, a, b).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def _close(a: str, b: str) -> bool:
    """Two surnames that are one name spelled two ways: long enough, similar, a few letters apart."""
    if min(len(a), len(b)) < _MIN_SURNAME:
        return False
    low_a, low_b = a.lower(), b.lower()
    return difflib.SequenceMatcher(None, low_a, low_b).ratio() >= _MIN_RATIO and _edits(low_a, low_b) <= _MAX_EDITS


@functools.cache
def _place_first_words() -> frozenset[str]:
    """First words of place names shaped like a person's name (references/en_place_first_words.txt)."""
    return frozenset(read_lines("en_place_first_words.txt"))


def _mentions(texts: Iterable[str]) -> list[tuple[int, int, int, str, str]]:
    """(item, start, end, given name, surname) of every foreign two-word name in ``texts``."""
    out = []
    for k, text in enumerate(texts):
        for m in _RUN.finditer(text):
            words = m.group().split(" ")
            given, surname = words[-2], words[-1]
            if given in _place_first_words():
                continue  # 'Santa Clara', 'San Jose': places, not a given name and a surname
            if _foreign(given) and _foreign(surname):
                end = m.end()
                out.append((k, end - len(given) - len(surname) - 1, end, given, surname))
    return out


def respellings(texts: Iterable[str]) -> Iterator[Respelling]:
    """The mentions of a foreign name in a surname spelling other than its main one (the most frequent,
    then the first written) among the names with the same given name; two forms named in one sentence are
    two people or places, not one spelled two ways."""
    mentions = _mentions(texts)
    counts = Counter((g, s) for _, _, _, g, s in mentions)
    first = {}
    for k, start, _, g, s in mentions:
        first.setdefault((g, s), (k, start))
    items: dict[tuple[str, str], set[int]] = {}
    for k, _, _, g, s in mentions:
        items.setdefault((g, s), set()).add(k)
    by_given: dict[str, list[str]] = {}
    for g, s in counts:
        by_given.setdefault(g, []).append(s)
    main_of: dict[tuple[str, str], str] = {}
    for g, surnames in by_given.items():
        for s in surnames:
            group = [t for t in surnames if t == s or _close(s, t)]
            if len(group) < 2:
                continue
            main = min(group, key=lambda t: (-counts[(g, t)], first[(g, t)]))
            if main != s and not items[(g, s)] & items[(g, main)]:
                main_of[(g, s)] = f"{g} {main}"  # not both in one sentence: 'Santa Clara và Santa Clarita'

    for k, start, end, g, s in mentions:
        if (g, s) in main_of:
            yield Respelling(k, start, end, f"{g} {s}", main_of[(g, s)])
