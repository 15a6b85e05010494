"""T201's quick tests before its patterns give what the patterns alone give: the parallel pair ('Bắc Hàn và Nam Hàn'),
the gloss in brackets ('Ma-rốc (Morocco)') and the peninsula before a name ('bán đảo Triều Tiên': first whether the
segment holds 'án đảo ' at all), on random texts and mentions made of pieces written for this test."""

from __future__ import annotations

import random
from itertools import pairwise

from audit.lang.countries import Mention
from audit.rules.countries import inconsistent_exonym as t201

PIECES = ["Bắc Hàn", "Nam Hàn", "Bắc Cực", "Nam Phi", "Lào", " (", ")", " và ", " - ", ", "]
PIECES += ["bán đảo ", "Bán đảo ", "x"]
PIECES += ["án đảo ", "\n", "Nam ", "Bắc", "Ba Lan", "Nam Triều Tiên", "Bắc Triều Tiên", "Bán đảo\n"]
ISOS = ["KR", "KP", ""]
PIECES += [" (", ")", "Lào", "Ba Lan"] * 3


def _plain_parallel(text: str, mentions: list[Mention]) -> set[int]:
    out: set[int] = set()
    for a, b in pairwise(mentions):
        ma, mb = t201._COMPASS_NAME.fullmatch(a.text), t201._COMPASS_NAME.fullmatch(b.text)
        if (
            ma is not None
            and mb is not None
            and a.iso != b.iso
            and mb.group(1) == t201._OPPOSITE[ma.group(1)]
            and ma.group(2) == mb.group(2)
            and t201._PAIR_JOIN.fullmatch(text, a.end, b.start) is not None
        ):
            out |= {a.start, b.start}
    return out


def _plain_glossed(text: str, mentions: list[Mention]) -> set[int]:
    return {
        b.start
        for a, b in pairwise(mentions)
        if a.iso and a.iso == b.iso and text[a.end : b.start] == " (" and text[b.end : b.end + 1] == ")"
    }


def _sample(rnd: random.Random) -> tuple[str, list[Mention]]:
    parts = [rnd.choice(PIECES) for _ in range(rnd.randint(1, 9))]
    text, mentions, at = "", [], 0
    for part in parts:
        if part[:1].isupper() and rnd.random() < 0.8:
            mentions.append(Mention(at, at + len(part), part, rnd.choice(ISOS), "name"))
        text += part
        at += len(part)
    return text, mentions


def test_gates_give_what_the_patterns_give() -> None:
    rnd = random.Random(201)
    seen = {"parallel": 0, "glossed": 0, "peninsula": 0}
    for _ in range(80000):
        text, mentions = _sample(rnd)
        plain = _plain_parallel(text, mentions)
        assert t201._parallel(text, mentions) == plain, text
        glossed = _plain_glossed(text, mentions)
        assert t201._glossed(text, mentions) == glossed, text
        seen["parallel"] += bool(plain)
        seen["glossed"] += bool(glossed)
        for m in mentions:
            before = max(0, m.start - 8)
            whole = t201._PENINSULA.search(text, before, m.start) is not None
            gated = "án đảo " in text and t201._peninsula_before(text, m.start)
            assert gated == whole, text
            seen["peninsula"] += whole
    assert all(n > 30 for n in seen.values()), seen
