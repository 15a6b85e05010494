"""chrome62: boilerplate misses of clean66 and adversary124, fixed generally and tested on pages written here (not in
any set): an <aside> between the article's paragraphs is the article's box, while one after its last paragraph or in a
side column stays chrome; widgets set apart by wide spaces on a copied line, each named on its own ('Tìm kiếm...
Đăng nhập'); a reactions widget's choices with their counts; a newsletter's by-line and footer; a site's name in
capitals with its motto after a plain hyphen, and a site's name over a menu line whose items run to four words."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import page_segments

from audit.corpus.boilerplate import classify_line, classify_lines

_HEAD = """<!doctype html><html><head><meta charset="utf-8">
<title>Đêm nhạc gây quỹ ở Huế | Nhịp Sống Cố Đô</title></head><body>
<header class="site-header"><a href="/">Nhịp Sống Cố Đô</a></header>
<nav><ul><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/du-lich">Du lịch</a></li></ul></nav>
<main><article class="post"><h1>Đêm nhạc gây quỹ cho học sinh vùng lũ ở Huế</h1>
<div class="post-body">
<p>Nhà hát Sông Hương sẽ tổ chức đêm nhạc gây quỹ cho học sinh các xã vùng lũ phía tây thành phố vào cuối tuần tới.</p>
"""
_FACTS = """<aside class="event-box"><h3>Thông tin đêm nhạc</h3>
<p>Thời gian: 20h thứ Sáu 12/12/2025</p>
<p>Địa điểm: Nhà hát Sông Hương, đường Lê Lợi</p>
<p>Vé: 150.000 đồng, bán tại quầy từ thứ Hai 8/12</p>
</aside>
"""
_AFTER = """<p>Toàn bộ tiền bán vé và tiền ủng hộ sẽ được chuyển tới quỹ khuyến học của các xã để mua sách vở.</p>
"""
_TAIL = """</div></article>
<aside class="sidebar"><h3>Đọc nhiều</h3><p>Lịch diễn tháng 12</p><p>Giá vé các nhà hát</p></aside></main>
<footer><p>© 2025 Nhịp Sống Cố Đô</p></footer></body></html>
"""


def _segments(tmp_path: Path, body: str) -> dict[str, bool]:
    page = tmp_path / "page.html"
    page.write_text(_HEAD + body + _TAIL, encoding="utf-8")
    return {s.text: s.boilerplate for s in page_segments(page)}


def test_aside_between_article_paragraphs_is_article(tmp_path: Path) -> None:
    read = _segments(tmp_path, _FACTS + _AFTER)
    for line in (
        "Thông tin đêm nhạc",
        "Thời gian: 20h thứ Sáu 12/12/2025",
        "Vé: 150.000 đồng, bán tại quầy từ thứ Hai 8/12",
    ):
        assert read[line] is False, line
    assert read["Đọc nhiều"] is True and read["Lịch diễn tháng 12"] is True  # the side column stays chrome


def test_aside_after_the_last_paragraph_stays_chrome(tmp_path: Path) -> None:
    read = _segments(tmp_path, _AFTER + _FACTS)
    assert read["Thông tin đêm nhạc"] is True and read["Địa điểm: Nhà hát Sông Hương, đường Lê Lợi"] is True


def test_aside_of_links_between_paragraphs_stays_chrome(tmp_path: Path) -> None:
    links = (
        '<aside class="box"><h3>Xem thêm</h3><p><a href="/a">Lễ hội áo dài Huế khai mạc</a></p>'
        '<p><a href="/b">Phố đi bộ Nguyễn Đình Chiểu mở thêm giờ</a></p></aside>\n'
    )
    read = _segments(tmp_path, links + _AFTER)
    assert read["Lễ hội áo dài Huế khai mạc"] is True


@pytest.mark.parametrize(
    "line",
    [
        "Tìm kiếm…    Đăng ký",
        "Tìm kiếm...  Đăng nhập",
        "Bạn cảm thấy tin này thế nào?   ❤️ Yêu thích (31)   😮 Bất ngờ (5)   😢 Buồn (2)",
        "Bạn thấy tin này thế nào? 👏 Tuyệt vời (88) 🤔 Cần thêm thông tin (7)",
        "🔥 Rất hay (56)",
        "Lê Minh Châu – Bản tin Kinh tế Số, thứ Năm 4/12/2025",
        "Trần An – Newsletter Đô Thị Xanh – 15/1/2026",
        "Bản tin Sông Nước Miền Tây – gửi đến bạn đọc mỗi sáng thứ Sáu. Đăng ký nhận bản tin tại https://miso.example.vn/dk",
        "Đăng ký nhận bản tin qua https://example.org/newsletter",
    ],
)
def test_widgets_bylines_and_footers_are_chrome(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Tìm kiếm cứu nạn  kéo dài đến tối qua.",
        "Người dân Huế    vẫn chờ nước rút.",
        "Bạn thấy bài viết thế nào? Hãy gửi ý kiến về tòa soạn trước ngày 5/12.",
        "Cả lớp reo hò 🎉 (ảnh do nhà trường cung cấp) khi nhận quà.",
        "Bản tin Kinh tế Số ra số đầu tiên ngày 4/12/2025.",
        "Bản tin thời sự phát hành mỗi tối trên sóng VTV1 từ năm 1970.",
        "Đăng ký nhận bản tin để biết thêm chi tiết về chương trình.",
        "Ông Lê Minh Châu – giám đốc quỹ, cho biết ngày 4/12/2025 quỹ sẽ giải ngân.",
    ],
)
def test_sentences_like_them_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


_MOTTO_PAGE = [
    "CẦU LÔNG VIỆT - Nhịp cầu của người yêu vợt",
    "Trang chủ | Giải trong nước | Giải quốc tế | Hậu trường",
    "Giải trong nước > Đơn nữ",
    "Tay vợt trẻ Đà Nẵng vào chung kết giải vô địch quốc gia",
    "Thứ Bảy, 6/12/2025 - 21:05",
    "Tay vợt 19 tuổi của Đà Nẵng đã thắng hạt giống số một sau ba ván kéo dài gần một giờ rưỡi.",
    "Cô sẽ gặp đồng đội cũ ở trận chung kết chiều mai.",
]


def test_site_name_with_motto_after_a_hyphen_is_chrome() -> None:
    kinds = classify_lines(_MOTTO_PAGE)
    assert kinds[0] is not None and kinds[1] is not None
    assert kinds[3] is None and kinds[5] is None


def test_site_name_over_a_menu_with_four_word_items_is_chrome() -> None:
    page = [
        "Nông Nghiệp Xanh",
        "Trang chủ   Thị trường nông sản   Khuyến nông   Nông thôn mới   Video",
        "",
        "Giá cà phê tăng lên mức cao nhất ba tháng",
        "Hà Phương | 7/12/2025",
        "Giá cà phê nhân xô ở Tây Nguyên sáng nay tăng thêm 1.500 đồng mỗi kg so với cuối tuần trước.",
    ]
    kinds = classify_lines(page)
    assert kinds[0] is not None and kinds[1] is not None
    assert kinds[3] is None and kinds[5] is None


def test_headline_in_capitals_with_a_dateline_hyphen_stays() -> None:
    """A headline in capitals opening the page, its place after a hyphen, over its lead: no site's name."""
    page = [
        "ĐÀ NẴNG - Mưa lớn gây ngập nhiều tuyến phố ven sông Hàn",
        "Chiều 7/12, mưa lớn kéo dài khiến nhiều tuyến phố ven sông Hàn ngập sâu nửa mét, giao thông bị ùn tắc.",
        "Lực lượng chức năng đã cắm biển cảnh báo ở các điểm ngập.",
    ]
    kinds = classify_lines(page)
    assert kinds[0] is None and kinds[1] is None
