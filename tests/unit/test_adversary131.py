"""Adversary held-out set 131 (tests/data/adversary131), round 36's blind set: MT on Africa and Việt Nam (rice to
West Africa and Angola, raw cashew, Mozambique, Egypt and the Suez route), the Holy See and religion news, and cyber
security and scams: a TSV of 10 rows with a Chinese source and a human reference (3 clean), 8 JSONL records with an
English source and a human reference (2 clean) and a trade site's text page through Chinese, 27 planted errors; a
human Markdown page (the police warn of fake tax officers' calls) must stay quiet, every line annotated chrome or
article. Written and annotated before the tool ran on it (6363c7d3); the blind figures are the floor; the set's
README says what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary131"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".md")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".jsonl", ".txt"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_ROWS = "01_gao_dieu_tay_phi_toa_thanh_lua_dao_qua_tieng_trung.tsv"
_RECORDS = "02_canh_bao_lua_dao_gao_tay_phi_toa_thanh.jsonl"
_EGYPT = "03_viet_nam_ai_cap_kenh_suez_angola_qua_tieng_trung.txt"
_HUMAN = "01_canh_bao_gia_danh_can_bo_thue.md"

# Blind (data at 6363c7d3; main at 638d50da, this branch's base): 25 of 27 found, 20 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_RECORDS}: L101 'cryptocurrency'",
    f"{_RECORDS}: A113 'chuyền đồng tiền'",
}
# Blind chrome confusion: the text page's translators' by-line 'Biên dịch: Ban Quốc tế (theo bản tin tiếng Trung)'
# read as article; nothing else on the two pages. None after chrome74's fix (a row for the 'Biên dịch:' label form)
BLIND_CHROME_AS_ARTICLE: dict[str, list[str]] = {}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _ROWS).read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == ["id", "src", "mt", "ref"] and all(len(r.split("\t")) == 4 for r in rows)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    for name, ids, clean in (
        (_ROWS, [r.split("\t")[0] for r in rows[1:]], 3),
        (_RECORDS, [r["id"] for r in records], 2),
    ):
        units = _notes(name)["units"]
        assert sorted(units) == ids and sum(u == "clean" for u in units.values()) == clean
        assert sorted(r for u in units.values() if u != "clean" for r in u) == sorted(
            n["rule"] for n in _notes(name)["expected"]
        )
    assert len(rows) == 11 and len(records) == 8
    assert [len(_notes(p.name)["expected"]) for p in MT] == [9, 7, 11]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the human page (a Markdown link menu, 'Thứ Hai, 1/12/2025', a quoted scam
    script with '4.350.000 đồng', 'bà L.T.H.', '1,2 tỷ đồng', PA05, eTax Mobile, VNeID, a duty number, a web address,
    'thứ Bảy, 6/12/2025'), nor on its article lines audited alone."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: none on the five clean records (rice to Côte d'Ivoire, 'hàng vạn giáo dân' for 数万, Angola; fake tax
    officers' calls, Pope Leo XIV's Christmas Mass)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 25 of 27 found, 20 with the accepted fix (TSV 9 of 9, 6: C102 'Phạn - Việt' fixed 'Tòa Thánh – Việt
    Nam' and T303 fixed 'Thứ Bảy, 6/12/2025', right fixes my annotation did not list with that dash and capital, L103
    '苏伊士' without a suggestion; JSONL 5 of 7, 5; text page 11 of 11, 9: N108 'Saixi' fixed 'Abdel Fattah El-Sisi'
    where I wrote 'el-Sisi', T303 'thứ Năm, 10/12/2025' without a suggestion)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 27
    assert found >= 25 and fixed >= 20
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_and_fixes_after_leftovers75() -> None:
    """After the fixes (leftovers75): 27 of 27 found, 23 with the accepted fix. L101 'cryptocurrency' (a rare English
    noun in -cy) and A113 'chuyền đồng tiền' ('pass the buck' in en_idioms.tsv) found, neither with a suggestion;
    the scorer reads a fix modulo dash style and first-letter case, so C102's 'Tòa Thánh – Việt Nam', T303's 'Thứ
    Bảy, 6/12/2025' and N108's 'Abdel Fattah El-Sisi' count as fixed (TSV 9 of 9, 8; JSONL 7 of 7, 5; text page 11
    of 11, 10)."""
    expected, found, fixed, missed = score_planted(MT)
    assert (expected, missed) == (27, [])
    assert found >= 27 and fixed >= 23


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file_but_the_markdown(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the TSV, the JSONL and the text page (the .json notes and the README
    skipped, and the human Markdown page too: a walk reads .md only when named), with findings on each."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated_but_blind_confusion() -> None:
    """Blind: every line of the human page and of the text page read as annotated (menus, crumbs, date lines, the
    author, tags, share line, related links and footers as chrome; no article lost) except the text page's
    translators' by-line, read as article (BLIND_CHROME_AS_ARTICLE), chrome since chrome74."""
    for path in PAGES + CLEAN:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert page_segments(path), path.name
