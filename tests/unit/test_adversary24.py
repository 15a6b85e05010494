"""The twenty-fourth adversary held-out set (tests/data/adversary24): a blind measurement in round 10 of
English→Vietnamese MT with its source in new domains. A lease in XLIFF 1.2 with inline codes, a medicine leaflet
as TSV src/mt/ref, a travel-booking site's UI strings in gettext PO, an earnings release as JSONL and a lecture's
subtitle cues as XLIFF 2.0 were written and annotated before the tool ran on them; two human-quality record files
(a bike-sharing app's PO catalogue, a water utility's notice as TSV) must get no major finding. The blind figures
are the floor; README says what was missed and why, and which fixes followed (tested below on records outside
the set)."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary24"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at 0f62cd2): 67 of 70 found, all 67 with the accepted fix; these 3 were missed.
BLIND_MISSES = [
    "03_dat_phong_du_lich.vi.po: A101 '2'",
    "03_dat_phong_du_lich.vi.po: L102 'Pay at the property'",
    "04_thong_cao_corvanta.jsonl: L101 'Free cash flow'",
]
# Blind, three findings outside the planted (rule, span) pairs: A104 on a translated link read through its
# attribute's closing quote into the link text, a part of the planted 'Free cash flow', and a false A101 on
# '14' for the '2' of 'from 2 to 4 p.m.'.
BLIND_EXTRAS = {
    ("03_dat_phong_du_lich.vi.po", "A104", 'https://triplantern.example/quyen-rieng-tu">ch'),
    ("04_thong_cao_corvanta.jsonl", "L101", "flow"),
    ("05_bai_giang_kinh_te_hanh_vi.xlf", "A101", "14"),
}
# Blind, one major finding on the clean files: A104 read the link of <a href="…/terms">terms of use</a> through
# the closing quote ('…/terms">terms'), so the translated link text made the link differ.
BLIND_CLEAN = {("01_xe_dap_cong_cong.vi.po", "A104", "https://pedalcity.example/terms")}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".po", ".tsv"]
    assert [p.suffix for p in MT] == [".xlf", ".tsv", ".po", ".jsonl", ".xlf"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_every_record_is_read_with_its_source() -> None:
    """139 records in XLIFF 1.2, TSV, PO, JSONL and XLIFF 2.0, each with its source."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s
        for p in CLEAN + MT
        for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
        for s in d.segments
    ]
    assert errors == [] and all(s.source for s in segments)
    assert len(segments) == 139


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 67 of 70 found, all with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 67 and fixed >= 67
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_clean_files_at_most_the_blind_finding() -> None:
    """Blind: one major finding on the clean files (BLIND_CLEAN); no other finding of any severity."""
    found = {(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)}
    assert found <= BLIND_CLEAN
