"""The review page by keyboard, as a post-editor works a fresh batch (Norwegian news, not from the test sets):
the focus stays on an accepted change, Confirm & edit puts the error's span under the caret, a search applied
with Enter is the list j walks at once, a run with nothing to review says so in words that count right, and
an HTML page, which audit apply writes no copy of, says so before it is edited."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched, audit_run

pytest.importorskip("playwright.sync_api")

LINES = [
    "Thủ tướng Na Uy thăm thành phố Bergen..",
    "Đại sứ cho biết hai nước sẽ hợp tác trong the green transition và điện gió ngoài khơi.",
    "Đoàn đại biểu đã tới thăm cảng cá ở Tromsø ngày hôm qua , theo báo địa phương.",
]


@pytest.fixture
def fjord_run(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bergen.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return audit_run([str(src)], tmp_path / "out", "--select", "F101,F102,L101")


def _select_rule(page: object, rule: str) -> None:
    page.select_option("#f-rule", rule)
    page.keyboard.press("Escape")  # back to the keys from the select
    page.keyboard.press("j")


def test_the_focus_stays_on_an_accepted_change(watched: Watched, fjord_run: Path) -> None:
    watched.open(fjord_run / "report.html")
    page = watched.page
    _select_rule(page, "F101")
    page.keyboard.press("a")  # '..' → '.', drawn as <del>..</del><ins>.</ins>
    focused = page.evaluate("() => [document.activeElement.tagName, document.activeElement.textContent]")
    assert focused == ["INS", "."]
    page.keyboard.press("Tab")  # on from the change, not from the skip links at the top
    assert page.evaluate("() => document.activeElement.textContent") != "Skip to the text"
    assert watched.errors == []


def test_confirm_and_edit_selects_the_span_of_the_error(watched: Watched, fjord_run: Path) -> None:
    watched.open(fjord_run / "report.html")
    page = watched.page
    _select_rule(page, "L101")
    page.keyboard.press("a")  # no suggestion: confirm, and the segment opens for editing
    area = page.locator("#segments textarea")
    assert page.evaluate("() => document.activeElement.tagName") == "TEXTAREA"
    picked = area.evaluate("a => a.value.slice(a.selectionStart, a.selectionEnd)")
    assert picked == "the green transition"
    page.keyboard.type("quá trình chuyển đổi xanh")
    page.keyboard.press("Control+Enter")
    data = page.evaluate("window.mtAuditExport()")
    assert data["segments"][0]["text"] == LINES[1].replace("the green transition", "quá trình chuyển đổi xanh")
    assert watched.errors == []


def test_enter_in_the_search_applies_it_before_the_next_key(watched: Watched, fjord_run: Path) -> None:
    watched.open(fjord_run / "report.html")
    page = watched.page
    page.keyboard.press("/")
    page.keyboard.type("space before")  # the message of the F102 of the third line
    page.keyboard.press("Enter")
    page.keyboard.press("j")  # at once: the searched list, not the whole one
    assert page.locator("#detail").text_content().startswith("F102")
    assert page.locator("#count").text_content().startswith("1 of ")
    assert watched.errors == []


def test_a_run_with_nothing_to_review_says_so(watched: Watched, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "sach.txt").write_text("Thủ tướng Na Uy thăm thành phố Bergen.\n", encoding="utf-8")
    out = audit_run([str(src)], tmp_path / "out")
    watched.open(out / "report.html")
    page = watched.page
    assert page.locator("#run-info").text_content().startswith("1 document · 1 segment · 0 findings · run ")
    assert page.locator("#remaining").text_content() == "· no finding to review"
    assert watched.errors == []


def test_an_html_page_says_apply_writes_no_copy_of_it(watched: Watched, tmp_path: Path) -> None:
    """audit apply skips an HTML page's edits ('cannot write post-edits back into html files'): the page says so
    before the post-editor spends time on them, above the text and in the edit box; a text file's does not."""
    src = tmp_path / "in"
    src.mkdir()
    article = "<article><h1>Bão ở Bergen</h1><p>Gió mạnh đã quật đổ nhiều cây ở Bergen..</p></article>"
    page_html = f"<html><body>{article}</body></html>"
    (src / "bergen.html").write_text(page_html, encoding="utf-8")
    (src / "bergen.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    out = audit_run([str(src)], tmp_path / "out", "--select", "F101")
    watched.open(out / "report.html")
    page = watched.page
    for name, told in (("bergen.html", True), ("bergen.txt", False)):
        page.locator("#doc-list button", has_text=name).click()
        assert (page.locator("#doc-head .no-copy").count() == 1) is told
        page.keyboard.press("j")
        page.keyboard.press("e")
        assert (page.locator("#segments .no-copy").count() == 1) is told
        page.keyboard.press("Escape")
    assert watched.errors == []


def test_a_span_reached_with_tab_is_selected_by_enter(watched: Watched, fjord_run: Path) -> None:
    """A keyboard user Tabs through the text's flagged spans (each shows its tooltip), but Enter on one selected
    nothing and 'a' or 'd' then did nothing at all: the span is selected by Enter (or space) as by a click."""
    watched.open(fjord_run / "report.html")
    page = watched.page
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('#segments mark.f')"):
            break
    span = page.evaluate("() => document.activeElement.textContent")
    page.keyboard.press("Tab")  # the second span
    page.keyboard.press("Shift+Tab")  # back to the first
    assert page.locator("#detail").text_content() == ""
    page.keyboard.press("Enter")
    assert f"«{span}»" in page.locator("#detail").text_content()
    assert page.evaluate("() => document.activeElement.matches('mark.f.sel')")
    page.keyboard.press("d")
    assert page.locator("#progress").text_content() == "0 accepted · 1 dismissed · 0 edited"
    for _ in range(5):  # past the segment's Edit button
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('#segments mark.f')"):
            break
    second = page.evaluate("() => document.activeElement.textContent")
    page.keyboard.press(" ")
    assert f"«{second}»" in page.locator("#detail").text_content()
    page.keyboard.press("?")
    assert "Enter selects it" in page.locator("#help").text_content()  # the help says so
    assert watched.errors == []
