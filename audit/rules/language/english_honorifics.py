"""English honorifics left before a name in Vietnamese text ('Dr. Nguyen Thi Thu Ha', 'Mr. Joe Smith'): part of
L101. Vietnamese writes 'ông', 'bà', 'bác sĩ' or 'tiến sĩ'."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence

# the abbreviation (its stop optional, as British English writes it) before two capitalised words or more: a
# person's full name; one word after it is more often a brand or a character ('Dr. Martens', 'Mr. Bean')
ENGLISH_HONORIFIC = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Dr|Prof)(\.?) (?=([^\W\d_][\w'’-]*) ([^\W\d_][\w'’-]*))")
MARKS = ("Mr", "Mrs", "Ms", "Dr", "Prof")
# a place, an institution, a brand or a work named after the person ('thư viện Dr. Martin Luther King Jr.'): the
# honorific is part of the name
_NAMED_AFTER = re.compile(
    r"(?<!\w)(?:thư viện|trường|bệnh viện|đại học|học viện|phòng khám|trung tâm|viện|quỹ|giải|đường|phố|đại lộ|"
    r"tòa nhà|toà nhà|công viên|sân|nhà|hãng|công ty|thương hiệu|cửa hàng|phim|bộ phim|chương trình|sách|cuốn|"
    r"nhãn hiệu|sản phẩm|dòng|tượng đài|giảng đường|khoa)\s+$",
    re.IGNORECASE,
)
# a contest's title, not a person: 'Mr World Vietnam', 'Mrs Universe …' (a pageant and its winner; review25)
_CONTEST = frozenset("World Universe International Supranational Global Olympia Earth Tourism".split())
# an acronym closing the name: a course's or a shop's brand ('trung tâm Anh ngữ Ms Hoa TOEIC'; review25)
_ACRONYM = re.compile(r"[A-Z]{2,}")
_VI = {"Mr": "ông", "Mrs": "bà", "Ms": "bà"}  # 'Dr.' is 'bác sĩ' or 'tiến sĩ', 'Prof.' 'giáo sư' or 'phó giáo sư'


# the abbreviation before one capitalised word: a surname, when the text names its bearer in full elsewhere
_BEFORE_ONE = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Dr|Prof)(\.?) ([^\W\d_][\w'’-]*)(?: ([^\W\d_]))?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def surnames(text: str) -> frozenset[str]:
    """The last words of the full names written in ``text`` (two capitalised words or more in a row, the first no
    honorific: 'Whitford' of 'Daniel Whitford')."""
    out: set[str] = set()
    prev: re.Match[str] | None = None
    for m in _WORD.finditer(text):
        if not m[0][0].isupper():
            prev = None
            continue
        if prev is not None and text[prev.end() : m.start()] == " " and prev[0] not in MARKS:
            out.add(m[0])  # not after an honorific: 'Mr Bean' names no Bean in full
        prev = m
    return frozenset(out)


class DocumentSurnames:
    """:func:`surnames` of a document's segments, asked a word at a time: only the segments holding the word are read
    (a full name stands in one segment, so the surnames of the segments joined by newlines are those of each
    together), so a long document is not read through for the few words an honorific stands before alone."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = any(word in surnames(t) for t in self._texts if word in t)
        return known


def english_honorifics(text: str, known: Container[str] = frozenset()) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, the Vietnamese word or None) of each English honorific before a full name in ``text``, or before a
    surname alone that is one of ``known`` (:func:`surnames` of the document, or its :class:`DocumentSurnames`:
    'Daniel Whitford' … 'Mr. Whitford'); the Vietnamese word capitalised at a sentence's start."""
    ones = [
        m
        for m in _BEFORE_ONE.finditer(text)
        if m[3][0].isupper() and not (m[4] and m[4].isupper()) and m[3] in known  # no full name: the surname alone
    ]
    for m in sorted([*ENGLISH_HONORIFIC.finditer(text), *ones], key=lambda m: m.start()):
        if m.re is ENGLISH_HONORIFIC and not (m[3][0].isupper() and m[4][0].isupper()):
            continue
        if _NAMED_AFTER.search(text, max(0, m.start() - 24), m.start()):
            continue
        if m.re is ENGLISH_HONORIFIC and (m[3] in _CONTEST or _ACRONYM.fullmatch(m[4])):
            continue  # a pageant's title before its winner, or a brand with an acronym
        vi = _VI.get(m[1])
        before = text[: m.start()].rstrip(" \"“'‘(")
        if vi and (not before or before[-1] in ".!?"):
            vi = vi.capitalize()
        yield m.start(), m.end(2) if m[2] else m.end(1), vi
