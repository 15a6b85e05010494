"""The office holders added in round 13 (references/SOURCES.md, offices13), through the name rules.

Sentences written for this test, not taken from any test set or corpus: the new holders (Colombia's presidents, Israel's
President and foreign ministers, the foreign ministers of New Zealand, Laos, Türkiye, Italy, South Africa, Brazil, Spain
and Saudi Arabia, Laos's earlier President and Prime Ministers, Việt Nam's Vice Presidents) fire N103 when their name is
garbled or when a former or later holder is named as the current one in a dated text, N104 when the given name stands
alone; the correct holder, and a former holder in a sentence dated in his tenure or marked 'cựu', stay quiet.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.people import holders
from audit.model import Severity

NAME_RULES = ["N103", "N104", "N107"]


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(rule, flagged text, suggestion) of every finding of the name rules on ``text``."""
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=NAME_RULES)]


@pytest.mark.parametrize(
    ("office", "current", "former"),
    [
        ("il.foreign_minister", "Gideon Saar", "Israel Katz"),
        ("il.president", "Isaac Herzog", "Reuven Rivlin"),
        ("la.foreign_minister", "Thongsavanh Phomvihane", "Saleumxay Kommasith"),
        ("la.president", "Thongloun Sisoulith", "Bounnhang Vorachit"),
        ("la.prime_minister", "Sonexay Siphandone", "Phankham Viphavanh"),
    ],
)
def test_the_roster_hands_over(office: str, current: str, former: str) -> None:
    """One open tenure, the new holder's, which starts where the former holder's ends."""
    now = [t for t in holders(office) if t.end is None]
    assert [t.name_vi for t in now] == [current]
    (before,) = (t for t in holders(office) if t.name_vi == former and t.end is not None)
    assert before.end == now[0].start


def test_colombia_and_the_un_terms_end_on_their_fixed_dates() -> None:
    """Colombia's presidents follow one another every four years; the UN Secretary-General's term ends with 2026."""
    years = [(t.name_vi, t.start, t.end) for t in sorted(holders("co.president"), key=lambda t: t.start or 0)]
    assert years == [("Juan Manuel Santos", 2010, 2018), ("Iván Duque", 2018, 2022), ("Gustavo Petro", 2022, 2026)]
    (guterres,) = (t for t in holders("un.secretary_general") if t.name_vi == "António Guterres")
    assert guterres.end == 2026


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Tổng thống Israel Isaac Herzg tiếp Ngoại trưởng Đức tại Jerusalem.", "Isaac Herzg", "Isaac Herzog"),
        ("Ngoại trưởng New Zealand Winston Peter thăm Đà Nẵng.", "Winston Peter", "Winston Peters"),
        ("Ngoại trưởng Thổ Nhĩ Kỳ Hakan Fidam điện đàm với người đồng cấp Ai Cập.", "Hakan Fidam", "Hakan Fidan"),
        ("Ngoại trưởng Italia Antonio Tajanni dự hội nghị tại Rome.", "Antonio Tajanni", "Antonio Tajani"),
        ("Tổng thống Colombia Gustavo Petrov thăm Brasília.", "Gustavo Petrov", "Gustavo Petro"),
        ("Ngoại trưởng Tây Ban Nha José Manuel Alvares thăm Hà Nội.", "José Manuel Alvares", "José Manuel Albares"),
        ("Năm 2019, Phó Chủ tịch nước Đặng Thị Ngọc Thạnh dự lễ.", "Đặng Thị Ngọc Thạnh", "Đặng Thị Ngọc Thịnh"),
    ],
)
def test_a_garbled_holder_fires_n103(text: str, span: str, suggestion: str) -> None:
    assert ("N103", span, suggestion) in _found(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ngày 12/3/2025, Tổng thống Colombia Iván Duque khai mạc hội chợ cà phê ở Medellín.", "Iván Duque"),
        ("Ngày 4/6/2025, Thủ tướng Lào Phankham Viphavanh tiếp đoàn doanh nghiệp Quảng Trị.", "Phankham Viphavanh"),
        ("Ngày 9/9/2025, Ngoại trưởng Israel Israel Katz gặp người đồng cấp Hy Lạp.", "Israel Katz"),
        ("Ngày 2/2/2025, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith tiếp Đại sứ Nhật Bản.", "Saleumxay Kommasith"),
        # a later holder in a text dated before her tenure: the Vice President of 2020 was Đặng Thị Ngọc Thịnh
        ("Hà Nội, ngày 3/4/2020. Phó Chủ tịch nước Võ Thị Ánh Xuân dự lễ khai mạc hội thao.", "Võ Thị Ánh Xuân"),
    ],
)
def test_a_former_or_later_holder_named_as_the_current_one_fires(text: str, span: str) -> None:
    found = [f for f in audit_text(text, select=["N103"]) if f.text.endswith(span)]
    assert found and found[0].severity == Severity.MAJOR


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Ngoại trưởng Israel Gideon cho biết sẽ tới Cairo.", "Gideon", "Gideon Saar"),
        ("Ngoại trưởng Nam Phi Ronald kêu gọi ngừng bắn.", "Ronald", "Ronald Lamola"),
        ("Tổng thống Israel Isaac gửi điện chia buồn.", "Isaac", "Isaac Herzog"),
    ],
)
def test_the_given_name_alone_fires_n104(text: str, span: str, suggestion: str) -> None:
    assert ("N104", span, suggestion) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Israel Isaac Herzog tiếp Ngoại trưởng Đức tại Jerusalem.",
        "Ngày 3/3/2025, Ngoại trưởng Israel Gideon Sa'ar gặp người đồng cấp Hy Lạp.",
        "Ngoại trưởng New Zealand Winston Peters thăm Đà Nẵng.",
        "Ngày 5/5/2025, Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane hội đàm tại Viêng Chăn.",
        "Ngày 5/5/2025, Ngoại trưởng Thổ Nhĩ Kỳ Hakan Fidan điện đàm với người đồng cấp Ai Cập.",
        "Ngày 5/5/2025, Ngoại trưởng Ý Antonio Tajani dự hội nghị tại Rome.",
        "Ngày 5/5/2025, Bộ trưởng Quan hệ quốc tế và Hợp tác Nam Phi Ronald Lamola phát biểu.",
        "Ngày 5/5/2025, Ngoại trưởng Colombia Rosa Villavicencio thăm Lima.",
        "Ngày 5/5/2025, Tổng thống Colombia Gustavo Petro thăm Brasília.",
        "Ngày 5/5/2025, Tổng Thư ký Liên hợp quốc António Guterres kêu gọi ngừng bắn.",
        "Ngày 5/5/2025, Ngoại trưởng Ả Rập Xê Út Faisal bin Farhan Al Saud hội đàm tại Riyadh.",
        "Ngày 5/5/2025, Ngoại trưởng Brazil Mauro Vieira thăm Hà Nội.",
        "Ngày 5/5/2025, Ngoại trưởng Tây Ban Nha José Manuel Albares thăm Hà Nội.",
        # former holders in a sentence of their own time, or marked as former
        "Năm 2019, Tổng thống Colombia Iván Duque khai mạc hội chợ cà phê ở Medellín.",
        "Ngày 12/3/2025, cựu Tổng thống Colombia Iván Duque dự hội thảo ở Madrid.",
        "Năm 2018, Thủ tướng Lào Thongloun Sisoulith thăm tỉnh Nghệ An.",
        "Năm 2022, Thủ tướng Lào Phankham Viphavanh tiếp đoàn doanh nghiệp Quảng Trị.",
        "Năm 2017, Tổng thống Israel Reuven Rivlin tiếp đoàn Việt Nam.",
        "Năm 2019, Ngoại trưởng New Zealand Winston Peters thăm Hà Nội.",
    ],
)
def test_the_holder_and_the_former_holder_are_quiet(text: str) -> None:
    assert _found(text) == []
