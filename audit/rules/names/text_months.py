"""The months of a text's written dates, for N103's month-precise checks of a hand-over within the text's year.

A date gives its month when written 'ngày 15/11/2025', 'tháng 11/2025', '15 tháng 11 năm 2025' or 'tháng 11 năm
2025'; a year alone ('năm 2025') gives none. A date after a word of a deadline or a plan ('đến', 'trước', 'dự kiến
…'), in a clause a plan word opens ('dự kiến đến Hà Nội vào tháng 3/2026'), or inside quotation marks (another
text's dateline, quoted) is not the text's date: when such a date is the newest, the text is dated to the year only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from audit.clock import today
from audit.model import Document
from audit.rules._prefilter import content_lines, lowered_content
from audit.rules.base import DocContext
from audit.rules.names.analyses import doc_dated_years

_Y = r"((?:19[5-9]|20[0-4])\d)(?!\d)"
# '15/11/2025', '11/2025' (the month is the number before the year), 'tháng 11 năm 2025'
_SLASH_DATE = re.compile(rf"(?<![\d/])(?:\d{{1,2}}/)?(\d{{1,2}})/{_Y}")
_WORD_DATE = re.compile(rf"(?<!\w)tháng (\d{{1,2}}) năm {_Y}", re.IGNORECASE)
# Where each may match, found quickly: a pattern that opens with a lookbehind is tried at every position of the text
# (about 60 ns a character), one that opens with a literal or a character class skips ahead to it; the dates are
# then searched for only on the lines these hints stand on (no date runs over a line's end).
_SLASH_HINT = re.compile(rf"/{_Y}")
_WORD_HINT = re.compile(r"[tT][hH][áÁ][nN][gG] ")
# The same hint in the lowercase text (a literal, which re finds as fast as str.find; _WORD_HINT opens on [tT], tried at
# every 't'): no other character lowercases to one of its letters, so it stands there just where _WORD_HINT stands in
# the text (a test checks every code point)
_WORD_HINT_LOWER = re.compile("tháng ")
# a deadline or a plan right before the date ('có hiệu lực từ ngày 1/1/2026', 'dự kiến vào tháng 12/2025')
_DEADLINE = re.compile(
    r"(?<!\w)(?:đến|tới|trước|từ|hạn|hạn chót|kể từ|dự kiến|sẽ|chậm nhất|muộn nhất|cuối|đầu|giữa)"
    r"(?: (?:ngày|hết|hôm|vào|tháng|năm|ngày cuối|nay))*\s*$",
    re.IGNORECASE,
)
# a plan word earlier in the date's clause, a few words between ('Một đoàn dự kiến đến Hà Nội vào tháng 3/2026', 'sẽ
# khai trương tại Đà Nẵng ngày 5/2/2026'): no stop, comma or quotation mark after it
_PLAN_CLAUSE = re.compile(
    r"(?<!\w)(?:dự kiến|dự định|theo kế hoạch|sẽ)(?!\w)[^.;:!?,\n\"“”]{0,48}$",
    re.IGNORECASE,
)
_PLAN_REACH = 64  # characters before a date where its clause's plan word may stand
_OPENING = 4  # segments of a document (page chrome included) where a dateline stands


def opening_text(doc: Document) -> str:
    """The document's first segments and, on a page whose article starts below a menu, the article's first ones
    (its chrome between included: 'Cập nhật: 18/12/2025'), where a dateline stands."""
    head = doc.segments[:_OPENING]
    first = next((s.index for s in doc.segments if not s.boilerplate), 0)
    if first > _OPENING - 1:
        head = [*head, *doc.segments[first : first + _OPENING]]
    if not any(_DATELINE_LINE.match(s.text) for s in head):  # a dateline below a long head (masthead, bars, headline)
        head = [*head, *(s for s in doc.segments[:_HEAD_MAX] if _DATELINE_LINE.match(s.text))][: len(head) + 1]
    return "\n".join(s.text for s in head)


# an article's dateline opening its first sentence: a place, a weekday or not, the full date, a dash ('Paris,
# 2/12/2025 - ', 'TP.HCM, thứ Ba, 9/12/2025 (TTXVN) – ')
_DATELINE_LINE = re.compile(
    r"[^\W\d_][^\n,]{0,40},\s*(?:(?:[Tt]hứ \w+|[Cc]hủ [Nn]hật),?\s*)?(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s"
)


def written_months(text: str, lowered: str | None = None) -> list[tuple[int, int, bool]]:
    """The (year, month, aside) of each date written with its month in ``text``, in text order, where aside is a
    date after a deadline word or inside quotation marks; dates after the current month are left out (a plan).
    ``lowered``: ``text`` in lowercase character for character (``lowered_content``), when the caller has it."""
    now = today()
    out = []
    word_hint = (_WORD_HINT, text) if lowered is None else (_WORD_HINT_LOWER, lowered)
    for pattern, (hint, hinted) in ((_SLASH_DATE, (_SLASH_HINT, text)), (_WORD_DATE, word_hint)):
        for m in _on_hinted_lines(pattern, hint, text, hinted):
            month, year = int(m.group(1)), int(m.group(2))
            if not 1 <= month <= 12 or (year, month) > (now.year, now.month):
                continue
            lead = text[max(0, m.start() - 24) : m.start()]
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            quoted = line.count('"') % 2 == 1 or line.count("“") > line.count("”")
            planned = _PLAN_CLAUSE.search(text, max(0, m.start() - _PLAN_REACH), m.start()) is not None
            out.append((m.start(), year, month, quoted or planned or _DEADLINE.search(lead) is not None))
    return [(y, mo, aside) for _, y, mo, aside in sorted(out)]


def _on_hinted_lines(
    pattern: re.Pattern[str], hint: re.Pattern[str], text: str, hinted: str | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only on the lines where ``hint`` matches (the same matches when no match
    of ``pattern`` runs over a line's end and every one holds a match of ``hint``); ``hinted``: a text as long as
    ``text``, line for line, that ``hint`` is searched in instead (its lowercase form)."""
    done = -1
    for h in hint.finditer(text if hinted is None else hinted):
        if h.start() < done:
            continue
        start = text.rfind("\n", 0, h.start()) + 1
        done = text.find("\n", h.end())
        if done == -1:
            done = len(text)
        yield from pattern.finditer(text, start, done)


def doc_months(ctx: DocContext) -> list[tuple[int, int, bool]]:
    """:func:`written_months` of the document's article text (memoised)."""
    return ctx.memo("names.written_months", lambda _d: written_months(content_lines(ctx).text, lowered_content(ctx)))


def dateline_month(ctx: DocContext) -> tuple[int, int] | None:
    """The (year, month) the text is dated to: the first date written in its opening segments, where a dateline
    stands, when it is no aside (a deadline, a quotation) and no date of the document is of a later month; None
    otherwise (a later date may be the text's own or an anniversary, a plan: the text is then dated to the year
    only). Memoised."""

    def compute(doc: Document) -> tuple[int, int] | None:
        head = opening_text(doc)
        opening = written_months(head)
        if not opening or opening[0][2]:
            return None
        first = opening[0][:2]
        later = {(y, m) for y, m, _ in [*opening, *doc_months(ctx)] if (y, m) > first}
        if not later:
            return first
        # an article's own dateline ('Hà Nội, 27/11/2025 – …') dates it whatever plans it writes of later months
        # ('Hội nghị … sẽ được tổ chức vào thứ Ba, 8/12/2025'; misses31)
        if _dateline_of(head) == first and later <= _plan_months(content_lines(ctx).text):
            return first
        return None

    return ctx.memo("names.dateline_month", compute)


# a sentence that speaks of what is to come: a date in it is a plan's, not the text's
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|dự định|theo kế hoạch|lên kế hoạch|chuẩn bị)(?!\w)", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?!\d)")


def _dateline_of(text: str) -> tuple[int, int] | None:
    """The (year, month) of an article's dateline line in ``text`` (:data:`_DATELINE_LINE`), or None."""
    line = _DATELINE_LINE.search(text)
    if line is None:
        return None
    date = _SLASH_DATE.search(line.group())
    return None if date is None else (int(date.group(2)), int(date.group(1)))


def _plan_months(text: str) -> set[tuple[int, int]]:
    """The (year, month) of the dates of ``text`` written only as plans: after a deadline's word or in quotation
    marks (:func:`written_months`' asides), or in a sentence that speaks of the future before them ('sẽ', 'dự
    kiến'); a month also written otherwise is left out."""
    plans: set[tuple[int, int]] = set()
    dated: set[tuple[int, int]] = set()
    for pattern, hint in ((_SLASH_DATE, _SLASH_HINT), (_WORD_DATE, _WORD_HINT)):
        for m in _on_hinted_lines(pattern, hint, text):
            month, year = int(m.group(1)), int(m.group(2))
            start = max(
                (b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, m.start() - 200), m.start())), default=0
            )
            sentence = text[max(start, m.start() - 200) : m.start()]
            aside = _DEADLINE.search(sentence[-24:]) is not None or sentence.count("“") > sentence.count("”")
            (plans if aside or _FUTURE.search(sentence) else dated).add((year, month))
    return plans - dated


def opening_month(ctx: DocContext, year: int) -> int | None:
    """The newest month of ``year`` written in a date of the document's opening segments, when no date of the
    document names a later month of that year and none of them is an aside (a deadline, a quotation); None
    otherwise (memoised)."""

    def compute(doc: Document) -> dict[int, int | None]:
        opening = written_months(opening_text(doc))
        every = [*opening, *doc_months(ctx)]
        out: dict[int, int | None] = {}
        for y in {y for y, _, _ in opening}:
            of_year = [(m, aside) for yy, m, aside in every if yy == y]
            newest = max(m for m, _ in of_year)
            ok = not any(aside for _, aside in of_year) and any(yy == y and m == newest for yy, m, _ in opening)
            out[y] = newest if ok else None
        return out

    return ctx.memo("names.opening_months", compute).get(year)


_HEAD_MAX = 12  # segments a page's head may run to
_SENTENCE_CLOSE = re.compile(r"[.!?…][\"'”’)]*\s*$")


def page_dateline_year(ctx: DocContext) -> int | None:
    """The year of the page's dateline: the first date written in the page's head, page chrome included (a byline
    'Nguyễn Văn A | 12:30 | 07/11/2025'), the segments before the article's first sentence (masthead, menu,
    headline, byline) and the opening words of that sentence ('Hà Nội, ngày 24/11/2025 – …'), when it is no aside (a
    deadline, a quotation); None when that head writes no date (memoised)."""

    month = page_dateline_month(ctx)
    return None if month is None else month[0]


def page_dateline_month(ctx: DocContext) -> tuple[int, int] | None:
    """The (year, month) of the page's dateline as :func:`page_dateline_year` finds it (memoised)."""

    def compute(doc: Document) -> tuple[int, int] | None:
        head = []
        for s in doc.segments[:_HEAD_MAX]:
            if not s.boilerplate and _SENTENCE_CLOSE.search(s.text):
                head.append(_opening(s.text))  # a dateline opening the first paragraph
                break
            head.append(s.text)
        dates = written_months("\n".join(head))
        return dates[0][:2] if dates and not dates[0][2] else None

    return ctx.memo("names.page_dateline_month", compute)


def page_month(ctx: DocContext) -> tuple[int, int] | None:
    """The (year, month) a page dated only by its head is of (:func:`page_dateline_month`; misses27), when the article
    writes no date of a later month (a later date may be the text's own); None otherwise (memoised)."""

    def compute(_doc: Document) -> tuple[int, int] | None:
        head = page_dateline_month(ctx)
        if head is None or any((y, m) > head for y, m, _ in doc_months(ctx)):
            return None
        return head

    return ctx.memo("names.page_month", compute)


def earliest_month_from_head(ctx: DocContext, year: int) -> int | None:
    """The earliest month of ``year`` among the page head's date (:func:`page_dateline_month`, chrome included:
    'Cập nhật: 14:20 | 01/12/2025') and every date of that year the article writes, when the head is of ``year``;
    None otherwise. A text whose head and own dates of a year all fall after a month speaks after it (misses33: a
    minister who left in 2/2025 under the bare title in a page of 12/2025 that also writes 30/11/2025), memoised."""

    def compute(_doc: Document) -> tuple[int, int] | None:
        head = page_dateline_month(ctx)
        if head is None:
            return None
        return head[0], min([head[1], *(m for y, m, _ in doc_months(ctx) if y == head[0])])

    found = ctx.memo("names.earliest_month_from_head", compute)
    return found[1] if found is not None and found[0] == year else None


_DATELINE_CHARS = 40  # characters opening the article's first sentence where its dateline stands


def _opening(text: str) -> str:
    """The first words of ``text``, up to :data:`_DATELINE_CHARS` characters, no word cut."""
    if len(text) <= _DATELINE_CHARS:
        return text
    cut = text.rfind(" ", 0, _DATELINE_CHARS + 1)
    return text[: cut if cut > 0 else _DATELINE_CHARS]


def plan_years(ctx: DocContext) -> set[int]:
    """Years after the page's dateline (:func:`page_dateline_year`) that the article writes only in asides: a
    deadline or a plan ('CBAM thu phí từ ngày 1/1/2026' in a story of 7/11/2025), a quotation; no text's date. A
    text with no dateline: the years it writes only in a future or effective-from frame (:func:`framed_years`)."""
    head = page_dateline_year(ctx)
    if head is None:
        return ctx.memo("names.framed_years", lambda _d: _framed_dated_years(ctx))
    months = doc_months(ctx)
    plain = {y for y, _, aside in months if not aside}
    return {y for y, _, aside in months if aside and y > head and y not in plain}


# a date's clause that speaks of what is to come or of when a rule takes effect: 'Luật … sẽ có hiệu lực từ ngày
# 1/7/2026', 'Nghị định có hiệu lực thi hành kể từ ngày 1/1/2026', 'dự kiến khai trương vào tháng 3/2026', 'được áp
# dụng từ 1/7/2026', 'Theo kế hoạch, …'; no stop, comma or quotation mark between the word (its own comma aside) and
# the date
_FRAMED = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến|dự định|theo kế hoạch|có hiệu lực|hiệu lực thi hành|áp dụng)(?!\w),?"
    r"[^.;:!?,\n\"“”]{0,48}$",
    re.IGNORECASE,
)


def _framed_dated_years(ctx: DocContext) -> set[int]:
    """:func:`framed_years` of the document's article text, for the years of its written dates up to this one
    (:func:`doc_dated_years`)."""
    now = today().year
    return framed_years(content_lines(ctx).text, [y for y in doc_dated_years(ctx) if y <= now])


def framed_years(text: str, years: Iterable[int]) -> set[int]:
    """The newest of ``years`` that ``text`` writes only in dates of a future or effective-from frame
    (:data:`_FRAMED`), down to the first it writes in a plain date: a plan's or a law's coming date bounds the day
    the text was written from above and is none of its dates (adversary101: 'Luật Thương mại điện tử mới sẽ có hiệu
    lực từ ngày 1/7/2026' in a file of November 2025); a year also written in a plain date ('ngày 20/11/2025', 'từ
    ngày 1/7/2025') is kept, and so is every year before it (the text's date is its newest)."""
    out: set[int] = set()
    for year in sorted(set(years), reverse=True):
        if not _only_framed(text, year):
            break
        out.add(year)
    return out


def _only_framed(text: str, year: int) -> bool:
    """``text`` writes ``year`` in a date ('1/7/2026', 'tháng 7/2026', 'tháng 7 năm 2026'), and each such date stands
    in a future or effective-from frame. Only the places where the year's digits stand are looked at."""
    key = str(year)
    found = False
    at = text.find(key)
    while at != -1:
        end = at + len(key)
        if not text[end : end + 1].isdigit():
            for pattern in (_SLASH_DATE, _WORD_DATE):
                date = next((m for m in pattern.finditer(text, max(0, at - 16), end) if m.end() == end), None)
                if date is not None:
                    found = True
                    if _FRAMED.search(text, max(0, date.start() - _PLAN_REACH), date.start()) is None:
                        return False
                    break
        at = text.find(key, end)
    return found
