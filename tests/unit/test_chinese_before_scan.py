"""N101's 'introduced as Chinese' marker before a name (_CHINESE_BEFORE) as guarded tries: on random text of the
markers, the place words that void them, their pieces, spaces and line breaks, searched in a window before a
position as _marked does (the window's start may fall inside a place word), it finds what the plain pattern finds."""

from __future__ import annotations

import random
import re

from audit.rules.names.pinyin_name import _CHINESE_BEFORE, CHINESE_BEFORE_PLAIN

_PIECES = (
    "Trung Quốc", "người Hoa", "gốc Hoa", "Đài Loan", "Hồng Kông", "âm Hán Việt", "tên Hán-Việt", "theo Hán Việt",
    "Hán Việt", "là", "tại", "ở", "sang", "đến", "tới", "thăm", "với", "và", "giữa", "Trung", "Quốc", "Hoa", "Loan",
    "ông", "Wang Yi", "Tập Cận Bình", "xtại", "(", ",",
)  # fmt: skip


def test_guarded_tries_are_the_plain_pattern() -> None:
    plain = re.compile(CHINESE_BEFORE_PLAIN)
    rnd = random.Random(25)
    found = 0
    for _ in range(20000):
        text = "".join(
            rnd.choice(_PIECES) + rnd.choice([" ", " ", "  ", "\n", "\t", ""]) for _ in range(rnd.randint(1, 6))
        )
        end = len(text) if rnd.random() < 0.5 else rnd.randint(0, len(text))  # a name right after, or anywhere
        start = max(0, end - rnd.choice([30, 12, 5, 60]))
        want = plain.search(text, start, end)
        got = _CHINESE_BEFORE.search(text, start, end)
        assert (got is None) == (want is None), (text, start, end)
        if want is not None:
            assert got is not None and got.span() == want.span(), (text, start, end)
        found += want is not None
    assert 1000 < found < 10000
