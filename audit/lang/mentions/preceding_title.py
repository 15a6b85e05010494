"""A title or honorific right before a position of the text ('Tổng thống Belarus ', 'ông ')."""

from __future__ import annotations

import functools
import re

from audit.lang import stored_regex
from audit.lang.countries import trie_pattern
from audit.lang.mentions.shared import optional_lines
from audit.lang.people import offices


@functools.cache
def _titles() -> frozenset[str]:
    """Every title and honorific: offices.tsv titles and calques, name_titles.txt."""
    titles = set(optional_lines("name_titles.txt"))
    for o in offices().values():
        titles.update(o.titles)
        titles.update(o.calques)
    return frozenset(t for t in titles if t)


@functools.cache
def _reversed_title_pattern(strict: bool = False) -> re.Pattern[str]:
    """:func:`titled_before` as a match at the start of the reversed window (its end, before ``pos``);
    the character before the title is the lookahead. Matching backwards from the end tries the titles
    once, where searching forwards would try them at every position of the window. The titles are one
    character trie (what matches is what an alternation of them matches; an alternation would be tried title by
    title, for every way the gap may end: five times slower).
    """
    gap = "" if strict else r"(?:[\w-]*[A-Z]\s+){0,2}"
    return stored_regex.compile(rf"\s+{gap}(?:{trie_pattern(t[::-1] for t in _titles())})(?=[\s(,;:])", re.IGNORECASE)


def titled_before(text: str, pos: int, strict: bool = False) -> bool:
    """A title or honorific (:func:`_titles`, any case) then whitespace end right before ``pos``; unless
    ``strict``, up to two words starting with a Latin letter may stand between ('Tổng thống Belarus ').
    The title starts after whitespace, '(', ',', ';', ':' or at the text's start, and lies within the
    80 characters before ``pos``."""
    lo = pos - 80
    # the window with the character before it (the title's left context); a space stands for the text's start
    window = text[lo - 1 : pos] if lo > 0 else " " + text[:pos]
    m = _reversed_title_pattern(strict).match(window[::-1])
    return m is not None and not _SPORT_RANK.search(window, 0, len(window) - m.end())


# 'kiện tướng', 'đại kiện tướng' (a master, a grandmaster of chess or a sport) end in 'tướng', a general's title:
# a rank, not an office ('đại kiện tướng Trung Quốc Wei Yi' is no official's name) (clean46)
_SPORT_RANK = re.compile(r"(?<![\w])kiện\s+$", re.IGNORECASE)


# A Vietnamese local office's title right before a name, ending in its unit's name: 'Phó Chủ tịch UBND tỉnh Lạng Sơn',
# 'Bí thư Tỉnh ủy Quảng Ninh', 'Giám đốc Sở Công Thương tỉnh Cao Bằng', 'Chủ tịch UBND xã Tân Thanh'. The name after
# it is a Vietnamese official's written in pinyin (N101's, with its Vietnamese reading), whatever the page says of
# Korea elsewhere (adversary130), and the title is the name's (N101 major, as after a title right before it;
# leftovers73); the unit is Vietnamese by its organ (UBND, HĐND, Tỉnh ủy: Việt Nam's only) or by a province or city
# of references/vn_places.tsv after 'tỉnh'/'thành phố' (:func:`vn_local_office_before`)
VN_LOCAL_OFFICE = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?:[Pp]hó\s+)?(?:[Cc]hủ\s+tịch|[Bb]í\s+thư|[Gg]iám\s+đốc\s+(?:Sở|Công\s+an)"
    r"(?P<dept>(?:\s+[A-ZĐ][^\W\d_]*){0,3}))(?:\s+[Tt]hường\s+trực)?"
    r"(?:\s+(?P<organ>UBND|HĐND|[ỦU][yỷ]\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|(?:Tỉnh|Thành|Huyện)\s+[uủ][yỷ]))?"
    r"(?:\s+(?P<unit>tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường))?"
    r"\s+(?P<place>[A-ZĐ][^\W\d_]*(?:\s+(?:-\s+)?[A-ZĐ][^\W\d_]*){0,3})\s+$"
)


def vn_local_office_before(text: str, start: int) -> bool:
    """A Vietnamese local office's title (:data:`VN_LOCAL_OFFICE`) ends right before the name at ``start``: with
    an organ of Việt Nam's (UBND, HĐND, Tỉnh ủy …) before its unit, or a province or city of vn_places.tsv after
    'tỉnh'/'thành phố'/'TP' ('Chủ tịch tỉnh Gyeonggi' is no Vietnamese office)."""
    return vn_local_office_place(text, start) is not None


def vn_local_office_place(text: str, start: int) -> str | None:
    """The unit's place name of the Vietnamese local office (:func:`vn_local_office_before`) that ends right before
    ``start`` ('Lạng Sơn' of 'Phó Chủ tịch UBND tỉnh Lạng Sơn '), or None where no such office ends there."""
    from audit.lang.vn_places import vn_place_names

    m = VN_LOCAL_OFFICE.search(text, max(0, start - 80), start)
    if m is None or "Hàn Quốc" in m.group():
        return None
    if m["organ"] or (m["unit"] is not None and m["unit"] != "xã" and m["place"] in vn_place_names()):
        return m["place"]
    return None


@functools.cache
def hoang_provinces() -> frozenset[str]:
    """Northern Việt Nam's provinces and cities, where 黄 is read 'Hoàng' (references/vn_hoang_provinces.txt)."""
    return frozenset(optional_lines("vn_hoang_provinces.txt"))
