"""N103's former holder named as the current one: a past holder under the bare title in a dated text.

The people and dates here are in no sample document or adversary set."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _former(text: str) -> list[tuple[str, str, list[str] | None]]:
    return [
        (f.text, f.severity.name, f.candidates)
        for f in audit_text(text, select=["N103"])
        if "left the office" in f.message
    ]


def test_a_past_chancellor_in_a_later_dated_story() -> None:
    text = "Berlin, ngày 14/2/2026 - Thủ tướng Đức Olaf Scholz kêu gọi châu Âu tăng chi tiêu quốc phòng."
    assert _former(text) == [("Thủ tướng Đức Olaf Scholz", "MAJOR", ["Friedrich Merz"])]


def test_the_year_before_the_title_in_its_sentence_dates_it() -> None:
    text = "Năm 2026, Thủ tướng Anh Rishi Sunak thăm Ấn Độ để bàn về thương mại."
    assert [f[0] for f in _former(text)] == ["Thủ tướng Anh Rishi Sunak"]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/6/2026, cựu Thủ tướng Anh Rishi Sunak thăm Ấn Độ.",
        "Ngày 3/6/2026, nguyên Thủ tướng Anh Rishi Sunak thăm Ấn Độ.",
        "Ngày 3/6/2026. Năm 2023, Thủ tướng Anh Rishi Sunak thăm Ấn Độ.",
        "Ngày 3/6/2026. Thủ tướng Đức Olaf Scholz khi đó phản đối kế hoạch.",
        "Ngày 3/6/2026. Dưới thời Thủ tướng Đức Angela Merkel, Đức tiếp nhận một triệu người tị nạn.",
        "Ngày 3/6/2026. Trong nhiệm kỳ của Thủ tướng Nhật Bản Shinzo Abe, kinh tế tăng trưởng chậm.",
        # held the office again: in office on the text's date
        "Ngày 3/6/2026, Ngoại trưởng Nhật Bản Toshimitsu Motegi thăm Hà Nội.",
        # the current holder
        "Ngày 3/6/2026, Thủ tướng Đức Friedrich Merz thăm Hà Nội.",
        # no written date: the year is not known
        "Thủ tướng Anh Rishi Sunak thăm Ấn Độ để bàn về thương mại.",
        # the tenure ended in the year of the text, and the sentence's own date is in his tenure (he left in May 2025)
        "Ngày 3/4/2025, Thủ tướng Đức Olaf Scholz phát biểu tại Munich.",
        # the year alone: it may be a month of his tenure
        "Năm 2025, Thủ tướng Đức Olaf Scholz phát biểu tại Munich.",
    ],
)
def test_past_holders_in_a_past_frame_stay_quiet(text: str) -> None:
    assert _former(text) == []


def test_dong_thoi_is_no_past_frame() -> None:
    """'đồng thời' ('at the same time') before the title does not place it in the past (its 'thời' is no word of its
    own there)."""
    text = "Ngày 3/6/2026, Thủ tướng Ấn Độ phát biểu, đồng thời Thủ tướng Đức Olaf Scholz kêu gọi đối thoại."
    assert [f[0] for f in _former(text)] == ["Thủ tướng Đức Olaf Scholz"]


def test_a_future_deadline_does_not_date_the_text() -> None:
    """A date after this year is a deadline or a plan, not the text's date: the 2023 story stays quiet."""
    text = "Berlin, ngày 14/2/2023. Thủ tướng Đức Olaf Scholz công bố lộ trình mới, có hiệu lực từ ngày 1/1/2030."
    assert _former(text) == []


def _future(text: str) -> list[tuple[str, str, list[str] | None]]:
    return [
        (f.text, f.severity.name, f.candidates)
        for f in audit_text(text, select=["N103"])
        if "took the office" in f.message
    ]


@pytest.mark.parametrize(
    ("text", "span", "then"),
    [
        (
            "Brussels, ngày 10/5/2023 - Tổng Thư ký NATO Mark Rutte kêu gọi các nước thành viên tăng ngân sách.",
            "Tổng Thư ký NATO Mark Rutte",
            "Jens Stoltenberg",
        ),
        (
            "Hà Nội, ngày 21/11/2024. Bộ trưởng Bộ Tài chính Ngô Văn Tuấn trình bày dự án luật thuế.",
            "Bộ trưởng Bộ Tài chính Ngô Văn Tuấn",
            "Hồ Đức Phớc",
        ),
        (
            "Lisbon, ngày 7/6/2023. Chủ tịch Hội đồng châu Âu António Costa tiếp Tổng thống Chile.",
            "Chủ tịch Hội đồng châu Âu António Costa",
            "Charles Michel",
        ),
    ],
)
def test_a_later_holder_in_an_earlier_dated_story(text: str, span: str, then: str) -> None:
    """The text dates itself before the named holder took office, and another held the office then."""
    found = _future(text)
    assert [(f[0], f[1]) for f in found] == [(span, "MAJOR")]
    assert found[0][2] is not None and found[0][2][0] == then


@pytest.mark.parametrize(
    "text",
    [
        # no written date: the text's year is not known
        "Tổng Thư ký NATO Mark Rutte kêu gọi các nước thành viên tăng ngân sách.",
        # a year of the story as late as the holder's start: the date written may be a past one it recalls
        "Ngày 10/5/2023, NATO họp. Năm 2024, Tổng Thư ký NATO Mark Rutte kêu gọi tăng ngân sách.",
        # the dateline's month is the month he took office (April 2026): both held the office in it (an earlier
        # month of that year fires: test_former_holder_months.py)
        "Hà Nội, ngày 2/4/2026. Bộ trưởng Bộ Tài chính Ngô Văn Tuấn trình bày dự án luật thuế.",
        # held the office before the text's date (an earlier tenure)
        "Praha, ngày 4/5/2019. Thủ tướng Séc Andrej Babiš tiếp đoàn doanh nghiệp Hàn Quốc.",
        # between two tenures (2017-2021, 2025-): no later holder (a former one, which an open tenure leaves alone)
        "Praha, ngày 7/6/2023. Thủ tướng Séc Andrej Babiš tiếp đoàn doanh nghiệp Hàn Quốc.",
        # the future said so
        "Brussels, ngày 10/5/2023 - Tổng Thư ký NATO tương lai Mark Rutte phát biểu.",
        "Brussels, ngày 10/5/2023 - Ông Mark Rutte, người sẽ là Tổng Thư ký NATO Mark Rutte, phát biểu.",
        # an office whose holder that year the gazetteer does not list: no evidence who held it
        "Brussels, ngày 3/3/2022 - Thủ tướng Bỉ Bart De Wever tiếp Thủ tướng Hà Lan.",
        # offices held by several at once (deputy prime ministers): no roster to compare with
        "Hà Nội, ngày 5/9/2023. Phó Thủ tướng Hồ Quốc Dũng kiểm tra công trình cao tốc.",
        # the tail of a longer title: 'Chủ tịch nước' in 'Phó Chủ tịch nước' (she became president in 2023; Vice
        # President from 2021: in 2020 the Vice President was Đặng Thị Ngọc Thịnh, which N103 rightly says)
        "Hà Nội, ngày 3/4/2022. Phó Chủ tịch nước Võ Thị Ánh Xuân dự lễ khai mạc hội thao.",
        # the holder in office on the text's date
        "Brussels, ngày 10/5/2023 - Tổng Thư ký NATO Jens Stoltenberg kêu gọi tăng ngân sách.",
    ],
)
def test_later_holders_stay_quiet_without_evidence(text: str) -> None:
    assert _future(text) == []


def test_a_date_written_only_further_down_does_not_date_the_text() -> None:
    """A story with no dateline that recalls a past event by its date speaks of today: the holder it names now
    (a Prime Minister who took office after that date) is no error."""
    text = "\n".join(
        [
            "Tổng Thư ký NATO Mark Rutte kêu gọi các nước thành viên tăng ngân sách quốc phòng.",
            "Ông nói liên minh cần chuẩn bị cho những năm khó khăn phía trước.",
            "Các bộ trưởng quốc phòng sẽ thảo luận đề xuất này tại cuộc họp tới.",
            "Nhiều nước đã tăng chi tiêu trong hai năm qua.",
            "Lần gần nhất liên minh đặt mục tiêu chi tiêu mới là tại hội nghị ngày 11/7/2023 ở Vilnius.",
        ]
    )
    assert _future(text) == []


def test_a_dateline_on_a_page_line_dates_the_text() -> None:
    """The date in a page's opening line (its dateline, read as page chrome) dates the story that follows."""
    text = "\n".join(
        [
            "Thứ Tư, 10/5/2023 08:30",
            "Tổng Thư ký NATO Mark Rutte kêu gọi các nước thành viên tăng ngân sách quốc phòng.",
        ]
    )
    assert [(f[0], f[1]) for f in _future(text)] == [("Tổng Thư ký NATO Mark Rutte", "MAJOR")]
