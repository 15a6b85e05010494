"""N1xx: names — pinyin renderings of Vietnamese names, Western names through Chinese, the wrong
person for an office, incomplete names, calqued office titles; T101: one person written two ways.

The per-document analyses (Vietnamese names in the document, its years, recovered pinyin names,
titled names) are memoised on the DocContext, so the rules share them.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from audit.lang.countries import gazetteer
from audit.lang.distance import edit_distance
from audit.lang.english import en_zipf, zipf_in
from audit.lang.foreign_pinyin import (
    ForeignPinyin,
    candidate_words,
    may_be_foreign_pinyin,
    pinyin_shaped_names,
    pinyin_western_names,
)
from audit.lang.hanviet import fold, load, syllable_key
from audit.lang.mentions import (
    DOT,
    HAN_VIET_COUNTRIES,
    INTERPUNCT,
    PINYIN_HINTS,
    TitledName,
    country_names,
    hanviet_western_names,
    interpunct_names,
    is_holder,
    known_person,
    may_have_hanviet_western,
    pinyin_names,
    title_start_pattern,
    titled_before,
    titled_names,
    unambiguous_calque,
)
from audit.lang.mentions import PinyinName as PinyinMention
from audit.lang.names import (
    LETTER,
    Candidate,
    confidence,
    multiword_run_words,
    multiword_runs,
    name_similarity,
    names_in_runs,
    recover,
    syllable_similarity,
)
from audit.lang.people import (
    Tenure,
    holders,
    offices,
    people,
    people_by_fold,
    same_surname,
    single_holder,
    surnames,
)
from audit.lang.pinyin import has_vietnamese_letters, segmentations
from audit.lang.respelled import cited, respellings
from audit.lang.romanisation import plain_latin, transliteration_key
from audit.lang.source_pinyin import source_pinyin_names
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import content_lines, segments_containing, segments_matching
from audit.rules.base import DocContext, DocumentRule, Hit, SegmentRule
from audit.rules.korean_names import doc_korean
from audit.rules.registry import register

_HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character: a source whose names the target may leave in pinyin
_TWO_WORDS = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]")  # two capitalised ASCII words: where such a name can be
# A bare honorific or academic title before a name says nothing about nationality: the press writes
# "ông Lei Jun", "bà Chen Yu-hsuan" for Chinese business people and scholars in pinyin
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?:ông|bà|ngài|anh|chị|GS|PGS|TS|Giáo sư|Tiến sĩ)\.?\s+$", re.IGNORECASE
)
# A year 1950–2049 standing alone. The pattern starts with a plain digit (the lookbehind comes after
# it), so the regex engine skips ahead to a 1 or 2 instead of trying every position of the text.
_YEAR = re.compile(r"[12](?<!\d[12])(?:(?<=1)9[5-9]|(?<=2)0[0-4])\d(?!\d)")


def doc_names(ctx: DocContext) -> Counter[str]:
    """Vietnamese personal names in the document's article text, with counts."""
    return ctx.memo("names.vietnamese", lambda d: names_in_runs(words for _, words in _doc_runs(ctx)))


def _doc_runs(ctx: DocContext) -> list[tuple[Segment, tuple[str, ...]]]:
    """The words of each run of two or more capitalised words in the article text, with its segment."""

    def compute(d: Document) -> list[tuple[Segment, tuple[str, ...]]]:
        segments = content_lines(ctx).segments
        return [(segments[i], words) for i, words in multiword_run_words([s.text for s in segments])]

    return ctx.memo("names.runs", compute)


def doc_years(ctx: DocContext) -> list[int]:
    """Years the document mentions, most frequent first (its likely date)."""

    def compute(d: Document) -> list[int]:
        years = Counter(int(y) for y in _YEAR.findall(content_lines(ctx).text))  # no year spans a line break
        return [y for y, _ in sorted(years.items(), key=lambda kv: (-kv[1], -kv[0]))]

    return ctx.memo("names.years", compute)


@dataclass(frozen=True, slots=True)
class Recovered:
    seg: int
    start: int
    end: int
    tokens: tuple[str, ...]
    titled: bool
    candidates: tuple[Candidate, ...]


def doc_pinyin(ctx: DocContext) -> list[Recovered]:
    """Pinyin names of the document with their recovered Vietnamese candidates."""

    def compute(d: Document) -> list[Recovered]:
        found = [
            (seg.index, p) for seg in _pinyin_segments(ctx) for p in _not_foreign(seg.text, pinyin_names(seg.text))
        ]
        names = list(doc_names(ctx)) if found else []
        out = []
        for index, p in found:
            cands = tuple(recover(p.tokens, names))
            if p.weak and not (cands and cands[0].source == "gazetteer" and cands[0].score >= 0.99):
                continue
            out.append(Recovered(index, p.start, p.end, p.tokens, p.titled, cands))
        return out

    return ctx.memo("names.pinyin", compute)


def _not_foreign(text: str, found: list[PinyinMention]) -> list[PinyinMention]:
    """The pinyin names that are not the pinyin of a foreign person's Chinese name ('Yin Xiyue' 尹锡悦 is
    Yoon Suk Yeol, N108's, not a Vietnamese or Chinese name)."""
    if not found:
        return found
    foreign = pinyin_western_names(text)
    return [p for p in found if not any(f.start < p.end and p.start < f.end for f in foreign)]


def doc_titled(ctx: DocContext) -> list[tuple[int, TitledName]]:
    """The titled names of the document's article text: (segment index, titled name), in document order."""

    def compute(d: Document) -> list[tuple[int, TitledName]]:
        pattern = title_start_pattern()
        if pattern is None:
            return []
        lines = content_lines(ctx)
        starts: dict[int, list[int]] = {}  # segment (of lines.segments) → where the pattern matches in it
        for m in pattern.finditer(lines.text):  # no match spans a line; a line break reads as a text's end
            k = lines.segment_at(m.start())
            starts.setdefault(k, []).append(m.start() - lines.starts[k])
        segments = lines.segments
        return [(segments[k].index, t) for k, found in starts.items() for t in titled_names(segments[k].text, found)]

    return ctx.memo("names.titled", compute)


def _pinyin_segments(ctx: DocContext) -> list[Segment]:
    """The article segments :func:`pinyin_names` may find a name in (:data:`PINYIN_HINTS`), in document order."""

    def compute(d: Document) -> list[Segment]:
        found = {s.index for pattern in PINYIN_HINTS for s in segments_matching(ctx, pattern)}
        return [s for s in content_lines(ctx).segments if s.index in found]

    return ctx.memo("names.pinyin_segments", compute)


def _pinyin_by_segment(ctx: DocContext) -> dict[int, list[Recovered]]:
    """The document's pinyin names by segment index (segments in document order)."""

    def compute(d: Document) -> dict[int, list[Recovered]]:
        out: dict[int, list[Recovered]] = {}
        for r in doc_pinyin(ctx):
            out.setdefault(r.seg, []).append(r)
        return out

    return ctx.memo("names.pinyin_by_segment", compute)


def seg_pinyin(ctx: DocContext, seg: int) -> list[Recovered]:
    """The document's pinyin names in one segment."""
    return _pinyin_by_segment(ctx).get(seg, [])


def _titled_by_segment(ctx: DocContext) -> dict[int, list[TitledName]]:
    """The document's titled names by segment index (segments in document order)."""

    def compute(d: Document) -> dict[int, list[TitledName]]:
        out: dict[int, list[TitledName]] = {}
        for index, t in doc_titled(ctx):
            out.setdefault(index, []).append(t)
        return out

    return ctx.memo("names.titled_by_segment", compute)


def seg_titled(ctx: DocContext, seg: int) -> list[TitledName]:
    """The document's titled names in one segment."""
    return _titled_by_segment(ctx).get(seg, [])


class TitledRule(SegmentRule):
    """A segment rule about office titles: only the segments with a titled name are checked."""

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        segments = ctx.doc.segments
        for index in _titled_by_segment(ctx):
            yield from self.check(segments[index], ctx)


# 'Chủ tịch BYD Wang Chuanfu', 'CEO Xiaomi Lei Jun': the title is a company's, whose Chinese heads the press
# writes in pinyin too, so the name is a Chinese business person, not a state office holder
_COMPANY_BEFORE = re.compile(
    r"(?:Chủ tịch|Tổng giám đốc|Giám đốc|CEO|Nhà sáng lập|Phó Chủ tịch)\s+[A-Z][A-Za-z0-9&]+\s+$"
)
_GLOSS_OPEN = re.compile(r"\s*\(\s*$")
_GLOSS_CLOSE = re.compile(r"^\s*[),;]")


def _glossed(text: str, start: int, end: int, candidates: tuple[Candidate, ...]) -> bool:
    """The pinyin is the press's gloss of the Hán-Việt form beside it, one in brackets after the other:
    'Vương Truyền Phúc (Wang Chuanfu)', 'Lei Jun (Lôi Quân)'. The reader is told both forms."""
    names = [c.name for c in candidates if c.score >= 0.5]
    if not names:
        return False
    before = text[max(0, start - 60) : start]
    opened = _GLOSS_OPEN.search(before)
    if opened and _GLOSS_CLOSE.match(text[end : end + 3]):
        head = before[: opened.start()].rstrip()
        if any(head.endswith(n) for n in names):
            return True
    after = text[end : end + 60]
    if after.startswith(" ("):
        inner = after[2:].lstrip()
        return any(inner.startswith(n) and inner[len(n) :].lstrip()[:1] in (")", ",", ";") for n in names)
    return False


def _vietnamese(name: str) -> bool:
    return any(t.country == "vn" for t in people().get(name, ()))


# The article introduces a name as a Chinese person's ('tay vợt người Trung Quốc Trịnh Khâm Văn', 'Lưu Đức
# Hoa (Hồng Kông)'): its Hán-Việt form in the document does not make a pinyin form of it a Vietnamese name.
# 'tại/ở/sang … Trung Quốc X' is a place ('Đại sứ Việt Nam tại Trung Quốc X'), not a nationality.
_CHINESE_BEFORE = re.compile(
    r"(?<!tại )(?<!ở )(?<!sang )(?<!đến )(?<!tới )(?<!thăm )(?<!với )(?<!và )(?<!giữa )"
    r"(?:Trung Quốc|người Hoa|gốc Hoa|Đài Loan|Hồng Kông)\s+$"
)
_CHINESE_AFTER = re.compile(r"\s*\((?:Trung Quốc|Đài Loan|Hồng Kông)\)")


def _introduced_as_chinese(ctx: DocContext, name: str) -> bool:
    """Some mention of ``name`` in the article text has a Chinese nationality marker right before or after."""
    cache: dict[str, bool] = ctx.memo("names.chinese_hanviet", lambda _doc: {})
    if name not in cache:
        text = content_lines(ctx).text
        found, i = False, text.find(name)
        while i >= 0 and not found:
            end = i + len(name)
            found = bool(_CHINESE_BEFORE.search(text, max(0, i - 30), i) or _CHINESE_AFTER.match(text, end))
            i = text.find(name, end)
        cache[name] = found
    return cache[name]


@register
class PinyinName(SegmentRule):
    code = "N101"
    name = "pinyin-name"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "A Vietnamese (or Chinese) name written in Chinese pinyin instead of its Vietnamese form"
    why = (
        "Text translated through Chinese turns Vietnamese names into the pinyin of their characters "
        "(阮 Nguyễn → 'Ruan'); the reader cannot tell who is meant. The fix is recovered by matching "
        "every candidate Vietnamese name (gazetteer, the document's own names, surname × given-name "
        "combinations) against the pinyin it can produce. Critical when it recovers a known Vietnamese "
        "person, major with a title before it, minor for a bare Chinese name (the Vietnamese press "
        "writes Chinese names in Hán-Việt: Tập Cận Bình, not Xi Jinping) or one after a bare honorific "
        "(the press writes Chinese business people and athletes in pinyin: 'ông Lei Jun', 'Wu Lei'). In a "
        "record with a Chinese source, a name whose syllables read a run of the source's characters is pinyin "
        "for certain, and the Hán-Việt of those characters is the fix ('韩志强' → 'Han Zhiqiang' → 'Hàn Chí Cường')."
    )
    fires = (
        "Chủ tịch Quốc hội [[Wang Tinghui]] đã tiếp đoàn đại biểu Lào.",
        "Tổng Bí thư Nguyễn Văn Linh gặp Thủ tướng [[Wu Wenjie]] tại Hà Nội.",
        "Ông [[Chen Daguang]] cho biết hai bên sẽ ký kết thỏa thuận mới.",
        "Ông [[Lei Jun]], Chủ tịch Xiaomi, giới thiệu mẫu xe điện mới.",
        "Thủ tướng [[Ruǎn Chūnfú]] dự hội nghị thượng đỉnh.",
        "Đoàn chuyển lời thăm hỏi của Tổng Bí thư [[Ruan Phu Trong]] tới lãnh đạo Lào.",
    )
    quiet = (
        "Chủ tịch nước Võ Văn Thưởng tiếp Tổng thống Philippines Ferdinand Marcos Jr.",
        "Ông Chen Minh Tuan, Giám đốc công ty, cho biết đơn hàng tăng.",
        "Các hãng Huawei và Xiaomi mở rộng thị trường tại Hong Kong.",
        "Ông Long cho biết, chị Lan và anh Hai đã về quê.",
        "Chủ tịch Trung Quốc Tập Cận Bình và Thủ tướng Lý Cường dự hội nghị.",
        "Trương Nhất Minh (Zhang Yiming), nhà sáng lập ByteDance, rời ghế CEO.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        found = _pinyin_by_segment(ctx)
        for seg in ctx.doc.segments:
            if seg.index in found or (
                seg.source and not seg.boilerplate and _TWO_WORDS.search(seg.text) and _HAN.search(seg.source)
            ):
                yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        """The pinyin names of the target; in a record with a Chinese source, also those that read the source's
        characters, whose Hán-Việt is then the fix (audit.lang.source_pinyin)."""
        korean = [(m.start, m.end) for m in doc_korean(ctx).get(seg.index, ())]  # N109's
        from_source = source_pinyin_names(seg.source, seg.text) if seg.source else []
        if korean or from_source:  # N109's Korean names; N108's foreign people ('Yin Xiyue' 尹锡悦 Yoon Suk Yeol)
            from_source = [
                n
                for n in from_source
                if n.chars not in _foreign_zh() and not any(a < n.end and n.start < b for a, b in korean)
            ]
        for hit in self._in_target(seg, ctx):
            if korean and any(a < hit.end and hit.start < b for a, b in korean):
                continue
            same = next((n for n in from_source if n.start < hit.end and hit.start < n.end), None)
            if same is not None:
                from_source.remove(same)
                if same.hanviet and not _same_syllables(same.hanviet, hit.suggestion or ""):
                    hit = replace(hit, suggestion=same.hanviet, candidates=None)
            yield hit
        for n in from_source:
            span = seg.text[n.start : n.end]
            before = seg.text[max(0, n.start - 40) : n.start]
            office = titled_before(seg.text, n.start, strict=True) and not (
                _HONORIFIC_BEFORE.search(before) or _COMPANY_BEFORE.search(before)
            )
            yield self.hit(
                seg,
                n.start,
                n.end,
                f"'{span}' is the pinyin of the source's {n.chars}: Vietnamese writes the Hán-Việt of the characters",
                suggestion=n.hanviet or None,
                confidence=0.8,
                severity=Severity.MAJOR if office else Severity.MINOR,
            )

    def _in_target(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for r in seg_pinyin(ctx, seg.index):
            span = seg.text[r.start : r.end]
            if not r.candidates:
                yield self.hit(
                    seg,
                    r.start,
                    r.end,
                    f"'{span}' looks like a name in Chinese pinyin",
                    confidence=0.4,
                    severity=Severity.MINOR,
                )
                continue
            if _glossed(seg.text, r.start, r.end, r.candidates):
                continue
            top = r.candidates[0]
            vn = (top.source == "document" and not _introduced_as_chinese(ctx, top.name)) or (
                top.source == "gazetteer" and _vietnamese(top.name)
            )
            if vn and top.score >= 0.5:
                severity = Severity.CRITICAL
                what = "Vietnamese name"
            elif top.source == "gazetteer" and top.score >= 0.8:
                severity = Severity.MAJOR
                what = "name"
            else:
                office = (
                    r.titled
                    and not _HONORIFIC_BEFORE.search(seg.text, max(0, r.start - 40), r.start)
                    and not _COMPANY_BEFORE.search(seg.text, max(0, r.start - 40), r.start)
                )
                # 阮 (Ruan) is a rare surname in China and the commonest in Vietnam: the person is Vietnamese
                nguyen = top.name.startswith("Nguyễn ")
                severity = Severity.MAJOR if office or nguyen else Severity.MINOR
                what = "name"
            before = seg.text[max(0, r.start - 40) : r.start]
            if severity == Severity.MINOR and (_HONORIFIC_BEFORE.search(before) or _COMPANY_BEFORE.search(before)):
                # 'ông Lei Jun': a Chinese business person or scholar, whose pinyin the press keeps; when it
                # writes Hán-Việt, it reads the person's own characters, which Vietnamese-name candidates do
                # not give ('Lê Tuấn' for 雷军 Lôi Quân): no fix is offered
                yield self.hit(
                    seg,
                    r.start,
                    r.end,
                    f"'{span}' is a Chinese name in pinyin: kept as is for business people and athletes, "
                    "otherwise written in the Hán-Việt of the person's own characters",
                    confidence=confidence(top),
                    severity=severity,
                )
                continue
            alternatives = [c.name for c in r.candidates[1:] if c.rank_score >= 0.6]
            yield self.hit(
                seg,
                r.start,
                r.end,
                f"{what} in Chinese pinyin: '{span}' is probably '{top.name}'",
                suggestion=top.name,
                confidence=confidence(top),
                candidates=alternatives or None,
                severity=severity,
            )


@functools.cache
def _foreign_zh() -> frozenset[str]:
    """The Chinese names (without '·') of people.tsv's people of countries that do not write names in Hán-Việt."""
    return frozenset(
        t.name_zh.replace("·", "")
        for ts in people().values()
        for t in ts
        if t.name_zh and not any(u.country in HAN_VIET_COUNTRIES for u in ts)
    )


def _same_syllables(a: str, b: str) -> bool:
    """The same name, tones included, whatever the tone placement ('Thúy'/'Thuý'): 'Lâm Hiểu Đường' (林晓棠) is
    not 'Lâm Hiếu Đường' (孝), though their letters are."""
    return [syllable_key(w) for w in a.split()] == [syllable_key(w) for w in b.split()]


@register
class InterpunctName(SegmentRule):
    code = "N102"
    name = "name-via-chinese"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Western name run through Chinese: parts joined by an interpunct '•'/'·' or turned into Hán-Việt"
    why = (
        "Chinese writes foreign names as characters separated by '·' (赫尔曼·范龙佩); MT through Chinese "
        "leaves that dot and Hán-Việt syllables inside a Western name ('Xi Hê • Rompuy' for Herman Van "
        "Rompuy). Vietnamese writes the name in its own Latin spelling."
    )
    fires = (
        "Thủ tướng [[Mạch • Rutte]] của Hà Lan hội kiến Chủ tịch nước.",
        "Nhà văn [[Ernest · Hemingway]] từng sống ở Cuba.",
        "Tổng thống Mỹ [[Bái Đăng]] đã điện đàm với Chủ tịch nước.",
        "Thủ tướng Nhật Bản [[Ngạn Điền Văn Hùng]] đã tiếp Chủ tịch nước.",
        "Chủ tịch nước Lào [[Thông Luân • Tây Tô Lý]] hội đàm với Thủ tướng.",
    )
    quiet = (
        "Thủ tướng Hà Lan Mark Rutte hội kiến Chủ tịch nước.",
        "Thời sự • Thế giới • Kinh tế",
        "Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình gặp nhau tại Bali.",
        "Nhiệt độ 30 · 32 độ C.",
        "Từ khóa: World Cup · Lionel Messi · Argentina",
        "Thủ tướng Nhật Bản Kishida Fumio và Thủ tướng Singapore Lý Hiển Long gặp nhau tại Tokyo.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Only the segments with an interpunct or a run of words that may read a foreign name in Hán-Việt."""
        dotted = {s.index for s in segments_matching(ctx, DOT)}
        hanviet = {seg.index for seg, words in _doc_runs(ctx) if may_have_hanviet_western(words)}
        for seg in content_lines(ctx).segments:
            if seg.index in dotted or seg.index in hanviet:
                yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for m in interpunct_names(seg.text):
            best = _western_match(m.parts) or _latin_rejoined(seg.text[m.start : m.end], m.parts)
            yield self.hit(
                seg,
                m.start,
                m.end,
                "name parts joined by a Chinese interpunct: a Western name run through Chinese",
                suggestion=best,
                confidence=0.9 if best else 0.7,
            )
        for h in hanviet_western_names(seg.text):
            yield self.hit(
                seg,
                h.start,
                h.end,
                f"'{seg.text[h.start : h.end]}' is the Hán-Việt reading of the Chinese name of {h.name}",
                suggestion=h.name,
                confidence=0.85,
            )


def _latin_rejoined(span: str, parts: tuple[str, ...]) -> str | None:
    """The name with its interpuncts as spaces when every part is in Latin spelling ('Petr • Pavel' → 'Petr
    Pavel'); None when a part is Hán-Việt (Vietnamese letters: 'Xi Hê') or every part is pinyin ('Tonglun •
    Xisuli'): then the spelling itself must change."""
    if any(has_vietnamese_letters(w) for w in parts) or all(segmentations(w) for w in parts):
        return None
    return INTERPUNCT.sub(" ", span)


def _western_match(parts: tuple[str, ...]) -> str | None:
    """The gazetteer's foreign person sharing a Latin name part ('Rompuy' → 'Herman Van Rompuy')."""
    folded = {fold(w) for p in parts for w in p.split("-") if len(w) > 2}
    best: tuple[int, str] | None = None
    for name, words in _foreign_name_words():
        overlap = len(folded & words)
        if overlap and (best is None or overlap > best[0]):
            best = (overlap, name)
    return best[1] if best else None


@functools.cache
def _foreign_name_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """Foreign people of the gazetteer with the words that can stand for them after MT through Chinese:
    the Latin name parts and the pinyin of each '·'-part of the Chinese name (通伦·西苏里 → tonglun, xisuli)."""
    hv = load()
    out = []
    for name, ts in people().items():
        if any(t.country == "vn" for t in ts):
            continue
        words = {fold(w) for w in re.split(r"[\s-]+", name) if w}
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        for part in re.split(r"[·•・\s-]+", zh):
            pys = [hv.pinyin.get(ch, ("",))[0] for ch in part]
            if len(part) >= 2 and all(pys):
                words.add("".join(pys))
        out.append((name, frozenset(words)))
    return tuple(out)


def _pick_holder(cands: list[Tenure], name: str, years: list[int]) -> list[str]:
    """Holders to suggest, best first: in office in the document's years, then most similar."""

    def key(t: Tenure) -> tuple[int, float]:
        in_years = next((i for i, y in enumerate(years[:3]) if t.covers(y)), 9)
        return in_years, -name_similarity(name, t.name_vi)

    return list(dict.fromkeys(t.name_vi for t in sorted(cands, key=key)))


@register
class WrongOfficeHolder(TitledRule):
    code = "N103"
    name = "wrong-office-holder"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "An office title followed by a near-miss of a holder's name ('Tổng Bí thư Nguyễn Phú Cường')"
    why = (
        "MT garbles a leader's name into another real-looking Vietnamese name; next to the office title "
        "it names the wrong head of party or state. A name is flagged when it is not a holder of that "
        "office but shares the surname and syllables with one (for offices with one holder at a time "
        "and a complete roster, any such name; for ministers, only a one-syllable miss), or when it is a "
        "Vietnamese leader who never held an office with one holder at a time but held another in the year "
        "the document names ('Chủ tịch Quốc hội Lương Cường' in 2024), unless the sentence says the title is "
        "of another time ('khi đó là …') or the year is past the gazetteer's newest row (an open tenure may "
        "have ended then)."
    )
    fires = (
        "Chủ tịch Quốc hội [[Vương Đình Huy]] tiếp đoàn doanh nghiệp Nhật Bản.",
        "Năm 2012, Chủ tịch nước [[Trương Tấn Sáng]] đã hội đàm với Tổng thống Chile.",
        "Năm 2023, Chủ tịch nước [[Vũ Văn Thưởng]] thăm Nhật Bản.",
        "Tổng thống Pháp [[Emmanuel Macrom]] tiếp Chủ tịch nước tại điện Élysée.",
        "Tháng 5/2019, Thủ tướng [[Nguyễn Phú Trọng]] dự lễ kỷ niệm.",
    )
    quiet = (
        "Thủ tướng Võ Văn Kiệt tiếp đoàn doanh nghiệp Nhật Bản.",
        "Phó Thủ tướng Lê Văn Thành kiểm tra công trình cao tốc.",
        "Tổng Bí thư Nguyễn Văn Cừ bị bắt năm 1940.",
        "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên làm việc với doanh nghiệp.",
        "Tổng Thư ký Quốc hội Bùi Văn Cường công bố kết quả.",
        "Tổng thống Pháp Emmanuel Macron tiếp Chủ tịch nước tại điện Élysée.",
        "Tổng thống Brazil Luiz Inacio Lula da Silva dự hội nghị thượng đỉnh.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        titled = seg_titled(ctx, seg.index)
        for t in titled:
            if t.run and t.name is None and not t.calque and fold(t.run[0][2]) in _western_given_names():
                yield from self._western(seg, t, ctx)  # the given name of a foreign holder
            if t.name is None:
                continue
            start, end, name = t.name
            vn_offices = _vn_offices(t.offices)
            if not vn_offices or is_holder(name, vn_offices):
                continue
            if known_person(name):
                if not any(u.title_end == t.title_end and u.title_start < t.title_start for u in titled):
                    # not the tail of a longer title: 'Thủ tướng' in 'Phó Thủ tướng'
                    yield from self._other_office(seg, t.title, start, end, name, vn_offices, ctx)
                continue
            near = _near_holders(name, vn_offices, ctx)
            if not near:
                continue
            picks = _pick_holder(near, name, doc_years(ctx))
            in_doc = picks[0] in doc_names(ctx)
            title = offices()[vn_offices[0]].titles[0]
            yield self.hit(
                seg,
                start,
                end,
                f"'{name}' did not hold the office of {title}: probably '{picks[0]}'",
                suggestion=picks[0],
                confidence=0.9 if in_doc else 0.75,
                candidates=picks[1:] or None,
            )

    def _other_office(
        self, seg: Segment, title: str, start: int, end: int, name: str, vn_offices: tuple[str, ...], ctx: DocContext
    ) -> Iterator[Hit]:
        """A Vietnamese office holder under the title of an office with one holder at a time that he never
        held, in a year he held another such office ('Chủ tịch Quốc hội Lương Cường' in 2024): the title's holder
        that year is meant (the later of two first). Only the top offices count for the person named: a minister
        or Politburo member may have risen to the title after the gazetteer's last row; and a tenure the gazetteer
        leaves open counts only before the year of its newest row (the leaders elected in April 2026 may have
        moved from one top office to another)."""
        years = doc_years(ctx)[:1]
        singles = [o for o in vn_offices if single_holder(o)]
        tenures = _vn_tenures().get(_name_key(name), ())
        if not years or not singles or _THEN.search(seg.text):
            return  # 'Chủ tịch Quốc hội X, khi đó là …': a later title for an earlier event, said so
        known = [t for t in tenures if t.covers(years[0]) and (t.end is not None or years[0] < _newest_start())]
        if not any(single_holder(t.office) for t in known):
            return
        now = sorted((h for o in singles for h in holders(o) if h.covers(years[0])), key=lambda h: -(h.start or 0))
        picks = list(dict.fromkeys(h.name_vi for h in now))
        if not picks:
            return
        yield self.hit(
            seg,
            start,
            end,
            f"'{name}' held another office in {years[0]}, not that of {title}: probably '{picks[0]}'",
            suggestion=picks[0],
            confidence=0.8 if len(picks) == 1 else 0.6,
            candidates=picks[1:] or None,
        )

    def _western(self, seg: Segment, t: TitledName, ctx: DocContext) -> Iterator[Hit]:
        """A foreign holder named given name first, with the surname one or two letters off
        ('Thủ tướng Tây Ban Nha Pedro Sanches' for Pedro Sánchez). When the document also writes the
        holder's name right, the reader knows who is meant: one person written two ways (T101)."""
        start, _, given = t.run[0]
        for holder in _western_holders(fold(given), t.offices):
            n = len(holder.split())
            m = _NAME_WORDS[n].match(seg.text, start)
            if m is None or not _western_near_miss(m.group(), holder):
                continue
            if _whole_name(holder).search(content_lines(ctx).text):
                continue
            yield self.hit(
                seg,
                start,
                m.end(),
                f"'{m.group()}' did not hold the office of {t.title}: probably '{holder}'",
                suggestion=holder,
                confidence=0.8,
            )
            return


# n words of a name joined by single spaces, each with its hyphen or apostrophe parts ('José Ramos-Horta')
_NAME_WORDS = {
    n: re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*" + r"(?: [^\W\d_]+(?:['’-][^\W\d_]+)*)" * (n - 1) + r"(?![\w'’-])")
    for n in range(2, 6)
}


@functools.lru_cache(maxsize=1024)
def _whole_name(name: str) -> re.Pattern[str]:
    """``name`` as whole words ('Emmanuel Macron' not inside 'Emmanuel Macronn')."""
    return re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")


@functools.cache
def _western_given_names() -> frozenset[str]:
    """The folded given names of every foreign office holder named given name first."""
    return frozenset(
        fold(h.name_vi.split()[0])
        for o in offices()
        for h in holders(o)
        if _given_first(h) and len(h.name_vi.split()) > 1
    )


@functools.lru_cache(maxsize=4096)
def _western_holders(given: str, office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Names of the offices' foreign holders named given name first whose folded given name is ``given``
    (two to five words, a surname of five letters or more)."""
    out = []
    for o in office_ids:
        for h in holders(o):
            words = h.name_vi.split()
            if not _given_first(h) or not 2 <= len(words) <= 5 or fold(words[0]) != given:
                continue
            if len(_letters(" ".join(words[1:]))) >= 5:
                out.append(h.name_vi)
    return tuple(dict.fromkeys(out))


# letters that do not decompose into a base letter and a mark, as names are written without them ('Støre' → 'Store')
def _letters(text: str) -> str:
    """The folded letters of ``text`` alone ('Ramos-Horta' → 'ramoshorta')."""
    return "".join(c for c in plain_latin(text) if c.isalpha())


@functools.lru_cache(maxsize=4096)
def _western_near_miss(written: str, holder: str) -> bool:
    """``written`` misspells ``holder``'s surname by one or two letters (one for surnames under six letters),
    not only by diacritics, and names nobody in the gazetteer."""
    if _letters(written) == _letters(holder) or fold(written) in people_by_fold() or known_person(written):
        return False
    ours, theirs = _letters(written.split(" ", 1)[1]), _letters(holder.split(" ", 1)[1])
    if transliteration_key(ours) == transliteration_key(theirs):
        return False  # another transliteration: 'Aliev', 'Tokaev', 'Zelenskiy', 'Lukashenka'
    limit = 1 if len(theirs) < 6 else 2
    return 0 < edit_distance(ours, theirs, limit) <= limit


@functools.lru_cache(maxsize=4096)
def _name_key(name: str) -> str:
    return " ".join(syllable_key(w) for w in name.split())


# a sentence that gives a person's title at another time than the event's ('khi đó là Thủ tướng', 'nay là …')
_THEN = re.compile(
    r"(?<!\w)(?:khi đó|lúc đó|khi ấy|lúc ấy|thời điểm đó|khi còn là|nay là|hiện là)(?!\w)", re.IGNORECASE
)


@functools.cache
def _newest_start() -> int:
    """The year of the gazetteer's newest tenure: a later year may have changes it does not know."""
    return max((t.start for ts in people().values() for t in ts if t.start), default=0)


@functools.cache
def _vn_tenures() -> dict[str, tuple[Tenure, ...]]:
    """A Vietnamese office holder's name (any tone placement) → his tenures."""
    out: dict[str, list[Tenure]] = {}
    for name, ts in people().items():
        vn = [t for t in ts if t.country == "vn"]
        if vn:
            out.setdefault(_name_key(name), []).extend(vn)
    return {k: tuple(v) for k, v in out.items()}


def _vn_offices(office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The Vietnamese offices among ``office_ids`` (a title names the same few sets of offices again and again)."""
    return tuple(o for o in office_ids if offices()[o].country == "vn")


def _near_holders(name: str, office_ids: tuple[str, ...], ctx: DocContext) -> list[Tenure]:
    """Holders of the offices whose name ``name`` is a near-miss of.

    Same surname, and: for offices with one holder at a time and a continuous roster, an aligned
    syllable similarity of at least 0.45 ('Nguyễn Phương' ~ 'Nguyễn Phú Trọng'), backed by the
    document (the holder is named in it, or was in office in the years it mentions) or by the
    differing syllables sounding alike; for other offices, the same number of syllables with at
    most one syllable off, and that one alike ('Vương Đình Huy' ~ 'Vương Đình Huệ').
    """
    out = []
    for o in office_ids:
        for h, certain in _near_misses(name, o):  # the document is asked only when the names do not settle it
            if certain or h.name_vi in doc_names(ctx) or any(h.covers(y) for y in doc_years(ctx)[:3]):
                out.append(h)
    return out


@functools.lru_cache(maxsize=16384)
def _near_misses(name: str, office_id: str) -> tuple[tuple[Tenure, bool], ...]:
    """Holders of the office whose name ``name`` may be a near-miss of, each with whether the names
    alone settle it (True) or the document must back it (False; see :func:`_near_holders`)."""
    words = name.split()
    single = single_holder(office_id)
    out = []
    for h in holders(office_id):
        hw = h.name_vi.split()
        if not same_surname(hw[0], words[0]):
            continue
        if single:
            if name_similarity(name, h.name_vi) < 0.45:
                continue
            alike = len(hw) == len(words) and all(
                syllable_similarity(a, b) >= 0.5 for a, b in zip(words, hw, strict=True)
            )
            out.append((h, alike))
        elif len(hw) == len(words):
            sims = [syllable_similarity(a, b) for a, b in zip(words, hw, strict=True)]
            if sum(1 for x in sims if x < 1.0) == 1 and min(sims) >= 0.5:
                out.append((h, True))
    return tuple(out)


# Countries whose leaders the Vietnamese press names by one part of the name ('Tổng thống Yoon',
# 'Thủ tướng Kishida', 'Chủ tịch nước Thongloun'): their names are not checked for completeness.
_SURNAME_FIRST = frozenset({"vn", "cn", "tw", "jp", "kr", "kp", "kh", "la", "th", "sg", "mn", "id", "mm", "my"})
# Of these, countries whose people write names in more than one order: Chinese names surname first ('Lee Hsien
# Loong', 'Thủ tướng Lee'), Malay and Tamil names by the given name alone ('Tổng thống Tharman', 'Thủ tướng
# Anwar'), and a Western given name before a Chinese surname, given name first ('Lawrence Wong', 'Josephine Teo':
# Vietnamese press writes 'Thủ tướng Lawrence Wong', English press 'Mr Wong', neither 'Thủ tướng Lawrence')
_MIXED_ORDER = frozenset({"sg", "my"})
_WESTERN_GIVEN_ZIPF = 3.3  # an English given name: English text writes it this often ('Lawrence' 4.3; 'Anwar' 3.2)
_LOCAL_MARGIN = 0.5  # and not far more often in Malay text ('Ahmad', 'Sultan', 'Ismail' are Malay names)


@functools.cache
def _given_name_first(name: str, country: str) -> bool:
    """A holder named given name first, whose given name alone is no way to name them: every foreign holder but
    those of :data:`_SURNAME_FIRST`, and of those in :data:`_MIXED_ORDER` a two-word name starting with an English
    given name ('Lawrence Wong', not 'Tharman Shanmugaratnam' nor 'Anwar Ibrahim')."""
    if country not in _SURNAME_FIRST:
        return True
    words = name.split()
    if country not in _MIXED_ORDER or len(words) != 2:
        return False
    first = words[0]
    return en_zipf(first) >= _WESTERN_GIVEN_ZIPF and en_zipf(first) >= zipf_in(first, "ms") - _LOCAL_MARGIN


def _given_first(h: Tenure) -> bool:
    """A holder named given name first (:func:`_given_name_first`), unless written family name first where
    English reverses it (Hungarian 'Sulyok Tamás', English 'Tamás Sulyok')."""
    if not _given_name_first(h.name_vi, h.country):
        return False
    words = h.name_vi.split()
    return len(words) < 2 or words != h.name_en.split()[::-1]


# lowercase particles inside a full name ('von der', 'van', 'de', 'da', 'bin', 'ibn', 'al-'), then a capital
_NAME_GOES_ON = re.compile(
    r"(?: (?:von|van|der|den|de|du|da|das|dos|del|della|di|la|le|bin|bint|ibn|al|el|zu|ter|ten))+[ -][A-Z]"
)


# the rest of a hyphenated given name after its first part ('Kassym' + '-Jomart', 'Jean' + '-Claude')
_HYPHENATED_GIVEN = re.compile(r"(?:-[A-Z][^\W\d_]+)+")
_NEXT_CAPITAL = re.compile(r"\s+[A-ZĐ]")


@register
class IncompleteName(TitledRule):
    code = "N104"
    name = "incomplete-name"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "An office title followed by a foreign holder's given name only ('Tổng thống Belarus Alexander')"
    why = (
        "MT through Chinese drops the surname of a foreign leader (or moves it elsewhere); the given "
        "name alone does not identify the head of state. Leaders the press names by one part of the name "
        "(East and Southeast Asia: 'Thủ tướng Lee', 'Tổng thống Prabowo', 'Thủ tướng Anwar') are left alone, "
        "but for a Singaporean or Malaysian whose name is an English given name before the surname "
        "('Vivian Balakrishnan': 'Bộ trưởng Balakrishnan'). A hyphenated given name counts as one "
        "('Frank-Walter')."
    )
    fires = (
        "Tổng thống Belarus [[Alexander]] đã tiếp Đại sứ Việt Nam.",
        "Thủ tướng Australia Anthony Albanese đón đoàn Việt Nam.\nThủ tướng [[Anthony]] cảm ơn Việt Nam.",
        "Bộ trưởng Ngoại giao Singapore [[Vivian]] phát biểu tại hội nghị.",
        "Tổng thống Đức [[Frank-Walter]] đón đoàn Việt Nam.",
    )
    quiet = (
        "Tổng thống Belarus Alexander Lukashenko đã tiếp Đại sứ Việt Nam.",
        "Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.",
        "Quốc vương Qatar Tamim bin Hamad Al Thani hội kiến Chủ tịch nước.",
        "Tổng thống Alexander Stubb của Phần Lan phát biểu.",
        "Ông Alexander đã tiếp Đại sứ Việt Nam.",
        "Thủ tướng Anthony của một nước nhỏ phát biểu; Thủ tướng Phạm Minh Chính lắng nghe.",
        "Thủ tướng Malaysia Anwar phát biểu tại hội nghị.",
        "Tổng thống Đức Frank-Walter Steinmeier đón đoàn Việt Nam.",
        "Thủ tướng Hungary Orbán Viktor gửi thư chúc mừng.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for t in seg_titled(ctx, seg.index):
            if not t.run or t.calque:
                continue
            for k, (start, end, word) in enumerate(t.run[:3]):
                if k + 1 != len(t.run):
                    continue  # the given name must end the run of capitalised words
                if INTERPUNCT.match(seg.text, end):
                    continue  # 'Olaf • Scholz': the name goes on after the dot (N102)
                if _NAME_GOES_ON.match(seg.text, end):
                    continue  # 'Ursula von der Leyen', 'Tamim bin Hamad Al Thani': a particle, then the name
                hyphenated = _HYPHENATED_GIVEN.match(seg.text, end)
                if hyphenated:  # 'Kassym-Jomart': the run stops at the hyphen; the name must stop after it
                    if _NEXT_CAPITAL.match(seg.text, hyphenated.end()):
                        continue
                    end, word = hyphenated.end(), seg.text[start : hyphenated.end()]
                full: Sequence[str] = _given_name_holders(word, t.offices)
                if not full and len(_vn_offices(t.offices)) == len(t.offices):
                    full = _foreign_counterparts(word, t.offices, ctx)
                if not full:
                    continue
                run_words = {w for _, _, w in t.run[:k]}
                # 'Thủ tướng Hungary Orbán Viktor': the surname before the given name, written family name first
                full = [n for n in dict.fromkeys(full) if not set(n.split()[1:]) <= run_words]
                if not full:
                    continue
                mentioned = [n for n in full if n in content_lines(ctx).text]
                # a holder the article names is the one meant: others of the title's offices are no alternative
                picks = mentioned or full
                yield self.hit(
                    seg,
                    start,
                    end,
                    f"given name only after the title: probably '{picks[0]}'",
                    suggestion=picks[0],
                    confidence=0.85 if mentioned or len(picks) == 1 else 0.6,
                    candidates=picks[1:] or None,
                )


@functools.lru_cache(maxsize=16384)
def _given_name_holders(word: str, office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Full names of the offices' holders named given name first whose given name is ``word``."""
    return tuple(
        h.name_vi
        for o in office_ids
        for h in holders(o)
        if _given_first(h) and len(h.name_vi.split()) > 1 and h.name_vi.split()[0] == word
    )


@functools.cache
def _holders_by_kind() -> dict[tuple[str, str], tuple[Tenure, ...]]:
    """(office kind, first name) → foreign holders named given name first ('prime_minister', 'Anthony')."""
    out: dict[tuple[str, str], list[Tenure]] = {}
    for o in offices():
        for h in holders(o):
            words = h.name_vi.split()
            if _given_first(h) and len(words) > 1:
                out.setdefault((o.split(".", 1)[-1], words[0]), []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def _foreign_counterparts(word: str, office_ids: tuple[str, ...], ctx: DocContext) -> list[str]:
    """A bare title ('Thủ tướng Anthony') resolves to the Vietnamese office; in an article that names the
    country of a foreign holder of the same office with that given name, the holder is meant."""
    kinds = {o.split(".", 1)[-1] for o in office_ids}
    gz = gazetteer()
    text = content_lines(ctx).text
    out = []
    for kind in kinds:
        for h in _holders_by_kind().get((kind, word), ()):
            iso = h.country.upper()
            if h.name_vi in text or (iso in gz.countries and any(f in text for f in gz.countries[iso].vi_all)):
                out.append(h.name_vi)
    return out


@register
class OfficeTitleCalque(TitledRule):
    code = "N105"
    name = "office-title-calque"
    category = "terminology/wrong-term"
    severity = Severity.MAJOR
    summary = "A calqued office title for a Vietnamese office ('Tổng Thư ký' for the Party's Tổng Bí thư)"
    why = (
        "Chinese 总书记 and 主席 come back as 'Tổng Thư ký' and 'Chủ tịch Đảng'; the Communist Party of "
        "Vietnam has a Tổng Bí thư. The title is flagged only when it is tied to the Vietnamese office "
        "(its holder's name, a near-miss or a pinyin rendering follows, or the Party's name does); "
        "'Tổng Thư ký Liên hợp quốc' and 'Tổng Thư ký ASEAN' are correct."
    )
    fires = (
        "[[Tổng Thư ký]] Nguyễn Văn Linh phát biểu khai mạc hội nghị.",
        "[[Chủ tịch Đảng Cộng sản Việt Nam]] Đỗ Mười tiếp đoàn đại biểu.",
        "[[Tổng lý]] Phạm Minh Chính hội đàm với Thủ tướng Australia.",
        "[[Tổng thống Việt Nam]] Trần Đại Quang đón Quốc vương Campuchia.",
    )
    quiet = (
        "Tổng Thư ký Liên hợp quốc António Guterres kêu gọi ngừng bắn.",
        "Tổng Thư ký ASEAN Kao Kim Hourn dự hội nghị.",
        "Chủ tịch Đảng Nhân dân Campuchia Hun Sen tiếp đoàn.",
        "Tổng thư ký Quốc hội Nguyễn Hạnh Phúc công bố kết quả.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        pinyin = seg_pinyin(ctx, seg.index)
        for t in seg_titled(ctx, seg.index):
            if not t.calque:
                continue
            tied = unambiguous_calque(t.title) or (t.party_marked and _party_follows(seg.text, t.title_end))
            if t.name is not None:
                _, _, name = t.name
                tied = tied or is_holder(name, t.offices) or _resembles_holder(name, t.offices)
            tied = tied or any(
                0 <= r.start - t.title_end <= 16 and r.candidates and is_holder(r.candidates[0].name, t.offices)
                for r in pinyin
            )
            if not tied:
                continue
            office = offices()[t.offices[0]]
            yield self.hit(
                seg,
                t.title_start,
                t.title_end,
                f"'{t.title}' is a calque here: the Vietnamese title is '{office.titles[0]}'",
                suggestion=_title_fix(t.title, office.titles),
                confidence=0.85,
            )


@register
class HolderOfAnotherCountry(TitledRule):
    code = "N107"
    name = "holder-of-another-country"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "A known office holder after a title naming another country ('Thủ tướng Trung Quốc Phạm Minh Chính')"
    why = (
        "MT through Chinese turns 我国 'our country' and the abbreviation 中 into 'Trung Quốc', so a "
        "Vietnamese leader becomes China's: 'Tổng Bí thư Đảng Cộng sản Trung Quốc Tô Lâm'. The title names "
        "one country and the person after it is, in references/people.tsv, an office holder of another "
        "only. The fix is that country's name in place of the title's."
    )
    fires = (
        "Chủ tịch nước [[Trung Quốc]] Trần Đại Quang tiếp Thủ tướng Lào tại Hà Nội.",
        "Đoàn đại biểu do Tổng Bí thư Đảng Cộng sản [[Trung Quốc]] Nông Đức Mạnh dẫn đầu đã thăm Cuba.",
    )
    quiet = (
        "Chủ tịch nước Trần Đại Quang tiếp Chủ tịch Trung Quốc Tập Cận Bình tại Hà Nội.",
        "Thủ tướng Trung Quốc Lý Cường và Thủ tướng Phạm Minh Chính đồng chủ trì hội nghị.",
        "Thủ tướng Campuchia Hun Manet hội đàm với Thủ tướng Việt Nam Phạm Minh Chính.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        forms = gazetteer().forms
        for t in seg_titled(ctx, seg.index):
            if not t.run or not t.offices:
                continue
            found = _named_country(seg.text, t)
            person = _known_from_run(t.run)
            if found is None or person is None:
                continue
            start, end = found
            named = forms.get(seg.text[start:end])
            name, own = person
            if named is None or len(own) != 1 or named[0].lower() in own:
                continue
            right = gazetteer().name_of(next(iter(own)).upper())
            if not right:
                continue
            yield self.hit(
                seg,
                start,
                end,
                f"{name} holds office in {right}, not in {seg.text[start:end]}",
                suggestion=right,
                confidence=0.9,
            )


@register
class ForeignNameInPinyin(SegmentRule):
    code = "N108"
    name = "foreign-name-in-pinyin"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A foreign person's name left in the pinyin of its Chinese form ('Tổng thống Mỹ Telangpu' 特朗普)"
    why = (
        "Chinese writes foreign names with characters chosen for their sound (特朗普 Trump, 马克龙 Macron, "
        "安倍晋三 Abe Shinzo); MT through Chinese then emits their pinyin, joined ('Telangpu'), spaced "
        "('Te Lang Pu') or split otherwise ('Anbei Jinsan'), and the reader cannot tell who is meant. With "
        "the person in references/people.tsv (name_zh), the fix is the name as the Vietnamese press writes "
        "it: major, critical after a title of an office the person held. Without it, a capitalised run in a "
        "person's slot (after a title or honorific, a country's name between) that is all pinyin of Chinese "
        "shape, three or more syllables with some run together, and no known word, is flagged minor and "
        "without a fix: foreign names of open syllables parse as pinyin too ('Tinubu', 'Takaichi'), so the "
        "shape alone asks an editor to check rather than says who is meant. Chinese people's names in pinyin "
        "are N101's."
    )
    fires = (
        "Tổng thống Mỹ [[Telangpu]] tuyên bố áp thuế mới.",
        "Thủ tướng Nhật Bản [[Anbei Jinsan]] từng nhiều lần thăm Hà Nội.",
        "Tổng thống Philippines [[Fei Erdinan Makesi]] phát biểu tại hội nghị ASEAN.",
        "Ông [[Te Lang Pu]] cho biết Mỹ sẽ rút khỏi hiệp định.",
        "Tổng thống Ukraine [[Zelunsiji]] kêu gọi viện trợ quân sự.",
    )
    quiet = (
        "Tổng thống Mỹ Donald Trump và Tổng thống Pháp Emmanuel Macron gặp nhau tại Paris.",
        "Thủ tướng Ấn Độ Narendra Modi thăm Việt Nam.",
        "Tổng thống Nigeria Bola Tinubu hội đàm với Thủ tướng Nhật Bản Takaichi.",
        "Ông Lei Jun, Chủ tịch Xiaomi, giới thiệu mẫu xe điện mới.",
        "Chủ tịch Trung Quốc Tập Cận Bình tiếp Tổng thống Obama tại Bắc Kinh.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Only the segments with a word that may begin or belong to a name in pinyin: one scan of the text."""
        words = candidate_words(content_lines(ctx).text)
        if not words:
            return
        for seg in segments_containing(ctx, words):
            if may_be_foreign_pinyin(seg.text):  # the word itself, not a part of a longer one
                yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        # names joined by an interpunct are N102's ('Tonglun • Xisuli'), one finding for the whole name
        dotted = [(n.start, n.end) for n in interpunct_names(text)] if DOT.search(text) else []
        known = [m for m in pinyin_western_names(text) if not any(a < m.end and m.start < b for a, b in dotted)]
        for m in known:
            assert m.name is not None
            span = text[m.start : m.end]
            critical = _titled_for(m, seg_titled(ctx, seg.index))
            if m.loose and not critical:
                continue  # 'ông Dai Wei' may be a Chinese person; 'Tổng thống Mỹ Bai Deng' is Biden
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{span}' is the pinyin of the Chinese name of {m.name}",
                suggestion=m.name,
                confidence=0.9 if critical or m.syllables >= 3 else 0.8,
                severity=Severity.CRITICAL if critical else Severity.MAJOR,
            )
        taken = [(m.start, m.end) for m in known] + [(r.start, r.end) for r in seg_pinyin(ctx, seg.index)] + dotted
        for m in pinyin_shaped_names(text):
            if any(a < m.end and m.start < b for a, b in taken):
                continue
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{text[m.start : m.end]}' looks like a foreign name left in Chinese pinyin",
                confidence=0.5,
                severity=Severity.MINOR,
            )


def _titled_for(m: ForeignPinyin, titled: list[TitledName]) -> bool:
    """A title of an office the person held names them: the name starts one of the first words after it."""
    held = {t.office for t in people().get(m.name or "", ())}
    return any(held.intersection(t.offices) and any(w[0] == m.start for w in t.run[:4]) for t in titled)


def _named_country(text: str, t: TitledName) -> tuple[int, int] | None:
    """Where the country a title names is: the end of the title ('Thủ tướng Trung Quốc') or the words
    between the title and the name ('Chủ tịch nước Việt Nam'). The shortest tail that is a country name."""
    names = country_names()
    gap = text[t.title_end : t.run[0][0]].strip()
    if gap:
        if gap not in names:
            return None
        start = text.index(gap, t.title_end)
        return start, start + len(gap)
    words = t.title.split()
    for i in range(len(words) - 1, 0, -1):
        tail = " ".join(words[i:])
        if tail in names:
            return t.title_end - len(tail), t.title_end
    return None


def _known_from_run(run: tuple[tuple[int, int, str], ...]) -> tuple[str, frozenset[str]] | None:
    """The longest start of ``run`` (two to four words) that is a person of people.tsv, with the countries
    of their offices."""
    for n in range(min(4, len(run)), 1, -1):
        name = " ".join(w for _, _, w in run[:n])
        tenures = people().get(name)
        if tenures:
            return name, frozenset(t.country for t in tenures)
    return None


@functools.lru_cache(maxsize=4096)
def _resembles_holder(name: str, office_ids: tuple[str, ...]) -> bool:
    """``name`` is a holder of the offices or a near-miss of one (aligned syllable similarity >= 0.45)."""
    return any(name_similarity(name, h.name_vi) >= 0.45 for o in office_ids for h in holders(o))


@functools.lru_cache(maxsize=4096)
def _title_fix(calque: str, titles: tuple[str, ...]) -> str:
    """The correct title keeping what the calque names after it: 'Chủ tịch Đảng Cộng sản Việt Nam' →
    'Tổng Bí thư Đảng Cộng sản Việt Nam' (a title form ending in the same two or more words)."""
    words = calque.split()
    best, best_n = titles[0], 1
    for title in titles:
        tw = title.split()
        n = 0
        while n < min(len(tw), len(words)) - 1 and tw[-1 - n] == words[-1 - n]:
            n += 1
        if n > best_n or (n == best_n > 1 and len(tw) < len(best.split())):
            best, best_n = title, n  # the most words in common, then the shortest title
    if best_n > 1:
        # the main title with the calque's own words after it, when shorter than the full form found
        # ('Tổng thống Việt Nam' → 'Chủ tịch nước Việt Nam', not 'Chủ tịch nước CHXHCN Việt Nam')
        short = " ".join([titles[0], *words[-best_n:]])
        if len(short.split()) < len(best.split()):
            return short
    return best


_PARTY_NAME = re.compile(
    r"^\s+(?:Ban Chấp hành Trung ương|BCH TƯ|Trung ương Đảng|Đảng Cộng sản Việt Nam|Đảng CSVN|"
    r"Cộng sản Việt Nam)"
)


def _party_follows(text: str, pos: int) -> bool:
    return bool(_PARTY_NAME.match(text[pos:]))


@register
class InconsistentPersonName(DocumentRule):
    code = "T101"
    name = "inconsistent-person-name"
    category = "fluency/inconsistency"
    severity = Severity.MINOR
    summary = "One person written two ways in one document (pinyin, a garble or other diacritics beside the right form)"
    why = (
        "A post-editor fixing a name must fix every rendering of it; a reader sees two people. Mentions "
        "resolved to the same person (a recovered pinyin name, a near-miss next to the same office, the same "
        "letters with other diacritics, or a foreign surname a letter or two apart after the same given name, "
        "hyphenated or not) are flagged where they differ from the document's main form. A form cited right after the "
        "main one ('Hà Nội FC (Ha Noi FC)', 'gọi là …') is not."
    )
    fires = (
        "Thủ tướng Võ Văn Kiệt thăm Pháp.\nÔng [[Vo Van Kiet]] gặp Tổng thống Pháp.",
        "Chủ tịch nước Trương Tấn Sang tiếp khách.\nChủ tịch nước [[Zhang Jinchuang]] phát biểu.",
        "Tổng thống Kassym-Jomart Tokayev đón đoàn.\nThủ tướng Olzhas Bektenov dự.\nÔng [[Olzhas Bektanov]] phát biểu.",
        "Tổng thống Đức Frank-Walter Steinmeier đón đoàn.\nÔng [[Frank-Walter Steinmeir]] phát biểu.",
    )
    quiet = (
        "Thủ tướng Võ Văn Kiệt thăm Pháp.\nThủ tướng Võ Văn Kiệt gặp Tổng thống Pháp.",
        "Ông Nguyễn Văn An và ông Nguyễn Văn Ân cùng dự họp.",
        "Xạ thủ Kim Ye-ji và Kim Ye-jin; Venus Williams và Serena Williams; Harry Kane và Harry Maguire.",
        "Bà Trương Mỹ Hoa (Truong My Hoa) phát biểu.\nBà Trương Mỹ Hoa cảm ơn khách mời.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        yield from self._pinyin_mentions(ctx)
        yield from _respelled_foreign_names(ctx)
        candidates = _variant_segments(ctx)
        if not candidates:
            return  # no unmarked Vietnamese-looking name, no new-style tone placement: nothing to compare
        names = doc_names(ctx)
        # the same letters with other marks: 'Vo Van Kiet' beside 'Võ Văn Kiệt'
        by_fold: dict[str, list[str]] = {}
        for n in names:
            by_fold.setdefault(fold(n), []).append(n)
        main_form = {  # the most frequent form, then the one with the most marks; most letters have one form
            k: v[0] if len(v) == 1 else max(v, key=lambda n: (names[n], sum(c != fold(c) for c in n)))
            for k, v in by_fold.items()
        }
        if not main_form:
            return
        for seg in candidates:
            for m in _variant_mentions(seg.text, main_form):
                start, end, form, main = m
                if cited(seg.text, start) and main in seg.text[:start]:
                    continue  # 'Hà Nội FC (Ha Noi FC)', 'gọi là Dang Le Nguyen Vu': the other form cited as such
                yield Hit(
                    seg.index,
                    start,
                    end,
                    f"'{form}' is written '{main}' elsewhere in this document",
                    suggestion=main,
                    confidence=0.8,
                )

    def _pinyin_mentions(self, ctx: DocContext) -> Iterator[Hit]:
        """Pinyin renderings of a name the document also writes correctly."""
        recovered = doc_pinyin(ctx)
        if not recovered:
            return
        names = doc_names(ctx)
        segs = ctx.doc.segments
        for r in recovered:
            if _glossed(segs[r.seg].text, r.start, r.end, r.candidates):
                continue
            if r.candidates and r.candidates[0].name in names and r.candidates[0].score >= 0.5:
                main = r.candidates[0].name
                span = segs[r.seg].text[r.start : r.end]
                yield Hit(
                    r.seg,
                    r.start,
                    r.end,
                    f"'{span}' is written '{main}' elsewhere in this document",
                    suggestion=main,
                    confidence=confidence(r.candidates[0]),
                )


def _respelled_foreign_names(ctx: DocContext) -> Iterator[Hit]:
    """A foreign name's surname spelled two ways ('Ilham Aliyev' … 'Ilham Aliev'): audit.lang.respelled."""
    segments = content_lines(ctx).segments
    for r in respellings(s.text for s in segments):
        yield Hit(
            segments[r.item].index,
            r.start,
            r.end,
            f"'{r.form}' is written '{r.main}' elsewhere in this document",
            suggestion=r.main,
            confidence=0.7,
        )


# Two capitalised words without Vietnamese marks, or a tone mark placed the new way (hoà, thuý):
# the only ways one name can be written twice with the same letters
_UNMARKED_NAME = re.compile(r"([A-Z][a-z]+) [A-Z][a-z]+")
_NEW_STYLE_TONE = re.compile(r"[A-ZĐ][^\W\d_]*?(?:[oO][àáảãạèéẻẽẹ]|(?<![qQ])[uU][ýỳỷỹỵ])")


def _maybe_variant(text: str) -> bool:
    """An unmarked name starting with a Vietnamese surname ('Vo Van Kiet'), or a capitalised word with
    the tone mark placed the new way ('Hoà', 'Thuý')."""
    if _NEW_STYLE_TONE.search(text):
        return True
    folds = _surname_folds()
    return any(m.group(1).lower() in folds for m in _UNMARKED_NAME.finditer(text))


# A vowel pair of a tone mark placed the new way, or a look-alike ('uà'): every _NEW_STYLE_TONE match ends in one
_NEW_STYLE_PAIR = re.compile("[oOuU][àáảãạèéẻẽẹýỳỷỹỵ]")
_CAPITAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def _variant_segments(ctx: DocContext) -> list[Segment]:
    """The article segments that pass :func:`_maybe_variant`, in document order.

    New-style tone marks: each vowel pair found in the document's text (one scan) is checked where it
    stands. Unmarked names: only segments with two capitalised words of plain letters
    side by side (:data:`PINYIN_HINTS`, already asked for the pinyin names) can have one.
    """
    lines = content_lines(ctx)
    text = lines.text
    hits: set[int] = set()
    for m in _NEW_STYLE_PAIR.finditer(text):
        if _new_style_at(text, m.start()):  # most pairs stand in a lowercase word ('hoà', 'thuý')
            hits.add(lines.segments[lines.segment_at(m.start())].index)
    folds = _surname_folds()
    for seg in _pinyin_segments(ctx):
        if seg.index not in hits and any(m.group(1).lower() in folds for m in _UNMARKED_NAME.finditer(seg.text)):
            hits.add(seg.index)
    return [s for s in lines.segments if s.index in hits]


def _new_style_at(text: str, k: int) -> bool:
    """``_NEW_STYLE_TONE`` has a match ending in the vowel pair at ``k``: a capital letter starts the
    letters before the pair, and a 'u' pair does not follow 'q' ('Quý' is right)."""
    if text[k] in "oO":
        if text[k + 1] not in "àáảãạèéẻẽẹ":
            return False
    elif text[k + 1] not in "ýỳỷỹỵ" or (k and text[k - 1] in "qQ"):
        return False
    j = k - 1
    while j >= 0 and LETTER.match(text, j):
        if text[j] in _CAPITAL:
            return True
        j -= 1
    return False


@functools.cache
def _surname_folds() -> frozenset[str]:
    return frozenset(fold(s) for s in surnames().values())


def _variant_mentions(text: str, main_form: dict[str, str]) -> Iterator[tuple[int, int, str, str]]:
    """Mentions with a document name's letters but without its marks (or with the tone mark placed
    differently): 'Vo Van Kiet' or 'Võ Văn Kiêt' beside 'Võ Văn Kiệt', in a text that passes
    :func:`_maybe_variant`. Two marked forms whose tones differ may be two people ('Nguyễn Văn An',
    'Nguyễn Văn Ân') and are left alone."""
    for run in multiword_runs(text):
        i = 0
        while i < len(run) - 1:
            for n in (4, 3, 2):
                window = run[i : i + n]
                if len(window) < n:
                    continue
                form = " ".join(w for _, _, w in window)
                main = main_form.get(fold(form))
                if main is None or form == main:
                    continue
                if fold(form) == form.lower() or _name_key(form) == _name_key(main):
                    yield window[0][0], window[-1][1], form, main
                i += n - 1
                break
            i += 1


def _name_key(name: str) -> str:
    return " ".join(syllable_key(w) for w in name.split())
