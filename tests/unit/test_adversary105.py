"""The hundred-and-fifth adversary held-out set (tests/data/adversary105), round 29's second closing blind
measurement: MT on chip investment, the Mekong–Lancang cooperation and the school-leaving exam with AI in schools: an
XLIFF 2.0 file of 18 units with an English source (Samsung, Amkor, Hana Micron, Intel in the Saigon Hi-Tech Park, a
Japanese chip-design firm), a plain-text page with chrome through Chinese (China's dry-season releases, Cambodia's
Funan Techo canal, the Mekong River Commission) and a CSV of 17 rows with an English `src` (the exam's AI ban, Korean
and Singaporean ed-tech), 39 planted errors; a human HTML page (a high school's AI rules before the exam) must stay
quiet, every block annotated chrome or article. Written and annotated before the tool ran on it (f3981f6b); the blind
figures are the floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary105"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".xlf", ".txt", ".csv"))
PAGES = [p for p in MT if p.suffix == ".txt"]
RECORDS = [p for p in MT if p.suffix in (".xlf", ".csv")]

_CHIPS = "01_dau_tu_chip_samsung_amkor_intel.xlf"
_MEKONG = "02_xa_nuoc_me_kong_lan_thuong_kenh_funan.txt"
_EXAM = "03_thi_tot_nghiep_ai_trong_truong_hoc.csv"
_HUMAN = "01_truong_thpt_quy_dinh_ai_ky_thi.html"

# Blind (data at f3981f6b; main at 4c76a81d, this branch's base): 36 of 39 found, 36 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_CHIPS}: L101 'high-bandwidth memory'",
    f"{_MEKONG}: T308 'vận hà'",
    f"{_MEKONG}: C101 'Trung Quốc'",
}
# Outside the planted pairs, blind: L101's span takes in the English-looking 'chip' before the planted phrase.
BLIND_EXTRA = {(_CHIPS, "L101", "chip high-bandwidth memory")}
# Chrome read as article, blind: the school page's poster/date/view-count line.
CHROME_AS_ARTICLE = {_HUMAN: ["Người đăng: Tổ Văn phòng – Ngày đăng: 27/11/2025 – Lượt xem: 386"]}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(RECORDS) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    text = (ADVERSARY / "mt" / _CHIPS).read_text(encoding="utf-8")
    assert 'version="2.0"' in text and 'srcLang="en"' in text
    units = json.loads((ADVERSARY / "mt" / _CHIPS).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 18 and sum(u == "clean" for u in units.values()) == 6
    rows = json.loads((ADVERSARY / "mt" / _EXAM).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(rows) == 17 and sum(u == "clean" for u in rows.values()) == 5


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the school's page ('27/11/2025', 26/11, 10 đến 12/11, Hàn Quốc, curly
    quotes, Phạm Văn Hưng, Nguyễn Thị Thanh Mai, Trần Minh Khôi, a visitor counter) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_units_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit or CSV row the annotation calls clean (2 tỷ USD, 50.000 kỹ sư, 4 tỷ chip,
    1,16 triệu thí sinh, 'hai năm', 16/7, Singapore's ministry since 2024)."""
    assert [(p.name, *f) for p in RECORDS for f in clean_unit_findings(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 36 of 39 found, 36 with the accepted fix; after the lead's T308 row: 37, 37."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 39
    assert found >= 37 and fixed >= 37  # after the lead's T308 'vận hà' row (round 29)
    assert set(missed) <= BLIND_MISSES - {f"{_MEKONG}: T308 'vận hà'"}, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known() -> None:
    """Blind: only L101's wider span (BLIND_EXTRA)."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRA


def test_page_chrome_read_right_but_the_known_misreads() -> None:
    """Blind: no article line read as chrome, lost or unplaced on either page; chrome read as article only on the
    known line (CHROME_AS_ARTICLE)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE.get(path.name, [])), path.name
