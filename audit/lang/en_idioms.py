"""English idioms MT renders word for word ('con số sân bóng chày' for a ballpark figure, 'mắc kẹt trong băng đỏ'
for red tape): references/en_idiom_calques.tsv, read on the target text alone (T308)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit.lang.resources import read_tsv


@dataclass(frozen=True, slots=True)
class IdiomCalque:
    key: str  # lowercase words every match holds
    pattern: re.Pattern[str]
    idiom: str  # the English idiom
    fix: str  # the usual Vietnamese wording
    unless: re.Pattern[str] | None  # what keeps the segment quiet


@functools.cache
def idiom_calques() -> tuple[IdiomCalque, ...]:
    """The rows of references/en_idiom_calques.tsv, compiled."""
    return tuple(
        IdiomCalque(
            row["key"],
            re.compile(rf"(?<!\w)(?:{row['calque']})(?!\w)", re.IGNORECASE),
            row["idiom"],
            row["fix"],
            re.compile(row["unless"]) if row["unless"] else None,
        )
        for row in read_tsv("en_idiom_calques.tsv")
    )


@functools.cache
def idiom_keys() -> tuple[str, ...]:
    """The words a segment needs for any row to match (the prefilter's)."""
    return tuple(sorted({c.key for c in idiom_calques()}))


def idiom_calques_in(text: str) -> Iterator[tuple[int, int, IdiomCalque]]:
    """(start, end, row) of each calqued idiom in ``text``: the row's group 's' if it has one, else the match.

    A row's ``unless`` is asked only where its pattern matches: most texts holding a key hold no calque of it (a
    common word such as 'chân'), and an ``unless`` alternation, case-blind, is tried at every character."""
    low = text.lower()
    for c in idiom_calques():
        if c.key not in low:
            continue
        spans = [m.span("s") if "s" in c.pattern.groupindex else m.span() for m in c.pattern.finditer(text)]
        if not spans or (c.unless is not None and c.unless.search(text)):
            continue
        for start, end in spans:
            yield start, end, c
