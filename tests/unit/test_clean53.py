"""The clean53 set (tests/data/clean53): six human-written Vietnamese pages on adversary93's and adversary94's beats
(the Ninh Thuận nuclear plants and Rosatom, a Kazakh president's visit, Turkish airlines and trade, online scam
compounds, a New Zealand prime minister's visit, cross-border QR payments), four copied as text (an encyclopedia
article, a news site's topic page, an airport's news page, a fact-checking section) and two saved as HTML (a Framer
site, an Intercom help centre). Measured blind, then the chrome reader, the HTML reader's headline and lead and L101
fixed (README); the expectations are the figures after the fixes, and the fixes are tried on other lines and pages,
both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, found_in_text, serious_findings
from chrome_lines import page_flags, score_lines

from audit.corpus.boilerplate.line import classify_line

CLEAN53 = Path(__file__).resolve().parents[1] / "data" / "clean53"
DOCS = sorted(p for p in CLEAN53.iterdir() if p.suffix in {".txt", ".html"})

# blind figures (README): 3 major L101 on an encyclopedia's reference back-links '^ a b' (01), 1 minor F110 on a
# search line's run of spaces (03); chrome read as article 23 (01: 12, 02: 4, 03: 1, 04: 5, 06: 1); article read as
# chrome 3 (01's title, 06's title and description). After the fixes (README): no finding, no chrome read as article,
# and only 01's title (a short line in the run of the sidebar's contents, language count and tabs) read as chrome
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, int] = {}
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT = {"01_wikipedia_dien_hat_nhan_ninh_thuan.txt": {"Nhà máy điện hạt nhân Ninh Thuận"}}


def test_set_is_complete() -> None:
    assert len(DOCS) == 6 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_major_or_critical_no_more_than_blind(path: Path) -> None:
    assert len(serious_findings(path)) <= SERIOUS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_no_more_than_blind(path: Path) -> None:
    assert len(findings_of(path)) <= FINDINGS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_blind(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())


# the chrome rows added for clean53, each tried on lines of other pages (none from the set)
CHROME_LINES = [
    "Từ Wikipedia, bách khoa toàn thư mở",
    "From Wikipedia, the free encyclopedia",
    "Chú thích[sửa | sửa mã nguồn]",
    "Liên kết ngoài[sửa]",
    "References[edit]",
    '^ a b c "Hà Nội mở tuyến buýt điện". Báo Hà Nội Mới. 3 tháng 5 năm 2024.',
    "^ “Giá vàng lập đỉnh mới”. Thanh Niên. Truy cập ngày 2 tháng 4 năm 2025.",
    "Thể loại: Bóng đá Việt Nam | Câu lạc bộ bóng đá Hà Nội",
    "Categories: Rivers of Vietnam | Mekong River",
    "Trang này được sửa đổi lần cuối vào ngày 3 tháng 2 năm 2024, lúc 10:05.",
    "This page was last edited on 3 February 2024, at 10:05 (UTC).",
    "Nội dung được phát hành theo giấy phép Creative Commons Ghi công 4.0.",
    "Chủ đề khác",
    "Sự kiện khác:",
    "Tải thêm tin ▼",
    "Load more stories",
    "Tìm kiếm sản phẩm: Nhập tên sản phẩm   [Tìm]",
    "Tra cứu hóa đơn: Mã khách hàng   [Tra cứu]",
    "How can we help you today?",
    "Mình có thể giúp gì cho bạn?",
    "Bạn có tin tức nóng? Gửi về tòa soạn qua email toasoan@baomoi-example.vn",
    "Phát hiện hàng giả? Hãy gửi cho chúng tôi qua hotline 1900 1234 hoặc hotro@thitruong.vn",
]
# sentences of the same words: article
ARTICLE_LINES = [
    "Lịch sử[sửa | sửa mã nguồn]",
    "Tham khảo ý kiến chuyên gia, Bộ quyết định lùi thời hạn nộp hồ sơ.",
    "Thể loại: phim tài liệu, dài 90 phút.",
    "Trang này được cập nhật lần cuối vào tháng 3, khi Bộ Tài chính công bố biểu thuế mới cho xăng dầu và điện.",
    "Hai bên thảo luận các chủ đề khác như giáo dục và du lịch.",
    "Sự kiện khác biệt lớn nhất năm nay là gì?",
    '"Chúng tôi có thể giúp gì cho bạn?", bà Lan hỏi người khách đầu tiên.',
    "Bạn cần vay vốn? Hãy gửi cho chúng tôi hồ sơ qua bưu điện, ông Nam nói.",
    "Tra cứu chuyến bay: hành khách nên xem trên ứng dụng trước khi ra sân bay.",
    "Xem thêm bài cũ hơn của tác giả này để hiểu rõ bối cảnh vụ việc.",
    "Bách khoa toàn thư mở Wikipedia có hơn 1,2 triệu bài viết tiếng Việt.",
    "Nhà máy dùng giấy phép Creative Commons cho toàn bộ ảnh chụp công trình.",
    "Cảnh báo khác với dự báo trước đó vì bão đổi hướng.",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_rows_fire_outside_the_set(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_chrome_rows_leave_sentences(line: str) -> None:
    assert classify_line(line) == (None, False)


def test_section_heading_of_references_opens_the_foot() -> None:
    assert classify_line("Chú thích[sửa | sửa mã nguồn]")[1] and classify_line("Dòng sự kiện khác")[1]


@pytest.mark.parametrize(
    "text",
    [
        "Các phương án a b c đều được Bộ Xây dựng xem xét trong năm nay.",
        "Đây là một bài kiểm tra a b dành cho học sinh lớp 5.",
        '^ a b c d "Thủ tướng thăm Lào". Báo Quân đội. 2 tháng 3 năm 2024.',
    ],
)
def test_single_letters_in_a_row_are_no_english(tmp_path: Path, text: str) -> None:
    assert found_in_text(tmp_path, text, "L101") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Công ty đang xây dựng a smart city ở phía tây Hà Nội.", "a smart city"),
        ("Hội nghị thông qua the final report vào chiều thứ Sáu.", "the final report"),
    ],
)
def test_english_phrases_with_an_article_still_fire(tmp_path: Path, text: str, span: str) -> None:
    assert [f[1] for f in found_in_text(tmp_path, text, "L101")] == [span]


_HELP_PAGE = """<html><head><title>Đổi mã PIN thẻ tín dụng | Trung tâm hỗ trợ Ví Sen</title></head><body>
<header><a href="/">Trung tâm hỗ trợ Ví Sen</a><div class="header__headline">
<h1>Xin chào, chúng tôi có thể giúp gì?</h1></div></header><main><section>
<div class="crumbs"><a href="/">Tất cả bộ sưu tập</a> › <a href="/the">Thẻ</a></div>
<div class="article"><div class="article__meta"><h1>Đổi mã PIN thẻ tín dụng</h1>
<div class="article__desc">Bạn có thể đổi mã PIN ngay trên ứng dụng mà không cần ra quầy giao dịch.</div>
<div class="avatar"><div>Được viết bởi Trần An</div><div>Đã cập nhật hôm qua</div></div></div>
<article><p>Mở mục Thẻ, chọn thẻ tín dụng cần đổi và nhập mã PIN mới hai lần để xác nhận.</p>
<p>Mã PIN mới có hiệu lực ngay, kể cả khi bạn rút tiền tại cây ATM ở nước ngoài.</p></article></div></section></main>
<footer><a href="/lien-he">Liên hệ: 1800 1234</a></footer></body></html>"""


def test_help_centre_title_and_description_in_a_meta_box_are_article(tmp_path: Path) -> None:
    flags = page_flags(tmp_path, _HELP_PAGE)
    assert not flags["Đổi mã PIN thẻ tín dụng"] and not flags["Bạn có thể đổi mã PIN"]
    assert flags["Xin chào, chúng tôi"] and flags["Được viết bởi"] and not flags["Mở mục Thẻ"]


def test_meta_box_without_the_titled_h1_stays_chrome(tmp_path: Path) -> None:
    """A meta box holding no h1, and a page's title holding none: its heading and description stay chrome (the
    header's h1 is the headline, as before)."""
    html = (
        _HELP_PAGE.replace("<title>Đổi mã PIN thẻ tín dụng |", "<title>Hướng dẫn thẻ |")
        .replace('<div class="article__meta"><h1>', '<div class="article__meta"><h3>')
        .replace("tín dụng</h1>", "tín dụng</h3>")
    )
    flags = page_flags(tmp_path, html)
    assert flags["Đổi mã PIN thẻ tín dụng"] and flags["Bạn có thể đổi mã PIN"]
