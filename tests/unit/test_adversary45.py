"""The forty-fifth adversary held-out set (tests/data/adversary45): sports, culture and technology pages
machine-translated through Chinese (U23 Việt Nam's friendly in Korea, a Vietnamese film at the Tokyo festival,
Viettel's 6G deal with Nokia in Finland) and one human-written concert story that must stay quiet, each with the
page chrome around it, every line annotated chrome or article. Written and annotated before the tool ran on it;
the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary45"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 93c6960; main at 58d1782): 39 of 54 found, 37 with the accepted fix; these 15 were missed (the
# three C101 fall under two keys).
BLIND_MISSES = {
    "01_u23_giao_huu_han_quoc.txt: N109 'Lý Mân Thịnh'",
    "01_u23_giao_huu_han_quoc.txt: C107 'Hiệp hội Bóng đá Việt Nam'",
    "01_u23_giao_huu_han_quoc.txt: C101 'Trung Quốc'",
    "01_u23_giao_huu_han_quoc.txt: T101 'Trần Quốc Tuân'",
    "01_u23_giao_huu_han_quoc.txt: F112 'hàng thủ hàng thủ'",
    "01_u23_giao_huu_han_quoc.txt: L101 'clean sheet'",
    "02_phim_viet_tokyo.txt: C101 'Trung Quốc'",
    "02_phim_viet_tokyo.txt: N108 'Anteng Yukang'",
    "02_phim_viet_tokyo.txt: N105 'Bộ Văn hóa và Du lịch'",
    "02_phim_viet_tokyo.txt: L101 'red carpet'",
    "02_phim_viet_tokyo.txt: C104 'Lục Bản Mộc'",
    "03_viettel_nokia_6g.txt: C101 'Trung Quốc'",
    "03_viettel_nokia_6g.txt: N108 'Huotade'",
    "03_viettel_nokia_6g.txt: N107 'Petteri Orpo'",
    "03_viettel_nokia_6g.txt: C107 'Ai Lập Tín'",
}
# After this branch's fixes (README): N105 a Vietnamese ministry under its Chinese name, F112 a repeated 'hàng' noun,
# T101 a bare 'Ông' referring back to a titled name, N108 a pinyin name after a head's title and the organisation's
# name (twice), N109 a Korean name in Hán-Việt after a role: 45 of 54 found, 41 with the accepted fix. The 9 left
# (the three C101 under three keys):
AFTER_MISSES = {
    "01_u23_giao_huu_han_quoc.txt: C107 'Hiệp hội Bóng đá Việt Nam'",
    "01_u23_giao_huu_han_quoc.txt: C101 'Trung Quốc'",
    "01_u23_giao_huu_han_quoc.txt: L101 'clean sheet'",
    "02_phim_viet_tokyo.txt: C101 'Trung Quốc'",
    "02_phim_viet_tokyo.txt: L101 'red carpet'",
    "02_phim_viet_tokyo.txt: C104 'Lục Bản Mộc'",
    "03_viettel_nokia_6g.txt: C101 'Trung Quốc'",
    "03_viettel_nokia_6g.txt: N107 'Petteri Orpo'",
    "03_viettel_nokia_6g.txt: C107 'Ai Lập Tín'",
}
# Blind: N107 found the planted wrong country with the span 'Thụy Điển' (the annotation took the name).
BLIND_UNPLANTED = [("03_viettel_nokia_6g.txt", "N107", "Thụy Điển")]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 39 of 54 found, 37 with the accepted fix (N108 'Shanxia Liangmei' and N101 'Cao Desheng' without a
    fix); after this branch's fixes 45 and 41 (the Vietnamese surname Tào gives 'Cao Desheng' its fix; the three
    pinyin names N108 and the Hán-Việt name N109 find without a gazetteer have none)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 54
    assert found >= 45 and fixed >= 41
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind: one, N107 on the planted wrong country with another span (a right finding)."""
    assert unplanted_findings(MT) == BLIND_UNPLANTED


def test_page_chrome_read_right() -> None:
    """Blind: every line read as annotated."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], (path.name, score.chrome_as_article)


def test_mt_recall_after_round_17() -> None:
    """Round 17 (misses17): C107 reads 'Hiệp hội Bóng đá Việt Nam' as the word-for-word translation of 越南足协
    (越南足球协会) for the Liên đoàn Bóng đá Việt Nam (organisations.tsv, kind 'meaning'; England's 'Hiệp hội Bóng đá
    Anh' stays quiet: the rule's examples): 46 of 54, 42 with the accepted fix."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 46 and fixed >= 42
    assert "01_u23_giao_huu_han_quoc.txt: C107 'Hiệp hội Bóng đá Việt Nam'" not in missed
