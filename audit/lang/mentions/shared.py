"""What the mention finders share: the interpunct, optional word lists, country names as titles and the
gazetteer write them, and whether a word is spelt as only Vietnamese spells it."""

from __future__ import annotations

import functools
import re
import unicodedata

from audit.lang.people import offices
from audit.lang.pinyin import has_vietnamese_letters
from audit.lang.rare_chars import rare_scan
from audit.lang.resources import ResourceError, read_lines

DOT = rare_scan(re.compile("[•·‧・∙]"))
INTERPUNCT = re.compile(r"\s*[•·‧・∙]\s*")


def optional_lines(name: str) -> list[str]:
    """The lines of a reference file, none when it is absent."""
    try:
        return read_lines(name)
    except ResourceError:
        return []


def base_title(title: str) -> str:
    """A foreign office's title without its country: 'Tổng thống Belarus' → 'Tổng thống'."""
    words = title.split()
    for i, w in enumerate(words[1:], start=1):
        if w[0].isupper():
            return " ".join(words[:i])
    return title


@functools.cache
def country_names() -> frozenset[str]:
    """Country names as they appear in the offices' titles ('Belarus', 'Lào', 'Việt Nam') and every
    Vietnamese form of the country gazetteer ('Chile', 'New Zealand')."""
    from audit.lang.countries import gazetteer

    out = {"Việt Nam", *gazetteer().forms}
    for o in offices().values():
        for t in o.titles:
            base = base_title(t)
            if base != t and o.country != "vn":
                out.add(t[len(base) :].strip())
    return frozenset(x for x in out if x)


# Marks only Vietnamese puts on Latin letters (breve, circumflex, horn, hook above, dot below) and đ; an acute,
# a grave or a tilde on a plain vowel is Portuguese, Spanish or French as well ('Téte', 'António', 'João')
_VI_ONLY_MARKS = frozenset("\u0306\u0302\u031b\u0309\u0323")


def vietnamese_spelt(word: str) -> bool:
    """Only Vietnamese spells the word so: a mark no other Latin alphabet puts on the letter ('Hê', 'Lượng',
    'Đức'), or a valid Vietnamese syllable with a diacritic ('Lý', 'Tô'); 'Téte' and 'António' are not."""
    if not has_vietnamese_letters(word):
        return False
    if "đ" in word.lower() or not _VI_ONLY_MARKS.isdisjoint(unicodedata.normalize("NFD", word)):
        return True
    from audit.lang.syllable import is_valid_syllable

    return is_valid_syllable(word)


def foreign(word: str) -> bool:
    """A word no Vietnamese writer spells so: neither :func:`vietnamese_spelt` nor a valid syllable."""
    if vietnamese_spelt(word):
        return False
    try:
        from audit.lang.syllable import is_valid_syllable
    except ImportError:
        return len(word) > 4
    return not is_valid_syllable(word)
