"""The twenty-third adversary held-out set (tests/data/adversary23): a blind measurement in round 10.
Five files machine-translated through Chinese (the Gaza peace summit in Sharm el-Sheikh and the SEA Games 33
football final as plain text, the Fed's December 2025 rate cut as JSONL with its Chinese source, a Korean battery
maker's plant as XLIFF 1.2 with its Chinese source, the 75th Sapporo Snow Festival saved from a culture magazine)
were written and annotated before the tool ran on them; two human-style news texts must stay free of findings.
The blind figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary23"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "05_le_hoi_tuyet_sapporo.html"

# Blind (main at 0f62cd2, data at 48dd06e): 56 of 71 found, 48 with the accepted fix; these 15 were missed.
BLIND_MISSES = [
    "01_hoi_nghi_sharm_el_sheikh.txt: C104 'Gia Sa'",
    "01_hoi_nghi_sharm_el_sheikh.txt: F106 'việc'",
    "02_chung_ket_sea_games.txt: N109 'Kim Tương Thực'",
    "03_fed_lai_suat.jsonl: A101 '5'",
    "03_fed_lai_suat.jsonl: N108 'Guersibi'",
    "03_fed_lai_suat.jsonl: N108 'Baoweier'",
    "04_nha_may_pin.xlf: C107 'Tam Tinh'",
    "04_nha_may_pin.xlf: N109 'Phác Thành Tuấn'",
    "04_nha_may_pin.xlf: N109 'Cui Rongsan'",
    "04_nha_may_pin.xlf: A111 'Nhà máy sử dụng lò hơi đốt than, toàn bộ dùng điện mặt trời áp mái.'",
    "05_le_hoi_tuyet_sapporo.html: N108 'Qiuyuan Keguang'",
    "05_le_hoi_tuyet_sapporo.html: C104 'Đại Thông'",
    "05_le_hoi_tuyet_sapporo.html: N102 'Linh Mộc Trực Đạo'",
    "05_le_hoi_tuyet_sapporo.html: C104 'Trát Hoảng'",
    "05_le_hoi_tuyet_sapporo.html: N104 'Shigeru'",
]
# Blind, two findings outside the planted (rule, span) pairs, both true: F106 flags 'việc trao' where the
# annotation named 'việc' (a span convention), N101 reads the Korean ambassador's pinyin as a Chinese name.
BLIND_EXTRAS = {
    ("01_hoi_nghi_sharm_el_sheikh.txt", "F106", "việc trao"),
    ("04_nha_may_pin.xlf", "N101", "Cui Rongsan"),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".xlf", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 56 of 71 found, 48 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 71
    assert found >= 56 and fixed >= 48
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or a blind extra."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_page_chrome_as_annotated() -> None:
    """Blind: all 30 listed lines of the saved page (17 chrome, 13 article) classified as annotated."""
    assert chrome_misclassified(PAGE) == []
