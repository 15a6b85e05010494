"""T101's wrong-honorific check finds where a full name stands as a whole word with ``str.find``: the places
``re.finditer`` of the name between ``(?<!\\w)`` and ``(?!\\w)`` gives, on random texts of other names than the
rule's examples (a name inside a longer word, after '_', a digit or a mark, at both ends, twice in a row, a name
that overlaps itself). And it finds 'ông'/'bà' before a lone word from a literal alternation, testing the character
before in Python (round 22): the matches of the plain pattern that opens on a class and a lookbehind, on random texts
('công bà Lan', 'xông Ông Hà', an honorific at a text's start or after a mark, '_', a digit)."""

from __future__ import annotations

import random
import re

from audit.rules.names.honorific_sex import _LONE, _lone_matches, whole_word_starts

NAMES = ["Phan Văn Khải", "Hà Thị Nga", "aa", "Lò Văn Lò"]
PARTS = [
    "Phan Văn Khải",
    "Hà Thị Nga",
    "Lò Văn Lò",
    "a",
    "aa",
    "Văn",
    "_",
    "3",
    "x",
    " ",
    " ",
    ",",
    "\u0301",
    "Ⅻ",
    "Hà",
]


def test_whole_word_starts_are_the_pattern_matches() -> None:
    rng = random.Random(27)
    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(PARTS) for _ in range(rng.randint(0, 10)))
        for name in NAMES:
            expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
            assert list(whole_word_starts(text, name)) == expected, (text, name)
            seen += len(expected)
    assert seen > 300


def test_lone_matches_are_the_plain_patterns() -> None:
    rng = random.Random(22)
    parts = ["ông", "Ông", "bà", "Bà", "công", "x", "_", "3", " ", " ", ".", "-", "@", "\u0301", "Hà", "Lan", "\n"]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    texts += ["công bà Lan nói", "xông Ông Hà", "ông Hà", "Bà Lan Anh", "_bà Lan", "ông bà Lan"]
    found = 0
    for text in texts:
        plain = [(m.span(), m.groups()) for m in _LONE.finditer(text)]
        assert [(m.span(), m.groups()) for m in _lone_matches(text)] == plain, text
        found += len(plain)
    assert found > 500
