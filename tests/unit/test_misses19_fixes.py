"""Round 19's fixes of what adversary52 … adversary61 left missed, each tested both ways on names, places and
sentences that are NOT in those sets (nor in any other): office holders added to the tables (TP.HCM's chairman,
Finland's and Pakistan's foreign ministers) and a second Chinese name of a holder (拉克森 Luxon); a title ending on
a dotted city ('Chủ tịch UBND TP.HCM'); a Vietnamese given name left unmarked alone after 'ông'/'bà' (T101); a
Japanese holder's near-miss in either order (N103); and 'Trung Quốc' for Việt Nam in a bilateral trade figure, a
stock market's figure in đồng, a Vietnamese company's top rank and a relation frame of a story that also writes
'Đài Loan (Trung Quốc)' (C101)."""

from __future__ import annotations

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_holders_added_to_the_tables() -> None:
    """Elina Valtonen under Norway's title, Ishaq Dar under India's or by his given name alone, a near-miss of TP.HCM's
    chairman: the holders' own country and names stay quiet."""
    assert _found("Helsinki, 3/12/2025 – Bộ trưởng Ngoại giao Na Uy Elina Valtonen tiếp Đại sứ Việt Nam.", "N107") == [
        ("Na Uy", "Phần Lan")
    ]
    assert _found("Islamabad, 4/12/2025 – Ngoại trưởng Ấn Độ Ishaq Dar tiếp Đại sứ Việt Nam.", "N107") == [
        ("Ấn Độ", "Pakistan")
    ]
    assert _found("Islamabad, 4/12/2025 – Phó Thủ tướng Pakistan Ishaq cảm ơn Việt Nam đã hỗ trợ.", "N104") == [
        ("Ishaq", "Ishaq Dar")
    ]
    chairman = "TP.HCM, 5/12/2025 – Chủ tịch UBND {} {} dự lễ khởi công tuyến metro số 2."
    for city in ("TP.HCM", "Thành phố Hồ Chí Minh"):
        assert _found(chairman.format(city, "Nguyễn Văn Đực"), "N103") == [("Nguyễn Văn Đực", "Nguyễn Văn Được")]
    quiet = (
        ("Helsinki, 3/12/2025 – Bộ trưởng Ngoại giao Phần Lan Elina Valtonen tiếp Đại sứ Việt Nam.", "N107"),
        ("Islamabad, 4/12/2025 – Phó Thủ tướng Pakistan Ishaq Dar cảm ơn Việt Nam đã hỗ trợ.", "N104"),
        (chairman.format("TP.HCM", "Nguyễn Văn Được"), "N103"),
    )
    for text, rule in quiet:
        assert _found(text, rule) == [], text


def test_a_second_chinese_name_of_a_holder() -> None:
    """克里斯托弗·拉克森 as some media write Christopher Luxon, in full (the set had the family name alone)."""
    text = "Wellington, 6/12/2025 – Thủ tướng New Zealand {} tiếp đoàn doanh nghiệp Việt Nam."
    assert _found(text.format("Kelisituofu Lakesen"), "N108") == [("Kelisituofu Lakesen", "Christopher Luxon")]
    assert _found(text.format("Christopher Luxon"), "N108") == []


def test_t101_unmarked_given_name_alone_after_an_honorific() -> None:
    """'Bà Phuong' where the document names 'Nguyễn Thị Phượng'; not a word that is a Vietnamese syllable as written
    ('Hung', 'Dung'), nor a form two marked names of the document read as, nor one without a marked name beside."""
    text = "Bà Nguyễn Thị Phượng, Giám đốc Sở Y tế tỉnh Phú Thọ, thăm trạm y tế.\nBà Phuong cho biết tỉnh đủ vắc xin."
    assert _found(text, "T101") == [("Phuong", "Phượng")]
    quiet = (
        "Ông Đỗ Mạnh Hùng dự lễ.\nÔng Hung cho biết đơn vị đã sẵn sàng.",
        "Bà Lê Thị Phượng và bà Lý Thị Phương dự.\nBà Phuong cảm ơn.",
        "Ông Duc, một kỹ sư người Pháp gốc Việt, phát biểu tại hội thảo.",
        "Bà Nguyễn Thị Phượng dự lễ.\nBà Phuong Nguyen, Giám đốc quỹ, cảm ơn.",
    )
    for t in quiet:
        assert _found(t, "T101") == [], t


def test_n103_japanese_holder_near_miss_in_either_order() -> None:
    """Koizumi Shinjirō, Defence Minister from October 2025: one word off in either order; his name right in either
    order, and another Koizumi, stay quiet."""
    text = "Tokyo, 2/12/2025 – Bộ trưởng Quốc phòng Nhật Bản {} tiếp đoàn đại biểu Bộ Quốc phòng Việt Nam."
    assert _found(text.format("Koizumi Shinjiru"), "N103") == [("Koizumi Shinjiru", "Koizumi Shinjiro")]
    assert _found(text.format("Shinjiro Koizuni"), "N103") == [("Shinjiro Koizuni", "Shinjiro Koizumi")]
    for name in ("Koizumi Shinjiro", "Shinjiro Koizumi", "Koizumi Junichiro"):
        assert _found(text.format(name), "N103") == [], name


_BRAZIL = (
    "Việt Nam và Brazil mở rộng hợp tác thương mại\n"
    "Brasília, 12/9/2025 – Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Brazil Lula da Silva; hai nước nhất trí "
    "nâng kim ngạch lên 15 tỷ USD.\n{}\nBrazil muốn nhập thêm cà phê của Việt Nam."
)


def test_c101_exports_within_the_pairs_own_trade() -> None:
    """China's exports to the partner inside the pair's trade figure; not compared, nor alone as news."""
    fires = (
        "Thương mại hai chiều năm 2024 đạt 7,7 tỷ USD, trong đó xuất khẩu của Trung Quốc sang Brazil đạt 4 tỷ USD.",
        "Nhờ Hiệp định Thương mại tự do, nông sản của Trung Quốc xuất khẩu sang Brazil được giảm thuế.",
    )
    for sentence in fires:
        assert _found(_BRAZIL.format(sentence), "C101") == [("Trung Quốc", "Việt Nam")], sentence
    quiet = (
        "Thương mại hai chiều năm 2024 đạt 7,7 tỷ USD, trong khi xuất khẩu của Trung Quốc sang Brazil đạt 70 tỷ USD.",
        "Năm 2024, xuất khẩu của Trung Quốc sang Brazil đạt 70 tỷ USD.",
        "Thương mại song phương đạt 7,7 tỷ USD; nông sản của Trung Quốc sang Brazil qua nhiều cảng.",
    )
    for sentence in quiet:
        assert _found(_BRAZIL.format(sentence), "C101") == [], sentence


def test_c101_stock_market_and_company_rank() -> None:
    """A figure in đồng before 'thị trường chứng khoán Trung Quốc' in a story of Việt Nam's exchanges; a Vietnamese
    company ranked top 'Trung Quốc' without 'của'. Contrasted, without a figure, or a Chinese firm: quiet."""
    head = "Hà Nội, 3/12/2025 – VN-Index tăng 12 điểm; khối ngoại mua ròng 900 tỷ đồng trên HoSE.\n"
    fires = "Giá trị giao dịch bình quân đạt 25.000 tỷ đồng mỗi phiên, cao nhất của thị trường chứng khoán Trung Quốc."
    assert _found(head + fires, "C101") == [("Trung Quốc", "Việt Nam")]
    for sentence in (
        "Khối ngoại bán ròng 300 tỷ đồng trên HoSE, trong khi thị trường chứng khoán Trung Quốc tăng mạnh.",
        "Thị trường chứng khoán Trung Quốc giảm 2% sau số liệu xuất khẩu.",
    ):
        assert _found(head + sentence, "C101") == [], sentence
    company = "Đà Nẵng, 4/12/2025 – {}; UBND thành phố Đà Nẵng chúc mừng."
    ranked = "Tập đoàn Hòa Phát, doanh nghiệp thép lớn nhất Trung Quốc, báo lãi 3.000 tỷ đồng"
    assert _found(company.format(ranked), "C101") == [("Trung Quốc", "Việt Nam")]
    for sentence in (
        "Hòa Phát ký hợp đồng mua quặng của một doanh nghiệp thép lớn nhất Trung Quốc",
        "Hòa Phát, doanh nghiệp thép Trung Quốc, báo lãi",
    ):
        assert _found(company.format(sentence), "C101") == [], sentence


def test_c101_relation_frame_beside_the_press_form_of_a_region() -> None:
    """'Hồng Kông (Trung Quốc)' elsewhere in a Việt Nam–Thailand story no longer keeps the relation frame quiet;
    a story that names China itself outside any frame still does, unless the sentence's speakers are the meeting's
    two parties ('Hai bên' after the Thai minister received the Vietnamese delegation: leftovers49, round 29)."""
    story = (
        "Việt Nam và Thái Lan thúc đẩy hợp tác du lịch\n"
        "Bangkok, 8/12/2025 – Bộ trưởng Du lịch Thái Lan tiếp đoàn Việt Nam; hai nước Việt Nam và Thái Lan ký kế "
        "hoạch hợp tác.\nHai bên nhất trí rằng quan hệ hữu nghị giữa Thái Lan và Trung Quốc ngày càng phát triển.\n"
        "Du khách từ {} cũng ưa chuộng các tour kết hợp Việt Nam và Thái Lan."
    )
    assert _found(story.format("Hồng Kông (Trung Quốc)"), "C101") == [("Trung Quốc", "Việt Nam")]
    assert _found(story.format("Trung Quốc"), "C101") == [("Trung Quốc", "Việt Nam")]
    said = story.replace("Hai bên nhất trí rằng", "Ông cho rằng")
    assert _found(said.format("Trung Quốc"), "C101") == []


def test_n107_minister_with_a_portfolio_no_office_spells() -> None:
    """'Bộ trưởng Giáo dục New Zealand' read as a bare minister's title, a portfolio and a country, before a known
    Vietnamese minister; a foreign minister not in the tables, or the right country, stays quiet."""
    text = "Bộ trưởng {} {} {} trao đổi kinh nghiệm quản lý đại học."
    assert _found(text.format("Giáo dục", "Úc", "Nguyễn Kim Sơn"), "N107") == [("Úc", "Việt Nam")]
    assert _found(text.format("Y tế", "Campuchia", "Đào Hồng Lan"), "N107") == [("Campuchia", "Việt Nam")]
    for portfolio, country, name in (
        ("Giáo dục", "Úc", "Jason Clare"),
        ("Giáo dục", "Việt Nam", "Nguyễn Kim Sơn"),
        ("Tài chính", "Nhật Bản", "Katayama Satsuki"),
    ):
        assert _found(text.format(portfolio, country, name), "N107") == [], name


def test_t101_one_mark_off_the_sure_reading_of_a_pinyin_name() -> None:
    """'Chen Tinghai' reads 'Trần Đình Hải' and nothing else: 'Trần Đinh Hải' written once is the same player slipped.
    The reading itself written (then the pinyin is the other form, as before) and a form two syllables off are not."""
    text = "Trong trận chung kết, tiền vệ Chen Tinghai ghi bàn ở phút 12.\n{} được bầu là cầu thủ xuất sắc nhất."
    assert _found(text.format("Trần Đinh Hải"), "T101") == [("Trần Đinh Hải", "Trần Đình Hải")]
    assert _found(text.format("Trần Đình Hải"), "T101") == [("Chen Tinghai", "Trần Đình Hải")]
    assert _found(text.format("Trần Đinh Hài"), "T101") == []


def test_n106_honorific_after_a_lone_foreign_name_titled_elsewhere() -> None:
    """'Tiến sĩ Boliwei … Boliwei tiên sinh': a pinyin name the document titles elsewhere; a Vietnamese surname alone
    ('Trương tiên sinh') or a foreign word never titled stays quiet."""
    text = "Diễn giả là Tiến sĩ Boliwei, chuyên gia năng lượng gió. {} tiên sinh cho biết chi phí điện gió đã giảm."
    assert _found(text.format("Boliwei"), "N106") == [("tiên sinh", "")]
    assert _found(text.format("Trương"), "N106") == []
    assert _found("Truyện kể về Boliwei tiên sinh, một ông đồ lập dị ở làng Đông.", "N106") == []


_MATCH = (
    "Việt Nam thắng Indonesia 2-0 ở vòng loại World Cup\n"
    "Tối 14/10, đội tuyển Việt Nam thắng Indonesia 2-0 trên sân Mỹ Đình ở lượt trận thứ ba.\n"
    "Tiến Linh ghi bàn ở phút 23, Quang Hải nâng tỷ số ở phút 71.\n{}\n"
    "Indonesia sẽ tiếp Việt Nam ở lượt về tại Jakarta."
)


def test_c101_the_partners_opponent_in_a_match_report() -> None:
    """In a Việt Nam–Indonesia match report, Indonesia losing to 'đội tuyển Trung Quốc' is the MT's 我国队; a past fact
    ('từng'), a Chinese city in the sentence, or no match reported stay quiet."""
    fired = _found(
        _MATCH.format("Đây là trận thứ ba liên tiếp Indonesia thua đội tuyển Trung Quốc trên sân khách."), "C101"
    )
    assert fired == [("Trung Quốc", "Việt Nam")]
    for sentence in (
        "Indonesia từng thua đội tuyển Trung Quốc 0-3 ở vòng loại năm 2017.",
        "Trước đó, Indonesia hòa đội tuyển Trung Quốc 1-1 tại Thượng Hải.",
    ):
        assert _found(_MATCH.format(sentence), "C101") == [], sentence
    talks = "Indonesia và Việt Nam thúc đẩy hợp tác\nHai nước ký kết thỏa thuận; Indonesia gặp Trung Quốc tuần tới."
    assert _found(talks, "C101") == []
