"""C103's party patterns with the word-start test after each party noun's first letter find what the patterns with
the test before the nouns found: the same matches, spans and readings, on the rule examples and on lines written for
this test (parties and countries not in the examples, words glued to the noun, '_' and digits before it)."""

from __future__ import annotations

import re

from audit.lang.countries import trie_pattern
from audit.rules.countries import country_abbreviation_calque as c103
from audit.rules.docs import strip_marks
from audit.rules.registry import all_rules

LINES = [
    "Quân đội Trắng và nhân dân Trắng cùng chính phủ trắng; Nhà nước Trắng",
    "xphía Hàn, _Phía Tân, 9Bên Ấn, Phía  Hàn, phía\tMông, Bên Ấn đánh giá, bên Tân",
    "Đại sứ quán Trắng;Tổng thống Trắng, Thủ tướng Trắng-Nga, đại sứ quánTrắng",
    "Phía Wu cảm ơn; phía Yue đề nghị; Bênphía Ấn",
]


def _old(regexes: dict[str, tuple[re.Pattern[str], dict[str, str]]]) -> dict[str, re.Pattern[str]]:
    short, lit_vi = regexes["short"][1], regexes["lit_vi"][1]
    return {
        "lit_vi": re.compile(rf"(?<!\w)(?:{c103._PARTY_NOUN})\s+(?P<w>{trie_pattern(lit_vi)})(?![\w-])"),
        "short": re.compile(rf"(?<!\w)(?:phía|Phía|Bên)\s+(?P<w>{trie_pattern(short)})(?![\w-])"),
    }


def test_party_patterns_match_as_with_the_lookbehind_first() -> None:
    regexes = c103._party_regexes()
    examples = [strip_marks(ex) for cls in all_rules().values() for ex in (*cls.fires, *cls.quiet)]
    lines = [*LINES, *(line for ex in examples for line in ex.split("\n"))]
    found = 0
    for name, old in _old(regexes).items():
        new = regexes[name][0]
        for line in lines:
            spans = [(m.span(), m.span("w")) for m in new.finditer(line)]
            assert spans == [(m.span(), m.span("w")) for m in old.finditer(line)], (name, line)
            found += len(spans)
    assert found >= 10
