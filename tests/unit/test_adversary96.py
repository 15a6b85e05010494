"""The ninety-sixth adversary held-out set (tests/data/adversary96), blind: MT on Canada and Latin America, housing
and Vietnamese sport abroad: a JSONL of 17 records with a Chinese `src` and the `mt` (the Canadian Prime Minister's
visit to Hà Nội, CPTPP, Peru, Brazil and the G20, Chile's and Mexico's trade), a saved HTML page through English on
a property site's layout (apartment prices in Hà Nội, social housing, the 2024 Land Law, a developer's bonds) and a
plain-text page through Chinese from a sports site (a badminton player at the Australian Open, a grandmaster in
Tashkent, SEA Games 33 in Thailand, the U22 team's Korean coach), 38 planted errors; a human text page on a city
portal must stay quiet, every page line annotated chrome or article. Written and annotated before the tool ran on
it (31c64538); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary96"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".txt", ".html"))
PAGES = [p for p in MT if p.suffix in (".txt", ".html")]

_AMERICAS = "01_thu_tuong_canada_cptpp_my_latinh.jsonl"
_HOUSING = "02_gia_chung_cu_ha_noi_nha_o_xa_hoi.html"
_SPORT = "03_cau_long_co_vua_sea_games_hlv_ngoai.txt"
_HUMAN = "01_hai_phong_khoi_cong_nha_o_xa_hoi.txt"

# Blind (data at 31c64538; main at f5866fe0, this branch's base): 32 of 38 found, 30 with the accepted fix, and 33
# and 31 once F106's context, which spanned a sentence stop (ea56f2b1), was kept inside its sentence; missed:
BLIND_MISSES = {
    f"{_AMERICAS}: N108 'Kani'",
    f"{_AMERICAS}: C107 'Hoành Lợi'",
    f"{_AMERICAS}: C104 'Ba Tây'",
    f"{_SPORT}: C104 'Thái Quốc'",
    f"{_SPORT}: C101 'Trung Quốc'",
}
# misses44 (round 28) fixed all five, and the two found without a fix (N108 'Yindanong', L101 'social housing'):
# 38 of 38 found, 38 with the accepted fix
STILL_MISSED: set[str] = set()
# Chrome the blind run read as article on the sports page (the live-results strip and the poll): read as chrome since
# misses44
CHROME_LEFT: set[str] = set()
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _AMERICAS).open(encoding="utf-8")]
    assert len(records) == 17 and all(set(r) == {"id", "src", "mt"} for r in records)
    notes = _notes(_AMERICAS)["records"]
    assert len(notes) == 17 and sum(n == "clean" for n in notes.values()) == 4


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the city portal's page ('thứ Hai, 24/11/2025', 2.416 flats, 3.850 tỷ
    đồng, 17–19 triệu đồng/m², the 2023 Housing Law, a Korean partner) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a JSONL record the annotation calls clean (Carney's visit dates, 7,2 tỷ USD of exports
    to Canada, Mexico as the second partner in Latin America, Carney at a Canadian school in Hà Nội)."""
    notes = _notes(_AMERICAS)["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _AMERICAS)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 32 of 38 found, 30 with the accepted fix (33 and 31 with F106's context inside its sentence); after
    misses44: 38 of 38, 38."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 38
    assert found >= 38 and fixed >= 38
    assert set(missed) <= STILL_MISSED <= BLIND_MISSES, sorted(set(missed) - STILL_MISSED)


def test_no_finding_outside_planted_spans() -> None:
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """Blind: no article line read as chrome, lost or unplaced on any page; chrome read as article only on the
    sports page's live-results strip and poll, read right since misses44 (CHROME_LEFT empty)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= CHROME_LEFT, path.name
