"""F111 on 'được được' (adversary41 had 'sẽ được được phân phối'): a doubling after a tense, aspect or modal
marker; a verb ending in 'được' before the passive 'được' is right. Sentences written for this test."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _f111(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["F111"])]


@pytest.mark.parametrize(
    "text",
    [
        "Dự án đã được được phê duyệt vào tháng trước.",
        "Hồ sơ của doanh nghiệp vẫn chưa được được xem xét.",
        "Các em học sinh cần được được hỗ trợ kịp thời.",
    ],
)
def test_doubled_passive_after_a_marker_fires(text: str) -> None:
    assert _f111(text) == ["được được"]


@pytest.mark.parametrize(
    "text",
    [
        "Số tiền thu được được dùng để sửa trường học.",
        "Những gì anh làm được được mọi người ghi nhận.",
        "Kinh nghiệm học được được chia sẻ với các tỉnh bạn.",
        "Dự án đã được phê duyệt vào tháng trước.",
    ],
)
def test_a_verb_ending_in_duoc_before_the_passive_stays_quiet(text: str) -> None:
    assert _f111(text) == []
