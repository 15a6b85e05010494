"""The clean27 set (tests/data/clean27): ten human-written news pages dense in names, titles, countries and numbers,
copied as plain text with their chrome (an association's e-paper, an RSS reader, a TV station's video page, a news
aggregator app, a sports weekly's e-magazine, a youth union's paper, a health department's portal, a web cache copy,
an Australian broadcaster's Vietnamese service, an exchange-rate site), every line annotated chrome or article.
Clean text must stay quiet and the chrome must be boilerplate. The fixes are tested on names, sentences and lines
written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line

CLEAN27 = Path(__file__).resolve().parents[1] / "data" / "clean27"
DOCS = sorted(CLEAN27.glob("*.txt"))


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)


def test_no_finding() -> None:
    assert [(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)] == []


# --- the pages' lines ------------------------------------------------------------------------------------------

# chrome lines left as the reader reads them (each has a headline's shape): a feed reader's other items, an app's
# slogan, a paper's name in capitals without 'BÁO', a section path joined by a dash, a site named by its topic
CHROME_LEFT = {
    "Giá lúa đông xuân tăng nhẹ, nông dân Diễn Châu phấn khởi",
    "Hà Tĩnh: Sáp nhập trường học, phụ huynh lo đường xa",
    "Tin Nhanh 24h – Đọc báo theo cách của bạn",
    "QUÂN ĐỘI THỦ ĐÔ ĐIỆN TỬ",
    "Quốc tế – Quân sự thế giới",
    "TỶ GIÁ & GIÁ VÀNG HÔM NAY",
}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    left = [t[:30] for t in CHROME_LEFT]
    assert [w for w in chrome_misclassified(path) if not any(t in w for t in left)] == []


# --- T201: a country's name glossed with its other spelling in brackets --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hội chợ có gian hàng của Tan-da-ni-a (Tanzania) và Ma-đa-gát-xca (Madagascar).",
        "Khách mời đến từ Tanzania (Tan-da-ni-a) và Kenya.",
        "Đoàn U-crai-na (Ukraine) và đoàn Ca-dắc-xtan (Kazakhstan) dự hội thảo ở Hà Nội.",
    ],
)
def test_a_country_glossed_with_its_other_spelling_is_quiet(text: str) -> None:
    """Countries not in the set, each written once in the hyphenated Vietnamese spelling with its Latin name in
    brackets (or the other way round): the gloss gives the reader both forms on purpose."""
    assert audit_text(text, select=["T201"]) == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        # the gloss is not a use, but the later unglossed uses are
        ("Đoàn Bê-la-rút (Belarus) đến Hà Nội.\nBelarus ký hiệp định; Belarus cam kết hỗ trợ.", ["Bê-la-rút"]),
        # no brackets: two spellings side by side
        (
            "Việt Nam và Kazakhstan hợp tác.\nSinh viên sang Ca-dắc-xtan học tập; Kazakhstan cấp học bổng.",
            ["Ca-dắc-xtan"],
        ),
        (
            "Việt Nam và Tanzania ký hiệp định.\nTanzania cam kết hỗ trợ; kỹ sư Việt Nam làm việc tại Tan-da-ni-a.",
            ["Tan-da-ni-a"],
        ),
        # a spelling used before its gloss appears
        ("Đoàn Bê-la-rút và đoàn Belarus (Bê-la-rút) gặp nhau.", ["Bê-la-rút"]),
    ],
)
def test_two_spellings_without_a_gloss_still_fire(text: str, flagged: list[str]) -> None:
    assert [f.text for f in audit_text(text, select=["T201"])] == flagged


# --- chrome rows ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Vui lòng đăng nhập để bình luận. Đăng nhập / Đăng ký",
        "Theo dõi chúng tôi trên Zalo, TikTok và YouTube",
        "Báo Người Lao Động – Cơ quan ngôn luận của Thành ủy TP Hồ Chí Minh",
        "Tuần san Du lịch – Một ấn phẩm của Báo Văn hóa",
        "🔊 Nghe bài viết (3 phút 20 giây)",
        "Nhập bình luận của bạn… Gửi",
        "Cuộn xuống để xem tiếp ⬇",
        "Đọc bài gốc trên vnexpress.net",
        "Xem tin gốc tại tuoitre.vn ›",
        "Các tin đã đưa",
        "Bài đã đăng:",
        "Xem các kỳ khác",
        "Thông tin này có hữu ích không? 👍 12 👎 0",
        "Đăng ngày 3 tháng 12 năm 2025 lúc 8:15pm",
        "Cập nhật ngày Chủ nhật 7 tháng 12 năm 2025 lúc 10:02 · Cập nhật lúc 11:40",
        "Đây là bộ nhớ cache của Google của https://dantri.com.vn/the-gioi/abc.htm. Đây là ảnh chụp nhanh của trang "
        "vì nó đã xuất hiện vào 3 thg 12, 2025.",
        "Phiên bản đầy đủ | Phiên bản chỉ có văn bản | Xem nguồn",
        "PHÁT THANH VĂN HÓA VIỆT – BAN TIẾNG VIỆT",
        "TRUYỀN HÌNH NÔNG NGHIỆP – VTC16",
    ],
)
def test_page_chrome_rows(line: str) -> None:
    """Chrome lines of the kinds the set showed, in other words (not in the set)."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Bạn cần đăng nhập để gửi hồ sơ, sau đó chờ xét duyệt trong ba ngày.",
        "Theo dõi diễn biến trên Facebook, nhiều người bày tỏ lo ngại.",
        "Cơ quan của tỉnh đã vào cuộc và yêu cầu xử lý nghiêm vụ việc.",
        "Tạp chí là một ấn phẩm của Hội Nhà văn, ra đời năm 1957.",
        "Nghe bài hát này, nhiều khán giả đã khóc.",
        "Các tin đã đăng tải trên mạng xã hội đều sai sự thật.",
        "Bài đã đăng trên báo Nhân Dân số ra ngày 3/2.",
        "Đọc các số liệu khác nhau, chuyên gia đưa ra nhận định trái chiều.",
        "Đăng ngày 3 tháng 12 năm 2025, thông báo yêu cầu các hộ dân di dời.",
        "Đây là bản lưu của trang https://abc.vn mà cảnh sát thu giữ, theo điều tra viên.",
        "Phiên bản đầy đủ của bộ phim sẽ ra mắt vào tháng 12.",
        "PHÁT THANH VIÊN TRẺ TỎA SÁNG TẠI LIÊN HOAN",
        "TRUYỀN HÌNH SỐ PHỦ SÓNG TOÀN QUỐC",
        "Xem nguồn gốc của loài cây này, các nhà khoa học bất ngờ.",
    ],
)
def test_article_sentences_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None
