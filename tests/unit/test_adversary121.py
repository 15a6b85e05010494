"""Adversary held-out set 121 (tests/data/adversary121), round 34's blind set: MT on US reciprocal tariffs on
Vietnamese goods and the trade talks (wood, seafood, textiles, transshipment) and the APEC leaders' meeting in
Gyeongju: a JSONL of 10 records with an English source and a human reference, a plain-text page translated through
Chinese, 20 planted errors; a human plain-text page (wood exporters in Bình Dương tightening origin checks) must stay
quiet, every line annotated chrome or article. Written and annotated before the tool ran on it (534d75f7); the blind
figures are the floor; the set's README says what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary121"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".txt"))

_RECORDS = "01_thue_doi_ung_my_go_thuy_san_det_may.jsonl"
_APEC = "02_apec_gyeongju_dam_phan_thue_quan.txt"
_HUMAN = "01_go_binh_duong_kiem_soat_xuat_xu.txt"

# Blind (data at 534d75f7; main at this branch's base): 15 of 20 found, 12 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_APEC}: C104 'Khánh Châu'",
    f"{_APEC}: N109 'Lý Tại Minh'",
    f"{_APEC}: C103 'phía Đẹp'",
    f"{_APEC}: T307 '15 ức USD'",
    f"{_APEC}: F107 'Các nhà xuất khẩu thủy sản và đồ gỗ Việt Nam hy vọng thỏa thuận sẽ sớm được ký kết, nhưng nhiều"
    " doanh nghiệp vẫn lo ngại về'",
}
# Blind: findings whose (rule, span) no annotation plants: 'Lý Tại Minh' read as N102 (a Western name through
# Chinese) with the fix 'Lee Jae-myung', and '15 ức' flagged without its unit (the annotation spans '15 ức USD')
BLIND_UNPLANTED = {(_APEC, "N102", "Lý Tại Minh"), (_APEC, "T307", "15 ức")}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    units = _notes(_RECORDS)["units"]
    assert all(sorted(r) == ["id", "mt", "ref", "src"] for r in records)
    assert sorted(units) == [r["id"] for r in records]
    assert len(units) == 10 and sum(u == "clean" for u in units.values()) == 3
    assert [len(_notes(p.name)["expected"]) for p in MT] == [8, 12]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the wood exporters' page (a pipe menu, 'Thứ Năm, 27/11/2025', 20% and
    40%, 320 container, 'thứ Ba, 2/12/2025', an e-mail address in the footer)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean (the framework agreement, Nam Định's textile orders,
    wood pellets)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 15 of 20 found, 12 with the accepted fix (records 8 of 8, 8; the APEC page 7 of 12, 4: C102 'Yue-Mei'
    fixed 'Việt Nam – Hoa Kỳ' (annotated 'Việt-Mỹ'), N102 'Hoắc Hoa Đức·Lư Đặc Ni Khắc' and L103 '转运' found without
    a suggestion)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 20
    assert found >= 15 and fixed >= 12
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after leftovers59 (round 35): C104 'Khánh Châu' in the headline ('họp tại Khánh Châu', the dateline writes
    # 'thành phố Khánh Châu') and C103 'phía Đẹp' (fixed 'phía Mỹ', as the page names the country) are found: 17 of
    # 20, 14 with the fix. F107 now fires on the paragraph cut after 'lo ngại về' at the ending's span, where the set
    # annotates the whole sentence: the annotation stays as committed (a miss by span, and an unplanted finding)
    assert found >= 17 and fixed >= 14
    assert set(missed) <= BLIND_MISSES - {f"{_APEC}: C104 'Khánh Châu'", f"{_APEC}: C103 'phía Đẹp'"}


def test_no_finding_outside_planted_spans_beyond_blind() -> None:
    """Blind: two, both on planted errors read under another rule or span (see BLIND_UNPLANTED)."""
    assert set(unplanted_findings(MT)) <= BLIND_UNPLANTED | {(_APEC, "F107", "lo ngại về")}
    # after leftovers59: F107 'lo ngại về' is the planted cut paragraph at the ending's span (see above)


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """`audit run` on the folder audits the JSONL, the MT page and the human page (the .json notes skipped), with
    findings on both MT files and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human page read as annotated (menu, crumb, date line, caption, by-line, share line,
    keywords and footer as chrome; no article line lost)."""
    for path in CLEAN:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
