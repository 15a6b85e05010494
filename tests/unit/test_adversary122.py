"""Adversary held-out set 122 (tests/data/adversary122), round 35's blind set: MT on India and Việt Nam
(pharmaceutical imports, rice, direct flights, defence and IT ties), Laos (hydropower imports, the Viêng Chăn–Hà Nội
expressway, the border) and typhoons and floods: a JSONL of 10 records with a Chinese source, a TSV of 10 rows with an
English source (both with a human reference, 3 clean each) and a plain-text page translated through Chinese, 28
planted errors; a human HTML page (electricity imports from Laos) must stay quiet, every block annotated chrome or
article. Written and annotated before the tool ran on it (680eb1c4); the blind figures are the floor; the set's README
says what was missed."""

from __future__ import annotations

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

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary122"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".tsv", ".txt"))

_RECORDS = "01_dien_lao_cao_toc_vieng_chan_ha_noi.jsonl"
_ROWS = "02_an_do_viet_nam_duoc_pham_gao_bay_thang.tsv"
_PAGE = "03_an_do_cuu_tro_lu_mien_trung.txt"
_HUMAN = "01_dien_nhap_khau_tu_lao.html"

# Blind (data at 680eb1c4; main at this branch's base, 522c1993): 22 of 28 found, 17 with the accepted fix; missed
# also A101 '38.000' (38万), found with its fix '380.000' since leftovers60, and N102 'Tái Tống Bồng·Phong Uy Hán'
# (a country between the title and the name), found whole, major, since leftovers60: 24 of 28, 18 with the fix
BLIND_MISSES = {
    f"{_ROWS}: N103 'Narendra Mody'",
    f"{_PAGE}: C101 'Campuchia'",
    f"{_PAGE}: F107 'cho'",
}
# Blind: findings whose (rule, span) no annotation plants, all on planted errors: the Lao name's part after the dot
# (N102, minor, no fix: gone since leftovers60 reads the whole name), 'Mody' read against the English source (A103,
# fix 'Modi'), and the short translation's lost 15% (A102, the same sentence as the planted A105)
BLIND_UNPLANTED = {
    (_ROWS, "A103", "Mody"),
    (_ROWS, "A102", "Vietnam Airlines sẽ tăng thêm bốn chuyến bay mỗi tuần giữa Hà Nội và Mumbai."),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def _record_ids(name: str) -> list[str]:
    text = (ADVERSARY / "mt" / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        records = [json.loads(line) for line in text.splitlines()]
        assert all(sorted(r) == ["id", "mt", "ref", "src"] for r in records)
        return [r["id"] for r in records]
    rows = [line.split("\t") for line in text.splitlines()]
    assert rows[0] == ["id", "src", "mt", "ref"] and all(len(r) == 4 for r in rows)
    return [r[0] for r in rows[1:]]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    for name in (_RECORDS, _ROWS):
        units = _notes(name)["units"]
        assert sorted(units) == _record_ids(name)
        assert len(units) == 10 and sum(u == "clean" for u in units.values()) == 3
        assert sorted(r for u in units.values() if u != "clean" for r in u) == sorted(
            n["rule"] for n in _notes(name)["expected"]
        )
    assert [len(_notes(p.name)["expected"]) for p in MT] == [8, 9, 11]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the Lao power page ('phía Lào', 'quan hệ Việt - Lào', Sê Kông, Attapeu,
    Khăm Muộn, 'hàng vạn hộ gia đình', 'thứ Ba, 25/11/2025', a Lao name in its own spelling)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article blocks audited alone as plain text."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean (4.5 billion kWh from 45亿, 500 billion đồng from
    5000亿, the border provinces; drug imports, the defence memorandum, the student exchange)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 22 of 28 found, 17 with the accepted fix (JSONL 5 of 8, 5; TSV 8 of 9, 7: L101 'semiconductor' found
    without a suggestion; the page 9 of 11, 5: N108 'Geyaer', N102 'A Thập Duy Ni·Ngõa Y Thập Nặc' and L103 '泄洪'
    found without a suggestion, N101 'Zhou Minghui' fixed 'Châu Minh Huy' where I wrote 'Chu Minh Huy')."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 28
    assert found >= 25 and fixed >= 19  # blind 22 and 17; A101 and N102 since leftovers60, C107 since round 35
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_beyond_blind() -> None:
    """Blind: three, all on planted errors read under another rule or span (see BLIND_UNPLANTED)."""
    assert set(unplanted_findings(MT)) <= BLIND_UNPLANTED


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """`audit run` on the folder audits the JSONL, the TSV, the MT page and the human page (the .json notes
    skipped), with findings on the three MT files and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the human page read as annotated (top bar, site title, menu, crumb, entry meta, figure
    caption, tags, share line, related posts and footer as chrome; headline, lead and paragraphs as article)."""
    for path in CLEAN:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name


def test_indigo_found_since_round_35() -> None:
    """After round 35 (the lead): India's airlines by their Chinese names are a sourced class of companies.tsv, so
    'Hãng hàng không Điện Lam' (靛蓝 IndiGo) is found with the fix 'IndiGo'."""
    _, _, _, missed = score_planted(MT)
    assert f"{_RECORDS}: C107 'Điện Lam'" not in missed
