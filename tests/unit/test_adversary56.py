"""The fifty-sixth adversary held-out set (tests/data/adversary56): English→Vietnamese MT brought without its source,
plain-text news pages with their chrome (Việt Nam–Australia talks, saline intrusion in the Mekong Delta, a Việt
Nam–Laos qualifier, a chip and AI conference in Hà Nội), and one human-written page on overseas-Vietnamese guests
(Filip Nguyễn, Cao Pendant Quang Vinh, Viet Thanh Nguyen) that must stay quiet, every line annotated chrome or
article. Written and annotated before the tool ran on it; the blind figures are the floor; README says what was
missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary56"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 4dbe4d4; main at 0e2ef69): 42 of 65 found, 39 with the accepted fix; these 23 were missed (both
# 'Mekong Delta' annotations of 02 share one line here).
BLIND_MISSES = {
    "01_viet_nam_australia.txt: L101 'percent'",
    "01_viet_nam_australia.txt: C105 'Hanoi'",
    "01_viet_nam_australia.txt: C105 'Australian'",
    "01_viet_nam_australia.txt: L101 'in the long run'",
    "01_viet_nam_australia.txt: N103 'Thủ tướng Australia Scott Morrison'",
    "01_viet_nam_australia.txt: C105 'Ho Chi Minh City'",
    "01_viet_nam_australia.txt: T308 'ở cuối ngày'",
    "02_xam_nhap_man.txt: C105 'Mekong Delta'",
    "02_xam_nhap_man.txt: L101 'Nov'",
    "02_xam_nhap_man.txt: C105 'Can Tho'",
    "02_xam_nhap_man.txt: T308 'cơn bão hoàn hảo'",
    "02_xam_nhap_man.txt: F111 'vùng vùng'",
    "02_xam_nhap_man.txt: T101 'Hieu'",
    "03_bong_da_lao.txt: C105 'Hanoi'",
    "03_bong_da_lao.txt: L101 'the first half'",
    "03_bong_da_lao.txt: L101 'equaliser'",
    "03_bong_da_lao.txt: L101 'million'",
    "04_ban_dan_ai.txt: L101 'percent'",
    "04_ban_dan_ai.txt: C105 'Da Nang'",
    "04_ban_dan_ai.txt: N103 'Tổng thống Mỹ Joe Biden'",
    "04_ban_dan_ai.txt: F107 'cho'",
    "04_ban_dan_ai.txt: T308 'quả bóng đang ở trong sân của Việt Nam'",
}
# After this branch's fixes (README): 54 of 65 found, 50 with the accepted fix. The 11 left:
AFTER_MISSES = {
    "01_viet_nam_australia.txt: L101 'in the long run'",
    "01_viet_nam_australia.txt: N103 'Thủ tướng Australia Scott Morrison'",
    "01_viet_nam_australia.txt: T308 'ở cuối ngày'",
    "02_xam_nhap_man.txt: L101 'Nov'",
    "02_xam_nhap_man.txt: T308 'cơn bão hoàn hảo'",
    "02_xam_nhap_man.txt: F111 'vùng vùng'",
    "02_xam_nhap_man.txt: T101 'Hieu'",
    "03_bong_da_lao.txt: L101 'the first half'",
    "03_bong_da_lao.txt: L101 'equaliser'",
    "04_ban_dan_ai.txt: F107 'cho'",
    "04_ban_dan_ai.txt: T308 'quả bóng đang ở trong sân của Việt Nam'",
}
# Round 19 (misses19): T101 reads a given name left unmarked alone after 'Ông' ('Ông Hieu' beside 'Trần Văn Hiếu'):
# 55 of 65, 51 with the accepted fix.
AFTER_MISSES = AFTER_MISSES - {"02_xam_nhap_man.txt: T101 'Hieu'"}
# Round 20 (misses20): T308 reads English idioms rendered word for word on the target alone ('ở cuối ngày, điều quan
# trọng …'; 'quả bóng đang ở trong sân của', annotated with its owner 'Việt Nam' blind and put in the rule's span,
# which keeps the owner for the fix 'quyền quyết định thuộc về Việt Nam'), and Scott Morrison is in people.tsv since
# round 19 (adversary64); L101 takes 'the' along after a Vietnamese word opening the sentence ('Trong the first half'):
# 59 of 65, 55 with the accepted fix.
AFTER_MISSES = AFTER_MISSES - {
    "03_bong_da_lao.txt: L101 'the first half'",
    "01_viet_nam_australia.txt: T308 'ở cuối ngày'",
    "04_ban_dan_ai.txt: T308 'quả bóng đang ở trong sân của Việt Nam'",
    "01_viet_nam_australia.txt: N103 'Thủ tướng Australia Scott Morrison'",
}
# Blind, the finding outside the planted pairs: L101 took 'first half' without its article ('the' is a Vietnamese
# syllable too). After: also the English date whole, 'Nov. 20' (suggesting 20/11), where the annotation marks 'Nov'.
BLIND_EXTRAS = {("03_bong_da_lao.txt", "L101", "first half")}
AFTER_EXTRAS = {("03_bong_da_lao.txt", "L101", "first half"), ("02_xam_nhap_man.txt", "L101", "Nov. 20")}
MISSES20_EXTRAS = {("02_xam_nhap_man.txt", "L101", "Nov. 20")}  # round 20: 'the first half' whole
# the English thousands separators planted but not annotated (README: no rule claimed them then); round 19's F114
# finds every one
SEPARATORS = {
    ("01_viet_nam_australia.txt", "F114", "350,000"),
    ("02_xam_nhap_man.txt", "F114", "160,000"),
    ("03_bong_da_lao.txt", "F114", "18,000"),
    ("04_ban_dan_ai.txt", "F114", "50,000"),
    ("04_ban_dan_ai.txt", "F114", "7,000"),
    # round 20 (adversary71): the English decimal point of '2.3 million lượt xem', found with 'million' a magnitude
    ("03_bong_da_lao.txt", "F114", "2.3"),
    # round 23 (misses26, adversary78): the English decimal point of '12.5 percent', '18.7 percent', as before '%'
    ("01_viet_nam_australia.txt", "F114", "12.5"),
    ("04_ban_dan_ai.txt", "F114", "18.7"),
}
# Blind, chrome read as article (the bylines were annotated article blind against the earlier sets' convention,
# which makes them chrome: corrected after the run, see README).
BLIND_CHROME_AS_ARTICLE = {
    "01_filip_nguyen_startup.txt": ["Người Việt bốn phương"],
    "01_viet_nam_australia.txt": ["VIETNAM NEWS DIGEST - Bản tiếng Việt"],
    "02_xam_nhap_man.txt": ["Bài viết được dịch tự động từ bản tin tiếng Anh của đối tác"],
    "03_bong_da_lao.txt": ["Bóng đá Việt Nam"],
    "04_ban_dan_ai.txt": [
        "Đăng ký nhận bản tin hằng tuần",
        "Bởi Ban biên tập | 24/11/2025, 14:20 | Đọc trong 4 phút",
        "Nội dung được dịch bằng máy từ bản tiếng Anh. Chia sẻ: Facebook | X | Sao chép",
    ],
}
AFTER_CHROME_AS_ARTICLE = {
    "01_filip_nguyen_startup.txt": ["Người Việt bốn phương"],
    "03_bong_da_lao.txt": ["Bóng đá Việt Nam"],
    "04_ban_dan_ai.txt": ["Nội dung được dịch bằng máy từ bản tiếng Anh. Chia sẻ: Facebook | X | Sao chép"],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 42 of 65 found, 39 with the accepted fix; after this branch's fixes 54 and 50; after round 19's 55, 51;
    after round 20's 59, 55."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 65
    assert found >= 59 and fixed >= 55
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    extras = set(unplanted_findings(MT))
    assert extras - SEPARATORS <= MISSES20_EXTRAS <= AFTER_EXTRAS
    assert SEPARATORS <= extras


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; seven chrome lines read as article (above); after the fixes three."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))
