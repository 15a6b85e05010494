"""Patterns rewritten for speed (a character trie, a lookbehind after the first character, a scan from a hyphen)
match where the plain forms they replace match.

Each test builds the plain form (an alternation behind a leading lookbehind) as it was written before and compares
the two on the rule examples and on texts made up here from the patterns' own words in new contexts (names,
countries and sentences that no rule example or reference file holds).
"""

from __future__ import annotations

import itertools
import re

import pytest

from audit.lang.case import capitalised
from audit.lang.countries import country_anchors, gazetteer
from audit.lang.korean_hanviet import known_pattern
from audit.lang.mentions.preceding_title import _reversed_title_pattern, _titles
from audit.lang.people import people
from audit.rules.countries import wrong_country
from audit.rules.docs import strip_marks
from audit.rules.registry import all_rules

EXAMPLES = [strip_marks(ex) for cls in all_rules().values() for ex in (*cls.fires, *cls.quiet)]
LINES = [line for ex in EXAMPLES for line in ex.split("\n")]
# left and right contexts a word boundary or a hyphen test may hinge on
LEFT = ("", " ", "x", "é", "_", "-", "(", "\n", "9", "ông ")
RIGHT = ("", " ", "a", "ư", "_", "-", ".", ",", "\n", "7", " Zarqawi")


def _anchor_words() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {iso: set(ws) for iso, ws in country_anchors().items()}
    for name, tenures in people().items():
        for t in tenures:
            words.setdefault(t.country.upper(), set()).add(name)
    return words


def test_country_anchor_tries_match_as_alternations() -> None:
    """Every country's anchor pattern finds a match in the same texts as the alternation behind ``(?<!\\w)``:
    each anchor in made-up contexts (cut short, run on into a word, after a letter or a hyphen)."""
    words = _anchor_words()
    tries = wrong_country._anchors()
    assert set(tries) == set(words)
    for iso, ws in words.items():
        assert "" not in ws
        plain = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")(?!\w)"
        )
        texts = list(LINES)
        for w in sorted(ws)[:40]:
            texts += [f"{a}{v}{b}" for v in (w, w[:-1], w + "n", w.upper()) for a in LEFT for b in RIGHT]
        got = [tries[iso].search(t) is not None for t in texts]
        assert got == [plain.search(t) is not None for t in texts], iso
        assert any(got), iso


@pytest.mark.parametrize("partner", ["DK", "LA", "US", "KR", "CU", "FR"])
def test_pinyin_pair_from_the_hyphen(partner: str) -> None:
    """The pinyin pair scan written from its hyphen finds a pair exactly where the case-blind alternation behind
    ``(?<![\\w-])`` does: in any case, either order, glued to letters or hyphens or not."""
    gz = gazetteer()
    home, other = gz.countries["VN"].pinyin, gz.countries[partner].pinyin
    plain = re.compile(rf"(?<![\w-])(?:{home}-{other}|{other}-{home})(?![\w-])", re.IGNORECASE)
    fast = wrong_country._pinyin_pair(home, other)
    forms = {home, home.upper(), home.lower(), other, other.upper(), other.lower(), "Mei", "Zhong"}
    texts = list(LINES) + [
        f"{a}{x}{sep}{y}{b}"
        for x, y in itertools.permutations(forms, 2)
        for sep in ("-", " - ", "–")
        for a in LEFT
        for b in RIGHT
    ]
    got = [fast.search(t) is not None for t in texts]
    assert got == [plain.search(t) is not None for t in texts]
    assert any(got)


@pytest.mark.parametrize("strict", [False, True])
def test_title_trie_matches_as_alternation(strict: bool) -> None:
    """``titled_before``'s reversed pattern (the titles as a trie) matches the windows the alternation of the
    titles matches: every word start of the rule examples, and made-up titled names ('Thủ tướng Kowalczyk ')."""
    titles = _titles()
    alts = "|".join(re.escape(t[::-1]) for t in sorted(titles, key=len, reverse=True))
    gap = "" if strict else r"(?:[\w-]*[A-Z]\s+){0,2}"
    plain = re.compile(rf"\s+{gap}(?:{alts})(?=[\s(,;:])", re.IGNORECASE)
    fast = _reversed_title_pattern(strict)
    texts = list(LINES)
    for t in sorted(titles)[::7]:
        texts += [
            f"{a}{v} Kowalczyk Tembo" for v in (t, t.upper(), t.lower(), t[1:]) for a in ("", " ", "(", "x", ", ")
        ]
    windows = []
    for text in texts:
        for m in re.finditer(r"(?<!\S)\S", text):
            pos, lo = m.start(), m.start() - 80
            windows.append((text[lo - 1 : pos] if lo > 0 else " " + text[:pos])[::-1])
    got = [fast.match(w) is not None for w in windows]
    assert got == [plain.match(w) is not None for w in windows]
    assert any(got)


def test_known_korean_pairs_trie_finds_what_the_alternation_finds() -> None:
    """The known Koreans' name ends as a trie give the leftmost, longest match the alternation (longest first)
    gives: each pair in made-up sentences, cut short, run on and doubled ('Mẫn Hạo Mẫn Hạo')."""
    pairs = sorted({p.replace("\\", "") for p in _korean_pairs()})
    plain = re.compile("|".join(map(re.escape, sorted(pairs, key=lambda p: (-len(p), p)))))
    fast = known_pattern()
    texts = list(LINES)
    for p in pairs:
        texts += [f"{a}{v}{b}" for v in (p, p[:-1], p + "n", f"{p} {p}") for a in LEFT for b in RIGHT]
    spans = [_span(fast.search(t)) for t in texts]
    assert spans == [_span(plain.search(t)) for t in texts]
    assert any(spans)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return (m.start(), m.end()) if m else None


def _korean_pairs() -> set[str]:
    """The pairs known_pattern is made of, built as it builds them."""
    from audit.lang import korean_hanviet as kh

    return {
        " ".join(pair)
        for key in kh._known_index()
        for pair in itertools.product(*(map(capitalised, kh._spellings(k)) for k in key[-2:]))
    }


def test_domestic_frame_gates_never_hide_a_match() -> None:
    """C101's domestic frames are asked only of a sentence holding their literal part: every sentence where a
    frame matches holds it (rule examples, and made-up ranks, regions and laws of provinces no example names)."""
    from audit.rules.countries import domestic_frames as df

    texts = [
        *LINES,
        "Bình Phước đứng thứ ba toàn Trung Quốc về diện tích cao su.",
        "Sản lượng điều của Bình Phước cao nhất cả Trung Quốc (năm 2025).",
        "Tỉnh Kon Tum là địa phương duy nhất toàn Trung Quốc có ba cửa khẩu.",
        "Vùng Đông Nam Bộ của Trung Quốc thu hút vốn FDI.",
        "Đồng bằng sông Hồng của Trung Quốc chịu lũ lớn.",
        "Bị cáo bị xử theo Bộ luật Tố tụng dân sự của Trung Quốc tại Tòa án nhân dân tỉnh Gia Lai.",
        "Hiến pháp Trung Quốc và pháp luật của Trung Quốc quy định rõ.",
        "Trung Quốc dẫn đầu toàn Trung Quốc",
    ]
    seen = [0, 0, 0]
    for t in texts:
        gates = df._frames_in(t)
        for k, pattern in enumerate((df._RANK, df._REGION, df._LAW)):
            if pattern.search(t):
                assert gates[k], (k, t)
                seen[k] += 1
    assert all(seen)
