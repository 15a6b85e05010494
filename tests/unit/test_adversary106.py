"""Adversary held-out set 106 (tests/data/adversary106), round 30's first blind set: MT on the EU's IUU yellow card,
rare earths and Vietnamese workers in Korea: a JSONL of 18 records with a Chinese source and a human reference (the
EC inspectors' fifth visit, the old Bình Định and Kiên Giang fleets, vessel monitoring, Irish and Norwegian
ministers), a saved HTML page through English on a mining trade daily's layout of the author's own (Đông Pao in Lai
Châu, Yên Phú in the old Yên Bái, a Korean MoU, Australia's resources minister, China's export curbs) and a WebVTT
programme of 20 cues through Chinese (the EPS quota, Korea's labour minister, seasonal workers, the Korean test),
39 planted errors; a human text page (a fisheries sub-department's notice) must stay quiet, every line annotated
chrome or article. Written and annotated before the tool ran on it (f3a93712); the blind figures are the floor; the
set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary106"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".html", ".vtt"))
PAGES = [p for p in MT if p.suffix == ".html"]

_IUU = "01_the_vang_iuu_doan_thanh_tra_ec.jsonl"
_EARTHS = "02_dat_hiem_lai_chau_yen_bai_doi_tac.html"
_EPS = "03_lao_dong_eps_han_quoc_thoi_vu.vtt"
_HUMAN = "01_chi_cuc_thuy_san_thong_bao_kiem_tra_tau.txt"

# Blind (data at f3a93712; main at 43a511e9, this branch's base): 35 of 39 found, 33 with the accepted fix; after
# misses53 36 and 35 (N104 'Madeleine' found, N109 'Jin Ronghun' with its fix); still missed, all found under another
# rule or span (BLIND_EXTRAS):
BLIND_MISSES = {
    f"{_IUU}: A104 'Ngư dân có thể gọi đường dây nóng để tố giác hành vi vi phạm.'",
    f"{_EARTHS}: F108 'và .'",
    f"{_EPS}: F106 'và'",
}
# The same errors under another rule or span (the hotline as a lost number, the cut list as a cut sentence and a
# space before the stop, the lowercase start with its next word), and one I wrote without planting it: 'Úc' in one
# sentence of the rare-earths page and 'Australia' in another
BLIND_EXTRAS = {
    (_IUU, "A102", "Ngư dân có thể gọi đường dây nóng để tố giác hành vi vi phạm."),
    (_EARTHS, "F107", "và"),
    (_EARTHS, "F102", " ."),
    (_EARTHS, "T201", "Úc"),
    (_EPS, "F106", "và người"),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    units = _notes(_IUU)["units"]
    assert len(units) == 18 and sum(u == "clean" for u in units.values()) == 3
    cues = _notes(_EPS)["cues"]
    assert len(cues) == 20 and (ADVERSARY / "mt" / _EPS).read_text(encoding="utf-8").count(" --> ") == 20


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the fisheries notice (a pipe menu, a '>' crumb, 'Thứ Sáu, 27/11/2026',
    'thẻ vàng' in curly quotes, the IUU long form, EU beside Mỹ, Nhật Bản and Trung Quốc) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_cues_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or a caption cue the annotation calls clean (86.000 boats, Norway's
    minister, 90亿 as 9 tỷ; Gyeongsangbuk, Yeongyang, E-7-4)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _IUU) == []
    cues = _notes(_EPS)["cues"]
    found = [(d.segments[f.segment].text, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _EPS)]
    blocks = [b.split("\n") for b in (ADVERSARY / "mt" / _EPS).read_text(encoding="utf-8").split("\n\n")[2:]]
    clean_cues = {b[2] for b in blocks if cues.get(b[0]) == "clean"}
    assert len(clean_cues) == 9
    assert [f for f in found if f[0] in clean_cues] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 35 of 39 found, 33 with the accepted fix (N109 'Jin Ronghun' and N101 'Liu Wenhai' without a
    suggestion); after misses53 36 and 35 (N104 'Madeleine King'; 'Jin Ronghun' as Kim Young-hoon)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 39
    assert found >= 36 and fixed >= 35
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known() -> None:
    """Blind: only the five known (BLIND_EXTRAS)."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_pages_read_as_annotated() -> None:
    """Blind: every line and block of both pages read as annotated (no chrome as article, no article lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
