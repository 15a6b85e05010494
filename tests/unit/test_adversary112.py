"""Adversary held-out set 112 (tests/data/adversary112), round 32's blind set: MT on ride-hailing and delivery apps,
medicines and dengue, and Việt Nam's ties with Central Asia: a JSONL of 15 records with a Chinese source and a human
reference (a new decree on platforms, drivers' incomes, fares, Grab, ShopeeFood, a pick-up point at Đà Nẵng airport),
an XLIFF 2.0 file of 15 units with an English source (a dengue campaign, Qdenga and a Butantan vaccine, albumin and IV
fluid shortages, the aspirin warning, free doses in Hà Nội) and a news page through Chinese with its site chrome (a
visit to Kazakhstan, trade, flights to Almaty and Tashkent, Uzbek and Kyrgyz buyers), 42 planted errors; a human text
page (a ward health station's dengue clean-up) must stay quiet, every line annotated chrome or article. Written and
annotated before the tool ran on it (bf36f696); the blind figures are the floor; the set's README says what was
missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary112"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".xlf", ".html"))

_RIDES = "01_xe_cong_nghe_nghi_dinh_nen_tang.jsonl"
_DENGUE = "02_sot_xuat_huyet_vac_xin_thieu_thuoc.xlf"
_CENTRAL_ASIA = "03_viet_nam_kazakhstan_trung_a_duong_bay.html"
_HUMAN = "01_tram_y_te_phuong_diet_lang_quang.txt"

# Blind (data at bf36f696; main at cca44092, this branch's base): 36 of 42 found, 35 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_DENGUE}: A113 'một cánh tay và một cái chân'",
    f"{_DENGUE}: A110 'Phụ huynh có thể tra cứu lịch tiêm chủng trên cổng thông tin của Bộ.'",
    f"{_DENGUE}: L101 'IV fluids'",
    f"{_DENGUE}: C108 'Brazil'",
    f"{_CENTRAL_ASIA}: T307 '12万'",
    f"{_CENTRAL_ASIA}: C101 'Trung Quốc'",
}
# Found outside the annotated spans, blind: the short translation's lost numbers (20, 25, 1万) as A102 on the same
# sentence, the idiom on a narrower span, and '12万' as a Chinese character rather than a myriad left in a number
BLIND_EXTRAS = {
    (_RIDES, "A102", "Một số tài xế giao đồ ăn ở TP.HCM phàn nàn về thu nhập."),
    (_DENGUE, "A113", "tay và một cái chân"),
    (_CENTRAL_ASIA, "L103", "万"),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RIDES).read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    units = _notes(_RIDES)["units"]
    assert sorted(units) == [r["id"] for r in records]
    assert len(units) == 15 and sum(u == "clean" for u in units.values()) == 4
    xliff = _notes(_DENGUE)["units"]
    assert (ADVERSARY / "mt" / _DENGUE).read_text(encoding="utf-8").count("<unit id=") == len(xliff) == 15
    assert sum(u == "clean" for u in xliff.values()) == 4
    assert [len(_notes(p.name)["expected"]) for p in MT] == [13, 13, 16]


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the health station's page (a pipe menu, a '»' crumb, 'Cập nhật: 15:40, Thứ
    Sáu, 27/11/2026', '148 ca', '35%', a quote, aspirin, 'từ 4 tuổi trở lên', 'Chủ nhật, 13/12/2026', dated related
    news, opening hours '7:30 - 16:30') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an XLIFF unit the annotation calls clean (40万 as 400.000, Xanh SM and
    Be, the trade union, 48 giờ; the headline, 1,2 triệu liều Qdenga, a kept <pc> code, 'không được tăng giá')."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RIDES) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _DENGUE) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 36 of 42 found, 35 with the accepted fix (JSONL 13 of 13, XLIFF 9 of 13, HTML 14 of 16; N101 'Wu
    Chunhe' got 'Võ Xuân Hà', not the ambassador's 'Ngô Xuân Hà': 'Wu' is 吴 Ngô as well as 武 Võ, and the page has no
    source)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 42
    assert found >= 36 and fixed >= 35
    assert set(missed) <= BLIND_MISSES
    # after the lead's fixes of round 32 (tests/unit/test_lead32.py): C108 reads a list with a comma before 'đều là';
    # C101's envoy frame no longer counts Việt Nam, the host meant, as a third country in the sentence: 38, 37
    assert found >= 38 and fixed >= 37
    assert set(missed) <= BLIND_MISSES - {f"{_DENGUE}: C108 'Brazil'", f"{_CENTRAL_ASIA}: C101 'Trung Quốc'"}
    # after round 33's (tests/unit/test_lead33.py): T307 reads a myriad character after a number ('12万' = 120.000),
    # which L103 leaves to it; L101 reads an English plural after an acronym ('IV fluids'); A113's span of 'cost an
    # arm and a leg' is the whole noun phrases ('một cánh tay và một cái chân'): 41, 39
    assert found >= 41 and fixed >= 39
    assert f"{_CENTRAL_ASIA}: T307 '12万'" not in missed and f"{_DENGUE}: L101 'IV fluids'" not in missed


def test_no_finding_outside_planted_spans() -> None:
    """Blind: the three extras above, each on a planted error's sentence."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human page and every block of the MT page read as annotated (no chrome as article, no
    article lost)."""
    for path in [*CLEAN, ADVERSARY / "mt" / _CENTRAL_ASIA]:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
