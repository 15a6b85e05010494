"""The clean52 set (tests/data/clean52): the round's closing blind clean measurement. Five human-written Vietnamese
pages on mixed beats (a water-supply project, a provincial tourism push, a vocational college's German partner, a
garment exporter facing EU rules, a Korean cultural week), three copied as text (a water company's customer-notice
page, a tourism promotion centre's events calendar, a Moodle site's news forum) and two saved as HTML (a Haravan store
blog, a Canva website). Measured blind; misses40 (round 27) read Moodle's fixed strings, a filter row and an office's
contact line as chrome: the expectations are those figures, so they cannot get worse."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

CLEAN52 = Path(__file__).resolve().parents[1] / "data" / "clean52"
DOCS = sorted(p for p in CLEAN52.iterdir() if p.suffix in {".txt", ".html"})

# blind figures (README): 4 minor findings, all F110 on runs of spaces in chrome lines read as article (02: 3, 03: 1);
# chrome read as article at the blind run: 8 (02's filter row, 03's six Moodle lines, 05's contact line). After
# misses40 (round 27): no finding, and only 05's contact line still read as article; then that too read as chrome
# (an office's name, a phone and a bare e-mail address)
MINOR_LEFT: dict[str, int] = {}
CHROME_LEFT: dict[str, set[str]] = {}
# article read as chrome at the blind run
ARTICLE_LEFT = {
    "02_trung_tam_xuc_tien_du_lich_lich_su_kien.txt": {
        "13/12/2025 – 14/12/2025   ·   Quảng trường 30/10, Hạ Long",
        "20/12/2025   ·   Khu di tích Yên Tử",
    },
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_no_more_than_blind(path: Path) -> None:
    assert len(findings_of(path)) <= MINOR_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_blind(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
