"""One regex search over all the lines of an article instead of one per line.

Starting a search has a cost that a hundred-line article pays a hundred times. For a pattern that never
matches across a newline and sees a newline as it sees the edge of a text (a newline is neither a word
character nor a hyphen), searching the lines joined by newlines finds what searching each line finds, at
positions shifted by where the line starts. The rules that use this say so next to their pattern.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable


def line_starts(lines: list[str]) -> list[int]:
    """Where each line starts in ``"\\n".join(lines)``."""
    if not lines:
        return []
    # each line's length and its newline added up, at C level (no Python call a line)
    return list(itertools.accumulate(map(operator.add, map(len, lines[:-1]), itertools.repeat(1)), initial=0))


def matches_by_line(pattern: re.Pattern[str], joined: str, starts: list[int]) -> list[list[re.Match[str]]]:
    """The matches of ``pattern`` in ``joined`` (the lines joined by newlines), by the line each starts in."""
    out: list[list[re.Match[str]]] = [[] for _ in starts]
    k, last = 0, len(starts) - 1
    for m in pattern.finditer(joined):
        while k < last and m.start() >= starts[k + 1]:
            k += 1
        out[k].append(m)
    return out


def lines_matching(pattern: re.Pattern[str], joined: str, starts: list[int]) -> set[int]:
    """The lines of ``joined`` (the lines joined by newlines) where ``pattern`` matches: one search per such
    line, the next from the start of the line after (for a pattern that never matches across a newline)."""
    out: set[int] = set()
    search, last = pattern.search, len(starts) - 1
    m = search(joined)
    while m is not None:
        k = bisect.bisect_right(starts, m.start()) - 1
        out.add(k)
        m = search(joined, starts[k + 1]) if k < last else None
    return out


def lines_holding(joined: str, starts: list[int], needles: Iterable[str]) -> set[int]:
    """The lines of ``joined`` (the lines joined by newlines) that hold one of ``needles`` (no newline
    in any), found with str.find, skipping to the next line after each find."""
    out: set[int] = set()
    for needle in needles:
        i = joined.find(needle)
        while i >= 0:
            k = bisect.bisect_right(starts, i) - 1
            out.add(k)
            i = joined.find(needle, starts[k + 1]) if k + 1 < len(starts) else -1
    return out
