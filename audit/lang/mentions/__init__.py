"""Person mentions in a segment: pinyin names, names joined by an interpunct, and office titles with
the name that follows them. Pure functions of the text (plus the cached gazetteers); the name rules
share their per-document results through ``DocContext.memo``.

A module per kind of mention: ``pinyin.py``, ``interpunct.py``, ``office_titles.py``,
``hanviet_western.py`` (foreign names read in Hán-Việt); ``preceding_title.py`` (a title right
before a position), ``holders.py`` (who held an office) and ``shared.py`` (what they share).
"""

from audit.lang.mentions.hanviet_western import (
    CHINESE_NAMED_COUNTRIES,
    HAN_VIET_COUNTRIES,
    POSTED_BEFORE,
    HanVietWestern,
    hanviet_western_names,
    may_have_hanviet_western,
)
from audit.lang.mentions.holders import is_holder, known_person, name_key
from audit.lang.mentions.interpunct import InterpunctName, interpunct_names
from audit.lang.mentions.office_titles import (
    VN_QUALIFIER,
    TitledName,
    TitleEntry,
    title_start_pattern,
    titled_names,
    unambiguous_calque,
)
from audit.lang.mentions.pinyin import (
    ACRONYM,
    PINYIN_HINTS,
    PinyinName,
    chinese_surname_pinyin,
    exceptions,
    pinyin_names,
    surname_pinyin,
)
from audit.lang.mentions.preceding_title import titled_before
from audit.lang.mentions.shared import DOT, INTERPUNCT, country_names, vietnamese_spelt

__all__ = [
    "ACRONYM",
    "CHINESE_NAMED_COUNTRIES",
    "DOT",
    "HAN_VIET_COUNTRIES",
    "INTERPUNCT",
    "PINYIN_HINTS",
    "POSTED_BEFORE",
    "VN_QUALIFIER",
    "HanVietWestern",
    "InterpunctName",
    "PinyinName",
    "TitleEntry",
    "TitledName",
    "chinese_surname_pinyin",
    "country_names",
    "exceptions",
    "hanviet_western_names",
    "interpunct_names",
    "is_holder",
    "known_person",
    "may_have_hanviet_western",
    "name_key",
    "pinyin_names",
    "surname_pinyin",
    "title_start_pattern",
    "titled_before",
    "titled_names",
    "unambiguous_calque",
    "vietnamese_spelt",
]
