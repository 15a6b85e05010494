"""The twenty-first adversary held-out set (tests/data/adversary21): a blind measurement in round 9 of
English→Vietnamese neural MT (not through Chinese). Two target-only texts (a World Bank update on Việt Nam's
economy, a Premier League match report), a smartphone review as TSV src/mt/ref, a WHO heat advisory as JSONL with
its English source and a wildfire report as XLIFF 2.0 were written and annotated before the tool ran on them; two
human-style news texts must stay free of findings. The blind figures are the floor; README says what was missed
and why, and which fixes followed (tested below on sentences outside the set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary21"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at b82ca5c): 51 of 62 found, all 51 with the accepted fix; these 11 were missed.
BLIND_MISSES = [
    "01_ngan_hang_the_gioi.txt: F106 'nhưng'",
    "01_ngan_hang_the_gioi.txt: F107 'cho'",
    "02_aston_villa_fulham.txt: L101 'against the run of play'",
    "02_aston_villa_fulham.txt: F106 'và'",
    "03_danh_gia_dien_thoai.tsv: A105 'Viên pin 5.500 mAh kéo dài một ngày rưỡi trong các thử nghiệm của chúng tôi.'",
    "03_danh_gia_dien_thoai.tsv: L101 'in low light'",
    "03_danh_gia_dien_thoai.tsv: A103 'Lindeman'",
    "05_chay_rung_canada.xlf: A103 'Colombia'",
    "05_chay_rung_canada.xlf: A110 'Người sơ tán cần đăng ký tại trung tâm tiếp nhận ở Fort St. John.'",
    "05_chay_rung_canada.xlf: A111 'Cho đến nay đã có thương vong được báo cáo.'",
    "05_chay_rung_canada.xlf: A109 '20/6'",
]
# Blind, six findings outside the planted (rule, span) pairs (README: two spans of planted errors, a true T101,
# and a false alarm, S101 on a syllable of a transliterated name).
BLIND_EXTRAS = {
    ("01_ngan_hang_the_gioi.txt", "F106", "nhưng giá"),
    ("02_aston_villa_fulham.txt", "F106", "và chỉ"),
    ("02_aston_villa_fulham.txt", "L101", "against"),
    ("02_aston_villa_fulham.txt", "L101", "of play"),
    ("02_aston_villa_fulham.txt", "S101", "Bớc"),
    ("05_chay_rung_canada.xlf", "T101", "British Colombia"),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".tsv", ".jsonl", ".xlf"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 51 of 62 found, all with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 62
    assert found >= 51 and fixed >= 51
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or one of the blind extras."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)
