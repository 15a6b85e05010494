"""T301 finds the styled words of a segment with one scan (audit.rules.spelling._styled_tokens) instead of tokenising
the whole segment; where it answers, it gives exactly the tokens (audit.lang.tokens.tokens) that are styled words and
no syllable of a person's name. The scan's matches come from one case-sensitive scan of the lowercase article text
(_lowercase_spans) where that finds what the case-blind scan of each segment finds."""

from __future__ import annotations

import random
import re

from audit.lang.syllable import styled_spellings, tone_style
from audit.lang.textcache import new_document
from audit.lang.tokens import tokens
from audit.model import Document, Segment
from audit.rules._prefilter import segments_containing
from audit.rules.base import DocContext
from audit.rules.spelling import (
    _LETTER,
    _in_personal_name,
    _lowercase_spans,
    _styled_in_segments,
    _styled_scan,
    _styled_tokens,
)

SENTENCES = [
    "Hai nước ký hiệp định hoà bình và hợp tác thuỷ sản, hàng hoá xuất khẩu tăng.",
    "Chương trình văn hóa (hoá học) diễn ra ở Thanh Hoá; ông Khuất Duy Khoẻ dự.",
    "Hoá chất, Hòa. Thuỷ sản và bà Hoả; Lê Thị Thuỷ, Khánh Hòa, HOÀ BÌNH, ông Trần Văn Hoà.",
    "l'hoá, hoá'x, 2hoá, hoá2, _hoá, hoàhoá, HOÁ, Hoà, thuỷ-điện, thủy’s và Ⅻ'khỏe.",
    "Giá trị hàng hoá đạt 1.000 tỷ đồng; tuỳ theo mùa, thuỵ sĩ.",
]


def _reference(text: str, styled: dict[str, str]) -> list[tuple[str, int, int, str]]:
    """What T301 read before: every token that is a styled word and no syllable of a person's name."""
    toks = tokens(text)
    return [tuple(t) for k, t in enumerate(toks) if t.lower in styled and not _in_personal_name(toks, k)]


def test_the_scan_gives_the_styled_tokens_or_defers_to_the_tokens() -> None:
    styled = {w: s for w in styled_spellings() if (s := tone_style(w))}
    find = _styled_scan(styled)
    rng = random.Random(7)
    answered = 0
    for base in SENTENCES:
        for _ in range(300):
            text = base
            for _ in range(rng.randrange(4)):
                i = rng.randrange(len(text) + 1)
                text = text[:i] + rng.choice("'’2_-Ⅻ xXaĐ") + text[i:]
            found = _styled_tokens(text, styled, find)
            if found is None:  # maybe a name, or an apostrophe before one
                assert any(t.lower in styled for t in tokens(text))
                continue
            answered += 1
            assert [tuple(t) for t in found] == _reference(text, styled), text
    assert answered > 300


def test_a_capitalised_styled_word_defers_to_the_tokens() -> None:
    styled = {"hoá": "new", "hòa": "old"}
    find = _styled_scan(styled)
    assert _styled_tokens("Bà Lường Thị Hoá và hòa bình", styled, find) is None  # maybe a name
    assert _styled_tokens("Tỉnh Thanh Hoá và hòa bình", styled, find) is None
    assert _styled_tokens("Gặp bà Hoá và hòa bình", styled, find) is None
    hoa = tokens("Hoá chất và hòa bình")
    assert _styled_tokens("Hoá chất và hòa bình", styled, find) == [hoa[0], hoa[3]]  # no name: it votes
    hoa = tokens("Nói về Hòa bình và văn hoá")
    assert _styled_tokens("Nói về Hòa bình và văn hoá", styled, find) == [hoa[2], hoa[6]]
    assert _styled_tokens("văn hoá và hòa bình", styled, find) == [t for t in tokens("văn hoá và hòa bình")][1:4:2]


def test_a_tie_is_broken_by_the_names_spelling() -> None:
    """Outside the names one word a style ties; the names' syllables then tell the house style (adversary42: 'hài
    hoà' and 'thỏa' beside 'Nguyễn Hòa Bình'), before the style used first. Other words and names than the set's."""
    from audit.api import audit_text

    text = "Dự án phải bảo đảm hài hoà lợi ích.\nHai bên đã thỏa thuận về giá.\nÔng Trần Văn Hòa dự họp."
    assert [(f.text, f.suggestion) for f in audit_text(text, select=["T301"])] == [("hoà", "hòa")]
    text = "Dự án phải bảo đảm hài hoà lợi ích.\nHai bên đã thỏa thuận về giá.\nÔng Trần Văn Thuỷ dự họp."
    assert [(f.text, f.suggestion) for f in audit_text(text, select=["T301"])] == [("thỏa", "thoả")]
    text = "Dự án phải bảo đảm hài hoà lợi ích.\nHai bên đã thỏa thuận về giá."  # no name: the style used first
    assert [f.text for f in audit_text(text, select=["T301"])] == ["thỏa"]


def test_lowercasing_keeps_what_the_case_blind_scan_reads() -> None:
    """Over every code point but 'İ' and 'ı' (no lowercase text then) and 'ſ' (the scan of each segment then): a
    character lowercases to one character, a letter to a letter and a non-letter to a non-letter, and a case-blind
    pattern of a lowercase letter of the styled spellings matches just the characters that lowercase to it."""
    letters = sorted({ch for w in styled_spellings() for ch in w})
    blind = re.compile("[" + "".join(map(re.escape, letters)) + "]", re.IGNORECASE)
    for code in range(0x110000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or ch in "İıſ":
            continue
        low = ch.lower()
        assert len(low) == 1, ch
        assert bool(_LETTER.match(ch)) == bool(_LETTER.match(low)), ch
        if blind.fullmatch(ch):
            assert [p for p in letters if re.fullmatch(re.escape(p), ch, re.IGNORECASE)] == [low], ch
        else:
            assert low not in letters, ch


ARTICLE = [
    "Tỉnh Khánh Hoà đón đoàn; hoá chất, Hòa. THUỶ sản và bà Hoả; ông Đặng Văn Thuý dự.",
    "Hợp tác văn hoá, thủy lợi và hòa giải: «Hoà», 'hoá', hoà-bình, khoẻ mạnh, khỏe.",
    "Giá hàng hoá tăng; tuỳ theo mùa, tùy ý, Tuỳ Châu, l'hoá, hoàhoá, 2hoá, hoá2.",
    "Đội Hòa Phát thắng; hòa 1-1; Thuỵ Điển, Thụy Sĩ, người Thuỵ Sỹ.",
]


INSERTS = ["'", "’", "2", "_", "H", " ", "Ⅻ", "Thuỷ", "hòa", "-"]
FALLBACK = ["ſ", "İ", "\n"]  # each turns the lowercase scan off (in a few of the articles)


def test_the_lowercase_scan_finds_what_the_scan_of_each_segment_finds() -> None:
    """Random articles of lines with styled words in every case and place (other words and names than the rule's
    examples): the segments and answers of one scan of the lowercase article text are those of the case-blind scan of
    each segment holding a styled word (less those where it finds none); with 'ſ', 'İ' or a segment of two lines,
    the case-blind scan of each segment is taken."""
    styled = {w: s for w in styled_spellings() if (s := tone_style(w))}
    find = _styled_scan(styled)
    rng = random.Random(16)
    scanned = answered = 0
    for _ in range(300):
        texts = []
        for _ in range(rng.randrange(1, 6)):
            text = rng.choice(ARTICLE)
            for _ in range(rng.randrange(5)):
                i = rng.randrange(len(text) + 1)
                text = text[:i] + (rng.choice(FALLBACK) if rng.random() < 0.03 else rng.choice(INSERTS)) + text[i:]
            texts.append(text)
        doc = Document("<t301>", [Segment(i, t, line=i + 1, column=1) for i, t in enumerate(texts)])
        new_document()
        ctx = DocContext(doc)
        expected = [
            (seg, found)
            for seg in segments_containing(ctx, set(styled), lowercase=True)
            if (found := _styled_tokens(seg.text, styled, find)) != []
        ]
        if _lowercase_spans(ctx, styled) is not None:
            scanned += 1
            answered += any(found for _, found in expected)  # some segment answered without the tokens
        assert [(seg, found) for seg, found in _styled_in_segments(ctx, styled) if found != []] == expected, texts
    assert 200 < scanned < 300 and answered > 100
