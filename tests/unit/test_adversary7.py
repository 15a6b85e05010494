"""The seventh adversary held-out set (tests/data/adversary7): a blind measurement after the gazetteer additions.
Human-written news in genres the earlier sets do not cover (a Formula 1 race, the Nobel week, labour export,
cross-border e-commerce, a university ranking) must get no major or critical finding; the machine-translated-style
texts about Indonesia, Singapore, Kazakhstan and New Zealand were scored blind (29 of 38), then the misses fixed in
ways that generalise, each fix tested on other sentences (tests/unit/test_round6_generalised.py); the README lists
the blind misses, their causes and the figures after the fixes."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary7"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted((ADVERSARY / "mt").glob("*.txt"))

# Blind, 9 of 38 were missed (tests/data/adversary7/README.md); after the round-6 fixes none is.
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


def test_mt_recall_and_fixes() -> None:
    """Blind 29 of 38 found, 26 with the accepted fix; after the fixes 38 of 38, 36 with the accepted fix."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 38
    assert found == 38, missed
    assert fixed >= 36


def test_wrong_fixes_left() -> None:
    """The two found errors without the accepted fix (README: 'Wrong fixes'): 'Wu Fangli' is a guess from the name
    sample (Tô Lâm's wife is in no gazetteer; 'Ly' has no character to come from 'li', and Võ/Vũ are commoner
    surnames than Ngô), and '，' a convention question."""
    got = {
        (f.rule, f.text, f.suggestion)
        for path in MT
        for _, f in findings_of(path)
        if (f.rule, f.text) in {("N101", "Wu Fangli"), ("C102", "Yue-Yin"), ("F105", "，")}
    }
    assert got == {
        ("N101", "Wu Fangli", "Võ Phương Lợi"),
        ("C102", "Yue-Yin", "Việt Nam – Indonesia"),  # blind: Việt Nam – Ấn Độ
        ("F105", "，", ","),
    }


def test_every_mt_finding_is_a_planted_span() -> None:
    """Blind, one extra finding: L101 'of understanding', the tail of the planted 'the memoranda of understanding';
    now the whole phrase is found and nothing else."""
    extra = unplanted_findings(MT)
    assert extra == []
