"""The thirty-eighth adversary held-out set (tests/data/adversary38), scoped down for time: one provincial
portal's saved HTML page whose article (an invented Czech business delegation in Quảng Ninh) is machine-translated
through Chinese, and one human-written regional paper's page (Bắc Hà market) that must stay quiet; every listed
page line annotated chrome or article. Written, annotated and committed (8914dfb) before the tool ran on it; the
blind figures are the floor; README says what was missed and why. No rule was changed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from test_adversary5_html import chrome_misclassified

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary38"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".html")

# Blind (data at 8914dfb; main at 543b9b4): 14 of 22 found, 11 with the accepted fix; these 8 were missed.
BLIND_MISSES = {
    "01_doan_sec_quang_ninh.html: N101 'Wu Dewang'",
    "01_doan_sec_quang_ninh.html: N108 'Nuowake'",
    "01_doan_sec_quang_ninh.html: C101 'Trung Quốc'",
    "01_doan_sec_quang_ninh.html: T307 '12 ức USD'",
    "01_doan_sec_quang_ninh.html: C105 'Czech'",
    "01_doan_sec_quang_ninh.html: F106 'đồng thời'",
    "01_doan_sec_quang_ninh.html: N106 'Nguyễn Thành Trung tiên sinh'",
    "01_doan_sec_quang_ninh.html: T201 'Tiệp Khắc'",
}
# Blind, three findings outside the planted pairs: the tool's spans for T307 and N106 are shorter than the
# annotation's, and 'Czech' came as T201 where the annotation has C105 (README).
BLIND_EXTRAS = {
    ("01_doan_sec_quang_ninh.html", "T307", "12 ức"),
    ("01_doan_sec_quang_ninh.html", "T201", "Czech"),
    ("01_doan_sec_quang_ninh.html", "N106", "tiên sinh"),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 1
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 14 of 22 found, 11 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 22
    assert found >= 14 and fixed >= 11
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_after_round_14() -> None:
    """Round 14 (the lead): 15 of 22, 12 with the accepted fix — C101 'giữa Séc và Trung Quốc' in a provincial
    story that never writes 'Việt Nam': Việt Nam's provinces (Quảng Ninh, Hạ Long) now imply it as the other party
    (test_vn_place_anchors.py, a Hungarian delegation in Đà Nẵng)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 15 and fixed >= 12
    assert "01_doan_sec_quang_ninh.html: C101 'Trung Quốc'" not in missed


def test_mt_recall_after_round_17() -> None:
    """Round 17 (misses17): the first 'Wu Dewang' after 'tỉnh Guangning' (a province's pinyin opens the run, then
    the name: N101) and the first 'Nuowake' after 'Thứ trưởng Bộ Công Thương Séc' (a ministry's name and its
    country before a pinyin name: N108), both without the accepted fix (tested on other provinces, ministries and
    names in test_misses17.py): 17 of 22, 12 with the accepted fix."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 17 and fixed >= 12
    assert not {"01_doan_sec_quang_ninh.html: N101 'Wu Dewang'", "01_doan_sec_quang_ninh.html: N108 'Nuowake'"} & set(
        missed
    )


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_as_annotated() -> None:
    """Blind: every listed line of both pages read as annotated (chrome or article)."""
    for path in CLEAN + MT:
        assert chrome_misclassified(path) == [], path.name
