"""Adversary held-out set 115 (tests/data/adversary115), round 33's blind set: MT on AI and data centres, coffee,
pepper and cashew exports under the EU deforestation rules, and typhoon relief for the Philippines with floods in
central Việt Nam: a TSV of 14 rows with an English source and a human reference (the draft AI law, coffee earnings,
Germany's purchases, smallholders' GPS maps, a Dutch mission, the Minister of Science and Technology, two US cloud
firms, Cebu's evacuees, a rescue team, Dutch importers, power for data centres), an HTML news page through Chinese
(relief for the Philippines, floods in Hội An) and a Markdown export newsletter through English (coffee to Germany
and the Netherlands, the EUDR, pepper and cashew to the US), 36 planted errors; a human plain-text page (a data
centre's groundbreaking in Bắc Ninh) must stay quiet, every line annotated chrome or article. Written and annotated
before the tool ran on it (a0130fe0); the blind figures are the floor; the set's README says what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary115"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".html", ".md"))
PAGES = [p for p in MT if p.suffix == ".html"]

_ROWS = "01_luat_ai_ca_phe_eudr_bao_philippines.tsv"
_RELIEF = "02_cuu_tro_philippines_lu_mien_trung.html"
_NEWSLETTER = "03_ban_tin_nong_san_chau_au_my.md"
_HUMAN = "01_khoi_cong_trung_tam_du_lieu_bac_ninh.txt"

# Blind (data at a0130fe0; main at ea84575f, this branch's base): 32 of 36 found, 28 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_RELIEF}: N102 'An Na·Khải Lặc'",
    f"{_RELIEF}: T307 '12 vạn'",
    f"{_RELIEF}: C102 'Việt-Phi'",
    f"{_NEWSLETTER}: L101 'smallholder'",
}
# Blind: the one finding on the human page, a minor one ('tủ rack', a server rack, as tech news writes it)
BLIND_HUMAN_FINDINGS = [("L101", "rack")]
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
    assert len(units) == 14 and sum(u == "clean" for u in units.values()) == 3
    assert [len(_notes(p.name)["expected"]) for p in MT] == [13, 13, 10]


def test_human_page_findings_at_most_blind() -> None:
    """Blind: no major or critical finding on the data-centre page (a pipe menu, 'Thứ Sáu, 28/11/2025', 60 and 30 MW,
    GPU, AI, 9.800 tỷ đồng, 4,5 ha, Jeroen Bakker, Amsterdam, 'vạn sự khởi đầu nan', 'thứ Hai, 8/12/2025', a web
    address, two readers' comments); one minor L101 on 'tủ rack' (a loan of Vietnamese tech news) ..."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    found = [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)]
    assert set(found) <= set(BLIND_HUMAN_FINDINGS), found
    # after round 33: 'rack' is a loan of Vietnamese IT text (references/vi_loans.txt): no finding
    assert found == []


def test_human_article_read_as_text_at_most_blind() -> None:
    """... and the same, no more, on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert {(f.rule, f.text) for f in audit_text(article)} <= set(BLIND_HUMAN_FINDINGS)


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (the draft AI law, 152.000 đồng/kg for pepper in Đắk
    Lắk, floods in Gia Lai's cashew and pepper gardens)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 32 of 36 found, 28 with the accepted fix (TSV 13 of 13, 13; relief page 10 of 13, 6: N108 'Jiachalian',
    N101 'Hu Shiqing', N109 'Cui Taiyuan' and L103 '台风' found without a suggestion; newsletter 9 of 10, 9)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 36
    assert found >= 32 and fixed >= 28
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after the lead's fixes of round 33 (tests/unit/test_lead33.py): N102 reads a Hán-Việt name whose dot has no
    # space on either side right after a title or honorific: 33 found (no suggestion: the Latin name is not known)
    assert found >= 33
    assert set(missed) <= BLIND_MISSES - {f"{_RELIEF}: N102 'An Na·Khải Lặc'"}
    # after leftovers56 (tests/unit/test_leftovers56.py): T307 reads 'N vạn người' as the MT's in a sentence that
    # writes another figure as today's news does ('khoảng 3.000 ngôi nhà'): 34, 29
    assert found >= 34 and fixed >= 29
    assert set(missed) <= BLIND_MISSES - {f"{_RELIEF}: N102 'An Na·Khải Lặc'", f"{_RELIEF}: T307 '12 vạn'"}


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file_but_the_newsletter(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the TSV, the HTML page and the human page (the .json notes skipped, and
    the Markdown newsletter too: a walk reads .md only when named), with findings on the human page (the minor 'rack')
    and both MT files read."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT if p.suffix != ".md"}
    assert {f"mt/{p.name}" for p in MT if p.suffix != ".md"} <= flagged <= audited


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human text page and every block of the HTML page read as annotated (menus, crumbs,
    date lines, by-lines, the photo credit and caption, keywords, share lines, related links and footers as chrome;
    no article lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
