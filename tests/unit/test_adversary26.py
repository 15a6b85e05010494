"""The twenty-sixth adversary held-out set (tests/data/adversary26): a blind measurement in round 10.
Five long-form feature articles machine-translated through Chinese and dense with people and places of many
countries (a Silk Road travel piece, a profile of Katalin Karikó and a feature on East African coffee growers as
plain text, a history of the Olympic marathon as JSONL with its Chinese source, the Korean TV drama industry saved
from a film magazine) were written and annotated before the tool ran on them; two human-style features full of
correctly written foreign names must stay free of major findings. The blind figures are the floor; README says
what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_pairs, audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary26"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "05_phim_truyen_hinh_han_quoc.html"

# Blind (main at 1b1fb72, data at cdaf566): 47 of 71 found, 39 with the accepted fix; these 24 were missed
# ('Lindong' was corrected to 'Lintong' after scoring: README).
BLIND_MISSES = {
    "01_con_duong_to_lua.txt: N102 'Ngột Lỗ Bá'",
    "01_con_duong_to_lua.txt: N108 'Tiemuer'",
    "01_con_duong_to_lua.txt: C106 'Buhala'",
    "01_con_duong_to_lua.txt: N108 'Yibenbaitutai'",
    "01_con_duong_to_lua.txt: N102 'Hoa Lạp Tử Mễ'",
    "02_nha_khoa_hoc_nobel.txt: N102 'Đức Lỗ · Vi Tư Mạn'",
    "02_nha_khoa_hoc_nobel.txt: C106 'Suoernuoke'",
    "02_nha_khoa_hoc_nobel.txt: C104 'Hung Gia Lợi'",
    "02_nha_khoa_hoc_nobel.txt: C104 'Phí Thành'",
    "02_nha_khoa_hoc_nobel.txt: N108 'Aoerban'",
    "03_nong_dan_ca_phe_chau_phi.txt: N102 'Ca Nhĩ Địch'",
    "03_nong_dan_ca_phe_chau_phi.txt: L103 '耶加雪菲'",
    "03_nong_dan_ca_phe_chau_phi.txt: C106 'Lindong'",
    "03_nong_dan_ca_phe_chau_phi.txt: T201 'Êtiôpia'",
    "03_nong_dan_ca_phe_chau_phi.txt: F107 'ở'",
    "04_marathon_olympic.jsonl: N102 'Tư Bì Lý Đông · Lộ Dịch Tư'",
    "04_marathon_olympic.jsonl: N108 'Abeibei Bijila'",
    "04_marathon_olympic.jsonl: A101 'ba'",
    "04_marathon_olympic.jsonl: A111 'Nhưng tại Olympic Paris 2024, sau km 30, Kipchoge đã chạy hết toàn bộ cự ly.'",
    "04_marathon_olympic.jsonl: N102 'Tây Phàm · Cáp Tang'",
    "05_phim_truyen_hinh_han_quoc.html: C107 'Võng Phi'",
    "05_phim_truyen_hinh_han_quoc.html: N109 'Lý Chính Tể'",
    "05_phim_truyen_hinh_han_quoc.html: N104 'Suk-yeol'",
    "05_phim_truyen_hinh_han_quoc.html: N106 'tiên sinh'",
}
# Blind, four findings outside the planted (rule, span) pairs: N102 'Lộ Dịch Tư' offered 'Luís Montenegro' (a
# given name alone read as a known person's: wrong, fixed), N108 'Bijila' (part of the planted 'Abeibei Bijila'),
# N101 'Gaoqiao Shangzi' (a Japanese name in pinyin read as a Chinese one), A102 on the cut record (true).
BLIND_EXTRAS = {
    ("04_marathon_olympic.jsonl", "N102", "Lộ Dịch Tư"),
    ("04_marathon_olympic.jsonl", "N108", "Bijila"),
    ("04_marathon_olympic.jsonl", "N101", "Gaoqiao Shangzi"),
    ("04_marathon_olympic.jsonl", "A102", "Tola vốn chỉ là vận động viên dự bị."),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".txt", ".jsonl", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_features_get_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_features_get_no_finding_at_all() -> None:
    """Blind, one minor finding: N108 'Alazani' (a valley's name after 'thung lũng'); none after the fixes."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 47 of 71 found, 39 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 71
    assert found >= 47 and fixed >= 39
    assert set(missed) <= BLIND_MISSES | {"03_nong_dan_ca_phe_chau_phi.txt: C106 'Lintong'"}, sorted(
        set(missed) - BLIND_MISSES
    )


def test_page_chrome_as_annotated() -> None:
    """Blind: all 33 listed lines of the saved page (20 chrome, 13 article) classified as annotated."""
    assert chrome_misclassified(PAGE) == []


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 58, 44
AFTER_FIX_MISSES = {
    "01_con_duong_to_lua.txt: N102 'Ngột Lỗ Bá'",
    "01_con_duong_to_lua.txt: N108 'Tiemuer'",
    "01_con_duong_to_lua.txt: C106 'Buhala'",
    "01_con_duong_to_lua.txt: N108 'Yibenbaitutai'",
    "01_con_duong_to_lua.txt: N102 'Hoa Lạp Tử Mễ'",
    "02_nha_khoa_hoc_nobel.txt: C106 'Suoernuoke'",
    "02_nha_khoa_hoc_nobel.txt: C104 'Hung Gia Lợi'",
    "02_nha_khoa_hoc_nobel.txt: C104 'Phí Thành'",
    "03_nong_dan_ca_phe_chau_phi.txt: N102 'Ca Nhĩ Địch'",
    "03_nong_dan_ca_phe_chau_phi.txt: F107 'ở'",
    "04_marathon_olympic.jsonl: A101 'ba'",
    "04_marathon_olympic.jsonl: A111 'Nhưng tại Olympic Paris 2024, sau km 30, Kipchoge đã chạy hết toàn bộ cự ly.'",
    "05_phim_truyen_hinh_han_quoc.html: N109 'Lý Chính Tể'",
}
AFTER_FIX_EXTRAS = {("04_marathon_olympic.jsonl", "A102", "Tola vốn chỉ là vận động viên dự bị.")}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 58 of 71 found, 44 with the accepted fix; outside the planted spans only A102's true
    finding on the cut record."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    extra = set(unplanted_findings(MT))
    assert extra <= AFTER_FIX_EXTRAS, sorted(extra - AFTER_FIX_EXTRAS)


# --- the fixes, on names and sentences outside the set (firing and quiet) ---------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_hanviet_name_parts_joined_by_an_interpunct() -> None:
    """N102: both parts in Hán-Việt, most syllables readings of characters Chinese picks for sounds."""
    assert _found("Nhà hóa học Mã Khắc · Tư Đặc Ni nhận giải thưởng.", "N102") == [("Mã Khắc · Tư Đặc Ni", None)]
    assert _found("Nữ vận động viên Hà Lan Ni Na · Cáp Đặc về nhì.", "N102") == [("Ni Na · Cáp Đặc", None)]
    assert _found("Giáo sư Đức Lạp · Khắc Lỗ Tư giảng bài.", "N102") == [("Đức Lạp · Khắc Lỗ Tư", None)]
    # Vietnamese names and places joined by a dot in a byline, a photo credit or a list stay quiet
    assert _found("Ảnh: Minh Khuê · Thu Hà. Quỳnh Lan · Gia Kiệt · Đức Duy", "N102") == []
    assert _found("Hà Nội · Sa Pa · Lào Cai · Đà Lạt · Cần Thơ", "N102") == []
    assert _found("Nhà thơ Y Phương · Tây Sơn và nhạc sĩ Văn Cao · Phạm Duy", "N102") == []


def test_a_given_name_alone_names_no_known_person() -> None:
    """N102: a Hán-Việt reading of a known person's given name alone (路易斯 'Lộ Dịch Tư' Luís Montenegro's) is
    not that person; the family name still is ('Bái Đăng' Biden), and the whole '·' name with it."""
    assert _found("Người chở nước Hy Lạp Tư Bì Lý Đông · Lộ Dịch Tư vô địch.", "N102") == [
        ("Tư Bì Lý Đông · Lộ Dịch Tư", None)
    ]
    assert _found("Tổng thống Mỹ Bái Đăng đã điện đàm với Thủ tướng.", "N102") == [("Bái Đăng", "Joe Biden")]
    assert _found("Chủ tịch nước Lào Thông Luân • Tây Tô Lý hội đàm.", "N102") == [
        ("Thông Luân • Tây Tô Lý", "Thongloun Sisoulith")
    ]


def test_pinyin_er_inside_a_name_and_a_nationality_slot() -> None:
    """N108: 'er' (尔) without an apostrophe inside a name; 'người <country>' before a name is a person's slot."""
    assert _found("Thủ tướng Hungary Aoerban gửi lời chúc mừng.", "N108") == [("Aoerban", None)]
    assert _found("Nhà thám hiểm người Bồ Đào Nha Maxielun đi vòng quanh thế giới.", "N108") == [("Maxielun", None)]
    assert _found("Đầu bếp người Ý Qiaowanni mở nhà hàng ở Hà Nội.", "N108") == [("Qiaowanni", None)]
    # the name written right, a Japanese name of open syllables, an ethnic minority's name
    assert _found("Nhà thám hiểm người Bồ Đào Nha Ferdinand Magellan đi vòng quanh thế giới.", "N108") == []
    assert _found("Du khách người Nhật Takahashi Kenta cho biết.", "N108") == []
    assert _found("Cô gái người Tày Nông Thị Hoa hát then.", "N108") == []


def test_place_word_before_a_lone_pinyin_shaped_word() -> None:
    """N108: a lone word of transliteration shape after a word of places is a place, not a person."""
    assert _found("Làng nhìn xuống thung lũng Alazani; bè trôi trên sông Zambezi; đèo Xinazi.", "N108") == []
    assert _found("Bàn thắng của Xinna giúp đội khách dẫn trước.", "N108") == [("Xinna", None)]


def test_korean_given_name_alone_written_in_two_words() -> None:
    """N104: a Korean holder whose given name people.tsv writes in two words ('Yoon Suk Yeol')."""
    assert _found("Tổng thống Hàn Quốc Suk-yeol gửi lời chúc mừng.", "N104") == [("Suk-yeol", "Yoon Suk Yeol")]
    assert _found("Tổng thống Hàn Quốc Yoon Suk Yeol gửi lời chúc mừng; ca sĩ Suk-yeol hát.", "N104") == []


def test_honorific_after_a_korean_name() -> None:
    """N106: 'tiên sinh' after a surname and a hyphenated foreign given name."""
    assert _found("Nhà văn Kim Young-ha tiên sinh đã ký tặng sách.", "N106") == [("tiên sinh", "")]
    assert _found("Học trò gọi thầy là Đỗ Văn-Hào tiên sinh.", "N106") == []


def test_chinese_word_inside_quoted_vietnamese_speech() -> None:
    """L103: a quotation of Vietnamese speech is no gloss; a character cited in quotes still is."""
    assert _found('"Loại trà 乌龙 của vùng này được khách nước ngoài trả giá rất cao", ông nói.', "L103") == [
        ("乌龙", None)
    ]
    assert _found("Bà chỉ lên bức hoành phi: “Chữ ‘福’ ở giữa nghĩa là phúc, ông bà tôi treo từ lâu”.", "L103") == []
    assert _found('Tấm biển ghi "北京" ở cổng.', "L103") == []


def test_country_spellings_and_netflix() -> None:
    """T201: Ethiopia's and Morocco's other Vietnamese spellings; C107: 网飞 Netflix read in Hán-Việt."""
    assert _found("Ethiopia trồng cà phê. Ở Ê-ti-ô-pi-a, cà phê được pha. Ethiopia xuất khẩu.", "T201") == [
        ("Ê-ti-ô-pi-a", "Ethiopia")
    ]
    assert _found("Đội tuyển Maroc thắng; Maroc vào bán kết; Ma-rốc làm nên lịch sử.", "T201") == [("Ma-rốc", "Maroc")]
    assert _found("Bộ phim do hãng Võng Phi phát hành năm 2021.", "C107") == [("Võng Phi", "Netflix")]
    assert _found("Anh Võng Phi là kỹ sư ở Đà Nẵng.", "C107") == []
    assert [(f.rule, f.text) for f in audit_pairs([("网飞公司发布新剧。", "Hãng Võng Phi ra mắt phim mới.")])] == [
        ("C107", "Võng Phi")
    ]


def _found_pairs(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_both_parts_of_a_dotted_transcription_left_in_pinyin() -> None:
    """N108 with a source: the part before the '·' is taken in when the word before spells its pinyin."""
    assert _found_pairs("肯尼亚选手基普乔格·埃鲁德获胜。", "Vận động viên Kenya Jipuqiaoge Ailude thắng.", "N108") == [
        ("Jipuqiaoge Ailude", None)
    ]
    assert _found_pairs("选手阿贝贝·比基拉夺冠。", "Vận động viên Abebe Bijila vô địch.", "N108") == [("Bijila", None)]


def test_a_name_the_source_marks_japanese_is_no_chinese_name() -> None:
    """N101 leaves a name after '日本…' in the source to N108 (romaji, not Hán-Việt); 阮 stays Vietnamese."""
    source, target = "日本选手山田花子夺冠。", "Vận động viên Nhật Bản Shantian Huazi vô địch."
    assert _found_pairs(source, target, "N101") == []
    assert _found_pairs(source, target, "N108") == [("Shantian Huazi", None)]
    assert _found_pairs("中国选手王军霞夺冠。", "Vận động viên Trung Quốc Wang Junxia vô địch.", "N101") == [
        ("Wang Junxia", "Vương Quân Hà")
    ]
    assert _found_pairs("日本企业家阮文雄来访。", "Doanh nhân Ruan Wenxiong đến thăm.", "N101") == [
        ("Ruan Wenxiong", "Nguyễn Văn Hùng")
    ]
