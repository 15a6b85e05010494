"""Adversary held-out set 111 (tests/data/adversary111), round 31's second blind set: MT on road safety, disasters at
home and abroad, and the Holy See: a TSV of 15 rows with a Chinese source and a human reference (Decree 168's fines,
alcohol checks, a JICA helmet programme for children, a Korean road agency, an expressway section), an SRT TV report of
22 cues through English (typhoon Kalmaegi in the Philippines, aid and rescue teams, floods in Huế and Đà Nẵng) and a
Markdown page through Chinese (the Cardinal Secretary of State's visit, the Pope's message, a Mass in Huế), 40 planted
errors; a human text page (a primary school's news page on helmets for first-graders) must stay quiet, every line
annotated chrome or article. Written and annotated before the tool ran on it (3986b937); the blind figures are the
floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary111"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".srt", ".md"))

_ROADS = "01_an_toan_giao_thong_muc_phat_nong_do_con.tsv"
_STORMS = "02_bao_lu_cuu_ho_philippines_mien_trung.srt"
_HOLY_SEE = "03_toa_thanh_hong_y_tham_viet_nam.md"
_HUMAN = "01_truong_tieu_hoc_trao_mu_bao_hiem.txt"

# Blind (data at 3986b937; main at 1ef0fd12, this branch's base): 33 of 40 found, 32 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_ROADS}: C103 'Nhật phương'",
    f"{_ROADS}: T307 'ba vạn'",
    f"{_HOLY_SEE}: T306 '23/11'",
    f"{_HOLY_SEE}: N108 'Paluolin'",
    f"{_HOLY_SEE}: N102 'Lương Thập Tứ Thế'",
    f"{_HOLY_SEE}: C102 'Việt-Phạn'",
    f"{_HOLY_SEE}: C101 'Trung Quốc'",
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _ROADS).read_text(encoding="utf-8").splitlines()
    units = _notes(_ROADS)["units"]
    assert rows[0].split("\t") == ["id", "src", "mt", "ref"] and all(len(r.split("\t")) == 4 for r in rows)
    assert sorted(units) == [r.split("\t")[0] for r in rows[1:]]
    assert len(units) == 15 and sum(u == "clean" for u in units.values()) == 4
    assert len(_notes(_STORMS)["cues"]) == 22
    assert [len(_notes(p.name)["expected"]) for p in MT] == [13, 14, 13]


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the school's news page (a pipe menu, a '»' crumb, a 'Đăng lúc' line with a
    time, poster and views, 'Hoà Bình', 'Nhật Bản', 'Hội Chữ thập đỏ', 'từ đủ 6 tuổi', related news with dates) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_cues_get_no_finding() -> None:
    """Blind: no finding on a TSV row or an SRT cue the annotation calls clean (Decree 168 from 1/1/2025, 1,35 m and
    10 tuổi against 1.35米 and 10岁, 不能 as 'không được', csgt.vn; 180 km/h, Cebu, 300.000 USD, Mandalay)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _ROADS) == []
    cues = _notes(_STORMS)["cues"]
    clean_texts = [
        line
        for block in (ADVERSARY / "mt" / _STORMS).read_text(encoding="utf-8").split("\n\n")
        if (parts := block.strip().split("\n")) and cues.get(parts[0]) == "clean"
        for line in parts[2:]
    ]
    srt = findings_of(ADVERSARY / "mt" / _STORMS)
    assert [(f.rule, f.text) for d, f in srt if d.segments[f.segment].text in clean_texts] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 33 of 40 found, 32 with the accepted fix (TSV 11 of 13, SRT 14 of 14, Markdown 8 of 13; N101 'Chen
    Dexin' got 'Trần Đức Tâm', not the priest's 'Trần Đức Tín': 'Dexin' is 德心 or 德信 without a source)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 40
    # after the lead's fixes of round 31 (the Markdown reader; T306's dateline between headline and article): 34, 33;
    # of round 32 (the Holy See as a party, its people's Chinese names, a side in the record's source, 'ba vạn
    # chiếc'; tests/unit/test_lead32.py): all 40, 39 with the fix
    assert found == 40 and fixed >= 39
    assert missed == []


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_page_read_as_annotated() -> None:
    """Blind: every line of the human page read as annotated (no chrome as article, no article lost)."""
    for path in CLEAN:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
