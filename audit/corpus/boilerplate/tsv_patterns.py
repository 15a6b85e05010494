"""The line patterns of references/boilerplate.tsv, and the alternations that tell quickly that none matches."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from audit.corpus.boilerplate.ungated import UngatedRows
from audit.lang import stored_regex
from audit.lang.resources import ResourceError, read_tsv


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str
    tail: bool
    pattern: str  # '(?:row)', matched case-insensitively
    needs: tuple[tuple[str, ...], ...] = ()  # the line holds one string of each group, or the regex is not tried

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern, compiled when first needed (most rows are only tried through the alternation)."""
        return _compiled(self.pattern)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return stored_regex.compile(pattern, re.IGNORECASE)


def _needs(cell: str) -> tuple[tuple[str, ...], ...]:
    """The ``needs`` groups of a row, those without letters first (the cheaper test); a word is looked for
    as written, capitalised and in capitals ('ảnh', 'Ảnh', 'ẢNH')."""
    groups = [tuple(g.split("|")) for g in cell.split("&") if g]
    groups.sort(key=lambda g: any(ch.isalpha() for w in g for ch in w))
    return tuple(tuple(dict.fromkeys(v for w in g for v in (w, w.capitalize(), w.upper()))) for g in groups)


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@functools.cache
def patterns() -> tuple[Pattern, ...]:
    """The rows of references/boilerplate.tsv (a pattern may not refer back to a group: the patterns are also
    joined into one alternation, where group numbers shift)."""
    for row in read_tsv("boilerplate.tsv"):
        if _BACKREFERENCE.search(row["pattern"]):
            raise ResourceError(f"boilerplate.tsv: a pattern refers back to a group: {row['pattern']!r}")
    return tuple(
        Pattern(
            row["kind"],
            row["effect"] == "tail",
            f"(?:{row['pattern']})",
            _needs(row["needs"]),
        )
        for row in read_tsv("boilerplate.tsv")
    )


@functools.cache
def gated() -> tuple[Pattern, ...]:
    """The patterns with a ``needs`` gate, in the file's order."""
    return tuple(p for p in patterns() if p.needs)


def holds(needs: tuple[tuple[str, ...], ...], line: str) -> bool:
    """The line holds one string of each group of ``needs``."""
    for group in needs:
        for word in group:
            if word in line:
                break
        else:
            return False
    return True


@functools.cache
def ungated() -> UngatedRows:
    """The patterns without ``needs``, tried together (see :class:`UngatedRows`)."""
    return UngatedRows([p.pattern for p in patterns() if not p.needs])
