"""Review of round 6 (review6): behaviour on human-written Vietnamese sentences the round's detector changes
met, on sentences outside every blind set."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.model import Severity


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Thiết bị hỗ trợ plug-and-play, chỉ cần cắm vào là dùng được.", "plug-and-play"),
        ("Các công ty chuyển sang chế độ work-from-home trong mùa dịch.", "work-from-home"),
        ("Tính năng cập nhật phần mềm over-the-air giúp chủ xe không phải tới đại lý.", "over-the-air"),
        ("Doanh thu của chuỗi cửa hàng tăng 12% year-over-year trong quý III.", "year-over-year"),
    ],
)
def test_an_english_compound_with_a_function_word_is_minor(text: str, span: str) -> None:
    """Tech and business writing keeps such compounds as loans: flagged for an editor, never major."""
    found = [(f.text, f.severity) for f in audit_text(text, select=["L101"])]
    assert found == [(span, Severity.MINOR)]
