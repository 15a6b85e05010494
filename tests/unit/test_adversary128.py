"""Adversary held-out set 128 (tests/data/adversary128), round 36's blind set: MT on Russia and Central Asia (nuclear
power, Kazakhstan and Uzbekistan trade, flights), Korea and Việt Nam (electronics investment, K-culture, marriage
migrants) and farm exports (durian, coffee and pepper, quarantine): a TSV of 12 rows with a Chinese source and a human
reference, an HTML news page through English (Korean investment, a K-culture festival, Vietnamese wives in Korea) and
a plain-text article through Chinese (a Việt Nam – Russia – Central Asia forum), 28 planted errors; a human plain-text
page (Korean quarantine experts in Đắk Lắk's durian orchards, coffee and pepper prices) must stay quiet, every line
annotated chrome or article. Written and annotated before the tool ran on it (8d623992); the blind figures are the
floor; the set's README says what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary128"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".html", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_ROWS = "01_nga_trung_a_han_quoc_sau_rieng.tsv"
_KOREA = "02_han_quoc_dien_tu_k_culture_co_dau_viet.html"
_FORUM = "03_dien_dan_viet_nga_trung_a_nong_san.txt"
_HUMAN = "01_sau_rieng_han_quoc_gia_ca_phe_ho_tieu.txt"

# Blind (data at 8d623992; main at 66040e94, this branch's base): 24 of 28 found, 19 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_KOREA}: C101 'Nhật Bản'",
    f"{_KOREA}: F114 '9,800'",
    f"{_FORUM}: N102 'Tạ Lý Khắc·Chu Mạn Gia Lâm'",
    f"{_FORUM}: T308 'biểu thị'",
}
# Blind: the one finding outside a planted span, N102 on the same name cut short (its last syllable 'Lâm' left out)
BLIND_UNPLANTED = [(_FORUM, "N102", "Tạ Lý Khắc·Chu Mạn Gia")]
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _ROWS).read_text(encoding="utf-8").splitlines()
    units = _notes(_ROWS)["units"]
    assert rows[0].split("\t") == ["id", "src", "mt", "ref"] and all(len(r.split("\t")) == 4 for r in rows)
    assert sorted(units) == [r.split("\t")[0] for r in rows[1:]]
    assert len(units) == 12 and sum(u == "clean" for u in units.values()) == 3
    assert [len(_notes(p.name)["expected"]) for p in MT] == [11, 8, 9]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding at all on the durian and prices page (a pipe menu, 'Thứ Bảy, 29/11/2025', Kim Sung-ho in his
    own spelling, H'Nhi Niê, 'chưa được xuất khẩu chính ngạch', 118.500 and 1.200 đồng, 'vàng đen', 'thứ Ba, 2/12/2025',
    Krông Pắc, a reader's comment)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_is_quiet() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (Rosatom and EVN's talks, '11.8万越南盾' as
    '118.000 đồng/kg', Korea the largest foreign investor)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 24 of 28 found, 19 with the accepted fix (TSV 11 of 11, 8: N109 'Piao Zhenyu' offered 'Park Jin-u' where
    I wrote 'Park Jin-woo', N108 'Tuersunuofu' and L103 '检疫' without a suggestion; Korea page 6 of 8, 6; forum page
    7 of 9, 5: N108 'Waxiliyefu' and N101 'Fan Wende' without a suggestion)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 28
    assert found >= 24 and fixed >= 19
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after leftovers69 (round 36): F114 '9,800' ('dự án' and other counted nouns of investment, business and society
    # news in COUNTED) found with '9.800', and T308 'biểu thị' (a speech verb with a comma after it now takes a
    # speaker named before an apposition closed by a comma, as the verb without one already did) found with 'cho
    # biết': 26 of 28, 21 with the fix
    assert found >= 26 and fixed >= 21
    assert set(missed) <= BLIND_MISSES - {f"{_KOREA}: F114 '9,800'", f"{_FORUM}: T308 'biểu thị'"}
    # after leftovers70 (round 36): N102 reads the whole part after the dot when its run is one name (up to six
    # syllables): 'Tạ Lý Khắc·Chu Mạn Gia Lâm' found whole (no suggestion: an invented person), 27 of 28, 21 with
    # the fix
    assert found >= 27 and fixed >= 21
    assert set(missed) <= {f"{_KOREA}: C101 'Nhật Bản'"}, sorted(set(missed))


def test_no_finding_outside_planted_spans_but_blind_one() -> None:
    """Blind: one, the N102 name found with a span one syllable short. After leftovers70: none (the span whole)."""
    assert set(unplanted_findings(MT)) <= set(BLIND_UNPLANTED)
    assert unplanted_findings(MT) == []


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the TSV, both MT pages and the human page (the .json notes and the
    README skipped), with findings on every MT file and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human page and of the forum page, and every block of the Korea page, read as annotated
    (menus, crumbs, date lines, by-lines, photo credits and the caption, tags, share lines, related links and footers as
    chrome; no article lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
