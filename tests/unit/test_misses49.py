"""misses49 (round 29): adversary101's misses fixed in a general way, tested on sentences outside the set, both ways:
N103 no longer dates an undated text by a year it writes only in a future or effective-from frame ('Luật … sẽ có
hiệu lực từ ngày 1/7/2026': the law's coming date bounds the day the text was written, it is none of its dates);
a plain date, a 'Ngày X, …' lead or a dateline of that year still dates it; T308 Hán-Việt words of e-commerce, coal
and meat trade news ('điện thương' 电商, 'môi thán' 煤炭 …), quiet where Vietnamese words hold the syllables ('điện
thương phẩm'); C107 e-commerce platforms by their Chinese names (希音 Shein, 速卖通 AliExpress, 拼多多 Pinduoduo, 京东
JD.com); N107 the Solomon Islands' Prime Minister (Jeremiah Manele) under another Pacific state's title; C106 a city in
pinyin at one end of a route whose other end is a Vietnamese place ('đường bay Hà Nội – Wulanbatuo'), offered as
Vietnamese news writes it ('Ulaanbaatar'); the chrome reader: a next-story card whose arrow joins its label to the
title ('BÀI TIẾP THEO → …')."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.rules.names.text_months import framed_years

_DUY = "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy cho biết, diện tích lúa chất lượng cao tăng mạnh."


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    "later",
    [
        "Nghị định mới dự kiến được ban hành vào tháng 3/2026.",
        "Nghị định có hiệu lực thi hành kể từ ngày 1/1/2026.",
        "Quy định mới sẽ được áp dụng từ tháng 2/2026.",
        "Theo kế hoạch, chương trình kết thúc vào tháng 6/2026.",
    ],
)
def test_a_year_only_in_a_future_frame_does_not_date_the_text(later: str) -> None:
    """Đỗ Đức Duy left the ministry in 10/2025: a text that writes 2026 only as a plan or a law's effective date
    is not of 2026 (quiet), as a file of November 2025 on e-commerce was not (adversary101)."""
    assert _found(f"{_DUY}\n{later}", "N103") == []


@pytest.mark.parametrize(
    "text",
    [
        f"Ngày 5/1/2026, {_DUY}\nNghị định có hiệu lực thi hành kể từ ngày 1/1/2026.",
        f"{_DUY}\nHội nghị tổng kết diễn ra ngày 12/1/2026 tại Hà Nội.",
        f"Cần Thơ, 12/1/2026 - {_DUY}\nChương trình sẽ kết thúc vào tháng 6/2026.",
    ],
)
def test_a_plain_date_a_lead_or_a_dateline_still_dates_it(text: str) -> None:
    assert _found(text, "N103") == ["Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy"]


def test_framed_years() -> None:
    years = [2026, 2025]
    assert framed_years("Luật sẽ có hiệu lực từ ngày 1/7/2026.\nTừ ngày 1/7/2025, các sàn khấu trừ thuế.", years) == {
        2026
    }
    assert framed_years("Luật sẽ có hiệu lực từ ngày 1/7/2026.\nNgày 3/2/2026, Bộ họp báo.", years) == set()
    # a year below a plain one is kept whatever its frame: the text's date is its newest
    assert framed_years("Ngày 3/2/2026, Bộ họp báo.\nLuật sẽ áp dụng từ tháng 7 năm 2025.", years) == set()
    # a comma closes the frame's clause: 'sẽ' before it frames no date after it
    assert framed_years("Bộ sẽ kiểm tra, ngày 4/12/2025 đoàn đã đến.", [2025]) == set()
    # the year's digits in no date ('2026 doanh nghiệp', '12026') are none of its dates
    assert framed_years("Có 2026 doanh nghiệp; mã 12026.", [2026]) == set()
    assert framed_years("Dự kiến đến tháng 3 năm 2026 sẽ xong; sẽ mở từ 5/2026.", [2026]) == {2026}


def _fixes(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Doanh thu điện thương xuyên biên giới tăng 30%.", "điện thương", "thương mại điện tử"),
        ("Việt Nam nhập khẩu môi thán từ Indonesia và Australia.", "môi thán", "than đá"),
        ("Người tiêu dùng võng cấu ngày càng nhiều.", "võng cấu", "mua sắm trực tuyến"),
        ("Nhiều người bán hàng qua trực bá trên mạng xã hội.", "trực bá", "phát trực tiếp"),
        ("Dịch vụ khoái đệ quá tải dịp cuối năm.", "khoái đệ", "chuyển phát nhanh"),
        ("Các bình đài xuyên biên giới phải đăng ký.", "bình đài", "nền tảng"),
        ("Sản lượng môi khoáng của tỉnh tăng.", "môi khoáng", "mỏ than"),
        ("Argentina muốn xuất khẩu ngưu nhục sang châu Á.", "ngưu nhục", "thịt bò"),
    ],
)
def test_trade_calques_fire(text: str, span: str, fix: str) -> None:
    assert _fixes(text, "T308") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Sản lượng điện thương phẩm của EVN năm nay tăng 10%.",
        "Giá điện thương mại, dịch vụ cao hơn giá điện sinh hoạt.",
        "Chiếc võng cấu tạo từ sợi dù rất bền.",
        "Son dưỡng môi khoáng chất giúp môi mềm.",
        "Anh ta bị Dương nhục mạ trước đám đông.",
        "Cô ấy khoái đệ tử của thầy lắm.",
        "Việt Nam nhập khẩu than đá và thịt bò; thương mại điện tử tăng trưởng nhanh.",
    ],
)
def test_trade_calques_quiet_on_vietnamese(text: str) -> None:
    assert _fixes(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hãng thời trang nhanh Hy Âm bị phạt ở châu Âu vì giảm giá ảo.", [("Hy Âm", "Shein")]),
        (
            "Người bán đưa hàng lên Tốc Mại Thông và Bính Đa Đa để xuất khẩu.",
            [("Tốc Mại Thông", "AliExpress"), ("Bính Đa Đa", "Pinduoduo")],
        ),
        ("Tập đoàn Kinh Đông mở kho hàng ở Hà Nội.", [("Kinh Đông", "JD.com")]),
    ],
)
def test_platforms_by_chinese_name_fire(text: str, expected: list[tuple[str, str]]) -> None:
    assert _fixes(text, "C107") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shein, Temu, AliExpress, Taobao, Tmall và JD.com bán hàng xuyên biên giới vào Việt Nam.",
        "Ông Đào Bảo Ngọc, giám đốc công ty, cho biết doanh thu tăng.",
        "Nhạc sĩ Hy Âm sáng tác nhiều bài hát về quê hương.",
    ],
)
def test_platforms_by_own_name_or_vietnamese_names_quiet(text: str) -> None:
    assert _fixes(text, "C107") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Thủ tướng Fiji Jeremiah Manele gặp các nhà tài trợ quỹ khí hậu.", "Fiji"),
        ("Thủ tướng Papua New Guinea Jeremiah Manele phát biểu tại hội nghị nghề cá.", "Papua New Guinea"),
    ],
)
def test_solomon_prime_minister_under_another_title_fires(text: str, span: str) -> None:
    assert _fixes(text, "N107") == [(span, "Quần đảo Solomon")]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Quần đảo Solomon Jeremiah Manele phát biểu tại hội nghị nghề cá ở Honiara.",
        "Thủ tướng Solomon Jeremiah Manele tiếp Đại sứ Việt Nam.",
    ],
)
def test_solomon_prime_minister_under_his_title_quiet(text: str) -> None:
    assert _fixes(text, "N107") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Tuyến bay TP.HCM - Xini mỗi tuần ba chuyến.", "Xini", "Sydney"),
        ("Hãng khai trương đường bay Yawende – Hà Nội vào năm sau.", "Yawende", "Yaoundé"),
        ("Chuyến bay Đà Nẵng – Shouer cất cánh lúc 8 giờ.", "Shouer", "Seoul"),
        ("Đoàn đến thủ đô Wulanbatuo chiều qua.", "Wulanbatuo", "Ulaanbaatar"),
    ],
)
def test_city_in_pinyin_at_a_route_end_fires(text: str, span: str, fix: str) -> None:
    assert _fixes(text, "C106") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội – Wulanbatuo nói rằng quan hệ hai nước tốt đẹp.",  # no route word: a dash, not a route
        "Đường bay Hà Nội – Ulaanbaatar mở từ tháng 3.",
        "Tuyến Hà Nội – Lào Cai đông khách dịp lễ.",
    ],
)
def test_route_quiet_without_a_route_or_a_pinyin_city(text: str) -> None:
    assert _fixes(text, "C106") == []


@pytest.mark.parametrize(
    "line",
    [
        "BÀI TIẾP THEO → Fiji khai trương trung tâm cảnh báo sóng thần mới",
        "« Bài trước › Hội nghị nghề cá Thái Bình Dương khai mạc",
        "Tin tiếp theo » Giá than đá tăng mạnh",
    ],
)
def test_next_story_card_with_an_arrow_is_chrome(line: str) -> None:
    assert classify_line(line)[0] == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Bài tiếp theo sẽ nói về nghề cá ở Thái Bình Dương.",
        "Chuyến bay sau → Hà Nội hạ cánh lúc 9 giờ.",
        "Bài sau → Ông ấy nói vậy.",
    ],
)
def test_sentence_or_other_arrow_line_is_not(line: str) -> None:
    assert classify_line(line)[0] is None
