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
