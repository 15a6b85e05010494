"""A segment its CAT tool locked (memoQ mq:locked, SDLXLIFF locked="true") says so on the review page, beside
the text and in its edit box: audit apply does not write an edit of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, Watched, audit_run

pytest.importorskip("playwright.sync_api")

MQ = ROOT / "tests" / "data" / "formats" / "ho-tro-khach.vi.mqxliff"  # unit 3 is locked


def test_a_locked_segment_is_marked_and_its_edit_box_says_apply_leaves_it(watched: Watched, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(MQ, src / MQ.name)
    watched.open(audit_run([str(src)], tmp_path / "out") / "report.html")
    page = watched.page
    locked = page.locator("#segments .seg", has_text="trung tâm trợ giúp").first
    chip = locked.locator(".kind", has_text="locked")
    assert chip.count() == 1 and "audit apply does not write" in chip.get_attribute("title")
    assert page.locator("#segments .seg", has_text="84 giờ").locator(".kind", has_text="locked").count() == 0
    locked.hover()
    locked.locator(".tools button", has_text="Edit").click()
    assert "Locked in the CAT tool" in locked.locator(".txt").inner_text()
    assert not watched.errors


def test_a_finding_in_a_locked_segment_says_apply_will_not_write_its_fix(watched: Watched, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    text = MQ.read_text(encoding="utf-8").replace("</ept> trước.", "</ept> trước..")  # a finding in the locked unit
    (src / MQ.name).write_text(text, encoding="utf-8")
    watched.open(audit_run([str(src)], tmp_path / "out") / "report.html")
    page = watched.page
    page.locator("#flist tbody tr", has_text="F101").first.click()
    assert "Locked in the CAT tool" in page.locator("#detail .locked-note").text_content()
    page.locator("#flist tbody tr", has_text="A101").first.click()  # a finding in an unlocked unit: no such note
    assert page.locator("#detail .locked-note").count() == 0
    assert not watched.errors
