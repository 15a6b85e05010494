"""misses51 (round 29): adversary103's misses fixed in a general way, tested on sentences outside the set, both
ways: T308 climate and road-traffic words of Chinese in Hán-Việt (碳中和, 减排, 酒驾 and their neighbours), N106 'nữ
sĩ' after an untitled name where the record's source writes 女士, N109 leaving a pinyin name after a Vietnamese rank or
department head's post to N101 (a Vietnamese colonel on a page about Korea), and C107 the Green Climate Fund in
Hán-Việt and a department in Chinese word order without a country ('Giao thông Cảnh sát Cục')."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def _pair(source: str, target: str, rule: str) -> list[str]:
    return [f.text for f in audit_pairs([(source, target)], select=[rule])]


# T308: none of these sentences is in the set
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Để đạt thán trung hoà vào năm 2060, nước này phải giảm mạnh thán bài phóng từ than đá.",
            [("thán trung hoà", "trung hòa carbon"), ("thán bài phóng", "phát thải carbon")],
        ),
        ("Các doanh nghiệp cam kết giảm bài khí nhà kính 30% vào năm 2030.", [("giảm bài", "giảm phát thải")]),
        ("Tỉnh đặt mục tiêu thán đạt phong trước năm 2030 và xây dựng đô thị đê thán.", [
            ("thán đạt phong", "đạt đỉnh phát thải"), ("đê thán", "carbon thấp")]),
        ("Nhà máy chuyển từ hoá thạch nhiên liệu sang điện gió để cắt giảm ôn thất khí thể.", [
            ("hoá thạch nhiên liệu", "nhiên liệu hóa thạch"), ("ôn thất khí thể", "khí nhà kính")]),
        ("Đêm qua, cảnh sát xử lý 300 trường hợp túy giá và 40 trường hợp sấm hồng đăng.", [
            ("túy giá", "say rượu lái xe"), ("sấm hồng đăng", "vượt đèn đỏ")]),
        ("Tài xế phải xuất trình giá sử chứng và dữ liệu hành xa ký lục nghi.", [
            ("giá sử chứng", "giấy phép lái xe"), ("hành xa ký lục nghi", "camera hành trình")]),
        ("Lực lượng chức năng tăng cường kiểm tra tửu giá dịp Tết.", [("tửu giá", "vi phạm nồng độ cồn")]),
        ("Giao cảnh đã kiểm tra nồng độ cồn của 500 tài xế và tạm giữ giá chiếu của 12 người.", [
            ("Giao cảnh", "Cảnh sát giao thông"), ("giá chiếu", "giấy phép lái xe")]),
        ("Người vi phạm bị khấu phân giấy phép lái xe và phạt tiền.", [("khấu phân", "trừ điểm")]),
        ("Việt Nam phát triển thán thị trường và khả tái sinh năng nguyên.", [
            ("thán thị trường", "thị trường carbon"), ("khả tái sinh năng nguyên", "năng lượng tái tạo")]),
    ],
)  # fmt: skip
def test_climate_and_traffic_calques_fire(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "T308") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nhà trường giảm bài tập về nhà cho học sinh lớp 1 để phát thải năng lượng tích cực.",
        "Giáo viên đề xuất giảm bài cho học sinh yếu trong học kỳ này.",
        "Phóng viên thực hiện bài phóng sự về tai nạn do vi phạm nồng độ cồn.",
        "Bảo tàng trưng bày hóa thạch khủng long và nhiên liệu sinh học.",
        "Việt Nam cam kết trung hòa carbon và giảm phát thải khí nhà kính.",
        "Tài xế xuất trình giấy phép lái xe và dữ liệu camera hành trình.",
        "Cơ quan điều tra quyết định giao cảnh sát khu vực xác minh vụ tai nạn giao thông.",
        "Huyện bàn giao cảnh quan ven đường quốc lộ cho xã quản lý.",
        "Rạp tăng giá chiếu phim dịp Tết; tài xế lái xe đến xem.",
        "Mức giá chiếu theo khung của Bộ; người lái xe phải chấp hành.",
        "Khoản khấu phân bổ hàng năm được tính vào chi phí.",
        "Giá chiếu cói ở chợ tăng nhẹ.",
    ],
)
def test_the_vietnamese_words_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# N106: the record's source names the honorific
def test_nu_si_after_an_untitled_name_fires_when_the_source_writes_nushi() -> None:
    source = "在展会上，陈氏红女士介绍了新的咖啡品种。"
    assert _pair(source, "Tại hội chợ, Trần Thị Hồng nữ sĩ giới thiệu giống cà phê mới.", "N106") == ["nữ sĩ"]
    source = "阮文南先生捐赠了两千本书。"
    assert _pair(source, "Nguyễn Văn Nam tiên sinh đã tặng hai nghìn cuốn sách.", "N106") == ["tiên sinh"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("女诗人胡春香的诗被译成英文。", "Thơ của Hồ Xuân Hương nữ sĩ được dịch sang tiếng Anh."),
        ("陈氏红女士朗读了女诗人春琼的诗。", "Bà Trần Thị Hồng đọc thơ của nữ sĩ Xuân Quỳnh."),
    ],
)
def test_a_poet_or_a_rendered_honorific_stays_quiet(source: str, target: str) -> None:
    assert _pair(source, target, "N106") == []


def test_untitled_name_without_a_source_stays_quiet() -> None:
    assert _found("Tại hội chợ, Trần Thị Hồng nữ sĩ giới thiệu giống cà phê mới.", "N106") == []


# N109 / N101: a Vietnamese rank or post before a pinyin name on a page about Korea
_KOREA = "Đoàn doanh nghiệp Hàn Quốc thăm Đà Nẵng. Đại sứ quán Hàn Quốc và Hiệp hội doanh nghiệp Hàn Quốc dự lễ.\n"


@pytest.mark.parametrize(
    ("line", "name", "fix"),
    [
        ("Thượng tá Li Zaicheng, Trưởng phòng Cảnh sát giao thông, cho biết đã tăng cường tuần tra.", "Li Zaicheng",
         "Lê Tại Thành"),
        ("Phó Cục trưởng Jin Minzhe cho biết các tổ kiểm soát làm việc suốt đêm.", "Jin Minzhe", "Kim Dân Triết"),
    ],
)  # fmt: skip
def test_vietnamese_rank_or_post_makes_the_name_n101s(line: str, name: str, fix: str) -> None:
    assert [f.text for f in audit_text(_KOREA + line, select=["N109"])] == []
    assert _found(_KOREA + line, "N101") == [(name, fix)]


@pytest.mark.parametrize(
    "line",
    [
        "Đại tá Hàn Quốc Jin Minzhe cho biết hai bên sẽ diễn tập chung.",
        "Đại diện doanh nghiệp Jin Minzhe cho biết công ty sẽ mở rộng sản xuất.",
    ],
)
def test_korean_marked_or_untitled_name_stays_n109s(line: str) -> None:
    assert [f.text for f in audit_text(_KOREA + line, select=["N109"])] == ["Jin Minzhe"]


# C107: the Green Climate Fund, and a department in Chinese order without a country
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban giám đốc Lục Sắc Khí Hậu Cơ Kim họp tại Incheon.", [
            ("Lục Sắc Khí Hậu Cơ Kim", "Quỹ Khí hậu Xanh (GCF)")]),
        ("Năm nay, Dân dụng Hàng không Cục cấp phép bay cho hãng mới.", [
            ("Dân dụng Hàng không Cục", "Cục Hàng không dân dụng")]),
        # one capitalised word, but the page names the body in Vietnamese order
        ("Cục Hải quan họp. Số liệu của Hải quan Cục cho thấy kim ngạch tăng.", [("Hải quan Cục", "Cục Hải quan")]),
        # a word of three syllables (出入境): the order cannot be undone word by word, no fix
        ("Theo Xuất nhập Cảnh Quản lý Cục, lượng khách tăng 20%.", [("Xuất nhập Cảnh Quản lý Cục", None)]),
    ],
)  # fmt: skip
def test_body_calques_fire(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text, "C107") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quỹ Khí hậu Xanh (GCF) đã phê duyệt 35 triệu USD cho dự án rừng ngập mặn.",
        "Ông Nguyễn Văn Hùng, Phó Cục trưởng Cục Cảnh sát giao thông, cho biết như vậy.",
        "Anh gửi thư ở Sài Gòn Bưu Cục rồi về nhà.",
        "Bộ Công an Cục Cảnh sát giao thông hướng dẫn người dân.",
        "Theo Cục Cảnh sát giao thông, số vụ vi phạm giảm mạnh.",
        "Ông Lê Văn Nam Cục trưởng cho biết.",
        # 'Cục' alone for a department the page named: its representative, its office's head (clean54)
        "Cục Quản lý lao động ngoài nước họp báo. Đại diện Cục khuyến cáo người lao động cẩn trọng.",
        "Bà Lê Thị Hoa, Chánh Văn phòng Cục, cho biết hồ sơ được nhận trực tuyến.",
        "Đại diện Văn phòng Cục cho biết hồ sơ được nhận trực tuyến.",
        "Giao thông Cảnh sát Cục cho biết số vụ vi phạm giảm.",
        "Lãnh đạo Tổng cục Thống kê và Cục Hải quan họp.",
    ],
)
def test_bodies_in_vietnamese_order_stay_quiet(text: str) -> None:
    assert _found(text, "C107") == []
