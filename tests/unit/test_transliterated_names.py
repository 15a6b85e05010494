"""Foreign names read in Hán-Việt without the interpunct (audit.lang.transliterated, N102's shape-only finding).

The firing names are written here in Chinese, as Xinhua's transcription tables give them, and read in Hán-Việt
character by character (each character's main reading), the way MT through Chinese reads them: none of them is
in the gazetteer, so only the shape finds them.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.hanviet import load
from audit.lang.transliterated import transliterated_names
from audit.model import Severity

# Western, African, Arabic, Indian and Russian names in their Chinese transcription
FOREIGN = {
    "哈里森": "Harrison",
    "约翰逊": "Johnson",
    "威尔逊": "Wilson",
    "冈萨雷斯": "Gonzalez",
    "穆罕默德": "Muhammad",
    "阿卜杜拉": "Abdullah",
    "奥巴桑乔": "Obasanjo",
    "穆塞韦尼": "Museveni",
    "拉胡尔": "Rahul",
    "普拉卡什": "Prakash",
    "德米特里": "Dmitri",
    "斯韦特兰娜": "Svetlana",
    "库兹涅佐夫": "Kuznetsov",
    "彼得罗夫": "Petrov",
    "萨利赫": "Saleh",
    "基普乔格": "Kipchoge",
    "库利巴利": "Coulibaly",
    "特劳雷": "Traore",
    "莱万多夫斯基": "Lewandowski",
    "克里斯蒂娜": "Cristina",
}


def read_hanviet(zh: str) -> str:
    """The name as MT through Chinese writes it: each character's main Hán-Việt reading, capitalised."""
    hv = load()
    return " ".join(hv.main_first(ch)[0].capitalize() for ch in zh)


@pytest.mark.parametrize("zh", sorted(FOREIGN))
def test_foreign_name_read_in_hanviet_is_found(zh: str) -> None:
    name = read_hanviet(zh)
    text = f"Theo nhà nghiên cứu {name}, kết quả rất khả quan."
    found = [text[h.start : h.end] for h in transliterated_names(text)]
    assert found == [name], FOREIGN[zh]


def test_two_syllables_after_a_title_or_honorific() -> None:
    for zh in ("米勒", "莫迪"):  # Miller, Modi
        text = f"Ông {read_hanviet(zh)} phát biểu tại hội nghị."
        assert [h.syllables for h in transliterated_names(text)] == [tuple(read_hanviet(zh).split())]
    assert transliterated_names(f"Ở {read_hanviet('米勒')} trời mưa.") == []  # no title: two syllables are too few


def test_country_before_the_name_is_left_out() -> None:
    text = f"Tổng thống Nga {read_hanviet('弗拉基米尔')} đến thăm."
    assert [" ".join(h.syllables) for h in transliterated_names(text)] == [read_hanviet("弗拉基米尔")]


QUIET = (
    "Ông Lý Văn Lâm và bà Mã Thị Lan dự lễ khánh thành.",
    "Tổng Bí thư Tô Lâm tiếp Chủ tịch Tập Cận Bình và Thủ tướng Lý Khắc Cường.",
    "Ông Mã Vân, ông Ôn Gia Bảo và ông Lâm Đức Bá có mặt.",
    "Bà Đào Thị Mai Lan và ông Đoàn Khắc Tư, ông Mạc Đăng Dung, ông Cao Bá Quát.",
    "Thành Cát Tư Hãn và Hốt Tất Liệt lập nên đế quốc Mông Cổ; Tư Mã Ý và Gia Cát Lượng.",
    "Đạt Lai Lạt Ma, Thích Ca Mâu Ni, Lạc Long Quân và Âu Cơ.",
    "Đoàn đi Tây Ban Nha, Ba Lan, Đan Mạch, Na Uy, Hà Lan, rồi về Tây Ninh, Lai Châu, Phan Thiết, Sa Pa.",
    "Ông A Sa và ông Y Đức, người Ê Đê, dự hội nghị.",
    "Đình Tây Đằng là di tích quốc gia đặc biệt.",
    "SỞ TƯ PHÁP TỈNH LAI CHÂU",
)


@pytest.mark.parametrize("text", QUIET)
def test_vietnamese_chinese_and_place_names_are_quiet(text: str) -> None:
    assert transliterated_names(text) == []


def test_n102_reports_the_name_as_minor() -> None:
    name = read_hanviet("穆塞韦尼")
    findings = audit_text(f"Tổng thống Uganda {name} tái đắc cử.", select=["N102"])
    assert [(f.text, f.severity) for f in findings] == [(name, Severity.MINOR)]


def test_n102_keeps_one_finding_for_a_dotted_name() -> None:
    text = "Nhà hóa học Mã Khắc · Tư Đặc Ni dự lễ."
    findings = audit_text(text, select=["N102"])
    assert [(f.text, f.severity) for f in findings] == [("Mã Khắc · Tư Đặc Ni", Severity.MAJOR)]


def test_n102_names_the_original_when_the_document_writes_it_in_latin() -> None:
    """The characters read back through their pinyin spell a name the same document writes in Latin."""
    for zh, latin in (("基普乔格", "Kipchoge"), ("库利巴利", "Coulibaly")):
        name = read_hanviet(zh)
        text = f"Vận động viên Eliud {latin} về nhất.\n\nHuấn luyện viên nói {name} đã tập luyện rất chăm chỉ."
        findings = audit_text(text, select=["N102"])
        assert [(f.text, f.severity, f.suggestion) for f in findings] == [(name, Severity.MAJOR, latin)]


def test_n102_suggests_nothing_for_an_unrelated_latin_name() -> None:
    name = read_hanviet("基普乔格")
    text = f"Vận động viên Eliud Tanaka về nhất.\n\nHuấn luyện viên nói {name} đã tập luyện rất chăm chỉ."
    findings = audit_text(text, select=["N102"])
    assert [(f.severity, f.suggestion) for f in findings] == [(Severity.MINOR, None)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a country of sound syllables right before the name is not part of it
        ("Thủ tướng Hà Lan Mã Khắc Lỗ Đặc cho biết chính phủ sẽ cắt giảm thuế.", "Mã Khắc Lỗ Đặc"),
        ("Đại sứ Na Uy Hán Sâm Tư Đặc gặp lãnh đạo thành phố.", "Hán Sâm Tư Đặc"),
    ],
)
def test_a_name_after_a_country_of_sound_syllables(text: str, span: str) -> None:
    assert [text[n.start : n.end] for n in transliterated_names(text)] == [span]


def test_a_country_alone_after_a_title_is_no_name() -> None:
    assert transliterated_names("Đoàn đại biểu Hà Lan Quốc Tế đến thăm; Thủ tướng Ba Lan phát biểu.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hôm qua, ông Kiệt Khắc Tốn phát biểu tại hội nghị.", "Kiệt Khắc Tốn"),  # 杰克逊 Jackson
        ("Theo bà Khắc Lạp Khắc, dự án sẽ hoàn thành.", "Khắc Lạp Khắc"),  # 克拉克 Clark
    ],
)
def test_one_rare_syllable_after_an_honorific_with_no_vietnamese_surname(text: str, span: str) -> None:
    assert [text[n.start : n.end] for n in transliterated_names(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Hôm qua, ông La Khắc Tốn phát biểu tại hội nghị.",  # a Vietnamese surname first (La)
        "Theo bà Khắc Thị Tốn, dự án sẽ hoàn thành.",  # 'Thị': a Vietnamese woman's name
        "Hôm qua, Kiệt Khắc Tốn phát biểu tại hội nghị.",  # no title or honorific before it
        "Hôm qua, ông Kiệt Khắc phát biểu tại hội nghị.",  # two syllables, one rare
    ],
)
def test_one_rare_syllable_stays_quiet_without_its_frame(text: str) -> None:
    assert transliterated_names(text) == []
