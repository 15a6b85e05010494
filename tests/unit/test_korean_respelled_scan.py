"""T101's Korean names in two romanisations ('Kim Sang-sik' … 'Kim Sang-shik') are looked for round each hyphen
between lowercase letters of the article, not by a pattern opening on a lookbehind tried at every character of each
segment holding a hyphen (round 22, perf25). On random text and edge cases (newlines, no-break and double spaces,
digits, hyphens in a row, names at a text's edges) the scan gives the matches the plain per-text scan gives; and the
rule fires and stays quiet as before (names written for this test, not from the set that motivated the rule)."""

from __future__ import annotations

import random

from audit.api import audit_text
from audit.lang.korean_respelled import _NAME, _mentions, korean_respellings


def _plain(texts: list[str]) -> list[tuple[int, int, int, str, str]]:
    return [(k, m.start(), m.end(), m[1], m[2]) for k, text in enumerate(texts) for m in _NAME.finditer(text)]


def test_the_hyphen_scan_gives_the_plain_matches() -> None:
    rng = random.Random(22)
    pieces = [*"abkAKZ-_1.,( \u00a0", "Choi ", "Jae-", "hyun", "Park Ji-", "sung", "-ho", "Lee Kang-in", "Oh "]
    for _ in range(4000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(rng.randint(1, 4))]
        assert _mentions(texts, None, None) == _plain(texts), texts
        joined = "\n".join(texts)
        starts = [0]
        for t in texts[:-1]:
            starts.append(starts[-1] + len(t) + 1)
        assert _mentions(texts, joined, starts) == _plain(texts), texts
    edges = ["Ko Bo-ra", "Ab Cdefghi-abcdef", "Abcdef Cdefghi-abcdefg", "xAb Cd-ef", "Ab Cd-ef-gh", "Ab Cd-ef Gh Ij-kl"]
    for text in edges:
        assert _mentions([text, text], None, None) == _plain([text, text]), text


def test_a_korean_name_in_two_romanisations_still_fires_and_two_people_stay_apart() -> None:
    assert [
        (r.form, r.main)
        for r in korean_respellings(["Ông Park Dong-hoon đến.", "Ông Park Dong-hoon nói.", "Park Tong-hoon cười."])
    ] == [("Park Tong-hoon", "Park Dong-hoon")]
    text = "Tiền vệ Choi Jae-hyun ghi bàn.\nHLV Choi Jae-hyun hài lòng.\nThủ môn Choi Chae-hyun cứu thua.\n"
    assert [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=["T101"])] == [
        ("T101", "Choi Chae-hyun", "Choi Jae-hyun")
    ]
    assert not audit_text("Nữ cung thủ Lim Si-hyun và Lim Shi-hyun cùng thi đấu.\n", select=["T101"])
