"""The twentieth adversary held-out set (tests/data/adversary20): a blind measurement in round 9.
Five files machine-translated through Chinese (saltwater intrusion in the Mekong Delta and the Sri Lankan
president's state visit as plain text, a Vietnamese–Indian pharmaceutical deal as JSONL with its Chinese source,
the BRICS summit in Rio de Janeiro saved from a world-news site, the Huế marathon as WebVTT captions) were written
and annotated before the tool ran on them; two human-style news texts must stay free of findings. The blind
figures are the floor; README says what was missed and why, and which fixes followed (tested below on sentences
outside the set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary20"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "03_brics_rio.html"

# Blind (main at 12f4fb9): 59 of 70 found, 55 with the accepted fix; these 11 were missed.
BLIND_MISSES = [
    "01_xam_nhap_man.txt: C104 'Mi Công'",
    "01_xam_nhap_man.txt: L101 'living with salinity'",
    "02_duoc_pham_an_do.jsonl: C106 'Gujilate'",
    "03_brics_rio.html: C106 'Liyuereneilu'",
    "03_brics_rio.html: N107 'Indonesia'",
    "03_brics_rio.html: L101 'multilateralism'",
    "04_marathon_hue.vtt: C106 'Shunhua'",
    "05_sri_lanka_tham_viet_nam.txt: N102 'Anula·Kumala·Disanayake'",
    "05_sri_lanka_tham_viet_nam.txt: N101 'Zheng Shixin'",
    "05_sri_lanka_tham_viet_nam.txt: C101 'Ấn Độ'",
    "05_sri_lanka_tham_viet_nam.txt: T101 'Anura Kumara Disanayaka'",
]
# Blind, seven findings outside the planted (rule, span) pairs: parts of planted errors under other spans (L101
# 'with' of 'living with salinity', N108 on the pinyin state 'Gujilate', N102 on two overlapping pairs of a
# three-part name, T101 without the first given name), A102 on the record A105 flags (numbers of the source are
# lost with the clause: true), and F112 on an apposition ('nước đối tác, nước đối tác thứ 10').
BLIND_EXTRAS = {
    ("01_xam_nhap_man.txt", "L101", "with"),
    ("02_duoc_pham_an_do.jsonl", "N108", "Gujilate"),
    ("02_duoc_pham_an_do.jsonl", "A102", "Nhà máy dự kiến đi vào hoạt động năm 2028."),
    ("03_brics_rio.html", "F112", "nước đối tác, nước đối tác"),
    ("05_sri_lanka_tham_viet_nam.txt", "N102", "Anula·Kumala"),
    ("05_sri_lanka_tham_viet_nam.txt", "N102", "Kumala·Disanayake"),
    ("05_sri_lanka_tham_viet_nam.txt", "T101", "Kumara Disanayaka"),
}
# Blind, one chrome line read as article text: the row of action buttons under the article.
BLIND_CHROME = ["03_brics_rio.html: 'Sao chép liên kết' should be boilerplate"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".jsonl", ".html", ".vtt", ".txt"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 59 of 70 found, 55 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 59 and fixed >= 55
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or one of the blind extras."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_page_chrome_no_worse_than_blind() -> None:
    """Blind: 33 of the page's 34 chrome and article lines classified as annotated."""
    assert set(chrome_misclassified(PAGE)) <= set(BLIND_CHROME)
