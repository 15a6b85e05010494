"""The thirty-fourth adversary held-out set (tests/data/adversary34): plain-text news pages as people copy them,
like /work/shared/corpus — a Czech President's state visit, floods in Quảng Ngãi and a container-berth deal at
Lạch Huyện machine-translated through Chinese, and two human-written stories (a Lai Châu tea cooperative, a
marathon in Huế) that must stay quiet — each with the page chrome around it, every line annotated chrome or
article. Written and annotated before the tool ran on it; the blind figures are the floor; README says what was
missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line, classify_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary34"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at d3c188b; main at 6f7786b): 55 of 69 found, 55 with the accepted fix; these 14 were missed.
BLIND_MISSES = {
    "01_tong_thong_sec.txt: N108 'Bide Paweier'",
    "01_tong_thong_sec.txt: C101 'Trung Quốc'",
    "01_tong_thong_sec.txt: T101 'Petr Pavl'",
    "01_tong_thong_sec.txt: C105 'Czech'",
    "02_lu_quang_ngai.txt: C101 'Trung Quốc'",
    "02_lu_quang_ngai.txt: C106 'Chaqu'",
    "03_cang_hai_phong.txt: C107 'Mashiji'",
    "03_cang_hai_phong.txt: N103 'Trần Hồng Mạnh'",
    "03_cang_hai_phong.txt: L101 'transshipment hub'",
    "03_cang_hai_phong.txt: C101 'Trung Quốc'",
    "03_cang_hai_phong.txt: N108 'Meite Fuleizeliksen'",
    "03_cang_hai_phong.txt: C105 'Denmark'",
    "03_cang_hai_phong.txt: T305 '30 tháng 6 năm 2026'",
}
# (C107 'Mashiji' is planted twice: 14 misses, 13 distinct.)
# Blind, six findings outside the planted pairs (README): the headline's N108 with the country's pinyin in its
# span, T201 on Czechia's long form and on 'Czech', L101 on one word of 'transshipment hub', C106 reading the pair
# 'Yue-Dan' as Jordan, T305 on the other form of the date.
BLIND_EXTRAS = {
    ("01_tong_thong_sec.txt", "N108", "Jieke Bide Paweier"),
    ("01_tong_thong_sec.txt", "T201", "Cộng hòa Séc"),
    ("01_tong_thong_sec.txt", "T201", "Czech"),
    ("03_cang_hai_phong.txt", "L101", "transshipment"),
    ("03_cang_hai_phong.txt", "C106", "Yue-Dan"),
    ("03_cang_hai_phong.txt", "T305", "30/6/2026"),
}
# Blind chrome: 15 chrome lines read as article (the sports site's menu and its masthead, a reporter's byline
# with 'Phóng viên' and no colon, the tea story's byline and tags under 'Từ khóa', 'Theo dõi trên Google News');
# no article line hidden.
BLIND_CHROME_AS_ARTICLE = 15


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_pages_get_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the two human stories."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 55 of 69 found, 55 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 69
    assert found >= 55 and fixed >= 55
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 61, 61
AFTER_FIX_MISSES = {
    "01_tong_thong_sec.txt: C101 'Trung Quốc'",
    "01_tong_thong_sec.txt: T101 'Petr Pavl'",
    "01_tong_thong_sec.txt: C105 'Czech'",
    "02_lu_quang_ngai.txt: C106 'Chaqu'",
    "03_cang_hai_phong.txt: N103 'Trần Hồng Mạnh'",
    "03_cang_hai_phong.txt: L101 'transshipment hub'",
    "03_cang_hai_phong.txt: N108 'Meite Fuleizeliksen'",
    "03_cang_hai_phong.txt: T305 '30 tháng 6 năm 2026'",
}
# 'Czech' beside 'Séc' is T201's (the project accepts 'Cộng hòa Czech' as Vietnamese: adversary4), the annotation's
# C105 aside; the other two are spans the annotation drew otherwise.
AFTER_FIX_EXTRAS = {
    ("01_tong_thong_sec.txt", "T201", "Czech"),
    ("03_cang_hai_phong.txt", "L101", "transshipment"),
    ("03_cang_hai_phong.txt", "T305", "30/6/2026"),
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 61 of 69 found, 61 with the accepted fix; outside the planted pairs only the three above."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    assert set(unplanted_findings(MT)) <= AFTER_FIX_EXTRAS


@pytest.mark.parametrize("path", CLEAN + MT, ids=lambda p: p.name)
def test_page_chrome_as_annotated_after_the_fixes(path: Path) -> None:
    """After the fixes every annotated line is read as annotated: chrome as boilerplate, no article line hidden."""
    score = score_lines(path)
    assert score.chrome_as_article == [] and score.article_as_chrome == []
    assert score.article_missing == [] and score.unplaced == []


# --- the fixes, on names, countries and pages outside the set (firing and quiet) ---------------------------


def _found(text: str, *rules: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=list(rules))]


def test_a_countrys_long_form_beside_its_short_name_is_one_spelling() -> None:
    """T201: 'Cộng hòa Séc' beside 'Séc' is Czechia's long form, no second spelling (the row listed it as a
    competing one); 'Czech' beside 'Séc' is still one ('Cộng hòa Czech' alone is accepted: adversary4)."""
    text = (
        "Việt Nam và Séc ký kết hiệp định\nThủ tướng Cộng hòa Séc tiếp đoàn.\nSéc và Việt Nam hợp tác.\n"
        "Đoàn sang Séc tuần tới.\nCác trường đại học của Séc nhận sinh viên Việt Nam."
    )
    assert _found(text, "T201") == []
    assert _found(text + "\nÔng khẳng định Czech luôn ủng hộ.", "T201") == [("T201", "Czech", "Séc")]


def test_a_pair_of_abbreviations_in_pinyin_is_no_country_spelled_joined() -> None:
    """C106/C102: 'Yue-Dan' (越丹) in a Việt Nam–Denmark story is the pair, not 'Yuedan' (约旦 Jordan); Jordan
    written joined in pinyin after a place word still fires (countries outside the set)."""
    assert _found("Việt Nam và Đan Mạch ký thỏa thuận\nQuan hệ Yue-Dan phát triển tốt.", "C102", "C106") == [
        ("C102", "Yue-Dan", "Việt Nam – Đan Mạch")
    ]
    assert _found("Đoàn công tác đã đến thủ đô Amman của Yuedan.", "C106") == [("C106", "Yuedan", "Jordan")]


def test_a_countrys_pinyin_stays_out_of_the_leaders_name() -> None:
    """N108: the country's pinyin before a leader's pinyin name is C106's, the name's span starts after it
    (leaders and countries outside the set)."""
    assert _found("Tổng thống Meiguo Telangpu tuyên bố áp thuế mới.", "N108", "C106") == [
        ("C106", "Meiguo", "Hoa Kỳ"),
        ("N108", "Telangpu", "Donald Trump"),
    ]
    assert _found("Tổng thống Philippines Fei Erdinan Makesi phát biểu.", "N108") == [
        ("N108", "Fei Erdinan Makesi", "Ferdinand Marcos Jr.")
    ]


def test_english_country_word_after_a_clause_mark_or_before_a_vietnamese_verb() -> None:
    """C105: 'USD; Norway hiện có' and 'Austria coi trọng' are English words left in Vietnamese (countries
    outside the set); English names ('Korean Air', 'Dutch Lady') stay quiet."""
    assert _found("Kim ngạch đạt 3 tỷ USD; Norway hiện có 40 dự án tại Việt Nam.", "C105") == [
        ("C105", "Norway", "Na Uy")
    ]
    assert _found("Bộ trưởng khẳng định Austria coi trọng hợp tác với Việt Nam.", "C105") == [("C105", "Austria", "Áo")]
    assert _found("Hãng Korean Air mở đường bay mới; sữa Dutch Lady giảm giá.", "C105") == []


@pytest.mark.parametrize(
    "line", ["Từ khóa", "Tags", "Thẻ", "Phóng viên Lê Minh Châu", "PV Hoàng Yến", "Theo dõi trên Google News"]
)
def test_new_chrome_lines(line: str) -> None:
    """Lines not in the set: a tag heading without its colon, a reporter's role before the name, a follow button."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Phóng viên Lê Minh Châu cho biết, nước lũ đã rút.",
        "Từ khóa của năm là chuyển đổi số.",
        "Theo dõi diễn biến trên mạng xã hội, nhiều người lo lắng.",
    ],
)
def test_article_lines_like_the_new_chrome_stay_content(line: str) -> None:
    assert classify_line(line)[0] is None


def test_a_long_menu_above_a_dated_headline_is_chrome() -> None:
    """A site's menu with no known item ('Bóng rổ', 'Cầu lông', …: a page outside the set) above the headline and
    its date line is navigation; a short list above the headline, or a long one without a date line, stays."""
    head = ["BÁO THỂ THAO NHANH", "Bóng rổ", "Cầu lông", "Quần vợt", "Xe đạp", "Cờ vua", "Võ thuật"]
    body = [
        "Đội tuyển cầu lông giành hai huy chương vàng",
        "Thứ Bảy, 21/11/2026 - 20:10",
        "Tối 21/11, đội tuyển cầu lông Việt Nam đã giành hai huy chương vàng tại giải châu Á ở Kuala Lumpur.",
    ]
    kinds = classify_lines(head + body)
    assert all(k is not None for k in kinds[: len(head)]) and kinds[len(head)] is None
    undated = classify_lines([*head, body[0], body[2]])
    assert all(k is None for k in undated[1 : len(head)])
    short = classify_lines(["Bóng rổ", "Cầu lông", "Quần vợt", *body])
    assert all(k is None for k in short[:3])


def test_whole_country_rank_in_a_story_datelined_in_a_vietnamese_province() -> None:
    """C101: 'cao nhất cả Trung Quốc' (全国) in a story datelined in a Vietnamese province that names China only
    so fires without a province before the rank (a province and a story outside the set); a Chinese province
    ranked in an undated story, and a story that names China otherwise, stay quiet."""
    assert _found(
        "Sơn La, 3/6/2026 – Mùa mận năm nay được giá.\nSản lượng mận ở vùng này cao nhất cả Trung Quốc.", "C101"
    ) == [("C101", "Trung Quốc", "Việt Nam")]
    assert _found("Doanh nghiệp Sơn La khảo sát thị trường.\nQuảng Đông có GDP cao nhất toàn Trung Quốc.", "C101") == []
    assert (
        _found(
            "Sơn La, 3/6/2026 – Mận được xuất sang Trung Quốc.\nSản lượng mận ở vùng này cao nhất cả Trung Quốc.",
            "C101",
        )
        == []
    )


def test_a_pair_left_in_pinyin_makes_the_article_pair_sure() -> None:
    """C101: 'Yue-Xiong' (越匈) in a Việt Nam–Hungary story that neither says 'hai nước' nor names Hungary in
    its title makes 'giữa Hungary và Trung Quốc' the 我国 slip; without the pinyin pair the pair is not sure (quiet)."""
    text = (
        "Nhà máy thiết bị y tế khánh thành tại Bình Dương\n"
        "Hungary là đối tác quan trọng; các nhà đầu tư Hungary tin tưởng Việt Nam.\n"
        "Dự án góp phần làm sâu sắc quan hệ đối tác giữa Hungary và Trung Quốc.\n"
        "Thương mại Yue-Xiong tăng 12%; Hungary có 50 dự án tại Việt Nam."
    )
    assert [(r, t) for r, t, _ in _found(text, "C101")] == [("C101", "Trung Quốc")]
    assert _found(text.replace("Thương mại Yue-Xiong tăng 12%; ", ""), "C101") == []


def test_container_lines_by_their_chinese_names() -> None:
    """C107: Hapag-Lloyd (赫伯罗特) in pinyin, Maersk (马士基) and CMA CGM (达飞) in Hán-Việt after a company word
    (sentences outside the set); a Chinese given name 'Dafei' and a person called 'Mã Sĩ Cơ' stay quiet."""
    assert _found("Hãng tàu Heboluote mở tuyến mới từ Cái Mép đi Hamburg.", "C107") == [
        ("C107", "Heboluote", "Hapag-Lloyd")
    ]
    assert _found("Tập đoàn Mã Sĩ Cơ khai trương kho lạnh ở Bình Dương.", "C107") == [("C107", "Mã Sĩ Cơ", "Maersk")]
    assert _found("Hãng tàu Đạt Phi nhận tàu mới.", "C107") == [("C107", "Đạt Phi", "CMA CGM")]
    assert _found("Ông Liu Dafei cho biết; anh Mã Sĩ Cơ là kỹ sư.", "C107") == []


def test_mt_recall_after_round_17() -> None:
    """Round 17 (misses17): C106 reads run-together pinyin in a place's slot, here a river's ('mực nước sông Chaqu',
    Trà Khúc), in an article with other places in pinyin, without a fix (test_misses17.py on other rivers, gates and
    stadiums): 63 of 69, 62 with the accepted fix (62 and 62 before it, one more than the README's after-fix row)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 63 and fixed >= 62
    assert "02_lu_quang_ngai.txt: C106 'Chaqu'" not in missed
