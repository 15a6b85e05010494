"""What a pattern's match can start with and how long it can be, read from the standard library's parse of it
(the guards and the length split of :mod:`audit.corpus.boilerplate.tsv_patterns`)."""

from __future__ import annotations

import functools
import re

_GUARD_CHARS = 300  # a larger class (any capital letter) is no cheaper than the pattern's own start


def guarded(pattern: str) -> str:
    """``(?=[first characters])pattern``, or the bare pattern when its first characters are not known."""
    starts = start_class(pattern)
    return pattern if starts is None else f"(?={starts}){pattern}"


def start_class(pattern: str) -> str | None:
    """A class ``[…]`` of the characters a match of ``pattern`` can start with (None: not known, or too many)."""
    starts = _first_chars(pattern)
    if starts is None or len(starts) > _GUARD_CHARS:
        return None
    return "[" + "".join(sorted(ch if ch in (_DIGIT, _SPACE) else re.escape(ch) for ch in starts)) + "]"


@functools.cache
def _parsed(pattern: str) -> list | None:
    """The standard library parser's items of a case-insensitive pattern (None: not available)."""
    try:
        from re import _parser  # the standard library's own parser: the pattern's first items, its width
    except ImportError:  # pragma: no cover - another Python's layout
        return None
    return list(_parser.parse(pattern, re.IGNORECASE).data)


@functools.cache
def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, both cases (None: any, or the parse is not
    understood)."""
    items = _parsed(pattern)
    if items is None:
        return None
    chars, nullable = _first_of(items)
    if chars is None or nullable:
        return None
    return frozenset(c for ch in chars for c in ((ch,) if ch in (_DIGIT, _SPACE) else (ch, ch.lower(), ch.upper())))


@functools.cache
def max_length(pattern: str) -> int | None:
    """The longest text ``pattern`` can match, a run of spaces or separators (``\\s*``, ``[, ]*``) counted as three
    characters; None when unbounded or not understood."""
    items = _parsed(pattern)
    return None if items is None else _width(items)


_SPACING = 3  # characters a run of spaces or separators counts for


def _width(items: list) -> int | None:
    """The longest match of a parsed sequence (None: unbounded or not understood)."""
    from re import _constants as k

    total = 0
    for op, av in items:
        if op in (k.LITERAL, k.NOT_LITERAL, k.IN, k.ANY):
            total += 1
        elif op in (k.AT, k.ASSERT, k.ASSERT_NOT):
            continue
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT):
            inner = _width(list(av[2]))
            if inner is None:
                return None
            most = av[1]
            if most is k.MAXREPEAT:
                if not _spacing(list(av[2])):
                    return None
                most = _SPACING
            total += inner * most
        elif op is k.SUBPATTERN:
            inner = _width(list(av[3]))
            if inner is None:
                return None
            total += inner
        elif op is k.BRANCH:
            widths = [_width(list(b)) for b in av[1]]
            if any(w is None for w in widths):
                return None
            total += max(w for w in widths if w is not None)
        else:
            return None
    return total


_SEPARATORS = " ,|-–—·/:"


def _spacing(items: list) -> bool:
    """A single class of spaces or separators (``\\s``, ``[, ]``, ``[ ,|-]``, a space)."""
    from re import _constants as k

    if len(items) != 1:
        return False
    op, av = items[0]
    if op is k.LITERAL:
        return chr(av) in _SEPARATORS
    if op is k.IN:
        return all(
            (o is k.CATEGORY and v is k.CATEGORY_SPACE) or (o is k.LITERAL and chr(v) in _SEPARATORS) for o, v in av
        )
    return False


_RANGE_LIMIT = 10_000
_DIGIT, _SPACE = "\\d", "\\s"  # in a set of first characters: any digit, any space


def _first_of(items: list) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, can match empty) of a parsed sequence."""
    from re import _constants as k

    acc: set[str] = set()
    for op, av in items:
        chars: set[str] | None
        if op is k.LITERAL:
            chars, nullable = {chr(av)}, False
        elif op is k.IN and all(o in (k.LITERAL, k.RANGE, k.CATEGORY) for o, _ in av):
            chars, nullable = set(), False
            for o, v in av:
                if o is k.CATEGORY:
                    if v not in (k.CATEGORY_DIGIT, k.CATEGORY_SPACE):
                        return None, False
                    chars.add(_DIGIT if v is k.CATEGORY_DIGIT else _SPACE)
                elif o is k.LITERAL:
                    chars.add(chr(v))
                elif v[1] - v[0] > _RANGE_LIMIT:
                    return None, False
                else:
                    chars.update(chr(c) for c in range(v[0], v[1] + 1))
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT):
            chars, nullable = _first_of(list(av[2]))
            nullable = nullable or av[0] == 0
        elif op is k.SUBPATTERN:
            chars, nullable = _first_of(list(av[3]))
        elif op is k.BRANCH:
            chars, nullable = set(), False
            for branch in av[1]:
                sub, empty = _first_of(list(branch))
                if sub is None:
                    return None, False
                chars |= sub
                nullable = nullable or empty
        elif op is k.AT:
            continue
        else:
            return None, False
        if chars is None:
            return None, False
        acc |= chars
        if not nullable:
            return acc, False
    return acc, True


# Characters too common in article lines to gate on: a sentence's stops and commas, and spaces
_COMMON = frozenset(".,") | frozenset(" \t")


@functools.cache
def required_chars(pattern: str) -> frozenset[str] | None:
    """A small set of characters, no letters among them, one of which every match of the case-insensitive
    ``pattern`` holds ('-', '–', '—', '|' for ``…\\s[-–—|]\\s…``); None when none is found (a pattern of letters,
    or of the sentence's own marks). A line with none of them cannot match: a literal gate before the pattern."""
    items = _parsed(pattern)
    sets = None if items is None else _required(items)
    if not sets:
        return None
    best = min(sets, key=len)
    return frozenset(c for ch in best for c in (ch, ch.lower(), ch.upper()))


def _required(items: list) -> list[frozenset[str]]:
    """Sets of characters (no letter, no common mark) each of which every match of the sequence holds one of."""
    from re import _constants as k

    found: list[frozenset[str]] = []
    for op, av in items:
        chars: frozenset[str] | None = None
        if op is k.LITERAL:
            chars = frozenset(chr(av))
        elif op is k.IN and all(o is k.LITERAL for o, _ in av):
            chars = frozenset(chr(v) for _, v in av)
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT) and av[0] >= 1:
            found += _required(list(av[2]))
        elif op is k.SUBPATTERN:
            found += _required(list(av[3]))
        elif op is k.BRANCH:
            each = [_required(list(b)) for b in av[1]]
            if all(each):
                chars = frozenset().union(*(min(sets, key=len) for sets in each))
        if chars and not any(c.isalpha() or c in _COMMON or c.isspace() for c in chars):
            found.append(chars)
    return found
