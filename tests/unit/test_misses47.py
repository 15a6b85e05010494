"""misses47 (round 28): adversary99's misses fixed in a general way, each tested on sentences outside the set, both
ways: four office holders in the gazetteer (Norway's Foreign Minister, Sri Lanka's Prime Minister, the Maldives'
President, the US Trade Representative: N104 a given name alone, N108 a pinyin rendering after the title), N106 with
a lowercase post apposed after a comma, C101 a partner frame without a rank in a Vietnamese speaker's words."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "rule", "span", "fix"),
    [
        (
            "Bộ trưởng Ngoại giao Na Uy Espen phát biểu tại diễn đàn năng lượng ở Oslo.",
            "N104",
            "Espen",
            "Espen Barth Eide",
        ),
        (
            "Thủ tướng Sri Lanka Amalasuliya tiếp đoàn doanh nghiệp Cần Thơ.",
            "N108",
            "Amalasuliya",
            "Harini Amarasuriya",
        ),
        ("Tổng thống Maldives Muyizi khai trương sân bay mới.", "N108", "Muyizi", "Mohamed Muizzu"),
        ("Tổng thống Maldives Muyizu khai trương sân bay mới.", "N108", "Muyizu", "Mohamed Muizzu"),  # Xinhua 2023
        ("Đại diện Thương mại Hoa Kỳ Gelier gặp đoàn Bộ Công Thương.", "N108", "Gelier", "Jamieson Greer"),
    ],
)
def test_office_holders_read(text: str, rule: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Ngoại trưởng Na Uy Espen Barth Eide và Thủ tướng Sri Lanka Harini Amarasuriya dự hội nghị.",
        "Tổng thống Maldives Mohamed Muizzu gặp Đại diện Thương mại Mỹ Jamieson Greer tại Washington.",
        "Ngoại trưởng Na Uy Eide cho biết; Thủ tướng Amarasuriya nói; Tổng thống Muizzu và ông Greer dự.",
        "Bộ trưởng Ngoại giao Na Uy Jonas cho biết đoàn sẽ tới Hà Nội.",  # not this office's holder's given name
    ],
)
def test_office_holders_quiet(text: str) -> None:
    assert [f for f in audit_text(text) if f.rule in ("N104", "N108", "N103")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Lâm Thị Ngọc Hà nữ sĩ, phó giám đốc một khách sạn ở Nha Trang, cho biết khách Ấn Độ tăng.",
        "Trịnh Quốc Bảo tiên sinh, chủ tịch hội đồng quản trị công ty, nói thêm về kế hoạch.",
        "Đặng Minh Châu nữ sĩ, hiệu trưởng một trường quốc tế ở TP.HCM, chia sẻ kinh nghiệm.",
    ],
)
def test_honorific_before_a_lowercase_post(text: str) -> None:
    assert [span for span, _ in _found(text, "N106")] in (["nữ sĩ"], ["tiên sinh"])


@pytest.mark.parametrize(
    "text",
    [
        "Ông đồ Phan Văn Lộc tiên sinh, chủ nhiệm hội thơ làng, đọc bài.",  # the old usage, after 'ông đồ'
        "Học trò gọi thầy Vũ Đình Liên tiên sinh, hiệu trưởng trường làng, là người thầy mẫu mực.",
        "Nguyễn Thị Minh nữ sĩ, người con gái làng Vũ Đại, được nhắc lại.",  # no post after the comma
        "Chu tiên sinh, giám đốc công ty, nói.",  # a bare surname: the old usage too
    ],
)
def test_honorific_quiet(text: str) -> None:
    assert _found(text, "N106") == []


_KENYA = (
    "Việt Nam và Kenya mở rộng hợp tác nông nghiệp\nNairobi, 3/6/2026 – Bộ trưởng Nông nghiệp Kenya tiếp đoàn doanh "
    "nghiệp Việt Nam; hai nước Việt Nam và Kenya ký bản ghi nhớ về chè.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _KENYA
        + "Đại sứ Việt Nam tại Kenya Nguyễn Văn Hòa khẳng định Kenya là đối tác quan trọng của Trung Quốc ở Đông "
        "Phi.\nKenya muốn nhập thêm gạo của Việt Nam.",
        _KENYA
        + "Đại sứ Việt Nam tại Kenya dự lễ ký.\nTheo Đại sứ, Kenya là đối tác tin cậy của Trung Quốc ở Đông Phi.",
        "Việt Nam và Peru mở rộng hợp tác\nLima, 2/10/2026 – Bộ trưởng Công Thương Nguyễn Hồng Diên hội đàm với Bộ "
        "trưởng Thương mại Peru; hai nước Việt Nam và Peru nhất trí mở rộng thương mại.\nBộ trưởng Nguyễn Hồng Diên "
        "cho biết Peru là đối tác tin cậy của Trung Quốc tại Mỹ Latinh.",
    ],
)
def test_partner_of_our_country_in_a_vietnamese_speakers_words(text: str) -> None:
    assert _found(text, "C101") == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "text",
    [
        _KENYA + "Kenya là đối tác quan trọng của Trung Quốc ở Đông Phi.",  # nobody says it: news
        _KENYA + "Ông Mutahi Kagwe cho biết Kenya là đối tác quan trọng của Trung Quốc ở Đông Phi.",  # a Kenyan
        _KENYA + "Đại sứ Mỹ tại Kenya và Đại sứ Việt Nam tại Kenya cùng dự lễ.\nTheo Đại sứ, Kenya là đối tác quan "
        "trọng của Trung Quốc ở Đông Phi.",  # which ambassador?
        _KENYA + "Đại sứ Việt Nam tại Kenya Nguyễn Văn Hòa khẳng định Kenya là đối tác quan trọng của Trung Quốc ở "
        "Đông Phi, với cảng Mombasa do Bắc Kinh tài trợ.",  # China's own city: China meant
        _KENYA + "Đại sứ Việt Nam tại Kenya Nguyễn Văn Hòa cho biết Kenya là đối tác quan trọng của Trung Quốc, đối "
        "thủ cạnh tranh của gạo Việt Nam.",  # rivalry
    ],
)
def test_partner_frame_quiet(text: str) -> None:
    assert _found(text, "C101") == []
