"""Boilerplate classification: page chrome is kept but marked, article text is not."""

from __future__ import annotations

from audit.api import document_from_text
from audit.corpus.boilerplate import classify_line, classify_lines


def test_single_lines() -> None:
    assert classify_line("Tin khác") == ("related", True)
    assert classify_line("Other news") == ("related", True)
    assert classify_line("Tin mới 30/12/2025 19:04")[0] == "timestamp"
    assert classify_line("13/03/2026")[0] == "timestamp"
    assert classify_line("![]() |")[0] == "image"
    assert classify_line("| Thủ tướng phát biểu tại hội nghị. (Ảnh: TTXVN) |")[0] == "image"
    assert classify_line("-----------------")[0] == "separator"
    assert classify_line("Top")[0] == "navigation"
    assert classify_line("Hai bên nhất trí tăng cường hợp tác.") == (None, False)
    assert classify_line("Ảnh hưởng của bão số 3 tới miền Bắc là rất lớn.") == (None, False)


def test_related_block_and_byline() -> None:
    lines = [
        "Việt Nam và Mông Cổ tăng cường hợp tác",
        "Ngày 5/3, tại Ulaanbaatar, hai bên ký kết ba văn kiện hợp tác.",
        "Hai bên nhất trí thúc đẩy thương mại song phương.",
        "Minh Anh",
        "",
        "Tin liên quan",
        "Thủ tướng tiếp Đại sứ Mông Cổ",
        "Hai nước ký hiệp định mới về giáo dục.",
    ]
    kinds = classify_lines(lines)
    assert kinds[:3] == [None, None, None]
    assert kinds[3] == "byline"
    assert kinds[5:] == ["related", "related", "related"]


def test_corpus_human_documents(corpus_dir) -> None:
    for name, chrome in [
        ("001_b4e766f322dd9309.txt", ["![]() |", "Tin khác", "Có thể bạn quan tâm", "Tin mới 27/12/2025 08:12"]),
        ("004_9a3a9b4a86ebd8bb.txt", ["13/03/2026", "aa", "PV", "Other news", "Top"]),
    ]:
        doc = document_from_text((corpus_dir / name).read_text(encoding="utf-8"))
        by_text = {s.text: s for s in doc.segments}
        for text in chrome:
            assert by_text[text].boilerplate, text
        assert (
            doc.title
            and not doc.segments[next(i for i, s in enumerate(doc.segments) if s.text == doc.title)].boilerplate
        )
    doc = document_from_text((corpus_dir / "004_9a3a9b4a86ebd8bb.txt").read_text(encoding="utf-8"))
    assert doc.title == "Tham vấn chính trị giữa hai Bộ Ngoại giao Việt Nam và Lithuania"
    # Article sentences are content; the related-news lede after "Other news" is not.
    assert any(s.text.startswith("Ngày 8/6, tại Hà Nội") and not s.boilerplate for s in doc.segments)
    assert all(s.boilerplate for s in doc.segments if s.text.startswith("Tổng Bí thư Tô Lâm khẳng định"))


def test_bylines_with_a_label() -> None:
    """A reporter's label and names, alone on a line, in any of the usual forms; never a sentence."""
    for line in [
        "Phóng viên: Trần Thị Hồng Vân",
        "PV: Lê Hoài Nam",
        "Bài và ảnh: Đặng Quốc Khánh",
        "Bài: Hà Phương - Ảnh: Lý Tuấn",
        "Thực hiện: Nhóm phóng viên Ban Kinh tế",
        "Reporter: Maria Kowalska",
    ]:
        assert classify_line(line)[0] == "byline", line
    for line in [
        "Phóng viên đã trao đổi với ông Trần Quốc Bảo về kế hoạch năm tới.",
        "Tác giả: cuốn sách bán được hơn một triệu bản trong năm đầu tiên.",
        "Phóng viên: Anh nghĩ gì về quyết định này?",
    ]:
        assert classify_line(line) == (None, False), line


def test_caption_lines_with_a_photo_credit() -> None:
    for line in [
        "Bộ trưởng Ngoại giao Chile hội đàm với người đồng cấp Peru. (Ảnh: Reuters)",
        "Lễ ký kết thỏa thuận hợp tác giữa hai tỉnh. Ảnh: Báo Cần Thơ",
        "Quang cảnh phiên họp sáng 12/4 - Ảnh: VGP/Nhật Bắc",
        "Du khách tham quan phố cổ Hội An (ảnh minh họa).",
    ]:
        assert classify_line(line)[0] == "caption", line
    for line in [
        "Kim ngạch xuất khẩu tăng 12% so với cùng kỳ (nguồn: Tổng cục Thống kê).",
        "Ảnh hưởng của đợt rét đậm tới cây vụ đông là rất lớn.",
        "Bức ảnh được chụp tại Đà Lạt vào năm 1975 đã gây xúc động mạnh.",
    ]:
        assert classify_line(line) == (None, False), line


def test_footer_and_timestamp_lines() -> None:
    assert classify_line("© 2025 Báo Kinh tế Miền Trung. Giữ bản quyền.")[0] == "footer"
    assert classify_line("Copyright © 2023 Saigon Daily")[0] == "footer"
    assert classify_line("Tổng biên tập: Phan Văn Lộc")[0] == "footer"
    assert classify_line("Chủ nhật, ngày 02/03/2025 07:45 (GMT+7)")[0] == "timestamp"
    for line in [
        "Bản quyền phát sóng giải đấu thuộc về một đài truyền hình Thái Lan.",
        "Tổng biên tập Báo Sài Gòn Giải Phóng cho biết tờ báo sẽ ra ấn phẩm mới.",
    ]:
        assert classify_line(line) == (None, False), line


def test_lines_after_a_related_heading_keep_their_own_kind() -> None:
    lines = [
        "Quảng Ngãi đón 2 triệu khách",
        "Tỉnh đón lượng khách kỷ lục trong năm nay.",
        "Tin khác",
        "Bình Định mở đường bay mới",
        "© 2025 Báo Duyên Hải",
    ]
    assert classify_lines(lines) == [None, None, "related", "related", "footer"]


def _html_kinds(html: str) -> dict[str, str | None]:
    import io

    from audit.corpus.html import read_html

    (doc,) = read_html(io.BytesIO(html.encode("utf-8")), "p.html", "p.html", 10_000)
    return {s.text: s.boilerplate_kind for s in doc.segments}


def test_html_chrome_kinds() -> None:
    kinds = _html_kinds(
        "<html><body><header><nav><a>Trang nhất</a> <a>Thể thao</a></nav></header><article>"
        "<h1>Bình Định khánh thành cảng cá mới</h1>"
        '<span class="post-date">Thứ Sáu, 07/03/2025 15:20</span>'
        "<p>Sáng 7/3, tỉnh Bình Định khánh thành cảng cá Tam Quan với tổng vốn 300 tỷ đồng.</p>"
        "<figure><img src=a.jpg><figcaption>Tàu cá cập cảng Tam Quan trong ngày khánh thành</figcaption></figure>"
        "<p>Cảng có thể đón tàu trên 1.000 tấn.</p>"
        '<div class="author">Hoàng Yến</div><p>Phóng viên: Lò Văn Páo</p></article>'
        "<aside><h3>Đọc nhiều</h3><ul><li>Giá cà phê lập đỉnh mới</li></ul></aside>"
        '<aside class="widget"><p>Đăng ký nhận bản tin</p></aside>'
        "<footer><p>Giấy phép số: 99/GP-BTTTT</p><p>Liên hệ quảng cáo</p></footer></body></html>"
    )
    assert kinds["Trang nhất Thể thao"] == "navigation"
    assert kinds["Thứ Sáu, 07/03/2025 15:20"] == "timestamp"
    assert kinds["Tàu cá cập cảng Tam Quan trong ngày khánh thành"] == "caption"
    assert kinds["Hoàng Yến"] == "byline" and kinds["Phóng viên: Lò Văn Páo"] == "byline"
    assert kinds["Đọc nhiều"] == kinds["Giá cà phê lập đỉnh mới"] == "related"
    assert kinds["Đăng ký nhận bản tin"] == "navigation"  # a related heading does not reach another box
    assert kinds["Giấy phép số: 99/GP-BTTTT"] == kinds["Liên hệ quảng cáo"] == "footer"
    for text in ["Bình Định khánh thành cảng cá mới", "Cảng có thể đón tàu trên 1.000 tấn."]:
        assert kinds[text] is None, text
    assert kinds["Sáng 7/3, tỉnh Bình Định khánh thành cảng cá Tam Quan với tổng vốn 300 tỷ đồng."] is None


def test_html_related_box_does_not_swallow_the_article() -> None:
    """A related-news box in the middle of the page marks its own list, not the article text after it."""
    kinds = _html_kinds(
        "<html><body><article><h1>Gia Lai trồng mới 5.000 ha cà phê</h1>"
        "<p>Năm nay, Gia Lai trồng mới 5.000 ha cà phê.</p>"
        '<div class="related"><p>Tin liên quan</p><p>Đắk Nông tái canh cà phê</p></div>'
        "<p>Phần lớn diện tích dùng giống chịu hạn.</p></article></body></html>"
    )
    assert kinds["Tin liên quan"] == kinds["Đắk Nông tái canh cà phê"] == "related"
    assert kinds["Phần lớn diện tích dùng giống chịu hạn."] is None


def test_quick_gate_keeps_captions_and_footers_in_any_usual_case() -> None:
    """The substring gate before the whole-line caption and footer patterns (references/boilerplate.tsv
    'needs') lets through the credit as written, capitalised or in capitals, and the circled c in both cases."""
    from audit.corpus.boilerplate import classify_line

    for line in (
        "Quang cảnh phiên khai mạc kỳ họp. (ẢNH: QUANG VINH)",
        "Quang cảnh phiên khai mạc kỳ họp. (Ảnh: Quang Vinh)",
        "Đại biểu bỏ phiếu thông qua nghị quyết. Photo: Reuters",
    ):
        assert classify_line(line)[0] == "caption", line
    for line in ("Ⓒ 2026 Báo Điện tử Quảng Nam", "ⓒ Bản quyền thuộc Đài Phát thanh tỉnh"):
        assert classify_line(line)[0] == "footer", line
    assert classify_line("Hình ảnh của kỳ họp (ảnh hưởng lớn) đã lan tỏa: người dân phấn khởi.")[0] is None


def test_a_related_box_inside_the_article_does_not_swallow_the_rest() -> None:
    """'Tin khác' in the middle of a page: the article prose after the box is article text again; the
    headline-only block at the end stays related news."""
    from audit.corpus.boilerplate import classify_lines

    page = [
        "Đà Nẵng mở thêm đường bay thẳng tới Seoul",
        "Sáng 2/4, hãng hàng không khai trương đường bay thẳng Đà Nẵng – Seoul với tần suất bảy chuyến mỗi tuần.",
        "Tin khác",
        "Giá xăng giảm lần thứ ba liên tiếp",
        "Theo kế hoạch, hãng sẽ dùng máy bay thân rộng cho đường bay mới trong mùa cao điểm du lịch hè năm nay. "
        "Sở Du lịch thành phố kỳ vọng lượng khách Hàn Quốc tăng mạnh nhờ các chương trình quảng bá chung.",
        "Tin khác",
        "Thời tiết miền Trung chuyển mưa",
    ]
    assert classify_lines(page) == [None, None, "related", "related", None, "related", "related"]


def test_theo_is_a_byline_only_before_a_source_name() -> None:
    """'Theo' + a capitalised source ('Theo TTXVN') is a byline; 'Theo dõi …', 'Theo chân …' are headlines."""
    for line in ["Theo TTXVN", "Theo Thanh Niên", "Theo Reuters", "THEO VNA"]:
        assert classify_line(line)[0] == "byline", line
    for line in ["Theo dõi sát lũ trên sông Kôn", "Theo chân người gác rừng U Minh", "Theo đuổi ước mơ làm phi công"]:
        assert classify_line(line) == (None, False), line


def test_box_heading_at_the_page_head_is_a_menu_item() -> None:
    """A 'Tin mới' or 'Ảnh khác' line before any article sentence is a menu item at the page's head, not a box
    whose items run on: the headline and the lead sentences after it stay article text (adversary34 found the
    head of a maritime page hidden this way; the page below is another one, about a rail line in Lào Cai)."""
    lines = [
        "Ảnh khác",
        "Thời sự",
        "Kinh tế",
        "Trang chủ » Giao thông",
        "Khởi công tuyến đường sắt Lào Cai – Hà Nội – Hải Phòng",
        "20/12/2026 | 08:15",
        "Sáng 19/12, tại tỉnh Lào Cai, Bộ Xây dựng tổ chức lễ khởi công dự án đường sắt khổ tiêu chuẩn.",
        "Dự án dài khoảng 390 km, đi qua chín tỉnh và thành phố, dự kiến hoàn thành trước năm 2030.",
        "Tin mới",
        "Hà Nội mở thêm hai tuyến buýt điện",
        "Cảng Cái Mép đón tàu lớn nhất thế giới",
    ]
    kinds = classify_lines(lines)
    assert kinds[4] is None and kinds[6] is None and kinds[7] is None
    assert kinds[8:] == ["related", "related", "related"]


def test_correspondent_byline_with_the_place_in_brackets() -> None:
    """A reporter's name with where the report was filed, or a correspondent's title, in brackets, is a byline
    (adversary41; names and places other than the set's); an article line with a bracket is not."""
    for line in [
        "Trần Hữu Nghĩa (từ Buenos Aires)",
        "Mai Lan - Quốc Việt (từ Geneva)",
        "Đức Thắng (đặc phái viên tại Bắc Kinh)",
        "Thu Hằng (phóng viên thường trú)",
    ]:
        assert classify_line(line)[0] == "byline", line
    for line in [
        "Ngọc Mai (từ năm 2020)",
        "Ông Trần Văn Lâm (tại Cần Thơ) cho biết hai bên sẽ ký hợp đồng.",
        "Việt Nam (từ Hà Nội) và Lào (từ Viêng Chăn) cùng tham gia.",
    ]:
        assert classify_line(line) == (None, False), line


def test_font_size_widget() -> None:
    """The font-size buttons copied with the page, with or without their label; a sentence with grades is not."""
    for line in ["A+ A-", "A- A A+", "Kích thước chữ: A- A+", "Cỡ chữ A A+"]:
        assert classify_line(line)[0] == "navigation", line
    assert classify_line("Em đạt điểm A- môn Toán và A+ môn Văn.") == (None, False)


def test_masthead_in_capitals_does_not_count_in_the_menu_mean() -> None:
    """The site's name in capitals over a menu whose items run to five words is not a menu item of its own: the
    menu below it is still told (adversary41, another site and menu here); a capitalised headline over a short
    run of chrome stays article."""
    lines = [
        "NHỊP SỐNG KINH TẾ SỐ",
        "Trang chủ",
        "Tài chính - Ngân hàng",
        "Thị trường chứng khoán",
        "Doanh nhân trẻ",
        "Bất động sản",
        "Thứ Năm, 20/11/2025",
        "Ngân hàng Nhà nước giữ nguyên lãi suất điều hành",
        "Sáng 20/11, Ngân hàng Nhà nước thông báo giữ nguyên các mức lãi suất điều hành trong quý IV.",
        "Theo cơ quan này, lạm phát vẫn trong tầm kiểm soát và tỷ giá ổn định.",
    ]
    kinds = classify_lines(lines)
    assert all(kinds[i] for i in range(6)), kinds
    assert kinds[7:] == [None, None, None]
    headline = ["HÀ NỘI MỞ THÊM BA TUYẾN XE BUÝT ĐIỆN", "Trang chủ", "Đăng nhập", "Thứ Năm, 20/11/2025"]
    headline += ["Từ ngày 1/12, Hà Nội mở thêm ba tuyến xe buýt điện nối trung tâm với các khu đô thị mới."]
    assert classify_lines(headline)[0] is None
