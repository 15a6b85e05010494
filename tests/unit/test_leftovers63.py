"""Round 35's fix of adversary125's N103 miss (leftovers63): Singapore's cabinet as a sourced class in
references/people.tsv and offices.tsv (the Deputy Prime Minister, the Minister for Trade and Industry, the Minister
for Finance, with the holders as of late 2025), so that a near miss of a holder's name under his title is found, and
the holders' own spellings stay quiet. Sentences outside the set (other holders, other titles)."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _n103(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == "N103"]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Phó Thủ tướng Singapore Gan Kim Yung dự hội nghị tại Hà Nội.", "Gan Kim Yung", "Gan Kim Yong"),
        ("Bộ trưởng Thương mại và Công nghiệp Singapore Gan Kim Jong ký thỏa thuận.", "Gan Kim Jong", "Gan Kim Yong"),
        ("Bộ trưởng Tài chính Singapore Lawrence Wang công bố ngân sách.", "Lawrence Wang", "Lawrence Wong"),
        ("Năm 2022, Phó Thủ tướng Singapore Heng Swee Keet thăm Đà Nẵng.", "Heng Swee Keet", "Heng Swee Keat"),
    ],
)
def test_n103_near_miss_of_a_singapore_cabinet_member(text: str, span: str, fix: str) -> None:
    """Each quiet before: the offices had no row, so no holder to be near."""
    assert _n103(text) == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Phó Thủ tướng Singapore Gan Kim Yong dự hội nghị tại Hà Nội.",
        "Phó Thủ tướng kiêm Bộ trưởng Thương mại và Công nghiệp Singapore Gan Kim Yong tiếp đoàn doanh nghiệp.",
        "Bộ trưởng Tài chính Singapore Lawrence Wong công bố ngân sách.",
        "Năm 2022, Phó Thủ tướng Singapore Heng Swee Keat thăm Đà Nẵng.",
        "Bộ trưởng Phát triển Quốc gia Singapore Chee Hong Tat thăm cảng Cái Mép.",
    ],
)
def test_n103_quiet_on_the_holders_own_spelling(text: str) -> None:
    assert _n103(text) == []


# N108: a pinyin name after an official's noun and a country, or after a long ministerial title with its country,
# of a Chinese name's shape where the country's officials bear no Chinese name (adversary125's 'Suo Padi' is of
# that slot's kind but stays quiet: 'Padi' is a known word, and its sentence names no country before the name)


def _n108(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == "N108"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bộ trưởng Tài nguyên nước Campuchia Suo Chengda cho biết hồ chứa sẽ xả nước.", "Suo Chengda"),
        ("Quan chức cấp cao Campuchia Suo Chengda cho biết hai bên sẽ ký thỏa thuận.", "Suo Chengda"),
        ("Một quan chức Bộ Nông nghiệp Lào Suoxipadi cho biết sản lượng lúa tăng.", "Suoxipadi"),
    ],
)
def test_n108_pinyin_after_an_official_and_a_country(text: str, span: str) -> None:
    """Each quiet before: the official's noun was no person's slot, and a Chinese name's shape was left to N101,
    which reads it only right after a title."""
    assert _n108(text) == [(span, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Tài nguyên nước Campuchia Thor Chetha cho biết hồ chứa sẽ xả nước.",
        "Một quan chức Bộ Nông nghiệp Campuchia Sok Pheakdey cho biết lúa được mùa.",
        "Bộ trưởng Du lịch Thái Lan Sorawong Thienthong cho biết lượng khách tăng.",
        "Quan chức cấp cao Lào Phoxay Khaykhamphithoune dự lễ ký.",
    ],
)
def test_n108_quiet_on_own_spellings_there(text: str) -> None:
    assert _n108(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Một quan chức Bộ Ngoại giao Trung Quốc Wang Wenbin cho biết.",
        "Đại sứ Trung Quốc tại Campuchia Wang Wenbin cho biết hai nước sẽ tăng hợp tác.",
    ],
)
def test_chinese_name_shape_stays_n101s(text: str) -> None:
    """A Chinese country, or a posting abroad before the country: a Chinese official, N101's with its fix."""
    assert _n108(text) == []
    assert [f.rule for f in audit_text(text) if f.text == "Wang Wenbin"] == ["N101"]
