"""Adversary held-out set 123 (tests/data/adversary123), round 35's blind set: MT on Australia and New Zealand
(students and visas, beef and dairy imports, the Pacific), semiconductors and data centres (chip packaging and test
plants, Korean and US investors, power supply) and the Philippines and the East Sea (coast guards, fishermen, ASEAN
talks): 11 JSONL records with an English source and a human reference, an XLIFF 1.2 file of 11 trans-units with a
Chinese source (state attributes, <g> and <x/> inline codes) and a maritime news site's text page through Chinese, 32
planted errors; a human Markdown page (a chip plant in Thái Nguyên and its power supply) must stay quiet, every line
annotated chrome or article. Written and annotated before the tool ran on it (a45bcdfc); the blind figures are the
floor; the set's README says what was missed."""

from __future__ import annotations

import json
import re
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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary123"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".md")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".xlf", ".txt"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_RECORDS = "01_du_hoc_uc_new_zealand_thit_bo_sua.jsonl"
_CHIPS = "02_dong_goi_chip_trung_tam_du_lieu.xlf"
_SEA = "03_philippines_viet_nam_ngu_dan_bien_dong.txt"

# Blind (data at a45bcdfc; main at 6ae5649a, this branch's base): 23 of 32 found, 18 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_RECORDS}: A103 'Brooke'",
    f"{_RECORDS}: A113 'trượt băng trên lớp băng mỏng'",
    f"{_RECORDS}: L101 'seaweed'",
    f"{_RECORDS}: A112 '36'",
    f"{_CHIPS}: C107 'Hải Lực Sĩ'",
    f"{_CHIPS}: N108 'Anmeng'",
    f"{_SEA}: N108 'Taliyela'",
    f"{_SEA}: C102 'Trung-Phi'",
    f"{_SEA}: C102 'Úc-Tân'",
}
# Blind: the one finding outside the planted spans, T201 on 'Úc' of the planted 'Úc-Tân' (the page writes 'Australia'
# elsewhere), with 'Australia' suggested
BLIND_UNPLANTED = [(_SEA, "T201", "Úc")]
_HUMAN_LINES = json.loads(CLEAN[0].with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    units = _notes(_RECORDS)["units"]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    assert sorted(units) == [r["id"] for r in records] and len(units) == 11
    assert sum(u == "clean" for u in units.values()) == 3
    xliff = (ADVERSARY / "mt" / _CHIPS).read_text(encoding="utf-8")
    trans_units = re.findall(r'<trans-unit id="([^"]+)">', xliff)
    chip_units = _notes(_CHIPS)["units"]
    assert 'version="1.2"' in xliff and sorted(chip_units) == trans_units and len(trans_units) == 11
    assert sum(u == "clean" for u in chip_units.values()) == 3
    assert [len(_notes(p.name)["expected"]) for p in MT] == [11, 10, 11]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the chip plant page (a link menu, 'Thứ Sáu, 28/11/2025', Hanul Semitech,
    Yên Bình, 320 triệu USD, 12 ha, 1.800 lao động, Park Seung-ho, a list of lowercase items ending ';', 110 kV, 6 MW,
    a quote, quý III/2026, tags with links)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an XLIFF unit the annotation calls clean (40.000 lượt nhập học, bốn tuần,
    3 tỷ NZD; a <g> headline, 'Quy hoạch điện VIII' for 第八个电力发展规划, '<g>10/12</g>.<x/>' for <g>12月10日</g>)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _CHIPS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 23 of 32 found, 18 with the accepted fix (JSONL 7 of 11, 7; XLIFF 8 of 10, 6: N109 'Guo Luzheng' found
    with 'Kwak No-jeong' where I wrote 'Kwak Noh-jung', L103 '先进封装' without a suggestion; text page 8 of 11, 5: L103
    '海警', N101 'Huang Wenjie' and N102 'Lý Tra Đức·Mã Nhĩ Tư' without one)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 32
    assert found >= 23 and fixed >= 18
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after leftovers61 (round 35): C107 'Hải Lực Sĩ' (海力士 Hynix in the chip class of companies.tsv; 'SK' before it
    # is the Latin part the source writes before the Chinese name) found with 'Hynix', and C102 'Úc-Tân' ('Tân' a
    # calque for each country it abbreviates, after 'Hai nước') found with 'Australia – New Zealand' (the gazetteer's
    # en dash, where the set accepts a hyphen or 'và'), A113 'trượt băng trên lớp băng mỏng' ('skating on thin ice' in
    # a small sourced group of risk idioms in en_idioms.tsv) found: 26 of 32, 20 with the fix; and the lead's A112 '36'
    # for 'dozens' (a vague 'dozens' carries no figure a translation may write in digits, as 'a dozen' does): 27, 21
    assert found >= 27 and fixed >= 21
    assert set(missed) <= BLIND_MISSES - {
        f"{_RECORDS}: A112 '36'",
        f"{_CHIPS}: C107 'Hải Lực Sĩ'",
        f"{_SEA}: C102 'Úc-Tân'",
        f"{_RECORDS}: A113 'trượt băng trên lớp băng mỏng'",
    }


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: one, T201 on 'Úc' in the planted 'Úc-Tân' (the page says 'Australia' two sentences before)."""
    assert set(unplanted_findings(MT)) <= set(BLIND_UNPLANTED)


def test_folder_run_audits_every_file_but_the_markdown(tmp_path: Path) -> None:
    """`audit run` on the folder audits the JSONL, the XLIFF and the text page (the .json notes skipped, and the
    Markdown page too: a walk reads .md only when named), with findings on each MT file."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"mt/{p.name}" for p in MT}
    assert flagged == audited


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human Markdown page and of the MT text page read as annotated (menus, crumbs, date
    lines, by-lines, keywords, share lines, tags, related links and footers as chrome; no article lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
