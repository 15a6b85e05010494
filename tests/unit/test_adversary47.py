"""The forty-seventh adversary held-out set (tests/data/adversary47): Party and state news pages
machine-translated through Chinese (a Politburo meeting with the October 2025 Government reshuffle, the first
congress of the merged Gia Lai province, the President receiving new ambassadors) and one human-written
Party-badge ceremony that must stay quiet, each with the page chrome around it, every line annotated chrome or
article. Written and annotated before the tool ran on it; the blind figures are the floor; README says what was
missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary47"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at b5b4f2e; main at c7dfe5d): 39 of 55 found, 38 with the accepted fix; these 16 were missed (the
# two C101 of the ambassadors page fall under one key).
BLIND_MISSES = {
    "01_bo_chinh_tri_nhan_su.txt: N105 'Cục Chính trị'",
    "01_bo_chinh_tri_nhan_su.txt: N105 'Xứ Thư ký'",
    "01_bo_chinh_tri_nhan_su.txt: L101 'reshuffle'",
    "01_bo_chinh_tri_nhan_su.txt: N105 'Phó Bộ trưởng'",
    "01_bo_chinh_tri_nhan_su.txt: F106 'nhất là'",
    "02_dai_hoi_dang_bo_gia_lai.txt: C106 'Guiren'",
    "02_dai_hoi_dang_bo_gia_lai.txt: N103 'Trần Thanh Mạnh'",
    "02_dai_hoi_dang_bo_gia_lai.txt: N105 'Bộ Tổ chức Trung ương'",
    "02_dai_hoi_dang_bo_gia_lai.txt: C101 'Trung Quốc'",
    "02_dai_hoi_dang_bo_gia_lai.txt: N105 'Tỉnh trưởng'",
    "02_dai_hoi_dang_bo_gia_lai.txt: C106 'Bolaigu'",
    "03_dai_su_trinh_quoc_thu.txt: N105 'Quốc gia Chủ tịch'",
    "03_dai_su_trinh_quoc_thu.txt: N103 'Bùi Thanh Sơn'",
    "03_dai_su_trinh_quoc_thu.txt: C101 'Trung Quốc'",
    "03_dai_su_trinh_quoc_thu.txt: F106 'và chuyển'",
}
# After the blind run three annotations were corrected (README): the two F106 contexts crossed the sentence break,
# N103 spans the former minister's title with his name, '2.300 ức' is 230 tỷ. These three count as found then.
ANNOTATION_FIXES = {
    "01_bo_chinh_tri_nhan_su.txt: F106 'nhất là'",
    "03_dai_su_trinh_quoc_thu.txt: N103 'Bùi Thanh Sơn'",
    "03_dai_su_trinh_quoc_thu.txt: F106 'và chuyển'",
}
# After this branch's fixes (README): N105's Party and state organs in China's words and 'Tỉnh trưởng' before a pinyin
# name the story writes in Vietnamese, N103's sole holder in apposition, C106's former cities now wards, C101's 'one
# of the 34 provinces of Trung Quốc': 51 of 55 found, 50 with the accepted fix. The 4 left (the two C101 of the
# ambassadors page under one key); 'Trần Cẩm Tứ' is found by N103 instead (a near-miss of the Standing Member of the
# Secretariat, with his title after the name).
FOUND_BY_N103 = "01_bo_chinh_tri_nhan_su.txt: T101 'Trần Cẩm Tứ'"
AFTER_MISSES = {
    "01_bo_chinh_tri_nhan_su.txt: L101 'reshuffle'",
    FOUND_BY_N103,
    "03_dai_su_trinh_quoc_thu.txt: C101 'Trung Quốc'",
}
# Round 18 (misses18): China named only in the two slips of the ambassadors' story no longer counts as a topic
# country, and a bare 'Chủ tịch nước' is a Vietnamese speaker (C101): both found; 53 of 55, 52 with the fix.
AFTER_MISSES_18 = AFTER_MISSES - {"03_dai_su_trinh_quoc_thu.txt: C101 'Trung Quốc'"}
# Blind: N103 spans the title with the former minister's name (planted since) and N101 read the Korean's second
# mention as Hán-Việt (N109's since the fixes); after the fixes N103 finds the planted T101 'Trần Cẩm Tứ'.
UNPLANTED = [("01_bo_chinh_tri_nhan_su.txt", "N103", "Trần Cẩm Tứ")]
# Blind: one chrome line read as article (a series label above the headline).
BLIND_CHROME_AS_ARTICLE = {"02_dai_hoi_dang_bo_gia_lai.txt": ["Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030"]}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 39 of 55 found, 38 with the accepted fix; with the three annotations corrected 42 and 41; after this
    branch's fixes 51 and 50 (N103 finds 'Bộ trưởng Ngoại giao Bùi Thanh Sơn' without a fix); after round 18's
    misses18 53 and 52."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 55
    assert found >= 53 and fixed >= 52
    assert set(missed) <= AFTER_MISSES_18 <= AFTER_MISSES <= BLIND_MISSES | {FOUND_BY_N103}, sorted(
        set(missed) - AFTER_MISSES_18
    )


def test_no_finding_outside_planted_spans() -> None:
    assert unplanted_findings(MT) == UNPLANTED


def test_page_chrome_read_right() -> None:
    """Blind: every article line read as article, one chrome line read as article."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == BLIND_CHROME_AS_ARTICLE.get(path.name, []), (path.name, score)
