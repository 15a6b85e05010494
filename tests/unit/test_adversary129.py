"""Adversary held-out set 129 (tests/data/adversary129), round 36's blind set: MT on the United States and Việt Nam
(the reciprocal tariff, an aircraft order, Alaska LNG), Indonesia and Malaysia (ASEAN, palm oil, detained fishing
boats) and transport projects (the North–South high-speed railway, Long Thành, expressways): 10 JSONL records with a
Chinese source and a human reference, an XLIFF 1.2 file of 8 trans-units with an English source (target states, <g>
and <x/> inline codes, a header note), and a transport site's text page through Chinese, 24 planted errors; 15 human
JSONL records (an `mt` field only) on the same beats must stay quiet. Written and annotated before the tool ran on it
(9ce66fae); the blind figures are the floor; the set's README says what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary129"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".jsonl")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".xlf", ".txt"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_RECORDS = "01_thue_my_dau_co_tau_ca_indonesia_malaysia.jsonl"
_XLIFF = "02_dam_phan_thue_doi_ung_my_viet_lng.xlf"
_TRANSPORT = "03_duong_sat_toc_do_cao_long_thanh_qua_tieng_trung.txt"

# Blind (data at 9ce66fae; main at 66040e94, this branch's base): 18 of 24 found, 17 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_RECORDS}: N107 'Indonesia'",
    f"{_RECORDS}: N108 'Bogemu'",
    f"{_XLIFF}: A113 'quả bóng giờ đang ở trong sân của Washington'",
    f"{_XLIFF}: L101 'tariff'",
    f"{_TRANSPORT}: N102 'Đỗ Địch·Phổ Nhĩ Ngõa Cam Địch'",
    f"{_TRANSPORT}: C101 'Ấn Độ'",
}
# Blind: three findings outside the planted spans, each on a planted error: A107 on 'Thủ tướng Indonesia Anwar
# Ibrahim' (the country against the source, fix 'Malaysia'; planted as N107), T308 on the planted idiom without
# 'Washington' (fix 'quyền quyết định thuộc về'; planted as A113), N102 on the planted Dudy Purwagandhi name without
# its first and last syllables (no suggestion)
BLIND_UNPLANTED = [
    (_RECORDS, "A107", "Indonesia"),
    (_XLIFF, "T308", "quả bóng giờ đang ở trong sân của"),
    (_TRANSPORT, "N102", "Địch·Phổ Nhĩ Ngõa Cam"),
]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def _human_records() -> list[dict]:
    return [json.loads(line) for line in CLEAN[0].read_text(encoding="utf-8").splitlines()]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    xliff = (ADVERSARY / "mt" / _XLIFF).read_text(encoding="utf-8")
    xliff_units = re.findall(r'<trans-unit id="([^"]+)">', xliff)
    xliff_labels = _notes(_XLIFF)["units"]
    assert 'version="1.2"' in xliff and 'source-language="en"' in xliff and "<g id=" in xliff and "<x id=" in xliff
    assert sorted(xliff_labels) == xliff_units and len(xliff_units) == 8
    assert sum(u == "clean" for u in xliff_labels.values()) == 2
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    units = _notes(_RECORDS)["units"]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    assert sorted(units) == [r["id"] for r in records] and len(units) == 10
    assert sum(u == "clean" for u in units.values()) == 3
    human = _human_records()
    assert len(human) == 15 and all(set(r) == {"id", "mt"} for r in human)
    assert set(json.loads(CLEAN[0].with_suffix(".json").read_text("utf-8"))["units"].values()) == {"clean"}
    assert [len(_notes(p.name)["expected"]) for p in MT] == [8, 7, 9]


def test_human_records_get_no_finding() -> None:
    """Blind: no finding of any severity on the 15 human records ('Việt - Mỹ', 20% and 46%, Boeing 737 MAX, 70.000
    tấn LNG, 'thứ Hai, 15/12/2025', Prabowo Subianto, Anwar Ibrahim, Bursa Malaysia, 4.050 ringgit/tấn, B40/B50,
    Natuna, 350 km/h, 373.000 m², Biên Hòa - Vũng Tàu, Dudy Purwagandhi with an English quote, a web address)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []
    assert clean_unit_findings(CLEAN[0]) == []


def test_human_records_read_as_text_get_no_finding() -> None:
    """... and none when the records are audited as one text."""
    assert [(f.rule, f.text) for f in audit_text("\n".join(r["mt"] for r in _human_records()))] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an XLIFF unit the annotation calls clean ('Việt - Mỹ' and the 20% tariff,
    85% of palm oil, Long Thành in 2026; a <g> headline, '<g>quy tắc xuất xứ chính thức</g>' with a trailing <x/>)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _XLIFF) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 18 of 24 found, 17 with the accepted fix (JSONL 6 of 8, 5: L103 '高速铁路' found without a suggestion;
    XLIFF 5 of 7, 5; text page 7 of 9, 7)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 24
    assert found >= 18 and fixed >= 17
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after leftovers69 (round 36): no miss newly found. The US Secretary of the Interior is in the gazetteer with the
    # Chinese name the sources give (伯古姆 'Bogumu'); the set's 伯格姆 'Bogemu' is no source's, so N108 stays a miss
    # after leftovers70 (round 36): N102 reads the whole part after the dot when its run is one name (up to six
    # syllables): 'Đỗ Địch·Phổ Nhĩ Ngõa Cam Địch' found whole (no suggestion: the name is not in the gazetteer), 19 of
    # 24, 17 with the fix
    assert found >= 19 and fixed >= 17
    assert set(missed) <= BLIND_MISSES - {f"{_TRANSPORT}: N102 'Đỗ Địch·Phổ Nhĩ Ngõa Cam Địch'"}, sorted(set(missed))


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: three, each on a planted error under another rule or a shorter span (BLIND_UNPLANTED)."""
    assert set(unplanted_findings(MT)) <= set(BLIND_UNPLANTED)
    # after leftovers70: the N102 name found whole, on its planted span
    assert (_TRANSPORT, "N102", "Địch·Phổ Nhĩ Ngõa Cam") not in unplanted_findings(MT)


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the two JSONL files, the XLIFF and the text page (the .json notes and
    the README skipped), with findings on each MT file and none on the human records."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"mt/{p.name}" for p in MT} | {f"clean/{p.name}" for p in CLEAN}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_page_read_as_annotated() -> None:
    """Blind: every line of the MT text page read as annotated (site name, menu, crumb, date line, by-line, keywords,
    share line, related link and footer as chrome; no article lost)."""
    for path in PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
