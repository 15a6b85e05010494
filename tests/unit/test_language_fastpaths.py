"""The cheap counts of L102 (audit.rules.language.wrong_language_segment) agree with their plain definitions."""

from __future__ import annotations

import random

from audit.lang.langid import _VI_LETTERS
from audit.rules.language import wrong_language_segment as l102

_VI_BLOCK = "".join(map(chr, range(0x1E80, 0x1F00)))  # ạ…ỹ and their neighbours (ẞ, Ỻ …)
_ALPHABET = "".join(sorted(_VI_LETTERS)) + "abc xyz ĐđƯưƠơ.,中"


def _texts() -> list[str]:
    rng = random.Random(7)
    return [
        "Hai bên đã hội đàm tại Hà Nội về hợp tác kinh tế.",
        "The two sides agreed to strengthen cooperation.",
        "Ẁẃ ẋ Ỻỻ Ỽ ỿ ẞ ạ ỹ ư",
        *("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(3000)),
        *("".join(rng.choice(_ALPHABET + _VI_BLOCK) for _ in range(rng.randint(0, 8))) for _ in range(3000)),
    ]


def test_vi_letter_lower_bound_never_exceeds_the_count() -> None:
    for text in _texts():
        if not l102._EXT_ADDITIONAL_NOT_VI.search(text):
            count = len(l102._VI_CHAR.findall(text))
            assert not l102._vi_letters_reach(text, text.encode(), count + 1), text
            assert not l102._vi_letters_reach(text, text.encode(), count + 0.5), text


def test_plainly_vietnamese_is_the_same_with_the_cheap_count() -> None:
    for text in _texts():
        if not l102._EXT_ADDITIONAL_NOT_VI.search(text):
            assert l102._plainly_vietnamese(text, True) == l102._plainly_vietnamese(text, False), text
