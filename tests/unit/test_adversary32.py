"""The thirty-second adversary held-out set (tests/data/adversary32): a blind measurement in round 12 of records
that carry their source, in five new domains. An air purifier's product page as Trados Studio SDLXLIFF, a
logistics contract clause as TSV src/mt/ref, a surgical consent form from Chinese as JSONL and a game's menus
and dialogue as gettext PO were written and annotated before the tool ran on them; two human-quality files (a
city guide app's strings as XLIFF 1.2, its introduction video as SubRip) must stay quiet. The blind figures are
the floor; README says what was missed and why, and which fixes followed (tested below on records outside the
set)."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary32"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at b09b9fb): 60 of 65 found, 59 with the accepted fix; these 5 were missed.
BLIND_MISSES = [
    "01_may_loc_khong_khi.vi.sdlxliff: F111 'theo theo'",
    "01_may_loc_khong_khi.vi.sdlxliff: L101 'user manual'",
    "03_phieu_dong_y_phau_thuat.jsonl: T308 'biểu thị'",
    "04_tro_choi_den_long.vi.po: A101 'năm'",
    "04_tro_choi_den_long.vi.po: C105 'Netherlands'",
]
# Blind, two findings outside the planted (rule, span) pairs, both true: A102 on the contract row that lost its
# figures (26 tonnes, USD 45; planted as A105) and A110 on the end tag '</b>' of the changed '<i>' pair.
BLIND_EXTRAS = {
    ("02_dieu_khoan_van_chuyen.tsv", "A102", "7.15 Container được cân tại cảng Cát Lái."),
    ("04_tro_choi_den_long.vi.po", "A110", "</b>"),
}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".xlf", ".srt"]
    assert [p.suffix for p in MT] == [".sdlxliff", ".tsv", ".jsonl", ".po"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_every_record_is_read_with_its_source() -> None:
    """125 records in SDLXLIFF, TSV, JSONL, PO, XLIFF 1.2 and SRT; all but the 12 subtitle cues with a source
    (the empty translation too)."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s
        for p in CLEAN + MT
        for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
        for s in d.segments
    ]
    assert errors == []
    assert len(segments) == 125
    assert sum(1 for s in segments if s.source) == 113


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 60 of 65 found, 59 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 65
    assert found >= 60 and fixed >= 59
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_clean_files_get_no_finding() -> None:
    """Blind and after: no finding of any severity on the two human-quality files."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_findings_outside_the_plants_are_the_known_true_ones() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS
