"""T101's wrong-honorific check finds where a full name stands as a whole word with ``str.find``: the places
``re.finditer`` of the name between ``(?<!\\w)`` and ``(?!\\w)`` gives, on random texts of other names than the
rule's examples (a name inside a longer word, after '_', a digit or a mark, at both ends, twice in a row, a name
that overlaps itself)."""

from __future__ import annotations

import random
import re

from audit.rules.names.honorific_sex import whole_word_starts

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
