"""Old names a sentence cites and explains: 'Pháp được gọi là Phú Lãng Sa, Đức là Đức Ý Chí và Ý là Ý Đại Lợi'.

A human writer tells the reader that a place was once written in the Hán-Việt reading of its Chinese name; MT does not
explain its own calques. The reading counts as cited when the place's name in Vietnamese or in Latin letters (a
country of the gazetteer, or a capitalised ASCII name such as 'Washington') stands before it with a verb of naming
('Pháp được gọi là …', 'người xưa gọi Anh là …'), or when it is an item 'X là …' of a list that continues such a
naming in the same sentence ('…, Đức là Đức Ý Chí và Ý là …') — clean68."""

from __future__ import annotations

import functools
import re

from audit.lang.countries import gazetteer

# A verb of naming or writing (the words of C104's and N102's earlier 'cited' guards)
_VERB = r"(?:gọi|chép|viết|ghi|phiên âm|dịch|đọc)"
# A lowercase kind of place may stand before the name in an item ('thủ đô Washington là Hoa Thịnh Đốn')
_KIND = r"(?:(?:nước|xứ|thủ đô|kinh đô|thành phố|tỉnh|đảo|vùng) )?"
# The place's name: one to four words, checked by :func:`_a_place_name`
_NAME = r"(?P<name>\w[\w'-]*(?: \w[\w'-]*){0,3}?)"
_OPEN = r"\s*[\"“'(]?$"
_LA = re.compile(rf"(?<!\w)(?:là|thành){_OPEN}")

# 'Pháp (từng / còn / xưa …) được gọi là', 'Washington được phiên âm thành': the place named, then the verb
_NAMED_BEFORE = re.compile(
    rf"(?<!\w){_NAME} (?:(?:từng|còn|xưa|thường|vốn|cũng|đã|có lúc) ){{0,2}}(?:được |bị )?"
    rf"(?:(?:người|sách|báo) \w+ )?{_VERB} (?:là|thành){_OPEN}"
)
# 'gọi Anh là', 'chép Canada là': the verb, the place named, then 'là'
_NAMED_AFTER = re.compile(rf"(?<!\w){_VERB}\s{_KIND}{_NAME} (?:là|thành){_OPEN}")
# An item of a list continuing a naming in the same sentence: '… gọi là Phú Lãng Sa, Đức là', '… và Ý là'
# ('gọi là R', 'chép Canada là R' open it: a verb of naming, up to three words, 'là'; 'gọi điện cho ông, và Nga là'
# opens none)
_LIST_ITEM = re.compile(
    rf"(?<!\w){_VERB}\s(?:[^\s,.;!?]+\s){{0,3}}?(?:là|thành)\s[^.;!?–—]{{1,120}}?(?:,|\svà|\scòn)\s+{_KIND}{_NAME} "
    rf"(?:là|thành){_OPEN}"
)


@functools.cache
def _place_names() -> frozenset[str]:
    return frozenset(gazetteer().forms)


def _a_place_name(name: str) -> bool:
    """A country's name or form in the gazetteer ('Pháp', 'Ý', 'Italy'), or a capitalised name in plain Latin letters
    ('Washington', 'San Francisco'): a person's title or a common word is no place the sentence explains."""
    if name in _place_names():
        return True
    words = name.split()
    return all(w[:1].isupper() and w.isascii() and w[1:].islower() for w in words)


def cited_old_name(text: str, start: int) -> bool:
    """The reading at ``start`` of ``text`` is an old name the sentence cites for a place it names (see the module)."""
    if _LA.search(text, max(0, start - 10), start) is None:
        return False  # every naming ends in 'là' / 'thành' right before the reading: most readings have neither
    window = max(0, start - 160)
    for pattern in (_NAMED_BEFORE, _NAMED_AFTER, _LIST_ITEM):
        m = pattern.search(text, window, start)
        if m is not None and _a_place_name(_trim(m["name"])):
            return True
    return False


def _trim(name: str) -> str:
    """The name without the words before it that the pattern took in (the longest ending that is a place)."""
    words = name.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if _a_place_name(tail):
            return tail
    return name
