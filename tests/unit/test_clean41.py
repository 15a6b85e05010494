"""The clean41 set (tests/data/clean41): eight human-written Vietnamese pages on web templates no earlier set used,
six as HTML (Joomla 4, Blogger, Wix with its blog, a Substack-style newsletter, a Nuxt portal with Vue's client-side
markup left in, a ward portal laid out in tables) and two as text copied from a Squarespace and a Google Sites page
with their menus, comments and cookie notices. Every line annotated; clean text must stay quiet and the chrome must
be boilerplate. The fixes are tested on markup, lines and sentences written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_flags

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN41 = Path(__file__).resolve().parents[1] / "data" / "clean41"
DOCS = sorted(p for p in CLEAN41.iterdir() if p.suffix in {".txt", ".html"})


def test_set_is_complete() -> None:
    assert len(DOCS) == 8 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 6


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    assert [(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, set())


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, set())


BODY = (
    "<p>Giá thép xây dựng trong nước tăng thêm 150.000 đồng/tấn từ đầu tuần, lần tăng thứ ba kể từ tháng 9.</p>"
    "<p>Các doanh nghiệp cho biết chi phí quặng và than cốc nhập khẩu vẫn ở mức cao so với cùng kỳ năm trước.</p>"
)


# --- a newsletter's post (04) ---------------------------------------------------------------------------------------


def test_a_newsletter_post_is_the_article_and_a_newsletter_box_stays_chrome(tmp_path: Path) -> None:
    """Written outside the set: another newsletter's post and its sign-up box."""
    flags = page_flags(
        tmp_path,
        "<html><head><title>Thép tăng giá lần thứ ba</title></head><body>"
        '<article class="newsletter-issue entry"><h1>Thép tăng giá lần thứ ba</h1>' + BODY + "</article>"
        '<div class="newsletter"><p>Nhận bản tin thị trường mỗi sáng thứ Hai qua hộp thư của bạn.</p></div>'
        '<div class="newsletter-signup"><p>Hơn 12.000 người đã đăng ký, hoàn toàn miễn phí.</p></div>'
        "</body></html>",
    )
    assert not flags["Giá thép xây dựng"] and not flags["Các doanh nghiệp"]
    assert flags["Nhận bản tin"] and flags["Hơn 12.000 người"]


def test_a_subtitle_in_the_posts_header_div_is_article(tmp_path: Path) -> None:
    """Written outside the set: a dek in an article's 'entry-header' div is article; a site's subtitle in the page's
    header div, outside any article, stays chrome."""
    flags = page_flags(
        tmp_path,
        "<html><head><title>Thép tăng giá</title></head><body>"
        '<div class="site-header"><p class="subtitle">Góc nhìn thị trường vật liệu xây dựng mỗi tuần</p></div>'
        '<article><div class="entry-header"><h1>Thép tăng giá lần thứ ba</h1>'
        '<h3 class="subtitle">Giá quặng và than cốc cao khiến các nhà máy khó giữ giá bán trong quý cuối năm.</h3>'
        "</div>" + BODY + "</article></body></html>",
    )
    assert not flags["Giá quặng và than cốc"] and not flags["Giá thép xây dựng"]
    assert flags["Góc nhìn thị trường"]


# --- a site builder's block names and the latest posts (03) ---------------------------------------------------------


def test_data_hook_names_chrome_and_leaves_the_post(tmp_path: Path) -> None:
    """Written outside the set: a builder's post with its body, footer, share row and latest posts named in
    ``data-hook``; a 'recent-posts' class elsewhere is chrome too, a class 'recent' alone says nothing."""
    flags = page_flags(
        tmp_path,
        "<html><head><title>Thép tăng giá lần thứ ba</title></head><body>"
        '<article data-hook="post"><h1 data-hook="post-title">Thép tăng giá lần thứ ba</h1>'
        '<div data-hook="post-description">' + BODY + '<div class="recent"><p>Trong tháng 10, giá thép cuộn '
        "đã giảm nhẹ trước khi tăng trở lại vào cuối tháng.</p></div></div>"
        '<div data-hook="post-footer"><span>vật liệu xây dựng</span><span>128 lượt xem</span></div>'
        '<div data-hook="share-buttons"><button>Facebook</button><button>Sao chép liên kết</button></div></article>'
        '<section data-hook="recent-posts"><h2>Bài mới đăng</h2><div><a href="/a"><h3>Xi măng xuất khẩu chững lại'
        "</h3></a></div></section>"
        '<div class="recent-entries"><h2>Vừa cập nhật</h2><p>Giá cát san lấp ở miền Tây</p></div>'
        "</body></html>",
    )
    assert not flags["Giá thép xây dựng"] and not flags["Trong tháng 10"]
    assert flags["vật liệu xây dựng"] and flags["Bài mới đăng"]
    assert flags["Xi măng xuất khẩu"] and flags["Vừa cập nhật"] and flags["Giá cát san lấp"]


# --- an old table portal: the headline under a site-first title, a desk's credit (06) ------------------------------

TABLE_PAGE = """<html><head><title>Cổng thông tin xã Tân Hòa - {headline}</title></head><body>
<table><tr><td class="left"><table><tr><td><a href="/">Trang chủ</a></td></tr><tr><td><a href="/tin">Tin tức</a></td>
</tr><tr><td>Thông báo mới</td></tr></table></td>
<td class="main"><table><tr><td class="tieude"><b>{headline}</b></td></tr>
<tr><td class="noidung"><p>Sáng 2/12, xã Tân Hòa tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2026
với sự tham dự của 120 đại biểu.</p>
<p>Năm nay, 95% hồ sơ thủ tục hành chính của xã được tiếp nhận và trả kết quả trực tuyến.</p>
<p align="right"><b>{credit}</b></p></td></tr>
<tr><td><a href="javascript:window.print()">In bài viết</a></td></tr></table></td></tr></table></body></html>"""


def test_a_table_pages_headline_under_a_site_first_title_is_article(tmp_path: Path) -> None:
    """Written outside the set: another portal's page; a left column's short item stays chrome."""
    headline = "Xã Tân Hòa tổng kết công tác chuyển đổi số năm 2026"
    flags = page_flags(tmp_path, TABLE_PAGE.format(headline=headline, credit="Văn phòng HĐND và UBND xã Tân Hòa"))
    assert not flags[headline] and not flags["Sáng 2/12"]
    assert flags["Thông báo mới"]


def test_a_right_aligned_desk_credit_is_a_signature(tmp_path: Path) -> None:
    """Written outside the set: a desk's credit of eight words and a dash set flush right is chrome; a right-aligned
    line of more words than a credit has stays article."""
    headline = "Xã Tân Hòa tổng kết công tác chuyển đổi số năm 2026"
    credit = "Tổ Văn hóa - Thông tin UBND xã Tân Hòa"
    assert page_flags(tmp_path, TABLE_PAGE.format(headline=headline, credit=credit))[credit]
    long_line = "Hội nghị cũng khen thưởng mười hai tập thể và hai mươi cá nhân có nhiều đóng góp trong năm qua"
    assert not page_flags(tmp_path, TABLE_PAGE.format(headline=headline, credit=long_line))[long_line]


# --- text pages: a site's name over a menu copied as one line, a section label over a headline dated in words (07) -


def test_a_name_over_a_one_line_menu_is_chrome() -> None:
    """Written outside the set: another club's page; its headline and lead stay."""
    lines = [
        "Câu lạc bộ Cầu lông Hồ Tây",
        "Trang chủ   Giới thiệu   Lịch tập   Giải đấu   Liên hệ",
        "",
        "Tin câu lạc bộ",
        "Hai tay vợt trẻ của câu lạc bộ vào bán kết giải trẻ toàn quốc",
        "3 tháng 12, 2026 · Ban điều hành",
        "",
        "Nguyễn Gia Bảo và Trần Minh Khuê cùng giành quyền vào bán kết nội dung đơn lứa tuổi 15 tại Đà Nẵng.",
    ]
    kinds = classify_lines(lines)
    assert kinds[0] is not None and kinds[1] is not None and kinds[3] is not None
    assert kinds[4] is None and kinds[7] is None


def test_a_headline_over_a_breadcrumb_stays() -> None:
    """A headline opening the page over a breadcrumb (no menu of wide-spaced items) stays article."""
    lines = [
        "Hai tay vợt trẻ vào bán kết giải trẻ toàn quốc",
        "Trang chủ › Thể thao › Cầu lông",
        "Nguyễn Gia Bảo và Trần Minh Khuê cùng giành quyền vào bán kết nội dung đơn lứa tuổi 15 tại Đà Nẵng.",
    ]
    assert classify_lines(lines)[0] is None


# --- a search box's placeholder and a posting line after a dash (08) ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Tìm kiếm trên website này",
        "Search this site",
        "Tìm trong trang này…",
        "Cập nhật 03/12/2026 – Ban Biên tập",
        "Đăng ngày 7/1/2027 · Phòng Truyền thông",
        "Viết ngày 15/12/2026 - Lê Thảo",
    ],
)
def test_search_boxes_and_posting_lines_are_chrome(line: str) -> None:
    """Written outside the set."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Tìm kiếm trên trang web này giờ nhanh hơn nhờ bộ lọc theo ngày đăng.",
        "Đăng ngày 7/1/2027 – 15 bài viết mới về giá vàng",
        "Viết ngày 15/12/2026 – khi cả nhà còn ngủ, tôi ngồi nhìn mưa.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None
