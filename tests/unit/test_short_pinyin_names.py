"""N101 on titled pinyin names of short syllables that Vietnamese spelling also allows ('ông Liu Bo').

Such a name scores low as pinyin ('Liu', 'Bo' are Vietnamese spellings too) and was left alone unless the
gazetteer knew it; a given name written without a mark that no Vietnamese name has makes it a pinyin name.
The names here are in no sample document or adversary set."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _n101(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["N101"])]


@pytest.mark.parametrize("name", ["Liu Bo", "Pan Gang", "Tan Bo", "Bai Lu"])
def test_a_titled_short_pinyin_name_is_found(name: str) -> None:
    assert _n101(f"Hôm qua, ông {name} phát biểu tại hội nghị ở Bắc Kinh.") == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a Vietnamese name written without its marks: both syllables are Vietnamese name syllables
        "Hôm qua, ông Tran Hai phát biểu tại hội nghị ở Bắc Kinh.",
        "Hôm qua, bà Ho Lan phát biểu tại hội nghị ở Bắc Kinh.",
        # no title or honorific before it
        "Hôm qua, Liu Bo phát biểu tại hội nghị ở Bắc Kinh.",
    ],
)
def test_names_that_may_be_vietnamese_or_untitled_stay_quiet(text: str) -> None:
    assert _n101(text) == []
