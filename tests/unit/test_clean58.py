"""The clean58 set (tests/data/clean58): five human-written Vietnamese pages on round 30's beats (the EU's IUU yellow
card and fishing fleets; Vietnamese workers in Korea; trade with Israel and the UAE, with rare earths; Long Thành
airport and airlines' routes; the pilot crypto-asset market), three copied as text (a fisheries department's notice, a
labour-export company's recruitment order, a trade office's e-mail newsletter) and two saved as HTML (an airport news
page on Kentico, an exchange's help-centre article on Freshdesk). Written and committed blind (README)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

CLEAN58 = Path(__file__).resolve().parents[1] / "data" / "clean58"
DOCS = sorted(p for p in CLEAN58.iterdir() if p.suffix in {".txt", ".html"})

# what the tool is expected to leave (filled in from the blind figures, README)
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
