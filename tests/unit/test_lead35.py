"""Round 35, the lead's fixes, each tested both ways on sentences outside the sets."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


# C104: a reading the document glosses once with its standard name is the writer's chosen old name (clean65)
@pytest.mark.parametrize(
    "text",
    [
        "Người Thái gọi Bangkok là Krung Thep, sách cũ của ta chép Bangkok là Mạn Cốc. Từ Mạn Cốc, đoàn đi Chiang Mai.",
        "Yangon là Ngưỡng Quang trong sách cũ. Tại Ngưỡng Quang, chùa Shwedagon thu hút du khách.",
        "Ông sinh ra ở Vạn Tượng (nay là Viêng Chăn) năm 1950. Sau đó ông rời Vạn Tượng sang Pháp du học.",
        "Đoàn về Mạn Cốc. Thời ấy người Việt gọi Bangkok là Mạn Cốc, như gọi Yangon là Ngưỡng Quang.",
    ],
)
def test_c104_glossed_reading_quiet_in_the_whole_document(text: str) -> None:
    assert _found(text, "C104") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn công tác đến Mạn Cốc chiều 12/3 để dự hội nghị ASEAN tại Thái Lan.", ["Mạn Cốc"]),
        # a gloss of another place, or a name that is no standard one, glosses nothing else
        ("Yangon là Ngưỡng Quang trong sách cũ. Đoàn đến Mạn Cốc chiều 12/3 tại Thái Lan.", ["Mạn Cốc"]),
        ("Ông Lý là Ngưỡng Quang. Tại Ngưỡng Quang đoàn dự hội nghị về Myanmar.", ["Ngưỡng Quang", "Ngưỡng Quang"]),
        # the standard name far from the reading is no gloss
        ("Đoàn đến Khai La chiều 12/3, tức Cairo. Hội nghị họp tại Khai La hai ngày.", ["Khai La", "Khai La"]),
    ],
)
def test_c104_unglossed_reading_still_found(text: str, expected: list[str]) -> None:
    assert _found(text, "C104") == expected
