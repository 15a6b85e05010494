"""The fixes after the adversary63 blind set (tests/data/adversary63), each tested on names, numbers, dates, words
and page lines that set does not have (Kevin Rudd, Sarah Chen, Le Van Minh; Vinicius Junior, Emiliano Martinez;
'well-documented'; October and December dates; 'ôn tập', 'ki - lô'; other outlets' date lines, share rows and
mastheads), firing and quiet."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate.line import classify_line


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_english_number_words_get_their_vietnamese_word() -> None:
    """L101: 'percent', 'million', 'billion' after a number are suggested as 'phần trăm', 'triệu', 'tỷ'."""
    assert _found("Doanh thu quý ba của hãng tăng 7.8 percent so với cùng kỳ.", "L101") == [("percent", "phần trăm")]
    assert _found("Cảng biển đón 4.6 million tấn hàng trong năm.", "L101") == [("million", "triệu")]
    assert _found("Nhà máy có vốn đầu tư 2.1 billion USD.", "L101") == [("billion", "tỷ")]


def test_english_honorific_before_a_full_name() -> None:
    """L101: 'Mr.', 'Ms.', 'Dr.' left before a full name ('ông', 'bà'; 'Dr.' is 'bác sĩ' or 'tiến sĩ': no
    suggestion), capitalised at a sentence's start; not a brand or a character named by one word, nor a title in
    quotes."""
    assert _found("Mr. Kevin Rudd đã có buổi nói chuyện với sinh viên Đại học Quốc gia.", "L101") == [("Mr.", "Ông")]
    assert _found("Theo Ms. Sarah Chen, giám đốc điều hành của quỹ, vốn sẽ được giải ngân sớm.", "L101") == [
        ("Ms.", "bà")
    ]
    assert _found("Dr. Le Van Minh cho rằng người bệnh cần được theo dõi sát.", "L101") == [("Dr.", None)]
    assert _found("Cửa hàng bán giày Dr. Martens và áo thun in hình Mr. Bean.", "L101") == []
    assert _found('Cuốn tiểu thuyết "Dr. Jekyll and Mr. Hyde" được tái bản.', "L101") == []
    assert _found("Buổi ra mắt sách diễn ra tại bệnh viện Dr. Anna Weber ở Zurich.", "L101") == []


def test_english_word_with_its_hyphened_part() -> None:
    """L101: a single English word takes along a word joined to it by a hyphen ('well-documented', not
    'documented')."""
    assert _found("Nhóm nghiên cứu công bố một bộ dữ liệu well-documented về chất lượng không khí.", "L101") == [
        ("well-documented", None)
    ]


def test_month_first_date_gets_the_vietnamese_order() -> None:
    """T302: a date that exists with its day and month swapped was written month first ('10/31/2025'), suggested in
    the Vietnamese order; one that exists neither way keeps no suggestion."""
    assert _found("Chiến dịch kết thúc vào 10/31/2025 theo kế hoạch.", "T302") == [("10/31/2025", "31/10/2025")]
    assert _found("Lễ tốt nghiệp tổ chức ngày 13/13/2025.", "T302") == [("13/13/2025", None)]
    assert _found("Lễ tốt nghiệp tổ chức ngày 13/12/2025.", "T302") == []


def test_a_loop_of_a_phrase_is_reported_once() -> None:
    """F112 leaves a two-word phrase written four times (a loop: twice a phrase that is itself doubled) to F113;
    a phrase written twice stays F112's."""
    text = "Các em học sinh ôn tập ôn tập ôn tập ôn tập trước kỳ thi."
    assert _found(text, "F113") == [("ôn tập ôn tập ôn tập ôn tập", "ôn tập")]
    assert _found(text, "F112") == []
    assert _found("Hai nước cần hợp tác kinh tế hợp tác kinh tế sâu rộng hơn.", "F112") == [
        ("hợp tác kinh tế hợp tác kinh tế", "hợp tác kinh tế")
    ]


def test_country_adjective_after_a_sport_role() -> None:
    """C105: an English country adjective between a player's role and a full name is the player's country."""
    assert _found("Tiền đạo Brazilian Vinicius Junior ghi bàn ở phút 70.", "C105") == [("Brazilian", "Brazil")]
    assert _found("Thủ môn Argentine Emiliano Martinez cản phá xuất sắc.", "C105") == [("Argentine", "Argentina")]
    assert _found("Tay vợt Việt Nam thi đấu ở giải Indian Wells Masters.", "C105") == []


def test_two_part_loan_split_by_spaced_hyphen() -> None:
    """F109: two lowercase parts split by a spaced hyphen that the text writes as one word elsewhere, one a syllable
    seldom met alone ('ki - lô' beside 'ki-lô'); not without that evidence, nor two common words ('nam - nữ' beside
    'nam nữ')."""
    both = "Giá mỗi ki - lô thịt lợn tăng 5.000 đồng.\nNgười bán cho biết giá một ki-lô đã tăng gấp đôi."
    assert _found(both, "F109") == [("ki - lô", "ki-lô")]
    assert _found("Giá mỗi ki - lô thịt lợn tăng 5.000 đồng.", "F109") == []
    pair = "Tỷ lệ giới tính nam - nữ khi sinh vẫn chênh lệch.\nBình đẳng nam nữ là mục tiêu lâu dài."
    assert _found(pair, "F109") == []


def test_page_lines_of_other_outlets() -> None:
    """Chrome: a share row with dashes, a date line with the time of day and the section, a masthead in capitals with
    its tagline; not a headline or a sentence after a dash."""
    assert classify_line("Chia sẻ: Facebook - Zalo - Email")[0] == "navigation"
    assert classify_line("Đăng lúc 07:45 chiều thứ Hai 24/11/2025 | Chuyên mục: Giáo dục")[0] == "timestamp"
    assert classify_line("Cập nhật lúc 8h30 sáng 3/12/2025")[0] == "timestamp"
    assert classify_line("NÔNG NGHIỆP MỚI - Trang tin nhà nông")[0] == "navigation"
    for line in (
        "HÀ NỘI - Tin nhanh về vụ cháy được cập nhật liên tục.",
        "Tin nhanh - Hà Nội mưa lớn",
        "VIDEO - Tin tức thời sự ngày 20/11",
        "Chia sẻ kinh nghiệm - Facebook của tôi có nhiều bạn.",
    ):
        assert classify_line(line)[0] is None, line


def test_korean_name_in_two_romanisations() -> None:
    """T101: the same surname before a given name in another romanisation ('oo'/'u', an initial 'k'/'g') is one
    person; a given name that differs otherwise, or both forms side by side in one sentence, are two people."""
    assert _found("Ông Choi Joon-ho phát biểu.\nÔng Choi Joon-ho cảm ơn.\nÔng Choi Jun-ho nói thêm.", "T101") == [
        ("Choi Jun-ho", "Choi Joon-ho")
    ]
    assert _found("Tiền vệ Lee Kang-in ghi bàn.\nHLV khen Lee Gang-in.\nLee Kang-in cảm ơn.", "T101") == [
        ("Lee Gang-in", "Lee Kang-in")
    ]
    assert _found("Cung thủ Kim Woo-jin thắng.\nCung thủ Kim Woo-jun thua.", "T101") == []
    assert _found("Ca sĩ Kim Min-ji và Kim Min-chi hát song ca.", "T101") == []
