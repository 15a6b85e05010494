"""A SplitScan (a scan that opens on a class of characters or on one of a few words, made one scan a character or
word) finds the segments its whole pattern finds, in the same order: for every split scan the rules use, on the
prefilter tests' documents, on the rule examples and on random lines of the characters and words the scans look for
(lines written for this test, not from a set)."""

from __future__ import annotations

import random

import pytest

from audit.lang.textcache import new_document
from audit.rules import number_format, punctuation, sentences, zh_calques
from audit.rules._prefilter import SplitScan, segments_matching, segments_matching_split, split_scan, split_words
from audit.rules.base import DocContext
from audit.rules.countries import country_pair_calque
from tests.unit.test_prefilter import DOCS, _doc

SCANS = {
    "F101": punctuation._MAYBE_DOUBLED_SCAN,
    "F102": punctuation.SpaceBeforePunctuation.scan,
    "F107": sentences._BREAKAGE_SCAN,
    "F108": sentences._LIST_END,
    "C102": country_pair_calque._dash_scan(),
    "T308": zh_calques._classifier_scan(),
    "C102 gate": country_pair_calque._upper_pair()[1],
    "F114": number_format.EnglishNumberFormat.scan,
}
# pieces random lines are made of: the scans' characters, spaces, letters, words the dash scan and the classifier
# scan want
PIECES = [*".,;:!?-–—", " ", " ", "  ", "\t", "\xa0", "a", "Ô", "vv", "v.v", "…", "Lào", "Mỹ", "Trung", "Xê", "út", "9"]
PIECES += ["giá ", "danh ", "lượng", "mai", "tao", " cái", "máy bay", "chiếc", "xe tăng", "sách", "hiệu", " người"]
PIECES += ["học sinh", "0", "12", "345", "6789", "1,5", "2.05", ",000", "7.", "8,", "x1"]


def _lines(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


@pytest.mark.parametrize("code", sorted(SCANS))
def test_split_scan_finds_the_segments_of_its_whole_pattern(code: str) -> None:
    scan = SCANS[code]
    assert isinstance(scan, SplitScan)
    random_docs = [_doc(_lines(seed, 60)) for seed in range(40)]
    for doc in [*DOCS, *random_docs]:
        new_document()
        ctx = DocContext(doc)
        whole = [s.index for s in segments_matching(ctx, scan.whole)]
        assert [s.index for s in segments_matching_split(ctx, scan)] == whole
        assert set(whole) >= {s.index for s in doc.segments if not s.boilerplate and scan.whole.search(s.text)}


@pytest.mark.parametrize("code", sorted(SCANS))
def test_split_scan_heads_match_where_the_whole_matches(code: str) -> None:
    """At each place of a line the whole pattern matches just where the head of a literal there matches (for a class
    of characters: the character's head, to the same end)."""
    scan = SCANS[code]
    for line in _lines(7, 400):
        assert scan.search_any(line) == (scan.whole.search(line) is not None), line
        for i in range(len(line)):
            m = scan.whole.match(line, i)
            heads = [h.match(line, i) for literal, h in scan.heads if line.startswith(literal, i)]
            assert (m is not None) == any(heads), (line, i)
            if all(len(literal) == 1 for literal, _ in scan.heads) and m is not None:
                assert [h.end() for h in heads if h] == [m.end()], (line, i)


def test_split_scan_builds_the_class_and_its_heads() -> None:
    scan = split_scan("-.]", r"x+")
    assert scan.whole.pattern == r"[\-\.\]](?:x+)"
    assert [c for c, _ in scan.heads] == ["-", ".", "]"]
    assert scan.whole.findall("a-x].xx]") == ["-x", ".xx"]
    words = split_words(["ab", "a"], r"c")
    assert words.whole.pattern == "(?:ab|a)(?:c)"
    assert [w for w, _ in words.heads] == ["ab", "a"]


def test_f114_scan_finds_the_segments_of_its_trigger() -> None:
    """F114's scan from the separator (',' or '.' after a digit, then three digits or one) finds just the segments its
    trigger (a digit, then ',' and three digits or '.' and one) matches, on random lines of digits, separators and
    letters."""
    trigger, scan = number_format.EnglishNumberFormat.trigger, number_format.EnglishNumberFormat.scan
    rnd = random.Random(114)
    pieces = [*"0123456789", ",", ".", ",", ".", " ", "a", "đ", "\n", "%"]
    for _ in range(300):
        lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(rnd.randint(1, 30))]
        doc = _doc(lines)
        new_document()
        ctx = DocContext(doc)
        expected = [s.index for s in doc.segments if trigger.search(s.text)]
        assert [s.index for s in segments_matching_split(ctx, scan)] == expected, lines
        for line in lines:
            assert (scan.whole.search(line) is not None) == (trigger.search(line) is not None), line


def test_f114_trigger_holds_every_form() -> None:
    """Every number F114 reads as English ('350,000 người', '3.5 triệu', '$1,200') stands in a text its trigger
    matches: random texts of numbers, separators, signs and the words the forms look for after a number."""
    forms, trigger = number_format._FORMS, number_format.EnglishNumberFormat.trigger
    rnd = random.Random(1140)
    pieces = [*"0123456789", ",", ".", " ", " ", "$", "€", "%", "a", "-", "/", "7,000", "1.5", "12.75", "3,250"]
    pieces += [" người", " triệu", " tỷ", " đồng", " USD/tấn", " km", " độ C", " billion", " hộ", " lệ", "46,800,000"]
    hits = 0
    for _ in range(40000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        if forms.search(text):
            hits += 1
            assert trigger.search(text), text
    assert hits > 2000
