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

# 'ông'/'bà' and a capitalised word alone (no capitalised word after it: 'bà Lê Thị Hoa' names the person in full);
# the plain form of :func:`_lone_matches` (tests/unit/test_honorific_sex_scan.py)
_LONE = re.compile(r"([ôÔ](?<!\w.)ng|[bB](?<!\w.)à) (\w+)(?![\w.@-])(?! [A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
# the same without the test of the character before, made by _lone_matches: the honorifics as a literal alternation,
# which re finds far quicker than a class opening on 'ô' or 'b' followed by a lookbehind (common letters)
_LONE_LITERAL = re.compile(r"(ông|Ông|bà|Bà) (\w+)(?![\w.@-])(?! [A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
# the middle names that tell a man ('Văn') and a woman ('Thị') in a Vietnamese name of three syllables or more
_MIDDLE_SEX = {"Văn": "ông", "Thị": "bà"}
# the words before a full name that make it a street's, a school's or a place's, named after someone ('quán trên
# đường Võ Thị Sáu', 'số 12 Nguyễn Văn Linh'): no person of the text (review27)
_PLACE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:[đĐ]ường|[pP]hố|[hH]ẻm|[nN]gõ|[kK]iệt|[cC]ầu|[tT]rường|THPT|THCS|[tT]iểu học|[pP]hường|[xX]ã"
    r"|[qQ]uận|[cC]ông viên|[bB]ệnh viện|[nN]hà văn hóa|[tT]ượng đài|[gG]iải)|(?<!\w)\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*,?)"
    r"\s+$"
)
# a woman called by her husband's given name, as the South does ('Vợ ông, bà Tám, …'), or a husband by his
# wife's: the honorific and the name in apposition to 'vợ'/'chồng' (review27)
_SPOUSE = (
    r"(?:(?<!\w)(?:vợ|chồng)(?: của)?(?: (?:ông|bà|anh|chị)(?: \w+)?)?,? (?:là )?{h} {n}(?!\w)"
    r"|(?<!\w){h} {n},? (?:là )?(?:vợ|chồng)(?!\w))"
)


def wrong_honorifics(ctx: DocContext) -> Iterator[Hit]:
    """A given name alone after the honorific of the other sex than the middle name of the document's one full name
    ending in it ('Bà Thắng' for 'Nguyễn Văn Thắng'); not where two full names end in that given name, nor where
    the full name has no middle name that tells (Đào Hồng Lan), nor for a name written only as a street's, nor a
    wife called by her husband's name (review27)."""
    by_given: dict[str, set[str]] = {}
    for name in doc_names(ctx):
        words = name.split()
        if len(words) >= 3 and syllable_key(words[0]) in surnames():
            by_given.setdefault(words[-1], set()).add(name)
    if not any(_middle_sex(name) for full in by_given.values() for name in full):
        return
    lines = content_lines(ctx)
    # one scan of the article text (no match crosses a segment's end); the full names' places are looked for only
    # for the given names it finds alone
    lone = [m for m in _lone_matches(lines.text) if m[2] in by_given]
    telling = {}  # given name -> (its one full name, the honorific its middle name asks for)
    for given in dict.fromkeys(m[2] for m in lone):
        people = {name for name in by_given[given] if not _only_a_place(name, lines.text)}
        if len(people) == 1:
            (name,) = people
            right = _middle_sex(name)
            if right is not None:
                telling[given] = (name, right)
    spouses: set[tuple[str, str]] = set()
    for m in lone:
        if m[2] not in telling:
            continue
        name, right = telling[m[2]]
        if right == m[1].lower() or _spouse(m[1].lower(), m[2], lines.text, spouses):
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


def _lone_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LONE.finditer(text)``, groups and spans alike: a match of _LONE_LITERAL after no word
    character is one, and after one there is none at its start, so the search goes on from the next character."""
    search = _LONE_LITERAL.search
    m = search(text)
    while m is not None:
        at = m.start()
        if at and _word_char(text[at - 1]):
            m = search(text, at + 1)
            continue
        yield m
        m = search(text, m.end())


def _middle_sex(name: str) -> str | None:
    """The honorific the middle name of ``name`` asks for ('ông' for a 'Văn', 'bà' for a 'Thị'), or None."""
    return next((_MIDDLE_SEX[w] for w in name.split()[1:-1] if w in _MIDDLE_SEX), None)


def _only_a_place(name: str, text: str) -> bool:
    """Every time ``text`` writes ``name`` a street's, a school's or a place's word comes before it."""
    found = list(whole_word_starts(text, name))
    return bool(found) and all(_PLACE_BEFORE.search(text, max(0, at - 25), at) for at in found)


def whole_word_starts(text: str, name: str) -> Iterator[int]:
    r"""Where ``re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)`` matches, found with ``str.find`` (a
    pattern opening on a lookbehind is tried at every character: a batch document of 2,000 sentences and a hundred
    full names took a second and a half). ``name`` is not empty."""
    size, end = len(name), len(text)
    i = text.find(name) if name else -1
    while i >= 0:
        j = i + size
        if (i == 0 or not _word_char(text[i - 1])) and (j == end or not _word_char(text[j])):
            yield i
            i = text.find(name, j)
        else:
            i = text.find(name, i + 1)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what re calls \w


def _spouse(honorific: str, given: str, text: str, memo: set[tuple[str, str]]) -> bool:
    """``text`` calls 'honorific given' someone's wife or husband ('Vợ ông, bà Tám'): the spouse's name."""
    if (honorific, given) not in memo:
        h = "[bB]à" if honorific == "bà" else "[ôÔ]ng"
        if re.search(_SPOUSE.format(h=h, n=re.escape(given)), text, re.IGNORECASE) is None:
            return False
        memo.add((honorific, given))
    return True
