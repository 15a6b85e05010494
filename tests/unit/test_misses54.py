"""misses54 (round 30): adversary107's misses, fixed in general and tested on sentences outside the set."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


# C107: Vietjet (越捷航空) and DP World (迪拜环球港务/集团) by their Chinese names read in Hán-Việt
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Việt Tiệp Hàng Không vừa mở đường bay mới từ Hà Nội đến Ahmedabad.", "Việt Tiệp Hàng Không", "Vietjet"),
        ("Hãng Việt Tiệp Hàng không sẽ nhận thêm 10 máy bay Airbus A321neo.", "Việt Tiệp Hàng không", "Vietjet"),
        ("Tập đoàn Địch Bái Hoàn Cầu Cảng Vụ khai thác cảng tại Constanța.", "Địch Bái Hoàn Cầu Cảng Vụ", "DP World"),
        (
            "Địch Bái Hoàn cầu Cảng vụ Tập đoàn sẽ mở rộng cảng Berbera.",
            "Địch Bái Hoàn cầu Cảng vụ Tập đoàn",
            "DP World",
        ),
    ],
)
def test_company_hanviet_names(text: str, span: str, fix: str) -> None:
    assert _hits(text, "C107") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Công ty cổ phần Việt Tiệp sản xuất khóa cửa tại Hà Nội.",
        "Anh Việt Tiệp làm việc tại Cảng hàng không quốc tế Nội Bài.",
        "Đoàn doanh nghiệp sẽ tới Địch Bái vào tháng sau.",
        "Vietjet và DP World ký biên bản hợp tác tại Dubai.",
    ],
)
def test_company_quiet(text: str) -> None:
    assert _hits(text, "C107") == []


# N108: a name in pinyin after Israel's Minister of Economy and Industry's title with its portfolio (offices.tsv)
@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Kinh tế Israel Baerkate cho biết hai nước sẽ sớm thực thi FTA.",
        "Bộ trưởng Kinh tế và Công nghiệp Israel Baerkate tiếp đoàn doanh nghiệp Việt Nam ở Tel Aviv.",
    ],
)
def test_economy_minister_title_slot(text: str) -> None:
    assert _hits(text, "N108") == [("Baerkate", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Kinh tế và Công nghiệp Israel Nir Barkat tiếp đoàn doanh nghiệp Việt Nam ở Tel Aviv.",
        "Bộ trưởng Kinh tế Israel Barkat cho biết hai nước sẽ sớm thực thi FTA.",
    ],
)
def test_economy_minister_quiet(text: str) -> None:
    assert _hits(text, "N108") == []


# C106: Long Thành (隆城/龙城, the district and airport of Đồng Nai) left in pinyin, after a place word only
@pytest.mark.parametrize(
    "text",
    [
        "Sân bay quốc tế Longcheng sẽ đón chuyến bay thương mại đầu tiên vào tháng 12.",
        "Huyện Longcheng của tỉnh Đồng Nai đã bàn giao mặt bằng cho dự án.",
    ],
)
def test_long_thanh_in_pinyin(text: str) -> None:
    assert _hits(text, "C106") == [("Longcheng", "Long Thành")]


@pytest.mark.parametrize(
    "text",
    [
        "Sân bay quốc tế Long Thành sẽ đón chuyến bay thương mại đầu tiên vào tháng 12.",
        "Đội bóng Longcheng của Trung Quốc thắng 2-0 trên sân nhà.",
        "Ông Longcheng cho biết công ty sẽ mở rộng nhà máy.",
    ],
)
def test_long_thanh_quiet(text: str) -> None:
    assert _hits(text, "C106") == []


# L101: an inflected -ise/-ize verb rarer than the plain-word cutoff, left in English
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ba cầu thủ naturalized đủ điều kiện thi đấu cho đội tuyển quốc gia.", "naturalized"),
        ("Hồ sơ bệnh án đã được digitized trong hệ thống của bệnh viện.", "digitized"),
        ("Ngân hàng sẽ privatised một phần vốn nhà nước trong năm tới.", "privatised"),
    ],
)
def test_ised_ized_left_in_english(text: str, span: str) -> None:
    assert [t for t, _ in _hits(text, "L101")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Ba cầu thủ nhập tịch đủ điều kiện thi đấu cho đội tuyển quốc gia.",
        "Bản Optimized của ứng dụng ra mắt trong tuần này.",
        "Hồ sơ bệnh án đã được số hóa trong hệ thống của bệnh viện.",
    ],
)
def test_ised_ized_quiet(text: str) -> None:
    assert _hits(text, "L101") == []


# Chrome: a trade portal's leads board (references/boilerplate.tsv, block misses54)
@pytest.mark.parametrize(
    "line",
    [
        "SÀN CƠ HỘI KINH DOANH",
        "[CẦN BÁN] 50 tấn cà phê Robusta loại 1, giao tại cảng Cát Lái",
        "[Hợp tác] Đối tác Hàn Quốc tìm nhà cung cấp linh kiện điện tử tại Bắc Ninh",
        "[WTB] 20 containers of cashew nuts W320, CIF Rotterdam",
    ],
)
def test_trade_leads_board_is_chrome(line: str) -> None:
    assert classify_line(line)[0] == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "CƠ HỘI HỢP TÁC",
        "Cơ hội giao thương với UAE còn rất lớn.",
        "Doanh nghiệp cần mua 200 tấn gạo ST25 để xuất sang Dubai.",
        "[Video] Lễ ký kết hiệp định VIFTA tại Hà Nội",
        "Bảng cơ hội giao thương được cập nhật hằng ngày trên cổng thông tin.",
    ],
)
def test_trade_leads_board_near_misses_are_article(line: str) -> None:
    assert classify_line(line)[0] is None


# T306: a meta line of the full date, its posting time and the reporter's field dates the article
def _t306(page: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(page, select=["T306"])]


def test_reporter_meta_line_dates_the_article() -> None:
    meta = "Thứ Hai, 8/6/2026 - 07:15 | Phóng viên: Minh Tâm | Chuyên mục: Kinh tế"
    page = f"{meta}\nChiều nay (9/6), hội chợ khai mạc ở Cần Thơ."
    assert _t306(page) == [("9/6", "8/6")]
    assert _t306(page.replace("(9/6)", "(8/6)")) == []


@pytest.mark.parametrize(
    "first",
    [
        "Thứ Hai, 8/6/2026 - 07:15 | Hotline: 0909 123 456",  # a date strip with a time, no reporter
        "Thứ Hai, 8/6/2026 | Phóng viên: Minh Tâm",  # no posting time
    ],
)
def test_meta_line_without_reporter_or_time_is_no_dateline(first: str) -> None:
    assert _t306(f"{first}\nChiều nay (9/6), hội chợ khai mạc ở Cần Thơ.") == []
