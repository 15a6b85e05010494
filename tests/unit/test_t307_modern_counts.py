"""T307 on a count of one or two digits before 'vạn' and what modern news counts ('9 vạn người dân'): minor,
with the number in thousands; soldiers, 'người' alone and sentences that tell history stay quiet. The sentences
are in no test or blind set."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.model import Severity


def _t307(text: str) -> list[tuple[str, str | None, Severity]]:
    return [(f.text, f.suggestion, f.severity) for f in audit_text(text, select=["T307"])]


@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("Khoảng 4 vạn lượt khách đã đến phố cổ trong dịp nghỉ lễ.", "4 vạn", "40.000"),
        ("Nhà máy mới sẽ sản xuất 75 vạn tấn thép mỗi năm.", "75 vạn", "750.000"),
        ("Đợt nắng nóng khiến 2 vạn hộ gia đình ở Quảng Tây thiếu nước sinh hoạt.", "2 vạn", "20.000"),
        ("Sân vận động chật kín 5 vạn cổ động viên trong trận chung kết.", "5 vạn", "50.000"),
    ],
)
def test_a_modern_count_in_myriads_fires_minor(text: str, span: str, amount: str) -> None:
    assert _t307(text) == [(span, amount, Severity.MINOR)]


@pytest.mark.parametrize(
    "text",
    [
        "Hàng vạn người dân đổ về quảng trường để xem pháo hoa.",
        "Năm 1077, Lý Thường Kiệt chặn 10 vạn quân Tống ở sông Như Nguyệt.",
        "Theo sử sách, năm 1418 có 3 vạn người dân theo nghĩa quân Lam Sơn.",
        "Đội quân 8 vạn người tiến về phía nam.",
        "Giá vé vào cửa là 5 vạn khi mua online.",
    ],
)
def test_history_soldiers_and_a_bare_count_stay_quiet(text: str) -> None:
    assert _t307(text) == []
