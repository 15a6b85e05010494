"""T101's lone unmarked given name ('Bà Dieu' where the document names 'Lê Thị Diệu') scans the article for 'ông'/'bà'
and a lone word only where the article holds, capitalised, the fold of a given name of one marked form that is no
syllable as written (round 22, perf25): the word a match gives is its own lowercase form capitalised, so no finding
is lost. Random text for that property; names and sentences written for this test, both ways."""

from __future__ import annotations

import random

from audit.api import audit_text
from audit.rules.names.inconsistent_name import _lone_names


def test_a_lone_word_is_its_lowercase_form_capitalised() -> None:
    rng = random.Random(22)
    parts = ["ông ", "Ông ", "bà ", "Bà ", "Dieu", "Tue", "Hà", "An", "x", "Q", "é", ".", "-", "_", " ", "\n", "3"]
    seen = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        for m in _lone_names(text):
            assert m.group(1) == m.group(1).lower().capitalize(), text
            seen += 1
    assert seen > 500


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["T101"])]


def test_the_lone_given_name_still_fires_and_stays_quiet() -> None:
    assert _found("Bà Lê Thị Diệu dự lễ khai mạc.\nBà Dieu cho biết vụ mùa năm nay tốt.\n") == [("Dieu", "Diệu")]
    assert _found("Ông Đỗ Minh Tuệ thăm trường.\nÔng Tue khen học sinh.\n") == [("Tue", "Tuệ")]
    # two marked forms read so ('Diệu', 'Diêu'): which one is meant is unknown
    assert _found("Bà Lê Thị Diệu dự lễ.\nBà Lê Thị Diêu cũng dự.\nBà Dieu cho biết.\n") == []
    # the word written only inside another word: no lone name, the scan is spared
    assert _found("Ông Đỗ Minh Tuệ thăm trường.\nHọc sinh Tuesday Lee dự.\n") == []
