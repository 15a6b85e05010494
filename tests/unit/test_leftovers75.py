"""leftovers75: adversary131's two blind misses fixed, tested on sentences not in the set.

L101: a rare English word in -cy ('cryptocurrency', Zipf 3.3, under the 3.5 plain-word floor) is a derived English
noun like those in -ity or -ness, untranslated when Vietnamese text never writes it; A113: 'pass the buck' read word
for word ('chuyền đồng tiền'), quiet where the translation says the meaning or the source sets a literal scene.
"""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _l101(text: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == "L101"]


def _pair(source: str, target: str, rule: str) -> list[str]:
    return [f.text for f in audit_pairs([(source, target)]) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Công ty khai thác mỏ rơi vào tình trạng insolvency sau hai năm thua lỗ.", "insolvency"),
        ("Bộ Y tế lo ngại vaccine hesitancy ở vùng sâu vùng xa.", "hesitancy"),
        ("Chuyên gia cảnh báo về sự complacency của các ngân hàng nhỏ.", "complacency"),
        ("Nhóm tin tặc đòi tiền chuộc bằng cryptocurrency trong vụ tấn công bệnh viện.", "cryptocurrency"),
    ],
)
def test_l101_rare_english_noun_in_cy(text: str, word: str) -> None:
    assert _l101(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Sàn giao dịch crypto bị phạt 3 tỷ đồng vì quảng cáo sai.",  # the listed loan stays quiet
        "Nhiều nhà đầu tư mua bitcoin qua ứng dụng di động.",
        "Hãng Mercy Ships đưa tàu bệnh viện đến cảng Cotonou.",  # a capitalised name in -cy
        "Tiền mã hóa bị cấm dùng làm phương tiện thanh toán.",
    ],
)
def test_l101_quiet(text: str) -> None:
    assert _l101(text) == []


def test_a113_pass_the_buck() -> None:
    src = "Airlines keep passing the buck to airports over the delays."
    tgt = "Các hãng hàng không liên tục chuyền đồng tiền cho các sân bay về chuyện chậm chuyến."
    assert _pair(src, tgt, "A113") == ["chuyền đồng tiền"]
    src2 = "The minister passed the buck to his deputy."
    assert _pair(src2, "Bộ trưởng đã chuyển đồng đô la cho cấp phó.", "A113") == ["chuyển đồng đô la"]


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # the meaning said
        (
            "Airlines keep passing the buck to airports over the delays.",
            "Các hãng hàng không liên tục đùn đẩy trách nhiệm cho các sân bay về chuyện chậm chuyến.",
        ),
        # a literal scene: a deer, a poker game
        (
            "The hunter passed the buck deer twice before it ran into the woods.",
            "Người thợ săn đi qua con hươu đực hai lần trước khi nó chạy vào rừng.",
        ),
        (
            "In the old poker games, players would pass the buck to the next dealer.",
            "Trong các ván poker xưa, người chơi chuyền đồng tiền cho người chia bài kế tiếp.",
        ),
        # no idiom in the source
        ("He passed the coin to his sister.", "Anh ấy chuyền đồng tiền cho em gái."),
    ],
)
def test_a113_pass_the_buck_quiet(src: str, tgt: str) -> None:
    assert _pair(src, tgt, "A113") == []


def test_a113_pass_the_buck_noun_alone() -> None:
    src = "Regulators accuse the platforms of passing the buck on fake reviews."
    tgt = "Cơ quan quản lý cáo buộc các nền tảng đang né đồng đô la về các đánh giá giả."
    assert _pair(src, tgt, "A113") == ["đồng đô la"]
