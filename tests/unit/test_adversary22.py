"""The twenty-second adversary held-out set (tests/data/adversary22): the round's final blind measurement.
Four files machine-translated through Chinese (the Brazilian president's state visit and an agritech start-up's
funding round as plain text, a dengue campaign as JSONL with its Chinese source, the Aomori earthquake saved from
a news site) and one through English (EU anti-dumping duties on Vietnamese steel as TSV src/mt/ref) were written
and annotated before the tool ran on them; two human-style news texts must stay free of findings. The blind
figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_pairs, audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary22"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "05_dong_dat_aomori.html"

# Blind (main at 45ead84): 49 of 68 found, 44 with the accepted fix; these 19 were missed.
BLIND_MISSES = [
    "01_lula_tham_viet_nam.txt: C106 'Baxi'",
    "01_lula_tham_viet_nam.txt: C108 'Việt Nam'",
    "02_khoi_nghiep_goi_von.txt: F106 'nông dân'",
    "02_khoi_nghiep_goi_von.txt: L101 'the best is yet to come'",
    "02_khoi_nghiep_goi_von.txt: N109 'Lý Thừa Hạo'",
    "03_sot_xuat_huyet.jsonl: C106 'Bangmeishu'",
    "03_sot_xuat_huyet.jsonl: A104 'https://soyte.daklak.gov.vn'",
    "04_thep_chong_ban_pha_gia.tsv: A103 'Šefčovik'",
    "04_thep_chong_ban_pha_gia.tsv: C105 'European'",
    "04_thep_chong_ban_pha_gia.tsv: L101 'squeeze'",
    "04_thep_chong_ban_pha_gia.tsv: L101 'level playing field'",
    "05_dong_dat_aomori.html: C106 'Qingsen'",
    "05_dong_dat_aomori.html: C106 'Qingsen'",
    "05_dong_dat_aomori.html: C106 'Bahu'",
    "05_dong_dat_aomori.html: C106 'Cửu Từ'",
    "05_dong_dat_aomori.html: T307 '9 vạn'",
    "05_dong_dat_aomori.html: N102 'Mộc Nguyên Nhẫm'",
    "05_dong_dat_aomori.html: L101 'panic'",
    "05_dong_dat_aomori.html: N107 'Hàn Quốc'",
]
# Blind, one finding outside the planted (rule, span) pairs: the planted lost link (A104) flagged on the whole
# record where the annotation named the link.
BLIND_EXTRAS = {
    (
        "03_sot_xuat_huyet.jsonl",
        "A104",
        "Để biết thêm chi tiết, vui lòng truy cập trang thông tin của Sở hoặc gọi đường dây nóng 1900 9095.",
    ),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".tsv", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 49 of 68 found, 44 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 68
    assert found >= 49 and fixed >= 44
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or the blind extra."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_page_chrome_as_annotated() -> None:
    """Blind: all 29 listed lines of the saved page (17 chrome, 12 article) classified as annotated."""
    assert chrome_misclassified(PAGE) == []


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 64, 59
AFTER_FIX_MISSES = {"N109", "A104", "C106", "N107"}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 64 of 68 found, 59 with the accepted fix (T306 now offers the dateline's date; with
    main's L101 single-word loans, 'squeeze' and 'panic' too; gaps10: 'Qingsen' twice, 'level playing field',
    'the best is yet to come' in quoted speech); 'Baxi', 'Bangmeishu', the G20 slip, 'Šefčovik' and 'Mộc Nguyên
    Nhẫm' are found, and F106 once its annotation's context no longer crosses a sentence; gaps11: 'European'
    (C105 reads continents and regions), '9 vạn người dân' (T307: a small count before what modern news
    counts) and 'Bahu' (C106 reads Japan's cities in an article about Japan); still missed are 'Cửu Từ' (Kuji in
    Hán-Việt), a Korean name in Hán-Việt, a title no office table has and the A104 span convention."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert {m.split(":")[1].split()[0] for m in missed} <= AFTER_FIX_MISSES
    assert "01_lula_tham_viet_nam.txt: C106 'Baxi'" not in missed
    assert set(unplanted_findings(MT)) == BLIND_EXTRAS


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def _found_pairs(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_country_pinyin_after_a_state_form_or_of_four_letters() -> None:
    assert _found("Tổng thống Cộng hòa Liên bang Deguo Frank-Walter Steinmeier thăm Hà Nội.", "C106") == [
        ("Deguo", "Đức")
    ]
    assert _found("Quốc vương Vương quốc Taiguo Maha Vajiralongkorn tiếp đoàn.", "C106") == [("Taiguo", "Thái Lan")]
    assert _found("Đoàn nghệ sĩ lưu diễn tại Xila và Aiji trong tháng Năm.", "C106") == [
        ("Xila", "Hy Lạp"),
        ("Aiji", "Ai Cập"),
    ]
    assert _found("Thủ tướng Milu phát biểu tại hội nghị.", "C106") == [("Milu", "Peru")]
    # four letters without a title, a state's form or a place word: a name's
    assert _found("Ông Milu và chú chó Xila; hãng Aiji Foods ra mắt sản phẩm.", "C106") == []
    assert _found("Tổng thống Cộng hòa Liên bang Đức Frank-Walter Steinmeier thăm Hà Nội.", "C106") == []


def test_vietnamese_city_in_pinyin_from_the_new_row() -> None:
    assert _found("Lễ hội cà phê năm nay được tổ chức tại Bangmeishu.", "C106") == [("Bangmeishu", "Buôn Ma Thuột")]
    assert _found("Lễ hội cà phê năm nay được tổ chức tại Buôn Ma Thuột.", "C106") == []


def test_membership_frame_with_an_adjective_after_member() -> None:
    assert _found("Bộ trưởng khẳng định Chile và Đức là hai thành viên quan trọng của G7.", "C108") == [("Chile", None)]
    assert _found("Mexico là thành viên tích cực của ASEAN.", "C108") == [("Mexico", None)]
    assert _found("Bộ trưởng khẳng định Pháp và Đức là hai thành viên chủ chốt của G7.", "C108") == []


def test_name_with_latin_extended_letters_compared() -> None:
    assert _found_pairs(
        "Czech minister Jiří Dvořák met Ms Ewa Błaszczyk.", "Bộ trưởng Séc Jiří Dvořak gặp bà Ewa Błaszcyk.", "A103"
    ) == [("Błaszcyk", "Błaszczyk")]
    assert _found_pairs("Mr Tomáš Řezníček spoke.", "Ông Tomáš Řezníčk phát biểu.", "A103") == [("Řezníčk", "Řezníček")]
    # the same name without its diacritics, or copied, is no misspelling
    assert _found_pairs("Mr Tomáš Řezníček spoke.", "Ông Tomas Reznicek phát biểu.", "A103") == []
    assert _found_pairs("Mr Tomáš Řezníček spoke.", "Ông Tomáš Řezníček phát biểu.", "A103") == []


def test_japanese_cabinet_names_in_han_viet() -> None:
    assert _found("Bộ trưởng Quốc phòng Nhật Bản Tiểu Tuyền Tiến Thứ Lang thị sát căn cứ.", "N102") == [
        ("Tiểu Tuyền Tiến Thứ Lang", "Shinjiro Koizumi")
    ]
    assert _found("Bộ trưởng Quốc phòng Nhật Bản Shinjiro Koizumi thị sát; ông Minoru Kihara họp báo.", "N102") == []


def test_today_against_the_dateline_offers_the_dateline_date() -> None:
    text = "Cần Thơ, 05/03/2026 – Hội chợ khai mạc.\nHôm nay (06/03/2026), các gian hàng mở cửa."
    assert _found(text, "T306") == [("06/03/2026", "05/03/2026")]
    assert _found("Huế, 5/3/2026 – Lễ hội khai mạc.\nHôm nay (7/3), các đoàn biểu diễn.", "T306") == [("7/3", "5/3")]
    assert _found("Huế, 5/3/2026 – Lễ hội khai mạc.\nHôm nay, ngày 6 tháng 3, đoàn diễn.", "T306") == [
        ("6 tháng 3", None)
    ]
    assert _found("Huế, 5/3/2026 – Lễ hội khai mạc.\nHôm nay (5/3), các đoàn biểu diễn.", "T306") == []


def test_japanese_prefectures_and_their_seats_in_pinyin() -> None:
    """Japan's prefectures and prefectural seats (cities.zh_curated.tsv), after a place word or 'ngoài khơi'."""
    assert _found("Động đất mạnh ở tỉnh Yanshou khiến hai người bị thương.", "C106") == [("Yanshou", "Iwate")]
    assert _found("Tàu cá gặp nạn ngoài khơi Qiutian sáng nay.", "C106") == [("Qiutian", "Akita")]
    assert _found("Đoàn doanh nghiệp đến Shenggang và Gaosong.", "C106") == [
        ("Shenggang", "Morioka"),
        ("Gaosong", "Takamatsu"),
    ]
    # a Chinese place's pinyin is none of them (松山 Songshan, 长野 / 张掖 Zhangye); names and brands stay quiet
    assert _found("Đoàn đến thăm Songshan ở Đài Bắc rồi tới Zhangye.", "C106") == []
    assert _found("Ông Gongcheng là kỹ sư; hãng Qiutian Foods ra mắt; tàu neo ngoài khơi Akita.", "C106") == []


def test_japanese_names_of_three_characters_in_han_viet() -> None:
    """北海道 'Bắc Hải Đạo', 神奈川 'Thần Nại Xuyên' (places.cldr.tsv from cities.zh_curated.tsv);
    the own names stay quiet."""
    assert _found("Tuyết rơi dày ở Bắc Hải Đạo; động đất tại tỉnh Thần Nại Xuyên.", "C104") == [
        ("Bắc Hải Đạo", "Hokkaido"),
        ("Thần Nại Xuyên", "Kanagawa"),
    ]
    assert _found("Tuyết rơi dày ở Hokkaido; động đất tại tỉnh Kanagawa; anh Vũ Đô là kỹ sư.", "C104") == []


def test_english_phrases_of_loans_and_short_words() -> None:
    """Three loans far more frequent in English are a phrase; 'to' goes on a phrase with English grammar."""
    assert _found("Họ mong có một fair playing field cho mọi bên.", "L101") == [("fair playing field", None)]
    assert _found("Giới phân tích cảnh báo the worst is yet to come với thị trường.", "L101") == [
        ("the worst is yet to come", None)
    ]
    assert _found("Kênh phát talk show online mỗi tối; anh ấy to lớn; chị ấy thích video clip hot.", "L101") == []


def test_english_left_in_quoted_vietnamese_speech() -> None:
    """A quotation in Vietnamese is searched like the sentence around it; an English title in quotes is not."""
    assert _found("“Chúng tôi nghĩ the worst is yet to come với ngành du lịch”, bà Hạnh nói.", "L101") == [
        ("the worst is yet to come", None)
    ]
    assert _found('Anh hát "Let it be, let it be, speaking words of wisdom" rất hay.', "L101") == []
    assert _found("“Bộ phim này giống như Sex and the City phiên bản Việt”, cô nói.", "L101") == []
