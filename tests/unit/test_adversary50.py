"""The fiftieth adversary held-out set (tests/data/adversary50): plain-text news pages machine-translated through
Chinese on Việt Nam's Southeast-Asian partners (Timor-Leste's Prime Minister in Hà Nội, a border fair with Laos at
Lao Bảo, the SEA Games final against Thailand, rice exports to the Philippines) and one human-written border health
story with Cambodia that must stay quiet, each with the page chrome around it, every line annotated chrome or
article. Written and annotated before the tool ran on it; the blind figures are the floor; README says what was
missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary50"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at a2d5871; main at 9b9c092): 52 of 67 found, 46 with the accepted fix; these 15 were missed.
BLIND_MISSES = {
    "01_timor_leste_hoi_dam.txt: N108 'Xianana Gusimang'",
    "01_timor_leste_hoi_dam.txt: C107 'Đông Nam Á Quốc gia Liên minh'",
    "01_timor_leste_hoi_dam.txt: C103 'Đông phương'",
    "01_timor_leste_hoi_dam.txt: C102 'Việt-Đông'",
    "01_timor_leste_hoi_dam.txt: F106 'và hiện'",
    "01_timor_leste_hoi_dam.txt: C108 'Papua New Guinea'",
    "02_lao_bao_hoi_cho.txt: L101 'single window'",
    "02_lao_bao_hoi_cho.txt: C101 'Trung Quốc'",
    "02_lao_bao_hoi_cho.txt: T305 '21 tháng 11'",
    "03_sea_games_chung_ket.txt: C103 'Thái phương'",
    "03_sea_games_chung_ket.txt: N103 'Thủ tướng Thái Lan Paetongtarn Shinawatra'",
    "03_sea_games_chung_ket.txt: T101 'Nguyễn Đình Bác'",
    "04_gao_philippines.txt: T201 'Phi-líp-pin'",
    "04_gao_philippines.txt: N108 'Huang Xuncai'",
    "04_gao_philippines.txt: C108 'Sri Lanka'",
}
# After this branch's fixes (README): 60 of 67 found, 54 with the accepted fix. The F106 annotation's context crossed
# the sentence split (corrected: the tool had found the cut sentence blind). The 7 left:
AFTER_MISSES = {
    "01_timor_leste_hoi_dam.txt: C103 'Đông phương'",
    "01_timor_leste_hoi_dam.txt: C102 'Việt-Đông'",
    "02_lao_bao_hoi_cho.txt: L101 'single window'",
    "02_lao_bao_hoi_cho.txt: C101 'Trung Quốc'",
    "02_lao_bao_hoi_cho.txt: T305 '21 tháng 11'",
    "03_sea_games_chung_ket.txt: T101 'Nguyễn Đình Bác'",
    "04_gao_philippines.txt: C108 'Sri Lanka'",
}
# Blind, the findings outside the planted pairs: N108 took only 'Gusimang' of 'Xianana Gusimang'; T305 marks the
# later form of 21/11 where the annotation marks the earlier (a convention); N101 read Lawrence Wong's Chinese name
# as a Vietnamese one ('Huỳnh Huấn Tài').
BLIND_EXTRAS = {
    ("01_timor_leste_hoi_dam.txt", "N108", "Gusimang"),
    ("02_lao_bao_hoi_cho.txt", "T305", "21/11"),
    ("04_gao_philippines.txt", "N101", "Huang Xuncai"),
}
AFTER_EXTRAS = {("02_lao_bao_hoi_cho.txt", "T305", "21/11")}
# Blind, chrome read as article: the clean page's masthead and tagline, the sports page's comment-count line.
BLIND_CHROME_AS_ARTICLE = {
    "01_y_te_tay_ninh_svay_rieng.txt": [
        "SỨC KHỎE BIÊN GIỚI",
        "Trang thông tin của Hội Y tế cộng đồng vùng Đông Nam Bộ",
    ],
    "03_sea_games_chung_ket.txt": ["0 bình luận | Theo dõi Thể thao 24/7 trên Google News"],
}
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 52 of 67 found, 46 with the accepted fix; after this branch's fixes 60 and 54."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 67
    assert found >= 60 and fixed >= 54
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; three chrome lines read as article (above); after the fixes none."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))
