"""False alarms review21 found in round 17's merged detectors with new human-written text, and the fixes' tests. The
sentences, names and countries here were written for this test: none is in tests/data, in the probes that found the
false alarms, nor in the rules' examples. Each fix is tested both ways."""

from __future__ import annotations

from audit.api import audit_pairs, audit_text


def _pair_hits(source: str, target: str, rule: str) -> list[str]:
    return [f.text for f in audit_pairs([(source, target)], select=[rule])]


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_a_figure_the_source_gives_in_a_word_is_no_added_figure() -> None:
    """A112: English and Chinese words that carry a figure ('midnight' 0 giờ, 'a fortnight' two weeks, 'an
    octogenarian', 'in her twenties', 'a hat-trick', 'round-the-clock', 'a freshman', 正午) let a faithful translation
    write it in digits; a figure the source does not carry still fires."""
    for source, target in (
        ("The polls closed at midnight.", "Các điểm bỏ phiếu đóng cửa lúc 0 giờ."),
        ("Repairs will take a fortnight.", "Việc sửa chữa sẽ mất 2 tuần."),
        ("An octogenarian farmer won the award.", "Một nông dân 85 tuổi đã giành giải thưởng."),
        ("The pianist, still in her twenties, toured Europe.", "Nữ nghệ sĩ mới ngoài 20 tuổi đã lưu diễn châu Âu."),
        ("Quang Hai's hat-trick sealed the win.", "3 bàn của Quang Hải ấn định chiến thắng."),
        ("Medics worked round-the-clock shifts.", "Nhân viên y tế làm việc 24/24 giờ."),
        ("She is a freshman at Hue University.", "Cô là sinh viên năm 1 Đại học Huế."),
        ("仪式于正午举行。", "Buổi lễ diễn ra lúc 12 giờ trưa."),
    ):
        assert _pair_hits(source, target, "A112") == [], target
    assert _pair_hits("Repairs will take longer.", "Việc sửa chữa sẽ mất thêm 2 tuần.", "A112") == ["2"]
    assert _pair_hits("The farmer won the award.", "Một nông dân 85 tuổi đã giành giải thưởng.", "A112") == ["85"]


def test_the_figure_of_a_name_joined_by_a_hyphen_is_no_added_figure() -> None:
    """A112: 新冠 or 'coronavirus' is 'Covid-19' in Vietnamese news, an aircraft is a 'Su-30' or an 'F-16': a figure
    joined to a word by a hyphen belongs to the name; a range's second figure ('10-12 tỷ') still fires."""
    for source, target in (
        ("新冠疫苗已运抵岘港。", "Vắc-xin Covid-19 đã về tới Đà Nẵng."),
        ("The coronavirus closed schools.", "Dịch COVID-19 khiến trường học đóng cửa."),
        ("The air force showed its fighter jets.", "Không quân trình diễn các tiêm kích Su-30 và F-16."),
    ):
        assert _pair_hits(source, target, "A112") == [], target
    hits = _pair_hits("The firms agreed on the deal.", "Các công ty nhất trí thương vụ trị giá 10-12 tỷ đồng.", "A112")
    assert hits and "12 tỷ" in hits[-1]


def test_a_country_glossed_in_brackets_is_one_spelling() -> None:
    """T201: a name with its other spelling in brackets right after it ('Kenya (Kê-ni-a)', 'Dăm-bi-a (Zambia)') is a
    gloss, for a table's variant and for a form spelled out in hyphenated syllables alike; the same forms
    unglossed in one document still fire."""
    for text in (
        "Đoàn chuyên gia nông nghiệp sang Kenya (Kê-ni-a) năm 1985 và ở lại Kenya ba năm.",
        "Nhiều giáo viên Việt Nam từng dạy học ở Dăm-bi-a (Zambia); Zambia vẫn nhớ họ.",
        "Nhiều giáo viên Việt Nam từng dạy học ở Zambia (Dăm-bi-a); Zambia vẫn nhớ họ.",
    ):
        assert _hits(text, "T201") == [], text
    fires = "Nhiều giáo viên Việt Nam từng dạy học ở Dăm-bi-a; Zambia vẫn nhớ họ."
    assert [s for s, _ in _hits(fires, "T201")] == ["Dăm-bi-a"]
    fires = "Đoàn chuyên gia sang Kenya năm 1985; họ ở lại Kê-ni-a ba năm, rồi Kenya mời thêm."
    assert [s for s, _ in _hits(fires, "T201")] == ["Kê-ni-a"]


def test_a_newcomer_introduced_in_a_citing_phrase_is_a_second_person() -> None:
    """T101: 'Theo ông/bà X, …' cites back a name written once after a title, but 'Theo ông X, <who he is>, …' (a
    trade, a charge, an age, closed by a comma) introduces someone new whose name is close to the first one's; the
    bare citing phrase still fires."""
    head = "Trưởng phòng Kinh tế huyện Lê Quang Thịnh đi kiểm tra các ao nuôi tôm.\n"
    for cited in (
        "Theo ông Lê Quang Thình, một ngư dân ở xã Hải Hòa, giá tôm đang giảm.",
        "Theo ông Lê Quang Thình, 54 tuổi, giá tôm đang giảm.",
        "Theo ông Lê Quang Thình, kỹ sư thủy sản của công ty, giá tôm đang giảm.",
    ):
        assert _hits(head + cited + "\nÔng Thịnh đề nghị người nuôi giữ giá.", "T101") == [], cited
    text = head + "Theo ông Lê Quang Thình, giá tôm đang giảm.\nÔng Thịnh đề nghị người nuôi giữ giá."
    assert _hits(text, "T101") == [("Lê Quang Thình", "Lê Quang Thịnh")]


def test_a_spelling_that_drops_the_names_final_liquid() -> None:
    """T201 (recall): Vietnamese spellings drop a final '-r' or '-l' ('Ê-cu-a-đo' Ecuador, 'Ca-ta' Qatar) as they do
    a closing stop; the syllable count still keeps a short spelling from a longer name."""
    text = "Việt Nam và Ecuador ký hiệp định.\nGạo Việt Nam được bán nhiều ở Ê-cu-a-đo.\nEcuador mua thêm cà phê."
    assert _hits(text, "T201") == [("Ê-cu-a-đo", "Ecuador")]
    text = "Việt Nam và Qatar ký hiệp định.\nNhiều lao động Việt Nam làm việc tại Ca-ta.\nQatar cần thêm kỹ sư."
    assert _hits(text, "T201") == [("Ca-ta", "Qatar")]
    quiet = "Việt Nam và Nigeria ký hiệp định.\nÔng Ni-giê cho biết.\nNigeria cần thêm kỹ sư."
    assert _hits(quiet, "T201") == []


def test_a_stance_stated_after_a_colon_or_in_quotation_marks() -> None:
    """C101 speaker stance (recall): 'nhấn mạnh: Trung Quốc …' and 'khẳng định: “Trung Quốc …”' are the speaker's
    words as much as 'nhấn mạnh Trung Quốc …'; China's place in a quotation that states no stance stays quiet."""
    head = "Việt Nam và Mông Cổ nâng cấp quan hệ\nHai nước Việt Nam và Mông Cổ ký 8 văn kiện hợp tác.\n"
    tail = "\nMông Cổ muốn nhập thêm gạo Việt Nam."
    for said in (
        "Chủ tịch Quốc hội Trần Thanh Mẫn nhấn mạnh: Trung Quốc luôn coi trọng quan hệ hữu nghị với Mông Cổ.",
        "Chủ tịch Quốc hội Trần Thanh Mẫn khẳng định: “Trung Quốc sẵn sàng chia sẻ kinh nghiệm với Mông Cổ”.",
    ):
        hits = [f.text for f in audit_text(head + said + tail, select=["C101"])]
        assert hits == ["Trung Quốc"], said
    quiet = "Chủ tịch Quốc hội Trần Thanh Mẫn nói: “Trung Quốc là thị trường lớn của Mông Cổ”."
    assert [f.text for f in audit_text(head + quiet + tail, select=["C101"])] == []


def test_a_hanviet_short_form_inside_a_vietnamese_persons_name() -> None:
    """C107: 'Thế Vệ' (世卫, WHO) is also a Vietnamese given name: after a Vietnamese surname or an honorific it names a
    person ('kỹ sư Hoàng Thế Vệ', 'chú Thế Vệ'); the body's short form with no name before it still fires."""
    for text in (
        "Kỹ sư Hoàng Thế Vệ, trưởng nhóm thiết kế, trình bày phương án cầu mới.",
        "Mỗi sáng chú Thế Vệ đạp xe đưa cháu đến trường.",
    ):
        assert _hits(text, "C107") == [], text
    fires = "Theo báo cáo mới của Thế Vệ, số ca mắc sởi ở châu Phi tăng gấp đôi."
    assert _hits(fires, "C107") == [("Thế Vệ", "WHO")]


def test_a_foreign_deputy_minister_named_after_a_comma_or_as_the_hosts() -> None:
    """N105: 'Phó Bộ trưởng Bộ …' is a calque only for Việt Nam's ministries; a foreign name after a comma and an
    honorific or a rank ('…, bà Chanthala Inthavong'), or the host country named as such ('… nước sở tại'), says
    the ministry is foreign; a Vietnamese name there, or none, still fires."""
    for text in (
        "Tại Viêng Chăn, đoàn làm việc với Phó Bộ trưởng Bộ Tư pháp, bà Chanthala Inthavong, về đào tạo luật.",
        "Ngay khi hạ cánh, đoàn được Phó Bộ trưởng Bộ Y tế nước sở tại đón tiếp.",
    ):
        assert _hits(text, "N105") == [], text
    for text in (
        "Phó Bộ trưởng Bộ Xây dựng, ông Trần Văn Lộc, kiểm tra tiến độ cao tốc.",
        "Phó Bộ trưởng Bộ Giáo dục và Đào tạo cho biết kỳ thi sẽ giữ ổn định.",
    ):
        assert _hits(text, "N105") == [("Phó Bộ trưởng", "Thứ trưởng")], text


def test_a_country_adjective_that_is_a_first_name_after_an_occupation() -> None:
    """C105: after a person's occupation, an English country adjective before a name in full ('Swedish Lars
    Nilsson') is the person's country (major); before one word it may be the person's own first name ('kỹ sư
    German Titov', 'giáo sư French Jones'): minor at most, as for any English word left in."""
    for text in (
        "Kỹ sư German Titov kể lại chuyến bay vũ trụ năm 1961.",
        "Giáo sư French Jones giảng về liệu pháp gen tại Huế.",
    ):
        assert {f.severity.name for f in audit_text(text, select=["C105"])} <= {"MINOR"}, text
    text = "Nhà sử học Swedish Lars Nilsson trình bày về thương cảng Hội An."
    assert [(f.text, f.severity.name) for f in audit_text(text, select=["C105"])] == [("Swedish", "MAJOR")]


def test_a_roman_numeral_of_the_source_is_a_figure() -> None:
    """A112: a Roman numeral of two letters or more is a figure of the source ('the Second Vatican Council …
    Vatican II' → 'Công đồng Vatican 2', 'Act III' → 'Màn 3'); a lone 'X' (the platform) or 'I' is none."""
    for source, target in (
        ("Reforms followed Vatican II.", "Các cải cách diễn ra sau Công đồng Vatican 2."),
        ("The duel comes in Act III.", "Cuộc đấu kiếm diễn ra ở màn 3."),
    ):
        assert _pair_hits(source, target, "A112") == [], target
    hits = _pair_hits("The clip spread on X.", "Đoạn phim lan truyền trên X với 3 triệu lượt xem.", "A112")
    assert hits == ["3 triệu"]


def test_the_football_federation_calque_with_lowercase_words() -> None:
    """C107 (recall): 越南足协 translated word for word is a calque whether 'bóng đá' is capitalised or not ('Hiệp hội
    bóng đá Việt Nam', as Vietnamese writes 'Liên đoàn bóng đá Việt Nam'); the VFA's own name 'Hội bóng đá Việt
    Nam' and another country's association stay quiet."""
    fires = "Tân Tổng thư ký Hiệp hội bóng đá Việt Nam ra mắt báo chí."
    assert _hits(fires, "C107") == [("Hiệp hội bóng đá Việt Nam", "Liên đoàn bóng đá Việt Nam")]
    quiet = "Hội bóng đá Việt Nam ra đời năm 1960; Hiệp hội bóng đá Hàn Quốc mời đội U23 sang tập huấn."
    assert _hits(quiet, "C107") == []


def test_a_citing_phrase_that_repeats_the_first_mentions_title_cites_back() -> None:
    """T101: 'Theo ông X, <the title the first mention had>, …' refers back to that person (a slip in the name
    fires); an apposition of their own ('một tiểu thương ở chợ Đầm') introduces someone else."""
    head = "Giám đốc Cảng vụ Hàng hải Lê Thanh Tùng chủ trì cuộc họp.\n"
    same = head + "Theo ông Lê Thanh Từng, Giám đốc Cảng vụ Hàng hải, lượng tàu cập cảng tăng 12%."
    assert _hits(same, "T101") == [("Lê Thanh Từng", "Lê Thanh Tùng")]
    other = head + "Theo ông Lê Thanh Từng, một tiểu thương ở chợ Đầm, giá hải sản đang giảm."
    assert _hits(other, "T101") == []
