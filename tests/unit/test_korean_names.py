"""Korean names through Chinese (N109, audit.lang.korean): readings, romanisation, firing and quiet cases.

The people here are made up or are not in any sample document or rule example."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_pairs, audit_text
from audit.lang.korean import (
    given_name_hangul,
    initial_law,
    korean_name,
    north_only,
    readings,
    romanise,
    romanise_syllable,
    surnames,
)


def _rules(findings, rule: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.severity.name, f.suggestion) for f in findings if f.rule == rule]


@pytest.mark.parametrize(
    ("syllable", "roman"),
    [
        ("가", "ga"),
        ("꽃", "kkot"),
        ("뺨", "ppyam"),
        ("쌍", "ssang"),
        ("짧", "jjal"),
        ("칡", "chik"),
        ("퇴", "toe"),
        ("휘", "hwi"),
        ("의", "ui"),
        ("왜", "wae"),
        ("웬", "wen"),
        ("뭘", "mwol"),
        ("얘", "yae"),
        ("례", "rye"),
        ("는", "neun"),
        ("석", "seok"),
        ("엽", "yeop"),
        ("딛", "dit"),
    ],
)
def test_revised_romanization_of_one_syllable(syllable: str, roman: str) -> None:
    assert romanise_syllable(syllable) == roman


def test_given_names_are_hyphenated_without_sound_changes() -> None:
    assert romanise("복남") == "Bok-nam"  # not 'Bongnam': sound changes inside a name are not written
    assert romanise("빛나") == "Bit-na"
    assert romanise("윤") == "Yun"


def test_initial_sound_law() -> None:
    assert initial_law("룡") == "용"
    assert initial_law("로") == "노"
    assert initial_law("녀") == "여"
    assert initial_law("민") == "민"
    assert given_name_hangul("룡수") == "용수"  # the first syllable of a two-syllable given name
    assert given_name_hangul("재룡") == "재룡"  # not the second
    assert given_name_hangul("린") == "린"  # a one-syllable given name keeps its ㄹ
    assert given_name_hangul("하률") == "하율"  # 률 after a vowel
    assert given_name_hangul("성렬") == "성렬"  # but not after ㅇ


def test_readings_cover_simplified_characters() -> None:
    table = readings()
    assert table["孙"][0] == "손" and table["兴"][0] == "흥"  # from their traditional variants 孫, 興
    assert table["金"][:2] == ("금", "김")  # the educational reading first, the name reading after
    assert surnames()["郑"].roman == surnames()["鄭"].roman == "Jung"


def test_korean_name_from_characters() -> None:
    assert korean_name("宋英勋").roman == "Song Yeong-hun"
    assert korean_name("崔民浩").hangul == "최민호"
    assert korean_name("朴秀律").roman == "Park Su-yul"  # 律 after a vowel reads 율
    assert korean_name("林龙俊").roman == "Lim Yong-jun"  # 龍 at the start of the given name reads 용
    assert korean_name("权赫").roman == "Kwon Hyeok"
    assert korean_name("欧阳修") is None  # not a Korean surname
    assert korean_name("金") is None


def test_north_only() -> None:
    assert north_only("朝鲜外务省发表声明。", "Bộ Ngoại giao Triều Tiên ra tuyên bố.")
    assert not north_only("韩朝首脑会谈。", "Thượng đỉnh liên Triều giữa Hàn Quốc và Triều Tiên.")
    assert not north_only("韩国总统访问越南。", "Tổng thống Hàn Quốc thăm Việt Nam.")


# --- with a Chinese source -------------------------------------------------------------------------------------


def test_pinyin_of_a_korean_name_in_a_korea_record() -> None:
    found = audit_pairs([("韩国射箭选手崔敏贞获得金牌。", "Cung thủ Hàn Quốc Cui Minzhen giành huy chương vàng.")])
    assert _rules(found, "N109") == [("Cui Minzhen", "MAJOR", "Choi Min-jeong")]
    assert not _rules(found, "N101")  # N101 no longer offers the Hán-Việt 'Thôi Mẫn Trinh'


def test_hanviet_of_a_korean_name_in_a_korea_record() -> None:
    found = audit_pairs([("韩国演员宋英勋在釜山拍摄新片。", "Diễn viên Hàn Quốc Tống Anh Huân quay phim mới ở Busan.")])
    assert _rules(found, "N109") == [("Tống Anh Huân", "MAJOR", "Song Yeong-hun")]


def test_korea_elsewhere_in_the_document_is_enough_for_pinyin() -> None:
    found = audit_pairs(
        [
            ("首尔市政府今天宣布新政策。", "Chính quyền thành phố Seoul hôm nay công bố chính sách mới."),
            ("发言人韩道贤表示欢迎。", "Người phát ngôn Han Daoxian bày tỏ hoan nghênh."),
        ]
    )
    assert _rules(found, "N109") == [("Han Daoxian", "MAJOR", "Han Do-hyeon")]


def test_beside_china_a_name_must_be_marked_korean() -> None:
    """China and Korea in one story: an unmarked name may be a Chinese official's; a name marked Korean is taken."""
    records = [
        ("中韩两国外长在北京举行会谈。", "Ngoại trưởng Trung Quốc và Hàn Quốc hội đàm tại Bắc Kinh."),
        ("会谈后，发言人林建新介绍了情况。", "Sau hội đàm, người phát ngôn Lin Jianxin thông báo tình hình."),
        ("韩国外交部发言人吴智恩表示欢迎。", "Người phát ngôn Bộ Ngoại giao Hàn Quốc Wu Zhien bày tỏ hoan nghênh."),
    ]
    assert _rules(audit_pairs(records), "N109") == [("Wu Zhien", "MAJOR", "Oh Ji-eun")]


def test_a_surname_only_koreans_bear_needs_no_context() -> None:
    found = audit_pairs([("朴敏洙当选协会会长。", "Piao Minzhu được bầu làm chủ tịch hiệp hội.")])
    assert _rules(found, "N109") == [("Piao Minzhu", "MAJOR", "Park Min-su")]


def test_a_north_korean_name_gets_no_south_korean_fix() -> None:
    record = ("朝鲜副外相金善日在平壤会见来宾。", "Thứ trưởng Ngoại giao Triều Tiên Jin Shanri tiếp khách.")
    found = audit_pairs([record])
    hits = [f for f in found if f.rule == "N109"]
    assert [(f.text, f.suggestion) for f in hits] == [("Jin Shanri", None)]
    assert "North Korea" in hits[0].message


def test_json_tsv_and_xliff_records(tmp_path: Path) -> None:
    """The same record read by the real readers of each format."""
    from audit.corpus import ReadOptions, discover, read_file
    from audit.pipeline import Settings, run_rules
    from audit.rules.registry import select_rules

    src, mt = "韩国歌手姜智允发行新专辑。", "Ca sĩ Hàn Quốc Jiang Zhiyun phát hành album mới."
    (tmp_path / "a.jsonl").write_text(f'{{"src": "{src}", "mt": "{mt}"}}\n', encoding="utf-8")
    (tmp_path / "b.tsv").write_text(f"src\tmt\n{src}\t{mt}\n", encoding="utf-8")
    (tmp_path / "c.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="a" source-language="zh" target-language="vi" datatype="plaintext"><body>'
        f'<trans-unit id="1"><source>{src}</source><target>{mt}</target></trans-unit></body></file></xliff>',
        encoding="utf-8",
    )
    errors: list = []
    rules = [c() for c in select_rules(["N101", "N109"])]
    for item in discover([str(tmp_path)], errors):
        for doc in read_file(item, ReadOptions(), errors):
            found = [(f.rule, f.text, f.suggestion) for f in run_rules(doc, rules, Settings())]
            assert found == [("N109", "Jiang Zhiyun", "Kang Ji-yun")], (doc.doc, found)
    assert not errors


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # written right
        ("韩国射箭选手崔敏贞获得金牌。", "Cung thủ Hàn Quốc Choi Min-jeong giành huy chương vàng."),
        # a Chinese person in a Korea story
        ("中国驻韩国大使馆参赞黄建国出席活动。", "Tham tán Sứ quán Trung Quốc tại Hàn Quốc Hoàng Kiến Quốc dự."),
        ("中国游客张丽萍在首尔购物。", "Du khách Trung Quốc Zhang Liping mua sắm ở Seoul."),
        # a Vietnamese person in a Korea story, in Hán-Việt (his own name) or with 文 Văn
        ("越南驻韩国大使吴明德会见韩国官员。", "Đại sứ Việt Nam tại Hàn Quốc Ngô Minh Đức gặp quan chức Hàn Quốc."),
        ("在首尔工作的黄文雄说很满意。", "Hoàng Văn Hùng, người làm việc ở Seoul, nói rất hài lòng."),
        # no Korea in the record or document, a surname Chinese people share
        ("学者崔建平发表新书。", "Học giả Cui Jianping ra mắt sách mới."),
        # a two-character name with a shared surname: mostly Chinese
        ("韩国媒体采访了张伟。", "Truyền thông Hàn Quốc phỏng vấn Zhang Wei."),
        # a North Korean in Hán-Việt: how Vietnamese writes North Korea's leaders (Kim Nhật Thành 金日成)
        ("朝鲜劳动党元老金光哲在平壤逝世。", "Lão thành Đảng Lao động Triều Tiên Kim Quang Triết qua đời."),
        # a person people.tsv knows (N108 gives the known spelling)
        ("韩国总统李在明会见越南国家主席。", "Tổng thống Hàn Quốc Li Zaiming hội kiến Chủ tịch nước Việt Nam."),
    ],
)
def test_quiet_with_a_source(source: str, target: str) -> None:
    assert not _rules(audit_pairs([(source, target)]), "N109")


def test_a_known_korean_person_from_the_source_is_not_given_a_hanviet_fix() -> None:
    record = ("韩国总统李在明会见越南国家主席。", "Tổng thống Hàn Quốc Li Zaiming hội kiến Chủ tịch nước.")
    found = audit_pairs([record])
    assert [(f.rule, f.suggestion) for f in found if f.text == "Li Zaiming"] == [("N108", "Lee Jae-myung")]


# --- without a source --------------------------------------------------------------------------------------------


def test_piao_is_a_korean_surname_in_pinyin() -> None:
    found = audit_text("Nhà văn Piao Xiuzhen giới thiệu tiểu thuyết mới ở Hà Nội.")
    assert _rules(found, "N109") == [("Piao Xiuzhen", "MINOR", None)]


def test_a_pinyin_name_in_a_korea_story_gets_no_vietnamese_fix() -> None:
    text = "Đội tuyển bóng chuyền Hàn Quốc đến Hà Nội.\nChủ công Jiang Minxiu ghi 20 điểm cho đội khách."
    found = audit_text(text)
    assert _rules(found, "N109") == [("Jiang Minxiu", "MINOR", None)]
    assert not [f for f in found if f.rule in ("N101", "T101") and f.text == "Jiang Minxiu"]


@pytest.mark.parametrize(
    "text",
    [
        # a Vietnamese office title without 'Hàn Quốc' before the name, in a Korea story: a Vietnamese official
        "Thứ trưởng Công Thương Li Junhua thăm Hàn Quốc.",
        # a Chinese name marked as such
        "Hội chợ ở Seoul.\nDoanh nhân Trung Quốc Zhao Minghui giới thiệu sản phẩm.",
        # no Korea in the document
        "Chủ công Jiang Minxiu ghi 20 điểm cho đội khách.",
    ],
)
def test_n101_keeps_names_that_are_not_korean(text: str) -> None:
    found = audit_text(text)
    assert not _rules(found, "N109")
    assert [f.suggestion for f in found if f.rule == "N101"] != [None]  # N101 still names the person


def test_a_vietnamese_report_naming_korean_rivals_keeps_n101() -> None:
    """A report about Vietnam names Korea once; its pinyin names are Vietnamese people (N101 recovers them)."""
    text = (
        "Đội tuyển cầu lông Việt Nam kết thúc giải đấu ở Jakarta.\n"
        "Hai tay vợt Hàn Quốc Seo Ha-eun và Baek Na-ri giành huy chương vàng.\n"
        "Tay vợt Việt Nam đứng thứ ba là người thứ hai làm được điều này, sau Huang Wenxuan năm 2015."
    )
    found = audit_text(text)
    assert not _rules(found, "N109")
    assert [f.rule for f in found if f.text == "Huang Wenxuan"] == ["N101"]


def test_a_korean_office_title_makes_a_titled_name_korean() -> None:
    found = audit_text("Thứ trưởng Ngoại giao Hàn Quốc Li Junhua thăm Hà Nội.")
    assert _rules(found, "N109") == [("Li Junhua", "MINOR", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Đại sứ Việt Nam Trần Quang Huy làm việc tại Seoul với các doanh nghiệp Hàn Quốc.",
        "Nữ diễn viên Han Ji-min và đạo diễn Bong Joon-ho dự liên hoan phim Busan.",
        "Ca sĩ Kim Tae-yeon biểu diễn ở Thành phố Hồ Chí Minh.",
        "Các em học sinh hát bài 'Piao Piao' trong buổi lễ.",
        "Ca khúc Piao Piao của nhóm nhạc được yêu thích.",
    ],
)
def test_quiet_without_a_source(text: str) -> None:
    assert not _rules(audit_text(text), "N109")


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Hyundai bổ nhiệm ông Chang Jae-hoon làm tổng giám đốc.",
        "Công ty bổ nhiệm ông Chang Jae Hoon làm giám đốc chi nhánh.",
        "Ngân hàng mời bà Chang Woo-jin phát biểu.",
    ],
)
def test_a_korean_name_after_an_honorific_is_no_half_converted_vietnamese_name(text: str) -> None:
    """N101 read 'Chang' (a pinyin surname) and 'Jae' as 'Tổng Bí thư Ruan Phu Trong'-like and gave 'Trường Chinh'
    (critical): a hyphenated given name, or one with a letter Vietnamese lacks (j, w, f, z), is no Vietnamese one."""
    assert [f for f in audit_text(text) if f.rule == "N101"] == []
    assert _rules(audit_text("Đoàn chuyển lời thăm của Tổng Bí thư Ruan Van Truong tới Lào."), "N101")


def test_a_korean_name_written_right_syllable_by_syllable_is_no_pinyin() -> None:
    """'Han Ji Min', 'An Jae Hong': a Korean surname and a given name one romanised syllable a word, in an article
    about Korea, is the name as Korean romanisation writes it (pinyin joins a given name: 'Han Zhimin'); neither
    N101 nor N109 reports it, while a pinyin given name in one word still is N109's."""
    korea = "Đội tuyển Hàn Quốc thắng Nhật Bản 2-0 tại Seoul.\n"
    quiet = korea + "Nữ diễn viên Han Ji Min và ông An Jae Hong trao cúp cho đội trưởng."
    assert [f for f in audit_text(quiet) if f.rule in ("N101", "N109")] == []
    fires = korea + "Nữ diễn viên Han Zhimin trao cúp cho đội trưởng."
    assert [(f.rule, f.text) for f in audit_text(fires) if f.rule in ("N101", "N109")] == [("N109", "Han Zhimin")]


def test_piao_marked_as_a_chinese_national_is_no_korean() -> None:
    """朴 is also the surname of Chinese citizens of Korean descent: 'tiền đạo Trung Quốc Piao Cheng' gets no advice to
    write a Korean romanisation; 'Piao' after a place ('tại Hàn Quốc … Piao Minying') still does."""
    assert _rules(audit_text("Tiền đạo Trung Quốc Piao Cheng ghi bàn cho đội tuyển Trung Quốc."), "N109") == []
    assert _rules(audit_text("Đại sứ Việt Nam tại Hàn Quốc gặp nữ diễn viên Piao Minying."), "N109")


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Đạo diễn Hàn Quốc Phụng Tuấn Hạo nhận giải tại Cannes.", "Phụng Tuấn Hạo", "Bong Joon-ho"),
        ("Tập đoàn Samsung của Hàn Quốc tưởng nhớ cố chủ tịch Lý Kiện Hi.", "Lý Kiện Hi", "Lee Kun-hee"),
        ("Thành viên BTS Phác Trí Mân xuất ngũ tại Seoul.", "Phác Trí Mân", "Park Ji-min"),
    ],
)
def test_a_well_known_korean_in_hanviet_without_a_source(text: str, span: str, suggestion: str) -> None:
    assert _rules(audit_text(text), "N109") == [(span, "MAJOR", suggestion)]


def test_a_hanviet_name_right_after_han_quoc_is_a_korean_one() -> None:
    text = "Võ sĩ Hàn Quốc Khương Thành Vũ thắng knock-out tại Busan."
    assert _rules(audit_text(text), "N109") == [("Khương Thành Vũ", "MINOR", None)]


@pytest.mark.parametrize(
    "text",
    [
        # the same syllables with no Korea in the document: a Vietnamese actress may bear the name
        "Diễn viên Phụng Tuấn Hạo nhận giải tại Liên hoan phim Đà Nẵng.",
        # another nationality before the name, in a story about Korea
        "Tại Seoul, đạo diễn Trung Quốc Phụng Tuấn Hạo gặp báo giới Hàn Quốc.",
        # 'Hàn Quốc' as a place, a pair of countries, or a Vietnamese middle name
        "Du học sinh ở Hàn Quốc Khương Thành Vũ nhận học bổng.",
        "Diễn đàn Việt Nam - Hàn Quốc Lý Thành Vũ phát biểu khai mạc.",
        "Chủ nhiệm câu lạc bộ Hàn Quốc Lý Văn Vũ phát biểu.",
        # romanised Korean names written right, syllable by syllable
        "Võ sĩ Hàn Quốc Kim Ha Na thắng tại Busan.",
        # a Chinese person named in Hán-Việt in a story about Korea
        "Thủ tướng Trung Quốc Lý Cường gặp Tổng thống Hàn Quốc tại Seoul.",
    ],
)
def test_hanviet_names_without_a_korean_mark_stay_quiet(text: str) -> None:
    assert _rules(audit_text(text), "N109") == []
