"""The clean48 set (tests/data/clean48): eight human-written Vietnamese pages on adversary85's and adversary86's beats
(heritage and a museum with Japanese and French partners, online scams, aviation, farm exports and the EU's
deforestation rule, fisheries and the IUU yellow card, pensions and social insurance), five copied as text (a museum's
audio guide, a bank app's security notice, a farm-price board, a province's document-lookup record, a social-insurance
app) and three saved as HTML (Notion, Docusaurus, Mailchimp). Every line annotated; clean text must stay quiet and the
chrome must be boilerplate. The fixes are tested on markup, lines and sentences written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, page_flags, page_segments, score_lines

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN48 = Path(__file__).resolve().parents[1] / "data" / "clean48"
DOCS = sorted(p for p in CLEAN48.iterdir() if p.suffix in {".txt", ".html"})

# chrome the set's README leaves read as article (the reason is there)
CHROME_LEFT = {
    "01_ung_dung_thuyet_minh_bao_tang_gom_nhat.txt": {
        "Trưng bày chuyên đề: Gốm Việt – Gốm Nhật, những chuyến tàu qua Hội An",
    },
    "04_tra_cuu_van_ban_iuu_cang_ca.txt": {"Lĩnh vực: Nông nghiệp – Thủy sản"},
}


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
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT.get(path.name, set()))


# --- page furniture copied as text (01-05) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Bảo tàng Dân tộc học   ☰   VI | EN | 한국어",
        "Cổng thông tin du lịch Đà Lạt  Tiếng Việt | English | 中文",
        "🎧 Quét mã QR trên bảng tiếp theo để nghe phần thuyết minh số 4",
        "←  Hộp thư                                   🔔",
        "Hotline 24/7: 1900 5454 (cước 1.000 đồng/phút)",
        "Số ký hiệu: 1425/QĐ-UBND",
        "Ngày ban hành: 03/02/2026",
        "Ngày có hiệu lực: 15/3/2026",
        "Cơ quan ban hành: Sở Tài chính",
        "Người ký: Chủ tịch Lê Văn Hòa",
        "Loại văn bản: Quyết định",
        "Trích yếu: Về việc phê duyệt kế hoạch phòng, chống thiên tai năm 2026",
        "Tra cứu: [Từ khóa]  [Cơ quan]  [Năm]   Tìm kiếm",
        "Hệ thống quản lý văn bản và điều hành – Sở Y tế Bình Định",
        "Đăng nhập   Hướng dẫn sử dụng",
    ],
)
def test_page_furniture_is_chrome(line: str) -> None:
    """Written outside the set: each was read as article at the branch point."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Người dân quét mã QR để thanh toán tiền điện ngay tại quầy.",
        "Khách có thể quét mã QR ở cửa để nghe giới thiệu về ngôi chùa.",
        "Số ký hiệu của văn bản là 38/CT-UBND, do Phó Chủ tịch tỉnh ký ngày 24/11.",
        "Danh sách điểm dừng mới gồm 12 trạm dọc quốc lộ 1.",
        "Giá các ngày trước đó dao động quanh 110.000 đồng/kg.",
        "Hotline của ngân hàng luôn quá tải vào dịp cuối năm.",
        "Cơ quan ban hành văn bản phải chịu trách nhiệm về nội dung.",
        "Người ký hợp đồng là ông Trần Văn Nam, giám đốc công ty.",
        "Đăng nhập vào ứng dụng bằng tài khoản định danh điện tử mức 2.",
        "Hệ thống quản lý văn bản và điều hành giúp giảm 70% giấy tờ.",
        "Ông nói tiếng Việt rất tốt | nhưng vẫn cần phiên dịch.",
        "Lĩnh vực: Quản lý xuất nhập cảnh",  # a procedure's own field (clean16), article
        "← Trước đó, ông Nam đã cảnh báo nhiều lần về thủ đoạn này.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line) == (None, False)


def test_a_stop_list_and_a_price_boards_history_open_the_foot() -> None:
    headings = ("Danh sách điểm dừng", "Các điểm thuyết minh khác", "Giá các ngày trước", "Bảng giá những ngày qua")
    for heading in headings:
        lines = [
            "Chiếc trống đồng này được phát hiện năm 1893 ở làng Ngọc Lũ, tỉnh Hà Nam.",
            "Hoa văn trên mặt trống gồm người giã gạo, nhà sàn và chim lạc.",
            heading,
            "○ 5. Thạp đồng Đào Thịnh",
            "Vé vào cửa 40.000 đồng",
        ]
        kinds = classify_lines(lines)
        assert kinds[:2] == [None, None] and all(kinds[2:]), heading


# --- HTML: the page's own classes, an anchor 'with' a navbar, tables of contents (07) ------------------------------

DOCUSAURUS = (
    '<html class="docs-wrapper plugin-docs"><head><title>Bảo dưỡng động cơ | Sổ tay</title></head>'
    '<body class="navigation-with-keyboard"><nav class="navbar"><a class="navbar__brand" href="/">Sổ tay kỹ thuật</a>'
    "</nav><main><article><h1>Kiểm tra động cơ sau mỗi 3.000 giờ bay</h1>"
    "<p>Theo quy trình của nhà sản xuất, động cơ phải được nội soi sau mỗi 3.000 giờ bay hoặc khi có cảnh báo.</p>"
    '<h2 class="anchor anchorWithStickyNavbar_x1" id="a">Nội soi buồng đốt'
    '<a class="hash-link" href="#a">\u200b</a></h2>'
    "<p>Kỹ thuật viên đưa ống soi qua cửa kiểm tra để xem các cánh tuabin có bị nứt hay không.</p></article></main>"
    '<div class="tableOfContents_q9"><ul class="table-of-contents"><li><a href="#a">Nội soi buồng đốt</a></li></ul>'
    '</div><div class="page-with-sidebar"><p>Các hãng thường làm việc này vào ban đêm, khi tàu bay nằm ở sân đỗ.</p>'
    '</div><footer class="footer"><div class="footer__copyright">Built with Docusaurus.</div></footer></body></html>'
)


def test_the_body_class_an_anchors_navbar_and_a_toc(tmp_path: Path) -> None:
    """Written outside the set: at the branch point the body's 'navigation-with-keyboard' made the whole page chrome,
    and a heading's 'anchorWithStickyNavbar' made it navigation."""
    flags = page_flags(tmp_path, DOCUSAURUS)
    assert not flags["Kiểm tra động cơ"] and not flags["Theo quy trình"] and not flags["Kỹ thuật viên"]
    # the heading with its hash link and the table of contents' entry have the same text since the readers drop the
    # link's zero-width space (leftovers77): the heading, first, is article, the entry chrome
    page = tmp_path / "page.html"
    assert [s.boilerplate for s in page_segments(page) if s.text == "Nội soi buồng đốt"] == [False, True]
    assert not flags["Các hãng thường làm"]  # 'page-with-sidebar' names a page, not a sidebar
    assert flags["Sổ tay kỹ thuật"] and flags["Built with"]


def test_a_sidebar_and_a_navbar_class_still_are_chrome(tmp_path: Path) -> None:
    html = (
        "<html><body><main><article><h1>Kiểm tra động cơ sau mỗi 3.000 giờ bay</h1>"
        "<p>Theo quy trình của nhà sản xuất, động cơ phải được nội soi sau mỗi 3.000 giờ bay.</p></article></main>"
        '<div class="sidebar-with-links"><p>Bài mới: Thay lốp tàu bay A321</p></div>'
        '<div class="navbarWrapper"><p>Trang chủ Sổ tay Blog</p></div></body></html>'
    )
    flags = page_flags(tmp_path, html)
    assert flags["Bài mới"] and flags["Trang chủ Sổ tay"] and not flags["Theo quy trình"]


# --- HTML: an editor's blocks (06) and a button link (08) ----------------------------------------------------------

NOTION = (
    "<html><head><title>Đình làng Đông Ngạc</title></head><body><div class='notion-topbar'>"
    "<div role='button'>Share</div></div><div class='notion-page-content'>"
    "<div class='notion-page-property'><div>Tags</div><div>Di tích</div></div>"
    "<div class='notion-header-block'><h2>Ngôi đình ba trăm năm</h2></div>"
    "<div class='notion-text-block'><div class='notranslate' data-content-editable-leaf='true' contenteditable='true'>"
    "Đình Đông Ngạc được dựng vào thế kỷ XVII và được xếp hạng di tích quốc gia.</div></div>"
    "<div class='notion-text-block'><div class='notranslate' translate='no' contenteditable='true'>"
    "Do not translate this internal note please.</div></div>"
    "<p class='notranslate'>Acme Cloud Console</p>"
    "<div class='notion-bookmark-block'><a href='https://example.org'>Dong Ngac communal house - Wiki</a></div>"
    "<h2 class='ce-header'>Lễ hội làng</h2><p>Lễ hội diễn ra vào tháng Hai âm lịch hằng năm.</p>"
    "<p><a class='mcnButton' href='/dang-ky'>Đăng ký tham quan</a></p>"
    "<p>Muốn tham quan, bạn <a class='btn-link' href='/dang-ky'>đăng ký tại đây</a> trước một ngày.</p>"
    "</div></body></html>"
)


def test_an_editors_blocks_and_a_button_link(tmp_path: Path) -> None:
    """Written outside the set: at the branch point the editor's text (class notranslate on its editable leaf) was
    translate-no chrome, its heading blocks navigation, and the property row, the bookmark and the button article."""
    flags = page_flags(tmp_path, NOTION)
    assert not flags["Đình Đông Ngạc được dựng"] and not flags["Ngôi đình ba trăm năm"] and not flags["Lễ hội làng"]
    assert not flags["Muốn tham quan"]  # a button-styled link inside a sentence leaves it article
    assert flags["Do not translate"] and flags["Acme Cloud Console"]  # translate="no", and notranslate off an editor
    assert flags["Tags"] and flags["Di tích"]
    assert flags["Dong Ngac communal house"] and flags["Đăng ký tham quan"] and flags["Share"]
