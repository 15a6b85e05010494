"""The forty-second adversary held-out set (tests/data/adversary42): domestic news pages machine-translated through
Chinese (a National Assembly sitting, a Government conference on public investment, an anti-corruption trial) and
one human-written Hà Nội bridge story that must stay quiet, each with the page chrome around it, every line
annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are the floor;
README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary42"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 7655cba; main at 3d12f64): 40 of 53 found, all 40 with the accepted fix; these 13 were missed.
BLIND_MISSES = {
    "01_quoc_hoi_ky_hop.txt: C101 'Trung Quốc'",
    "01_quoc_hoi_ky_hop.txt: N103 'Nguyễn Khắc Đính'",
    "01_quoc_hoi_ky_hop.txt: L101 'deadline'",
    "01_quoc_hoi_ky_hop.txt: T101 'Trần Thanh Mẩn'",
    "02_chinh_phu_dau_tu_cong.txt: N105 'Phó Tổng lý'",
    "02_chinh_phu_dau_tu_cong.txt: T307 '82 vạn'",
    "02_chinh_phu_dau_tu_cong.txt: C101 'Trung Quốc'",
    "02_chinh_phu_dau_tu_cong.txt: N105 'Thị trưởng'",
    "02_chinh_phu_dau_tu_cong.txt: C106 'Longcheng'",
    "02_chinh_phu_dau_tu_cong.txt: L101 'bottleneck'",
    "03_xet_xu_tham_nhung.txt: N105 'Thị trưởng'",
    "03_xet_xu_tham_nhung.txt: N106 'nữ sĩ'",
    "03_xet_xu_tham_nhung.txt: L101 'kickback'",
}
# After this branch's fixes (README): N105 'Thị trưởng' before or right after a Vietnamese city and 'Phó Tổng lý',
# N106 after a full name the document writes after 'bị cáo', T101 a leader's one-mark slip after 'ông', T307 'N vạn
# tỷ': 46 of 53 found, all with the accepted fix. The 7 left:
AFTER_MISSES = {
    "01_quoc_hoi_ky_hop.txt: C101 'Trung Quốc'",
    "01_quoc_hoi_ky_hop.txt: N103 'Nguyễn Khắc Đính'",
    "01_quoc_hoi_ky_hop.txt: L101 'deadline'",
    "02_chinh_phu_dau_tu_cong.txt: C101 'Trung Quốc'",
    "02_chinh_phu_dau_tu_cong.txt: C106 'Longcheng'",
    "02_chinh_phu_dau_tu_cong.txt: L101 'bottleneck'",
    "03_xet_xu_tham_nhung.txt: L101 'kickback'",
}
# Round 16 (domestic16): C101 reads 'Quốc hội Trung Quốc khóa XV' (the Vietnamese term of 2025) and 'vốn đầu tư công
# của Trung Quốc' (a story about Việt Nam's own state) as Việt Nam, and N103 knows the National Assembly's Vice Chairs
# ('Nguyễn Khắc Đính'): 49 of 53 found, all with the accepted fix. The 4 left:
ROUND16_MISSES = {
    "01_quoc_hoi_ky_hop.txt: L101 'deadline'",
    "02_chinh_phu_dau_tu_cong.txt: C106 'Longcheng'",
    "02_chinh_phu_dau_tu_cong.txt: L101 'bottleneck'",
    "03_xet_xu_tham_nhung.txt: L101 'kickback'",
}
# Round 17 (misses17): C106 reads 'sân bay quốc tế Longcheng' by its shape (run-together pinyin in a place's slot in an
# article with other places in pinyin; no fix: 龙城 is also a Chinese district): 50 of 53, 49 with the fix.
ROUND17_MISSES = ROUND16_MISSES - {"02_chinh_phu_dau_tu_cong.txt: C106 'Longcheng'"}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 40 of 53 found, 40 with the accepted fix; after this branch's fixes 46 and 46; after round 16's 49."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 53
    assert found >= 50 and fixed >= 49
    assert set(missed) <= ROUND17_MISSES <= ROUND16_MISSES <= AFTER_MISSES <= BLIND_MISSES, sorted(
        set(missed) - ROUND17_MISSES
    )


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """Blind: every line read as annotated, chrome and article."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], (path.name, score.chrome_as_article)
