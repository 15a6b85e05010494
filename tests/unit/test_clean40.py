"""The clean40 set (tests/data/clean40): eight human-written Vietnamese pages dense in round 21's triggers (WHO and
doses, 'vạn' in idioms, 'biểu thị' for a chart, a real 'Vịnh Hạ Long', fines 'theo' a decree, fishermen held abroad,
ambassadors in a third country, English numbers in an English quote, idioms in quotes, 'Ngày đăng' lines and dates in
the text), five as text in outlet styles no earlier clean set used (a vaccination chain's health corner, a visa
agency's guide, a provincial press-conference report, a stock app's news tab, a sports podcast's episode page) and
three as HTML (Drupal, Ghost, WordPress with Elementor). Every line annotated; clean text must stay quiet and the
chrome must be boilerplate. The fixes are tested on lines, pages and sentences written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_flags

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN40 = Path(__file__).resolve().parents[1] / "data" / "clean40"
DOCS = sorted(p for p in CLEAN40.iterdir() if p.suffix in {".txt", ".html"})
GHOST = CLEAN40 / "07_the_gioi_ghost_han_quoc_indonesia.html"
# left (README): 'nickel' for the metal, twice in the Ghost page; L101's module is the lead's this round, and the
# Vietnamese spelling is 'niken': a minor note a careful editor could take
NICKEL = ("L101", "nickel")


def test_set_is_complete() -> None:
    assert len(DOCS) == 8 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_other_finding() -> None:
    found = [(p.name, f.rule, f.text, str(f.severity.name).lower()) for p in DOCS for _, f in findings_of(p)]
    assert found == [(GHOST.name, *NICKEL, "minor")] * 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, set())


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, set())


# --- Elementor's widgets (08) ---------------------------------------------------------------------------------------

ELEMENTOR = """<html><head><title>Giá sầu riêng giảm mạnh cuối vụ - Nông Sản Việt</title></head><body>
<div data-elementor-type="header" class="elementor elementor-12 elementor-location-header">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
Đường dây nóng: 0903 111 222</div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<ul><li><a href="/gia">Giá nông sản</a></li><li><a href="/ky-thuat">Kỹ thuật canh tác</a></li></ul></div></div></div>
<div data-elementor-type="single-post" class="elementor elementor-40 elementor-location-single">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title">
<div class="elementor-widget-container">
<h1>Giá sầu riêng giảm mạnh cuối vụ</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content">
<div class="elementor-widget-container">
<p>Giá sầu riêng Ri6 tại Tiền Giang giảm còn 45.000 đồng/kg, thấp nhất từ đầu năm, do nguồn cung cuối vụ dồi dào.</p>
<p>Thương lái cho biết đơn hàng xuất khẩu sang Trung Quốc chậm lại vì khâu kiểm nghiệm kéo dài thêm vài ngày.</p>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container">
<span>Chia sẻ lên Facebook</span></div></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container">
<h3 class="elementor-post__title"><a href="/sau-rieng-dong-lanh">Xuất khẩu sầu riêng đông lạnh tăng gấp đôi</a></h3>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-post-comments"><div class="elementor-widget-container">
<p>Hãy là người đầu tiên bình luận về bài viết</p></div></div></div>
</body></html>
"""


def test_elementor_post_widgets_hold_the_article(tmp_path: Path) -> None:
    """Written outside the set: another Elementor page, story and widgets; the post's title and content widgets are
    article, the header's text, the menu, the share buttons, the posts list and the comments stay chrome."""
    flags = page_flags(tmp_path, ELEMENTOR)
    assert flags["Giá sầu riêng giảm mạnh cuối v"] is False
    assert flags["Giá sầu riêng Ri6 tại Tiền Gia"] is False and flags["Thương lái cho biết đơn hàng"] is False
    assert flags["Đường dây nóng"] is True and flags["Giá nông sản"] is True
    assert flags["Chia sẻ lên Facebook"] is True and flags["Xuất khẩu sầu riêng đông lạnh"] is True
    assert flags["Hãy là người đầu tiên bình luậ"] is True


def test_a_sidebar_widget_stays_chrome(tmp_path: Path) -> None:
    """A 'widget' outside Elementor (a WordPress sidebar's) is still chrome."""
    html = """<html><body><article><h1>Mưa lớn ở Quảng Trị</h1><p>Mưa lớn kéo dài hai ngày khiến nhiều tuyến đường ở
Quảng Trị ngập sâu, hàng trăm hộ dân phải sơ tán khẩn cấp.</p></article>
<div class="widget widget_recent_entries"><p>Hà Tĩnh chủ động ứng phó bão số 15</p></div></body></html>"""
    flags = page_flags(tmp_path, html)
    assert flags["Mưa lớn kéo dài hai ngày"] is False and flags["Hà Tĩnh chủ động ứng phó"] is True


# --- meta lines and notes to readers (02, 07) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ngày đăng: 02/12/2026 – Người viết: Phạm Quốc Bảo",
        "Ngày cập nhật: 5/1/2027 — Biên tập: Lê Hạnh",
        "Bài viết thuộc chuyên mục Diễn đàn.",
        "Bài thuộc loạt bài Ký sự vùng cao. Độc giả vui lòng gửi góp ý tới bandoc@nongthonmoi.vn",
        "Bạn đọc có thể gửi bài viết, ảnh về địa chỉ email: bandoc@baodulich.vn",
    ],
)
def test_meta_and_reader_note_lines(line: str) -> None:
    """Written outside the set: other names, series and addresses."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Ngày đăng ký cuối cùng là 30/11/2026 – sau đó cổng sẽ đóng.",
        "Theo ông Minh, bài viết thuộc chuyên mục Diễn đàn của tờ báo đã gây tranh cãi.",
        "Bài viết thuộc diện tuyên truyền trọng điểm của tỉnh trong năm nay, ông Hùng cho biết.",
        "Bạn đọc gửi phản ánh cho thấy nhiều hộ dân chưa nhận được tiền đền bù.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


# --- a portal's menu between dashes and a one-word name over its motto (03, 04) -------------------------------------


def test_a_dash_menu_at_the_head_is_navigation() -> None:
    """Written outside the set: another portal, menu and story; the same shape in the article (a line-up) stays."""
    lines = [
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẢO PHÚ QUÝ",
        "Trang chủ – Giới thiệu – Tin tức – Văn bản – Dịch vụ công – Liên hệ",
        "",
        "Phú Quý khánh thành cảng cá mới",
        "Sáng 3/12, huyện đảo Phú Quý khánh thành cảng cá Triều Dương với tổng vốn đầu tư 120 tỷ đồng.",
        "Đội hình xuất phát của đội bóng đảo:",
        "Văn Tài – Minh Quân – Hữu Phước – Thanh Sang – Quốc Huy – Đức Lộc",
        "Trận giao hữu kết thúc với tỷ số 2-1 nghiêng về đội chủ nhà.",
    ]
    kinds = classify_lines(lines)
    assert kinds[1] is not None and kinds[3] is None and kinds[4] is None and kinds[6] is None


def test_a_headline_of_places_between_dashes_stays() -> None:
    lines = [
        "Hà Nội – Huế – Đà Nẵng – Hội An: hành trình di sản mùa đông",
        "Tháng 12, nhiều công ty lữ hành mở tour nối bốn điểm đến di sản, giá từ 6,9 triệu đồng mỗi khách.",
    ]
    assert classify_lines(lines) == [None, None]


def test_a_one_word_name_over_its_motto_and_menu_is_chrome() -> None:
    """Written outside the set: another app's name, motto, menu and story; a one-word headline in capitals over its
    first sentence stays."""
    lines = [
        "MEDIHUB – Sống khỏe mỗi ngày",
        "Tin y tế | Bác sĩ tư vấn | Đặt lịch khám | Cộng đồng",
        "Trẻ nhập viện vì cúm tăng mạnh",
        "Bệnh viện Nhi Trung ương ghi nhận số trẻ nhập viện vì cúm A tăng gấp đôi so với tháng trước.",
    ]
    kinds = classify_lines(lines)
    assert kinds[0] is not None and kinds[2] is None and kinds[3] is None
    headline = [
        "COVID-19 – Những điều cần biết",
        "Bộ Y tế khuyến cáo người dân tiếp tục tiêm nhắc vắc xin cho nhóm nguy cơ cao trước mùa đông.",
    ]
    assert classify_lines(headline) == [None, None]
