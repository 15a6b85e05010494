"""The clean31 set (tests/data/clean31): ten human-written Vietnamese news pages of mixed beats in outlet styles no
earlier clean set used (the National Assembly's portal, a trade-union daily's world page, an agriculture paper, a
sports TV channel, a museum, a science academy, a readers' hotline column as text; a WordPress site, a newsletter
e-mail and an arts-listings review as HTML). Every line annotated; clean text must stay quiet and the chrome must be
boilerplate. The fixes are tested on lines and pages written outside the set, both ways: the chrome they now catch,
and article lines of the same shape that must stay content."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN31 = Path(__file__).resolve().parents[1] / "data" / "clean31"
DOCS = sorted(p for p in CLEAN31.iterdir() if p.suffix in {".txt", ".html"})
# chrome left as the blind run read it (tests/data/clean31/README.md): a session bar, a price strip without arrows,
# a broadcast slot, a visitors' box and its partners and imprint, a hotline invitation, a newsletter's section head
# in capitals and its office line, and an HTML event card written as a definition list
CHROME_LEFT = {
    "Kỳ họp thứ Mười, Quốc hội khóa XV | Trực tuyến phiên họp",
    "Giá lúa IR 50404 tại Cần Thơ: 5.900 – 6.100 đ/kg | Gạo ST25: 18.500 – 19.000 đ/kg",
    "📺 Trực tiếp chung kết: 15:00 Chủ nhật 23/11 trên kênh VTS Thể thao HD và ứng dụng VTS Go",
    "Thông tin tham quan",
    "Đơn vị phối hợp: Viện Pasteur Nha Trang · Alliance Française · Pro Helvetia",
    "Bảo tàng Văn hóa Dân tộc Việt Nam. Địa chỉ: Nguyễn Văn Huyên, Cầu Giấy, Hà Nội. ĐT: (024) 3756 2193.",
    "Bạn đọc phản ánh qua đường dây nóng 0909 123 456 hoặc email duongdaynong@saigonchieunay.vn. Tòa soạn giữ bí mật"
    " thông tin người phản ánh.",
    "TIN VẮN",
    "Ban biên tập: Tầng 9, 25 Lê Duẩn, phường Sài Gòn, TP Hồ Chí Minh.",
    "Thời gian",
    "Nhà hát Lớn Hà Nội, số 1 Tràng Tiền",
    "Chương trình",
    "Chopin: Piano Concerto số 2, Op. 21 · Rachmaninoff: Giao hưởng số 2, Op. 27",
    "Giá vé",
    "600.000 – 2.500.000 đồng",
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    """Blind: two minor F103 on the '»' of 01's breadcrumb, read as article; none once it is chrome."""
    assert [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, CHROME_LEFT)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT)


# --- a breadcrumb whose last section is named in full (01, 04) -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Trang chủ » Kinh tế » Hội nghị xúc tiến đầu tư vào khu công nghệ",
        "Văn hóa › Lễ hội đường phố quốc tế ở Huế",
        "Thể thao ⟩ Giải quần vợt trẻ châu Á lứa tuổi 14",
    ],
)
def test_a_breadcrumb_may_name_its_last_section_in_full(line: str) -> None:
    """Written outside the set: other sections, other events."""
    assert classify_line(line)[0] == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Tin tức » Ban tổ chức công bố danh sách 24 đội bóng tham dự giải hạng Nhất năm nay",
        "Ông Lâm nói: »Chúng tôi sẽ trở lại Pleiku vào mùa khô năm sau« rồi lên xe",
        "Kinh tế / Doanh nghiệp xuất khẩu gỗ ở Bình Định và Gia Lai gặp khó vì thiếu đơn hàng mới",
    ],
)
def test_a_sentence_with_arrows_or_slashes_stays(line: str) -> None:
    assert classify_line(line)[0] is None


# --- buttons and boxes: a comment count after an icon, a search box, store badges after a colon, a visitors' bar,
# --- a sponsor's line (02, 04, 05, 06, 09) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "💬 Bình luận (27)",
        "🗨 3 bình luận",
        "Tìm kiếm... 🔍",
        "🔎 Tìm kiếm",
        "Tải ứng dụng Báo Biển Xanh: Google Play · App Store",
        "Giờ mở cửa: 7h30 – 21h00 | Hotline: 0236 3888 999",
        "Địa chỉ: 17 Lê Lợi, Quy Nhơn | Giờ mở cửa: 8:00 – 16:30 | Vé người lớn: 30.000 đồng",
        "Chuyên mục này được đồng hành bởi Công ty CP Sữa Đồng Nai",
    ],
)
def test_page_buttons_and_boxes_are_navigation(line: str) -> None:
    """Written outside the set."""
    assert classify_line(line)[0] == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Thư viện tỉnh mở cửa: 8:00 – 20:00 các ngày trong tuần, kể cả thứ Bảy.",
        "Giờ mở cửa: 8:00 – 17:00 hằng ngày.",
        "Dự án được tài trợ bởi Ngân hàng Thế giới với tổng vốn 200 triệu USD.",
        "Chương trình được tài trợ bởi Quỹ Toyota Việt Nam",
        "Bản tin được tài trợ bởi một quỹ của Na Uy.",
        "Tải ứng dụng ngân hàng số để nhận ưu đãi: App Store là nơi nhanh nhất.",
        "Tìm kiếm cứu nạn trên biển kéo dài ba ngày 🔍",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


# --- a site's name in capitals with its motto; an institution's name over its name in English (02, 05) ---------------

PAGE_MOTTO = """ĐẤT MŨI HÔM NAY – Thông tin vì cộng đồng
Cà Mau 28°C | Thứ Ba, 2.12.2025
Thời sự | Kinh tế | Biển đảo | Văn hóa | Thể thao
Biển đảo / Nghề cá
Ngư dân Cà Mau trúng mùa cá đối cuối năm
Những ngày đầu tháng 12, nhiều tàu cá ở xã Sông Đốc cập bến với sản lượng cá đối tăng gần gấp đôi so với năm trước."""

PAGE_INSTITUTION = """THƯ VIỆN KHOA HỌC TỔNG HỢP THÀNH PHỐ ĐÀ NẴNG
Da Nang General Sciences Library
Giờ mở cửa: 7:30 – 20:00 | Thẻ bạn đọc: 50.000 đ/năm
Giới thiệu | Tin tức | Tra cứu | Dịch vụ | Liên hệ
Trang chủ > Tin tức
Trưng bày sách "Những người viết sử xứ Quảng"
Sáng 1/12, thư viện khai mạc trưng bày hơn 400 đầu sách về lịch sử, văn hóa Quảng Nam – Đà Nẵng."""

PAGE_HEADLINE = """BÃO SỐ 15 – Hà Nội mưa to
Thứ Ba, 2.12.2025 08:10
Sáng 2/12, mưa lớn kéo dài khiến nhiều tuyến phố ở Hà Nội ngập sâu, giao thông ùn tắc cục bộ.
Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết mưa sẽ giảm dần từ chiều tối."""


def test_a_capitals_name_with_its_motto_is_the_masthead() -> None:
    """Written outside the set: another site, another province."""
    kinds = classify_lines(PAGE_MOTTO.splitlines())
    assert kinds[0] == "navigation" and kinds[4] is None and kinds[5] is None


def test_an_institutions_name_over_its_english_name_is_the_masthead() -> None:
    """A library, not a museum; its headline in quotation marks is taken for the first sentence."""
    kinds = classify_lines(PAGE_INSTITUTION.splitlines())
    assert kinds[:3] == ["navigation"] * 3 and kinds[5] is None and kinds[6] is None


def test_a_capitals_headline_with_a_dash_over_its_date_and_lead_stays() -> None:
    kinds = classify_lines(PAGE_HEADLINE.splitlines())
    assert kinds[0] is None and kinds[2] is None
