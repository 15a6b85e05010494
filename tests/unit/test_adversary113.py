"""Adversary held-out set 113 (tests/data/adversary113), round 32's blind set: MT on the SEA Games and the Asian
Games, Vietnamese migrants in Europe and satellite internet: a TSV of 15 rows with an English source and a human
reference (the Hangzhou medal tally, the U22 team's camp and coach, the final's date, a lorry in Kent, a smuggling
trial, the Minister of Public Security, Germany's Vietnamese, a Prague court, the satellite-internet pilot), an HTML
sports page through Chinese (the SEA Games send-off, ASIAD 20 in Aichi–Nagoya) and a plain-text community page through
Chinese (a smuggling trial in London, contract workers in Czechia, consular help), 40 planted errors; a human HTML page
(satellite internet at a highland village school) must stay quiet, every block annotated chrome or article. Written and
annotated before the tool ran on it (a86e8861); the blind figures are the floor; the set's README says what was
missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import audit_folder, clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import page_segments, score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary113"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".html", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_ROWS = "01_sea_games_lao_dong_chau_au_internet_ve_tinh.tsv"
_SPORTS = "02_doan_the_thao_sea_games_33_asiad.html"
_MIGRANTS = "03_xet_xu_duong_day_dua_nguoi_sang_anh.txt"
_HUMAN = "01_internet_ve_tinh_diem_truong_vung_cao.html"

# Blind (data at a86e8861; main at cca44092, this branch's base): 35 of 40 found, 33 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_ROWS}: C105 'Czech'",
    f"{_ROWS}: L101 'user terminal'",
    f"{_SPORTS}: N106 'tiên sinh'",
    f"{_MIGRANTS}: T307 '2 vạn'",
    f"{_MIGRANTS}: C101 'Trung Quốc'",
}
# Blind: the figure captions, annotated as article, read as chrome (earlier sets annotate captions as chrome)
BLIND_ARTICLE_AS_CHROME = {
    _HUMAN: ["Học sinh điểm trường Nậm Chà xem bài giảng trực tuyến. Ảnh: Lò Văn Thắng"],
    _SPORTS: ["Các vận động viên tại lễ xuất quân sáng 27/11. Ảnh: Bảo Trâm"],
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _ROWS).read_text(encoding="utf-8").splitlines()
    units = _notes(_ROWS)["units"]
    assert rows[0].split("\t") == ["id", "src", "mt", "ref"] and all(len(r.split("\t")) == 4 for r in rows)
    assert sorted(units) == [r.split("\t")[0] for r in rows[1:]]
    assert len(units) == 15 and sum(u == "clean" for u in units.values()) == 4
    assert [len(_notes(p.name)["expected"]) for p in MT] == [14, 13, 13]


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the satellite-internet page ('Thứ Năm, 27/11/2025' in the top strip, a
    hotline, 'Nậm Chà', 'đồng bào Mông', 'Giàng Thị Mai', 'Vàng A Sử', 14 and 30 sites, 'đến hết năm 2026') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (48 sports at SEA Games 33 in Thailand, the embassy's
    hotline in London, the pilot to 2030, the same monthly fee in the mountains)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 35 of 40 found, 33 with the accepted fix (TSV 12 of 14, 12; sports page 12 of 13, 12; community page
    11 of 13, 9: C103 'Anh phương' got 'Phía Vương quốc Anh' and C102 'Yue-Ying' 'Việt Nam – Vương quốc Anh', right
    in substance but not among the fixes annotated beforehand)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 40
    assert found >= 35 and fixed >= 33
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after the lead's fixes of round 32 (tests/unit/test_lead32.py): N106 after a coach's title with the team between,
    # T307 before 'bảng Anh': 37, 35
    assert found >= 37 and fixed >= 35
    assert set(missed) <= BLIND_MISSES - {f"{_SPORTS}: N106 'tiên sinh'", f"{_MIGRANTS}: T307 '2 vạn'"}
    # round 33: L101 reads a two-word term of references/en_vi_terms.tsv as English even where both words are loans
    # (tests/unit/test_leftovers55.py), but the set's own 'user terminal' is in no table (a blind set's phrase is not
    # put into the tables that score it): still 37, 35


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the TSV, both MT pages and the human page (the .json notes skipped),
    with findings on the three MT files only."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every block of both HTML pages and every line of the text page read as annotated (menus, crumbs,
    by-lines, tags, share lines, side boxes, related news and footers as chrome), but the two figure captions."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.chrome_as_article == [], path.name
        assert set(score.article_as_chrome) <= set(BLIND_ARTICLE_AS_CHROME.get(path.name, [])), path.name
        assert page_segments(path), path.name
