"""The clean66 set (tests/data/clean66): five human-written Vietnamese pages on round 35's later beats (the Middle East
and Việt Nam; Vietnamese workers abroad; football; weather and the environment; culture), two saved as HTML from CMSs
no earlier clean set used (a Nuxt sports site with a live-score ticker and a standings widget, an ASP.NET WebForms
provincial newspaper with __VIEWSTATE), one copied from a browser as text (menus, path, share and reaction lines,
related links, comments), one Hugo Markdown post with TOML front matter and one JSONL bank of human sentences.
Written and committed blind, then run once (README): the expectations are the blind figures, kept as a floor so that
a later fix shows and nothing gets worse. No detector was changed for this set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN66 = Path(__file__).resolve().parents[1] / "data" / "clean66"
DOCS = sorted(p for p in CLEAN66.iterdir() if p.suffix in {".txt", ".html", ".md", ".jsonl"} and p.name != "README.md")
NUXT = CLEAN66 / "01_nuxt_the_thao_doi_tuyen_kim_sang_sik.html"
ASPNET = CLEAN66 / "02_aspnet_bao_tinh_lao_dong_nuoc_ngoai.html"
TEXT = CLEAN66 / "03_trang_tin_von_trung_dong_halal.txt"
HUGO = CLEAN66 / "04_hugo_chat_luong_khong_khi_ha_noi.md"
BANK = CLEAN66 / "05_cau_tin_van_hoa_phim_di_san.jsonl"

# blind figures (README): no major or critical finding; one minor finding, F110 on the three spaces of the browser
# text's reactions line ('Bạn thấy bài viết thế nào?   👍 Hữu ích (214)   😐 Bình thường (12)'), a chrome line read
# as article (below), so the finding goes with that confusion
SERIOUS_LEFT: dict[str, int] = {}
# after chrome62: the reactions line is chrome, so F110 no longer looks at it
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
# chrome read as article, 4 of 121 blind: the text page's search/login line and its reactions line; the Hugo post's
# italic by-line under the H1 (author – newsletter, weekday+date) and its italic footer (the newsletter's name, its
# day of issue and a subscribe link)
BLIND_CHROME_LEFT: dict[str, set[str]] = {
    TEXT.name: {
        "Tìm kiếm...   Đăng nhập",
        "Bạn thấy bài viết thế nào?   👍 Hữu ích (214)   😐 Bình thường (12)",
    },
    HUGO.name: {
        "*Vũ Thảo Nguyên – Bản tin Xanh Hà Nội, thứ Hai 24/11/2025*",
        "*Bản tin Xanh Hà Nội – phát hành mỗi thứ Hai. Đăng ký nhận bản tin tại https://bantinxanh.example.vn/dang-ky*",
    },
}
# after chrome62 (widgets between wide spaces each named on their own; a reactions choice with its count; a
# newsletter's by-line and footer): none left
CHROME_LEFT: dict[str, set[str]] = {}
# article read as chrome, 4 of 87 blind: the Nuxt page's match-facts box inside the article body (an <aside> with an h3
# and three 'label: value' lines: time with weekday+date, venue, ticket prices)
BLIND_ARTICLE_LEFT: dict[str, set[str]] = {
    NUXT.name: {
        "Thông tin trận giao hữu",
        "Thời gian: 19h30 thứ Bảy 6/12/2025",
        "Địa điểm: sân vận động quốc gia Mỹ Đình, Hà Nội",
        "Giá vé: 200.000 - 500.000 đồng, bán trực tuyến từ thứ Tư 3/12",
    }
}
# after chrome62 (an <aside> in the article between two of its paragraphs is the article's box): none left
ARTICLE_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".html", ".jsonl", ".md", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_records_are_all_read() -> None:
    records = [json.loads(line)["mt"] for line in BANK.read_text(encoding="utf-8").splitlines() if line.strip()]
    # every record is one segment or more, in order, and nothing else is read from the file
    joined = "".join(s.text for s in page_segments(BANK)).replace(" ", "")
    assert len(records) == 20 and joined == "".join(records).replace(" ", "")


def test_scripts_state_and_hidden_fields_are_not_text() -> None:
    """The Nuxt state script and the ASP.NET __VIEWSTATE / __EVENTVALIDATION values give no segment."""
    texts = [s.text for path in (NUXT, ASPNET) for s in page_segments(path)]
    assert texts and not any("__NUXT__" in t or "pollMs" in t or "/wEPDwUK" in t or "/wEdAAP" in t for t in texts)


def test_toml_front_matter_is_not_text() -> None:
    """The Hugo post's TOML front matter between '+++' lines gives no segment; the first segment is the H1."""
    segments = page_segments(HUGO)
    assert segments and segments[0].text.startswith("Tuần khói bụi cuối tháng 11")
    assert not any(s.text.startswith(("title =", "date =", "draft =")) or s.text == "+++" for s in segments)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_major_or_critical_no_more_than_left(path: Path) -> None:
    assert len(serious_findings(path)) <= SERIOUS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_only_the_blind_ones(path: Path) -> None:
    found = {(f.rule, f.text) for _, f in findings_of(path)}
    assert found <= FINDINGS_LEFT.get(path.name, set())


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_left(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
