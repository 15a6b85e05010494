"""The thirty-first adversary held-out set (tests/data/adversary31): a blind measurement in round 12.
Four files machine-translated through Chinese on topics new to the sets (the Kyrgyz Prime Minister's visit to
Việt Nam, rain and landslides in the Central Highlands and a Chinese carmaker's plant in Phú Thọ as plain text,
Việt Nam–Nepal in the Asian Cup qualifiers saved from a sports site's article page) were written and annotated
before the tool ran on them; a human-style court report on a land-auction fraud must stay quiet. The blind
figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary31"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "04_viet_nam_nepal.html"

# Blind (main at b09b9fb, data at 556a8e4): 48 of 70 found, 45 with the accepted fix; these 22 were missed.
BLIND_MISSES = {
    "01_thu_tuong_kyrgyzstan.txt: C106 'Neipai'",
    "01_thu_tuong_kyrgyzstan.txt: C101 'Trung Quốc'",
    "01_thu_tuong_kyrgyzstan.txt: L101 'mountain agenda'",
    "01_thu_tuong_kyrgyzstan.txt: F106 'ông'",
    "01_thu_tuong_kyrgyzstan.txt: C107 'An lý hội'",
    "01_thu_tuong_kyrgyzstan.txt: N104 'Sadyr'",
    "01_thu_tuong_kyrgyzstan.txt: T201 'Cư-rơ-gư-xtan'",
    "01_thu_tuong_kyrgyzstan.txt: T101 'Kasimaliyev'",
    "02_sat_lo_tay_nguyen.txt: C106 'Lintong'",
    "02_sat_lo_tay_nguyen.txt: C104 'Nam Hải'",
    "02_sat_lo_tay_nguyen.txt: C101 'Trung Quốc'",
    "02_sat_lo_tay_nguyen.txt: T308 'công lý'",
    "02_sat_lo_tay_nguyen.txt: C106 'Dale'",
    "02_sat_lo_tay_nguyen.txt: T101 'Đinh Văn Tuân'",
    "02_sat_lo_tay_nguyen.txt: C106 'Qinghe'",
    "04_viet_nam_nepal.html: N109 'Jin Shangzhi'",
    "04_viet_nam_nepal.html: C103 'Ni phương'",
    "04_viet_nam_nepal.html: C101 'Trung Quốc'",
    "04_viet_nam_nepal.html: L101 'red card'",
    "04_viet_nam_nepal.html: F107 'của'",
    "04_viet_nam_nepal.html: T201 'Nê-pan'",
}
# Blind, two findings outside the planted pairs: the planted F106 found with a two-word span ('ông cũng' for the
# annotated 'ông'), and the planted N109 'Jin Shangzhi' found by N101 (a Chinese-reading name rule).
BLIND_EXTRAS = {
    ("01_thu_tuong_kyrgyzstan.txt", "F106", "ông cũng"),
    ("04_viet_nam_nepal.html", "N101", "Jin Shangzhi"),
}
# The photo caption, annotated blind as article text, is chrome by the readers' rule (and adversary14's notes).
CAPTION = "04_viet_nam_nepal.html: 'Các cầu thủ Việt Nam ăn mừng bàn mở tỷ số' should be content"


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".txt"]
    assert [p.suffix for p in MT] == [".txt", ".txt", ".txt", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_human_report_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the court report."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 48 of 70 found, 45 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 48 and fixed >= 45
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_as_annotated() -> None:
    """Blind: 43 of the 44 listed lines as annotated; the photo caption is read as chrome."""
    assert chrome_misclassified(PAGE) in ([], [CAPTION])


# After the fixes (the blind figures above stay as measured): README 'After the fixes'; names13 (round 13) found
# the Nepal page's N108 'Shileisita' (tests/unit/test_names13.py).
# Round 19 (misses19): C101 reads the Nepal page's 'vào lưới đội tuyển Trung Quốc' (the match frame of a Việt Nam–X
# report), and T101 'Đinh Văn Tuân' (a later round's referring-back path): 65 of 70, 63 with the accepted fix.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 65, 63
AFTER_FIX_MISSES = {
    "01_thu_tuong_kyrgyzstan.txt: L101 'mountain agenda'",
    "01_thu_tuong_kyrgyzstan.txt: F106 'ông'",
    "01_thu_tuong_kyrgyzstan.txt: T101 'Kasimaliyev'",
    "02_sat_lo_tay_nguyen.txt: C106 'Dale'",
    "04_viet_nam_nepal.html: L101 'red card'",
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 63 of 70 found (names13: N108 'Shileisita'), 61 with the accepted fix; after round 19's 65
    and 63; outside the planted pairs only the F106 span."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    assert set(unplanted_findings(MT)) <= {("01_thu_tuong_kyrgyzstan.txt", "F106", "ông cũng")}


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


# --- the fixes, on names, places and sentences outside the set (firing and quiet) ------------------------


def test_host_thanked_for_the_welcome() -> None:
    """C101: a visiting leader thanks 'Trung Quốc' for the welcome in a story of a visit between two other
    countries: the host, the country the article says is visited; quiet when the sentence names a Chinese city."""
    story = (
        "Việt Nam và Tajikistan ký năm văn kiện hợp tác\n\n"
        "Tổng thống Tajikistan thăm chính thức Việt Nam từ ngày 2 đến 4/6. Hai nước nhất trí tăng cường hợp tác.\n\n"
        "Tổng thống Tajikistan cảm ơn Trung Quốc đã dành cho đoàn sự đón tiếp nồng hậu.\n\n"
        "Tajikistan coi Việt Nam là đối tác quan trọng ở Đông Nam Á. Hai bên ký năm văn kiện."
    )
    assert _found(story, "C101") == [("Trung Quốc", "Việt Nam")]
    abroad = (
        "Chủ tịch nước thăm chính thức Uruguay\n\n"
        "Chủ tịch nước thăm chính thức Uruguay từ ngày 2 đến 4/6. Hai nước Việt Nam và Uruguay nhất trí hợp tác.\n\n"
        "Chủ tịch nước cảm ơn Trung Quốc đã dành cho đoàn sự đón tiếp nồng hậu.\n\n"
        "Uruguay coi Việt Nam là đối tác quan trọng. Hai bên ký năm văn kiện về nông nghiệp với Uruguay."
    )
    assert _found(abroad, "C101") == [("Trung Quốc", "Uruguay")]
    beijing = story.replace("đón tiếp nồng hậu.", "đón tiếp nồng hậu tại Bắc Kinh tuần trước.")
    assert _found(beijing, "C101") == []
    assert _found(story.replace("dành cho đoàn sự đón tiếp nồng hậu", "hỗ trợ xây tuyến đường"), "C101") == []


def test_a_region_only_vietnam_has() -> None:
    """C101: 'Tây Nguyên', 'Đồng bằng sông Cửu Long', 'Nam Bộ' 'của Trung Quốc' is 我国; China's own regions in
    Hán-Việt ('Tây Bắc') and a list stay quiet."""
    assert _found("Sản lượng lúa Đồng bằng sông Cửu Long của Trung Quốc tăng 3% năm nay.", "C101") == [
        ("Trung Quốc", "Việt Nam")
    ]
    assert _found("Lượng mưa ở Đông Nam Bộ của Trung Quốc vượt 300 mm.", "C101") == [("Trung Quốc", "Việt Nam")]
    for quiet in (
        "Mưa lớn nhất ở khu vực Tây Bắc của Trung Quốc trong 30 năm.",
        "Cà phê Tây Nguyên, Trung Quốc và Brazil là các nguồn cung lớn.",
        "Mưa lớn ở Tây Nguyên của Trung Quốc, gần Bắc Kinh.",
    ):
        assert _found(quiet, "C101") == [], quiet


def test_gated_province_pinyin_beside_its_vietnamese_name() -> None:
    """C106: a province whose pinyin is also a Chinese county's counts where the article names the province
    (its dateline too) at least as often and a place word comes before; a Chinese place in the sentence, a
    person's given name and a story that never names the province stay quiet; the airports are places."""
    text = (
        "Nghệ An, 2/8/2025 – Mưa lớn gây sạt lở, chia cắt quốc lộ nối Yi'an với Hà Tĩnh.\nUBND tỉnh Nghệ An sơ tán dân."
    )
    assert _found(text, "C106") == [("Yi'an", "Nghệ An")]
    text = "Lũ lớn ở Liangshan khiến 200 hộ phải di dời.\nTỉnh Lạng Sơn đã huy động bộ đội hỗ trợ."
    assert _found(text, "C106") == [("Liangshan", "Lạng Sơn")]
    assert _found("Máy bay hạ cánh xuống sân bay quốc tế Xinshanyi lúc 9 giờ.", "C106") == [
        ("Xinshanyi", "Tân Sơn Nhất")
    ]
    for quiet in (
        "Nghệ An, 2/8/2025 – Đoàn doanh nghiệp đến Yi'an, thành phố thuộc Trung Quốc.\nNghệ An có nhiều khách.",
        "Ông Wang Liangshan cho biết.\nTỉnh Lạng Sơn đã huy động bộ đội hỗ trợ.",
        "Lũ lớn ở Liangshan khiến 200 hộ phải di dời.",
        "Đoàn du khách Lâm Đồng đến thăm Lintong, nơi có đội quân đất nung.",
    ):
        assert _found(quiet, "C106") == [], quiet


def test_province_before_an_officials_name_and_given_names() -> None:
    """N101: the official's name after the province his title ends with ('UBND tỉnh Bình Thuận Võ Văn Hưng') is
    the article's name the pinyin reads; a player's given name the story writes ('Tiến Linh') picks the reading."""
    text = "Chủ tịch UBND tỉnh Bình Thuận Võ Văn Hưng dự lễ.\nÔng Wu Wenxing cho biết tỉnh sẽ hỗ trợ ngư dân."
    assert _found(text, "N101") == [("Wu Wenxing", "Võ Văn Hưng")]
    match = "Trận đấu diễn ra sôi nổi. Tiền đạo Ruan Jinling mở tỷ số."
    assert _found(match + "\nSau đó, Tiến Linh bỏ lỡ cơ hội.", "N101") == [("Ruan Jinling", "Nguyễn Tiến Linh")]
    assert _found(match, "N101") == [("Ruan Jinling", "Nguyễn Tấn Linh")]
    assert _found(text.replace("Wu Wenxing", "Võ Văn Hưng"), "N101") == []


def test_phonetic_spellings_of_nepal_and_kyrgyzstan() -> None:
    """T201: 'Nê-pan' and 'Cư-rơ-gư-xtan' (the Vietnamese phonetic spellings) beside 'Nepal', 'Kyrgyzstan'."""
    nepal = "Nepal và Việt Nam ký thỏa thuận\nĐoàn Nepal thăm Việt Nam. Nepal mở đường bay. Sinh viên Nê-pan học ở Huế."
    assert _found(nepal, "T201") == [("Nê-pan", "Nepal")]
    kyrgyz = nepal.replace("Nê-pan", "Cư-rơ-gư-xtan").replace("Nepal", "Kyrgyzstan")
    assert _found(kyrgyz, "T201") == [("Cư-rơ-gư-xtan", "Kyrgyzstan")]
    assert _found(nepal.replace("Nê-pan", "Nepal"), "T201") == []


def test_side_calque_before_a_sports_verb() -> None:
    """C103: 'Ni phương' (尼方) before 'bất ngờ', 'gỡ', 'giành' is a party too."""
    story = "Nepal và Việt Nam ký thỏa thuận hợp tác\nHai nước Nepal và Việt Nam nhất trí tăng cường hợp tác. "
    assert _found(story + "Ni phương bất ngờ đề nghị mở đường bay.", "C103") == [("Ni phương", "Phía Nepal")]
    assert _found(story + "Đoàn Nepal bất ngờ đề nghị mở đường bay.", "C103") == []


def test_security_council_and_the_south_china_sea() -> None:
    """C107: 'An lý hội' (安理会) before 'Liên hợp quốc' is the Security Council; C104: a storm 'đi vào Nam Hải'
    (南海) enters Biển Đông, a commune's 'Nam Hải' stays quiet."""
    assert _found("Nghị quyết được An lý hội Liên hợp quốc thông qua với 13 phiếu thuận.", "C107") == [
        ("An lý hội", "Hội đồng Bảo an")
    ]
    assert _found("Trụ sở An Lý Hòa nằm ở trung tâm thị trấn.", "C107") == []
    assert _found("Áp thấp nhiệt đới đi vào Nam Hải chiều qua.", "C104") == [("Nam Hải", "Biển Đông")]
    assert _found("Đoàn cán bộ về thăm xã Nam Hải. Hàng hóa vào Nam Hải.", "C104") == []


def test_chinese_units_read_in_hanviet() -> None:
    """T308: '7 công lý' (公里) is 7 km, '40 công cân' (公斤) 40 kg; 'công lý' (justice) after a year or alone is
    Vietnamese."""
    assert _found("Đoàn xe dừng cách biên giới 7 công lý, mỗi thùng nặng 40 công cân.", "T308") == [
        ("công lý", "km"),
        ("công cân", "kg"),
    ]
    for quiet in (
        "Năm 2024 công lý đã được thực thi nghiêm minh.",
        "Người dân mong công lý được thực thi; Điều 3 công lý và lẽ phải.",
    ):
        assert _found(quiet, "T308") == [], quiet


def test_kyrgyz_holders_by_given_name_only() -> None:
    """N104: Kyrgyzstan's President and Prime Minister (people.tsv) named by the given name only."""
    assert _found("Năm 2025, Tổng thống Kyrgyzstan Sadyr gửi điện mừng Quốc khánh.", "N104") == [
        ("Sadyr", "Sadyr Japarov")
    ]
    assert _found("Năm 2025, Thủ tướng Kyrgyzstan Adylbek phát biểu.", "N104") == [("Adylbek", "Adylbek Kasymaliev")]
    assert _found("Năm 2025, Tổng thống Kyrgyzstan Sadyr Japarov gửi điện mừng Quốc khánh.", "N104") == []


def test_pinyin_of_a_korean_name_the_story_writes() -> None:
    """N109: a pinyin name reading the characters of a Korean name the story also writes ('Jin Shangzhi' 金尚植 beside
    'Kim Sang-sik') gets that name (N101 leaves it); another pinyin name beside it is no Korean's."""
    text = "Đội tuyển Việt Nam của huấn luyện viên Jin Shangzhi thắng 3-1.\nHLV Kim Sang-sik hài lòng với chiến thắng."
    assert _found(text, "N109") == [("Jin Shangzhi", "Kim Sang-sik")]
    assert _found(text, "N101") == []
    other = "Chủ tịch Jin Mingzhe của tập đoàn Trung Quốc phát biểu.\nHLV Kim Sang-sik hài lòng với chiến thắng."
    assert _found(other, "N109") == []


def test_quoted_speech_cut_short() -> None:
    """F107: quoted speech that ends on 'của' before its closing quote was cut as a sentence is; a plea and an
    ellipsis inside quotes stay quiet."""
    assert _found('HLV nói: "Tôi cảm ơn người hâm mộ đã đến sân cổ vũ cho các cầu thủ của."', "F107") == [("của", None)]
    for quiet in ("Cô bé hét lên: “Mẹ ơi, chờ con với!”", "Ông nói: “Chúng tôi sẽ làm như vậy và…”"):
        assert _found(quiet, "F107") == [], quiet


def test_misspelling_fixed_to_the_word_it_makes() -> None:
    """S101: the spelling that makes a dictionary word with the next syllable comes first ('thiêt hại' → 'thiệt',
    'thiêt kế' → 'thiết')."""
    assert _found("Trận lũ gây thiêt hại nặng cho nông dân.", "S101") == [("thiêt", "thiệt")]
    assert _found("Công ty mới thay đổi thiêt kế sản phẩm.", "S101") == [("thiêt", "thiết")]
