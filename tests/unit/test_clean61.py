"""The clean61 set (tests/data/clean61): five human-written Vietnamese pages on round 33's beats (coffee, pepper and
cashew exports and the EUDR; housing and land; typhoons in the Philippines; football abroad and the 2026 World Cup;
India and South Asia with AI and data centres), two saved as HTML from different CMSs (a Drupal 10 farm-market site,
a Vietnamese e-paper's own CMS with a photo table, a price table and comments), one copied from a browser as text
(menus, crumbs, share line, related links, comments), one Hugo Markdown page and one TSV of human sentences. Written
and committed blind, then run once (README): the expectations are the blind figures, kept as a floor so that a later
fix shows and nothing gets worse. No detector was changed for this set."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN61 = Path(__file__).resolve().parents[1] / "data" / "clean61"
DOCS = sorted(p for p in CLEAN61.iterdir() if p.suffix in {".txt", ".html", ".md", ".tsv"} and p.name != "README.md")

# blind figures (README): no finding at all (critical, major or minor); chrome read as article 1 of 105 (04: the fan
# site's italic footer line under the '---' rule, a reuse notice 'Mọi bài viết có thể dẫn lại khi ghi rõ nguồn' after
# the site's name and tagline); article read as chrome 2 of 98 (01: the Drupal figure caption ending 'Ảnh: Ngọc
# Diệp'; 02: the e-paper's photo caption ending 'Ảnh: Quang Hải', a <p class="Image"> in the photo table). Misses
# are for a later task
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
CHROME_LEFT = {
    "04_blog_bong_da_cau_thu_goc_viet_world_cup.md": {
        "*Sân Cỏ Xa Quê – trang tin bóng đá của cộng đồng người Việt tại Hà Lan. Mọi bài viết có thể dẫn lại khi"
        " ghi rõ nguồn.*"
    },
}
ARTICLE_LEFT = {
    "01_drupal_ca_phe_ho_tieu_dieu_eudr.html": {
        "Anh Y Thuận Niê đo ranh giới vườn cà phê rộng 1,8 ha của gia đình ở Krông Pắc, chiều 25/11. Ảnh: Ngọc Diệp"
    },
    "02_bao_dien_tu_gia_can_ho_nha_o_xa_hoi.html": {
        "Các tòa chung cư ở phía tây Hà Nội, nơi giá bán mới phổ biến từ 70 đến 95 triệu đồng/m². Ảnh: Quang Hải"
    },
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".html", ".md", ".tsv", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_rows_are_all_read_whole() -> None:
    path = CLEAN61 / "05_cau_tin_an_do_va_trung_tam_du_lieu.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row["mt"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    texts = [s.text for s in page_segments(path)]
    # a row opening with an English quote and going on after it keeps its quotation marks (a TSV cell as written)
    assert len(rows) == 20 and texts == rows


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


def test_reuse_notice_with_a_word_for_all_is_chrome_after_round_33() -> None:
    """The lead, round 33: the reuse-notice row of references/boilerplate.tsv allows 'Mọi', 'Tất cả (các)', 'Các',
    'Toàn bộ' before what may be reused: 04's footer is chrome (0 of 105 chrome lines read as article)."""
    assert score_lines(CLEAN61 / "04_blog_bong_da_cau_thu_goc_viet_world_cup.md").chrome_as_article == []
