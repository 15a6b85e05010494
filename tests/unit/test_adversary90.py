"""The ninetieth adversary held-out set (tests/data/adversary90), blind: MT on cars and electric vehicles, chips and
telecoms, and Latin America: a saved HTML page through Chinese on an auto site's layout of its own (VinFast in Tamil
Nadu, BYD's dealers, Hyundai Thành Công in Ninh Bình, charging ports), a target-only JSONL of 21 records in a `text`
field (Amkor in Bắc Ninh, Samsung, Intel, Viettel with Ericsson, VNPT with Nokia, the chip-engineer target), a
plain-text page through English (the Brazilian President's state visit; names without marks, English number and
date formats) and an XLIFF 1.2 file of 18 units with a Chinese source (rice for Cuba, Argentina's president, Chile's
FTA, Mercosur), 63 planted errors; a human HTML page (a university's chip-design course) must stay quiet, every page
line or block annotated chrome or article. Written and annotated before the tool ran on it (731d0a5a); the blind
figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary90"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".jsonl", ".txt", ".xlf"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_CARS = "01_xe_dien_vinfast_byd_tram_sac.html"
_CHIPS = "02_chip_ban_dan_5g.jsonl"
_BRAZIL = "03_tong_thong_brazil_tham_viet_nam.txt"
_LATAM = "04_cuba_argentina_chile_hop_tac.xlf"
_HUMAN = "01_khoa_thiet_ke_vi_mach_da_nang.html"

# Blind (data at 731d0a5a; main at 0a7b10e1, this branch's base): 48 of 63 found, 43 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_CARS}: T307 '5 vạn'",
    f"{_CARS}: T308 'tân năng nguồn khí xa'",
    f"{_CARS}: C101 'Trung Quốc'",
    f"{_CARS}: T308 'sung điện trang'",
    f"{_CHIPS}: C107 'An Kháo'",
    f"{_CHIPS}: T308 'bán đạo thể'",
    f"{_CHIPS}: T308 'cơ trạm'",
    f"{_CHIPS}: C101 'Trung Quốc'",
    f"{_CHIPS}: N108 'Chen Liwu'",
    f"{_BRAZIL}: T201 'Brasil'",
    f"{_BRAZIL}: N103 'Tổng thống Brazil Jair Bolsonaro'",
    f"{_BRAZIL}: L101 'Saturday'",
    f"{_LATAM}: N108 'Diyasi-Kaneier'",
    f"{_LATAM}: A107 'Peru'",
    f"{_LATAM}: C107 'Nam phương Cộng đồng Thị trường'",
}
# Outside the planted pairs, blind: N101 on 'Chen Liwu' with no fix (planted as N108: Intel's CEO Lip-Bu Tan), N108
# on 'Kaneier' → 'Miguel Díaz-Canel' (planted on 'Diyasi-Kaneier': a span choice), and N103 on 'Chủ tịch nước Lương
# Cường' → Tô Lâm, a true finding on my own slip: the project's sources (references/people.tsv) end Lương Cường's
# term in 2026-04, before the page's date (checked by misses38 against AP of 2026-04-07: Tô Lâm sworn in as President).
BLIND_EXTRAS = {
    (_CHIPS, "N101", "Chen Liwu"),
    (_LATAM, "N108", "Kaneier"),
    (_BRAZIL, "N103", "Chủ tịch nước Lương Cường"),
}
# After misses38's fixes: 62 of 63 found, 59 with the accepted fix; still missed: 我国 as 'Trung Quốc' after a national
# strategy's name (China has such strategies too: nothing in the sentence says whose)
AFTER_MISSES = {f"{_CHIPS}: C101 'Trung Quốc'"}
# and outside the planted pairs only the true extra: 'Chen Liwu' is now N108's (planted), 'Diyasi-Kaneier' whole
AFTER_EXTRAS = {(_BRAZIL, "N103", "Chủ tịch nước Lương Cường")}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _CHIPS).open(encoding="utf-8")]
    assert len(records) == 21 and all(set(r) == {"id", "text"} for r in records)
    notes = _notes(_CHIPS)["records"]
    assert len(notes) == 21 and sum(n == "clean" for n in notes.values()) == 8
    units = _notes(_LATAM)["units"]
    assert len(units) == 18 and sum(n == "clean" for n in units.values()) == 6


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the university's page (Chungbuk, Kim Min-soo, Synopsys and Cadence,
    12,5 tỷ đồng, 'thứ Hai, 23/11/2026', 50.000 engineers) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an XLIFF unit the annotation calls clean (Amkor Technology, Samsung
    Electronics, '2,1 tỷ USD'; Mariel, Petrobras, La Habana)."""
    for name, key in ((_CHIPS, "records"), (_LATAM, "units")):
        notes = _notes(name)[key]
        found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / name)]
        assert [f for f in found if notes[f[0]] == "clean"] == [], name


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 48 of 63 found, 43 with the accepted fix; after misses38's fixes 62 and 59."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 63
    assert found >= 62 and fixed >= 59
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: on every page no chrome line read as article, no article line read as chrome, lost or unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
