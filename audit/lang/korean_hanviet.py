"""Korean names read in Hán-Việt by MT through Chinese, found without a source ('Tôn Hưng Mẫn' 孙兴慜 for Son
Heung-min), in a text that speaks of Korea.

Two signals, both for a name of three capitalised syllables:

- :func:`known_koreans`: the Hán-Việt readings of the Chinese names of well-known South Koreans
  (``references/korean_people.tsv``): the person and so the fix are known.
- :func:`marked_koreans`: a name right after 'Hàn Quốc' ('Tổng thống Hàn Quốc X', 'ca sĩ Hàn Quốc X') whose
  surname is the Hán-Việt of a Korean surname (korean_surnames.tsv: Lý, Kim, Phác, Thôi …) and whose given name
  is Hán-Việt with Vietnamese tone marks (a romanised Korean name is plain ASCII: 'Kim Ha Na'), with no
  Vietnamese middle name (Văn, Thị …). The Vietnamese press writes South Koreans romanised; North Korea's
  leaders (Kim Nhật Thành) are written in Hán-Việt, so 'Triều Tiên' is no such mark.

The caller decides that the document speaks of Korea and that no other nationality is given to the name.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from audit.lang.case import capitalised
from audit.lang.countries import trie_pattern
from audit.lang.hanviet import load, syllable_key
from audit.lang.korean import surnames
from audit.lang.names import capitalised_runs
from audit.lang.resources import read_tsv

_READINGS = 2  # Hán-Việt readings of a character looked at: the main one and the next (李 lí/lý)
_MAX_COMBOS = 16
_NAME = 3  # syllables of a Korean name (surname and a two-syllable given name)
# Given-name syllables of Vietnamese names that Korean names do not have (文 Văn, 氏 Thị, 有 Hữu, 廷 Đình, 公 Công)
_VIETNAMESE_GIVEN = frozenset(syllable_key(w) for w in ("Văn", "Thị", "Hữu", "Đình", "Công"))
# Words before 'Hàn Quốc' that make it a place or an opponent, not the name's nationality ('Đại sứ Việt Nam tại
# Hàn Quốc X', 'trận gặp Hàn Quốc X …')
_PLACE_WORDS = frozenset(
    (
        "tại",
        "ở",
        "sang",
        "đến",
        "tới",
        "thăm",
        "với",
        "và",
        "gặp",
        "giữa",
        "thắng",
        "thua",
        "hòa",
        "hoà",
        "đấu",
        "học",
        "sống",
        "làm",
        "về",
    )
)
_JOINERS = frozenset("-–—/&")


@dataclass(frozen=True, slots=True)
class HanVietKorean:
    start: int
    end: int
    name: str | None  # the press's spelling of a known person ('Son Heung-min'); None for a name found by its mark
    surname: str  # the surname as the press writes it ('Lee'; 'Lee or Yi' … for a reading of several)


@functools.cache
def _known_index() -> dict[tuple[str, ...], str]:
    """Syllable keys of the Hán-Việt readings of each well-known Korean's Chinese name → the press's spelling."""
    hv = load()
    out: dict[tuple[str, ...], str] = {}
    for row in read_tsv("korean_people.tsv"):
        readings = [hv.main_first(ch)[:_READINGS] for ch in row["name_zh"]]
        if not all(readings):
            continue
        for combo in itertools.islice(itertools.product(*readings), _MAX_COMBOS):
            out.setdefault(tuple(syllable_key(r) for r in combo), row["name_vi"])
    return out


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # the five tone marks, combining (NFD)
_VOWELS = frozenset("aeiouy")


@functools.cache
def known_pattern() -> re.Pattern[str]:
    """The last two syllables of a well-known Korean's Hán-Việt name, capitalised, as they may be written ('Mẫn
    Hạo', 'Kiện Hi', 'Kiện Hy': the tone mark on any vowel, a final i written y). Seldom in other text: one scan of a
    document before :func:`known_koreans`."""
    pairs: set[str] = set()
    for key in _known_index():
        for pair in itertools.product(*(map(capitalised, _spellings(k)) for k in key[-2:])):
            pairs.add(" ".join(pair))
    # a character trie: the same leftmost, longest match as the alternation longest first, a quarter quicker
    return re.compile(trie_pattern(pairs))


def _spellings(key: str) -> set[str]:
    """The ways a syllable of ``key`` may be written: every vowel may carry its tone mark, a final i may be y."""
    hv = load()
    out: set[str] = set()
    for reading in (r for ch in hv.by_key.get(key, ()) for r in hv.main_first(ch) if syllable_key(r) == key):
        nfd = unicodedata.normalize("NFD", reading.lower())
        tone = "".join(c for c in nfd if c in _TONES)
        base = "".join(c for c in nfd if c not in _TONES)
        bases = {base, base[:-1] + "y"} if base.endswith("i") and len(base) > 1 else {base}
        for b in bases:
            spots = [_after_marks(b, i) for i, c in enumerate(b) if c in _VOWELS] if tone else [len(b)]
            out.update(unicodedata.normalize("NFC", b[:i] + tone + b[i:]) for i in spots)
    return out


def _after_marks(nfd: str, i: int) -> int:
    """The position after the letter at ``i`` and its combining marks (the circumflex of 'ê', the horn of 'ơ')."""
    j = i + 1
    while j < len(nfd) and unicodedata.combining(nfd[j]):
        j += 1
    return j


@functools.cache
def _surname_keys() -> dict[str, str]:
    """Syllable keys of the Hán-Việt readings of the one-character Korean surnames (Lý, Kim, Phác, Thôi …) → the
    press's spellings of the surnames read so ('trinhj' → 'Jung')."""
    hv = load()
    out: dict[str, list[str]] = {}
    for ch, s in surnames().items():
        if len(ch) == 1:
            for r in hv.main_first(ch)[:_READINGS]:
                romans = out.setdefault(syllable_key(r), [])
                if s.roman not in romans:
                    romans.append(s.roman)
    return {k: " or ".join(v) for k, v in out.items()}


def known_koreans(text: str) -> Iterator[HanVietKorean]:
    """Three capitalised syllables that read the Chinese name of a well-known Korean ('Lý Mẫn Hạo' 李敏镐)."""
    index = _known_index()
    for run in capitalised_runs(text):
        if len(run) < _NAME:
            continue
        keys = [syllable_key(w) for *_, w in run]
        for i in range(len(run) - _NAME + 1):
            name = index.get(tuple(keys[i : i + _NAME]))
            if name is not None:
                yield HanVietKorean(run[i][0], run[i + _NAME - 1][1], name, name.split()[0])


def marked_koreans(text: str) -> Iterator[HanVietKorean]:
    """Three capitalised Hán-Việt syllables that end a run right after 'Hàn Quốc', shaped as a Korean name."""
    if "Hàn Quốc " not in text:
        return
    hv_keys = load().by_key
    for run in capitalised_runs(text):
        words = [w for *_, w in run]
        at = _mark_in(words)
        if at is None or len(words) - at != _NAME or not _nationality(text, run[at - 2][0]):
            continue
        name = words[at:]
        keys = [syllable_key(w) for w in name]
        if keys[0] not in _surname_keys() or not all(k in hv_keys for k in keys):
            continue
        if _VIETNAMESE_GIVEN.intersection(keys[1:]) or all(w.isascii() for w in name[1:]):
            continue
        yield HanVietKorean(run[at][0], run[-1][1], None, _surname_keys()[keys[0]])


# A sports or screen role right before a name: the person's slot ('HLV Lý Mân Thịnh', 'đạo diễn …')
_ROLES = (
    r"(?<![\w])(?:HLV|[Hh]uấn luyện viên(?: trưởng)?|[Tt]iền đạo|[Tt]iền vệ|[Hh]ậu vệ|[Tt]hủ môn|[Đđ]ạo diễn"
    r"|(?:[Nn]ữ |[Nn]am )?[Dd]iễn viên|[Cc]a sĩ|[Tt]ay vợt|[Vv]ận động viên|VĐV) "
)
ROLE_BEFORE = re.compile(_ROLES + "$")
# where a segment may hold one (audit.rules._prefilter.segments_matching): the roles' words as a trie opening on a
# letter, not on _ROLES' lookbehind (tried at every position); it matches where _ROLES matches (an optional 'nữ ',
# 'nam ' or ' trưởng' only lengthens a match of the word it goes with)
_ROLE_WORDS = (
    "HLV", "Huấn luyện viên", "huấn luyện viên", "Tiền đạo", "tiền đạo", "Tiền vệ", "tiền vệ", "Hậu vệ", "hậu vệ",
    "Thủ môn", "thủ môn", "Đạo diễn", "đạo diễn", "Diễn viên", "diễn viên", "Ca sĩ", "ca sĩ", "Tay vợt", "tay vợt",
    "Vận động viên", "vận động viên", "VĐV",
)  # fmt: skip
ROLE_TRIGGER = re.compile(trie_pattern(_ROLE_WORDS, guard=r"(?<!\w.)") + " ")


@functools.cache
def _vietnamese_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The syllable keys of vi_names.tsv's given names and surnames."""
    from audit.lang.people import vi_names

    names = vi_names()
    return frozenset(syllable_key(k) for k in names["given"]), frozenset(syllable_key(k) for k in names["surname"])


def role_koreans(text: str) -> Iterator[HanVietKorean]:
    """Three capitalised Hán-Việt syllables, a whole run right after a sports or screen role ('HLV Lý Mân
    Thịnh' 李玟晟), shaped as a Korean name: a Korean surname's Hán-Việt, and a given syllable no Vietnamese name
    has (none in vi_names.tsv: 'Mân', 'Tương', 'Tại'), so the name is no Vietnamese one (the caller asks the text
    to speak of Korea). Under a Vietnamese surname (Cao, Vũ, Chu …) the middle syllable must be that one: a
    Vietnamese name has a common middle name (Văn, Ngọc, Đình, Anh) and may end in a rare given name ('tiền vệ Cao
    Văn Triền', 'đạo diễn Vũ Ngọc Đãng')."""
    hv_keys = load().by_key
    given, vi_surnames = _vietnamese_keys()
    for run in capitalised_runs(text):
        name = run[-_NAME:]
        if len(name) != _NAME:
            continue
        role = ROLE_BEFORE.search(text, max(0, name[0][0] - 30), name[0][0])
        if role is None or role.start() > run[0][0]:
            continue  # no role right before, or other capitalised words before the name ('HLV' may open the run)
        keys = [syllable_key(w) for *_, w in name]
        if keys[0] not in _surname_keys() or not all(k in hv_keys for k in keys):
            continue
        if all(w.isascii() for *_, w in name[1:]) or all(k in given for k in keys[1:]):
            continue
        if keys[1] in _VIETNAMESE_GIVEN or (keys[0] in vi_surnames and keys[1] in given):
            continue  # 'Chu Đình Nghiêm', 'Tống Anh Tỷ', 'Quyền Thị Khuyên': a Vietnamese name with a rare given name
        yield HanVietKorean(name[0][0], name[-1][1], None, _surname_keys()[keys[0]])


def _mark_in(words: list[str]) -> int | None:
    """The index of the word after the last 'Hàn Quốc' of a run's words, if any."""
    for i in range(len(words) - 1, 0, -1):
        if words[i] == "Quốc" and words[i - 1] == "Hàn":
            return i + 1
    return None


def _nationality(text: str, mark: int) -> bool:
    """'Hàn Quốc' at ``mark`` gives the nationality of what follows: first in its run of capitalised words, not
    after a place or opponent word, nor joined to another country ('Việt Nam - Hàn Quốc')."""
    before = text[:mark].rstrip()
    if before[-1:] in _JOINERS:
        return False
    word = before.rsplit(None, 1)[-1] if before else ""
    return not word[:1].isupper() and word.lower() not in _PLACE_WORDS
