"""The clean33 set (tests/data/clean33): ten human-written Vietnamese pages on health, education, science and sports in
outlet styles no earlier clean set used (a pharmacy chain's health corner, a provincial CDC, a study-abroad agency, a
high school, a popular-science app, an overseas-Vietnamese paper in France as text; a health magazine's HTML5 page,
an exam-news site of plain divs, an astronomy club's <br>-separated table page and a sports site with a results table
as HTML). Every line annotated; clean text must stay quiet and the chrome must be boilerplate. The fixes are tested on
lines and pages written outside the set, both ways: the chrome they now catch, and article lines of the same shape
that must stay content."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_segments

from audit.corpus.boilerplate import classify_line, classify_lines
from audit.corpus.html.layout import _shortened

CLEAN33 = Path(__file__).resolve().parents[1] / "data" / "clean33"
DOCS = sorted(p for p in CLEAN33.iterdir() if p.suffix in {".txt", ".html"})
# chrome left as the blind run read it (tests/data/clean33/README.md): a notice ticker under a CDC's menu and the
# section label under it, a fair's promotion line, an advertisement line, and a club's sign-up line in its article cell
CHROME_LEFT = {
    "Thông báo: Lịch tiêm chủng dịch vụ tháng 12/2025 tại điểm tiêm của Trung tâm",
    "Phòng chống dịch bệnh",
    "Sự kiện sắp tới: Ngày hội du học Úc – New Zealand, 8h30–16h30 Chủ nhật 7/12/2025, khách sạn Sheraton Hà Nội",
    "Quảng cáo – Nhà hàng Phở Sài Gòn, 47 avenue d'Ivry, 75013 Paris. Đặt bàn: 01 45 85 12 34",
    "Đăng ký: nhắn tin tới số 0983 456 712 (anh Tuấn) trước ngày 10/12.",
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 4


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    """Blind: two minor F110 on the spaces of 05's row of reading tools, read as article; none once it is chrome."""
    assert [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, CHROME_LEFT)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT)


# --- the site's name in capitals with the bars under it, over the first navigation line (01-04, 06) ----------------

PAGE_SHOP = """SIÊU THỊ ĐIỆN MÁY HOÀNG PHÁT
Mở cửa 8h–22h | Giao hàng toàn quốc
Điện thoại | Máy tính | Tivi | Tủ lạnh | Khuyến mãi
Tivi màn hình lớn giảm giá tới 30% dịp cuối năm
Chủ nhật, 7/12/2025
Từ ngày 8 đến 31/12, hệ thống giảm giá nhiều mẫu tivi từ 65 inch trở lên và tặng kèm gói lắp đặt tại nhà."""

PAGE_KINDERGARTEN = """ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
TRƯỜNG MẦM NON HOA SEN
"Vui chơi – Học tập – Yêu thương"
Giới thiệu | Tin tức | Thực đơn tuần | Góc phụ huynh | Liên hệ
Bé vui Tết Trung thu cùng ông bà
Thứ Sáu, 3/10/2025
Sáng 3/10, hơn 200 cháu cùng ông bà đã làm đèn ông sao và phá cỗ trong sân trường."""

PAGE_WEEKLY = """TIẾNG VIỆT ÚC CHÂU – Tuần báo của người Việt tại Sydney
Sydney, thứ Sáu 5/12/2025
Cộng đồng | Nước Úc | Quê nhà | Thể thao | Rao vặt
Hội chợ Tết của cộng đồng người Việt ở Cabramatta thu hút hơn 20.000 lượt khách
Hội chợ diễn ra trong hai ngày cuối tuần với hơn 120 gian hàng ẩm thực và văn nghệ."""


@pytest.mark.parametrize(
    ("page", "headline"), [(PAGE_SHOP, 3), (PAGE_KINDERGARTEN, 4), (PAGE_WEEKLY, 3)], ids=["shop", "school", "weekly"]
)
def test_the_name_and_its_bars_over_the_menu_are_the_masthead(page: str, headline: int) -> None:
    """Written outside the set: a shop, a kindergarten under its commune, an overseas weekly with its dateline."""
    kinds = classify_lines(page.splitlines())
    assert all(kinds[i] is not None for i in range(headline))
    assert kinds[headline] is None and kinds[-1] is None


PAGE_CAPITALS_HEADLINE = """BỘ Y TẾ KHUYẾN CÁO TIÊM VẮC XIN CÚM TRƯỚC TẾT
Trang chủ › Sức khỏe
Ngày 2/12, Bộ Y tế đề nghị các địa phương đẩy mạnh tiêm vắc xin cúm cho người cao tuổi và trẻ nhỏ trước Tết."""

PAGE_CAPITALS_HEADLINE_LEAD = """HÀ NỘI CÔNG BỐ ĐIỂM CHUẨN LỚP 10
Sở Giáo dục và Đào tạo Hà Nội chiều 10/7 công bố điểm chuẩn vào lớp 10 công lập.
Chia sẻ | Facebook | Zalo
Trường có điểm chuẩn cao nhất là THPT Chu Văn An với 44,5 điểm, thấp nhất 18,25 điểm."""


@pytest.mark.parametrize("page", [PAGE_CAPITALS_HEADLINE, PAGE_CAPITALS_HEADLINE_LEAD], ids=["path", "lead"])
def test_a_headline_in_capitals_over_a_path_or_its_lead_stays(page: str) -> None:
    kinds = classify_lines(page.splitlines())
    assert kinds[0] is None and kinds[-1] is None


# --- a section label over a headline whose meta bar holds its date (04) ---------------------------------------------

PAGE_SECTION_META = """Trang chủ | Thời sự | Giáo dục | Sức khỏe | Thể thao
Tuyển sinh
Trường đại học đầu tiên công bố phương án tuyển sinh năm 2026
Hồng Nhung | Thứ Sáu, 5/12/2025 09:30
Ngày 4/12, một trường đại học ở TP Hồ Chí Minh công bố giữ ổn định bốn phương thức xét tuyển như năm 2025."""

PAGE_KICKER_SHARE = """Trang chủ | Thời sự | Giáo dục | Sức khỏe | Thể thao
Tuyển sinh
Trường đại học đầu tiên công bố phương án tuyển sinh năm 2026
Chia sẻ | Facebook | Zalo
Ngày 4/12, một trường đại học ở TP Hồ Chí Minh công bố giữ ổn định bốn phương thức xét tuyển như năm 2025."""


def test_a_section_label_over_a_headline_with_a_dated_meta_bar_is_navigation() -> None:
    """Written outside the set: another section, a meta bar of a name and a date."""
    kinds = classify_lines(PAGE_SECTION_META.splitlines())
    assert kinds[1] == "navigation" and kinds[2] is None and kinds[4] is None


def test_a_line_over_a_headline_with_an_undated_bar_under_it_stays() -> None:
    kinds = classify_lines(PAGE_KICKER_SHARE.splitlines())
    assert kinds[1] is None and kinds[2] is None


# --- posting lines, attachments, reading tools, offices and registrations, a consultation form (01, 02, 03, 05, 09) ---


@pytest.mark.parametrize(
    "line",
    [
        "🎧 Nghe bài viết (12:05)",
        "Cỡ chữ  🔖 Lưu bài  ⤴ Chia sẻ",
        "A- A+ 🔖 Lưu",
        "Tải về: DanhSach_TrungTuyen_Dot1.xlsx (86 KB)",
        "📎 Tải xuống: ThongBao-so-12.pdf (1,2 MB)",
        "Đăng lúc 08:40 ngày 2/12/2025 bởi Phòng Đào tạo",
        "Đăng bởi: Tổ Tin học - 3/12/2025",
        "Văn phòng Đà Nẵng: 12 Bạch Đằng, phường Hải Châu | Chi nhánh Cần Thơ: 5 Hòa Bình, phường Ninh Kiều",
        "Công ty TNHH Sách Ánh Dương. Giấy chứng nhận ĐKKD số 0109 123 456 do Sở Kế hoạch và Đầu tư Hà Nội cấp"
        " ngày 4/5/2019.",
        "Đăng ký tư vấn ngay",
    ],
)
def test_tools_files_posting_lines_and_imprints_are_chrome(line: str) -> None:
    """Written outside the set: other files, offices, firms, posters and dates."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Ông Minh cho biết bài viết được đăng lúc 10:25 ngày 19/11/2025 bởi một tài khoản giả mạo.",
        "Bạn đọc có thể tải về tài liệu hướng dẫn tại trang web của Bộ Y tế.",
        "Văn phòng Hà Nội: đã chuyển về tòa nhà mới từ tháng 10.",
        "Doanh nghiệp này có giấy chứng nhận đăng ký doanh nghiệp từ năm 2019 nhưng chưa từng nộp thuế.",
        "Lưu ý:",
        "Nghe bài viết (phần 2) trên kênh podcast của báo.",
        "Phụ huynh có thể đăng ký tư vấn tuyển sinh qua tổng đài của trường.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


# --- an HTML page with no h1 whose title is its headline cut short (08) ---------------------------------------------


def test_a_headline_cut_short_in_the_title_is_the_headline(tmp_path: Path) -> None:
    """Written outside the set: a page of plain divs; the tagline above the headline is chrome once the headline is
    known, the lead and paragraphs stay."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Bộ Y tế cấp phép vắc xin sởi mới cho trẻ 9 tháng - Tin Y Tế</title></head><body>"
        "<div class='a'><div class='b'>TIN Y TẾ</div><div>Tin nhanh về y tế, sức khỏe mỗi ngày</div></div>"
        "<div><div>Bộ Y tế cấp phép vắc xin sởi mới cho trẻ từ 9 tháng tuổi, tiêm miễn phí từ năm 2026</div>"
        "<div>Vắc xin được cấp phép ngày 1/12 sau ba năm thử nghiệm lâm sàng tại bốn tỉnh.</div>"
        "<div>Cục Quản lý Dược cho biết lô đầu tiên gồm 500.000 liều sẽ về Việt Nam trong quý I.</div></div>"
        "</body></html>",
        encoding="utf-8",
    )
    segments = {s.text: s.boilerplate for s in page_segments(page)}
    assert segments["Tin nhanh về y tế, sức khỏe mỗi ngày"]
    assert not segments["Bộ Y tế cấp phép vắc xin sởi mới cho trẻ từ 9 tháng tuổi, tiêm miễn phí từ năm 2026"]
    assert not segments["Vắc xin được cấp phép ngày 1/12 sau ba năm thử nghiệm lâm sàng tại bốn tỉnh."]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Bộ Y tế cấp phép vắc xin sởi mới cho trẻ 9 tháng - Tin Y Tế",
            "Bộ Y tế cấp phép vắc xin sởi mới cho trẻ từ 9 tháng tuổi, tiêm miễn phí",
            True,
        ),
        (
            "Bộ Y tế cấp phép vắc xin sởi mới cho trẻ 9 tháng - Tin Y Tế",
            "Bộ Y tế cảnh báo dịch sởi tăng ở trẻ dưới 9 tháng",
            False,
        ),
        ("Vắc xin sởi mới - Tin Y Tế", "Vắc xin sởi mới được cấp phép", False),
        (
            "Bộ Y tế cấp phép vắc xin sởi mới cho trẻ 9 tháng",
            "Bộ Y tế cấp phép vắc xin sởi mới cho trẻ 9 tháng tuổi",
            False,
        ),
    ],
)
def test_a_shortened_title_needs_most_of_its_words_and_the_site_after_it(title: str, text: str, expected: bool) -> None:
    assert _shortened(title, text) is expected
