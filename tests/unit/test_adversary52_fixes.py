"""The fixes after the adversary52 blind set (tests/data/adversary52), each tested on names, countries and places
that set does not have (Steinmeier, Díaz-Canel and Ramos-Horta rather than Tokayev, János Áder rather than Katalin
Novák, Japan in the SCO rather than Việt Nam, Trần Quốc Thai rather than Bùi Lê Thai, Bishkek and Ulan Bator rather
than Tashkent), firing and quiet."""

from __future__ import annotations

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_holder_with_a_hyphenated_name_under_another_country() -> None:
    """N107: a known holder whose name has a hyphen the capitalised run stopped at ('Frank-Walter' read as 'Frank')
    is looked up in full; under the title of their own country it stays quiet."""
    assert _found("Tổng thống Pháp Frank-Walter Steinmeier dự lễ khai mạc.", "N107") == [("Pháp", "Đức")]
    assert _found("Tổng thống Mexico Miguel Díaz-Canel phát biểu.", "N107") == [("Mexico", "Cuba")]
    assert _found("Tổng thống Indonesia José Ramos-Horta phát biểu.", "N107") == [("Indonesia", "Timor-Leste")]
    assert _found("Tổng thống Đức Frank-Walter Steinmeier dự lễ khai mạc.", "N107") == []


def test_former_president_of_hungary_after_his_term() -> None:
    """N103: people.tsv now has Hungary's presidents before Sulyok Tamás (and Russia's and Belarus's former Prime
    Ministers): János Áder, president until 10/5/2022, is a former holder in December 2025, not in March 2020."""
    late = _found("Budapest, 5/12/2025 – Tổng thống Hungary János Áder tiếp đoàn doanh nghiệp Việt Nam.", "N103")
    assert [t for t, _ in late] == ["Tổng thống Hungary János Áder"]
    assert _found("Budapest, 5/3/2020 – Tổng thống Hungary János Áder tiếp đoàn doanh nghiệp Việt Nam.", "N103") == []
    assert _found("Mát-xcơ-va, 5/3/2018 – Thủ tướng Nga Dmitry Medvedev tiếp đoàn doanh nghiệp Việt Nam.", "N103") == []


def test_shanghai_cooperation_organisation_members() -> None:
    """C108: the SCO and its ten members; its observers and dialogue partners are quiet like BRICS partners."""
    assert _found("Nhật Bản và Ấn Độ là thành viên của Tổ chức Hợp tác Thượng Hải.", "C108") == [("Nhật Bản", None)]
    for quiet in (
        "Ấn Độ và Pakistan là thành viên của Tổ chức Hợp tác Thượng Hải từ năm 2017.",
        "Mông Cổ và Thổ Nhĩ Kỳ là thành viên SCO.",
    ):
        assert _found(quiet, "C108") == [], quiet


def test_vietnamese_name_ending_in_an_english_country_word() -> None:
    """C105: 'Thai' after a Vietnamese surname and name syllables is the name's last syllable without its mark
    (Thái), not English 'Thai'; after an office it stays the adjective."""
    assert _found("Ông Trần Quốc Thai, Phó Giám đốc Sở, cho biết.", "C105") == []
    assert _found("Chính phủ Thai cam kết hỗ trợ nông dân.", "C105") == [("Thai", "Thái Lan")]


def test_foreign_city_in_pinyin_after_sang_and_with_a_rare_reading() -> None:
    """C106: 'sang' (to) is a place preposition, and a foreign city's pinyin reads a character's rare readings too
    (什 'shi' in 比什凯克 Bishkek, which everyday Chinese hears as 'shen'); a Latin name stays quiet."""
    found = _found("Hãng mở đường bay sang Bishikaike.\nHãng bay thẳng sang Wulanbatuo.", "C106")
    assert found == [("Bishikaike", "Bishkek"), ("Wulanbatuo", "Ulaanbaatar")]
    assert _found("Doanh nghiệp chuyển văn phòng sang Tbilisi và Bishkek.", "C106") == []
