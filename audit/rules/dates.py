"""T302–T306 dates: impossible dates, a weekday that does not match its date, an anniversary whose
years do not add up, one date written two ways, a "today" that contradicts the dateline."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from audit.lang.quantities import vi_number_words
from audit.lang.textcache import per_document
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import (
    PrefilteredRule,
    lowered_content,
    segments_containing,
    segments_matching,
    segments_matching_any,
)
from audit.rules.base import DocContext, DocumentRule, Hit
from audit.rules.registry import register

# (?<![\d/.,-])(?P<d>\d{1,2})/… and (?<!\d)(?P<d>\d{1,2}) tháng …, the lookbehind written after the day's first digit
# (?<![\d/.,-]\d): re then skips ahead to the digits instead of trying the lookbehind at every character (the same
# matches: tests/unit/test_date_patterns.py)
_NUMERIC = re.compile(r"(?P<d>\d(?<![\d/.,-]\d)\d?)/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?(?![\d/]|[.,]\d)")
# the end of a range of days written 'D-D/M' ('ngày 3-4/6', 'từ 30-31/12/2025'), which _NUMERIC leaves out (a day
# after '-' may be a year's or a code's: here only after a day of one or two digits, with a date word before it;
# after an en dash _NUMERIC reads it)
_RANGE_END = re.compile(
    r"(?:(?<=(?<![\d/.,-])\d-)|(?<=(?<![\d/.,-])\d\d-))(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?"
    r"(?![\d/]|[.,]\d)"
)
_VERBAL = re.compile(
    # a month in digits is no month before a thousands group or a decimal ('9 tháng 49.800 tỷ': nine months' 49,800);
    # a lowercase 'năm' before a year or a word that ends 'year' is the year, not May: '10 tháng năm 2025', '9 tháng
    # năm nay' (the first ten, nine months of the year); May in words before a year takes its own 'năm' or a capital
    # ('10 tháng Năm năm 2025', '10 tháng Năm 2025'; clean56)
    r"(?P<d>\d(?<!\d\d)\d?) tháng (?!(?-i:năm) (?:\d{4}(?!\d)|(?-i:nay|ngoái|trước|tới|sau|qua|đó|ấy|học)\b))"
    r"(?P<m>\d{1,2}(?![.,]\d)|"
    + "|".join(sorted(vi_number_words(12), key=len, reverse=True))
    + r")(?:,? năm (?P<y>\d{4}))?(?!\d)",
    re.IGNORECASE,
)
_NUMERIC_MARK = "/"  # in every numeric date
_VERBAL_MARKS = ("tháng", "Tháng")  # one in every verbal date of a sentence (not in one written in capitals)
_MONTH_WORDS = vi_number_words(12)  # 'tháng tư' is April
# a word that puts a date after it; the end of a range of days too ('từ ngày 11 đến 13/11', 'các ngày 4 và 5/6',
# 'từ 22 đến 28/11'); the last day of a span ('kéo dài đến 30/11', 'mở cửa đến hết 5/1')
_DATE_CUE = re.compile(
    r"(?:ngày|hôm|nay|sáng|trưa|chiều|tối|đêm|rạng sáng|thứ \w+|chủ nhật|ngày \d{1,2}\s*(?:đến|tới|và|[-–])|"
    r"(?:hôm|sáng|trưa|chiều|tối|đêm) qua|(?:ngày|sáng|trưa|chiều|tối) mai|"  # yesterday, tomorrow (misses31)
    r"từ \d{1,2}\s*(?:đến|tới|[-–])|kéo dài (?:đến|tới)(?: hết)?|(?:đến|tới) hết)[\s,(]*$",
    re.I,
)
_WEEKDAYS = {
    "hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4, "6": 4, "bảy": 5, "7": 5,
}  # fmt: skip
_WEEKDAY = re.compile(r"\b(?P<w>thứ (?P<n>hai|ba|tư|năm|sáu|bảy|[2-7])|(?P<cn>chủ nhật))\b[\s,(]*(?:ngày\s+)?$", re.I)
# or in brackets right after the date ('ngày 15/11/2025 (thứ Bảy)')
_WEEKDAY_AFTER = re.compile(r"\s*\(\s*(?P<w>thứ (?P<n>hai|ba|tư|năm|sáu|bảy|[2-7])|(?P<cn>chủ nhật))\s*\)", re.I)
# 'thứ ba' after a noun that takes an ordinal is 'the third', not Tuesday: 'Hội nghị cấp cao lần thứ ba ngày 24/8/2020'
_ORDINAL_NOUN = re.compile(
    r"(?<!\w)(?:lần|khóa|khoá|kỳ|phiên|vòng|đợt|lượt|hạng|tập|số|chương|phần|người|nước|năm|tuần|quý|trận|hiệp|"
    r"ván|cuộc|bước|giai đoạn|thế hệ|đời|mùa|nhiệm kỳ|lớp|cấp|tầng|ngôi|vị trí|thành viên|đại hội)\s+$",
    re.I,
)
_VI_WEEKDAY = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


@dataclass(frozen=True, slots=True)
class DateMention:
    segment: int
    start: int
    end: int
    day: int
    month: int
    year: int | None
    verbal: bool


def _month(value: str) -> int:
    return int(value) if value.isdigit() else _MONTH_WORDS[value.lower()]


def date_mentions(seg: Segment) -> list[DateMention]:
    """Dates in a segment: "26/11", "26/11/2013" (after a date word or with a year), "26 tháng 11 năm 2013"."""
    return [DateMention(seg.index, *found) for found in _dates_in(seg.text)]


@per_document(maxsize=4096)
def _dates_in(text: str) -> tuple[tuple[int, int, int, int, int | None, bool], ...]:
    out = []
    if _NUMERIC_MARK in text:
        for m in _NUMERIC.finditer(text):
            if m.group("y") is None and not _DATE_CUE.search(text[max(0, m.start() - 20) : m.start()]):
                continue  # "3/4 số người", "tỷ số 2/1": a fraction or a score, not a date
            out.append((m.start(), m.end(), int(m["d"]), int(m["m"]), _year(m["y"]), False))
        if "-" in text:
            for m in _RANGE_END.finditer(text):
                if _DATE_CUE.search(text[max(0, m.start() - 20) : m.start()]):
                    out.append((m.start(), m.end(), int(m["d"]), int(m["m"]), _year(m["y"]), False))
    if any(mark in text for mark in _VERBAL_MARKS):
        for m in _VERBAL.finditer(text):
            out.append((m.start(), m.end(), int(m["d"]), _month(m["m"]), _year(m["y"]), True))
    return tuple(sorted(out))


def _year(value: str | None) -> int | None:
    return int(value) if value else None


def _doc_dates(ctx: DocContext) -> list[DateMention]:
    """The dates of the article text, in order (only segments with a '/' or 'tháng' can hold one)."""
    return [d for seg in segments_containing(ctx, (_NUMERIC_MARK, *_VERBAL_MARKS)) for d in date_mentions(seg)]


def _valid(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year or 2000, month)[1]  # 2000: a leap year, so 29/2 passes


@register
class ImpossibleDate(PrefilteredRule):
    code = "T302"
    name = "impossible-date"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    trigger = re.compile(r"\d/\d|\d tháng")
    # the trigger's two branches, each scanned for from its literal (digits are everywhere in news text);
    # tests/unit/test_prefilter.py checks that they find every segment the trigger matches
    scans = (re.compile(r"/(?<=\d/)\d"), re.compile(r" tháng(?<=\d tháng)"))

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        return segments_matching_any(ctx, self.scans)

    summary = "A date that does not exist (31/4, 30 tháng 2, 29/2/2023, month 13)"
    why = (
        "A day beyond the end of its month is a mistyped or mistranslated date; the reader cannot tell which was "
        "meant. A date whose day and month swapped make a real date ('11/28/2025') was written month first, as "
        "English writes it (MT from English keeps the order): the Vietnamese order is suggested ('28/11/2025')."
    )
    fires = (
        "Hội nghị khai mạc ngày [[31/4/2021]] tại Hà Nội.",
        "Lễ ký kết diễn ra ngày [[30 tháng 2]].",
        "Hồ sơ phải nộp trước ngày [[12/19/2026]].",
    )
    quiet = ("Hội nghị khai mạc ngày 30/4/2021 tại Hà Nội.", "Có 3/4 số người được hỏi đồng ý.", "Ngày 29/2/2024.")

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for d in date_mentions(seg):
            if _valid(d.day, d.month, d.year):
                continue
            if not d.verbal and d.day <= 12 and _valid(d.month, d.day, d.year):
                # month first, as English writes it ('11/28/2025' is 28 November): the day and month swapped
                swapped = f"{d.month}/{d.day}" + (f"/{d.year}" if d.year else "")
                message = f"{seg.text[d.start : d.end]} is month/day, as English writes dates: {swapped}"
                yield self.hit(seg, d.start, d.end, message, suggestion=swapped)
                continue
            yield self.hit(seg, d.start, d.end, f"day {d.day} of month {d.month} does not exist")


@register
class WeekdayMismatch(PrefilteredRule):
    code = "T303"
    name = "weekday-mismatch"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    # (?i)(?:thứ|chủ nhật).{0,20}\d{1,2}(?:/| tháng )\d, case-folded by hand: a leading character class
    # lets re skip ahead (IGNORECASE disables that), a lookbehind picks the branch
    # (or a date's last digit, then the weekday in brackets)
    trigger = re.compile(
        r"[TtCc](?:(?<=[Tt])[Hh][Ứứ]|(?<=[Cc])[Hh][Ủủ] [Nn][Hh][Ậậ][Tt]).{0,20}\d{1,2}(?:/| [Tt][Hh][Áá][Nn][Gg] )\d"
        r"|\d\s*\(\s*(?:[Tt][Hh][Ứứ]|[Cc][Hh][Ủủ] [Nn][Hh][Ậậ][Tt])"
    )

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Segments whose lowercase text has 'thứ' or 'chủ nhật' (what the trigger starts with)."""
        if lowered_content(ctx) is None:
            return segments_matching(ctx, self.trigger)
        return segments_containing(ctx, ("thứ", "chủ nhật"), lowercase=True)

    summary = "A weekday that does not fall on the date beside it ('thứ Hai, 27/11/2013' was a Wednesday)"
    why = (
        "One of the two is wrong; the weekday may stand before the date or in brackets after it ('15/11/2025 (thứ "
        "Bảy)'). A date with its year is checked; a day and month without one ('thứ Bảy (14/12)', "
        "the press's commonest form) only in an article with a dateline ('Hà Nội, 14/12/2025 - …'), against the "
        "dateline's year and, for a month half a year or more from the dateline's, the next or the last one (a "
        "December article's 'thứ Sáu, 2/1' is next January's, a June article's 'Chủ nhật, 14/12' last "
        "December's): it fires only when the weekday falls on the date in none of them, and not in a sentence "
        "that names another year ('đêm thứ Năm, 19/12 năm 1946'). No fix is offered, as either may be wrong, unless a "
        "Chinese or English source names the weekday the date falls on (星期五, 周五, Friday): then the target's "
        "weekday is the slip and the source's is the fix."
    )
    fires = (
        "Hội nghị diễn ra vào [[thứ Hai, ngày 27/11/2013]] tại Hà Nội.",
        "Cần Thơ, 3/10/2024 - Lễ hội mở màn.\nTối [[thứ Năm, 5/10]], các đoàn diễu hành qua bến Ninh Kiều.",
        "Hai nước ký hiệp định ngày [[15/11/2025 (thứ Hai)]] tại Hà Nội.",
    )
    quiet = (
        "Hội nghị diễn ra vào thứ Tư, ngày 27/11/2013 tại Hà Nội; hai nước ký hiệp định ngày 15/11/2025 (thứ Bảy).",
        "Thứ Hai tuần sau, ngày 27/11, họ trở lại.",
        "Phiên họp lần thứ hai ngày 9/5/2019 thông qua nghị quyết.",  # 'the second', not Monday
        "Cần Thơ, 3/10/2024 - Lễ hội mở màn.\nTối thứ Bảy, 5/10, các đoàn diễu hành qua bến Ninh Kiều.",
        "Huế, 28/12/2025 - Tuần lễ Festival khép lại.\nThứ Sáu, 2/1, các đoàn nghệ thuật lên đường về nước.",
        "Quy Nhơn, 10/9/2026 - Tỉnh công bố lịch nghỉ Tết.\nHọc sinh nghỉ từ thứ Bảy, 6/2 đến hết Chủ nhật, 14/2.",
        "Các đoàn nghệ thuật biểu diễn vào thứ Năm, 5/10 tại quảng trường.",  # no year anywhere: not checked
        # next year's, said in the sentence before ('năm sau'; 1/5/2027 is a Saturday)
        "Đà Lạt, 20/10/2026 - Thành phố chốt lịch lễ hội hoa năm sau. Lễ khai mạc vào tối thứ Bảy, 1/5.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        for d in date_mentions(seg):
            years = (d.year,) if d.year is not None else _dateline_years(ctx, d.month)
            if not years or not _valid(d.day, d.month, years[0]):
                continue
            if d.year is None and any(int(y) not in years for y in _YEAR.findall(text)):
                continue  # the sentence names another year ('đêm thứ Năm, 19/12 năm 1946'): the date may be of it
            if d.year is None:
                years = _years_said_before(years, text, _sentence_before(ctx, seg))
            m = _WEEKDAY.search(text[max(0, d.start - 20) : d.start])
            if m is not None and not _is_ordinal(text, max(0, d.start - 20) + m.start()):
                offset = max(0, d.start - 20)  # the weekday before the date: 'thứ Hai, 27/11/2013'
                start, end = offset + m.start(), d.end
            elif (m := _WEEKDAY_AFTER.match(text, d.end)) is not None:
                offset = 0  # the weekday in brackets after it: '15/11/2025 (thứ Hai)'
                start, end = d.start, m.end()
            else:
                continue
            said = 6 if m["cn"] else _WEEKDAYS[m["n"].lower()]
            actual = [dt.date(y, d.month, d.day).weekday() for y in years if _valid(d.day, d.month, y)]
            if said not in actual:
                told = f"{text[d.start : d.end]} was a {_VI_WEEKDAY[actual[0]]}"
                if d.year is None:
                    told += f" in {years[0]}, the dateline's year"
                fix = None
                if seg.source and _source_weekdays(seg.source) == {actual[0]}:
                    # the source names the weekday the date falls on: the target's weekday is the slip (星期五 'thứ
                    # Năm, 28/11/2025'); with no source, or another weekday in it, either may be wrong
                    w_start, w_end = offset + m.start("w"), offset + m.end("w")
                    right = _VI_WEEKDAY[actual[0]]
                    right = right[:1].upper() + right[1:] if text[w_start : w_start + 1].isupper() else right
                    fix = text[start:w_start] + right + text[w_end:end]
                confidence = 1.0 if d.year else 0.8
                yield self.hit(seg, start, end, told, suggestion=fix, confidence=confidence)


# a weekday as a Chinese or English source names it (星期五, 周五, 礼拜五, 星期日/天; Friday): Monday is 0; not a count
# of weeks ('两周一次', once a fortnight)
_ZH_WEEKDAY = re.compile(r"(?:星期|(?<![\d一二两三四五六七八九十几数])[周週]|礼拜|禮拜)(?P<d>[一二三四五六日天])")
_ZH_WEEKDAY_NUMBER = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
_EN_WEEKDAY = re.compile(r"\b(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_EN_WEEKDAY_NUMBER = {w: i for i, w in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}


def _source_weekdays(source: str) -> set[int]:
    """The weekdays a Chinese or English source names (Monday 0)."""
    days = {_ZH_WEEKDAY_NUMBER[m["d"]] for m in _ZH_WEEKDAY.finditer(source)}
    return days | {_EN_WEEKDAY_NUMBER[m["d"]] for m in _EN_WEEKDAY.finditer(source)}


def _sentence_before(ctx: DocContext, seg: Segment) -> str:
    """The article sentence right before ``seg`` in its paragraph ('' at a paragraph's start and for a record)."""
    if seg.record is not None or seg.index == 0:
        return ""
    prev = ctx.doc.segments[seg.index - 1]
    return prev.text if prev.paragraph == seg.paragraph and not prev.boilerplate else ""


def _years_said_before(years: tuple[int, ...], text: str, before: str) -> tuple[int, ...]:
    """The years a day and month without a year may fall in, given what its sentence and the sentence before it in
    the paragraph say: 'năm ngoái', 'năm sau', 'sang năm' admit last year's and next (review31), a year the sentence
    before names admits that year ('Lễ hội năm 2027 khai mạc tối thứ Bảy, 1/5.' said over two sentences)."""
    if _OTHER_YEAR.search(text) or _OTHER_YEAR.search(before):
        years = (*years, years[0] - 1, years[0] + 1)
    named = tuple(int(y) for y in _YEAR.findall(before))
    return (*years, *named) if named else years


_OTHER_YEAR = re.compile(r"(?<!\w)(?:năm (?:ngoái|trước|sau|tới|kia)|sang năm|[Tt]ết (?:năm )?tới)(?!\w)")
_YEAR = re.compile(r"(?<![\d/.,])(1[89]\d\d|20\d\d)(?![\d/.,]\d)")


def _dateline_years(ctx: DocContext, month: int) -> tuple[int, ...]:
    """The years a day and month without a year may fall in: the dateline's, then the next or the last where the
    month lies half a year or more from the dateline's in its year (a September article's 'thứ Bảy,
    14/2' is next February's, a June article's 'Chủ nhật, 14/12' last December's); none without a dateline."""
    dateline = ctx.memo("T303 dateline", lambda doc: _dateline(doc))
    if dateline is None:
        return ()
    dateline_month, year = dateline[1], dateline[2]
    if month - dateline_month <= -_HALF_YEAR:
        return (year, year + 1)
    if month - dateline_month >= _HALF_YEAR:
        return (year, year - 1)
    return (year,)


# months: a day and month half a year or more from the dateline's month may be of the next year or the last (review31)
_HALF_YEAR = 6


def _is_ordinal(text: str, start: int) -> bool:
    """'thứ ba' at ``start`` follows a noun that takes an ordinal ('lần thứ ba', 'phiên thứ hai'): 'the third'."""
    return text[start : start + 3].lower() == "thứ" and bool(_ORDINAL_NOUN.search(text, max(0, start - 16), start))


# the years in brackets, or two whole dates ('(3/2/1950-3/2/2025)')
_ANNIVERSARY = re.compile(
    r"kỷ niệm (?P<n>\d{1,3}) năm\b[^()]{0,120}?\(\s*(?:(?P<dm1>\d{1,2}/\d{1,2})/)?(?P<y1>\d{4})\s*[-–—]\s*"
    r"(?:(?P<dm2>\d{1,2}/\d{1,2})/)?(?P<y2>\d{4})\s*\)",
    re.I,
)


@register
class AnniversaryMismatch(PrefilteredRule):
    code = "T304"
    name = "anniversary-mismatch"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    # (?i)kỷ niệm \d, case-folded by hand (K is the Kelvin sign, İ ı fold to i under IGNORECASE)
    # so that re skips ahead to a "ỷ"
    trigger = re.compile("[Ỷỷ](?<=[Kk\u212a][Ỷỷ]) [Nn][Iiİı][Ệệ][Mm] \\d")

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Segments whose lowercase text has 'kỷ niệm ' (what the trigger starts with)."""
        if lowered_content(ctx) is None:
            return segments_matching(ctx, self.trigger)
        return segments_containing(ctx, ("kỷ niệm ",), lowercase=True)

    summary = "An anniversary whose number of years does not match its years ('kỷ niệm 30 năm … (1992-2012)')"
    why = "The count and the span of years contradict each other; one of them was mistranslated or mistyped."
    fires = (
        "Lễ [[kỷ niệm 25 năm thiết lập quan hệ ngoại giao (1992-2022)]] diễn ra tại Hà Nội.",
        "Hai nước [[kỷ niệm 50 năm thiết lập quan hệ ngoại giao (15/8/1965-15/8/2025)]] vào tháng tới.",
    )
    quiet = (
        "Lễ kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1992-2022) diễn ra tại Hà Nội.",
        "Lễ kỷ niệm 90 năm ngày sinh nhà văn (12/3/1935 – 4/7/1990) diễn ra ở Huế.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for m in _ANNIVERSARY.finditer(seg.text):
            n, y1, y2 = int(m["n"]), int(m["y1"]), int(m["y2"])
            if m["dm1"] != m["dm2"]:
                continue  # two different days ('(6/10/1942 – 29/8/1988)'): a life or a term, not the span counted
            if y2 - y1 != n:
                yield self.hit(seg, m.start(), m.end(), f"{y1}–{y2} is {y2 - y1} years, not {n}")


@register
class DateWrittenTwoWays(DocumentRule):
    code = "T305"
    name = "date-written-two-ways"
    category = "fluency/inconsistency"
    severity = Severity.MINOR
    summary = "The same date written as '26/11' in one place and '26 tháng 11' in another"
    why = (
        "A document should write one date one way; mixing the two forms for the same date is a sign of "
        "pieces translated separately. The later form that differs from the first is flagged."
    )
    fires = (
        "Hai bên hội đàm ngày 26/11.\nSau hội đàm ngày [[26 tháng 11]], hai bên họp báo.",
        "Hội chợ diễn ra từ ngày 4 đến 7/6.\nSáng [[7 tháng 6]], ban tổ chức trao giải.",
    )
    quiet = (
        "Hai bên hội đàm ngày 26/11.\nSau hội đàm ngày 26/11, hai bên họp báo.",
        "Giá điện tăng từ ngày 10/5/2025.\n10 tháng năm 2025, sản lượng điện tăng 9%.",  # months of a year, not 10 May
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        first: dict[tuple[int, int], DateMention] = {}
        for d in ctx.memo("date-mentions", lambda _doc: _doc_dates(ctx)):
            key = (d.day, d.month)
            seen = first.setdefault(key, d)
            if seen.verbal != d.verbal:
                seg = ctx.doc.segments[d.segment]
                form = "numeric" if seen.verbal is False else "words"
                yield self.hit(
                    seg,
                    d.start,
                    d.end,
                    f"this date was written in {form} earlier in the document",
                    suggestion=_written_as(d, verbal=seen.verbal),
                )


def _written_as(d: DateMention, verbal: bool) -> str:
    """The date ``d`` in the document's first form: '23/3/2016' or '23 tháng 3 năm 2016'."""
    if verbal:
        return f"{d.day} tháng {d.month}" + (f" năm {d.year}" if d.year else "")
    return f"{d.day}/{d.month}" + (f"/{d.year}" if d.year else "")


# 'Hà Nội, 26/11/2013', 'Hà Nội, ngày 26/11/2013', 'Hà Nội, thứ Năm, 26/11/2013': the place, a weekday or
# not, then the date; the city's abbreviation ('TP.HCM', 'TP HCM', 'TP. Hồ Chí Minh') is a place too
_DATELINE = re.compile(
    r"^(?:\([^)]{2,20}\)\s*[-–]?\s*)?(?:TP\.? ?(?=[A-ZĐ]))?[A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+){0,3},\s*"
    r"(?:(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ [Nn]hật),?\s*)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4})|(?=\s*[–—-]\s))"
)
# (a dateline without its year, 'Nghệ An, 28/11 – …', only with the dash that closes a dateline; misses35)
_TODAY = re.compile(r"\b(?:hôm nay|sáng nay|trưa nay|chiều nay|tối nay|đêm nay)\s*(?:,\s*|\(\s*)(?:ngày\s+)?$", re.I)
# 'yesterday' and 'tomorrow' the same way, a day before or after the dateline (misses31): 'hôm qua (27/11)' under a
# 27/11 dateline; not 'tối qua' (the night before may be a day earlier in the dateline's own time) nor 'qua' alone
_YESTERDAY = re.compile(r"\b(?:hôm qua|sáng qua|trưa qua|chiều qua)\s*(?:,\s*|\(\s*)(?:ngày\s+)?$", re.I)
_TOMORROW = re.compile(r"\b(?:ngày mai|sáng mai|trưa mai|chiều mai|tối mai)\s*(?:,\s*|\(\s*)(?:ngày\s+)?$", re.I)
# 'tối qua', 'đêm qua' (last night): the day before the dateline, or its own day (a night straddles midnight, a
# night's filing bears the next day's date), never further off ('Tối qua (25/11)' under a 27/11 dateline; misses46),
# unless the sentence reckons in another time zone ('giờ địa phương', 'theo giờ Mỹ')
_LAST_NIGHT = re.compile(r"\b(?:tối qua|đêm qua|tối hôm qua|đêm hôm qua)\s*(?:,\s*|\(\s*)(?:ngày\s+)?$", re.I)
_OTHER_ZONE = re.compile(r"(?i:giờ địa phương|theo giờ|giờ (?:Mỹ|GMT|UTC|quốc tế|miền|Washington|New York|London))")
_RELATIVE = (
    (_TODAY, 0, "today"),
    (_YESTERDAY, -1, "yesterday"),
    (_TOMORROW, 1, "tomorrow"),
    (_LAST_NIGHT, -1, "last night"),
)


_DATELINE_SEGMENTS = 6  # a page's head read as text (a masthead, a ticker, a headline) may stand before the dateline


# a page's by-line that holds the dateline as one of its fields between bars: 'Lan Chi | Hà Nội, 27/11/2025 08:30 |
# 12 bình luận' (the place, then the full date, maybe its time; misses46); read as chrome, it is still the article's
# place and day, where a timestamp alone ('Cập nhật: 27/11/2025 08:30') or a date bar ('Thứ Năm, 27/11/2025 |
# Hotline …') names no place
_BYLINE_DATELINE = re.compile(
    r"(?:^|[|·•]\s*)(?!(?:Thứ|Chủ|Ngày|Hôm|Cập|Đăng|Giờ|Xuất)(?!\w))"
    r"(?:TP\.? ?(?=[A-ZĐ]))?[A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+){0,3},\s*"
    r"(?:(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ [Nn]hật),?\s*)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:,?\s+(?:lúc\s+)?\d{1,2}[:h]\d{2})?\s*(?:[|·•]|$)"
)


# … or a by-line that opens with its author's name, then the full date and the posting time: 'Minh Khôi | Thứ Năm,
# 27/11/2025 - 10:20 | 1.248 lượt xem' (misses50): the time says the article was posted then, as a date strip of the
# page's top ('Thứ Năm, 27/11/2025 | Hotline …', the day the page was saved) does not; no label before it ('Cập nhật',
# 'Hotline', 'Trang chủ': a name's words are all capitalised and none is such a label)
_BYLINE_AUTHOR = re.compile(
    r"^(?!(?:Thứ|Chủ|Ngày|Hôm|Cập|Đăng|Giờ|Xuất|Hotline|Trang|Tin|Tiếng|Bản|Số|Mục)(?!\w))"
    r"[A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+){0,3}\s*[|·•]\s*"
    r"(?:(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ [Nn]hật),?\s*)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*(?:[-–,]|lúc)?\s*\d{1,2}[:h]\d{2}\s*(?:[|·•]|$)"
)


# … or a meta line that opens with the full date and its posting time, then the reporter's field: 'Thứ Tư, 25/11/2026 –
# 08:15 | Phóng viên: Hải Yến | Chuyên mục: …' (misses54); the reporter makes it the article's by-line, where a date
# strip ('Thứ Năm, 27/11/2025 | Hotline …') names none
# … or the author's name itself, two to four capitalised words ending the line or the field: 'Thứ Bảy, 28/11/2026 -
# 09:15 | Minh Khang' (leftovers52; adversary109), no label ('Hotline', 'Trang chủ', 'Cập nhật') nor a place's weather
# ('Hà Nội 24°C': the words must end the field)
_BYLINE_DATED = re.compile(
    r"^(?:(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ [Nn]hật),?\s*)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*(?:[-–,]|lúc)?\s*\d{1,2}[:h]\d{2}\s*[|·•]\s*"
    r"(?:(?:Phóng viên|PV|Tác giả|Người viết|Bài(?: và ảnh)?)\s*:"
    r"|(?!(?:Thứ|Chủ|Ngày|Hôm|Cập|Đăng|Giờ|Xuất|Hotline|Trang|Tin|Tiếng|Bản|Số|Mục|Liên|Theo|Nguồn)(?!\w))"
    r"[A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+){1,3}\s*(?:[|·•]|$))"
)


# … or the place and the full date alone on their line, between the headline and the article's first paragraph
# ('Hà Nội, 22/11/2025' under a newsletter's or a Markdown page's heading; misses57's adversary111): read as chrome, it
# is the article's dateline there; the same line over the headline is the page's date strip (the day it was saved)
_PLACE_DATE = re.compile(
    r"(?:TP\.? ?(?=[A-ZĐ]))?[A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+){0,3},\s*"
    r"(?:(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ [Nn]hật),?\s*)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
)


def _between_headline_and_article(doc: Document, seg: Segment) -> bool:
    """``seg`` stands after a line of the article's text (its headline) and right before another (its first
    paragraph)."""
    k = seg.index
    after = doc.segments[k + 1] if k + 1 < len(doc.segments) else None
    return after is not None and not after.boilerplate and any(not s.boilerplate for s in doc.segments[:k])


def _dateline(doc: Document) -> tuple[int, int, int] | None:
    """The article's dateline (day, month, year; year 0 when the dateline writes none: 'Nghệ An, 28/11 – …'), in
    the first segments of its text or in a by-line of the page's head read as chrome (:data:`_BYLINE_DATELINE`)."""
    content = doc.content[:_DATELINE_SEGMENTS]
    last = content[-1].index if content else -1
    for seg in doc.segments[: last + 1]:
        if seg.boilerplate:
            m = _BYLINE_DATELINE.search(seg.text) if "|" in seg.text else None
            if m is None and "/" in seg.text:
                m = _BYLINE_AUTHOR.match(seg.text) or _BYLINE_DATED.match(seg.text)
                if m is None and (m := _PLACE_DATE.fullmatch(seg.text)) and not _between_headline_and_article(doc, seg):
                    m = None
        else:
            m = _DATELINE.match(seg.text)
        if m and 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12:
            return int(m["d"]), int(m["m"]), int(m["y"] or 0)
    return None


@register
class DatelineContradiction(DocumentRule):
    code = "T306"
    name = "dateline-contradiction"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = (
        "'Today' given a date that is not the article's own dateline ('Hà Nội, 26/11/2013 … hôm nay (27/11)'); "
        "'yesterday', 'tomorrow' a day off it"
    )
    why = (
        "An article dated by its dateline cannot call another day 'today'. Only an explicit dateline "
        "in the article ('Hà Nội, ngày 26/11/2013', 'Hà Nội, thứ Ba, 26/11/2013', 'TP.HCM, 5/12/2025', or without "
        "its year before the dash that closes it: 'Nghệ An, 28/11 –') counts; a "
        "page's crawl or update timestamp does not. 'Hôm qua', 'sáng/trưa/chiều qua' must name the day before it and "
        "'ngày mai', 'sáng/trưa/chiều/tối mai' the day after; 'tối qua', 'đêm qua' the day before or the "
        "dateline's own (a night straddles midnight), unless the sentence reckons in another time zone. A page's "
        "by-line that holds the place and the full date between bars ('Lan Chi | Hà Nội, 27/11/2025 08:30 | …') "
        "is a dateline too, and so is one that opens with its author's name, then the full date and the posting "
        "time ('Minh Khôi | Thứ Năm, 27/11/2025 - 10:20 | …'; not a date strip of the page's top), or the full date "
        "and the posting time, then the reporter's field or the author's name alone ('Thứ Bảy, 28/11/2026 - 09:15 | "
        "Minh Khang'; not a label: 'Hotline', 'Tiếng Việt'), or the place and the full date alone on their line "
        "between the headline and the first paragraph ('Huế, 9/3/2026'; over the headline it is the page's date "
        "strip, the day it was saved). The fix offered "
        "is the dateline's date (or the day before or after), written as the "
        "flagged date is ('27/11' → '26/11'; none for a date in words)."
    )
    fires = (
        "Hà Nội, ngày 26/11/2013 - Hội nghị bế mạc.\nHôm nay ([[27/11]]), các đoàn về nước.",
        "Cần Thơ, 3/3/2026 – Hội chợ bế mạc.\nChiều hôm qua ([[3/3]]), ban tổ chức công bố giải thưởng.",
        "Đà Nẵng, thứ Sáu, 14/8/2026 – Lễ hội khai mạc.\nHôm nay ([[15/8]]), các đoàn nghệ thuật biểu diễn.",
        "Bình Dương, 5/6 – Tại hội nghị khai mạc sáng hôm nay ([[4/6]]), lãnh đạo tỉnh phát biểu.",
        "Minh Anh | Huế, 9/3/2026 10:15 | 5 bình luận\nTối qua ([[7/3]]), đêm nhạc khai mạc ở Đại Nội.",
        "Thu Hà | Thứ Hai, 8/6/2026 - 07:15 | 320 lượt xem\nChiều nay ([[9/6]]), hội chợ khai mạc ở Cần Thơ.",
        "Thứ Ba, 2/6/2026 - 16:40 | Ngọc Hân\nSáng nay ([[3/6]]), cầu mới thông xe ở Vĩnh Long.",
        "Cầu mới thông xe\nVĩnh Long, 2/6/2026\nSáng nay ([[3/6]]), cầu mới thông xe sau hai năm thi công.",
    )
    quiet = (
        "Hà Nội, ngày 26/11/2013 - Hội nghị bế mạc.\nHôm nay (26/11), các đoàn về nước.",
        "Đà Nẵng, thứ Sáu, 14/8/2026 – Lễ hội khai mạc.\nHôm nay (14/8), các đoàn nghệ thuật biểu diễn.",
        "Cần Thơ, 1/3/2026 – Hội chợ bế mạc.\nHôm qua (28/2), ban tổ chức công bố giải; ngày mai (2/3) trao giải.",
        "Bình Dương, 5/6 – Hội nghị khai mạc sáng hôm nay (5/6); chiều qua (4/6) đoàn đã tới.\nGiá vàng, 5/6: tăng.",
        "Huế, 9/3/2026 – Tối qua (8/3), đêm nhạc khai mạc; đêm qua (7/3, giờ địa phương) ở Paris cũng vậy.",
        "Thứ Ba, 2/6/2026 - 16:40 | Hotline 1900 6868\nSáng nay (3/6), cầu mới thông xe ở Vĩnh Long.",
        "Trang chủ | Tin\nVĩnh Long, 5/6/2026\nTrang chủ | Tin\nCầu mới thông xe\nSáng nay (3/6), cầu thông xe.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        dateline = _dateline(ctx.doc)
        if dateline is None:
            return
        for d in ctx.memo("date-mentions", lambda _doc: _doc_dates(ctx)):
            seg = ctx.doc.segments[d.segment]
            before = seg.text[max(0, d.start - 20) : d.start]
            said = next(((shift, word) for pattern, shift, word in _RELATIVE if pattern.search(before)), None)
            if said is None:
                continue
            shift, word = said
            day = _shifted(dateline, shift)
            if day is None:
                continue
            if word == "last night" and ((d.day, d.month) == dateline[:2] or _OTHER_ZONE.search(seg.text)):
                continue  # the night of the dateline's own day, or a night reckoned in another time zone
            if (d.day, d.month) != day[:2] or (d.year is not None and day[2] and d.year != day[2]):
                where = "" if shift == 0 else (" the day before" if shift < 0 else " the day after")
                dated = "{}/{}/{}".format(*dateline) if dateline[2] else "{}/{}".format(*dateline[:2])
                message = f"'{word}' is not{where} the dateline's date {dated}"
                fix = _dateline_as(seg.text[d.start : d.end], day if day[2] else (*day[:2], d.year or 0))
                yield self.hit(seg, d.start, d.end, message, suggestion=fix)


def _shifted(dateline: tuple[int, int, int], days: int) -> tuple[int, int, int] | None:
    """The dateline moved by ``days`` (None when a day before or after a dateline that is no real date)."""
    if days == 0:
        return dateline
    if not dateline[2] and dateline[1] in (2, 3):
        return None  # no year: the day next to the end of February is unknown
    try:
        when = dt.date(dateline[2] or 2001, dateline[1], dateline[0]) + dt.timedelta(days=days)
    except ValueError:
        return None
    return when.day, when.month, (when.year if dateline[2] else 0)


_NUMERIC_DATE = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?")


def _dateline_as(written: str, dateline: tuple[int, int, int]) -> str | None:
    """The dateline's date written as ``written`` is ('10/12' → '9/12', '09/12/2025' → '08/12/2025'), when that
    is a numeric date; None for a date in words."""
    m = _NUMERIC_DATE.fullmatch(written)
    if m is None:
        return None
    day, month, year = dateline

    def like(value: int, part: str) -> str:
        return f"{value:0{len(part)}d}" if part.startswith("0") else str(value)

    fix = f"{like(day, m['d'])}/{like(month, m['m'])}"
    return f"{fix}/{year}" if m["y"] else fix
