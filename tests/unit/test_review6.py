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


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bộ phim hoạt hình King of Kings ra rạp Việt Nam từ ngày 11/4.", "King of Kings"),
        ("Tay đua Việt Nam giành danh hiệu King of the Mountain tại chặng 5.", "King of the Mountain"),
        ("Bà từng là Chairman of the Board tại công ty mẹ ở Singapore.", "Chairman of the Board"),
        ("Cuốn sách Sultan of Swing kể về cuộc đời của nhạc sĩ Mark Knopfler.", "Sultan of Swing"),
        (
            "Ông được trao danh hiệu Member of the Order of the British Empire (MBE) năm 2019.",
            "Member of the Order of the British Empire",
        ),
    ],
)
def test_an_english_title_that_may_name_a_work_or_honour_is_minor(text: str, span: str) -> None:
    """One word after 'of' (a film, a jersey, a song) or an abbreviation cited after it: flagged, never major."""
    found = [(f.text, f.severity) for f in audit_text(text, select=["L101"])]
    assert found == [(span, Severity.MINOR)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tờ báo dẫn lời Secretary of the Treasury Scott Bessent về thuế quan.", "Secretary of the Treasury"),
        ("Hội nghị do Chairman of the Securities Commission chủ trì.", "Chairman of the Securities Commission"),
        ("Đoàn có Minister for Trade Todd McClay và các doanh nghiệp.", "Minister for Trade"),
    ],
)
def test_an_english_office_title_with_a_holder_or_a_named_office_is_major(text: str, span: str) -> None:
    found = [(f.text, f.severity) for f in audit_text(text, select=["L101"])]
    assert found == [(span, Severity.MAJOR)]
