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


# --- Names cited as a spelling (N101) ----------------------------------------------------------------------------
# 'Báo chí Việt Nam gọi … Lý Cường và … Vương Nghị theo âm Hán - Việt, còn báo tiếng Anh viết Li Qiang và Wang Yi'
# (clean70): a human writer cites how others spell a person the text names; MT leaves a pinyin name in running text.
# A capitalised name of one to four words, as an item of the cited list
_CITED = r"[\"“'‘]?[A-ZĐ][^\s,.;:!?()\"“”'‘’]*(?: [A-ZĐ][^\s,.;:!?()\"“”'‘’]*){0,3}[\"”'’]?"
_SEP = r"(?:\s*[,/]\s*|\s+(?:và|hoặc|hay)\s+)"
# A cue that says what follows is a spelling whatever comes after it: 'tên tiếng Anh là', 'phiên âm (là/thành)',
# 'viết thành', 'tên pinyin:'
_STRONG_CUE = (
    r"(?:tên (?:tiếng [A-ZĐ]\w*|quốc tế|Latinh|latinh|pinyin|bính âm|phiên âm|khai sinh)\s*(?:là|[:：])"
    r"|phiên âm(?: (?:pinyin|bính âm|Latinh|latinh|tiếng [A-ZĐ]\w*))?(?:\s*(?:là|thành|[:：]))?"
    r"|(?:viết|ghi|chép|đọc|dịch|gọi|chuyển tự) thành)"
)
# A cue that may also open a clause ('viết là Li Qiang sẽ …' can read 'wrote that …'): the cited list must end the
# clause. 'viết là', 'gọi là', or a verb of writing whose subject is a foreign language or press ('báo tiếng Anh viết',
# 'truyền thông quốc tế gọi'); 'kêu gọi' (to call on: 'cộng đồng quốc tế kêu gọi Wang Yi, còn …') names no spelling
# (review36)
_WEAK_CUE = (
    r"(?:(?:viết|ghi|chép|gọi|đọc) là"
    r"|(?:tiếng (?:Anh|Trung|Hoa|Pháp|Đức|Nhật|Hàn|Nga|Latinh)|Anh ngữ|quốc tế|nước ngoài|phương Tây|pinyin|bính âm)"
    r"(?: [^\s,.;:!?]+){0,3}? (?<!kêu )(?:viết|ghi|chép|gọi|phiên)(?!\w))"
)
_BEFORE_CITED = re.compile(
    rf"(?<!\w)(?:(?P<strong>{_STRONG_CUE})|(?P<weak>{_WEAK_CUE}))\s*[\"“'‘(]?\s*(?:{_CITED}{_SEP})*$"
)
# After the name: the rest of the list, then the clause's end ('.', ';', ')', a closing quote, the text's end, or a
# conjunction that opens the next clause: 'còn', 'nhưng', 'trong khi')
_CLAUSE_END = re.compile(
    rf"(?:{_SEP}{_CITED})*[\"”'’)]?\s*(?:$|[.;:!?)…]|,?\s+(?:còn|nhưng|song|chứ|trong khi|tùy|tuỳ)(?!\w))"
)


def cited_spelling(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` of ``text`` is cited as a spelling: a cue right before it, or before a list it is an
    item of, says how others write a name ('tên tiếng Anh là Li Qiang', 'phiên âm là Wang Yi', 'báo tiếng Anh viết
    Li Qiang và Wang Yi.'). After a cue that may also open a clause ('viết là', a foreign press's 'viết'), the list
    must end the clause: 'Tân Hoa Xã tiếng Anh viết Li Qiang sẽ thăm …' reports what was written. The caller checks
    that the text also names the person in Vietnamese; a name before the verb ('Li Qiang viết thư …') has no cue."""
    m = _BEFORE_CITED.search(text, max(0, start - 160), start)
    if m is None:
        return False
    return m["strong"] is not None or _CLAUSE_END.match(text, end) is not None
