"""The forty-sixth adversary held-out set (tests/data/adversary46): plain-text news pages machine-translated
through Chinese on beats no earlier set used (a Ministry of Health – WHO conference on tuberculosis, a Mekong side
event at COP31 in Antalya, Hungarian scholarships and a VNU – ELTE memorandum, a medical research prize in Toronto)
and one human-written page from a university's portal that must stay quiet, each with the page chrome around it,
every line annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are the
floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary46"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 3f4b112; main at c7dfe5d): 48 of 70 found, 43 with the accepted fix; these 22 were missed.
BLIND_MISSES = {
    "01_who_benh_lao.txt: C107 'Thế Vệ'",
    "01_who_benh_lao.txt: T101 'Hoàng Thị Phương'",
    "01_who_benh_lao.txt: F106 'cao'",
    "01_who_benh_lao.txt: C101 'Trung Quốc'",
    "01_who_benh_lao.txt: N109 'Jin Minzhu'",
    "02_cop31_antalya.txt: C106 'Jiulong'",
    "02_cop31_antalya.txt: C106 'Antaliya'",
    "02_cop31_antalya.txt: C104 'Mi Công'",
    "02_cop31_antalya.txt: C108 'Trung Quốc'",
    "02_cop31_antalya.txt: C103 'phía Giản'",
    "02_cop31_antalya.txt: N108 'Baoen'",
    "02_cop31_antalya.txt: C107 'Á Châu Khai Phát'",
    "03_hoc_bong_hungary.txt: N108 'Xiyaerduo'",
    "03_hoc_bong_hungary.txt: C107 'La Lan'",
    "03_hoc_bong_hungary.txt: N101 'Li Jun'",
    "03_hoc_bong_hungary.txt: F106 'tại'",
    "04_giai_thuong_gairdner.txt: C106 'Baxi'",
    "04_giai_thuong_gairdner.txt: C107 'Ngưu Tân'",
    "04_giai_thuong_gairdner.txt: C105 'Brazilian'",
    "04_giai_thuong_gairdner.txt: T101 'Trần Thị Thu Hằng'",
    "04_giai_thuong_gairdner.txt: F107 'với'",
    "04_giai_thuong_gairdner.txt: F106 'nhiều'",
}
# After this branch's fixes (README): WHO and four universities in organisations.tsv (C107, 'Đại học' an organisation
# word), Antalya and Bursa in the city tables (C106), a country's short pinyin or English adjective between a
# person's occupation and a name (C106 'Baxi', C105 'Brazilian'), 'Theo bà X, …' citing back a titled name (T101),
# the Mekong River Commission's members (C108), Hungary's foreign minister and Australia's climate minister (N108),
# a Korean name after a Korean body's bracketed acronym (N109); 59 of 70 found, 54 with the accepted fix. The 11 left:
AFTER_MISSES = {
    "01_who_benh_lao.txt: F106 'cao'",
    "01_who_benh_lao.txt: C101 'Trung Quốc'",
    "02_cop31_antalya.txt: C106 'Jiulong'",
    "02_cop31_antalya.txt: C104 'Mi Công'",
    "02_cop31_antalya.txt: C103 'phía Giản'",
    "02_cop31_antalya.txt: C107 'Á Châu Khai Phát'",
    "03_hoc_bong_hungary.txt: N101 'Li Jun'",
    "03_hoc_bong_hungary.txt: F106 'tại'",
    "04_giai_thuong_gairdner.txt: T101 'Trần Thị Thu Hằng'",
    "04_giai_thuong_gairdner.txt: F107 'với'",
    "04_giai_thuong_gairdner.txt: F106 'nhiều'",
}
# Round 18 (misses18): the ADB by its Chinese name's first part in Hán-Việt ('Á Châu Khai Phát', organisations.tsv);
# 60 of 70 found, 55 with the accepted fix.
AFTER_MISSES_18 = AFTER_MISSES - {"02_cop31_antalya.txt: C107 'Á Châu Khai Phát'"}
# Blind, the findings outside the planted pairs: F106 and F107 span two words where the annotation has one ('cao
# hơn', 'tại đây', 'nhiều người', 'cùng với': the same cut sentences, an annotation convention); N101 reads the Korean
# expert 'Jin Minzhu' as a Vietnamese name in pinyin (the annotation has N109).
BLIND_EXTRAS = {
    ("01_who_benh_lao.txt", "F106", "cao hơn"),
    ("01_who_benh_lao.txt", "N101", "Jin Minzhu"),
    ("03_hoc_bong_hungary.txt", "F106", "tại đây"),
    ("04_giai_thuong_gairdner.txt", "F107", "cùng với"),
    ("04_giai_thuong_gairdner.txt", "F106", "nhiều người"),
}
AFTER_EXTRAS = BLIND_EXTRAS - {("01_who_benh_lao.txt", "N101", "Jin Minzhu")}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 48 of 70 found, 43 with the accepted fix; after this branch's fixes 59 and 54; after round 18's
    misses18 60 and 55."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 60 and fixed >= 55
    assert set(missed) <= AFTER_MISSES_18 <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES_18)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: every line read as annotated (chrome as chrome, the article whole)."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], (path.name, score.chrome_as_article)
