"""The clean30 set (tests/data/clean30): ten human-written Vietnamese documents on markets, finance and technology,
six copied as plain text with their chrome (a listed company's investor-relations page, a trading app's news tab,
the central bank's press release, a tech magazine's long-read with a table of contents, a Korean company's
newsroom, a bank's news page) and four as JSONL records of a news app's content feed under its own field names,
read with --field. Every line or record annotated; clean text must stay quiet and the chrome must be
boilerplate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import score_lines
from test_adversary5_html import chrome_misclassified

from audit.corpus import ReadOptions, discover, read_file
from audit.corpus.records import FieldNames
from audit.model import Document, Finding
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

CLEAN30 = Path(__file__).resolve().parents[1] / "data" / "clean30"
PAGES = sorted(CLEAN30.glob("*.txt"))
FEEDS = sorted(CLEAN30.glob("*.jsonl"))
FEED_FIELDS = ReadOptions(fields=FieldNames(target="van_ban", id="ma_khoi"))


def feed_documents(path: Path) -> list[Document]:
    """The feed file's documents, read as `--field target=van_ban --field id=ma_khoi` reads them."""
    errors: list = []
    docs = [d for item in discover([str(path)], errors) for d in read_file(item, FEED_FIELDS, errors)]
    assert errors == []
    return docs


def feed_findings(path: Path) -> list[tuple[Document, Finding]]:
    rules = [cls() for cls in select_rules(None)]
    return [(d, f) for d in feed_documents(path) for f in run_rules(d, rules, Settings())]


def test_set_is_complete() -> None:
    assert len(PAGES) == 6 and len(FEEDS) == 4
    assert all(p.with_suffix(".json").exists() for p in PAGES + FEEDS)


@pytest.mark.parametrize("path", FEEDS, ids=lambda p: p.name)
def test_feed_records_are_all_read(path: Path) -> None:
    """Every record's text is read under the feed's field names, none lost."""
    records = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    text = " ".join(s.text for d in feed_documents(path) for s in d.segments)
    assert all(r[3][:40] in text for r in records)


def test_no_finding() -> None:
    found = [(p.name, f.rule, f.text) for p in PAGES for _, f in findings_of(p)]
    found += [(p.name, f.rule, f.text) for p in FEEDS for _, f in feed_findings(p)]
    assert found == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert score.article_as_chrome == []
    assert score.chrome_as_article == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert chrome_misclassified(path) == []
