"""T101 on two spellings of one name that are one mark or one letter apart, found in the blind sets adversary39
('Nguyễn Đinh Bắc' beside 'Nguyễn Đình Bắc') and adversary40 ('bà Gafarowa' beside 'Sahiba Gafarova'); tested
here on other names, none of them in those sets, both ways: a middle syllable that names seldom have beside a
common middle name, each written once; a surname alone after 'ông'/'bà' with a transliteration twin of one
letter (v/w, i/y, k/c) beside the full name."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _t101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["T101"])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Phút 12, tiền vệ Lê Thể Hoàng sút bóng đi chệch cột dọc.\n"
            "Đến phút 70, Lê Thế Hoàng mới ghi được bàn thắng duy nhất của trận đấu.",
            ("Lê Thể Hoàng", "Lê Thế Hoàng"),
        ),
        (
            "Kỹ sư Phạm Quang Tùng trình bày dự án cầu mới.\n"
            "Theo Phạm Quảng Tùng, công trình sẽ hoàn thành vào năm 2027.",
            ("Phạm Quảng Tùng", "Phạm Quang Tùng"),
        ),
    ],
)
def test_a_rare_middle_syllable_beside_a_common_middle_name(text: str, found: tuple[str, str]) -> None:
    assert _t101(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # two common syllables: a brother and a sister
        "Anh Trần Văn Thảo dự lễ.\nChị Trần Vân Thảo, em gái anh, cũng có mặt.",
        # the last syllable differs: a mother and a daughter, each once
        "Bà Đỗ Thị Lụa dạy văn.\nCon gái bà, cô Đỗ Thị Lúa, dạy toán.",
        # both forms in one sentence: two people
        "Hai anh em Lê Thể Hoàng và Lê Thế Hoàng cùng dự trận.",
    ],
)
def test_names_one_mark_apart_that_may_be_two_people_stay_quiet(text: str) -> None:
    assert _t101(text) == []


def test_a_lone_surname_with_a_transliteration_twin() -> None:
    text = (
        "Chủ tịch Thượng viện Kazakhstan Maulen Ashimbayev đã hội đàm với đoàn.\n"
        "Ông Ashimbayev cho biết hai nước sẽ mở đường bay thẳng.\n"
        "Cuối buổi, ông Ashimbayew mời đoàn thăm Astana."
    )
    assert _t101(text) == [("Ashimbayew", "Ashimbayev")]


@pytest.mark.parametrize(
    "text",
    [
        # another vowel: another name
        "Tay vợt Anders Nilsen thắng trận.\nÔng Nilsen cảm ơn khán giả.\nÔng Nilson, HLV của anh, cũng có mặt.",
        # a letter more: a husband and a wife
        "Ông Ivan Petrov phát biểu.\nÔng Petrov cảm ơn.\nBà Petrova, phu nhân ông, cũng dự.",
        # the first letter differs: two people
        "Ông Peter Hansen phát biểu.\nÔng Hansen cảm ơn.\nÔng Jansen, đồng nghiệp của ông, cũng dự.",
        # the lone form more frequent than the full name's: no main form to side with
        "Ông Oleg Sokolov phát biểu.\nÔng Sokolow cảm ơn.\nÔng Sokolow nói thêm.",
    ],
)
def test_other_lone_surnames_stay_quiet(text: str) -> None:
    assert _t101(text) == []


def test_a_lone_surname_after_a_capitalised_honorific() -> None:
    """'Bà …' at a sentence start is an honorific, not a given name: neither form is taken for a full name by it."""
    text = (
        "Ngoại trưởng Latvia Baiba Braže và Thứ trưởng Elina Kalnyna dự họp.\n"
        "Bà Kalnyna cho biết hai bên đã ký ba văn kiện.\n"
        "Bà Kalnina cảm ơn phía Việt Nam."
    )
    assert _t101(text) == [("Kalnina", "Kalnyna")]


def test_a_newcomer_introduced_after_the_main_form_is_a_second_person() -> None:
    """review19's 'Ông Hà Văn Tuân, 58 tuổi, trưởng bản' beside 'Phó Chủ tịch … Hà Văn Tuấn', on other names: a
    form opening its sentence after a bare 'Ông'/'Bà' with an apposition or a description of its own, after the
    main form was written, introduces someone new; the same form with no introduction, or introduced first, or
    after 'Theo ông …,' (no introduction) is the slip it was."""
    main = "Chủ tịch UBND xã Đỗ Minh Khoa cho biết xã đã sơ tán 60 hộ.\n"
    later = "\nÔng Đỗ Minh Khoa đề nghị người dân không qua ngầm tràn."
    for newcomer in ("Ông Đỗ Minh Khóa, 61 tuổi, trưởng thôn Bến Đò, kể lại đêm lũ.", "Bà Đỗ Minh Khóa ở thôn Hạ kể."):
        assert _t101(main + newcomer + later) == [], newcomer
    for slip in ("Ông Đỗ Minh Khóa cũng đề nghị các thôn trực 24/24.", "Theo ông Đỗ Minh Khóa, xã cần thêm xuồng."):
        assert _t101(main + slip + later) == [("Đỗ Minh Khóa", "Đỗ Minh Khoa")], slip
    first = "Ông Đỗ Minh Khóa, Chủ tịch UBND xã, cho biết xã đã sơ tán 60 hộ.\nÔng Đỗ Minh Khoa đề nghị.\n"
    assert _t101(first + "Ông Đỗ Minh Khoa nói thêm.") == [("Đỗ Minh Khóa", "Đỗ Minh Khoa")]
