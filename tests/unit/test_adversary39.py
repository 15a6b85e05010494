"""The thirty-ninth adversary held-out set (tests/data/adversary39): plain-text news pages as people copy them,
like /work/shared/corpus — a Prime Minister's visit to Kazakhstan and a SEA Games football final in Bangkok
machine-translated through Chinese, and one human-written health story that must stay quiet — each with the
page chrome around it, every line annotated chrome or article. Written and annotated before the tool ran on it;
the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary39"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 89ba7b1; main at 3f8fe9d): 33 of 40 found, 32 with the accepted fix; these 7 were missed.
BLIND_MISSES = {
    "01_thu_tuong_kazakhstan.txt: C106 'Asitana'",
    "01_thu_tuong_kazakhstan.txt: F106 'và'",
    "02_chung_ket_bong_da.txt: C103 'Thái phương'",
    "02_chung_ket_bong_da.txt: T101 'Nguyễn Đinh Bắc'",
    "02_chung_ket_bong_da.txt: N109 'Jin Shangzhi'",
    "02_chung_ket_bong_da.txt: T308 'biểu thị'",
    "02_chung_ket_bong_da.txt: C101 'Trung Quốc'",
}
# Blind, two findings outside the planted pairs (README): F106 spans two words where the annotation took one;
# the Korean coach's pinyin name comes out as N101 (a Vietnamese or Chinese name) instead of N109.
BLIND_EXTRAS = {
    ("01_thu_tuong_kazakhstan.txt", "F106", "và hai"),
    ("02_chung_ket_bong_da.txt", "N101", "Jin Shangzhi"),
}
# Blind chrome: 1 of 57 chrome lines read as article (the byline with its role in brackets); no article line
# hidden, no line unplaced.
BLIND_CHROME_AS_ARTICLE = {
    "01_thu_tuong_kazakhstan.txt": ["Minh Khôi (phóng viên thường trú)"],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 33 of 40 found, 32 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 40
    assert found >= 33 and fixed >= 32
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_after_the_fixes() -> None:
    """After the round's fixes: 36 of 40, 35 with the accepted fix. C103 'Thái phương chủ động': a verb after a
    reading with 'phương' now ends the party (tested with Hàn and Nhật in the rule's examples); C101 'Đại sứ Trung
    Quốc tại Thái Lan': China's envoy to the story's partner (test_envoy_abroad.py, Laos and Cambodia); T308 'HLV …
    biểu thị:': a coach's or a scholar's title heads the speaker (the rule's examples)."""
    expected, found, fixed, missed = score_planted(MT)
    assert (expected, found, fixed) >= (40, 36, 35)
    assert "02_chung_ket_bong_da.txt: C103 'Thái phương'" not in missed
    assert "02_chung_ket_bong_da.txt: C101 'Trung Quốc'" not in missed
    assert "02_chung_ket_bong_da.txt: T308 'biểu thị'" not in missed


def test_mt_recall_after_round_15() -> None:
    """After names15 (round 15): 38 of 40, 37 with the accepted fix. T101 'Nguyễn Đinh Bắc' beside 'Nguyễn Đình
    Bắc', once each: a rare middle syllable beside a common middle name (test_t101_one_mark_or_letter.py, other
    names); N109 'Jin Shangzhi': the pinyin of coach Kim Sang-sik's Chinese name read by its characters' Korean
    readings in a football story (test_korean_pinyin_known.py: Shin Tae-yong, Park Hang-seo, Son Heung-min)."""
    expected, found, fixed, missed = score_planted(MT)
    assert (expected, found, fixed) >= (40, 38, 37)
    assert "02_chung_ket_bong_da.txt: T101 'Nguyễn Đinh Bắc'" not in missed
    assert "02_chung_ket_bong_da.txt: N109 'Jin Shangzhi'" not in missed


def test_mt_recall_after_the_round_15_merges() -> None:
    """With places15 merged too (capitals that are no CLDR city: 'Asitana' for Astana after 'thủ đô'): 39 of 40, 38
    with the accepted fix."""
    expected, found, fixed, _ = score_planted(MT)
    assert (expected, found, fixed) >= (40, 39, 38)


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_no_worse_than_blind() -> None:
    """Every article line is read as article; no chrome line is read as article beyond the blind one."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))
