"""N109: a Korean person's name rendered through Chinese, in pinyin ('Li Xianghe' 李相赫) or Hán-Việt ('Lý Tương
Hách'), where Vietnamese writes its Korean romanisation (Lee Sang-hyeok).

With a Chinese source, the name's characters give the Korean reading and so the fix (audit.lang.korean). Without
one, a pinyin name whose surname only Koreans bear ('Piao' 朴), or one in a document about Korea that N101 would
otherwise read as a Vietnamese name, is flagged without a fix: the characters behind pinyin are not known.
The per-document analysis is memoised and shared with N101, which leaves these names alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit.lang.hanviet import load, syllable_key
from audit.lang.korean import (
    SOURCE_CONTEXT,
    TARGET_CONTEXT,
    KoreanName,
    korean_name,
    names_korea,
    north_only,
    readings,
    romanise_syllable,
    rr_syllables,
    split_name,
    surname_chars,
    surnames,
)
from audit.lang.korean_hanviet import ROLE_TRIGGER, known_koreans, known_pattern, marked_koreans, role_koreans
from audit.lang.mentions import hanviet_western_names
from audit.lang.names import capitalised_runs
from audit.lang.people import people
from audit.lang.pinyin import segmentations
from audit.lang.resources import read_lines, read_tsv
from audit.lang.source_pinyin import source_pinyin_names
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import content_lines, segments_containing, segments_matching
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.registry import register

_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# The nationality a source gives the name right before it ('中国外长王毅', '越南驻韩国大使吴…', '韩国歌手朴…'):
# the last of these within a few characters decides
_SOURCE_NATION = re.compile(
    r"(中国|中方|我国|华裔|华人|台湾|香港|澳门|越南|越方|日本|新加坡)|(韩国|韓國|韩方|南韩)|(朝鲜|朝鮮|北韩)"
)
_SOURCE_WINDOW = 12
# The same in the target; 'tại/ở/sang … Hàn Quốc X' is a place ('Đại sứ Việt Nam tại Hàn Quốc X'), not a nationality
_PLACE_BEFORE = r"(?<!tại )(?<!ở )(?<!sang )(?<!đến )(?<!tới )(?<!thăm )(?<!với )(?<!và )"
_TARGET_NATION = re.compile(
    rf"{_PLACE_BEFORE}(Trung Quốc|Đài Loan|Hồng Kông|Việt Nam|người Việt|gốc Việt|người Hoa|gốc Hoa|Nhật Bản|Singapore)"
    rf"|{_PLACE_BEFORE}(Hàn Quốc|Triều Tiên|người Hàn|gốc Hàn)"
)
_TARGET_WINDOW = 40
_ADJACENT = 12  # characters: a nationality right before a name ('Trung Quốc Piao Cheng')
# Given-name characters of Vietnamese names (氏 Thị, 文 Văn as its first): no Korean name has them there
_VIETNAMESE_GIVEN = frozenset("氏")
_VIETNAMESE_MIDDLE = frozenset("文")
# 'Piao' (朴) and a given name of one or two syllables, spaced or run together ('Piao Zhenying', 'Piao Zhen Ying')
_PIAO = re.compile(r"(?<![\w'’-])Piao((?: [A-Z][a-z]+){1,2})(?![\w'’-])")
# 'Phác' (朴, the Hán-Việt of a surname only Koreans bear) and two capitalised syllables ('Phác Tán Úc' 朴赞郁); no
# Vietnamese bears it ('Văn', 'Thị' after it make a Vietnamese name), and 'phác thảo', 'phác họa' (to sketch) are
# the word's other uses
_PHAC = re.compile(r"(?<![\w'’-])Phác((?: [^\W\d_]+){2})(?![\w'’-])")
_PHAC_WORDS = frozenset(("thảo", "họa", "hoạ", "thực", "chất", "văn", "thị"))  # and Vietnamese middle names
_HONORIFIC_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:]))(?:ông|bà|anh|chị|ngài)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class KoreanMention:
    start: int
    end: int
    name: KoreanName | None  # from the source's characters; None when only the target is known
    via: str  # 'pinyin' | 'Hán-Việt' | 'romanised' (written right: N101 leaves it, N109 does not report it)
    surname: str  # the surname as the press writes it ('Park')
    north: bool = False  # a North Korean's name: South Korean spellings do not fit
    known: str | None = None  # a well-known Korean's name as the press writes it (korean_people.tsv)


def doc_korean(ctx: DocContext) -> dict[int, list[KoreanMention]]:
    """The document's Korean names through Chinese by segment index (memoised; N101 leaves their spans alone)."""
    return ctx.memo("korean.names", lambda d: _compute(ctx, d))


def _compute(ctx: DocContext, doc: Document) -> dict[int, list[KoreanMention]]:
    out: dict[int, list[KoreanMention]] = {}
    doc_context: bool | None = None
    for seg in doc.segments:
        if not (seg.source and not seg.boilerplate and _HAN.search(seg.source)):
            continue
        if surname_chars().isdisjoint(seg.source) or not capitalised_runs(seg.text):
            continue
        if doc_context is None:
            doc_context = _korea_document(ctx)
        found = _from_source(seg, doc_context, _china_document(ctx))
        if found:
            out[seg.index] = found
    for seg, mentions in _target_only(ctx):
        out.setdefault(seg.index, []).extend(mentions)
    return out


def _korea_document(ctx: DocContext) -> bool:
    """The document speaks of Korea: in its article text or in its records' sources."""

    def compute(d: Document) -> bool:
        if names_korea(content_lines(ctx).text):
            return True
        return any(s.source and SOURCE_CONTEXT.search(s.source) for s in d.segments)

    return ctx.memo("korean.context", compute)


_VIETNAM = re.compile(r"Việt Nam|người Việt")


def _china_document(ctx: DocContext) -> bool:
    """The document names China: in its article text or in its records' sources."""

    def compute(d: Document) -> bool:
        if _CHINA_TARGET.search(content_lines(ctx).text):
            return True
        return any(s.source and _CHINA_SOURCE.search(s.source) for s in d.segments)

    return ctx.memo("korean.china", compute)


def _korea_topic(ctx: DocContext) -> bool:
    """The article is about Korea: it names Korea at least as often as Vietnam ('xạ thủ Việt Nam … sau Huang
    Chunrong' in a report that also names two Korean shooters is about a Vietnamese team)."""
    text = content_lines(ctx).text
    if not names_korea(text):
        return False
    return len(TARGET_CONTEXT.findall(text)) >= len(_VIETNAM.findall(text))


def _from_source(seg: Segment, doc_context: bool, doc_china: bool) -> list[KoreanMention]:
    """Korean names of the source that the target writes in the pinyin or Hán-Việt of their characters. Where China
    is named too (in the record or the document), only a name marked Korean right before it, or with a surname only
    Koreans bear: Chinese people with the same surnames take part in such stories ('中方代表…')."""
    source, text = seg.source or "", seg.text
    record = bool(SOURCE_CONTEXT.search(source) or TARGET_CONTEXT.search(text))
    if not (record or doc_context or _distinctive().intersection(source)):
        return []  # no Korea anywhere and no surname only Koreans bear: no name is taken for a Korean's
    china = doc_china or bool(_CHINA_SOURCE.search(source) or _CHINA_TARGET.search(text))
    out: list[KoreanMention] = []
    north = north_only(source, text)
    for n in source_pinyin_names(source, text):
        at = source.find(n.chars)
        name = _korean_at(source, at, n.chars, record or doc_context)
        if name is None or _other_nation(text, n.start) or (china and not _marked(source, at, text, n.start, name)):
            continue
        out.append(KoreanMention(n.start, n.end, name, "pinyin", name.surname.roman, _north_at(source, at, north)))
    # Hán-Việt only when the record itself speaks of Korea, or for a surname only Koreans bear ('Phác' 朴): such a
    # name also reads as a Vietnamese one; not for a North Korean: Vietnamese writes North Korea's leaders in
    # Hán-Việt (Kim Nhật Thành 金日成)
    taken = [(m.start, m.end) for m in out]
    hanviet = _hanviet_names(source, text) if record or not _distinctive().isdisjoint(source) else ()
    for start, end, name in hanviet:
        if not (record or name.surname.distinctive):
            continue
        if any(a < end and start < b for a, b in taken) or _other_nation(text, start):
            continue
        at = source.find(name.chars)
        if (china and not _marked(source, at, text, start, name)) or _north_at(source, at, north):
            continue
        out.append(KoreanMention(start, end, name, "Hán-Việt", name.surname.roman))
    return out


# China in a record (beside Korea, a name may be a Chinese person's)
_CHINA_SOURCE = re.compile(r"中国|中方|我国|北京|中共|国务院|外交部发言人")
_CHINA_TARGET = re.compile(r"Trung Quốc|Bắc Kinh")


def _marked(source: str, at: int, text: str, start: int, name: KoreanName) -> bool:
    """The name is marked Korean right before it in the source ('韩国歌手…') or the target ('Hàn Quốc …'), or its
    surname is one only Koreans bear."""
    nation = _last_nation(source, at)
    korean_source = nation is not None and not nation.group(1)
    return korean_source or name.surname.distinctive or _nation_before(text, start) == "korean"


def _north_at(source: str, at: int, record_north: bool) -> bool:
    """The name at ``at`` is a North Korean's: North Korea is the last country named right before it, or, with none,
    the record speaks of North Korea only."""
    nation = _last_nation(source, at)
    if nation is None or nation.group(1):
        return record_north
    return bool(nation.group(3))


def _last_nation(source: str, at: int) -> re.Match[str] | None:
    """The last country named within a few characters before ``at`` in the source."""
    nation = None
    for m in _SOURCE_NATION.finditer(source, max(0, at - _SOURCE_WINDOW), at):
        if source[m.start() - 1 : m.start()] != "驻":  # '韩国驻越南大使': the posting, not the person's country
            nation = m
    return nation


def _korean_at(source: str, at: int, chars: str, context: bool) -> KoreanName | None:
    """The Korean reading of the source's name ``chars`` at ``at``, if it is taken for a Korean person's: a Korean
    surname and a two-character given name (one character only after a surname only Koreans bear), Korea in the
    record or document or that surname, no other nationality right before it, not a person of people.tsv (N108
    knows their spelling) and no Vietnamese given-name character."""
    parts = split_name(chars)
    if at < 0 or parts is None:
        return None
    surname, given = parts
    if not (context or surname.distinctive) or (len(given) < 2 and not surname.distinctive):
        return None
    if _VIETNAMESE_GIVEN.intersection(given) or given[0] in _VIETNAMESE_MIDDLE or chars in _known_zh():
        return None
    nation = _last_nation(source, at)
    if nation is not None and nation.group(1):
        return None
    return korean_name(chars)


@functools.cache
def _distinctive() -> frozenset[str]:
    """The surnames only Koreans bear, as characters ('朴')."""
    return frozenset(c for c, s in surnames().items() if s.distinctive and len(c) == 1)


@functools.cache
def _known_zh() -> frozenset[str]:
    """The Chinese names of people.tsv, without their '·'."""
    return frozenset(t.name_zh.replace("·", "") for ts in people().values() for t in ts if t.name_zh)


def _other_nation(text: str, start: int) -> bool:
    """The target gives the name another nationality right before it ('Trung Quốc X', 'người Việt X')."""
    return _nation_before(text, start) == "other"


def _nation_before(text: str, start: int, window: int = _TARGET_WINDOW) -> str | None:
    """The nationality the target gives a name before it (the last named within ``window`` characters): 'korean',
    'other' or None."""
    nation = None
    for m in _TARGET_NATION.finditer(text, max(0, start - window), start):
        nation = m
    if nation is None:
        return None
    return "other" if nation.group(1) else "korean"


def _hanviet_names(source: str, text: str) -> Iterator[tuple[int, int, KoreanName]]:
    """Runs of capitalised target words that read, syllable for syllable, the Hán-Việt of a three-character Korean
    name of the source ('Lý Tương Hách' for 李相赫), the longest from where each starts."""
    names = list(_source_names(source))
    if not names:
        return
    for run in capitalised_runs(text):
        keys = [syllable_key(w) for _, _, w in run]
        i = 0
        while i < len(run):
            hit = next((nm for nm in names if _reads(keys[i : i + len(nm[0])], nm[1])), None)
            if hit is None:
                i += 1
                continue
            n = len(hit[0])
            yield run[i][0], run[i + n - 1][1], hit[2]
            i += n


def _source_names(source: str) -> Iterator[tuple[str, list[frozenset[str]], KoreanName]]:
    """The source's three-character Korean names (or two, with a surname only Koreans bear), with each character's
    Hán-Việt syllable keys, longest first."""
    hv = load()
    table = surnames()
    seen: set[str] = set()
    found = []
    for m in _HAN_RUN.finditer(source):
        run = m.group()
        for i, ch in enumerate(run):
            if ch not in table and run[i : i + 2] not in table:
                continue
            for n in (4, 3, 2):
                chars = run[i : i + n]
                if len(chars) < n or chars in seen:
                    continue
                name = _korean_at(source, m.start() + i, chars, True)
                if name is None or (n == 2 and not name.surname.distinctive):
                    continue
                keys = [frozenset(syllable_key(r) for r in hv.readings.get(c, ())) for c in chars]
                if all(keys):
                    seen.add(chars)
                    found.append((chars, keys, name))
    found.sort(key=lambda f: -len(f[0]))
    return iter(found)


def _reads(keys: list[str], readings: list[frozenset[str]]) -> bool:
    return len(keys) == len(readings) and all(k in r for k, r in zip(keys, readings, strict=True))


# 'Pu' (朴 read pǔ, its everyday reading, where the surname is Piáo) and a given name of pinyin's shape: 'Pu Minjun'
# (朴敏俊, Park Min-jun; misses33). Chinese surnames read 'Pu' too (蒲, 濮): only where 'Hàn Quốc' is the last
# nationality named before it in its sentence, in an article about Korea; then every mention written the same way
_PU = re.compile(r"(?<![\w'’-])Pu((?: [A-Z][a-z]+){1,2})(?![\w'’-])")


def _pu_names(ctx: DocContext) -> Iterator[tuple[Segment, int, int]]:
    """The 'Pu' names of :data:`_PU` read as Koreans' (Park), and the other mentions of one of them."""
    from audit.lang.syllable import is_valid_syllable

    found: list[tuple[Segment, re.Match[str]]] = []
    for seg in segments_containing(ctx, ("Pu ",)):
        if seg.source and _HAN.search(seg.source):
            continue  # the source decides (_from_source)
        for m in _PU.finditer(seg.text):
            given = m.group(1).split()
            if _syllables(given) != 2 or any(is_valid_syllable(g) for g in given):
                continue  # a Vietnamese word or a name of another shape
            found.append((seg, m))
    korean = {
        m.group()
        for seg, m in found
        if _nation_before(seg.text, m.start(), m.start()) == "korean" and _korea_topic(ctx)
    }
    for seg, m in found:
        if m.group() in korean and _nation_before(seg.text, m.start(), _ADJACENT) != "other":
            yield seg, m.start(), m.end()


def _target_only(ctx: DocContext) -> Iterator[tuple[Segment, list[KoreanMention]]]:
    """Segments without a Chinese source: 'Piao' names anywhere; in an article about Korea (:func:`_korea_topic`),
    the pinyin names N101 would read as Vietnamese names by guess (not a known person, not a name of the document)
    whose surname is Korean, with no honorific before them and no other nationality before them in the sentence."""
    lines = content_lines(ctx)
    by_seg: dict[int, list[KoreanMention]] = {}
    if "Piao " in lines.text:  # one scan of the article text
        for seg in segments_containing(ctx, ("Piao ",)):
            if seg.source and _HAN.search(seg.source):
                continue  # the source decides (_from_source)
            for m in _PIAO.finditer(seg.text):
                given = m.group(1).split()
                if _nation_before(seg.text, m.start(), _ADJACENT) == "other":
                    continue  # 'tiền đạo Trung Quốc Piao Cheng': a Chinese national (N101's), not a Korean
                if given[0] != "Piao" and 1 <= _syllables(given) <= 2:  # not a song's 'Piao Piao' (飘飘)
                    by_seg.setdefault(seg.index, []).append(KoreanMention(m.start(), m.end(), None, "pinyin", "Park"))
    if "Pu " in lines.text:
        for seg, start, end in _pu_names(ctx):
            by_seg.setdefault(seg.index, []).append(KoreanMention(start, end, None, "pinyin", "Park"))
    if "Phác " in lines.text:
        for seg in segments_containing(ctx, ("Phác ",)):
            if not (seg.source and _HAN.search(seg.source)):  # with a source, the source decides
                for start, end in _phac_names(seg.text):
                    by_seg.setdefault(seg.index, []).append(KoreanMention(start, end, None, "Hán-Việt", "Park"))
    for seg, mention in itertools.chain(
        _korea_pinyin(ctx),
        _korea_hanviet(ctx),
        _pinyin_of_romanised(ctx),
        _known_korean_pinyin(ctx),
        _korea_marked_unread(ctx),
    ):
        found = by_seg.setdefault(seg.index, [])
        overlapping = [f for f in found if f.start < mention.end and mention.start < f.end]
        if mention.known is not None:  # a known person's spelling beats a name found by its shape ('Phác …')
            found[:] = [f for f in found if f not in overlapping]
        elif overlapping:
            continue
        found.append(mention)
    if not by_seg:
        return
    segs = {s.index: s for s in lines.segments}
    for index in sorted(by_seg):
        yield segs[index], by_seg[index]


def _phac_names(text: str) -> Iterator[tuple[int, int]]:
    """'Phác' and a given name of two Hán-Việt syllables, each capitalised, not marked another nation's."""
    keys = load().by_key
    for m in _PHAC.finditer(text):
        given = m.group(1).split()
        if not all(w[0].isupper() and syllable_key(w) in keys for w in given) or given[0].lower() in _PHAC_WORDS:
            continue
        if _nation_before(text, m.start(), _ADJACENT) != "other":
            yield m.start(), m.end()


def _korea_hanviet(ctx: DocContext) -> Iterator[tuple[Segment, KoreanMention]]:
    """In a document that names Korea, segments without a Chinese source: a well-known Korean's name in the
    Hán-Việt of its characters ('Tôn Hưng Mẫn'), or a Hán-Việt name shaped as a Korean one right after 'Hàn Quốc'
    (audit.lang.korean_hanviet); not one given another nationality before it, nor a person of people.tsv (N102's)."""
    lines = content_lines(ctx)
    if not names_korea(lines.text):  # literal tests first: the scans below open on a lookbehind, tried everywhere
        return
    from audit.rules.names.analyses import seg_runs  # N101 imports this module: import at use

    # the segments holding the end of a known name (most documents hold none): one scan of the article, which tells
    # also whether there is any (a search of the article first would scan it twice up to its match)
    segments = list(segments_matching(ctx, known_pattern()))
    known = bool(segments)
    marked = "Hàn Quốc " in lines.text
    # a role's name is three capitalised words ending a run (role_koreans): only a segment with a run of three words
    # or more (N101's runs) is searched for a role, not the whole article with a trie opening on common letters
    runs = seg_runs(ctx)
    role_segments = [
        s
        for s in lines.segments
        if s.index in runs and any(len(words) >= 3 for _, words in runs[s.index]) and ROLE_TRIGGER.search(s.text)
    ]
    if not (known or marked or role_segments):
        return
    found_in = {s.index: s for s in [*segments, *(segments_containing(ctx, ("Hàn Quốc ",)) if marked else ())]}
    found_in.update((s.index, s) for s in role_segments)
    for index in sorted(found_in):
        seg = found_in[index]
        if seg.source and _HAN.search(seg.source):
            continue
        found = [*known_koreans(seg.text)] if known else []
        found.extend(marked_koreans(seg.text))
        # a role's name is shaped as Korean only: a sentence that gives another nation before it, however far, is
        # about that nation's player ('Đội khách Trung Quốc mở tỷ số … của tiền đạo Cao Chuẩn Dực', clean35)
        found.extend(
            h
            for h in role_koreans(seg.text)
            if not any(h.start < f.end and f.start < h.end for f in found)
            and _nation_before(seg.text, h.start, h.start) != "other"
        )
        if not found:
            continue
        western = [(h.start, h.end) for h in hanviet_western_names(seg.text)]
        taken: list[tuple[int, int]] = []
        for h in found:
            span = (h.start, h.end)
            if any(a < h.end and h.start < b for a, b in [*western, *taken]) or _other_nation(seg.text, h.start):
                continue
            taken.append(span)
            yield seg, KoreanMention(h.start, h.end, None, "Hán-Việt", h.surname, known=h.name)


def _korea_pinyin(ctx: DocContext) -> Iterator[tuple[Segment, KoreanMention]]:
    """The pinyin names read as Koreans' (:func:`_korea_pinyin_marked`), and every other mention of one of them in
    the document written the same way ('Đại sứ Hàn Quốc Jin Chengzhu …' then 'Đại sứ Jin Chengzhu biểu thị'),
    unless another nationality comes before it in its sentence."""
    from audit.rules.names.analyses import doc_pinyin

    found = list(_korea_pinyin_marked(ctx))
    if not found:
        return
    yield from found
    korean = {m.via: set() for _, m in found}
    for seg, m in found:
        korean[m.via].add(seg.text[m.start : m.end])
    taken = {(seg.index, m.start) for seg, m in found}
    segs = ctx.doc.segments
    for r in doc_pinyin(ctx):
        seg = segs[r.seg]
        written = seg.text[r.start : r.end]
        if (r.seg, r.start) in taken or (seg.source and _HAN.search(seg.source)):
            continue
        via = next((v for v, names in korean.items() if written in names), None)
        if via is None or _nation_before(seg.text, r.start, r.start) == "other":
            continue
        surname = _surname_pinyin().get(r.tokens[0].lower())
        if surname is not None:
            yield seg, KoreanMention(r.start, r.end, None, via, surname)


def _korea_pinyin_marked(ctx: DocContext) -> Iterator[tuple[Segment, KoreanMention]]:
    from audit.rules.names.analyses import doc_pinyin  # N101 imports this module's doc_korean: import at use

    segs = ctx.doc.segments
    pinyin_surnames = _surname_pinyin()
    korea: bool | None = None  # whether the document speaks of Korea: asked only when a pinyin name may be Korean
    for r in doc_pinyin(ctx):
        seg = segs[r.seg]
        if seg.source and _HAN.search(seg.source):
            continue  # the source decides (_from_source)
        if r.candidates and r.candidates[0].source in ("gazetteer", "document"):
            continue  # a known person or a name of the document is N101's
        surname = pinyin_surnames.get(r.tokens[0].lower())
        given = r.tokens[1:]
        # pinyin writes a given name as one word ('Li Zaicheng'); a syllable a word that Korean romanisation also
        # spells ('Han Ji Min') is the Korean name written right: N101 leaves it, N109 does not report it
        romanised = len(given) == 2 and all(g.lower() in rr_syllables() for g in given)
        if surname is None:
            continue
        body_after = _korean_body_after(seg.text, r.end) or _korean_place_after(seg.text, r.end)
        company = _korean_company_before(seg.text, r.start)
        marked = company or _marked_korean(seg.text, r.start) or body_after
        shaped = len(given) == 1 and _syllables(list(given)) == 2
        if not (romanised or (shaped and (r.candidates or marked))):
            continue
        if korea is None:
            korea = _korea_topic(ctx)
        if not (korea or marked):
            continue
        before = seg.text[max(0, r.start - _TARGET_WINDOW) : r.start]
        nation = _nation_before(seg.text, r.start, r.start)  # anywhere before it in the sentence
        if nation == "other":
            continue
        if romanised:
            yield seg, KoreanMention(r.start, r.end, None, "romanised", surname)
        elif not (
            (_HONORIFIC_BEFORE.search(before) and not body_after and not company)  # 'ông Jin Zhongzhu, Giám đốc chi
            # nhánh Ansan …': the Korean body or place after the name settles it (misses34)
            or (r.titled and nation != "korean" and not body_after and not company)
        ):
            # an office title without 'Hàn Quốc' before the name is most often a Vietnamese one
            yield seg, KoreanMention(r.start, r.end, None, "pinyin", surname)


# what may stand between 'Hàn Quốc' and the name it marks: no comma, stop or bracket, but an acronym in brackets
# after the body's name ('Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) X')
_TITLE_PHRASE = re.compile(r"(?:[^,;:.!?()\"“”]|\([A-Z][A-Z&-]{1,9}\))*")


def _marked_korean(text: str, start: int) -> bool:
    """'Hàn Quốc' (not a place: 'tại Hàn Quốc') is the last nationality before the name at ``start``, within a
    title phrase without a comma or a stop between them ('Đại sứ Hàn Quốc tại Việt Nam X', 'tập đoàn Hàn Quốc X'):
    the name is a Korean's in an article that is not about Korea."""
    nation = None
    for m in _TARGET_NATION.finditer(text, max(0, start - _TARGET_WINDOW), start):
        nation = m
    return (
        nation is not None
        and nation.group(2) is not None
        and _TITLE_PHRASE.fullmatch(text, nation.end(), start) is not None
    )


# The body a person belongs to, marked Korean in brackets, right after the name ('Giáo sư Jin Minzhe của Đại học
# Yonsei (Hàn Quốc)', 'ông X, thuộc Viện … (Hàn Quốc)'): the name is a Korean's whatever the title before it
_KOREAN_BODY_AFTER = re.compile(r",?\s+(?:của|thuộc|đến từ|từ)\s+[A-ZĐ][^,;:.!?()\"“”]{1,60}\((?:Hàn Quốc|HQ)\)")


@functools.cache
def _named_korean_body() -> re.Pattern[str]:
    """'của Đại học Yonsei', 'thuộc tập đoàn Samsung': a body of references/korean_bodies.txt after the name."""
    names = "|".join(re.escape(n) for n in sorted(read_lines("korean_bodies.txt"), key=len, reverse=True))
    return re.compile(
        r",?\s+(?:của|thuộc|đến từ|từ)\s+(?:(?:Trường )?Đại học |[Tt]ập đoàn |[Hh]ãng |[Cc]ông ty |[Vv]iện )?"
        rf"(?:{names})(?![\w-])"
    )


def _korean_body_after(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by 'của/thuộc/đến từ' and a body marked '(Hàn Quốc)' or one whose name
    is Korean (references/korean_bodies.txt: 'của Đại học Yonsei') (misses30)."""
    return _KOREAN_BODY_AFTER.match(text, end) is not None or _named_korean_body().match(text, end) is not None


@functools.cache
def _korean_place_apposition() -> re.Pattern[str]:
    """', Giám đốc chi nhánh Ansan …': an apposition right after the name (a comma, then up to eight words of one
    clause) that names a South Korean city or province (references/korean_places.txt)."""
    names = "|".join(sorted(map(re.escape, read_lines("korean_places.txt")), key=len, reverse=True))
    return re.compile(rf",\s+(?:[^\s,;:.!?()\"“”]+\s+){{1,8}}?(?:{names})(?![\w-])")


def _korean_place_after(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by an apposition naming a Korean city or province ('ông Jin Zhongzhu,
    Giám đốc chi nhánh Ansan của cơ quan này': a Korean office's head; misses34)."""
    return text.startswith(",", end) and _korean_place_apposition().match(text, end) is not None


# Two capitalised words after 'Hàn Quốc' in a title phrase: a Korean surname's pinyin that is no Chinese personal
# name's first word for N101 ('An' 安, which the Korean press spells An/Ahn) and a given name of pinyin's shape
_TWO_WORDS = re.compile(r"(?<![\w-])(?P<surname>[A-Z][a-z]{1,4}) (?P<given>[A-Z][a-z]{3,9})(?![\w-])")
_GIVEN_PINYIN = 0.95


def _korea_marked_unread(ctx: DocContext) -> Iterator[tuple[Segment, KoreanMention]]:
    """'tay vợt Hàn Quốc An Xiying' (安洗莹, An Se-young): a name N101 does not read as pinyin (its surname's pinyin
    is the Korean press's spelling too), right after 'Hàn Quốc' in a title phrase, with a given name of two pinyin
    syllables of Chinese shape (x, q, zh …) that is no Vietnamese syllable: minor, without a fix (misses30)."""
    from audit.lang.mentions.pinyin import chinese_surname_pinyin
    from audit.lang.pinyin import pinyin_score
    from audit.lang.syllable import is_valid_syllable

    if "Hàn Quốc" not in content_lines(ctx).text:
        return
    korean = _surname_pinyin()
    chinese = chinese_surname_pinyin()
    for seg in segments_containing(ctx, ("Hàn Quốc",)):
        if seg.source and _HAN.search(seg.source):
            continue  # the source decides (_from_source)
        for m in _TWO_WORDS.finditer(seg.text):
            surname, given = m["surname"].lower(), m["given"]
            if surname not in korean or surname in chinese or is_valid_syllable(given):
                continue
            parts = segmentations(given.lower())
            if len(parts[0]) != 2 or pinyin_score(given) < _GIVEN_PINYIN:
                continue
            if any(all(p in rr_syllables() for p in seg_parts) for seg_parts in parts):
                continue  # a romanised given name written as one word ('An Sujin'): the press's spelling
            if _marked_korean(seg.text, m.start()):
                yield seg, KoreanMention(m.start(), m.end(), None, "pinyin", korean[surname])


@functools.cache
def _korean_companies() -> re.Pattern[str]:
    """A Korean group's name (references/korean_companies.txt) as a whole word."""
    names = "|".join(sorted(map(re.escape, read_lines("korean_companies.txt")), key=len, reverse=True))
    return re.compile(rf"(?<![\w&-])(?:{names})(?![\w-])")


def _korean_company_before(text: str, start: int) -> bool:
    """A Korean group is named in the title phrase right before the name at ``start`` ('Tổng giám đốc Tập đoàn
    Hyundai E&C tại Việt Nam X', 'đại diện Samsung Display X'), and no other nationality after it (misses29)."""
    found = None
    for m in _korean_companies().finditer(text, max(0, start - _TARGET_WINDOW), start):
        found = m
    if found is None or _TITLE_PHRASE.fullmatch(text, found.end(), start) is None:
        return False
    return _nation_before(text[:start], start, start - found.end()) != "other"


@functools.cache
def _romanised(surname: str) -> re.Pattern[str]:
    """A Korean name of the surname as the press writes it, the hyphenated given name in group 1 ('Kim Sang-sik').
    The word-start test after the surname's first letter, not before it: a pattern opening on a lookbehind is tried at
    every position of the article (the same matches; a test compares them)."""
    head, rest = re.escape(surname[:1]), re.escape(surname[1:])
    return re.compile(rf"{head}(?<![\w-].){rest} ([A-Z][a-z]{{1,6}}-[a-z]{{1,6}})(?![\w-])")


def _pinyin_of_romanised(ctx: DocContext) -> Iterator[tuple[Segment, KoreanMention]]:
    """A pinyin name that reads the characters of a Korean name the article also writes in romanisation ('Jin
    Shangzhi' 金尚植 in a story that names 'HLV Kim Sang-sik'): the surname's pinyin is that Korean surname's and each
    given-name syllable a pinyin of a character read so in Korean; the romanised name is the fix."""
    from audit.rules.names.analyses import doc_pinyin  # N101 imports this module's doc_korean: import at use

    found = [r for r in doc_pinyin(ctx) if len(r.tokens) == 2 and r.tokens[0].lower() in _surname_pinyin()]
    if not found:
        return  # most articles: no pinyin name with a Korean surname's pinyin
    text = content_lines(ctx).text
    wanted = {roman for r in found for roman in _surname_pinyin()[r.tokens[0].lower()].split(" or ")}
    named = {(roman, m[1]) for roman in wanted if roman + " " in text for m in _romanised(roman).finditer(text)}
    if not named:
        return
    segs = ctx.doc.segments
    for r in found:
        seg = segs[r.seg]
        if seg.source and _HAN.search(seg.source):
            continue
        korean = _surname_pinyin()[r.tokens[0].lower()].split(" or ")
        for surname, given in sorted(named):
            if surname in korean and _reads_given(r.tokens[1], given):
                mention = KoreanMention(r.start, r.end, None, "pinyin", surname, known=f"{surname} {given}")
                yield seg, mention
                break


@dataclass(frozen=True, slots=True)
class _KnownKorean:
    name: str  # the press's spelling ('Kim Sang-sik')
    surname: frozenset[str]  # the pinyin of the surname's character ('jin'; 'piao' for 朴)
    given: tuple[frozenset[str], ...]  # per given-name character, its Sino-Korean readings romanised ('sang'), and
    # the press's syllable in its place ('seo' of 'Hang-seo': 绪 has no reading in korean_readings.tsv)
    field: str  # 'football', 'acting' … (korean_people.tsv)


@functools.cache
def _known_koreans() -> tuple[_KnownKorean, ...]:
    """The well-known South Koreans of references/korean_people.tsv, as their pinyin may read them."""
    hv = load()
    table = readings()
    out = []
    for row in read_tsv("korean_people.tsv"):
        chars = row["name_zh"]
        if len(chars) < 2:
            continue
        surname = frozenset({"piao"} if chars[0] == "朴" else hv.pinyin.get(chars[0], ()))
        press = row["name_vi"].split(" ", 1)[-1].lower().split("-")  # 'Hang-seo': the readings the press writes
        press = press if len(press) == len(chars) - 1 else [""] * (len(chars) - 1)
        given = tuple(
            frozenset({romanise_syllable(h) for h in table.get(c, ())} | ({p} if p else set()))
            for c, p in zip(chars[1:], press, strict=True)
        )
        if surname and all(given):
            out.append(_KnownKorean(row["name_vi"], surname, given, row["field"]))
    return tuple(out)


# Words that say an article is of a known Korean's field (korean_people.tsv), where it does not name Korea: a
# Vietnamese team's Korean coach ('HLV …', 'đội tuyển')
_FIELD_WORDS = {
    "football": ("bóng đá", "HLV", "huấn luyện viên", "cầu thủ", "đội tuyển", "tiền đạo", "ghi bàn", "trận đấu"),
    "acting": ("diễn viên", "bộ phim", "phim truyền hình"),
    "film": ("đạo diễn", "bộ phim", "điện ảnh"),
    "music": ("ca sĩ", "nhóm nhạc", "âm nhạc", "người hâm mộ"),
    "politics": ("Tổng thống", "cựu Tổng thống"),
    "diplomacy": ("Liên hợp quốc", "Tổng Thư ký"),
    "business": ("tập đoàn", "Tập đoàn", "Samsung", "Hyundai", "Kia", "LG", "Lotte", "Hanwha", "doanh nghiệp"),
}
# A Chinese nationality before a name: a pinyin name after it is a Chinese person's, whoever else it may read
_CHINESE_BEFORE = re.compile(r"Trung Quốc|Đài Loan|Hồng Kông|người Hoa|gốc Hoa")


def _known_korean_pinyin(ctx: DocContext) -> Iterator[tuple[Segment, KoreanMention]]:
    """A pinyin name that reads a well-known Korean's Chinese name (korean_people.tsv) without a romanised form in
    the document ('Jin Shangzhi' 金尚植 or 'Jin Xiangzhi' 金相植 for coach Kim Sang-sik): the surname is the pinyin of
    the person's surname character and the given name, one word, splits into pinyin syllables each of a character
    read as the person's character is in Korean (尚 and 相 both 상 sang: MT picks another character of the same
    reading). Taken in a document that names Korea or speaks of the person's field ('HLV', 'bóng đá' for a
    football coach), and not after a Chinese nationality ('Trung Quốc …')."""
    from audit.rules.names.analyses import _pinyin_segments  # N101 imports this module: import at use

    people, pattern = _known_korean_pattern()
    # a match is two capitalised words of plain Latin letters, a pinyin hint (PINYIN_HINTS): only the segments
    # holding one are searched (N101 lists them anyway), not the whole article with a pattern opening on a class
    segments = [seg for seg in _pinyin_segments(ctx) if pattern.search(seg.text)]
    if not segments:
        return  # most articles: no pinyin name with a known Korean's surname
    text = content_lines(ctx).text
    korea: bool | None = None
    for seg in segments:
        if seg.source and _HAN.search(seg.source):
            continue  # the source decides (_from_source)
        for m in pattern.finditer(seg.text):
            if not _word_start(seg.text, m.start()):
                continue  # 'Kalijin …': inside a word
            if _CHINESE_BEFORE.search(seg.text, max(0, m.start() - _TARGET_WINDOW), m.start()):
                continue
            surname, token = m.group(1).lower(), m.group(2).lower()
            for person in people:
                if surname not in person.surname or not _reads_known(token, person.given):
                    continue
                if korea is None:
                    korea = names_korea(text)
                if korea or any(w in text for w in _FIELD_WORDS.get(person.field, ())):
                    known = person.name
                    yield seg, KoreanMention(m.start(), m.end(), None, "pinyin", known.split()[0], known=known)
                    break


@functools.cache
def _known_korean_pattern() -> tuple[tuple[_KnownKorean, ...], re.Pattern[str]]:
    """The known Koreans and a pattern of their surnames' pinyin before a one-word given name ('Jin Shangzhi')."""
    people = _known_koreans()
    surnames = sorted({p.capitalize() for k in people for p in k.surname}, key=lambda p: (-len(p), p))
    # no lookbehind before the surname: the engine then finds each surname's letters as fast as str.find; the
    # caller checks the character before a match (:func:`_word_start`). Each surname is capitalised plain letters,
    # so that a match is a pinyin hint (_known_korean_pinyin; a test checks)
    return people, re.compile(rf"({'|'.join(surnames)}) ([A-Z][a-z]{{3,11}})(?![\w'’-])")


def _word_start(text: str, at: int) -> bool:
    """A word starts at ``at``: no letter, digit, apostrophe or hyphen before it."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")


def _reads_known(token: str, given: tuple[frozenset[str], ...]) -> bool:
    """The pinyin ``token`` splits into one syllable per given-name character, each the pinyin of some character
    with one of that character's Korean readings."""
    index = _pinyin_korean()
    return any(
        len(syls) == len(given)
        and all(not index.get(syl, frozenset()).isdisjoint(g) for syl, g in zip(syls, given, strict=True))
        for syls in segmentations(token)
    )


def _reads_given(token: str, given: str) -> bool:
    """The pinyin ``token`` ('Shangzhi') splits into syllables each of which some character reads that has the
    Korean reading of the romanised given name's syllable in its place ('Sang-sik': 尚/上 sang, 植 sik)."""
    parts = given.lower().split("-")
    index = _pinyin_korean()
    return any(
        len(syls) == len(parts) and all(part in index.get(syl, ()) for syl, part in zip(syls, parts, strict=True))
        for syls in segmentations(token.lower())
    )


@functools.cache
def _pinyin_korean() -> dict[str, frozenset[str]]:
    """A pinyin syllable → the romanised Sino-Korean readings of the characters read so ('zhi' → 'sik', 'ji' …)."""
    hv = load()
    out: dict[str, set[str]] = {}
    for ch, hanguls in readings().items():
        for py in hv.pinyin.get(ch, ()):
            out.setdefault(py, set()).update(romanise_syllable(h) for h in hanguls)
    return {py: frozenset(r) for py, r in out.items()}


@functools.cache
def _surname_pinyin() -> dict[str, str]:
    """Pinyin of a one-character Korean surname → its press spellings ('li' → 'Lee', 'piao' → 'Park', 'xu' → 'Seo or
    Heo'): each surname's main reading (朴 is 'piao' as a surname)."""
    hv = load()
    out: dict[str, list[str]] = {}
    for ch, s in surnames().items():
        if len(ch) == 1:
            p = "piao" if ch == "朴" else next(iter(hv.pinyin.get(ch, ())), "")
            if p and s.roman not in out.setdefault(p, []):
                out[p].append(s.roman)
    return {p: " or ".join(romans) for p, romans in out.items()}


def _syllables(words: list[str]) -> int:
    """How many pinyin syllables the words hold (0 when one is not pinyin)."""
    total = 0
    for w in words:
        splits = segmentations(w)
        if not splits:
            return 0
        total += len(splits[0])
    return total


@register
class KoreanNameViaChinese(SegmentRule):
    code = "N109"
    name = "korean-name-via-chinese"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Korean person's name in the pinyin or Hán-Việt of its Chinese characters ('Li Xianghe' 李相赫)"
    why = (
        "Chinese writes a Korean name with its Chinese characters (李相赫 이상혁); MT through Chinese then emits their "
        "pinyin ('Li Xianghe', 'Piao Zhenying') or Hán-Việt ('Lý Tương Hách'), where the Vietnamese press writes the "
        "Korean romanisation (Lee Sang-hyeok, Park Jin-young), and the reader cannot tell who is meant. With a "
        "Chinese source naming the person (a Korean surname and given name, in a record or document about Korea, "
        "or a surname only Koreans bear), the fix is the characters' Sino-Korean reading: the surname as the press "
        "spells it (Lee, Park, Choi) and the given name in Revised Romanization, hyphenated ('Sang-hyeok'); the "
        "person's own spelling may differ (Jin-young for 진영). Major. A North Korean's name gets no fix (North "
        "Korea romanises in its own system: Ri, not Lee, for 李), and its Hán-Việt is left alone (Vietnamese writes "
        "North Korea's leaders so: Kim Nhật Thành 金日成); a person of references/people.tsv is N108's, "
        "with their known spelling. A name the source or target marks as another country's ('中国…', 'Việt Nam…') "
        "or with a Vietnamese given-name character (氏 Thị, 文 Văn) is left alone, and where China is named too, only "
        "a name marked Korean right before it ('韩国…', 'Hàn Quốc …') is taken. Without a source, a pinyin name "
        "with the surname Piao (朴) (or 'Pu', 朴's everyday reading, where 'Hàn Quốc' is the last nationality "
        "named before it in its sentence in an article about Korea), or, in an article about Korea (named at "
        "least as often as Vietnam), a pinyin "
        "name with a Korean surname and a two-syllable given name that N101 would read as a Vietnamese name by "
        "guess, or the Hán-Việt 'Phác' (朴) before two Hán-Việt syllables ('Phác Tán Úc'), is flagged "
        "minor and without a fix: which characters lie behind the pinyin is not known. A given "
        "name written one syllable a word that Korean romanisation spells too ('Han Ji Min') is the name written "
        "right (pinyin joins a given name: 'Han Zhimin'). In a document that names Korea, without a source, the "
        "Hán-Việt of a well-known Korean's Chinese name (references/korean_people.tsv: 'Tôn Hưng Mẫn' 孙兴慜) is "
        "flagged major with the press's spelling (Son Heung-min), and three Hán-Việt syllables right after 'Hàn "
        "Quốc' that begin with a Korean surname's Hán-Việt (Lý, Kim, Thôi …) minor, without a fix; not after "
        "'tại/ở … Hàn Quốc' (a place), nor with a Vietnamese middle name (Văn, Thị), nor a romanised name "
        "without tone marks ('Kim Ha Na'); so are three such syllables right after a sports or screen role ('HLV', "
        "'tiền đạo', 'diễn viên') in a text that speaks of Korea when a given syllable is none a Vietnamese name "
        "has (vi_names.tsv: 'HLV Lý Mân Thịnh' 李玟晟; not 'HLV Lý Hoàng Nam'), under a surname Vietnamese share the "
        "middle syllable ('tiền vệ Cao Văn Triền' is Vietnamese). A country after 驻 ('stationed "
        "in': 韩国驻越南大使) is a "
        "posting, not the person's nationality; with a source, a Hán-Việt name of the surname 朴 is taken without "
        "Korea in the record too ('Phác Chí Huân' for 朴志勋). A pinyin name whose surname is a Korean surname's "
        "pinyin and whose given-name syllables are pinyin of characters with the Korean readings of a romanised "
        "name the document writes ('Jin Shangzhi' beside 'Kim Sang-sik') is that person: major, with that name; so is "
        "one that reads so a well-known Korean's Chinese name (korean_people.tsv: 'Shen Tailong' 申台龙, Shin "
        "Tae-yong) in a document that names Korea or the person's field ('HLV', 'bóng đá' for a football coach), not "
        "after 'Trung Quốc'. A pinyin name right after 'Hàn Quốc' in a title phrase ('Đại sứ Hàn Quốc tại Việt Nam "
        "…', no comma between) is taken in any article, minor and without a fix, and so is every other mention of it "
        "written the same way ('Đại sứ Jin Chengzhu biểu thị' after 'Đại sứ Hàn Quốc Jin Chengzhu'; not after another "
        "nationality in its sentence), and so is one of the surname 'An' (安, which N101 leaves: the Korean press "
        "spells it so) with a given name of Chinese shape ('tay vợt Hàn Quốc An Xiying'), and a pinyin name followed "
        "by a Korean body ('của Đại học Yonsei', korean_bodies.txt, or one marked '(Hàn Quốc)'). A Hán-Việt name in "
        "brackets after a "
        "romanised one, or before one in brackets ('Park Chung-hee (Phác Chính Hy)'), is the press's gloss."
    )
    fires = (
        "韩国电竞选手金赫奎再次夺冠。 => Tuyển thủ thể thao điện tử Hàn Quốc [[Jin Hekui]] lại vô địch.",
        "韩国演员朴宝英在首尔出席活动。 => Diễn viên Hàn Quốc [[Phác Bảo Anh]] dự sự kiện tại Seoul.",
        "Nữ diễn viên [[Piao Minying]] xuất hiện tại liên hoan phim.",
        "Ca sĩ [[Phác Chí Huân]] mở màn đêm nhạc.",
        "Đội tuyển Hàn Quốc thắng 2-0 tại Seoul.\nTiền vệ [[Li Zaicheng]] ghi bàn thắng quyết định.",
        "韩国驻泰国大使金英洙出席了活动。 => Đại sứ Hàn Quốc tại Thái Lan [[Jin Yingzhu]] đã dự sự kiện.",
        "该公司社长朴志勋表示销量增长了。 => Giám đốc công ty [[Phác Chí Huân]] cho biết doanh số đã tăng.",
        "Phim Hàn Quốc hút khách.\nNữ diễn viên [[Tống Tuệ Kiều]] dự buổi ra mắt.",
        "Nhóm nhạc nữ Hàn Quốc [[Thôi Nhã Linh]] biểu diễn tại Seoul.",
        "Đội tuyển của huấn luyện viên [[Jin Shangzhi]] thắng 2-0.\nHLV Kim Sang-sik hài lòng với các học trò.",
        "Giáo sư [[Jin Minzhe]] của Đại học Yonsei cho biết trường dành 50 suất học bổng.",
        "Đội tuyển Indonesia thắng 2-0.\nHLV [[Shen Tailong]] hài lòng với các học trò.",
        "Thủ tướng Việt Nam tiếp Đại sứ Hàn Quốc tại Việt Nam [[Cui Yongsan]].",
        "Chủ tịch nước tiếp Đại sứ Hàn Quốc [[Jin Chengzhu]].\nĐại sứ [[Jin Chengzhu]] cảm ơn sự đón tiếp.",
        "U23 Hàn Quốc thắng 2-0.\nHLV [[Thôi Tương Hách]] hài lòng; tiền vệ [[Phác Tại Dần]] ghi bàn.",
    )
    quiet = (
        "韩国演员朴宝英在首尔出席活动。 => Diễn viên Hàn Quốc Park Bo-young dự sự kiện tại Seoul.",
        "中国外长王毅访问韩国首尔。 => Ngoại trưởng Trung Quốc Vương Nghị thăm Seoul, Hàn Quốc.",
        "越南驻韩国大使吴庆明出席活动。 => Đại sứ Việt Nam tại Hàn Quốc Ngô Khánh Minh dự sự kiện.",
        "Đại sứ Nguyễn Vũ Tùng tại Seoul gặp lãnh đạo Hàn Quốc.",
        "Tiền đạo Son Heung-min ghi bàn cho đội tuyển Hàn Quốc.",
        "Tổng thống Hàn Quốc Lee Jae-myung thăm Việt Nam.",
        "Phim Hàn Quốc thắng lớn tại Seoul.\nNữ diễn viên Han Ji Min nhận giải.",
        "Kiến trúc sư Phác Thảo Nguyên trình bày bản vẽ; bức tranh Phác Họa Hà Nội; tính cách chất Phác Hiền Lành.",
        "公司经理李志勋表示销量增长了。 => Giám đốc công ty Lý Chí Huân cho biết doanh số đã tăng.",
        "Nữ diễn viên Tống Tuệ Kiều đóng vai chính trong phim truyền hình Việt Nam.",
        "Lao động Việt Nam tại Hàn Quốc Lý Minh Khoa gửi tiền về quê.",
        "Diễn viên Trung Quốc Li Minhao đóng vai chính trong phim cổ trang.",
        "Thủ tướng Việt Nam tiếp Đại sứ Việt Nam tại Hàn Quốc Wu Qingming.",
        "Hàn Quốc và Nhật Bản ký hiệp ước năm 1965.\nTổng thống Park Chung-hee (Phác Chính Hy) dự lễ ký.",
        "U23 Việt Nam gặp Hàn Quốc.\nHLV Lý Hoàng Nam dự khán; thủ môn Trịnh Xuân Hoàng bắt chính.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        found = doc_korean(ctx)
        segments = ctx.doc.segments
        for index in sorted(found):
            yield from self._hits(segments[index], found[index], ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        yield from self._hits(seg, doc_korean(ctx).get(seg.index, []), ctx)

    def _hits(self, seg: Segment, mentions: list[KoreanMention], ctx: DocContext) -> Iterator[Hit]:
        for m in mentions:
            if m.via == "romanised" or (
                m.via == "Hán-Việt"
                and (
                    _glosses_romanised(seg.text, m.start, m.end)
                    or (_glosses_pinyin(seg.text, m) and _china_document(ctx))
                )
            ):
                continue
            span = seg.text[m.start : m.end]
            if m.name is not None and m.north:
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{span}' is the {m.via} of the North Korean name {m.name.chars} ({m.name.hangul}): write it as "
                    "the press writes North Koreans' names (North Korea's own romanisation: Ri, not Lee, for 李)",
                    confidence=0.75,
                )
                continue
            if m.known is not None:
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{span}' is the {m.via} of the Chinese name of {m.known}: Vietnamese writes Korean names "
                    "in Korean romanisation",
                    suggestion=m.known,
                    confidence=0.8,
                )
                continue
            if m.name is not None:
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{span}' is the {m.via} of the Korean name {m.name.chars} ({m.name.hangul}): Vietnamese writes "
                    f"Korean names in Korean romanisation",
                    suggestion=m.name.roman,
                    candidates=list(m.name.alternatives) or None,
                    confidence=0.85 if m.via == "pinyin" else 0.75,
                )
                continue
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{span}' looks like a Korean name through Chinese {m.via} (the surname {m.surname}): write it in "
                "Korean romanisation",
                confidence=0.6 if m.surname == "Park" else 0.45,
                severity=Severity.MINOR,
            )


# a romanised name (two to four capitalised Latin words, hyphens allowed) right before an opening bracket, or right
# after one: 'Park Chung-hee (Phác Chính Hy)', 'An Trọng Căn (An Jung-geun)'; one of its words a Korean surname as
# the press spells it ('Syngman Rhee' too), so that a club or a place in brackets is no gloss ('(Tottenham Hotspur)')
_ROMAN = r"[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,3}"
_ROMAN_BEFORE = re.compile(rf"({_ROMAN}) \($")
_ROMAN_AFTER = re.compile(rf" \(({_ROMAN})[),;]")
_KOREAN_SURNAMES = frozenset(
    "Kim Lee Yi Rhee Ri Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin "
    "Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Chun Ko Moon Son Bae Baek Heo Nam Roh Noh Ha Kwak Sung Cha Ban".split()
)


def _glosses_romanised(text: str, start: int, end: int) -> bool:
    """The Hán-Việt name is the press's gloss of a Korean's romanised name beside it, one in brackets after the
    other (history and culture pieces write Park Chung-hee's Hán-Việt name so): the right name is written."""
    m = _ROMAN_BEFORE.search(text, max(0, start - 48), start) if text[end : end + 1] == ")" else None
    m = m or _ROMAN_AFTER.match(text, end)
    return m is not None and any(w.split("-")[0] in _KOREAN_SURNAMES for w in m.group(1).split())


_PINYIN_AFTER = re.compile(r" \(([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[),;]")


def _glosses_pinyin(text: str, m: KoreanMention) -> bool:
    """The Hán-Việt name is a Chinese person's, glossed with the pinyin of its own syllables in brackets ('hậu vệ
    Lưu Hạo Nhiên (Liu Haoran)', clean26): the press writes Chinese people so; not a surname only Koreans bear
    (朴 Phác/Piao), nor one the source or korean_people.tsv makes a Korean's; only in a document that names China."""
    if m.surname == "Park" or m.name is not None or m.known is not None:
        return False
    found = _PINYIN_AFTER.match(text, m.end)
    if found is None:
        return False
    words = text[m.start : m.end].split()
    gloss = [w.lower() for w in found.group(1).split()]
    splits = [segmentations(w) for w in gloss]
    if not all(splits):
        return False
    syllables = [py for options in splits for py in options[0]]
    hv = load()
    if len(syllables) != len(words):
        return False
    return all(py in hv.pinyin_of(w, loose=True) for py, w in zip(syllables, words, strict=True))
