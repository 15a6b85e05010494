"""A title or honorific right before a position of the text ('Tổng thống Belarus ', 'ông ')."""

from __future__ import annotations

import functools
import re

from audit.lang import stored_regex
from audit.lang.countries import trie_pattern
from audit.lang.mentions.shared import optional_lines
from audit.lang.people import offices


@functools.cache
def _titles() -> frozenset[str]:
    """Every title and honorific: offices.tsv titles and calques, name_titles.txt."""
    titles = set(optional_lines("name_titles.txt"))
    for o in offices().values():
        titles.update(o.titles)
        titles.update(o.calques)
    return frozenset(t for t in titles if t)


@functools.cache
def _reversed_title_pattern(strict: bool = False) -> re.Pattern[str]:
    """:func:`titled_before` as a match at the start of the reversed window (its end, before ``pos``);
    the character before the title is the lookahead. Matching backwards from the end tries the titles
    once, where searching forwards would try them at every position of the window. The titles are one
    character trie (what matches is what an alternation of them matches; an alternation would be tried title by
    title, for every way the gap may end: five times slower).
    """
    gap = "" if strict else r"(?:[\w-]*[A-Z]\s+){0,2}"
    return stored_regex.compile(rf"\s+{gap}(?:{trie_pattern(t[::-1] for t in _titles())})(?=[\s(,;:])", re.IGNORECASE)


def titled_before(text: str, pos: int, strict: bool = False) -> bool:
    """A title or honorific (:func:`_titles`, any case) then whitespace end right before ``pos``; unless
    ``strict``, up to two words starting with a Latin letter may stand between ('Tổng thống Belarus ').
    The title starts after whitespace, '(', ',', ';', ':' or at the text's start, and lies within the
    80 characters before ``pos``."""
    lo = pos - 80
    # the window with the character before it (the title's left context); a space stands for the text's start
    window = text[lo - 1 : pos] if lo > 0 else " " + text[:pos]
    m = _reversed_title_pattern(strict).match(window[::-1])
    return m is not None and not _SPORT_RANK.search(window, 0, len(window) - m.end())


# 'kiện tướng', 'đại kiện tướng' (a master, a grandmaster of chess or a sport) end in 'tướng', a general's title:
# a rank, not an office ('đại kiện tướng Trung Quốc Wei Yi' is no official's name) (clean46)
_SPORT_RANK = re.compile(r"(?<![\w])kiện\s+$", re.IGNORECASE)
