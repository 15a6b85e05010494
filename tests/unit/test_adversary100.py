"""The hundredth adversary held-out set (tests/data/adversary100), round 28's closing blind measurement: MT on
Laos, study abroad and farm prices: a gettext PO file of 18 entries with an English msgid (an Australian university's
Vietnamese site: admissions, the visa work limit, British partners, a Vietnamese student's award, fees, a
scholarship, a guest lecture), a saved HTML page through Chinese on an old table layout of the author's own (the Lao
President's state visit, hydropower sold to Việt Nam, the Laos–China railway to Vientiane) and a JSONL of 17
records `id`/`src` (Chinese)/`mt` (pepper and coffee prices, pork and African swine fever, Chinese customs' rules),
39 planted errors; a human text page (Chư Sê pepper growers, coffee and pork prices) must stay quiet, every line
annotated chrome or article. Written and annotated before the tool ran on it (cd0e7f5b); the blind figures are the
floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary100"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".po", ".html", ".jsonl"))
PAGES = [p for p in MT if p.suffix == ".html"]

_UNIVERSITY = "01_dai_hoc_westhaven_du_hoc.vi.po"
_LAOS = "02_chu_tich_lao_thuy_dien_duong_sat.html"
_FARM = "03_gia_tieu_ca_phe_thit_lon.jsonl"
_HUMAN = "01_nong_dan_chu_se_tru_tieu.txt"

# Blind (data at cd0e7f5b; main at 11c128ed, this branch's base): 31 of 39 found, 31 with the accepted fix; these 8
# were missed (A113 found the idiom but flagged only 'bánh', the one word references/en_idioms.tsv keys it by):
BLIND_MISSES = {
    f"{_UNIVERSITY}: A113 'một miếng bánh'",
    f"{_UNIVERSITY}: A112 '1.500'",
    f"{_UNIVERSITY}: L101 'workshop'",
    f"{_LAOS}: N108 'Tonglun'",
    f"{_LAOS}: C101 'Trung Quốc'",
    f"{_FARM}: A107 'Ấn Độ'",
    f"{_FARM}: A105 'Các chuyên gia khuyến cáo nông dân không nên chặt cà phê để trồng sầu riêng.'",
    f"{_FARM}: C101 'Trung Quốc'",
}
# The idiom found on a narrower span than the annotation's
BLIND_EXTRAS = {(_UNIVERSITY, "A113", "bánh")}
# Chrome read as article, blind: the human page's by-line with its update time
BLIND_CHROME_AS_ARTICLE = {_HUMAN: ["Bài và ảnh: Rơ Châm Hiền – Cập nhật 16:40"]}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    assert (ADVERSARY / "mt" / _UNIVERSITY).read_text(encoding="utf-8").count("\nmsgid ") == 19  # header + 18
    entries = _notes(_UNIVERSITY)["entries"]
    assert len(entries) == 18 and sum(kind == "clean" for _, kind in entries) == 5
    lines = (ADVERSARY / "mt" / _FARM).read_text(encoding="utf-8").splitlines()
    records = _notes(_FARM)["records"]
    assert sorted(records) == [json.loads(line)["id"] for line in lines]
    assert len(records) == 17 and sum(r == "clean" for r in records.values()) == 4


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the farm bulletin (Ksor Y Bơn, Rơ Châm Hiền, straight quotes, 'héc-ta',
    'Thứ Sáu, 28/11/2025' under the menu) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_entries_and_records_get_no_finding() -> None:
    """Blind: no finding on a PO entry or a JSONL record the annotation calls clean (the menu, two dated lines with
    their weekdays, the alumni line; pepper and coffee exports, durian, swine fever in 12 provinces)."""
    entries = dict(_notes(_UNIVERSITY)["entries"])
    found = [(d.segments[f.segment].source, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _UNIVERSITY)]
    assert [f for f in found if entries[f[0]] == "clean"] == []
    records = _notes(_FARM)["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _FARM)]
    assert [f for f in found if records[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 31 of 39 found, 31 with the accepted fix; 33 and 33 after the lead's fixes (A107 reads 印尼 whole, C101
    a country on both sides of one relation); 36 and 36 after misses48's (N108 'Tonglun', a Lao leader by the first
    part of the name; A113 'một miếng bánh' whole; A112 '1.500' beside the source's 'half'); 37 and 37 after
    leftovers49's (C101 a third country in the meeting's two leaders' own relation)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 39
    assert found >= 37 and fixed >= 37
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extra() -> None:
    """Blind: the idiom as 'bánh'; none since misses48 (the span is the whole 'một miếng bánh')."""
    assert set(unplanted_findings(MT)) == set()


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the Lao page read as annotated (the Lao-script language bar, the kip rates and the
    right column included); on the human page one chrome line, the by-line, read as article."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, [])), path.name
