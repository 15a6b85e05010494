"""Korean people's names through Chinese: their characters' Sino-Korean readings and the romanisation the press uses.

Chinese writes a Korean name with its Chinese characters (李相赫 is 이상혁 Lee Sang-hyeok); MT through Chinese then
emits their pinyin ('Li Xianghe') or Hán-Việt ('Lý Tương Hách'), where Vietnamese writes the Korean romanisation.

- ``references/korean_readings.tsv`` (scripts/build_korean.py, from Unihan kHangul): character → Hangul readings.
- ``references/korean_surnames.tsv``: the surnames with the spelling the press uses ('Lee', 'Park', 'Choi').
- :func:`romanise`: Revised Romanization of Hangul syllables, one syllable at a time, as the rules write personal
  names (sound changes between the syllables of a given name are not written: 한복남 Han Boknam), the given name
  hyphenated as the press writes it ('Sang-hyeok').
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from audit.lang.countries import trie_pattern
from audit.lang.resources import read_tsv

# Revised Romanization (MCST notice 2000-8 / 2014-42, National Institute of Korean Language), per jamo in Unicode's
# order: the 19 initials, the 21 medials, the 28 finals (none first). A final is written as heard at a syllable's
# end (ㄱ k, ㄷ t, ㅂ p, ㄹ l): a name is romanised syllable by syllable.
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_MEDIALS = (
    *("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae"),
    *("oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"),
)
_FINALS = (
    *("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l"),
    *("p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"),
)
_FIRST, _LAST = 0xAC00, 0xD7A3
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11  # initial indices of ㄹ, ㄴ, ㅇ
_Y_OR_I = frozenset({2, 6, 7, 12, 17, 20})  # medials ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
_YEO, _YU, _FINAL_L, _FINAL_N = 6, 17, 8, 4


def _jamo(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - _FIRST
    return code // 588, (code % 588) // 28, code % 28


def _syllable(initial: int, medial: int, final: int) -> str:
    return chr(_FIRST + initial * 588 + medial * 28 + final)


def is_hangul(text: str) -> bool:
    """Every character of ``text`` is a precomposed Hangul syllable."""
    return bool(text) and all(_FIRST <= ord(c) <= _LAST for c in text)


def initial_law(syllable: str) -> str:
    """The initial-sound law (두음 법칙) at the start of a word: ㄹ before i/y reads ㅇ, before other vowels ㄴ;
    ㄴ before i/y reads ㅇ ('룡' → '용', '로' → '노', '녀' → '여')."""
    initial, medial, final = _jamo(syllable)
    if initial == _RIEUL:
        initial = _IEUNG if medial in _Y_OR_I else _NIEUN
    elif initial == _NIEUN and medial in _Y_OR_I:
        initial = _IEUNG
    return _syllable(initial, medial, final)


def _after_vowel_or_n(syllable: str, before: str) -> str:
    """렬/률 after a vowel or ㄴ read 열/율 (나열, 규율: Hangul spelling rules, art. 11)."""
    initial, medial, final = _jamo(syllable)
    if initial == _RIEUL and medial in (_YEO, _YU) and final == _FINAL_L and _jamo(before)[2] in (0, _FINAL_N):
        return _syllable(_IEUNG, medial, final)
    return syllable


def given_name_hangul(readings: str) -> str:
    """A given name as it is written in Hangul from its characters' readings: the initial-sound law on the first
    syllable of a name of two or more (龍洙 룡수 → 용수; a one-syllable name keeps its ㄹ: 최린), 렬/률 → 열/율 after a
    vowel or ㄴ."""
    if len(readings) < 2:
        return readings
    out = [initial_law(readings[0])]
    for s in readings[1:]:
        out.append(_after_vowel_or_n(s, out[-1]))
    return "".join(out)


def romanise_syllable(syllable: str) -> str:
    """One Hangul syllable in Revised Romanization, lowercase ('혁' → 'hyeok', '흥' → 'heung')."""
    initial, medial, final = _jamo(syllable)
    return _INITIALS[initial] + _MEDIALS[medial] + _FINALS[final]


@functools.cache
def rr_syllables() -> frozenset[str]:
    """Every Hangul syllable in Revised Romanization, lowercase ('ji', 'min', 'hyeok')."""
    return frozenset(romanise_syllable(chr(c)) for c in range(_FIRST, _LAST + 1))


def romanise(given: str) -> str:
    """A Hangul given name as the press writes it: syllables joined by hyphens, the first capitalised
    ('상혁' → 'Sang-hyeok', '흥민' → 'Heung-min', '현' → 'Hyeon')."""
    text = "-".join(romanise_syllable(s) for s in given)
    return text[:1].upper() + text[1:]


@dataclass(frozen=True, slots=True)
class Surname:
    hangul: str
    chars: tuple[str, ...]  # traditional, then simplified ('鄭', '郑')
    roman: str  # the press's spelling: 'Lee', 'Park'
    also: tuple[str, ...]  # other spellings in use: 'Yi', 'Rhee'
    distinctive: bool  # its pinyin alone says the person is Korean ('Piao' 朴)


@functools.cache
def surnames() -> dict[str, Surname]:
    """Korean surnames by each of their Chinese forms ('李' → Lee, '郑' and '鄭' → Jung)."""
    out: dict[str, Surname] = {}
    for row in read_tsv("korean_surnames.tsv"):
        chars = tuple(c for c in row["hanja"].split("|") if c)
        also = tuple(a for a in row["also"].split("|") if a)
        s = Surname(row["hangul"], chars, row["roman"], also, row["distinctive"] == "yes")
        for c in chars:
            out.setdefault(c, s)
    return out


@functools.cache
def surname_chars() -> frozenset[str]:
    """The first characters of every surname form: a cheap test of whether a text may hold a Korean name."""
    return frozenset(c[0] for c in surnames())


@functools.cache
def readings() -> dict[str, tuple[str, ...]]:
    """Character → its Sino-Korean readings in Hangul, the educational one first ('金' → ('금', '김'))."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_tsv("korean_readings.tsv"):
        out[row["char"]] = tuple(item.split(":", 1)[0] for item in row["hangul"].split("|") if item)
    return out


@dataclass(frozen=True, slots=True)
class KoreanName:
    chars: str
    hangul: str  # '이상혁'
    roman: str  # 'Lee Sang-hyeok'
    alternatives: tuple[str, ...]  # other readings of the given name's characters, romanised the same way
    surname: Surname


_MAX_ALTERNATIVES = 3


def split_name(chars: str) -> tuple[Surname, str] | None:
    """The Korean surname that starts ``chars`` and the given name after it (one or two characters), or None."""
    table = surnames()
    for n in (2, 1):
        s = table.get(chars[:n])
        if s is not None and 1 <= len(chars) - n <= 2:
            return s, chars[n:]
    return None


def korean_name(chars: str) -> KoreanName | None:
    """The Korean reading of a name written in Chinese characters ('李相赫' → 이상혁, 'Lee Sang-hyeok'), or None
    when it does not start with a Korean surname or a given-name character has no Sino-Korean reading."""
    parts = split_name(chars)
    if parts is None:
        return None
    surname, given = parts
    table = readings()
    options = [table.get(c, ()) for c in given]
    if not all(options):
        return None
    hangul = given_name_hangul("".join(o[0] for o in options))
    others: list[str] = []
    for i, o in enumerate(options):
        for alt in o[1:]:
            other = given_name_hangul("".join(alt if j == i else p[0] for j, p in enumerate(options)))
            if other != hangul and len(others) < _MAX_ALTERNATIVES:
                others.append(f"{surname.roman} {romanise(other)}")
    return KoreanName(chars, surname.hangul + hangul, f"{surname.roman} {romanise(hangul)}", tuple(others), surname)


# Korea in a Chinese record: the countries, the capitals and big cities, Korean media, K-pop words, the big
# Korean company groups (named in full: 三星 alone is also 'three stars', 现代 'modern')
SOURCE_CONTEXT = re.compile(
    r"韩国|韓國|南韩|朝鲜|朝鮮|北韩|首尔|首爾|平壤|釜山|仁川|大邱|济州|濟州|韩方|韩媒|韩联社|韓聯社|中韩|韩美|美韩|日韩|"
    r"韩日|朝韩|韩朝|韩剧|韩流|韩星|韩援|韩籍|K-?pop|KPOP|"
    r"三星电子|三星集团|三星显示|现代汽车|现代集团|起亚|乐天集团|韩华|浦项|大宇|斗山|SK集团|LG集团"
)
# Korea in a Vietnamese text
TARGET_CONTEXT = re.compile(
    r"Hàn Quốc|Triều Tiên|Seoul|Xơ-un|Bình Nhưỡng|Pyongyang|Busan|Incheon|Daegu|Gwangju|Jeju|K-?pop|K-?Pop|KPOP|"
    r"xứ kim chi|người Hàn|tiếng Hàn|phim Hàn|nhạc Hàn|liên Triều|Liên Triều|bán đảo Triều"
)
# TARGET_CONTEXT's literals (K-?pop written out), grouped by a part each holds: the pattern
# matches in a text just where one of the literals stands, and a literal stands only where its part does (a test
# checks both). A part alone means the literal is the part itself. The parts open on capitals or a rare letter
# ('Kp', 'ứ kim chi', not 'pop' or 'kim chi': 'p' and 'k' open many Vietnamese words, each a start the trie tries).
_TARGET_LITERALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Hàn", ("Hàn Quốc", "người Hàn", "tiếng Hàn", "phim Hàn", "nhạc Hàn")),
    ("Triều", ("Triều Tiên", "liên Triều", "Liên Triều", "bán đảo Triều")),
    ("Seoul", ()),
    ("Xơ-un", ()),
    ("Bình Nhưỡng", ()),
    ("Pyongyang", ()),
    ("Busan", ()),
    ("Incheon", ()),
    ("Daegu", ()),
    ("Gwangju", ()),
    ("Jeju", ()),
    ("Kp", ("Kpop",)),
    ("K-p", ("K-pop",)),
    ("KP", ("KPop", "KPOP")),
    ("K-P", ("K-Pop",)),
    ("ứ kim chi", ("xứ kim chi",)),
)


# Every part of _TARGET_LITERALS as one character trie: a text holds a part just where this finds one
_TARGET_PARTS = re.compile(trie_pattern(part for part, _ in _TARGET_LITERALS))


def names_korea(text: str) -> bool:
    """``text`` (Vietnamese) names Korea somewhere (:data:`TARGET_CONTEXT` matches): one search for any part first
    (most documents hold none; the trie's search, which stops only at the parts' twelve first letters, costs less than
    half of fifteen substring tests that find nothing), then substring tests, a part of each literal and the literals
    holding a part found (TARGET_CONTEXT's own search would try its many first letters at every character)."""
    if _TARGET_PARTS.search(text) is None:
        return False
    return any(not literals or any(w in text for w in literals) for part, literals in _TARGET_LITERALS if part in text)


# North Korea (without South Korea in the same text, a name there is a North Korean's: the press writes those in
# North Korea's own romanisation, 'Ri' for 李, not Lee)
NORTH_SOURCE = re.compile(r"朝鲜|朝鮮|北韩|平壤|劳动党")
NORTH_TARGET = re.compile(r"Triều Tiên|Bình Nhưỡng|Pyongyang|Đảng Lao động")
SOUTH_SOURCE = re.compile(r"韩国|韓國|南韩|首尔|首爾|釜山|仁川|大邱|济州|韩联社|韓聯社|韩剧|韩流|K-?pop|KPOP")
SOUTH_TARGET = re.compile(r"Hàn Quốc|Seoul|Xơ-un|Busan|Incheon|Daegu|Jeju|K-?pop|K-?Pop|KPOP|người Hàn|phim Hàn")


def north_only(source: str, target: str) -> bool:
    """The record speaks of North Korea and not of South Korea."""
    north = NORTH_SOURCE.search(source) or NORTH_TARGET.search(target)
    return bool(north) and not (SOUTH_SOURCE.search(source) or SOUTH_TARGET.search(target.replace("bán đảo", "")))
