"""Việt Nam's ministers of 2021-2026 and the EU/Nordic prime ministers added in round 13 (references/SOURCES.md,
people13), and office titles with a comma in them, through the name rules.

Sentences written for this test, not taken from any test set, corpus or rule example: a garbled name of a new
holder (Construction, Culture, Ethnic and Religious Affairs, the Government Office; Denmark, Romania) fires N103 and
a given name alone N104; the holder himself, and a former holder in a sentence dated in his tenure, stay quiet. The
comma titles are checked on two offices (Việt Nam's Culture minister, Spain's foreign minister) and with names that
are not the blind set's ('Trần Hồng Mạnh' there; 'Trần Hồng Mính', 'Trần Hùng Minh' here).
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.mentions.office_titles import titled_names
from audit.lang.people import holders

NAME_RULES = ["N103", "N104", "N107"]


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(rule, flagged text, suggestion) of every finding of the name rules on ``text``."""
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=NAME_RULES)]


@pytest.mark.parametrize(
    ("office", "current", "former"),
    [
        ("vn.construction_minister", "Trần Hồng Minh", "Nguyễn Thanh Nghị"),
        ("vn.culture_minister", "Lâm Thị Phương Thanh", "Nguyễn Văn Hùng"),
        ("vn.ethnic_religious_minister", "Nguyễn Đình Khang", "Đào Ngọc Dung"),
        ("vn.government_office_minister", "Đặng Xuân Phong", "Trần Văn Sơn"),
    ],
)
def test_the_ministries_hand_over(office: str, current: str, former: str) -> None:
    """One open tenure, the new holder's, which starts in the year the former holder's ends."""
    now = [t for t in holders(office) if t.end is None]
    assert [t.name_vi for t in now] == [current]
    (before,) = (t for t in holders(office) if t.name_vi == former)
    assert before.end == now[0].start


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Ngày 14/6/2025, Bộ trưởng Bộ Xây dựng Trần Hùng Minh thị sát cầu Rạch Miễu 2.",
            "Trần Hùng Minh",
            "Trần Hồng Minh",
        ),
        ("Ngày 2/7/2026, Bộ trưởng Bộ Xây dựng Trần Hồng Mính dự lễ thông xe.", "Trần Hồng Mính", "Trần Hồng Minh"),
        (
            "Ngày 9/11/2025, Bộ trưởng Bộ Dân tộc và Tôn giáo Đào Ngọc Dũng thăm đồng bào ở Kon Tum.",
            "Đào Ngọc Dũng",
            "Đào Ngọc Dung",
        ),
        (
            "Năm 2023, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơm chủ trì buổi họp báo.",
            "Trần Văn Sơm",
            "Trần Văn Sơn",
        ),
        (
            "Ngày 4/10/2024, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hưng khai mạc liên hoan phim.",
            "Nguyễn Văn Hưng",
            "Nguyễn Văn Hùng",
        ),
        (
            "Ngày 15/8/2026, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lâm Thị Phương Thành dự lễ hội đền Hùng.",
            "Lâm Thị Phương Thành",
            "Lâm Thị Phương Thanh",
        ),
        (
            "Ngày 6/11/2025, Thủ tướng Đan Mạch Mette Fredriksen tiếp Đại sứ Việt Nam.",
            "Mette Fredriksen",
            "Mette Frederiksen",
        ),
        ("Ngày 6/11/2025, Thủ tướng Romania Ilie Bolojam tiếp Đại sứ Việt Nam.", "Ilie Bolojam", "Ilie Bolojan"),
        (
            "Ngày 3/5/2026, Bộ trưởng Ngoại giao, Liên minh châu Âu và Hợp tác Tây Ban Nha José Manuel Alvarez "
            "thăm Huế.",
            "José Manuel Alvarez",
            "José Manuel Albares",
        ),
    ],
)
def test_a_garbled_new_holder_fires(text: str, span: str, suggestion: str) -> None:
    assert ("N103", span, suggestion) in _found(text)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Ngày 6/11/2025, Thủ tướng Đan Mạch Mette tiếp Đại sứ Việt Nam.", "Mette", "Mette Frederiksen"),
        ("Ngày 21/1/2026, Thủ tướng Croatia Andrej phát biểu tại Zagreb.", "Andrej", "Andrej Plenković"),
    ],
)
def test_a_given_name_alone_fires(text: str, span: str, suggestion: str) -> None:
    assert ("N104", span, suggestion) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 14/6/2025, Bộ trưởng Bộ Xây dựng Trần Hồng Minh thị sát cầu Rạch Miễu 2.",
        "Năm 2023, Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị làm việc với tỉnh Kiên Giang.",
        "Ngày 4/10/2024, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng khai mạc liên hoan phim.",
        "Ngày 15/8/2026, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lâm Thị Phương Thanh dự lễ hội đền Hùng.",
        "Tháng 8/2025, Bộ trưởng Bộ Dân tộc và Tôn giáo Đào Ngọc Dung làm việc tại Điện Biên.",
        "Năm 2022, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn trả lời báo chí.",
        "Ngày 6/11/2025, Thủ tướng Đan Mạch Mette Frederiksen tiếp Đại sứ Việt Nam.",
        "Ngày 6/11/2025, Thủ tướng Romania Ilie Bolojan tiếp Đại sứ Việt Nam.",
        "Năm 2015, Thủ tướng Slovakia Robert Fico hội kiến Chủ tịch Quốc hội Việt Nam.",
        "Ngày 21/1/2026, Thủ tướng Croatia Andrej Plenković phát biểu tại Zagreb.",
        "Ngày 21/1/2026, Thủ tướng Iceland Kristrún Frostadóttir phát biểu tại Reykjavík.",
        "Ngày 3/5/2026, Bộ trưởng Ngoại giao, Liên minh châu Âu và Hợp tác Tây Ban Nha José Manuel Albares thăm Huế.",
    ],
)
def test_the_holder_and_a_former_holder_in_his_years_stay_quiet(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Ngày 9/3/2025, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoà dự lễ ra quân.",
            "Bùi Thị Minh Hoà",
            "Bùi Thị Minh Hoài",
        ),
        ("Ngày 9/3/2023, Bí thư Thành ủy Hà Nội Đinh Tiến Dung dự lễ ra quân.", "Đinh Tiến Dung", "Đinh Tiến Dũng"),
        ("Ngày 9/3/2023, Thống đốc NHNN Nguyễn Thị Hằng họp với các ngân hàng.", "Nguyễn Thị Hằng", "Nguyễn Thị Hồng"),
        ("Năm 2018, Thống đốc Ngân hàng Nhà nước Lê Minh Hùng trả lời chất vấn.", "Lê Minh Hùng", "Lê Minh Hưng"),
    ],
)
def test_hanoi_secretaries_and_state_bank_governors(text: str, span: str, suggestion: str) -> None:
    """The Hà Nội Party secretaries of 2021-2025 and the State Bank Governors of 2016-2026: a garbled name fires,
    the holder in his years stays quiet."""
    assert ("N103", span, suggestion) in _found(text)
    assert _found(text.replace(span, suggestion)) == []


def test_a_title_runs_over_its_comma_only_where_the_title_has_one() -> None:
    """'Văn hóa, Thể thao' is one title; a comma after a complete title ends it ('Bộ Y tế, Nguyễn …')."""
    (culture,) = [t for t in titled_names("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng phát biểu.")]
    assert culture.title == "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"
    assert culture.name is not None and culture.name[2] == "Nguyễn Văn Hùng"
    health = [t for t in titled_names("Bộ trưởng Bộ Y tế, Thể thao và Du lịch Nguyễn Văn Hùng phát biểu.")]
    assert [t.title for t in health] == ["Bộ trưởng Bộ Y tế"]
    assert health[0].name is None
