"""The clean56 set (tests/data/clean56): six human-written Vietnamese pages on the closing sets' beats (EVN's power
prices, LNG and rooftop solar; durian exports to China through Lạng Sơn's gates; the school-leaving exam and AI in
classrooms; chip factories and their engineers; the Mekong River Commission and upstream releases; Singapore and Việt
Nam on carbon credits and data centres), four copied as text (a power company's tariff page, a customs notice, an exam
board's Q&A, a career-centre event page) and two saved as HTML (a Sitecore bulletin, an Odoo blog post). Written and
committed blind; the expectations are filled in after the run (README)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

CLEAN56 = Path(__file__).resolve().parents[1] / "data" / "clean56"
DOCS = sorted(p for p in CLEAN56.iterdir() if p.suffix in {".txt", ".html"})

SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, int] = {}
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 6 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_major_or_critical_no_more_than_left(path: Path) -> None:
    assert len(serious_findings(path)) <= SERIOUS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_no_more_than_left(path: Path) -> None:
    assert len(findings_of(path)) <= FINDINGS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_left(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
