"""The forty-fourth adversary held-out set (tests/data/adversary44): domestic economy and society pages
machine-translated through Chinese (a provincial FDI conference, a State Bank briefing with a stock-market report,
a Deputy Prime Minister's flood-relief visit) and one human-written hospital story that must stay quiet, each with
the page chrome around it, every line annotated chrome or article. Written and annotated before the tool ran on
it; the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary44"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 7138a0b; main at abc1d8a): 45 of 55 found, all 45 with the accepted fix; these 10 were missed.
BLIND_MISSES = {
    "01_khu_cong_nghiep_fdi.txt: N105 'Tỉnh trưởng'",
    "01_khu_cong_nghiep_fdi.txt: C101 'Trung Quốc'",
    "02_ngan_hang_chung_khoan.txt: N105 'Hành trưởng'",
    "02_ngan_hang_chung_khoan.txt: T308 'biểu thị'",
    "02_ngan_hang_chung_khoan.txt: C101 'Trung Quốc'",
    "03_mua_lu_mien_trung.txt: C101 'Trung Quốc'",
    "03_mua_lu_mien_trung.txt: N105 'Bộ Vệ sinh'",
    "03_mua_lu_mien_trung.txt: L101 'rescue team'",
    "03_mua_lu_mien_trung.txt: T101 'Trần Hồng Hả'",
}
# After this branch's fixes (README): N105 'Tỉnh trưởng' before a Vietnamese province, 'Hành trưởng' before the State
# Bank, 'Bộ Vệ sinh' after a minister's title; T308 'biểu thị' after a calqued title: 49 of 55 found, all with the
# accepted fix. The 6 left (the four domestic C101 fall under three keys):
# domestic17 (national frames: 'kim ngạch xuất khẩu', 'tăng trưởng tín dụng', 'Quân đội' of a domestic story) found
# the three C101 left: 53 of 55.
AFTER_MISSES = {
    "03_mua_lu_mien_trung.txt: L101 'rescue team'",
    "03_mua_lu_mien_trung.txt: T101 'Trần Hồng Hả'",
}
# Blind: N103 found the planted T101 'Trần Hồng Hả' (a near-miss of a Deputy Prime Minister, with the right fix).
BLIND_UNPLANTED = [("03_mua_lu_mien_trung.txt", "N103", "Trần Hồng Hả")]
# Blind: two chrome lines read as article (a masthead above a price ticker, a team byline).
BLIND_CHROME_AS_ARTICLE = {
    "02_ngan_hang_chung_khoan.txt": ["NHỊP ĐẬP TÀI CHÍNH"],
    "03_mua_lu_mien_trung.txt": ["Nhóm phóng viên thường trú miền Trung"],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 45 of 55 found, 45 with the accepted fix; after this branch's fixes 49 and 49; after the lead's
    'Ngân hàng Nhà nước Trung Quốc' (an institution only Việt Nam has under that name) 50 and 50; after domestic17's
    national frames of a domestic story 53 and 53."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 55
    assert found >= 53 and fixed >= 53
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind: one, N103 on a planted T101 span (a right finding under another rule)."""
    assert unplanted_findings(MT) == BLIND_UNPLANTED


def test_page_chrome_read_right() -> None:
    """Blind: every article line read as article, two chrome lines read as article; after the fixes (a site's
    name in capitals over a ticker, a team byline) every line as annotated."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], (path.name, score.chrome_as_article)
    assert set(BLIND_CHROME_AS_ARTICLE) <= {p.name for p in MT}
