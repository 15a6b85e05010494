"""The fixes after the adversary56 blind set (tests/data/adversary56), each tested on places, people, numbers, dates
and page lines that set does not have (Haiphong, Quảng Ninh, the Red River Delta, Đà Lạt, the Central Highlands;
Canada's and Korea's ministers; millions of visitors, billions of dollars; February and December dates; other
outlets' notices), firing and quiet."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.corpus.segment import sentence_spans


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_vietnamese_place_left_in_english_or_without_marks() -> None:
    """C105: a Vietnamese place as an English source writes it, or its Vietnamese name without marks, in a sentence
    written with marks, suggesting the Vietnamese name."""
    for text, place, vi in (
        (
            "Đoàn công tác của tỉnh đã đến thăm Haiphong và làm việc với các doanh nghiệp cảng biển.",
            "Haiphong",
            "Hải Phòng",
        ),
        ("Lễ hội pháo hoa quốc tế diễn ra ở Quang Ninh trong ba ngày cuối tuần.", "Quang Ninh", "Quảng Ninh"),
        (
            "Nông dân ở Red River Delta bắt đầu xuống giống vụ xuân sớm hơn mọi năm.",
            "Red River Delta",
            "Đồng bằng sông Hồng",
        ),
        ("Du khách đổ về Dalat dịp cuối năm khiến giá phòng tăng mạnh.", "Dalat", "Đà Lạt"),
        ("Sang Haiphong, đoàn làm việc với lãnh đạo thành phố về logistics.", "Haiphong", "Hải Phòng"),
        ("Cà phê ở Central Highlands được mùa nhưng giá thu mua giảm nhẹ.", "Central Highlands", "Tây Nguyên"),
    ):
        assert _found(text, "C105") == [(place, vi)], text


def test_place_forms_that_are_no_error() -> None:
    """C105 stays quiet on a name's syllables ('Trịnh Quang Ninh', 'chị Hoa Binh'), an institution's name in Hán-Việt
    (an invented 'Học viện Nam Dinh' in China), an English name ('Haiphong Port Authority'), a gloss, a link, a
    quotation and an English sentence."""
    for text in (
        "Ông Trịnh Quang Ninh, trưởng thôn, cho biết bà con đã thu hoạch xong lúa.",
        "Chị Hoa Binh bán hàng ở chợ đã hơn mười năm nay.",
        "Sinh viên Việt Nam theo học tại Học viện Nam Dinh, một trường tư thục ở Thượng Hải.",
        "Đại diện Haiphong Port Authority phát biểu tại hội thảo về cảng biển.",
        "Hải Phòng (Haiphong) là thành phố cảng lớn nhất miền Bắc.",
        "Dalat (Đà Lạt) được báo nước ngoài gọi là thành phố ngàn hoa.",
        "Trang haiphong.gov.vn đăng tải thông báo về lịch cắt điện.",
        'Bà nói: "I love Dalat" khi được hỏi về chuyến đi.',
        "The delegation flew to Haiphong on Monday.",
    ):
        assert _found(text, "C105") == [], text


def test_country_adjective_after_a_minister_with_a_portfolio() -> None:
    """C105: 'Bộ trưởng Quốc phòng Canadian …' is the country's minister (it read as an English name 'Canadian
    David' after a title it did not know); a company's name after a minister stays quiet."""
    assert _found("Bộ trưởng Quốc phòng Canadian David McGuinty gặp người đồng cấp Việt Nam.", "C105") == [
        ("Canadian", "Canada")
    ]
    assert _found("Thứ trưởng Khoa học và Công nghệ Korean Lee Jong-ho dự lễ khai trương.", "C105") == [
        ("Korean", "Hàn Quốc")
    ]
    assert _found("Bộ trưởng Giao thông vận tải làm việc với Korean Air về đường bay mới.", "C105") == []


def test_english_number_words_after_a_number() -> None:
    """L101: 'percent', 'million', 'billion' after a number are English words Vietnamese writes '%', 'triệu', 'tỷ'
    (a number before made them units; a currency code after, part of a name); unit symbols stay units. Since
    adversary63 the Vietnamese word is suggested."""
    assert _found("Xuất khẩu thủy sản tăng 4.2 percent trong quý III.", "L101") == [("percent", "phần trăm")]
    assert _found("Khu du lịch đón 3.4 million lượt khách trong năm.", "L101") == [("million", "triệu")]
    assert _found("Dự án có tổng vốn 1.5 billion USD.", "L101") == [("billion", "tỷ")]
    assert _found("Gói cước 5 GB; vận động viên chạy 10 km mỗi sáng; xe đạt 120 kph.", "L101") == []


def test_english_dates() -> None:
    """L101: an English month-and-day date in a Vietnamese sentence, with its Vietnamese form; the segmenter no
    longer ends a sentence at the month's abbreviation ('Feb. 14')."""
    assert _found("Hạn chót nộp hồ sơ là Feb. 14, sau đó các trường sẽ công bố kết quả.", "L101") == [
        ("Feb. 14", "14/2")
    ]
    assert _found("Hội nghị khai mạc vào ngày December 3, 2025 tại Đà Nẵng.", "L101") == [
        ("December 3, 2025", "3/12/2025")
    ]
    for quiet in (
        "Công ty May 10 xuất khẩu áo sơ mi sang châu Âu.",
        "Thủ môn Jan Oblak có 5 pha cứu thua trong trận đấu.",
        'Ông viết "see you on Nov. 5" trong thư gửi bạn bè.',
        "Cuộc tấn công (Sept. 11) được nhắc lại nhiều lần.",
    ):
        assert _found(quiet, "L101") == [], quiet
    text = "Hạn chót là Feb. 14. Sau đó các trường công bố kết quả."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Hạn chót là Feb. 14.",
        "Sau đó các trường công bố kết quả.",
    ]


def test_page_notices_of_machine_translation_and_bylines_with_reading_time() -> None:
    """Chrome rows: a notice that the page is machine-translated, a newsletter sign-up with its frequency, an
    edition label after a masthead, an author with date and reading time; article sentences stay article."""
    for line in (
        "Tin được dịch tự động từ tiếng Anh",
        "Nội dung này được dịch bằng máy và có thể chứa sai sót",
        "Đăng ký nhận bản tin hằng ngày",
        "SAIGON WEEKLY - Bản tiếng Anh",
        "Bởi Nhóm phóng viên | 3/12/2025, 09:10 | Đọc trong 6 phút",
    ):
        assert classify_line(line)[0] is not None, line
    for line in (
        "Bài viết được dịch sang 12 thứ tiếng và đăng trên nhiều báo nước ngoài.",
        "Người dân có thể đăng ký nhận tin nhắn cảnh báo thiên tai qua điện thoại.",
        "Nhiều học sinh chọn học thêm tiếng Anh - môn thi bắt buộc trong kỳ thi tốt nghiệp.",
    ):
        assert classify_line(line)[0] is None, line
