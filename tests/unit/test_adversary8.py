"""The eighth adversary held-out set (tests/data/adversary8): non-political news, a blind measurement.
Human-written sports, business, technology, culture and weather news must get no major or critical finding; the
machine-translated-style texts (three through Chinese, three through English; two are JSONL records with a
source) are scored against their annotations (tests/data/adversary8/README.md lists every miss and its cause)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary8"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

BLIND_MISSES = [
    "01_t1_chung_ket.txt: N108 'Li Xianghe'",
    "01_t1_chung_ket.txt: C102 'Zhong-Han'",
    "04_sinner_uc.jsonl: L101 'defeated'",
    "04_sinner_uc.jsonl: A109 '16/1'",
    "05_nvidia_quy3.txt: L101 'year-over-year'",
    "05_nvidia_quy3.txt: C105 'Taiwanese'",
    "06_ai_ung_thu_phoi.txt: C105 'Korean'",
]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 6 and len(MT) == 6
    assert all(p.with_name(p.stem + ".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_minor_findings_as_measured() -> None:
    """Blind: one minor finding on the six clean texts, C105 'Italy' (a spelling the Vietnamese press uses)."""
    got = [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)]
    assert got == [("02_sinner_uc.txt", "C105", "Italy")]


def test_mt_blind_recall_and_fixes() -> None:
    """Blind: 41 of 48 planted errors found, 38 of them with the accepted fix."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 48
    assert found >= 41, missed
    assert fixed >= 38
    assert set(missed) <= set(BLIND_MISSES)


def test_extra_findings_on_mt_as_measured() -> None:
    """Findings on MT text that are no planted span (README: 'Extra findings')."""
    extra = []
    for path in MT:
        notes = json.loads(path.with_name(path.stem + ".json").read_text("utf-8"))["expected"]
        spans = {(n["rule"], n["span"]) for n in notes}
        extra += [(path.name, f.rule, f.text) for _, f in findings_of(path) if (f.rule, f.text) not in spans]
    assert sorted(extra) == [
        ("01_t1_chung_ket.txt", "N101", "Li Xianghe"),
        ("04_sinner_uc.jsonl", "A101", "16"),
        ("04_sinner_uc.jsonl", "C105", "Italy"),
    ]
