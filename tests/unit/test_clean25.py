"""The clean25 set (tests/data/clean25): ten human-written news pages dense in names, titles, countries and numbers,
copied as plain text with their chrome (a ministry spokesperson's briefing, an article saved through a Markdown
clipper, a trade magazine, a sports daily, a news-reader app, a Zalo Official Account post, a newspaper's e-paper
page, a weekly's interview, a podcast page with its transcript, a race organiser's results page), every line
annotated chrome or article. Clean text must stay quiet and the chrome must be boilerplate. The fixes are tested on
sentences and pages written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN25 = Path(__file__).resolve().parents[1] / "data" / "clean25"
DOCS = sorted(CLEAN25.glob("*.txt"))


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)


def test_no_finding() -> None:
    assert [(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)] == []


# --- N103: a deadline after the page's dateline is not the text's date --------------------------------------------


def _page(byline: str, body: str) -> str:
    return "\n".join(["BÁO TÀI CHÍNH ĐẦU TƯ", "Thời sự | Tài chính | Ngân hàng | Chứng khoán", "TÀI CHÍNH",
                      "Ngân sách năm sau ưu tiên hạ tầng và an sinh xã hội", byline, body])  # fmt: skip


DEADLINE_BODY = (
    "Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết dự toán ngân sách đã được trình Quốc hội. Theo dự thảo, mức thuế "
    "suất mới sẽ có hiệu lực từ ngày 1/7/2025 đối với các mặt hàng tiêu dùng đặc biệt."
)


def test_a_deadline_after_the_byline_date_does_not_date_the_text() -> None:
    """A byline in the page's chrome dates the story to 10/2024; the only later date is a deadline ('có hiệu lực từ
    ngày 1/7/2025'): the minister named (not in the set; he left in 11/2024) was in office then."""
    text = _page("Minh Châu | 09:15 | 15/10/2024", DEADLINE_BODY)
    assert audit_text(text, select=["N103"]) == []


@pytest.mark.parametrize(
    "byline, body",
    [
        # the byline itself is after his tenure
        ("Minh Châu | 09:15 | 15/10/2026", DEADLINE_BODY),
        # the later date is the day of an event, written plainly, not a deadline
        (
            "Minh Châu | 09:15 | 15/10/2024",
            "Ngày 10/3/2026, Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết dự toán ngân sách đã được trình Quốc hội.",
        ),
    ],
)
def test_a_former_holder_in_a_later_story_still_fires(byline: str, body: str) -> None:
    assert [f.rule for f in audit_text(_page(byline, body), select=["N103"])] == ["N103"]


# --- the pages' lines ------------------------------------------------------------------------------------------

# chrome lines left as the reader reads them: a masthead in capitals without a publication's word, a section label
# above the headline, a score ticker, an app's name with its tagline, an account's name, an event's name in English
# capitals (each has a headline's shape); and one line annotated article that reads as a photo credit
CHROME_LEFT = {
    "THỂ THAO NGÀY NAY",
    "LIVE Kết quả 22/11: Hà Nội 2-0 Nam Định | Thép Xanh Nam Định 1-1 Công an Hà Nội | HAGL 0-0 SLNA",
    "Bóng bàn",
    "TinGọn – Đọc tin nhanh",
    "Tin tức Xứ Lạng",
    "CHÂN DUNG – ĐỐI THOẠI",
    "HALONG BAY HERITAGE MARATHON 2025",
    "Tin từ Ban tổ chức",
}
ARTICLE_LEFT = {"Nguồn: Cục Hải quan; tổng hợp của Tạp chí."}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    left = [t[:30] for t in CHROME_LEFT | ARTICLE_LEFT]
    assert [w for w in chrome_misclassified(path) if not any(t in w for t in left)] == []


# --- a page saved through a Markdown clipper ------------------------------------------------------------------

MARKDOWN_PAGE = """[Trang chủ](/) / [Kinh tế](/kinh-te) / [Thị trường](/kinh-te/thi-truong)
# Giá lúa gạo xuất khẩu tăng mạnh trong tháng 11
Lan Phương · 12/11/2026, 08:30 (GMT+7)
**(TTKT) – Giá gạo 5% tấm của Việt Nam tăng lên 420 USD/tấn, cao nhất kể từ đầu năm.**
![Cảng Cần Thơ](https://cdn.example.vn/gao.jpg)
| Bốc xếp gạo tại cảng Cần Thơ. (Ảnh: Hữu Phước) |
Các doanh nghiệp cho biết nhu cầu từ Philippines và Indonesia tăng trở lại sau mùa mưa bão.
## Giá một số loại gạo
| Loại gạo | Giá (USD/tấn) |
|---|---|
| 5% tấm | 420 |
| 25% tấm | 395 |
| Jasmine | 560 |
Hiệp hội Lương thực dự báo giá sẽ ổn định đến hết quý I năm sau.
**Đọc thêm:** [Xuất khẩu gạo 10 tháng đạt 7,1 triệu tấn](/kinh-te/xuat-khau-gao)
Chia sẻ: [Facebook](https://facebook.com/sharer) · [Zalo](https://zalo.me/share)
### Tin liên quan
- [Giá cà phê giảm phiên thứ ba](/kinh-te/ca-phe) · 11/11/2026
- [Thủy sản sang Nhật tăng 12%](/kinh-te/thuy-san) · 10/11/2026"""


def test_markdown_links_headings_and_table_rows() -> None:
    """A page of another beat saved as Markdown (not in the set): its link breadcrumb, 'read more' link, share links
    and related list are chrome; its '#' headline, '##' heading, bold lead and table rows of two cells are article,
    and a caption between bars stays an image's."""
    kinds = classify_lines(MARKDOWN_PAGE.split("\n"))
    lines = MARKDOWN_PAGE.split("\n")
    article = [lines[i] for i, k in enumerate(kinds) if k is None]
    assert article == [lines[1], lines[3], lines[6], lines[7], lines[8], lines[10], lines[11], lines[12], lines[13]]


@pytest.mark.parametrize(
    "line",
    [
        "# Tin liên quan đến vụ cháy chợ được cập nhật liên tục trong ngày",
        "Theo [Reuters](https://reuters.com), giá dầu Brent tăng 2% trong phiên hôm qua.",
        "**Ông Nguyễn Văn Hải:** Chúng tôi đã chuẩn bị kỹ cho mùa vụ tới.",
    ],
)
def test_markdown_article_lines_stay_article(line: str) -> None:
    assert classify_line(line) == (None, False)


# --- a page copied with a blank line between all its lines --------------------------------------------------


def test_a_double_spaced_page_keeps_its_menu() -> None:
    """A portal copied with a blank line after every line (not in the set): its letterhead and menu items are
    still the site's head; the same lines with a paragraph break only between two blocks keep their reading."""
    lines = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Thủ tục hành chính",
             "Lấy ý kiến dự thảo", "Quảng Trị khởi công đường ven biển đoạn qua Vĩnh Linh",
             "Sáng 10/11, UBND tỉnh khởi công dự án đường ven biển dài 23 km qua huyện Vĩnh Linh cũ.",
             "Tổng vốn đầu tư khoảng 1.500 tỷ đồng, dự kiến hoàn thành năm 2028."]  # fmt: skip
    spaced = [x for line in lines for x in (line, "")]
    kinds = classify_lines(spaced)[::2]
    assert all(k is not None for k in kinds[:6]) and kinds[6:] == [None] * 3


# --- chrome rows ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Bạn còn 3 bài viết miễn phí trong tuần này.",
        "Đăng ký gói thành viên để đọc không giới hạn.",
        "« Trang 2 | Trang 3 – KINH TẾ | Trang 4 »",
        "Đặt báo giấy: gọi 1800 xxxx hoặc đến bưu cục gần nhất",
        "Ấn bản số chỉ dành cho thuê bao đã đăng nhập.",
        "Bài đã in trên báo Nhân Dân cuối tuần số 46, ngày 16/11/2026",
        "Thuộc loạt bài: Những làng nghề ven sông Đáy (Kỳ 2/4)",
        "Kỳ sau: Làng chiếu Hới giữ nghề",
        "Đọc bài gốc tại Báo Điện tử Quảng Bình",
        "Bình chọn: Đội nào vô địch V.League mùa này? Hà Nội 41% | Nam Định 38% | CAHN 21%",
        "Transcript đầy đủ:",
        "Thích podcast này? Hãy theo dõi chúng tôi trên Spotify.",
        "Ủng hộ tòa soạn: chuyển khoản qua số tài khoản trong mô tả",
        "Bài viết không phải là lời khuyên đầu tư.",
        "Zalo OA",
        "Đã xác thực · 12,4k người theo dõi",
        "Tải app Báo Mới để đọc tin không quảng cáo.",
        "Tra cứu điểm thi theo số báo danh",
        "Tải chứng chỉ hoàn thành (PDF)",
    ],
)
def test_page_chrome_rows(line: str) -> None:
    """Chrome lines of the kinds the set showed, in other words (not in the set)."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Bạn đọc còn 3 ngày để gửi ý kiến về dự thảo luật.",
        "Trang 12 của báo cáo nêu rõ nguyên nhân sự cố.",
        "Kỳ trước, Hội đồng nhân dân tỉnh đã thông qua 14 nghị quyết về đầu tư công.",
        "Bình chọn năm nay thu hút 1,2 triệu lượt tham gia, tăng 30% so với năm trước.",
        "Ông Hải cho biết việc tra cứu thông tin đất đai nay có thể làm trực tuyến trên cổng dịch vụ công.",
        "Các chuyên gia khuyến nghị nhà đầu tư không nên vay ký quỹ quá 50% tài sản.",
        "Trang trại của ông hiện có 3.000 người theo dõi trên mạng xã hội và bán hàng trực tuyến mỗi ngày.",
    ],
)
def test_article_sentences_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


# --- a podcast's chapter list -----------------------------------------------------------------------------


def test_a_chapter_list_is_chrome_and_a_live_report_stays() -> None:
    """A video page's chapters (not in the set) from 0:00, times rising, are chrome; a live report's entries with
    times end sentences and stay article, as do times that do not start from zero."""
    chapters = ["Video: Toàn cảnh lễ khai mạc", "0:00 Mở đầu", "1:12 Màn trình diễn trống hội", "5:40 Diễu hành",
                "12:05 Phát biểu khai mạc",
                "Lễ khai mạc diễn ra trong 90 phút trước khoảng 20.000 khán giả."]  # fmt: skip
    kinds = classify_lines(chapters)
    assert all(k is not None for k in kinds[1:5]) and kinds[5] is None
    live = ["Trực tiếp giải chạy", "00:00 Các vận động viên tập trung tại vạch xuất phát.",
            "00:30 Súng lệnh vang lên, hơn 5.000 người bắt đầu cuộc đua.", "01:10 Nhóm dẫn đầu đã qua km thứ 15.",
            "Ban tổ chức bố trí 20 trạm tiếp nước dọc đường chạy."]  # fmt: skip
    assert classify_lines(live)[1:4] == [None] * 3
    times = ["06:30 Khai mạc", "07:15 Diễu hành", "08:00 Thi đấu", "Chương trình kết thúc lúc 11 giờ."]
    assert classify_lines(times)[:3] == [None] * 3


# --- N109: a Korean's Hán-Việt name glossing the romanised one (a probe) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tiền đạo Son Heung-min (Tôn Hưng Mẫn) ghi bàn cho đội tuyển Hàn Quốc.",
        "Tiền đạo Tôn Hưng Mẫn (Son Heung-min) ghi bàn cho đội tuyển Hàn Quốc.",
    ],
)
def test_a_hanviet_gloss_beside_the_romanised_name_is_quiet(text: str) -> None:
    """A history piece's 'Park Chung-hee (Phác Chính Hy)' (a probe) in another person's name: the press glosses a
    Korean's romanised name with its Hán-Việt form, either way round."""
    assert audit_text(text, select=["N109"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tiền đạo Tôn Hưng Mẫn ghi bàn cho đội tuyển Hàn Quốc.",
        "Tiền đạo Tôn Hưng Mẫn (Tottenham Hotspur) ghi bàn cho đội tuyển Hàn Quốc.",
    ],
)
def test_the_hanviet_name_alone_or_beside_a_club_still_fires(text: str) -> None:
    assert [f.rule for f in audit_text(text, select=["N109"])] == ["N109"]
