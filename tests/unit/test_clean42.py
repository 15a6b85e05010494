"""The clean42 set (tests/data/clean42): eight human-written Vietnamese pages on local government, border trade,
agricultural exports and technology policy, five copied as text (a printer-friendly copy, a news aggregator, a
professional network's article, a press-release wire, a browser's reader view) and three saved as HTML (DotNetNuke with
an EasyDNN-style news module, HubSpot CMS, Webflow). Every line annotated; clean text must stay quiet and the chrome
must be boilerplate. The fixes are tested on markup, lines and sentences written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_flags

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN42 = Path(__file__).resolve().parents[1] / "data" / "clean42"
DOCS = sorted(p for p in CLEAN42.iterdir() if p.suffix in {".txt", ".html"})


def test_set_is_complete() -> None:
    assert len(DOCS) == 8 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


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
    "<p>Sáng 3/12, Sở Giáo dục và Đào tạo tỉnh Gia Lai khai mạc hội thi giáo viên dạy giỏi cấp tỉnh "
    "với 214 thí sinh.</p>"
    "<p>Hội thi kéo dài đến ngày 12/12, gồm phần thi giảng trên lớp và phần trình bày sáng kiến kinh nghiệm.</p>"
)


# --- a DotNetNuke page: its posted 'Form', camelCase class names and its side pane (06) -----------------------------

DNN_PAGE = (
    """<html><head><title>Hội thi giáo viên dạy giỏi</title></head><body>
<form method="{method}" action="/vi-vn/tin-tuc/id/4410" id="Form">
<div id="dnn_ContentPane" class="contentPane"><div class="DnnModule DnnModule-News"><div class="newsDetail">
<h1 class="newsTitle">Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh</h1>"""
    + BODY
    + """
<div class="newsShareTools"><a href="#">Chia sẻ lên Zalo</a> <a href="#">Bản để in</a></div></div></div></div>
<div id="dnn_LeftPane" class="leftPane"><h3>Lịch công tác tuần</h3><ul><li><a href="/a">Thứ Hai: giao ban đầu tuần
với các phòng chuyên môn</a></li></ul></div>
</form></body></html>"""
)


def test_a_dotnetnuke_pages_form_holds_its_article(tmp_path: Path) -> None:
    """Written outside the set: another DotNetNuke portal's page; its camelCase share box and its left pane are
    chrome."""
    flags = page_flags(tmp_path, DNN_PAGE.format(method="post"))
    assert not flags["Sáng 3/12"] and not flags["Hội thi kéo dài"]
    assert flags["Chia sẻ lên Zalo"] and flags["Lịch công tác tuần"] and flags["Thứ Hai: giao ban"]


def test_a_form_named_form_that_is_not_posted_stays_a_form(tmp_path: Path) -> None:
    """A search form named 'Form' (method get) is no Web Forms page: its text stays chrome."""
    flags = page_flags(
        tmp_path,
        "<html><head><title>Hội thi</title></head><body>"
        '<form method="get" action="/tim-kiem" id="Form">'
        "<p>Gõ từ khóa rồi bấm tìm để xem các văn bản của sở.</p></form>"
        "<article><h1>Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh</h1>" + BODY + "</article></body></html>",
    )
    assert flags["Gõ từ khóa"] and not flags["Sáng 3/12"]


def test_camel_case_names_only_their_own_words(tmp_path: Path) -> None:
    """'articleBody', 'newsContent', 'mainTimeline' name no chrome; 'postAuthorBox', 'relatedNews' do."""
    flags = page_flags(
        tmp_path,
        "<html><head><title>Hội thi</title></head><body>"
        '<div class="articleBody"><h1>Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh</h1><div class="newsContent">'
        + BODY
        + '<div class="mainTimeline"><p>Năm ngoái, hội thi có 186 thí sinh đến từ 15 trường.</p></div></div></div>'
        '<div class="postAuthorBox"><p>Nguyễn Thị Thu Trang</p></div>'
        '<div class="relatedNews"><p>Gia Lai tuyển 600 giáo viên năm 2027</p></div></body></html>',
    )
    assert not flags["Sáng 3/12"] and not flags["Năm ngoái"]
    assert flags["Nguyễn Thị Thu Trang"] and flags["Gia Lai tuyển"]


# --- HubSpot's wrappers (07) ----------------------------------------------------------------------------------------


def test_hubspot_wrappers_leave_the_post_and_name_its_modules(tmp_path: Path) -> None:
    """Written outside the set: another HubSpot post; its comments module and a plain 'post-meta' stay chrome."""
    wrap = '<span id="hs_cos_wrapper_{}" class="hs_cos_wrapper hs_cos_wrapper_{} hs_cos_wrapper_type_{}">'
    flags = page_flags(
        tmp_path,
        '<html><head><title>Hội thi</title></head><body><article class="blog-post">'
        "<h1>" + wrap.format("name", "meta_field", "text") + "Khai mạc hội thi giáo viên dạy giỏi</span></h1>"
        '<div class="post-meta"><p>Ban truyền thông, 3 tháng 12, 2026</p></div>'
        + wrap.format("post_body", "meta_field", "rich_text")
        + BODY
        + "</span></article>"
        + wrap.format("blog_comments", "widget", "blog_comments")
        + "<p>Chúc mừng các thầy cô đã vào vòng chung kết.</p></span></body></html>",
    )
    assert not flags["Sáng 3/12"] and not flags["Hội thi kéo dài"]
    assert flags["Ban truyền thông"] and flags["Chúc mừng các thầy cô"]


# --- a caption under an image, centred, with no credit (07) ---------------------------------------------------------

IMAGE_PAGE = (
    "<html><head><title>Hội thi</title></head><body><article><h1>Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh</h1>"
    + BODY
    + '<img src="/anh/hoi-thi.jpg" alt=""><p{style}><em>{line}</em></p>'
    "<p>Ban tổ chức sẽ công bố kết quả vào chiều 12/12 tại hội trường của sở.</p></article></body></html>"
)
CENTRE = ' style="text-align: center"'


def test_a_centred_line_under_an_image_is_its_caption(tmp_path: Path) -> None:
    """Written outside the set: a centred line right after an image is its caption; the article goes on."""
    line = "Thí sinh Lê Hoàng Yến trong phần thi giảng môn Ngữ văn sáng 3/12."
    flags = page_flags(tmp_path, IMAGE_PAGE.format(style=CENTRE, line=line))
    assert flags[line] and not flags["Ban tổ chức sẽ công bố"]


@pytest.mark.parametrize(
    ("style", "line"),
    [
        ("", "Thí sinh Lê Hoàng Yến trong phần thi giảng môn Ngữ văn sáng 3/12."),
        (CENTRE, "Hội thi năm nay đông nhất từ trước đến nay. Nhiều trường cử ba, bốn thầy cô cùng tham gia."),
    ],
)
def test_a_paragraph_after_an_image_stays(tmp_path: Path, style: str, line: str) -> None:
    """A line after an image that is not centred, or a centred paragraph of two sentences, stays article."""
    assert not page_flags(tmp_path, IMAGE_PAGE.format(style=style, line=line))[line.split(".")[0]]


def test_a_centred_line_with_no_image_before_it_stays(tmp_path: Path) -> None:
    line = "Thí sinh Lê Hoàng Yến trong phần thi giảng môn Ngữ văn sáng 3/12."
    html = IMAGE_PAGE.format(style=CENTRE, line=line).replace('<img src="/anh/hoi-thi.jpg" alt="">', "")
    assert not page_flags(tmp_path, html)[line]


# --- text pages: an aggregator's, a printed copy's, a profile's and a wire's chrome (01-04) -------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Đọc bài gốc tại Báo Đồng Nai →",
        "Xem tin gốc",
        "Nội dung liên quan:",
        "Các thông cáo khác của tổ chức này",
        "Thêm bài viết của Lê Quang Vinh",
        "More articles by Anna Schmidt",
        "Đường dẫn: https://www.gialai.gov.vn/tin/hoi-thi-gv-4410.aspx",
        "Link bài viết: www.baomoi24.vn/a-123.html",
        "+ Follow",
        "Đã đăng vào 3 tháng 12, 2026",
        "Xuất bản 14 thg 1 2027",
        "Liên hệ truyền thông: Trần Thu Hằng, 0903 112 445, hang.tran@abc.vn",
        "Media contact: press@example.com",
        "Thông cáo báo chí này được phân phối bởi PRNews Việt Nam.",
        "Docbao tổng hợp tin tức tự động từ hơn 80 nguồn; bản quyền thuộc về các cơ quan báo chí.",
    ],
)
def test_chrome_lines_of_aggregators_wires_and_profiles(line: str) -> None:
    """Written outside the set."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Xem bài gốc mới thấy tác giả không hề nói như lời đồn trên mạng.",
        "Nội dung liên quan đến dự án được sở công khai trên cổng thông tin từ ngày 5/12.",
        "Thêm bài viết từ Phạm Thu Hà cho thấy doanh nghiệp nhỏ vẫn có chỗ đứng ở châu Âu.",
        "Liên hệ báo chí là việc của phòng truyền thông, không phải của kỹ sư.",
        "Thông cáo này được phát hành sau khi hai bên ký biên bản ghi nhớ ở Viêng Chăn.",
        "Địa chỉ của ban quản lý là số 8 đường Hùng Vương, phường Đông Hà.",
        "Ứng dụng này tổng hợp tin tự động, nhưng nhiều người vẫn chuộng đọc báo in.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    """Written outside the set."""
    assert classify_line(line)[0] is None


# --- a byline beside a reading time, an author's name and headline over the date (03, 05) ---------------------------

ARTICLE = [
    "",
    "Sáng 3/12, Sở Giáo dục và Đào tạo tỉnh Gia Lai khai mạc hội thi giáo viên dạy giỏi cấp tỉnh với 214 thí sinh.",
    "",
    "Hội thi kéo dài đến ngày 12/12, gồm phần thi giảng trên lớp và phần trình bày sáng kiến kinh nghiệm.",
]


def test_a_name_over_a_reading_time_is_the_byline() -> None:
    """Written outside the set: a reader view's domain, title, author and reading time."""
    lines = ["baogialai24h.vn", "Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh", "Rơ Mah Blới", "4–5 phút", *ARTICLE]
    kinds = classify_lines(lines)
    assert kinds[2] == "byline" and kinds[1] is None and kinds[5] is None


def test_a_name_and_its_headline_over_the_date_are_the_byline() -> None:
    """Written outside the set: an author's name and post over the posting date; the article's title stays."""
    lines = [
        "Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh",
        "Lê Quang Vinh",
        "Chuyên viên Phòng Giáo dục phổ thông | Giảng dạy và đánh giá",
        "Đã đăng vào 3 thg 12, 2026",
        *ARTICLE,
    ]
    kinds = classify_lines(lines)
    assert kinds[1] == kinds[2] == "byline" and kinds[0] is None


def test_a_title_and_an_unpunctuated_subtitle_over_the_date_stay() -> None:
    """A headline and its subtitle (not a name) over the date stay article."""
    lines = [
        "Giá vàng tăng mạnh đầu tuần",
        "Nhà đầu tư chờ tín hiệu từ cuộc họp của Fed",
        "Đã đăng vào 3 thg 12, 2026",
        *ARTICLE,
    ]
    kinds = classify_lines(lines)
    assert kinds[0] is None and kinds[1] is None


def test_a_tables_header_row_named_in_camel_case_stays_in_its_table(tmp_path: Path) -> None:
    """Written outside the set: a rich-text table's header row ('ms-rteTableHeaderRow-default', 'table-header-row')
    is article; a page header's div named in camelCase ('siteHeader') is chrome."""
    flags = page_flags(
        tmp_path,
        "<html><head><title>Hội thi</title></head><body>"
        '<div class="siteHeader"><p>Sở Giáo dục và Đào tạo tỉnh Gia Lai</p></div>'
        "<article><h1>Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh</h1>" + BODY + "<table><tbody>"
        '<tr class="ms-rteTableHeaderRow-default"><th>Cấp học</th><th>Số thí sinh</th></tr>'
        '<tr class="table-header-row"><th>Bậc đào tạo</th><th>Số trường</th></tr>'
        "<tr><td>Tiểu học</td><td>96</td></tr></tbody></table></article></body></html>",
    )
    assert not flags["Cấp học"] and not flags["Số thí sinh"] and not flags["Bậc đào tạo"]
    assert flags["Sở Giáo dục và Đào tạo tỉnh Gia Lai"]


def test_a_centred_headline_after_the_logo_stays(tmp_path: Path) -> None:
    """A site's logo image, then a centred headline and a centred lead in the article: neither is a caption (the
    image sits in another container)."""
    flags = page_flags(
        tmp_path,
        "<html><head><title>Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh</title></head><body>"
        '<div class="brand"><a href="/"><img src="/logo.png" alt=""></a></div>'
        '<div class="content"><h2 style="text-align:center">Khai mạc hội thi giáo viên dạy giỏi cấp tỉnh</h2>'
        '<p style="text-align:center">Hội thi năm nay có 214 thí sinh từ 58 trường.</p>'
        + BODY
        + "</div></body></html>",
    )
    assert not flags["Khai mạc hội thi"] and not flags["Hội thi năm nay"] and not flags["Sáng 3/12"]
