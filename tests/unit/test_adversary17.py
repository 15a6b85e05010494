"""The seventeenth adversary held-out set (tests/data/adversary17): a blind MEASUREMENT after the round-8 fixes.
Four files machine-translated through Chinese (the first Việt Nam–Philippines coast-guard exercise, semiconductor
investment in Bắc Ninh, typhoon Kalmaegi in Gia Lai and Đắk Lắk, the badminton world championships in Paris; plain
text and JSONL) and an English→Vietnamese airport app catalogue (gettext PO) were written and annotated before the
tool ran on them. No rule was changed for the set: the thresholds below are the blind figures, so the set says how
the tool does on unseen text and must not get worse (README: every miss and its likely cause). Two human-style
news texts must stay free of findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary17"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at 5b0c2b0): 50 of 65 found, 46 with the accepted fix; these 15 were missed.
BLIND_MISSES = [
    "01_hai_canh_philippines.txt: C106 'Feilubin'",
    "01_hai_canh_philippines.txt: C101 'Indonesia'",
    "02_ban_dan_bac_ninh.jsonl: N102 'Giel·Rutten'",
    "02_ban_dan_bac_ninh.jsonl: L101 'advanced packaging'",
    "02_ban_dan_bac_ninh.jsonl: C107 'Hòa Thạc'",
    "03_bao_kalmaegi.txt: N106 'nữ sĩ'",
    "03_bao_kalmaegi.txt: N107 'Indonesia'",
    "03_bao_kalmaegi.txt: T308 'biểu thị'",
    "04_cau_long_paris.jsonl: N102 'Côn Lạp Vũ Đặc'",
    "04_cau_long_paris.jsonl: T101 'Thạch Vũ Kỷ'",
    "04_cau_long_paris.jsonl: N108 'Andongsen'",
    "04_cau_long_paris.jsonl: N102 'Satwiksairaj·Rankireddy'",
    "04_cau_long_paris.jsonl: N108 'Qilage Xieti'",
    "05_san_bay_long_thanh.vi.po: A103 'Bambo'",
    "05_san_bay_long_thanh.vi.po: A104 'lostfound@ltago.example'",
]
# Blind, three findings outside the planted (rule, span) pairs, each on a planted error: the two names joined by
# '·' flagged with the capitalised word before them in the span, and the row that drops a clause flagged for its
# lost numbers (A102) as well as for its length (A105, planted).
BLIND_EXTRAS = {
    ("02_ban_dan_bac_ninh.jsonl", "N102", "Amkor Giel·Rutten"),
    ("04_cau_long_paris.jsonl", "N102", "Cặp Satwiksairaj·Rankireddy"),
    ("05_san_bay_long_thanh.vi.po", "A102", "Xe buýt đi sân bay Tân Sơn Nhất chạy 20 phút một chuyến."),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".jsonl", ".txt", ".jsonl", ".po"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 50 of 65 found, 46 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 65
    assert found >= 50 and fixed >= 46
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or one of the three blind extras."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_the_po_placeholders_are_critical_where_msgfmt_fails() -> None:
    """The changed named directive ('%(gate)s' → '%(cua)s', an entry flagged python-format) is critical, as
    msgfmt -c refuses the catalogue; the lost '{minutes}' is major (A110's doc)."""
    po = ADVERSARY / "mt" / "05_san_bay_long_thanh.vi.po"
    got = {f.text: str(f.severity) for _, f in findings_of(po) if f.rule == "A110"}
    assert got == {"%(cua)s": "critical", "Cửa ra máy bay của bạn sắp đóng.": "major"}


# After the fixes17 helper's fixes (the blind figures above stay as measured): each fix raised these floors.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 63, 57


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After fixes17: N107 reads 'Ferdinand Marcos Jr' (a generational suffix); C106 'Feilubin' (ü as u);
    C107 'Hòa Thạc' (Pegatron, with other electronics makers in companies.tsv); N108 'Andongsen' after a
    seeding and 'Qilage Xieti' as the second of a pair (N108 gives no fix); A104 an e-mail domain that lost its
    hyphen; A103 'Bambo' for 'Bamboo' (a doubled last letter lost); C101 a stray pair in a sentence that names
    the partner unpaired. Polish8: N102's '·' names without the capitalised word before them;
    L101 'advanced packaging' (a participle adjective before an English noun); N106 'nữ sĩ' after 'Phó Chánh Văn
    phòng …' (more heads of a unit); T308 'biểu thị,' after a title heading a long unit's name."""
    _, found, fixed, _ = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
