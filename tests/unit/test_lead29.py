"""The lead's fixes of round 29, tested outside the sets that showed them, both ways.

- T308 'vận hà' (运河, a canal; adversary105's Mekong page): fires on a canal project, not on 'vận hành' nor on China's
  Grand Canal, which Vietnamese writes 'Đại Vận Hà'.
- T308 'sữa phấn' (奶粉): quiet where 'sữa' ends a subject and 'phấn đấu', 'phấn khởi' … follow ('Ngành sữa phấn đấu …',
  the dairy industry strives: review37's probe of misses50's row).

And the fixes of the round's closing review (a reviewer's own sentences, none from tests/data):
- T308's new rows quiet beside ordinary Vietnamese ('ta thán thị trường', 'khả năng nguyên Chủ tịch', 'thủ lãnh liên
  quân', 'bài toán lực', 'ban đầu tiêu tốn');
- C107 'X và Cục' (the department named before, joined to another body) is no body in Chinese order;
- N108: a full name that ends in a shared key ('Kelin Baoweier') names one person, not the key's two;
- C101's speakers' frames: a link or loan between two other countries, a first the official tells beside another
  country or 'hai nước' or a year of history, and a source whose 我国 the target already renders as the speaker's
  country stay quiet;
- N106: a source that calls her a poet (女诗人) leaves 'nữ sĩ' alone, as the rule's docs say.
"""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _t308(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == "T308"]


@pytest.mark.parametrize(
    "text",
    [
        "Campuchia khởi công dự án vận hà dài 180 km nối thủ đô với biển.",
        "Vận hà mới sẽ giúp tàu chở hàng đi thẳng ra cảng Kép.",
    ],
)
def test_canal_in_han_viet_fires(text: str) -> None:
    assert _t308(text) and _t308(text)[0][1] is not None and _t308(text)[0][1].lower() == "kênh đào"


@pytest.mark.parametrize(
    "text",
    [
        "Nhà máy bắt đầu vận hành thử dây chuyền mới từ tháng 3.",
        "Kênh đào Đại Vận Hà của Trung Quốc dài gần 1.800 km.",
        "Du khách đi thuyền trên đại vận hà ở Hàng Châu vào mùa thu.",
    ],
)
def test_canal_quiet(text: str) -> None:
    assert _t308(text) == []


def test_milk_powder_fires_but_not_before_striving() -> None:
    assert _t308("Giá sữa phấn nhập khẩu tăng 8% trong quý III.") == [("sữa phấn", "sữa bột")]
    for text in (
        "Ngành sữa phấn đấu tăng xuất khẩu sang Trung Quốc trong năm tới.",
        "Người nuôi bò sữa phấn khởi vì giá thu mua tăng.",
    ):
        assert _t308(text) == []


def _rule(findings: list, code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in findings if f.rule == code]


@pytest.mark.parametrize(
    "text",
    [
        "An ninh năng nguyên là ưu tiên của khu vực.",
        "Doanh nghiệp mua thán tín dụng để bù phát thải.",
        "Hệ thống lãnh liên giúp giữ trái cây tươi.",
        "Trung tâm dữ liệu cần nhiều toán lực hơn.",
        "Công ty đã đầu tiêu gói thầu cung ứng thuốc.",
    ],
)
def test_review_calque_rows_still_fire(text: str) -> None:
    assert _t308(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều khả năng nguyên Chủ tịch UBND huyện sẽ bị khởi tố.",
        "Khu rừng có tiềm năng nguyên sơ hiếm thấy.",
        "Ông Năng nguyên là Phó Giám đốc sở.",
        "Tiểu thương ta thán thị trường ế ẩm.",
        "Doanh nghiệp ta thán tín dụng khó tiếp cận.",
        "Thủ lãnh liên quân Houthi tuyên bố.",
        "Cầu thủ nhận lãnh liên tiếp hai thẻ vàng.",
        "Học sinh giải bài toán lực ma sát.",
        "Dự án ban đầu tiêu tốn 500 tỷ đồng.",
    ],
)
def test_review_calque_rows_quiet(text: str) -> None:
    assert _t308(text) == []


def test_department_joined_to_another_body_is_no_chinese_order() -> None:
    for text in ("Sở Y tế Hà Nội và Cục đã thu giữ lô thuốc giả.", "Vietjet Air và Cục sẽ họp vào tuần tới."):
        assert _rule(audit_text(text), "C107") == []


def test_full_name_ending_in_a_shared_key_names_one_person() -> None:
    text = "Hà Nội, 3/3/2025 – Ông Kelin Baoweier từng thăm Việt Nam năm 2002 khi làm Ngoại trưởng Mỹ."
    assert _rule(audit_text(text), "N108") == [("Kelin Baoweier", "Colin Powell")]


_MEETING = "Viêng Chăn, 3/12/2026 – Chủ tịch nước Lương Cường hội đàm với Chủ tịch nước Lào Thongloun Sisoulith.\n"
_TAIL = "\nDu khách từ Trung Quốc cũng đi tàu tới Viêng Chăn."


def test_meeting_frame_leaves_a_link_or_loan_between_two_others() -> None:
    for sentence in (
        "Hai nhà lãnh đạo đánh giá cao hiệu quả của tuyến đường sắt nối giữa Trung Quốc và Lào.",
        "Hai bên ghi nhận khoản vay giữa Trung Quốc và Lào cho dự án thủy điện.",
    ):
        assert _rule(audit_text(_MEETING + sentence + _TAIL), "C101") == []
    fired = audit_text(_MEETING + "Hai nhà lãnh đạo nhất trí nâng kim ngạch thương mại giữa Trung Quốc và Lào." + _TAIL)
    assert _rule(fired, "C101") == [("Trung Quốc", "Việt Nam")]


def test_national_first_beside_another_country_or_history_is_quiet() -> None:
    head = "Hà Nội, 2/12 – Đoàn thể thao trở về.\n"
    for sentence in (
        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch cho biết đây là lần đầu tiên một vận động viên của Trung Quốc "
        "giành HCV ở nội dung này, trong khi Nhật Bản thất bại.",
        "Cục trưởng Cục Điện ảnh cho biết đây là lần đầu tiên một bộ phim của Trung Quốc được trao giải tại Liên hoan "
        "phim Hà Nội, đánh dấu hợp tác điện ảnh hai nước.",
        "Cục trưởng Cục Điện ảnh cho biết lần đầu tiên một bộ phim của Trung Quốc giành giải Oscar là từ năm 2001.",
    ):
        assert _rule(audit_text(head + sentence), "C101") == []
    fired = audit_text(
        head + "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch cho biết đây là lần đầu tiên một vận động viên của Trung "
        "Quốc giành huy chương vàng ở nội dung này."
    )
    assert _rule(fired, "C101") == [("Trung Quốc", "Việt Nam")]


def test_quoted_official_whose_our_country_is_already_rendered() -> None:
    quiet = [
        (
            "泰国总理表示，我国将与北京加强对话。",
            "Thủ tướng Thái Lan cho biết Thái Lan sẽ tăng cường đối thoại với Trung Quốc.",
        ),
        (
            "泰国总理表示，我国欢迎中资企业投资。",
            "Thủ tướng Thái Lan cho biết Thái Lan hoan nghênh doanh nghiệp Trung Quốc đầu tư.",
        ),
    ]
    for pair in quiet:
        assert _rule(audit_pairs([pair]), "C101") == []
    pair = (
        "日本外相表示，我国将加强与越南的合作。",
        "Ngoại trưởng Nhật Bản cho biết Trung Quốc sẽ tăng cường hợp tác với Việt Nam.",
    )
    assert _rule(audit_pairs([pair]), "C101") == [("Trung Quốc", "Nhật Bản")]


def test_poet_in_the_source_leaves_nu_si_alone() -> None:
    poet = ("陈氏红女士朗读了女诗人春琼的诗。", "Bà Trần Thị Hồng đọc thơ của Xuân Quỳnh nữ sĩ.")
    assert _rule(audit_pairs([poet]), "N106") == []
    lady = ("在展会上，陈氏红女士介绍了新的咖啡品种。", "Tại hội chợ, Trần Thị Hồng nữ sĩ giới thiệu giống cà phê mới.")
    assert [text for text, _ in _rule(audit_pairs([lady]), "N106")] == ["nữ sĩ"]
