"""The tenth adversary held-out set (tests/data/adversary10): long documents (26–31 lines, like corpus/000)
with sparse errors, partly post-edited MT, people named many ways and legitimate third countries (a G20 guest
list, APEC economies, the Mekong–Lancang members). Human-written long texts must get no finding; the MT texts
are scored against their annotations (tests/data/adversary10/README.md lists every miss and its cause)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary10"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix != ".json")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

BLIND_MISSES = [
    "01_g20_johannesburg.txt: C102 'Yue-Nanfei'",
    "01_g20_johannesburg.txt: C103 'Phía Nam'",
    "01_g20_johannesburg.txt: C101 'Trung Quốc'",
    "01_g20_johannesburg.txt: C107 'Kim Chuyên'",
    "01_g20_johannesburg.txt: T201 'An-giê-ri'",
    "02_apec_gyeongju.txt: C104 'Phủ Sơn'",
    "02_apec_gyeongju.txt: C104 'Khánh Châu'",
    "02_apec_gyeongju.txt: N109 'Li Zaiming'",
    "02_apec_gyeongju.txt: L101 'resilient'",
    "02_apec_gyeongju.txt: C101 'Nhật Bản'",
    '03_nghe_an_tham_quyen.txt: C106 "Yi\'an"',
    "04_phong_van_me_cong.txt: C104 'sông Mi Công'",
    "04_phong_van_me_cong.txt: C107 'Lan-Mi'",
    "04_phong_van_me_cong.txt: C103 'phía Thái'",
    "04_phong_van_me_cong.txt: L101 'game changer'",
]
# After this round's fixes (the README says why each is left): a pair whose second country has no one-character
# abbreviation, 'Phía Nam' (also 'the south side'), Lee Jae-myung found by N108, a swapped Japan (no pivot
# country), an unverified Hán-Việt reading of 湄, 'phía Thái' (Thái is an accepted short form), a loan + English word
MISSES_AFTER_FIX = [
    "01_g20_johannesburg.txt: C102 'Yue-Nanfei'",
    "01_g20_johannesburg.txt: C103 'Phía Nam'",
    "02_apec_gyeongju.txt: N109 'Li Zaiming'",
    "02_apec_gyeongju.txt: C101 'Nhật Bản'",
    "04_phong_van_me_cong.txt: C104 'sông Mi Công'",
    "04_phong_van_me_cong.txt: C107 'Lan-Mi'",
    "04_phong_van_me_cong.txt: C103 'phía Thái'",
    "04_phong_van_me_cong.txt: L101 'game changer'",
]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 4 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in MT)
    assert all(len(p.read_text("utf-8").splitlines()) >= 26 for p in CLEAN + MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """Blind: none either."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 32 of 47 planted errors found, 30 with the accepted fix; after the fixes 39 and 38."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 47
    assert found >= 39, missed
    assert fixed >= 38
    assert set(missed) <= set(MISSES_AFTER_FIX) <= set(BLIND_MISSES)


def test_extra_findings_on_mt() -> None:
    """Blind: T303 read 'lần thứ ba ngày 24/8/2020' (the third summit) as a Tuesday. The one extra finding left
    is N108 on 'Li Zaiming' (李在明, Lee Jae-myung, with the right fix), annotated as N109."""
    extra = unplanted_findings(MT)
    assert extra == [("02_apec_gyeongju.txt", "N108", "Li Zaiming")]


# ---------------------------------------------------------------- the fixes, on sentences not in the set


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_an_ordinal_is_no_weekday() -> None:
    """'lần thứ hai', 'khóa thứ năm' count ('the second'); a weekday before a date is still checked."""
    quiet = (
        "Phiên họp lần thứ hai ngày 9/5/2019 thông qua nghị quyết về ngân sách.",
        "Hội nghị Trung ương khóa thứ năm ngày 3/3/2021 bế mạc tại Hà Nội.",
        "Giải đấu bước sang vòng thứ tư ngày 12/7/2023 tại Đà Lạt.",
        "Lễ khai mạc diễn ra sáng thứ Ba, 4/3/2025.",
    )
    assert [_found(t, "T303") for t in quiet] == [[], [], [], []]
    assert [t for t, _ in _found("Lễ khai mạc diễn ra sáng thứ Tư, 4/3/2025.", "T303")] == ["thứ Tư, 4/3/2025"]


def test_an_organisation_calque_after_a_word_of_mechanisms() -> None:
    assert _found("Indonesia dự các phiên họp trong khuôn khổ Kim Chuyên mở rộng.", "C107") == [("Kim Chuyên", "BRICS")]
    assert _found("Việt Nam coi trọng cơ chế Âu Minh về thương mại.", "C107") == [("Âu Minh", "EU")]
    assert _found("Ông Lê Kim Chuyên phụ trách cơ chế một cửa; anh Kim Chuyên dự diễn đàn.", "C107") == []


def test_an_older_spelling_of_algeria_beside_the_standard_one() -> None:
    text = "Việt Nam và Algeria ký kết hiệp định về dầu khí.\nSinh viên Angiêri sang học tại Hà Nội."
    assert _found(text, "T201") == [("Angiêri", "Algeria")]
    assert _found("Sinh viên An-giê-ri sang học tại Hà Nội.", "T201") == []


def test_a_wrong_third_country_beside_a_list_of_members() -> None:
    """China named legitimately in a long list (members, guests) no longer shields a swapped relation frame; a
    mention outside a list and outside a frame still does."""
    head = (
        "Việt Nam và Peru thúc đẩy hợp tác nông nghiệp\n"
        "Hai nước Việt Nam và Peru ký ba thỏa thuận về thương mại.\n"
        "APEC gồm các nền kinh tế như Mỹ, Trung Quốc, Nhật Bản, Chile, Mexico và Peru.\n"
    )
    swapped = "Tổng thống Peru đánh giá cao quan hệ hữu nghị truyền thống giữa Peru và Trung Quốc.\n"
    assert _found(head + swapped, "C101") == [("Trung Quốc", "Việt Nam")]
    meant = "Trung Quốc là thị trường xuất khẩu đồng lớn nhất của Peru.\n"
    assert _found(head + swapped + meant, "C101") == []
    assert _found(head + "Hai bên cũng trao đổi về quan hệ giữa Mỹ và Trung Quốc.\n", "C101") == []


def test_korean_cities_in_han_viet() -> None:
    assert _found("Đoàn nghệ thuật Hàn Quốc biểu diễn tại thành phố Phủ Sơn tuần tới.", "C104") == [
        ("Phủ Sơn", "Busan")
    ]
    assert _found("Hội nghị Bộ trưởng diễn ra ở cố đô Khánh Châu của Hàn Quốc.", "C104") == [("Khánh Châu", "Gyeongju")]
    quiet = "Tổng thống Hàn Quốc thăm Busan; chị Nguyễn Khánh Châu, du học sinh tại Hàn Quốc, tới Gyeongju."
    assert _found(quiet, "C104") == []


def test_a_gated_pinyin_place_the_article_also_names() -> None:
    """'Yi'an' (乂安) is also a Chinese county, so alone it needs 'tỉnh'; a partly post-edited article that names
    Nghệ An more often than it writes the pinyin means Nghệ An by it. Quảng Ninh likewise needs no place word."""
    text = "Đoàn công tác tỉnh Nghệ An tới Thâm Quyến.\nCông ty chọn Yi'an sau khi khảo sát Nghệ An và Hà Tĩnh."
    assert _found(text, "C106") == []  # named in the same sentence: two places
    text = "Đoàn công tác tỉnh Nghệ An tới Thâm Quyến.\nNghệ An có cảng Cửa Lò.\nCông ty chọn Yi'an sau một năm."
    assert _found(text, "C106") == [("Yi'an", "Nghệ An")]
    text = "Đoàn Quảng Ninh sang Quảng Tây.\nQuảng Ninh giới thiệu Hạ Long.\nDu khách Trung Quốc thích Guangning."
    assert _found(text, "C106") == [("Guangning", "Quảng Ninh")]
    # a story of the Malaysian town names a visitor's home province once
    text = "Du khách tới thị trấn Taiping ở Malaysia.\nHồ Taiping rất đẹp.\nChị Lan đến từ tỉnh Thái Bình."
    assert _found(text, "C106") == []
    assert _found("Công ty chọn Yi'an sau một năm khảo sát ở Thượng Hải.", "C106") == []


def test_a_date_written_two_ways_gets_the_first_form() -> None:
    text = "Hội nghị ngày 5 tháng 4 năm 2019 ở Huế.\nTừ ngày 5/4/2019, hai bên hợp tác."
    assert _found(text, "T305") == [("5/4/2019", "5 tháng 4 năm 2019")]
    text = "Hai bên hội đàm ngày 9/10.\nSau hội đàm ngày 9 tháng 10, hai bên họp báo."
    assert _found(text, "T305") == [("9 tháng 10", "9/10")]


def test_a_derived_english_adjective_left_in_a_sentence() -> None:
    """'-ent', '-ant', '-able' words rare in Vietnamese text are English; loans and names stay quiet."""
    assert _found("Chính quyền cần minh bạch và efficient hơn trong cấp phép.", "L101") == [("efficient", None)]
    assert _found("Các nước cam kết xây dựng chuỗi cung ứng sustainable.", "L101") == [("sustainable", None)]
    quiet = "Cô là student của trường; khách sạn Continental; cầu thủ Vinícius; anh Ant đến muộn."
    assert _found(quiet, "L101") == []
