"""N101's fix for a pinyin name when the document writes that name two ways one mark apart: the spelling written
most is offered (adversary41 offered 'Phan Thị Thăng', a one-off slip, over the twice-written 'Phan Thị Thắng').
A provincial story written for this test, with another name; both ways round."""

from __future__ import annotations

from audit.api import audit_text

STORY = (
    "Đoàn công tác của tỉnh Bình Định làm việc tại Đà Nẵng\n"
    "Chiều 12/5, đoàn do Phó Chủ tịch tỉnh {first} dẫn đầu đã làm việc với lãnh đạo thành phố.\n"
    "Phó Chủ tịch Li Wensheng cho biết tỉnh muốn học kinh nghiệm thu hút đầu tư.\n"
    "Ông {other} đề nghị hai địa phương phối hợp xúc tiến du lịch.\n"
    "Theo ông {other}, hai bên sẽ ký biên bản ghi nhớ vào tháng sau."
)


def _n101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["N101"])]


def test_the_spelling_written_most_is_offered_not_the_first() -> None:
    text = STORY.format(first="Lê Văn Thăng", other="Lê Văn Thắng")
    assert _n101(text) == [("Li Wensheng", "Lê Văn Thắng")]
    text = STORY.format(first="Lê Văn Thắng", other="Lê Văn Thăng")
    assert _n101(text) == [("Li Wensheng", "Lê Văn Thăng")]
