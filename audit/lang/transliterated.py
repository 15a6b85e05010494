"""Foreign names that MT through Chinese reads in Hán-Việt without the interpunct ('Ca Nhĩ Địch' 哥尔迪).

Chinese writes a foreign (non-Chinese) name with a small set of characters picked for their sounds
(``references/zh_transliteration_chars.txt``: 斯 尔 拉 克 德 …); an MT system that pivots through Chinese
then reads each character in Hán-Việt: 'Tư', 'Nhĩ', 'Lạp', 'Khắc', 'Đức'. Those readings seldom make a
Vietnamese name together: Vietnamese names draw on another set of syllables (``vi_names.tsv``), and
Chinese people's names in Hán-Việt on meaning-bearing characters (Tập Cận Bình). A run of capitalised
syllables is taken for such a name when every syllable reads a transcription character and enough of
them are no common Vietnamese name syllable (:func:`transliterated_names`).

The names that join their parts with '·', and the gazetteer's people, are found by
:mod:`audit.lang.mentions` (N102's other detectors); this module finds the rest, by shape.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from audit.lang.compound_surnames import compound_surname_keys
from audit.lang.countries import Mention, country_anchors, find_mentions
from audit.lang.hanviet import load, syllable_key
from audit.lang.names import Run, RunStart, multiword_runs, run_offsets
from audit.lang.pinyin_echo import Skeleton, echoes, pinyin_skeleton
from audit.lang.resources import read_lines

# Readings of a character looked at: its main one and the next (卡 tạp, 比 tỉ …)
_READINGS = 2
# A syllable at least this common (per mille of the names sample, any position) in Vietnamese names is a
# name syllable: Đức, Lâm, Lan, Mai, Kim … are read as Vietnamese, never as a sign of a transcription
_COMMON_NAME = 1.0
_MIN_RUN = 3  # syllables of a name found anywhere; two suffice right after a title or honorific
_MAX_RUN = 8
_MAX_COMBOS = 16  # pinyin spellings of one name tried against the document's Latin names
# Heads of Vietnamese place names that read a transcription character: 'Đình Tây Đằng' (a village temple),
# 'Hồ Tây' (a lake) name places, not people. Not 'Tháp' (a tower): 塔 starts many names (塔米姆 Tamim)
_PLACE_HEADS = frozenset(syllable_key(w) for w in ("Đình", "Hồ"))


@dataclass(frozen=True, slots=True)
class TransliteratedName:
    start: int
    end: int
    syllables: tuple[str, ...]


def _chars() -> str:
    """The transcription characters of the reference list (the part of each line before a '#')."""
    return "".join(line.split("#", 1)[0].strip() for line in read_lines("zh_transliteration_chars.txt"))


@functools.cache
def sound_syllables() -> tuple[frozenset[str], frozenset[str]]:
    """Syllable keys of the Hán-Việt readings of the transcription characters, and of them those that are
    no common Vietnamese name syllable (the 'rare' ones: Nhĩ, Lạp, Tư, Địch, Tát …)."""
    from audit.lang.people import vi_names

    hv = load()
    sound = {syllable_key(r) for ch in _chars() for r in hv.main_first(ch)[:_READINGS]}
    common = {key for kind in vi_names().values() for key, syl in kind.items() if syl.freq >= _COMMON_NAME}
    return frozenset(sound), frozenset(sound - common)


# A monarch's regnal number read from Chinese after his name: 六世 'Lục Thế' (Felipe VI as 'Phí Lợi Bội Lục Thế'), 二世
# 'Nhị Thế'; the name before it is read as the run's end, the number taken into the span (adversary64)
_ORDINALS = frozenset(("Nhất", "Nhị", "Tam", "Tứ", "Ngũ", "Lục", "Thất", "Bát", "Cửu", "Thập"))


def _regnal_words(words: tuple[str, ...] | list[str]) -> int:
    """2 when the run ends in an ordinal and 'Thế' after at least two other words ('… Lục Thế'), else 0."""
    return 2 if len(words) >= 4 and words[-1] == "Thế" and words[-2] in _ORDINALS else 0


@functools.lru_cache(maxsize=16384)
def may_be_transliterated(words: tuple[str, ...]) -> bool:
    """Cheap gate on a run's words: the sound syllables that end it (a name found ends its run, or its regnal
    number does) hold two or more rare ones."""
    sound, rare = sound_syllables()
    words = words[: len(words) - _regnal_words(words)]
    n_rare = n = 0
    for w in reversed(words):
        key = syllable_key(w)
        if key not in sound:
            break
        n_rare += key in rare
        n += 1
    return n_rare >= 2 or (n_rare == 1 and n >= 3)  # one rare in three or more: :func:`_titled_unvietnamese`


def transliterated_names(text: str, runs_at: Iterable[RunStart] | None = None) -> list[TransliteratedName]:
    """Runs of capitalised syllables that read a foreign name written in Chinese characters.

    ``runs_at``: the runs of :func:`multiword_runs` in ``text`` (where each starts, its words), when the
    caller has them.
    """
    if runs_at is None:
        runs: Iterable[Run] = (r for r in multiword_runs(text) if may_be_transliterated(tuple(w for *_, w in r)))
    else:
        runs = (run_offsets(start, words) for start, words in runs_at if may_be_transliterated(words))
    out = []
    for run in runs:
        out.extend(_in_run(text, run))
    return out


def _in_run(text: str, run: Run) -> list[TransliteratedName]:
    """The stretches of sound syllables of one run that pass :func:`_foreign_shaped` (a regnal number after the
    run's last stretch is judged without it and taken into its span)."""
    sound, _ = sound_syllables()
    regnal = _regnal_words([w for *_, w in run])
    whole, run = run, run[: len(run) - regnal]
    out = []
    i = _country_prefix(run)
    while i < len(run):
        j = i
        while j < len(run) and _sound_word(run[j][2], sound):
            j += 1
        if j > i and _foreign_shaped(text, run, i, j):
            k = j + regnal if j == len(run) else j  # the regnal number after the run's last stretch
            words = tuple(w for *_, w in whole[i:k])
            out.append(TransliteratedName(whole[i][0], whole[k - 1][1], words))
        i = j + 1
    return out


def _country_prefix(run: Run) -> int:
    """The number of words of a country's name of two or more words that opens the run before a name ('Hà Lan' in
    'Hà Lan Mã Khắc Lỗ Đặc': a country of sound syllables would otherwise join the name's stretch, and
    :func:`_names_place` reject it), the longest; 0 without one. A one-word country may be the name's first syllable
    ('Áo Ba Tang Kiều' 奥巴桑乔 Obasanjo)."""
    from audit.lang.mentions import country_names

    names = country_names()
    for k in range(min(3, len(run) - 2), 1, -1):
        if " ".join(w for *_, w in run[:k]) in names:
            return k
    return 0


def _sound_word(word: str, sound: frozenset[str]) -> bool:
    """A capitalised (not all-capital: 'SỞ TƯ PHÁP') reading of a transcription character."""
    return (len(word) == 1 or not word.isupper()) and syllable_key(word) in sound


def _foreign_shaped(text: str, run: Run, i: int, j: int) -> bool:
    """``run[i:j]`` (all sound syllables) is shaped like a transcription: three to eight syllables (two
    right after a title or honorific, 'ông Mễ Lặc' 米勒 Miller), two or more and a third or more of them
    rare, the whole run or the end of a run after a title or a country ('Mỹ Ca Nhĩ Địch'), and no country or
    place name (Đan Mạch, Mông Cổ, :data:`_PLACE_HEADS`). A stretch with a capitalised word after it, or with
    another one before it, is part of a longer name ('Thành Cát Tư Hãn', the Hán-Việt Genghis Khan)."""
    from audit.lang.vn_places import vn_place_names

    n = j - i
    if n > _MAX_RUN or j < len(run) or syllable_key(run[i][2]) in _PLACE_HEADS or _monarch(run[i:j]):
        return False
    if n in (3, 4) and _compound_surname(run[i:j]):
        return False  # a Chinese name with a two-character surname, read in Hán-Việt the Vietnamese way
    _, rare = sound_syllables()
    n_rare = sum(syllable_key(w) in rare for *_, w in run[i:j])
    if (n_rare < 2 and not _titled_unvietnamese(text, run, i, j, n_rare)) or (n_rare >= 2 and 3 * n_rare < n):
        return False
    if n < _MIN_RUN or (i and not _country(run[:i])):  # only a title before makes the stretch a name
        if not _titled(text, run[i][0]) or (n < _MIN_RUN and not _two_rare(run[i:j], rare)):
            return False
        if i and _surname(run[i - 1][2]):
            return False  # a surname right before: a Chinese name's given name ('ông Vương Sở Khâm', clean26 probe)
    start, end = run[i][0], run[j - 1][1]
    if text[start:end] in _anchor_places() or text[start:end] in vn_place_names():
        return False  # a city the Vietnamese press writes in Hán-Việt ('Cáp Nhĩ Tân' 哈尔滨 Harbin), a province
    return not any(m.start < end and start < m.end and _names_place(m, start, end) for m in find_mentions(text))


def _compound_surname(words: Run) -> bool:
    """The stretch opens with a Chinese two-character surname in Hán-Việt ('Âu Dương Na Na' 欧阳娜娜, 'Gia Cát Lượng'
    诸葛亮, 'Tư Mã Thiên' 司马迁: references/zh_compound_surnames.tsv), which the press writes a Chinese person so named
    in: no transcription of a foreign name (review36)."""
    return (syllable_key(words[0][2]), syllable_key(words[1][2])) in compound_surname_keys()


# A Chinese monarch named by dynasty and temple or posthumous title ('Đường Thái Tông' 唐太宗, 'Hán Vũ Đế' 汉武帝): the
# dynasty, then a two-syllable title closing on 宗 Tông, 祖 Tổ, 帝 Đế, 王 Vương (clean24 probe)
_DYNASTIES = frozenset(
    syllable_key(w)
    for w in ("Hạ", "Thương", "Chu", "Tần", "Hán", "Tấn", "Tùy", "Tuỳ", "Đường", "Tống", "Nguyên", "Minh", "Thanh",
              "Ngụy", "Nguỵ", "Ngô", "Thục", "Tề", "Lương", "Liêu", "Kim")
)  # fmt: skip
_REIGN_ENDS = frozenset(syllable_key(w) for w in ("Tông", "Tổ", "Đế", "Vương"))


def _monarch(words: Run) -> bool:
    """Three syllables: a Chinese dynasty, then a temple or posthumous title ('Đường Thái Tông', 'Đường Cao
    Tông'), a monarch's name in the Vietnamese way, not a transcription ('Đường Nạp Đức' 唐纳德 Donald is one)."""
    return len(words) == 3 and syllable_key(words[0][2]) in _DYNASTIES and syllable_key(words[-1][2]) in _REIGN_ENDS


@functools.cache
def _anchor_places() -> frozenset[str]:
    """The cities and institutions of country_anchors.tsv, of every country."""
    return frozenset(itertools.chain.from_iterable(country_anchors().values()))


def _titled_unvietnamese(text: str, run: Run, i: int, j: int, n_rare: int) -> bool:
    """Three or four sound syllables, one of them rare, the whole run (after a country of :func:`_country_prefix`)
    right after a title or honorific, that cannot be a Vietnamese full name: its first syllable is no Vietnamese
    surname and none is 'Thị' ('ông Kiệt Khắc Tốn' 杰克逊 Jackson; a Vietnamese name after 'ông' starts with its
    surname)."""
    if n_rare != 1 or j != len(run) or not 3 <= j - i <= 4 or len(run[i][2]) < 2:
        return False
    if i and i != _country_prefix(run):
        return False
    from audit.lang.people import surnames

    keys = [syllable_key(w) for *_, w in run[i:j]]
    if keys[0] in surnames() or _THI in keys:
        return False
    return _titled(text, run[i][0])


_THI = syllable_key("Thị")


_HONORIFICS = frozenset("ông bà anh chị cô chú bác em cụ ngài".split())  # 'Ông' is a surname too


def _surname(word: str) -> bool:
    """A Vietnamese or Chinese surname that is no honorific ('Vương', 'Lưu'; not 'Ông' of 'Ông Ai Khắc Sâm')."""
    from audit.lang.people import surnames

    return word.lower() not in _HONORIFICS and syllable_key(word) in surnames()


def _names_place(m: Mention, start: int, end: int) -> bool:
    """A country or place mention that is the whole stretch, or a country of two or more words in it; a
    one-syllable country or a place calque inside it reads syllables of the name ('Áo Ba Tang Kiều' 奥巴桑乔
    Obasanjo, not Austria; 'Ai Mã Nữu Ai Nhĩ' 埃马纽埃尔 Emmanuel, not Niue 纽埃)."""
    return (m.start <= start and end <= m.end) or (bool(m.iso) and " " in m.text)


def _two_rare(words: Run, rare: frozenset[str]) -> bool:
    """Both syllables of a two-syllable name are rare and neither is one letter: 'A', 'Y' start the names
    of Vietnam's highland peoples ('A Sa', 'Y Đức')."""
    return all(len(w) > 1 and syllable_key(w) in rare for *_, w in words)


# Words of an administrative unit: the name after one is the unit's, even after a title ('Chủ tịch UBND huyện Vạn
# Ninh' names a district, not a person called 'Vạn Ninh'; review20)
_UNIT_WORDS = frozenset(("tỉnh", "huyện", "xã", "quận", "phường", "thị xã", "thành phố", "thị trấn", "đặc khu"))


def _titled(text: str, pos: int) -> bool:
    """A title or honorific right before ``pos`` (:func:`titled_before`) that is not followed by the word of an
    administrative unit (:data:`_UNIT_WORDS`)."""
    from audit.lang.mentions import titled_before

    before = text[max(0, pos - 16) : pos].lower().split()
    if before and (before[-1] in _UNIT_WORDS or " ".join(before[-2:]) in _UNIT_WORDS):
        return False
    return titled_before(text, pos)


def _country(words: Run) -> bool:
    from audit.lang.mentions import country_names

    return " ".join(w for *_, w in words) in country_names()


@functools.cache
def _pinyin_by_reading() -> dict[str, tuple[str, ...]]:
    """Syllable key of a reading → the pinyin of the transcription characters read so ('tư' → ('si', 'zi'))."""
    hv = load()
    out: dict[str, set[str]] = defaultdict(set)
    for ch in _chars():
        for r in hv.main_first(ch)[:_READINGS]:
            out[syllable_key(r)].update(hv.pinyin.get(ch, ())[:1])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def latin_original(syllables: tuple[str, ...], latin: Iterable[tuple[Skeleton, str]]) -> str | None:
    """The Latin name word (of ``latin``: :func:`audit.lang.foreign_pinyin.latin_name_words` of the document)
    that the name's Chinese characters spell, read back through their pinyin: 'Cơ Phổ Kiều Cách' (基普乔格 ji pu
    qiao ge) → 'Kipchoge'. None when no word of the document sounds so."""
    by_reading = _pinyin_by_reading()
    options = [by_reading.get(syllable_key(w), ()) for w in syllables]
    if not all(options):
        return None
    latin = tuple(latin)
    for combo in itertools.islice(itertools.product(*options), _MAX_COMBOS):
        skeleton = pinyin_skeleton(combo)
        for sk, name in latin:
            if echoes(skeleton, sk):
                return name
    return None
