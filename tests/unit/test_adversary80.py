"""The eightieth adversary held-out set (tests/data/adversary80): MT on regional diplomacy, defence and maritime
rescue, and science and space: a saved HTML page through Chinese with chrome (the Lao Prime Minister's visit to Hà
Nội, an ASEAN foreign ministers' retreat, the Cambodian Senate President's coming visit, on an invented foreign-affairs
e-magazine's layout), an XLIFF 2.0 file of 30 units with their English source (a Japanese destroyer's port call at
Cam Ranh, an Indian ship's visit, a rescue at sea) and a TSV of 26 rows with a Chinese `src`, the `mt` and a human
`ref` (the LOTUSat-1 satellite, a quantum lab, a Nobel laureate's visit), 69 planted errors; a human text page (a
coast guard rescue near Song Tử Tây) must stay quiet, every page line or block annotated chrome or article. Written
and annotated before the tool ran on it (ca6f0799; two annotation slips corrected after the run at 27955f98, no text
changed); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary80"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".xlf", ".tsv"))
PAGES = [p for p in MT if p.suffix == ".html"]

_LAOS = "01_thu_tuong_lao_tham_viet_nam.html"
_PORT = "02_tau_nhat_cam_ranh_cuu_nan.xlf"
_SPACE = "03_ve_tinh_phong_thi_nghiem_nobel.tsv"
_HUMAN = "01_cuu_nan_ngu_dan_truong_sa.txt"

# Blind (data at ca6f0799; main at 0bbf3c73, this branch's base): 50 of 69 found, 49 with the accepted fix (50 with
# 黄 read Huỳnh accepted at 27955f98); these 19 were missed:
BLIND_MISSES = {
    f"{_LAOS}: T308 'phỏng vấn'",
    f"{_LAOS}: T308 'cường điệu'",
    f"{_LAOS}: C104 'Lão Qua'",
    f"{_LAOS}: T308 'cộng thức'",
    f"{_LAOS}: N108 'Hong Sen'",
    f"{_PORT}: A103 'Kenj'",
    f"{_PORT}: L101 'football'",
    f"{_PORT}: A113 'phá vỡ lớp băng'",
    f"{_PORT}: F114 '1,200'",
    f"{_PORT}: L102 'The ship will leave Cam Ranh on December 7.'",
    f"{_SPACE}: T308 'phát xạ'",
    f"{_SPACE}: C107 'Việt Nam Khoa học Kỹ thuật Viện'",
    f"{_SPACE}: C106 'Heluo'",
    f"{_SPACE}: T308 'Thực nghiệm thất'",
    f"{_SPACE}: N108 'Weitian Longzhang'",
    f"{_SPACE}: N102 'Nặc Bối Nhĩ'",
    f"{_SPACE}: N105 'Hiệu trưởng'",
    f"{_SPACE}: T308 'hỏa tiễn'",
    f"{_SPACE}: C101 'Trung Quốc'",
}
# After misses28's fixes (round 24): 68 of 69 found, 66 with the accepted fix; still missed:
AFTER_MISSES = {f"{_SPACE}: C106 'Heluo'"}  # 乐 is lè/yuè: 'Heluo' is no pinyin of 和乐 (an annotation slip)
# Outside the planted pairs, blind: A102 on the row whose date is planted as A109 (12月11日 → '11/11': the 12 is gone,
# a fair reading) and N108 on 'Giáo sư Kajita' in a row the annotation calls clean (a false alarm: the laureate's
# own surname, written right).
BLIND_EXTRAS = {
    (_SPACE, "A102", "Ông sẽ có bài giảng tại Đại học Quốc gia Hà Nội ngày 11/11."),
    (_SPACE, "N108", "Kajita"),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    xliff = (ADVERSARY / "mt" / _PORT).read_text(encoding="utf-8")
    assert xliff.count("<unit ") == 30 and 'version="2.0"' in xliff and 'srcLang="en"' in xliff
    units = json.loads((ADVERSARY / "mt" / _PORT).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 30 and sum(u == "clean" for u in units.values()) == 10
    rows = (ADVERSARY / "mt" / _SPACE).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tsrc\tmt\tref" and all(len(r.split("\t")) == 4 for r in rows)
    records = json.loads((ADVERSARY / "mt" / _SPACE).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(records) == [r.split("\t")[0] for r in rows[1:]]
    assert len(records) == 26 and sum(r == "clean" for r in records.values()) == 7


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the rescue page (Quảng Ngãi fishermen, vessels, Japanese and Indian
    ships, figures, a quote)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    lines = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]
    assert [(f.rule, f.text) for f in audit_text("\n".join(t for kind, t in lines if kind == "A"))] == []


def test_clean_units_of_the_xliff_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit the annotation calls clean (a kept <ph/>, a Vice Chairman, Côn Đảo,
    Phan Văn Giang)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _PORT) == []


def test_clean_rows_of_the_tsv_get_no_finding() -> None:
    """Blind: one finding on a TSV row the annotation calls clean, N108 on the laureate's surname alone; none since
    misses28 (a romaji word the Chinese source does not spell is no pinyin left over)."""
    path = ADVERSARY / "mt" / _SPACE
    records = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if records[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 50 of 69 found, 49 with the accepted fix (50 with 黄 read Huỳnh accepted); after misses28: 68, 66."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 69
    assert found >= 68 and fixed >= 66
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS - {(_SPACE, "N108", "Kajita")}


def test_page_chrome_read_right() -> None:
    """Blind: no chrome line read as article, no article line read as chrome, none unplaced, on the HTML page
    (32 chrome blocks, 11 article) and the human text page (12 chrome lines, 9 article)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
