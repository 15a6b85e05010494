"""audit.rules._literal_edges reads from a pattern whether a literal it spells stands as whole words in every match,
and T308 gates its idiom keys on it. The patterns and phrases here are written for this test (none is a row of
references/en_idiom_calques.tsv); each claim is also checked on the matches of the patterns in random texts."""

from __future__ import annotations

import random
import re

import pytest

from audit.lang.en_idioms import idiom_calques
from audit.lang.textcache import new_document
from audit.model import Document, Segment
from audit.rules import zh_calques
from audit.rules._literal_edges import literal_edges
from audit.rules.base import DocContext

W = r"(?<!\w)(?:{})(?!\w)"  # how a row's pattern is wrapped

CASES = [
    (W.format("gió thổi qua đồi"), "thổi qua", (True, True)),
    (W.format("mưa (?:to |nhỏ )?rơi xuống"), "rơi xuống", (True, True)),  # after an optional part ending in a space
    (W.format("(?:đang|vừa) (?P<s>leo núi)(?= (?:cùng|với))"), "leo núi", (True, True)),  # group, lookahead after
    (W.format("mây trôi(?! (?:nhanh|chậm))"), "mây trôi", (True, True)),  # at the match's edges
    (W.format("đi ?(?P<s>về nhà)"), "về nhà", (False, True)),  # an optional space: 'đivề' may come before
    (W.format("[a-z]+về nhà"), "về nhà", (False, True)),
    (W.format("về nhà\\w*"), "về nhà", (True, False)),
    (W.format("về nhà(?:m| ngay)?"), "về nhà", (True, False)),
    (W.format("(?:về nhà )?ngủ"), "về nhà", (False, False)),  # not in every match
    (W.format("ngủ|về nhà"), "về nhà", (False, False)),
    ("về nhà", "về nhà", (False, False)),  # no word boundary around the match itself
    (r"(?<!\w)về nhà", "về nhà", (True, False)),
    (W.format("Về Nhà"), "về nhà", (True, True)),  # case-insensitive
    (W.format("(a)\\1 về nhà"), "về nhà", (False, False)),  # a backreference: not read
]


@pytest.mark.parametrize(("pattern", "literal", "edges"), CASES)
def test_literal_edges(pattern: str, literal: str, edges: tuple[bool, bool]) -> None:
    assert literal_edges(pattern, literal) == edges


PIECES = ["về nhà", "ngủ", "đi", "đivề nhà", "về nhàm", " ", " ", ",", "mưa to ", "rơi xuống", "rơi xuốngx", "a"]
PIECES += ["mây trôi", "mây trôinhanh", "leo núi", "đang ", "vừa", " cùng", "gió thổi qua đồi", "ngay", "m", "nhỏ "]


def _whole_at(text: str, start: int, end: int) -> tuple[bool, bool]:
    return (start == 0 or not re.match(r"\w", text[start - 1]), end == len(text) or not re.match(r"\w", text[end]))


def test_claimed_edges_hold_in_every_match_of_random_texts() -> None:
    """Where literal_edges says a side is whole, every match of the pattern in random texts holds the literal with a
    non-word character or the text's edge on that side."""
    rnd = random.Random(5)
    texts = ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 9))) for _ in range(3000)]
    for pattern, literal, _ in CASES:
        left, right = literal_edges(pattern, literal)
        rx = re.compile(pattern, re.IGNORECASE)
        for text in texts:
            for m in rx.finditer(text):
                at = m.group().lower().find(literal)
                assert at >= 0 or not (left or right), (pattern, text)
                if at >= 0 and (left or right):
                    # the literal's first place in the match is where the pattern spells it in these cases
                    got = _whole_at(text, m.start() + at, m.start() + at + len(literal))
                    assert (not left or got[0]) and (not right or got[1]), (pattern, text)


def test_idiom_keys_whole_only_where_every_row_says_so() -> None:
    """T308 looks for a key as whole words only when every row with that key holds it so."""
    whole, inner = zh_calques._idiom_keys_by_edges()
    assert set(whole) | set(inner) == {c.key for c in idiom_calques()}
    for c in idiom_calques():
        if c.key in whole:
            assert literal_edges(c.pattern.pattern, c.key) == (True, True)


def _doc(texts: list[str]) -> Document:
    return Document("<test>", [Segment(i, t, line=i + 1, column=1) for i, t in enumerate(texts)])


def test_t308_idiom_gate_both_ways() -> None:
    """A row's idiom in a sentence of its own is still found (the gate lets the key through); the key glued into a
    longer word is no candidate (the gate keeps it out, and no row could match there)."""
    rule = zh_calques.ChineseWordCalque()
    whole, _ = zh_calques._idiom_keys_by_edges()
    plain = [c for c in idiom_calques() if c.key in whole and c.pattern.pattern == W.format(c.key)]
    if not plain:
        pytest.skip("no row whose pattern is its key alone")
    key = plain[0].key
    fire = f"Với ngành du lịch miền Trung, đợt sạt lở năm nay là một {key} cho các địa phương."
    assert plain[0].unless is None or not plain[0].unless.search(fire)
    glued = f"Trạm phát sóng nhận được {key}x từ vùng núi, rồi mọi việc trở lại bình thường."
    new_document()
    ctx = DocContext(_doc(["Bài viết về mùa mưa bão ở các tỉnh ven biển.", fire]))
    assert [s.index for s in rule.candidates(ctx)] == [1]
    assert [(h.segment, fire[h.start : h.end]) for h in rule.run(ctx)] == [(1, key)]
    new_document()
    ctx = DocContext(_doc(["Bài viết về mùa mưa bão ở các tỉnh ven biển.", glued]))
    assert list(rule.candidates(ctx)) == []
    assert not rule.trigger_pattern().search(glued)
