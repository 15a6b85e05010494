"""misses20's fixes, each tested both ways on sentences, names and places that are in no adversary set (the sets'
own pages are scored by test_adversary63.py and test_adversary66.py): English idioms MT renders word for word,
read on the target alone (T308, references/en_idiom_calques.tsv), the Catholic press's 'Lêô' for the popes' name
Leo (S101, references/vi_catholic_names.txt), and a four-letter surname with a letter added inside after the same
given name (T101: 'Fico' / 'Ficco'; a tie of counts goes to the known person)."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _t308(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["T308"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Xây dựng mới đưa ra một con số sân bóng chày về vốn cho tuyến metro số 2.", "con số sân bóng chày"),
        ("Thị trường Ấn Độ là trái cây treo thấp cho các hãng dệt may.", "trái cây treo thấp"),
        ("Quốc hội Pháp tiếp tục đá lon xuống đường trong cải cách lương hưu.", "đá lon xuống đường"),
        ("Đà tăng của chứng khoán Nhật Bản đã chạy ra khỏi hơi vào cuối phiên.", "chạy ra khỏi hơi"),
        ("Hàng phòng ngự của Thanh Hóa bị bắt ngủ quên ở phút bù giờ.", "bị bắt ngủ quên"),
        ("Các cầu thủ trẻ phải kéo tất của mình lên trước trận lượt về.", "kéo tất của mình lên"),
        ("Gói tín dụng mới là một phát bắn vào cánh tay cho các hợp tác xã ở Sóc Trăng.", "một phát bắn vào cánh tay"),
        ("Lượng dầu diesel dự trữ ở Cần Thơ đang chạy thấp sau đợt rét.", "đang chạy thấp"),
        ("Ba dự án điện mặt trời ở Ninh Thuận vẫn mắc kẹt trong băng đỏ suốt hai năm.", "băng đỏ"),
        ("Hai đảng đã làm việc trên cùng một trang về dự luật nhập cư.", "trên cùng một trang"),
        ("Giờ quả bóng đang ở trong sân của Ủy ban châu Âu.", "quả bóng đang ở trong sân của"),
        ("Các xưởng đóng tàu không được phép cắt góc trong khâu hàn thân tàu.", "cắt góc"),
        ("Nhóm kỹ sư của Boeing phải quay lại bàn vẽ sau lần thử thất bại.", "quay lại bàn vẽ"),
        ("Bà Dương nói rằng vào cuối ngày, điều quan trọng là nông dân bán được lúa.", "vào cuối ngày"),
    ],
)
def test_english_idiom_word_for_word_is_found(text: str, expected: str) -> None:
    """Sentences of other stories, places and subjects than the sets' (adversary63 and 66 motivated the rows)."""
    assert [span for span, _ in _t308(text)] == [expected]


def test_idiom_suggestion_is_the_vietnamese_wording_capitalised_at_a_sentence_start() -> None:
    assert _t308("Ông cho biết đây chỉ là con số sân bóng chày.") == [("con số sân bóng chày", "con số ước tính")]
    found = _t308("Quả bóng giờ nằm ở sân của Hạ viện Mỹ.")
    assert found == [("Quả bóng giờ nằm ở sân của", "Quyền quyết định thuộc về")]


@pytest.mark.parametrize(
    "text",
    [
        "Đội trưởng Quế Ngọc Hải đeo băng đỏ trên tay khi bước ra sân.",  # an armband
        "Hai băng đỏ được căng ngang cổng trường trong lễ khai giảng.",
        "Thủ môn Filip Nguyễn không được phép cắt góc trong tình huống ấy, trọng tài cho biết.",  # a goalkeeper
        "Du khách được hái trái cây treo thấp trên những cành sát mặt đất.",  # an orchard
        "Hai bức ảnh được in trên cùng một trang báo Tuổi Trẻ.",
        "Quả bóng đang ở trong sân của đội khách khi trọng tài thổi còi hết hiệp một.",  # a match
        "Họa sĩ Lê Thiết Cương quay lại bàn vẽ sau ba tháng nghỉ ngơi.",  # an artist
        "Học sinh kéo tất lên cho gọn trước giờ chào cờ.",  # literal, no possessive
        "Anh bị một phát bắn vào cánh tay khi truy đuổi tên cướp.",  # a wound, not a boost 'cho' someone
        "Chú bé chạy ra khỏi nhà, hơi thở dồn dập.",
        "Thị trường đang thiếu hụt dầu diesel; các dự án vẫn vướng thủ tục hành chính.",  # the fixes themselves
        "Vào cuối ngày, giá vàng miếng SJC tăng thêm 300.000 đồng mỗi lượng.",  # the day's end
    ],
)
def test_literal_use_of_the_words_stays_quiet(text: str) -> None:
    assert _t308(text) == []


def _s101(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["S101"])]


def test_catholic_press_spelling_of_leo_is_a_name() -> None:
    """'Lêô XIII' (another pope than the set's Leo XIV) and 'Đức Lêô' alone: names, not slips for 'Lên'."""
    assert _s101("Thông điệp Rerum Novarum của Đức Giáo hoàng Lêô XIII ra đời năm 1891.") == []
    assert _s101("Trong buổi tiếp kiến chung, Đức Lêô nhắc lại lời kêu gọi hòa bình cho Ukraine.") == []


def test_lowercase_or_other_slips_still_fire() -> None:
    assert _s101("Mấy đứa trẻ lêô lên cây hái ổi.") == ["lêô"]
    assert _s101("Đức Giáo hoàng Lêô XIV chứng kiến lễ ký hiêp định giữa hai bên.") == ["hiêp"]


def _t101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["T101"])]


def test_four_letter_surname_with_a_letter_added_inside_is_one_person() -> None:
    """Other people than the set's Merz/Mertz: a four-letter surname and it with a letter added inside, after the
    same given name in two sentences."""
    text = "Thủ tướng Slovakia Robert Fico đến Hà Nội hôm qua.\nRobert Fico gặp các doanh nghiệp.\nRobert Ficco nói."
    assert _t101(text) == [("Robert Ficco", "Robert Fico")]
    text = "Cựu Tổng thống George Busch phát biểu tại Dallas.\nGeorge Bush cũng gặp các cựu binh.\nGeorge Bush nói."
    assert _t101(text) == [("George Busch", "George Bush")]


def test_a_tie_goes_to_the_known_person() -> None:
    """One mention each: the gazetteer's 'Friedrich Merz' is the main form, whichever is written first."""
    text = "Friedrich Mertz phát biểu tại Berlin.\nPhía Nhật Bản đã điện đàm với Thủ tướng Friedrich Merz."
    assert _t101(text) == [("Friedrich Mertz", "Friedrich Merz")]


@pytest.mark.parametrize(
    "text",
    [
        "Tiền đạo Paolo Rossi ghi bàn.\nHuấn luyện viên Paolo Ross khen ngợi.",  # a letter added at the end
        "Ông Kevin Chan phát biểu.\nÔng Kevin Chen trả lời.",  # same length
        "Bà Anna Merz phát biểu.\nÔng Peter Mertz trả lời.",  # other given names
        "Ông Robert Fico và ông Robert Ficco cùng dự họp.",  # both in one sentence: two people
    ],
)
def test_short_surnames_otherwise_apart_stay_quiet(text: str) -> None:
    assert _t101(text) == []


def test_honorific_of_the_other_sex_than_the_middle_name() -> None:
    """'Bà' before the given name of the document's one 'X Văn Y', 'Ông' before that of its one 'X Thị Y' (other
    people than adversary66's minister)."""
    text = "Chủ tịch UBND tỉnh Lê Văn Quang kiểm tra đê.\nBà Quang yêu cầu sơ tán dân trước 17 giờ."
    assert [span for span, _ in _t101(text)] == ["Quang"]
    text = "Hiệu trưởng Phạm Thị Ngọc Yến phát biểu.\nTheo ông Yến, trường sẽ tuyển thêm 200 sinh viên."
    assert [span for span, _ in _t101(text)] == ["Yến"]


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch UBND tỉnh Lê Văn Quang kiểm tra đê.\nÔng Quang yêu cầu sơ tán dân.",  # the right honorific
        "Bộ trưởng Y tế Đào Hồng Lan phát biểu.\nÔng Lan cũng kêu gọi phụ huynh.",  # no middle name that tells
        "Ông Trần Văn Hải và bà Nguyễn Thị Hải cùng dự.\nBà Hải cho biết.",  # two full names end in 'Hải'
        "Bà Lê Thị Mai Hoa dự lễ.\nBà Hoa cho biết.",
    ],
)
def test_honorific_that_agrees_or_cannot_be_told_stays_quiet(text: str) -> None:
    assert _t101(text) == []


def _c108(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["C108"])]


def test_fronted_membership_apposition_binds_the_country_after_the_comma() -> None:
    """Other blocs and countries than adversary64's 'Là thành viên của ASEAN, Úc …'."""
    assert _c108("Là thành viên của Liên minh châu Âu, Na Uy áp dụng chung biểu thuế của khối.") == ["Na Uy"]
    assert _c108("Với tư cách thành viên NATO, Áo tham gia cuộc tập trận ở Baltic.") == ["Áo"]


@pytest.mark.parametrize(
    "text",
    [
        "Là thành viên sáng lập ASEAN, Philippines ủng hộ Timor-Leste gia nhập khối.",  # a founder indeed
        "Với tư cách là thành viên NATO, Thụy Điển tham gia tập trận.",  # a member since 2024
        "Là đối tác đối thoại của ASEAN, Ấn Độ tham dự hội nghị.",  # a partner, no membership frame
        "Ông nói: là thành viên của EU, Pháp và Đức phải tuân thủ quy định này.",  # two countries, not one subject
    ],
)
def test_fronted_apposition_of_a_real_member_stays_quiet(text: str) -> None:
    assert _c108(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Phía Chile nguyện ý mở rộng nhập khẩu cà phê và hồ tiêu của Việt Nam.", ["nguyện ý"]),
        ("Hai bộ trưởng nguyện ý tăng cường trao đổi sinh viên.", ["nguyện ý"]),
        ("Đây là một hoạt động tình nguyện ý nghĩa của sinh viên Huế.", []),  # 'tình nguyện' + 'ý nghĩa'
        ("Cộng đoàn đọc: Nguyện ý Cha được thể hiện dưới đất cũng như trên trời.", []),  # a prayer
        ("Ý nguyện của cử tri đã được chuyển tới Quốc hội.", []),
    ],
)
def test_willing_read_in_han_viet(text: str, found: list[str]) -> None:
    """愿意 'willing' read 'nguyện ý' (adversary64's 'nguyện ý thúc đẩy'), on other sentences."""
    assert [span for span, _ in _t308(text)] == found


def _a111(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["A111"])]


def test_advice_to_act_without_leave_has_lost_its_negation() -> None:
    """Target alone, other advice than adversary63's antibiotics: 'nên tự ý' / 'hãy tự ý' with no negation."""
    text = "Cơ quan thuế khuyến nghị doanh nghiệp nên tự ý điều chỉnh hóa đơn đã xuất khi phát hiện sai sót."
    assert _a111(text) == [("nên tự ý", "không nên tự ý")]
    assert _a111("Hãy tự ý tháo thiết bị khi máy đang chạy.") == [("Hãy tự ý", "Đừng tự ý")]


@pytest.mark.parametrize(
    "text",
    [
        "Người bệnh không nên tự ý ngừng thuốc khi thấy đỡ.",
        "Không ai được tự ý vào khu vực cách ly; nghiêm cấm tự ý xả thải.",
        "Có nên tự ý cho trẻ uống thuốc hạ sốt khi trẻ sốt nhẹ?",  # a question
        "Mỗi công dân nên tự ý thức trách nhiệm của mình với cộng đồng.",  # 'tự ý thức', self-awareness
        "Cư dân bức xúc vì chủ đầu tư lại được tự ý thay đổi thiết kế.",  # leave, said as meant in a complaint
        "Anh ta đã tự ý bỏ vị trí trực.",  # a fact, no advice
    ],
)
def test_negated_or_other_tu_y_stays_quiet(text: str) -> None:
    assert _a111(text) == []


def _l101(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["L101"])]


def test_article_after_a_vietnamese_word_opening_the_sentence_is_english() -> None:
    """'Trong the second half' (adversary56, 63) was 'second half': 'Trong' opening the sentence looked like a name
    the article belonged to. Other openers and phrases here."""
    assert _l101("Sau the match, huấn luyện viên khen các cầu thủ trẻ.") == ["the match"]
    assert _l101("Trong the final round, tay vợt Việt Nam thắng dễ.") == ["the final round"]


@pytest.mark.parametrize(
    "text",
    [
        "Trong The Economist, tác giả viết về kinh tế Việt Nam.",  # a title, capitalised
        "Tờ The Times đưa tin; áo the, than đá và an ninh mạng.",
        "Theo The Guardian, giá dầu tăng mạnh trong tuần qua.",
        "Khu depot Long Biên của tuyến metro rộng 20 ha.",  # a loan after the opener, not an article (adversary14)
    ],
)
def test_titles_and_vietnamese_the_stay_as_they_were(text: str) -> None:
    assert _l101(text) == []


def _f112(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["F112"])]


def test_phrase_of_seven_or_eight_words_repeated_back_to_back() -> None:
    """adversary63's stutter was of eight syllables; the phrase search went to six, now eight. Other phrases here."""
    text = "Tỉnh hỗ trợ doanh nghiệp nhỏ và vừa ở nông thôn doanh nghiệp nhỏ và vừa ở nông thôn vay vốn."
    assert _f112(text) == ["doanh nghiệp nhỏ và vừa ở nông thôn doanh nghiệp nhỏ và vừa ở nông thôn"]
    text = "Bộ yêu cầu rà soát toàn bộ hồ sơ đất đai rà soát toàn bộ hồ sơ đất đai trước tháng Sáu."
    assert _f112(text) == ["rà soát toàn bộ hồ sơ đất đai rà soát toàn bộ hồ sơ đất đai"]


def test_long_phrase_repeated_apart_stays_quiet() -> None:
    text = "Các doanh nghiệp nhỏ và vừa ở nông thôn cần vốn, và các doanh nghiệp nhỏ và vừa ở nông thôn cần đất."
    assert _f112(text) == []


def test_honorific_heading_the_attribution_of_an_unclosed_quotation() -> None:
    """adversary66's 'Mr. Whitford nói.' closed a quotation whose closing mark was missing; other names here."""
    text = 'Kỹ sư Helen Marsh dẫn đoàn.\n"Nhà máy sẽ chạy thử vào tháng Ba, với 300 công nhân, Mrs. Marsh cho biết.'
    assert _l101(text) == ["Mrs."]


def test_honorific_inside_a_quotation_stays_quiet() -> None:
    text = 'Kỹ sư trưởng Helen Marsh dẫn đoàn.\n"Tôi đã làm việc với Mrs. Marsh nhiều năm, bà ấy rất giỏi", ông nói.'
    assert _l101(text) == []


def test_phrase_with_a_number_written_twice() -> None:
    """adversary64's 'năm 2028 năm 2028'; other dates here. A list of years stays quiet."""
    assert _f112("Dự án sẽ hoàn thành vào quý 4 năm 2030 năm 2030.") == ["năm 2030 năm 2030"]
    assert _f112("Hội chợ mở cửa từ ngày 12/3 từ ngày 12/3 đến hết tháng.") == ["từ ngày 12/3 từ ngày 12/3"]
    assert _f112("Doanh thu năm 2023 và năm 2024 đều tăng; phòng 201, phòng 202 còn trống.") == []


def test_university_pinyin_in_words_is_the_organisation() -> None:
    """The Hồ Chí Minh City university (adversary62 wrote the Hà Nội one); the place alone stays C106's."""
    found = [(f.rule, f.text) for f in audit_text("Sinh viên Huzhiming Shi Guojia Daxue giành giải nhất.")]
    assert ("C107", "Huzhiming Shi Guojia Daxue") in found and not any(r == "C106" for r, _ in found)
    assert [(f.rule, f.text) for f in audit_text("Đoàn công tác đến Henei dự hội nghị.", select=["C106", "C107"])] == [
        ("C106", "Henei")
    ]
