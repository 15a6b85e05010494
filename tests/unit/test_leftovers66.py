"""Round 36's fixes of name and pair misses of adversary126 and adversary127 (leftovers66), each tested on sentences
outside the sets, both ways (fires on MT, quiet on human text):

1. N102's span: a dotted name read in Hán-Việt whose given name opens on syllables that read no character Chinese
   picks for sounds (安 'An', 东 'Đông', common Vietnamese name syllables) is read whole from the country or title
   before it, not from its first 'sound' syllable.
2. N102 after a role in an unnamed company: a title (or a manager's role), the company's kind, its field and its
   country, then a dotted name ('Phó Chủ tịch tập đoàn năng lượng Thái Lan …').
3. N108: a run all of pinyin whose first word is a long pinyin name (three syllables or more) may take a known word
   second ('Weibo', 'Baidu': the pinyin of a family name that is also a brand or a word).
4. C102: Japan's literal word 日 'ngày' (day) in a pair, only right after a word of two countries' dealings, beside
   a country's one-word name, in an article naming Japan (references/countries.pair_literals_framed.tsv)."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


# 1. N102: the whole given name before the dot (Italian, French and Spanish names through Chinese)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 安德烈亚·皮尔洛 Andrea Pirlo: 'Đức' (德) is also Germany's name, no cut inside the name
        ("Cựu tiền vệ Ý An Đức Liệt Á·Bì Nhĩ Lạc nhận lời làm đại sứ giải đấu.", "An Đức Liệt Á·Bì Nhĩ Lạc"),
        # 安托万·格列兹曼 Antoine Griezmann
        ("Tiền đạo Pháp An Thác Vạn·Cách Liệt Tư Mạn ghi bàn thắng quyết định.", "An Thác Vạn·Cách Liệt Tư Mạn"),
        # 安东尼·达拉斯 (an invented Antony Dallas), after a role and a country
        ("Nhà thiết kế Pháp An Đông Ni·Đạt Lạp Tư giới thiệu bộ sưu tập mới.", "An Đông Ni·Đạt Lạp Tư"),
        # after an honorific
        ("Ông An Đông Ni Áo·Lạc Bội Tư cho biết hợp đồng đã được ký.", "An Đông Ni Áo·Lạc Bội Tư"),
    ],
)
def test_n102_reads_the_whole_given_name_before_the_dot(text: str, span: str) -> None:
    assert [t for t, _ in _found(text, "N102")] == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a capitalised sentence word or an honorific before the name is no syllable of it
        ("Sau Đông Ni Áo·Lạc Bội Tư cho biết hợp đồng đã được ký.", "Ni Áo·Lạc Bội Tư"),
        ("Anh Minh Ni Áo·Lạc Bội Tư cho biết hợp đồng đã được ký.", "Ni Áo·Lạc Bội Tư"),
        # a known person's name keeps its span and fix
        ("Bộ trưởng Ngoại giao Pháp Nhượng Nặc Nhĩ·Ba La phát biểu.", "Nhượng Nặc Nhĩ·Ba La"),
    ],
)
def test_n102_widens_only_after_a_country_or_a_title(text: str, span: str) -> None:
    assert [t for t, _ in _found(text, "N102")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh: Minh Khuê · Thu Hà; Quỳnh Lan · Gia Kiệt; Hà Nội · Sa Pa · Lào Cai",
        "Bà Lan·Anh Thư và ông Minh Khuê · Thu Hà dự lễ.",
        "Tiền vệ Ý Andrea Pirlo và tiền đạo Pháp Antoine Griezmann dự lễ trao giải.",
    ],
)
def test_n102_quiet_on_vietnamese_names_and_latin_spelling(text: str) -> None:
    assert _found(text, "N102") == []


# 2. N102: a dotted name after a role in an unnamed company of a country


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Giám đốc điều hành hãng hàng không Indonesia An Na·Tát Lợi cho biết sẽ mở đường bay mới.", "An Na·Tát Lợi"),
        ("Chủ tịch công ty cà phê Brazil Ma Lợi Á·Tác Tát cho biết giá sẽ còn tăng.", "Ma Lợi Á·Tác Tát"),
        ("Tổng giám đốc tập đoàn bán lẻ Pháp Tư Đế Phân·Bố Lãng cho biết sẽ mở thêm cửa hàng.", "Tư Đế Phân·Bố Lãng"),
        # a country of two words after a field of two ('Ấn Độ' is no field word)
        ("Phó Chủ tịch ngân hàng thương mại Ấn Độ Lạp Châu·Cao Nhĩ cho biết lãi suất sẽ giảm.", "Lạp Châu·Cao Nhĩ"),
    ],
)
def test_n102_after_a_role_in_an_unnamed_company(text: str, span: str) -> None:
    assert [t for t, _ in _found(text, "N102")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese names joined by a dot after the same frame, a company's name after its kind and country
        "Phó Chủ tịch tập đoàn năng lượng Thái Lan Minh Khuê·Thu Hà cho biết công ty muốn góp vốn.",
        "Ông Trần Văn Nam, Giám đốc công ty thủy sản Việt Nam Minh Phú, cho biết giá tôm tăng.",
        "Đại diện tập đoàn năng lượng Thái Lan cho biết công ty muốn góp vốn vào kho cảng.",
        "Giám đốc công ty du lịch Hàn Quốc Kim Min-jun cho biết lượng khách tăng.",
    ],
)
def test_n102_quiet_after_a_company_without_a_transcribed_name(text: str) -> None:
    assert _found(text, "N102") == []


# 3. N108: a long pinyin given name, then a family name whose pinyin is a known word


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Giáo sư Helaosi Weibo cho biết kết quả nghiên cứu sẽ được công bố.", "Helaosi Weibo"),
        ("Ông Fulanxisi Baidu cho biết hai bên sẽ ký hợp đồng.", "Fulanxisi Baidu"),
        ("Tiến sĩ Anduolie Weibo trình bày tại hội thảo.", "Anduolie Weibo"),
    ],
)
def test_n108_long_pinyin_name_with_a_known_word_second(text: str, span: str) -> None:
    assert [t for t, _ in _found(text, "N108")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Xiaomi Weibo nói sản phẩm sẽ ra mắt.",  # a known word first: no long pinyin name
        "Tiến sĩ Weibo Kelaosi nói kết quả sẽ được công bố.",  # the known word first
        "Chủ tịch Alibaba Taobao cho biết doanh thu tăng.",  # two brands
        "Ông Jack Ma, nhà sáng lập Alibaba, phát biểu trên Weibo.",
    ],
)
def test_n108_quiet_on_brands_and_known_words(text: str) -> None:
    assert _found(text, "N108") == []


# 4. C102: 日 read as 'ngày' in a pair after a word of dealings


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Thủ tướng Nhật Bản thăm Bắc Kinh.\nHội đàm Trung-Ngày diễn ra tại Đại lễ đường Nhân dân.",
            "Trung-Ngày",
            "Trung Quốc – Nhật Bản",
        ),
        ("Đoàn Nhật Bản tới Seoul.\nKim ngạch thương mại Hàn-Ngày tăng 8% trong năm nay.", "Hàn-Ngày", None),
        ("Việt Nam và Nhật Bản ký thỏa thuận.\nHợp tác Việt-Ngày về bán dẫn được đẩy mạnh.", "Việt-Ngày", None),
    ],
)
def test_c102_japan_literal_day_in_a_pair_after_dealings(text: str, span: str, fix: str | None) -> None:
    found = _found(text, "C102")
    assert [t for t, _ in found] == [span]
    assert fix is None or found[0][1] == fix


@pytest.mark.parametrize(
    "text",
    [
        "Hợp tác Việt-Ngày phát triển mạnh.",  # the article names no Japan
        "Đội Nhật Bản thắng.\nỞ nội dung đôi nam, cặp Việt-Ngày giành huy chương.",  # no word of dealings
        "Việt Nam và Nhật Bản ký thỏa thuận.\nHợp tác Việt Nam - Ngày 5/12, hai bên ký biên bản.",  # a date
        "Việt Nam và Nhật Bản ký thỏa thuận.\nLễ hội Việt Nam - Ngày hội văn hóa Nhật Bản mở cửa.",
        "Nhật Bản tổ chức sự kiện.\nChương trình Hà Nội - Ngày và đêm thu hút khách.",
        "Giao lưu văn hóa Việt - Nhật diễn ra tại Tokyo; hợp tác Việt - Nhật tăng.",
        "Nhật Bản mở cửa lại.\nHợp tác ngày - đêm giúp công trình về đích sớm.",
    ],
)
def test_c102_quiet_on_day_outside_a_pair_frame(text: str) -> None:
    assert _found(text, "C102") == []
