"""Adversary held-out set 132 (tests/data/adversary132), round 36's blind set: MT on Taiwanese and Hong Kong business
in Việt Nam (Hon Hai, Pou Chen, Formosa, a Hong Kong group and Hải Phòng's ports), science and space (a satellite, an
astronaut selection, research grants) and real estate (apartment prices per m², a land auction, bonds): 10 JSONL
records with a Chinese source (traditional for the Taiwanese and Hong Kong ones) and a human reference, an XLIFF 2.0
file of 8 units with an English source (<pc> and <ph/> inline codes), and an investment site's text page through
Chinese, 23 planted errors; a human HTML property page must stay quiet. Written and annotated before the tool ran on
it (58ddcc6b); the blind figures are the floor; the set's README says what was missed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from adversary_scoring import (
    audit_folder,
    clean_unit_findings,
    findings_of,
    score_planted,
    serious_findings,
    unplanted_findings,
)
from chrome_lines import page_segments, score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary132"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".xlf", ".txt"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_RECORDS = "01_dai_loan_hong_kong_ve_tinh_can_ho_qua_tieng_trung.jsonl"
_XLIFF = "02_chuong_trinh_ve_tinh_phi_hanh_gia_tai_tro_nghien_cuu.xlf"
_INVEST = "03_nha_dau_tu_dai_loan_hong_kong_cang_bien_qua_tieng_trung.txt"

# Blind (data at 58ddcc6b; main at 53d460a4, this branch's base): 19 of 23 found, 18 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_XLIFF}: A110 'Vệ tinh sẽ mang một camera quang học. Hình ảnh của nó sẽ được chia sẻ với các cơ quan quản lý "
    "thiên tai.'",
    f"{_XLIFF}: L101 'payload'",
    f"{_XLIFF}: A113 'bầu trời là giới hạn'",
    f"{_INVEST}: C107 'Đài Tố'",
}

# after leftovers76 (N101's Chinese surname, A113's 'the sky is the limit', C107's Formosa row, the <ph/>'s canDelete)
AFTER_LEFTOVERS76_MISSES = {
    f"{_XLIFF}: L101 'payload'",
    f"{_INVEST}: C107 'Đài Tố'",
}


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    xliff = (ADVERSARY / "mt" / _XLIFF).read_text(encoding="utf-8")
    xliff_units = re.findall(r'<unit id="([^"]+)">', xliff)
    xliff_labels = _notes(_XLIFF)["units"]
    assert 'version="2.0"' in xliff and 'srcLang="en-US"' in xliff and "<pc id=" in xliff and "<ph id=" in xliff
    assert sorted(xliff_labels) == xliff_units and len(xliff_units) == 8
    assert sum(u == "clean" for u in xliff_labels.values()) == 2
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    units = _notes(_RECORDS)["units"]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    assert sorted(units) == [r["id"] for r in records] and len(units) == 10
    assert sum(u == "clean" for u in units.values()) == 3
    for name in (_RECORDS, _XLIFF):
        labels = _notes(name)["units"].values()
        assert sorted(r for u in labels if u != "clean" for r in u) == sorted(
            n["rule"] for n in _notes(name)["expected"]
        )
    assert [len(_notes(p.name)["expected"]) for p in MT] == [7, 7, 9]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the human property page ('80,5 triệu đồng/m²', '75-85 triệu đồng/m²',
    '10-20%', '45.000 tỷ đồng', 'thứ Tư, 17/12/2025', 'Thứ Bảy, ngày 29/11/2025')."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: none on the three clean records (Hon Hai's 5.000 hires, the satellite before 2026, '80.000 tỷ đồng' from
    80万亿) or the two clean units (a <pc> headline; '<pc>31/12/2025</pc>.' with a trailing <ph/>)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _XLIFF) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 19 of 23 found, 18 with the accepted fix (JSONL 7 of 7, 7; XLIFF 4 of 7, 4; text page 8 of 9, 7:
    N101 'Li Jiacheng' fixed 'Lê Gia Thành', where 李嘉誠 is 'Lý Gia Thành' / Li Ka-shing)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 23
    assert found >= 19 and fixed >= 18
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_and_fixes_after_leftovers76() -> None:
    """After the fixes (leftovers76): 21 of 23 found, 21 with the accepted fix (JSONL 7 of 7, 7; XLIFF 6 of 7, 6;
    text page 8 of 9, 8). N101 'Li Jiacheng' after 'tỷ phú Hồng Kông' fixed 'Lý Gia Thành' (a Chinese person's 李,
    zh_surname_readings.tsv); A113 'bầu trời là giới hạn' ('the sky is the limit' in en_idioms.tsv); A110 found once
    the unit's <ph id="2"/> says canDelete="no" (a post-blind correction of the data: XLIFF 2.0 lets a translation
    drop a <ph/> by default). Still missed: L101 'payload' (Zipf 3.36, under the 3.5 plain-word floor) and C107 'Đài
    Tố' (台塑 Formosa is in companies.tsv now, but a two-syllable reading counts only after a company word, and
    'Đại diện Đài Tố Hà Tĩnh' has none)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 23
    assert found >= 21 and fixed >= 21
    assert set(missed) <= AFTER_LEFTOVERS76_MISSES, sorted(set(missed) - AFTER_LEFTOVERS76_MISSES)


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """`audit run` on the folder audits the JSONL, the XLIFF, the text page and the human page (the .json notes and
    the README skipped), with findings on each MT file and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the text page and every block of the human HTML page read as annotated (site name, menus,
    crumbs, date lines, by-lines, caption, tags, keywords, share line, related links and footers as chrome; no article
    lost)."""
    for path in PAGES + CLEAN:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
