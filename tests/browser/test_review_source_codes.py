"""XLIFF files with inline codes in both source and target, through the review page and back.

The page shows the source's codes as chips where they stand, as it shows the translation's (their title giving
the native code the file keeps, '<br/>'); then a reviewer accepts suggestions and edits a segment by hand, exports
the decisions with the page's Export button, and ``audit apply`` writes post-edited copies that keep every code,
its native code and the files' original data. Files: tests/data/formats/bao-tang.vi.xlf (XLIFF 1.2) and
bao-tang.vi.xlf2 (XLIFF 2.0)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from audit.corpus import InputFile, ReadOptions, read_file
from audit.model import Document
from audit.report.load import load_run
from tests.browser.conftest import ROOT, Watched, audit_run

pytest.importorskip("playwright.sync_api")

FORMATS = ROOT / "tests" / "data" / "formats"
FILES = ("bao-tang.vi.xlf", "bao-tang.vi.xlf2")
# the pieces of a source box: text, and each chip as [code]
PIECES = """(box) => Array.from(box.childNodes).filter((n) => !(n.classList && n.classList.contains('lbl')))
  .map((n) => (n.classList && n.classList.contains('code') ? '[' + n.textContent + ']' : n.textContent)).join('')"""


@pytest.fixture
def museum_run(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name in FILES:
        (src / name).write_bytes((FORMATS / name).read_bytes())
    return audit_run([str(src)], tmp_path / "out")


def read(path: Path) -> Document:
    return read_file(InputFile(str(path), path.name), ReadOptions(), [])[0]


def open_doc(watched: Watched, run_dir: Path, name: str) -> int:
    """Open the page and choose document ``name``; its index in rank order."""
    watched.open(run_dir / "report.html")
    doc = next(i for i, d in enumerate(load_run(run_dir).ranked_documents()) if d["doc"] == name)
    watched.page.locator("#doc-list button").nth(doc).click()
    return doc


def test_source_codes_show_as_chips_where_they_stand(watched: Watched, museum_run: Path) -> None:
    page = watched.page
    doc = open_doc(watched, museum_run, "bao-tang.vi.xlf")
    row = page.locator(f"#seg-{doc}-0")
    src = row.locator(".src")
    pieces = 'Tickets for the [<g id="1">]Lacquer Gallery[</g>] are sold at the north gate.[<ph id="2"/>]'
    assert src.evaluate(PIECES) == pieces
    chip = src.locator(".code").last
    assert chip.get_attribute("aria-label") == 'source inline code <ph id="2"/>'
    assert "native code <br/>" in chip.get_attribute("title")
    target_chip = row.locator(".txt > .code").last  # the translation's chips say the same
    assert target_chip.text_content() == '<ph id="2"/>' and "native code <br/>" in target_chip.get_attribute("title")
    assert page.locator(f"#seg-{doc}-3 .src").evaluate(PIECES) == '[<it id="7">]Closed on Mondays'
    assert page.locator(f"#seg-{doc}-4 .src .code").count() == 0  # a record without codes: plain source
    row.hover()
    row.locator(".tools button").first.click()  # while editing, the source keeps its chips
    assert row.locator("textarea").is_visible() and row.locator(".src .code").count() == 3
    page.keyboard.press("Escape")

    doc = open_doc(watched, museum_run, "bao-tang.vi.xlf2")
    src = page.locator(f"#seg-{doc}-0 .src")
    assert src.evaluate(PIECES) == 'Check the [<pc id="1">]opening hours[</pc>] before you visit.[<ph id="2"/>]'
    assert 'native code <a href="/hours">' in src.locator(".code").first.get_attribute("title")
    assert page.locator(f"#seg-{doc}-1 .src").evaluate(PIECES) == (
        'Groups of [<sc id="3"/>]ten or more[<ec startRef="3"/>] get a discount.'
    )
    assert not watched.errors and not watched.external_requests()


def test_edits_from_the_page_are_applied_keeping_every_code(watched: Watched, museum_run: Path, tmp_path: Path) -> None:
    page = watched.page
    for name, seg, old, new in (
        ("bao-tang.vi.xlf", 2, "Thiết bị thuyết minh", "Máy thuyết minh"),
        ("bao-tang.vi.xlf2", 1, " trở lên", ""),  # the words before the end code go, the code stays after 'người'
    ):
        doc = open_doc(watched, museum_run, name)
        page.locator(f"#seg-{doc}-0 mark.f").first.click()
        page.locator("#detail button[data-action=accept]").click()  # F101 '..' -> '.'
        row = page.locator(f"#seg-{doc}-{seg}")
        row.hover()
        row.locator(".tools button").first.click()
        area = row.locator("textarea")
        area.fill(area.input_value().replace(old, new))
        row.locator("button", has_text="Save").click()
    with page.expect_download() as info:
        page.click("#export")
    decisions = tmp_path / "decisions.json"
    info.value.save_as(decisions)
    post = tmp_path / "post"
    done = subprocess.run(
        [sys.executable, "-m", "audit.cli", "apply", str(decisions), "--run", str(museum_run), "--out", str(post)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr

    v12 = (post / "bao-tang.vi.xlf").read_text(encoding="utf-8")
    assert 'cổng phía bắc.<ph id="2" ctype="lb">&lt;br/&gt;</ph></target>' in v12  # native code kept
    price = '<ph id="5" ctype="x-price">{price}</ph>'
    assert f'<target>Máy thuyết minh có giá {price} mỗi khách.<x id="6" ctype="lb"/>' in v12
    v20 = (post / "bao-tang.vi.xlf2").read_text(encoding="utf-8")
    assert 'trước khi đến.<ph id="2" dataRef="d3"/></target>' in v20
    assert 'Đoàn từ <sc id="3" dataRef="d1"/>mười người<ec startRef="3" dataRef="d2"/> được giảm giá.' in v20
    assert v20.count("<data id=") == 5  # the original data untouched
    for name in FILES:
        before, after = read(FORMATS / name), read(post / name)
        for b, a in zip(before.segments, after.segments, strict=True):
            if b.codes is None:
                assert a.codes is None
                continue
            assert a.codes.source == b.codes.source  # the source as it was
            assert [(c.kind, c.id, c.data, c.data_end) for c in a.codes.target] == [
                (c.kind, c.id, c.data, c.data_end) for c in b.codes.target
            ]
    assert not watched.errors
