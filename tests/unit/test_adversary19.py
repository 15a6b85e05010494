"""The nineteenth adversary held-out set (tests/data/adversary19): a blind MEASUREMENT of records with a source.
Five MT files (an HPV vaccination notice in TSV with references, a Mekong flood bulletin from Chinese in JSONL, a
shopping app's UI strings in XLIFF 2.0 with inline codes, an admissions portal in gettext PO, a court verdict report
in XLIFF 1.2) were written and annotated before the tool ran on them; two human-quality files (a dengue notice from
Chinese, a library app in XLIFF 1.2) must stay quiet. The blind figures are the floor; the after-fix figures are
asserted below (README: every miss and its cause)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary19"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at 61b0987): 65 of 68 found, 64 with the accepted fix; these 3 were missed.
BLIND_MISSES = [
    "02_lu_mekong.jsonl: A107 'Philippines'",
    "04_tuyen_sinh_lakeview.vi.po: L101 'on a first-come, first-served basis'",
    "05_ban_an_antwerp.xlf: A104 'AN/2025/4417'",
]
# Blind, four findings outside the planted (rule, span) pairs: two true ones (the lost 'before %s' is a dropped
# clause as well as a lost directive; the changed case number is found by A101 on its digits), a part of the
# planted English tail, and a false one ('La Nina' for 拉尼娜 read as a Chinese name in pinyin).
BLIND_EXTRAS = {
    ("04_tuyen_sinh_lakeview.vi.po", "A105", "Nộp hồ sơ qua %s."),
    ("05_ban_an_antwerp.xlf", "A101", "4417"),
    ("04_tuyen_sinh_lakeview.vi.po", "L101", "first-served basis"),
    ("02_lu_mekong.jsonl", "N101", "La Nina"),
}
# Blind, one finding on the clean files: A104 read 'library@lakeview-tech.example<x id="2"/>or' as one address.
BLIND_CLEAN = {("02_thu_vien_so.xlf", "A104", "library@lakeview-tech.exampleho")}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".jsonl", ".xlf"]
    assert [p.suffix for p in MT] == [".tsv", ".jsonl", ".xlf", ".po", ".xlf"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_every_record_is_read_with_its_source() -> None:
    """108 records in TSV, JSONL, XLIFF 2.0, PO and XLIFF 1.2, each with its source (four targets are empty)."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s
        for p in CLEAN + MT
        for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
        for s in d.segments
    ]
    assert errors == [] and len(segments) == 108 and all(s.source for s in segments)
    assert sum(not s.text for s in segments) == 4


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_translations_get_no_major_finding_beyond_blind(path: Path) -> None:
    assert set(serious_findings(path)) <= {"A104 major 'library@lakeview-tech.exampleho'"}


def test_human_translations_findings_at_most_blind() -> None:
    assert {(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)} <= BLIND_CLEAN


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 65 of 68 found, 64 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 68
    assert found >= 65 and fixed >= 64
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)
