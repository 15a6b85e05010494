"""The ninth adversary held-out set (tests/data/adversary9): the core mission on countries and people no earlier
MT set used (Kenya, Saudi Arabia, Uzbekistan, Timor-Leste, Hungary's 2025 visit, a provincial story with
Bangladesh). Human-written news, two of them saved web pages, must get no major or critical finding and their
chrome must be boilerplate; the Chinese-pivot MT texts are scored against their annotations
(tests/data/adversary9/README.md lists every miss and its cause)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings
from test_adversary5_html import chrome_misclassified

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary9"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix != ".json")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGES = [p for p in CLEAN if p.with_suffix(".json").exists()]

BLIND_MISSES = [
    "01_viet_kenya.txt: C103 'phía Khẳng'",
    "01_viet_kenya.txt: C104 'Mạn Cốc'",
    "01_viet_kenya.txt: T101 'Soipan Tuja'",
    "02_viet_saudi.txt: C104 'Sa Đặc'",
    "02_viet_saudi.txt: N108 'Muhanmode Ben Saleman'",
    "02_viet_saudi.txt: N103 'Lương Cường'",
    "03_viet_uzbekistan.txt: C103 'Phía Wu'",
    "04_viet_timor_leste.txt: T101 'Xanana Gusmao'",
    "05_viet_hungary.txt: T304 'kỷ niệm 70 năm thiết lập quan hệ ngoại giao (3/2/1950-3/2/2025)'",
    "06_quang_binh_bangladesh.txt: T101 'Hoàng Thi Diệu Linh'",
    "06_quang_binh_bangladesh.txt: L102 '责任编辑：王丽'",
]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 5 and len(MT) == 6 and len(PAGES) == 2
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_minor_findings_as_measured() -> None:
    """Blind: nine minor C105 'Saudi Arabia' on the Saudi page (a spelling the Vietnamese press uses)."""
    found = [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)]
    assert found == [("02_saudi_lao_dong.txt", "C105", "Saudi Arabia")] * 9


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_chrome_is_boilerplate_and_the_article_content(path: Path) -> None:
    assert chrome_misclassified(path) == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 48 of 59 planted errors found, 40 with the accepted fix."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 59
    assert found >= 48, missed
    assert fixed >= 40
    assert set(missed) <= set(BLIND_MISSES)


def test_extra_findings_on_mt_as_measured() -> None:
    extra = []
    for path in MT:
        spans = {(n["rule"], n["span"]) for n in json.loads(path.with_suffix(".json").read_text("utf-8"))["expected"]}
        extra += [(path.name, f.rule, f.text) for _, f in findings_of(path) if (f.rule, f.text) not in spans]
    assert extra == [("02_viet_saudi.txt", "C105", "Saudi Arabia")] * 3
