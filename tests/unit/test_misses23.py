"""misses23: what adversary72 … 74 and review28 left alone, fixed where a general rule catches it. Each fix is tested
both ways on sentences, names, offices and cities written for this test: none is from a set, a corpus or a rule's
example.

- C106: Taiwan's Kaohsiung 高雄 and Taichung 台中, no CLDR exemplar city, in the curated city table: their pinyin
  'Gaoxiong' and 'Taizhong' after a place word are the cities left in pinyin (adversary74's 'Tại Gaoxiong').
- N103: a former holder named as the current one is fixed with the holder at the text's date after the title as
  written, when one person held the office then (adversary73's Governor and Minister of Science named only as
  candidates); an office several hold at once (a Deputy Prime Minister) still gives candidates only.
- T101: a three-syllable name written once with its last syllable stripped of every mark, a syllable no given name
  of the name sample is ('Hung' for 'Hưng'), beside the marked form (adversary74's 'ông Trần Quốc Hung' after
  'đồng chí Trần Quốc Hưng'), whatever word stands before each; two names that are both given names ('Dũng' and
  'Dung', 'Tâm' and 'Tam') stay two people.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


# --- C106: two Taiwanese cities in pinyin ---


@pytest.mark.parametrize(
    ("sentence", "span", "fix"),
    [
        ("Hãng dự kiến mở đường bay thẳng tới thành phố Gaoxiong vào mùa hè năm sau.", "Gaoxiong", "Cao Hùng"),
        ("Tại Taizhong, một nhà máy linh kiện tuyển thêm 300 kỹ sư điện tử.", "Taizhong", "Đài Trung"),
    ],
)
def test_taiwanese_cities_in_pinyin(sentence: str, span: str, fix: str) -> None:
    """A Taiwanese city's pinyin after a place word is the city left in pinyin (sentences not in any set)."""
    assert (span, fix) in _found(f"Đà Nẵng, 5/3/2026\n\n{sentence}\n", "C106")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hãng dự kiến mở đường bay thẳng tới thành phố Cao Hùng vào mùa hè năm sau.",
        "Tại Đài Trung, một nhà máy linh kiện tuyển thêm 300 kỹ sư điện tử.",
        "Kaohsiung và Taichung là hai cảng lớn của Đài Loan, theo báo cáo của hãng tàu.",
    ],
)
def test_taiwanese_cities_written_right_stay_quiet(sentence: str) -> None:
    """The Vietnamese and the English names of the same cities are no pinyin."""
    assert _found(f"Đà Nẵng, 5/3/2026\n\n{sentence}\n", "C106") == []


# --- N103: the holder of the time as the fix ---


def test_former_minister_fixed_with_the_holder_then() -> None:
    """Tô Lâm left the Ministry of Public Security in May 2024: in a 2025 story the fix keeps the title and names
    Lương Tam Quang."""
    page = (
        "Hà Nội, 12/9/2025\n\nBộ trưởng Bộ Công an Tô Lâm yêu cầu các đơn vị tăng cường tuần tra trong dịp nghỉ lễ.\n"
    )
    assert _found(page, "N103") == [
        ("Bộ trưởng Bộ Công an Tô Lâm", "Bộ trưởng Bộ Công an Lương Tam Quang"),
    ]


def test_current_and_past_holders_stay_quiet() -> None:
    """The holder of the time, and a former one said as such, have no finding."""
    page = (
        "Hà Nội, 12/9/2025\n\n"
        "Bộ trưởng Bộ Công an Lương Tam Quang yêu cầu các đơn vị tăng cường tuần tra trong dịp nghỉ lễ.\n"
        "Khi còn là Bộ trưởng Bộ Công an, ông Tô Lâm từng chỉ đạo chuyên án này.\n"
    )
    assert _found(page, "N103") == []


# --- T101: a last syllable stripped of its marks ---


@pytest.mark.parametrize(
    ("page", "pair"),
    [
        (
            "Hải Dương, 2/6/2026\n\n"
            "Tại đại hội, đồng chí Nguyễn Thanh Hưng được bầu làm Chủ tịch Hội Nông dân tỉnh.\n"
            "Phát biểu nhận nhiệm vụ, ông Nguyễn Thanh Hung hứa sẽ sát sao với hội viên ở cơ sở.\n",
            ("Nguyễn Thanh Hung", "Nguyễn Thanh Hưng"),
        ),
        (
            "Quảng Trị, 2/6/2026\n\n"
            "Bà Hoàng Thị Thùy kể rằng gia đình đã trồng cà phê ở đây ba mươi năm.\n"
            "Năm nay, theo bà Hoàng Thị Thuy, giá bán cao gấp đôi so với năm ngoái.\n",
            ("Hoàng Thị Thuy", "Hoàng Thị Thùy"),
        ),
    ],
)
def test_last_syllable_stripped_of_its_marks(page: str, pair: tuple[str, str]) -> None:
    """One name with its last syllable written bare, a syllable no given name is, beside the marked form."""
    assert pair in _found(page, "T101")


@pytest.mark.parametrize(
    "page",
    [
        "Hải Dương, 2/6/2026\n\n"
        "Tại đại hội, đồng chí Lê Văn Dũng được bầu làm Chủ tịch Hội Nông dân tỉnh.\n"
        "Ông Lê Văn Dung, nông dân ở xã bên, kiến nghị sửa con đường vào vùng trồng lúa.\n",
        "Quảng Trị, 2/6/2026\n\nAnh Trần Minh Tâm và anh Trần Minh Tam cùng nhận giấy khen của xã.\n",
    ],
)
def test_two_given_names_stay_two_people(page: str) -> None:
    """'Dũng'/'Dung' and 'Tâm'/'Tam' are given names both: two people, not a dropped mark."""
    assert _found(page, "T101") == []
