"""The clean22 set (tests/data/clean22): human-written Vietnamese of kinds the clean sets covered thinly (a
trademark appeal verdict, a stock-market close with tickers and foreign chip makers, a Premier League report, a French
stew recipe, a Portuguese itinerary, a 'PV:' interview, a wallet press release full of English brands, a composer's
obituary, an essay quoting Tang quatrains in Hán-Việt, a human translation of a port news item with its English
source, a chess round, a new frog species with Latin binomials). Clean text must stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of

CLEAN22 = Path(__file__).resolve().parents[1] / "data" / "clean22"
DOCS = sorted(p for p in CLEAN22.iterdir() if p.suffix in {".txt", ".tsv"})


def test_set_is_complete() -> None:
    assert len(DOCS) == 12
    assert {p.suffix for p in DOCS} == {".txt", ".tsv"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_finding_at_all(path: Path) -> None:
    """Blind run after e9435b3: no finding of any severity on any document; it must stay so."""
    assert [f"{f.rule} {f.text!r}" for _, f in findings_of(path)] == []
