"""The sixtieth adversary held-out set (tests/data/adversary60), round 18's closing blind measurement: plain-text
news pages machine-translated through Chinese on mixed beats (the Prime Minister's talks in Ottawa, Việt Nam's aid
after Pakistan's floods, a TP.HCM trade fair with Chile, Sri Lanka and Bangladesh, scholarships with New Zealand)
and one human-written Đà Nẵng investment page that must stay quiet, each with the page chrome around it, every line
annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are the floor;
README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary60"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 500f824; main at 3aee802): 54 of 70 found, 51 with the accepted fix; with two F106 contexts and
# N107's span corrected after the run (a0f3497: no text changed), 56 and 53. These 14 were missed:
BLIND_MISSES = {
    "01_thu_tuong_tham_canada.txt: N108 'Kani'",
    "01_thu_tuong_tham_canada.txt: C107 'Đông Minh'",
    "01_thu_tuong_tham_canada.txt: C101 'Trung Quốc'",
    "01_thu_tuong_tham_canada.txt: T307 '27 vạn'",
    "02_lu_lut_pakistan.txt: N104 'Ishaq'",
    "02_lu_lut_pakistan.txt: C107 'Thế giới Ngân hàng'",
    "02_lu_lut_pakistan.txt: C107 'Á Đầu Hành'",
    "03_hoi_cho_tp_hcm.txt: C106 'Huzhiming'",
    "03_hoi_cho_tp_hcm.txt: C106 'Trí Lợi'",
    "03_hoi_cho_tp_hcm.txt: C101 'Trung Quốc'",
    "03_hoi_cho_tp_hcm.txt: N103 'Nguyễn Văn Đước'",
    "03_hoi_cho_tp_hcm.txt: L101 'Latin America'",
    "04_hoc_bong_new_zealand.txt: N108 'Lakesen'",
    "04_hoc_bong_new_zealand.txt: N107 'New Zealand'",
}
# After this branch's fixes (README): 59 of 70 found, 54 with the accepted fix (C107 suggests the banks' names with
# their acronyms in brackets, 'Ngân hàng Thế giới (WB)', which the annotations did not list).
AFTER_MISSES = BLIND_MISSES - {
    "01_thu_tuong_tham_canada.txt: N108 'Kani'",
    "02_lu_lut_pakistan.txt: C107 'Thế giới Ngân hàng'",
    "02_lu_lut_pakistan.txt: C107 'Á Đầu Hành'",
}
# Round 19 (misses19): Ishaq Dar, TP.HCM's chairman and Luxon's second Chinese name (拉克森) in the tables, a minister's
# portfolio before the country (N107), China's exports inside the pair's trade figure (C101): 65 of 70, 60 fixed.
# Round 24 (misses28): 'Trí Lợi' (智利 in Hán-Việt) annotated C106 is C104's, which reads it now (annotation corrected;
# the blind miss was under C106): 66 of 70, 61 fixed.
AFTER_MISSES = AFTER_MISSES - {
    "01_thu_tuong_tham_canada.txt: C101 'Trung Quốc'",
    "02_lu_lut_pakistan.txt: N104 'Ishaq'",
    "03_hoi_cho_tp_hcm.txt: C101 'Trung Quốc'",
    "03_hoi_cho_tp_hcm.txt: N103 'Nguyễn Văn Đước'",
    "04_hoc_bong_new_zealand.txt: N108 'Lakesen'",
    "04_hoc_bong_new_zealand.txt: N107 'New Zealand'",
}
# Outside the planted pairs: 'Xinde' (信德 Sindh) read as a name as well as a place, and C105 took 'Latin America'
# (with the fix 'Mỹ Latinh') where the annotation says L101.
BLIND_EXTRAS = {("02_lu_lut_pakistan.txt", "N108", "Xinde"), ("03_hoi_cho_tp_hcm.txt", "C105", "Latin America")}
AFTER_EXTRAS = BLIND_EXTRAS
# Chrome read as article, blind: two mastheads in capitals.
BLIND_CHROME_AS_ARTICLE = {
    "02_lu_lut_pakistan.txt": ["TIN TỨC 24H — Cập nhật liên tục"],
    "04_hoc_bong_new_zealand.txt": ["CỔNG TIN GIÁO DỤC – ĐÀO TẠO"],
}
AFTER_CHROME_AS_ARTICLE = BLIND_CHROME_AS_ARTICLE


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 54 of 70 found, 51 with the accepted fix (56 and 53 with the corrected annotations); after, 59 and 54;
    after round 19's fixes 65 and 60."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 66 and fixed >= 61
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; two mastheads read as article."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name


def test_family_name_alone_after_title_and_country_even_if_a_rare_english_word(tmp_path: Path) -> None:
    """N108: a holder's family name in pinyin that is also a rare English word (Zipf under 3) counts right after a
    title and the country's name. Tried on names not in the set: 'Saida' 赛塔 (Srettha Thavisin), 'Heli' 赫里 (José
    Jerí); a given name before a family name, an honorific alone and a title without a country stay quiet."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Năm 2024, Thủ tướng Thái Lan Saida tiếp đoàn doanh nghiệp Việt Nam tại Bangkok.\n"
        "Tổng thống Peru Heli tuyên bố tình trạng khẩn cấp ở thủ đô Lima.\n"
        "Bộ trưởng Phần Lan Heli Jarvinen phát biểu tại hội nghị.\n"
        "Ông Kani, một kỹ sư người Nhật, cho biết dự án sẽ hoàn thành vào năm sau.\n",
        encoding="utf-8",
    )
    found = [(f.rule, f.text, f.suggestion) for _, f in findings_of(page) if f.rule == "N108"]
    assert found == [("N108", "Saida", "Srettha Thavisin"), ("N108", "Heli", "José Jerí")]


def test_world_bank_in_chinese_order_and_aiib_short_form(tmp_path: Path) -> None:
    """C107: 世界银行 read in Chinese word order and 亚投行 in Hán-Việt, on sentences not in the set (Indonesia's
    growth, a Bangladeshi railway loan); the banks' Vietnamese names and lowercase 'thế giới' before a capitalised
    bank stay quiet."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Theo báo cáo mới công bố, Thế giới Ngân hàng dự báo kinh tế Indonesia tăng 5% năm nay.\n"
        "Dự án đường sắt ở Bangladesh được Á Đầu Hành cho vay 300 triệu USD.\n"
        "Ngân hàng Thế giới và Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB) đồng tài trợ dự án.\n"
        "Là nền kinh tế lớn thứ hai thế giới Ngân hàng Nhân dân Trung Quốc giữ nguyên lãi suất.\n",
        encoding="utf-8",
    )
    found = [(f.rule, f.text, f.suggestion) for _, f in findings_of(page) if f.rule == "C107"]
    assert found == [
        ("C107", "Thế giới Ngân hàng", "Ngân hàng Thế giới (WB)"),
        ("C107", "Á Đầu Hành", "Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB)"),
    ]
