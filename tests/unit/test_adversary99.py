"""The ninety-ninth adversary held-out set (tests/data/adversary99), round 28's fourth blind measurement: MT on
garment and footwear exports facing US tariffs, the Nordic countries, and Sri Lanka and the Maldives: a TSV of 17
rows `id`/`src` (Chinese)/`mt`/`ref` (human) (ten-month exports, LEFASO, the US Trade Representative on the 20% rate,
Nike's and Adidas's suppliers, Bangladesh and India as competitors, the Minister of Industry and Trade), a saved HTML
page through English on a Việt Nam – Nordic portal's layout of the author's own (the Norwegian Foreign Minister's
visit, offshore wind, the Finnish President, student exchange) and a plain-text page through Chinese with chrome from
a pilgrimage-and-travel magazine (Vietnamese arrivals in Sri Lanka, Buddhist links, a direct flight to Malé), 38
planted errors; a human HTML page (Hưng Yên garment firms finding new markets) must stay quiet, every block
annotated chrome or article. Written and annotated before the tool ran on it (080ba700); the blind figures are the
floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary99"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".html", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_GARMENT = "01_det_may_da_giay_thue_my.tsv"
_NORDIC = "02_na_uy_dien_gio_phan_lan_giao_duc.html"
_SOUTH_ASIA = "03_sri_lanka_maldives_du_lich_phat_giao.txt"
_HUMAN = "01_det_may_hung_yen_tim_thi_truong_moi.html"

# Blind (data at 080ba700; main at e2e126be, this branch's base): 32 of 38 found, 30 with the accepted fix (N108
# 'Gelier' and 'Muyizi' found with no fix offered); these 6 were missed:
BLIND_MISSES = {
    f"{_NORDIC}: N104 'Espen'",
    f"{_NORDIC}: L101 'roadmap'",
    f"{_SOUTH_ASIA}: C101 'Trung Quốc'",
    f"{_SOUTH_ASIA}: N108 'Amalasuliya'",
    f"{_SOUTH_ASIA}: N106 'nữ sĩ'",
    f"{_SOUTH_ASIA}: F107 'cho'",
}
# After the fixes (misses47): 36 of 38 found, 36 with the accepted fix; still missed:
AFTER_MISSES = {f"{_NORDIC}: L101 'roadmap'", f"{_SOUTH_ASIA}: F107 'cho'"}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _GARMENT).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tsrc\tmt\tref" and all(len(r.split("\t")) == 4 for r in rows)
    records = _notes(_GARMENT)["records"]
    assert sorted(records) == [r.split("\t")[0] for r in rows[1:]]
    assert len(records) == 17 and sum(r == "clean" for r in records.values()) == 4


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the provincial business page (Hưng Yên, Như Quỳnh, curly quotes, Phạm Văn
    Hùng, Nguyễn Thị Mai, 'Thứ Năm, 27/11/2025' in the hotline strip) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_rows_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (ten-month exports, Nguyễn Hồng Diên, Adidas's
    production base, Indian and Bangladeshi firms)."""
    notes = _notes(_GARMENT)["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _GARMENT)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 32 of 38 found, 30 with the accepted fix; after misses47: 36 of 38, 36 (the office holders, 'nữ sĩ'
    before a lowercase post, 我国 as a Vietnamese speaker's partner)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 38
    assert found >= 36 and fixed >= 36
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    assert unplanted_findings(MT) == []


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the three pages read as annotated, chrome and article (the skip link, the language
    switcher, the '◆' menu, the cookie banner, the weather strip and the '»' crumb included)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
