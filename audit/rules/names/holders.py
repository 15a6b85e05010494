"""Office-holder lookups shared by the office rules: which offices are Vietnamese, and which holders
are named given name first.
"""

from __future__ import annotations

import functools

from audit.lang.english import en_zipf, zipf_in
from audit.lang.people import Tenure, offices


@functools.lru_cache(maxsize=4096)
def _vn_offices(office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The Vietnamese offices among ``office_ids`` (a title names the same few sets of offices again and again:
    a cache of one per title, not per text; 'Bộ trưởng' names dozens)."""
    return tuple(o for o in office_ids if offices()[o].country == "vn")


# Countries whose office holders the Vietnamese press names in Hán-Việt, surname first, as it names its own
# ('Người phát ngôn Bộ Ngoại giao Trung Quốc Quách Gia Côn'): a garbled syllable is the same slip as in a
# Vietnamese leader's name.
_HANVIET_NAMED = frozenset({"vn", "cn"})


@functools.lru_cache(maxsize=4096)
def _hanviet_offices(office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The offices among ``office_ids`` whose holders are named in Hán-Việt (Vietnam's and China's)."""
    return tuple(o for o in office_ids if offices()[o].country in _HANVIET_NAMED)


# Countries whose leaders the Vietnamese press names by one part of the name ('Tổng thống Yoon',
# 'Thủ tướng Kishida', 'Chủ tịch nước Thongloun'): their names are not checked for completeness.
_SURNAME_FIRST = frozenset({"vn", "cn", "tw", "jp", "kr", "kp", "kh", "la", "th", "sg", "mn", "id", "mm", "my"})
# Of these, countries whose people write names in more than one order: Chinese names surname first ('Lee Hsien
# Loong', 'Thủ tướng Lee'), Malay and Tamil names by the given name alone ('Tổng thống Tharman', 'Thủ tướng
# Anwar'), and a Western given name before a Chinese surname, given name first ('Lawrence Wong', 'Josephine Teo':
# Vietnamese press writes 'Thủ tướng Lawrence Wong', English press 'Mr Wong', neither 'Thủ tướng Lawrence')
_MIXED_ORDER = frozenset({"sg", "my"})
# South-East Asian and Mongolian holders whose press name opens on the same word every time, given name or family
# name ('Prabowo Subianto', 'Anutin Charnvirakul', 'Tharman Shanmugaratnam'; Cambodia's 'Hun Manet', 'Prak Sokhonn'):
# a near miss of the rest after that word is the same slip as a Western surname's ('Thủ tướng Campuchia Hun Manat').
# Not Việt Nam's and China's (Hán-Việt names, N103's own check), Japan's (either order), nor the Koreas' (romanisations
# differ by more than a slip: 'Jae-myung', 'Jae-myeong')
FIRST_WORD_COUNTRIES = _SURNAME_FIRST - {"vn", "cn", "tw", "jp", "kr", "kp"}
_WESTERN_GIVEN_ZIPF = 3.3  # an English given name: English text writes it this often ('Lawrence' 4.3; 'Anwar' 3.2)
_LOCAL_MARGIN = 0.5  # and not far more often in Malay text ('Ahmad', 'Sultan', 'Ismail' are Malay names)


@functools.cache
def _given_name_first(name: str, country: str) -> bool:
    """A holder named given name first, whose given name alone is no way to name them: every foreign holder but
    those of :data:`_SURNAME_FIRST`, and of those in :data:`_MIXED_ORDER` a two-word name starting with an English
    given name ('Lawrence Wong', not 'Tharman Shanmugaratnam' nor 'Anwar Ibrahim')."""
    if country not in _SURNAME_FIRST:
        return True
    words = name.split()
    if country not in _MIXED_ORDER or len(words) != 2:
        return False
    first = words[0]
    return en_zipf(first) >= _WESTERN_GIVEN_ZIPF and en_zipf(first) >= zipf_in(first, "ms") - _LOCAL_MARGIN


def _given_first(h: Tenure) -> bool:
    """A holder named given name first (:func:`_given_name_first`), unless written family name first where
    English reverses it (Hungarian 'Sulyok Tamás', English 'Tamás Sulyok')."""
    if not _given_name_first(h.name_vi, h.country):
        return False
    words = h.name_vi.split()
    return len(words) < 2 or words != h.name_en.split()[::-1]
