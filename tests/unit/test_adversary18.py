"""The eighteenth adversary held-out set (tests/data/adversary18): a blind measurement in round 9.
Four files machine-translated through Chinese (State President Lương Cường's state visit to Angola, the second
ASEAN–GCC summit with its Chinese source, the NanoDragon launch saved from a science site, the Đồng Đăng – Trà
Lĩnh expressway; plain text, JSONL and HTML) and an English→Vietnamese tuna-export report with its source and a
reference (TSV) were written and annotated before the tool ran on them; two human-style news texts must stay
free of findings. The blind figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary18"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "03_ve_tinh_nanodragon.html"

# Blind (main at 61b0987): 62 of 70 found, 59 with the accepted fix; these 8 were missed.
BLIND_MISSES = [
    "01_viet_nam_angola.txt: C106 'Luoanda'",
    "01_viet_nam_angola.txt: N102 'Téte·António'",
    "02_asean_gcc.jsonl: C104 'Hải Loan'",
    "02_asean_gcc.jsonl: A105 'Ông Lý Cường cho biết Trung Quốc sẵn sàng tăng cường phối hợp chính sách kinh tế"
    " vĩ mô.'",
    "03_ve_tinh_nanodragon.html: C106 'Luerdao'",
    "03_ve_tinh_nanodragon.html: N101 'Li Chunhui'",
    "03_ve_tinh_nanodragon.html: N108 'Shanchuan Hong'",
    "04_xuat_khau_ca_ngu.tsv: A104 'www.vasep.example/tuna-forum-2072'",
]
# Blind, two findings outside the planted (rule, span) pairs: A107 read 'Thái' of 'Thái tử' (crown prince) as
# Thailand (a false alarm beside the planted 'Qatar'), and A104 flagged the changed link with the whole segment.
BLIND_EXTRAS = {
    ("02_asean_gcc.jsonl", "A107", "Thái"),
    (
        "04_xuat_khau_ca_ngu.tsv",
        "A104",
        "Đăng ký tham dự diễn đàn kết thúc ngày 28/2, chương trình được đăng tại www.vasep.example/tuna-forum-2072.",
    ),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".jsonl", ".html", ".tsv", ".txt"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 62 of 70 found, 59 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 62 and fixed >= 59
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or one of the blind extras."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_page_chrome() -> None:
    """Blind: every one of the page's 31 chrome and article lines classified as annotated."""
    assert chrome_misclassified(PAGE) == []
