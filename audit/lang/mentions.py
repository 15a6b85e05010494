"""Person mentions in a segment: pinyin names, names joined by an interpunct, and office titles with
the name that follows them. Pure functions of the text (plus the cached gazetteers); the name rules
share their per-document results through ``DocContext.memo``.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from audit.lang.countries import trie_pattern
from audit.lang.hanviet import fold, syllable_key
from audit.lang.names import (
    LETTER,
    RUN_WORD,
    Run,
    RunStart,
    capitalised_runs,
    multiword_runs,
    multiword_runs_passing,
    names_in_run,
    run_at,
    run_offsets,
    syllable_options,
)
from audit.lang.people import holders, offices, people, surname_keys, surnames
from audit.lang.pinyin import has_vietnamese_letters, pinyin_score, segmentations
from audit.lang.resources import ResourceError, read_lines

# Qualifiers that may stand between a Vietnamese office title and the holder's name
VN_QUALIFIER = re.compile(
    r"(?:\s+(?:Ban Chấp hành(?: Trung ương)?|BCH(?: TƯ)?|Trung ương|TƯ|Đảng Cộng sản Việt Nam|Đảng CSVN|"
    r"Đảng Cộng sản|Cộng sản Việt Nam|Đảng|Chính phủ|nước(?: Cộng hòa xã hội chủ nghĩa| CHXHCN)?|"
    r"Cộng hòa xã hội chủ nghĩa|CHXHCN|Việt Nam|Khóa [IVXLC]+|khóa [IVXLC]+))*",
)
# The party qualifier after a title (matched where the title ends)
_PARTY_MARK = re.compile(r"\s+(?:Ban Chấp hành|BCH|Trung ương Đảng|Đảng Cộng sản Việt Nam|Đảng CSVN|Cộng sản Việt Nam)")
DOT = re.compile("[•·‧・∙]")
INTERPUNCT = re.compile(r"\s*[•·‧・∙]\s*")
_LATIN_WORD = re.compile(r"^[A-Za-z][a-z]+$")
_DIGITS = re.compile(r"^\d+$")


def _lines(name: str) -> list[str]:
    try:
        return read_lines(name)
    except ResourceError:
        return []


@functools.cache
def _titles() -> frozenset[str]:
    """Every title and honorific: offices.tsv titles and calques, name_titles.txt."""
    titles = set(_lines("name_titles.txt"))
    for o in offices().values():
        titles.update(o.titles)
        titles.update(o.calques)
    return frozenset(t for t in titles if t)


@functools.cache
def _reversed_title_pattern(strict: bool = False) -> re.Pattern[str]:
    """:func:`titled_before` as a match at the start of the reversed window (its end, before ``pos``);
    the character before the title is the lookahead. Matching backwards from the end tries the titles
    once, where searching forwards would try them at every position of the window.
    """
    alts = "|".join(re.escape(t[::-1]) for t in sorted(_titles(), key=len, reverse=True))
    gap = "" if strict else r"(?:[\w-]*[A-Z]\s+){0,2}"
    return re.compile(rf"\s+{gap}(?:{alts})(?=[\s(,;:])", re.IGNORECASE)


def titled_before(text: str, pos: int, strict: bool = False) -> bool:
    """A title or honorific (:func:`_titles`, any case) then whitespace end right before ``pos``; unless
    ``strict``, up to two words starting with a Latin letter may stand between ('Tổng thống Belarus ').
    The title starts after whitespace, '(', ',', ';', ':' or at the text's start, and lies within the
    80 characters before ``pos``."""
    lo = pos - 80
    # the window with the character before it (the title's left context); a space stands for the text's start
    window = text[lo - 1 : pos] if lo > 0 else " " + text[:pos]
    return _reversed_title_pattern(strict).match(window[::-1]) is not None


@functools.cache
def exceptions() -> frozenset[str]:
    return frozenset(fold(x) for x in _lines("pinyin_exceptions.txt"))


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
    return surname_pinyin() | (frozenset(_lines("zh_surnames.txt")) - korean)


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
_TONE_MARK = re.compile(r"[āēīōūǖǎěǐǒǔǚǘǜ]")
_TONED_PINYIN = re.compile(r"\w*[āēīōūǖǎěǐǒǔǚǘǜ]\w*")


def _untone(word: re.Match[str]) -> str:
    """The word without its pinyin tone marks, one letter for one ('Chūnfú' → 'Chunfu')."""
    return "".join(unicodedata.normalize("NFD", ch)[0] for ch in word.group())


@functools.cache
def _folded_surnames() -> frozenset[str]:
    return frozenset(fold(s) for s in surnames().values())


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
            titled = titled_before(text, start)
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


# A place word right before a Vietnamese province's or city's name ('Chủ tịch UBND tỉnh Bắc Giang Li …')
_PLACE_WORD_BEFORE = re.compile(r"(?:\btỉnh|\bthành phố|\bTP\.?|\bTp\.?)\s$")


def _province_unit(text: str, head: Run) -> bool:
    """The capitalised words before a pinyin name are a Vietnamese province or city after its place word, the
    end of a title's unit ('Chủ tịch UBND tỉnh Bắc Giang Li Yingyang': 'Giang' is no surname there)."""
    return 2 <= len(head) <= 3 and _province_prefix(text, head) == len(head)


def _province_prefix(text: str, run: Run) -> int:
    """How many of the run's first words name a Vietnamese province or city after its place word ('tỉnh Nghệ An
    Li Yingyang' → 2), or 0."""
    if len(run) < 2 or not _PLACE_WORD_BEFORE.search(text, max(0, run[0][0] - 10), run[0][0]):
        return 0
    names = _vn_place_names()
    return next((n for n in (3, 2) if n <= len(run) and " ".join(w for _, _, w in run[:n]) in names), 0)


@functools.cache
def _vn_place_names() -> frozenset[str]:
    """The names of references/vn_places.tsv's Vietnamese provinces and cities ('Bắc Giang', 'Cần Thơ')."""
    from audit.lang.vn_places import vn_place_rows

    return frozenset(row["name"] for row in vn_place_rows())


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
        if head.lower() not in pinyin_surnames or fold(head) in _folded_surnames():
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
        if not (_DIGITS.match(tok) or (_LATIN_WORD.match(tok) and tok[0].isupper() and _foreign(tok))):
            break
        pos = before.rfind(tok, 0, pos)
        extra.insert(0, (pos, tok))
    for k in range(len(extra)):
        if titled_before(text, extra[k][0], strict=True):
            return extra[k][0], (*(t for _, t in extra[k:]), *words), True
    return start, words, titled


@dataclass(frozen=True, slots=True)
class InterpunctName:
    start: int
    end: int
    parts: tuple[str, ...]


_HYPHEN_PART = re.compile(r"-([A-ZÀ-Ỹ][\w]*)")
# An interpunct followed by the lowercase particles of a Western family name ('Ruud·van Nistelrooy')
_DOT_PARTICLES = re.compile(r"\s*[•·‧・∙]\s*((?:(?:van|von|der|den|de|del|della|da|das|dos|du|di|ten|ter|zu|le|la) )+)")


def interpunct_names(text: str) -> list[InterpunctName]:
    """Name parts joined by a Chinese interpunct ('Xi Hê • Rompuy') with a foreign-looking part, three or more
    parts as one name ('Anula·Kumala·Disanayake'). Chinese puts a dot between every part of a foreign name, so a
    part in Latin spelling before the dot is one word: the capitalised word before it (a company, a sentence's
    first word) is not taken into the name; a part in Hán-Việt ('Thông Luân • Tây Tô Lý') has a word per syllable."""
    if not DOT.search(text):
        return []
    runs = capitalised_runs(text)
    out = []
    for a, b in itertools.pairwise(runs):
        gap = text[a[-1][1] : b[0][0]]
        particles: list[tuple[int, int, str]] = []
        if not INTERPUNCT.fullmatch(gap):
            if (joined := _DOT_PARTICLES.fullmatch(gap)) is None:
                continue
            base = a[-1][1]  # 'Ruud·van Nistelrooy': a lowercase particle opens the part after the dot
            at = base + joined.start(1)
            particles = [(at + m.start(), at + m.end(), m[0]) for m in re.finditer(r"\w+", joined[1])]
        left: list[tuple[int, int, str]] = []
        for t in reversed(a[-3:]):
            if _acronym(t[2], len(a)):
                break
            left.insert(0, t)
        for k in range(len(left)):
            if " ".join(w for _, _, w in left[: k + 1]) in country_names():
                left = left[k + 1 :]
                break
        if left and _foreign(left[-1][2]):
            left = left[-1:]  # a Latin part is one word ('Amkor Giel·Rutten'): the word before is no part of it
        right: list[tuple[int, int, str]] = list(particles)
        for t in b[:3]:
            if _acronym(t[2], len(b)):
                break
            right.append(t)
        if not left or len(right) == len(particles):
            continue
        if _label_list(text, a[-1][1]):
            continue
        while (tail := _HYPHEN_PART.match(text, right[-1][1])) and len(right) < 4:
            right.append((tail.start(1), tail.end(1), tail[1]))  # 'Díaz-Canel' is one name part
        words = [w for _, _, w in left + right]
        if not any(_foreign(w) for w in words):
            hanviet = _hanviet_transcription(a, b)
            if hanviet is None:
                continue
            left, right = hanviet
            words = [w for _, _, w in left + right]
        if out and left[0][0] < out[-1].end:  # 'Anula·Kumala·Disanayake': a third part continues the name
            kept = tuple(w for a_, _, w in left + right if a_ >= out[-1].end)
            out[-1] = InterpunctName(out[-1].start, right[-1][1], out[-1].parts + kept)
            continue
        out.append(InterpunctName(left[0][0], right[-1][1], tuple(words)))
    return out


def _acronym(word: str, run_length: int) -> bool:
    """An acronym ('FIFA', 'UBND') or a letter alone ('A · B · C'), no part of a name; a one-letter word among
    others is a syllable ('A' 阿 in 'A Mạc Lâm')."""
    return word.isupper() and (len(word) > 1 or run_length == 1)


# Characters Chinese picks for the sounds of foreign names (with source_pinyin's, which reads their pinyin): their
# Hán-Việt readings are the syllables of a Western name run through Chinese ('Tây Phàm · Cáp Tang' 西凡·哈桑)
_SOUND_CHARS_HANVIET = "哈曼桑鲁路皮易莎娜阿艾约翰姆瓦科波弗赫霍乔凯维本莫林"
_HANVIET_PART = 4  # syllables of one '·' part read in Hán-Việt ('Tư Bì Lý Đông' 斯皮里东 Spyridon)


@functools.cache
def _sound_readings() -> tuple[frozenset[str], frozenset[str]]:
    """The Hán-Việt readings of those characters (syllable keys), and of them the ones that are no common
    Vietnamese name syllable (vi_names.tsv, 1 per mille or more: Đức, Lý, Gia … are left out)."""
    from audit.lang.hanviet import load
    from audit.lang.people import vi_names
    from audit.lang.source_pinyin import SOUND_CHARS

    hv = load()
    readings = {syllable_key(r[0]) for ch in SOUND_CHARS | set(_SOUND_CHARS_HANVIET) if (r := hv.main_first(ch))}
    common = {key for kind in vi_names().values() for key, syl in kind.items() if syl.freq >= 1.0}
    return frozenset(readings), frozenset(readings - common)


def _hanviet_transcription(a: Run, b: Run) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] | None:
    """The two parts of a foreign name read in Hán-Việt on either side of an interpunct ('Đức Lỗ · Vi Tư Mạn'
    德鲁·韦斯曼 Drew Weissman): capitalised Vietnamese syllables, four or more in all, two thirds of them readings
    of characters Chinese picks for sounds and two of those no common Vietnamese name syllable. Vietnamese names
    and places joined by a dot in a byline or a list ('Minh Khuê · Thu Hà', 'Hà Nội · Huế') have none of them.
    The words before the name that read no such character ('Ông', a country) are left out."""
    sound, rare = _sound_readings()
    words = [w for _, _, w in a]
    names = country_names()
    spans = ((i, j) for i in range(len(a)) for j in range(i + 1, min(i + 3, len(a)) + 1))
    cut = max((j for i, j in spans if " ".join(words[i:j]) in names), default=0)  # 'Hà Lan Tây Phàm': no part of it
    if len(a) - cut < 2:
        cut = 0  # a part of one syllable is none: 'Đức Lỗ' (德鲁 Drew) reads Đức as a syllable, not Germany
    left = list(itertools.takewhile(lambda t: not _foreign(t[2]), reversed(a[cut:][-_HANVIET_PART:])))[::-1]
    right = list(itertools.takewhile(lambda t: not _foreign(t[2]), b[:_HANVIET_PART]))
    while len(left) > 1 and syllable_key(left[0][2]) not in sound:
        left = left[1:]
    keys = [syllable_key(w) for _, _, w in left + right]
    if not left or not right or len(keys) < 4:
        return None
    if 3 * sum(k in sound for k in keys) < 2 * len(keys) or sum(k in rare for k in keys) < 2:
        return None
    return left, right


_SPACED_DOT = re.compile(r"\s[•·‧・∙]\s")


def _label_list(text: str, pos: int) -> bool:
    """The dot separates the items of a labelled list ('Từ khóa: A · B · C'): a colon before the
    first item and two or more spaced dots. A name run through Chinese is not introduced this way."""
    first = _SPACED_DOT.search(text)
    return bool(first) and len(_SPACED_DOT.findall(text)) >= 2 and ":" in text[: first.start()] and first.start() <= pos


# Marks only Vietnamese puts on Latin letters (breve, circumflex, horn, hook above, dot below) and đ; an acute,
# a grave or a tilde on a plain vowel is Portuguese, Spanish or French as well ('Téte', 'António', 'João')
_VI_ONLY_MARKS = frozenset("\u0306\u0302\u031b\u0309\u0323")


def vietnamese_spelt(word: str) -> bool:
    """Only Vietnamese spells the word so: a mark no other Latin alphabet puts on the letter ('Hê', 'Lượng',
    'Đức'), or a valid Vietnamese syllable with a diacritic ('Lý', 'Tô'); 'Téte' and 'António' are not."""
    if not has_vietnamese_letters(word):
        return False
    if "đ" in word.lower() or not _VI_ONLY_MARKS.isdisjoint(unicodedata.normalize("NFD", word)):
        return True
    from audit.lang.syllable import is_valid_syllable

    return is_valid_syllable(word)


def _foreign(word: str) -> bool:
    if vietnamese_spelt(word):
        return False
    try:
        from audit.lang.syllable import is_valid_syllable
    except ImportError:
        return len(word) > 4
    return not is_valid_syllable(word)


@dataclass(slots=True, unsafe_hash=True)  # read-only: not frozen only because a frozen one is slow to make
class TitledName:
    """An office title and the capitalised words that follow it (a document has hundreds)."""

    title_start: int
    title_end: int
    title: str
    offices: tuple[str, ...]
    calque: bool  # the title is a calque of these offices
    party_marked: bool  # the Vietnamese party qualifier follows the title
    run: tuple[tuple[int, int, str], ...]  # the capitalised words right after title and qualifiers
    name: tuple[int, int, str] | None  # the Vietnamese name at the start of run, if any


def _base_title(title: str) -> str:
    """A foreign office's title without its country: 'Tổng thống Belarus' → 'Tổng thống'."""
    words = title.split()
    for i, w in enumerate(words[1:], start=1):
        if w[0].isupper():
            return " ".join(words[:i])
    return title


@functools.cache
def country_names() -> frozenset[str]:
    """Country names as they appear in the offices' titles ('Belarus', 'Lào', 'Việt Nam') and every
    Vietnamese form of the country gazetteer ('Chile', 'New Zealand')."""
    from audit.lang.countries import gazetteer

    out = {"Việt Nam", *gazetteer().forms}
    for o in offices().values():
        for t in o.titles:
            base = _base_title(t)
            if base != t and o.country != "vn":
                out.add(t[len(base) :].strip())
    return frozenset(x for x in out if x)


@functools.lru_cache(maxsize=4096)
def unambiguous_calque(calque: str) -> bool:
    """A calque naming a country ('Chủ tịch Belarus', 'Tổng thống Việt Nam') is wrong wherever it stands;
    a bare one ('Tổng Thư ký', 'Chủ tịch Đảng') only next to the office's holder."""
    return any(c in calque for c in country_names())


TitleEntry = tuple[str, bool, bool]  # office, is_calque, is_base_title


@functools.cache
def _office_title_index() -> tuple[frozenset[str], dict[tuple[str, ...], tuple[TitleEntry, ...]]]:
    """The capitalised first words of titles, and title words → (office, is_calque, is_base_title)."""
    by_title: dict[tuple[str, ...], list[TitleEntry]] = {}

    def add(title: str, entry: TitleEntry) -> None:
        by_title.setdefault(tuple(_title_key(w) for w in title.split()), []).append(entry)

    for o in offices().values():
        for t in o.titles:
            add(t, (o.office, False, False))
            base = _base_title(t)
            if base != t and o.country != "vn":
                add(base, (o.office, False, True))
        for t in o.calques:
            add(t, (o.office, True, False))
    if not by_title:
        return frozenset(), {}
    # titles before a name are capitalised ('Thủ tướng', 'Tổng Bí thư'): looking only at capitalised
    # words skips the many ordinary 'tổng', 'chủ', 'bộ' of running text
    firsts = frozenset(w for k in by_title for w in (k[0].capitalize(), k[0].upper()))
    return firsts, {k: tuple(v) for k, v in by_title.items()}


_TITLE_WORD = re.compile(r"[^\W\d_]+")
# a word with hyphen or apostrophe parts, as countries in titles have them ('Timor-Leste', 'Ô-xtrây-li-a')
_TITLE_COMPOUND = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)+")


def _title_key(word: str) -> str:
    """A title word as the trie holds it: casefolded, a typographic apostrophe as a straight one."""
    return word.casefold().replace("’", "'")


_COMPOUND_MARKS = ("-", "'", "’")


def _compound_step(node: _TitleNode, text: str, start: int) -> tuple[_TitleNode | None, int]:
    """The trie node after the compound word at ``start`` ('Timor-Leste') and where it ends, when a title
    has it; (None, 0) when none has (the plain word is taken then: 'Nga' of 'Nga-Ukraine')."""
    c = _TITLE_COMPOUND.match(text, start)
    child = node.next.get(_title_key(c.group())) if c else None
    return (child, c.end()) if c and child is not None else (None, 0)


@dataclass(slots=True)
class _TitleNode:
    """A node of the title trie: the casefolded next words, and the offices of the title ending here
    (with ``offices``: whether the title is a calque, and the offices it names; see :func:`_title_offices`)."""

    next: dict[str, _TitleNode] = field(default_factory=dict)
    entries: tuple[TitleEntry, ...] = ()
    offices: tuple[bool, tuple[str, ...]] = (False, ())


@functools.cache
def _title_trie() -> _TitleNode:
    """The office titles as a trie of casefolded words ('tổng' → 'bí' → 'thư')."""
    _, index = _office_title_index()
    root = _TitleNode()
    for key, entries in index.items():
        node = root
        for word in key:
            node = node.next.setdefault(word, _TitleNode())
        node.entries = entries
        node.offices = _title_offices(entries)
    return root


def _match_title(text: str, pos: int) -> tuple[int, _TitleNode] | None:
    """The longest title starting at ``pos`` (words joined by single spaces): (end, its trie node)."""
    node = _title_trie()
    best = None
    m = _TITLE_WORD.search(text, pos)
    while m is not None:
        end = m.end()
        after = text[end : end + 1]
        child = None
        if after in _COMPOUND_MARKS:  # a compound word: whole when a title has it
            child, c_end = _compound_step(node, text, m.start())
            if child is not None:
                end, after = c_end, text[c_end : c_end + 1]
        if child is None:
            child = node.next.get(m.group().casefold())
            if child is None:
                break
        node = child
        if node.entries:
            best = (end, node)
        if not node.next or after != " ":
            break  # titles are words joined by single spaces
        m = _TITLE_WORD.match(text, end + 1)
    return best


@functools.cache
def _title_offices(entries: tuple[TitleEntry, ...]) -> tuple[bool, tuple[str, ...]]:
    """Whether a title is a calque, and the offices it names (a country's own title before its base form)."""
    exact = [e for e in entries if not e[2]]
    calque = bool(exact) and all(c for _, c, _ in exact)
    return calque, tuple(dict.fromkeys(o for o, c, _ in (exact or entries) if c == calque))


@functools.cache
def title_start_pattern() -> re.Pattern[str] | None:
    """The capitalised first word of any office title, as a whole word ('Tổng', 'THỦ'); None without titles.

    Every title :func:`titled_names` finds starts at a match (a line without one has no titled name);
    a match is a title's start when it is also a word of a capitalised run (see :func:`_run_word_at`).
    """
    firsts, _ = _office_title_index()
    words = [w for w in firsts if RUN_WORD.fullmatch(w)]
    if not words:
        return None
    return re.compile(rf"(?:{trie_pattern(words)})(?![^\W\d_])")  # the words as a trie: fewer alternatives


def _run_word_at(text: str, pos: int) -> bool:
    """A whole capitalised word at ``pos`` (as :func:`title_start_pattern` matches it) is a word of a
    capitalised run: it stands after no letter. After a character that regular expressions count as a
    letter but ``str.isalpha`` does not ('²'), the runs themselves settle it."""
    if not pos or text[pos - 1] == " " or not LETTER.match(text, pos - 1):
        return True
    if text[pos - 1].isalpha():
        return False  # inside a word, or the dropped first word of a run ('eVisa')
    return any(start == pos for run in capitalised_runs(text) for start, _, _ in run)


def _run_from(text: str, pos: int) -> tuple[tuple[int, int, str], ...]:
    """The words at or after ``pos`` of the capitalised run that ``pos`` lies in (its end included), if any."""
    c = text[pos : pos + 1]
    if c not in (" ", "\u00a0"):
        if not (c.isalpha() or LETTER.match(c)):  # a letter as regular expressions read one
            return ()  # the end of the text or a mark: at most the end of a run, after its words
        if not pos or text[pos - 1] == " " or not LETTER.match(text, pos - 1):
            return run_at(text, pos)  # a word starts here: a run's (as it mostly does after a title) or none
    run = next((r for r in capitalised_runs(text) if r[0][0] <= pos < r[-1][1] + 1), None)
    return tuple(t for t in run if t[0] >= pos) if run else ()


def titled_names(text: str, starts: Iterable[int] | None = None) -> list[TitledName]:
    """Office titles in ``text`` with the capitalised words that follow them.

    ``starts``: where :func:`title_start_pattern` matches in ``text``, when already found.
    Each match that begins a word of a capitalised run is looked up word by word in the title trie
    (:func:`_match_title`, the longest title wins); the same as trying every word of every run.
    """
    pattern = title_start_pattern()
    if pattern is None:
        return []
    if starts is None:
        starts = [m.start() for m in pattern.finditer(text)]
    out: list[TitledName] = []
    for start in starts:
        if not _run_word_at(text, start):
            continue
        found = _match_title(text, start)
        if found is None:
            continue
        title_end, node = found
        if text[title_end : title_end + 9].casefold() in (" cộng hòa", " cộng hoà"):
            continue  # 'Tổng thống Việt Nam Cộng hòa' (South Vietnam) is a real office
        calque, offs = node.offices
        party = bool(_PARTY_MARK.match(text, title_end))
        q = VN_QUALIFIER.match(text, title_end)
        pos = q.end() if q else title_end
        while pos < len(text) and text[pos] == " ":
            pos += 1
        seq = _run_from(text, pos)
        name = None
        if seq and seq[0][0] == pos:
            names = names_in_run(seq)
            if names and names[0][0] == pos:
                name = names[0]
        out.append(TitledName(start, title_end, text[start:title_end], offs, calque, party, seq, name))
    return out


def is_holder(name: str, office_ids: tuple[str, ...]) -> bool:
    """``name`` (any tone placement) held one of the offices."""
    key = _name_key(name)
    return any(key in _holder_keys(o) for o in office_ids)


@functools.cache
def _holder_keys(office_id: str) -> frozenset[str]:
    return frozenset(_name_key(t.name_vi) for t in holders(office_id))


def known_person(name: str) -> bool:
    """``name`` is someone in the people gazetteer."""
    return _name_key(name) in _people_keys()


@functools.cache
def _people_keys() -> frozenset[str]:
    return frozenset(_name_key(n) for n in people())


@functools.cache
def _name_key(name: str) -> str:
    return " ".join(syllable_key(w) for w in name.split())


# Countries whose people the Vietnamese press names in Hán-Việt (or by their own Sino-Vietnamese-looking names).
# Japanese and South Korean leaders are not among them: the press writes Kishida Fumio, Yoon Suk Yeol, so
# 'Ngạn Điền Văn Hùng' (岸田文雄) or 'Doãn Tích Duyệt' (尹锡悦) are MT readings of the Chinese text. A person
# whose gazetteer name is itself the Hán-Việt reading is never flagged (see _hanviet_western_index).
HAN_VIET_COUNTRIES = frozenset({"vn", "cn", "tw", "hk", "mo", "sg", "kp"})
# The longest Hán-Việt name part looked for, in syllables (呼日勒苏赫 Khurelsukh has five).
_MAX_HANVIET_PART = 6


@functools.cache
def _hanviet_western_index() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Hán-Việt readings of foreign (non-Sinosphere) people's Chinese names, per '·' part of two or
    more characters: (syllable_key, …) → (name_vi, given) ('拜登' → ('bais', 'đăng') → ('Joe Biden', False)).
    ``given``: the part comes before the last of a '·' name ('路易斯' Luís): a given name is many people's, so it
    names the person only joined by the interpunct to another part of the name."""
    from audit.lang.hanviet import load

    hv = load()
    out: dict[tuple[str, ...], tuple[str, bool]] = {}
    for name, ts in people().items():
        if any(t.country in HAN_VIET_COUNTRIES for t in ts):
            continue
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        parts = [p for p in re.split(r"[·•・\s-]+", zh) if p]
        for k, part in enumerate(parts):
            readings = [hv.main_first(ch)[:2] for ch in part]
            if len(part) < 2 or not all(readings):
                continue
            own = tuple(syllable_key(w) for w in name.split())
            for combo in itertools.islice(itertools.product(*readings), 16):
                key = tuple(syllable_key(r) for r in combo)
                if len(key) <= _MAX_HANVIET_PART and not _contains(own, key):
                    out.setdefault(key, (name, k < len(parts) - 1))
    return out


def _contains(seq: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """``part`` occurs in ``seq`` as a contiguous run (the name as the press writes it contains the reading)."""
    n = len(part)
    return any(seq[i : i + n] == part for i in range(len(seq) - n + 1))


@functools.cache
def _hanviet_western_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in _hanviet_western_index())


@dataclass(frozen=True, slots=True)
class HanVietWestern:
    start: int
    end: int
    name: str  # the person's Vietnamese (Latin) name


@functools.lru_cache(maxsize=16384)
def may_have_hanviet_western(words: tuple[str, ...]) -> bool:
    """A run of capitalised words (its words) where :func:`hanviet_western_names` may find a name: a word
    before the last one can start the Hán-Việt reading of a foreign name."""
    if not _hanviet_western_index():
        return False
    return not _hanviet_western_firsts().isdisjoint(map(syllable_key, words[:-1]))


def hanviet_western_names(text: str, runs_at: Iterable[RunStart] | None = None) -> list[HanVietWestern]:
    """Capitalised Hán-Việt syllables that read a foreign person's Chinese name ('Bái Đăng' = 拜登 = Joe Biden).

    A match must be three or more syllables, or a whole run of capitalised words, or follow a title.
    ``runs_at``: the runs of :func:`multiword_runs` in ``text`` (where each starts, its words), when the
    caller has them (see audit.lang.names.multiword_runs_by_text).
    """
    index = _hanviet_western_index()
    if not index:
        return []
    firsts = _hanviet_western_firsts()
    out: list[HanVietWestern] = []
    given: list[bool] = []  # per match: it reads a given name only
    if runs_at is None:
        runs = multiword_runs(text)
    else:  # only the runs where a name may start: the others yield nothing
        runs = tuple(run_offsets(start, words) for start, words in runs_at if may_have_hanviet_western(words))
    for run in runs:
        i = 0
        while i < len(run) - 1:
            if syllable_key(run[i][2]) not in firsts:
                i += 1
                continue
            keys = [syllable_key(w) for _, _, w in run[i : i + _MAX_HANVIET_PART]]
            for n in range(len(keys), 1, -1):
                name, alone = index.get(tuple(keys[:n]), ("", False))
                if not name:
                    continue
                whole = n == len(run)
                if n >= 3 or whole or titled_before(text, run[i][0]):
                    out.append(HanVietWestern(run[i][0], run[i + n - 1][1], name))
                    given.append(alone)
                    i += n - 1
                    break
            i += 1
    merged: list[tuple[HanVietWestern, bool]] = []
    for h, alone in zip(out, given, strict=True):  # 'Thông Luân • Tây Tô Lý': one name's parts joined by the dot
        last = merged[-1][0] if merged else None
        if last and last.name == h.name and INTERPUNCT.fullmatch(text[last.end : h.start]):
            merged[-1] = (HanVietWestern(last.start, h.end, h.name), False)
        else:
            merged.append((h, alone))
    return [h for h, alone in merged if not alone]
