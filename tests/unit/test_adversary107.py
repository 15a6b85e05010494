"""Adversary held-out set 107 (tests/data/adversary107), round 30's second blind set: MT on aviation, Middle East
trade and football: an XLIFF 2.0 file of 18 units with their Chinese source (Long Thành airport's first flights,
Vietjet's Boeing order, Vietnam Airlines' Airbus and Embraer plans, routes to Mumbai, Bali and Australia, the Civil
Aviation Authority), a saved HTML page through Chinese on a trade-promotion portal's layout of the author's own (the
Việt Nam–Israel FTA, the UAE's CEPA, DP World at Jebel Ali, Qatar's and Kuwait's investors) and a gettext PO file of
17 entries with an English msgid (a national-team fan app: the AFF Cup, naturalised players, the SEA Games final),
39 planted errors; a human HTML page (Đồng Nai's youth football centre) must stay quiet, every block annotated chrome
or article. Written and annotated before the tool ran on it (f9ce8977); the blind figures are the floor; the set's
README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary107"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".xlf", ".html", ".po"))
PAGES = [p for p in MT if p.suffix == ".html"]

_AVIATION = "01_san_bay_long_thanh_don_hang_may_bay.xlf"
_GULF = "02_vifta_cepa_von_vung_vinh.html"
_FOOTBALL = "03_doi_tuyen_viet_nam_aff_cup.vi.po"
_HUMAN = "01_lo_dao_tao_bong_da_tre_dong_nai.html"

# Blind (data at f9ce8977; main at 5120f201, this branch's base): 30 of 39 found, 27 with the accepted fix; missed
# also C106 'Longcheng', C107 'Việt Tiệp Hàng không' and 'Địch Bái Hoàn cầu Cảng vụ', N108 'Baerkate', L101
# 'naturalised' and T306 '24/11', found after misses54 (36 of 39, 31 with the fix). Still missed:
BLIND_MISSES = {
    f"{_AVIATION}: A105 'Cục Hàng không yêu cầu các hãng hoàn thành kiểm tra đội bay trước mùa cao điểm.'",
    f"{_GULF}: F106 'bên cạnh đó'",
    f"{_FOOTBALL}: A113 'trên mặt trăng'",
}
# Found on a narrower span than the annotation's (the same errors)
BLIND_EXTRAS = {(_GULF, "F106", "bên cạnh"), (_FOOTBALL, "A113", "mặt trăng")}
# Chrome read as article, blind: the trade-leads board after the article (read as chrome after misses54); the human
# page's fixtures box
CHROME_AS_ARTICLE = {
    _HUMAN: ["28/11: Đồng Nai – Khánh Hòa (16:00)", "05/12: Tây Ninh – Đồng Nai (17:00)"],
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    units = _notes(_AVIATION)["units"]
    assert len(units) == 18 and sum(u == "clean" for u in units.values()) == 5
    assert (ADVERSARY / "mt" / _FOOTBALL).read_text(encoding="utf-8").count("\nmsgid ") == 18  # header + 17
    entries = _notes(_FOOTBALL)["entries"]
    assert len(entries) == 17 and sum(kind == "clean" for _, kind in entries) == 6


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the youth-football page (straight quotes, '12-13', 'Chủ nhật,
    22/11/2026', 'thứ Ba, thứ Năm và thứ Bảy', a Japanese fitness coach) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_units_and_entries_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit or a PO entry the annotation calls clean (IndiGo to Đà Nẵng, 150 aircraft
    by 2030, TP.HCM – Perth; the menus, 'Thứ Năm, 18/12/2025', the Korean coach, the man of the match)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _AVIATION) == []
    entries = dict(_notes(_FOOTBALL)["entries"])
    found = [(d.segments[f.segment].source, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _FOOTBALL)]
    assert [f for f in found if entries[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 30 of 39 found, 27 with the accepted fix (N108 'Aotebeige' and L103 '免税' without a suggestion,
    C103 'Úc phương' → 'Phía Australia' where the annotation lists 'Phía Úc')."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 39
    assert found >= 36 and fixed >= 31  # after misses54 (blind: 30 and 27)
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known() -> None:
    """Blind: F106 'bên cạnh' and A113 'mặt trăng', narrower spans of planted errors (BLIND_EXTRAS)."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_pages_read_as_annotated_but_the_known_misreads() -> None:
    """Blind: no article block read as chrome, lost or unplaced on either page; chrome read as article only on the
    known blocks (the trade-leads board, the human page's fixtures box)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE.get(path.name, [])), path.name
