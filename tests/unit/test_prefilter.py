"""The document scans of audit.rules._prefilter find every segment the per-segment test finds."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

import pytest

from audit.lang.textcache import new_document
from audit.lang.tokens import words
from audit.model import Document, Segment
from audit.pipeline import Settings, run_rules
from audit.rules import punctuation, sentences, zh_calques
from audit.rules._prefilter import (
    CASE_UNSAFE,
    NON_WORD,
    PrefilteredRule,
    content_vocabulary,
    content_words,
    in_vocabulary,
    segments_containing,
    segments_matching,
    segments_matching_split,
    word_count,
    word_counts,
    word_set,
)
from audit.rules.base import DocContext
from audit.rules.docs import strip_marks
from audit.rules.language import ChineseCharacters
from audit.rules.registry import all_rules

PREFILTERED = sorted(code for code, cls in all_rules().items() if issubclass(cls, PrefilteredRule))
EXAMPLES = [strip_marks(ex) for cls in all_rules().values() for ex in (*cls.fires, *cls.quiet)]
LINES = [line for ex in EXAMPLES for line in ex.split("\n")] + [
    ".",
    " . ",
    "!",
    "3 ức",
    "vạn",
    "Thứ Hai, 27/11/2013",
    "KỶ NIỆM 25 năm (1992-2017)",
    "kỷ nıệm 5 năm",
    "BIỂU THỊ",
    "a ,b",
    "vv",
    " - Lê - Lý - Trần",
]
# lines for the word splits (no 'ı': the lowercase article text is used), final sigmas and odd characters
WORD_LINES = [
    "ΟΔΟΣ ΑΣ, Σ. ΣΑΣ ΑΣ",
    "giá (1.000/kg) – 20%; tăng_x “ổn”… ‘x’ a&b a+b ₫5 x²  \u200b  Ⅻ",
    "Cuối câu còn dở và",
    "Bộ trưởng cảm ơn sự hỗ trợ của.",
    "Hai bên đã đã ký, ký kết hợp tác hợp tác. Ừ ừ ừ",
]


def _doc(texts: list[str]) -> Document:
    return Document("<test>", [Segment(i, t, line=i + 1, column=1) for i, t in enumerate(texts)])


# the lines one a segment, padded with spaces, in pairs and split inside a segment ('\n' within a segment
# turns the scans off), and each example as a document of its own
DOCS = [
    _doc(LINES),
    _doc([f"  {t} " for t in LINES]),
    _doc([f"{a}\n{b}" for a, b in zip(LINES[::2], LINES[1::2], strict=False)]),
    _doc(WORD_LINES + [line for line in LINES if "ı" not in line]),
    *(_doc(ex.split("\n")) for ex in EXAMPLES),
]


@pytest.mark.parametrize("code", PREFILTERED)
def test_candidates_hold_every_segment_the_trigger_matches(code: str) -> None:
    rule = all_rules()[code]()
    assert isinstance(rule, PrefilteredRule)
    overrides_run = type(rule).run is not PrefilteredRule.run
    for doc in DOCS:
        new_document()
        ctx = DocContext(doc)
        trigger = rule.trigger_pattern()
        matching = [s for s in doc.segments if trigger.search(s.text)]
        if overrides_run:  # the rule scans in its own way: it finds what checking those segments finds
            assert list(rule.run(ctx)) == [h for s in matching for h in rule.check(s, ctx)]
        else:
            candidates = list(rule.candidates(ctx))
            assert [s.index for s in candidates] == sorted({s.index for s in candidates})
            assert {s.index for s in matching} <= {s.index for s in candidates}


@pytest.mark.parametrize("code", PREFILTERED)
def test_trigger_parts_match_where_the_trigger_does(code: str) -> None:
    """A rule's trigger_parts() (one of them matches a text where the trigger does, and only there): on the test
    lines, every rule's examples, and the MT sets' plain-text pages."""
    rule = all_rules()[code]()
    assert isinstance(rule, PrefilteredRule)
    parts = rule.trigger_parts()
    if len(parts) == 1:
        assert parts[0] is rule.trigger_pattern()
        return
    trigger = rule.trigger_pattern()
    data = Path(__file__).resolve().parents[1] / "data"
    pages = [line for p in sorted(data.glob("*/mt/*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    held = 0
    for text in [*LINES, *WORD_LINES, *pages]:
        found = trigger.search(text) is not None
        assert any(p.search(text) for p in parts) == found, text
        held += found
    assert held > 20


def _searched_in_lowercase(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Every word a PrefilteredRule looks for with ``segments_containing(..., lowercase=True)`` on the test
    documents (in place of its trigger, a case-insensitive pattern)."""
    searched: set[str] = set()

    def recording(ctx: DocContext, needles: Iterable[str], *, lowercase: bool = False) -> list[Segment]:
        needles = tuple(needles)
        if lowercase:
            searched.update(needles)
        return segments_containing(ctx, needles, lowercase=lowercase)

    def gating(ctx: DocContext, needles: tuple[str, ...], *, whole: bool) -> list[str]:
        searched.update(needles)  # all of them, also those the gate keeps from the search on these documents
        return in_vocabulary(ctx, needles, whole=whole)

    for name, module in list(sys.modules.items()):
        if name.startswith("audit.rules.") and getattr(module, "segments_containing", None) is segments_containing:
            monkeypatch.setattr(module, "segments_containing", recording)
        if name.startswith("audit.rules.") and getattr(module, "in_vocabulary", None) is in_vocabulary:
            monkeypatch.setattr(module, "in_vocabulary", gating)
    rules = [all_rules()[code]() for code in PREFILTERED]
    for doc in DOCS[4:]:  # one example a document (the others have an "ı")
        new_document()
        run_rules(doc, rules, Settings())
    return searched


def test_lowercase_search_agrees_with_case_insensitive_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the article text has no character of CASE_UNSAFE, a word is in its lowercase form exactly
    where a case-insensitive pattern of the word matches: each character lowers to one character, and
    to each letter of the words searched for just when it matches that letter case-insensitively."""
    searched = _searched_in_lowercase(monkeypatch)
    assert {"thứ", "kỷ niệm ", "hữu hảo"} <= searched
    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    unsafe = {c for c in chars if len(c.lower()) != 1}
    for letter in set("".join(searched)):
        matches = set(re.findall(re.escape(letter), chars, re.IGNORECASE))
        unsafe |= matches ^ {c for c in matches | {letter.upper(), letter.title()} if c.lower() == letter}
    assert unsafe <= set(CASE_UNSAFE)


def test_chinese_character_scan_holds_the_trigger() -> None:
    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert set(ChineseCharacters.trigger.findall(chars)) <= set(ChineseCharacters.scan.findall(chars))


def test_calque_search_words_are_the_table_words() -> None:
    assert set(zh_calques._WORDS) == set(zh_calques._calques()[0])


@pytest.mark.parametrize(
    "pattern", [punctuation._MAYBE_DOUBLED, punctuation._QUOTE_OR_BRACKET, sentences._BREAKAGE], ids=repr
)
def test_other_document_scans_hold_every_matching_segment(pattern: re.Pattern[str]) -> None:
    for doc in DOCS:
        new_document()
        found = {s.index for s in segments_matching(DocContext(doc), pattern)}
        assert {s.index for s in doc.segments if pattern.search(s.text)} <= found


def test_c102_dash_scan_finds_the_segments_of_its_two_scans() -> None:
    """C102's one dash scan gives the segments that a scan for a word between dashes and a scan for a dash before a
    pair's second part gave together (it replaced them), on the test documents and on pairs and chains written for
    this test ('Nga – Ấn – Trung', 'Việt—Hung', 'Hàn-Mỹ-Nhật', a pinyin 'Ou-Zhong', dates and ranges that are none)."""
    from audit.lang.countries import trie_pattern
    from audit.rules.countries import country_pair_calque as c102

    part = re.compile(rf"[-–—]\s?(?:{trie_pattern(c102._abbr_parts()[0])})(?![\w-])")
    extra = [
        "Đối thoại Nga – Ấn – Trung diễn ra",
        "quan hệ Việt—Hung",
        "cơ chế Hàn-Mỹ-Nhật\nvà Ou-Zhong",
        "giai đoạn 2021-2025",
        "trận đấu 2 - 1",
        "Hà Nội -",
        "- Ấn",
    ]
    for doc in [*DOCS, _doc(extra), _doc([f"{a} {b}" for a, b in pairwise(extra)])]:
        new_document()
        ctx = DocContext(doc)
        found = [s.index for s in segments_matching_split(ctx, c102._dash_scan())]
        both = {s.index for p in (c102._CHAIN_MIDDLE, part) for s in segments_matching(ctx, p)}
        assert found == sorted(both)
        assert {s.index for s in doc.segments if c102._CHAIN_MIDDLE.search(s.text) or part.search(s.text)} <= set(found)


def test_breakage_pattern_matches_as_its_branches_written_apart() -> None:
    """F107's breakage pattern, written with its one character class first (so that re skips ahead to it), matches
    where and as its four branches written one after the other do: on the rule examples and on lines written for
    this test (stops, commas and 'vv.' in new places)."""
    apart = re.compile(r"[,;]\s*\.(?!\.)|\.(?:(?<=\w \.)(?:\s|$)|(?<=[^.]\.)\.(?!\.)|(?<=\bvv\.))")
    extra = [
        "Kho hàng ở Hải Phòng , . rồi",
        "Giá tăng 3.5% ; .",
        "Các mặt hàng: gạo, cà phê, hạt điều vv. được xuất",
        "Xong rồi ..",
        "Chờ đã...",
        "Hết .",
        "Ông Tư .Bà Năm",
        "; .. ,. ;.",
        "vv.vv. avv. vv .",
    ]
    for line in [*LINES, *WORD_LINES, *extra]:
        assert [m.span() for m in sentences._BREAKAGE.finditer(line)] == [m.span() for m in apart.finditer(line)]


def test_rare_character_scans_are_one_class_within_the_rare_characters() -> None:
    """A registered scan is skipped where the article text holds none of its class among its RARE characters: each is
    one character class (so it matches a text just where one of its characters is there) whose characters are all
    RARE's, over every code point; and the scans of the documents below find what each segment's search finds."""
    from re import _constants, _parser  # the parser: that the pattern is one character class, nothing around it

    from audit.lang import rare_chars

    scans = rare_chars.registered()
    # CJK (L103), interpuncts (N102), pinyin tone marks (N101), Latin Extended Additional (L102), myriads (T307)
    assert len(scans) == 5
    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    rare = set(rare_chars.RARE.findall(chars))
    for scan in scans:
        parsed = _parser.parse(scan.pattern, scan.flags)
        assert len(parsed) == 1 and parsed[0][0] is _constants.IN, scan.pattern
        assert set(scan.findall(chars)) <= rare, scan.pattern
    lines = [
        "Ông Lý · Văn ở 北京",
        "đạt 12万 lượt",
        "Ruǎn Chūnfú đến",
        "ẞ lạ",
        "không có gì",
        "ⅰ • ⅱ",
        "Hà Nội\nBắc Kinh 北",
    ]
    for doc in [*DOCS, _doc(lines), _doc(["thường", "ngày"])]:
        new_document()
        ctx = DocContext(doc)
        for scan in scans:
            found = {s.index for s in segments_matching(ctx, scan)}
            assert found == {s.index for s in doc.segments if not s.boilerplate and scan.search(s.text)}


def test_quote_and_bracket_needles_are_the_pattern_characters() -> None:
    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert set(punctuation._QUOTE_OR_BRACKET.findall(chars)) == set(punctuation._QUOTES_AND_BRACKETS)


def test_non_word_characters_are_no_word_characters() -> None:
    assert all(len(ch) == 1 and not re.fullmatch(r"\w|\s", ch) for ch in NON_WORD)


def test_content_words_are_the_words_of_each_segment() -> None:
    for doc in DOCS:
        new_document()
        ctx = DocContext(doc)
        article = [s for s in doc.segments if not s.boilerplate]
        assert content_words(ctx) == [words(s.text) for s in article]
        assert word_counts(ctx) == content_vocabulary(doc)
        assert word_set(ctx) == set(content_vocabulary(doc))


def test_content_words_on_random_lines_are_the_plain_words() -> None:
    """content_words splits the article at C level and asks words() only of lines with a character that is neither
    a letter, a digit nor white space once NON_WORD is spaced out: on random lines of letters, digits, the NON_WORD
    marks, '_', '&', a zero-width space, tabs and non-breaking spaces (none of them from a corpus), each line's words
    are those of words() on the segment."""
    rng = random.Random(29)
    alphabet = ["a", "Đ", "ệ", "7", " ", " ", "\t", "\xa0", "_", "&", "\u200b", "²", *NON_WORD]
    for _ in range(40):
        texts = ["".join(rng.choices(alphabet, k=rng.randrange(0, 30))) for _ in range(rng.randrange(1, 12))]
        new_document()
        doc = _doc(texts)
        article = [s for s in doc.segments if not s.boilerplate]
        assert content_words(DocContext(doc)) == [words(s.text) for s in article], texts


def test_a_word_count_is_the_count_of_all_words() -> None:
    """S101 asks the count of a few suggestions (``word_count``) instead of counting every word (``word_counts``):
    the same figure for every word of each document, and 0 for words it does not hold (other spellings, a number,
    a capitalised word, a word of two syllables, the empty string)."""
    for doc in DOCS:
        new_document()
        ctx = DocContext(doc)
        counts = content_vocabulary(doc)
        for word in [*counts, "hiệp", "thiết", "thiêt", "2024", "Việt", "việt nam", ""]:
            assert word_count(ctx, word) == counts[word], word


def test_rare_scans_are_known_by_identity() -> None:
    """A registered rare scan is recognised without hashing its program; one compiled apart (equal, not the same
    object) is not, and is then scanned for everywhere: the same segments."""
    from audit.lang import rare_chars

    for scan in rare_chars.registered():
        assert rare_chars.is_rare_scan(scan)
        re.purge()
        twin = re.compile(scan.pattern, scan.flags)
        assert twin == scan and twin is not scan and not rare_chars.is_rare_scan(twin)
        for doc in DOCS:
            new_document()
            ctx = DocContext(doc)
            assert [s.index for s in segments_matching(ctx, twin)] == [s.index for s in segments_matching(ctx, scan)]


def test_the_vocabulary_gate_keeps_every_needle_that_can_be_found() -> None:
    """``in_vocabulary`` leaves out only needles that cannot be found: without ``whole``, the segments holding one
    of the kept needles are those holding one of all (its inner words stand whole wherever it stands); with
    ``whole``, every segment holding a needle as whole words (``(?<!\\w)needle(?!\\w)``, case aside) holds a kept
    one. Random texts of other words than T308's (two- to four-word needles made up here), glued to letters,
    digits, '_', marks and the no-break space, in both cases."""
    rng = random.Random(20)
    needles = ("mây trôi", "gió bấc về", "đá lăn xuống dốc", "ô", "kéo_co mạnh", "x-quang phổi", "nắng hạ")
    parts = ["mây", "trôi", "gió", "bấc", "về", "đá", "lăn", "xuống", "dốc", "ô", "kéo_co", "mạnh", "x-quang", "phổi"]
    parts += ["nắng", "hạ", "Mây", "TRÔI", "Gió", "x", "2", "_", ",", ".", "“", "\u00a0", "-", "…"]
    for _ in range(300):
        texts = []
        for _ in range(rng.randint(1, 6)):
            pieces = [rng.choice(parts) for _ in range(rng.randint(0, 9))]
            texts.append("".join(p + rng.choice(("", " ", " ", " ", ", ")) for p in pieces).strip() or ".")
        doc = _doc(texts)
        for whole in (False, True):
            new_document()
            ctx = DocContext(doc)
            kept = in_vocabulary(ctx, needles, whole=whole)
            found = {s.index for s in segments_containing(ctx, kept, lowercase=True)}
            if whole:
                rx = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in needles))
                assert {s.index for s in doc.segments if rx.search(s.text.lower())} <= found, texts
            else:
                assert found == {s.index for s in segments_containing(ctx, needles, lowercase=True)}, texts
