"""Foreign (non-Sinosphere) people's names left in Chinese pinyin by MT through Chinese.

Chinese writes a foreign name with characters (特朗普 Trump, 马克龙 Macron); a Chinese-pivot MT system
then emits their pinyin: 'Tổng thống Mỹ Telangpu', 'Tổng thống Pháp Makelong'. Two detectors:

- :func:`pinyin_western_names`: the pinyin of a gazetteer person's Chinese name (``people.tsv``
  ``name_zh``, per '·' part), whether the syllables are joined ('Telangpu'), spaced ('Te Lang Pu') or
  split otherwise ('Anbei Jinsan'); the person's name as the Vietnamese press writes it is known.
- :func:`pinyin_shaped_names`: without the gazetteer, a capitalised run in a person's slot (after an
  office title or honorific) that parses completely as three or more pinyin syllables with a run-together
  word and a mark of Chinese syllable shape, and is no English word; who is meant is not known.

The pinyin of Chinese, Taiwanese, Singaporean … people's names is N101's (the press writes those names
in Hán-Việt or, for business people, in pinyin itself), so those countries are left out here.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from audit.lang import stored_regex
from audit.lang.countries import is_vietnamese_word, trie_pattern
from audit.lang.english import en_zipf, function_words
from audit.lang.hanviet import fold, load
from audit.lang.mentions import (
    ACRONYM,
    CHINESE_NAMED_COUNTRIES,
    HAN_VIET_COUNTRIES,
    POSTED_BEFORE,
    country_names,
    titled_before,
)
from audit.lang.names import RUN_WORD, Run, capitalised_runs
from audit.lang.people import Tenure, people
from audit.lang.pinyin import irregular, segmentations
from audit.lang.pinyin_echo import Skeleton, echoes, latin_skeleton, pinyin_skeleton
from audit.lang.resources import read_tsv
from audit.lang.syllable import is_valid_syllable
from audit.lang.textcache import per_document
from audit.lang.vn_places import pinyin_places

_ZH_PART_SEP = re.compile(r"[·•・\s-]+")
_PY_WORD = re.compile(r"[A-Za-zÜü]+")
_MAX_TOKENS = 6  # words one name part may be split into ('Te Lang Pu', 'Lu Ka Shen Ke')
_JR = "小"  # 小马科斯 'little Marcos' = Marcos Jr.: the name without it is the family name


@dataclass(frozen=True, slots=True)
class _PinyinKey:
    """One name part's joined pinyin: whose it is, its syllable count and where its syllables start."""

    name: str
    syllables: int
    cuts: frozenset[int]  # offsets in the joined string where a syllable after the first starts
    whole: bool  # the whole Chinese name, not its family name alone
    family_first: bool = False  # the name is written family name first (its given name follows it)


@dataclass(frozen=True, slots=True)
class ForeignPinyin:
    start: int
    end: int
    name: str | None  # the person's Vietnamese (Latin) name; None when found by shape only
    syllables: int
    loose: bool = False  # two syllables in two words ('Bai Deng'): a Chinese name has that shape too


# Countries whose news calls a person by the first part of the name, a given name with no family name after
# it or before a father's name ('Thủ tướng Anwar', 'Tổng thống Prabowo', 'Thủ tướng Anutin'): Malaysia,
# Indonesia, Thailand, Brunei, and Laos, whose people are called by the given name that comes first, as Thais are
# ('Chủ tịch nước Thongloun', 'Thủ tướng Sonexay'; misses48)
_CALLED_BY_FIRST_PART = frozenset({"my", "id", "th", "bn", "la"})


def _zh_parts(zh: str, family_first: bool = False, first_part: bool = False) -> list[tuple[str, bool]]:
    """The forms of a Chinese name looked for, each with whether it is the whole name: the name without
    its '·', and its family name, the last part (弗拉基米尔·普京 → 弗拉基米尔普京, 普京) or the first for a
    name written family name first (Hungarian: 舒尤克·道马什, Sulyok Tamás), also without a leading
    '小' (Jr.: 小马科斯 → 马科斯). A given name alone (弗拉基米尔, 唐纳德) is no one's: many people share it;
    but with ``first_part`` (a person called by it: 安瓦尔·易卜拉欣 Anwar Ibrahim, 安瓦尔) the first part too."""
    parts = [p for p in _ZH_PART_SEP.split(zh) if p]
    if not parts:
        return []
    whole = "".join(parts)
    forms = [(whole, True), (parts[0] if family_first else parts[-1], len(parts) == 1)]
    if first_part and len(parts) > 1:
        forms.append((parts[0], False))
    forms += [(f[1:], False) for f, _ in forms if f.startswith(_JR) and len(f) >= 3]
    out: dict[str, bool] = {}
    for f, w in forms:
        if len(f) >= 2:
            out[f] = out.get(f, False) or w
    return list(out.items())


_READINGS = 2  # a character's readings tried in a name part (卜 bo, bu: 易卜拉欣 is yi bu la xin)
_VARIANTS = 8  # at most this many readings of one name part


def _part_pinyin(part: str) -> list[tuple[str, ...]]:
    """Toneless pinyin syllables of a name part: each character's main reading first, then the readings
    with a character's second one (the table's first reading of a polyphonic character is not always the one
    transliterations use: 卜 is listed 'bo' first, and 易卜拉欣 reads yi bu la xin); [] if a character has
    none."""
    py = load().pinyin
    readings = [py.get(ch, ())[:_READINGS] for ch in part]
    if not all(readings):
        return []
    return list(itertools.islice(itertools.product(*readings), _VARIANTS))


def _letters(name: str) -> str:
    """A Latin name's letters, lowercase and joined ('Narendra Modi' → 'narendramodi')."""
    return "".join(c for c in fold(name) if c.isalpha())


@functools.cache
def _index() -> dict[str, _PinyinKey]:
    """Joined pinyin of each foreign person's Chinese name part → the person ('telangpu' → Donald Trump).

    A part whose pinyin is contained in the person's own Latin name ('莫迪' modi in Narendra Modi) is
    left out: the text that has it names the person correctly. 'ü' (written 'v') is also indexed as 'u'.
    """
    out: dict[str, _PinyinKey] = {}
    for name, zh, family_first, first_part in _indexed_names():
        _index_name(out, name, zh, family_first, first_part)
    return out


def _indexed_names() -> Iterable[tuple[str, str, bool, bool]]:
    """The foreign people :func:`_index` reads, office holders first: (name, a Chinese name, family name first,
    called by the first part)."""
    for name, ts in people().items():
        if any(t.country in HAN_VIET_COUNTRIES for t in ts) and not latin_named(ts):
            continue
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        family_first = any(len(t.name_vi.split()) > 1 and t.name_vi.split() == t.name_en.split()[::-1] for t in ts)
        first_part = any(t.country.lower() in _CALLED_BY_FIRST_PART for t in ts)
        yield name, zh, family_first, first_part
        for other in _zh_variants().get(name, ()):  # a second transcription some media write (拉克森 Luxon)
            yield name, other, family_first, first_part
    # historical foreign figures MT meets in Vietnamese news ('Sidalin' 斯大林); an office holder's key comes first
    # and well-known foreign film makers and musicians ('Siweifute' 斯威夫特 Taylor Swift; adversary57)
    # and foreign ambassadors to Việt Nam ('Yiteng Zhishu' 伊藤直树 Ito Naoki; misses27)
    # and heads of foreign companies ('Chen Liwu' 陈立武 Lip-Bu Tan; misses38)
    # and foreign sportspeople ('Yindanong' 因达农 Ratchanok Intanon; misses44)
    # and popes and Holy See officials ('Paluolin' 帕罗林 Pietro Parolin; round 32)
    tables = (
        "historical_people.tsv",
        "foreign_artists.tsv",
        "foreign_envoys.tsv",
        "foreign_business_people.tsv",
        "foreign_athletes.tsv",
        "holy_see_people.tsv",
    )
    for table in tables:
        for row in read_tsv(table):
            yield row["name_vi"], row["name_zh"], False, False


@functools.cache
def _zh_forms() -> dict[str, frozenset[str]]:
    """Each person of :func:`_index` → the Chinese name forms looked for (:func:`_zh_parts` of each Chinese name)."""
    out: dict[str, set[str]] = {}
    for name, zh, family_first, first_part in _indexed_names():
        out.setdefault(name, set()).update(f for f, _ in _zh_parts(zh, family_first, first_part))
    return {name: frozenset(forms) for name, forms in out.items()}


_KNOWN_SHAPE_SYLLABLES = 3  # a name found by its shape alone names a known person only with this many syllables


def known_pinyin_name(span: str) -> str | None:
    """The known person whose Chinese name form's pinyin ``span`` spells whole, words joined ('Yindanong' 因达农,
    Ratchanok Intanon), with three syllables or more: for a name :func:`pinyin_shaped_names` found by its shape in a
    person's slot, where the title or country :func:`pinyin_western_names` wants for a family name is missing."""
    key = _index().get("".join(py_word(w) or "-" for w in span.split()))
    return key.name if key is not None and key.syllables >= _KNOWN_SHAPE_SYLLABLES else None


@functools.cache
def _forms_pattern() -> re.Pattern[str] | None:
    """Every Chinese name form of :func:`_zh_forms`, as one trie: a source holding none names no known person."""
    forms = {f for fs in _zh_forms().values() for f in fs}
    return stored_regex.compile(trie_pattern(forms)) if forms else None


@functools.lru_cache(maxsize=4096)
def _form_words(form: str) -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """The whole capitalised words spelling a Chinese name form's pinyin ('Kani' for 卡尼), each with the person of
    :func:`_index` it names (one whose forms hold ``form``) and its syllable count."""
    out = []
    for sylls in _part_pinyin(form):
        word = "".join(sylls)
        key = _index().get(word)
        if key is not None and form in _zh_forms().get(key.name, ()):
            out.append((re.compile(rf"(?<![\w'-]){re.escape(word.capitalize())}(?![\w'-])"), key.name, len(sylls)))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _forms_within(held: str) -> tuple[str, ...]:
    """The name forms inside a form the source holds, itself included: a whole name written without its '·'
    (马克卡尼) holds the family name (卡尼), which the trie's longest match hides."""
    return tuple(f for fs in _zh_forms().values() for f in fs if f in held)


def source_known_names(source: str, target: str) -> list[ForeignPinyin]:
    """With a Chinese source: one word that spells the pinyin of a known person's Chinese name form (two characters
    or more) that the source holds ('Thủ tướng Kani' for 卡尼总理, Mark Carney). Alone after a bare title or an
    honorific the word may be anyone's name (:func:`pinyin_western_names` wants the title's country); the source's
    characters say who is meant. One scan of the source; the target is searched only for the forms it holds."""
    pattern = _forms_pattern()
    if pattern is None:
        return []
    out: list[ForeignPinyin] = []
    found = {m.group() for m in pattern.finditer(source)}
    for form in {f for held in found for f in _forms_within(held)}:
        for word, name, syllables in _form_words(form):
            out.extend(ForeignPinyin(m.start(), m.end(), name, syllables, False) for m in word.finditer(target))
    return sorted(out, key=lambda n: n.start)


@functools.cache
def business_people() -> dict[str, str]:
    """The heads of foreign companies of references/foreign_business_people.tsv → their company's name, which the
    sentence must hold for their pinyin to name them (陈立武 Lip-Bu Tan of Intel is also an ordinary Chinese name)."""
    return {row["name_vi"]: row["company"] for row in read_tsv("foreign_business_people.tsv")}


def _company_named(name: str, text: str) -> bool:
    """``name`` heads no company of business_people(), or ``text`` names that company as a whole word."""
    company = business_people().get(name)
    return not company or re.search(rf"(?<!\w){re.escape(company)}(?!\w)", text) is not None


@functools.cache
def _zh_variants() -> dict[str, tuple[str, ...]]:
    """people.tsv's person → the other Chinese names of ``people.zh_variants.tsv``."""
    out: dict[str, list[str]] = {}
    for row in read_tsv("people.zh_variants.tsv"):
        out.setdefault(row["name_vi"], []).append(row["name_zh"])
    return {k: tuple(v) for k, v in out.items()}


def latin_named(ts: Iterable[Tenure]) -> bool:
    """A person of a country that writes names in Hán-Việt whom the press calls by a Latin name, not the Hán-Việt
    of the Chinese one ('Lawrence Wong' 黄循财, 'Tharman Shanmugaratnam' 尚达曼): their pinyin is a foreign name's."""
    return any(t.name_vi and t.name_vi == t.name_en for t in ts)


def _index_name(out: dict[str, _PinyinKey], name: str, zh: str, family_first: bool, first_part: bool) -> None:
    """Index the joined pinyin of each part of ``zh``, the Chinese name of ``name``, unless already indexed."""
    own = _letters(name)
    for part, whole in _zh_parts(zh, family_first, first_part):
        for sylls in _part_pinyin(part):
            key = "".join(sylls)
            if len(sylls) < 2 or key in own:
                continue
            cuts = frozenset(itertools.accumulate(len(s) for s in sylls[:-1]))
            for k in dict.fromkeys((key, key.replace("v", "u"))):
                out.setdefault(k, _PinyinKey(name, len(sylls), cuts, whole, family_first))


@functools.cache
def _shared_keys() -> dict[str, tuple[str, ...]]:
    """The pinyin keys of :func:`_index` that name more than one person, each with all of them in index order (鲍威尔
    'baoweier': Jerome Powell, the Fed chair, and Colin Powell, a Secretary of State; 易卜拉欣 'yibulaxin': Anwar
    Ibrahim's family name and Sultan Ibrahim's whole name). :func:`_index` keeps the first: the others are here."""
    out: dict[str, dict[str, None]] = {}
    for name, zh, family_first, first_part in _indexed_names():
        own = _letters(name)
        for part, _whole in _zh_parts(zh, family_first, first_part):
            for sylls in _part_pinyin(part):
                key = "".join(sylls)
                if len(sylls) >= 2 and key not in own:
                    for k in dict.fromkeys((key, key.replace("v", "u"))):
                        out.setdefault(k, {})[name] = None
    return {k: tuple(names) for k, names in out.items() if len(names) > 1}


def homonyms(name: str, span: str) -> tuple[str, ...]:
    """The people one pinyin key of the span names when ``name`` (the index's choice) shares it: ``name`` first, then
    the others in index order; () when the key is ``name``'s alone or the span says more than the shared key
    ('Baoweier' → Jerome Powell, Colin Powell; 'Kelin Baoweier' names Colin Powell alone)."""
    letters = _letters(span)
    for key, names in _shared_keys().items():
        if name in names and letters == key:  # the key alone ('Baoweier'), not a full name ending in it
            return (name, *(n for n in names if n != name))
    return ()


@functools.cache
def _max_key() -> int:
    return max(map(len, _index()), default=0)


@functools.lru_cache(maxsize=65536)
def py_word(word: str) -> str:
    """A capitalised word as lowercase pinyin letters ('Telangpu' → 'telangpu', 'TeLangPu' too), or ''
    for a word that cannot be pinyin (Vietnamese letters, digits, all capitals, one letter)."""
    if len(word) < 2 or word.isupper() or not _PY_WORD.fullmatch(word):
        return ""
    return word.lower().replace("ü", "v")


@functools.cache
def _starts() -> frozenset[str]:
    """Every way an index key's first word may read: the key cut at any syllable break ('te', 'telang', …)."""
    return frozenset(k[:c] for k, v in _index().items() for c in (*v.cuts, len(k)))


# A capitalised word of plain Latin letters, not one starting with I, U or V (no pinyin syllable does);
# the end of a word ('eVisa' gives 'Visa'), which the detectors' runs of words then leave out. Every match
# of either detector has such a word passing :func:`candidate_word`. A character class first lets the
# regex engine skip fast; the pattern has no anchor, so it can scan a whole document's text.
CANDIDATE_WORD = re.compile(r"[A-HJ-TW-Z][a-zA-Z]+(?![^\W\d_])")
_VI_ONLY_START = frozenset({"Tr", "Th", "Kh", "Ph", "Nh", "Ng", "Gi"})


@functools.lru_cache(maxsize=65536)
def candidate_word(word: str) -> bool:
    """The word may start a match of :func:`pinyin_western_names` (it starts an index key) or be a word of
    one of :func:`pinyin_shaped_names` (two or more syllables, not a known word: every name that function
    finds has such a word, and none of its words is known). Not a word that starts as only Vietnamese
    words do ('Trong', 'Theo', 'Khi', 'Nguyen'), nor a known word of two or more syllables ('Canada')."""
    if word[:2] in _VI_ONLY_START:
        return False
    w = py_word(word)
    return bool(w) and (w in _starts() or (len(_pinyin_parse(word)) >= 2 and not _known_word(word)))


def candidate_lines(joined: str, starts: list[int], sourced: bool = True) -> list[int]:
    """The lines of ``joined`` (texts joined by newlines, text k starting at ``starts[k]``) where
    :func:`may_be_foreign_pinyin` holds, in order: one scan, going on at the next line after a line's first
    candidate word. A word never spans a line, and a newline ends one as the end of a text does, so the
    scan meets the words that searching each line alone meets. (One ``finditer`` whose words before the next line
    are passed over: a search call a word cost more; a word never holds a newline, so the words it gives from the
    next line on are those a new search from there would give.) The lines with a word in pinyin parted by apostrophes
    (:func:`apostrophe_words`) are added.

    Not ``sourced`` (no text has a source: N108's reading of a source's characters, which any candidate word lets
    look for a known person's name form, does not run), a word that is a candidate only as the first part of a
    longer index key ('Luo' of 'Luolinsi' 罗林斯, a common Chinese surname in MT through Chinese) counts only where
    the next word of its run goes on with the key (:func:`_continues_key`): no detector's name starts on it
    otherwise."""
    out = _scanned_lines(joined, starts, sourced)
    if "'" in joined or "’" in joined:
        parted = {bisect.bisect_right(starts, a) - 1 for a, _, w in apostrophe_words(joined) if candidate_word(w)}
        if parted:
            return sorted(parted.union(out))
    return out


def _scanned_lines(joined: str, starts: list[int], sourced: bool = True) -> list[int]:
    """:func:`candidate_lines` by :data:`CANDIDATE_WORD` alone."""
    out: list[int] = []
    last, after = len(starts) - 1, 0
    for m in CANDIDATE_WORD.finditer(joined):
        if m.start() < after:
            continue  # the rest of a line already taken
        word = m.group()
        if candidate_word(word) and (sourced or not _key_start_only(word) or _continues_key(joined, m.end(), word)):
            k = bisect.bisect_right(starts, m.start()) - 1
            out.append(k)
            if k >= last:
                break
            after = starts[k + 1]
    return out


@functools.lru_cache(maxsize=65536)
def _key_start_only(word: str) -> bool:
    """A candidate word (:func:`candidate_word`) only as the start of a longer index key ('Luo' of 'Luolinsi'): no
    key itself, nor a word of two or more syllables that is no known word (what :func:`pinyin_shaped_names`,
    :func:`pinyin_echoes`, :func:`lone_pinyin_names` and :func:`titled_echo` each need a word of). A name of
    :func:`pinyin_western_names` starts on such a word only with more words of its run after it."""
    return py_word(word) not in _index() and (len(_pinyin_parse(word)) < 2 or _known_word(word))


def _continues_key(text: str, end: int, word: str) -> bool:
    """The word of ``text`` ending at ``end`` and the next word of its capitalised run (one space or no-break space
    between them: :func:`capitalised_runs`) are, joined, the start of an index key (:func:`_starts`), as
    :func:`pinyin_western_names` joins a run's words ('Luo Linsi' → 'luolinsi'; every two words of a longer match
    are the key cut at a syllable break)."""
    if end >= len(text) or text[end] not in " \u00a0":
        return False
    nxt = RUN_WORD.match(text, end + 1)
    if nxt is None:
        return False
    tail = py_word(nxt.group())
    return bool(tail) and py_word(word) + tail in _starts()


# Pinyin parts a syllable that starts with a, e or o from the one before it by an apostrophe ('A'erbanisi' 阿尔巴尼斯,
# 'Xi'an'): the whole word, capitalised, with its apostrophes (straight or typographic) before a, e or o only
_APOSTROPHE_WORD = re.compile(r"[A-HJ-TW-Z][a-z]*(?:['’][aeo][a-z]*)+")


def apostrophe_words(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words whose syllables an apostrophe parts as pinyin does ('A'erbanisi'): (start, end, the word
    without its apostrophes). Not a word inside another or with a letter or apostrophe right after it ('O'Neill' has
    no vowel after its apostrophe; 'Côte d'Ivoire' has a lowercase head). A find for each apostrophe: they are rare
    in Vietnamese text, so the scan costs next to nothing where there is none."""
    out: list[tuple[int, int, str]] = []
    for mark in ("'", "’"):
        at = text.find(mark)
        while at >= 0:
            start = at
            while start and text[start - 1].isascii() and text[start - 1].isalpha():
                start -= 1
            m = _APOSTROPHE_WORD.match(text, start)
            if m and m.end() > at and not (start and (text[start - 1].isalpha() or text[start - 1] in "'’")):
                end = m.end()
                if end == len(text) or not (text[end].isalnum() or text[end] in "'’"):
                    if not out or out[-1][0] != start:
                        out.append((start, end, m.group().replace("'", "").replace("’", "")))
            at = text.find(mark, max(at + 1, m.end() if m else 0))
    return sorted(set(out))


def may_be_foreign_pinyin(text: str) -> bool:
    """Some word of ``text`` passes :func:`candidate_word`: either detector may find something in it."""
    return any(candidate_word(w) for w in CANDIDATE_WORD.findall(text))


@functools.lru_cache(maxsize=65536)
def _pinyin_parse(word: str) -> tuple[str, ...]:
    """The word's best regular split into pinyin syllables ('Makelong' → ma ke long), or () when it has
    none (a split with an 'a'/'e'/'o' syllable after the first one needs an apostrophe in pinyin, except
    'er')."""
    w = py_word(word)
    if not w:
        return ()
    splits = segmentations(w)
    if not splits:
        return ()
    best = splits[0]
    # 'er' (尔, a Western name's 'r': 安瓦尔 'Anwaer', 欧尔班 'Aoerban') is the one syllable MT output writes after
    # a vowel without pinyin's apostrophe
    return best if irregular(best) == best[1:].count("er") else ()


def _country_prefix(run: Run, text: str = "") -> int:
    """How many leading words of the run name a country ('Nhật Bản Anbei Jinsan' → 2); with the text, a run that
    starts inside a hyphenated country ('Timor-Leste Xianana Gusimang': the run is 'Leste …') counts its tail."""
    names = country_names()
    if text and run[0][0] > 1 and text[run[0][0] - 1] == "-":
        head = _HYPHEN_HEAD.search(text, 0, run[0][0])
        if head is not None and head.group() + run[0][2] in names:
            return 1
    for k in range(min(4, len(run) - 1), 0, -1):
        if " ".join(w for _, _, w in run[:k]) in names:
            return k
    return 0


_HYPHEN_HEAD = re.compile(r"[^\W\d_][\w-]*-$")
# a capitalised pinyin word joined by a hyphen right before a match ('Diyasi-' of 'Diyasi-Kaneier'; misses38)
_HYPHEN_PINYIN = re.compile(r"(?<![\w-])([A-Z][a-z]+)-$")


@per_document(maxsize=1024)
def pinyin_western_names(text: str) -> list[ForeignPinyin]:
    """Gazetteer-backed: capitalised words whose letters, joined, are the pinyin of a name part of a
    foreign person's Chinese name, each word break at a syllable break ('Telangpu', 'Te Lang Pu').

    A family name alone ('Makesi' 马科斯, also 马克思 Marx) and a name of two syllables ('Pujing' 普京)
    count only after a title or honorific (and the latter are ``loose`` when
    written as two words, as a Chinese name is: 'Bai Deng', 'Dai Wei'). Pinyin words right before
    the match in the same run are taken into the span ('Fei Erdinan Makesi' for 费迪南德·马科斯).

    A company head's name counts only where the text names the company (business_people(): 'Chen Liwu' 陈立武 is
    Lip-Bu Tan beside 'Intel', and an ordinary Chinese name, N101's, elsewhere).

    N101 and N108 ask for the same lines: found once a document (the list is shared: do not change it).
    """
    index = _index()
    if not index:
        return []
    starts = _starts()
    out: list[ForeignPinyin] = []
    for run in capitalised_runs(text):
        i = 0
        while i < len(run):
            found = _match_at(run, i, index) if py_word(run[i][2]) in starts else None
            if found is None:
                i += 1
                continue
            j, key = found
            first = _extend_left(run, i, text)
            sure = key.syllables >= 3 and (key.whole or first < i)  # 'Telangpu'; 'Fei Erdinan Makesi'
            titled = titled_before(text, run[first][0])
            known = j == i and _known_word(run[i][2]) and not (titled and _titled_rare(run, i, text))
            if not (sure or titled) or known or not _company_named(key.name, text):
                i += 1
                continue
            loose = key.syllables < 3 and j > i
            if key.family_first and not key.whole:
                j = _extend_right(run, j)  # 'Shuyouke Tamasi': the given name after the family name
            start = run[first][0]
            if first == 0 and (head := _HYPHEN_PINYIN.search(text, max(0, start - 20), start)) is not None:
                if len(_pinyin_parse(head[1])) >= 2 and not _known_word(head[1]):
                    start = head.start()  # 'Diyasi-Kaneier' 迪亚斯-卡内尔: the hyphen's first part too
            out.append(ForeignPinyin(start, run[j][1], key.name, key.syllables, loose))
            i = j + 1
    if "'" in text or "’" in text:
        out = _apostrophe_names(text, out, index, starts)
    return out


def _apostrophe_names(
    text: str, found: list[ForeignPinyin], index: dict[str, _PinyinKey], starts: frozenset[str]
) -> list[ForeignPinyin]:
    """``found`` with the names written as one pinyin word whose syllables apostrophes part ('Thủ tướng Australia
    A'erbanisi' 阿尔巴尼斯), under the rules of a one-word name in :func:`pinyin_western_names`."""
    added = []
    for start, end, word in apostrophe_words(text):
        if any(m.start < end and start < m.end for m in found) or py_word(word) not in starts:
            continue
        hit = _match_at(((start, end, word),), 0, index)
        if hit is None:
            continue
        key = hit[1]
        if (key.syllables >= 3 and key.whole) or titled_before(text, start):
            added.append(ForeignPinyin(start, end, key.name, key.syllables, False))
    return sorted(found + added, key=lambda m: m.start) if added else found


def _match_at(run: Run, i: int, index: dict[str, _PinyinKey]) -> tuple[int, _PinyinKey] | None:
    """The longest index match starting at word ``i`` of ``run``: (index of its last word, key)."""
    joined = ""
    cuts: set[int] = set()
    best = None
    for j in range(i, min(len(run), i + _MAX_TOKENS)):
        w = py_word(run[j][2])
        if not w:
            break
        if joined:
            cuts.add(len(joined))
        joined += w
        if len(joined) > _max_key():
            break
        key = index.get(joined)
        if key is not None and cuts <= key.cuts:
            best = (j, key)
    return best


def _extend_left(run: Run, i: int, text: str = "") -> int:
    """The first of up to three pinyin words right before word ``i`` (not a country's name, in Vietnamese or in
    the pinyin of its Chinese name: 'Tổng thống Jieke Bide Paweier' is 捷克 Czechia, then 彼得·帕维尔). None where a
    foreign word that is no pinyin stands right before them: they end that name ('Tamil Nadu Sidalin')."""
    skip = _country_prefix(run, text)
    first = i
    while first > max(skip, i - 3) and _pinyin_parse(run[first - 1][2]) and not _country_pinyin(run[first - 1 : first]):
        first -= 1
    if skip < first < i and not _pinyin_parse(before := run[first - 1][2]) and not is_vietnamese_word(before):
        return i
    return first


def _extend_right(run: Run, j: int) -> int:
    """The last of up to two pinyin words right after word ``j`` that are no English word or known name."""
    last = j
    while last < min(len(run) - 1, j + 2) and _pinyin_parse(run[last + 1][2]) and not _known_word(run[last + 1][2]):
        last += 1
    return last


def _titled_rare(run: Run, i: int, text: str) -> bool:
    """Word ``i`` stands alone after a title and its country's name (nothing between, no capitalised word after
    it) and is a rare English word (Zipf under 3): a name key there is the holder's family name ('Thủ tướng Canada
    Kani' 卡尼, Zipf 2.1); a given name would have its family name after it ('Bộ trưởng Phần Lan Heli Jarvinen'),
    and after an honorific alone ('ông Kani') it may be anyone's name."""
    return 0 < i == len(run) - 1 and _country_prefix(run, text) == i and en_zipf(run[i][2].lower()) < _TITLED_KNOWN_ZIPF


_TITLED_KNOWN_ZIPF = 3.0


def _known_word(word: str) -> bool:
    """An English word or a well-known name (wordfreq): 'Obama', 'Angela', 'Mandela' are not pinyin."""
    low = word.lower()
    return low in function_words() or en_zipf(low) >= _KNOWN_ZIPF


_KNOWN_ZIPF = 2.0  # lower than english.EN_MIN_ZIPF: a foreign name a reader may know counts too
# Syllable shapes of Chinese that Western and Japanese names written in Latin letters rarely have: the
# initials x, q, zh, z, c (not ch), the coda -ng, -ian/-uan and the diphthongs of pinyin. Names of open
# syllables ('Obama' o-ba-ma, 'Tinubu', 'Takaichi' ta-kai-chi, 'Kamala') or with a plain -n ('Mandana',
# 'Annalena' an-na-le-na) parse as pinyin but are not.
_CHINESE_SHAPE = re.compile(r"^(?:x|q|zh|z|c(?!h))|(?:ng|ian|uan|ou|uo|ui|ie|iu|ue|ei|ao|er)$")
_PINYIN_ONLY_INITIAL = re.compile(r"x|q|zh")  # read so only by pinyin: no Western name of two syllables opens so
# A role that stands before a name in sports and culture news as a title does ('Đạo diễn Binkou Longjie',
# 'tiền đạo gốc Argentina Huoerjiaduo'): a person's slot for the pinyin shape only (N108), not a title for the
# other name rules (in name_titles.txt it would change how N101 and N109 read Korean and Chinese names after it)
# A seeding ('hạt giống số hai') and the second of a pair ('cặp Satwiksairaj Rankireddy và …') stand there too.
# The capitalised words between (a country: 'Đan Mạch', 'Ấn Độ') may start with any Vietnamese capital.
_VI_CAPITAL = "A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_SEED_NUMBER = r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(,;:])(?i:đạo diễn|diễn viên|ca sĩ|nhạc sĩ|nhà văn|tiền đạo|tiền vệ|hậu vệ|thủ môn|cầu thủ|tay vợt|"
    r"kình ngư|võ sĩ|xạ thủ|cung thủ|kỳ thủ|đô cử|lực sĩ|tay golf|golf thủ|"  # a swimmer, a boxer … (misses25)
    rf"tay đua|huấn luyện viên|HLV|vận động viên|VĐV|hạt giống số {_SEED_NUMBER}|"
    r"(?:cặp|bộ đôi)(?:\s+[^\s,;.]+){1,4}\s+và)"
    # a rank or a sex between the role and the country ('tay vợt số một Nhật Bản', 'kỳ thủ nữ Ấn Độ'; misses30)
    r"(?:\s+(?i:số một|số 1|hàng đầu|nữ|nam|trẻ|kỳ cựu))?"
    rf"(?:\s+(?:gốc|người))?(?:\s+[{_VI_CAPITAL}][\w-]*){{0,2}}\s+$"
)
# The roles of _ROLE_BEFORE written as a capitalised acronym, which a capitalised run takes in ('HLV Zhusituoqi')
_ROLE_ACRONYMS = frozenset({"HLV", "VĐV"})
# A nationality before a name ('nhà du hành người Maroc Yibenbaitutai' 伊本白图泰 Ibn Battuta): a person's slot too
_NATIONALITY_BEFORE = re.compile(rf"(?:^|\s)(?i:người)(?:\s+[{_VI_CAPITAL}][\w-]*){{1,3}}\s+$")
# The head of a company, a festival or an institution, then its name, before a name ('Tổng giám đốc điều hành Nokia
# Huotade' 霍塔德, 'Chủ tịch Liên hoan phim Anteng Yukang' 安藤裕康): a person's slot for the pinyin shape only; a
# court's president and its name too, of up to eight words of any case ('Chánh án Tòa án Quốc tế về Luật Biển Tomas
# Haidaer' 海达尔)
_ORG_HEAD_BEFORE = re.compile(
    r"(?:^|[\s(,;:])(?:(?:Phó )?Chủ tịch|(?:Tổng )?[Gg]iám đốc|CEO|[Nn]hà sáng lập|[Nn]gười sáng lập)"
    r"(?:\s+(?:điều hành|nghệ thuật))?(?:\s+của)?"
    r"(?:\s+(?:[Tt]ập đoàn|[Hh]ãng|[Cc]ông ty|[Ll]iên hoan phim|[Ll]iên hoan|[Bb]ảo tàng|[Nn]hà hát|[Dd]àn nhạc"
    r"|[Qq]uỹ))?"
    rf"(?:\s+[{_VI_CAPITAL}][\w&.-]*){{0,3}}\s+$"
    r"|(?:^|[\s(,;:])(?:Phó )?Chánh án\s+Tòa(?: án)?(?:\s+[^\s,.;:!?()“”\"]+){1,8}\s+$"
)
# A European commissioner's title with the portfolio after it, before a name ('Ủy viên châu Âu phụ trách môi trường
# Luosiwaer' 罗斯瓦尔, 'Ủy viên EU về Thương mại …'): a person's slot for the pinyin shape only (misses34)
_COMMISSIONER_BEFORE = re.compile(
    r"(?:^|[\s(,;:])(?:Phó Chủ tịch (?:điều hành )?kiêm )?(?:Ủy|Uỷ) viên\s+(?:[Cc]hâu Âu|EU|EC|Liên minh [Cc]hâu Âu|"
    r"(?:Ủy|Uỷ) ban [Cc]hâu Âu)\s+(?:phụ trách|về|chuyên trách)(?:\s+[^\s,.;:!?()“”\"]+){1,7}?\s+$"
)
# A diplomat's rank below the ambassador and the mission with its country, before a name ('Tham tán Đại sứ quán Nhật
# Bản Tianzhong Hong' 田中宏, 'Bí thư thứ nhất Đại sứ quán Đức …'): a person's slot for the pinyin shape only (misses39)
_DIPLOMAT_BEFORE = re.compile(
    r"(?:^|[\s(,;:])(?:Tham tán|Bí thư thứ (?:nhất|hai|ba)|Tùy viên|Tuỳ viên|Công sứ|(?:Tổng )?Lãnh sự)"
    r"(?:\s+(?:công sứ|thương mại|chính trị|văn hóa|văn hoá|kinh tế|quốc phòng|quân sự|báo chí))?"
    rf"\s+(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán)(?:\s+[{_VI_CAPITAL}][\w-]*){{1,3}}\s+$"
)
# A spokesperson's or a commander's title, then the name of the body they speak for or lead (a force, an army's
# branch, an agency, an office: one capitalised word and up to seven more) and the country's name, before a name
# ('Người phát ngôn Lực lượng Bảo vệ bờ biển Philippines …', 'Tư lệnh Hải quân Indonesia …', 'Người phát ngôn Cơ quan
# Vũ trụ Ấn Độ …'): a person's slot for the pinyin shape only; the titles alone are no office's (leftovers61)
_BODY_VOICE_BEFORE = re.compile(
    r"(?:^|[\s(,;:])(?:[Nn]gười [Pp]hát ngôn|[Pp]hát ngôn viên|(?:Phó )?(?:Tổng )?Tư lệnh|(?:Phó )?Chỉ huy(?: trưởng)?"
    r"|(?:Phó )?Tổng [Tt]ham mưu trưởng|(?:Phó )?Tham mưu trưởng|(?:Phó )?(?:Tổng )?Cục trưởng)"
    rf"(?:\s+của)?\s+[{_VI_CAPITAL}][\w-]*(?:\s+[\w-]+){{0,7}}?\s+$"
)


def _heads_before_country(text: str, slot: int, window: int, sizes: tuple[int, ...]) -> Iterator[str]:
    """For each country's name of ``sizes`` words that ends right before ``slot``, in that order, the text before it
    (within ``window`` characters, with a space after): where a title or a body's name is looked for."""
    before = text[max(0, slot - window) : slot].split(" ")
    if not before or before[-1] != "":
        return
    names = country_names()
    for n in sizes:
        if len(before) > n + 1 and " ".join(before[-n - 1 : -1]) in names:
            yield " ".join(before[: -n - 1]) + " "


def _body_voice_of_country(text: str, slot: int) -> bool:
    """A country's name ends right before ``slot``, and a spokesperson's or commander's title and a body's name
    before it (:data:`_BODY_VOICE_BEFORE`): 'Người phát ngôn Lực lượng Bảo vệ bờ biển Philippines Qiaohan'."""
    return any(_BODY_VOICE_BEFORE.search(head) for head in _heads_before_country(text, slot, 110, (3, 2, 1)))


_COMPANY_TITLE = re.compile(r"(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Tổng Giám đốc|CEO|Nhà sáng lập)\s+$", re.IGNORECASE)


def _name_words(text: str, run: Run) -> Run:
    """The words of ``run`` that may be a name in pinyin: those after a country's name ('Mỹ Telangpu'),
    or after a capitalised title or honorific at the run's start ('Ông Zelianshiji'), or after an
    organisation's acronym right after a title ('Chủ tịch JAXA Shanchuan Hong'); () when some other word
    stands before the pinyin words."""
    rest = run[_country_prefix(run) :]
    k = len(rest)
    while k and _pinyin_parse(rest[k - 1][2]):
        k -= 1
    if k and k < len(rest) and titled_before(text, rest[k][0], strict=True):
        return rest[k:]
    if k == 1 < len(rest) and ACRONYM.fullmatch(rest[0][2]) and titled_before(text, rest[0][0], strict=True):
        return rest[1:]
    if k == 1 < len(rest) and rest[0][2] in _ROLE_ACRONYMS:
        return rest[1:]  # 'HLV Zhusituoqi': a role's capitalised acronym opens the run
    if k and k < len(rest) and _ORG_HEAD_BEFORE.search(text, max(0, rest[k][0] - 80), rest[k][0]):
        return rest[k:]  # 'Tổng giám đốc điều hành Nokia Huotade': the company's name between
    if 1 < k < len(rest) and _ministry_of_country(text, rest[k][0]):
        return rest[k:]  # 'Thứ trưởng Bộ Công Thương Séc Nuowake': a ministry's name, then its country's
    if k and k < len(rest) and _body_voice_of_country(text, rest[k][0]):
        return rest[k:]  # 'Tư lệnh Hải quân Hoàng gia Thái Lan …': a body's name, then its country's (leftovers61)
    return rest if k == 0 else ()


# A minister's or deputy's title and the ministry's (or a state committee's) name of one to seven words, before
# the country's name: 'Thứ trưởng Bộ Công Thương Séc …', 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Ba Lan …';
# or a minister's portfolio without 'Bộ', capitalised as Vietnamese writes it ('Bộ trưởng Kinh tế và Công nghiệp
# Israel …', misses55)
_MINISTRY_HEAD = re.compile(
    r"(?:^|[\s(,;:])(?:(?:Phó )?Thủ tướng kiêm |Quyền )?(?:Bộ trưởng|Thứ trưởng|Chủ nhiệm|Phó Chủ nhiệm)\s+"
    r"(?:(?:Bộ|Ủy ban|Uỷ ban)(?:\s+[\w,&-]+){1,7}?"
    r"|(?<=Bộ trưởng )[A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ][\w-]*"
    r"(?:\s+[\w,&-]+){0,6}?)\s+$"
    # an official of the ministry or of the country, unnamed by office ('một quan chức Bộ Nông nghiệp Campuchia …',
    # 'quan chức cấp cao Lào …'; leftovers63)
    r"|(?:^|[\s(,;:])(?i:quan chức)(?:\s+cấp cao)?(?:\s+(?:Bộ|Ủy ban|Uỷ ban)(?:\s+[\w,&-]+){1,7}?)?\s+$"
)


def non_chinese_country_before(text: str, slot: int) -> str | None:
    """The country's name ending right before ``slot`` when its officials bear no Chinese name ('Bộ trưởng Tài
    nguyên nước Campuchia Suo Padi' → 'Campuchia'), with no posting abroad or Chinese country before it; else None.
    A name there of a Chinese name's shape is the pinyin of that country's official's Chinese form: N108 reads it,
    and N101 offers no Hán-Việt fix for it."""
    from audit.lang.countries import gazetteer

    before = text[max(0, slot - 40) : slot].split(" ")
    if len(before) < 2 or before[-1] != "":
        return None
    forms = gazetteer().forms
    for n in (1, 2, 3):
        if len(before) <= n:
            break
        name = " ".join(before[-n - 1 : -1])
        hit = forms.get(name)
        if hit is not None and hit[1] in ("name", "variant", "form"):
            country_start = slot - 1 - len(name)
            posted = POSTED_BEFORE.search(text, max(0, country_start - 40), country_start) is not None
            return name if hit[0] not in CHINESE_NAMED_COUNTRIES and not posted else None
    return None


def _ministry_of_country(text: str, slot: int) -> bool:
    """A country's name ends right before ``slot``, and before it a ministry's name after a minister's title ('Thứ
    trưởng Bộ Công Thương Séc Nuowake', 'Bộ trưởng Bộ Nông nghiệp Ba Lan Kexiaoke') or an unnamed official, with
    or without his ministry ('một quan chức Bộ Nông nghiệp Campuchia …', 'quan chức cấp cao Lào …')."""
    head = next(_heads_before_country(text, slot, 120, (1, 2, 3)), None)  # the shortest country's name first
    return head is not None and _MINISTRY_HEAD.search(head) is not None


def _country_pinyin(words: Run) -> bool:
    """The words are a country's name in pinyin ('Thủ tướng Kataer' 卡塔尔): C106's place, no person."""
    place = pinyin_places().get("".join(w.lower() for _, _, w in words))
    return place is not None and place.country


def pinyin_parse(word: str) -> tuple[str, ...]:
    """The word's best regular split into pinyin syllables, () when it has none (as N108 reads a name's word)."""
    return _pinyin_parse(word)


def is_known_word(word: str) -> bool:
    """An English word or a well-known name (wordfreq): 'Obama', 'Manila', 'Dubai' are not pinyin."""
    return _known_word(word)


def chinese_shaped(syllable: str) -> bool:
    """A pinyin syllable of a shape Western and Japanese names rarely have (:data:`_CHINESE_SHAPE`: 'xi', 'mei')."""
    return _CHINESE_SHAPE.search(syllable) is not None


def _chinese_syllable(parse: tuple[str, ...]) -> bool:
    """One syllable of Chinese shape ('Hong', 'Zhang'): a known English word or name only by chance ('Hong
    Kong'), not a sign that a run with a word of pinyin syllables run together is a Western name."""
    return len(parse) == 1 and _CHINESE_SHAPE.search(parse[0]) is not None


def pinyin_shaped_names(text: str, loose: bool = False) -> list[ForeignPinyin]:
    """Without the gazetteer: a capitalised run after a title or honorific (a country's name may stand
    between) or a sports or culture role (:data:`_ROLE_BEFORE`) that is all pinyin: three or more syllables (or one
    word of two opening in x, q or zh: 'Qiaohan'),
    a word of two or more run together (Vietnamese writes each syllable apart), a syllable of Chinese shape
    (:data:`_CHINESE_SHAPE`), no known word (but a one-syllable word of Chinese shape: 'Shanchuan Hong').
    ``loose``: no syllable of Chinese shape needed, but four syllables or more with a word of three or more run
    together, after a sports or culture role ('kình ngư Thái Lan Jishada Wenmi' 吉沙达·汶米, a Thai name of open
    syllables; the caller asks for more evidence): an office holder's Latin name may be so ('Anucha Nakasai').

    A run shaped like a Chinese name ('Xi Jinping', 'Wang Yi': a one-syllable surname and a given name
    of one or two) is left to N101, but after a country whose officials bear no Chinese name
    (:func:`non_chinese_country_before`).
    """
    out = []
    for run in capitalised_runs(text):
        if len(_pinyin_parse(run[-1][2])) < 2 and not any(len(_pinyin_parse(w)) >= 2 for _, _, w in run[-4:-1]):
            continue  # the name ends the run, and some word of it has two or more syllables
        rest = _name_words(text, run)
        slot = rest[0][0] if rest else 0
        if not rest:
            rest, slot = _pinyin_after_latin_given(run)
        if not rest or len(rest) > 4:
            continue
        parses = [_pinyin_parse(w) for _, _, w in rest]
        sizes = [len(p) for p in parses]
        # one word of two syllables opening in an initial only pinyin writes so (x, q, zh): 'Bộ trưởng Nông nghiệp
        # Ấn Độ Qiaohan' (乔汉 Chouhan; adversary114); a Western name of two open syllables parses too ('Tinubu')
        two = sizes == [2] and _PINYIN_ONLY_INITIAL.match(parses[0][0]) is not None
        if (sum(sizes) < 3 and not two) or max(sizes) < 2:
            continue
        if len(sizes) == 2 and sizes[0] == 1 and sizes[1] <= 2 and non_chinese_country_before(text, slot) is None:
            continue  # a Chinese name's shape ('Wang Wenbin') is N101's, but after a country of no Chinese names
        if loose:
            if sum(sizes) < 4 or max(sizes) < 3:
                continue
        elif not any(_CHINESE_SHAPE.search(s) for p in parses for s in p):
            continue
        if any(
            _known_word(w) and not _chinese_syllable(p) and not _second_after_long(rest, parses, k)
            for k, ((_, _, w), p) in enumerate(zip(rest, parses, strict=True))
        ):
            continue
        if _country_pinyin(rest):
            continue
        start = rest[0][0]
        if loose and not _ROLE_BEFORE.search(text, max(0, slot - 60), slot):
            continue  # a sports or culture role only: an office holder's Latin name may be of open syllables
        if not (
            titled_before(text, slot)
            or _ROLE_BEFORE.search(text, max(0, slot - 60), slot)
            or _NATIONALITY_BEFORE.search(text, max(0, slot - 40), slot)
            or _ORG_HEAD_BEFORE.search(text, max(0, slot - 80), slot)
            or _ministry_of_country(text, slot)
            or _COMMISSIONER_BEFORE.search(text, max(0, slot - 90), slot)
            or _DIPLOMAT_BEFORE.search(text, max(0, slot - 70), slot)
            or _body_voice_of_country(text, slot)
        ):
            continue
        if len(rest) == len(run) and _COMPANY_TITLE.search(text, max(0, start - 30), start):
            continue
        out.append(ForeignPinyin(start, rest[-1][1], None, sum(sizes)))
    return out


_LONG_GIVEN = 3  # pinyin syllables of a first word that is a Western given name through Chinese ('Kelaosi' 克劳斯)


def _second_after_long(rest: Run, parses: list[tuple[str, ...]], k: int) -> bool:
    """The ``k``-th word of a two-word run is its second, and the first is a long pinyin name of no known word, three
    syllables or more ('Tiến sĩ Kelaosi Weibo' 克劳斯·韦伯 Klaus Weber): a family name whose pinyin is also a known word
    (Weibo, the platform: English Zipf 3.2) is the pinyin of the same name (adversary127)."""
    return (
        k == 1
        and len(rest) == 2
        and len(parses[0]) >= _LONG_GIVEN
        and len(parses[1]) >= 2
        and not _known_word(rest[0][2])
    )


# the Arabic article written as a word of its own before a family name ('Thani bin Ahmed Al Zeyoudi', 'Mohamed El
# Amrani'): no given name, and no pinyin (Chinese writes it 阿勒 or 艾, whose pinyin is 'Ale', 'Ai')
_ARABIC_ARTICLE = frozenset({"Al", "El"})


def _pinyin_after_latin_given(run: Run) -> tuple[Run, int]:
    """A run ending in a given name MT kept in Latin letters and a family name it left in the pinyin of its Chinese
    transliteration, three syllables or more run together ('tiền đạo Sanish Shileisita' 萨尼什·什雷斯塔): the pinyin
    word, and where the given name (the person's slot, checked for a title or role before it) starts; ((), 0)
    otherwise. A Chinese family name after a
    Western given name ('John Zhang', 'Anna Ouyang') has one or two syllables and stays out."""
    if len(run) < 2:
        return (), 0
    (g_start, _, given), (_, _, family) = run[-2:]
    if given in _ARABIC_ARTICLE:
        return (), 0  # 'Khalid Al Mansouri': an Arabic family name, which MT through Chinese never leaves after 'Al'
    if not given.isascii() or not given.isalpha() or _pinyin_parse(given) or len(_pinyin_parse(family)) < 3:
        return (), 0
    return run[-1:], g_start


@dataclass(frozen=True, slots=True)
class Echo:
    """A pinyin word (``start``/``end``) that sounds like ``latin``, a name the same document writes in Latin
    letters; ``classes``: how many consonant classes the two share."""

    start: int
    end: int
    latin: str
    classes: int


class EchoNames:
    """A document's names in Latin letters (:attr:`latin`: each word with its consonant skeleton) and a test of
    whether it writes a pinyin word as a Chinese name's part (:meth:`chinese`), from its runs of two or more
    capitalised words (the words of each run)."""

    __slots__ = ("_chinese", "_latin", "runs")

    def __init__(self, runs: list[tuple[str, ...]]) -> None:
        self.runs = runs
        self._latin: tuple[tuple[Skeleton, str], ...] | None = None
        self._chinese: dict[str, bool] = {}

    @property
    def latin(self) -> tuple[tuple[Skeleton, str], ...]:
        """:func:`latin_name_words` of the runs, read when first asked for."""
        if self._latin is None:
            self._latin = latin_name_words(self.runs)
        return self._latin

    def chinese(self, word: str) -> bool:
        """Some run has ``word`` next to another pinyin word ('Zheng Qinwen': 'Qinwen' alone is then that
        person's given name)."""
        if word not in self._chinese:
            self._chinese[word] = any(
                words[k] == word and any(_pinyin_parse(x) for x in words[max(0, k - 1) : k + 2 : 2])
                for words in self.runs
                if word in words
                for k in range(len(words))
            )
        return self._chinese[word]


def latin_name_words(runs: list[tuple[str, ...]]) -> tuple[tuple[Skeleton, str], ...]:
    """The words of names in Latin letters with their consonant skeletons: the words of ``runs`` (runs of two
    or more capitalised words: 'Jannik Sinner', 'Gabriel Boric') that are no pinyin, no Vietnamese syllable, no
    country's name nor a word of a place's, and have four letters or more."""
    out: dict[str, Skeleton] = {}
    for words in runs:
        for w in words:
            if w not in out and (sk := _latin_name_word(w)) is not None:
                out[w] = sk
    return tuple((sk, w) for w, sk in out.items())


@functools.lru_cache(maxsize=65536)
def _latin_name_word(word: str) -> Skeleton | None:
    """The skeleton of a word that may be a name in Latin letters (:func:`latin_name_words`), or None."""
    if len(word) < 4 or not word.isalpha() or is_vietnamese_word(word) or is_valid_syllable(word):
        return None
    if word in country_names() or word in _place_words() or _pinyin_parse(word):
        return None
    return latin_skeleton(word)


@functools.cache
def _place_words() -> frozenset[str]:
    """The words of the gazetteer's places in Latin letters ('Delhi' of 'New Delhi', 'Lumpur'): a city, not a
    person's name a transcription may read (图赫尔 'Đồ Hách Nhĩ' is Tuchel, not Delhi; adversary114)."""
    from audit.lang.countries import gazetteer

    return frozenset(w for p in gazetteer().places.values() for w in p.standard.split() if w.isascii())


def pinyin_echoes(text: str, names: Callable[[], EchoNames]) -> list[Echo]:
    """Words of ``text`` that are all pinyin (two syllables or more, run together, one of them spelled with a
    letter only pinyin reads so) and sound like one of the Latin name words of ``names()``
    (:func:`latin_name_words` of the whole document, asked for only when such a word is there): 'Xinna' beside
    'Jannik Sinner'. Not a word the document writes as a Chinese name's part ('Zheng Qinwen'), nor a country's
    pinyin (C106's)."""
    if not _ECHO_LINE.search(text):
        return []
    words = [
        (m.start(), m.end(), m.group())
        for m in CANDIDATE_WORD.finditer(text)
        if _echo_word(m.group()) and not (m.start() and text[m.start() - 1].isalpha())  # not the end of a word
    ]
    if not words:
        return []
    doc = names()
    out = []
    for start, end, w in words:
        if doc.chinese(w) or _country_pinyin(((start, end, w),)):
            continue
        syllables = _pinyin_parse(w)
        skeleton = pinyin_skeleton(syllables)
        for sk, name in doc.latin:
            if echoes(skeleton, sk) and len(skeleton) + (_first_vowel(w) == _first_vowel(name)) >= _ECHO_EVIDENCE:
                out.append(Echo(start, end, name, len(skeleton)))
                break
    return out


def titled_echo(word: str, names: EchoNames) -> str | None:
    """A word right after an office title (the caller's test) that is all pinyin, two syllables or more, no known
    word, but without a letter only pinyin reads so (:func:`pinyin_echoes` takes those), and sounds like a Latin name
    word of the document with the same first vowel: that name ('Tổng thống Samiya' 萨米娅 beside 'Samia Suluhu
    Hassan', 'Thủ tướng Tusike' 图斯克 beside 'Donald Tusk'); None otherwise. The title stands for the pinyin letter:
    without it such words are mostly Malay or Japanese names that match a Latin one by chance."""
    if not candidate_word(word) or _echo_word(word) or _known_word(word):
        return None
    syllables = _pinyin_parse(word)
    if len(syllables) < 2 or names.chinese(word):
        return None
    skeleton = pinyin_skeleton(syllables)
    vowel = _first_vowel(word)
    return next(
        (name for sk, name in names.latin if echoes(skeleton, sk) and _first_vowel(name) == vowel and name != word),
        None,
    )


@functools.lru_cache(maxsize=65536)
def _echo_word(word: str) -> bool:
    """The word may be a name's pinyin for :func:`pinyin_echoes`: a candidate word (:func:`candidate_word`), no
    known word, two or more pinyin syllables, one of them starting with a letter only pinyin reads so."""
    if not _ECHO_GATE.search(word) or not candidate_word(word) or _known_word(word):
        return False
    syllables = _pinyin_parse(word)
    return len(syllables) >= 2 and bool(_PINYIN_LETTERS.search(" " + " ".join(syllables)))


_ECHO_GATE = re.compile("[xqzcjXQZCJ]")
# the cheap test of a text before its words are read: a capitalised word of plain letters with x, q, z, j or c (not
# ch) in it ('Boliqi'), or one starting with X, Q, Z, J or C ('Xinna', 'Caoming'): every word _echo_word passes
_ECHO_LINE = re.compile(r"[A-HJ-TW-Z][a-zA-Z]*(?:[xqzj]|c(?!h))|(?:[XQZJ]|C(?!h))[a-z]")
# A syllable initial pinyin spells with a letter other languages read otherwise (x, q, zh, z, c, j): a word with one
# is pinyin rather than a Malay or Japanese word that happens to parse ('Asama', 'Kariwa', 'Gunawan')
_PINYIN_LETTERS = re.compile(r" (?:x|q|zh|z|c(?!h)|j)")
# With a pinyin-only letter, consonant classes shared plus one for the same first vowel: 'Xinna' ~ 'Sinner' 2 + 1,
# 'Boliqi' ~ 'Boric' 3 + 1. Words without such a letter that parse as pinyin are mostly Malay, Indonesian or
# Japanese ('Nanggala', 'Serang', 'Tamasese') and matched a Latin name by chance in a stress test (the whole of
# clean_news, NTREX and FLORES read as one document each); with the letter required, none did.
_ECHO_EVIDENCE = 3
_VOWELS = re.compile(r"[aeiou]")


def _first_vowel(word: str) -> str:
    """The first of a, e, i, o, u in the word, lowercase ('Xinna' → 'i', 'Sinner' → 'i')."""
    m = _VOWELS.search(fold(word).lower())
    return m.group() if m else ""


# The last syllables of Chinese transliterations of Western names that Chinese words and given names seldom end in:
# 纳/娜 na, 尔 er, 斯/丝 si, 克/科 ke, 特 te, 尼 ni, 亚 ya, 拉 la, 卡 ka, 诺 nuo, 罗 luo, 夫 fu, 多 duo, 格 ge, 德 de,
# 巴 ba, 萨 sa, 塔 ta, 马 ma, 奇 qi, 姆 mu, 普 pu, 索 suo, 托 tuo, 耶 ye ('Xinna' 辛纳, 'Boliqi' 博里奇). Not 子 zi,
# 词 ci: Chinese nouns end in them ('Jiaozi' 饺子, a dish)
_TRANSLIT_FINALS = frozenset("na er si ke te ni ya la ka nuo luo fu duo ge de ba sa ta ma qi mu pu suo tuo ye".split())


def lone_pinyin_names(text: str, names: Callable[[], EchoNames]) -> list[tuple[int, int]]:
    """Words of ``text`` standing alone (no capitalised word beside them) that are all pinyin with a letter only
    pinyin reads so (:func:`_echo_word`) and end in a syllable of a Western name's transliteration
    (:data:`_TRANSLIT_FINALS`): 'của Xinna và …' with no title before and no Latin form in the document. Not a word
    the document writes as a Chinese name's part, nor a country's pinyin."""
    if not _ECHO_LINE.search(text):
        return []
    out = []
    for run in capitalised_runs(text):
        if len(run) != 1:
            continue
        start, end, w = run[0]
        if not _echo_word(w) or _pinyin_parse(w)[-1] not in _TRANSLIT_FINALS:
            continue
        if names().chinese(w) or _country_pinyin(run) or _after_feature_word(text, start):
            continue
        out.append((start, end))
    return out


# Words that make the next one a place's name, not a person's ('thung lũng Alazani', 'sông Zambezi')
_FEATURE_WORDS = frozenset(
    "thung lũng|sông|suối|núi|dãy núi|hồ|vịnh|đảo|bán đảo|cao nguyên|sa mạc|đèo|biển|eo biển|vùng|làng|thị trấn|"
    "tỉnh|thành phố|thủ đô|cảng|phố|quận|huyện|bang|miền|khu|thác|rừng|hẻm núi|ốc đảo|lưu vực".split("|")
)


# the natural features among them, and a bare 'dãy' (range): no person is named after one ('dãy Tian Shan', 天山)
_LANDFORM_WORDS = frozenset(
    "thung lũng|sông|suối|núi|dãy|dãy núi|hồ|vịnh|đảo|bán đảo|cao nguyên|sa mạc|đèo|biển|eo biển|thác|rừng|hẻm núi|"
    "ốc đảo|lưu vực|hoang mạc|đồng cỏ|thảo nguyên".split("|")
)


def _after_feature_word(text: str, start: int, words: frozenset[str] = _FEATURE_WORDS) -> bool:
    """A word of ``words`` (:data:`_FEATURE_WORDS`; one or two words) stands right before ``start``."""
    before = text[max(0, start - 16) : start].lower().split()
    return bool(before) and (before[-1] in words or " ".join(before[-2:]) in words)


def after_landform_word(text: str, start: int) -> bool:
    """A word of a natural feature (:data:`_LANDFORM_WORDS`) stands right before ``start``: a place's name follows."""
    return _after_feature_word(text, start, _LANDFORM_WORDS)
