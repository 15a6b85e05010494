"""The fifth adversary held-out set (tests/data/adversary5_html): saved news pages, HTML and text copied from a
browser, with their page chrome (menus, breadcrumbs, share buttons, 'Tin liên quan' boxes inside and after the
article, captions, tags, comment counts, footers, cookie banners). Human-written pages must get no major or
critical finding and their chrome must be boilerplate while the article stays content; the machine-translated
pages' planted errors must be found with the right fix. Each fix made in this round also has a test on text
that is not in the set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

from audit.api import audit_text, document_from_text
from audit.corpus import ReadOptions, discover, read_file
from audit.model import Document

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary5_html"


def _pages(group: str) -> list[Path]:
    return sorted(p for p in (ADVERSARY / group).iterdir() if p.suffix in {".html", ".txt"})


CLEAN = _pages("clean")
MT = _pages("mt")


def _documents(path: Path) -> list[Document]:
    errors: list = []
    return [d for item in discover([str(path)], errors) for d in read_file(item, ReadOptions(), errors)]


def chrome_misclassified(path: Path) -> list[str]:
    """The page's ``expected_boilerplate`` and ``expected_content`` substrings whose segments (every segment
    holding one) are not classified as expected, or that no segment holds."""
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    segments = [s for d in _documents(path) for s in d.segments]
    wrong = []
    for key, boilerplate in (("expected_boilerplate", True), ("expected_content", False)):
        for text in notes[key]:
            holding = [s for s in segments if text in s.text]
            if not holding or any(s.boilerplate != boilerplate for s in holding):
                wrong.append(f"{path.name}: {text!r} should be {'boilerplate' if boilerplate else 'content'}")
    return wrong


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_pages_get_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_pages_findings_are_few() -> None:
    found = sorted({(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)})
    assert found == []


@pytest.mark.parametrize("path", CLEAN + MT, ids=lambda p: p.name)
def test_page_chrome_is_boilerplate_and_the_article_content(path: Path) -> None:
    assert chrome_misclassified(path) == []


def test_mt_recall_and_fixes() -> None:
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 61
    assert found / expected >= 0.95, missed  # 61/61 after this round's fixes (tests/data/adversary5_html/README.md)
    assert fixed / found >= 0.95  # 61 of the 61


# --- the page reader and the boilerplate classifier, on pages that are not in the set -------------------------


def _html_segments(tmp_path: Path, body: str) -> dict[str, bool]:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>t</title></head><body>{body}</body></html>", encoding="utf-8")
    return {s.text: s.boilerplate for d in _documents(page) for s in d.segments}


def test_a_related_box_inside_the_article_ends_with_its_box(tmp_path: Path) -> None:
    """'Bài liên quan' in a box of the article body marks the box and its links, not the paragraphs after it."""
    segments = _html_segments(
        tmp_path,
        "<div class='noi-dung'><h1>Hà Nội mở thêm ba tuyến xe buýt đêm</h1>"
        "<p>Sở Xây dựng cho biết ba tuyến mới chạy từ 22h đến 2h sáng.</p>"
        "<div class='hop-tin'><h5>Bài liên quan</h5>"
        "<ul><li><a href='#'>Giá vé xe buýt tăng từ tháng sau</a></li></ul></div>"
        "<p><a href='#'>Lịch chạy xe buýt dịp Tết</a></p>"
        "<p>Mỗi tuyến có 12 xe điện, giãn cách 20 phút.</p>"
        "<p>Người dân có thể tra cứu lộ trình trên ứng dụng của thành phố.</p></div>",
    )
    assert segments["Bài liên quan"] and segments["Giá vé xe buýt tăng từ tháng sau"]
    assert segments["Lịch chạy xe buýt dịp Tết"]  # a paragraph that is one link still belongs to the block
    assert not segments["Mỗi tuyến có 12 xe điện, giãn cách 20 phút."]
    assert not segments["Người dân có thể tra cứu lộ trình trên ứng dụng của thành phố."]


def test_a_related_list_opening_the_article_body(tmp_path: Path) -> None:
    """'Xem thêm' and its links first in the article body: the body is no box, its paragraphs stay content."""
    segments = _html_segments(
        tmp_path,
        "<h1>Nông dân Sóc Trăng trúng mùa hành tím</h1><div class='bai'><h4>Xem thêm</h4>"
        "<ul><li><a href='#'>Giá hành tím giảm mạnh</a></li></ul>"
        "<p>Năm nay nông dân huyện Vĩnh Châu thu hoạch hành tím với năng suất khoảng 20 tấn mỗi hécta.</p>"
        "<p>Giá bán tại ruộng ổn định.</p></div>",
    )
    assert segments["Xem thêm"] and segments["Giá hành tím giảm mạnh"]
    assert not segments["Năm nay nông dân huyện Vĩnh Châu thu hoạch hành tím với năng suất khoảng 20 tấn mỗi hécta."]
    assert not segments["Giá bán tại ruộng ổn định."]


def test_a_related_box_with_leads(tmp_path: Path) -> None:
    """A box of headlines with a lead each: the leads are the box's, not article text."""
    segments = _html_segments(
        tmp_path,
        "<h1>Hà Nội khởi công cầu Tứ Liên bắc qua sông Hồng</h1><div class='noidung'>"
        "<p>Cây cầu dài hơn 4 km, tổng vốn đầu tư khoảng 20.000 tỷ đồng, dự kiến hoàn thành năm 2027.</p>"
        "<div class='box'><h3>Tin liên quan</h3><div><a href='#'>Cầu Trần Hưng Đạo chuẩn bị khởi công</a>"
        "<p>Dự án cầu Trần Hưng Đạo nối quận Hoàn Kiếm với Long Biên đã hoàn tất giải phóng mặt bằng giai đoạn một.</p>"
        "</div></div><p>Lễ khởi công diễn ra sáng 19/5.</p></div>",
    )
    assert segments["Cầu Trần Hưng Đạo chuẩn bị khởi công"]
    assert segments[
        "Dự án cầu Trần Hưng Đạo nối quận Hoàn Kiếm với Long Biên đã hoàn tất giải phóng mặt bằng giai đoạn một."
    ]
    assert not segments["Lễ khởi công diễn ra sáng 19/5."]


def test_the_headline_inside_a_header_is_content_and_the_lines_above_it_chrome(tmp_path: Path) -> None:
    segments = _html_segments(
        tmp_path,
        "<div class='top'><span>Âm nhạc</span> <span>Hội họa</span></div><div>Tìm bài viết</div>"
        "<article><header><h1>Dàn nhạc giao hưởng trẻ biểu diễn miễn phí ở Huế</h1></header>"
        "<p>Buổi hòa nhạc diễn ra tối thứ Bảy tại Nhà hát Sông Hương.</p></article>",
    )
    assert not segments["Dàn nhạc giao hưởng trẻ biểu diễn miễn phí ở Huế"]
    assert segments["Âm nhạc Hội họa"] and segments["Tìm bài viết"]
    assert not segments["Buổi hòa nhạc diễn ra tối thứ Bảy tại Nhà hát Sông Hương."]


def test_a_site_name_in_an_h1_is_not_the_headline(tmp_path: Path) -> None:
    """Nothing above a short h1 or a linked one (a site's name, its logo) is made chrome by it, and a logo in
    the page header stays chrome."""
    segments = _html_segments(
        tmp_path,
        "<p>Giá lúa tại Đồng Tháp tăng nhẹ trong tuần qua.</p><h1>Nông Nghiệp</h1>"
        "<p>Thương lái thu mua lúa tươi với giá 7.200 đồng/kg.</p>",
    )
    assert not segments["Giá lúa tại Đồng Tháp tăng nhẹ trong tuần qua."]
    segments = _html_segments(
        tmp_path,
        "<header><h1><a href='/'>Báo Điện tử Tiếng Nói Thủy Sản</a></h1></header>"
        "<p>Giá cá tra nguyên liệu tăng lên 30.000 đồng/kg.</p><h2>Xuất khẩu cá tra khởi sắc</h2>",
    )
    assert segments["Báo Điện tử Tiếng Nói Thủy Sản"]
    assert not segments["Giá cá tra nguyên liệu tăng lên 30.000 đồng/kg."]


@pytest.mark.parametrize(
    "line",
    [
        "Trang chủ › Kinh tế › Chứng khoán",
        "Đời sống / Gia đình",
        "Giáo dục > Tuyển sinh",
        "Đăng nhập | Đăng ký | Quên mật khẩu",
        "Trang chủ   Thể thao   Giải trí   Video",
        "Ngọc Anh · 02/03/2024 - 09:15 · 5 phút đọc",
        "Chia sẻ bài viết · Sao chép liên kết",
        "Chia sẻ Facebook Zalo Twitter",
        "Bình luận (37)",
        "128 bình luận",
        "Lượt xem: 2.501",
        "Tin cùng chủ đề:",
        "Xem thêm video",
        "Đọc thêm: Giá xăng giảm lần thứ tư liên tiếp",
        "Website dùng cookie để ghi nhớ lựa chọn của bạn.",
        "Bài viết này có hữu ích cho bạn không?",
        "Cập nhật 21:40, Chủ nhật, 15/06/2025",
        "Chuyên mục: Du lịch",
        "Tìm kiếm",
        "Đài Phát thanh Số. Giấy phép số 99/GP-BTTTT cấp ngày 1/1/2024.",
        "Trụ sở chính: 5 Lê Lợi, Huế. Điện thoại: 0234 382 1111",
        "Nghiêm cấm sao chép khi chưa được sự đồng ý của tòa soạn.",
    ],
)
def test_chrome_lines_of_a_text_page(line: str) -> None:
    doc = document_from_text(f"Đập thủy lợi mới hoàn thành ở Quảng Trị\nCông trình tưới cho 2.000 ha lúa.\n{line}\n")
    assert [s.boilerplate for s in doc.segments if s.text == line or line.startswith(s.text)] == [True]


@pytest.mark.parametrize(
    "line",
    [
        "Việt Nam và Uruguay  Ký hiệp định hợp tác",  # a doubled space inside a headline
        "Hội đàm với Xi Hê • Rompuy",  # a name joined the Chinese way
        "Ông cho biết giấy phép số 12/GP-UBND đã bị thu hồi vì xả thải trái phép.",
        "Tỷ lệ 1/3 số hộ đã nhận hỗ trợ",
        "Xem thêm các quy định mới về thuế thu nhập cá nhân được áp dụng từ năm nay.",
    ],
)
def test_article_lines_that_look_like_chrome_stay_content(line: str) -> None:
    doc = document_from_text(f"Quan hệ hai nước phát triển tốt đẹp\n{line}\nHai bên ký ba văn kiện.\n")
    assert all(not s.boilerplate for s in doc.segments), [(s.text, s.boilerplate_kind) for s in doc.segments]


# --- rules ----------------------------------------------------------------------------------------------------


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_a_classifier_after_each_ends_a_clause() -> None:
    """'giá mỗi chiếc' (each one): the noun is understood; after 'các', 'những' the classifier was cut."""
    assert _hits("Vé vào cửa bảo tàng là 40.000 đồng mỗi tấm.", "F107") == []
    assert _hits("Nhà trường trao tặng những quyển.", "F107") == [("những quyển", None)]
    assert _hits("Ban tổ chức cảm ơn mỗi.", "F107") == [("mỗi", None)]


def test_a_transliteration_read_with_a_second_reading_of_a_character() -> None:
    """卜 is listed 'bo' first; in 易卜拉欣 (Ibrahim) it is 'bu'. Anwar Ibrahim and Tedros are in the gazetteer."""
    found = _hits("Ông Anwaer Yibulaxin phát biểu tại Diễn đàn Kinh tế Đông Á.", "N108")
    assert found == [("Anwaer Yibulaxin", "Anwar Ibrahim")]
    assert _hits("Tổng Giám đốc WHO Tan Desai kêu gọi các nước chia sẻ vắc xin.", "N108") == [
        ("Tan Desai", "Tedros Adhanom Ghebreyesus")
    ]


def test_an_unknown_name_ending_in_er_parses_as_pinyin() -> None:
    """A final 尔 (-r) after a vowel without pinyin's apostrophe ('Maikeer', 迈克尔 Michael): a name in pinyin,
    minor and without a fix. (The Irish prime minister is in the gazetteer since gaz-leaders: 'Maikeer Mading',
    迈克尔·马丁, is then read as Micheál Martin; the unknown name is a Norwegian one.)"""
    assert _hits("Thủ tướng Na Uy Maikeer Bolun phát biểu tại hội nghị.", "N108") == [("Maikeer Bolun", None)]
    assert _hits("Thủ tướng Ireland Maikeer Mading phát biểu tại hội nghị.", "N108") == [
        ("Maikeer Mading", "Micheál Martin")
    ]
    assert _hits("Thủ tướng Đức Olaf Scholz gặp ông Max Baer và bà Anna Maier.", "N108") == []


def test_a_chinese_honorific_after_a_foreign_name_without_a_title() -> None:
    assert _hits("Đại sứ Canada tại Hà Nội Shawn Steil các hạ dự lễ khai mạc.", "N106") == [("các hạ", "")]
    assert _hits("Học trò gọi thầy là Chu tiên sinh; ông Hà Văn Tấn là nhà sử học.", "N106") == []


def test_a_first_name_spelled_two_ways_with_the_surname() -> None:
    text = "Ngoại trưởng Jordan Ayman Safadi tiếp đoàn.\nÔng Aiman Safady cho biết hai bên sẽ ký thỏa thuận."
    assert _hits(text, "T101") == [("Aiman Safady", "Ayman Safadi")]
    assert _hits("Cầu thủ Marco Rossi ghi bàn.\nTiền vệ Mario Rossi kiến tạo.", "T101") == []  # two people


def test_places_in_pinyin_once_one_is_found_after_a_place_word() -> None:
    text = "Du khách đến thành phố Xiangang rất đông.\nNhiều người cũng chọn Shunhua hoặc biển Yazhuang."
    assert _hits(text, "C106") == [("Xiangang", "Đà Nẵng"), ("Shunhua", "Huế"), ("Yazhuang", "Nha Trang")]
    assert _hits("Ông Yazhuang là giám đốc; đội Henan thắng 2-0.", "C106") == []
    assert _hits("Khách nghỉ ở đảo Fuguo ba đêm.", "C106") == [("Fuguo", "Phú Quốc")]


def test_myriads_in_a_count() -> None:
    assert _hits("Lễ hội thu hút 1,8 vạn lượt khách.", "T307") == [("1,8 vạn", "18.000")]
    assert _hits("Năm 1789, 29 vạn quân Thanh kéo vào Thăng Long; hàng vạn người dự lễ.", "T307") == []


def test_an_english_adjective_before_a_name_that_is_no_english_word() -> None:
    assert _hits("Tập đoàn bán lẻ Thai Central Retail mở thêm siêu thị.", "C105") == []  # an English name
    assert _hits("Quỹ đầu tư Korean Mirae Asset mua cổ phần.", "C105") == [("Korean", "Hàn Quốc")]


def test_a_given_name_alone_offers_only_the_holder_the_article_names() -> None:
    text = "Tổng thống Belarus Alexander Lukashenko đón đoàn.\nTổng thống Alexander nhấn mạnh hợp tác."
    found = audit_text(text, select=["N104"])
    assert [(f.text, f.suggestion, f.candidates) for f in found] == [("Alexander", "Alexander Lukashenko", None)]


def test_new_office_holders() -> None:
    assert _hits("Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hừng chủ trì hội nghị.", "N103") == [
        ("Nguyễn Mạnh Hừng", "Nguyễn Mạnh Hùng")
    ]
    assert _hits("Helsinki, 3/2/2026 – Thủ tướng Phần Lan Petteri tiếp đoàn doanh nghiệp.", "N104") == [
        ("Petteri", "Petteri Orpo")
    ]


def _naive_classify(line: str) -> tuple[str | None, bool]:
    """classify_line without its shortcuts (the guarded alternations by first character and length)."""
    from audit.corpus.boilerplate.menus import menu_line
    from audit.corpus.boilerplate.tsv_patterns import holds, patterns

    stripped = line.strip().strip("\ufeff")
    if not stripped:
        return None, False
    for p in patterns():
        if (not p.needs or holds(p.needs, stripped)) and p.regex.fullmatch(stripped):
            return p.kind, p.tail
    if not any(ch.isalpha() for ch in stripped):
        return "navigation", False
    return ("navigation", False) if menu_line(stripped) else (None, False)


def test_the_shortcuts_of_the_line_classifier_change_nothing(corpus_dir: Path) -> None:
    """Every line of corpus/ and of this set's pages as text, classified with and without the shortcuts."""
    from audit.corpus.boilerplate import classify_line

    lines = [line for p in sorted(corpus_dir.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    for page in CLEAN + MT:
        lines += [s.text for d in _documents(page) for s in d.segments]
    lines += [
        "Cập nhật 08:30 (GMT+7), Thứ Hai, 3/3/2025",
        "12 bình luận",
        "-----",
        "| Ảnh minh họa |",
        "Theo VnExpress",
    ]
    assert len(lines) > 500
    assert [classify_line(line) for line in lines] == [_naive_classify(line) for line in lines]
