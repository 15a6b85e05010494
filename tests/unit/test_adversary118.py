"""Adversary held-out set 118 (tests/data/adversary118), round 34's blind set: MT on Japan and Việt Nam (ODA loans,
technical intern trainees and their brokers' fees, Japanese retailers and carmakers), pensions and social insurance
(one-off withdrawals, the retirement age, the new law) and the North–South high-speed railway's technology bids: a
JSONL of 12 records with an English source and a human reference, an XLIFF 2.0 file of 14 units with a Chinese source
(state attributes, <pc> and <ph> inline codes) and a plain-text page through Chinese (one-off withdrawals, trainees
back from Japan), 32 planted errors; a human HTML page (a Japanese retailer's shopping centre, a Japanese carmaker's
local content) must stay quiet, every block annotated chrome or article. Written and annotated before the tool ran on
it (65a427b5); the blind figures are the floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import (
    assert_record_positions,
    audit_folder,
    clean_unit_findings,
    findings_of,
    score_planted,
    unplanted_findings,
)
from chrome_lines import page_segments, score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary118"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".xlf", ".txt"))
RECORDS = [p for p in MT if p.suffix in (".jsonl", ".xlf")]

_ROWS = "01_oda_nhat_ban_thuc_tap_sinh_luong_huu.jsonl"
_UNITS = "02_dau_thau_duong_sat_toc_do_cao_bac_nam.xlf"
_PAGE = "03_rut_bao_hiem_xa_hoi_mot_lan_thuc_tap_sinh_nhat_ban.txt"
_HUMAN = "01_nha_ban_le_nhat_mo_rong_dau_tu_viet_nam.html"

# Blind (data at 65a427b5; main at 5feed7bd, this branch's base): 27 of 32 found, 22 with the accepted fix; missed
# those below and A113 'củ khoai tây nóng', N102 'Chu Lợi An·Mạc La', C102 'Yuè-Rì' (found since leftovers57):
BLIND_MISSES = {
    f"{_ROWS}: A107 'Triều Tiên'",
    f"{_UNITS}: A110 'Tổng vốn đầu tư của dự án khoảng 67 tỷ USD, tốc độ thiết kế 350 km/h.'",
}
# Blind: the one line of the text page read against its annotation, the editor line a Chinese site writes (责任编辑)
BLIND_CHROME_AS_ARTICLE = ["Biên tập viên phụ trách: Vương Phương"]
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3 and len(RECORDS) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _ROWS).read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    rows = _notes(_ROWS)["units"]
    assert sorted(rows) == [r["id"] for r in records] and len(rows) == 12
    units = _notes(_UNITS)["units"]
    assert len(units) == 14
    assert [sum(u == "clean" for u in notes.values()) for notes in (rows, units)] == [3, 3]
    assert [len(_notes(p.name)["expected"]) for p in MT] == [10, 11, 11]


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the retail and carmaker page ('Thứ Bảy, 29/11/2025' in the top bar, Sakura
    Mart, 52.000 m², 3.200 tỷ đồng, Kenji Morimoto, ASEAN, Hoshino Motors, 30% to 40%, 'thứ Bảy, 6/12/2025', FDI) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a record or unit the annotation calls clean (Japan's ODA, the law in force from 1/7/2025,
    Siemens Mobility; the XLIFF title in <pc>, Siemens Mobility's interest, the start at the end of 2026)."""
    assert [(p.name, *f) for p in RECORDS for f in clean_unit_findings(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 27 of 32 found, 22 with the accepted fix (JSONL 8 of 10, 7: 'pension' found with no suggestion; XLIFF
    9 of 11, 7: 'Tianzhong Mingyan' and '人才培养' found with no suggestion; text page 10 of 11, 8: 'Tá Đằng Kiện
    Nhất' found with no suggestion, C101 'Trung Quốc' with the suggestion 'Hàn Quốc' where 'Nhật Bản' was meant)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 32
    # after leftovers57 (A113, C102 with the fix; N102 'Chu Lợi An·Mạc La'), and round 35 (A107: a bare "Korea's" is
    # South Korea where the source names North Korea nowhere)
    assert found >= 31 and fixed >= 25
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the JSONL, the XLIFF, the text page and the human page (the .json notes
    and the README skipped), with findings on the three MT files only."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the human page read as annotated (top bar, menu, <ol> crumb, by-line, caption, keywords,
    share links, related news and footer as chrome); every line of the text page too but its editor line
    'Biên tập viên phụ trách: …' (a Chinese site's 责任编辑, rendered), read as article; no article lost."""
    human = score_lines(CLEAN[0])
    assert human.article_missing == [] and human.unplaced == []
    assert human.chrome_as_article == [] and human.article_as_chrome == []
    page = score_lines(ADVERSARY / "mt" / _PAGE)
    assert page.article_missing == [] and page.unplaced == [] and page.article_as_chrome == []
    assert set(page.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE), page.chrome_as_article
    # after the lead's fix of round 34: the by-line row takes the role 'biên tập viên phụ trách' (or 'chịu trách
    # nhiệm') before its colon, so the editor line is chrome too
    assert page.chrome_as_article == []
    for path in [*CLEAN, ADVERSARY / "mt" / _PAGE]:
        assert page_segments(path), path.name


def test_record_findings_point_into_their_files(tmp_path: Path) -> None:
    """Blind: a run over the two record files alone: every finding's line is its record's first line (the JSONL
    record, the XLIFF unit's opening tag) and its column counts characters in the record's target."""
    folder = tmp_path / "records"
    folder.mkdir()
    for path in RECORDS:
        (folder / path.name).write_bytes(path.read_bytes())
    assert_record_positions(audit_folder(folder, tmp_path / "run"), folder, {"jsonl", "xlf"})
