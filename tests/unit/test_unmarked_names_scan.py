"""T101's unmarked three-word names ('Ngoc Lan Vy' beside 'Ngọc Lan Vy', adversary71) look for the document's marked
runs of three capitalised words only where one can start, at a capitalised word that opens a run looked up, not at
every character (40 us/segment of the MT-dense bench went to that scan). Random text and edge cases: the capitalised
words give the runs every position gives; the rule fires and stays quiet as before."""

from __future__ import annotations

import random

from audit.api import audit_text
from audit.rules.names.inconsistent_name import _CAPITALISED_THREE, _UNMARKED_THREE, _WORD_CAPITAL


def _runs_everywhere(text: str) -> list[str]:
    return [m.group() for k in range(len(text)) if (m := _CAPITALISED_THREE.match(text, k)) is not None]


def _runs_at_capitals(text: str) -> list[str]:
    words = _WORD_CAPITAL.finditer(text)
    return [m.group() for w in words if (m := _CAPITALISED_THREE.match(text, w.start())) is not None]


def test_the_capitals_give_the_runs_every_position_gives() -> None:
    rng = random.Random(7)
    letters = [*"abcđơưĐẠABCxyZ-.,\n ", "Ngọc ", "Lan ", "Vy ", "Đà ", "Nẵng "]
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 50))) for _ in range(5000)]
    texts += ["Ca Sĩ Ngọc Lan Vy hát", "Đ", "-Ngọc Lan Vy", "xNgọc Lan Vy", "Đà Nẵng Hà Nội", "A-Bé Cà Dê Ê"]
    for text in texts:
        assert _runs_at_capitals(text) == _runs_everywhere(text), text


def test_the_unmarked_pattern_opening_on_its_capital_finds_what_its_lookbehind_first_found() -> None:
    import re

    before = re.compile(r"(?<![\w-])[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+(?![\w-])")
    rng = random.Random(11)
    letters = [*"abcxyzABCXYZđĐ-.,\n ", "Ngoc ", "Lan ", "Vy ", "Van "]
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 50)))
        assert [m.span() for m in _UNMARKED_THREE.finditer(text)] == [m.span() for m in before.finditer(text)], text


def test_an_unmarked_stage_name_still_fires_and_a_marked_one_does_not() -> None:
    text = (
        "Ca sĩ Ngọc Lan Vy ra mắt album mới tại Hà Nội.\n"
        "Khán giả đón nhận Ngoc Lan Vy nồng nhiệt trong đêm nhạc.\n"
        "Bảo Thanh Hương cũng góp mặt trong đêm diễn.\n"
    )
    assert [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=["T101"])] == [
        ("T101", "Ngoc Lan Vy", "Ngọc Lan Vy")
    ]
