"""T101 groups a foreign first name spelled with a doubled letter single (or the reverse) before the same
surname ('Matthew Perrin' … 'Mathew Perrin'), and leaves apart first names that tell two people apart: other
one-letter changes ('Marc' / 'Mark', 'Paul' / 'Paula'), names far apart ('Serena' / 'Venus')."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _t101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["T101"])]


def test_doubled_letter_in_a_first_name_fires() -> None:
    text = (
        "Tay đua Matthew Perrin về nhất chặng đua thứ ba.\n"
        "Trước đó Matthew Perrin đã giành hai chặng ở Bỉ.\n"
        "Huấn luyện viên cho biết Mathew Perrin sẽ nghỉ một tuần."
    )
    assert _t101(text) == [("Mathew Perrin", "Matthew Perrin")]


def test_single_letter_doubled_fires_too() -> None:
    text = (
        "Nữ vận động viên Helena Sorvik phá kỷ lục quốc gia.\n"
        "Helena Sorvik năm nay 24 tuổi.\n"
        "Ban tổ chức trao cho Hellena Sorvik giải thưởng thành tích."
    )
    assert _t101(text) == [("Hellena Sorvik", "Helena Sorvik")]


@pytest.mark.parametrize(
    "pair",
    [
        ("Marc", "Mark"),  # two names
        ("Paul", "Paula"),  # a brother and a sister
        ("Kevin", "Kelvin"),
        ("Hana", "Hanna"),  # too short to tell a slip from another name
        ("Serena", "Venus"),
    ],
)
def test_different_first_names_before_one_surname_stay_quiet(pair: tuple[str, str]) -> None:
    a, b = pair
    text = (
        f"Ca sĩ {a} Dunmore ra mắt album mới tại London.\n"
        f"Album của {a} Dunmore gồm mười hai bài hát.\n"
        f"Người em {b} Dunmore cũng góp giọng trong hai ca khúc."
    )
    assert _t101(text) == []


def test_both_forms_in_one_sentence_stay_quiet() -> None:
    text = "Hai anh em Matthew Perrin và Mathew Perrin cùng thi đấu.\nMatthew Perrin về nhì."
    assert _t101(text) == []
