"""The EU prime ministers, Hà Nội chairmen and a Procurator General added in round 14 (references/SOURCES.md,
people14) through the name rules, and the former-holder check on Vietnamese office holders.

Sentences written for this test, not taken from any test set, corpus or rule example, on the new offices
(Luxembourg, Estonia, Malta, Latvia, Lithuania; the Hà Nội People's Committee): a garbled name fires N103, a given
name alone N104, the holder himself (with or without the Baltic diacritics) stays quiet.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.people import holders

NAME_RULES = ["N103", "N104", "N107"]


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(rule, flagged text, suggestion) of every finding of the name rules on ``text``."""
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=NAME_RULES)]


@pytest.mark.parametrize(
    ("office", "holder"),
    [
        ("lu.prime_minister", "Luc Frieden"),
        ("ee.prime_minister", "Kristen Michal"),
        ("mt.prime_minister", "Robert Abela"),
        ("lv.prime_minister", "Evika Siliņa"),
        ("lt.prime_minister", "Inga Ruginienė"),
    ],
)
def test_one_open_tenure(office: str, holder: str) -> None:
    assert [t.name_vi for t in holders(office) if t.end is None] == [holder]


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Ngày 12/3/2026, Thủ tướng Luxembourg Luc Friden tiếp Bộ trưởng Công Thương.", "Luc Friden", "Luc Frieden"),
        ("Ngày 8/10/2025, Thủ tướng Estonia Kristen Michel thăm cảng Tallinn.", "Kristen Michel", "Kristen Michal"),
        ("Ngày 20/4/2025, Thủ tướng Malta Robert Abella tiếp đoàn doanh nghiệp.", "Robert Abella", "Robert Abela"),
        ("Ngày 5/2/2026, Thủ tướng Latvia Evika Salina phát biểu tại Riga.", "Evika Salina", "Evika Siliņa"),
        ("Ngày 1/12/2025, Thủ tướng Litva Inga Rugienė gặp Tổng thống Ba Lan.", "Inga Rugienė", "Inga Ruginienė"),
    ],
)
def test_a_garbled_prime_minister_fires(text: str, span: str, suggestion: str) -> None:
    assert ("N103", span, suggestion) in _found(text)
    assert _found(text.replace(span, suggestion)) == []


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Ngày 20/4/2025, Thủ tướng Malta Robert tiếp đoàn doanh nghiệp.", "Robert", "Robert Abela"),
        ("Ngày 1/12/2025, Thủ tướng Litva Inga gặp Tổng thống Ba Lan.", "Inga", "Inga Ruginienė"),
    ],
)
def test_a_given_name_alone_fires(text: str, span: str, suggestion: str) -> None:
    assert ("N104", span, suggestion) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/2/2026, Thủ tướng Latvia Evika Silina phát biểu tại Riga.",
        "Ngày 1/12/2025, Thủ tướng Lithuania Inga Ruginiene gặp Tổng thống Ba Lan.",
    ],
)
def test_the_holder_without_diacritics_stays_quiet(text: str) -> None:
    assert _found(text) == []


def test_a_former_minister_is_flagged_in_a_later_year() -> None:
    """The former-holder check covers Vietnamese ministers: one who left in February 2025 (Construction) is
    flagged in a text of 2026. (In a text of September 2025 it stays quiet: the check compares years; month
    precision is another helper's work, so this test does not pin that case.)"""
    found = _found("Ngày 10/3/2026, Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị dự hội nghị về nhà ở xã hội.")
    assert any(r == "N103" and "Nguyễn Thanh Nghị" in span for r, span, _ in found)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Ngày 5/1/2026, Chủ tịch UBND TP Hà Nội Vũ Đại Thăng kiểm tra công trình.", "Vũ Đại Thăng", "Vũ Đại Thắng"),
        ("Năm 2023, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thành dự lễ khởi công.", "Trần Sỹ Thành", "Trần Sỹ Thanh"),
        ("Năm 2021, Chủ tịch UBND TP Hà Nội Chu Ngọc Ánh dự lễ khởi công.", "Chu Ngọc Ánh", "Chu Ngọc Anh"),
        ("Năm 2019, Viện trưởng VKSND tối cao Lê Minh Trị trả lời chất vấn.", "Lê Minh Trị", "Lê Minh Trí"),
    ],
)
def test_hanoi_chairmen_and_the_procurator_general(text: str, span: str, suggestion: str) -> None:
    """Hà Nội's chairmen of 2016-2026 and Lê Minh Trí as Procurator General (2016-2024): a garbled name fires,
    the holder in his years stays quiet."""
    assert ("N103", span, suggestion) in _found(text)
    assert _found(text.replace(span, suggestion)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2018, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung dự lễ khởi công.",
        "Năm 2023, Chủ tịch UBND TP Hà Nội Trần Sĩ Thanh dự lễ khởi công.",
        "Ngày 5/3/2025, Chánh án TAND tối cao Lê Minh Trí phát biểu tại hội nghị.",
    ],
)
def test_an_earlier_holder_and_a_spelling_variant_stay_quiet(text: str) -> None:
    """Nguyễn Đức Chung (2016-2020) is not taken for a garbled Nguyễn Đức Trung (2025); 'Sĩ' for 'Sỹ' is a spelling
    variant; Lê Minh Trí is Chief Justice in 2025, so that title with his name is right."""
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/3/2025, Viện trưởng VKSND tối cao Lê Minh Trí phát biểu tại hội nghị.",
        "Ngày 3/2/2026, Chủ tịch UBND TP Hà Nội Chu Ngọc Anh dự lễ khởi công.",
    ],
)
def test_a_former_holder_in_a_later_year_fires(text: str) -> None:
    assert [r for r, _, _ in _found(text)] == ["N103"]


# Bangladesh's prime ministers before the interim government (added by the lead after adversary40's blind run, which
# named Sheikh Hasina as the prime minister in a November 2025 story): sentences written for this test.
@pytest.mark.parametrize(
    "text",
    [
        "Dhaka, 3/10/2025 - Thủ tướng Bangladesh Sheikh Hasina tiếp đoàn doanh nghiệp dệt may Việt Nam.",
        "Hà Nội, 9/5/2024 - Thủ tướng Bangladesh Khaleda Zia gửi điện mừng Quốc khánh.",
    ],
)
def test_a_former_bangladeshi_prime_minister_in_a_later_year_fires(text: str) -> None:
    assert [rule for rule, *_ in _found(text)] == ["N103"]


@pytest.mark.parametrize(
    "text",
    [
        "Dhaka, 3/10/2019 - Thủ tướng Bangladesh Sheikh Hasina tiếp đoàn doanh nghiệp dệt may Việt Nam.",
        "Dhaka, 3/10/2025 - Cựu Thủ tướng Bangladesh Sheikh Hasina bị xét xử vắng mặt.",
        "Hà Nội, 9/5/2004 - Thủ tướng Bangladesh Khaleda Zia gửi điện mừng Quốc khánh.",
    ],
)
def test_a_bangladeshi_prime_minister_in_office_or_marked_former_stays_quiet(text: str) -> None:
    assert _found(text) == []
