"""The rows of boilerplate.tsv without ``needs``, tried on a line as a few alternations: one regex call tells that
none of them matches (most lines), where trying each costs a call apiece."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from audit.corpus.boilerplate.regex_shape import guarded, max_length, required_chars, start_class
from audit.lang import stored_regex

SHORT_LINE = 80  # characters: most page chrome is shorter, most article lines longer
MEDIUM_LINE = 160  # characters: a longer line is article prose or a caption, hardly ever a menu or a label

# The rows a line's first character lets through, in one tier: the longest line the tier is tried on, the
# alternation of its rows with no literal gate (None: no such row), and (characters, the alternation of the rows a
# match of which holds one of them) for the others
_Bucket = tuple[int | None, re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]


class UngatedRows:
    """Three tiers by the longest line a pattern can match: more than :data:`MEDIUM_LINE` characters (tried on
    every line), more than :data:`SHORT_LINE` (tried on lines up to :data:`MEDIUM_LINE`), and the others (on
    short lines only). In a tier, only the rows that can start with the line's first character are tried (the
    class of first characters each row can start with, asked of that character once), and the rows a match of
    which holds one of a few characters that are no letters (``required_chars``: ':', a dash, '|', '/') only on
    a line holding one."""

    __slots__ = ("_by_start", "_tiers")

    def __init__(self, rows: Sequence[str]) -> None:
        tiers: tuple[list[str], list[str], list[str]] = ([], [], [])
        for r in rows:
            most = max_length(r)
            tiers[0 if most is None or most > MEDIUM_LINE else 1 if most > SHORT_LINE else 2].append(r)
        self._tiers = tuple(zip((None, MEDIUM_LINE, SHORT_LINE), map(tuple, tiers), strict=True))
        self._by_start: dict[str, tuple[_Bucket, ...]] = {}

    def may_match(self, stripped: str) -> bool:
        """Some row matches the stripped, non-empty line, tried on lines of its tier's length."""
        buckets = self._by_start.get(stripped[0])
        if buckets is None:
            buckets = self._buckets(stripped[0])
        size = len(stripped)
        for limit, plain, by_chars in buckets:
            if limit is not None and size > limit:
                continue
            if plain is not None and plain.fullmatch(stripped) is not None:
                return True
            for chars, alternation in by_chars:
                for c in chars:
                    if c in stripped:
                        if alternation.fullmatch(stripped) is not None:
                            return True
                        break
        return False

    def _buckets(self, first: str) -> tuple[_Bucket, ...]:
        """The tiers' rows that can start with ``first``, built on the first line that starts with it."""
        buckets = []
        for limit, rows in self._tiers:
            by_chars: dict[str, list[str]] = {}
            for r in rows:
                if _may_start(r, first):
                    by_chars.setdefault("".join(sorted(required_chars(r) or ())), []).append(r)
            plain = by_chars.pop("", None)
            if plain or by_chars:
                alternation = _alternation(tuple(plain)) if plain else None
                buckets.append((limit, alternation, tuple((c, _alternation(tuple(g))) for c, g in by_chars.items())))
        if len(self._by_start) >= 4096:  # a bound on memory (a character a key)
            self._by_start.clear()
        self._by_start[first] = found = tuple(buckets)
        return found


def _may_start(row: str, first: str) -> bool:
    """A match of ``row`` may start with the character ``first``, as the row's guard in the alternation tells."""
    starts = start_class(row)
    return starts is None or _class(starts).match(first) is not None


@functools.cache
def _class(starts: str) -> re.Pattern[str]:
    return re.compile(starts, re.IGNORECASE)


@functools.cache
def _alternation(rows: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive alternation of the rows, each behind its guard."""
    return stored_regex.compile("|".join(map(guarded, rows)), re.IGNORECASE)
