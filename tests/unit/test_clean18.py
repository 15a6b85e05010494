"""The clean18 set (tests/data/clean18): human-written Vietnamese that names the world correctly (an op-ed quoting
foreign leaders, an APEC/EU/ASEAN readout, a report about China's provinces with Hán-Việt names, a startup story
with English loans, a civil judgment, a baking recipe, an obituary, a lục bát poem, a laptop review, a Q&A
interview, documentary subtitles, an airline release with its English source) and three saved pages with chrome
unlike the earlier ones (a sports portal's score strip, standings and highlights; a broadcaster's player, episode
list and schedule; a WordPress blog). Clean text must stay quiet and the chrome must be boilerplate; the damage the
fixes could hide (an English country adjective, a decoder loop, article text that looks like a widget) is written
into sentences outside the set and must still be found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line

CLEAN18 = Path(__file__).resolve().parents[1] / "data" / "clean18"
DOCS = sorted(p for p in CLEAN18.iterdir() if p.suffix in {".txt", ".html", ".vtt", ".jsonl"})
PAGES = [p for p in DOCS if p.suffix == ".html"]
MINOR_BUDGET = 1  # minor findings allowed on the whole set (blind run: 2; after the fixes: 1, 'pitch deck')


def test_set_is_complete() -> None:
    assert len(DOCS) == 15
    assert {p.suffix for p in DOCS} == {".txt", ".html", ".vtt", ".jsonl"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_minor_findings_within_budget() -> None:
    minors = [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)]
    assert len(minors) <= MINOR_BUDGET, minors


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_chrome_is_boilerplate_and_article_is_content(path: Path) -> None:
    assert chrome_misclassified(path) == []


# --- C105: an English adjective that is the rest of an institution's name ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bà là giáo sư thỉnh giảng của Đại học American ở Cairo.",
        "Anh nhận học bổng thạc sĩ của Học viện American năm 2019.",
        "Hội thảo do Viện American tại Beirut đồng tổ chức.",
    ],
)
def test_an_english_adjective_naming_an_institution_is_quiet(text: str) -> None:
    assert audit_text(text, select=["C105"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Các trường Đại học American tăng học phí năm nay.", "American"),
        ("Nhiều trường đại học Canadian tuyển sinh viên Việt Nam.", "Canadian"),
        ("Thủ tướng Norwegian thăm Hà Nội.", "Norwegian"),
        ("Đội tuyển Brazilian thắng 2-0.", "Brazilian"),
    ],
)
def test_an_english_country_adjective_as_a_qualifier_still_fires(text: str, span: str) -> None:
    assert span in [f.text for f in audit_text(text, select=["C105"])]


# --- F112/F113: a short clause cried out twice or thrice -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cháy nhà rồi, cháy nhà rồi!",
        "Ông lão hốt hoảng: “Cứu tôi với, cứu tôi với!”",
        "– Có trộm, có trộm, có trộm!",
    ],
)
def test_a_short_clause_cried_out_is_quiet(text: str) -> None:
    assert audit_text(text, select=["F112", "F113"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hai bên nhất trí mở rộng, mở rộng, mở rộng hợp tác!", "mở rộng, mở rộng, mở rộng"),
        (
            "Tăng cường đầu tư, tăng cường đầu tư, tăng cường đầu tư!",
            "Tăng cường đầu tư, tăng cường đầu tư, tăng cường đầu tư",
        ),
        ("Bộ sẽ xem xét lại, xem xét lại, xem xét lại.", "xem xét lại, xem xét lại, xem xét lại"),
    ],
)
def test_a_loop_that_is_no_cry_still_fires(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["F113"])] == [span]


# --- page chrome: video and episode lists, schedules, button rows, star ratings --------------------------------


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("Video liên quan", True),
        ("Clip nổi bật", True),
        ("Xem thêm video", True),
        ("Các tập khác", True),
        ("Lịch phát sóng ngày mai – VTV3", True),
        ("Món ngon khác", True),
        ("Công thức tương tự", True),
        ("Xem tất cả video »", False),
        ("❤️ 3,4K · 💬 210 · ↗ Chia sẻ", False),
        ("⬇ Tải ứng dụng 🔔 Nhận thông báo", False),
        ("★★★★☆ 4,2/5 (86 đánh giá)", False),
        ("Món này có dễ làm không? Chấm điểm cho chúng tôi ☆☆☆☆☆", False),
    ],
)
def test_widget_headings_and_bars_are_chrome(line: str, tail: bool) -> None:
    kind, starts_tail = classify_line(line)
    assert kind is not None and starts_tail == tail


@pytest.mark.parametrize(
    "line",
    [
        "Video mới nhất về vụ sạt lở ở Lào Cai cho thấy mức độ nghiêm trọng.",
        "Lịch phát sóng các trận của đội tuyển Việt Nam tại SEA Games chưa được công bố.",
        "Món ăn này từng được chọn vào thực đơn quốc yến.",
        "⚠️ Cảnh báo: mưa lớn ở Nghệ An từ đêm nay.",
        "🔥 Giá xăng tăng mạnh từ 15 giờ chiều nay",
        "😂 Vui quá 😂 Cười đau bụng",
        "Khách sạn được xếp hạng ★★★★, cách biển 200 m.",
    ],
)
def test_article_lines_like_widgets_stay_content(line: str) -> None:
    assert classify_line(line)[0] is None


SCHEDULE_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title></head><body>
<h1>Hội An thắp đèn lồng đón khách dịp rằm tháng Mười</h1>
<div class="body"><p>Tối 24/11, phố cổ Hội An tắt đèn điện, thắp hàng nghìn đèn lồng trong đêm rằm.</p>
<p>Lượng khách đến phố cổ tăng khoảng 30% so với cùng kỳ năm trước.</p></div>
<div class="program-list"><h3>Lịch phát sóng hôm nay</h3><ul><li>06:00 Chào buổi sáng</li>
<li>11:30 Thời sự trưa</li><li>20:00 Phim truyện: Mùa sen</li></ul></div>
<div class="clips"><h3>Video liên quan</h3><ul><li><a href="/a">Đèn lồng Hội An vào mùa lễ hội</a> 03:12</li>
<li><a href="/b">Làng gốm Thanh Hà đón khách</a> 04:40</li></ul></div>
</body></html>"""


def test_a_schedule_and_a_video_list_after_the_article_are_chrome(tmp_path: Path) -> None:
    page = tmp_path / "schedule.html"
    page.write_text(SCHEDULE_PAGE, encoding="utf-8")
    notes = {
        "expected_boilerplate": [
            "Lịch phát sóng hôm nay",
            "06:00 Chào buổi sáng",
            "20:00 Phim truyện",
            "Video liên quan",
            "Làng gốm Thanh Hà đón khách",
        ],
        "expected_content": ["Hội An thắp đèn lồng", "Tối 24/11, phố cổ", "Lượng khách đến phố cổ"],
    }
    page.with_suffix(".json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    assert chrome_misclassified(page) == []


ARTICLE_WITH_SECTIONS = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title></head><body>
<h1>Ba điều cần biết trước khi đi Hà Giang mùa hoa tam giác mạch</h1>
<div class="content"><h2>Video liên quan</h2>
<p>Đường lên Lũng Cú có nhiều đoạn đèo dốc, nên thuê xe có người lái thay vì tự lái.</p>
<p>Nên mang áo ấm vì nhiệt độ về đêm có thể xuống dưới 10 độ C.</p>
<h3>Chỗ ở</h3>
<p>Các homestay ở Đồng Văn thường kín phòng vào cuối tuần, nên đặt trước ít nhất hai tuần.</p></div>
</body></html>"""


def test_a_heading_opening_the_article_body_does_not_swallow_its_paragraphs(tmp_path: Path) -> None:
    """The box test counts sentences: a subheading without a full stop is no reason to end the article."""
    page = tmp_path / "article.html"
    page.write_text(ARTICLE_WITH_SECTIONS, encoding="utf-8")
    notes = {
        "expected_boilerplate": [],
        "expected_content": ["Đường lên Lũng Cú", "Nên mang áo ấm", "Các homestay ở Đồng Văn"],
    }
    page.with_suffix(".json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    assert chrome_misclassified(page) == []


@pytest.mark.parametrize("line", ["Đánh giá sản phẩm (214)", "Nhận xét của khách hàng (12)", "Reviews (1,024)"])
def test_a_shops_reviews_heading_is_chrome(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    ["Đánh giá sản phẩm cần khách quan và có căn cứ.", "Nhận xét của khách hàng (qua khảo sát) khá tích cực."],
)
def test_sentences_about_reviews_stay_content(line: str) -> None:
    assert classify_line(line)[0] is None


SHOP_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Máy xay</title></head><body>
<h1>Máy xay sinh tố Lumo BL-12 dung tích 1,5 lít</h1>
<div class="description"><p>Máy có công suất 800 W, cối thủy tinh chịu nhiệt và 6 lưỡi dao bằng thép không gỉ.</p></div>
<section class="product-reviews"><p>Minh Thư · Đã mua hàng</p><p>Xay đá nhanh, hơi ồn một chút.</p></section>
</body></html>"""


def test_a_shops_reviews_box_is_chrome(tmp_path: Path) -> None:
    page = tmp_path / "shop.html"
    page.write_text(SHOP_PAGE, encoding="utf-8")
    notes = {
        "expected_boilerplate": ["Minh Thư · Đã mua hàng", "Xay đá nhanh, hơi ồn một chút."],
        "expected_content": ["Máy xay sinh tố Lumo BL-12", "Máy có công suất 800 W"],
    }
    page.with_suffix(".json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    assert chrome_misclassified(page) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chảo phủ ceramic chịu nhiệt tốt hơn chảo thường.",
        "Hãng mở thêm hai trung tâm fulfillment ở Bắc Ninh và Đồng Nai.",
    ],
)
def test_retail_loans_are_quiet(text: str) -> None:
    assert audit_text(text, select=["L101"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Chảo có lớp ceramic coating dày 30 micromet.", "ceramic coating"),
        ("Dịch vụ order fulfillment được thuê ngoài.", "order fulfillment"),
    ],
)
def test_english_phrases_around_the_loans_still_fire(text: str, span: str) -> None:
    assert span in [f.text for f in audit_text(text, select=["L101"])]


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("Đọc tiếp E-magazine: Mùa nước nổi trên cánh đồng An Giang →", False),
        ("Xem thêm phóng sự: Làng chài Nhơn Hải mùa cá cơm", False),
        ("Các trận sắp tới", True),
        ("Kết quả các trận khác", True),
    ],
)
def test_next_story_links_and_match_boxes_are_chrome(line: str, tail: bool) -> None:
    assert classify_line(line) == ("related", tail)


@pytest.mark.parametrize(
    "line",
    [
        "Đọc thêm tài liệu về lịch sử địa phương.",
        "Trận đấu sắp diễn ra vào tối nay tại sân Mỹ Đình.",
        "Trận đấu tiếp theo của đội tuyển sẽ diễn ra ở Jakarta.",
    ],
)
def test_sentences_opening_like_those_boxes_stay_content(line: str) -> None:
    assert classify_line(line)[0] is None
