"""Pinyin names: capitalised pinyin sequences that read as a personal name ('Ruan Fuzhong', 'Ruǎn Chūnfú'),
and a pinyin surname before unaccented Vietnamese given names after a title ('Ruan Phu Trong')."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from audit.lang.hanviet import fold, syllable_key
from audit.lang.mentions.preceding_title import titled_before, vn_local_office_before
from audit.lang.mentions.shared import country_names, foreign, optional_lines
from audit.lang.names import Run, RunStart, multiword_runs, multiword_runs_passing, run_offsets, syllable_options
from audit.lang.people import folded_surnames, surname_keys, surnames
from audit.lang.pinyin import has_vietnamese_letters, pinyin_score, segmentations
from audit.lang.rare_chars import rare_scan

_LATIN_WORD = re.compile(r"^[A-Za-z][a-z]+$")
_DIGITS = re.compile(r"^\d+$")


@functools.cache
def exceptions() -> frozenset[str]:
    return frozenset(fold(x) for x in optional_lines("pinyin_exceptions.txt"))


@functools.cache
def surname_pinyin() -> frozenset[str]:
    """Pinyin that Vietnamese surnames come from ('ruan', 'chen', 'li', …)."""
    return frozenset(p for syl in surnames().values() for p in syllable_options(syl)[0])


@functools.cache
def chinese_surname_pinyin() -> frozenset[str]:
    """Pinyin a Chinese personal name starts with: a Vietnamese surname's (:func:`surname_pinyin`) or one of
    China's 100 commonest surnames (zh_surnames.txt: 'cui', 'tang', 'xiong', which no Vietnamese surname gives),
    less the Korean press's spellings of Korean surnames ('Kang', 'Gu': 'Kang Minjun' is a Korean name)."""
    from audit.lang.korean import surnames as korean_surnames

    korean = {w.lower() for s in korean_surnames().values() for w in (s.roman, *s.also)}
    return surname_pinyin() | (frozenset(optional_lines("zh_surnames.txt")) - korean)


# Two capitalised words of plain Latin letters side by side: every pinyin name has them
_TWO_LATIN = re.compile(r"[A-Z][a-zü']+ [A-Z][a-zü']+")


@dataclass(frozen=True, slots=True)
class PinyinName:
    start: int
    end: int
    tokens: tuple[str, ...]
    evidence: float  # 0–1, how pinyin-like
    titled: bool  # a title or honorific right before it
    weak: bool = False  # pinyin only by shape ('Su Lin'): kept only if it recovers a known person exactly


# A word written in pinyin with tone marks: a macron or caron (Ruǎn, Chūnfú) — marks Vietnamese never uses.
_TONE_MARK = rare_scan(re.compile(r"[āēīōūǖǎěǐǒǔǚǘǜ]"))
_TONED_PINYIN = re.compile(r"\w*[āēīōūǖǎěǐǒǔǚǘǜ]\w*")


def _untone(word: re.Match[str]) -> str:
    """The word without its pinyin tone marks, one letter for one ('Chūnfú' → 'Chunfu')."""
    return "".join(unicodedata.normalize("NFD", ch)[0] for ch in word.group())


_ASCII_WORD = re.compile(r"[A-Z][a-z]{1,6}")
_NOT_VIETNAMESE = re.compile(r"[FJWZfjwz]")  # letters no Vietnamese syllable has


# :func:`pinyin_names` finds nothing in a line that neither of these matches (no match spans a line
# break). Two searches: one pattern with both alternatives would try each at every capital letter.
PINYIN_HINTS = (_TONE_MARK, _TWO_LATIN)


def pinyin_names(text: str, runs_at: Iterable[RunStart] | None = None) -> list[PinyinName]:
    """Capitalised pinyin sequences that read as a personal name ('Ruan Fuzhong', 'Fu Fuanzhong',
    'Ruǎn Chūnfú' — tone marks are read past; offsets stay those of ``text``).

    ``runs_at``: the runs of :func:`multiword_runs` in ``text`` (where each starts, its words), when the
    caller has them (see audit.lang.names.multiword_runs_by_text)."""
    if _TONE_MARK.search(text):
        text = _TONED_PINYIN.sub(_untone, text)
        runs_at = None  # the runs of the text with its tone marks: their words are not the ones read here
    if not _TWO_LATIN.search(text):
        return []
    out = []
    surnames = chinese_surname_pinyin()
    runs: tuple[Run, ...]
    if "'" in text or "’" in text:
        runs = _apostrophe_runs(text)
    elif runs_at is not None:  # only the runs that may hold a name: the others yield nothing
        runs = tuple(run_offsets(start, words) for start, words in runs_at if _may_hold_pinyin(words))
    else:
        runs = multiword_runs_passing(text, _may_hold_pinyin)
    for run in runs:
        country = _country_words(tuple(w for _, _, w in run))
        i = _province_prefix(text, run)  # 'tỉnh Nghệ An Li …': 'An' opens no name
        while i < len(run):
            j = i
            while j < len(run) and j not in country and _pinyin_token(run[j][2]):
                j += 1
            if j == i:
                i += 1
                continue
            sub = run[i:j]
            before, after = run[i - 1][2] if i else "", run[j][2] if j < len(run) else ""
            head = run[:i]
            i = j
            words = tuple(w for _, _, w in sub)
            if len(words) < 2 or len(words) > 4 or fold(" ".join(words)) in exceptions():
                continue
            if before and (titled_before(text, sub[0][0], strict=True) or _unit_before(text, head)):
                before = ""  # 'Ông Chen Daguang': the word before is a title, or ends the title's unit
            if syllable_key(before) in surname_keys() or has_vietnamese_letters(after):
                continue  # part of a Vietnamese name written with diacritics ('Hồ Quang Cua')
            if any(_romance_shaped(w) for w in words):
                continue  # 'La Moneda', 'Medina': a Romance word, not a Chinese given name
            first = segmentations(words[0])[0]
            syllables = sum(len(segmentations(w)[0]) for w in words)
            evidence = max(pinyin_score(w) for w in words)
            start, end = sub[0][0], sub[-1][1]
            if text[start - 1 : start] == "-" or text[end : end + 1] == "-":
                continue  # part of a hyphenated name ('Kai-Fu Lee')
            first_is_surname = len(first) == 1 and first[0] in surnames
            if before or after:  # beside other Latin words ('Shin Tae Yong'): only a clear pinyin name
                if not (first_is_surname and evidence >= 0.95):
                    continue
            if not 2 <= syllables <= 5 or len(first) != 1:
                continue
            if evidence < 0.75 and (before or not first_is_surname):
                continue  # neither a clear pinyin name nor a titled surname: asking for the title is moot
            # a Vietnamese local office ending in its unit ('Phó Chủ tịch UBND tỉnh Lạng Sơn Huang …'): the
            # title's words stand too far from the name for titled_before (leftovers73)
            titled = titled_before(text, start) or vn_local_office_before(text, start)
            start, words, titled = _extend_garble(text, start, words, titled)
            if first_is_surname or titled:
                if evidence >= 0.75:
                    out.append(PinyinName(start, end, words, evidence, titled))
                elif titled and first_is_surname and not before:
                    out.append(PinyinName(start, end, words, evidence, titled, weak=True))
    if not out:
        out.extend(_mixed_names(text, runs, surname_pinyin()))
    return out


@functools.lru_cache(maxsize=16384)
def _country_words(words: tuple[str, ...]) -> frozenset[int]:
    """The indices of a run's words that spell a country's name of two or three words ('Sri Lanka Zheng Shixin':
    'Lanka' also parses as pinyin, lan-ka, but is no part of the name after it)."""
    names = country_names()
    out: set[int] = set()
    for n in (3, 2):
        for k in range(len(words) - n + 1):
            if " ".join(words[k : k + n]) in names:
                out.update(range(k, k + n))
    return frozenset(out)


ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&-]+")  # an organisation's: JAXA, EVN, VCCI


def _unit_before(text: str, head: Run) -> bool:
    """The capitalised words before a pinyin name are no Vietnamese name it continues: a country's name ending
    a unit's ('Phó Tổng giám đốc Trung tâm Vũ trụ Việt Nam Li Chunhui': 'Nam' is no surname there), or an
    organisation's acronym right after a title ('Chủ tịch JAXA …', 'Tổng giám đốc EVN …')."""
    if not head:
        return False
    if len(head) == 1 and ACRONYM.fullmatch(head[0][2]):
        return titled_before(text, head[0][0], strict=True)
    tail = [w for _, _, w in head[-3:]]
    if any(" ".join(tail[k:]) in country_names() for k in range(len(tail))):
        return True
    return _province_unit(text, head)


# A place word right before a Vietnamese province's or city's name ('Chủ tịch UBND tỉnh Bắc Giang Li …'), or a
# Party committee named by its level ('Bí thư Tỉnh ủy Quảng Ninh Jin …', 'Thành ủy Hải Phòng': leftovers73)
_PLACE_WORD_BEFORE = re.compile(r"(?:\btỉnh|\bthành phố|\bTP\.?|\bTp\.?|\b(?:Tỉnh|Thành|tỉnh|thành) [uủ][yỷ])\s$")


def _province_unit(text: str, head: Run) -> bool:
    """The capitalised words before a pinyin name are a Vietnamese province or city after its place word, the
    end of a title's unit ('Chủ tịch UBND tỉnh Bắc Giang Li Yingyang': 'Giang' is no surname there)."""
    return 2 <= len(head) <= 3 and _province_prefix(text, head) == len(head)


def _province_prefix(text: str, run: Run) -> int:
    """How many of the run's first words name a Vietnamese province or city after its place word ('tỉnh Nghệ An
    Li Yingyang' → 2), or 0."""
    from audit.lang.vn_places import vn_place_names

    if len(run) < 2 or not _PLACE_WORD_BEFORE.search(text, max(0, run[0][0] - 10), run[0][0]):
        return 0
    names = vn_place_names()
    found = next((n for n in (3, 2) if n <= len(run) and " ".join(w for _, _, w in run[:n]) in names), 0)
    return found or int(_vn_place_pinyin(run[0][2]))


def _vn_place_pinyin(word: str) -> bool:
    """The word is a Vietnamese province's or city's name left in pinyin (C106's index: 'Guangning' Quảng Ninh), so
    'tỉnh Guangning Wu Dewang' opens with the province, then the name."""
    from audit.lang.vn_places import pinyin_places  # the index is read only for a run after a place word

    place = pinyin_places().get(word.lower())
    return place is not None and not place.country and not place.city


@functools.lru_cache(maxsize=16384)
def _may_hold_pinyin(words: tuple[str, ...]) -> bool:
    """A run of capitalised words (its words) where :func:`pinyin_names` may find a name: two pinyin words
    side by side (:func:`_pinyin_token`), or a run that starts with a pinyin surname (:func:`_mixed_names`).
    The other runs yield nothing."""
    if words[0].lower() in surname_pinyin():
        return True
    return any(_pinyin_token(a) and _pinyin_token(b) for a, b in itertools.pairwise(words))


# An apostrophe between two lowercase letters parts the syllables of one pinyin word ('Sheng'an', 'Xi'an')
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])['’](?=[a-z])")
_LETTER_APOSTROPHE = "\u02bc"  # a modifier letter: a word character, so the run keeps the word whole


def _apostrophe_runs(text: str) -> tuple[Run, ...]:
    """:func:`multiword_runs` with a pinyin word parted by an apostrophe kept as one word, written with "'"
    ('Pan Sheng'an' is two words, not 'Pan Sheng'); offsets stay those of ``text``."""
    marked = _INNER_APOSTROPHE.sub(_LETTER_APOSTROPHE, text)
    return tuple(tuple((a, b, w.replace(_LETTER_APOSTROPHE, "'")) for a, b, w in run) for run in multiword_runs(marked))


def _mixed_names(text: str, runs: tuple[Run, ...], pinyin_surnames: frozenset[str]) -> list[PinyinName]:
    """A pinyin surname that is no Vietnamese surname without its marks ('Ruan', 'Deng') before
    unaccented Vietnamese given names, after a title: 'Tổng Bí thư Ruan Phu Trong' (half converted)."""
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        head = run[0][2]
        if head.lower() not in pinyin_surnames or fold(head) in folded_surnames():
            continue  # 'Tran Van Nam' is a Vietnamese name written without marks, not pinyin
        if not titled_before(text, run[0][0], strict=True):
            continue
        rest = run[1:4]
        if not rest or len(rest) != len(run) - 1 or not all(_ASCII_WORD.fullmatch(w) for _, _, w in rest):
            continue
        if text[rest[-1][1] : rest[-1][1] + 1] == "-" or any(_NOT_VIETNAMESE.search(w) for _, _, w in rest):
            continue  # 'ông Chang Jae-hoon': a Korean given name (hyphenated, or with a letter Vietnamese lacks)
        words = (head, *(w for _, _, w in rest))
        if fold(" ".join(words)) in exceptions():
            continue
        out.append(PinyinName(run[0][0], rest[-1][1], words, 0.8, True))
    return out


def _romance_shaped(word: str) -> bool:
    """Three or more open syllables in one word ('Moneda' = mo-ne-da, 'Manila'): Chinese given names have
    one or two characters, so a pinyin name word this long with no nasal coda is a Western word."""
    seg = segmentations(word)
    return bool(seg) and len(seg[0]) >= 3 and all(s[-1] in "aeiouv" for s in seg[0])


@functools.lru_cache(maxsize=65536)
def _pinyin_token(word: str) -> bool:
    return len(word) >= 2 and not word.isupper() and not has_vietnamese_letters(word) and bool(segmentations(word))


def _extend_garble(text: str, start: int, words: tuple[str, ...], titled: bool) -> tuple[int, tuple[str, ...], bool]:
    """Take in up to two garbled tokens before a pinyin name when a title stands before them
    ('Tổng Thư ký Ngurah 10 Fu Fuanzhong')."""
    if titled:
        return start, words, titled
    before = text[:start].rstrip()
    extra: list[tuple[int, str]] = []
    pos = len(before)
    for tok in reversed(before.split()[-2:]):
        if not (_DIGITS.match(tok) or (_LATIN_WORD.match(tok) and tok[0].isupper() and foreign(tok))):
            break
        pos = before.rfind(tok, 0, pos)
        extra.insert(0, (pos, tok))
    for k in range(len(extra)):
        if titled_before(text, extra[k][0], strict=True):
            return extra[k][0], (*(t for _, t in extra[k:]), *words), True
    return start, words, titled
