"""The ninety-fifth adversary held-out set (tests/data/adversary95), blind: MT on the Middle East and Africa,
fisheries and hospitals: an XLIFF 1.2 file of 16 units with an English source (Vietnamese rice and cashew in Africa,
Egypt's and Algeria's presidents, Nigeria, Mozambique and Movitel, the African Union Commission), a JSONL of 16
records with a Chinese `src` and the `mt` (the EC's IUU inspection and yellow card, tracking devices, fishermen held
in Indonesian waters) and a plain-text page through Chinese on a provincial portal (a Japanese and a Korean hospital
in Hà Nội, drug shortages, the WHO, a dengue vaccine), 38 planted errors; a human text page on a provincial health
department's portal must stay quiet, every page line annotated chrome or article. Written and annotated before the
tool ran on it (faa6adc6); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary95"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".txt", ".xlf"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_AFRICA = "01_ai_cap_algeria_gao_dieu_chau_phi.xlf"
_IUU = "02_iuu_the_vang_tau_ca.jsonl"
_HOSPITALS = "03_benh_vien_nhat_han_thuoc_sot_xuat_huyet.txt"
_HUMAN = "01_so_y_te_quang_ngai_chay_than_ngu_dan.txt"

# Blind (data at faa6adc6; main at c972edc8, this branch's base): 33 of 38 found, 31 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_AFRICA}: A113 'giữ quả bóng lăn'",
    f"{_AFRICA}: L101 'brand'",
    f"{_HOSPITALS}: N108 'Tianzhong Hong'",
    f"{_HOSPITALS}: C101 'Trung Quốc'",
    f"{_HOSPITALS}: L103 '登革热疫苗'",
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _IUU).open(encoding="utf-8")]
    assert len(records) == 16 and all(set(r) == {"id", "src", "mt"} for r in records)
    notes = _notes(_IUU)["records"]
    assert len(notes) == 16 and sum(n == "clean" for n in notes.values()) == 4
    units = _notes(_AFRICA)["units"]
    assert len(units) == 16 and sum(n == "clean" for n in units.values()) == 5


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the health department's page (JICA, 'thứ Năm, 26/11/2026', 9,8 tỷ đồng,
    Watanabe Kenji, Sa Kỳ port, the EC's 'thẻ vàng', 1.046 dengue cases, the WHO) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an XLIFF unit the annotation calls clean (el-Sisi, Tinubu in Abuja,
    raw cashew from Bờ Biển Ngà, Madbouly; the yellow card since 10/2017, tracking devices, Gia Lai and An Giang,
    10 tỷ USD)."""
    for name, key in ((_IUU, "records"), (_AFRICA, "units")):
        notes = _notes(name)[key]
        found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / name)]
        assert [f for f in found if notes[f[0]] == "clean"] == [], name


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 33 of 38 found, 31 with the accepted fix."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 38
    assert found >= 34 and fixed >= 32  # after misses43, A113 'keep the ball rolling' (blind: 33 and 31)
    assert set(missed) <= BLIND_MISSES - {f"{_AFRICA}: A113 'giữ quả bóng lăn'"}, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """Blind: on every page no chrome line read as article, no article line read as chrome, lost or unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
