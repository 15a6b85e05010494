"""Whether a literal a pattern spells out stands as whole words in every match: read from the pattern's parse.

A rule gates a search on the document's words (``_prefilter.in_vocabulary``): a literal that every match holds with
a non-word character (or the match's edge, for a pattern matched between ``(?<!\\w)`` and ``(?!\\w)``) on each side
has all its words among the document's words wherever the pattern matches. Which sides are so is read from the
standard library's parse of the pattern: the characters that can come right before and after the literal where it
stands in the pattern's top-level sequence (through optional and alternative parts). Any side that the parse does not
settle is taken as not whole (the gate then asks less of the document, never more).
"""

from __future__ import annotations

import re
from typing import Any

_START, _END = "^", "$"  # markers: the match's own edge (a non-word character or the text's edge around it)
_UNKNOWN = None
_OPEN, _CLOSE = r"(?<!\w)", r"(?!\w)"


def literal_edges(pattern: str, literal: str) -> tuple[bool, bool]:
    """(left, right): every match of ``pattern`` (case-insensitive) holds ``literal`` (lowercase) in its top-level
    sequence with a non-word character right before it (left) and right after it (right); the match's own start and
    end count only for a pattern that opens with ``(?<!\\w)`` and ends with ``(?!\\w)``. (False, False) when the
    literal is not found so, or the parse is not read."""
    try:
        from re import _constants as k
        from re import _parser
    except ImportError:  # pragma: no cover - another Python's layout
        return False, False
    items = _flat(list(_parser.parse(pattern, re.IGNORECASE).data), k)
    if items is None:
        return False, False
    n = len(literal)
    for i in range(len(items) - n + 1):
        if all(_literal(items[i + j], k) == literal[j] for j in range(n)):
            before = _last_chars(items[:i], k)
            after = _first_chars(items[i + n :], k)
            edges = (pattern.startswith(_OPEN), pattern.endswith(_CLOSE))
            return _non_word(before, edges[0]), _non_word(after, edges[1])
    return False, False


def _flat(items: list[Any], k: Any) -> list[Any] | None:
    """The items with their groups' items put in their place (a group is a sequence), the lookarounds and anchors
    (which consume nothing) left out; None for a backreference or a conditional (not read)."""
    out: list[Any] = []
    for op, av in items:
        if op is k.SUBPATTERN:
            inner = _flat(list(av[3]), k)
            if inner is None:
                return None
            out += inner
        elif op in (k.ASSERT, k.ASSERT_NOT, k.AT):
            continue
        elif op in (k.GROUPREF, k.GROUPREF_EXISTS):
            return None
        else:
            out.append((op, av))
    return out


def _literal(item: tuple[Any, Any], k: Any) -> str | None:
    op, av = item
    return chr(av).lower() if op is k.LITERAL else None


def _last_chars(items: list[Any], k: Any) -> set[str | None]:
    """The characters a match of the sequence ``items`` can end with (``_START``: it can be empty; ``_UNKNOWN``: a
    character the parse does not tell)."""
    out: set[str | None] = set()
    for item in reversed(items):
        chars, empty = _ends(item, k, last=True)
        out |= chars
        if not empty:
            return out
    return out | {_START}


def _first_chars(items: list[Any], k: Any) -> set[str | None]:
    """The characters a match of the sequence ``items`` can start with (``_END``: it can be empty)."""
    out: set[str | None] = set()
    for item in items:
        chars, empty = _ends(item, k, last=False)
        out |= chars
        if not empty:
            return out
    return out | {_END}


def _ends(item: tuple[Any, Any], k: Any, *, last: bool) -> tuple[set[str | None], bool]:
    """The characters one item's match can end (``last``) or start with, and whether it can match nothing."""
    op, av = item
    if op is k.LITERAL:
        return {chr(av)}, False
    if op is k.IN and all(o is k.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}, False
    if op is k.BRANCH:
        chars: set[str | None] = set()
        empty = False
        for alt in av[1]:
            seq = _flat(list(alt), k)
            if seq is None:
                return {_UNKNOWN}, True
            got = _last_chars(seq, k) if last else _first_chars(seq, k)
            edge = _START if last else _END
            empty = empty or edge in got
            chars |= got - {edge}
        return chars, empty
    if op in (k.MAX_REPEAT, k.MIN_REPEAT):
        lo, hi, body = av
        seq = _flat(list(body), k)
        if seq is None:
            return {_UNKNOWN}, True
        if hi == 0:
            return set(), True
        got = _last_chars(seq, k) if last else _first_chars(seq, k)
        edge = _START if last else _END
        return got - {edge}, lo == 0 or edge in got
    return {_UNKNOWN}, False


def _non_word(chars: set[str | None], edge: bool) -> bool:
    """Each character is no word character in any case, or the match's edge where the pattern bounds it (``edge``)."""
    return all(edge if c in (_START, _END) else _plain_mark(c) for c in chars)


def _plain_mark(c: str | None) -> bool:
    """A character known, no word character, with no other case (a space, a comma)."""
    return c is not None and not re.match(r"\w", c, re.IGNORECASE) and c.lower() == c.upper()
