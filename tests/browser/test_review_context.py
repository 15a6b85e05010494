"""The review page shows what a reviewer needs beside a segment and in the finding list: the file's notes for the
translator and a PO entry's context, where the translation came from (machine translation, by the file's own
metadata) with a filter to those segments, a finding a hand edit took out as fixed, and the spaces at a span's ends.
New files (a ferry timetable, a bakery's shop strings), not from any test set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched, audit_run

pytest.importorskip("playwright.sync_api")

XLF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="ferry.html" source-language="en" target-language="vi" datatype="html">
  <body>
   <trans-unit id="f1">
    <source>The ferry to Quan Lạn leaves at half past six.</source>
    <target state="needs-review-translation"
            state-qualifier="leveraged-mt">Phà đi Quan Lạn khởi hành lúc sáu giờ rưỡi..</target>
    <note from="Thảo (PM)">Timetable page: keep times as words.</note>
   </trans-unit>
   <trans-unit id="f2">
    <source>Bicycles travel free of charge.</source>
    <target state="translated" state-qualifier="exact-match">Xe đạp được chở miễn phí .</target>
   </trans-unit>
   <trans-unit id="f3">
    <source>Pets must stay on deck.</source>
    <target state="translated" state-qualifier="mt-suggestion">Vật nuôi phải ở trên boong tàu ..</target>
   </trans-unit>
  </body>
 </file>
</xliff>
"""

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

# Shown on the order button; keep it short.
#. TRANSLATORS: %d is the number of loaves
#, c-format
msgctxt "order-button"
msgid "Order %d loaves"
msgstr "Đặt %d ổ bánh mì.."
"""


@pytest.fixture
def shop_run(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ferry.xlf").write_text(XLF, encoding="utf-8")
    (src / "shop.vi.po").write_text(PO, encoding="utf-8")
    return audit_run([str(src)], tmp_path / "out", "--select", "F101,F102")


def _show(page: object, doc: str) -> None:
    page.locator("#doc-list button", has_text=doc).click()


def _row(page: object, text: str) -> object:
    return page.locator("#segments .seg", has_text=text).first


def test_notes_and_context_are_shown_with_their_segment(watched: Watched, shop_run: Path) -> None:
    watched.open(shop_run / "report.html")
    page = watched.page
    _show(page, "ferry.xlf")
    row = _row(page, "Quan Lạn")
    assert row.locator(".note").all_text_contents() == ["note from Thảo (PM) Timetable page: keep times as words."]
    assert _row(page, "Xe đạp").locator(".note").count() == 0
    _show(page, "shop.vi.po")
    row = _row(page, "Đặt")
    assert row.locator(".note").all_text_contents() == [
        "context order-button",
        "translator's comment Shown on the order button; keep it short.",
        "developer's comment TRANSLATORS: %d is the number of loaves",
    ]
    row.hover()
    row.locator(".tools button", has_text="Edit").click()  # still there while the segment is edited
    assert _row(page, "TRANSLATORS").locator("textarea").count() == 1
    assert "order-button" in _row(page, "TRANSLATORS").locator(".note.ctx").text_content()
    assert not watched.errors


def test_mt_origin_is_shown_and_filters_the_list(watched: Watched, shop_run: Path) -> None:
    watched.open(shop_run / "report.html")
    page = watched.page
    _show(page, "ferry.xlf")
    assert _row(page, "Quan Lạn").locator(".kind.mt").count() == 1
    assert _row(page, "Vật nuôi").locator(".kind.mt").count() == 1
    assert _row(page, "Xe đạp").locator(".kind.mt").count() == 0
    assert "leveraged-mt" in _row(page, "Quan Lạn").locator(".kind.mt").get_attribute("title")
    origin = page.locator("#f-origin")
    assert origin.is_visible()
    everything = page.locator("#frows tr").count()
    origin.select_option("mt")
    mt = page.locator("#frows tr td:nth-child(4)").all_text_contents()
    assert mt == ["..", "␣.."]  # the two MT segments' findings alone (F101 takes in the space before a doubled stop)
    assert all(doc == "ferry.xlf" for doc in page.locator("#frows tr td:nth-child(3)").all_text_contents())
    origin.select_option("other")  # the exact match and the PO string
    assert page.locator("#frows tr").count() == everything - len(mt)
    assert not watched.errors


def test_no_origin_filter_without_origin_metadata(watched: Watched, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "shop.vi.po").write_text(PO, encoding="utf-8")
    out = audit_run([str(src)], tmp_path / "out", "--select", "F101")
    watched.open(out / "report.html")
    assert watched.page.locator("#f-origin").is_hidden()


def test_a_hand_edit_that_takes_the_span_out_fixes_the_finding(watched: Watched, shop_run: Path) -> None:
    watched.open(shop_run / "report.html")
    page = watched.page
    _show(page, "shop.vi.po")
    total = page.locator("#frows tr").count()
    assert page.locator("#remaining").text_content() == f"· {total} of {total} findings open"
    row = _row(page, "Đặt")
    row.hover()
    row.locator(".tools button", has_text="Edit").click()
    _row(page, "TRANSLATORS").locator("textarea").fill("Đặt %d ổ bánh mì")
    page.keyboard.press("Control+Enter")
    fixed = page.locator("#frows tr.fixed")
    assert fixed.count() == 1 and "fixed by hand edit" in fixed.get_attribute("aria-label")
    assert fixed.locator(".st").text_content() == "✓"
    assert page.locator("#remaining").text_content() == f"· {total - 1} of {total} findings open"
    assert "1 fixed by hand edit" in page.locator("#progress").text_content()
    fixed.click()
    assert page.locator("#detail .status.fixed").text_content() == "fixed by hand edit"
    assert page.locator("#detail button[data-action=undo]").count() == 0  # no decision to undo
    page.locator("#f-status").select_option("fixed")
    assert page.locator("#frows tr").count() == 1
    (rec,) = [f for f in page.evaluate("window.mtAuditExport().findings") if f["doc"] == "shop.vi.po"]
    assert rec["decision"] == "accepted" and rec["fixed_by_edit"] and rec["manual"] and rec["replacement"] is None
    # the span back in the edit: open again
    row = _row(page, "Đặt")
    row.hover()
    row.locator(".tools button", has_text="Revert").click()
    page.locator("#f-status").select_option("")
    assert page.locator("#frows tr.fixed").count() == 0
    assert page.evaluate("window.mtAuditExport().findings") == []
    assert not watched.errors


def test_a_span_with_spaces_at_its_ends_shows_them(watched: Watched, shop_run: Path) -> None:
    watched.open(shop_run / "report.html")
    page = watched.page
    spans = page.locator("#frows tr td:nth-child(4)").all_text_contents()
    assert "␣." in spans  # F102's ' .': not a bare '.'
    page.locator("#frows tr", has_text="␣.").first.click()
    assert "«␣." in page.locator("#detail").text_content()
    assert ".." in spans  # a span without spaces is shown as it is
    assert not watched.errors
