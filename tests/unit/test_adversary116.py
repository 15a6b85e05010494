"""Adversary held-out set 116 (tests/data/adversary116), round 33's blind set: MT on Việt Nam's ties with Australia
and New Zealand, Vietnamese telecoms and farm trade in Africa, and Tết travel: a JSONL of 14 records with an English
source and a human reference (students in Australia, farm exports to Oceania, visas, scholarships, a trade committee),
an XLIFF 2.0 file of 14 units with a Chinese source (Viettel in Mozambique, Tanzania and Cameroon; rice and cashew) and
an HTML news page through Chinese (train tickets, flights, coach fares, scalpers), 35 planted errors; a human
plain-text page (a study-abroad fair) must stay quiet, every line annotated chrome or article. Written and annotated
before the tool ran on it (1289ebd5); the blind figures are the floor; the set's README says what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary116"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".xlf", ".html"))
PAGES = [p for p in MT if p.suffix == ".html"]

_RECORDS = "01_uc_new_zealand_du_hoc_nong_san.jsonl"
_UNITS = "02_viettel_chau_phi_gao_dieu.xlf"
_TET = "03_tau_xe_tet_binh_ngo.html"
_HUMAN = "01_trien_lam_du_hoc_uc_new_zealand.txt"

# Blind (data at 1289ebd5; main at 29431e03, this branch's base): 30 of 35 found, 29 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_RECORDS}: A113 'chạm đất và chạy'",
    f"{_RECORDS}: F114 '1,250'",
    f"{_UNITS}: N108 'Hasang'",
    f"{_TET}: T307 '50 vạn'",
    f"{_TET}: F107 'từ'",
}
# Blind: findings outside the planted spans (both arguable: 'Úc' beside 'Australia' in one file is the swapped
# country of r03; the record that lost its web address also lost the clause that held it)
BLIND_UNPLANTED = {
    (_RECORDS, "T201", "Úc"),
    (_RECORDS, "A105", "Hồ sơ xin học bổng đợt 2026 được nhận đến ngày 30/4."),
}
# Blind: lines read as article that I annotated chrome (the author's bare name under the human page's article; the
# HTML page's bottom line with the outlet's name and hotline)
BLIND_CHROME_AS_ARTICLE = {
    _HUMAN: ["Thùy Dương"],
    _TET: ["Nhịp Sống Đường Xa – trang tin giả định, viết cho bộ thử. Đường dây nóng: 0000 111 222"],
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    assert sorted(_notes(_RECORDS)["units"]) == [r["id"] for r in records]
    xliff = (ADVERSARY / "mt" / _UNITS).read_text(encoding="utf-8")
    assert 'version="2.0"' in xliff and xliff.count("<unit ") == len(_notes(_UNITS)["units"]) == 14
    for name in (_RECORDS, _UNITS):
        units = _notes(name)["units"]
        assert len(units) == 14 and sum(u == "clean" for u in units.values()) == 3
        assert sorted(r for u in units.values() if u != "clean" for r in u) == sorted(
            n["rule"] for n in _notes(name)["expected"]
        )
    assert [len(_notes(p.name)["expected"]) for p in MT] == [13, 11, 11]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the fair page ('Kia ora', Aotearoa, Liam Te Awa, 'Việt - Úc', 35.000 to
    50.000 AUD, 'vạn sự khởi đầu nan', IELTS 6.5, 'thứ Bảy, 17/1/2026', 'thứ Hai, 19/1/2026', a web address, 1900
    0000, two readers' comments) ..."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a record or unit the annotation calls clean (the 2024 partnership, Albanese's visit,
    Luxon's visit; Movitel's subscribers, Nexttel's 4G, relations with Mozambique since 1975)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _UNITS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 30 of 35 found, 29 with the accepted fix (JSONL 11 of 13, 11; XLIFF 10 of 11, 9: N102 'Đan Ni
    Nhĩ·Tra Ba' found without a suggestion where I wrote down 'Daniel Chapo'; Tết page 9 of 11, 9)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 35
    assert found >= 30 and fixed >= 29
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after the lead's fixes of round 33 (tests/unit/test_lead33.py): tickets and officials are counted nouns for
    # T307 and F114 ('50 vạn vé', '1,250 cán bộ'): 32, 31
    assert found >= 32 and fixed >= 31
    # after leftovers56 (tests/unit/test_leftovers56.py): A113 knows a class of common business idioms ('hit the
    # ground running' among them) and F107 'từ' alone with the words where it is a noun or part of one: 34, 33
    assert found >= 34 and fixed >= 33
    assert set(missed) <= {f"{_UNITS}: N108 'Hasang'"}
    assert set(missed) <= BLIND_MISSES - {f"{_RECORDS}: F114 '1,250'", f"{_TET}: T307 '50 vạn'"}


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: two, both arguable (see BLIND_UNPLANTED)."""
    assert set(unplanted_findings(MT)) <= BLIND_UNPLANTED


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the JSONL, the XLIFF, the HTML page and the human page (the .json notes
    and the README skipped), with findings on the three MT files and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_at_least_as_blind() -> None:
    """Blind: no article line lost or read as chrome on either page; two chrome lines read as article (the human
    page's author line 'Thùy Dương', the HTML page's bottom line); every other menu, crumb, date line, by-line, photo
    credit and caption, tag, share line, related link and footer read as chrome."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE[path.name]), path.name
        # round 33: a name between the article and the share row is the byline; a tagline then a hotline a footer
        assert score.chrome_as_article == [], path.name
        assert page_segments(path), path.name
