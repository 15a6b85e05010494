"""F114 english-number-format: numbers MT copied in the English format, on sentences written for this test (not from
any corpus, set or rule example), both ways: what cannot be Vietnamese fires, Vietnamese forms and ambiguous ones stay
quiet. The real OPUS-MT output of the shared data has one ('nặng hơn 1,000 pound' beside '17.500 dặm')."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.rules.number_format import vietnamese_form


def _f114(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["F114"])]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Hơn 12,500 cổ động viên Nam Định đã đến sân Thiên Trường.", "12,500", "12.500"),
        ("Cơn bão làm 3,400 hộ dân ở Quảng Ngãi mất điện.", "3,400", "3.400"),
        ("Ông Hải cho biết 7,200 người đã đăng ký dự thi.", "7,200", "7.200"),
        ("Gói hỗ trợ trị giá 1,350,000 đồng cho mỗi hộ.", "1,350,000", "1.350.000"),
        ("Dân số thành phố vượt 2,100,000 vào cuối năm.", "2,100,000", "2.100.000"),
        ("Giá thuê khoảng €2,300 mỗi tháng.", "2,300", "2.300"),
        ("Kẻ gian lấy đi 48,200 USD trong két.", "48,200", "48.200"),
        ("Hãng xuất khẩu 8,600 tấn cà phê sang Đức.", "8,600", "8.600"),
        ("Con tàu chở 5,000 container hàng.", "5,000", "5.000"),
        ("Cây cầu dài 2,000 feet, nối hai bờ sông.", "2,000", "2.000"),
        ("Tỷ lệ thất nghiệp giảm còn 2.2% trong quý ba.", "2.2", "2,2"),
        ("Công ty đặt mục tiêu doanh thu 6.75 tỷ đồng.", "6.75", "6,75"),
        ("Sản lượng tăng 1.8 phần trăm so với tháng trước.", "1.8", "1,8"),
    ],
)
def test_an_english_format_fires_with_the_vietnamese_form(text: str, span: str, fix: str) -> None:
    assert _f114(text) == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Hơn 12.500 cổ động viên Nam Định đã đến sân Thiên Trường.",  # the Vietnamese thousands point
        "Tỷ lệ thất nghiệp giảm còn 2,2% trong quý ba.",  # the Vietnamese decimal comma
        "Giá vàng miếng là 152,5 triệu đồng một lượng.",
        "Chương trình có 0,5 triệu lượt xem.",
        "Lãi suất bình quân là 6,125 điểm phần trăm.",  # three decimals before a word no count takes
        "Quãng đường dài 1,275 km qua ba tỉnh.",  # may be a Vietnamese 1.275 km
        "Đồng bảng Anh ở mức 1,312 USD trong phiên sáng.",  # an exchange rate has a thousandth
        "Theo khoản 4.2 Điều 8, hồ sơ nộp trước ngày 30.11.2025.",  # a section number, a dotted date
        "Bản cập nhật Android 15.1 sửa nhiều lỗi.",  # a version
        "Trận đấu bắt đầu lúc 19.30 tối nay.",  # a time
    ],
)
def test_vietnamese_and_ambiguous_forms_stay_quiet(text: str) -> None:
    assert _f114(text) == []


def test_the_vietnamese_form_swaps_the_separators() -> None:
    assert vietnamese_form("46,800,000") == "46.800.000"
    assert vietnamese_form("3.5") == "3,5"
