"""leftovers52 (round 31): round 30's leftovers, fixed in general and tested on sentences outside the sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import page_flags

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


# HTML reader: a form named as a page's (a posted 'form'/'form1') that holds only a comment or contact box is chrome
_HEADLINE = "<h1>Quảng Trị tập huấn phòng dịch tả lợn châu Phi</h1>"
_PARAGRAPHS = (
    "<p>Chiều 4/12, Sở Nông nghiệp tỉnh Quảng Trị tổ chức tập huấn phòng chống dịch tả lợn châu Phi cho cán bộ thú y "
    "cơ sở.</p><p>Khoảng 120 học viên từ các xã vùng núi đã tham dự lớp học kéo dài hai ngày tại thị xã Quảng Trị.</p>"
)
_ARTICLE = _HEADLINE + _PARAGRAPHS
_LONG = (
    "<p>Theo Chi cục Chăn nuôi và Thú y, từ đầu năm đến nay toàn tỉnh ghi nhận 14 ổ dịch tại 9 xã; đến nay đã có 11 ổ "
    "dịch qua 21 ngày không phát sinh lợn bệnh, các ổ dịch còn lại đang được khoanh vùng, tiêu độc khử trùng hằng ngày "
    "theo đúng hướng dẫn của Cục Thú y và ngành chức năng.</p>"
)
_BOX = (
    "<p>Những hộ chăn nuôi từng gặp dịch có thể kể lại cách họ vượt qua để tòa soạn tổng hợp trong số báo tới.</p>"
    '<textarea name="nd"></textarea><input type="submit" value="Gửi">'
)


def _page(body: str) -> str:
    return f"<html><head><title>Tập huấn</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("name", ["form", "form1"])
def test_comment_form_named_as_page_form_is_chrome(tmp_path: Path, name: str) -> None:
    flags = page_flags(
        tmp_path,
        _page(f'<article>{_ARTICLE}</article><form method="post" action="/tin/tap-huan" id="{name}">{_BOX}</form>'),
    )
    assert flags["Những hộ chăn nuôi"] and not flags["Chiều 4/12"] and not flags["Khoảng 120"]


@pytest.mark.parametrize(
    "inside",
    [
        '<nav class="menu"><a href="/">Trang chủ</a></nav>' + _ARTICLE + _BOX,  # the page's parts and a comment box
        f"<table><tr><td><b>Tin tỉnh nhà</b></td></tr><tr><td>{_PARAGRAPHS}{_LONG}{_BOX}</td></tr></table>",
    ],
)
def test_page_form_with_a_comment_box_holds_its_article(tmp_path: Path, inside: str) -> None:
    """A page form around the whole page, or an old portal's table page with an article's text, holding a comment
    box too: its article stays article."""
    flags = page_flags(tmp_path, _page(f'<form method="post" action="/tin/tap-huan" id="form">{inside}</form>'))
    assert not flags["Chiều 4/12"] and not flags["Khoảng 120"]


# Korea's provinces: the newer official names (Gangwon State 2023, Jeonbuk State 2024) beside the older ones
_KOREA = "Hàn Quốc cấp thêm hạn ngạch lao động thời vụ năm 2027.\n"


@pytest.mark.parametrize(
    ("text", "rule", "span", "fix"),
    [
        (_KOREA + "Các nông trại ở 全北特别自治道 cần 300 lao động.", "L103", "全北特别自治道", "Jeonbuk"),
        (_KOREA + "Các nông trại ở 江原特别自治道 cần 300 lao động.", "L103", "江原特别自治道", "Gangwon"),
        (
            _KOREA + "Các nông trại ở Toàn Bắc Đặc biệt Tự trị Đạo cần 300 lao động.",
            "C104",
            "Toàn Bắc Đặc biệt Tự trị Đạo",
            "Jeonbuk",
        ),
        (
            _KOREA + "Các nông trại ở tỉnh tự trị đặc biệt Giang Nguyên cần 300 lao động.",
            "C104",
            "Giang Nguyên",
            "Gangwon",
        ),
        (
            _KOREA + "Các nông trại ở Quanbei Tebie Zizhidao cần 300 lao động.",
            "C106",
            "Quanbei Tebie Zizhidao",
            "Jeonbuk",
        ),
    ],
)
def test_korean_provinces_new_names_fixed(text: str, rule: str, span: str, fix: str) -> None:
    assert _hits(text, rule) == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        _KOREA + "Các nông trại ở tỉnh Jeonbuk và tỉnh Gangwon cần 300 lao động.",  # the new names, written right
        _KOREA + "Các nông trại ở tỉnh Jeolla Bắc và tỉnh Gangwon cần 300 lao động.",  # the older ones, still right
        _KOREA + "Anh Giang Nguyên và chị Toàn Bắc làm việc ở Busan; Tế Châu là tên cũ của một huyện.",
        "Nhiều lao động làm việc tại Toàn Bắc Đặc biệt Tự trị Đạo.",  # no Korea in the story
    ],
)
def test_korean_provinces_new_names_quiet(text: str) -> None:
    assert [(f.rule, f.text) for f in audit_text(text, select=["C104", "C106", "L103"])] == []


def test_jeonbuk_marks_a_korean_person() -> None:
    """N109: a pinyin name whose apposition names Jeonbuk is a Korean's (as with Gangwon)."""
    text = _KOREA + "Ông Jin Zhongzhu, Giám đốc chi nhánh Jeonbuk của công ty, cho biết."
    assert [r for r, _ in [(f.rule, f.text) for f in audit_text(text, select=["N101", "N109"])]] == ["N109"]
