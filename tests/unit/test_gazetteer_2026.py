"""The office holders of 2025-2026 added to references/people.tsv (SOURCES.md, gaz11), through the name rules.

Sentences written for this test, not taken from any test set: current and former holders under their own
title stay quiet; under a title naming another country they fire N107; the given name alone after the title
fires N104.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.people import holders, person_tenures

NAME_RULES = ["N103", "N104", "N107"]


def _codes(text: str) -> list[tuple[str, str]]:
    """(rule, flagged text) of every finding of the name rules on ``text``."""
    return [(f.rule, f.text) for f in audit_text(text, select=NAME_RULES)]


@pytest.mark.parametrize(
    ("office", "current", "former"),
    [
        ("bo.president", "Rodrigo Paz", "Luis Arce"),
        ("pt.president", "António José Seguro", "Marcelo Rebelo de Sousa"),
        ("ir.supreme_leader", "Mojtaba Khamenei", "Ali Khamenei"),
    ],
)
def test_the_roster_hands_over(office: str, current: str, former: str) -> None:
    """The former holder's tenure ends where the current one's begins; the current one's is open."""
    now = [t for t in holders(office) if t.end is None]
    assert [t.name_vi for t in now] == [current]
    (before,) = (t for t in holders(office) if t.name_vi == former)
    assert before.end == now[0].start


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Bolivia Rodrigo Paz tiếp Đại sứ Việt Nam tại La Paz.",
        "Năm 2023, Tổng thống Bolivia Luis Arce dự lễ khánh thành một nhà máy lithium.",
        "Tổng thống Bồ Đào Nha António José Seguro đón đoàn doanh nghiệp Việt Nam tại Lisbon.",
        "Năm 2023, Tổng thống Bồ Đào Nha Marcelo Rebelo de Sousa đón đoàn doanh nghiệp Việt Nam.",
        "Lãnh tụ tối cao Iran Mojtaba Khamenei ra tuyên bố về eo biển Hormuz.",
        "Năm 2024, Lãnh tụ tối cao Iran Ali Khamenei có bài phát biểu tại Tehran.",
        "Tổng thống Myanmar Min Aung Hlaing tiếp Bộ trưởng Ngoại giao Thái Lan tại Naypyitaw.",
        "Ngày 8/11/2025, ông Rodrigo Paz tuyên thệ nhậm chức Tổng thống Bolivia.",
    ],
)
def test_holders_under_their_own_title_are_quiet(text: str) -> None:
    assert _codes(text) == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tổng thống Argentina Rodrigo Paz dự hội nghị thượng đỉnh Mercosur.", "Argentina"),
        ("Tổng thống Chile Luis Arce dự lễ ký kết hiệp định thương mại.", "Chile"),
        ("Tổng thống Brazil António José Seguro thăm Angola.", "Brazil"),
        ("Thủ tướng Thái Lan Min Aung Hlaing tiếp đoàn đại biểu Campuchia.", "Thái Lan"),
    ],
)
def test_a_holder_under_another_countrys_title_fires(text: str, country: str) -> None:
    assert ("N107", country) in _codes(text)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Tổng thống Bồ Đào Nha António phát biểu tại lễ nhậm chức.", "António"),
        ("Lãnh tụ tối cao Iran Mojtaba ra thông điệp gửi quân đội.", "Mojtaba"),
    ],
)
def test_the_given_name_alone_fires(text: str, given: str) -> None:
    assert ("N104", given) in _codes(text)


def test_new_people_are_known_with_their_country() -> None:
    for name, country in (("Rodrigo Paz", "bo"), ("António José Seguro", "pt"), ("Min Aung Hlaing", "mm")):
        assert {t.country for t in person_tenures(name)} == {country}
