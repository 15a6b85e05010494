"""Round 34's fixes of misses found on text outside the blind sets, each tested both ways (fires on MT, quiet on
human text)."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        # a leader who had left all his offices, under the title of a top office he never held
        ("Ngày 12/3/2025, Chủ tịch nước Vương Đình Huệ tiếp Đại sứ Nhật Bản.", "Vương Đình Huệ", "Lương Cường"),
        ("Ngày 5/6/2025, Chủ tịch Quốc hội Nguyễn Xuân Phúc chủ trì phiên họp.", "Nguyễn Xuân Phúc", "Trần Thanh Mẫn"),
        ("Ngày 5/6/2025, Tổng Bí thư Nguyễn Tấn Dũng dự lễ khánh thành.", "Nguyễn Tấn Dũng", "Tô Lâm"),
        ("Ngày 5/6/2025, Thủ tướng Nguyễn Thị Kim Ngân tiếp đoàn khách.", "Nguyễn Thị Kim Ngân", "Phạm Minh Chính"),
    ],
)
def test_n103_retired_leader_under_a_title_he_never_held(text: str, span: str, fix: str) -> None:
    assert _found(text, "N103") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/6/2025, nguyên Chủ tịch Quốc hội Nguyễn Thị Kim Ngân dự lễ.",  # an office she held
        "Ngày 5/6/2025, nguyên Thủ tướng Nguyễn Tấn Dũng dự lễ.",
        "Năm 2019, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân thăm Hàn Quốc.",  # in office that year
        "Ngày 5/6/2025, Chủ tịch nước Lương Cường tiếp Thủ tướng Nhật Bản.",
        # the National Assembly's roster starts in 1981, with Trường Chinh's first listed tenure: he chaired its
        # standing committee before, so the table cannot tell
        "Năm 2025, kỷ niệm ngày sinh Chủ tịch Quốc hội Trường Chinh.",
        "Chủ tịch nước Vương Đình Huệ đã tiếp Đại sứ Nhật Bản.",  # no year in the text: the office's holder unknown
    ],
)
def test_n103_quiet_on_offices_held_or_undated(text: str) -> None:
    assert _found(text, "N103") == []
