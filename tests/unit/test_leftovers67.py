"""Round 36's fixes of clean68's false alarms and chrome miss (leftovers67), tested on sentences outside the set.

1. C104 and N102 on old names a sentence explains: a reading after 'X được gọi là' with X a place the gazetteer
   knows or a name in Latin letters, the items 'Y là …' of a list that continues such a naming in the same sentence,
   and a gloss by a country's other Vietnamese name ('Ý là Ý Đại Lợi', Italia's short name). An old name nobody
   explains still fires, and so does one after a naming whose subject is no place ('Thủ tướng được gọi là …').
2. A bare attachment line (references/boilerplate.tsv): a file's name with its extension and size alone on a line
   is chrome; a sentence about a file or its size stays article."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.rule, f.text) for f in audit_text(text) if f.rule in ("C104", "N102")}


@pytest.mark.parametrize(
    "text",
    [
        # a list continuing 'gọi X là …', the places in Vietnamese with their marks
        "Báo chí thời ấy gọi Pháp là Phú Lãng Sa, Tây Ban Nha là Y Pha Nho và Ý là Ý Đại Lợi.",
        "Tây Ban Nha từng được gọi là Y Pha Nho, còn Ý là Ý Đại Lợi.",
        # the place first, then 'được gọi là'
        "Trong sách giáo khoa cũ, Pháp được gọi là Phú Lãng Sa.",
        # a list continuing 'X từng được gọi là', with other countries and a city
        "Mexico từng được gọi là Mễ Tây Cơ, Argentina là Á Căn Đình, Canada là Gia Nã Đại và Moskva là Mạc Tư Khoa.",
        "Sách địa lý xưa chép Hoa Kỳ là Hợp Chúng Quốc, Argentina là Á Căn Đình và Ý là Ý Đại Lợi.",
        # the task's other old names: quiet too ('Anh Cát Lợi' and 'Tân Gia Ba' give no finding on main either)
        "Anh từng được gọi là Anh Cát Lợi, Singapore là Tân Gia Ba và Washington là Hoa Thịnh Đốn.",
    ],
)
def test_old_names_a_sentence_explains_are_quiet(text: str) -> None:
    assert _found(text) == set()


def test_a_gloss_by_a_countrys_short_name_is_quiet() -> None:
    """'Ý' is Italia's other Vietnamese name: 'Ý là Ý Đại Lợi' glosses the reading as 'Italia là …' does."""
    assert _found("Sách cũ ghi Ý là Ý Đại Lợi. Đoàn thương mại Ý Đại Lợi sẽ đến Hà Nội tháng sau.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn doanh nghiệp tới Mễ Tây Cơ và Á Căn Đình để xúc tiến thương mại.", {"Mễ Tây Cơ", "Á Căn Đình"}),
        ("Tổng thống Phú Lãng Sa đã gặp Thủ tướng Gia Nã Đại tại hội nghị.", {"Phú Lãng Sa", "Gia Nã Đại"}),
        # a naming whose subject is no place, and a list item whose name is no place
        ("Thủ tướng được gọi là Mễ Tây Cơ, Bộ trưởng là Gia Nã Đại.", {"Mễ Tây Cơ", "Gia Nã Đại"}),
        # a naming elsewhere in the sentence, the reading in no 'X là' item
        ("Ông gọi đây là bước tiến, còn Phú Lãng Sa và Nga La Tư chưa trả lời.", {"Phú Lãng Sa", "Nga La Tư"}),
        # 'Ý Đại Lợi' not explained: the short name alone before it is no gloss
        ("Hai nước Phú Lãng Sa và Ý Đại Lợi ký thỏa thuận, Đức là nước chủ nhà.", {"Phú Lãng Sa", "Ý Đại Lợi"}),
        # 'X là' with no naming before it in the sentence
        ("Tây Ban Nha là nước chủ nhà, còn Ý Đại Lợi và Mễ Tây Cơ dự hội nghị.", {"Ý Đại Lợi", "Mễ Tây Cơ"}),
    ],
)
def test_unexplained_old_names_still_fire(text: str, expected: set[str]) -> None:
    assert {span for _, span in _found(text)} == expected


def test_washington_read_in_han_viet_still_fires_in_a_story_on_the_us() -> None:
    text = "Ngoại trưởng Mỹ tiếp đoàn tại Hoa Thịnh Đốn hôm thứ Hai; hai bên bàn về thuế quan."
    assert ("C104", "Hoa Thịnh Đốn") in _found(text)


@pytest.mark.parametrize(
    "line",
    [
        "Quyet dinh 1234-QD-UBND.docx (1,2 MB)",
        "📎 Bieu-mau-dang-ky.xlsx – 48 KB",
        "Thong bao tuyen sinh sau dai hoc.pdf (2 MB)",
        "anh-le-trao-giai.jpg (850 KB)",
    ],
)
def test_a_bare_attachment_line_is_chrome(line: str) -> None:
    assert classify_line(line)[0] == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Hồ sơ nộp dạng .pdf (dưới 2 MB).",
        "Người dân tải tệp huong-dan.pdf (312 KB) về máy để điền.",
        "Tệp báo cáo dài 312 KB.",
        "Dung lượng tệp tối đa là 5 MB (định dạng .pdf).",
        "Ứng viên gửi bản scan hộ chiếu (tối đa 2 MB) trước ngày 15/12.",
    ],
)
def test_a_sentence_on_a_file_stays_article(line: str) -> None:
    assert classify_line(line)[0] is None
