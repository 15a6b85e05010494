"""C101 with Việt Nam implied by its provinces: a provincial story that never writes 'Việt Nam' ('Lãnh đạo thành
phố tiếp đoàn doanh nghiệp Hungary tại Đà Nẵng') still has Việt Nam as its other party (a weaker sign than its
leaders: only in a sentence naming no other country), so 'quan hệ hữu nghị giữa Hungary và Trung Quốc' there is the
MT's 我国. Stories written for this test (adversary38's Czech page in Quảng Ninh motivated it)."""

from __future__ import annotations

from audit.api import audit_text

STORY = (
    "Lãnh đạo thành phố tiếp đoàn doanh nghiệp Hungary\n"
    "Sáng 20/11/2025, tại {place}, Phó Chủ tịch UBND thành phố đã tiếp đoàn doanh nghiệp Hungary do Thứ trưởng Bộ "
    "Ngoại giao và Thương mại Hungary dẫn đầu.\n"
    "Phát biểu tại buổi tiếp, Thứ trưởng Hungary cho biết quan hệ hữu nghị truyền thống giữa Hungary và {pair} đang "
    "phát triển tốt đẹp.\n"
    "Đoàn doanh nghiệp Hungary quan tâm tới lĩnh vực dược phẩm, nước sạch và chế biến nông sản.\n"
    "Hai bên thống nhất sớm tổ chức diễn đàn xúc tiến đầu tư tại Budapest vào năm 2026.\n"
)


def _c101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C101"])]


def test_china_paired_with_the_guest_in_a_provincial_story_fires() -> None:
    assert _c101(STORY.format(place="Đà Nẵng", pair="Trung Quốc")) == [("Trung Quốc", "Việt Nam")]


def test_the_right_pair_stays_quiet() -> None:
    assert _c101(STORY.format(place="Đà Nẵng", pair="Việt Nam")) == []


def test_a_place_that_is_also_chinese_implies_nothing() -> None:
    """'Lai Châu' is also 莱州 (Laizhou) in Hán-Việt: it does not make the story Việt Nam's."""
    assert _c101(STORY.format(place="Lai Châu", pair="Trung Quốc")) == []


def test_another_country_in_the_sentence_keeps_it_quiet() -> None:
    """Việt Nam implied by a province is the weaker sign: a sentence naming a third country (an envoy posted there)
    may set the relation elsewhere."""
    text = STORY.format(place="Đà Nẵng", pair="Trung Quốc").replace(
        "Thứ trưởng Hungary cho biết", "Đại sứ Hungary tại Nhật Bản cho biết"
    )
    assert _c101(text) == []
