"""Adversary held-out set 133 (tests/data/adversary133), round 36's blind set: MT on the Cambodia-Thailand border
(Vietnamese traders, returning workers, the Mekong), aviation (a Hà Nội - Phnom Penh route, an aircraft order, Long
Thành) and AI in education (AI in schools, a data centre, chip training): a TSV of 10 records with a Chinese source and
a human reference, an aviation site's HTML page through English, and an education site's text page through Chinese,
24 planted errors; a human text page on border traders must stay quiet. Written and annotated before the tool ran on
it (c0d1b468); the blind figures are the floor; the set's README says what was missed."""

from __future__ import annotations

import csv
import json
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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary133"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".html", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_RECORDS = "01_bien_gioi_campuchia_thai_lan_ai_truong_hoc_qua_tieng_trung.tsv"
_ROUTE = "02_duong_bay_ha_noi_phnom_penh_dat_mua_tau_bay.html"

# Blind (data at c0d1b468; main at f752836c, this branch's base): 23 of 24 found, 21 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_ROUTE}: C101 'Thái Lan'",
}


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    with (ADVERSARY / "mt" / _RECORDS).open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle, delimiter="\t"))
    units = _notes(_RECORDS)["units"]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    assert sorted(units) == [r["id"] for r in records] and len(units) == 10
    assert sum(u == "clean" for u in units.values()) == 3
    assert sorted(r for u in units.values() if u != "clean" for r in u) == sorted(
        n["rule"] for n in _notes(_RECORDS)["expected"]
    )
    assert [len(_notes(p.name)["expected"]) for p in MT] == [9, 7, 8]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the human border-trade page ('biên mậu Việt - Campuchia', '1.200 USD',
    '0,4 m', 'Thứ Bảy, 29/11/2025', Poipet, Banteay Meanchey)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: none on the three clean records (Hun Manet and 'phía Campuchia', the Hà Nội - Phnom Penh route from
    '1/2026', 5万 as '50.000 kỹ sư')."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 23 of 24 found, 21 with the accepted fix (TSV 9 of 9, 8: L103 '人工智能' found without a suggestion; route
    page 6 of 7, 5: L101 'fleet' found without a suggestion; text page 8 of 8, 8)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 24
    assert found >= 23 and fixed >= 21
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """`audit run` on the folder audits the TSV, the HTML page, the text page and the human page (the .json notes and
    the README skipped), with findings on each MT file and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the two text pages and every block of the HTML page read as annotated (site names, menus,
    crumbs, date lines, by-lines, caption, keywords, share lines, related links and footers as chrome; no article
    lost)."""
    for path in PAGES + CLEAN:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
