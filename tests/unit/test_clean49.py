"""The clean49 set (tests/data/clean49): the round's closing blind clean measurement, five human-written Vietnamese
pages on mixed beats (a provincial budget, a university's patents, a port and logistics, robot surgery, a Việt kiều
business forum), three copied as text (a CKAN open-data dataset page, a Discourse topic, a container terminal's
customer portal) and two saved as HTML (GitBook, Luma). The blind figures are recorded in the set's README; the
expectations are the figures after chrome50's fixes (every chrome and article line read as annotated), so the reader
and the detectors cannot get worse on these pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

from audit.model import Severity

CLEAN49 = Path(__file__).resolve().parents[1] / "data" / "clean49"
DOCS = sorted(p for p in CLEAN49.iterdir() if p.suffix in {".txt", ".html"})

# minor findings after chrome50's fixes: the two F110 ('2/3 spaces between words') on the reader's reply line
# ('nguyenthu_bk   Thg 11 27   Cảm ơn …', annotated N, neither chrome nor article); at the blind run 8 on 01 and 6 on
# 02, all on chrome lines then read as article (the README lists them)
MINOR_AFTER_FIXES = {
    "02_dien_dan_discourse_bang_sang_che_dai_hoc.txt": 2,
}

# chrome read as article, and article read as chrome, after chrome50's fixes: none (the blind run's 34 and 3 are
# listed in the README)
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_minor_findings_no_more_than_after_fixes(path: Path) -> None:
    minor = [f for _, f in findings_of(path) if f.severity < Severity.MAJOR]
    assert len(minor) <= MINOR_AFTER_FIXES.get(path.name, 0), [(f.rule, f.text) for f in minor]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
