"""The sixth adversary held-out set (tests/data/adversary6): target-only plain text and JSONL (`id`, `mt`).
Human-written news in genres the earlier sets do not cover (an appeal verdict, a weather bulletin, a stock market
wrap, a plant protection notice, a festival programme, a health advisory, an interview, a science explainer) must
get no major or critical finding; the machine-translated-style texts about the Czech Republic, Bulgaria, the UAE,
Qatar, the United Kingdom and a rice forum must be found with the right fix. Each fix made in this round also has
a test on sentences that are not in the set."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary6"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in {".txt", ".jsonl"})


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes() -> None:
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 56, missed  # blind: 56 of 70 (tests/data/adversary6/README.md)
    assert fixed >= 52


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]
