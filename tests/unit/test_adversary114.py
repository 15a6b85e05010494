"""Adversary held-out set 114 (tests/data/adversary114), round 33's blind set: MT on India and South Asia, football
abroad, and housing and land: a JSONL of 13 records with a Chinese source and a human reference (India's National
Security Adviser, the patrol boats, Việt Nam–India trade, drug imports, generic drug prices, Indian rice, Bangladesh
rice, Sri Lanka, the joint committee's date, the German and English coaches, the 2026 World Cup), an XLIFF 1.2 file
of 15 trans-units with an English source (a quarterly housing update: apartment prices, the 2024 Land Law, land price
tables, social housing, mortgages) and a plain-text page through Chinese (the Indian President's state visit, defence,
pharmaceuticals, tourists, Bangladesh and Sri Lanka trade), 36 planted errors; a human HTML page (a Vietnamese-heritage
midfielder in the Netherlands and the 2026 World Cup) must stay quiet, every block annotated chrome or article.
Written and annotated before the tool ran on it (f6ff614f); the blind figures are the floor; the set's README says
what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary114"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".xlf", ".txt"))
RECORDS = [p for p in MT if p.suffix in (".jsonl", ".xlf")]

_ROWS = "01_an_do_duoc_pham_gao_bangladesh_world_cup.jsonl"
_UNITS = "02_thi_truong_nha_o_luat_dat_dai_nha_o_xa_hoi.xlf"
_VISIT = "03_chuyen_tham_cap_nha_nuoc_an_do.txt"
_HUMAN = "01_tien_ve_goc_viet_ha_lan_world_cup.html"

# Blind (data at f6ff614f; main at 839be2d1, this branch's base): 34 of 36 found, 30 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_VISIT}: N108 'Qiaohan'",
    f"{_VISIT}: C102 'Việt-Mạnh'",
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3 and len(RECORDS) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _ROWS).read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    rows = _notes(_ROWS)["units"]
    assert sorted(rows) == [r["id"] for r in records] and len(rows) == 13
    units = _notes(_UNITS)["units"]
    assert len(units) == 15
    assert [sum(u == "clean" for u in notes.values()) for notes in (rows, units)] == [3, 3]
    assert [len(_notes(p.name)["expected"]) for p in MT] == [11, 12, 13]


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the football page ('Thứ Bảy, 29/11/2025' in the top bar, 'FC Hollandia',
    'thắng 3-1', 'Rotterdam', 'World Cup 2026', '11/6 đến 19/7/2026', 'thứ Sáu, 5/12/2025' and 'thứ Bảy, 6/12',
    'Ronald Koeman', 'V.League', '1,5 triệu euro') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a record or unit the annotation calls clean (relations since 1972, 'basmati', the World
    Cup's hosts, 48 teams and final; the XLIFF title in <g>, 'Nguồn: Bộ Xây dựng', one million social homes)."""
    assert [(p.name, *f) for p in RECORDS for f in clean_unit_findings(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 34 of 36 found, 30 with the accepted fix (JSONL 11 of 11, 8: 'Duowaer' and 'Nageersiman' found with no
    suggestion, 'Đồ Hách Nhĩ' (Tuchel) with the suggestion 'Delhi'; XLIFF 12 of 12, 12; text page 11 of 13, 10:
    'Duy Khắc Lạp Mỗ·Mễ Tư Lý' (Vikram Misri) found with no suggestion)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 36
    assert found >= 34 and fixed >= 30
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after the lead's fixes of round 33 (tests/unit/test_lead33.py): N108 reads one word of two pinyin syllables
    # opening in x, q or zh after a title ('Qiaohan', minor, no fix: the person is in no table): 35, 30
    assert found >= 35
    assert set(missed) <= BLIND_MISSES - {f"{_VISIT}: N108 'Qiaohan'"}
    # after leftovers56 (tests/unit/test_leftovers56.py): C102 reads 'Việt' and a Hán-Việt abbreviation no other
    # country shares right after a word of trade ('kim ngạch Việt-Mạnh', with the fix): 36, 31, no miss
    assert found >= 36 and fixed >= 31
    assert missed == []


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the JSONL, the XLIFF, the text page and the human page (the .json notes
    and the README skipped), with findings on the three MT files only, each record finding pointing into its file."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the human page and every line of the text page read as annotated (menus, crumbs,
    by-lines, tags, share lines, related news and footers as chrome, the caption too), with no exception."""
    for path in [*CLEAN, ADVERSARY / "mt" / _VISIT]:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name


def test_record_findings_point_into_their_files(tmp_path: Path) -> None:
    """Blind: a run over the two record files alone: every finding's line is its record's first line (the JSONL
    record, the XLIFF trans-unit's opening tag) and its column counts characters in the record's target."""
    folder = tmp_path / "records"
    folder.mkdir()
    for path in RECORDS:
        (folder / path.name).write_bytes(path.read_bytes())
    assert_record_positions(audit_folder(folder, tmp_path / "run"), folder, {"jsonl", "xlf"})
