"""N101 leaves a Korean's romanised name alone where the article calls the person Korean (review17 found 'Han Kang',
the writer, flagged as the pinyin 'Hàn Khang'). Other names and sentences than the probe's; a titled name, a name
with a pinyin-only syllable and a name the article never calls Korean still fire."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _n101(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["N101"])]


@pytest.mark.parametrize(
    "text",
    [
        "Diễn viên Hàn Quốc Song Kang được khán giả yêu thích.\nPhim mới của Song Kang ra mắt tuần sau.",
        "Ca sĩ Kang Daniel (Hàn Quốc) biểu diễn tại TP.HCM; Kang Daniel hát năm bài.",
        "Cầu thủ người Hàn Lee Kang-in ghi bàn thắng thứ hai.",
        "Đạo diễn Hàn Quốc Bong Joon-ho giới thiệu phim mới tại liên hoan.",
    ],
)
def test_a_korean_called_korean_stays_quiet(text: str) -> None:
    assert _n101(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bộ trưởng Nguyễn Văn An gặp Chủ tịch Hàn Quốc Wang Jin tại Seoul.", "Wang Jin"),  # titled: MT's pinyin
        ("Ông Han Kang cho biết giá lúa tăng.", "Han Kang"),  # never called Korean
        ("Nhà thơ Hàn Quốc Zhang Xiu đọc thơ tại Hà Nội.", "Zhang Xiu"),  # zh, x: pinyin only
    ],
)
def test_still_fires(text: str, span: str) -> None:
    assert span in _n101(text)
