"""Characters news text seldom holds, which several document scans look for one class at a time.

Chinese characters (L103), interpuncts (N102's foreign names written with '·'), pinyin tone marks (the pinyin
names N101 reads) and the letters of the Latin Extended Additional block that are no Vietnamese letters (L102). A
scan registered here (:func:`rare_scan`) is one character class within :data:`RARE`; one scan of a document's text
for :data:`RARE` finds which of these characters it holds (most often none), and a registered scan need not run
where none of its class is there (audit.rules._prefilter.segments_matching).
"""

from __future__ import annotations

import re
from collections.abc import Set

RARE_CLASSES = ("\u3400-\U0002ffff", "•·‧・∙", "āēīōūǖǎěǐǒǔǚǘǜ", "\u1e80-\u1e9f\u1efa-\u1eff")
RARE = re.compile("[" + "".join(RARE_CLASSES) + "]")
_SCANS: set[re.Pattern[str]] = set()
# the registered scans by identity: hashing a compiled pattern hashes its whole program (20 us for a large trie,
# asked for every document scan); the patterns are kept alive in _SCANS, so their ids stay theirs. A pattern equal to
# a registered one but compiled apart is then not taken for it: it is scanned for everywhere, with the same result.
_SCAN_IDS: set[int] = set()


def rare_scan(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Register ``pattern``, one character class whose characters are all :data:`RARE`'s (a test checks it over
    every code point), and return it."""
    _SCANS.add(pattern)
    _SCAN_IDS.add(id(pattern))
    return pattern


def registered() -> frozenset[re.Pattern[str]]:
    return frozenset(_SCANS)


def is_rare_scan(pattern: re.Pattern[str]) -> bool:
    """``pattern`` is registered (:func:`rare_scan`): ask :func:`may_match` before scanning for it."""
    return id(pattern) in _SCAN_IDS


def may_match(pattern: re.Pattern[str], present: Set[str]) -> bool:
    """``pattern`` may match in a text whose :data:`RARE` characters are ``present``: always for a pattern not
    registered; for a registered one, exactly when one of those characters is of its class."""
    return id(pattern) not in _SCAN_IDS or any(pattern.match(c) for c in present)
