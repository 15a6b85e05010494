"""The Secretary-General of ASEAN as an office (people.tsv, offices.tsv): adversary41 left 'Gao Jinhong' (高金洪, Kao
Kim Hourn) unflagged because no international body but the UN, EU, WTO and NATO had holders. The cases below use the
other holders and other sentences than the set's."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text) if f.rule in ("N103", "N108")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pinyin of a holder's Chinese name, with the press spelling as the fix
        (
            "Ngày 10/6/2020, Tổng thư ký ASEAN Lin Yuhui đã phát biểu tại Jakarta.",
            [("N108", "Lin Yuhui", "Lim Jock Hoi")],
        ),
        (
            "Ngày 10/6/2016, Tổng Thư ký ASEAN Li Liangming đã phát biểu tại Jakarta.",
            [("N108", "Li Liangming", "Lê Lương Minh")],
        ),
        # a former holder named as the holder in a dated text
        (
            "Ngày 10/6/2025, Tổng Thư ký ASEAN Lim Jock Hoi đã tiếp Đại sứ Việt Nam tại Indonesia.",
            [("N103", "Tổng Thư ký ASEAN Lim Jock Hoi", "Tổng Thư ký ASEAN Kao Kim Hourn")],
        ),
    ],
)
def test_fires(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 10/6/2025, Tổng Thư ký ASEAN Kao Kim Hourn đã tiếp Đại sứ Việt Nam tại Indonesia.",
        "Ngày 10/6/2020, Tổng thư ký ASEAN Lim Jock Hoi đã phát biểu tại Jakarta.",
        "Ngày 10/6/2025, nguyên Tổng Thư ký ASEAN Lê Lương Minh đã dự hội thảo tại Hà Nội.",
        "Năm 2015, Tổng Thư ký ASEAN Lê Lương Minh đã phát biểu tại lễ ra mắt Cộng đồng ASEAN.",
    ],
)
def test_quiet(text: str) -> None:
    assert _found(text) == []
