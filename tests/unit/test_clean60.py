"""The clean60 set (tests/data/clean60): five human-written Vietnamese pages on round 32's beats (delivery and
ride-hailing apps; dengue and medicines; Central Asia relations; Vietnamese in Prague and Berlin and the SEA Games;
satellite internet), two saved as HTML from different CMSs (a WordPress news theme, a provincial health department's
Liferay portal with tables), one copied from a browser as text (menus, crumbs, share line, related links, comments),
one Markdown page and one JSONL of human sentences. Written and committed blind, then run once (README): the
expectations are the blind figures, kept as a floor so that a later fix shows and nothing gets worse. No detector was
changed for this set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN60 = Path(__file__).resolve().parents[1] / "data" / "clean60"
DOCS = sorted(p for p in CLEAN60.iterdir() if p.suffix in {".txt", ".html", ".md", ".jsonl"} and p.name != "README.md")

# blind figures (README): no critical or major finding; 1 minor finding (05: L101 on 'nail' in 'tiệm nail', a loanword
# Vietnamese writes so); chrome read as article 1 of 104 (04: the newsletter's italic footer line under the '---'
# rule); article read as chrome 2 of 122 (01: the WordPress figure caption ending 'Ảnh: Hà Vy'; 02: the author's
# signature 'Thanh Bình' right-aligned under the Liferay article). Misses are for a later task
SERIOUS_LEFT: dict[str, int] = {}
# after the lead's fix of round 32 ('nail' in references/vi_loans.txt, sourced): no finding left
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
# after the lead's fix of round 32 (a reuse notice closing a short line after a tagline, boilerplate.tsv): none left
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT = {
    "01_wordpress_tai_xe_giao_do_an_mua_mua.html": {
        "Tài xế công nghệ chờ nhận đơn trước một quán cà phê trên đường Hai Bà Trưng, chiều 24/11. Ảnh: Hà Vy"
    },
    "02_liferay_so_y_te_sot_xuat_huyet_tuan_47.html": {"Thanh Bình"},
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".html", ".jsonl", ".md", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_records_are_all_read() -> None:
    path = CLEAN60 / "05_cau_tin_internet_ve_tinh_va_the_thao.jsonl"
    records = [json.loads(line)["mt"] for line in path.read_text(encoding="utf-8").splitlines()]
    text = " ".join(s.text for s in page_segments(path))
    assert len(records) == 20 and all(r[:40] in text for r in records)


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
