"""N103's dates are searched only on the lines a literal hint stands on: the same matches as a search of the whole text.

Strings written for this test: dates with and without a day, several on one line, across lines, glued to digits or
slashes (no date), upper-case 'THÁNG', a bare year."""

from __future__ import annotations

import random

import pytest

from audit.rules._prefilter import CASE_UNSAFE
from audit.rules.names.text_months import (
    _SLASH_DATE,
    _SLASH_HINT,
    _WORD_DATE,
    _WORD_HINT,
    _WORD_HINT_LOWER,
    _on_hinted_lines,
    written_months,
)

TEXTS = [
    "Hải Phòng, 3/9/2024 - Cảng đón tàu.\nNgày 12/2024 và 7/2023; 111/2024 không phải ngày; 1/2/3/2024.",
    "THÁNG 4 NĂM 2025 và tháng 11 năm 2024\nXtháng 5 năm 2025 không tính; tháng 13 năm 2025 có khớp mẫu.",
    "Năm 2025 chỉ có năm.\n\n/2025 đứng đầu dòng, 5//2025, 05/2025x, 30/04/1975.",
    "",
]


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_hinted_lines_give_the_whole_text_matches(text: str) -> None:
    for pattern, hint in ((_SLASH_DATE, _SLASH_HINT), (_WORD_DATE, _WORD_HINT)):
        assert _spans(_on_hinted_lines(pattern, hint, text)) == _spans(pattern.finditer(text))


def test_random_strings_of_date_pieces() -> None:
    rnd = random.Random(7)
    pieces = ["1", "12", "/", "/2025", "/1999", " ", "\n", "tháng ", "Tháng ", "THÁNG ", "năm ", "2024", "x"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20)))
        for pattern, hint in ((_SLASH_DATE, _SLASH_HINT), (_WORD_DATE, _WORD_HINT)):
            assert _spans(_on_hinted_lines(pattern, hint, text)) == _spans(pattern.finditer(text)), text


def test_the_lowercase_hint_stands_where_the_hint_does() -> None:
    """perf21: the word hint is searched in the lowercase article text. Over every code point but CASE_UNSAFE's,
    lowercasing keeps one character for one, and gives a letter of 'tháng ' (or the space) from just the characters
    _WORD_HINT's class for it admits; on random strings of date pieces in mixed case the hinted search gives the
    whole text's matches, and written_months the same months."""
    classes = dict(zip("tháng ", ("tT", "hH", "áÁ", "nN", "gG", " "), strict=True))
    assert all(c.lower() == letter for letter, cls in classes.items() for c in cls)
    for code in range(0x110000):
        c = chr(code)
        if c in CASE_UNSAFE or 0xD800 <= code <= 0xDFFF:
            continue
        low = c.lower()
        assert len(low) == 1, hex(code)
        assert low not in classes or c in classes[low], hex(code)
    rnd = random.Random(21)
    pieces = [
        "1",
        "12",
        "/",
        "/2025",
        " ",
        "\n",
        "tháng ",
        "Tháng ",
        "THÁNG ",
        "tHáNg ",
        "ThánG",
        "năm ",
        "NĂM ",
        "2024",
    ]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20)))
        lowered = text.lower()
        assert _spans(_on_hinted_lines(_WORD_DATE, _WORD_HINT_LOWER, text, lowered)) == _spans(
            _WORD_DATE.finditer(text)
        )
        assert written_months(text, lowered) == written_months(text), text
