"""A page whose article ends on a list: its last item ('- Thứ Bảy 8h-11h') is not the byline, though it is short
and has no full stop; a byline under the list still is one. (Found by the review16 probe on a page ending with a
bus line's timetable; tested here on other lists, places and names.)"""

from __future__ import annotations

from audit.corpus.boilerplate import classify_lines

ARTICLE = [
    "Thư viện tỉnh Bình Định mở cửa thêm buổi tối từ đầu tháng tới để sinh viên có chỗ ôn thi cuối kỳ.",
    "Ban giám đốc cho biết phòng đọc tầng hai sẽ có thêm sáu mươi chỗ ngồi và ổ cắm điện cho máy tính.",
    "Giờ mở cửa mới:",
    "- Thứ Hai đến thứ Sáu 17h-21h",
    "- Thứ Bảy 8h-11h",
]


def test_the_last_item_of_a_closing_list_stays_article() -> None:
    kinds = classify_lines(ARTICLE)
    assert kinds[-1] is None and kinds[-2] is None


def test_a_byline_under_the_list_is_still_a_byline() -> None:
    assert classify_lines([*ARTICLE, "Quốc Bảo"])[-1] == "byline"


def test_a_byline_after_a_sentence_is_still_a_byline() -> None:
    assert classify_lines([*ARTICLE[:2], "Quốc Bảo"])[-1] == "byline"


def test_a_lone_short_line_with_a_mark_after_a_sentence_is_still_a_byline() -> None:
    """Only the list's own mark on the line above says 'last item': '- PV' under a sentence keeps the old reading."""
    assert classify_lines([*ARTICLE[:2], "- PV"])[-1] == "byline"
