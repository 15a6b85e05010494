"""The ninety-eighth adversary held-out set (tests/data/adversary98), round 28's third blind measurement: MT on
culture and entertainment, Timor-Leste in ASEAN, and space: a Markdown page through Chinese of an entertainment site
of the author's own (a Chinese singer's first concert in Hà Nội, Vietnamese fans of Chinese dramas, a Vietnamese
film's Golden Goblet in Shanghai and its sale at Busan), a JSONL of 16 records `id`/`src` (English)/`mt`/`ref` (human)
(Timor-Leste's admission to ASEAN, its Prime Minister's coming visit, rice aid, scholarships, Telemor) and an XLIFF 1.2
file of 16 units with a Chinese source (LOTUSat-1 on a Japanese H3 rocket, the Vietnam Space Center at Hòa Lạc, JAXA,
VNREDSat-1), 37 planted errors; a human text page (a Paris museum's loan to Huế) must stay quiet, every line
annotated chrome or article. Written and annotated before the tool ran on it (7d1806f5); the blind figures are the
floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary98"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".md", ".jsonl", ".xlf"))
PAGES = [p for p in MT if p.suffix == ".md"]

_CULTURE = "01_chau_tham_lien_hoan_phim_thuong_hai.md"
_TIMOR = "02_timor_leste_gia_nhap_asean.jsonl"
_SPACE = "03_ve_tinh_lotusat_trung_tam_vu_tru.xlf"
_HUMAN = "01_bao_tang_hue_muon_hien_vat_phap.txt"

# Blind (data at 7d1806f5; main at e2e126be, this branch's base): 26 of 37 found, 24 with the accepted fix (N109
# 'Piao Zanyu' found with no fix offered; N101 'Wu Guanghui' found with 'Võ Quang Huy', 武 read as Võ where the
# annotation had Vũ); 11 were missed. After the fixes (misses46): 34 of 37 found, 34 fixed (武 is Võ or Vũ, the
# same surname: both accepted since); these 3 are still missed:
BLIND_MISSES = {
    f"{_CULTURE}: C101 'Trung Quốc'",
    f"{_TIMOR}: L101 'roadmap'",
    f"{_SPACE}: C106 'Heluo'",
}
# Outside the planted pairs, blind: Ramos-Hota as a near-miss holder (N103, with the right name), the idiom with the
# span 'voi' (A113, from the source side), JAXA's President read as a Chinese name (N101, 'Sơn Xuyên Hoằng'); after
# the fixes only the first is left (the idiom's span is the whole calque, the name is N108's).
BLIND_EXTRA = {
    (_TIMOR, "N103", "José Ramos-Hota"),
}
# Chrome read as article, blind: the human page's masthead line.
CHROME_AS_ARTICLE = {_HUMAN: ["DI SẢN CỐ ĐÔ — Bản tin văn hóa và bảo tàng"]}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = [json.loads(r) for r in (ADVERSARY / "mt" / _TIMOR).read_text(encoding="utf-8").splitlines()]
    assert all(sorted(r) == ["id", "mt", "ref", "src"] for r in rows)
    records = _notes(_TIMOR)["records"]
    assert sorted(records) == [r["id"] for r in rows]
    assert len(records) == 16 and sum(r == "clean" for r in records.values()) == 5
    units = _notes(_SPACE)["units"]
    assert len(units) == 16 and sum(u == "clean" for u in units.values()) == 5
    assert 'version="1.2"' in (ADVERSARY / "mt" / _SPACE).read_text(encoding="utf-8")


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the heritage page ('Thứ Năm, 27/11/2025', 'Sáng 26/11', 4,2 tỷ đồng,
    straight quotes, Claire Morel, Trần Văn Phúc, the Musée Cernuschi) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an XLIFF unit the annotation calls clean (the admission, Telemor, 1.500
    officials trained, Kao Kim Hourn, Phạm Minh Chính; the headline, the ODA loan, VAST's goal, free data, Hòa Lạc)."""
    for name, key in ((_TIMOR, "records"), (_SPACE, "units")):
        notes = _notes(name)[key]
        found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / name)]
        assert [f for f in found if notes[f[0]] == "clean"] == [], name


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 26 of 37 found, 24 with the accepted fix; after the fixes (misses46) 34 and 34; 35 and 35 after
    leftovers49's (C101 a Vietnamese official's national first)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 37
    assert found >= 35 and fixed >= 35
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRA


def test_page_chrome_read_right_but_the_known_misreads() -> None:
    """Blind: no article line read as chrome, lost or unplaced on either page; chrome read as article only on the
    known lines (CHROME_AS_ARTICLE)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE.get(path.name, [])), path.name
