"""The clean69 set (tests/data/clean69): five human-written Vietnamese pages on round 36's beats (Russia and Central
Asia; US tariffs; farm exports; high-speed rail and Long Thành; Korea and Việt Nam), two saved as HTML from CMS styles
no clean set of 61-68 used (a SvelteKit news app, a Substack post), one copied from a browser as text (menus, path,
share line, related links, comments), one Markdown newsletter page and one TSV bank of human sentences. Written and
committed blind, then run once (README): the expectations are the blind figures, kept as a floor so that a later fix
shows and nothing gets worse. No detector was changed for this set; leftovers68 fixed the blind false alarm and
misses (README, "after the fixes")."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN69 = Path(__file__).resolve().parents[1] / "data" / "clean69"
DOCS = sorted(p for p in CLEAN69.iterdir() if p.suffix in {".txt", ".html", ".md", ".tsv"} and p.name != "README.md")
SVELTE = CLEAN69 / "01_sveltekit_nga_trung_a_hanh_lang_van_tai.html"
SUBSTACK = CLEAN69 / "02_substack_thue_quan_my_hang_viet.html"
TEXT = CLEAN69 / "03_trang_tin_sau_rieng_ca_phe_xuat_khau.txt"
NEWSLETTER = CLEAN69 / "04_markdown_duong_sat_cao_toc_long_thanh.md"
BANK = CLEAN69 / "05_cau_tin_han_quoc_viet_nam.tsv"

# blind figures (README): one major finding, a false alarm on an English quote line of the text page ('"... When Đắk
# Lắk sneezes, Lampung catches a cold," ông Budi nói.'): L101 on 'a cold'; 2 of 85 chrome lines read as article (the
# Markdown page's italic date/author/reading-time line and its italic footer); 1 of 76 article lines not read (the
# Markdown footnote '[^1]: …'). After the fixes (leftovers68: the carried quote's Vietnamese share leaves names out;
# two boilerplate rows; footnotes read): none left, the set's target.
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT: dict[str, set[str]] = {}
MISSING_LEFT: dict[str, set[str]] = {}


def test_footnote_mark_is_not_glued_to_its_sentence() -> None:
    """leftovers68: the footnote's mark is left out of the sentence citing it, its definition read as article."""
    texts = [s.text for s in page_segments(NEWSLETTER) if not s.boilerplate]
    assert not any("[^1]" in t for t in texts)
    assert any(t.startswith("Số liệu trong bài lấy từ các văn bản đã công bố") for t in texts)


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".html", ".md", ".tsv", ".txt"]


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


def test_scripts_and_form_fields_are_not_text() -> None:
    """The SvelteKit start script and its data JSON, Substack's `_preloads` script and the e-mail placeholder give no
    segment."""
    texts = [s.text for path in (SVELTE, SUBSTACK) for s in page_segments(path)]
    assert texts and not any(
        "__sveltekit" in t or "kit.start" in t or "_preloads" in t or "Type your email" in t or "2284137" in t
        for t in texts
    )


def test_yaml_front_matter_and_table_rule_are_not_article() -> None:
    """The newsletter's YAML front matter gives no segment (the first is the H1), and the table's '|---|' row gives
    no article text."""
    segments = page_segments(NEWSLETTER)
    assert segments and segments[0].text.startswith("Đường sắt tốc độ cao và sân bay Long Thành")
    assert not any(s.text.startswith(("title:", "date:", "author:", "tags:")) for s in segments)
    assert not any(set(s.text) <= set("|-: ") for s in segments if not s.boilerplate)


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
    assert set(score.article_missing) <= MISSING_LEFT.get(path.name, set()) and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
