"""N109 without a source: the pinyin of a well-known Korean's Chinese name (korean_people.tsv), matched by the
Korean readings of its characters, gets the press's spelling; a pinyin name marked Korean right before it
('Đại sứ Hàn Quốc tại Việt Nam …') is Korean in an article that is not about Korea.

Written for the adversary39 miss 'Jin Shangzhi' (Kim Sang-sik); tested on other people and made-up names not in
that set: Shin Tae-yong, Park Hang-seo, Son Heung-min, Lee Min-ho, an invented ambassador 'Cui Yongsan'."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _rule(text: str, rule: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.severity.name, f.suggestion) for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        # a field word ('HLV', 'đội tuyển') without Korea: a Vietnamese or Indonesian team's Korean coach
        ("Đội tuyển Indonesia thắng 2-0 trên sân nhà.\nHLV Shen Tailong hài lòng.", "Shen Tailong", "Shin Tae-yong"),
        ("U23 Việt Nam giành HCV.\nCựu HLV Piao Hengxu gửi thư chúc mừng.", "Piao Hengxu", "Park Hang-seo"),
        # another character of the same Korean reading: 兴 heung read from 'Xing'
        ("Tiền đạo Sun Xingmin ghi bàn thắng quyết định cho đội tuyển.", "Sun Xingmin", "Son Heung-min"),
        # Korea named, no field word
        ("Phim Hàn Quốc đang hút khách.\nNam chính Li Minhao vừa đến Hà Nội.", "Li Minhao", "Lee Min-ho"),
    ],
)
def test_a_known_korean_in_pinyin_gets_the_press_spelling(text: str, span: str, suggestion: str) -> None:
    assert _rule(text, "N109") == [(span, "MAJOR", suggestion)]
    assert _rule(text, "N101") == []  # N109's, not a Vietnamese or Chinese name by guess


@pytest.mark.parametrize(
    "text",
    [
        # a Chinese nationality before the name: a Chinese actor whose pinyin reads Lee Min-ho's name
        "Diễn viên Trung Quốc Li Minhao đóng vai chính trong phim cổ trang.",
        # no Korea and nothing of the person's field: a restaurant owner
        "Ông Shen Tailong mở nhà hàng thứ ba tại quận Hoàn Kiếm.",
        # the names written right
        "HLV Shin Tae-yong và HLV Park Hang-seo dự lễ bốc thăm.",
    ],
)
def test_a_known_korean_reading_stays_quiet_without_its_context(text: str) -> None:
    assert _rule(text, "N109") == []


def test_a_pinyin_name_marked_korean_in_a_vietnam_story() -> None:
    """An unknown Korean in pinyin: minor, no fix. (adversary75 added the real ambassador Choi Young-sam 崔泳杉, whose
    pinyin 'Cui Yongsan' this test first used: he now gets his name, major; an invented envoy keeps the test's aim.)"""
    text = (
        "Chiều 20/11, Phó Thủ tướng đã tiếp Đại sứ Hàn Quốc tại Việt Nam Piao Zhengmin.\n"
        "Việt Nam coi trọng quan hệ đối tác chiến lược toàn diện với Hàn Quốc và mong muốn Việt Nam thu hút thêm vốn."
    )
    assert _rule(text, "N109") == [("Piao Zhengmin", "MINOR", None)]
    assert _rule(text.replace("Piao Zhengmin", "Cui Yongsan"), "N109") == [("Cui Yongsan", "MAJOR", "Choi Young-sam")]


@pytest.mark.parametrize(
    "text",
    [
        # 'tại Hàn Quốc' is a posting: a Vietnamese envoy
        "Chiều 20/11, Đại sứ Việt Nam tại Hàn Quốc Wu Qingming đã tiếp đoàn doanh nghiệp Việt Nam.",
        # a comma between 'Hàn Quốc' and the name: no title phrase marks it
        "Sau cuộc gặp với đoàn Hàn Quốc tại Việt Nam, Zhang Weiguo cho biết Việt Nam sẽ mở rộng hợp tác.",
    ],
)
def test_a_pinyin_name_not_marked_korean_is_no_korean(text: str) -> None:
    assert _rule(text, "N109") == []
