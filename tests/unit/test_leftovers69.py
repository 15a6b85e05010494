"""Round 36's fixes of adversary128's and adversary129's misses (leftovers69), each on sentences outside the sets, both
ways (fires on MT, quiet on human text): F114's counted nouns of investment, business and society news ('9,800 dự
án'), and T308's speech verb after a speaker named with a long apposition closed by a comma, the verb followed by a
comma ('Ông X, Phó Chủ tịch …, biểu thị, …')."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


# --- F114: projects, works, plants, firms, members, delegates, children counted with the English thousands ---


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Đến nay, các nhà đầu tư Nhật Bản có hơn 5,400 dự án còn hiệu lực tại Việt Nam.", "5,400"),
        ("Chương trình đã hỗ trợ 3,250 hợp tác xã ở đồng bằng sông Cửu Long.", "3,250"),
        ("Hội nghị có 1,450 đại biểu đến từ 40 quốc gia tham dự.", "1,450"),
        ("Giải chạy thu hút 2,300 tình nguyện viên và 1,100 thành viên câu lạc bộ.", "2,300"),
        ("Cả nước hiện có khoảng 7,600 nhà máy chế biến gỗ xuất khẩu.", "7,600"),
        ("Chiến dịch tiêm chủng đã đến với 14,200 trẻ em ở vùng cao.", "14,200"),
    ],
)
def test_english_thousands_before_a_counted_noun_of_news_fire(text: str, number: str) -> None:
    assert (number, number.replace(",", ".")) in _found(text, "F114")


@pytest.mark.parametrize(
    "text",
    [
        "Đến nay, các nhà đầu tư Nhật Bản có hơn 5.400 dự án còn hiệu lực tại Việt Nam.",  # the Vietnamese thousands
        "Bình quân mỗi xã giải ngân 1,25 dự án mỗi năm trong giai đoạn trước.",  # a mean, a real decimal
        "Dự án 2,5 tỷ USD được khởi công vào tháng trước.",
        "Hội nghị có 1.450 đại biểu và 2.300 tình nguyện viên tham gia.",
    ],
)
def test_vietnamese_numbers_before_those_nouns_stay_quiet(text: str) -> None:
    assert _found(text, "F114") == []


def test_a_myriad_of_projects_is_modern_but_an_army_or_peasants_stay_history() -> None:
    """COUNTED is T307's list too: '3 vạn dự án' is the MT's myriad; soldiers and peasants were left out, as history
    counts them in myriads."""
    assert _found("Năm 2025, tỉnh có 3 vạn dự án đăng ký mới trên cổng thông tin.", "T307") == [("3 vạn", "30.000")]
    assert _found("Cuộc khởi nghĩa năm 1930 thu hút 3 vạn nông dân tham gia.", "T307") == []


# --- T308: a speaker named with a long apposition, then the verb and a comma ---


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        (
            "Bà Lê Thị Hồng, Phó Chủ tịch Hiệp hội Chế biến gỗ và Lâm sản tỉnh Bình Dương, biểu thị, đơn hàng quý tới "
            "tăng mạnh.",
            "biểu thị",
            "cho biết",
        ),
        (
            "Ông Trần Quốc Bảo, Trưởng phòng Kinh doanh của một hãng vận tải biển có trụ sở tại Hải Phòng, cường điệu: "
            "giá cước sẽ còn tăng.",
            "cường điệu",
            "nhấn mạnh",
        ),
        (
            "Ông Đặng Văn Khoa, Tổng Giám đốc một tập đoàn thép có nhà máy ở Quảng Ngãi và Hà Tĩnh, biểu thị rằng giá "
            "quặng sẽ giảm.",
            "biểu thị",
            "cho biết",
        ),
        (
            "Tiến sĩ Ngô Minh Tuấn, chuyên gia kinh tế thuộc Viện Nghiên cứu Phát triển Thành phố Hồ Chí Minh, biểu "
            "thị, lạm phát sẽ ổn định.",
            "biểu thị",
            "cho biết",
        ),
    ],
)
def test_speech_verb_after_an_apposed_speaker_fires(text: str, word: str, fix: str) -> None:
    assert (word, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        # a thing before an aside, not a person before an office
        "Đường màu đỏ, theo chú giải của bản đồ vùng trồng cà phê Tây Nguyên, biểu thị, vùng có lượng mưa thấp nhất.",
        "Chiếc đồng hồ, món quà của Giám đốc nhà máy cơ khí Hà Nội tặng năm 1995, biểu thị, thời gian đã trôi qua.",
        # a stance after the verb is Vietnamese's own use
        "Ông Nam, Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng, biểu thị sự đồng tình với đề xuất.",
        # the press's verb
        "Ông Võ Thành Danh, Giám đốc một doanh nghiệp xuất khẩu cà phê tại Gia Lai, cho biết, giá sẽ còn tăng.",
    ],
)
def test_things_stances_and_the_press_verb_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# --- N108/N103/N107: the US Secretaries of the Interior, the Treasury and Commerce as a sourced class ---


@pytest.mark.parametrize(
    ("text", "rule", "span", "fix"),
    [
        # pinyin of the Chinese names the sources give (伯古姆, 贝森特, 卢特尼克) after the office's title
        ("Bộ trưởng Nội vụ Mỹ Bogumu cho biết dự án khí hóa lỏng sẽ sớm khởi công.", "N108", "Bogumu", "Doug Burgum"),
        (
            "Bộ trưởng Tài chính Mỹ Beisente cho biết hai bên đã đạt thỏa thuận khung.",
            "N108",
            "Beisente",
            "Scott Bessent",
        ),
        (
            "Bộ trưởng Thương mại Mỹ Lutenike nói thuế đối ứng sẽ có hiệu lực từ tháng tới.",
            "N108",
            "Lutenike",
            "Howard Lutnick",
        ),
        # a near miss of the holder's name under the title
        (
            "Bộ trưởng Thương mại Mỹ Howard Lutnik nói thuế đối ứng sẽ có hiệu lực.",
            "N103",
            "Howard Lutnik",
            "Howard Lutnick",
        ),
        # the holder under another country's title
        (
            "Bộ trưởng Tài chính Nhật Bản Scott Bessent cho biết hai bên đã đạt thỏa thuận.",
            "N107",
            "Nhật Bản",
            "Hoa Kỳ",
        ),
    ],
)
def test_us_cabinet_secretaries_are_read_against_their_office(text: str, rule: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Tài chính Mỹ Scott Bessent và Bộ trưởng Thương mại Mỹ Howard Lutnick dự cuộc họp.",
        "Bộ trưởng Nội vụ Mỹ Doug Burgum thăm Alaska hôm thứ Hai.",
        "Bộ trưởng Bộ Nội vụ Hoa Kỳ Doug Burgum công bố kế hoạch cho thuê khai thác dầu khí ngoài khơi.",
        "Bộ trưởng Nội vụ Phạm Thị Thanh Trà chủ trì hội nghị.",  # Việt Nam's own Minister of Home Affairs
    ],
)
def test_the_holders_in_the_press_spelling_stay_quiet(text: str) -> None:
    assert [(f.rule, f.text) for f in audit_text(text) if f.rule in ("N103", "N107", "N108")] == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Bộ trưởng Quốc phòng Mỹ Hegesaisi thăm Philippines tuần tới.", "Hegesaisi", "Pete Hegseth"),  # 赫格塞思
        ("Bộ trưởng Quốc phòng Mỹ Haigesaisi thăm Philippines tuần tới.", "Haigesaisi", "Pete Hegseth"),  # 海格塞斯
        ("Bộ trưởng Nông nghiệp Mỹ Luolinsi cho biết Trung Quốc sẽ mua đậu tương.", "Luolinsi", "Brooke Rollins"),
    ],
)
def test_defense_and_agriculture_secretaries_in_pinyin_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "N108")


def test_defense_and_agriculture_secretaries_in_the_press_spelling_stay_quiet() -> None:
    text = (
        "Bộ trưởng Quốc phòng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Mỹ Pete Hegseth. Bộ trưởng Chiến tranh Mỹ Pete "
        "Hegseth và Bộ trưởng Nông nghiệp Mỹ Brooke Rollins dự họp."
    )
    assert [(f.rule, f.text) for f in audit_text(text) if f.rule in ("N103", "N107", "N108")] == []
