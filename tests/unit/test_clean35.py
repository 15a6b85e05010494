"""The clean35 set (tests/data/clean35): eight human-written Vietnamese pages on mixed beats, dense in what the round's
detections read (China as a real trade and sports partner, Korean and Japanese people, Việt kiều names without marks,
English quotations with 'Dr.', 'Mr.' and 'percent', hyphenated lists, hospitals and universities), five as text in
outlet styles no earlier clean set used (a business association, a football club's social-media page, a student union,
a medical conference, a trade fair) and three as HTML (a popular-science site, a sports federation's site of divs, an
agricultural extension centre). Every line annotated; clean text must stay quiet and the chrome must be boilerplate.
The fixes are tested on lines, pages and quotations written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_segments

from audit.corpus.boilerplate import classify_line

CLEAN35 = Path(__file__).resolve().parents[1] / "data" / "clean35"
DOCS = sorted(p for p in CLEAN35.iterdir() if p.suffix in {".txt", ".html"})
# chrome left as the blind run read it (tests/data/clean35/README.md): a social-media page's name between its tabs and
# its followers line, and a phone number alone on the last line of an HTML footer
CHROME_LEFT = {"CLB Bóng đá Thép Xanh Nam Định", "Điện thoại: 0262 3 852 047"}


def test_set_is_complete() -> None:
    assert len(DOCS) == 8 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    """Blind: two major L101 in an English quotation's second sentence (05), a minor N109 on a Chinese striker in
    Hán-Việt (02), a minor T101 on a province in an English quotation (01); none now."""
    assert [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, CHROME_LEFT)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT)


def _findings(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text + "\n", encoding="utf-8")
    return [(f.rule, f.text) for _, f in findings_of(page)]


# --- L101: the second sentence of an English quotation opened in the sentence before (05) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We opened our first shop in a small street. Now we run nine shops, and about 60 percent of our buyers'
        ' order online," bà Karen Lim chia sẻ với phóng viên bằng tiếng Anh.\nCửa hàng mới khai trương ngày 5/12.',
        "“The first season was hard for everyone. Now we train twice a day, and most of our players come from the"
        " academy,” ông Paulo Mendes nói sau trận.\nĐội sẽ thi đấu trận tiếp theo vào thứ Bảy.",
    ],
    ids=["straight", "curly"],
)
def test_the_rest_of_an_english_quotation_is_quoted(tmp_path: Path, text: str) -> None:
    """Written outside the set: other speakers, figures and quotation marks."""
    assert [r for r, _ in _findings(tmp_path, text) if r == "L101"] == []


@pytest.mark.parametrize(
    "text",
    [
        '"Công ty chúng tôi đã chuẩn bị từ đầu năm. Doanh thu quý ba has increased significantly so với cùng kỳ năm'
        ' ngoái", ông Nam nói.\nCuộc họp kết thúc lúc 11 giờ.',
        'Ông Mark Lewis nói: "Our orders grew slowly at first." Sau đó ông cho rằng doanh thu has increased'
        " significantly trong quý ba.\nCuộc họp kết thúc lúc 11 giờ.",
    ],
    ids=["vietnamese-quotation", "after-the-quotation"],
)
def test_english_in_vietnamese_speech_or_after_the_quotation_still_fires(tmp_path: Path, text: str) -> None:
    assert ("L101", "has increased significantly") in _findings(tmp_path, text)


# --- N109: a Chinese player in Hán-Việt after a role, in a sentence that names his side (02) ------------------------


def test_a_role_name_after_another_nation_in_its_sentence_is_not_korean(tmp_path: Path) -> None:
    """Written outside the set: another Chinese player (a Korean-shaped surname, Cao), another minute and role."""
    text = (
        "Hàn Quốc và Nhật Bản cùng vào bán kết.\nĐội tuyển Trung Quốc dẫn trước ở phút 12 sau cú sút xa của tiền vệ"
        " Cao Hạo Dực.\nTrận đấu kết thúc với tỷ số 1-1."
    )
    assert [r for r, _ in _findings(tmp_path, text) if r == "N109"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Đội tuyển Hàn Quốc thắng Nhật Bản 2-1 trong trận chung kết.\nĐội tuyển Hàn Quốc mở tỷ số ở phút 12 nhờ cú"
        " sút của tiền đạo Lý Mân Thịnh.\nTrận đấu diễn ra ở Seoul.",
        "Trung Quốc tổ chức giải đấu tại Thượng Hải.\nĐội tuyển Hàn Quốc mở tỷ số ở phút 12 nhờ cú sút của tiền đạo"
        " Lý Mân Thịnh.\nHàn Quốc vô địch.",
    ],
    ids=["korea-only", "china-in-another-sentence"],
)
def test_a_korean_player_in_hanviet_still_fires(tmp_path: Path, text: str) -> None:
    assert ("N109", "Lý Mân Thịnh") in _findings(tmp_path, text)


# --- T101: a Vietnamese name without marks inside an English quotation (01) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Tỉnh Lâm Đồng có nhiều trang trại cà phê.\nÔng Erik Larsen nói bằng tiếng Anh: "Our company buys about 20'
        ' percent more coffee from Lam Dong this year than last year. The farmers are very reliable."\nLâm Đồng là'
        " vùng cà phê lớn.",
        'Bà Phạm Thu Hương điều hành trang trại ở Bắc Ninh.\nÔng Erik Larsen nói: "We have worked with Pham Thu Huong'
        ' for five years and her farm is the best partner we have in Asia."\nBà Phạm Thu Hương cảm ơn.',
    ],
    ids=["province", "person"],
)
def test_a_name_in_an_english_quotation_is_not_inconsistent(tmp_path: Path, text: str) -> None:
    """Written outside the set: another province, a person, other speakers."""
    assert [r for r, _ in _findings(tmp_path, text) if r == "T101"] == []


@pytest.mark.parametrize(
    "text",
    [
        'Bà Phạm Thu Hương điều hành trang trại ở Bắc Ninh.\nÔng Erik Larsen nói: "Chúng tôi đã làm việc với Pham Thu'
        ' Huong suốt năm năm và trang trại của bà là đối tác tốt nhất của chúng tôi ở châu Á."\nBà Phạm Thu Hương'
        " cảm ơn.",
        "Bà Phạm Thu Hương điều hành trang trại ở Bắc Ninh.\nÔng Erik Larsen đã làm việc với bà Pham Thu Huong suốt"
        " năm năm.\nBà Phạm Thu Hương cảm ơn.",
    ],
    ids=["vietnamese-quotation", "no-quotation"],
)
def test_a_name_without_marks_in_vietnamese_text_still_fires(tmp_path: Path, text: str) -> None:
    assert ("T101", "Pham Thu Huong") in _findings(tmp_path, text)


# --- an update line with its desk, an event's credits and contacts, a link after an arrow, a section label ---------


@pytest.mark.parametrize(
    "line",
    [
        "Cập nhật lúc 16:05, thứ Ba 1/12/2026 – Phòng Thông tin",
        "Đăng lúc 7h30, 03/12/2026 - Nhóm phóng viên thể thao",
        "Ban thư ký: hoithao.nhiet@gmail.com – 0236 3 555 120",
        "Liên hệ đặt gian hàng: Mr. Tuấn – 0912 345 678 | Ms. Hạnh – 0987 654 321",
        "Đơn vị tổ chức: Sở Văn hóa, Thể thao và Du lịch TP Hải Phòng",
        "Nhà tài trợ vàng: Công ty Thép Bắc Nam | Nhà tài trợ bạc: Ngân hàng Đông Hải",
        "Đăng ký dự hội thảo → hoithao-nongnghiep.vn/dang-ky",
        "TIN HỘI THẢO",
        "Tin từ nhà tài trợ",
        "Hội Nông dân tỉnh Nghệ An – 12 Lê Hồng Phong, phường Vinh Hưng, tỉnh Nghệ An",
    ],
)
def test_event_and_footer_chrome_lines(line: str) -> None:
    """Written outside the set: other desks, events, sponsors, links and offices."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Cập nhật lúc 16:05, thứ Ba 1/12/2026, ban chỉ đạo cho biết đã sơ tán hơn 2.000 hộ dân.",
        "Ban thư ký hội nghị đã gửi giấy mời tới 300 đại biểu trong và ngoài nước.",
        "Đơn vị tổ chức cho biết giải năm nay thu hút hơn 5.000 vận động viên.",
        "Nhà tài trợ chính của đội bóng đã rút lui sau mùa giải 2025.",
        "Tin từ hiện trường cho thấy nước đã rút khỏi phần lớn các xã.",
        "Ông Lâm sinh năm 1962 – 36 năm gắn bó với nghề, từng làm việc ở phường Vinh Hưng.",
        "Giá lúa, cà phê, hồ tiêu hôm nay",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


# --- an HTML side box of today's prices after the article (08) ------------------------------------------------------

PRICE_BOX = """<html><head><title>Hợp tác xã chè Tân Cương đón đoàn khách Nhật Bản</title></head><body>
<div class="bai">
<h2>Hợp tác xã chè Tân Cương đón đoàn khách Nhật Bản</h2>
<div>Sáng 2/12, hợp tác xã chè ở xã Tân Cương đón 20 khách du lịch Nhật Bản đến tham quan đồi chè và học cách sao chè
bằng tay.</div>
<div>Chủ nhiệm hợp tác xã cho biết năm nay đã bán được 12 tấn chè búp khô, giá trung bình 450.000 đồng mỗi kg.</div>
</div>
<table class="bang">
<caption>Giá vàng hôm nay (nghìn đồng/lượng)</caption>
<tr><td>Vàng miếng</td><td>152.300</td></tr>
<tr><td>Vàng nhẫn</td><td>148.900</td></tr>
</table>
</body></html>
"""

FIGURES_TABLE = """<html><head><title>Sản lượng chè của tỉnh tăng 8%</title></head><body>
<div class="bai">
<h2>Sản lượng chè của tỉnh tăng 8%</h2>
<div>Theo Sở Nông nghiệp và Môi trường, sản lượng chè búp tươi của tỉnh năm nay tăng khoảng 8% so với năm trước.</div>
<table>
<tr><td>Vùng chè</td><td>Sản lượng (tấn)</td></tr>
<tr><td>Tân Cương</td><td>12.400</td></tr>
<tr><td>Đại Từ</td><td>9.850</td></tr>
</table>
</div>
</body></html>
"""


def _page(tmp_path: Path, markup: str) -> list[tuple[str, bool]]:
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    return [(s.text, s.boilerplate) for s in page_segments(page)]


def test_a_price_box_after_the_article_is_chrome(tmp_path: Path) -> None:
    """Written outside the set: gold prices under a tea cooperative's story; each cell of the box is chrome."""
    segments = _page(tmp_path, PRICE_BOX)
    box = segments[segments.index(("Giá vàng hôm nay (nghìn đồng/lượng)", True)) :]
    assert [text for text, chrome in box if not chrome] == []
    assert ("152.300", True) in box


def test_the_articles_table_of_figures_stays(tmp_path: Path) -> None:
    segments = _page(tmp_path, FIGURES_TABLE)
    assert ("12.400", False) in segments and ("Tân Cương", False) in segments


# --- a related-news heading joined to its links in one HTML block (08) ----------------------------------------------

HEADED_LINKS = """<html><head><title>Hợp tác xã chè Tân Cương đón đoàn khách Nhật Bản</title></head><body>
<div class="bai"><h2>Hợp tác xã chè Tân Cương đón đoàn khách Nhật Bản</h2>
<div>Sáng 2/12, hợp tác xã chè ở xã Tân Cương đón 20 khách du lịch Nhật Bản đến tham quan đồi chè.</div>
<div>Chủ nhiệm hợp tác xã cho biết năm nay đã bán được 12 tấn chè búp khô.</div></div>
<div class="khac"><b>Các bài đã đăng:</b> <a href="/1">Phòng trừ bọ xít muỗi trên cây chè</a>
<a href="/2">Mô hình chè hữu cơ cho thu nhập cao</a></div>
</body></html>
"""

HEADED_LIST = """<html><head><title>Hợp tác xã chè Tân Cương đón đoàn khách Nhật Bản</title></head><body>
<div class="bai"><h2>Hợp tác xã chè Tân Cương đón đoàn khách Nhật Bản</h2>
<div>Sáng 2/12, hợp tác xã chè ở xã Tân Cương đón 20 khách du lịch Nhật Bản đến tham quan đồi chè.</div>
<div>Các hợp tác xã nhận hỗ trợ năm nay: <a href="/1">Hợp tác xã chè Tân Cương</a>, <a href="/2">Hợp tác xã chè
Phúc Trìu</a>, <a href="/3">Hợp tác xã chè La Bằng</a>.</div></div>
</body></html>
"""


def test_a_related_heading_joined_to_its_links_is_chrome(tmp_path: Path) -> None:
    """Written outside the set: another heading ('Các bài đã đăng:'), other links, another story."""
    segments = _page(tmp_path, HEADED_LINKS)
    assert segments[-1][0].startswith("Các bài đã đăng:") and segments[-1][1]
    assert [chrome for _, chrome in segments[:-1]] == [False] * 3


def test_an_articles_list_of_links_under_another_heading_stays(tmp_path: Path) -> None:
    segments = _page(tmp_path, HEADED_LIST)
    assert [chrome for _, chrome in segments] == [False] * len(segments)
