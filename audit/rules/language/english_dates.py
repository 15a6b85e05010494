"""English month-and-day dates left in Vietnamese text ('từ Nov. 20', 'ngày December 3, 2025'): part of L101."""

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

# the month words of ENGLISH_DATE, lowercase: a date english_dates yields has one as a word of the text (no letter or
# digit before it; after it a stop or a space)
MONTH_WORDS = frozenset(
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sept sep oct nov dec".split()
)


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
