"""Round 33's fixes of blind-set misses, each on sentences outside the sets, both ways (fires on MT, quiet on
human text)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 玛丽·萨勒 read in Hán-Việt, the dot as Chinese writes it, after an honorific (adversary115's 'An Na·Khải Lặc')
        ("Theo bà Mã Lệ·Tát Lặc, điều phối viên của quỹ, hàng cứu trợ đã tới Cebu.", "Mã Lệ·Tát Lặc"),
        ("Nữ ca sĩ Y Na·Lâm Đức trình diễn tại lễ hội.", "Y Na·Lâm Đức"),
        ("Ông Ma Lệ·Sa Lặc cho biết dự án sẽ mở rộng.", "Ma Lệ·Sa Lặc"),
    ],
)
def test_n102_unspaced_dot_after_a_title(text: str, span: str) -> None:
    assert _found(text, "N102") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh: Minh Khuê·Thu Hà",  # a byline: no title before it
        "Ông Minh Khuê · Thu Hà dự lễ.",  # spaced dots separate a list
        "Bà Lan·Anh Thư dự lễ khai mạc.",  # common Vietnamese name syllables only
        "Giám đốc Đức·Minh Hoàng phát biểu.",  # no syllable of a sound-picking character
        "Thời sự · Thế giới · Kinh tế",
    ],
)
def test_n102_quiet_on_vietnamese_names_and_lists(text: str) -> None:
    assert _found(text, "N102") == []


@pytest.mark.parametrize(
    "text",
    ["Mỗi tủ rack tiêu chuẩn chứa 42 máy chủ.", "Các rack máy chủ được làm mát bằng chất lỏng."],
)
def test_rack_is_a_loan(text: str) -> None:
    assert _found(text, "L101") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Năm ngoái, tỉnh đón khoảng 35万 lượt khách quốc tế.", "35万", "350.000"),
        ("Gói hỗ trợ trị giá 2,5亿 nhân dân tệ được công bố.", "2,5亿", "250 triệu"),
        ("Quy mô thị trường đạt 3万亿 won.", "3万亿", "3.000 tỷ"),
        ("Thành phố có 1.200万 dân.", "1.200万", "12 triệu"),
    ],
)
def test_t307_myriad_character_after_a_number(text: str, span: str, fix: str) -> None:
    found = [(f.rule, f.text, f.suggestion) for f in audit_text(text)]
    assert ("T307", span, fix) in found
    assert not [f for f in found if f[0] == "L103"]  # one finding for the error, with the value


@pytest.mark.parametrize(
    ("text", "l103"),
    [
        ("Tập đoàn 万科 mở rộng đầu tư.", ["万科"]),  # a company's characters, no number: L103's alone
        ("Có 12万人 tham gia lễ hội.", ["万人"]),  # a run beyond the unit is still L103's
    ],
)
def test_l103_keeps_other_characters(text: str, l103: list[str]) -> None:
    assert _found(text, "L103") == l103


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bệnh viện thiếu albumin và IV fluids cho bệnh nhân nặng.", "IV fluids"),
        ("Kho còn rất ít IV fluids sau đợt dịch.", "IV fluids"),
    ],
)
def test_l101_english_plural_after_an_acronym(text: str, span: str) -> None:
    assert _found(text, "L101") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Bệnh viện thiếu dịch truyền IV cho bệnh nhân nặng.",  # the Vietnamese order
        "Giá cổ phiếu FPT tăng mạnh trong phiên sáng.",
        "Hai bên bàn về các khoản vay ODA mới.",
        "Nhà máy sản xuất AI chips cho thị trường châu Âu.",  # 'chip' is a loan
    ],
)
def test_l101_quiet_beside_acronyms_otherwise(text: str) -> None:
    assert _found(text, "L101") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hai nước ký hiệp định ngày 15/11/2025 (thứ Hai) tại Hà Nội.", "15/11/2025 (thứ Hai)"),  # a Saturday
        ("Huế, 3/3/2026 - Lễ hội khai mạc.\nĐêm bế mạc diễn ra ngày 8/3 ( Thứ Sáu ).", "8/3 ( Thứ Sáu )"),  # a Sunday
    ],
)
def test_t303_weekday_in_brackets_after_the_date(text: str, span: str) -> None:
    assert _found(text, "T303") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Hai nước ký hiệp định ngày 15/11/2025 (thứ Bảy) tại Hà Nội.",
        "Huế, 3/3/2026 - Lễ hội khai mạc.\nĐêm bế mạc diễn ra ngày 8/3 (Chủ nhật).",
        "Kết quả xổ số ngày 12/5/2026 (thứ Ba) đã được công bố.",
    ],
)
def test_t303_quiet_on_a_right_weekday_in_brackets(text: str) -> None:
    assert _found(text, "T303") == []


def test_t303_weekday_in_brackets_fixed_from_the_source() -> None:
    found = audit_pairs(
        [("两国于2025年11月15日（星期六）签署协定。", "Hai nước ký hiệp định ngày 15/11/2025 (thứ Hai).")]
    )
    assert [(f.text, f.suggestion) for f in found if f.rule == "T303"] == [
        ("15/11/2025 (thứ Hai)", "15/11/2025 (thứ Bảy)")
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cả nước có 655 dự án với quy mô 567.000 căn căn hộ.", "căn căn"),
        ("Hãng đã bàn giao 1.200 chiếc chiếc xe điện trong quý III.", "chiếc chiếc"),
        ("Khu đô thị mới có mười tòa tòa nhà cao tầng.", "tòa tòa"),
    ],
)
def test_f111_classifier_doubled_after_a_count(text: str, span: str) -> None:
    assert _found(text, "F111") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Người người, nhà nhà treo cờ đỏ sao vàng.",
        "Ngôi nhà con con nằm cuối hẻm; hai con con nhỏ của chị đi học.",
        "Khu đô thị mới có mười tòa nhà cao tầng và 567.000 căn hộ.",
    ],
)
def test_f111_quiet_on_doubled_words_vietnamese_writes(text: str) -> None:
    assert _found(text, "F111") == []


def test_n102_offers_no_place_as_a_persons_name() -> None:
    """A Latin word of a place ('Delhi' of 'New Delhi') is no Latin name a Hán-Việt transcription reads: the coach's
    name is found with no fix rather than with the city (before: 'Delhi')."""
    text = "Đội tuyển Anh đến New Delhi hôm qua.\nHuấn luyện viên Đồ Hách Nhĩ cho biết đội đã sẵn sàng ở Delhi."
    assert [(f.text, f.suggestion) for f in audit_text(text) if f.rule == "N102"] == [("Đồ Hách Nhĩ", None)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Thủ tướng Pakistan Xiafu phát biểu tại hội nghị thượng đỉnh.", "Xiafu"),
        ("Bộ trưởng Thương mại Sri Lanka Qiaoke dẫn đầu đoàn doanh nghiệp.", "Qiaoke"),
    ],
)
def test_n108_two_pinyin_syllables_after_a_title(text: str, span: str) -> None:
    assert _found(text, "N108") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Nigeria Tinubu phát biểu tại hội nghị.",  # open syllables: a name of its own
        "Tổng thống Kenya Ruto tiếp đoàn doanh nghiệp Việt Nam.",
        "Huấn luyện viên Xavi trở lại Barcelona.",  # no pinyin reading of its second syllable
    ],
)
def test_n108_quiet_on_two_syllable_latin_names(text: str) -> None:
    assert _found(text, "N108") == []


def test_a113_takes_the_literal_noun_phrases_whole() -> None:
    found = audit_pairs(
        [("Rents in the capital cost an arm and a leg.", "Tiền thuê nhà ở thủ đô tốn một cánh tay và một chân.")]
    )
    assert [f.text for f in found if f.rule == "A113"] == ["một cánh tay và một chân"]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Trang tin cộng đồng người Việt tại Ba Lan. Mọi bài viết có thể dẫn lại khi ghi rõ nguồn.", True),
        ("Tất cả các bài viết chỉ được đăng lại khi ghi rõ nguồn.", True),
        ("Toàn bộ nội dung có thể được trích dẫn khi ghi rõ nguồn.", True),
        # a sentence of the article that speaks of the rule, with no punctuation before it, stays article
        ("Ông cho biết mọi bài viết có thể dẫn lại khi ghi rõ nguồn trên trang của hội.", False),
    ],
)
def test_reuse_notice_with_a_word_for_all(line: str, chrome: bool) -> None:
    from audit.corpus.boilerplate import classify_lines

    assert (classify_lines([line])[0] is not None) is chrome


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Các đối tượng chiếm đoạt hơn 80 tỷ đồng đồng của 300 nạn nhân.", "đồng đồng"),
        ("Mỗi container chở 25 tấn tấn gạo sang Philippines.", "tấn tấn"),
        ("Vé máy bay khứ hồi có giá 450 USD USD.", "USD USD"),
    ],
)
def test_f111_unit_doubled_after_an_amount(text: str, span: str) -> None:
    assert _found(text, "F111") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Dự án có vốn 120 tỷ đồng đồng thời tạo việc làm cho 500 lao động.",  # 'đồng thời', a comma left out
        "Ngày ngày, năm năm, người dân vẫn giữ nghề.",
    ],
)
def test_f111_quiet_on_a_unit_before_its_word(text: str) -> None:
    assert _found(text, "F111") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("“Hay que caminar hasta el río según la temporada”, ông nói bằng tiếng Tây Ban Nha.", []),
        ("«Il faut marcher jusqu’à la rivière», bà nói bằng tiếng Pháp.", []),
        ("“Chúng tôi sẽ triển khai các hiêp định đã ký”, ông nói.", ["hiêp"]),  # a Vietnamese quotation is checked
    ],
)
def test_s101_leaves_a_foreign_quotation_alone(text: str, found: list[str]) -> None:
    assert _found(text, "S101") == found


def test_a_call_to_action_box_is_chrome() -> None:
    from audit.corpus.html.markers import CHROME_ATTR

    assert CHROME_ATTR.search("gh-cta gh-outer") and CHROME_ATTR.search("wp-block-cta")
    assert not CHROME_ATTR.search("octa-grid") and not CHROME_ATTR.search("ctaphrase")


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Nội dung mang tính tham khảo, không thay thế tư vấn của bác sĩ điều trị.", True),
        ("Bài viết mang tính tham khảo cao cho giới nghiên cứu lịch sử.", False),
    ],
)
def test_disclaimer_without_chi(line: str, chrome: bool) -> None:
    from audit.corpus.boilerplate import classify_lines

    assert (classify_lines([line])[0] is not None) is chrome


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("Ngành đường sắt đã bán hơn 30 vạn vé tàu Tết.", "T307", "30 vạn"),
        ("Khoảng 2 vạn công chức được tinh giản trong năm nay.", "T307", "2 vạn"),
        ("Tỉnh đã tập huấn cho 2,300 cán bộ y tế cơ sở.", "F114", "2,300"),
    ],
)
def test_tickets_and_officials_are_counted(text: str, rule: str, span: str) -> None:
    assert _found(text, rule) == [span]


_KOREA_STORY = (
    "Sinh viên Việt Nam chuộng du học Hàn Quốc\n"
    "Seoul, 20/11/2025 - Số sinh viên Việt Nam theo học tại các trường đại học Hàn Quốc tăng 18% trong năm nay.\n"
    "Quan hệ giáo dục Việt Nam - Hàn Quốc phát triển mạnh từ năm 2022.\n"
    "Đại sứ quán {embassy} tại Hà Nội cho biết số thị thực du học {visa} cấp cho công dân Việt Nam đạt 45.000.\n"
    "Nhiều trường Hàn Quốc mở văn phòng tuyển sinh tại Hà Nội và TP.HCM."
)


def test_c101_an_embassy_speaks_of_its_own_countrys_visas() -> None:
    found = audit_text(_KOREA_STORY.format(embassy="Trung Quốc", visa="Hàn Quốc"))
    assert [(f.text, f.suggestion) for f in found if f.rule == "C101"] == [("Trung Quốc", "Hàn Quốc")]


@pytest.mark.parametrize(("embassy", "visa"), [("Hàn Quốc", "Hàn Quốc"), ("Trung Quốc", "Trung Quốc")])
def test_c101_quiet_on_an_embassy_and_its_own_visas(embassy: str, visa: str) -> None:
    assert _found(_KOREA_STORY.format(embassy=embassy, visa=visa), "C101") == []


def test_a_name_between_the_article_and_its_chrome_is_the_byline() -> None:
    """A name alone after the article's last sentence and right before a share row is the byline, though readers'
    comments follow (adversary116's human page); a heading with its paragraph after it stays article."""
    from audit.corpus.boilerplate import classify_lines

    page = [
        "Sinh viên quốc tế đến Canada giảm mạnh",
        "Số sinh viên Việt Nam nhận thị thực du học Canada giảm 30% trong năm nay, theo số liệu mới công bố.",
        "Phạm Ngọc Hân",
        "Chia sẻ: Facebook | Zalo | Sao chép link",
        "Bình luận (1)",
        "Con tôi cũng đang chuẩn bị hồ sơ, cảm ơn bài viết.",
    ]
    assert classify_lines(page)[2] == "byline"
    heading = [*page[:2], "Học Phí Tăng Mạnh", "Học phí của các trường tăng khoảng 8% so với năm trước, theo họ."]
    assert classify_lines(heading)[2] is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("U23 Việt Nam gặp đội tuyển Thái Quốc ở trận chung kết.", ["Thái Quốc"]),
        ("Anh Lê Thái Quốc là tuyển thủ bóng bàn của tỉnh.", []),
    ],
)
def test_c104_thailand_read_in_han_viet_after_a_national_team(text: str, found: list[str]) -> None:
    assert _found(text, "C104") == found


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Báo Biển Xanh – tin tức ngư nghiệp miền Trung. Đường dây nóng: 0236 3999 888", True),
        ("Thời Báo Nông Sản | Hotline: 1900 1234", True),
        ("Người dân có thể phản ánh qua đường dây nóng: 1900 1234.", False),
    ],
)
def test_a_tagline_then_a_hotline_is_a_footer(line: str, chrome: bool) -> None:
    from audit.corpus.boilerplate import classify_lines

    assert (classify_lines([line])[0] is not None) is chrome
