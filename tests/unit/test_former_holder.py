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
        # the tenure ended in the year of the text (the day is not compared)
        "Ngày 3/6/2025, Thủ tướng Đức Olaf Scholz phát biểu tại Munich.",
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
