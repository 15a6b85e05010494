"""L103 offers the Vietnamese name when the Chinese characters left in a sentence are exactly a known name
(audit.lang.zh_names: countries, capitals, places, organisations, companies, people); otherwise no fix."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.zh_names import zh_vi_names


def _l103(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["L103"])]


def test_index_holds_names_of_each_kind() -> None:
    names = zh_vi_names()
    assert names["河内"] == "Hà Nội"  # a Vietnamese city
    assert names["首尔"] == "Seoul"  # a capital
    assert names["东盟"] == "ASEAN"  # an organisation
    assert names["微软"] == "Microsoft"  # a company
    assert names["美国"] == "Hoa Kỳ"  # a country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phái đoàn thương mại sẽ tới 河内 vào tuần sau để ký hợp đồng.", ("河内", "Hà Nội")),
        ("Các bộ trưởng 东盟 họp trực tuyến sáng nay.", ("东盟", "ASEAN")),
        ("Công ty 微软 vừa công bố kết quả kinh doanh quý.", ("微软", "Microsoft")),
        ("Chuyến bay thẳng tới 首尔 mất khoảng năm giờ.", ("首尔", "Seoul")),
    ],
)
def test_known_name_gets_its_vietnamese_form(text: str, expected: tuple[str, str]) -> None:
    assert _l103(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên nhất trí thúc đẩy hợp tác 互利共赢 lâu dài.",  # a slogan, no name
        "Phái đoàn đã tới 河内市中心 vào tuần sau.",  # a name inside a longer run: not the run itself
    ],
)
def test_other_runs_are_flagged_without_a_fix(text: str) -> None:
    found = _l103(text)
    assert len(found) == 1 and found[0][1] is None


def test_gloss_stays_quiet() -> None:
    assert _l103("Thủ đô Hà Nội (河内) đón hơn một triệu khách trong tháng.") == []
