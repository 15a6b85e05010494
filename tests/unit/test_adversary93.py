"""The ninety-third adversary held-out set (tests/data/adversary93), round 27's first blind measurement: MT on beats
no set centred on, a saved HTML page through Chinese on an energy magazine's layout of the author's own (the Ninh
Thuận 1 nuclear plant's restart with Rosatom, a Japanese partner, the IAEA; Kazakhstan's President's visit and
Mongolia's uranium) and a text page with chrome through English from a trade-promotion portal (a Việt Nam–Türkiye
trade memorandum, Turkish Airlines, an Uzbek President's call), 34 planted errors; a human text page (a Khánh Hòa
university's first nuclear-engineering class) must stay quiet, every page line annotated chrome or article. Written
and annotated before the tool ran on it (3da34ccb; one line annotation slip corrected after the run at 0730b762, no
text changed); the blind figures are the floor; README says what was missed. The XLIFF file of the brief was dropped
(the deadline was moved)."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary93"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".html"))

_NUCLEAR = "01_dien_hat_nhan_ninh_thuan_urani.html"
_TRADE = "02_tho_nhi_ky_uzbekistan_thuong_mai.txt"
_HUMAN = "01_lop_ky_su_hat_nhan_khanh_hoa.txt"

# Blind (data at 3da34ccb; main at c972edc8, this branch's base): 27 of 34 found, 26 with the accepted fix; these 7
# were missed:
BLIND_MISSES = {
    f"{_NUCLEAR}: T308 'hạch điện'",
    f"{_NUCLEAR}: C103 'Nhật phương'",
    f"{_NUCLEAR}: C107 'Nga Quốc gia Nguyên tử năng Công ty'",
    f"{_NUCLEAR}: C107 'Quốc tế Nguyên tử năng Cơ cấu'",
    f"{_NUCLEAR}: N108 'Geluoxi'",
    f"{_NUCLEAR}: T308 'du khoáng'",
    f"{_TRADE}: L101 'memorandum'",
}
# Blind, outside the planted pairs: C104 'Nga Quốc' → 'Nga', inside the planted C107 span for Rosatom.
BLIND_EXTRA = {(_NUCLEAR, "C104", "Nga Quốc")}
# Found without the accepted fix: N108 'Tianzhong Kuan' (田中 Tanaka in pinyin), no name offered.
# Chrome, blind: the trade portal's menu with '‖' separators read as article; the HTML caption line was annotated
# article by my slip (every other set calls a caption chrome) and corrected after the run.
BLIND_CHROME_AS_ARTICLE = {(_TRADE, "Giới thiệu ‖ Thị trường ‖ Cơ hội giao thương ‖ Hội chợ ‖ Văn bản ‖ Liên hệ")}
# After misses42 (round 27): 33 of 34 found, 30 with the accepted fix; the '‖' menu read as chrome; still missed:
AFTER_MISSES = {f"{_TRADE}: L101 'memorandum'"}
AFTER_CHROME_AS_ARTICLE: set[tuple[str, str]] = set()
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the nuclear-class page (Ninh Thuận 1, IAEA, 28 tỷ đồng, 5 triệu đồng,
    Đặng Minh Khôi, straight quotes, Nga and Nhật Bản as places of study) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 27 of 34 found, 26 with the accepted fix."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 34
    assert found >= 33 and fixed >= 30  # after misses42 (blind: 27 and 26)
    assert set(missed) <= AFTER_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_beyond_blind() -> None:
    """Blind: one, C104 on a part of the planted Rosatom calque (BLIND_EXTRA)."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRA


def test_page_chrome_read_at_least_as_blind() -> None:
    """Blind: no article line read as chrome, lost or unplaced on any page; one chrome line read as article (the
    '‖' menu of the trade portal), none on the human page."""
    chrome_as_article = set()
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        chrome_as_article |= {(path.name, line) for line in score.chrome_as_article}
    assert chrome_as_article <= AFTER_CHROME_AS_ARTICLE, sorted(chrome_as_article - AFTER_CHROME_AS_ARTICLE)
