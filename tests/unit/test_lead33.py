"""Round 33's fixes of blind-set misses, each on sentences outside the sets, both ways (fires on MT, quiet on
human text)."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 玛丽·萨勒 read in Hán-Việt, the dot as Chinese writes it, after an honorific (adversary115's 'An Na·Khải Lặc')
        ("Theo bà Mã Lệ·Tát Lặc, điều phối viên của quỹ, hàng cứu trợ đã tới Cebu.", "Mã Lệ·Tát Lặc"),
        ("Nữ ca sĩ Y Na·Lâm Đức trình diễn tại lễ hội.", "Y Na·Lâm Đức"),
        ("Ông Ma Lệ·Sa Lặc cho biết dự án sẽ mở rộng.", "Ma Lệ·Sa Lặc"),
    ],
)
def test_n102_unspaced_dot_after_a_title(text: str, span: str) -> None:
    assert _found(text, "N102") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh: Minh Khuê·Thu Hà",  # a byline: no title before it
        "Ông Minh Khuê · Thu Hà dự lễ.",  # spaced dots separate a list
        "Bà Lan·Anh Thư dự lễ khai mạc.",  # common Vietnamese name syllables only
        "Giám đốc Đức·Minh Hoàng phát biểu.",  # no syllable of a sound-picking character
        "Thời sự · Thế giới · Kinh tế",
    ],
)
def test_n102_quiet_on_vietnamese_names_and_lists(text: str) -> None:
    assert _found(text, "N102") == []


@pytest.mark.parametrize(
    "text",
    ["Mỗi tủ rack tiêu chuẩn chứa 42 máy chủ.", "Các rack máy chủ được làm mát bằng chất lỏng."],
)
def test_rack_is_a_loan(text: str) -> None:
    assert _found(text, "L101") == []
