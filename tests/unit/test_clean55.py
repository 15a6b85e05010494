"""The clean55 set (tests/data/clean55): six human-written Vietnamese pages on round 29's beats (Mongolia and the
Pacific island states, Cuba and Venezuela, medicines and drug bidding, traffic fines and drink-driving checks,
e-commerce platforms' tax, the Netherlands and Belgium with Việt Nam), four copied as text (a slide deck, a library's
catalogue record, a webinar recording page, a public-consultation portal) and two saved as HTML (a Zendesk help
centre, an Adobe Experience Manager news page). The expectations hold the figures so they cannot get worse."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

CLEAN55 = Path(__file__).resolve().parents[1] / "data" / "clean55"
DOCS = sorted(p for p in CLEAN55.iterdir() if p.suffix in {".txt", ".html"})

# written before the blind run: the set's aim (no finding, every line read as annotated); filled in from the run
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
