"""T101's wrong honorific: 'Bà Thắng' referring back to the document's one 'Nguyễn Văn Thắng' (the middle name 'Văn'
is a man's), 'Ông Hoa' to its one 'Lê Thị Hoa' (the middle name 'Thị' a woman's), as MT from English writes 'Mr'
and 'Ms' it guessed, or a pronoun it got wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.hanviet import syllable_key
from audit.lang.people import surnames
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit
from audit.rules.names.analyses import doc_names

# 'ông'/'bà' and a capitalised word alone (no capitalised word after it: 'bà Lê Thị Hoa' names the person in full)
_LONE = re.compile(r"([ôÔ](?<!\w.)ng|[bB](?<!\w.)à) (\w+)(?![\w.@-])(?! [A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
# the middle names that tell a man ('Văn') and a woman ('Thị') in a Vietnamese name of three syllables or more
_MIDDLE_SEX = {"Văn": "ông", "Thị": "bà"}


def wrong_honorifics(ctx: DocContext) -> Iterator[Hit]:
    """A given name alone after the honorific of the other sex than the middle name of the document's one full name
    ending in it ('Bà Thắng' for 'Nguyễn Văn Thắng'); not where two full names end in that given name, nor where
    the full name has no middle name that tells (Đào Hồng Lan)."""
    by_given: dict[str, set[str]] = {}
    for name in doc_names(ctx):
        words = name.split()
        if len(words) >= 3 and syllable_key(words[0]) in surnames():
            by_given.setdefault(words[-1], set()).add(name)
    telling = {}  # given name -> (its one full name, the honorific its middle name asks for)
    for given, full in by_given.items():
        if len(full) == 1:
            (name,) = full
            right = next((_MIDDLE_SEX[w] for w in name.split()[1:-1] if w in _MIDDLE_SEX), None)
            if right is not None:
                telling[given] = (name, right)
    if not telling:
        return
    lines = content_lines(ctx)
    for m in _LONE.finditer(lines.text):  # one scan of the article text: no match crosses a segment's end
        if m[2] not in telling:
            continue
        name, right = telling[m[2]]
        if right == m[1].lower():
            continue
        k = lines.segment_at(m.start())
        at = lines.starts[k]
        yield Hit(
            lines.segments[k].index,
            m.start(2) - at,
            m.end(2) - at,
            f"'{m[1]} {m[2]}' refers back to {name}, whose middle name makes it {_WHOSE[right]} name: '{right} {m[2]}'",
            confidence=0.7,
        )


_WHOSE = {"ông": "a man's", "bà": "a woman's"}
