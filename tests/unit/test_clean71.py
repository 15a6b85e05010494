"""The clean71 set (tests/data/clean71): four human-written Vietnamese pages on round 36's beats (cyber security and
scams; agriculture in the Central Highlands; religion and festivals; Africa and Việt Nam), one saved as HTML from a
CMS style no clean set of 61-70 used (a personal blog on Hexo with the 'landscape' theme), one copied from a browser
as text (menus, path, share line, related links, comments), one Markdown newsletter post with YAML front matter and
one TSV bank of 20 human sentences. Written and committed blind, then run once (README): the expectations are the
blind figures, kept as a floor so that a later fix shows and nothing gets worse. No detector was changed for this
set."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN71 = Path(__file__).resolve().parents[1] / "data" / "clean71"
DOCS = sorted(p for p in CLEAN71.iterdir() if p.suffix in {".txt", ".html", ".md", ".tsv"} and p.name != "README.md")
HEXO = CLEAN71 / "01_hexo_blog_canh_bao_lua_dao_cuoi_nam.html"
TEXT = CLEAN71 / "02_trang_tin_ca_phe_sau_rieng_tay_nguyen.txt"
MARKDOWN = CLEAN71 / "03_markdown_toa_thanh_phat_dan_giang_sinh.md"
BANK = CLEAN71 / "04_cau_tin_viet_nam_chau_phi.tsv"

# blind figures (README): no major or critical finding; two minor findings, both false alarms inside English quotes
# that human Vietnamese news reproduces as written: F114 on '1.99' in the quoted English scam SMS ('Pay the 1.99 USD
# fee …', 01) and F112 on 'and more and more' in the Italian buyer's English quote (02). The set's target is none.
# After leftovers74's fixes (a carried English quote exempts F114; English repetitions exempt F112): none.
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}  # blind: F114 '1.99', F112 'and more and more'; 0 after leftovers74
# chrome read as article, 4 of 73 chrome lines blind (the text page's site name and date bar with its weather cell,
# the Markdown post's italic issue line and italic footer); 0 after chrome74's fixes
CHROME_LEFT: dict[str, set[str]] = {}
# article read as chrome or not read, 0 of 73 article lines blind
ARTICLE_LEFT: dict[str, set[str]] = {}
MISSING_LEFT: dict[str, set[str]] = {}
# a segment on no annotated line, 1 blind: the Hexo search button's Font Awesome glyph (U+F002, '&#xF002;'), read as
# a navigation segment of its own; 0 after chrome74's fix (a block of private-use glyphs alone gives no segment)
UNPLACED_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 4 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".md", ".tsv", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_records_are_all_read() -> None:
    with BANK.open(encoding="utf-8", newline="") as handle:
        records = [row["mt"] for row in csv.DictReader(handle, delimiter="\t")]
    # every record is one segment or more, in order, and nothing else (not the header) is read from the file
    joined = "".join(s.text for s in page_segments(BANK)).replace(" ", "")
    assert len(records) == 20 and joined == "".join(records).replace(" ", "")


def test_hexo_scripts_and_form_are_not_article() -> None:
    """Hexo's jQuery/fancybox scripts, the search form and the share link's data attributes give no article
    segment."""
    segments = [s for s in page_segments(HEXO) if not s.boilerplate]
    assert segments and segments[0].text.startswith("Cuối năm, kẻ gian")
    assert not any("jquery" in s.text.lower() or "sitesearch" in s.text or "cmih2x0a5" in s.text for s in segments)


def test_yaml_front_matter_and_table_rule_are_not_article() -> None:
    """The Markdown post's YAML front matter ('---' … '---') gives no article segment, and the table's '|---|' row
    gives no article text."""
    segments = [s for s in page_segments(MARKDOWN) if not s.boilerplate]
    assert segments and segments[0].text.startswith("Một năm nhiều dấu mốc")
    assert not any(
        s.text.startswith(("layout:", "title:", "date:", "author:", "categories:", "tags:")) for s in segments
    )
    assert not any(set(s.text) <= set("|-: ") for s in segments)


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
    assert set(score.article_missing) <= MISSING_LEFT.get(path.name, set())
    assert set(score.unplaced) <= UNPLACED_LEFT.get(path.name, set())
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
