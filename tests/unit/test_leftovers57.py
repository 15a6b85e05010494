"""Round 34's fixes of blind-set misses and the lead's probes (leftovers57), each on sentences outside the sets, both
ways (fires on MT, quiet on human text): C102's pairs in tone-marked pinyin, F111's time word on both sides of its
number (2026年 → 'năm 2026 năm'), T307's myriad after an English decimal point ('1.2 vạn'), A113's hot potato, N102's
dotted Hán-Việt name after a role in a company."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Việt Nam và Trung Quốc ký thỏa thuận thương mại\nQuan hệ Zhōng-Yuè tiếp tục phát triển.",
            "Zhōng-Yuè",
            "Trung Quốc – Việt Nam",
        ),
        ("Việt Nam và Lào ký thỏa thuận\nQuan hệ Yuè-Lǎo phát triển mạnh trong năm qua.", "Yuè-Lǎo", "Việt Nam – Lào"),
        ("Việt Nam và Pháp ký thỏa thuận\nHợp tác Yue-Fǎ về giáo dục phát triển mạnh.", "Yue-Fǎ", "Việt Nam – Pháp"),
        ("Việt Nam và Nhật Bản hợp tác lao động\nHội thảo Yuè-Rì diễn ra ở Đà Nẵng.", "Yuè-Rì", "Việt Nam – Nhật Bản"),
    ],
)
def test_c102_pair_in_tone_marked_pinyin(text: str, span: str, fix: str) -> None:
    assert _found(text, "C102") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Đội Hà Nội thắng Hải Phòng 2-1\nTrận Hà-Nam diễn ra tối qua; quan hệ Lào-Việt bền chặt.",
        "Nhà thơ Lý Bạch\nBài thơ Jìng Yè Sī - Tĩnh dạ tứ được dịch ra tiếng Việt.",
        "Tuyến cao tốc Hà Nội - Lạng Sơn thông xe\nĐoạn Chi Lăng - Hữu Nghị dài 43 km.",
    ],
)
def test_c102_tone_marks_quiet_on_vietnamese(text: str) -> None:
    assert _found(text, "C102") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Đường bay thẳng Đà Nẵng – Osaka sẽ mở vào năm 2027 năm.", "năm 2027 năm", "năm 2027"),
        ("Hội chợ khai mạc ngày 14 ngày, kéo dài ba hôm.", "ngày 14 ngày", "ngày 14"),
        ("Nhà máy khởi công vào tháng 9 tháng và dự kiến xong năm 2028.", "tháng 9 tháng", "tháng 9"),
        ("Năm 2029 năm sẽ là năm bản lề của kế hoạch.", "Năm 2029 năm", "Năm 2029"),
    ],
)
def test_f111_time_word_on_both_sides_of_its_number(text: str, span: str, fix: str) -> None:
    assert _found(text, "F111") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, năm đầu tiên của kế hoạch, tăng trưởng đạt 8%.",
        "Trong năm 2025 năm nay, doanh thu tăng 12%.",
        "Năm 2025 là năm bản lề.",
        "Họ làm việc tháng 3 tháng 4 liên tục; ngày 5 ngày 6 trời mưa.",
        "Khai giảng năm 2025 năm học mới diễn ra sôi nổi.",
        "Trong 5 năm năm 2020 đến nay, xuất khẩu tăng; mỗi năm 12 tháng.",
        "Tháng 13 tháng là chuyện không có; ngày 40 ngày cũng vậy.",
    ],
)
def test_f111_time_word_quiet(text: str) -> None:
    assert _found(text, "F111") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Có 1.2 vạn sinh viên tham gia kỳ thi năm nay.", "1.2 vạn", "12.000"),
        ("Nhà máy tuyển thêm 2.5 vạn lao động cho dây chuyền mới.", "2.5 vạn", "25.000"),
        ("Dự án có tổng vốn 3.5 vạn nhân dân tệ.", "3.5 vạn", "35.000"),
        ("Kim ngạch đạt 1.2 ức USD trong năm qua.", "1.2 ức", "120 triệu"),  # was read 1,2 tỷ
        ("Có 1,2 vạn sinh viên tham gia kỳ thi.", "1,2 vạn", "12.000"),  # as before
    ],
)
def test_t307_myriad_after_a_decimal_point(text: str, span: str, fix: str) -> None:
    assert _found(text, "T307") == [(span, fix)]
    assert _found(text, "F114") == []  # one finding, T307's


@pytest.mark.parametrize(
    "text",
    ["Phiên bản 2.1 vạn năng được phát hành.", "Vùng có 2.300 vạn cư dân.", "Giá vàng đạt 1.2 triệu đồng một chỉ."],
)
def test_t307_decimal_point_not_misread(text: str) -> None:
    found = _found(text, "T307")
    assert found in ([], [("2.300 vạn", "23 triệu")])


@pytest.mark.parametrize(
    ("source", "target", "span"),
    [
        (
            "Land compensation has become a hot potato for provincial leaders.",
            "Bồi thường đất đai đã trở thành một củ khoai tây nóng đối với lãnh đạo các tỉnh.",
            "củ khoai tây nóng",
        ),
        (
            "The minimum wage is a political hot potato in Thailand.",
            "Lương tối thiểu là một củ khoai nóng chính trị ở Thái Lan.",
            "củ khoai nóng",
        ),
        (
            "Sponsors dropped the singer like a hot potato after the scandal.",
            "Các nhà tài trợ đã thả nữ ca sĩ như một củ khoai tây nóng sau vụ bê bối.",
            "củ khoai tây nóng",
        ),
    ],
)
def test_a113_hot_potato(source: str, target: str, span: str) -> None:
    assert [f.text for f in audit_pairs([(source, target)]) if f.rule == "A113"] == [span]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Rice tariffs are a hot potato for the new government.", "Thuế gạo là một “củ khoai nóng” với chính phủ mới."),
        ("Tax reform is a hot potato.", "Cải cách thuế là một vấn đề gai góc."),
        (
            "She burned her fingers on a hot potato straight from the oven.",
            "Cô bị bỏng ngón tay vì một củ khoai tây nóng vừa lấy ra khỏi lò.",
        ),
        ("Children played hot potato in the schoolyard.", "Trẻ em chơi trò chuyền khoai tây nóng trong sân trường."),
    ],
)
def test_a113_hot_potato_quiet(source: str, target: str) -> None:
    assert [f.text for f in audit_pairs([(source, target)]) if f.rule == "A113"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Giám đốc điều hành của Siemens Mobility Mã Khắc Tư·Đặc Lâm phát biểu tại hội thảo.", "Mã Khắc Tư·Đặc Lâm"),
        ("Trưởng đại diện tại Việt Nam của Airbus Bố Lan Đặc·Lý cho biết đơn hàng tăng.", "Bố Lan Đặc·Lý"),
    ],
)
def test_n102_dotted_name_after_a_company_role(text: str, span: str) -> None:
    assert [t for t, _ in _found(text, "N102")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch của Tập đoàn Điện lực An·Bình phát biểu.",  # a Vietnamese company: no role of a foreign one
        "Giám đốc của Vinamilk, bà Mai Kiều Liên, cho biết doanh thu tăng.",
        "Phóng viên của Reuters Lê Minh Khuê · Thu Hà đưa tin.",  # a spaced dot: a byline's list
    ],
)
def test_n102_company_role_quiet(text: str) -> None:
    assert _found(text, "N102") == []
