"""C102/C103 on the one-character abbreviations added in round 5 (巴 Pakistan, 伊 Iran/Iraq, 斯 Sri Lanka/Slovakia …).

The sentences are written for this file (no test set has them). Each calque fires only in an article about its
country, with the country the article is about in the suggestion; the same words stay quiet elsewhere and where
they are ordinary words (phía Nam, bên A, a person named Mạnh, Cách mạng, Băng Cốc).
"""

from __future__ import annotations

import pytest

from audit.api import audit_text

RULES = ["C102", "C103"]


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=RULES)]


@pytest.mark.parametrize(
    ("title", "line", "rule", "span", "country"),
    [
        (
            "Việt Nam và Pakistan ký ba văn kiện",
            "Hai bên thúc đẩy hợp tác Yue-Ba về dệt may.",
            "C102",
            "Yue-Ba",
            "Pakistan",
        ),
        ("Việt Nam và Israel ký hiệp định", "Hiệp định Việt-Dĩ có hiệu lực từ năm sau.", "C102", "Việt-Dĩ", "Israel"),
        ("Trung Quốc và Iraq ký thỏa thuận dầu mỏ", "Quan hệ Trung-Y được nâng cấp.", "C102", "Trung-Y", "Iraq"),
        ("Trung Quốc và Iran ký thỏa thuận dầu mỏ", "Quan hệ Trung-Y được nâng cấp.", "C102", "Trung-Y", "Iran"),
        ("Việt Nam và Romania kỷ niệm 75 năm", "Quan hệ Việt-La không ngừng phát triển.", "C102", "Việt-La", "Romania"),
        ("Trung Quốc và Serbia ký hiệp định", "Tình hữu nghị Zhong-Sai được củng cố.", "C102", "Zhong-Sai", "Serbia"),
        (
            "Việt Nam và Bangladesh ký bốn văn kiện",
            "Hợp tác Việt-Mạnh còn nhiều dư địa.",
            "C102",
            "Việt-Mạnh",
            "Bangladesh",
        ),
        (
            "Trung Quốc và Slovakia nâng cấp quan hệ",
            "Quan hệ Trung-Tư lên đối tác chiến lược.",
            "C102",
            "Trung-Tư",
            "Slovakia",
        ),
        ("Trung Quốc và Tajikistan ký kết", "Quan hệ Trung-Tháp phát triển.", "C102", "Trung-Tháp", "Tajikistan"),
        (
            "Trung Quốc và Turkmenistan ký kết",
            "Đường ống khí Trung-Thổ vận hành ổn định.",
            "C102",
            "Trung-Thổ",
            "Turkmenistan",
        ),
        ("Trung Quốc và Iceland ký hiệp định", "Hiệp định Trung-Băng có hiệu lực.", "C102", "Trung-Băng", "Iceland"),
        ("Việt Nam và Venezuela ký thỏa thuận", "Phía Ủy cam kết tạo điều kiện.", "C103", "Phía Ủy", "Venezuela"),
        ("Việt Nam và Colombia ký kết", "Phía Ca khẳng định coi trọng quan hệ.", "C103", "Phía Ca", "Colombia"),
        ("Việt Nam và Kenya ký kết", "Phía Khẳng cam kết hỗ trợ nông dân.", "C103", "Phía Khẳng", "Kenya"),
        ("Việt Nam và Croatia ký kết", "Hai nước hợp tác; Ke side sẽ hỗ trợ.", "C103", "Ke side", "Croatia"),
        (
            "Việt Nam và Mozambique ký kết",
            "Phía Mạc cam kết mở cửa thị trường hạt điều.",
            "C103",
            "Phía Mạc",
            "Mozambique",
        ),
        ("Việt Nam và Angola ký kết", "Phía An cam kết tăng mua gạo.", "C103", "Phía An", "Angola"),
        ("Trung Quốc và Iceland ký hiệp định", "Ice cam kết giảm thuế thủy sản.", "C103", "Ice", "Iceland"),
        ("Trung Quốc và Zambia ký kết", "Phía Tán hoan nghênh đầu tư.", "C103", "Phía Tán", "Zambia"),
        ("Israel và Palestine nối lại đàm phán", "Xung đột Ba-Dĩ kéo dài nhiều năm.", "C102", "Ba-Dĩ", "Palestine"),
        ("Trung Quốc và Luxembourg ký kết", "Quan hệ Trung-Lư phát triển.", "C102", "Trung-Lư", "Luxembourg"),
        ("Trung Quốc và Tunisia ký kết", "Phía Đột cam kết mở cửa thị trường.", "C103", "Phía Đột", "Tunisia"),
        ("Trung Quốc và Zimbabwe ký kết", "Quan hệ Trung-Tân phát triển.", "C102", "Trung-Tân", "Zimbabwe"),
    ],
)
def test_new_abbreviations_fire_in_their_country_article(
    title: str, line: str, rule: str, span: str, country: str
) -> None:
    found = _found(f"{title}\n{line}")
    assert any(r == rule and t == span and country in (s or "") for r, t, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the same calques in an article about another country: 'Việt-La', 'phía Tư' are not Romania's or Sri Lanka's
        "Việt Nam và Nhật Bản ký kết\nQuan hệ Việt-La phát triển; phía Tư cam kết; quan hệ Việt-Y tốt đẹp.",
        # the standard names
        "Việt Nam và Pakistan ký ba văn kiện\nQuan hệ Việt – Pakistan phát triển; phía Pakistan khẳng định ủng hộ.",
        # ordinary words and people after 'bên'/'phía'
        "Việt Nam và Iran ký kết\nBộ trưởng Y tế tiếp đoàn; bệnh viện phía Nam quá tải; hợp đồng giữa bên A và bên Ba.",
        "Việt Nam và Bangladesh ký kết\nÔng Mạnh ngồi bên Khắc; anh Mạnh cam kết đến dự.",
        "Việt Nam và Angola ký kết\nCông an tỉnh An Giang; nhân dân An Giang; bên An ninh họp.",
        "Việt Nam và Georgia ký kết\nĐảng Cách mạng; quân đội Cách mạng; Cách mạng Tháng Tám.",
        "Việt Nam và Iceland ký kết\nĐoàn đến Băng Cốc; phía Băng Cốc đón tiếp; băng tan nhanh.",
        "Việt Nam và Kuwait ký kết\nViện Khoa học; bên Khoa; anh Khoa cam kết.",
        "Việt Nam và Venezuela ký kết\nBan Thường vụ Đảng ủy họp; Ủy ban Kinh tế; phía Ủy ban cam kết.",
        "Việt Nam và Malta ký kết\nChính phủ ngựa thồ; phía Mã Lai; nhân dân tán thành.",
        # South Africa has no abbreviation on purpose: 'Việt-Nam', 'phía Nam'
        "Việt Nam và Nam Phi ký kết\nQuan hệ Việt-Nam Phi phát triển; gió từ phía Nam thổi lên.",
    ],
)
def test_ordinary_words_and_other_articles_stay_quiet(text: str) -> None:
    assert _found(text) == []


def test_a_shared_reading_falls_back_to_a_country_the_article_mentions() -> None:
    """巴 is Brazil, Pakistan, Panama and Palestine: in an article about Japan that mentions Brazil, 'Phía Ba'
    is the Brazilian side (the same fallback as C102's pairs)."""
    text = (
        "Việt Nam và Nhật Bản ký kết ba văn kiện hợp tác\n"
        "Brazil cũng tham dự hội nghị với tư cách khách mời.\n"
        "Phía Ba cam kết tăng cường đầu tư vào Việt Nam."
    )
    assert [(f.text, f.suggestion) for f in audit_text(text, select=["C103"])] == [("Phía Ba", "Phía Brazil")]
