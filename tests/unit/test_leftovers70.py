"""Round 36's fixes of name and pair misses left by adversary126, adversary128, adversary129 and leftovers66's probes
(leftovers70), each tested on sentences outside the sets, both ways (fires on MT, quiet on human text):

1. N102 reads the whole part of a dotted name read in Hán-Việt on each side of the dot, up to six syllables, when
   the capitalised run on that side is one name (every syllable after the fourth a reading of a transcription
   character, no country word): Spanish, Portuguese, Arabic and Russian names through Chinese; a one-word country
   ('Áo', 奥 of Olzhas, Oliver, Oscar) right after another country or an honorific is the name's first syllable.
2. N102's suggestion from a Latin-looking part: a common Vietnamese given-name syllable without marks ('Minh',
   'Long') alone names no gazetteer person; it counts beside a second shared part.
3. C102: a pair with China's 'Trung' after 'hợp tác' and a field ('hợp tác bán dẫn Trung-Hàn') in an article plainly
   about Việt Nam and the other country that never names China: 中 stands for 越."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


# 1. N102: the whole part on each side of the dot


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 恩里克·伊格莱西亚斯 Enrique Iglesias: six syllables after the dot (four before the fix)
        ("Ca sĩ Tây Ban Nha Ân Lợi Khắc·Y Cách Lai Tây Á Tư biểu diễn tại Hà Nội.", "Ân Lợi Khắc·Y Cách Lai Tây Á Tư"),
        # 克里斯蒂亚诺·罗纳尔多 Cristiano Ronaldo: six syllables before the dot after a country (four before the fix)
        (
            "Tiền đạo Bồ Đào Nha Khắc Lý Tư Đế Á Nặc·La Nạp Nhĩ Đa lập cú đúp.",
            "Khắc Lý Tư Đế Á Nặc·La Nạp Nhĩ Đa",
        ),
        # 费尔南多·阿隆索 Fernando Alonso after an honorific: four syllables before an unspaced dot (none found before)
        ("Ông Phí Nhĩ Nam Đa·A Long Tác về nhì ở chặng đua.", "Phí Nhĩ Nam Đa·A Long Tác"),
        # an invented Kazakh official (塞里克·努尔兰别科夫), after a title and the country: five after the dot
        (
            "Thủ tướng Kazakhstan Tắc Lý Khắc·Nỗ Nhĩ Lan Biệt Khoa Phu tiếp đoàn Việt Nam.",
            "Tắc Lý Khắc·Nỗ Nhĩ Lan Biệt Khoa Phu",
        ),
    ],
)
def test_n102_reads_the_whole_part_on_each_side(text: str, span: str) -> None:
    assert [t for t, _ in _found(text, "N102")] == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 奥 'Áo' (also Austria) opening a given name right after another country or an honorific is its first
        # syllable, not a country: it was dropped before
        (
            "Thủ tướng Kazakhstan Áo Nhĩ Trát Tư·Biệt Khắc Tiệp Nặc Phu tiếp đoàn Việt Nam.",
            "Áo Nhĩ Trát Tư·Biệt Khắc Tiệp Nặc Phu",
        ),
        ("Ngoại trưởng Pháp Áo Lợi Phất·Đỗ Bang thăm Hà Nội.", "Áo Lợi Phất·Đỗ Bang"),
        ("Ông Áo Tư Tạp · Mạt Nhĩ Tát Khắc nhận giải.", "Áo Tư Tạp · Mạt Nhĩ Tát Khắc"),
        # a country right after the title is still no part of the name
        ("Thủ tướng Hà Lan Tây Phàm·Cáp Tang phát biểu.", "Tây Phàm·Cáp Tang"),
    ],
)
def test_n102_a_country_word_after_a_country_or_an_honorific_is_a_syllable(text: str, span: str) -> None:
    assert [t for t, _ in _found(text, "N102")] == [span]


def test_n102_a_known_person_keeps_the_whole_name_and_fix() -> None:
    # 亚历山大·卢卡申科: found from the dot only before the fix
    assert _found("Tổng thống Belarus A Lịch Sơn Đại·Lư Tạp Thân Khoa dự hội nghị.", "N102") == [
        ("A Lịch Sơn Đại·Lư Tạp Thân Khoa", "Alexander Lukashenko")
    ]


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        # a run of seven after the dot is not taken whole
        ("Ông Lạp Mạn·Tạp Lạp Ba Da Phu Ni Đa Lạp Khắc tới Hà Nội.", "Phu Ni Đa Lạp Khắc"),
        # a place right after the name: its run is no one name
        ("Bà An Na·Khải Lặc Hà Nội cho biết đoàn đã tới.", "Nội"),
        ("Ông Tạ Khắc·Mạn Gia Lâm Đồng cho biết đoàn đã tới.", "Đồng"),
        # a country after the name
        ("Bà An Na·Khải Lặc Thăm Việt Nam", "Việt Nam"),
    ],
)
def test_n102_takes_no_run_that_is_not_one_name(text: str, left_out: str) -> None:
    found = [t for t, _ in _found(text, "N102")]
    assert len(found) == 1 and left_out not in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh: Minh Khuê · Thu Hà · Nguyễn Thị Thanh Hương Giang",
        "Thời sự · Thế giới · Kinh tế Việt Nam · Thể thao Đông Nam Á",
        "Bà Nguyễn Thị Minh·Khai Hà Nội dự lễ.",
        "Địa chỉ: Hà Nội · Hải Phòng · Thành phố Hồ Chí Minh · Cần Thơ Đà Nẵng",
        "Tác giả: Lê Văn Minh · Trần Thị Thu Hương Giang · Phạm Quốc Bảo Long",
    ],
)
def test_n102_quiet_on_vietnamese_dots(text: str) -> None:
    assert _found(text, "N102") == []


# 2. N102's suggestion: a Vietnamese given-name syllable alone is no Latin name part


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Pháp Minh Ni Áo·Lạc Bội Tư phát biểu.",  # not Lê Lương Minh
        "Ông Long Ni Áo·Mạc Lạp Tư phát biểu.",  # not Lý Hiển Long
    ],
)
def test_n102_no_person_from_a_vietnamese_syllable_alone(text: str) -> None:
    found = _found(text, "N102")
    assert len(found) == 1 and found[0][1] is None


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Thủ tướng Hà Lan Mạch • Rutte hội kiến Chủ tịch nước.", "Mark Rutte"),
        ("Cựu Tổng thư ký ASEAN Lim·Jock Hoi dự hội thảo.", "Lim Jock Hoi"),
    ],
)
def test_n102_latin_parts_still_name_the_person(text: str, fix: str) -> None:
    assert [s for _, s in _found(text, "N102")] == [fix]


# 3. C102: 'hợp tác <field> Trung-X' in an article about Việt Nam and X that never names China

_KOREA = (
    "Doanh nghiệp Hàn Quốc mở rộng đầu tư bán dẫn tại Việt Nam\n"
    "Bắc Ninh, ngày 20/11/2025 - Một tập đoàn Hàn Quốc vừa khởi công nhà máy đóng gói chip thứ hai tại Bắc Ninh.\n"
    "Đại sứ Hàn Quốc cho biết Seoul coi Việt Nam là đối tác chiến lược về chuỗi cung ứng.\n"
    "Hai bên nhất trí đưa {pair} lên tầm cao mới trong giai đoạn 2026-2030.\n"
    "Bộ Công Thương Việt Nam cam kết hỗ trợ đào tạo kỹ sư cho các nhà máy Hàn Quốc.\n"
)


def test_c102_cooperation_pair_with_china_for_viet_nam() -> None:
    text = _KOREA.format(pair="hợp tác bán dẫn Trung-Hàn")
    assert _found(text, "C102") == [("Trung-Hàn", "Việt Nam – Hàn Quốc")]


@pytest.mark.parametrize(
    "text",
    [
        # the human pair
        _KOREA.format(pair="hợp tác bán dẫn Việt-Hàn"),
        # an article that names China may speak of China and Korea
        _KOREA.format(pair="hợp tác bán dẫn Trung-Hàn") + "Trung Quốc cũng là thị trường lớn của chip Hàn Quốc.\n",
        # no cooperation before the pair: a bare pair is ordinary history
        _KOREA.format(pair="quan hệ Trung-Hàn"),
        # Korea named once: no article pair
        "Hai bên nhất trí đưa hợp tác bán dẫn Trung-Hàn lên tầm cao mới; Việt Nam theo dõi sát.\n",
    ],
)
def test_c102_cooperation_pair_quiet(text: str) -> None:
    assert _found(text, "C102") == []
