"""The clean24 set (tests/data/clean24): ten human-written news pages of other beats than clean23's, copied as plain
text with their chrome (a provincial department's portal, an economic-zone authority, a securities firm's research
page, a heritage site's board, a city's culture-tourism portal, a football club's site, a university's international
office, a provincial hospital, a procuracy, a ward's portal), every line annotated chrome or article. Clean text must
stay quiet and the chrome must be boilerplate. The fixes are tested on lines and pages written outside the set, both
ways: what they now read as chrome, and what must stay article text."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN24 = Path(__file__).resolve().parents[1] / "data" / "clean24"
DOCS = sorted(CLEAN24.glob("*.txt"))
# findings that may stand: none. Blind, T301 flagged the given name 'Hoà' of 'Kiểm sát viên Lường Thị Hoà' in a page
# that writes 'hòa'; clean23's name check, merged after this set was written, leaves a person's name as its bearer
# spells it (tests/data/clean24/README.md)
ALLOWED: set[tuple[str, str, str]] = set()
# chrome lines left as the reader reads them: a unit's byline under a caption, a section label above the headline, a
# scoreboard strip whose score item runs past a menu item's length, and a line-up box under its heading
CHROME_LEFT = {
    "Phòng Quản lý đầu tư",
    "Tin câu lạc bộ",
    "V.League 1 – Vòng 11 | Thanh Hóa 2 – 1 SHB Đà Nẵng | Sân Thanh Hóa",
    "Đội hình xuất phát",
    "Lò Văn Ỏn; Trịnh Văn Lợi, Lê Văn Thuận, Nguyễn Thanh Long; Đoàn Ngọc Hà, Lâm Ti Phông, A Mít; Wellington Souza",
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)


def test_no_finding_but_the_allowed() -> None:
    found = {(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)}
    assert found <= ALLOWED


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert [w for w in chrome_misclassified(path) if not any(f"{t[:40]!r}"[:-1] in w for t in CHROME_LEFT)] == []


# --- a portal's letterhead in capitals over its menu -------------------------------------------------------------

PORTAL = """Lịch tiếp công dân: Thứ Năm hằng tuần | Hỏi đáp trực tuyến
SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NGHỆ AN
Giới thiệu
Thông báo
Cải cách hành chính giáo dục
Tuyển sinh
Nghệ An công bố kế hoạch thi tuyển sinh lớp 10 năm học 2027-2028
Sở Giáo dục và Đào tạo vừa ban hành kế hoạch thi tuyển sinh vào lớp 10 với ba môn thi bắt buộc.
Kỳ thi dự kiến diễn ra trong hai ngày đầu tháng 6 tại 120 điểm thi trên toàn tỉnh."""


def test_an_office_letterhead_over_its_menu_is_chrome() -> None:
    """A department's letterhead (not in the set), a bar above it, and menu items none of which is a news site's
    section, one of six words: the site's head; the headline and the text stay article."""
    lines = PORTAL.split("\n")
    kinds = classify_lines(lines)
    assert all(kinds[i] is not None for i in range(6)), kinds
    assert kinds[6:] == [None, None, None]


def test_a_letterhead_of_six_words_may_open_the_menu_run() -> None:
    """A letterhead short enough to be read as the run's first item ('HỘI NÔNG DÂN TỈNH …', a probe's shape, here
    another body): the items under it are still its menu."""
    lines = ["LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ", "Giới thiệu", "Tin hoạt động", "Chính sách", "Hỏi đáp",
             "Công đoàn Quảng Trị trao 500 suất quà Tết cho công nhân khó khăn",
             "Liên đoàn Lao động tỉnh vừa trao 500 suất quà cho công nhân khó khăn tại ba khu công nghiệp.",
             "Mỗi suất quà trị giá một triệu đồng, gồm tiền mặt và nhu yếu phẩm."]  # fmt: skip
    kinds = classify_lines(lines)
    assert all(kinds[i] is not None for i in range(5)) and kinds[5:] == [None] * 3


@pytest.mark.parametrize(
    "head",
    [
        # a recipe's title in capitals over its ingredients: not an office's name
        "CANH CHUA CÁ LÓC MIỀN TÂY\n500 g cá lóc\n2 quả cà chua\n1 khúc bạc hà\nMột nắm giá đỗ",
        # a poem's title in capitals over its short lines
        "BÀI THƠ VỀ MẸ VÀ QUÊ HƯƠNG\nMẹ ngồi bên bếp lửa\nTóc mẹ bạc như sương\nCon đi xa nhớ mẹ\n"
        "Nhớ cả khói quê hương",
        # an office's name over lines too long for a menu (a list of the article)
        "SỞ Y TẾ TỈNH HÀ TĨNH THÔNG BÁO\nTiêm vắc xin sởi cho trẻ từ chín tháng\n"
        "Khám sàng lọc bệnh tim bẩm sinh miễn phí\nTư vấn dinh dưỡng cho bà mẹ đang mang thai\n"
        "Phát thuốc tẩy giun cho học sinh tiểu học",
    ],
)
def test_other_capitals_over_short_lines_stay_article(head: str) -> None:
    lines = [*head.split("\n"), "Người dân có thể đăng ký trước qua trang thông tin của trạm y tế xã từ ngày mai."]
    assert classify_lines(lines)[1:5] == [None] * 4


# --- a ticker strip between '|' ----------------------------------------------------------------------------------


def test_a_ticker_strip_is_chrome_and_a_price_table_stays() -> None:
    strip = "Vàng SJC 148,5 ▲ 0,5 | USD 26.350 ▼ 10 | Xăng RON95 21.050 ▲ 120 | Dầu Brent 64,2 ▼ 0,8"
    page = ["Đăng nhập | Đăng ký | Liên hệ", strip, "Giá vàng tăng phiên thứ ba liên tiếp",
            "Giá vàng miếng trong nước sáng nay tăng thêm 500.000 đồng mỗi lượng so với cuối tuần trước.",
            "Mã | Giá | Thay đổi", "SJC | 148,5 | ▲ 0,5", "PNJ | 146,2 | ▲ 0,3",
            "Các doanh nghiệp cho biết nhu cầu mua vàng tích trữ tăng mạnh trước dịp cuối năm."]  # fmt: skip
    kinds = classify_lines(page)
    assert kinds[1] == "navigation" and kinds[0] == "navigation"
    assert kinds[2:] == [None] * 6


# --- one-line chrome (references/boilerplate.tsv, rows marked clean24) --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Tải tài liệu (DOCX, 240 KB)",
        "Các nhận định khác",
        "Miễn trừ trách nhiệm: Thông tin trong bản tin chỉ mang tính tham khảo, không phải lời khuyên đầu tư.",
        "Hotline: 0909 123 456 (24/7)",
        "Tổng đài chăm sóc khách hàng: 1800 5588 (miễn phí, 7:00 - 21:00)",
        "Ban Biên tập – 12/3/2027",
        "Nhóm Phân tích Vĩ mô - 05/01/2027 08:30",
        "Tin và ảnh: Hoàng Lan",
        "PGS.TS Nguyễn Văn Bình – Khoa Dược lý",
        "BS. Lê Thu Trang, Khoa Nhi",
        "Trận tiếp theo: Hà Nội – Nam Định, 19:15 ngày 6/12",
        "Giấy phép hoạt động số 77/BYT-GPHĐ cấp ngày 10/5/2019.",
        "Ngày đăng: 3/12/2026 - 07:45",
        "Tập tin đính kèm:",
        "Liên hệ quảng cáo: quangcao@baoxanh.vn",
    ],
)
def test_chrome_lines_of_such_sites(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Tải báo cáo tài chính quý III lên website trước ngày 30/10.",
        "Khuyến cáo: người dân nên tiêm vắc xin cúm trước mùa đông.",
        "Phiên họp thứ 12 – 12/3/2027",
        "Tin nhắn: Anh sẽ đến lúc 8 giờ.",
        "TS. Lê Văn An – Phó Viện trưởng cho biết kết quả rất khả quan.",
        "Trận tiếp theo, đội sẽ làm khách trên sân Thiên Trường.",
        "Giấy phép xây dựng của dự án đã được cấp từ năm 2024.",
        "Email: press@lumina.vn",
        "Văn bản đính kèm quyết định đã được gửi tới các sở, ngành.",
    ],
)
def test_article_lines_like_them_stay(line: str) -> None:
    assert classify_line(line)[0] is None


# --- N102: a Chinese monarch by dynasty and title is no transcription --------------------------------------------


@pytest.mark.parametrize("name", ["Đường Đức Tông", "Đường Mục Tông", "Đường Hy Tông", "Đường Ai Đế"])
def test_a_tang_emperor_is_quiet(name: str) -> None:
    """The probe that motivated it wrote 'Đường Thái Tông' (唐太宗); these are other Tang emperors, in a sentence of
    their own (each flagged before the fix)."""
    assert audit_text(f"Các nhà Nho đời sau thường bàn về chính sự thời {name} trong sách sử.", select=["N102"]) == []


@pytest.mark.parametrize("text", ["Tổng thống Mỹ Đường Nạp Đức phát biểu tại Nhà Trắng.", "Ông Tạp Lạc Tư đã tới."])
def test_a_transcription_opening_on_a_dynasty_still_fires(text: str) -> None:
    """'Đường Nạp Đức' (唐纳德 Donald) opens on the dynasty's syllable but closes on no title."""
    assert [f.rule for f in audit_text(text, select=["N102"])] == ["N102"]
