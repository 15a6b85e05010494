"""The per-document name analyses the name rules share: the Vietnamese names in the document, its years,
recovered pinyin names and titled names, memoised on the DocContext; the base class of the titled-name rules.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from audit.lang.cited_names import cited_spelling
from audit.lang.foreign_pinyin import pinyin_western_names
from audit.lang.hanviet import fold, syllable_key
from audit.lang.lines import matches_by_line
from audit.lang.mentions import PINYIN_HINTS, TitledName, pinyin_names, title_start_pattern, titled_names
from audit.lang.mentions import PinyinName as PinyinMention
from audit.lang.names import Candidate, RunStart, multiword_runs_by_text, names_in_runs, recover
from audit.lang.people import vi_names
from audit.model import Document, Segment
from audit.rules._prefilter import content_lines, segments_matching
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.batch_rows import near_segments

# A year 1950–2049 standing alone. The pattern starts with a plain digit (the lookbehind comes after
# it), so the regex engine skips ahead to a 1 or 2 instead of trying every position of the text.
_YEAR = re.compile(r"[12](?<!\d[12])(?:(?<=1)9[5-9]|(?<=2)0[0-4])\d(?!\d)")
# Its matches in two searches, each from a literal start that the engine finds as fast as str.find: the
# years 1950–1999 and 2000–2049 (no two matches overlap: each stands between non-digits)
_YEAR_19 = re.compile(r"19(?<!\d19)[5-9]\d(?!\d)")
_YEAR_20 = re.compile(r"20(?<!\d20)[0-4]\d(?!\d)")


def doc_names(ctx: DocContext) -> Counter[str]:
    """Vietnamese personal names in the document's article text, with counts."""
    return ctx.memo("names.vietnamese", lambda d: names_in_runs(map(itemgetter(1), chain.from_iterable(doc_runs(ctx)))))


def doc_runs(ctx: DocContext) -> list[list[RunStart]]:
    """The runs of two or more capitalised words of each article segment (``content_lines(ctx).segments``,
    in order): where each starts and its words, found in one scan of the article text and read by every
    name analysis that looks at such runs (memoised as "names.runs")."""

    def compute(d: Document) -> list[list[RunStart]]:
        lines = content_lines(ctx)
        return multiword_runs_by_text([s.text for s in lines.segments], lines.text, lines.starts)

    return ctx.memo("names.runs", compute)


def seg_runs(ctx: DocContext) -> dict[int, list[RunStart]]:
    """:func:`doc_runs` by segment index, for the segments that have a run."""
    return ctx.memo(
        "names.runs_by_segment",
        lambda d: {s.index: r for s, r in zip(content_lines(ctx).segments, doc_runs(ctx), strict=True) if r},
    )


def near_text(ctx: DocContext, seg: Segment) -> str | None:
    """In a long document (a batch of sentences: audit.rules.batch_rows), the text of the content segments near
    ``seg``, one a line; None in a document of an article's length, which is dated as a whole."""
    near = near_segments(ctx, seg)
    return None if near is None else "\n".join(s.text for s in near)


def _years_by_frequency(text: str) -> list[int]:
    found = Counter(_YEAR_19.findall(text))  # no year spans a line break
    found.update(_YEAR_20.findall(text))
    years = {int(y): n for y, n in found.items()}
    return [y for y, _ in sorted(years.items(), key=lambda kv: (-kv[1], -kv[0]))]


def doc_years(ctx: DocContext, seg: Segment | None = None) -> list[int]:
    """Years the document mentions, most frequent first (its likely date); of a long document, those near ``seg``."""
    near = near_text(ctx, seg) if seg is not None else None
    if near is not None:
        return _years_by_frequency(near)
    return ctx.memo("names.years", lambda d: _years_by_frequency(content_lines(ctx).text))


# A year in a written date: 'ngày 12/3/2025', 'tháng 3/2025', 'ngày 12 tháng 3 năm 2025' (the day an event took place,
# the article's dateline), where a bare year may be a past reference ('ký năm 2016')
# (written from one character class, a digit or the t of 'tháng', with the lookbehind after the first digit: re skips
# ahead to such a character; the plain form, '(?<![\d/])\d{1,2}/…|tháng …', opens with a lookbehind and an
# alternation, and is tried at every position of the text)
_DATED_YEAR = re.compile(
    r"[\dt](?:(?<=\d)(?<![\d/]\d)\d?/(?:\d{1,2}/)?((?:19[5-9]|20[0-4])\d)(?!\d)"
    r"|(?<=t)háng \d{1,2} năm ((?:19[5-9]|20[0-4])\d)(?!\d))"
)
_SENTENCE_END = re.compile(r"[.!?;](?=\s)")
# The years of _DATED_YEAR found from their literal lead ('/', 'năm '), which the regex engine finds as fast as
# str.find, and the rest of the date checked before each (_DATED_YEAR starts with a lookbehind: it is tried at
# every position of the text)
_YEAR_AFTER_SLASH = re.compile(r"/((?:19[5-9]|20[0-4])\d)(?!\d)")
_YEAR_AFTER_NAM = re.compile(r"năm ((?:19[5-9]|20[0-4])\d)(?!\d)")
_DAY_MONTH_SLASH = re.compile(r"(?<![\d/])\d{1,2}/(?:\d{1,2}/)?\Z")  # at most 6 characters, 7 with the one before
_MONTH_OF = re.compile(r"tháng \d{1,2} \Z")  # at most 9 characters


def dated_years(text: str) -> set[int]:
    """The years of ``_DATED_YEAR.findall(text)`` (its matches never overlap: each is one of them)."""
    years = set()
    for m in _YEAR_AFTER_SLASH.finditer(text):
        at = m.start() + 1
        if _DAY_MONTH_SLASH.search(text, max(0, at - 7), at):
            years.add(int(m.group(1)))
    for m in _YEAR_AFTER_NAM.finditer(text):
        at = m.start()
        if _MONTH_OF.search(text, max(0, at - 9), at):
            years.add(int(m.group(1)))
    return years


def doc_dated_years(ctx: DocContext, seg: Segment | None = None) -> list[int]:
    """Years of the document's written dates, latest first (a dateline is the article's newest date); of a long
    document, those of the dates near ``seg`` (:func:`near_text`)."""
    near = near_text(ctx, seg) if seg is not None else None
    if near is not None:
        return sorted(dated_years(near), reverse=True)

    def compute(d: Document) -> list[int]:
        return sorted(dated_years(content_lines(ctx).text), reverse=True)

    return ctx.memo("names.dated_years", compute)


def event_years(ctx: DocContext, seg: Segment, pos: int) -> list[int]:
    """The years a mention at ``pos`` of ``seg`` most likely speaks of, best first: the year written before it in
    its sentence ('Năm 2012, Chủ tịch nước …'; one after it may be what the person recalls, 'nhắc lại chuyến thăm
    năm 2016', unless in a date, '… vào ngày 5/7/2023'), the document's dated years (latest first), then its
    years by frequency. An article about today that recalls an earlier year twice is dated by its dateline."""
    text = seg.text
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    end_m = _SENTENCE_END.search(text, pos)
    end = end_m.start() if end_m else len(text)
    before = [int(m.group()) for m in _YEAR.finditer(text, start, pos)]
    dated_after = [int(a or b) for a, b in _DATED_YEAR.findall(text, pos, end)]
    here = before[-1:] or dated_after[:1]
    return list(dict.fromkeys([*here, *doc_dated_years(ctx, seg), *doc_years(ctx, seg)]))


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
        segments = _pinyin_segments(ctx)
        runs = seg_runs(ctx) if segments else {}
        found = [
            (seg.index, p)
            for seg in segments
            for p in _not_foreign(seg.text, pinyin_names(seg.text, runs.get(seg.index, ())))
        ]
        # the document's names, the most written first: of two spellings one mark apart, the usual one is offered;
        # at equal counts, the one whose last word the article writes more often ('bị cáo Hoàn', 'ông Hoàn' beside one
        # 'Trần Văn Hoan' and one 'Trần Văn Hoàn': misses25), then the first written
        names = _names_by_use(ctx) if found else []
        out = []
        for index, p in found:
            cands = _given_name_first(tuple(recover(p.tokens, names)), ctx)
            if p.weak and not (cands and cands[0].source == "gazetteer" and cands[0].score >= 0.99):
                if not _no_vietnamese_given(p.tokens):
                    continue
            out.append(Recovered(index, p.start, p.end, p.tokens, p.titled, cands))
        return out

    return ctx.memo("names.pinyin", compute)


def _names_by_use(ctx: DocContext) -> list[str]:
    """The document's Vietnamese names, the most written first (Counter.most_common keeps the first written at a
    tie); of names one mark apart written as often, the one whose last word stands more often in the article text,
    alone or in the name, takes the first place of theirs (the recovery keeps the first of such spellings)."""
    ranked = doc_names(ctx).most_common()
    names = [n for n, _ in ranked]
    tied: dict[tuple[str, int], list[int]] = {}
    for k, (n, count) in enumerate(ranked):
        tied.setdefault((fold(n), count), []).append(k)
    groups = [ks for ks in tied.values() if len(ks) > 1]
    if not groups:
        return names
    text = content_lines(ctx).text
    for ks in groups:
        spelled = [names[k] for k in ks]
        used = {n: len(re.findall(rf"(?<!\w){re.escape(n.rsplit(' ', 1)[-1])}(?!\w)", text)) for n in spelled}
        for k, n in zip(ks, sorted(spelled, key=lambda n: -used[n]), strict=True):
            names[k] = n
    return names


def _given_name_first(cands: tuple[Candidate, ...], ctx: DocContext) -> tuple[Candidate, ...]:
    """The candidates with, among those as good as the first (as faithful, as well matched), the first whose given
    name the article writes on its own put first: sports and feature stories call a player by the given name
    ('Ruan Jinling' 阮进灵 reads Nguyễn Tấn Linh or Nguyễn Tiến Linh; the story's 'Tiến Linh' says which)."""
    if len(cands) < 2 or cands[0].source == "document":
        return cands
    alone = _run_words(ctx)
    top = cands[0]
    if not alone or _given(top.name) in alone:
        return cands
    for k, c in enumerate(cands[1:], 1):
        if c.faithful != top.faithful or c.score < top.score:
            break
        if _given(c.name) in alone:
            return (c, *cands[:k], *cands[k + 1 :])
    return cands


def _given(name: str) -> tuple[str, ...]:
    """The given name of a Vietnamese full name, the words after the surname ('Nguyễn Tiến Linh' → ('Tiến', 'Linh')),
    when they are two (the only given names :func:`_run_words` can hold as a run written on its own); else ()."""
    words = name.split(" ")
    return (words[1], words[2]) if len(words) == 3 else ()


def _run_words(ctx: DocContext) -> frozenset[tuple[str, ...]]:
    """The words of every run of capitalised words of the article (:func:`doc_runs`): a given name of two words is
    among them when the article writes it on its own (a run of exactly two: 'Tiến Linh bỏ lỡ …', not the end of
    'Võ Văn Thưởng'), the given names a story calls people by. Built at C level (memoised as "names.run_words")."""
    return ctx.memo("names.run_words", lambda d: frozenset(map(itemgetter(1), chain.from_iterable(doc_runs(ctx)))))


def _no_vietnamese_given(tokens: tuple[str, ...]) -> bool:
    """A titled two-word pinyin name whose given name, written without a mark, is no Vietnamese name syllable
    ('ông Liu Bo', 'bà Li Na': a Vietnamese name writes its syllables with their marks, and 'Bo', 'Na' without one
    name nobody; 'ông Tran Hai' may be a Vietnamese name written without its marks)."""
    if len(tokens) != 2:
        return False
    key = syllable_key(tokens[1])
    return all(key not in kind for kind in vi_names().values())


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
        segments, offsets = lines.segments, lines.starts
        # one scan of the article: no match spans a line, and a line break reads as a text's end
        by_line = matches_by_line(pattern, lines.text, offsets)
        return [
            (segments[k].index, t)
            for k, found in enumerate(by_line)
            if found
            for t in titled_names(segments[k].text, [m.start() - offsets[k] for m in found])
        ]

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


_GLOSS_OPEN = re.compile(r"\s*\(\s*$")
_GLOSS_CLOSE = re.compile(r"^\s*[),;]")


# The document says the pinyin and a Hán-Việt name are one person: in brackets ('Wang Zhiyi (Vương Chỉ Di)'),
# after 'tức'/'hay'/'còn gọi là' ('Chen Yufei (Trung Quốc), tức Trần Vũ Phi'), or after 'Hán Việt' ('… theo âm
# Hán Việt là Vương Chỉ Di'), in one sentence, either way round
_GLOSS_LINK = re.compile(
    r"^(?:\s*\([^()\n]{1,20}\))?(?:\s*,?\s*\(\s*(?:tức\s+|hay\s+)?|\s*,?\s*(?:tức|hay|còn gọi là|còn viết là)\s+"
    r"|[^.!?\n]{0,60}?Hán[ -]Việt(?:\s+là)?\s+)$",
    re.IGNORECASE,
)


def glossed_in_document(ctx: DocContext, pinyin: str, candidates: tuple[Candidate, ...]) -> bool:
    """Somewhere in the article the pinyin and a candidate's name (score 0.5 or more) stand together as one
    person's two forms (:data:`_GLOSS_LINK` between them, either way round): the reader has been told both, so a
    mention of the pinyin alone elsewhere is the press's choice, not MT's (memoised per pinyin)."""
    cache: dict[str, bool] = ctx.memo("names.glossed_pinyin", lambda _doc: {})
    if pinyin not in cache:
        text = content_lines(ctx).text
        found = False
        for name in (c.name for c in candidates if c.score >= 0.5):
            if not _starts(ctx, name):
                continue  # the name is nowhere in the article: nothing stands beside the pinyin
            for a, b in ((pinyin, name), (name, pinyin)):
                after = _starts(ctx, b)
                for i in _starts(ctx, a, overlapping=False):
                    if found:
                        break
                    end = i + len(a)
                    # text.find(b, end, end + 80): the first b from end that ends by end + 80
                    k = bisect.bisect_left(after, end)
                    j = after[k] if k < len(after) and after[k] + len(b) <= end + 80 else -1
                    found = j >= 0 and _GLOSS_LINK.match(text[end:j]) is not None
        cache[pinyin] = found
    return cache[pinyin]


def cited_beside_hanviet(ctx: DocContext, text: str, start: int, end: int, candidates: tuple[Candidate, ...]) -> bool:
    """The pinyin at ``start:end`` of ``text`` is cited as a spelling ('… còn báo tiếng Anh viết Li Qiang và Wang Yi',
    'tên tiếng Anh là Xi Jinping'; audit.lang.cited_names.cited_spelling) of a person the sentence or the article
    names in Hán-Việt (a candidate of score 0.5 or more): the writer tells the reader how others spell the name, as
    with a gloss in brackets (N101, T101; clean70)."""
    if not cited_spelling(text, start, end):
        return False
    return any(c.score >= 0.5 and (c.name in text or _starts(ctx, c.name)) for c in candidates)


def _starts(ctx: DocContext, needle: str, *, overlapping: bool = True) -> list[int]:
    """Where ``needle`` starts in the article text, in order: every start, or (``overlapping=False``) each search
    going on from the end of the last match, as a ``str.find`` loop does (memoised per document)."""
    cache: dict[tuple[str, bool], list[int]] = ctx.memo("names.starts", lambda _doc: {})
    key = (needle, overlapping)
    if key not in cache:
        out = []
        if overlapping:
            text = content_lines(ctx).text
            i = text.find(needle)
            while i >= 0:
                out.append(i)
                i = text.find(needle, i + 1)
        else:  # a find loop's starts are the first start, then each first one at or after the last one's end
            end = 0
            for i in _starts(ctx, needle):
                if i >= end:
                    out.append(i)
                    end = i + len(needle)
        cache[key] = out
    return cache[key]


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
