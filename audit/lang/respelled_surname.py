"""A foreign surname written alone after 'ông'/'bà' one transliteration letter away from the surname of a full name
the text writes more often ('Sahiba Gafarova' … 'bà Gafarowa'): one person spelled two ways.

audit.lang.respelled compares full names (a given name before the surname); a surname standing alone after an
honorific is the other common way news names a person the second time. Only a letter that transliterations of
one letter swap is taken (Cyrillic в as v or w, й/ы as i or y, к as k or c): 'Nilsen' / 'Nilson', 'Hansen' /
'Jansen' and 'Petrov' / 'Petrova' (a husband and a wife) are other names, and so are short surnames.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from audit.lang.lines import line_starts, matches_by_line
from audit.lang.respelled import Respelling, _foreign, _mentions

# Letters that transliterations of one letter write either way (Cyrillic в v/w, й and ы i/y, к k/c)
_VARIANTS = frozenset({frozenset("vw"), frozenset("iy"), frozenset("kc")})
_MIN_LENGTH = 6  # letters: 'Gafarova'; shorter surnames differ by such a letter too often ('Kim'/'Kym')
# A capitalised Latin word after an honorific: a surname standing alone ('bà Gafarowa', 'ông Aliyew')
_LONE = re.compile(r"(?<!\w)(?:[ÔôOo]ng|[Bb]à|[Nn]gài) ([A-Z][a-zà-öø-ÿ]{5,})(?![\w'’-])")


def _variant_of(word: str, surname: str) -> bool:
    """``word`` is ``surname`` with one letter after the first changed for its transliteration twin."""
    if len(word) != len(surname) or word[0] != surname[0]:
        return False
    diff = [(a, b) for a, b in zip(word.lower(), surname.lower(), strict=True) if a != b]
    return len(diff) == 1 and frozenset(diff[0]) in _VARIANTS


def lone_respellings(
    texts: list[str], joined: str | None = None, starts: list[int] | None = None
) -> Iterator[Respelling]:
    """Each surname written alone after an honorific that is a full name's surname with one letter swapped for its
    transliteration twin, where the full name's spelling is the more frequent (its full and lone mentions), the
    other spelling is nobody's full name, and the two are not in one sentence (two people then)."""
    if joined is None or starts is None:
        joined, starts = "\n".join(texts), line_starts(texts)
    lone = [(k, m) for k, found in enumerate(matches_by_line(_LONE, joined, starts)) for m in found]
    if not lone:
        return  # most texts: no surname alone after 'ông'/'bà' long enough
    full = _mentions(texts, joined, starts)
    surnames = {m.surname for m in full}
    words = {w for m in full for w in (m.given, m.surname)}
    counts: Counter[str] = Counter(m.surname for m in full)
    counts.update(m.group(1) for _, m in lone)
    for k, m in lone:
        word = m.group(1)
        if word in words or not _foreign(word):
            continue
        main = next((s for s in sorted(surnames) if _variant_of(word, s) and counts[s] > counts[word]), None)
        if main is None or re.search(rf"(?<!\w){re.escape(main)}(?!\w)", texts[k]):
            continue
        start = m.start(1) - starts[k]
        yield Respelling(k, start, start + len(word), word, main)
