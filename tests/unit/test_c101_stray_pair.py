"""C101's stray bilateral pair: a country named once, paired with Việt Nam in a relation frame, in an article
about Việt Nam and another partner (countries and sentences written for this test, in no test set)."""

from __future__ import annotations

import pytest

from audit.api import audit_text

PERU = (
    "Việt Nam và Peru thúc đẩy hợp tác thủy sản\n"
    "Bộ trưởng Sản xuất Peru tiếp Đoàn công tác Việt Nam ngày 14/5.\n"
    "Hai nước Việt Nam và Peru đã ký Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương.\n"
    "{line}\n"
    "Peru muốn nhập khẩu thêm gạo và cà phê của Việt Nam."
)


def _c101(line: str) -> list[tuple[str, str | None]]:
    text = PERU.format(line=line)
    return [(text.splitlines()[f.segment][f.start : f.end], f.suggestion) for f in audit_text(text, select=["C101"])]


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("Hai bên nhất trí nâng tầm quan hệ hữu nghị Việt Nam – Ecuador trong thập niên tới.", "Ecuador"),
        ("Ông nhấn mạnh quan hệ hợp tác giữa Bolivia và Việt Nam đang phát triển tốt đẹp.", "Bolivia"),
        ("Ủy ban liên chính phủ Việt Nam – Colombia sẽ họp vào cuối năm.", "Colombia"),
    ],
)
def test_a_once_named_partner_in_a_relation_frame_fires(line: str, wrong: str) -> None:
    assert _c101(line) == [(wrong, "Peru")]


@pytest.mark.parametrize(
    "line",
    [
        # compared with on purpose, or a match / a route named by the pair
        "Giống như quan hệ Việt Nam – Ecuador, hai bên muốn mở rộng thương mại nông sản.",
        "Nhiều cổ động viên còn nhớ trận giao hữu Việt Nam – Colombia ở Mỹ Đình.",
        # the article's own partner in the same sentence: a deliberate comparison or a list
        "Quan hệ Việt Nam – Peru đi trước quan hệ Việt Nam – Bolivia nhiều năm.",
        # not paired with Việt Nam, or no relation frame
        "Ông cho biết quan hệ giữa Bolivia và Ecuador vẫn căng thẳng.",
        "Năm ngoái, Việt Nam và Colombia xuất khẩu nhiều cà phê nhất khu vực.",
    ],
)
def test_a_deliberate_third_relation_stays_quiet(line: str) -> None:
    assert _c101(line) == []


def test_a_country_named_twice_is_meant() -> None:
    line = "Sau Peru, đoàn sẽ sang Ecuador để thúc đẩy quan hệ hữu nghị Việt Nam – Ecuador."
    assert _c101(line) == []


def test_an_unclear_topic_stays_quiet() -> None:
    text = "Hai bên nhất trí nâng tầm quan hệ hữu nghị Việt Nam – Ecuador.\nPeru muốn nhập khẩu gạo của Việt Nam."
    assert audit_text(text, select=["C101"]) == []


def test_the_partner_need_not_be_paired_with_viet_nam_elsewhere() -> None:
    """The MT's wrong pair may be the article's only pair: a confident topic and a partner named often suffice."""
    text = (
        "Thủ tướng hội đàm với Tổng thống Ecuador\n"
        "Tổng thống Ecuador đón Thủ tướng tại Quito; hai nước kỷ niệm 45 năm quan hệ ngoại giao.\n"
        "Hai bên nhất trí làm sâu sắc quan hệ hữu nghị Việt Nam – Uruguay.\n"
        "Ecuador muốn xuất khẩu tôm và chuối sang thị trường châu Á.\n"
        "Ecuador là đối tác quan trọng của Việt Nam."
    )
    found = [(f.text, f.suggestion) for f in audit_text(text, select=["C101"])]
    assert found == [("Uruguay", "Ecuador")]
