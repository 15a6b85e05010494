"""A101, A109: the dates an English or Chinese source gives, and the target's dates that differ from them."""

from __future__ import annotations

import re

from audit.lang.number_match import MONTH_NAMES
from audit.lang.textcache import per_document
from audit.model import Segment
from audit.rules.dates import DateMention, date_mentions

_MONTHS_EN = {
    name.lower(): n for n, full in enumerate(MONTH_NAMES, 1) for name in (full, full[:3], "Sept" if n == 9 else full)
}
_MONTH_RX = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
# (each written from a lookahead for its first character, so that the regex engine skips to one)
_EN_DATES = (
    re.compile(rf"(?=[ADFJMNOS])\b{_MONTH_RX}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"),  # May 5
    re.compile(rf"(?=\d)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RX}(?:,?\s+(?P<y>\d{{4}}))?"),  # 5 May
)
_ANY_DIGIT = re.compile(r"\d")
_ZH_DATE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")


# a date in Chinese numerals: 二〇二五年三月四日, 九月三十日
_ZH_DIGITS = "〇一二三四五六七八九"
_ZH_WORD_DATE = re.compile(
    r"(?:(?P<y>[〇零一二三四五六七八九]{4})年)?(?P<m>十[一二]?|[一二三四五六七八九])月"
    r"(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
)


def _zh_count(numeral: str) -> int:
    """A number from 1 to 39 in Chinese numerals ('九' 9, '十二' 12, '三十一' 31)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _ZH_DIGITS.index(numeral)
    return (_ZH_DIGITS.index(tens) if tens else 1) * 10 + (_ZH_DIGITS.index(units) if units else 0)


@per_document(maxsize=4096)
def source_dates(text: str) -> tuple[tuple[int, int, int | None], ...]:
    """(day, month, year) of the dates an English or Chinese source writes with a month name or 年月日, in order
    (cached for the document: A101 and A109 both ask)."""
    return tuple((d, mo, y) for _, _, d, mo, y in _source_dates_at(text))


@per_document(maxsize=4096)
def _source_dates_at(text: str) -> tuple[tuple[int, int, int, int, int | None], ...]:
    """(start, end, day, month, year) of the source's dates, in order."""
    if "月" not in text and not _ANY_DIGIT.search(text):
        return ()  # every date pattern holds a digit or 月 (the common case)
    found: list[tuple[int, int, int, int, int | None]] = []
    for rx in _EN_DATES:
        for m in rx.finditer(text):
            found.append(
                (m.start(), m.end(), int(m["d"]), _MONTHS_EN[m["mon"].lower()], int(m["y"]) if m["y"] else None)
            )
    for m in _ZH_DATE.finditer(text) if "月" in text else ():
        found.append((m.start(), m.end(), int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None))
    if "月" in text:
        for m in _ZH_WORD_DATE.finditer(text):
            year = int("".join(str(_ZH_DIGITS.index(c)) for c in m["y"])) if m["y"] else None
            found.append((m.start(), m.end(), _zh_count(m["d"]), _zh_count(m["m"]), year))
    return tuple(sorted(dict.fromkeys(found)))


# a range of days: '20日至22日', '20 to 22 November', 'June 1 to June 3', '20 đến 22/11', '20-22/11'
# (not a range of clock times: '12:00至13:00', '9:30 to 11:00')
_DATE_RANGE = re.compile(
    r"(?<![:\d])\d{1,2}\s*[日号]?\s*(?:至|到|~|～)\s*\d(?!\d?:)"
    r"|(?<![:\d])\d{1,2}(?:st|nd|rd|th)?\s*(?:to|through|until|till|and|-|–)\s*(?:[A-Z][a-z]+\.?\s+)?\d(?!\d?:)"
    r"|\d\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?\d{1,2}\s*(?:/|tháng)"
    # a day (and its month) before 'to June 3' ('30 May to June 3'); not a date alone ('closed until May 20',
    # 'moved to June 3': one date, which the rule compares)
    r"|(?<![:\d])\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+\.?)?\s+(?:to|through|until|till)\s+[A-Z][a-z]+\.?\s+\d"
)


# a range whose two ends are whole dates ('January 12 to January 26', '1月12日至1月26日', '12/1 đến ngày 26/1'):
# each end is a date of its own, so the pairing in order stays sound
_MON = _MONTH_RX.replace("?P<mon>", "?:")
_ORD = r"(?:st|nd|rd|th)?"
_WHOLE_DATE_RANGE = re.compile(
    rf"\b{_MON}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?\s*(?:to|through|until|till|-|–)\s*{_MON}\s+\d{{1,2}}"
    rf"|\b\d{{1,2}}{_ORD}\s+{_MON}(?:\s+\d{{4}})?\s*(?:to|through|until|till|-|–)\s*\d{{1,2}}{_ORD}\s+{_MON}"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:至|到|~|～|-|—)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?\d{1,2}/\d{1,2}"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?\d{1,2}\s+tháng\s+\d{1,2}"
)


@per_document(maxsize=4096)
def _partial_date_range(text: str) -> bool:
    """A range of days one end of which is a bare day ('from 20 to 22 November', '20-22/11'); cached for the
    document."""
    if not _ANY_DIGIT.search(text):
        return False  # each range holds a digit
    return bool(_DATE_RANGE.search(text)) and bool(_DATE_RANGE.search(_WHOLE_DATE_RANGE.sub(" ", text)))


def date_mismatches(seg: Segment) -> list[tuple[tuple[int, int, int | None], DateMention]]:
    """The source's dates and the target dates that differ from them, paired in order when the source and
    the target hold as many dates (else none: a date added or dropped would make the pairing a guess)."""
    source = seg.source or ""
    src = source_dates(source)
    if not src:
        return []
    tgt = date_mentions(seg)
    partial_src, partial_tgt = _partial_date_range(source), _partial_date_range(seg.text)
    if partial_src and partial_tgt:
        # 'from 20 to 22 November' → 'từ 20 đến 22/11': a bare day on both sides, and the source may name the
        # month at either end ('November 20 to 22'), so only the month and the year are compared, the target's
        # day kept ('from 3 to 5 November' → '5/12': 5/11)
        return _month_mismatches(src, tgt)
    if partial_tgt:  # 'October 5 to October 14' → 'từ ngày 5 đến ngày 14/10': the range's end date on both sides
        spans = _source_dates_at(source)
        starts = _range_starts(source, [(a, b) for a, b, *_ in spans])
        src = tuple(d for (at, *_), d in zip(spans, src, strict=True) if at not in starts)
    elif partial_src:  # 'from 20 to 22 November' → 'từ ngày 20/11 đến ngày 22/11'
        starts = _range_starts(seg.text, [(t.start, t.end) for t in tgt])
        tgt = [t for t in tgt if t.start not in starts]
    if len(tgt) != len(src):
        return []
    return [
        (s, t)
        for s, t in zip(src, tgt, strict=True)
        if (t.day, t.month) != s[:2] or (s[2] is not None and t.year is not None and t.year != s[2])
    ]


def _month_mismatches(
    src: tuple[tuple[int, int, int | None], ...], tgt: list[DateMention]
) -> list[tuple[tuple[int, int, int | None], DateMention]]:
    """The target's dates whose month or year differs from the source's, paired in order (as many on both sides),
    each with the source's month and year on the target's day."""
    if len(tgt) != len(src):
        return []
    return [
        ((t.day, s[1], s[2]), t)
        for s, t in zip(src, tgt, strict=True)
        if t.month != s[1] or (s[2] is not None and t.year is not None and t.year != s[2])
    ]


def _range_starts(text: str, dates: list[tuple[int, int]]) -> set[int]:
    """The offsets of the dates that open a range of two whole dates ('October 5 to October 14', '3/3 đến ngày
    9/3'): where the other side writes the range with a bare day first ('5 đến ngày 14/10'), only the range's end
    is a date on both sides. ``dates``: (start, end) of the text's dates, in order."""
    starts: set[int] = set()
    for m in _WHOLE_DATE_RANGE.finditer(text):
        inside = [d for d in dates if d[1] > m.start() and d[0] < m.end()]  # 2026年3月3日: the year before the match
        if len(inside) == 2:
            starts.add(inside[0][0])
    return starts


# A month of a year with no day, on both sides: 2026年1月 (not 2026年1月5日), 'January 2026' (not '5 January 2026'),
# 'tháng 1/2026', 'tháng 1-2026', 'tháng 1 năm 2026' (not 'ngày 5 tháng 1 năm 2026', '5 tháng 1 năm 2026') (misses40)
_ZH_MONTH_YEAR = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*(?:\d|[一二三四五六七八九十]+[日号]))")
_EN_MONTH_YEAR = re.compile(rf"(?<![\d\w])(?<!\d )(?<!\d\d )(?=[ADFJMNOS]){_MONTH_RX},?\s+(?P<y>\d{{4}})(?!\d)")
_VI_MONTH_YEAR = re.compile(
    r"(?<![\d/])(?<!\d )(?<!ngày )[Tt]háng\s+(?P<m>\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(?P<y>\d{4})(?!\d)"
)
# a month without its year nor its day ('từ tháng 3 đến tháng 5/2026' for 2026年3月至5月): which month the source's
# year goes with is then a guess, so no month of a year is compared
_VI_BARE_MONTH = re.compile(r"(?<![\d/])(?<!\d )(?<!ngày )[Tt]háng\s+\d{1,2}(?![\d/-]|\s*[/-]\s*\d|\s+năm\s+\d)")


def _source_month_years(text: str) -> list[tuple[int, int]]:
    """(month, year) of the months of a year a Chinese or English source writes without a day, in order."""
    found: list[tuple[int, int, int]] = []
    if "年" in text:
        found += [(m.start(), int(m["m"]), int(m["y"])) for m in _ZH_MONTH_YEAR.finditer(text)]
    found += [(m.start(), _MONTHS_EN[m["mon"].lower()], int(m["y"])) for m in _EN_MONTH_YEAR.finditer(text)]
    return [(mo, y) for _, mo, y in sorted(found) if 1 <= mo <= 12]


def month_year_mismatches(seg: Segment) -> list[tuple[tuple[int, int], re.Match[str]]]:
    """The target's months of a year whose month differs from the source's ('tháng 5/2026' for 2026年1月), paired in
    order when both sides write as many (else none: one added or dropped would make the pairing a guess). A year
    changed alone ('tháng 10/2012' for October 2021) is a number A101 reports."""
    source = seg.source or ""
    if not _ANY_DIGIT.search(source) or "háng" not in seg.text:
        return []
    src = _source_month_years(source)
    if not src:
        return []
    tgt = [m for m in _VI_MONTH_YEAR.finditer(seg.text) if 1 <= int(m["m"]) <= 12]
    if len(tgt) != len(src) or _VI_BARE_MONTH.search(seg.text):
        return []
    return [(s, t) for s, t in zip(src, tgt, strict=True) if int(t["m"]) != s[0]]
