"""An XLIFF record's inline codes on the review page: the text leaves them out, so the page shows each
as a chip where it stands (also after decomposed text before it), and the hand-edit box names them."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from audit.report.html import code_marks
from tests.browser.conftest import Watched, audit_run

pytest.importorskip("playwright.sync_api")

# written decomposed (NFD), as some tools export Vietnamese: the chips must still stand after "Gửi"
XLIFF = unicodedata.normalize(
    "NFD",
    """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="vi">
  <file id="shop">
    <unit id="m1">
      <segment>
        <source>Send <ph id="1" equiv="{n}"/> parcels to <pc id="2">Quy Nhon</pc> today.</source>
        <target>Gửi <ph id="1" equiv="{n}"/> kiện hàng đến <pc id="2">Quy Nhơn</pc> hôm nay.</target>
      </segment>
    </unit>
    <unit id="m2">
      <segment>
        <source>Tracking is free.</source>
        <target>Theo dõi đơn hàng miễn phí.</target>
      </segment>
    </unit>
  </file>
</xliff>
""",
)


@pytest.fixture
def shop_run(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "shop.xlf").write_text(XLIFF, encoding="utf-8")
    return audit_run([str(src)], tmp_path / "out")


def test_each_code_is_placed_in_the_composed_text(shop_run: Path) -> None:
    rows = [json.loads(line) for line in (shop_run / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    first = next(r for r in rows if r.get("record") == "m1")
    text = first["text"]
    assert text == "Gửi  kiện hàng đến Quy Nhơn hôm nay."  # NFC, the codes left out
    places = [(c["kind"], c["start"], c["end"]) for c in first["codes"]["target"]]
    assert places == [("ph", 4, 4), ("pc", 19, 27)] and text[19:27] == "Quy Nhơn"
    assert code_marks(first["codes"]) == [[4, '<ph id="1"/>'], [19, '<pc id="2">'], [27, "</pc>"]]
    assert code_marks(next(r for r in rows if r.get("record") == "m2").get("codes")) is None


def test_the_page_shows_codes_where_they_stand(watched: Watched, shop_run: Path) -> None:
    watched.open(shop_run / "report.html")
    page = watched.page
    row = page.locator("#segments .seg").first
    pieces = row.evaluate(
        """(r) => Array.from(r.querySelector('.txt').childNodes)
          .filter((n) => !(n.classList && n.classList.contains('src')))
          .map((n) => (n.classList && n.classList.contains('code') ? '[' + n.textContent + ']' : n.textContent))
          .join('')"""
    )
    assert pieces == 'Gửi [<ph id="1"/>] kiện hàng đến [<pc id="2">]Quy Nhơn[</pc>] hôm nay.'
    assert row.locator(".code").first.get_attribute("aria-label") == 'inline code <ph id="1"/>'
    row.hover()
    row.locator(".tools button").first.click()  # Edit: the box says which codes the text leaves out
    note = row.locator(".code-note").text_content()
    assert '3 inline code(s): <ph id="1"/> <pc id="2"> </pc>' in note
    assert row.locator("textarea").input_value() == "Gửi  kiện hàng đến Quy Nhơn hôm nay."
    assert not watched.errors
