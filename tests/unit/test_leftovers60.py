"""Round 35's fixes of blind-set misses (leftovers60), each on text outside the sets, both ways (chrome read as
chrome and article as article; fires on MT, quiet on human text): clean65's portal chrome (a visit counter's and a
hotline's side box under its title, a rating heading with its count, a licence notice after a long site name, a
'Ghi chép của NAME, date' by-line) and adversary122's A101 '38.000' for 38万 (a scale word's bare figure no longer
meets a number written in thousands groups read as a decimal)."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import page_flags, page_segments

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_line

_PORTAL = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Cổng thông tin phường Tân Lập</title></head><body>
<header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN LẬP</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thu-tuc">Thủ tục hành
chính</a></li></ul></nav></header>
<div class="row"><div class="col-main"><article>
<h1>Phường Tân Lập hỗ trợ các hộ bị tốc mái sau cơn giông chiều thứ Bảy</h1>
<p>Cơn giông kèm gió giật mạnh chiều thứ Bảy đã làm hư hại nhiều nhà dân trên địa bàn phường, nhất là ở các tổ dân phố
ven sông.</p>
<p>Thiệt hại ban đầu:</p>
<p>Số nhà bị tốc mái: 312</p>
<p>Số hộ phải di dời tạm thời: 1.045</p>
<p>Ngay trong đêm, lực lượng dân quân và đoàn viên thanh niên đã giúp các gia đình che chắn lại mái nhà và chuyển đồ
đạc lên cao.</p>
</article></div>
<aside class="col-side">
<section class="box"><h3>Số điện thoại cần biết</h3>
<p>Công an phường: 0251 3822 114</p><p>Trạm y tế: 0251 3822 709</p></section>
<section class="box"><h3>Lượt truy cập</h3>
<p>Trực tuyến: 12</p><p>Trong ngày: 845</p><p>Tổng số: 1.240.386</p></section>
</aside></div>
<footer><p>Bản quyền thuộc Ủy ban nhân dân phường Tân Lập. Ghi rõ nguồn khi phát hành lại thông tin.</p></footer>
</body></html>
"""


def test_portal_side_boxes_under_their_titles_are_chrome(tmp_path: Path) -> None:
    flags = page_flags(tmp_path, _PORTAL)
    for line in ("Công an phường: 0251", "Trạm y tế: 0251", "Trực tuyến: 12", "Trong ngày: 845", "Tổng số: 1.240.386"):
        assert flags[line] is True, line


def test_article_list_of_figures_stays_article(tmp_path: Path) -> None:
    """The article's own figures under its own heading, with its text after them: no box title over them."""
    flags = page_flags(tmp_path, _PORTAL)
    for line in ("Thiệt hại ban đầu:", "Số nhà bị tốc mái: 312", "Số hộ phải di dời tạm thời: 1.045", "Ngay trong đêm"):
        assert flags[line] is False, line


_TEXT_PAGE = """TRANG TIN ĐIỆN TỬ HUYỆN MINH HÒA
Trang chủ | Tin tức | Văn bản | Liên hệ
Thứ Tư, 3/12/2025
Huyện Minh Hòa mở thêm điểm tiêm chủng lưu động cho trẻ ở các xã vùng cao
Từ tuần này, Trung tâm Y tế huyện tổ chức tiêm chủng lưu động tại 6 xã vùng cao, mỗi tháng hai đợt.
Theo kế hoạch, các đợt tiêm sẽ kéo dài đến hết quý I năm sau. Phụ huynh mang theo sổ tiêm chủng của trẻ.
Kết quả đợt đầu:
Số trẻ được tiêm: 426
Số trẻ được khám sàng lọc: 451
Cán bộ y tế cho biết tỷ lệ trẻ đến tiêm cao hơn dự kiến nhờ thông báo sớm qua loa phát thanh của các thôn.
Chia sẻ: Facebook | Zalo | In bài
Hotline
Tổng đài y tế: 1900 9095
Trực ban huyện: 0232 3911 226
Bản quyền © Trang tin điện tử huyện Minh Hòa
"""


def test_text_page_hotline_box_is_chrome_and_figures_stay(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_TEXT_PAGE, encoding="utf-8")
    flags = {s.text: s.boilerplate for s in page_segments(page)}
    assert flags["Tổng đài y tế: 1900 9095"] is True and flags["Trực ban huyện: 0232 3911 226"] is True
    assert flags["Số trẻ được tiêm: 426"] is False and flags["Số trẻ được khám sàng lọc: 451"] is False


@pytest.mark.parametrize(
    "line",
    [
        "Đánh giá bài viết: (7 lượt)",
        "Đánh giá tin bài (4,5/5 - 28 lượt đánh giá)",
        "Đánh giá nội dung này: (132 lượt bình chọn)",
    ],
)
def test_rating_heading_with_its_count_is_chrome(line: str) -> None:
    assert classify_line(line)[0] == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Đánh giá bài viết này, nhiều độc giả cho rằng tác giả đã nói đúng nỗi lo của người trồng lúa (12 lượt).",
        "Đánh giá thông tin (về 12 lượt kiểm tra) sẽ được công bố sau.",
    ],
)
def test_rating_words_in_a_sentence_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "Góc Nhỏ Người Yêu Phố Cổ Hà Nội – nhật ký đi bộ quanh Hà Nội. Nội dung được chia sẻ theo giấy phép"
        " CC BY-SA 4.0.",
        "Trạm Quan Trắc Khí Hậu Đồng Bằng – ghi chép của một nhóm kỹ sư. Bài viết được phát hành theo giấy phép CC BY"
        " 4.0.",
    ],
)
def test_licence_notice_after_a_long_site_name_is_chrome(line: str) -> None:
    assert classify_line(line)[0] == "footer"


@pytest.mark.parametrize(
    "line",
    [
        "Quỹ Sông Xanh – một tổ chức phi lợi nhuận ở Cần Thơ – cho biết sẽ cấp giấy phép cho các nhóm tình nguyện.",
        "Công Ty Cổ Phần Thủy Điện Nậm Pạc – đơn vị vận hành. Giấy phép xả lũ được Bộ cấp năm ngoái.",
    ],
)
def test_licence_words_in_article_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "Ghi chép của Lê Thu Hà, thứ Sáu 5/12/2025",
        "Phóng sự của Trần Minh Khoa – 3/12/2025",
        "Bút ký của Vũ Hoài Nam, ngày 5 tháng 3 năm 2025",
        "Ký sự của Nguyễn Thị Lan, Chủ nhật 7/12/2025",
    ],
)
def test_piece_by_line_with_its_date_is_a_byline(line: str) -> None:
    assert classify_line(line)[0] == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Ghi chép của anh Minh cho thấy nước lên rất nhanh trong đêm 5/12/2025.",
        "Nhật ký của Đặng Thùy Trâm",
        "Ghi chép của Lê Thu Hà",
        "Phóng sự của Trần Minh Khoa về làng chài đoạt giải năm 2025.",
    ],
)
def test_piece_words_without_a_by_line_shape_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


def _a101(source: str, target: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=["A101"])]


@pytest.mark.parametrize(
    ("source", "target", "span", "fix"),
    [
        (
            "今年前十个月，该港口共接待游客27万人次。",
            "Trong mười tháng đầu năm, cảng này đón 27.000 lượt khách.",
            "27.000",
            "270.000",
        ),
        ("该省去年出口大米65万吨。", "Năm ngoái tỉnh này xuất khẩu 65.000 tấn gạo.", "65.000", "650.000"),
        ("共有3.5万人参加了这次活动。", "Có 3.500 người đã tham gia sự kiện này.", "3.500", "35.000"),
    ],
)
def test_a101_myriad_against_dotted_thousands(source: str, target: str, span: str, fix: str) -> None:
    assert _a101(source, target) == [(span, fix)]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("今年前十个月，该港口共接待游客27万人次。", "Trong mười tháng đầu năm, cảng này đón 270.000 lượt khách."),
        ("该省去年出口大米65万吨。", "Năm ngoái tỉnh này xuất khẩu 650 nghìn tấn gạo."),
        ("该省去年出口大米65万吨。", "Năm ngoái tỉnh này xuất khẩu 65 vạn tấn gạo."),
        ("项目总投资12亿元。", "Tổng vốn đầu tư của dự án là 1,2 tỷ nhân dân tệ."),
        ("共有3.5万人参加了这次活动。", "Có 35.000 người đã tham gia sự kiện này."),
        ("The port handled 42 thousand containers.", "Cảng đã xếp dỡ 42.000 container."),
        ("The port handled 1.2 million containers.", "Cảng đã xếp dỡ 1.200.000 container."),
    ],
)
def test_a101_right_scale_stays_quiet(source: str, target: str) -> None:
    assert _a101(source, target) == []


def test_a102_or_a101_on_a_scale_lost_to_thousands() -> None:
    """38 million written '38.000' no longer passes through its bare 38: some source rule reports it."""
    found = audit_pairs([("The region has 38 million mobile subscribers.", "Khu vực có 38.000 thuê bao di động.")])
    assert {f.rule for f in found} & {"A101", "A102"}


def _n102(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity.name) for f in audit_text(text) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Chủ tịch Quốc hội Campuchia Tái Sâm·Bồng Hán hội đàm với đoàn Việt Nam.", "Tái Sâm·Bồng Hán"),
        ("Bộ trưởng Công Thương Lào Bồng Tái·Văn Uy cho biết sẽ mở thêm chợ biên giới.", "Bồng Tái·Văn Uy"),
        ("Chủ tịch nước Lào Bồng Tái·Văn Uy Hán tiếp đoàn doanh nghiệp Việt Nam.", "Bồng Tái·Văn Uy Hán"),
    ],
)
def test_n102_country_between_title_and_dotted_name(text: str, span: str) -> None:
    """A country between the title and a dotted Hán-Việt name, as Chinese orders them (老挝国会主席 …): the name is
    read whole, major, and the country is no part of it."""
    assert _n102(text) == [(span, "MAJOR")]


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Quốc hội Campuchia Thu Hà·Minh Khuê phát biểu khai mạc.",
        "Chủ tịch Quốc hội Lào Saysomphone Phomvihane đã hội kiến đoàn đại biểu Việt Nam.",
        "Thủ tướng Lào Xổn Xay·Xi Phăn Đon phát biểu khai mạc.",
        "Chủ tịch Quốc hội Lào đã hội kiến Thu Hà·Minh Khuê.",
    ],
)
def test_n102_country_after_title_quiet_on_vietnamese_and_lao_spellings(text: str) -> None:
    assert _n102(text) == []


_STORY_WITH_NUMBERS = """Huyện Minh Hòa sơ tán dân trước lũ
Chiều 5/12, huyện đã sơ tán hơn 600 hộ dân ở các xã ven sông đến nơi an toàn.
Người dân cần hỗ trợ có thể gọi các số sau.
Số điện thoại cần biết:
Cứu nạn, cứu hộ: 112
Trung tâm Y tế huyện: 0232 3911 115
Chia sẻ: Facebook | Zalo | In bài
"""


def test_article_list_of_phone_numbers_under_its_text_stays_article(tmp_path: Path) -> None:
    """The story's own list of numbers under a box-like title, with the story's text right above the title."""
    page = tmp_path / "page.txt"
    page.write_text(_STORY_WITH_NUMBERS, encoding="utf-8")
    flags = {s.text: s.boilerplate for s in page_segments(page)}
    assert flags["Số điện thoại cần biết:"] is False and flags["Cứu nạn, cứu hộ: 112"] is False
    assert flags["Trung tâm Y tế huyện: 0232 3911 115"] is False
    assert flags["Chia sẻ: Facebook | Zalo | In bài"] is True
