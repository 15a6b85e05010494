"""English month-and-day dates left in Vietnamese text ('từ Nov. 20', 'ngày December 3, 2025') and English weekdays
beside a Vietnamese time word or date ('tối Saturday, 28/11'): part of L101."""

from __future__ import annotations

import re
from collections.abc import Iterator

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# an abbreviation without its stop that names nobody and nothing ('Nov 20'; not 'Jan 5', 'Mar 3', 'Jun 2')
_BARE_ABBREVIATIONS = frozenset("Feb Aug Sep Sept Oct Nov Dec".split())
# full names, and abbreviations (with their stop, or bare above), before a day and an optional year; not 'May', a
# Vietnamese syllable and a company's name ('May 10')
ENGLISH_DATE = re.compile(
    r"(January|February|March|April|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(\.?) (\d{1,2})(?![\d/.:,]\d)(?:, ((?:19|20)\d\d)(?!\d))?"
)

_WEEKDAYS = {
    "Monday": "thứ Hai", "Tuesday": "thứ Ba", "Wednesday": "thứ Tư", "Thursday": "thứ Năm", "Friday": "thứ Sáu",
    "Saturday": "thứ Bảy", "Sunday": "Chủ nhật",
}  # fmt: skip
# an English weekday after a Vietnamese time word ('tối Saturday', 'vào Monday') or before a day/month date
# ('Saturday, 28/11', 'Sunday (29/11)'; misses38); not after a capitalised word, as in a name ('Black Friday, 27/11',
# 'Cyber Monday'), nor before one ('vào Sunday Times'): english_dates drops those
ENGLISH_WEEKDAY = re.compile(
    r"(?:(?<!\w)(?i:sáng|trưa|chiều|tối|đêm|ngày|hôm|vào|từ|đến|tới|mỗi|các|sớm|khuya) )"
    rf"(?P<a>{'|'.join(_WEEKDAYS)})(?!\w)"
    rf"|(?<![\w-])(?P<b>{'|'.join(_WEEKDAYS)}),? \(?\d{{1,2}}/\d{{1,2}}(?!\d)"
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
# a pattern that finds the segments where english_dates may yield (a month-and-day date or a weekday)
ENGLISH_DATED = re.compile(f"{ENGLISH_DATE.pattern}|{ENGLISH_WEEKDAY.pattern}")

# the month words of ENGLISH_DATE and the weekdays, lowercase: a date english_dates yields has one as a word of the
# text (no letter or digit before it; after it a stop or a space)
MONTH_WORDS = frozenset(
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sept sep oct nov dec".split()
) | frozenset(w.lower() for w in _WEEKDAYS)


def english_dates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the Vietnamese form) of each English month-and-day date in ``text``: 'Nov. 20' → '20/11',
    'December 3, 2025' → '3/12/2025'; a day beyond 31 is no date ('June 45')."""
    for m in ENGLISH_DATE.finditer(text):
        word, stop, day, year = m.groups()
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-_/@"):
            continue  # inside a word, a link or a code
        if len(word) <= 4 and not stop and word not in _BARE_ABBREVIATIONS:
            continue
        if not 1 <= int(day) <= 31:
            continue
        vi = f"{int(day)}/{_MONTHS[word[:3].lower()]}" + (f"/{year}" if year else "")
        yield m.start(), m.end(), vi
    if "day" not in text:
        return  # every weekday ends in 'day': most sentences are spared the scan
    for m in ENGLISH_WEEKDAY.finditer(text):
        word = m["a"] or m["b"]
        start = m.start("a") if m["a"] else m.start("b")
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if m["b"] and before and before[1][:1].isupper():
            continue  # a name's word before it ('Black Friday, 27/11')
        if m["a"] and _CAPITAL_AFTER.match(text, start + len(word)):
            continue  # a name's first word ('đăng trên Sunday Times', 'vào Sunday Morning')
        yield start, start + len(word), _WEEKDAYS[word]
