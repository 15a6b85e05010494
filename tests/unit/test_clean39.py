"""The clean39 set (tests/data/clean39): ten human-written Vietnamese pages on markets, science and space, sport and
education, six as text in outlet styles no earlier clean set used (a fund manager's monthly report, a national park's
site, a sports daily's morning briefing, an exam-prep centre, a foreign university's Vietnam office, a TV science
programme's episode page) and four as HTML (a Next.js finance portal with a stock ticker, a sports page whose article
is split over several divs with ads between, an AMP page, a SharePoint university portal). Every line annotated;
clean text must stay quiet and the chrome must be boilerplate. The fixes are tested on lines, pages and sentences
written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_flags

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN39 = Path(__file__).resolve().parents[1] / "data" / "clean39"
DOCS = sorted(p for p in CLEAN39.iterdir() if p.suffix in {".txt", ".html"})
FUND = CLEAN39 / "01_quy_mo_bao_cao_thang.txt"
# left (tests/data/clean39/README.md): a fund's facts box and its signature, a promotion banner, a match-facts box
CHROME_LEFT = {
    "Thông tin quỹ",
    "Giá trị tài sản ròng: 1.284,6 tỷ đồng",
    "Ngày thành lập: 15/03/2019",
    "Phí quản lý: 1,75%/năm – Phí mua: 0%",
    "Ngân hàng giám sát: Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)",
    "Ban điều hành Quỹ APT-EQ",
    "ƯU ĐÃI THÁNG 12: Giảm 20% học phí khóa Luyện đề THPT 2027 cho học viên đăng ký trước 15/12",
    "Thép Xanh Nam Định 2-1 Công an Hà Nội",
    "Lucas Almeida 52', Văn Vĩ 88' – Quang Hải 19'",
}
# the one finding (README): the gazetteer ends Nguyễn Thị Hồng's term as Governor in April 2026 (one source), and the
# report, dated November 2026, names her as the current Governor: by the project's reference data a true finding
FORMER_GOVERNOR = ("N103", "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng")
# after round 21's N103 change (adversary73: a successor named more than three months after the hand-over no longer
# excuses the former holder), the exam-prep page dated November 2026 names the Education Minister whose row ends in
# February 2026: by the gazetteer, as the Governor above, a true finding of the text
EXAM_PREP = CLEAN39 / "04_trung_tam_luyen_thi_diem_thi.txt"
FORMER_MINISTER = ("N103", "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn")


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 4


@pytest.mark.parametrize("path", [p for p in DOCS if p not in (FUND, EXAM_PREP)], ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_the_fund_report_names_a_governor_the_gazetteer_ends_before_its_date() -> None:
    assert [(f.rule, f.text) for _, f in findings_of(FUND)] == [FORMER_GOVERNOR]


def test_the_exam_prep_page_names_a_minister_the_gazetteer_ends_before_its_date() -> None:
    assert [(f.rule, f.text) for _, f in findings_of(EXAM_PREP)] == [FORMER_MINISTER]


def test_no_other_finding() -> None:
    found = [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)]
    assert found == [
        f"{FUND.name}: {FORMER_GOVERNOR[0]} {FORMER_GOVERNOR[1]!r}",
        f"{EXAM_PREP.name}: {FORMER_MINISTER[0]} {FORMER_MINISTER[1]!r}",
    ]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, CHROME_LEFT)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT)


# --- an ASP.NET page's form around the whole page, SharePoint's title row and menus (10) ---------------------------

WEBFORMS = """<html><head><title>Sở Tài chính hướng dẫn quyết toán ngân sách năm 2026</title></head><body>
<form name="Form" method="post" action="/Default.aspx?tabid=120&amp;ArticleID=5512" id="Form">
<div class="titlerow"><h1>SỞ TÀI CHÍNH TỈNH QUẢNG TRỊ</h1></div>
<div class="topnav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin hoạt động</a></li></ul></div>
<div class="ms-rtestate-field"><h2>Sở Tài chính hướng dẫn quyết toán ngân sách năm 2026</h2>
<p>Các đơn vị dự toán cấp tỉnh phải gửi báo cáo quyết toán trước ngày 31/3/2027, kèm thuyết minh chi tiết từng
khoản chi thường xuyên và chi đầu tư.</p></div>
<div class="sidenav"><ul><li><a href="/lien-ket">Liên kết website</a></li></ul></div>
</form></body></html>
"""


def test_a_webforms_page_form_holds_the_article(tmp_path: Path) -> None:
    """Written outside the set: a DotNetNuke-style page (the form's action an .aspx page), another department, story
    and menus; the site's name in an h1 of its title row stays chrome, the h2 the title holds is the headline."""
    flags = page_flags(tmp_path, WEBFORMS)
    assert flags["Sở Tài chính hướng dẫn quyết to"] is False and flags["Các đơn vị dự toán cấp tỉnh ph"] is False
    assert flags["SỞ TÀI CHÍNH TỈNH QUẢNG TRỊ"] is True
    assert flags["Trang chủ"] is True and flags["Liên kết website"] is True


def test_a_comment_form_stays_chrome(tmp_path: Path) -> None:
    """A form that posts elsewhere (comments, newsletter) still makes its text chrome."""
    html = """<html><body><article><h1>Giá lúa Đồng Tháp tăng nhẹ trong tuần</h1><p>Giá lúa tươi tại Đồng Tháp
tăng 200 đồng/kg so với tuần trước, thương lái thu mua mạnh cho vụ đông xuân.</p></article>
<form action="/binh-luan.php" method="post"><p>Bạn đọc vui lòng viết bình luận bằng tiếng Việt có dấu, không quá 500
ký tự mỗi lần gửi.</p><button>Gửi</button></form></body></html>"""
    flags = page_flags(tmp_path, html)
    assert flags["Giá lúa tươi tại Đồng Tháp tăn"] is False
    assert flags["Bạn đọc vui lòng viết bình luậ"] is True


def test_a_site_name_h1_the_title_holds_stays_the_headline(tmp_path: Path) -> None:
    """An h1 in a header that the page's title holds is still the headline, even with an h2 below it."""
    html = """<html><head><title>Hội An đón khách quốc tế dịp cuối năm - Báo Quảng Nam</title></head><body>
<header><h1>Hội An đón khách quốc tế dịp cuối năm</h1></header><main><h2>Lượng khách tăng mạnh từ Hàn Quốc</h2>
<p>Thành phố dự kiến đón hơn 400.000 lượt khách trong tháng 12, tăng 15% so với cùng kỳ năm trước.</p></main>
</body></html>"""
    flags = page_flags(tmp_path, html)
    assert flags["Hội An đón khách quốc tế dịp c"] is False and flags["Thành phố dự kiến đón hơn 400."] is False


# --- 'Nội dung chính' over a paragraph, and over a table of contents (06) -------------------------------------------


def test_a_summary_heading_over_its_paragraph_is_article() -> None:
    """Written outside the set: another programme and summary."""
    lines = [
        "CHUYỆN NHÀ NÔNG | Phát sóng 18:30 thứ Năm hằng tuần",
        "",
        "Tập 12: Nuôi tôm sinh thái dưới tán rừng ngập mặn",
        "Nội dung chính",
        "Tập phim đưa khán giả đến Cà Mau, nơi các hộ dân nuôi tôm dưới tán rừng đước mà không dùng thức ăn công"
        " nghiệp, giữ được rừng và có thu nhập ổn định hơn mô hình nuôi thâm canh.",
        "Người dân cho biết mỗi hecta rừng tôm mang lại khoảng 80 triệu đồng mỗi năm.",
    ]
    kinds = classify_lines(lines)
    assert kinds[0] is not None and kinds[3] is None and kinds[4] is None


def test_a_contents_heading_over_its_list_stays_chrome() -> None:
    lines = [
        "Cách chọn máy lọc nước cho gia đình",
        "Nội dung chính",
        "1. Vì sao cần máy lọc nước",
        "2. Các công nghệ lọc phổ biến",
        "3. Nên mua máy giá bao nhiêu",
        "",
        "Nước máy ở nhiều khu dân cư vẫn còn cặn và mùi clo, vì vậy nhiều gia đình chọn mua máy lọc nước.",
    ]
    assert classify_lines(lines)[1] is not None


# --- chrome of the text pages (01, 03, 04, 05, 06) ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Cập nhật lúc 7h15 28/11 | Thực hiện: Ban Thể thao",
        "Kết quả vòng 12: Hải Phòng 1-0 SLNA · Bình Dương 2-2 Quảng Nam",
        "Lịch thi đấu ngày 30/11",
        "20:30 – Thể Công Viettel vs Hà Tĩnh (V.League, TV360)",
        "Tải bản tin (PDF, 2,1 MB) | Lưu trữ | Đăng ký nhận",
        "Khuyến cáo: Lợi nhuận trong quá khứ không phải là cơ sở bảo đảm cho lợi nhuận trong tương lai.",
        "Tin tức và sự kiện",
        "Chi nhánh: 5 Trần Phú, Nha Trang · 40 Hùng Vương, Huế",
        "Số điện thoại liên hệ",
        "Gửi thông tin",
        "NÔNG NGHIỆP XANH | Phát sóng 6:45 Chủ nhật hằng tuần trên VTV2",
        "Bảng giá ngày 28/11: VESAF 31.205,10 đ | VEOF 38.911,44 đ",
    ],
)
def test_text_page_chrome_lines(line: str) -> None:
    """Written outside the set: other editors, matches, channels, funds, branches and programmes."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Cập nhật 06:30 sáng nay, mực nước sông Hồng tại Hà Nội đạt 3,2 m.",
        "Kết quả nhanh cho thấy 3 trong 10 mẫu có chất cấm.",
        "Lịch thi đấu dày đặc khiến các cầu thủ mệt mỏi.",
        "19:15 – Hà Nội FC vs Công an Hà Nội, hai đội bước ra sân trong tiếng reo hò.",
        "Tải báo cáo này về máy, nhà đầu tư sẽ thấy quỹ giảm 3% trong quý.",
        "Kết quả trong quá khứ cho thấy cổ phiếu này tăng mạnh vào quý IV.",
        "Tin tức về sự kiện được đăng trên trang của Bộ.",
        "Họ và tên học sinh được ghi trên giấy báo dự thi.",
        "Phát sóng 20:00 thứ Bảy hằng tuần, chương trình đã thu hút hàng triệu khán giả.",
        "Giá cổ phiếu FPT tăng 1,5% lên 128.500 đồng trong phiên sáng.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


def test_a_footer_line_and_a_share_row_are_no_table() -> None:
    """Two pipe-split lines of three cells, a footer's branches and a share row, are no table of the article; a
    table of figures still is."""
    lines = [
        "Hội chợ việc làm thu hút 3.000 sinh viên, với hơn 120 doanh nghiệp tham gia tuyển dụng trực tiếp.",
        "",
        "Các cơ sở: 10 Phan Chu Trinh, Huế | 22 Nguyễn Huệ, Quy Nhơn | 5 Lê Lợi, Vinh",
        "Chia sẻ: Facebook | Zalo | Sao chép liên kết",
    ]
    kinds = classify_lines(lines)
    assert kinds[0] is None and kinds[2] is not None and kinds[3] is not None
    table = [
        "Kết quả tuyển sinh các năm:",
        "Năm | Chỉ tiêu | Điểm chuẩn",
        "2025 | 4.500 | 27,0",
        "2026 | 4.500 | 27,5",
        "Trường sẽ công bố điểm chuẩn năm 2027 vào cuối tháng 8, sau khi có kết quả thi.",
    ]
    assert classify_lines(table)[1:4] == [None, None, None]
