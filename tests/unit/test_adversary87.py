"""The eighty-seventh adversary held-out set (tests/data/adversary87), the round's closing blind measurement: MT
through Chinese on mixed beats: a plain-text page with chrome from a provincial news site (Nghệ An's budget and
public investment), a saved HTML page on a layout of its own from a shipping trade site (Lạch Huyện port with a
Singaporean port group and a Danish carrier) and 14 JSONL records with a Chinese `src` (university patents, robot
surgery with a German partner), 46 planted errors; a human text page (a provincial hospital's first robot operation)
must stay quiet, every page line annotated chrome or article. Written and annotated before the tool ran on it
(c92b75b6); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary87"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".txt", ".html"))
PAGES = [p for p in MT if p.suffix in (".txt", ".html")]

_BUDGET = "01_ngan_sach_dau_tu_cong_nghe_an.txt"
_PORT = "02_cang_lach_huyen_singapore_dan_mach.html"
_LAB = "03_dai_hoc_sang_che_phau_thuat_robot.jsonl"
_HUMAN = "01_phau_thuat_robot_quang_ngai.txt"

# Blind (data at c92b75b6; main at 6c5ffd7c, this branch's base): 31 of 46 found, 28 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_BUDGET}: T306 '27/11'",
    f"{_BUDGET}: N105 'Tài chính Sở trưởng'",
    f"{_BUDGET}: T308 'cơ kiến'",
    f"{_BUDGET}: T308 'chiêu thương dẫn tư'",
    f"{_BUDGET}: C101 'Trung Quốc'",
    f"{_PORT}: C106 'Haifang'",
    f"{_PORT}: C107 'Tân Gia Pha Cảng vụ Tập đoàn'",
    f"{_PORT}: N108 'Lin Weixiang'",
    f"{_PORT}: N107 'Mette Frederiksen'",
    f"{_PORT}: T308 'cảng khẩu'",
    f"{_LAB}: C107 'Việt Nam Tri thức Tài sản Cục'",
    f"{_LAB}: A107 'Trung Quốc'",
    f"{_LAB}: N105 'Khoa học Kỹ thuật bộ trưởng'",
    f"{_LAB}: T308 'thương nghiệp hóa'",
    f"{_LAB}: C104 'Mộ Ni Hắc'",
}
# Outside the planted pairs, blind: C104 on 'Tân Gia Pha' → 'Singapore' (inside the planted C107 span), N101 on
# 'Lin Weixiang' with no fix (planted as N108: a Singaporean), N107 on 'Singapore' → 'Đan Mạch' (planted as N107 on
# the holder's name: the same error read from the other end).
BLIND_EXTRAS = {
    (_PORT, "C104", "Tân Gia Pha"),
    (_PORT, "N101", "Lin Weixiang"),
    (_PORT, "N107", "Singapore"),
}
# After misses35's fixes (round 26): 44 of 46 found, 41 with the accepted fix; still missed:
MISSES_AFTER_FIXES = {
    f"{_PORT}: N108 'Lin Weixiang'",
    f"{_PORT}: N107 'Mette Frederiksen'",
}
# Outside the planted pairs after the fixes: C104's 'Tân Gia Pha' gave way to C107's whole calque
EXTRAS_AFTER_FIXES = {
    (_PORT, "N101", "Lin Weixiang"),
    (_PORT, "N107", "Singapore"),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = [json.loads(line) for line in (ADVERSARY / "mt" / _LAB).read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 14 and all(set(r) == {"id", "src", "mt"} for r in rows)
    notes = json.loads((ADVERSARY / "mt" / _LAB).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert len(notes) == 14 and sum(n == "clean" for n in notes.values()) == 3


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the health site's page (Heidelberg, 48 tỷ đồng, 80–120 triệu, Thomas
    Becker, 'phía Đức') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_of_the_jsonl_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean (52 patents, a dengue test kit, 30%)."""
    path = ADVERSARY / "mt" / _LAB
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 31 of 46 found, 28 with the accepted fix; after misses35's fixes 44 and 41."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 46
    assert found >= 44 and fixed >= 41
    assert set(missed) <= MISSES_AFTER_FIXES <= BLIND_MISSES, sorted(set(missed) - MISSES_AFTER_FIXES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= EXTRAS_AFTER_FIXES <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: on every page no chrome line read as article, no article line read as chrome, lost or unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
