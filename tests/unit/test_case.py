"""audit.lang.case.capitalised: the first character upper-cased, the rest as written (the helper the country
calque rules and the Korean Hán-Việt reader share)."""

from __future__ import annotations

from audit.lang.case import capitalised


def test_first_letter_upper_rest_kept() -> None:
    assert capitalised("đà") == "Đà"
    assert capitalised("ý") == "Ý"
    assert capitalised("mẫn hạo") == "Mẫn hạo"
    assert capitalised("hÀn") == "HÀn"  # the rest is not lowered, unlike str.capitalize
    assert capitalised("Hà Nội") == "Hà Nội"


def test_upper_not_title_case() -> None:
    assert capitalised("ǆa") == "Ǆa"  # upper case, not the title-case 'ǅ'
    assert capitalised("ßa") == "SSa"


def test_no_letter_first() -> None:
    assert capitalised("") == ""
    assert capitalised("1a") == "1a"
