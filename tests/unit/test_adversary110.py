"""Adversary held-out set 110 (tests/data/adversary110), round 31's first blind set: MT on textiles, elections abroad
and nuclear power: an XLIFF 1.2 file of 18 units with a Chinese source (Vinatex's orders from American and Japanese
brands, Uniqlo, cotton from the US and India, Bangladesh and Cambodia, a Turkish buyer in Đồng Nai), a saved HTML page
through English on a world-news layout of the author's own (Japan's new prime minister, Germany's coalition, Chile's
run-off, Bolivia's president) and a text page with chrome through Chinese (Ninh Thuận 1 and 2, Rosatom, a Japanese
consortium, the IAEA), 41 planted errors; a human HTML page (a radiation-safety class in Khánh Hòa) must stay quiet,
every block annotated chrome or article. Written and annotated before the tool ran on it (71ad56cc); the blind figures
are the floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary110"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".xlf", ".html", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_TEXTILES = "01_det_may_vinatex_don_hang_bong.xlf"
_ELECTIONS = "02_bau_cu_nhat_duc_chile.html"
_NUCLEAR = "03_dien_hat_nhan_ninh_thuan_rosatom_iaea.txt"
_HUMAN = "01_khanh_hoa_dao_tao_nhan_luc_hat_nhan.html"

_UNNEGATED = "Nhà thu mua Türkiye này cho biết hiện đã quyết định chuyển đơn hàng từ Bangladesh sang Việt Nam."
# Blind (data at 71ad56cc; main at 1ef0fd12, this branch's base): 32 of 41 found, 30 with the accepted fix (L103 '工资'
# and N108 'Tianzhong Jianyi' found with no fix offered); these 9 were missed (three of them found under another rule
# or span: C107 'Ưu Y Khố' as N102, T201 'Türkiye' as C105, F106 'trong' as 'trong năm'):
BLIND_MISSES = {
    f"{_TEXTILES}: C107 'Ưu Y Khố'",
    f"{_TEXTILES}: A111 {_UNNEGATED!r}",
    f"{_TEXTILES}: T201 'Türkiye'",
    f"{_ELECTIONS}: L101 'hawkish'",
    f"{_ELECTIONS}: N103 'Friedrich Mertz'",
    f"{_ELECTIONS}: N107 'Bolivia'",
    f"{_NUCLEAR}: N108 'Lihaqiaofu'",
    f"{_NUCLEAR}: C102 'Yue-E'",
    f"{_NUCLEAR}: F106 'trong'",
}
# Outside the planted (rule, span) pairs, blind: three planted errors under another rule or span.
BLIND_EXTRA = {
    (_TEXTILES, "N102", "Ưu Y Khố"),
    (_TEXTILES, "C105", "Türkiye"),
    (_NUCLEAR, "F106", "trong năm"),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    text = (ADVERSARY / "mt" / _TEXTILES).read_text(encoding="utf-8")
    assert 'version="1.2"' in text and 'source-language="zh-CN"' in text
    units = json.loads((ADVERSARY / "mt" / _TEXTILES).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 18 and sum(u == "clean" for u in units.values()) == 4


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the regional site's page ('Thứ Năm, 27/11/2025', Khánh Hòa, Ninh Thuận, Phan
    Rang, 2.500, Nga and Nhật Bản, Đàng Thị Mỹ Duyên, curly quotes) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_units_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit the annotation calls clean (1,9 tỷ USD and 8%, VITAS and 46 tỷ USD, Cao Hữu
    Hiếu, Japan and the EU)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _TEXTILES) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 32 of 41 found, 30 with the accepted fix. After the lead's fixes of round 31: 36, 34 (N103 near a
    holder's surname of four letters under one country's title, 'Friedrich Mertz'; Boric as Chile's President, so
    N107 reads 'Tổng thống Bolivia Gabriel Boric'; Rosatom's Likhachev by his Chinese name, so N108 reads
    'Lihaqiaofu'; Uniqlo by its Chinese name 优衣库, so C107 reads 'Ưu Y Khố'). Round 32: 37, 35 (C102 'Yue-E' beside
    Việt Nam where the article names Russia)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 41
    assert found >= 37 and fixed >= 35
    fixed_since = {f"{_ELECTIONS}: N103 'Friedrich Mertz'", f"{_ELECTIONS}: N107 'Bolivia'"}
    fixed_since |= {f"{_NUCLEAR}: N108 'Lihaqiaofu'", f"{_TEXTILES}: C107 'Ưu Y Khố'", f"{_NUCLEAR}: C102 'Yue-E'"}
    assert set(missed) <= BLIND_MISSES - fixed_since, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known() -> None:
    """Blind: only the three planted errors found under another rule or span (BLIND_EXTRA)."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRA


def test_page_chrome_read_as_annotated() -> None:
    """Blind: every page read exactly as annotated: no chrome as article, no article line as chrome, lost or
    unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
