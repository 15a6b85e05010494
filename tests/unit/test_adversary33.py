"""The thirty-third adversary held-out set (tests/data/adversary33): the round-12 closing blind measurement. A mixed
batch — a cable-car breakdown in Điện Biên and Việt Nam–Uruguay trade talks as plain text through Chinese, a
chip-design training programme with Tohoku University as JSONL with its Chinese source, Việt Nam's chess teams in
Colombo as an English→Vietnamese TSV with reference — was written and annotated before the tool ran on it; a
human-quality story about a pottery village must stay free of findings. The blind figures are the floor; README
says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary33"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (data at bace47f; main at 00076bf and again at dddcab3, same result): 51 of 61 found, 48 with the
# accepted fix; these 10 were missed.
BLIND_MISSES = [
    "01_cap_treo_pa_khoang.txt: C101 'Trung Quốc'",
    "01_cap_treo_pa_khoang.txt: F106 'du khách'",
    "01_cap_treo_pa_khoang.txt: F107 'vào'",
    "02_viet_nam_uruguay.txt: N104 'Mario'",
    "02_viet_nam_uruguay.txt: C101 'Trung Quốc'",
    "02_viet_nam_uruguay.txt: N106 'nữ sĩ'",
    "02_viet_nam_uruguay.txt: T201 'U-ru-goay'",
    "03_ban_dan_tohoku.jsonl: A111 'Học viên sẽ học hai năm tại khuôn viên Đại học Tohoku ở Xiantai và phải đóng"
    " học phí.'",
    "04_co_vua_dong_doi.tsv: A109 '14/11/2025'",
    "04_co_vua_dong_doi.tsv: L101 'computer engine'",
]
# Blind, one finding outside the planted pairs: the Japanese professor's pinyin name also as a Chinese-read
# Vietnamese name (N101 beside the planted N108, same span).
BLIND_EXTRAS = {("03_ban_dan_tohoku.jsonl", "N101", "Zuoteng Jianyi")}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".txt"]
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".tsv"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_human_news_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human-quality pottery-village story."""
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 51 of 61 found, 48 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 61
    assert found >= 51 and fixed >= 48
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_finding_outside_planted_spans_but_the_blind_extra() -> None:
    """Blind: every finding on the MT files is a planted (rule, span) but the one listed."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS
