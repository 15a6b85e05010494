"""The name rules on the heads of state and government added by gaz-leaders (round 5).

Sentences written for this file (not from any test set); each rule fires on a leader of a country
people.tsv lacked before, and stays quiet on the names as the Vietnamese press prints them, with and
without their diacritics.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _hits(text: str, code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[code])]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Thủ tướng Tây Ban Nha Pedro cho biết Madrid ủng hộ hiệp định.", "Pedro", "Pedro Sánchez"),
        ("Tổng thống Thổ Nhĩ Kỳ Recep đã điện đàm với Tổng thống Nga.", "Recep", "Recep Tayyip Erdogan"),
        ("Tổng thống Azerbaijan Ilham tiếp Đại sứ Việt Nam.", "Ilham", "Ilham Aliyev"),
        ("Thủ tướng Thụy Điển Ulf hội đàm với người đồng cấp.", "Ulf", "Ulf Kristersson"),
        ("Thủ tướng Canada Mark phát biểu tại hội nghị.", "Mark", "Mark Carney"),
        ("Tổng thống Bulgaria Iliana tiếp Đại sứ Việt Nam.", "Iliana", "Iliana Iotova"),
        ("Ngoại trưởng Đức Johann cho biết Berlin ủng hộ.", "Johann", "Johann Wadephul"),
        ("Phó Tổng thống Mỹ JD phát biểu tại hội nghị.", "JD", "JD Vance"),
    ],
)
def test_given_name_only_after_a_new_leaders_title(text: str, span: str, fix: str) -> None:
    assert _hits(text, "N104") == [(span, fix)]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Thủ tướng Canada Pedro Sánchez phát biểu.", "Canada", "Tây Ban Nha"),
        ("Tổng thống Brazil Javier Milei dự hội nghị.", "Brazil", "Argentina"),
        ("Thủ tướng Hà Lan Ulf Kristersson thăm Việt Nam.", "Hà Lan", "Thụy Điển"),
        ("Ngoại trưởng Đức Penny Wong phát biểu.", "Đức", "Australia"),
    ],
)
def test_a_new_leader_under_another_countrys_title(text: str, span: str, fix: str) -> None:
    assert _hits(text, "N107") == [(span, fix)]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Thủ tướng Tây Ban Nha Sangqiesi thăm Trung Quốc.", "Sangqiesi", "Pedro Sánchez"),
        ("Tổng thống Argentina Milai cải cách kinh tế.", "Milai", "Javier Milei"),
        ("Tổng thống Nam Phi Lamafusa chủ trì hội nghị.", "Lamafusa", "Cyril Ramaphosa"),
        ("Ngoại trưởng Ấn Độ Sujiesheng phát biểu.", "Sujiesheng", "Subrahmanyam Jaishankar"),
        ("Thủ tướng Pakistan Xiabazi Xielifu thăm Trung Quốc.", "Xiabazi Xielifu", "Shehbaz Sharif"),
    ],
)
def test_a_new_leaders_chinese_name_left_in_pinyin(text: str, span: str, fix: str) -> None:
    assert _hits(text, "N108") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Tây Ban Nha Pedro Sanchez thăm Việt Nam.",
        "Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdoğan và Thủ tướng Ireland Micheal Martin gặp nhau.",
        "Thủ tướng Pháp Sebastien Lecornu tuyên bố từ chức.",
        "Tổng thống Peru Jose Maria Balcazar nhậm chức.",
        "Năm 2019, Thủ tướng Séc Andrej Babis thăm Việt Nam.",
        "Quốc vương Brunei Haji Hassanal Bolkiah tiếp Chủ tịch nước Lương Cường.",
        "Quốc vương Malaysia Sultan Ibrahim tiếp Thủ tướng Phạm Minh Chính.",
        "Thủ tướng Hàn Quốc Kim Min-seok và Tổng thống Singapore Tharman gặp nhau.",
        "Tổng thống Đức Frank-Walter Steinmeier và Thủ tướng Israel Benjamin Netanyahu.",
        "Thủ tướng Hà Lan Rob Jetten và Thủ tướng Ai Cập Mostafa Madbouly hội đàm.",
        "Ngoại trưởng Ấn Độ S. Jaishankar và Ngoại trưởng Pháp Jean-Noel Barrot gặp nhau.",
        "Thủ tướng Na Uy Jonas Gahr Store và Tổng thống Chile Jose Antonio Kast.",
        "Năm 2019, Tổng thống Bulgaria Rumen Radev thăm Việt Nam.",
    ],
)
def test_new_leaders_as_the_press_writes_them_are_quiet(text: str) -> None:
    assert [f for f in audit_text(text, select=["N103", "N104", "N107", "N108"])] == []


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Ủy ban châu Âu Ursula von der Leyen tiếp Phó Thủ tướng Việt Nam.",
        "Tổng thống UAE Mohamed bin Zayed Al Nahyan đón Thủ tướng Phạm Minh Chính.",
        "Quốc vương Qatar Tamim bin Hamad Al Thani hội kiến Chủ tịch nước.",
        "Thủ tướng Bồ Đào Nha António Costa thăm Việt Nam năm 2017.",  # Portugal's PM 2015-2024
        "Thủ tướng Bồ Đào Nha Luís Montenegro đón đoàn Việt Nam.",
    ],
)
def test_full_names_with_particles_and_countries_whose_name_starts_with_a_surname(text: str) -> None:
    """A lowercase particle continues a name ('von der', 'bin'); 'Bồ' of 'Bồ Đào Nha' is no bare abbreviation
    though 'Đào' is also a surname; a holder's earlier office counts as his."""
    assert [f.rule for f in audit_text(text, select=["N", "C"])] == []
    assert _hits("Tổng thống UAE Mohamed đã tiếp đoàn Việt Nam.", "N104") == [
        ("Mohamed", "Mohamed bin Zayed Al Nahyan")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tháng 10/2026, Thủ tướng Lê Minh Hưng chủ trì phiên họp Chính phủ thường kỳ.",
        "Năm 2026, Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp Tổng thống Chile.",
        "Năm 2025, Thủ tướng Phạm Minh Chính và Chủ tịch nước Lương Cường dự lễ kỷ niệm.",
        "Năm 2027, Chủ tịch Quốc hội Trần Thanh Mẫn thăm Lào.",
    ],
)
def test_the_leaders_elected_in_april_2026_are_quiet(text: str) -> None:
    assert audit_text(text, select=["N103"]) == []


def test_a_president_whose_tenure_ended_in_april_2026_under_another_title() -> None:
    """Lương Cường was State President until 2026-04-07: in 2026 he is not the NA chair."""
    hits = [
        (f.text, f.suggestion)
        for f in audit_text("Năm 2026, Chủ tịch Quốc hội Lương Cường tiếp đoàn Lào.", select=["N103"])
    ]
    assert hits == [("Lương Cường", "Trần Thanh Mẫn")]
