"""leftovers52 (round 31): round 30's leftovers, fixed in general and tested on sentences outside the sets."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


# C106: a place's pinyin right before 'ở/tại/thuộc/của' and a Chinese city or province (or China) is that Chinese place
@pytest.mark.parametrize(
    "text",
    [
        "Khu công nghiệp Longcheng ở Đại Liên thu hút thêm 12 dự án mới.",
        "Khu kinh tế Longcheng thuộc tỉnh Liêu Ninh mở rộng thêm 300 ha.",
        "Hàng hóa được đưa tới cảng Haifang ở Quảng Đông rồi bốc lên tàu.",
        "Nông dân tỉnh Qinghua tại Thanh Đảo thu hoạch lúa mì sớm.",
        "Sân bay quốc tế Longcheng (Trung Quốc) đón chuyến bay đầu tiên.",
        "Du khách nước ngoài đến đảo Fuguo ở Phúc Châu ngày càng đông.",
    ],
)
def test_chinese_place_next_quiet(text: str) -> None:
    assert _hits(text, "C106") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Khu công nghiệp Longcheng ở Đồng Nai thu hút thêm 12 dự án mới.", "Longcheng", "Long Thành"),
        ("Hàng hóa được đưa tới cảng Haifang thuộc thành phố Hải Phòng.", "Haifang", "Hải Phòng"),
        ("Bão đổ bộ vào tỉnh Guangning, Quảng Tây và Quảng Đông trong đêm.", "Guangning", "Quảng Ninh"),
        ("Đoàn đến thành phố Qinju để khảo sát, rồi bay sang Thanh Đảo.", "Qinju", "Cần Thơ"),
        ("Du khách nước ngoài đến đảo Fuguo của Kiên Giang ngày càng đông.", "Fuguo", "Phú Quốc"),
    ],
)
def test_vietnamese_place_still_fires(text: str, span: str, fix: str) -> None:
    assert _hits(text, "C106") == [(span, fix)]


def test_zh_cities_share_no_vietnamese_place() -> None:
    from audit.lang.resources import read_lines
    from audit.lang.vn_places import vn_place_names

    assert not set(read_lines("zh_cities.txt")) & vn_place_names()


# N103: a bare 'Thống đốc' before a Vietnamese name, in a document naming the State Bank, is its governor
_SBV = "Ngân hàng Nhà nước vừa công bố số liệu tín dụng tháng 9.\n"
_NHNN = "NHNN yêu cầu các tổ chức tín dụng giảm lãi suất cho vay.\n"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (  # a past governor as the present one in 2019 (Nguyễn Văn Bình left in 2016)
            _SBV + "Ngày 12/6/2019, Thống đốc Nguyễn Văn Bình chủ trì hội nghị ngành ngân hàng.",
            "Thống đốc Nguyễn Văn Bình",
            "Thống đốc Lê Minh Hưng",
        ),
        (  # a near-miss of the governor's name
            _NHNN + "Ngày 5/3/2023, Thống đốc Nguyễn Thị Hòng làm việc với các ngân hàng thương mại.",
            "Nguyễn Thị Hòng",
            "Nguyễn Thị Hồng",
        ),
    ],
)
def test_bare_governor_of_state_bank(text: str, span: str, fix: str) -> None:
    assert _hits(text, "N103") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        # no State Bank in the document: the title says no office
        "Ngày 12/6/2019, Thống đốc Nguyễn Văn Bình chủ trì hội nghị ngành ngân hàng.",
        # the governor in his own years
        _SBV + "Ngày 12/6/2018, Thống đốc Lê Minh Hưng chủ trì hội nghị ngành ngân hàng.",
        # a deputy governor
        _SBV + "Ngày 5/3/2015, Phó Thống đốc Nguyễn Thị Hồng làm việc với các ngân hàng thương mại.",
        # a US state's governor, another central bank's, a governor of another country
        _SBV + "Ngày 5/3/2023, Thống đốc Nguyễn Văn Bình của bang California tiếp đoàn doanh nghiệp.",
        _NHNN + "Ngày 5/3/2023, Thống đốc Ngân hàng Trung ương Lào Phạm Văn Bình dự hội nghị; Thống đốc Nguyễn Văn "
        "Bình của Lào phát biểu.",
        _NHNN + "Ngày 5/3/2023, Thống đốc Nguyễn Văn Bình của Ngân hàng Dự trữ Úc phát biểu.",
    ],
)
def test_bare_governor_quiet(text: str) -> None:
    assert _hits(text, "N103") == []


# T306: a head's by-line of the full date, its posting time and the author's name alone (no 'Phóng viên:') dates it
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Thứ Năm, 12/3/2026 - 14:05 | Thanh Tùng\nSáng nay (13/3), hội chợ nông sản khai mạc ở Đắk Lắk.",
            "13/3",
            "12/3",
        ),
        ("12/3/2026 08:40 | Lê Hoàng Yến | Kinh tế\nHôm qua (12/3), giá cà phê tăng mạnh.", "12/3", "11/3"),
        ("Chủ nhật, 5/4/2026, 20:30 · Bảo Ngọc\nChiều mai (5/4), đội tuyển lên đường.", "5/4", "6/4"),
    ],
)
def test_byline_with_time_and_author(text: str, span: str, fix: str) -> None:
    assert _hits(text, "T306") == [(span, fix)]


@pytest.mark.parametrize(
    "head",
    [
        "Thứ Năm, 12/3/2026 - 14:05 | Hotline 1900 1234",  # a label, not a name
        "Thứ Năm, 12/3/2026 - 14:05 | Hà Nội 24°C",  # the words do not end the field
        "Thứ Năm, 12/3/2026 - 14:05 | Tiếng Việt | English",
        "Thứ Năm, 12/3/2026 - 14:05 | Đăng Nhập | Đăng Ký",
        "Thứ Năm, 12/3/2026 | Thanh Tùng",  # no posting time: a date strip
    ],
)
def test_head_line_that_is_no_byline_stays_quiet(head: str) -> None:
    assert _hits(head + "\nSáng nay (13/3), hội chợ nông sản khai mạc ở Đắk Lắk.", "T306") == []
