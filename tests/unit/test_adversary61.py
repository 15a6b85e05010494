"""The sixty-first adversary held-out set (tests/data/adversary61), the session's final blind measurement: plain-text
news pages machine-translated through Chinese on beats no set centred on (the President's state visit to Finland,
the ASEAN – GCC summit in Kuala Lumpur, labour export to Korea, a SEA Games football final in Bangkok) and one
human-written UNESCO heritage page that must stay quiet, each with the page chrome around it, every line annotated
chrome or article. Written and annotated before the tool ran on it; the blind figures are the floor; README says
what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary61"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 3c6afdd; main at 9f7ad5e): 59 of 70 found, 59 with the accepted fix; with F107's span on 'trong
# đó có.' corrected after the run (3e16b22: no text changed), 60 and 60. These 10 were missed:
BLIND_MISSES = {
    "01_chu_tich_nuoc_tham_phan_lan.txt: C103 'Phân phương'",
    "01_chu_tich_nuoc_tham_phan_lan.txt: C106 'Tanpeilei'",
    "01_chu_tich_nuoc_tham_phan_lan.txt: N107 'Thụy Điển'",
    "02_cap_cao_asean_gcc.txt: C106 'Shate'",
    "02_cap_cao_asean_gcc.txt: N104 'Mohammed'",
    "02_cap_cao_asean_gcc.txt: C106 'A Liên Tù'",
    "03_lao_dong_han_quoc.txt: C101 'Trung Quốc'",
    "03_lao_dong_han_quoc.txt: N107 'Nhật Bản'",
    "03_lao_dong_han_quoc.txt: C106 'Gaoxiong'",
    "04_chung_ket_sea_games.txt: T101 'Nguyễn Đinh Bắc'",
}
# After this branch's fixes (README): 62 of 70 found, 62 with the accepted fix.
AFTER_MISSES = BLIND_MISSES - {
    "02_cap_cao_asean_gcc.txt: C106 'Shate'",
    "03_lao_dong_han_quoc.txt: N107 'Nhật Bản'",
}
# Round 19 (misses19): Elina Valtonen in the tables (N107), the press's 'Đài Loan (Trung Quốc)' no longer keeps the
# relation frame quiet (C101), a marked name one mark off the sure reading of a pinyin name ('Nguyễn Đinh Bắc' beside
# 'Ruan Tingbei', T101): 65 of 70, 65 with the accepted fix.
AFTER_MISSES = AFTER_MISSES - {
    "01_chu_tich_nuoc_tham_phan_lan.txt: N107 'Thụy Điển'",
    "03_lao_dong_han_quoc.txt: C101 'Trung Quốc'",
    "04_chung_ket_sea_games.txt: T101 'Nguyễn Đinh Bắc'",
}
# Outside the planted pairs: C104 took 'A Liên Tù' (阿联酋, the UAE) where the annotation says C106, and T305 set
# the dateline's '10/12/2025' against the date bar, read as article ('ngày 10 tháng 12 năm 2025').
BLIND_EXTRAS = {("02_cap_cao_asean_gcc.txt", "C104", "A Liên Tù"), ("03_lao_dong_han_quoc.txt", "T305", "10/12/2025")}
AFTER_EXTRAS = BLIND_EXTRAS
# Chrome read as article, blind: the labour paper's masthead in capitals and the date bar under it.
BLIND_CHROME_AS_ARTICLE = {
    "03_lao_dong_han_quoc.txt": ["BÁO LAO ĐỘNG VIỆC LÀM", "Thứ Tư, ngày 10 tháng 12 năm 2025"],
}
AFTER_CHROME_AS_ARTICLE = BLIND_CHROME_AS_ARTICLE


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 59 of 70 found, 59 with the accepted fix (60 and 60 with the corrected annotation); after, 62 and 62;
    after round 19's fixes 65 and 65."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 65 and fixed >= 65
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; one masthead and its date bar read as article."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name


def test_holder_after_a_bare_title_and_a_country_without_that_office(tmp_path: Path) -> None:
    """N107: a title the country has no such office for ('Thủ tướng Mỹ': the US has no prime minister) leaves the
    country in the name's run; the holder after it is still read. Tried on people not in the set (Anthony
    Albanese, Keir Starmer); the holder's own country after the bare title ('Tổng thống Anh Keir Starmer') and a
    title that is no office of the named country but names the holder's own ('Chủ tịch Hàn Quốc Lee Jae-myung')
    stay quiet."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Thủ tướng Mỹ Anthony Albanese phát biểu tại diễn đàn kinh tế ở Sydney.\n"
        "Trước đó, Thủ tướng Mỹ Keir Starmer đã điện đàm với các nhà lãnh đạo châu Âu.\n"
        "Tổng thống Anh Keir Starmer cũng có mặt tại London.\n"
        "Chủ tịch Hàn Quốc Lee Jae-myung tiếp đoàn doanh nghiệp Việt Nam.\n",
        encoding="utf-8",
    )
    found = [(f.rule, f.text, f.suggestion) for _, f in findings_of(page) if f.rule == "N107"]
    assert found == [("N107", "Mỹ", "Australia"), ("N107", "Mỹ", "Vương quốc Anh")]


def test_crown_prince_is_a_title_before_a_country_in_pinyin(tmp_path: Path) -> None:
    """C106: 'Thái tử' (crown prince) is an office title, like 'Hoàng tử', so a country's pinyin after it and
    before a name counts. Tried on other countries and names than the set's ('Riben' 日本 before Naruhito,
    'Yuedan' 约旦 before Hussein); the country written right stays quiet."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Năm 2009, Thái tử Riben Naruhito thăm chính thức Việt Nam.\n"
        "Thái tử Yuedan Hussein dự lễ khai mạc hội chợ.\n"
        "Thái tử Ả Rập Xê Út Mohammed bin Salman tiếp đoàn doanh nghiệp.\n",
        encoding="utf-8",
    )
    found = [(f.rule, f.text, f.suggestion) for _, f in findings_of(page) if f.rule == "C106"]
    assert found == [("C106", "Riben", "Nhật Bản"), ("C106", "Yuedan", "Jordan")]
