"""Adversary held-out set 119 (tests/data/adversary119), round 34's blind set: MT on Indonesia and Malaysia
(Vietnamese fishing boats detained, halal food exports, Malaysia as ASEAN chair), study in Malaysia and student
housing at home, and Vietnamese electric vehicles abroad: a TSV of 12 rows with a Chinese source and a human
reference, an HTML education news page through English and a Markdown explainer through Chinese (plants, charging
points, battery partners), 33 planted errors; a human plain-text page (new dormitories in Thủ Đức) must stay quiet,
every line annotated chrome or article. Written and annotated before the tool ran on it (25b674c9); the blind
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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary119"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".html", ".md"))
PAGES = [p for p in MT if p.suffix == ".html"]

_ROWS = "01_tau_ca_bi_giu_halal_chu_tich_asean.tsv"
_STUDY = "02_du_hoc_malaysia_ky_tuc_xa.html"
_EV = "03_giai_thich_xe_dien_viet_ra_the_gioi.md"
_HUMAN = "01_ky_tuc_xa_moi_cho_tan_sinh_vien.txt"
_JAKIM = "Cục Phát triển Hồi giáo Malaysia (JAKIM) đã cấp chứng nhận halal cho hơn 40 doanh nghiệp Việt Nam."

# Blind (data at 25b674c9; main at 8ddea48c, this branch's base): 24 of 33 found, 23 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_ROWS}: A105 '{_JAKIM}'",
    f"{_STUDY}: N104 'Zambry'",
    f"{_STUDY}: F114 '2,400'",
    f"{_STUDY}: C101 'Indonesia'",
    f"{_STUDY}: L101 'dormitory'",
    f"{_STUDY}: F107 'với'",
    f"{_STUDY}: F106 'dự kiến'",
    f"{_EV}: T307 '15 vạn'",
    f"{_EV}: C107 'Quốc Hiên Cao Khoa'",
}
# Blind: one finding outside the planted spans, F107 on 'so với' where I had annotated 'với' (the same error)
BLIND_UNPLANTED = {(_STUDY, "F107", "so với")}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _ROWS).read_text(encoding="utf-8").splitlines()
    units = _notes(_ROWS)["units"]
    assert rows[0].split("\t") == ["id", "src", "mt", "ref"] and all(len(r.split("\t")) == 4 for r in rows)
    assert sorted(units) == [r.split("\t")[0] for r in rows[1:]]
    assert len(units) == 12 and sum(u == "clean" for u in units.values()) == 3
    assert [len(_notes(p.name)["expected"]) for p in MT] == [11, 12, 10]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the dormitory page (a pipe menu, 'Thứ Sáu, 28/11/2025, 14:20 (GMT+7)',
    1.500 chỗ, 450.000 đồng, '2,5 đến 3 triệu', 15 m², 'năm học 2025-2026', 'thứ Hai, 8/12/2025', 'suất ăn halal',
    Malaysia and Indonesia, a photo credit, related links, a footer)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (Malaysia's detention of two boats, Malaysia as
    ASEAN chair with the Philippines in 2026, Indonesia and Malaysia as trade partners)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 24 of 33 found, 23 with the accepted fix (TSV 10 of 11, 10; study page 6 of 12, 6; EV explainer 8 of
    10, 7: N109 'Phác Chí Huân' found without a suggestion)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 33
    assert found >= 24 and fixed >= 23
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after the blind figures, two of my annotations corrected (the tool unchanged): F107's span is 'so với' (the
    # two-word preposition the sentence ends on), F106's context no longer runs across the sentence split: 26, 25
    assert found >= 26 and fixed >= 25
    assert set(missed) <= BLIND_MISSES - {f"{_STUDY}: F107 'với'", f"{_STUDY}: F106 'dự kiến'"}
    # after the lead's fix of round 34: China's battery makers besides BYD and CATL in companies.tsv (a sourced
    # class: Gotion, EVE Energy, CALB, SVOLT), so C107 reads 'Quốc Hiên Cao Khoa' as Gotion: 27, 26
    assert found >= 27 and fixed >= 26
    assert f"{_EV}: C107 'Quốc Hiên Cao Khoa'" not in missed
    # and places and charging points counted in whole units (COUNTED in audit/rules/numbers.py: 'chỗ', 'cổng sạc'),
    # so F114 reads '2,400 chỗ' and T307 '15 vạn cổng sạc': 29, 28
    assert found >= 29 and fixed >= 28
    assert not {f"{_STUDY}: F114 '2,400'", f"{_EV}: T307 '15 vạn'"} & set(missed)


def test_no_finding_outside_planted_spans_beyond_blind() -> None:
    """Blind: one, F107 'so với' (the planted unfinished sentence, annotated on 'với')."""
    assert set(unplanted_findings(MT)) <= BLIND_UNPLANTED
    # after F107's annotation was corrected to 'so với': none
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file_but_the_explainer(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the TSV, the HTML page and the human page (the .json notes skipped, and
    the Markdown explainer too: a walk reads .md only when named), with findings on both MT files read and none on
    the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT if p.suffix != ".md"}
    assert flagged == {f"mt/{p.name}" for p in MT if p.suffix != ".md"}


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human text page and every block of the HTML page read as annotated (menus, crumbs,
    date lines, by-lines, the photo credit and caption, keywords, share lines, related links and footers as chrome;
    the English sentence and the subheading as article; no article lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
