"""The thirty-first adversary held-out set (tests/data/adversary31): a blind measurement in round 12.
Four files machine-translated through Chinese on topics new to the sets (the Kyrgyz Prime Minister's visit to
Việt Nam, rain and landslides in the Central Highlands and a Chinese carmaker's plant in Phú Thọ as plain text,
Việt Nam–Nepal in the Asian Cup qualifiers saved from a sports site's article page) were written and annotated
before the tool ran on them; a human-style court report on a land-auction fraud must stay quiet. The blind
figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary31"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "04_viet_nam_nepal.html"

# Blind (main at b09b9fb, data at 556a8e4): 48 of 70 found, 45 with the accepted fix; these 22 were missed.
BLIND_MISSES = {
    "01_thu_tuong_kyrgyzstan.txt: C106 'Neipai'",
    "01_thu_tuong_kyrgyzstan.txt: C101 'Trung Quốc'",
    "01_thu_tuong_kyrgyzstan.txt: L101 'mountain agenda'",
    "01_thu_tuong_kyrgyzstan.txt: F106 'ông'",
    "01_thu_tuong_kyrgyzstan.txt: C107 'An lý hội'",
    "01_thu_tuong_kyrgyzstan.txt: N104 'Sadyr'",
    "01_thu_tuong_kyrgyzstan.txt: T201 'Cư-rơ-gư-xtan'",
    "01_thu_tuong_kyrgyzstan.txt: T101 'Kasimaliyev'",
    "02_sat_lo_tay_nguyen.txt: C106 'Lintong'",
    "02_sat_lo_tay_nguyen.txt: C104 'Nam Hải'",
    "02_sat_lo_tay_nguyen.txt: C101 'Trung Quốc'",
    "02_sat_lo_tay_nguyen.txt: T308 'công lý'",
    "02_sat_lo_tay_nguyen.txt: C106 'Dale'",
    "02_sat_lo_tay_nguyen.txt: T101 'Đinh Văn Tuân'",
    "02_sat_lo_tay_nguyen.txt: C106 'Qinghe'",
    "04_viet_nam_nepal.html: N109 'Jin Shangzhi'",
    "04_viet_nam_nepal.html: C103 'Ni phương'",
    "04_viet_nam_nepal.html: N108 'Shileisita'",
    "04_viet_nam_nepal.html: C101 'Trung Quốc'",
    "04_viet_nam_nepal.html: L101 'red card'",
    "04_viet_nam_nepal.html: F107 'của'",
    "04_viet_nam_nepal.html: T201 'Nê-pan'",
}
# Blind, two findings outside the planted pairs: the planted F106 found with a two-word span ('ông cũng' for the
# annotated 'ông'), and the planted N109 'Jin Shangzhi' found by N101 (a Chinese-reading name rule).
BLIND_EXTRAS = {
    ("01_thu_tuong_kyrgyzstan.txt", "F106", "ông cũng"),
    ("04_viet_nam_nepal.html", "N101", "Jin Shangzhi"),
}
# The photo caption, annotated blind as article text, is chrome by the readers' rule (and adversary14's notes).
CAPTION = "04_viet_nam_nepal.html: 'Các cầu thủ Việt Nam ăn mừng bàn mở tỷ số' should be content"


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".txt"]
    assert [p.suffix for p in MT] == [".txt", ".txt", ".txt", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_human_report_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the court report."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 48 of 70 found, 45 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 48 and fixed >= 45
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_as_annotated() -> None:
    """Blind: 43 of the 44 listed lines as annotated; the photo caption is read as chrome."""
    assert chrome_misclassified(PAGE) in ([], [CAPTION])


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]
