"""Adversary held-out set 124 (tests/data/adversary124), round 35's blind set: MT on the Middle East (OPEC and oil
prices, a UAE fund in Việt Nam, Gaza aid), Vietnamese workers abroad (Korea's EPS, Japan, Taiwan, labour-export fees)
and football (the national team, foreign coaches, the VFF's agreement with the UAE): 10 JSONL records with a Chinese
source and a human reference, an HTML job-abroad page through English and a football site's text page through Chinese,
29 planted errors; a human plain-text page (halal food to the Gulf) must stay quiet, every line annotated chrome or
article. Written and annotated before the tool ran on it (4de7b4d5); the blind figures are the floor; the set's README
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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary124"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".html", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_RECORDS = "01_dau_mo_vung_vinh_lao_dong_eps_hlv_ngoai.jsonl"
_WORKERS = "02_lao_dong_eps_han_quoc_nhat_ban_dai_loan.html"
_FOOTBALL = "03_vff_hop_tac_uae_giao_huu_qua_tieng_trung.txt"

# Blind (data at 4de7b4d5; main at ee5bd212, this branch's base): 26 of 29 found, 20 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_RECORDS}: A101 '150'",
}
# Blind the misses were also N102 'Hải Tái Mỗ·Cái Tư' (a title and its organisation before a dotted Hán-Việt name) and
# F114 '4,500' (three decimals ending in a zero before a currency): found after leftovers62's fixes
# Blind: the one finding outside the planted spans is the planted A101 of r03 itself, read with its unit ('150 triệu'
# for 15亿, fixed '1,5 tỷ') where the annotation wrote the bare figure '150': a span convention, not a false alarm
BLIND_UNPLANTED = [(_RECORDS, "A101", "150 triệu")]
# Blind: the one chrome line read as article, the football site's name line at the top of the text page
BLIND_CHROME_AS_ARTICLE = {_FOOTBALL: ["BÓNG ĐÁ 24 GIỜ - Tin thể thao nhanh nhất"]}
# After chrome62 (a motto after a spaced hyphen; a menu line with items of four words): none
CHROME_AS_ARTICLE_AFTER: dict[str, list[str]] = {}
_HUMAN_LINES = json.loads(CLEAN[0].with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    units = _notes(_RECORDS)["units"]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    assert sorted(units) == [r["id"] for r in records] and len(units) == 10
    assert sum(u == "clean" for u in units.values()) == 3
    assert [len(_notes(p.name)["expected"]) for p in MT] == [9, 10, 10]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the halal-food page (a pipe menu, 'Thứ Bảy, 29/11/2025', Dubai, Riyadh,
    Omar Al-Mansouri, 1.200 tấn, '2 - 3 tỷ đồng', the CEPA Việt Nam - UAE, Jebel Ali, the Red Sea, 'thứ Tư, 10/12/2025',
    'vạn sự khởi đầu nan', a web address, two readers' comments)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a JSONL record the annotation calls clean (35亿 as '3,5 tỷ USD' and 12% for Middle East
    exports, Việt Nam first among senders of workers to Japan, Gaza aid through Rafah)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 26 of 29 found, 20 with the accepted fix (JSONL 7 of 9, 5: N109 'Hồng Minh Phủ' fixed 'Hong Myeong-bo'
    where I wrote his own spelling 'Hong Myung-bo', N108 'Luopeiteji' without a suggestion; HTML page 9 of 10, 8: T303
    'thứ Hai, 16/12/2025' without one; text page 10 of 10, 7: T303 'thứ Sáu, 26/3/2026', N102 'Áo Lạp La Vưu' and
    L103 '清真' without one). After leftovers62's fixes 28 of 29, 22 (N102 'Hải Tái Mỗ·Cái Tư' found without a
    suggestion, F114 '4,500' found and fixed, N109 'Hồng Minh Phủ' fixed 'Hong Myung-bo')."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 29
    assert found >= 28 and fixed >= 22
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: one, the r03 number read with its unit (see BLIND_UNPLANTED)."""
    assert set(unplanted_findings(MT)) <= set(BLIND_UNPLANTED)


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the JSONL, the HTML page, the text page and the human page (the .json
    notes skipped), with findings on each MT file and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated_at_least_blind() -> None:
    """Blind: every line of the human page and of the text page and every block of the HTML page read as annotated,
    but the football site's name line at the top of the text page, read as article (menus, crumbs, date lines,
    by-lines, the figure caption, tags, share lines, related links and footers as chrome; no article lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE_AFTER.get(path.name, [])), path.name
        assert page_segments(path), path.name
