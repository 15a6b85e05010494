"""The forty-third adversary held-out set (tests/data/adversary43): plain-text news pages machine-translated
through Chinese on partners and topics no earlier set used (Fiji's Prime Minister in Hà Nội, the WTO's MC14 in
Yaoundé, DP World at Cái Mép, a Vietnamese satellite launched from New Zealand) and one human-written peacekeeping
story (Abyei) that must stay quiet, each with the page chrome around it, every line annotated chrome or article.
Written and annotated before the tool ran on it; the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary43"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at c119f9c; main at abc1d8a): 51 of 70 found, 48 with the accepted fix; these 19 were missed.
BLIND_MISSES = {
    "01_fiji_hoi_dam.txt: N108 'Lanbuka'",
    "01_fiji_hoi_dam.txt: N104 'Sitiveni'",
    "01_fiji_hoi_dam.txt: C106 'Suwa'",
    "01_fiji_hoi_dam.txt: T201 'Phi-gi'",
    "01_fiji_hoi_dam.txt: F106 'sau'",
    "02_wto_mc14_cameroon.txt: C106 'Yawende'",
    "02_wto_mc14_cameroon.txt: N103 'Joe Biden'",
    "02_wto_mc14_cameroon.txt: C108 'Ấn Độ'",
    "02_wto_mc14_cameroon.txt: F106 'đoàn'",
    "03_dp_world_cai_mep.txt: C107 'Địch Bái Hoàn Cầu'",
    "03_dp_world_cai_mep.txt: C106 'Dibai'",
    "03_dp_world_cai_mep.txt: C106 'Gaimei'",
    "03_dp_world_cai_mep.txt: N102 'Sultan·Ahmed·bin·Sulayem'",
    "03_dp_world_cai_mep.txt: N108 'Muhanmode'",
    "03_dp_world_cai_mep.txt: C106 'Toudun'",
    "04_ve_tinh_new_zealand.txt: C107 'Hỏa Tiễn Thực Nghiệm Thất'",
    "04_ve_tinh_new_zealand.txt: C106 'Maxiya'",
    "04_ve_tinh_new_zealand.txt: N108 'Beike'",
    "04_ve_tinh_new_zealand.txt: N102 'Linh Mộc Kiện Nhất'",
}
# After this branch's fixes (README): Fiji's Prime Minister in people.tsv (N108 'Lanbuka', N104 'Sitiveni'), C106
# reads a place opening the dateline or after 'trung tâm' ('Yawende', 'Dibai', 'Toudun'), N102 joins parts across
# Arabic particles ('Sultan·Ahmed·bin·Sulayem') and reads Japanese family names in Hán-Việt ('Linh Mộc Kiện Nhất');
# 58 of 70 found, 54 with the accepted fix. The 12 left:
AFTER_MISSES = {
    "01_fiji_hoi_dam.txt: C106 'Suwa'",
    "01_fiji_hoi_dam.txt: T201 'Phi-gi'",
    "01_fiji_hoi_dam.txt: F106 'sau'",
    "02_wto_mc14_cameroon.txt: N103 'Joe Biden'",
    "02_wto_mc14_cameroon.txt: C108 'Ấn Độ'",
    "02_wto_mc14_cameroon.txt: F106 'đoàn'",
    "03_dp_world_cai_mep.txt: C107 'Địch Bái Hoàn Cầu'",
    "03_dp_world_cai_mep.txt: C106 'Gaimei'",
    "03_dp_world_cai_mep.txt: N108 'Muhanmode'",
    "04_ve_tinh_new_zealand.txt: C107 'Hỏa Tiễn Thực Nghiệm Thất'",
    "04_ve_tinh_new_zealand.txt: C106 'Maxiya'",
    "04_ve_tinh_new_zealand.txt: N108 'Beike'",
}
# Round 17 (misses17): C106 reads 'khu vực Gaimei' and 'bán đảo Maxiya' by their shape (run-together pinyin in a
# place's slot in an article with other places in pinyin, no fix), T201 'Phi-gi' spelled out beside 'Fiji': 61 of 70,
# 55 with the accepted fix.
ROUND17_MISSES = AFTER_MISSES - {
    "01_fiji_hoi_dam.txt: T201 'Phi-gi'",
    "03_dp_world_cai_mep.txt: C106 'Gaimei'",
    "04_ve_tinh_new_zealand.txt: C106 'Maxiya'",
}
# Blind, the findings outside the planted pairs: F106 spans two words where the annotation has one ('sau đó', 'đoàn
# Việt'); N103 is right that Nguyễn Hồng Diên had left the Ministry of Industry and Trade before March 2026 (the
# author's slip); N102 took only 'Sultan·Ahmed' of the four-part name (fixed: the whole name now).
BLIND_EXTRAS = {
    ("01_fiji_hoi_dam.txt", "F106", "sau đó"),
    ("02_wto_mc14_cameroon.txt", "N103", "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên"),
    ("02_wto_mc14_cameroon.txt", "F106", "đoàn Việt"),
    ("03_dp_world_cai_mep.txt", "N102", "Sultan·Ahmed"),
}
AFTER_EXTRAS = BLIND_EXTRAS - {("03_dp_world_cai_mep.txt", "N102", "Sultan·Ahmed")}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 51 of 70 found, 48 with the accepted fix; after this branch's fixes 58 and 54."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 61 and fixed >= 55
    assert set(missed) <= ROUND17_MISSES <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - ROUND17_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: every line read as annotated (chrome as chrome, the article whole)."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], (path.name, score.chrome_as_article)
