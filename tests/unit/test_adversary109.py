"""Adversary held-out set 109 (tests/data/adversary109), round 30's third blind set: MT on crypto assets, shipping
through the Middle East and science olympiads: a TSV of 14 rows with an English source and a human reference (the
pilot crypto-asset market, a Singaporean and a Korean exchange, the State Bank's rules, fraud warnings), a plain-text
page through Chinese from a shipping newsletter of the author's own (Hormuz, the Red Sea, freight rates, Iran and
Israel, Oman as mediator) and a Markdown page through English (IMO, IOI and IPhO medals), 28 planted errors; a human
text page (an exchange's fraud-warning FAQ) must stay quiet, every line annotated chrome or article. Written and
annotated before the tool ran on it (2195153e); the blind figures are the floor; the set's README says what was
missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary109"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".txt", ".md"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_CRYPTO = "01_san_tai_san_ma_hoa_thi_diem.tsv"
_HORMUZ = "02_eo_bien_hormuz_cuoc_container.txt"
_OLYMPIADS = "03_olympic_khoa_hoc_imo_ioi_ipho.md"
_HUMAN = "01_san_an_phu_hoi_dap_canh_bao_lua_dao.txt"

# Blind (data at 2195153e; main at ae94eda5, this branch's base): 20 of 28 found, 18 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_CRYPTO}: A111 'Ngân hàng Nhà nước cho biết các ngân hàng thương mại được mở tài khoản thanh toán cho các sàn "
    "chưa được cấp phép.'",
    f"{_CRYPTO}: N103 'Lê Minh Hưng'",
    f"{_HORMUZ}: C106 'Huoermuzi'",
    f"{_HORMUZ}: T306 '27/11'",
    f"{_HORMUZ}: C102 'Y-Dĩ'",
    f"{_OLYMPIADS}: C108 'Hàn Quốc'",
    f"{_OLYMPIADS}: F111 'trong trong'",  # misses56's 'trong' row withdrawn after the round's review
}
# leftovers52: T306 '27/11' dated by the head's 'Thứ Bảy, 28/11/2026 - 09:15 | Minh Khang' (the author alone, no field)
LEFTOVERS52_MISSES = BLIND_MISSES - {f"{_HORMUZ}: T306 '27/11'"}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    units = json.loads((ADVERSARY / "mt" / _CRYPTO).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 14 and sum(u == "clean" for u in units.values()) == 3


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the exchange's FAQ (a pipe menu, a '>' crumb, 'tài sản mã hóa', 'sàn
    giao dịch', Singapore and Hàn Quốc, a hotline, 37 domains) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (49%, Korea's FSC)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _CRYPTO) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 20 of 28 found, 18 with the accepted fix (L103 '红海' and N108 'Badeer Busaiyidi' without one)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 28
    assert found >= 22 and fixed >= 20  # after leftovers52 (blind: 20 and 18; misses56: 21 and 19)
    assert set(missed) <= LEFTOVERS52_MISSES, sorted(set(missed) - LEFTOVERS52_MISSES)


# leftovers52: the bare 'Thống đốc' in a document naming the State Bank is its governor; the planted former holder is
# found as N103 finds one (the title with the name, fix 'Thống đốc Nguyễn Thị Hồng'), wider than the planted span
WIDER = [(_CRYPTO, "N103", "Thống đốc Lê Minh Hưng")]


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none; after leftovers52, only the planted N103 with its title."""
    assert unplanted_findings(MT) == WIDER


def test_pages_read_as_annotated() -> None:
    """Blind: every line of both text pages read as annotated (no chrome as article, no article lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
