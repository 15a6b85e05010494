"""The seventh adversary held-out set (tests/data/adversary7): a blind measurement after the gazetteer additions.
Human-written news in genres the earlier sets do not cover (a Formula 1 race, the Nobel week, labour export,
cross-border e-commerce, a university ranking) must get no major or critical finding; the machine-translated-style
texts about Indonesia, Singapore, Kazakhstan and New Zealand are scored as measured before any fix, so that the
test documents the state (tests/data/adversary7/README.md lists every miss with its likely cause)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary7"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted((ADVERSARY / "mt").glob("*.txt"))

BLIND_MISSES = [
    "01_viet_indonesia.txt: C101 'Trung Quốc'",
    "02_viet_singapore.txt: N104 'Lawrence'",
    "02_viet_singapore.txt: L101 'the memoranda of understanding'",
    "02_viet_singapore.txt: L101 'digital economy'",
    "03_viet_kazakhstan.txt: N104 'Olzhas'",
    "03_viet_kazakhstan.txt: T101 'Kassym-Jomart Tokaev'",
    "04_viet_new_zealand.txt: T306 '27/2'",
    "04_viet_new_zealand.txt: L101 'Minister of State for Trade and Investment'",
    "04_viet_new_zealand.txt: L101 'international education'",
]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 5 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the five clean texts."""
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_blind_recall_and_fixes() -> None:
    """Blind: 29 of 38 planted errors found, 26 of them with the accepted fix (no rule changed for this set)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 38
    assert found >= 29, missed
    assert fixed >= 26
    assert set(missed) <= set(BLIND_MISSES)


def test_blind_wrong_fixes_as_measured() -> None:
    """The three found errors without the accepted fix (README: 'Wrong fixes'); a rule fix updates this."""
    got = {
        (f.rule, f.text, f.suggestion)
        for path in MT
        for _, f in findings_of(path)
        if (f.rule, f.text) in {("N101", "Wu Fangli"), ("C102", "Yue-Yin"), ("F105", "，")}
    }
    assert got == {
        ("N101", "Wu Fangli", "Võ Phương Lê"),
        ("C102", "Yue-Yin", "Việt Nam – Ấn Độ"),
        ("F105", "，", ","),
    }


def test_only_extra_finding_on_mt_is_part_of_a_planted_span() -> None:
    """Every MT finding is a planted span but one: L101 'of understanding', the tail of the planted
    'the memoranda of understanding'."""
    extra = []
    for path in MT:
        spans = {(n["rule"], n["span"]) for n in json.loads(path.with_suffix(".json").read_text("utf-8"))["expected"]}
        extra += [(path.name, f.rule, f.text) for _, f in findings_of(path) if (f.rule, f.text) not in spans]
    assert extra == [("02_viet_singapore.txt", "L101", "of understanding")]
