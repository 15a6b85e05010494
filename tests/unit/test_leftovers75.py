"""leftovers75: adversary131's two blind misses fixed, tested on sentences not in the set, and the sets' scorer
reading a fix modulo dash style and first-letter case.

L101: a rare English word in -cy ('cryptocurrency', Zipf 3.3, under the 3.5 plain-word floor) is a derived English
noun like those in -ity or -ness, untranslated when Vietnamese text never writes it; A113: 'pass the buck' read word
for word ('chuyền đồng tiền'), quiet where the translation says the meaning or the source sets a literal scene.
"""

from __future__ import annotations

import pytest
from adversary_scoring import accepted_fix

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


@pytest.mark.parametrize(
    ("suggestion", "accepted", "span", "fixed"),
    [
        ("Hàn Quốc – Việt Nam", {"Hàn Quốc - Việt Nam"}, "Hàn - Việt", True),  # an en dash for a hyphen
        ("Nhật Bản—Việt Nam", {"Nhật Bản-Việt Nam"}, "Nhật-Việt", True),  # an em dash
        ("Thứ Tư, 3/12/2025", {"thứ Tư, 3/12/2025"}, "thứ Năm, 3/12/2025", True),  # a capital first letter
        ("Mohammed Bin Salman", {"Mohammed bin Salman"}, "Salaman", True),
        ("thứ Năm, 3/12/2025", {"thứ Tư, 3/12/2025"}, "thứ Sáu, 3/12/2025", False),  # another day is another fix
        ("Hàn Quốc - Nhật Bản", {"Hàn Quốc - Việt Nam"}, "Hàn - Việt", False),
        ("HÀN QUỐC", {"Hàn Quốc"}, "Hàn phương", False),  # only the first letter's case
        ("và", {"Và"}, "và", False),  # a fix that is the capital itself (F106): no change is no fix
        (None, {"Hàn Quốc"}, "Hàn phương", False),
        ("Hàn Quốc", {"Hàn Quốc"}, "Hàn phương", True),
    ],
)
def test_scorer_accepts_fix_modulo_dash_and_first_letter_case(
    suggestion: str | None, accepted: set[str], span: str, fixed: bool
) -> None:
    assert accepted_fix(suggestion, accepted, span) is fixed
