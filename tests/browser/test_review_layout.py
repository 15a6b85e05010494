"""The review page's layout as a post-editor walks it by keyboard (a trade visit to Kenya, not from the test
sets): the tooltip of a span stays over the text's column, never over the finding's panel and its Accept
button, and a decided critical finding's row shows its status mark whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched, run_lines

pytest.importorskip("playwright.sync_api")

LINES = [
    "Thủ tướng Fan Mingzheng đã tiếp đoàn doanh nghiệp tại Hà Nội..",
    "Đoàn đã gặp gỡ các nhà nhập khẩu cà phê và chè tại Nairobi..",
    "Giá chè xuất khẩu tăng mạnh trong quý ba..",
    "Các bên đánh giá cao tiềm năng hợp tác giữa hai nước trong thời gian tới..",
    "Hai bên sẽ gặp lại vào tháng sau tại Mombasa..",
]

RECT = "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom] }"


def test_the_tooltip_keeps_off_the_finding_panel(watched: Watched, tmp_path: Path) -> None:
    """Before, a span near the column's right edge put its tooltip over the detail panel, hiding Accept."""
    watched.open(run_lines(tmp_path, "nairobi.txt", LINES) / "report.html")
    page = watched.page
    view = page.evaluate(RECT, "#doc-view")
    overflowing = 0
    for _ in range(page.locator("#doc-view mark.f").count()):
        page.keyboard.press("j")
        mark = page.evaluate("() => document.activeElement.getBoundingClientRect().left")
        tip = page.evaluate(RECT, "#tip")
        detail = page.evaluate(RECT, "#detail")
        overflowing += mark + (tip[2] - tip[0]) > view[2]  # a tooltip put at its span would cross the column
        assert view[0] <= tip[0] and tip[2] <= view[2]
        assert tip[2] <= detail[0] or tip[3] <= detail[1] or tip[1] >= detail[3]  # no overlap
    assert overflowing  # the text has a span near the column's right edge
    assert watched.errors == []


def test_a_decided_critical_finding_shows_its_status_mark(watched: Watched, tmp_path: Path) -> None:
    """The severity cell held 'critical' and the ✓ of an accepted finding only cut to a dot."""
    watched.open(run_lines(tmp_path, "nairobi.txt", LINES) / "report.html")
    page = watched.page
    page.keyboard.press("j")
    page.keyboard.press("a")
    cell = page.locator("#frows tr", has_text="N101").locator("td").first
    assert "critical" in cell.text_content() and "✓" in cell.text_content()
    assert cell.evaluate("td => td.scrollWidth <= td.clientWidth")
    assert watched.errors == []
