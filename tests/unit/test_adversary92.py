"""The ninety-second adversary held-out set (tests/data/adversary92), the round's closing blind measurement: MT on
mixed beats, through Chinese: a plain-text page with chrome (Khánh Hòa's tourism push with Korean and Japanese
airlines), a saved HTML page on the author's own layout (a Korean-financed water-supply and wastewater project in Đà
Nẵng, a garment exporter facing new EU rules) and a JSONL of 14 records with a Chinese `src` (a technical college's
partnership with a German university and an Australian college), 42 planted errors; a human text page (Quảng Nam
garment makers and the EU's digital product passport) must stay quiet, every page line annotated chrome or article.
Written and annotated before the tool ran on it (0f97f15a; one annotation slip corrected after the run at 1be82ecc,
no text changed); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary92"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
PAGES = [p for p in MT if p.suffix in (".txt", ".html")]

_TOURISM = "01_khanh_hoa_duong_bay_han_nhat.txt"
_WATER = "02_cap_nuoc_da_nang_det_may_eu.html"
_COLLEGE = "03_cao_dang_nghe_hop_tac_duc.jsonl"
_HUMAN = "01_det_may_quang_nam_ho_chieu_so.txt"

# Blind (data at 0f97f15a; main at 39c5f7a4, this branch's base): 33 of 42 found, 30 with the accepted fix (32 with
# the slip corrected at 1be82ecc); these 9 were missed:
BLIND_MISSES = {
    f"{_TOURISM}: C107 'Nhật Bản Hàng không'",
    f"{_TOURISM}: C106 'Fuguo'",
    f"{_WATER}: T308 'ô thủy'",
    f"{_WATER}: C101 'Trung Quốc'",
    f"{_WATER}: C107 'Âu Minh'",
    f"{_WATER}: N106 'tiên sinh'",
    f"{_COLLEGE}: N108 'Shimite'",
    f"{_COLLEGE}: T308 'chức nghiệp'",
    f"{_COLLEGE}: A109 '5/2026'",
}
# Blind, outside the planted pairs: T201 'Đại Hàn' (the planted C107 'Đại Hàn Hàng không' read as Korea spelt two
# ways) and A101 '5' (the planted A109 month change 'tháng 5/2026' read as a number changed).
BLIND_EXTRA = {(_TOURISM, "T201", "Đại Hàn"), (_COLLEGE, "A101", "5")}
# Found without the accepted fix: N101 'Ruan Wenhe' → 'Nguyễn Văn Hà' (和 is Hòa).
# After misses40 (round 27): 39 of 42 found, 36 with the accepted fix ('Shimite' found, no name to offer); then 41
# and 38 (C106 'Fuguo' as a province's partner; C101 a lender's loan 'dành cho Trung Quốc' in a story on a Vietnamese
# city naming China nowhere else); still missed:
AFTER_MISSES = {
    f"{_COLLEGE}: T308 'chức nghiệp'",  # found as the phrase 'chức nghiệp giáo dục' (AFTER_EXTRA): a wider span
}
# T308 now reads 职业教育 whole, 'chức nghiệp giáo dục' → 'giáo dục nghề nghiệp' (the words back in Vietnamese order),
# where the annotation spans 'chức nghiệp' alone; A101's '5' went: A109 now reports the changed month of the year
AFTER_EXTRA = {(_TOURISM, "T201", "Đại Hàn"), (_COLLEGE, "T308", "chức nghiệp giáo dục")}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _COLLEGE).open(encoding="utf-8")]
    assert len(records) == 14 and all(set(r) == {"id", "src", "mt"} for r in records)
    notes = json.loads((ADVERSARY / "mt" / _COLLEGE).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(notes) == [r["id"] for r in records] and sum(n == "clean" for n in notes.values()) == 4


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the garment page (4 tỷ đồng, 1,1 tỷ USD, Huỳnh Văn Lộc, Phan Thị Ngọc
    Hân, curly quotes, 'Liên minh châu Âu (EU)') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_of_the_jsonl_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean (15/3/2026, 1.500 graduates and 92%, 20 teachers)."""
    path = ADVERSARY / "mt" / _COLLEGE
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 33 of 42 found, 30 with the accepted fix (32 with the slip corrected); after misses40: 41 and 38."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 42
    assert found >= 41 and fixed >= 38
    assert set(missed) <= AFTER_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_beyond_blind() -> None:
    """Blind: two, each on a planted error under another rule (BLIND_EXTRA); after misses40 T308's wider span on a
    planted one instead of A101's '5' (AFTER_EXTRA)."""
    assert set(unplanted_findings(MT)) <= AFTER_EXTRA


def test_page_chrome_read_right() -> None:
    """Blind: on every page no chrome line read as article, no article line read as chrome, lost or unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
