"""The predecessors of three current heads added after adversary41's blind run (references/SOURCES.md, round 15):
Mexico's President before Claudia Sheinbaum, Norway's and Malaysia's Prime Ministers before Jonas Gahr Støre and
Anwar Ibrahim. The set named López Obrador; the sentences here are written for this test (Solberg, Ismail Sabri and
López Obrador in other stories), each both ways: named as holder after the tenure ended fires N103, in office or
marked former stays quiet."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _rules(text: str) -> list[str]:
    return [f.rule for f in audit_text(text, select=["N103", "N104", "N107"])]


@pytest.mark.parametrize(
    "text",
    [
        "Oslo, 4/6/2025 - Thủ tướng Na Uy Erna Solberg tiếp đoàn doanh nghiệp thủy sản Việt Nam.",
        "Hà Nội, 12/3/2024 - Thủ tướng Malaysia Ismail Sabri Yaakob gửi thư chúc mừng Chủ tịch nước.",
        "Hà Nội, 8/5/2025 - Tổng thống Mexico Andrés Manuel López Obrador tiếp Đại sứ Việt Nam.",
    ],
)
def test_a_predecessor_named_as_holder_later_fires(text: str) -> None:
    assert _rules(text) == ["N103"]


@pytest.mark.parametrize(
    "text",
    [
        "Oslo, 4/6/2019 - Thủ tướng Na Uy Erna Solberg tiếp đoàn doanh nghiệp thủy sản Việt Nam.",
        "Hà Nội, 12/3/2022 - Thủ tướng Malaysia Ismail Sabri Yaakob gửi thư chúc mừng Chủ tịch nước.",
        "Hà Nội, 8/5/2021 - Tổng thống Mexico Andrés Manuel López Obrador tiếp Đại sứ Việt Nam.",
        "Oslo, 4/6/2025 - Cựu Thủ tướng Na Uy Erna Solberg tiếp đoàn doanh nghiệp thủy sản Việt Nam.",
        "Hà Nội, 8/5/2025 - Tổng thống Mexico Claudia Sheinbaum tiếp Đại sứ Việt Nam.",
    ],
)
def test_in_office_or_marked_former_stays_quiet(text: str) -> None:
    assert _rules(text) == []
