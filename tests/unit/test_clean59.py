"""The clean59 set (tests/data/clean59): five human-written Vietnamese pages on round 31's beats (road safety and
traffic fines; the Holy See, a diocese and typhoon relief; elections abroad; textile and garment exports; nuclear
power's restart), three copied as text (a traffic police notice, a diocese's chancery announcement, an embassy's notice
to its citizens) and two saved as HTML (a garment company's investor-relations page on TYPO3, a nuclear-information
centre's page rendered by Angular). Written and committed blind; the expectations are the figures the set should
reach (README)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

CLEAN59 = Path(__file__).resolve().parents[1] / "data" / "clean59"
DOCS = sorted(p for p in CLEAN59.iterdir() if p.suffix in {".txt", ".html"})

SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, int] = {}
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
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
