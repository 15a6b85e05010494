"""misses42 (round 27): adversary93's misses fixed in a general way, each tested on sentences outside the set, both
ways: T308 nuclear and mining words, C107 nuclear bodies in Chinese order, C103 a side taking part or helping, N108
the IAEA's head in pinyin, menus drawn with other bars."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_lines


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "rule", "span", "fix"),
    [
        ("Nga sẽ cung cấp hạch nhiên liệu cho nhà máy trong 10 năm.", "T308", "hạch nhiên liệu", "nhiên liệu hạt nhân"),
        ("Kazakhstan có trữ lượng du khoáng lớn nhất thế giới.", "T308", "du khoáng", "mỏ urani"),
        ("Chính phủ tái khởi động chương trình hạch điện.", "T308", "hạch điện", "điện hạt nhân"),
        (
            "Quốc tế Nguyên tử năng Cơ cấu cử đoàn thẩm định an toàn.",
            "C107",
            "Quốc tế Nguyên tử năng Cơ cấu",
            "Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA)",
        ),
        ("Việt Nam và Hàn Quốc ký thỏa thuận; Hàn phương hỗ trợ đào tạo kỹ sư.", "C103", "Hàn phương", "phía Hàn Quốc"),
        ("Việt Nam và Nga ký thỏa thuận, Nga phương cử chuyên gia sang.", "C103", "Nga phương", "phía Nga"),
    ],
)
def test_fires(text: str, rule: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, rule)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Kế toán hạch toán điện năng tiêu thụ theo tháng.", "T308"),  # 'hạch toán', a Vietnamese word
        ("Bác sĩ phát hiện hạch ở cổ bệnh nhân.", "T308"),
        ("Nhà máy điện hạt nhân dùng nhiên liệu hạt nhân từ Nga.", "T308"),
        ("Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA) cử đoàn thẩm định.", "C107"),
        ("Phương pháp Đông phương tham khảo y học cổ truyền.", "C103"),
    ],
)
def test_quiet(text: str, rule: str) -> None:
    assert _found(text, rule) == []


def test_the_iaea_head_in_pinyin() -> None:
    text = "Đoàn chuyên gia IAEA làm việc tại Ninh Thuận. Tổng Giám đốc Geluoxi nói cơ quan này sẵn sàng hỗ trợ."
    assert _found(text, "N108") == [("Geluoxi", "Rafael Grossi")]
    assert _found("Tổng Giám đốc IAEA Rafael Grossi thăm Hà Nội.", "N108") == []


@pytest.mark.parametrize(
    ("line", "kind_is_none"),
    [
        ("Tin tức │ Sự kiện │ Liên hệ", False),
        ("Trang chủ ｜ Giới thiệu ｜ Dịch vụ", False),
        ("Sản phẩm ¦ Khuyến mãi ¦ Cửa hàng", False),
        ("Chỉ số ‖x‖ được tính theo công thức chuẩn.", True),
        ("Giá trị tuyệt đối │x│ luôn không âm.", True),
    ],
)
def test_menus_drawn_with_other_bars(line: str, kind_is_none: bool) -> None:
    assert (classify_lines([line]) == [None]) is kind_is_none


def _a113(source: str, target: str) -> list[str]:
    from test_misses40 import _found_with_source  # one record with its source, through the rule

    return [text for text, _ in _found_with_source(source, target, "A113")]


@pytest.mark.parametrize(
    ("source", "target", "found"),
    [  # misses43 (adversary95): 'keep/get the ball rolling' word for word
        ("They want to keep the ball rolling on reforms.", "Họ muốn duy trì quả bóng lăn về cải cách.", 1),
        ("The fund will get the ball rolling on new projects.", "Quỹ sẽ khiến quả bóng lăn với các dự án mới.", 1),
        ("They want to keep the ball rolling on reforms.", "Họ muốn duy trì đà cải cách.", 0),
        ("The striker kept the ball rolling toward the goal.", "Tiền đạo giữ quả bóng lăn về phía khung thành.", 0),
    ],
)
def test_a113_the_ball_rolling(source: str, target: str, found: int) -> None:
    assert len(_a113(source, target)) == found
