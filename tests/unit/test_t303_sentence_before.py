"""T303 on a day and month without a year reads the sentence before it in the paragraph: 'năm sau', 'năm ngoái' or a
year named there admits that year (review31 left it firing when the year was said one sentence earlier)."""

from __future__ import annotations

import pytest

from audit.api import audit_text

DATELINE = "Huế, 15/1/2026 - "


def _t303(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["T303"])]


@pytest.mark.parametrize(
    "text",
    [
        # 20/3/2027 is a Saturday: next year's race, said in the sentence before
        DATELINE + "Ban tổ chức công bố lịch giải chạy năm sau. Giải khai mạc sáng thứ Bảy, 20/3, ở Đại Nội.",
        DATELINE + "Tỉnh đã chốt lịch thi cho sang năm. Thí sinh làm bài sáng thứ Bảy, 20/3.",
        # 20/3/2028 is a Monday: the year named in the sentence before
        DATELINE + "Kỳ thi năm 2028 sẽ dời lịch. Thí sinh dự thi sáng thứ Hai, 20/3.",
        # 12/3/2025 was a Wednesday: last year's, said before
        DATELINE + "Trường nhắc lại sự cố năm ngoái. Hôm thứ Tư, 12/3, mạng điện bị cắt cả buổi.",
    ],
)
def test_the_year_said_in_the_sentence_before_is_admitted(text: str) -> None:
    assert _t303(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # nothing said before: the dateline's year, 20/3/2026 a Friday
        (DATELINE + "Ban tổ chức công bố lịch giải chạy. Giải khai mạc sáng thứ Bảy, 20/3.", "thứ Bảy, 20/3"),
        # 'năm sau' before, but the weekday is right in none of 2025-2027 (Thu, Fri, Sat)
        (DATELINE + "Ban tổ chức công bố lịch giải chạy năm sau. Giải khai mạc sáng thứ Tư, 20/3.", "thứ Tư, 20/3"),
        # a year named before that the weekday does not fit either (20/3/2028 is a Monday)
        (DATELINE + "Kỳ thi năm 2028 sẽ dời lịch. Thí sinh dự thi sáng thứ Ba, 20/3.", "thứ Ba, 20/3"),
        # said in another paragraph: not carried over
        (DATELINE + "Ban tổ chức công bố lịch giải chạy năm sau.\nGiải khai mạc sáng thứ Bảy, 20/3.", "thứ Bảy, 20/3"),
    ],
)
def test_a_weekday_wrong_for_every_year_said_still_fires(text: str, found: str) -> None:
    assert _t303(text) == [found]
