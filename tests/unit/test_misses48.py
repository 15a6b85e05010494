"""misses48 (round 28): adversary100's misses fixed in a general way, tested on sentences outside the set, both
ways: N108 a Lao leader called by the first part of the name after a title (Laos with Malaysia, Indonesia, Thailand
and Brunei; 宋赛·西潘敦 with its '·'), and A113 'a piece of cake' over its whole noun phrase ('một miếng bánh')."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


def _pair(source: str, target: str, rule: str) -> list[str]:
    return [f.text for f in audit_pairs([(source, target)], select=[rule])]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Chủ tịch nước Lào Tonglun tiếp đoàn doanh nghiệp Việt Nam tại Viêng Chăn.", "Tonglun"),
        ("Thủ tướng Songsai dự lễ khởi công nhà máy thủy điện ở Attapeu.", "Songsai"),
        ("Sáng nay, Tổng Bí thư Tonglun gửi điện mừng.", "Tonglun"),
    ],
)
def test_lao_leader_by_the_first_part_in_pinyin_fires(text: str, span: str) -> None:
    assert _found(text, "N108") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch nước Lào Thongloun tiếp đoàn doanh nghiệp Việt Nam tại Viêng Chăn.",
        "Thủ tướng Lào Sonexay Siphandone phát biểu tại hội nghị.",
        "Ông Tống Tài, nông dân ở Lạng Sơn, bán 3 tấn vải.",
    ],
)
def test_lao_leader_by_name_stays_quiet(text: str) -> None:
    assert _found(text, "N108") == []


@pytest.mark.parametrize(
    ("source", "target", "span"),
    [
        (
            "Learning to cook pho is a piece of cake for her.",
            "Học nấu phở là một miếng bánh đối với cô ấy.",
            "một miếng bánh",
        ),
        ("The exam was really a piece of cake.", "Kỳ thi thực sự là một mẩu bánh ngọt.", "một mẩu bánh ngọt"),
        ("The icing on the cake was the free upgrade.", "Lớp kem trên chiếc bánh là việc nâng hạng miễn phí.", "bánh"),
    ],
)
def test_a_piece_of_cake_spans_the_noun_phrase(source: str, target: str, span: str) -> None:
    assert _pair(source, target, "A113") == [span]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Parking here is a piece of cake.", "Đỗ xe ở đây dễ như ăn bánh."),
        ("She ate a piece of cake at the party.", "Cô ấy ăn một miếng bánh tại bữa tiệc."),
    ],
)
def test_a_piece_of_cake_said_or_eaten_stays_quiet(source: str, target: str) -> None:
    assert _pair(source, target, "A113") == []


@pytest.mark.parametrize(
    ("source", "target", "spans"),
    [
        (
            "The scholarship covers half of the tuition fee.",
            "Học bổng chi trả một nửa học phí và trợ cấp 1.500 đô la Úc mỗi tháng.",
            ["1.500"],
        ),
        (
            "Pepper prices fell by a quarter this year.",
            "Giá tiêu giảm một phần tư trong năm nay, còn 45.000 đồng/kg.",
            ["45.000"],
        ),
        ("Prices fell by half this year.", "Giá giảm một nửa trong năm nay.", []),
        ("Half of the students got a grant of $1,500.", "Một nửa số sinh viên nhận trợ cấp 1.500 USD.", []),
        ("Half of the class passed in the first quarter.", "Một nửa lớp đỗ trong quý 1.", []),
        ("Half of the students work 20 hours a week.", "Một nửa sinh viên làm 20 giờ mỗi tuần, kiếm 500 đô la.", []),
    ],
)
def test_an_amount_of_money_beside_a_source_fraction_is_added(source: str, target: str, spans: list[str]) -> None:
    assert _pair(source, target, "A112") == spans
