"""The fifty-third adversary held-out set (tests/data/adversary53): plain-text news pages machine-translated through
Chinese on Việt Nam's partners in Africa, the Middle East and Latin America (the Prime Minister's talks in Algiers,
a coffee and rice mission to Mexico and Argentina, labour export and halal food with Saudi Arabia and Qatar, a
futsal friendly in Tehran) and one human-written trade-promotion page on South Africa and Kenya that must stay quiet,
each with the page chrome around it, every line annotated chrome or article. Written and annotated before the tool
ran on it; the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary53"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 4cc82bb; main at 38576f4): 56 of 70 found, 50 with the accepted fix (52 once two equally right
# fixes, 'Ả Rập Xê Út' for 'Saudi Arabia', were accepted); these 14 were missed.
BLIND_MISSES = {
    "01_algeria_thu_tuong.txt: N103 'Thủ tướng Algeria Nadir Larbaoui'",
    "01_algeria_thu_tuong.txt: N108 'Teben'",
    "02_ca_phe_mexico_argentina.txt: C101 'Trung Quốc'",
    "02_ca_phe_mexico_argentina.txt: T101 'Nguyễn Văn Thình'",
    "02_ca_phe_mexico_argentina.txt: N103 'Tổng thống Argentina Alberto Fernández'",
    "02_ca_phe_mexico_argentina.txt: C107 'Thị trường Chung Nam phương'",
    "03_halal_lao_dong_vung_vinh.txt: N103 'Thủ tướng Qatar Khalid bin Khalifa Al Thani'",
    "03_halal_lao_dong_vung_vinh.txt: C108 'Iran'",
    "04_futsal_iran_tho_nhi_ky.txt: C107 'Á Túc liên'",
    "04_futsal_iran_tho_nhi_ky.txt: N108 'Zhusituoqi'",
    "04_futsal_iran_tho_nhi_ky.txt: T101 'Hồ Văn Y'",
    "04_futsal_iran_tho_nhi_ky.txt: C107 'Quốc tế Túc liên'",
    "04_futsal_iran_tho_nhi_ky.txt: N103 'Tổng thống Iran Ebrahim Raisi'",
    "04_futsal_iran_tho_nhi_ky.txt: F109 'Ma - rốc'",
}
# After this branch's fixes (README): 66 of 70 found, 58 with the accepted fix. The 4 left:
AFTER_MISSES = {
    "02_ca_phe_mexico_argentina.txt: C101 'Trung Quốc'",
    "02_ca_phe_mexico_argentina.txt: T101 'Nguyễn Văn Thình'",
    "04_futsal_iran_tho_nhi_ky.txt: T101 'Hồ Văn Y'",
    "04_futsal_iran_tho_nhi_ky.txt: F109 'Ma - rốc'",
}
# Blind, chrome read as article: the clean page's agency masthead and the tagline under it. (The four MT pages'
# bylines and the clean page's, annotated as article blind, are chrome as in the earlier sets: annotation corrected.)
BLIND_CHROME_AS_ARTICLE = {
    "01_dieu_nam_phi_ke_ni_a.txt": [
        "TRUNG TÂM XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI VÀ DU LỊCH TỈNH ĐỒNG NAI",
        "Cổng thông tin điện tử",
    ],
}
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 56 of 70 found, 50 with the accepted fix; after this branch's fixes 66 and 58."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 66 and fixed >= 58
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind and after: every finding on the MT pages is a planted (rule, span)."""
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; the clean page's masthead and tagline read as article; after the
    fixes every line as annotated."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))
