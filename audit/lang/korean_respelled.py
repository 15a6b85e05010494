"""A Korean name written in two romanisations in one text ('Kim Sang-sik' … 'Kim Sang-shik'): the same surname
before a hyphenated given name whose spellings differ only where the romanisation systems English sources mix
differ (McCune–Reischauer 'shi' for 'si', 'oo' for 'u', an initial 'k'/'g', 'ch'/'j', 'p'/'b', 't'/'d'): one
person. Given names that differ otherwise ('Ye-ji', 'Ye-jin') are two people."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from audit.lang.korean import surnames

# a surname and a hyphenated given name of two syllables, second part lowercase ('Sang-sik', 'Heung-min')
_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]{1,5}) ([A-Z][a-z]{1,6}-[a-z]{1,6})(?![\w-])")
_INITIALS = (("ch", "j"), ("k", "g"), ("p", "b"), ("t", "d"))


class KoreanRespelling(NamedTuple):
    item: int
    start: int
    end: int
    form: str
    main: str


@functools.cache
def _press_surnames() -> frozenset[str]:
    """Every spelling of a Korean surname the press uses ('Kim', 'Lee', 'Yi', 'Park')."""
    return frozenset(x for s in surnames().values() for x in (s.roman, *s.also))


@functools.lru_cache(maxsize=1 << 12)
def _key(given: str) -> str:
    """The given name with the romanisation differences folded: 'Sang-shik' and 'Sang-sik' → 'sang-sik'."""
    parts = []
    for part in given.lower().split("-"):
        part = part.replace("shi", "si").replace("oo", "u")
        for mr, rr in _INITIALS:
            if part.startswith(mr):
                part = rr + part[len(mr) :]
                break
        parts.append(part)
    return "-".join(parts)


def korean_respellings(texts: Iterable[str]) -> Iterator[KoreanRespelling]:
    """Each mention of a Korean name in a romanisation other than the text's main one (the most frequent form,
    the first at a tie), with that form; not in a text that names the main form too ('Kim Min-ji và Kim Min-chi':
    two people side by side)."""
    texts = list(texts)
    mentions = [
        (k, m.start(), m.end(), m[1], m[2])
        for k, text in enumerate(texts)
        if "-" in text  # a hyphenated given name (the pattern opens on a lookbehind: scanned only where it may match)
        for m in _NAME.finditer(text)
        if m[1] in _press_surnames()
    ]
    forms: dict[tuple[str, str], Counter[str]] = {}
    for _, _, _, surname, given in mentions:
        forms.setdefault((surname, _key(given)), Counter())[given] += 1
    for k, start, end, surname, given in mentions:
        counts = forms[(surname, _key(given))]
        if len(counts) < 2:
            continue
        main = max(counts, key=lambda g: counts[g])  # Counter keeps first-seen order: the first wins a tie
        if given != main and f"{surname} {main}" not in texts[k]:  # both in one sentence: two people listed
            yield KoreanRespelling(k, start, end, f"{surname} {given}", f"{surname} {main}")
