"""names13: misses the adversary31–33 sets left alone, fixed where they generalise. C101's promoted-goods frame was
motivated by adversary33's Việt Nam–Uruguay story ('Ông Diên khẳng định Uruguay là cửa ngõ … để hàng hóa của Trung
Quốc thâm nhập …'); these tests use another partner (Chile), other officials and other goods, none from that set."""

from __future__ import annotations

import pytest

from audit.api import audit_text

_HEAD = (
    "Việt Nam và Chile thúc đẩy hợp tác nông nghiệp\n\n"
    "Santiago, 12/3/2026 – Thứ trưởng Bộ Nông nghiệp và Môi trường Phùng Đức Tiến đã hội đàm với Bộ trưởng Nông "
    "nghiệp Chile tại Santiago.\n\n"
    "Hai nước Việt Nam và Chile nhất trí tăng cường hợp tác thương mại nông sản; kim ngạch song phương năm 2025 "
    "tăng 12%.\n\n"
)
_TAIL = "\n\nChile muốn nhập thêm cà phê và hạt điều của Việt Nam."


def _c101(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(_HEAD + sentence + _TAIL) if f.rule == "C101"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Tiến cho rằng Chile là cầu nối quan trọng giúp nông sản của Trung Quốc tiếp cận thị trường Nam Mỹ.",
        "Thứ trưởng Phùng Đức Tiến đề nghị phía Chile tạo điều kiện cho hàng hóa của Trung Quốc vào thị trường này.",
    ],
)
def test_vietnamese_speaker_promoting_chinas_goods_fires(sentence: str) -> None:
    """The Vietnamese side's speaker (full name, or 'Ông' and the given name of a full name in the story) opens a
    way for 'hàng hóa/nông sản của Trung Quốc' in a Việt Nam–Chile story: 我国商品, Việt Nam's goods."""
    assert _c101(sentence) == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "sentence",
    [
        # China's goods as trade news, no way opened for them
        "Ông Tiến cho biết Chile nhập khẩu nhiều hàng hóa của Trung Quốc.",
        # competition with China's goods
        "Ông Tiến cho rằng hàng hóa của Việt Nam cần được hỗ trợ để cạnh tranh với hàng hóa của Trung Quốc.",
        # the Chilean side speaks (no Vietnamese name before the verb)
        "Bộ trưởng Chile cho biết nước này là cửa ngõ giúp hàng hóa của Trung Quốc vào Nam Mỹ.",
        # the story names a Chinese city: China is meant
        "Ông Tiến cho rằng Chile là cầu nối giúp hàng hóa của Trung Quốc, như các đơn hàng từ Thượng Hải, tiếp cận "
        "Nam Mỹ.",
    ],
)
def test_chinas_goods_as_news_stay_quiet(sentence: str) -> None:
    assert _c101(sentence) == []


def test_domestic_story_stays_quiet() -> None:
    """No country pair with Việt Nam: a Vietnamese official speaking of China's goods is news."""
    text = (
        "Hải Phòng khánh thành cảng container mới\n\n"
        "Hải Phòng, 5/4/2026 – Phó Chủ tịch UBND thành phố Lê Anh Quân cho biết cảng mới sẽ giúp hàng hóa của "
        "Trung Quốc trung chuyển qua Hải Phòng nhanh hơn."
    )
    assert [f for f in audit_text(text) if f.rule == "C101"] == []


# --- N108: a family name left in pinyin after a given name kept in Latin letters --------------------------
# Motivated by adversary31's 'tiền đạo Sanish Shileisita' (什雷斯塔 Shrestha); the names below are other people's.


def _n108(text: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == "N108"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Trong hiệp hai, hậu vệ Kevin Kaerbeiluo phá bóng ra biên.", "Kaerbeiluo"),  # 卡尔贝洛
        ("Đạo diễn người Brazil Walter Saolisi nhận giải thưởng lớn.", "Saolisi"),
        ("Ông Rajesh Xialeima cho biết dự án sẽ hoàn thành vào năm sau.", "Xialeima"),  # 夏尔马 Sharma
    ],
)
def test_pinyin_family_name_after_latin_given_name_fires(text: str, span: str) -> None:
    """A given name in Latin letters, then a family name of three or more pinyin syllables run together, in a
    person's slot: the family name is flagged."""
    assert _n108(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Tiền vệ John Zhang ghi bàn thắng quyết định.",  # a Chinese family name of one syllable
        "Tiền vệ Anna Ouyang ghi bàn thắng quyết định.",  # of two
        "Tiền đạo Luca Zaniolo ghi bàn ở phút 80.",
        "Thủ môn Gianluigi Donnarumma cản phá xuất sắc.",
        "Nhà văn Haruki Murakami ra mắt tiểu thuyết mới.",
        "Ông Minh Ruan cho biết.",  # 'Ruan' is one syllable (N101's question, not N108's)
        "Theo Kevin Kaerbeiluo, đội sẽ thắng.",  # no person's slot before the name
    ],
)
def test_latin_names_stay_quiet(text: str) -> None:
    assert _n108(text) == []


# --- C101: X's ambassador to Việt Nam praising 'quan hệ hợp tác giữa X và Trung Quốc' ------------------------
# Motivated by adversary33's cable-car story (Austria's ambassador); these use Hungary and Poland in a hospital
# story from Cần Thơ, none of them from that set.

_CAN_THO = (
    "Cần Thơ khánh thành trung tâm lọc máu mới\n\n"
    "Cần Thơ, 8/5/2026 – Sáng 7/5, Bệnh viện Đa khoa thành phố Cần Thơ đưa vào vận hành trung tâm lọc máu với 40 "
    "máy do một doanh nghiệp Hungary cung cấp.\n\n{}\n\n"
    "Giám đốc bệnh viện cho biết trung tâm sẽ phục vụ khoảng 300 bệnh nhân mỗi tuần."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Phát biểu tại lễ khánh thành, Đại sứ Hungary tại Việt Nam khẳng định quan hệ hợp tác giữa Hungary và Trung "
        "Quốc trong lĩnh vực y tế ngày càng phát triển.",
        "Đại sứ Ba Lan tại Việt Nam đánh giá cao quan hệ hữu nghị truyền thống giữa Ba Lan và Trung Quốc.",
    ],
)
def test_ambassador_pairing_china_fires(sentence: str) -> None:
    """A domestic story (no confident pair): the ambassador's posting names the pair, China is named once."""
    found = [(f.text, f.suggestion) for f in audit_text(_CAN_THO.format(sentence)) if f.rule == "C101"]
    assert found == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "sentence",
    [
        # posted elsewhere
        "Đại sứ Hungary tại Nhật Bản khẳng định quan hệ hợp tác giữa Hungary và Trung Quốc ngày càng phát triển.",
        # no ambassador in the sentence
        "Ông cho biết quan hệ hợp tác giữa Hungary và Trung Quốc ngày càng phát triển.",
        # China named again in the story, or one of its cities
        "Đại sứ Hungary tại Việt Nam khẳng định quan hệ hợp tác giữa Hungary và Trung Quốc phát triển; máy lọc được "
        "lắp ráp tại Trung Quốc.",
        "Đại sứ Hungary tại Việt Nam khẳng định quan hệ hợp tác giữa Hungary và Trung Quốc phát triển, nhiều linh "
        "kiện đến từ Thâm Quyến.",
        # rivalry
        "Đại sứ Hungary tại Việt Nam cho rằng căng thẳng khiến quan hệ hợp tác giữa Hungary và Trung Quốc chững lại.",
    ],
)
def test_ambassador_speaking_of_china_stays_quiet(sentence: str) -> None:
    assert [f for f in audit_text(_CAN_THO.format(sentence)) if f.rule == "C101"] == []
