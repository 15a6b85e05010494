"""The review page's layout as a post-editor walks it by keyboard (a trade visit to Kenya, not from the test
sets): the tooltip of a span stays over the text's column, never over the finding's panel and its Accept
button, and a decided critical finding's row shows its status mark whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, Watched, audit_run, run_lines

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


BOX = "e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; }"


@pytest.mark.parametrize(("width", "height"), [(375, 740), (700, 450)])  # a phone; a laptop at 200% zoom
def test_on_a_narrow_screen_the_finding_panel_stays_in_sight(
    watched: Watched, tmp_path: Path, width: int, height: int
) -> None:
    """One column puts the findings first: the selected finding's panel, with Accept and Dismiss, was screens
    above the span just reached with j or tapped. It is docked at the foot of the screen, below the span, and
    steps aside while the segment is edited (the edit box and its Save stay in sight)."""
    page = watched.page
    page.set_viewport_size({"width": width, "height": height})
    watched.open(run_lines(tmp_path, "nairobi.txt", LINES) / "report.html")
    for _ in range(2):
        page.keyboard.press("j")
    accept = page.locator("#detail .actions button").first
    top, bottom = accept.evaluate(BOX)
    assert 0 <= top and bottom <= height
    span_bottom = page.locator("mark.f.sel").evaluate(BOX)[1]
    assert 0 < span_bottom <= page.locator("#detail").evaluate(BOX)[0]  # the span is not under the panel
    assert page.locator("#tip").is_hidden()  # it would repeat the panel over the text
    page.locator("#doc-view mark.f").last.click()
    assert page.locator("#detail").text_content().startswith(page.locator("#frows tr.sel td").nth(1).text_content())
    assert 0 <= accept.evaluate(BOX)[0] and accept.evaluate(BOX)[1] <= height
    page.keyboard.press("e")
    save = page.locator(".seg .actions button", has_text="Save")
    top, bottom = save.evaluate(BOX)
    assert 0 <= top and bottom <= height
    assert page.evaluate("() => getComputedStyle(document.getElementById('detail')).position") == "static"
    page.keyboard.press("Escape")
    assert page.evaluate("() => getComputedStyle(document.getElementById('detail')).position") == "fixed"
    page.emulate_media(media="print")  # a printed page does not repeat it at the foot of every sheet
    assert page.evaluate("() => getComputedStyle(document.getElementById('detail')).position") == "static"
    assert watched.errors == []


def test_on_a_wide_screen_the_finding_panel_stays_beside_the_text(watched: Watched, tmp_path: Path) -> None:
    watched.open(run_lines(tmp_path, "nairobi.txt", LINES) / "report.html")
    watched.page.keyboard.press("j")
    assert watched.page.evaluate("() => getComputedStyle(document.getElementById('detail')).position") == "static"


def test_findings_on_one_span_each_get_the_span_selected_and_focused(watched: Watched, tmp_path: Path) -> None:
    """Findings whose spans start at one place share one mark, which bore the last one's id: j to the first of
    them focused nothing and marked no span (a museum's ticket record, written for this test)."""
    src = tmp_path / "in"
    src.mkdir()
    record = {
        "id": "v1",
        "src": "Tickets cost 20 USD; the museum opens at 9 am and closes at 5 pm every day except Monday, see "
        "https://museum.example.net/hours for the holiday schedule.",
        "mt": "Vé giá 20 USD.",
    }
    (src / "ve.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    watched.open(audit_run([str(src)], tmp_path / "out") / "report.html")
    page = watched.page
    rules = []
    for _ in range(3):
        page.keyboard.press("j")
        rules.append(page.locator("#detail .t-head").text_content().split(" ")[0])
        assert page.evaluate("() => document.activeElement.matches('mark.f.sel')")
        assert page.locator("#tip").is_visible()
    assert sorted(rules) == ["A102", "A104", "A105"]
    assert watched.errors == []


SHORT = [  # a harbour story of two lines, written for these tests
    "Cảng Quy Nhơn đón tàu container lớn nhất từ trước đến nay..",
    "Ban quản lý cảng cho biết tuyến mới sẽ chạy mỗi tuần một chuyến.",
]
TOP_BOTTOM = "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.top, r.bottom]; }"


@pytest.mark.parametrize("width", [1000, 600])  # the documents above the text; one column
def test_a_short_run_leaves_no_gap_below_the_documents(watched: Watched, tmp_path: Path, width: int) -> None:
    """The grid's rows shared the screen's height left over by a short document: a one-document run on a laptop
    screen had a blank band a third of the screen high between the document list and the text."""
    page = watched.page
    page.set_viewport_size({"width": width, "height": 1000})
    watched.open(run_lines(tmp_path, "quy-nhon.txt", SHORT) / "report.html")
    docs = page.evaluate(TOP_BOTTOM, "#docs")
    text = page.evaluate(TOP_BOTTOM, "#doc-view")
    side = page.evaluate(TOP_BOTTOM, "#side")
    list_bottom = page.evaluate(TOP_BOTTOM, "#doc-list")[1]
    assert docs[1] - list_bottom < 20  # the list's own padding, not a band
    assert abs(text[0] - docs[1]) < 1
    if width <= 760:  # one column: the findings, then the documents, then the text
        assert abs(docs[0] - side[1]) < 1
    assert watched.errors == []


def test_the_header_counts_never_open_a_line_on_their_separator(watched: Watched, tmp_path: Path) -> None:
    """Where the header wraps (a laptop screen), it wrapped between the decision counts and '· 2 of 2 findings
    open', which then opened a line of its own on its '·'. At every width the '·' stays on the counts' line."""
    page = watched.page
    watched.open(run_lines(tmp_path, "quy-nhon.txt", SHORT) / "report.html")
    rects = "s => [...document.querySelector(s).getClientRects()].map(r => [r.left, r.top, r.right])"
    assert page.locator("#remaining").text_content().startswith("· ")
    for width in range(1200, 300, -20):
        page.set_viewport_size({"width": width, "height": 800})
        progress = page.evaluate(rects, "#progress")
        remaining = page.evaluate(rects, "#remaining")
        assert abs(remaining[0][1] - progress[-1][1]) < 1, width  # on the line the counts end on
        assert remaining[0][0] > progress[-1][2], width  # after them, not over them
    assert watched.errors == []


@pytest.mark.parametrize(("width", "shown"), [(1400, True), (1000, False)])
def test_on_a_laptop_the_finding_list_gives_the_span_the_documents_column(
    watched: Watched, tmp_path: Path, width: int, shown: bool
) -> None:
    """At 1,000 pixels the finding list's Document column squeezed the Span column to 'Nguyễ…' (ux18): there the
    column goes (the filter and the detail panel name the document) and the span shows whole; the documents stand
    side by side in their strip."""
    page = watched.page
    page.set_viewport_size({"width": width, "height": 800})
    run = audit_run([str(ROOT / "corpus")], tmp_path / "out")
    watched.open(run / "report.html")
    head = page.locator("#flist th").nth(2)
    assert head.is_visible() == shown
    span = page.locator("#frows tr").first.locator("td").nth(3)
    assert span.evaluate("td => td.scrollWidth <= td.clientWidth") or shown
    if not shown:
        first, second = (page.evaluate(RECT, f"#doc-list li:nth-child({k})") for k in (1, 2))
        assert abs(first[1] - second[1]) < 1 and second[0] > first[2] - 1  # side by side
    assert watched.errors == []
