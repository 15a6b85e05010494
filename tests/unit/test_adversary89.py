"""The eighty-ninth adversary held-out set (tests/data/adversary89), a second blind measurement on beats no set
centred on: a JSONL of 25 records with a Chinese `src` and the `mt` (money markets: the VN-Index and FTSE Russell's
upgrade, SJC gold and the end of the gold-bar monopoly, property firms' bonds, a life-insurance mis-selling scandal),
an XLIFF 2.0 file of 26 units with their English source (the Indian Prime Minister's visit, Sri Lanka, Bangladesh)
and a saved HTML page through Chinese with chrome (the Malaysian King's state visit, palm oil, Indonesia's nickel),
68 planted errors; a human text page (SJC gold prices after Decree 232) must stay quiet, every page line annotated
chrome or article. Written and annotated before the tool ran on it (45d25293); the blind figures are the floor;
README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary89"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".jsonl", ".xlf"))
PAGES = [p for p in MT if p.suffix == ".html"]

_MARKETS = "01_chung_khoan_vang_trai_phieu_bao_hiem.jsonl"
_INDIA = "02_thu_tuong_an_do_sri_lanka_bangladesh.xlf"
_MALAYSIA = "03_quoc_vuong_malaysia_dau_co_niken.html"
_HUMAN = "01_gia_vang_sjc_nghi_dinh_232.txt"

# Blind (data at 45d25293; main at 0a7b10e1, this branch's base): 56 of 68 found, 54 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_MARKETS}: T308 'cổ thị'",
    f"{_MARKETS}: C107 'Phú Thời La Tố'",
    f"{_MARKETS}: T307 '45 ức USD'",
    f"{_MARKETS}: T308 'ngộ đạo tiêu thụ'",
    f"{_INDIA}: A107 'Pakistan'",
    f"{_INDIA}: A113 'đứng vững bài kiểm tra của thời gian'",
    f"{_INDIA}: A110 'Xem thêm: Việt Nam và Ấn Độ mở Tổng Lãnh sự quán tại Bengaluru'",
    f"{_INDIA}: L101 'visit'",
    f"{_INDIA}: T201 'Xri Lan-ca'",
    f"{_MALAYSIA}: T308 'quốc sự phỏng vấn'",
    f"{_MALAYSIA}: T308 'tông lư du'",
    f"{_MALAYSIA}: C107 'Sâm Na Mỹ'",
}
# Outside the planted pairs, blind: A101 on '28.000 tỷ' → '2.800 tỷ' (right: my source's 2.8万亿 is 2.800 tỷ, a
# slip of mine the tool caught), T307 on '45 ức' → '4,5 tỷ' (planted as '45 ức USD': my span), N107 on 'Pakistan' →
# 'Bangladesh' (planted as A107: the same error read by another rule), A102 on the short unit (planted as A105: its
# lost figure, a fair reading), T101 on 'Ho Chi Minh' inside the English target (planted as L102).
BLIND_EXTRAS = {
    (_MARKETS, "A101", "28.000 tỷ"),
    (_MARKETS, "T307", "45 ức"),
    (_INDIA, "N107", "Pakistan"),
    (_INDIA, "A102", "Bangladesh là nước xuất khẩu hàng may mặc."),
    (_INDIA, "T101", "Ho Chi Minh"),
}
# After misses37's fixes (round 26): 65 of 68 found, 64 with the accepted fix (N101 'Wu Shizhenfang' still read 'Võ');
# these 3 are still missed (README says why):
MISSES_AFTER_FIXES = {
    f"{_MARKETS}: T307 '45 ức USD'",
    f"{_INDIA}: A107 'Pakistan'",
    f"{_INDIA}: A110 'Xem thêm: Việt Nam và Ấn Độ mở Tổng Lãnh sự quán tại Bengaluru'",
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _MARKETS).open(encoding="utf-8")]
    assert len(records) == 25 and all(set(r) == {"id", "src", "mt"} for r in records)
    notes = json.loads((ADVERSARY / "mt" / _MARKETS).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(notes) == [r["id"] for r in records] and sum(n == "clean" for n in notes.values()) == 5
    xliff = (ADVERSARY / "mt" / _INDIA).read_text(encoding="utf-8")
    assert xliff.count("<unit ") == 26 and 'version="2.0"' in xliff and 'srcLang="en"' in xliff
    units = json.loads((ADVERSARY / "mt" / _INDIA).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 26 and sum(u == "clean" for u in units.values()) == 6


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the business paper's page (SJC, 151,5 – 153,5 triệu đồng/lượng, 4.150
    USD/ounce, Nghị định 232/2025/NĐ-CP, the Fed, a quote, 'Thứ Sáu, 28/11/2025') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_of_the_jsonl_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean (FTSE Russell, SJC at 152 triệu đồng/lượng, Decree
    232, '350 triệu USD', 'không nên')."""
    path = ADVERSARY / "mt" / _MARKETS
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_clean_units_of_the_xliff_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit the annotation calls clean (Phạm Minh Chính and Tô Lâm, '60 chuyến bay',
    '100.000 tấn', 'năm văn kiện' for 'five documents', the Mausoleum, 'thứ tám')."""
    assert clean_unit_findings(ADVERSARY / "mt" / _INDIA) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 56 of 68 found, 54 with the accepted fix (N101 'Wu Shizhenfang' read 'Võ', T303 with no fix); after
    misses37's fixes 65 and 64 (T303 takes the source's weekday)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 68
    assert found >= 65 and fixed >= 64
    assert set(missed) <= MISSES_AFTER_FIXES <= BLIND_MISSES, sorted(set(missed) - MISSES_AFTER_FIXES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: on both pages no chrome line read as article, no article line read as chrome, lost or unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
