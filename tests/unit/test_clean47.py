"""The clean47 set (tests/data/clean47): eight human-written Vietnamese pages on adversary83's and adversary84's beats
(land prices and an auction, social housing, the fake milk case and school food poisoning, drink-driving fines, a UAE
minister and halal exports, a Hungarian minister's visit and a pharmaceutical deal, remittances from the Vietnamese
abroad), five copied as text (an auction company's portal, a traffic-fine lookup site, a supermarket chain's notice, a
money-transfer operator's page, a company intranet) and three saved as HTML (Hexo NexT, Wagtail, Umbraco). Every
line annotated; clean text must stay quiet and the chrome must be boilerplate. The fixes are tested on markup, lines
and sentences written outside the set, both ways."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, page_flags, score_lines

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line
from audit.rules.names.text_months import written_months

CLEAN47 = Path(__file__).resolve().parents[1] / "data" / "clean47"
DOCS = sorted(p for p in CLEAN47.iterdir() if p.suffix in {".txt", ".html"})

# chrome the set's README leaves read as article (the reasons are there)
CHROME_LEFT = {
    "01_cong_dau_gia_dat_hung_yen.txt": {"Tài sản sắp đấu giá"},
    "02_tra_cuu_phat_nguoi_nong_do_con.txt": {
        "Tin tức",
        "Bảng mức phạt nhanh",
        "Vượt đèn đỏ (ô tô) 18–20 triệu · Vượt đèn đỏ (xe máy) 4–6 triệu · Không đội mũ bảo hiểm 400–600 nghìn",
    },
    # chrome62: the site's name over a menu copied as one line with an item of four words or more is chrome
    "04_chuyen_tien_kieu_hoi_ty_gia.txt": {"Tỷ giá hôm nay (cập nhật 08:30, 26/11/2025)"},
    "05_cong_noi_bo_duoc_hungary.txt": {"Thực đơn căng tin tuần này (24–28/11)"},
    "08_umbraco_nha_o_xa_hoi.html": {
        "Dự án đang mở bán",
        "An Cư Bắc Ninh – nhà ở xã hội, 19,8 triệu đồng/m²",
        "An Cư Hưng Yên – nhà ở cho công nhân thuê, từ 2,1 triệu đồng/tháng",
    },
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 8 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    assert [(p.name, f.rule, str(f.severity), f.text) for p in DOCS for _, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT.get(path.name, set()))


# --- N103: a date in a clause a plan word opens is no text's date (05) --------------------------------------------

_HEAD = "Bản tin nội bộ\nPhòng Hành chính · {date}\nCông ty ký hợp đồng với đối tác Ba Lan tại Hà Nội.\n"
_MINISTER = "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên dự lễ ký."


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("Một đoàn doanh nghiệp Séc dự kiến sang Việt Nam vào tháng 4/2026.", True),
        ("Nhà máy mới sẽ khánh thành tại Bắc Ninh ngày 5/2/2026.", True),
        ("Theo kế hoạch, nhà máy khánh thành tại Bắc Ninh ngày 5/2/2026.", False),  # the comma ends the plan's clause
        ("Ngày 5/2/2026, nhà máy mới khánh thành tại Bắc Ninh.", False),
        ("Đoàn sang Việt Nam vào tháng 4/2025 và sẽ trở lại.", False),  # the plan word after the date
    ],
)
def test_a_plan_words_clause_makes_its_date_an_aside(text: str, aside: bool) -> None:
    assert [a for _, _, a in written_months(text)] == [aside]


@pytest.mark.parametrize(
    "plan",
    [
        "Một đoàn doanh nghiệp Séc dự kiến sang Việt Nam vào tháng 4/2026.",
        "Nhà máy mới sẽ khánh thành tại Bắc Ninh ngày 5/2/2026.",
    ],
)
def test_a_minister_of_2025_beside_a_plan_of_2026_is_quiet(plan: str) -> None:
    """Written outside the set: at the branch point the plan's year dated the text, and a minister whose term ended
    in 12/2025 was named as a former holder."""
    text = _HEAD.format(date="12/11/2025") + _MINISTER + "\n" + plan
    assert [f.rule for f in audit_text(text) if f.rule == "N103"] == []


@pytest.mark.skipif(datetime.date.today() < datetime.date(2026, 3, 12), reason="the dates must be past")
@pytest.mark.parametrize(
    "text",
    [
        _HEAD.format(date="12/3/2026") + _MINISTER,
        _HEAD.format(date="12/11/2025") + _MINISTER + "\nNgày 5/2/2026, nhà máy mới khánh thành tại Bắc Ninh.",
    ],
)
def test_a_text_of_2026_still_names_a_former_minister(text: str) -> None:
    assert [str(f.severity) for f in audit_text(text) if f.rule == "N103"] == ["major"]


# --- N108: an Arabic family name after 'Al' or 'El' is no pinyin (07) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ông Khalid Al Mansouri, giám đốc một chuỗi siêu thị ở Dubai, cho biết sẽ nhập thêm tôm.",
        "Ông Youssef El Mansouri, giám đốc một hãng ở Casablanca, dự hội chợ.",
    ],
)
def test_an_arabic_family_name_is_quiet(text: str) -> None:
    """Written outside the set: at the branch point 'Mansouri' (man-sou-ri) was a name left in pinyin."""
    assert [f.text for f in audit_text(text) if f.rule == "N108"] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ông Ahmed Mansouri, giám đốc một chuỗi siêu thị ở Dubai, cho biết sẽ nhập thêm tôm.", "Mansouri"),
        ("Sau trận, tiền đạo Sanish Shileisita được khen.", "Shileisita"),
    ],
)
def test_a_pinyin_shaped_family_name_after_a_given_name_still_fires(text: str, word: str) -> None:
    assert [f.text for f in audit_text(text) if f.rule == "N108"] == [word]


# --- page furniture copied as text (01, 02, 04, 05) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Xem toàn bộ lịch đấu giá »",
        "Căn hộ 2 phòng ngủ tại Thủ Đức – Giá bán 3,2 tỷ đồng – Ngày mở bán: 15/1/2026",
        "Lô đất 120 m² ở Đông Anh - Giá khởi điểm 45 triệu đồng/m² - Hạn đăng ký: 3/12",
        "Giấy chứng nhận đăng ký doanh nghiệp số 0312345678 do Sở Tài chính TP.HCM cấp lần đầu ngày 5/6/2015.",
        "Công ty Đấu giá Hợp danh Sài Gòn · MST: 0312345678",
        "Nhập số điện thoại *",
        "Điền họ và tên",
        "Ví dụ: 51H-123.45",
        "Tra cứu ngay",
        "Gửi đăng ký",
        "Số liệu được tổng hợp từ các ngân hàng, chỉ mang tính tham khảo.",
        "Xin chào, Lê Minh · Đăng xuất",
        "Tài khoản của tôi | Đổi mật khẩu | Thoát",
        "Hotline hỗ trợ: 1900 1234 · hotro@tracuu.vn",
        "Bạn gửi: 500 AUD → Người nhận: 8.460.000 VND → Phí: 3 AUD",
    ],
)
def test_page_furniture_is_chrome(line: str) -> None:
    """Written outside the set: each was read as article at the branch point."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Nhập biển số xe vào ô tìm kiếm để tra cứu lỗi vi phạm.",
        "Ví dụ: một hộ gia đình ở Hà Nội phải trả 4 triệu đồng mỗi tháng.",
        "Tra cứu trên cổng thông tin, anh Hải phát hiện mình bị phạt nguội.",
        "Giấy chứng nhận đăng ký doanh nghiệp số 0101 do Sở Tài chính cấp đã bị thu hồi.",
        "Số liệu được tổng hợp từ các ngân hàng cho thấy tín dụng bất động sản tăng 12%.",
        "Theo bà Lan, thông tin này chỉ mang tính tham khảo.",
        "Căn hộ ở Thủ Đức – giá bán 3,2 tỷ đồng – được nhiều người hỏi mua.",
        "Chọn mã ngành phù hợp giúp doanh nghiệp nộp thuế đúng.",
        "Người dân có thể gửi thắc mắc tới hotline, hoặc email hotro@xemphat.vn để được trả lời.",
        "Thí sinh đăng xuất khỏi hệ thống sau khi nộp bài.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line) == (None, False)


# --- HTML: a BEM header's intro, a quotation's footer (07, 08) ----------------------------------------------------

PAGE = (
    "<html><head><title>Giá đất nền tăng | Tin nhà đất</title></head><body>"
    "<header class='site-header'><p class='site-header__intro'>Trang tin nhà đất của người Sài Gòn</p></header>"
    "<main><article class='story'><header class='story__header'><h1 class='story__title'>Giá đất nền ven đô tăng "
    "20% trong năm</h1><p class='story__intro'>Nhà đầu tư quay lại các dự án có sổ đỏ, nhưng thanh khoản còn thấp."
    "</p><p class='story__date'>26/11/2025</p></header>"
    "<div class='story__body'><p>Theo một sàn giao dịch bất động sản, giá đất nền ở các xã ven đô hiện 35–45 triệu "
    "đồng/m², tăng khoảng 20% so với đầu năm.</p><blockquote><p>Người mua nên xem kỹ pháp lý trước khi đặt cọc."
    "</p><footer>Ông Trần Văn Lộc, một nhà môi giới</footer></blockquote>"
    "<p>Giao dịch chủ yếu ở lô diện tích nhỏ dưới 100 m².</p></div></article></main>"
    "<footer class='site-footer'><p>© 2025 Tin nhà đất. Ghi rõ nguồn khi trích dẫn.</p></footer></body></html>"
)


def test_an_intro_in_the_articles_header_and_a_quotations_footer_are_article(tmp_path: Path) -> None:
    """Written outside the set: at the branch point the story's intro and the quotation's attribution were chrome."""
    flags = page_flags(tmp_path, PAGE)
    assert not flags["Nhà đầu tư quay lại"] and not flags["Ông Trần Văn Lộc"] and not flags["Người mua nên"]
    assert flags["Trang tin nhà đất của người Sài Gòn"] and flags["26/11/2025"] and flags["© 2025 Tin nhà đất"]


AUTHOR_CARD_PAGE = (
    "<html><head><title>Nhà ở xã hội | Blog đô thị</title></head><body><main><article><header>"
    "<h1>Nhà ở xã hội ở Bắc Ninh: ai được mua?</h1><p class='post__intro'>Điều kiện thu nhập đã nới, nhưng hồ sơ vẫn "
    "phải xác nhận ở nơi làm việc.</p><div class='avatar'><div class='avatar__intro'>"
    "<div class='avatar__name'>Lê Minh Khoa</div>"
    "<div class='avatar__subtitle'>Kiến trúc sư quy hoạch</div></div></div></header>"
    "<div><p>Theo Sở Xây dựng, năm nay tỉnh mở bán thêm ba dự án nhà ở xã hội với hơn 2.000 căn hộ.</p></div>"
    "</article></main></body></html>"
)


def test_an_author_cards_intro_in_the_header_stays_chrome(tmp_path: Path) -> None:
    """An 'intro' that is a person's card (the Docusaurus theme's 'avatar__intro' with its name and job: clean48's
    page after this set's 'intro' row; other text than that page's) is a byline; the post's own intro beside it is
    still its lead."""
    flags = page_flags(tmp_path, AUTHOR_CARD_PAGE)
    assert flags["Lê Minh Khoa"] and flags["Kiến trúc sư quy hoạch"]
    assert not flags["Điều kiện thu nhập đã nới"] and not flags["Theo Sở Xây dựng"]
