"""A Korean name written in two romanisations in one text ('Kim Sang-sik' … 'Kim Sang-shik'): the same surname
before a hyphenated given name whose spellings differ only where the romanisation systems English sources mix
differ (McCune–Reischauer 'shi' for 'si', 'oo' for 'u', an initial 'k'/'g', 'ch'/'j', 'p'/'b', 't'/'d'): one
person. Given names that differ otherwise ('Ye-ji', 'Ye-jin') are two people."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from audit.lang.korean import surnames

# a surname and a hyphenated given name of two syllables, second part lowercase ('Sang-sik', 'Heung-min')
_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]{1,5}) ([A-Z][a-z]{1,6}-[a-z]{1,6})(?![\w-])")
_INITIALS = (("ch", "j"), ("k", "g"), ("p", "b"), ("t", "d"))
# the hyphen of a given name's two parts: every _NAME match holds one, between lowercase letters, and no other
# hyphen; it stands at most 14 characters after the match's start (surname, space, first part) and 7 before its end
_HYPHEN = re.compile(r"-(?<=[a-z]-)[a-z]")
_BEFORE_HYPHEN, _AFTER_HYPHEN = 14, 8


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


def _mentions(texts: list[str], joined: str | None, starts: list[int] | None) -> list[tuple[int, int, int, str, str]]:
    """Every _NAME match in ``texts`` (text index, start, end, surname, given name), in order: the match holding each
    hyphen between lowercase letters of ``joined`` (the texts joined by newlines, text k starting at ``starts[k]``),
    looked for in the few characters round it. _NAME opens on a lookbehind, which ``re`` tries at every character
    of a text; the hyphens are few. No match spans a newline, and its lookarounds see one as a text's edge."""
    if joined is None or starts is None:
        joined = "\n".join(texts)
        starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    out = []
    search = _NAME.search
    for h in _HYPHEN.finditer(joined):
        at = h.start()
        pos, endpos = max(at - _BEFORE_HYPHEN, 0), at + _AFTER_HYPHEN  # a match ends at most at at + 7: its
        m = search(joined, pos, endpos)  # lookahead still sees the character after it
        while m is not None and m.end() <= at:
            m = search(joined, m.end(), endpos)  # (a match of an earlier hyphen)
        if m is None or m.start() > at:
            continue
        k = bisect.bisect_right(starts, at) - 1
        out.append((k, m.start() - starts[k], m.end() - starts[k], m[1], m[2]))
    return out


def korean_respellings(
    texts: Iterable[str], joined: str | None = None, starts: list[int] | None = None
) -> Iterator[KoreanRespelling]:
    """Each mention of a Korean name in a romanisation other than the text's main one (the most frequent form,
    the first at a tie), with that form; not in a text that names the main form too ('Kim Min-ji và Kim Min-chi':
    two people side by side). ``joined`` and ``starts``: the texts joined by newlines and where each starts, when
    the caller has them."""
    texts = list(texts)
    mentions = [m for m in _mentions(texts, joined, starts) if m[3] in _press_surnames()]
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
