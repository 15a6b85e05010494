"""The twenty-second adversary held-out set (tests/data/adversary22): the round's final blind measurement.
Four files machine-translated through Chinese (the Brazilian president's state visit and an agritech start-up's
funding round as plain text, a dengue campaign as JSONL with its Chinese source, the Aomori earthquake saved from
a news site) and one through English (EU anti-dumping duties on Vietnamese steel as TSV src/mt/ref) were written
and annotated before the tool ran on them; two human-style news texts must stay free of findings. The blind
figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary22"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "05_dong_dat_aomori.html"

# Blind (main at 45ead84): 49 of 68 found, 44 with the accepted fix; these 19 were missed.
BLIND_MISSES = [
    "01_lula_tham_viet_nam.txt: C106 'Baxi'",
    "01_lula_tham_viet_nam.txt: C108 'Việt Nam'",
    "02_khoi_nghiep_goi_von.txt: F106 'nông dân'",
    "02_khoi_nghiep_goi_von.txt: L101 'the best is yet to come'",
    "02_khoi_nghiep_goi_von.txt: N109 'Lý Thừa Hạo'",
    "03_sot_xuat_huyet.jsonl: C106 'Bangmeishu'",
    "03_sot_xuat_huyet.jsonl: A104 'https://soyte.daklak.gov.vn'",
    "04_thep_chong_ban_pha_gia.tsv: A103 'Šefčovik'",
    "04_thep_chong_ban_pha_gia.tsv: C105 'European'",
    "04_thep_chong_ban_pha_gia.tsv: L101 'squeeze'",
    "04_thep_chong_ban_pha_gia.tsv: L101 'level playing field'",
    "05_dong_dat_aomori.html: C106 'Qingsen'",
    "05_dong_dat_aomori.html: C106 'Qingsen'",
    "05_dong_dat_aomori.html: C106 'Bahu'",
    "05_dong_dat_aomori.html: C106 'Cửu Từ'",
    "05_dong_dat_aomori.html: T307 '9 vạn'",
    "05_dong_dat_aomori.html: N102 'Mộc Nguyên Nhẫm'",
    "05_dong_dat_aomori.html: L101 'panic'",
    "05_dong_dat_aomori.html: N107 'Hàn Quốc'",
]
# Blind, one finding outside the planted (rule, span) pairs: the planted lost link (A104) flagged on the whole
# record where the annotation named the link.
BLIND_EXTRAS = {
    (
        "03_sot_xuat_huyet.jsonl",
        "A104",
        "Để biết thêm chi tiết, vui lòng truy cập trang thông tin của Sở hoặc gọi đường dây nóng 1900 9095.",
    ),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".tsv", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 49 of 68 found, 44 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 68
    assert found >= 49 and fixed >= 44
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or the blind extra."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_page_chrome_as_annotated() -> None:
    """Blind: all 29 listed lines of the saved page (17 chrome, 12 article) classified as annotated."""
    assert chrome_misclassified(PAGE) == []
