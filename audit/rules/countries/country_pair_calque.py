"""C102: a Chinese two-country abbreviation left romanised or translated literally (白越 → 'Pak-Yue', 'trắng-trắng')."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

from audit.lang import stored_regex
from audit.lang.case import capitalised
from audit.lang.countries import HOME, Topic, gazetteer, trie_pattern, zh_short_names
from audit.lang.hanviet import load as hanviet
from audit.lang.pinyin import segmentations, toneless
from audit.lang.resources import read_lines, read_tsv
from audit.lang.syllable import is_valid_syllable
from audit.lang.vn_places import pinyin_places
from audit.model import Segment, Severity
from audit.rules._prefilter import (
    SplitScan,
    content_text,
    segments_containing,
    segments_matching_split,
    split_scan,
)
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.countries.context import (
    _AFTER_FIRST,
    PIVOT_COUNTRIES,
    _holds_any,
    _topic_literals,
    topic_near,
    topic_of,
)
from audit.rules.registry import register

# A friendly qualifier right before a country pair ("quan hệ đặc biệt Trung-Lào"; a bare "quan hệ Mỹ-Trung"
# is ordinary history).
_PAIR_CUE = re.compile(r"(?:hữu nghị|đoàn kết|truyền thống|đặc biệt|anh em|gắn bó|láng giềng)\s+$")
# cooperation in a field right before a pair ('hợp tác năng lượng Trung-Nhật'): read as the article's own pair only
# where the article is plainly about Việt Nam and the other country and never names the pivot (:meth:`_pivot_pair`)
_COOPERATION_CUE = re.compile(r"(?<!\w)hợp tác(?: [a-zà-ỹđ]+){0,3} $")


@functools.cache
def _historical_exonyms() -> frozenset[str]:
    """Vietnamese names of historical states and peoples, lowercase, that look like a pair ('Ba Tư' Persia:
    references/vi_historical_exonyms.txt)."""
    return frozenset(name.lower() for name in read_lines("vi_historical_exonyms.txt"))


def _an_exonym(pair: str) -> bool:
    """'Ba-Tư', 'La–Mã': a historical name written with a dash between its syllables, not a pair."""
    return re.sub(r"\s*[-‐‑–—]\s*", " ", pair).lower() in _historical_exonyms()


@functools.cache
def _glued_pattern(word: str) -> re.Pattern[str]:
    """A literal abbreviation word with a romanisation glued after it ('White' + 'hall'); the lookbehind after the
    word's first letter, so that re skips ahead to that letter (one before it was tried at every character)."""
    return re.compile(rf"{re.escape(word[:1])}(?<![\w-].){re.escape(word[1:])}(?P<rest>[a-z]{{2,}})(?![\w-])")


@functools.cache
def _abbr_parts() -> tuple[dict[str, tuple[tuple[str, str], ...]], re.Pattern[str]]:
    """Every surface that can stand for a country in a pair, with the countries and kinds it can be
    (pinyin 'Ao' is 奥 Austria and 澳 Australia, 'Ba' is 巴 Brazil and the Hán-Việt 'Ba' of Ba Lan), and the
    pair regex."""
    gz = gazetteer()
    accepted = {f for f in gz.forms}
    parts: dict[str, list[tuple[str, str]]] = {}

    def add(surface: str, iso: str, kind: str) -> None:
        opts = parts.setdefault(surface, [])
        if all(o[0] != iso for o in opts):
            opts.append((iso, kind))

    for f, (iso, _) in gz.forms.items():
        add(f, iso, "name")
    # a romanisation is first the pinyin of the abbreviation it spells ('Yin' 印 India), then another country's
    # ('Yin' for Indonesia, which 印 also stands for): the first is the reading when the article backs neither
    for c in gz.countries.values():
        if len(c.pinyin) >= 2:
            add(c.pinyin, c.iso, "roman")
    for c in gz.countries.values():
        for r in c.romanised:
            add(r, c.iso, "roman")
        if len(c.pinyin) == 1:  # 俄 E: only beside another romanisation ('Yue-E'), never 'A-E'
            add(c.pinyin.upper(), c.iso, "roman1")
        for w in c.literal_vi:
            add(w, c.iso, "literal")
            add(capitalised(w), c.iso, "literal")
        for w in c.literal_en:
            add(w, c.iso, "literal")
            add(w.lower(), c.iso, "literal")
        for h in c.hanviet_all:
            add(h, c.iso, "name" if c.hanviet_ok or h in accepted else "hanviet")
    for row in read_tsv("countries.pair_literals_framed.tsv"):  # 日 'ngày': read after a word of dealings only
        add(row["word"], row["iso2"], "framed")
        add(capitalised(row["word"]), row["iso2"], "framed")
    for reading, iso in _short_name_readings():  # 印尼 'Ấn Ni': 'Việt-Ấn Ni' (Vietnamese writes 'Việt Nam – Indonesia')
        add(reading, iso, "name" if reading in accepted else "hanviet2")
    # a cut name is one more reading of a surface spelled so ('Na': 挪 Norway's Hán-Việt, Namibia cut), never
    # one of another surface without its diacritics ('My' beside 'Mỹ')
    spelled = {toneless(p).lower(): p for p in parts}
    for c in gz.countries.values():
        cut = _truncation(c.vi)
        if cut and spelled.get(toneless(cut).lower(), cut) == cut:
            add(cut, c.iso, "trunc")
    trie = trie_pattern(parts)
    pair = stored_regex.compile(rf"(?<![\w-])(?P<a>{trie})\s?[-–—]\s?(?P<b>{trie})(?![\w-])")
    return {k: tuple(v) for k, v in parts.items()}, pair


def _short_name_readings() -> list[tuple[str, str]]:
    """The Hán-Việt readings of the Chinese short names of references/countries.zh_short.tsv ('Ấn Ni' for 印尼, 'Sa
    Đặc' for 沙特), each syllable capitalised, with their countries: MT through Chinese writes a pair with a short
    name in Hán-Việt ('quan hệ Việt-Ấn Ni', 越印尼), which Vietnamese news never does."""
    hv, out = hanviet(), []
    for zh, iso in dict.fromkeys(zh_short_names()):
        syllables = [hv.main_first(ch)[0] for ch in zh if hv.main_first(ch)]
        if len(syllables) == len(zh) >= 2:
            out.append((" ".join(map(capitalised, syllables)), iso))
    return list(dict.fromkeys(out))


# the first written syllable of a Latin name: consonants, then vowels ('Chi' of Chile, 'Na' of Namibia)
_FIRST_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+")


def _truncation(name: str) -> str | None:
    """The first syllable of a country's Vietnamese name when that is one Latin word of two syllables or more
    ('Chile' → 'Chi', 'Namibia' → 'Na'), two letters at least: MT cuts a name so in a pair ('Việt-Chi'), which
    Vietnamese never does. None for a name of Vietnamese syllables ('Lào', 'Nam Phi', 'Hàn Quốc')."""
    if not name.isascii() or not name.isalpha() or is_valid_syllable(name.lower()):
        return None
    m = _FIRST_SYLLABLE.match(name.lower())
    if m is None or len(m.group()) < 2 or len(m.group()) >= len(name) - 1:
        return None
    return name[: m.end()]


_DASHES = "-–—"
_DASH = re.compile(r"[-–—]")
_DASH_OPENING = r"[-–—]\s?"  # where a chain's middle word or a pair's second part starts
# a word between two dashes: where a chain can be (the search skips ahead from dash to dash)
_CHAIN_MIDDLE_REST = r"[^\W\d_]+\s?[-–—]"
_CHAIN_MIDDLE = re.compile(_DASH_OPENING + _CHAIN_MIDDLE_REST)
# three words joined by dashes, the chain neither going on nor part of a longer word: 'Trung-Cát-Ô' (中吉乌)
_CHAIN = re.compile(r"(?<![\w-])(?P<a>[^\W\d_]+)\s?[-–—]\s?(?P<b>[^\W\d_]+)\s?[-–—]\s?(?P<c>[^\W\d_]+)(?![\w-])")


@functools.cache
def _upper_pair() -> tuple[re.Pattern[str], SplitScan]:
    """The pair regex without the first parts that start with a lowercase letter (literal words:
    'trắng', 'white'), its lookbehind after the first letter so that re skips from capital to capital;
    and the gate that finds such a lowercase part right before a dash. Where the gate finds none, the
    two regexes find the same pairs."""
    parts = _abbr_parts()[0]
    upper = [p for p in parts if not p[:1].islower()]
    pair = stored_regex.compile(
        rf"(?P<a>{trie_pattern(upper, guard=_AFTER_FIRST)})\s?[-–—]\s?(?P<b>{trie_pattern(parts)})(?![\w-])"
    )
    by_length: dict[int, list[str]] = {}
    for p in parts:
        if p[:1].islower():
            by_length.setdefault(len(p), []).append(re.escape(p))
    behind = "|".join(rf"(?<=(?:{'|'.join(words)}){space}.)" for words in by_length.values() for space in ("", r"\s"))
    return pair, split_scan(_DASHES, behind)  # asked one dash at a time (SplitScan.search_any)


@functools.cache
def _dash_scan() -> SplitScan:
    """A word between two dashes (:data:`_CHAIN_MIDDLE`, which every chain has) or a dash, then a pair's second part
    as the pair regexes take it (every pair of either regex of :meth:`CalquedCountryPair.check` holds one), in one
    scan: both start at a dash, which the engine skips to, and share it, so one pass stops at each dash once (half
    the time of one scan for each). It matches where either matches, so :func:`segments_matching` gives the
    segments the two scans give together. The article text is scanned one dash at a time (SplitScan): re skips ahead
    to a literal quicker than to a class."""
    rest = rf"\s?(?:{_CHAIN_MIDDLE_REST}|(?:{trie_pattern(_abbr_parts()[0])})(?![\w-]))"
    return split_scan(_DASHES, rest)


# the vowels of Hanyu Pinyin with a tone mark ('Yuè', 'Zhōng', 'Lǚ'); 'à', 'é' … are Vietnamese letters too
_PINYIN_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ"
_PINYIN_WORD = re.compile(
    rf"(?<![^\W\d_])[A-Za-züÜ{_PINYIN_TONED}]*[{_PINYIN_TONED}][A-Za-züÜ{_PINYIN_TONED}]*(?![^\W\d_])"
)


def _plain_letter(ch: str) -> str:
    """One letter of pinyin without its tone mark, its case kept ('è' → 'e', 'Ǚ' → 'V'; 'ü' is 'v')."""
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = "v" if base == "u" and ch.lower() in "üǖǘǚǜ" else base
    return base.upper() if ch.isupper() else base


def _toned_syllables(word: str) -> bool:
    """A word of tone-marked pinyin syllables ('Yuè', 'Zhōng', 'Rì')."""
    return bool(segmentations(toneless(word)))


def _pinyin_beside_dash(text: str) -> bool:
    """A word of tone-marked pinyin that is no Vietnamese syllable next to a dash ('Yuè-Rì', 'Zhōng-Yuè'; not
    'Hòa Bình - Sơn La'): where :func:`_toneless_shadow` may give a pair :func:`_toned_pinyin_pair` keeps. Only the
    words on either side of each dash are looked at."""
    for dash in _DASH.finditer(text):
        before = _PINYIN_BEFORE.search(text, max(0, dash.start() - 12), dash.start())
        after = _PINYIN_AFTER.match(text, dash.end())
        for m in (before, after):
            word = m["w"] if m else ""
            if word and not word.isascii() and not is_valid_syllable(word.lower()) and _toned_syllables(word):
                return True
    return False


_PINYIN_LETTERS = f"A-Za-züÜ{_PINYIN_TONED}"
_PINYIN_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<w>[{_PINYIN_LETTERS}]+)\s?$")
_PINYIN_AFTER = re.compile(rf"\s?(?P<w>[{_PINYIN_LETTERS}]+)(?![^\W\d_])")


def _beside_dash(text: str, m: re.Match[str]) -> bool:
    after = text[m.end() : m.end() + 2].lstrip()[:1]
    before = text[max(0, m.start() - 2) : m.start()].rstrip()[-1:]
    return (after != "" and after in _DASHES) or (before != "" and before in _DASHES)


def _toneless_shadow(text: str) -> str | None:
    """``text`` with each word of tone-marked pinyin next to a dash written plain, letter for letter (so the offsets
    stay: 'Yuè-Rì' → 'Yue-Ri'); None when there is none."""
    out, changed = list(text), False
    for m in _PINYIN_WORD.finditer(text):
        if _beside_dash(text, m) and _toned_syllables(m.group()):
            out[m.start() : m.end()] = [_plain_letter(c) for c in m.group()]
            changed = True
    return "".join(out) if changed else None


def _toned_pinyin_pair(toned: str, m: re.Match[str]) -> bool:
    """A pair of a shadow text (:func:`_toneless_shadow`) that is written in pinyin: each part plain Latin or
    tone-marked pinyin, and one of them tone-marked and no Vietnamese syllable ('Yuè' in 'Yuè-Rì'; not 'Hà-Lào')."""
    written = [toned[m.start(k) : m.end(k)] for k in ("a", "b")]
    if not all(w.isascii() or _PINYIN_WORD.fullmatch(w) for w in written):
        return False
    return any(not w.isascii() and not is_valid_syllable(w.lower()) for w in written)


@functools.cache
def _toned_scan() -> SplitScan:
    """A dash next to a word with a pinyin tone mark: where :func:`_toneless_shadow` may read a pair. A tone mark
    stands on a syllable's vowel, two letters at most before its end ('Zhōng', 'Yuè', 'Jiāo')."""
    t = f"[{_PINYIN_TONED}]"
    behind = "|".join(rf"(?<={t}[A-Za-z]{{{k}}}{space}.)" for k in range(3) for space in ("", r"\s"))
    return split_scan(_DASHES, rf"{behind}|\s?[A-Za-zü]{{0,5}}{t}")


def _candidates(ctx: DocContext) -> list[Segment]:
    """The article segments where :meth:`CalquedCountryPair.check` may find something, in order, from scans of
    the article's lines joined: those holding a literal English abbreviation word of the topic countries
    (:meth:`_glued`), a word between two dashes (which every chain has) or a dash before a pair's second part
    (which every pair has; :func:`_dash_scan`), or a dash next to a word of tone-marked pinyin that is no Vietnamese
    syllable (:func:`_toned_scan`, then :func:`_pinyin_beside_dash`). Every other segment holds none of these, and
    :meth:`check` finds nothing in it: a segment without a dash ends there, and the chains and the pairs it looks for
    then have no match. (A match of the scans that runs on into the next line only adds a line.)"""
    topic = topic_of(ctx)
    _, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic))
    found = {s.index: s for s in segments_containing(ctx, literal_en)} if literal_en else {}
    found.update((s.index, s) for s in segments_matching_split(ctx, _dash_scan()))
    found.update((s.index, s) for s in segments_matching_split(ctx, _toned_scan()) if _pinyin_beside_dash(s.text))
    return [found[i] for i in sorted(found)]


def _pick(
    options: tuple[tuple[str, str], ...], topic: Topic, in_pinyin: Callable[[], frozenset[str]] | None = None
) -> tuple[str, str]:
    """The reading of an ambiguous pair part that fits the article: one of its countries, then one it
    mentions, then one it names only in pinyin (``in_pinyin``: 'Malaixiya' 马来西亚 before 'Yue-Ma', Malaysia not
    Malta; misses34), then the first listed (a country's own name before romanisations)."""
    for test in (lambda iso: iso in topic.countries, lambda iso: topic.counts[iso] > 0):
        for opt in options:
            if test(opt[0]):
                return opt
    if in_pinyin is not None and len(options) > 1:
        named = in_pinyin()
        for opt in options:
            if opt[0] in named:
                return opt
    return options[0]


def _backed(iso: str, topic: Topic) -> bool:
    """The article backs the reading: the country is one of its countries or one it mentions."""
    return iso in topic.countries or topic.counts[iso] > 0


def _hanviet_beside_name(surface: str, iso: str, kind: str) -> str:
    """A one-letter pinyin part that is also its country's Hán-Việt reading (阿 'A': pinyin a, Hán-Việt a)
    reads as Hán-Việt next to a Vietnamese name ('Việt-A'), as pinyin only next to pinyin ('Yue-A')."""
    return "hanviet" if kind == "roman1" and gazetteer().countries[iso].hanviet == surface else kind


@functools.cache
def _romanisations() -> dict[str, str]:
    """Lowercased romanisations of every abbreviation with their country."""
    gz = gazetteer()
    return {r.lower(): c.iso for c in gz.countries.values() for r in c.romanised}


def _glued_romanisation(rest: str, topic: Topic) -> tuple[str, str] | None:
    """The longest romanisation that ``rest`` starts with, at most two letters shorter than it, of a country the
    article mentions, with its country: a prefix of each length looked up (what a walk over the romanisations,
    longest first, finds first)."""
    table = _romanisations()
    for size in range(len(rest), max(len(rest) - 3, 0), -1):
        iso = table.get(rest[:size])
        if iso is not None and topic.counts[iso]:
            return rest[:size], iso
    return None


@functools.cache
def _abbr_countries() -> dict[str, tuple[str, ...]]:
    """Each one-character Chinese abbreviation with the countries it stands for (新: Singapore, New Zealand …)."""
    out: dict[str, list[str]] = {}
    for c in gazetteer().countries.values():
        if len(c.abbr) == 1:
            out.setdefault(c.abbr, []).append(c.iso)
    return {k: tuple(v) for k, v in out.items()}


def _source_pairs(source: str | None) -> frozenset[tuple[str, str]]:
    """The country pairs a record's Chinese source writes as two abbreviations side by side (中老 'China–Laos',
    越美), each in both orders: MT may keep or swap them. Empty for a record without a source or with no such pair."""
    if not source:
        return frozenset()
    table = _abbr_countries()
    found: set[tuple[str, str]] = set()
    for x, y in itertools.pairwise(source):
        for a in table.get(x, ()):
            for b in table.get(y, ()):
                if a != b:
                    found.update(((a, b), (b, a)))
    return frozenset(found)


def _source_pick(
    options_a: tuple[tuple[str, str], ...],
    options_b: tuple[tuple[str, str], ...],
    pairs: frozenset[tuple[str, str]],
    pick: Callable[[tuple[tuple[str, str], ...]], tuple[str, str]],
) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The readings of a pair's two parts that the record's source writes side by side (:func:`_source_pairs`):
    'Trung - Già' behind 中老 is China and Laos (老 'old', read as its meaning) though the translation never says
    'Lào'. Where the source fits several (马 is Malaysia's and Malta's), ``pick`` chooses as for a pair without a
    source (the article's country first). None when no reading of each part makes one of the source's pairs."""
    fits = [(oa, ob) for oa in options_a for ob in options_b if (oa[0], ob[0]) in pairs]
    if not fits:
        return None
    first = pick(tuple(dict.fromkeys(oa for oa, _ in fits)))
    return first, pick(tuple(ob for oa, ob in fits if oa == first))


def _literal_country(word: str) -> str:
    gz = gazetteer()
    return next(c.iso for c in gz.countries.values() if word in c.literal_en or word in c.literal_vi)


@register
class CalquedCountryPair(SegmentRule):
    code = "C102"
    name = "calqued-country-pair"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Chinese two-country abbreviation left romanised or translated literally ('Pak-Yue', 'trắng-trắng')"
    why = (
        "Chinese writes a bilateral pair with one character per country (越白 = Vietnam–Belarus, 中越 = "
        "China–Vietnam). MT romanises the characters ('Pak-Yue', 'Zhong-Yue') or translates them as ordinary "
        "words (白 'white' → 'trắng'); some engines write the pinyin with its tone marks ('Yuè-Rì', read as "
        "'Yue-Ri' when a part is tone-marked pinyin and no Vietnamese syllable). Literal words count only in an "
        "article about that country. Three "
        "countries chained the same way (中吉乌 → 'Trung-Cát-Ô', 'Zhong-Ji-Wu') are read too. A country's "
        "Latin name cut to its first syllable ('Việt-Chi' for Chile, 'Việt-Na' for Namibia: Vietnamese writes "
        "'Việt Nam – Chile', and keeps one-syllable forms for its Hán-Việt names only: 'Việt-Trung', 'Việt-Nga') is "
        "a calque too when the article names that country in full and no capitalised word runs on from the pair "
        "(a person: 'Kim Chi - Trung tâm …'). A Chinese short name of two characters or more read in Hán-Việt "
        "(印尼 → 'Việt-Ấn Ni', 沙特 → 'Việt-Sa Đặc'; the short names are references/countries.zh_short.tsv) is one "
        "too, beside Việt Nam or for a country the article names: Vietnamese news writes 'Việt Nam – Indonesia' "
        "and keeps 'Việt-Ấn' for India. The Holy See's 梵 read in Hán-Việt ('quan hệ Việt-Phạn', 越梵) in an "
        "article that names it ('Tòa Thánh', 'Vatican') is one too; after a word of dictionaries or translation "
        "('Từ điển Phạn - Việt', Sanskrit) a pair is of two languages. A Hán-Việt abbreviation no other country "
        "shares beside 'Việt' ('Việt-Mạnh', 孟 Bangladesh) counts right after a word of two countries' dealings "
        "('kim ngạch', 'quan hệ', 'hành lang') though the article names the country nowhere else, and so beside "
        "another country's name the article gives outside the pair ('kim ngạch Trung-Bạch', 中白, in a story "
        "on China); so too a syllable that is a calque for each country it abbreviates ('Tân': 新 of New Zealand, "
        "Singapore and Zimbabwe) after 'hai nước' ('Hai nước Úc-Tân'; after a word of dealings alone it may be two "
        "people: 'quan hệ Anh-Tân'), fixed as the article's country or the first listed, the others as "
        "candidates; without such a word it is as often two given names ('cặp Việt-Mạnh', 'cặp Nga-Bạch'). A literal "
        "word too common to read anywhere (日 'ngày', day: references/countries.pair_literals_framed.tsv) counts only "
        "so, beside a country's one-word name, in an article naming its country ('hợp tác Việt-Ngày'). In a "
        "document of over 300 segments (a batch "
        "of unrelated sentences read as one document) the countries a row's article names are those of the 25 "
        "segments around it. China's 'Trung' paired with the article's partner stands for Việt Nam (中 for 越) "
        "after a friendly qualifier ('quan hệ đặc biệt Trung-Lào'), and after cooperation in a field ('hợp tác năng "
        "lượng Trung-Nhật') where the article is plainly about Việt Nam and that country (named three times or more) "
        "and names China nowhere. In a record with a Chinese source, a pair whose two parts read the two "
        "abbreviations the source writes side by side (中老铁路 behind 'đường sắt Trung - Già', 老 'old') is read as "
        "those countries though the article names neither."
    )
    fires = (
        "Ông nhấn mạnh Campuchia luôn ưu tiên phát triển quan hệ [[Jian-Yue]] trong mọi lĩnh vực.",
        "Belarus và Việt Nam ký hiệp định thương mại\nHai nước thúc đẩy hợp tác [[trắng-Việt]] về nông nghiệp.",
        "Việt Nam và Pháp tăng cường hợp tác\nHai bên đánh giá cao quan hệ đối tác [[Fa-Yue]] trong giáo dục.",
        "Việt Nam và Pháp tăng cường hợp tác\nHai bên đánh giá cao quan hệ [[Fǎ-Yuè]] trong văn hóa.",
        "Belarus, Kazakhstan và Việt Nam ký kết\nHiệp định Hải quan [[Whitehall]] có hiệu lực từ năm sau.",
        "Việt Nam và Lào ký năm văn kiện\nHai nước Việt Nam và Lào khẳng định quan hệ đặc biệt [[Trung-Lào]] "
        "là tài sản vô giá.",
        "Hội nghị thượng đỉnh [[Zhong-Ri-Han]] lần thứ chín diễn ra tại Seoul.",
        "Đại sứ cho biết quan hệ [[Việt-Ấn Ni]] phát triển mạnh trong lĩnh vực thủy sản.",
        "Việt Nam và Venezuela ký thỏa thuận dầu khí\nHai bên đánh giá cao hợp tác [[Việt-Ve]] về năng lượng.",
        "Ngoại trưởng Tòa Thánh thăm Hà Nội\nHai bên ghi nhận bước tiến của quan hệ [[Việt-Phạn]] trong năm qua.",
        "Hàng dệt may chiếm phần lớn kim ngạch [[Việt-Mạnh]] trong quý ba.",
        "Thủ tướng Trung Quốc thăm Minsk\nKim ngạch [[Trung-Bạch]] tăng 20% trong năm nay.",
        "Nhật Bản và Philippines ký hiệp định\nHai nước [[Nhật-Tân]] ký thỏa thuận thương mại.",
    )
    quiet = (
        "Quan hệ Việt – Trung và Việt – Lào được củng cố; Belarus và Việt Nam ký hiệp định.",
        "Bức ảnh đen-trắng chụp năm 1975 được trưng bày; ông mặc áo trắng-xanh.",
        "Nhóm nghiên cứu Ma-lai-xi-a và Cam-pu-chia tham dự hội thảo.",
        "Thủ tướng Anh họp nội các tại Whitehall; quan hệ Việt-Lào rất tốt đẹp.",
        "Việt Nam và Lào ký năm văn kiện\nHai nước Việt Nam và Lào hợp tác; quan hệ Mỹ – Trung căng thẳng; "
        "tuyến đường sắt Trung – Lào chở nhiều hàng.",
        "Việt Nam và Hoa Kỳ ký năm văn kiện\nHai nước Việt Nam và Hoa Kỳ hợp tác; ông từng lo bình thường hóa "
        "quan hệ Mỹ-Trung.",
        "Ủy ban điều phối Tam giác phát triển Việt – Lào – Campuchia họp tại Kon Tum.",
        "Việt Nam và Serbia ký thỏa thuận\nQuan hệ Việt-Nga, Việt-Nhật tốt đẹp; bà Lê Thị Se - Trung tâm WTO "
        "phát biểu.",
        "Hai bên đánh giá cao hợp tác Việt-Ve về năng lượng.",
        "Việt Nam và Ấn Độ ký hiệp định\nQuan hệ Việt-Ấn, Việt-Thái và Việt-Úc phát triển; Hội hữu nghị Việt Nam – "
        "Indonesia họp.",
        "Brazil thắng Slovenia 3-1\nCầu thủ Brazil và Slovenia học tiếng Ba-Tư; đế chế La-Mã từng chiếm Malta.",
        "Linh mục từng làm việc ở Tòa Thánh tặng thư viện bộ Từ điển Phạn - Việt.",
        "Ở nội dung đôi nam, cặp Việt-Mạnh giành huy chương bạc; quan hệ Việt-Tân Tây Lan phát triển.",
        "Đoàn Nga dự giải cầu lông\nỞ nội dung đôi nữ, cặp Nga-Bạch giành huy chương đồng.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Only the lines where :meth:`check` may find something (see :func:`_candidates`)."""
        for seg in _candidates(ctx):
            yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        whole = topic_of(ctx)
        _, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(whole))
        topic = topic_near(ctx, seg)  # a row of a batch of sentences: the countries of the rows near it
        if _holds_any(seg.text, literal_en):
            yield from self._glued(seg, ctx, topic)
        if not any(dash in seg.text for dash in _DASHES):
            return  # (what _DASH.search finds, by str's quicker test of each)
        parts, pair = _abbr_parts()
        yield from self._chains(seg, parts, topic)
        upper_pair, lower_before_dash = _upper_pair()
        if not lower_before_dash.search_any(seg.text):
            pair = upper_pair
        yield from self._pairs(seg, ctx, pair, topic)
        shadow = _toneless_shadow(seg.text) if _pinyin_beside_dash(seg.text) else None
        if shadow is not None:  # 'Yuè-Rì' (越日): tone-marked pinyin read as its plain form ('Yue-Ri')
            plain = dataclasses.replace(seg, text=shadow)
            yield from self._pairs(plain, ctx, _abbr_parts()[1], topic, toned=seg.text)

    def _pairs(
        self, seg: Segment, ctx: DocContext, pair: re.Pattern[str], topic: Topic, toned: str | None = None
    ) -> Iterator[Hit]:
        """The pairs of ``pair`` in ``seg``; ``toned``, the segment as written when ``seg`` holds its tone-marked
        pinyin read plain (:func:`_toneless_shadow`): then only a pair with a part in tone-marked pinyin that is no
        Vietnamese syllable, both parts pinyin or plain Latin ('Zhōng-Yuè', 'Yuè-Ri'; never 'Hà-Nam')."""
        parts = _abbr_parts()[0]
        gz = gazetteer()

        def in_pinyin() -> frozenset[str]:
            return ctx.memo("countries.pinyin-named", lambda _doc: _countries_in_pinyin(ctx))

        source_pairs = _source_pairs(seg.source)
        for m in pair.finditer(seg.text):
            if _an_exonym(m.group()):
                continue
            if toned is not None and not _toned_pinyin_pair(toned, m):
                continue
            sourced = (
                _source_pick(parts[m["a"]], parts[m["b"]], source_pairs, lambda o: _pick(o, topic, in_pinyin))
                if source_pairs
                else None
            )
            if sourced is not None:  # the record's source writes the pair (中老 behind 'Trung - Già')
                (ia, ka), (ib, kb) = sourced
            else:
                (ia, ka), (ib, kb) = _pick(parts[m["a"]], topic, in_pinyin), _pick(parts[m["b"]], topic, in_pinyin)
            if {ka, kb} == {"name", "roman1"}:  # 'Việt-A': beside a Vietnamese name 'A' is 阿's Hán-Việt
                ka, kb = _hanviet_beside_name(m["a"], ia, ka), _hanviet_beside_name(m["b"], ib, kb)
            kinds = (ka, kb)
            if all(k == "name" for k in kinds):
                hit = self._pivot_pair(seg, m, (ia, ib), topic)
                if hit:
                    yield hit
                continue
            if "framed" in kinds and sourced is None and not _framed_pair(seg.text, m, kinds, (ia, ib), topic):
                continue
            if "roman1" in kinds and (sorted(kinds) != ["roman", "roman1"] or not _one_letter_backed((ia, ib), topic)):
                continue
            if "trunc" in kinds and not (_truncated_pair(kinds, (ia, ib), topic) and _pair_alone(seg.text, m)):
                continue
            if (
                sourced is None
                and "framed" not in kinds
                and not all(
                    self._plausible(iso, kind, topic, ia == HOME or ib == HOME) for iso, kind in ((ia, ka), (ib, kb))
                )
                and not self._backed_by_pinyin(ctx, ((ia, ka), (ib, kb)), topic)
            ):
                if not (
                    _cued_pinyin_pair(seg.text, m, kinds, (ia, ib))
                    or _cued_hanviet_pair(seg.text, m, kinds, (ia, ib), topic, seg.index)
                ):
                    continue
            if _inside_name(seg.text, m):
                continue  # 'cửa khẩu Cha Lo - Na Phàu': two places' names joined, a border-gate pair (clean67)
            if _LANGUAGE_PAIR.search(seg.text, max(0, m.start() - 30), m.start()):
                continue  # 'Từ điển Phạn - Việt' (Sanskrit–Vietnamese): two languages, not two countries
            if ia == ib:
                other = topic.other(ia)
                if other is None:
                    continue
                a, b = (other, ia) if other == topic.home else (ia, other)
            else:
                a, b = ia, ib
            fix = gz.pair_name(a, b)
            # an ambiguous part the article backs in no way ('Tân' for New Zealand, Singapore or Zimbabwe): the first
            # reading, and the pair with each other as candidates
            others = [
                gz.pair_name(*(o if k == i else iso for k, iso in enumerate((a, b))))
                for i, w in enumerate((m["a"], m["b"]))
                if not _backed((ia, ib)[i], topic)
                for o, _ in parts[w]
                if o not in (a, b)
            ]
            shown = m.group() if toned is None else toned[m.start() : m.end()]
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{shown}' is a calque of a Chinese two-country abbreviation; write {fix}",
                suggestion=fix,
                confidence=0.6 if others else 0.9,
                candidates=list(dict.fromkeys(others))[:4] or None,
            )

    def _chains(self, seg: Segment, parts: dict[str, tuple[tuple[str, str], ...]], topic: Topic) -> Iterator[Hit]:
        """Three countries' one-character abbreviations chained ('Trung-Cát-Ô', 'Zhong-Ji-Wu' = 中吉乌): each
        word an abbreviation of a different country, not all of them Vietnamese names ('Việt-Lào-Campuchia').
        An ambiguous part ('Ô' is 乌 Ukraine, Uruguay, Uzbekistan) is read as in C102's pairs; the other
        readings go with the fix as candidates."""
        if not _CHAIN_MIDDLE.search(seg.text):
            return  # the cheap test: a word between two dashes
        for m in _CHAIN.finditer(seg.text):
            words = (m["a"], m["b"], m["c"])
            if not all(w in parts for w in words):
                continue
            picks = [_pick_in_chain(w, parts[w], topic) for w in words]
            kinds = [k for _, k in picks]
            if "trunc" in kinds or "framed" in kinds:
                continue  # a cut name, a common word ('ngày') is read in a pair only
            isos = [iso for iso, _ in picks]
            if len(set(isos)) < 3 or not _plausible_chain(isos, kinds, topic):
                continue
            gz = gazetteer()
            fix = gz.pair_name(*isos)
            others = [
                gz.pair_name(*(o if k == i else iso for k, iso in enumerate(isos)))
                for i, w in enumerate(words)
                for o, kind in parts[w]
                if o != isos[i] and o not in isos and (kind != "literal" or o in topic.countries)
            ]
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m.group()}' is a calque of a Chinese three-country abbreviation; write {fix}",
                suggestion=fix,
                confidence=0.6 if others else 0.85,
                candidates=list(dict.fromkeys(others))[:4] or None,
            )

    def _pivot_pair(self, seg: Segment, m: re.Match[str], isos: tuple[str, str], topic: Topic) -> Hit | None:
        """'quan hệ đặc biệt Trung-Lào' in an article about Vietnam and Laos: 中 standing for 越 (我国),
        in a friendly relation frame, paired with the article's partner (C101's error in pair form)."""
        pivot = next((i for i in isos if i in PIVOT_COUNTRIES), None)
        other = next((i for i in isos if i != pivot), None)
        if (
            pivot is None
            or other is None
            or pivot in topic.countries
            or other == HOME
            or other not in topic.countries[:2]
            or topic.home not in (None, HOME)  # Vietnamese news: Vietnam is home even when unnamed
            or not (
                _PAIR_CUE.search(seg.text[max(0, m.start() - 40) : m.start()])
                or _own_pair_cooperation(seg.text, m.start(), pivot, other, topic)
            )
        ):
            return None
        gz = gazetteer()
        a, b = (HOME, other) if isos[0] == pivot else (other, HOME)
        fix = gz.pair_name(a, b)
        return self.hit(
            seg,
            m.start(),
            m.end(),
            f"'{m.group()}' pairs {gz.name_of(pivot)} with {gz.name_of(other)} in an article about "
            f"{gz.name_of(HOME)} and {gz.name_of(other)}: the abbreviation stands for {gz.name_of(HOME)}",
            suggestion=fix,
            confidence=0.7,
        )

    def _glued(self, seg: Segment, ctx: DocContext, topic: Topic) -> Iterator[Hit]:
        """'Whitehall' = 白哈: a literal word glued to the romanisation of another abbreviation."""
        gz = gazetteer()
        _, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic))
        for word in literal_en:
            if word not in seg.text:
                continue
            for m in _glued_pattern(word).finditer(seg.text):
                glued = _glued_romanisation(m["rest"], topic)
                if glued is not None:
                    roman, iso = glued
                    x = _literal_country(word)
                    fix = gz.pair_name(x, iso)
                    yield self.hit(
                        seg,
                        m.start(),
                        m.end(),
                        f"'{m.group()}' glues '{word}' ({gz.countries[x].abbr}, {gz.name_of(x)}) to '{roman}' "
                        f"({gz.countries[iso].abbr}, {gz.name_of(iso)}): a calqued two-country abbreviation",
                        suggestion=fix,
                        confidence=0.6,
                    )

    @classmethod
    def _backed_by_pinyin(cls, ctx: DocContext, picks: tuple[tuple[str, str], ...], topic: Topic) -> bool:
        """A romanised pair ('Zhong-Han') whose countries the article names, one at least only in pinyin as MT
        through Chinese leaves them ('Hanguo' 韩国 beside 'Trung Quốc')."""
        if any(kind != "roman" for _, kind in picks):
            return False
        in_pinyin = ctx.memo("countries.pinyin-named", lambda _doc: _countries_in_pinyin(ctx))
        return all(topic.counts[iso] > 0 or iso in in_pinyin for iso, _ in picks)

    @staticmethod
    def _plausible(iso: str, kind: str, topic: Topic, with_home: bool) -> bool:
        if kind == "name":
            return True
        if kind == "literal":
            return iso in topic.countries
        if kind == "roman":
            return with_home or topic.counts[iso] > 0
        if kind == "roman1":  # beside Việt Nam's, a country the article names (see _one_letter_backed)
            return iso in topic.countries or (with_home and topic.counts[iso] > 0)
        if kind == "hanviet2":  # a short name read in Hán-Việt ('Ấn Ni'): no Vietnamese word, beside Việt Nam enough
            return with_home or topic.counts[iso] > 0
        return topic.counts[iso] > 0  # hanviet


# a word of two countries' dealings right before a pair ('xung đột biên giới Tai-Jian', 'quan hệ Mian-Tai'), or of a
# link built between them ('tuyến đường sắt Zhong-Lao' 中老铁路, 'đường ống Zhong-E' 中俄管道; adversary74)
_RELATION_CUE = re.compile(
    r"(?:quan hệ|hợp tác|biên giới|xung đột|tranh chấp|đàm phán|hội đàm|thương mại|hữu nghị|đối thoại|căng thẳng|"
    r"ngừng bắn|đường biên|thượng đỉnh|liên doanh|giao thương|đường sắt|đường ống|hành lang kinh tế|hành lang|"
    # the trade figures of a pair ('kim ngạch Việt-Mạnh' 越孟贸易额; adversary114)
    r"kim ngạch|kim ngạch thương mại|xuất nhập khẩu|"
    # a pair named as two countries ('Hai nước Úc-Tân' 澳新两国; leftovers61)
    r"hai nước|hai quốc gia)\s+$",
    re.IGNORECASE,  # at a sentence's start too ('Quan hệ Việt-Mạnh …')
)
_TWO_COUNTRIES = re.compile(r"(?:hai nước|hai quốc gia)\s+$", re.IGNORECASE)


# a word of dictionaries and translation right before a pair: the pair is of two languages ('Từ điển Phạn - Việt',
# 梵 Sanskrit as in 'tiếng Phạn'), not of two countries
_LANGUAGE_PAIR = re.compile(
    r"(?<!\w)(?:[Tt]ừ điển|[Ss]ong ngữ|[Bb]ản dịch|[Dd]ịch|[Tt]huật ngữ|[Đđ]ối chiếu|[Tt]ự điển|[Nn]gữ vựng)\s+$"
)


_OWN_PAIR_MENTIONS = 3  # mentions of the partner that make it the article's own pair with Việt Nam


def _own_pair_cooperation(text: str, start: int, pivot: str, other: str, topic: Topic) -> bool:
    """'hợp tác năng lượng Trung-Nhật' in a story of Việt Nam and Japan (adversary126): cooperation in a field right
    before the pair, where the article's own pair is Việt Nam and ``other`` beyond doubt: the topic is confident, with
    Việt Nam as home, ``other`` one of its first two countries (checked by the caller) and named three times or more,
    Việt Nam too, and the pivot (China) named nowhere in the article. A story that names China anywhere may speak of
    China and Japan."""
    if not _COOPERATION_CUE.search(text, max(0, start - 40), start):
        return False
    return (
        topic.confident
        and topic.counts[pivot] == 0
        and topic.counts[other] >= _OWN_PAIR_MENTIONS
        and topic.counts[HOME] >= 1
    )


def _one_letter_backed(isos: tuple[str, str], topic: Topic) -> bool:
    """A pair with a one-letter pinyin ('Yue-E' 越俄) is read where both countries are the article's pair, or where one
    is Việt Nam and the article names the other (a story of Việt Nam with Russia and Japan: 'Nga, Nhật Bản và IAEA'
    in its headline leaves Russia out of the first two; adversary110)."""
    if not set(isos) - set(topic.countries):
        return True
    return HOME in isos and all(iso == HOME or topic.counts[iso] > 0 for iso in isos)


def _cued_pinyin_pair(text: str, m: re.Match[str], kinds: tuple[str, str], isos: tuple[str, str]) -> bool:
    """Two countries' pinyin abbreviations of two letters or more ('Tai-Jian' 泰柬) right after a word of their
    dealings: a pair even where the article names neither country in full (a third party's conflict in a bloc's
    news). Never a Chinese name's hyphenated given name ('Ma Ying-jeou'): that follows a surname, not such a word."""
    return (
        kinds == ("roman", "roman")
        and isos[0] != isos[1]
        and bool(_RELATION_CUE.search(text, max(0, m.start() - 30), m.start()))
    )


def _cued_hanviet_pair(
    text: str, m: re.Match[str], kinds: tuple[str, str], isos: tuple[str, str], topic: Topic, index: int
) -> bool:
    """A country's name, 'Việt' or one the article names, and a country's Hán-Việt abbreviation that Vietnamese does
    not use for it ('kim ngạch Việt-Mạnh' 越孟, Bangladesh; 'hành lang Nga-Bạch' 俄白, Belarus, in a story on Russia)
    right after a word of two countries' dealings: a pair even where the article names the country only in its chrome
    or not at all, when the syllable reads as no other country's abbreviation ('Tân' is 新 Singapore's and New
    Zealand's). Without the cue the dash joins two given names as often ('cặp Việt-Mạnh', a doubles pair;
    leftovers56; 'Nga' and 'Bạch' are given names too)."""
    if sorted(kinds) != ["hanviet", "name"] or isos[0] == isos[1]:
        return False
    named = isos[kinds.index("name")]
    if named != HOME and not any(
        c.iso == named and not c.weak and (i != index or not m.start() <= c.start < m.end())
        for i, mentions in topic.mentions.items()
        for c in mentions
    ):
        return False  # the article names the country only in this pair (or as a sentence's first word: 'Nga cho biết')
    surface = m["a"] if kinds[0] == "hanviet" else m["b"]
    readings = _abbr_parts()[0][surface]
    if len(readings) == 1:
        return bool(_RELATION_CUE.search(text, max(0, m.start() - 30), m.start()))
    # a syllable several countries' abbreviations share counts when it is a calque for each of them ('Tân': 新 of New
    # Zealand, Singapore and Zimbabwe, none of which Vietnamese calls so) and the pair is named as two countries ('Hai
    # nước Úc-Tân'): after a word of dealings alone it may be two people ('quan hệ Anh-Tân'; leftovers61). The fix
    # then names the first listed, the others as candidates
    return all(kind == "hanviet" for _, kind in readings) and bool(
        _TWO_COUNTRIES.search(text, max(0, m.start() - 30), m.start())
    )


_DIGIT_AFTER = re.compile(r"\s*[\d/]")


def _framed_pair(text: str, m: re.Match[str], kinds: tuple[str, str], isos: tuple[str, str], topic: Topic) -> bool:
    """A pair with a literal word too common to read anywhere (references/countries.pair_literals_framed.tsv: 日
    'ngày', day) is a calque when the other part is a country's name ('Việt', 'Trung'), the pair comes right after a
    word of two countries' dealings ('Ủy ban hợp tác Việt-Ngày', 越日; adversary126) and the article names the
    country the word stands for. 'ngày' is elsewhere the day of a date after a dash ('Hà Nội - Ngày 5/12'), or of a
    span ('ngày - đêm')."""
    framed = kinds.index("framed")
    other = (m["a"], m["b"])[1 - framed]
    return (
        kinds[1 - framed] == "name"
        and " " not in other  # a one-syllable form as the calque writes it ('Việt', not 'Việt Nam - Ngày 5/12')
        and not _DIGIT_AFTER.match(text, m.end())
        and isos[0] != isos[1]
        and topic.counts[isos[framed]] > 0
        and bool(_RELATION_CUE.search(text, max(0, m.start() - 30), m.start()))
    )


def _truncated_pair(kinds: tuple[str, str], isos: tuple[str, str], topic: Topic) -> bool:
    """A pair with a cut name ('Việt-Chi') is a calque when the other part is a name or an abbreviation read
    as one (not a literal word, not another cut name) and the article names the cut country in full."""
    cut = kinds.index("trunc")
    other = kinds[1 - cut]
    return other in ("name", "hanviet", "roman") and isos[0] != isos[1] and topic.counts[isos[cut]] > 0


_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_WORD_AFTER = re.compile(r"\s*(\w+)")


def _pair_alone(text: str, m: re.Match[str]) -> bool:
    """No capitalised word right before or after the pair: 'Kim Chi - Trung tâm' is a person and an office."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    after = _WORD_AFTER.match(text, m.end())
    return not any(w is not None and w.group(1)[:1].isupper() for w in (before, after))


def _inside_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised word right before the pair (not opening the sentence) and right after it: the pair joins two
    longer names ('cửa khẩu Cha Lo - Na Phàu', the two sides of a border gate), no two countries."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    after = _WORD_AFTER.match(text, m.end())
    if before is None or after is None or not (before.group(1)[:1].isupper() and after.group(1)[:1].isupper()):
        return False
    if "\n" in text[before.end(1) : m.start()] or "\n" in text[m.end() : after.start(1)]:
        return False  # a word of another line (a headline above, a subtitle's next line) is no part of the name
    return text[: before.start(1)].rstrip(" \t")[-1:] not in ("", ".", "!", "?", ":", "\n")


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{4,}(?![\w-])")


def _countries_in_pinyin(ctx: DocContext) -> frozenset[str]:
    """ISO codes of the countries the article's text names in the pinyin of their Chinese names ('Hanguo',
    'Riben'), as C106 reads them."""
    places, gz = pinyin_places(), gazetteer()
    words = set(_CAPITALISED_WORD.findall(ctx.memo("content-text", content_text)))
    names = {p.name for w in words if (p := places.get(w.lower())) is not None and p.country}
    return frozenset(iso for iso in gz.countries if gz.name_of(iso) in names)


def _pick_in_chain(surface: str, options: tuple[tuple[str, str], ...], topic: Topic) -> tuple[str, str]:
    """A chain part's reading: one the article backs (:func:`_pick`), else one whose abbreviation the part
    spells in pinyin or Hán-Việt ('Ji' is 吉 Kyrgyzstan's pinyin, 意 Italy's Cantonese), else the first."""
    for test in (lambda iso: iso in topic.countries, lambda iso: topic.counts[iso] > 0):
        for opt in options:
            if test(opt[0]):
                return opt
    gz = gazetteer()
    low = surface.lower()
    return next(
        (o for o in options if low in (gz.countries[o[0]].pinyin.lower(), gz.countries[o[0]].hanviet.lower())),
        options[0],
    )


def _plausible_chain(isos: list[str], kinds: list[str], topic: Topic) -> bool:
    """A chain of three abbreviations reads as countries: not three Vietnamese names; one part at least a
    country's Vietnamese name, one the article mentions, or China's or Vietnam's ('Ba-Ma-La' is none); a
    literal word ('trắng') only for a country of the article, a one-letter pinyin part ('A', 'E') only
    among pinyin; with one part alone not a Vietnamese name, that part as C102 takes it in a pair."""
    if all(k == "name" for k in kinds):
        return False
    if not any(
        k == "name" or topic.counts[iso] > 0 or iso in (HOME, *PIVOT_COUNTRIES)
        for iso, k in zip(isos, kinds, strict=True)
    ):
        return False
    if any(k == "literal" and iso not in topic.countries for iso, k in zip(isos, kinds, strict=True)):
        return False
    if "roman1" in kinds and not all(k in ("roman", "roman1") for k in kinds):
        return False
    odd = [(iso, k) for iso, k in zip(isos, kinds, strict=True) if k != "name"]
    if len(odd) == 1:
        return CalquedCountryPair._plausible(*odd[0], topic, HOME in isos)
    return True
