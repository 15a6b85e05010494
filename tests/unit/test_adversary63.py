"""The sixty-third adversary held-out set (tests/data/adversary63): English→Vietnamese MT brought without its source,
three plain-text pages with their chrome (a U22 friendly before SEA Games 33, a measles vaccination campaign, a
salt-tolerant rice study) and a JSONL file of 40 target-only records (SEA Games 33, day eight: tennis, women's
football, athletics), and one human-written sports-tech page (Premier League, Pep Guardiola, ATP Finals, Sinner,
Alcaraz; AI, clip, pressing, fan, livestream) that must stay quiet, every page line annotated chrome or article.
Written and annotated before the tool ran on it; the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary63"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".jsonl"))
PAGES = [p for p in MT if p.suffix == ".txt"]

# Blind (data at 51d19a9; main at 6ad6b90): 48 of 69 found, 34 with the accepted fix; 49 and 35 once the one
# annotation whose context crossed a sentence boundary was corrected (F106 'trong khi', found blind). These 20 missed:
BLIND_MISSES = {
    "01_u22_sea_games.txt: T308 'bị bắt ngủ quên'",
    "01_u22_sea_games.txt: L101 'the second half'",
    "01_u22_sea_games.txt: T308 'kéo tất của họ lên'",
    "01_u22_sea_games.txt: T101 'Kim Sang-shik'",
    "01_u22_sea_games.txt: A111 'có thể thi đấu'",
    "01_u22_sea_games.txt: F112 'tăng cường đầu tư vào đào tạo trẻ tăng cường đầu tư vào đào tạo trẻ'",
    "01_u22_sea_games.txt: T308 'chạy ra khỏi hơi'",
    "02_tiem_chung_soi.txt: F109 'vắc - xin'",
    "02_tiem_chung_soi.txt: L101 'measles'",
    "02_tiem_chung_soi.txt: T101 'Lan'",
    "02_tiem_chung_soi.txt: T308 'một phát bắn vào cánh tay'",
    "02_tiem_chung_soi.txt: T308 'chơi trò đuổi bắt'",
    "02_tiem_chung_soi.txt: L101 'Dr.'",
    "02_tiem_chung_soi.txt: A111 'nên tự ý'",
    "02_tiem_chung_soi.txt: T308 'đang chạy thấp'",
    "02_tiem_chung_soi.txt: F107 'dưới'",
    "03_lua_chiu_man.txt: L101 'peer-reviewed'",
    "03_lua_chiu_man.txt: T308 'quay lại bàn vẽ'",
    "04_sea_games_ngay_8.jsonl: C105 'Indonesian'",
    "04_sea_games_ngay_8.jsonl: T308 'ở trên mặt trăng'",
}
# After this branch's fixes (README): 54 of 69 found, 44 with the accepted fix. The 15 left:
AFTER_MISSES = BLIND_MISSES - {
    "01_u22_sea_games.txt: T101 'Kim Sang-shik'",
    "02_tiem_chung_soi.txt: F109 'vắc - xin'",
    "02_tiem_chung_soi.txt: L101 'Dr.'",
    "03_lua_chiu_man.txt: L101 'peer-reviewed'",
    "04_sea_games_ngay_8.jsonl: C105 'Indonesian'",
}
# misses20 (round 20): English idioms rendered word for word, read on the target alone (T308,
# references/en_idiom_calques.tsv), and A111 reads advice to act 'tự ý' with no negation on the target alone ('nên tự
# ý' for 'không nên tự ý'), and L101 takes 'the' along after a Vietnamese word opening the sentence ('Trong the second
# half'), and F112 looks for phrases of up to eight words (six before): 63 of 69 found, 52 with the accepted fix. The
# 6 left:
MISSES20_MISSES = AFTER_MISSES - {
    "01_u22_sea_games.txt: T308 'bị bắt ngủ quên'",
    "01_u22_sea_games.txt: T308 'kéo tất của họ lên'",
    "01_u22_sea_games.txt: T308 'chạy ra khỏi hơi'",
    "02_tiem_chung_soi.txt: T308 'một phát bắn vào cánh tay'",
    "02_tiem_chung_soi.txt: T308 'đang chạy thấp'",
    "03_lua_chiu_man.txt: T308 'quay lại bàn vẽ'",
    "02_tiem_chung_soi.txt: A111 'nên tự ý'",
    "01_u22_sea_games.txt: L101 'the second half'",
    "01_u22_sea_games.txt: F112 'tăng cường đầu tư vào đào tạo trẻ tăng cường đầu tư vào đào tạo trẻ'",
}
# Blind, the findings outside the planted pairs: L101 took 'second half' without its article ('the' is a Vietnamese
# syllable too), 'reviewed' without 'peer-', and F112 doubled F113's two loops ('tập luyện' and 'thi đấu' four times,
# read as a doubled phrase written twice). After: 'second half' only.
BLIND_EXTRAS = {
    ("01_u22_sea_games.txt", "L101", "second half"),
    ("01_u22_sea_games.txt", "F112", "tập luyện tập luyện tập luyện tập luyện"),
    ("03_lua_chiu_man.txt", "L101", "reviewed"),
    ("04_sea_games_ngay_8.jsonl", "F112", "thi đấu thi đấu thi đấu thi đấu"),
}
AFTER_EXTRAS = {("01_u22_sea_games.txt", "L101", "second half")}
MISSES20_EXTRAS: set[tuple[str, str, str]] = set()  # round 20: 'the second half' whole
# the English thousands separators planted but not annotated (README: no rule claimed them then); round 19's F114
# finds both
SEPARATORS = {
    ("01_u22_sea_games.txt", "F114", "15,000"),
    ("02_tiem_chung_soi.txt", "F114", "5,000"),
    # round 20 (adversary71): the English decimal point of '1.5 million USD', found with 'million' a magnitude
    ("01_u22_sea_games.txt", "F114", "1.5"),
    # round 23 (misses26, adversary78): the English decimal point of '12.4 percent', found as before '%'
    ("02_tiem_chung_soi.txt", "F114", "12.4"),
}
# Blind, chrome read as article; after the fixes none.
BLIND_CHROME_AS_ARTICLE = {
    "01_u22_sea_games.txt": ["BÓNG ĐÁ SỐ - Tin nhanh sân cỏ"],
    "02_tiem_chung_soi.txt": ["Đăng lúc 10:05 sáng Thứ Năm 20/11/2025 | Chuyên mục: Phòng bệnh"],
    "03_lua_chiu_man.txt": ["Chia sẻ bài viết: Zalo - Facebook - Email"],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    jsonl = next(p for p in MT if p.suffix == ".jsonl")
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 40


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 48 of 69 found, 34 with the accepted fix (49 and 35 with the corrected context); after the fixes 54
    and 44; after misses20's English idioms, 'nên tự ý', 'the second half' and the
    eight-word stutter 63 and 52."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 69
    assert found >= 63 and fixed >= 52
    assert set(missed) <= MISSES20_MISSES <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - MISSES20_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    extras = set(unplanted_findings(MT))
    assert extras - SEPARATORS <= MISSES20_EXTRAS <= AFTER_EXTRAS <= BLIND_EXTRAS
    assert SEPARATORS <= extras


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; three chrome lines read as article (above); after the fixes none."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], path.name
