"""N108's echo reading: a word all of pinyin that sounds like a name the same document writes in Latin letters
(names and sentences written for this test, in no test set)."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.pinyin_echo import echoes, latin_skeleton, pinyin_skeleton


def _n108(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.text, f.suggestion, f.severity.name) for f in audit_text(text, select=["N108"])]


@pytest.mark.parametrize(
    ("pinyin", "latin"),
    [
        (("xi", "li", "qi"), "Čilić"),  # 西里奇: the accents are folded
        (("qi", "da", "nei"), "Zidane"),  # 齐达内
        (("zi", "wei", "lie", "fu"), "Zverev"),  # 兹维列夫: 'v' left out once
        (("zhen", "na"), "Jenna"),
    ],
)
def test_skeletons_of_transliterations_agree(pinyin: tuple[str, ...], latin: str) -> None:
    assert echoes(pinyin_skeleton(pinyin), latin_skeleton(latin))


@pytest.mark.parametrize(
    ("pinyin", "latin"),
    [(("xi", "li", "qi"), "Salah"), (("qi", "da", "nei"), "Modric"), (("zhen", "na"), "Kane")],
)
def test_other_names_disagree(pinyin: tuple[str, ...], latin: str) -> None:
    assert not echoes(pinyin_skeleton(pinyin), latin_skeleton(latin))


def test_a_name_with_three_consonants_in_common_is_major() -> None:
    text = "Tay vợt Marin Cilic trở lại sau chấn thương. Ở vòng hai, Xiliqi thắng sau ba set."
    assert _n108(text) == [("Xiliqi", "Cilic", "MAJOR")]


def test_a_name_with_two_consonants_in_common_is_minor() -> None:
    text = "Nữ diễn viên Jenna Ortega tới Seoul. Người hâm mộ chờ Zhenna ở sân bay từ sáng sớm."
    assert _n108(text) == [("Zhenna", "Jenna", "MINOR")]


@pytest.mark.parametrize(
    "text",
    [
        # a Chinese name's given name, written beside its surname elsewhere in the document
        "Tay vợt Jessica Pegula vào bán kết. Trước đó Wang Xinyu thua; Xinyu cho biết cô rất tiếc.",
        # a place that parses as pinyin, with no letter only pinyin has
        "Tàu cập cảng Semarang hôm qua. Thuyền trưởng Simon Marling cho biết hàng đã lên bờ.",
        # a Chinese brand in pinyin beside Latin names it does not sound like
        "Ứng dụng Xiaohongshu mời ca sĩ Taylor Swift quảng cáo.",
        # the Latin name itself
        "Tổng thống Gabriela Moreno phát biểu. Moreno nói kinh tế sẽ tăng trưởng.",
    ],
)
def test_quiet(text: str) -> None:
    assert _n108(text) == []


def test_a_lone_transliteration_without_a_latin_form_is_minor_without_a_fix() -> None:
    text = "Bàn thắng duy nhất của trận đấu do Jiaxiya ghi ở phút 88."  # 加西亚 García
    assert _n108(text) == [("Jiaxiya", None, "MINOR")]


@pytest.mark.parametrize(
    "text",
    [
        # a Chinese given name, written after its surname elsewhere in the document
        "Nữ ca sĩ Wang Xinna ra album mới. Xinna cho biết cô viết lời cho cả mười bài.",
        # a Chinese word or brand: its last syllable is no transliteration's
        "Cửa hàng Xiaomi mới mở ở quận Cầu Giấy; Jiaozi là món bán chạy nhất ở quán bên cạnh.",
        # in a run of capitalised words (a company's name)
        "Công ty Jiaxiya Holdings mở văn phòng ở Đà Nẵng.",
        # a country's pinyin is C106's
        "Đội tuyển Xibanya vào chung kết.",
    ],
)
def test_lone_pinyin_quiet(text: str) -> None:
    assert _n108(text) == []
