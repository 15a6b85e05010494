"""The clean72 set (tests/data/clean72): four human-written Vietnamese pages on round 36's beats (Taiwanese and Hong
Kong investment; space and science; real estate, prices per m² and bonds; hospitals and health insurance), one saved
as HTML from a CMS style no clean set of 61-71 used (a personal blog built with Eleventy v3 from the
'eleventy-base-blog' starter), one copied from a browser as text (menus, crumbs, share line, related links,
comments), one Markdown post as a Hugo site keeps it (TOML front matter between '+++') and one JSONL bank of 20 human
sentences. Written and committed blind, then run once (README): the expectations are the blind figures, kept as a
floor so that a later fix shows and nothing gets worse. No detector was changed for this set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN72 = Path(__file__).resolve().parents[1] / "data" / "clean72"
DOCS = sorted(p for p in CLEAN72.iterdir() if p.suffix in {".txt", ".html", ".md", ".jsonl"} and p.name != "README.md")
ELEVENTY = CLEAN72 / "01_eleventy_nha_pho_gia_can_ho_trai_phieu.html"
TEXT = CLEAN72 / "02_trang_tin_dau_tu_dai_loan_hong_kong.txt"
MARKDOWN = CLEAN72 / "03_markdown_ve_tinh_va_quy_nghien_cuu.md"
BANK = CLEAN72 / "04_cau_tin_benh_vien_bao_hiem_y_te.jsonl"

# blind figures (README): no finding at all, on any of the four files (the set's target is none)
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
# chrome read as article, 0 of 54 chrome lines blind; article read as chrome or not read, 0 of 58 article lines blind
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT: dict[str, set[str]] = {}
MISSING_LEFT: dict[str, set[str]] = {}
# a segment on no annotated line, 3 blind: the Eleventy post's tag links with the starter's ', ' after each but the
# last, read as chrome segments 'căn hộ,' 'trái phiếu,' 'Hà Nội,' — the annotation (not the reader) left the commas
# out; 0 once the annotation was corrected (README)
UNPLACED_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 4 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".jsonl", ".md", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_records_are_all_read() -> None:
    records = [json.loads(line)["mt"] for line in BANK.read_text(encoding="utf-8").splitlines()]
    # every record is one segment or more, in order, and nothing else (not the ids) is read from the file
    joined = "".join(s.text for s in page_segments(BANK)).replace(" ", "")
    assert len(records) == 20 and joined == "".join(records).replace(" ", "")


def test_eleventy_style_script_and_build_comment_are_not_article() -> None:
    """The bundled CSS, the module script and the build-time HTML comment give no segment; the first article segment
    is the h1."""
    segments = page_segments(ELEVENTY)
    assert not any("arbitrary CSS" in s.text or "rJ1f3aQwXk" in s.text or "was built on" in s.text for s in segments)
    article = [s for s in segments if not s.boilerplate]
    assert article and article[0].text.startswith("Giá căn hộ Hà Nội vượt 80 triệu")


def test_toml_front_matter_is_not_article() -> None:
    """The Markdown post's TOML front matter ('+++' … '+++') gives no article segment."""
    segments = [s for s in page_segments(MARKDOWN) if not s.boilerplate]
    assert segments and segments[0].text.startswith("Vệ tinh “made in Việt Nam”")
    assert not any(s.text.startswith(("+++", "title =", "date =", "author =", "tags =", "draft =")) for s in segments)


def test_text_page_comments_are_read() -> None:
    """The readers' comments (N) are read; the commenter names and 'Trả lời · N giờ trước' lines are chrome."""
    segments = page_segments(TEXT)
    assert any(s.text.startswith("Kho 12 ha ở Hưng Yên") for s in segments)
    assert all(s.boilerplate for s in segments if s.text.startswith("Trả lời ·"))


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
