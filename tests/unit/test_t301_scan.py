"""T301 finds the styled words of a segment with one scan (audit.rules.spelling._styled_tokens) instead of tokenising
the whole segment; where it answers, it gives exactly the tokens (audit.lang.tokens.tokens) that are styled words and
no syllable of a person's name."""

from __future__ import annotations

import random

from audit.lang.syllable import styled_spellings, tone_style
from audit.lang.tokens import tokens
from audit.rules.spelling import _in_personal_name, _styled_scan, _styled_tokens

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
