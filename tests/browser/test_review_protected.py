"""Text an HTML page marks not to be translated (<code>, <samp>, translate="no" …) on the review page: shown as
written in a marked box the keyboard reaches and a screen reader describes, never part of a finding, and kept
out of edits (a hand edit that changes it is not saved; an accept that would change it is refused)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched, audit_run

pytest.importorskip("playwright.sync_api")

PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Máy in mạng</title></head><body>
<article>
<h1>Cài đặt máy in mạng cho văn phòng nhỏ ở Đà Lạt</h1>
<p>Trước tiên, hãy mở cửa sổ lệnh và gõ <code>lpadmin -p office-laser</code> để thêm máy in..</p>
<p>Phần mềm <span translate="no">PrintHub Studio</span> được cài sẵn trên các máy tính của phòng kế toán.</p>
<p>Nếu máy báo lỗi <samp>paper jam in tray 2</samp>, hãy kiểm tra khay giấy thứ hai.</p>
</article></body></html>
"""


@pytest.fixture
def printer_run(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "may-in.html").write_text(PAGE, encoding="utf-8")
    return audit_run([str(src)], tmp_path / "out")


def _row(page: object, text: str) -> object:
    return page.locator("#segments .seg", has_text=text).first


def test_protected_text_is_marked_described_and_reachable(watched: Watched, printer_run: Path) -> None:
    watched.open(printer_run / "report.html")
    page = watched.page
    prot = page.locator("#segments .prot")
    assert prot.all_text_contents() == ["lpadmin -p office-laser", "PrintHub Studio", "paper jam in tray 2"]
    first = prot.first
    assert first.get_attribute("tabindex") == "0" and first.get_attribute("role") == "note"
    assert "Not for translation" in page.locator("#" + first.get_attribute("aria-describedby")).text_content()
    first.focus()  # by keyboard: the tooltip says what it is
    assert page.locator("#tip").is_visible() and "Not for translation" in page.locator("#tip").text_content()
    # the text reads as written, the doubled full stop after the command still a finding beside it
    row = _row(page, "lpadmin")
    assert row.locator(".txt").evaluate("(t) => t.firstChild.textContent + t.children[0].textContent") == (
        "Trước tiên, hãy mở cửa sổ lệnh và gõ lpadmin -p office-laser"
    )
    assert row.locator("mark.f").all_text_contents() == [".."]
    assert "Not for translation" in page.locator("#doc-head .prot-legend").text_content()
    assert not watched.errors


def test_a_hand_edit_that_changes_protected_text_is_not_saved(watched: Watched, printer_run: Path) -> None:
    watched.open(printer_run / "report.html")
    page = watched.page
    row = _row(page, "PrintHub")
    row.hover()
    row.locator(".tools button", has_text="Edit").click()
    assert "«PrintHub Studio»" in row.locator(".prot-note").text_content()
    area = row.locator("textarea")
    area.fill("Phần mềm Print Hub Studio được cài sẵn trên các máy tính của phòng kế toán.")
    row.locator("button", has_text="Save").click()
    warn = row.locator(".prot-warn")
    assert warn.is_visible() and "Not saved" in warn.text_content() and "«PrintHub Studio»" in warn.text_content()
    assert row.locator("textarea").count() == 1  # still editing
    assert page.evaluate("window.mtAuditExport().segments") == []
    area.fill("Phần mềm PrintHub Studio đã được cài sẵn trên mọi máy tính của phòng kế toán.")
    row.locator("button", has_text="Save").click()
    row = _row(page, "PrintHub")
    assert row.locator("textarea").count() == 0
    assert row.locator(".prot").all_text_contents() == ["PrintHub Studio"]  # still marked in the hand edit
    (seg,) = page.evaluate("window.mtAuditExport().segments")
    assert seg["text"] == "Phần mềm PrintHub Studio đã được cài sẵn trên mọi máy tính của phòng kế toán."
    assert not watched.errors
