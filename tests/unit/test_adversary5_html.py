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
    assert found / expected >= 0.83, missed  # 51/61 so far (tests/data/adversary5_html/README.md)
    assert fixed / found >= 0.98  # 50 of the 51


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
    """Nothing above a short h1 (a site's name) is made chrome by it."""
    segments = _html_segments(
        tmp_path,
        "<p>Giá lúa tại Đồng Tháp tăng nhẹ trong tuần qua.</p><h1>Nông Nghiệp</h1>"
        "<p>Thương lái thu mua lúa tươi với giá 7.200 đồng/kg.</p>",
    )
    assert not segments["Giá lúa tại Đồng Tháp tăng nhẹ trong tuần qua."]


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
