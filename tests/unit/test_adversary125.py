"""Adversary held-out set 125 (tests/data/adversary125), round 35's blind set: MT on Singapore and Việt Nam (port
throughput, carbon credits, the green economy, a solar fund) and the Mekong Delta (salinity, rice, sand mining,
Cambodian reservoirs and the Funan Techo canal): a TSV of 10 rows with a Chinese source and a human reference (3 clean)
and a plain-text page translated through Chinese, 22 planted errors; a human HTML page (salt-tolerant rice in Cà Mau)
must stay quiet, every block annotated chrome or article. Written and annotated before the tool ran on it (1268b8df);
the blind figures are the floor; the set's README says what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary125"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".txt"))

_ROWS = "01_cang_singapore_tin_chi_carbon_kenh_funan.tsv"
_PAGE = "02_han_man_mien_tay_tin_chi_carbon_lua_gao.txt"
_HUMAN = "01_lua_chiu_man_ca_mau_xuat_khau_singapore.html"

# Blind (data at 1268b8df; main at 4bb96f99, this branch's base): 18 of 22 found, 15 with the accepted fix; missed:
# After leftovers63 (Singapore's cabinet in people.tsv/offices.tsv): N103 'Gan Kim Yang' found with 'Gan Kim Yong'
# (19 of 22, 16 with the fix)
# After leftovers64: the annotation of C103 spans 'Phía Giản' (fix 'Phía Campuchia'), as every other set's 'Phía X'
# and the rule's findings do: the span disagreement is no miss (20 of 22, 17 with the fix)
BLIND_MISSES = {
    f"{_PAGE}: N108 'Chen Weiming'",
    f"{_PAGE}: N108 'Suo Padi'",
}
# Blind: findings whose (rule, span) no annotation plants, both on planted errors read under another span or rule:
# 'Phía Giản' (C103, fix 'Phía Campuchia', where I annotated 'Giản') and the Singaporean 'Chen Weiming' read as a
# Chinese name in pinyin (N101, minor, no fix, where I annotated N108 with 'Tan Wei Ming')
# (after leftovers64 the first is planted under its span: left the second)
BLIND_UNPLANTED = {
    (_PAGE, "N101", "Chen Weiming"),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = [line.split("\t") for line in (ADVERSARY / "mt" / _ROWS).read_text(encoding="utf-8").splitlines()]
    assert rows[0] == ["id", "src", "mt", "ref"] and all(len(r) == 4 for r in rows)
    units = _notes(_ROWS)["units"]
    assert sorted(units) == [r[0] for r in rows[1:]]
    assert len(units) == 10 and sum(u == "clean" for u in units.values()) == 3
    assert sorted(r for u in units.values() if u != "clean" for r in u) == sorted(
        n["rule"] for n in _notes(_ROWS)["expected"]
    )
    assert [len(_notes(p.name)["expected"]) for p in MT] == [8, 14]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the Cà Mau rice page ('tôm - lúa', 'khai thác cát', 'Phía Campuchia', sông
    Mê Kông, Tonle Sap, 'Hàng vạn hộ dân', 'thứ Tư, 3/12/2025', a Singaporean name in its own spelling)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article blocks audited alone as plain text."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a row the annotation calls clean (the Thursday business talks, 150万 ha as 1,5 triệu ha,
    the Singapore solar fund's 50 MW)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 18 of 22 found, 15 with the accepted fix (TSV 6 of 8, 5: L103 '采砂' found without a suggestion; the
    page 12 of 14, 10: N102 'Ước Tư Đặc·Phạm Đái Khắc' found without a suggestion, C102 'Tân-Việt' fixed 'Singapore –
    Việt Nam' with an en dash where I accepted hyphens). After leftovers63: 19 of 22, 16 with the fix (N103 'Gan Kim
    Yang' → 'Gan Kim Yong'). After leftovers64: 20 of 22, 17 (C103 annotated 'Phía Giản', as the rule reads it)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 22
    assert found >= 20 and fixed >= 17
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_beyond_blind() -> None:
    """Blind: two, both on planted errors read under another rule or span (see BLIND_UNPLANTED)."""
    assert set(unplanted_findings(MT)) <= BLIND_UNPLANTED


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """`audit run` on the folder audits the TSV, the MT page and the human page (the .json notes skipped), with
    findings on both MT files and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the human page read as annotated (top bar, logo, menu, crumb, by-line, figure caption,
    tags, share line, related list and footer as chrome; headline, sapo and paragraphs as article)."""
    for path in CLEAN:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
