"""Korean names through Chinese found without a source: surnames only Koreans bear (朴 Piao/Phác), names marked Korean
by the sentence, romanised surnames' pinyin."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from audit.lang.hanviet import load, syllable_key
from audit.lang.korean import (
    names_korea,
    rr_syllables,
)
from audit.lang.korean_hanviet import ROLE_TRIGGER, known_koreans, known_pattern, marked_koreans, role_koreans
from audit.lang.mentions import hanviet_western_names
from audit.lang.mentions.preceding_title import vn_local_office_before as _vn_local_office_before
from audit.lang.pinyin import segmentations
from audit.lang.resources import read_lines
from audit.model import Segment
from audit.rules._prefilter import content_lines, segments_containing, segments_matching
from audit.rules.base import DocContext
from audit.rules.korean_names.cues import (
    ADJACENT,
    HAN,
    TARGET_WINDOW,
    TITLE_PHRASE,
    KoreanMention,
    korea_topic,
    marked_korean,
    nation_before,
    other_nation,
    pinyin_korean,
    surname_pinyin,
    syllables,
)
from audit.rules.korean_names.known_people import known_korean_pinyin

# 'Piao' (朴) and a given name of one or two syllables, spaced or run together ('Piao Zhenying', 'Piao Zhen Ying')
_PIAO = re.compile(r"(?<![\w'’-])Piao((?: [A-Z][a-z]+){1,2})(?![\w'’-])")
# 'Phác' (朴, the Hán-Việt of a surname only Koreans bear) and two capitalised syllables ('Phác Tán Úc' 朴赞郁); no
# Vietnamese bears it ('Văn', 'Thị' after it make a Vietnamese name), and 'phác thảo', 'phác họa' (to sketch) are
# the word's other uses
_PHAC = re.compile(r"(?<![\w'’-])Phác((?: [^\W\d_]+){2})(?![\w'’-])")
_PHAC_WORDS = frozenset(("thảo", "họa", "hoạ", "thực", "chất", "văn", "thị"))  # and Vietnamese middle names
# A rank of the Vietnamese army or police (cấp bậc: the generals' are office titles already) or a department head's
# post right before a name: 'Đại tá', 'Thượng úy', 'Phó Cục trưởng' (a Korean officer's is written with 'Hàn Quốc')
_VN_RANK_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?:(?i:đại|thượng|trung|thiếu)\s+(?i:tá|úy|uý)|(?:(?i:phó)\s+)?(?i:tổng\s+)?(?i:cục|vụ)\s+trưởng)"
    r"\s+$"
)
_HONORIFIC_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:]))(?:ông|bà|anh|chị|ngài)\s+$", re.IGNORECASE)
# 'Pu' (朴 read pǔ, its everyday reading, where the surname is Piáo) and a given name of pinyin's shape: 'Pu Minjun'
# (朴敏俊, Park Min-jun; misses33). Chinese surnames read 'Pu' too (蒲, 濮): only where 'Hàn Quốc' is the last
# nationality named before it in its sentence, in an article about Korea; then every mention written the same way
_PU = re.compile(r"(?<![\w'’-])Pu((?: [A-Z][a-z]+){1,2})(?![\w'’-])")


def _pu_names(ctx: DocContext) -> Iterator[tuple[Segment, int, int]]:
    """The 'Pu' names of :data:`_PU` read as Koreans' (Park), and the other mentions of one of them."""
    from audit.lang.syllable import is_valid_syllable

    found: list[tuple[Segment, re.Match[str]]] = []
    for seg in segments_containing(ctx, ("Pu ",)):
        if seg.source and HAN.search(seg.source):
            continue  # the source decides (from_source)
        for m in _PU.finditer(seg.text):
            given = m.group(1).split()
            if syllables(given) != 2 or any(is_valid_syllable(g) for g in given):
                continue  # a Vietnamese word or a name of another shape
            found.append((seg, m))
    korean = {
        m.group() for seg, m in found if nation_before(seg.text, m.start(), m.start()) == "korean" and korea_topic(ctx)
    }
    for seg, m in found:
        if m.group() in korean and nation_before(seg.text, m.start(), ADJACENT) != "other":
            yield seg, m.start(), m.end()


def target_only(ctx: DocContext) -> Iterator[tuple[Segment, list[KoreanMention]]]:
    """Segments without a Chinese source: 'Piao' names anywhere; in an article about Korea (:func:`korea_topic`),
    the pinyin names N101 would read as Vietnamese names by guess (not a known person, not a name of the document)
    whose surname is Korean, with no honorific before them and no other nationality before them in the sentence."""
    lines = content_lines(ctx)
    by_seg: dict[int, list[KoreanMention]] = {}
    if "Piao " in lines.text:  # one scan of the article text
        for seg in segments_containing(ctx, ("Piao ",)):
            if seg.source and HAN.search(seg.source):
                continue  # the source decides (from_source)
            for m in _PIAO.finditer(seg.text):
                given = m.group(1).split()
                if nation_before(seg.text, m.start(), ADJACENT) == "other":
                    continue  # 'tiền đạo Trung Quốc Piao Cheng': a Chinese national (N101's), not a Korean
                if given[0] != "Piao" and 1 <= syllables(given) <= 2:  # not a song's 'Piao Piao' (飘飘)
                    by_seg.setdefault(seg.index, []).append(KoreanMention(m.start(), m.end(), None, "pinyin", "Park"))
    if "Pu " in lines.text:
        for seg, start, end in _pu_names(ctx):
            by_seg.setdefault(seg.index, []).append(KoreanMention(start, end, None, "pinyin", "Park"))
    if "Phác " in lines.text:
        for seg in segments_containing(ctx, ("Phác ",)):
            if not (seg.source and HAN.search(seg.source)):  # with a source, the source decides
                for start, end in _phac_names(seg.text):
                    by_seg.setdefault(seg.index, []).append(KoreanMention(start, end, None, "Hán-Việt", "Park"))
    for seg, mention in itertools.chain(
        _korea_pinyin(ctx),
        _korea_hanviet(ctx),
        _pinyin_of_romanised(ctx),
        known_korean_pinyin(ctx),
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
        if nation_before(text, m.start(), ADJACENT) != "other":
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
        if seg.source and HAN.search(seg.source):
            continue
        found = [*known_koreans(seg.text)] if known else []
        found.extend(marked_koreans(seg.text))
        # a role's name is shaped as Korean only: a sentence that gives another nation before it, however far, is
        # about that nation's player ('Đội khách Trung Quốc mở tỷ số … của tiền đạo Cao Chuẩn Dực', clean35)
        found.extend(
            h
            for h in role_koreans(seg.text)
            if not any(h.start < f.end and f.start < h.end for f in found)
            and nation_before(seg.text, h.start, h.start) != "other"
        )
        if not found:
            continue
        western = [(h.start, h.end) for h in hanviet_western_names(seg.text)]
        taken: list[tuple[int, int]] = []
        for h in found:
            span = (h.start, h.end)
            if any(a < h.end and h.start < b for a, b in [*western, *taken]) or other_nation(seg.text, h.start):
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
        if (r.seg, r.start) in taken or (seg.source and HAN.search(seg.source)):
            continue
        via = next((v for v, names in korean.items() if written in names), None)
        if via is None or nation_before(seg.text, r.start, r.start) == "other":
            continue
        surname = surname_pinyin().get(r.tokens[0].lower())
        if surname is not None:
            yield seg, KoreanMention(r.start, r.end, None, via, surname)


def _korea_pinyin_marked(ctx: DocContext) -> Iterator[tuple[Segment, KoreanMention]]:
    from audit.rules.names.analyses import doc_pinyin  # N101 imports this module's doc_korean: import at use

    segs = ctx.doc.segments
    pinyin_surnames = surname_pinyin()
    korea: bool | None = None  # whether the document speaks of Korea: asked only when a pinyin name may be Korean
    for r in doc_pinyin(ctx):
        seg = segs[r.seg]
        if seg.source and HAN.search(seg.source):
            continue  # the source decides (from_source)
        if r.candidates and r.candidates[0].source in ("gazetteer", "document"):
            continue  # a known person or a name of the document is N101's
        surname = pinyin_surnames.get(r.tokens[0].lower())
        given = r.tokens[1:]
        # pinyin writes a given name as one word ('Li Zaicheng'); a syllable a word that Korean romanisation also
        # spells ('Han Ji Min') is the Korean name written right: N101 leaves it, N109 does not report it
        romanised = len(given) == 2 and all(g.lower() in rr_syllables() for g in given)
        if surname is None:
            continue
        body_after = (
            _korean_body_after(seg.text, r.end)
            or _korean_place_after(seg.text, r.end)
            or _korean_employer_after(seg.text, r.end)
        )
        company = _korean_company_before(seg.text, r.start)
        marked = company or marked_korean(seg.text, r.start) or body_after
        shaped = len(given) == 1 and syllables(list(given)) == 2
        if not (romanised or (shaped and (r.candidates or marked))):
            continue
        if korea is None:
            korea = korea_topic(ctx)
        if not (korea or marked):
            continue
        before = seg.text[max(0, r.start - TARGET_WINDOW) : r.start]
        nation = nation_before(seg.text, r.start, r.start)  # anywhere before it in the sentence
        if nation == "other":
            continue
        if not (body_after or company) and _vn_local_office_before(seg.text, r.start):
            continue  # 'Phó Chủ tịch UBND tỉnh Lạng Sơn Huang Wenxiu': a Vietnamese official's name in pinyin (N101)
        if romanised:
            yield seg, KoreanMention(r.start, r.end, None, "romanised", surname)
        elif not (
            (_HONORIFIC_BEFORE.search(before) and not body_after and not company)  # 'ông Jin Zhongzhu, Giám đốc chi
            # nhánh Ansan …': the Korean body or place after the name settles it (misses34)
            or ((r.titled or _VN_RANK_BEFORE.search(before)) and nation != "korean" and not body_after and not company)
        ):
            # an office title without 'Hàn Quốc' before the name is most often a Vietnamese one, and so is a rank of
            # Việt Nam's army or police or a department head's post ('Phó Cục trưởng, Đại tá Zheng Wenming', 郑文明
            # Trịnh Văn Minh: N101's, misses51)
            yield seg, KoreanMention(r.start, r.end, None, "pinyin", surname)


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


# An apposition right after the name whose post belongs to a body of Korea: ', giám đốc chi nhánh Việt Nam của một
# tập đoàn dược Hàn Quốc' (金敏俊 'Jin Minjun', Kim Min-jun; misses50), ', trưởng đại diện của hãng Samsung': up to
# eight words of one clause, 'của'/'thuộc', a body's word, then 'Hàn Quốc' after lowercase words only, none a
# preposition ('của một công ty xuất khẩu sang Hàn Quốc' is a body that sells to Korea), or a Korean group's name
_EMPLOYER_AFTER = re.compile(
    r",\s+(?:[^\s,;:.!?()\"“”]+\s+){1,8}?(?:của|thuộc)\s+(?:một\s+|các\s+)?"
    r"(?:tập đoàn|hãng|công ty|doanh nghiệp|ngân hàng|viện|trường|đại học|bệnh viện|tổ chức|cơ quan|quỹ)"
    r"(?P<gap>(?:\s+[^\s,;:.!?()\"“”]+){0,4}?)\s+(?P<korea>Hàn Quốc(?![\w-]))",
    re.IGNORECASE,
)
_GAP_STOPS = frozenset("sang tại ở với cho từ và của đến tới như hay hoặc".split())


def _korean_employer_after(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by an apposition whose post is in a body of Korea
    (:data:`_EMPLOYER_AFTER`)."""
    m = _EMPLOYER_AFTER.match(text, end) if text.startswith(",", end) else None
    if m is None or not text.startswith("Hàn Quốc", m.start("korea")):
        return False
    return not any(w[:1].isupper() or w.lower() in _GAP_STOPS for w in m["gap"].split())


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
    korean = surname_pinyin()
    chinese = chinese_surname_pinyin()
    for seg in segments_containing(ctx, ("Hàn Quốc",)):
        if seg.source and HAN.search(seg.source):
            continue  # the source decides (from_source)
        for m in _TWO_WORDS.finditer(seg.text):
            surname, given = m["surname"].lower(), m["given"]
            if surname not in korean or surname in chinese or is_valid_syllable(given):
                continue
            parts = segmentations(given.lower())
            if len(parts[0]) != 2 or pinyin_score(given) < _GIVEN_PINYIN:
                continue
            if any(all(p in rr_syllables() for p in seg_parts) for seg_parts in parts):
                continue  # a romanised given name written as one word ('An Sujin'): the press's spelling
            if marked_korean(seg.text, m.start()):
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
    for m in _korean_companies().finditer(text, max(0, start - TARGET_WINDOW), start):
        found = m
    if found is None or TITLE_PHRASE.fullmatch(text, found.end(), start) is None:
        return False
    return nation_before(text[:start], start, start - found.end()) != "other"


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

    found = [r for r in doc_pinyin(ctx) if len(r.tokens) == 2 and r.tokens[0].lower() in surname_pinyin()]
    if not found:
        return  # most articles: no pinyin name with a Korean surname's pinyin
    text = content_lines(ctx).text
    wanted = {roman for r in found for roman in surname_pinyin()[r.tokens[0].lower()].split(" or ")}
    named = {(roman, m[1]) for roman in wanted if roman + " " in text for m in _romanised(roman).finditer(text)}
    if not named:
        return
    segs = ctx.doc.segments
    for r in found:
        seg = segs[r.seg]
        if seg.source and HAN.search(seg.source):
            continue
        korean = surname_pinyin()[r.tokens[0].lower()].split(" or ")
        for surname, given in sorted(named):
            if surname in korean and _reads_given(r.tokens[1], given):
                mention = KoreanMention(r.start, r.end, None, "pinyin", surname, known=f"{surname} {given}")
                yield seg, mention
                break


def _reads_given(token: str, given: str) -> bool:
    """The pinyin ``token`` ('Shangzhi') splits into syllables each of which some character reads that has the
    Korean reading of the romanised given name's syllable in its place ('Sang-sik': 尚/上 sang, 植 sik)."""
    parts = given.lower().split("-")
    index = pinyin_korean()
    return any(
        len(syls) == len(parts) and all(part in index.get(syl, ()) for syl, part in zip(syls, parts, strict=True))
        for syls in segmentations(token.lower())
    )
