"""misses38 (round 26): adversary90's misses fixed so that they generalise, each tried on names, places and sentences
that are not in the set, both ways: a case that fires and a near case that stays quiet."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Theo Bộ Công Thương, doanh số tân năng nguyên khí xa tại Thái Lan tăng mạnh.", "tân năng nguyên khí xa",
         "xe năng lượng mới"),
        ("Hãng này dự kiến bán 20.000 điện động khí xa tại Indonesia vào năm 2027.", "điện động khí xa", "ô tô điện"),
        ("Thành phố Đà Nẵng sẽ lắp thêm 300 sung điện trạm dọc quốc lộ 1.", "sung điện trạm", "trạm sạc"),
        ("Công ty đang xây nhà máy bán đạo thể thứ hai ở Penang, Malaysia.", "bán đạo thể", "bán dẫn"),
        ("Nhà mạng MobiFone sẽ lắp 5.000 cơ trạm 5G tại các tỉnh Tây Nguyên.", "cơ trạm", "trạm gốc"),
    ],
)  # fmt: skip
def test_t308_car_chip_and_telecom_calques(text: str, span: str, fix: str) -> None:
    assert _found(text, "T308") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Trang trại ở Lâm Đồng cần bổ sung điện trang bị cho hệ thống tưới.",
        "Xã sẽ bổ sung điện trạm bơm để kịp vụ đông xuân.",
        "Mạng di động 5G đang phủ sóng, nhưng nguy cơ trạm biến áp quá tải vẫn còn.",
        "Ông lo ngại động cơ trạm bơm bị hỏng sau lũ.",
    ],
)
def test_t308_quiet_where_vietnamese_words_hold_the_syllables(text: str) -> None:
    assert _found(text, "T308") == []


def test_c107_a_company_reading_where_the_document_writes_its_own_name() -> None:
    assert _found("Micron mở văn phòng ở TP.HCM.\nCông ty Mỹ Quang tuyển 500 kỹ sư.", "C107") == [
        ("Mỹ Quang", "Micron")
    ]
    assert _found("Sony ra mắt máy ảnh mới tại Hà Nội.\nSách Ni cho biết giá từ 30 triệu đồng.", "C107") == [
        ("Sách Ni", "Sony")
    ]
    # a reading ending in a given-name syllable is a place or a person too; a person's or a place word before it
    assert _found("Toyota bán 5.000 xe.\nPhong Điền có ba đại lý.", "C107") == []
    assert _found("Micron mở văn phòng ở TP.HCM.\nMỹ Quang dự kiến tuyển 500 kỹ sư.", "C107") == []
    assert _found("Amkor khánh thành nhà máy.\nÔng An Kháo dự lễ.", "C107") == []
    # without the company's own name in the document the reading stays gated
    assert _found("An Kháo cho biết 40% kỹ sư là người Việt Nam.", "C107") == []


def test_c107_long_reading_with_one_inner_syllable_lowercase() -> None:
    assert _found("Tam Lăng trọng Công cho biết sẽ đóng thêm hai tàu.", "C107") == [
        ("Tam Lăng trọng Công", "Mitsubishi Heavy Industries")
    ]
    assert _found("Tổ chức Thương mại Thế giới họp ở Geneva.", "C107") == []


def test_n108_company_head_only_beside_the_company() -> None:
    assert _found("Ông Chen Liwu, người đứng đầu Intel, gặp Bộ trưởng.", "N108") == [("Chen Liwu", "Lip-Bu Tan")]
    text = "Ông Chen Liwu, Phó chủ tịch tỉnh Quảng Đông, dự hội nghị."
    assert _found(text, "N108") == [] and _found(text, "N101") == [("Chen Liwu", None)]


def test_n108_hyphenated_name_taken_whole() -> None:
    assert _found("Chủ tịch Cuba Diyasi-Kaneier đã cảm ơn Việt Nam.", "N108") == [
        ("Diyasi-Kaneier", "Miguel Díaz-Canel")
    ]
    assert _found("Thủ tướng Anh Starmer-Telangpu phát biểu.", "N108") == [("Telangpu", "Donald Trump")]


def test_n103_a_former_president_of_brazil() -> None:
    fired = _found("Hà Nội, 20/10/2026 - Tổng thống Brazil Jair Bolsonaro sẽ thăm Ấn Độ tuần tới.", "N103")
    assert [fix for _, fix in fired] == ["Tổng thống Brazil Luiz Inácio Lula da Silva"]
    assert _found("Hà Nội, 20/10/2026 - Cựu Tổng thống Brazil Jair Bolsonaro bị cấm tranh cử.", "N103") == []
    assert _found("Ngày 5/3/2020, Tổng thống Brazil Jair Bolsonaro đã tiếp đoàn Việt Nam.", "N103") == []


def test_n109_and_n101_business_leaders() -> None:
    assert _found("Chủ tịch Tập đoàn Hyundai Zheng Yixuan dự lễ cùng lãnh đạo tỉnh.", "N109") == [
        ("Zheng Yixuan", "Chung Eui-sun")
    ]
    assert _found("Ông Zheng Yixuan, Phó chủ tịch tỉnh Quảng Tây, dự lễ.", "N109") == []
    assert _found("Ông Fan Riwang, Chủ tịch Vingroup, phát biểu.", "N101") == [("Fan Riwang", "Phạm Nhật Vượng")]
    assert _found("Ông Fan Riwen, Phó chủ tịch tỉnh Quảng Tây, dự lễ.", "N101") == [("Fan Riwen", None)]


def test_t201_brasil_beside_brazil() -> None:
    assert _found("Tổng thống Brazil sẽ thăm Hà Nội. Ông cho biết Brasil muốn mua gạo.", "T201") == [
        ("Brasil", "Brazil")
    ]
    assert _found("Brasil muốn tăng nhập khẩu cà phê. Brasil là đối tác lớn.", "T201") == []


def test_t307_myriad_before_a_classifier() -> None:
    assert _found("Công ty bàn giao 3 vạn căn hộ trong năm 2026.", "T307") == [("3 vạn", "30.000")]
    assert _found("Hãng đã bán 2 vạn chiếc ô tô tại Thái Lan.", "T307") == [("2 vạn", "20.000")]
    assert _found("Thành phố có 4 vạn chiếc thuyền.", "T307") == []
    assert _found("Quân Thanh kéo 29 vạn quân sang.", "T307") == []


def test_l101_english_weekday() -> None:
    assert _found("Hội nghị khai mạc Monday, 7/12 tại Đà Nẵng.", "L101") == [("Monday", "thứ Hai")]
    assert _found("Buổi hòa nhạc diễn ra vào Sunday tại Nhà hát Lớn.", "L101") == [("Sunday", "Chủ nhật")]
    for text in (
        "Chương trình Black Friday, 27/11 thu hút đông khách.",
        "Bài báo đăng vào Sunday Times tuần trước.",
        "Bộ phim Monday được chiếu ngày 5/12.",
        "Cuốn tiểu thuyết Robinson Crusoe có nhân vật Friday.",
    ):
        assert _found(text, "L101") == [], text


def test_c101_market_figure_sourced_to_a_vietnamese_body() -> None:
    head = "Hà Nội, 20/11/2026 – Hãng xe VinFast khai trương đại lý thứ 100 tại Cần Thơ.\n"
    fired = _found(head + "Trong 9 tháng, thị trường ô tô của Trung Quốc đạt 250.000 xe, tăng 18%, theo Hiệp hội "
                   "các nhà sản xuất ô tô Việt Nam (VAMA).", "C101")  # fmt: skip
    assert fired == [("Trung Quốc", "Việt Nam")]
    china_body = head + "Trong 9 tháng, thị trường ô tô của Trung Quốc đạt 25 triệu xe, theo Hiệp hội Ô tô Trung Quốc."
    both = head + (
        "Trong 9 tháng, thị trường ô tô của Trung Quốc đạt 25 triệu xe, theo Hiệp hội các nhà sản xuất ô tô Việt Nam, "
        "trong khi thị trường Việt Nam đạt 250.000 xe."
    )
    assert _found(china_body, "C101") == [] and _found(both, "C101") == []


def test_a107_one_of_a_repeated_country_swapped() -> None:
    def a107(src: str, mt: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in audit_pairs([(src, mt)]) if f.rule == "A107"]

    src = "泰国总理表示，泰国将向老挝出口更多大米。"
    assert a107(src, "Thủ tướng Thái Lan cho biết Campuchia sẽ xuất khẩu thêm gạo sang Lào.") == [
        ("Campuchia", "Thái Lan")
    ]
    assert a107(src, "Thủ tướng Thái Lan cho biết nước này sẽ xuất khẩu thêm gạo sang Lào.") == []
    assert a107(src, "Thủ tướng Thái Lan cho biết sẽ xuất khẩu thêm gạo sang Lào và Campuchia.") == []
    assert a107("华盛顿指责俄罗斯，俄罗斯否认。", "Mỹ cáo buộc Nga, nước này phủ nhận.") == []
