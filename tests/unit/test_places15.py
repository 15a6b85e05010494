"""Capitals and large cities in pinyin or in the Hán-Việt of their Chinese names (places15): the UN members'
capitals that are no CLDR exemplar city (references/capitals.zh.tsv), large cities no CLDR city names
(cities.zh_curated.tsv), a city's pinyin of four letters after a place word, and a country's Chinese name without
its final 国. The blind sets that motivated it (adversary39, adversary40) had Astana, Dhaka and Bangladesh; the
cities and sentences here are others (Doha, Kathmandu, Washington, Buenos Aires, Kiev, Sydney …) and both ways:
the city's own name, a person's name and a pinyin with no place word before it stay quiet."""

from __future__ import annotations

from audit.api import audit_text
from audit.lang.resources import read_tsv
from audit.lang.vn_places import pinyin_places, stem_names


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=["C104", "C106"])]


def test_a_capital_in_pinyin_after_a_place_word_fires() -> None:
    assert _found("Thủ tướng đến thủ đô Duoha của Qatar để dự hội nghị về khí đốt.") == [("C106", "Duoha", "Doha")]
    assert _found("Đoàn công tác tới thủ đô Jiademandu sau trận động đất.") == [("C106", "Jiademandu", "Kathmandu")]
    assert _found("Tổng thống bay tới Huashengdun để gặp người đồng cấp.") == [("C106", "Huashengdun", "Washington")]
    # seven characters (布宜诺斯艾利斯): a curated name may be longer than CLDR's
    assert _found("Hai bên ký hiệp định tại thủ đô Buyinuosiailisi.") == [("C106", "Buyinuosiailisi", "Buenos Aires")]


def test_a_large_city_in_pinyin_fires() -> None:
    assert _found("Hội chợ diễn ra tại Jiujinshan và Xiyatu trong tuần tới.") == [
        ("C106", "Jiujinshan", "San Francisco"),
        ("C106", "Xiyatu", "Seattle"),
    ]
    assert _found("Tàu hải quân cập cảng Fuladiwosituoke hôm qua.") == [("C106", "Fuladiwosituoke", "Vladivostok")]
    assert _found("Tàu hàng cập cảng Hanbao sau 40 ngày; diễn đàn họp tại Dawosi.") == [
        ("C106", "Hanbao", "Hamburg"),
        ("C106", "Dawosi", "Davos"),
    ]


def test_a_city_pinyin_of_four_letters_counts_after_a_place_word() -> None:
    assert _found("Đại sứ quán tại Jifu tạm đóng cửa vì lý do an ninh.") == [("C106", "Jifu", "Kiev")]
    assert _found("Vận động viên thi đấu ở thành phố Xini, bang New South Wales.") == [("C106", "Xini", "Sydney")]
    # without a place word it may be a name; a Japanese prefecture's (栃木 'Limu') waits for an article on Japan
    assert _found("Cầu thủ Jifu ghi bàn; anh Xini là hướng dẫn viên.") == []
    assert _found("Ông Wang Xini phát biểu tại hội thảo; hàng về từ Limu.") == []
    # a four-letter pinyin that is a word or a place of its own (巴黎 'Bali' for Paris) is no key
    assert "bali" not in pinyin_places() and _found("Du khách Việt đổ về Bali dịp Tết.") == []


def test_capitals_with_a_vietnamese_name_are_read_but_chinese_cities_are_not() -> None:
    """莫斯科 'Mosike' and 平壤 'Pingrang' are Moscow and Pyongyang, written Mát-xcơ-va and Bình Nhưỡng; a Chinese
    city's or territory's pinyin (Shanghai, Xianggang) is its romanised name and no key."""
    assert _found("Đoàn đại biểu đã đến thủ đô Mosike để dự lễ kỷ niệm.") == [("C106", "Mosike", "Mát-xcơ-va")]
    assert _found("Chuyến bay từ Pingrang đến Hà Nội bị hoãn.") == [("C106", "Pingrang", "Bình Nhưỡng")]
    assert _found("Đoàn đến Moskva và Bình Nhưỡng; ông Mosike phát biểu.") == []
    assert _found("Đoàn đến thành phố Xianggang, rồi tới Shanghai.") == []


def test_a_capital_in_han_viet_fires() -> None:
    assert _found("Đoàn đến thủ đô Gia Đức Mãn Đô của Nepal.") == [("C104", "Gia Đức Mãn Đô", "Kathmandu")]
    assert _found("Các bộ trưởng nhóm họp tại Đa Cáp.") == [("C104", "Đa Cáp", "Doha")]


def test_the_right_names_stay_quiet() -> None:
    assert _found("Thủ tướng đến thủ đô Doha của Qatar, rồi tới Astana, Dhaka, Kathmandu và Kiev.") == []
    assert _found("Hội nghị tại Washington, San Francisco, Buenos Aires và Hamburg thu hút nhiều doanh nghiệp.") == []


def test_a_country_name_without_its_final_guo() -> None:
    """孟加拉国 is written 孟加拉 as often: its pinyin and Hán-Việt are Bangladesh's (a sentence not in the set); a
    republic's name keeps its 国 (中非共和国 is no 中非)."""
    assert ("孟加拉", "BD") in stem_names() and not any(zh.endswith("共和") for zh, _ in stem_names())
    assert _found("Đoàn doanh nghiệp Mengjiala sang tìm hiểu thị trường dệt may.") == [
        ("C106", "Mengjiala", "Bangladesh")
    ]
    assert _found("Thủ tướng Mạnh Gia Lạp sẽ thăm chính thức Việt Nam.") == [("C104", "Mạnh Gia Lạp", "Bangladesh")]
    assert _found("Vịnh Bengal chịu ảnh hưởng của bão; Bangladesh sơ tán dân.") == []


def test_every_un_member_capital_has_a_chinese_name() -> None:
    """Each capital of capitals.zh.tsv reaches cities.zh.tsv (the pinyin index and L103's table of Chinese city
    names); Vietnamese names of the table are the cities' own as the press writes them."""
    cities = {(r["zh"], r["vi"]) for r in read_tsv("cities.zh.tsv")}
    capitals = {(r["zh"], r["vi"]) for r in read_tsv("capitals.zh.tsv")}
    assert capitals <= cities
    assert {("阿斯塔纳", "Astana"), ("多哈", "Doha"), ("基辅", "Kiev"), ("麦纳麦", "Manama")} <= capitals


def test_the_blind_sets_misses_it_was_made_for_are_found() -> None:
    """adversary39 'Asitana' (阿斯塔纳) and adversary40 'Daka' (达卡), 'Mengjiala' and 'Mạnh Gia Lạp' (孟加拉):
    after places15, 37 of 40 found (36 fixed) and 48 of 63 (43 fixed). 'Dalaisisalamu' stays a miss: 达累斯萨拉姆
    reads 'Daleisisalamu' (累 lèi), which the index has."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from adversary_scoring import score_planted

    data = Path(__file__).resolve().parents[1] / "data"
    sets = {name: sorted((data / name / "mt").glob("*.txt")) for name in ("adversary39", "adversary40")}
    _, found39, fixed39, missed39 = score_planted(sets["adversary39"])
    _, found40, fixed40, missed40 = score_planted(sets["adversary40"])
    assert found39 >= 37 and fixed39 >= 36 and found40 >= 48 and fixed40 >= 43
    assert not any(m.endswith(("'Asitana'", "'Daka'", "'Mengjiala'", "'Mạnh Gia Lạp'")) for m in missed39 + missed40)
    assert _found("Đoàn công tác đến thủ đô Daleisisalamu của Tanzania.") == [
        ("C106", "Daleisisalamu", "Dar es Salaam")
    ]
