"""The fifteenth adversary held-out set (tests/data/adversary15): a blind MEASUREMENT after the round-7 fixes.
Four files machine-translated through Chinese (Lương Cường in Chile, Việt Nam's FDI in 2024, the Myanmar
earthquake, the Wimbledon final; plain text and JSONL) and an English→Vietnamese airline notice with its source
(TSV) were written and annotated before the tool ran on them. No rule was changed for the set: the thresholds below
are the blind figures, so the set says how the tool does on unseen text and must not get worse (README: every miss
and its likely cause). Two human-style news texts must stay free of findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary15"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind, 10 of 62 were missed (tests/data/adversary15/README.md); the set measures, so they stay listed.
BLIND_MISSES = [
    "01_chile_chu_tich_nuoc.txt: C101 'Argentina'",
    "02_fdi_2024.jsonl: N109 'Lý Tại Dung'",
    "02_fdi_2024.jsonl: F106 'các'",
    "03_dong_dat_myanmar.txt: N108 'Min Anglai'",
    "03_dong_dat_myanmar.txt: C101 'Campuchia'",
    "04_wimbledon_2025.jsonl: N108 'Xinna'",
    "04_wimbledon_2025.jsonl: N102 'A Nhĩ Ca Lạp Tư'",
    "04_wimbledon_2025.jsonl: T101 'Janik Sinner'",
    "04_wimbledon_2025.jsonl: L101 'championship point'",
    "05_duong_bay_adelaide.tsv: A105 "
    "'Hãng dự kiến vận chuyển hơn 85.000 lượt khách trên đường bay này trong năm đầu tiên.'",
]
# Blind, two findings outside the planted (rule, span) pairs, both on a planted error under another code:
# 'Min Anglai' read as a Chinese name in pinyin (N101, fix 'Mẫn Khang Lai'), and the row that drops a clause
# flagged for the year it lost (A102) rather than as a short translation (A105).
BLIND_EXTRAS = {
    ("03_dong_dat_myanmar.txt", "N101", "Min Anglai"),
    (
        "05_duong_bay_adelaide.tsv",
        "A102",
        "Hãng dự kiến vận chuyển hơn 85.000 lượt khách trên đường bay này trong năm đầu tiên.",
    ),
    # after gaps15 (F106 judges sentences inside a JSONL record): the planted fragment is found with F106's
    # two-syllable span, 'các cơ', where the annotation has 'các' (lead's decision; not a blind figure)
    ("02_fdi_2024.jsonl", "F106", "các cơ"),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".jsonl", ".txt", ".jsonl", ".tsv"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 52 of 62 found, 48 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 62
    assert found >= 52 and fixed >= 48
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or one of the two blind extras."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_after_leftovers8_the_wrong_partner_and_the_pinyin_names_are_found() -> None:
    """Not blind: after round 8's leftovers (C101's once-named partner, N108's pinyin that echoes a Latin name in
    the document) 'Argentina' and 'Xinna' are found, and 'Boliqi' gets its fix 'Boric': 55 found, 53 fixed."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 55 and fixed >= 53
    assert not {"01_chile_chu_tich_nuoc.txt: C101 'Argentina'", "04_wimbledon_2025.jsonl: N108 'Xinna'"} & set(missed)
