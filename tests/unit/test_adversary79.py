"""The seventy-ninth adversary held-out set (tests/data/adversary79): MT on energy, banking and labour export: a
saved HTML page through Chinese on an energy magazine's layout (an offshore wind project, the grid operator, a coal
plant with a Korean supplier, rooftop solar), a JSONL file of 30 records with their Chinese source (the State Bank,
rates, gold bars, the Fed, remittances, a Korean attaché, a Taichung employer) and a plain-text page through English
brought without its source (labour export to Japan, Korea and Taiwan, on a job portal's page), 70 planted errors; a
human text page (rooftop solar on a cooperative's cold store) must stay quiet, every page line or block annotated
chrome or article. Written and annotated before the tool ran on it (72341b48; four annotation slips corrected after
the run at 200cd423, no text changed); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary79"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".jsonl", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_WIND = "01_dien_gio_ngoai_khoi_lam_dong.html"
_BANK = "02_ban_tin_ngan_hang.jsonl"
_LABOUR = "03_lao_dong_nhat_han_dai_loan.txt"
_HUMAN = "01_htx_dien_mat_troi_vinh_long.txt"

# Blind (data at 72341b48; main at 0bbf3c73, this branch's base): 45 of 70 found, 42 with the accepted fix (47 and
# 45 with the four slips corrected at 200cd423); 23 were missed (README). After misses27: 68 of 70, 66 with the fix;
# these two are still missed:
MISSES = {
    f"{_WIND}: T306 '25/11'",  # 'hôm nay' against a date in the page's chrome only: left so on purpose
    f"{_BANK}: N103 'Bộ trưởng Bộ Tài chính Hồ Đức Phớc'",  # the record carries no date
}
# Outside the planted pairs: N103 on 'Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà' → '… Đỗ Thanh Bình' (true: the author
# wrote the minister as he knew her, meant as clean). Blind there were two more, gone after misses27: N102 on 'Trữ Bào
# Uy Nhĩ' (now 'Bào Uy Nhĩ', planted) and T308 on 'Đổng sự trưởng' (now N105's, planted; the same fix).
EXTRAS = {(_LABOUR, "N103", "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà")}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _BANK).open(encoding="utf-8")]
    assert len(records) == 30 and all(set(r) == {"id", "src", "mt"} for r in records)
    notes = json.loads((ADVERSARY / "mt" / _BANK).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert len(notes) == 30 and sum(n == "clean" for n in notes.values()) == 8


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the cooperative's page (kWp, kWh, 6,2%/năm, Agribank, Kim Min-jun, Tanaka
    Hiroshi, Decree 58/2025, the State Bank's regional branch) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_of_the_jsonl_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean (the governor by her own name, '4,5%', SJC,
    remittances to TP.HCM, the State Bank's founding date)."""
    path = ADVERSARY / "mt" / _BANK
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 45 of 70 found, 42 with the accepted fix (47 and 45 with the four slips corrected); after misses27: 68
    of 70, 66 with the fix (no fix: 'Bào Uy Nhĩ' N102, Powell in no table; 'interns' L101)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 68 and fixed >= 66
    assert set(missed) <= MISSES, sorted(set(missed) - MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: on the human page its byline, its earlier-news line and its copyright line read as article (after
    misses27: none); on the MT pages no chrome line read as article; no article line read as chrome, lost or
    unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
