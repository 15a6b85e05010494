"""The twenty-fifth adversary held-out set (tests/data/adversary25): the closing blind measurement of round 10.
Four files machine-translated through Chinese (the Việt Nam–India Defence Policy Dialogue and the Wang Fuk Court
fire in Hong Kong as plain text, Mount Semeru's eruption as JSONL with its Chinese source, an invented K-pop
concert in Hà Nội saved from an entertainment site of a new template) and one through English (Thailand's snap
election as TSV src/mt/ref) were written and annotated before the tool ran on them; two human-style news texts
must stay free of findings. The blind figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary25"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "05_concert_kpop_ha_noi.html"

# Blind (main at 33550a0, data at 8615130): 56 of 72 found, 54 with the accepted fix; these 16 were missed.
BLIND_MISSES = [
    "01_doi_thoai_quoc_phong_an_do.txt: N103 'Rajesh Kumar Singh'",
    "01_doi_thoai_quoc_phong_an_do.txt: T308 'biểu thị'",
    "01_doi_thoai_quoc_phong_an_do.txt: C103 'Bên Ấn'",
    "01_doi_thoai_quoc_phong_an_do.txt: T101 'Hoàng Xuân Chiên'",
    "01_doi_thoai_quoc_phong_an_do.txt: L101 'shipbuilding'",
    "01_doi_thoai_quoc_phong_an_do.txt: N103 'Phan Văn Giao'",
    "02_chay_chung_cu_hong_kong.txt: C106 'Dapu'",
    "02_chay_chung_cu_hong_kong.txt: F107 'đến'",
    "02_chay_chung_cu_hong_kong.txt: T101 'Đặng Bính Cường'",
    "03_nui_lua_semeru.jsonl: C104 'Đông Trảo Oa'",
    "03_nui_lua_semeru.jsonl: N108 'Abudule Muhali'",
    "04_bau_cu_thai_lan.tsv: N103 'Paetongtarn Shinawatra'",
    "04_bau_cu_thai_lan.tsv: F107 'về'",
    "05_concert_kpop_ha_noi.html: C106 'Meiting'",
    "05_concert_kpop_ha_noi.html: C103 'Phía Han'",
    "05_concert_kpop_ha_noi.html: T101 'Kang Min-so'",
]
# Blind, one page line classified against its annotation: the inline ticket promo inside the article body.
BLIND_CHROME = ["05_concert_kpop_ha_noi.html: 'Đặt vé concert giá tốt' should be boilerplate"]


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
    """Blind: 56 of 72 found, 54 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 72
    assert found >= 56 and fixed >= 54
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_finding_outside_planted_spans() -> None:
    """Blind: every finding on the MT files is a planted (rule, span)."""
    assert unplanted_findings(MT) == []


def test_page_chrome_at_least_as_blind() -> None:
    """Blind: 28 of the 29 listed lines of the saved page (17 chrome, 12 article) classified as annotated."""
    assert set(chrome_misclassified(PAGE)) <= set(BLIND_CHROME)
