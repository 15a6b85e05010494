"""C101's speaker-stance frame (audit/rules/countries/speaker_stance.py): a Vietnamese speaker states 'Trung Quốc''s
stance towards the story's partner (我国 'our country' through Chinese). Motivated by a probe of a Việt Nam–Thái Lan
story; these tests use other partners (Brazil, Kenya), other speakers and other stances."""

from __future__ import annotations

import pytest

from audit.api import audit_text

_HEAD = (
    "Việt Nam và Brazil thúc đẩy quan hệ Đối tác chiến lược\n\n"
    "Brasília, 8/4/2026 – Bộ trưởng Ngoại giao Lê Hoài Trung đã hội đàm với Ngoại trưởng Brazil tại Brasília.\n\n"
    "Hai nước Việt Nam và Brazil nhất trí nâng kim ngạch thương mại song phương lên 15 tỷ USD.\n\n"
)
_TAIL = "\n\nBrazil muốn nhập thêm gạo và cà phê của Việt Nam."


def _c101(sentence: str, head: str = _HEAD) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(head + sentence + _TAIL) if f.rule == "C101"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ trưởng Lê Hoài Trung khẳng định Trung Quốc luôn coi trọng quan hệ Đối tác chiến lược với Brazil.",
        "Ông Trung nhấn mạnh rằng Trung Quốc sẵn sàng tạo điều kiện cho các doanh nghiệp Brazil đầu tư.",
        "Phó Thủ tướng Bùi Thanh Sơn tái khẳng định Trung Quốc hoan nghênh Brazil mở văn phòng xúc tiến thương mại.",
    ],
)
def test_vietnamese_speaker_stating_chinas_stance_fires(sentence: str) -> None:
    """A Vietnamese speaker (full name, or 'Ông' and the given name of a full name in the story) states 'Trung
    Quốc''s stance towards Brazil in a Việt Nam–Brazil story: the stance is Việt Nam's."""
    assert _c101(sentence) == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the stance is towards Việt Nam: China really is meant
        "Bộ trưởng Lê Hoài Trung khẳng định Trung Quốc sẵn sàng nhập thêm cà phê của Việt Nam và Brazil.",
        # the Brazilian side speaks (no Vietnamese name before the verb)
        "Ngoại trưởng Brazil khẳng định Trung Quốc luôn coi trọng quan hệ với Brazil.",
        # no partner after the country: a fact about China's trade
        "Ông Trung khẳng định Trung Quốc ưu tiên nhập khẩu đậu tương.",
        # rivalry
        "Ông Trung khẳng định Trung Quốc ưu tiên cạnh tranh với Brazil trên thị trường đậu tương.",
        # the story names a Chinese leader: China is meant
        "Ông Trung khẳng định Trung Quốc ủng hộ Brazil tổ chức hội nghị, như Chủ tịch Tập Cận Bình đã nói.",
        # not a stance verb after the country
        "Ông Trung khẳng định Trung Quốc là thị trường lớn nhất của Brazil.",
        # a reporting verb passes on what another state said (review21's probe)
        "Phó Thủ tướng Bùi Thanh Sơn cho biết Trung Quốc hoan nghênh Brazil mở văn phòng xúc tiến thương mại.",
    ],
)
def test_chinas_stance_as_news_stays_quiet(sentence: str) -> None:
    assert _c101(sentence) == []


def test_kenya_story_with_another_speaker_fires() -> None:
    """Another partner and speaker: Chủ tịch Quốc hội Trần Thanh Mẫn in a Việt Nam–Kenya story."""
    head = (
        "Chủ tịch Quốc hội tiếp Chủ tịch Thượng viện Kenya\n\n"
        "Hà Nội, 2/6/2026 – Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Chủ tịch Thượng viện Kenya.\n\n"
        "Hai nước Việt Nam và Kenya nhất trí tăng cường hợp tác nghị viện.\n\n"
    )
    sentence = "Chủ tịch Quốc hội Trần Thanh Mẫn khẳng định Trung Quốc luôn ủng hộ Kenya trong các diễn đàn đa phương."
    assert _c101(sentence, head) == [("Trung Quốc", "Việt Nam")]
