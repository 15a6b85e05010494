"""adversary66's fixes, each tested both ways on names, figures and pages that are in no adversary set (the set's
own pages are scored by test_adversary66.py): an English honorific before a surname alone that the text writes in
full ('Mr. Whitford'), a number's English word before a loan ('98 billion euro'), menus split by '◦' or '⁄', and a
byline 'Đăng bởi … — date'."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.corpus.boilerplate.menus import menu_line


def _l101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["L101"])]


def test_honorific_before_a_surname_the_text_names_in_full() -> None:
    text = (
        "Giám đốc điều hành Maria Kowalski cho biết công ty sẽ mở văn phòng tại Đà Nẵng vào năm tới.\n"
        "Theo Mrs. Kowalski, nhu cầu tuyển dụng kỹ sư phần mềm đang tăng nhanh."
    )
    assert _l101(text) == [("Mrs.", "bà")]
    text = "Bác sĩ Henrik Lindqvist dẫn đầu nhóm nghiên cứu.\nDr. Lindqvist cho biết kết quả sẽ được công bố sớm."
    assert [span for span, _ in _l101(text)] == ["Dr."]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ phim Mr. Bean được chiếu lại trên truyền hình vào dịp cuối tuần.",  # no full name 'X Bean' in the text
        "Quán cà phê bán nước ngọt Dr. Pepper nhập khẩu từ Mỹ.",
        "Ông Peter Novak phát biểu.\nBộ phim Mr. Bean được chiếu lại vào dịp cuối tuần.",  # another surname
        # the honorific's own 'Mr Bean' elsewhere names no Bean in full (NTREX-128 has both forms in one story)
        "Anh ta pha trộn sự hài hước của Mr Bean với chút lãng mạn.\nNhững trò đùa trong phim Mr. Bean của Atkinson.",
    ],
)
def test_honorific_before_one_word_not_named_in_full_stays_quiet(text: str) -> None:
    assert _l101(text) == []


@pytest.mark.parametrize(
    ("text", "word", "vi"),
    [
        ("Dự án cần thêm 40 million euro để hoàn thành giai đoạn hai.", "million", "triệu"),
        ("Hãng ô tô báo lỗ 12 billion yen trong quý ba.", "billion", "tỷ"),
    ],
)
def test_number_word_before_a_loan_is_english(text: str, word: str, vi: str) -> None:
    assert _l101(text) == [(word, vi)]


def test_number_word_in_a_title_stays_quiet() -> None:
    assert _l101("Rạp chiếu lại bộ phim Million Dollar Baby của Clint Eastwood.") == []


@pytest.mark.parametrize(
    "line",
    [
        "Khởi nghiệp ◦ Công nghệ ◦ Bất động sản ◦ Du lịch",
        "Hoài An ◦ Thứ Tư, 26/11/2025 ◦ 08:30",
        "Thời sự ⁄ Kinh tế ⁄ Giáo dục ⁄ Sức khỏe",
    ],
)
def test_menus_split_by_white_bullets_and_fraction_slashes(line: str) -> None:
    assert menu_line(line)


@pytest.mark.parametrize("line", ["Ba nguyên tắc ◦ an toàn là trên hết", "Tỷ lệ 3⁄4 số hộ đã có điện sạch."])
def test_white_bullet_or_fraction_slash_in_a_sentence_is_no_menu(line: str) -> None:
    assert not menu_line(line)


@pytest.mark.parametrize(
    "line",
    ["Đăng bởi Thanh Hương — 03.12.2025", "Viết bởi: Lê Hoàng Long | 14/2/2026 09:40", "đăng bởi admin - 1/6/2025"],
)
def test_byline_posted_by_before_a_date_is_chrome(line: str) -> None:
    assert classify_line(line)[0] == "timestamp"


@pytest.mark.parametrize(
    "line",
    [
        "Bài viết được đăng bởi một tài khoản giả mạo vào ngày 3/12/2025.",
        "Đoạn video được đăng bởi người dùng mạng xã hội đã thu hút hàng triệu lượt xem.",
    ],
)
def test_sentence_about_a_post_is_article(line: str) -> None:
    assert classify_line(line)[0] is None
