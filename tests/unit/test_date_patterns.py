"""The date patterns of audit/rules/dates.py, their lookbehind written after the day's first digit, find the dates
the patterns with the lookbehind first found: the same spans and groups, on the rule examples, on lines written for
this test and on random strings of date pieces (none from an evaluation set)."""

from __future__ import annotations

import random
import re

from audit.rules import dates
from audit.rules.docs import strip_marks
from audit.rules.registry import all_rules

_WORDS = "|".join(sorted(dates.vi_number_words(12), key=len, reverse=True))
_OLD_VERBAL = re.compile(
    r"(?<!\d)(?P<d>\d{1,2}) tháng (?!(?-i:năm) (?:\d{4}(?!\d)|(?-i:nay|ngoái|trước|tới|sau|qua|đó|ấy|học)\b))"
    r"(?P<m>\d{1,2}(?![.,]\d)|" + _WORDS + r")(?:,? năm (?P<y>\d{4}))?(?!\d)",
    re.IGNORECASE,
)
_OLD_NUMERIC = re.compile(r"(?<![\d/.,-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?(?![\d/]|[.,]\d)")
LINES = [
    "Ngày 7/3/2019 và 123/4, 1.5/6, 1,5/6, 5-6/7, /8/9, 08/09/2031 rồi 3 tháng 11 năm 2032; 13 THÁNG MƯỜI HAI",
    "từ 29 Tháng tư, năm 2030 đến 120 tháng 5 và 9 tháng 10 năm 20345",
]
_PIECES = ["1", "2", "12", "3", "/", ".", ",", "-", " ", "tháng ", "Tháng ", "THÁNG ", "tư", "Mười Hai", "năm "]
_PIECES += [", năm ", "2025", "a", "ngày "]


def test_date_patterns_match_as_with_the_lookbehind_first() -> None:
    rnd = random.Random(15)
    examples = [strip_marks(ex) for cls in all_rules().values() for ex in (*cls.fires, *cls.quiet)]
    texts = [*LINES, *examples, *("".join(rnd.choices(_PIECES, k=rnd.randint(1, 12))) for _ in range(20000))]
    found = 0
    for old, new in ((_OLD_VERBAL, dates._VERBAL), (_OLD_NUMERIC, dates._NUMERIC)):
        for text in texts:
            spans = [(m.span(), m.groupdict()) for m in new.finditer(text)]
            assert spans == [(m.span(), m.groupdict()) for m in old.finditer(text)], text
            found += len(spans)
    assert found > 200


# clean56: a lowercase 'năm' after 'N tháng' and before a year or 'nay', 'ngoái'... is the year (the first N months),
# not May; May in words keeps its own 'năm' before the year, or a capital, or stands without a year
PERIODS = [
    "10 tháng năm 2025, xuất khẩu cà phê đạt 7,8 tỷ USD.",
    "Trong 11 tháng năm 2024, kim ngạch thương mại hai chiều tăng 12%.",
    "9 tháng năm nay, tỉnh thu hút 1,2 tỷ USD vốn FDI.",
    "So với 6 tháng năm ngoái, số ca mắc giảm một nửa.",
    "Sau 3 tháng năm học mới, trường đã tuyển đủ giáo viên.",
]
MAY_DATES = [
    ("Ngày 10 tháng Năm năm 2025, hai bên ký hiệp định.", (10, 5, 2025)),
    ("Sáng 10 tháng Năm 2025, đoàn đến Viêng Chăn.", (10, 5, None)),
    ("Hôm 3 tháng năm, hai bên trao đổi thư.", (3, 5, None)),
    ("Ngày 19 tháng năm, năm 1890, Bác Hồ sinh ra ở Nghệ An.", (19, 5, 1890)),
    ("Ngày 10 tháng 5 năm 2025, giá điện tăng.", (10, 5, 2025)),
]


def test_months_of_a_year_are_no_date() -> None:
    for text in PERIODS:
        assert dates._dates_in(text) == (), text


def test_may_in_words_is_still_a_date() -> None:
    for text, want in MAY_DATES:
        assert [found[2:5] for found in dates._dates_in(text)] == [want], text
