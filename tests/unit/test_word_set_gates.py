"""Gates on the article's word set that spare scans without changing what they find: C105's scan for Vietnamese places
written in English or without marks (``may_hold_place``) and for English region words (``may_hold_region``), and
L101's scan for English dates (``MONTH_WORDS``). Each runs only where a match is possible: checked on random texts
glued from the forms, their pieces and what may touch them, and on every line of the test pages."""

from __future__ import annotations

import random
from pathlib import Path

from audit.lang.tokens import words
from audit.rules.countries.english_vn_place import english_vn_places, may_hold_place, place_pattern
from audit.rules.countries.untranslated_country_word import _region_pattern, en_regions, may_hold_region
from audit.rules.language.english_dates import ENGLISH_DATE, MONTH_WORDS, english_dates

_DATA = Path(__file__).resolve().parent.parent / "data"
_GLUE = (" ", "  ", "-", "_", ".", ",", "(", ")", "'", "’", "x", "9", "é", "\n", "Đ", "ở ", "tại ")


def _pieces() -> list[str]:
    forms = list(english_vn_places())
    pieces = forms + [w for f in forms for w in f.split()] + [f[:3] for f in forms] + [f.upper() for f in forms[:9]]
    months = ["Nov.", "Nov", "December", "Sept", "Jun", "June", "May", "Mar", "Marc", "Oct.", "Dec"]
    dates = [f"{m} {d}" for m in months for d in ("20", "3, 2025", "45", "1/2")]
    return pieces + months + dates + ["Hà Nội", "Cần Thơ", "ngày"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng, pieces = random.Random(seed), _pieces()
    return ["".join(rng.choice(pieces) + rng.choice(_GLUE) for _ in range(rng.randrange(1, 8))) for _ in range(n)]


def _test_lines() -> list[str]:
    return [
        line
        for path in sorted(_DATA.rglob("*"))
        if path.is_file() and path.suffix in (".txt", ".html", ".htm", ".md")
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]


def test_the_place_gate_passes_every_text_the_place_pattern_matches() -> None:
    """Random texts of forms not in any motivating set's order (and all test-page lines): where the pattern finds a
    form, the gate on the text's words is open; and it is shut on some, or it would spare nothing."""
    shut = matched = 0
    for text in _random_texts(4000, 20) + _test_lines():
        found = place_pattern().search(text) is not None
        gate = may_hold_place(set(words(text)), text)
        assert gate or not found, text
        shut += not gate
        matched += found
    assert shut > 100 and matched > 100


def test_the_month_gate_passes_every_text_with_an_english_date() -> None:
    """english_dates yields only where a month word is one of the text's words; the scan itself may match more
    ('XNov. 20' inside a word), which english_dates drops."""
    shut = dated = 0
    for text in _random_texts(4000, 21) + _test_lines():
        gate = not MONTH_WORDS.isdisjoint(words(text))
        found = list(english_dates(text))
        assert gate or not found, text
        shut += not gate and ENGLISH_DATE.search(text) is None
        dated += bool(found)
    assert shut > 100 and dated > 100


def test_the_region_gate_passes_every_text_the_region_pattern_matches() -> None:
    """C105's English region words (perf23: a set test of the article's words instead of a scan for each region's
    stem): random texts glued from the region words, their pieces and their stems inside other words ('Asiana',
    'Eurasian', 'EastWest'), none of them a motivating sentence, and every test-page line. Where the pattern finds a
    region word the gate is open; it is shut on some."""
    regions = list(en_regions())
    pieces = regions + [w for r in regions for w in r.split()] + ["Asiana", "Eurasian", "EastWest", "Asia-Pacific"]
    pieces += [r.upper() for r in regions[:5]] + [r.lower() for r in regions[5:10]] + ["châu Âu", "Đông Nam Á", "ở"]
    rng = random.Random(22)
    texts = ["".join(rng.choice(pieces) + rng.choice(_GLUE) for _ in range(rng.randrange(1, 6))) for _ in range(4000)]
    shut = matched = 0
    for text in texts + _test_lines():
        found = _region_pattern().search(text) is not None
        gate = may_hold_region(set(words(text)))
        assert gate or not found, text
        shut += not gate
        matched += found
    assert shut > 100 and matched > 100
