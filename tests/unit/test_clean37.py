"""The clean37 set (tests/data/clean37): eight human-written Vietnamese pages on courts, sea and fisheries, Catholic
and Buddhist news, property and the Vietnamese abroad, five as text in outlet styles no earlier clean set used (a bar
association's bulletin, a fisheries association's portal, a diocesan daily digest, a longform feature, a Vietnamese
association's site in Germany) and three as HTML (a Drupal newspaper, a Ghost blog, an AMP page). Every line
annotated; clean text must stay quiet and the chrome must be boilerplate. The fixes are tested on lines, pages and
sentences written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_segments

from audit.corpus.boilerplate import classify_line

CLEAN37 = Path(__file__).resolve().parents[1] / "data" / "clean37"
DOCS = sorted(p for p in CLEAN37.iterdir() if p.suffix in {".txt", ".html"})
CHROME_LEFT: set[str] = set()  # none left (tests/data/clean37/README.md)


def test_set_is_complete() -> None:
    assert len(DOCS) == 8 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    """Blind: a major F113 on the quoted saying 'location, location, location' (04); none now."""
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


# --- F113: a foreign saying quoted, one word three times with commas (04) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ông nhắc lại khẩu hiệu 'education, education, education' của một cựu thủ tướng Anh.\nBài phát biểu dài 20"
        " phút.",
        "“Huấn luyện viên của tôi chỉ nói ‘practice, practice, practice’ rồi đi về”, vận động viên kể.\nCô giành"
        " huy chương vàng năm 2026.",
        "Diễn giả hô to “Developers, developers, developers” khiến cả hội trường bật cười.\nHội thảo kéo dài hai ngày.",
    ],
    ids=["single-quotes", "inside-a-quotation", "capitalised"],
)
def test_a_quoted_foreign_triplet_is_no_loop(tmp_path: Path, text: str) -> None:
    """Written outside the set: other sayings, quotation marks and sentences."""
    assert [r for r, _ in _findings(tmp_path, text) if r == "F113"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên cam kết “tăng cường, tăng cường, tăng cường” hợp tác song phương.\nHội đàm diễn ra tại Hà Nội.",
        "Ông nói 'location, location, location, location' trong bài phát biểu.\nBuổi gặp kéo dài một giờ.",
        "Công ty đầu tư vào smart, smart, smart city tại ba tỉnh phía Nam.\nDự án khởi công năm 2027.",
    ],
    ids=["vietnamese-quoted", "four-copies", "unquoted"],
)
def test_a_loop_still_fires(tmp_path: Path, text: str) -> None:
    assert any(r == "F113" for r, _ in _findings(tmp_path, text))


# --- chrome of the text pages: a lawyer's signature, an audio invitation, credits, a print link, an e.V. masthead, ---
# --- a posting line with a dotted date (01, 03, 04, 05, 06) ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Luật sư Phan Thu Hà – Công ty Luật TNHH Phan Gia",
        "LS. Ngô Bảo Châu – Đoàn Luật sư TP Hà Nội",
        "Mời bạn đọc nghe bài viết dạng sách nói trên Spotify.",
        "Mời quý thính giả theo dõi chương trình trên kênh YouTube của Đài",
        "Nội dung: Hải Yến | Ảnh: Quang Minh | Thiết kế: Bảo Anh",
        "In bài này",
        "Verein der Vietnamesen in Hamburg e.V.",
        "Cộng đồng người Việt tại Frankfurt e.V. – Đoàn kết, tương trợ",
        "Đăng ngày 05.12.2026 bởi Ban Biên tập | 3 bình luận",
    ],
)
def test_text_page_chrome_lines(line: str) -> None:
    """Written outside the set: other lawyers, firms, channels, credits, associations and dates."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Luật sư Nguyễn Văn An, Đoàn Luật sư TP Hà Nội, cho rằng bản án chưa thỏa đáng.",
        "Mời quý vị nghe bài hát do các em thiếu nhi trình bày.",
        "Nội dung: Hội nghị tổng kết công tác năm 2026.",
        "In trang phục truyền thống, các em múa rất đẹp.",
        "Hội người Việt tại Berlin e.V. được thành lập năm 1992.",
        "Đăng ngày 23.11 bởi vì chờ duyệt, bài viết bị chậm.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


# --- a text page's head: a headline over a reading prompt and its credits is no tagline (04) -----------------------

LONGFORM_HEAD = """PHỐ VÀ NGƯỜI
ĐẶC BIỆT
Những chuyến đò cuối cùng trên sông Đuống
Cuộn xuống để xem tiếp ↓
Bài: Hà Vy | Ảnh: Minh Đức

Chiều cuối năm, bến đò Hồ vắng hơn mọi khi, chỉ còn hai chiếc đò nhỏ đưa khách sang sông.
Ông Nguyễn Văn Tĩnh, 71 tuổi, đã chèo đò ở đây hơn 40 năm và sắp nghỉ khi cây cầu mới thông xe.
"""


def test_a_headline_over_a_prompt_and_its_credits_stays(tmp_path: Path) -> None:
    """Written outside the set: another magazine, label, prompt and story."""
    page = tmp_path / "page.txt"
    page.write_text(LONGFORM_HEAD, encoding="utf-8")
    flags = {s.text: s.boilerplate for s in page_segments(page)}
    assert flags["Những chuyến đò cuối cùng trên sông Đuống"] is False
    assert flags["PHỐ VÀ NGƯỜI"] is True and flags["Cuộn xuống để xem tiếp ↓"] is True


# --- HTML: the lead in an article's own header is article; a lead in a box or the site's header is not (07) ------

ENTRY_HEADER = """<html><head><title>Mùa nước nổi ở Tân Châu</title></head><body>
<header class="site-header"><p class="site-lead">Trang tin miền Tây – Chuyện đồng bằng mỗi ngày</p></header>
<article class="post">
<header class="entry-header">
<h1 class="entry-title">Mùa nước nổi ở Tân Châu</h1>
<p class="entry-summary">Nước lũ năm nay về sớm hơn mọi năm gần ba tuần, người dân ven sông Tiền tranh thủ
giăng lưới bắt cá linh từ tờ mờ sáng.</p>
<span class="posted-on">Đăng ngày 12/10/2026</span>
</header>
<div class="entry-content"><p>Ông Lê Văn Bảy, 58 tuổi, cho biết mỗi đêm ông kiếm được vài ký cá linh non, bán tại chợ
với giá 80.000 đồng/kg.</p></div>
</article>
<aside class="related-posts"><article><header class="card-head"><p class="excerpt">Bài cũ: Cá linh về ít, ngư dân lo
lắng trước mùa nước nổi năm 2025 ở đầu nguồn.</p></header></article></aside>
</body></html>
"""


def test_the_lead_in_an_articles_header_is_article(tmp_path: Path) -> None:
    """Written outside the set: a WordPress-style entry header, another story; the site's header and a related box's
    excerpt stay chrome."""
    page = tmp_path / "page.html"
    page.write_text(ENTRY_HEADER, encoding="utf-8")
    flags = {s.text[:30]: s.boilerplate for s in page_segments(page)}
    assert flags["Nước lũ năm nay về sớm hơn mọi"] is False
    assert flags["Trang tin miền Tây – Chuyện đồn"[:30]] is True
    assert flags["Bài cũ: Cá linh về ít, ngư dân"] is True
