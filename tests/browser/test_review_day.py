"""A post-editor's day on the review page: two tabs of one run keep each other's decisions, a browser
that cannot save says so, an unsaved hand edit is not lost without a question, the finding list works
by keyboard, text colours meet WCAG AA in light and dark, and the page holds at phone width, at 200%
zoom and in print."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched, audit_run

pytest.importorskip("playwright.sync_api")


def _progress(page: object) -> str:
    return page.text_content("#progress")


def test_two_tabs_of_one_run_keep_both_reviewers_decisions(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    first = watched.page
    second = Watched(first.context.new_page())
    second.open(corpus_run / "report.html")
    first.keyboard.press("j")
    first.keyboard.press("d")  # dismissed in the first tab
    second.page.wait_for_function("() => document.getElementById('progress').textContent.includes('1 dismissed')")
    second.page.keyboard.press("j")
    second.page.keyboard.press("j")
    second.page.keyboard.press("D")  # another finding dismissed in the second tab
    first.wait_for_function("() => document.getElementById('progress').textContent.includes('2 dismissed')")
    first.reload()
    first.wait_for_selector("body[data-ready=true]")
    assert _progress(first).startswith("0 accepted · 2 dismissed")
    assert len(watched.page.evaluate("() => window.mtAuditExport().findings")) == 2
    assert not watched.errors and not second.errors


def test_a_browser_that_cannot_save_says_so(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    assert page.is_hidden("#unsaved")
    filled = page.evaluate(
        """() => { let n = 0;
        for (let size = 1 << 20; size >= 1; size >>= 1) {  // fill it to the last character
          const chunk = 'x'.repeat(size);
          for (;;) { try { localStorage.setItem('filler-' + n, chunk); n++; } catch (e) { break; } } }
        return n; }"""
    )
    assert filled > 0  # the storage is full now
    page.keyboard.press("j")
    page.keyboard.press("d")
    assert page.is_visible("#unsaved")
    assert "Export decisions before closing" in page.text_content("#unsaved")
    page.evaluate("(n) => { for (let i = 0; i < n; i++) localStorage.removeItem('filler-' + i); }", filled)
    page.keyboard.press("u")  # the next save succeeds: the warning goes
    assert page.is_hidden("#unsaved")


def test_a_full_storage_can_be_freed_of_older_runs_oldest_first(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    filled = page.evaluate(
        """() => { const big = 'x'.repeat(1 << 20); let n = 0;  // older runs' states, oldest first
        for (;;) { try { localStorage.setItem('mt-audit:old' + n, JSON.stringify({ f: {}, e: {}, t: n, pad: big }));
          n++; } catch (e) { break; } }
        for (let size = 1 << 19; size >= 1; size >>= 1) { const chunk = 'x'.repeat(size);
          for (let m = 0; ; m++) {
            try { localStorage.setItem('filler-' + size + '-' + m, chunk); } catch (e) { break; } } }
        return n; }"""
    )
    assert filled >= 2
    page.keyboard.press("j")
    page.keyboard.press("d")
    button = page.locator("#unsaved button")
    assert button.is_visible() and f"({filled})" in button.text_content()
    button.click()
    assert page.is_hidden("#unsaved")
    kept = page.evaluate("() => Object.keys(localStorage).filter((k) => k.startsWith('mt-audit:old')).sort()")
    assert "mt-audit:old0" not in kept and len(kept) == filled - 1  # only the oldest went
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert "1 dismissed" in _progress(page)


def test_an_unsaved_hand_edit_asks_before_the_page_closes(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    page.keyboard.press("j")
    page.keyboard.press("e")
    page.keyboard.press("End")
    page.keyboard.type(" thêm")
    kinds: list[str] = []
    page.on("dialog", lambda d: kinds.append(d.type))
    page.close(run_before_unload=True)
    page.wait_for_timeout(300)
    assert kinds == ["beforeunload"]


def test_the_finding_list_by_keyboard(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    assert page.locator("#frows tr[tabindex='0']").count() == 1  # one row in the Tab order
    page.focus("#sort")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the Sev..Conf headers to the rows
    for _ in range(5):
        if page.evaluate("() => document.activeElement.tagName") == "TR":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.tagName") == "TR"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus visible
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    third = page.evaluate("() => document.activeElement.dataset.f")
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')")
    page.keyboard.press("Enter")  # selects that finding, the focus stays in the list
    assert page.evaluate("() => document.activeElement.dataset.f") == third
    assert page.locator(f"#frows tr.sel[data-f='{third}']").count() == 1
    assert page.locator("#detail .t-head").count() == 1
    page.keyboard.press("d")
    assert "1 dismissed" in _progress(page)


CONTRAST = """() => {
  const lum = (rgb) => { const c = rgb.match(/[\\d.]+/g).slice(0, 3).map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
  const bgOf = (e) => { for (; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor;
      if (b && !/rgba\\(.*, 0\\)$/.test(b) && b !== 'transparent') return b; } return 'rgb(255, 255, 255)'; };
  const ratio = (e) => { const a = lum(getComputedStyle(e).color), b = lum(bgOf(e));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
  const out = {};
  const probe = (name, cls, tag) => { const e = document.createElement(tag || 'span'); e.className = cls;
    e.textContent = 'Aa'; document.getElementById('detail').appendChild(e); out[name] = ratio(e); e.remove(); };
  document.getElementById('detail').style.display = 'block';
  for (const s of [1, 2, 3]) probe('badge s' + s, 'b s' + s);
  for (const s of ['accepted', 'dismissed', 'confirmed']) probe('status ' + s, 'status ' + s);
  probe('muted', 'muted');
  probe('conflict', 'conflict', 'p');
  probe('primary button', 'primary', 'button');
  for (const id of ['notice', 'unsaved']) { const e = document.getElementById(id);
    e.hidden = false; e.textContent = 'x'; out[id] = ratio(e); e.hidden = true; }
  return out;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_colours_meet_wcag_aa(watched: Watched, corpus_run: Path, scheme: str) -> None:
    watched.page.emulate_media(color_scheme=scheme)
    watched.open(corpus_run / "report.html")
    ratios = watched.page.evaluate(CONTRAST)
    low = {k: round(v, 2) for k, v in ratios.items() if v < 4.5}
    assert len(ratios) == 11 and not low


@pytest.mark.parametrize(("width", "height"), [(375, 740), (700, 450)])  # a phone; a laptop at 200% zoom
def test_narrow_widths_need_no_sideways_scrolling(watched: Watched, corpus_run: Path, width: int, height: int) -> None:
    watched.page.set_viewport_size({"width": width, "height": height})
    watched.open(corpus_run / "report.html")
    page = watched.page
    page.keyboard.press("j")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    box = page.locator("#detail .actions button").first.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width


def test_print_shows_the_text_and_marks_not_the_controls(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    page.keyboard.press("j")
    page.emulate_media(media="print")
    assert page.is_visible("#segments mark.f")
    for hidden in ("#top-actions", "#filters", "#seg-pager", "#detail .actions", "#docs"):
        assert page.is_hidden(hidden), hidden
    side = page.evaluate(
        "() => { const s = getComputedStyle(document.getElementById('side')); return [s.overflow, s.position]; }"
    )
    assert side == ["visible", "static"]  # not cut to one screen


def test_a_suggestion_is_shown_in_the_text_font(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    page.evaluate("() => document.querySelector('#doc-list button').click()")
    for _ in range(30):
        page.keyboard.press("j")
        if page.locator("#detail .sugg").count():
            break
    fonts = page.evaluate(
        "() => [getComputedStyle(document.querySelector('#detail .sugg')).fontFamily,"
        " getComputedStyle(document.body).fontFamily]"
    )
    assert fonts[0] == fonts[1]  # monospace fonts stack Vietnamese marks badly (ễ as ê + ~)


def _count(page: object) -> int:
    return int(page.text_content("#count").split(" ")[0])


def test_search_without_diacritics_finds_vietnamese_text(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    page.fill("#q", "Tổng thống")
    page.wait_for_timeout(300)
    exact = _count(page)
    page.fill("#q", "tong thong")  # as typed on a keyboard without a Vietnamese input method
    page.wait_for_timeout(300)
    bare = _count(page)
    assert 0 < exact <= bare
    page.fill("#q", "Tống")  # diacritics given: they count ('Tống' is not 'Tổng')
    page.wait_for_timeout(300)
    assert _count(page) < exact
    page.fill("#q", "dang")  # đ is d without its stroke
    page.wait_for_timeout(300)
    assert _count(page) >= 1 and not watched.errors


def test_skip_links_pass_the_document_list(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to the text"
    assert page.evaluate("() => document.activeElement.getBoundingClientRect().left") >= 0  # shown when focused
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Skip to the findings
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "q"


def test_a_long_document_prints_whole(watched: Watched, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    lines = [f"Phiên họp thứ {n} của hội đồng tỉnh Cà Mau bàn về kế hoạch trồng rừng ngập mặn." for n in range(1, 251)]
    (src / "dai.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = audit_run([str(src)], tmp_path / "out")
    watched.open(out / "report.html")
    page = watched.page
    assert page.locator("#segments .seg").count() == 200  # the first page of segments
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("#segments .seg").count() == 250
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("#segments .seg").count() == 200
    page.pdf(path=str(tmp_path / "printed.pdf"))  # Chromium's own print runs the same events
    assert page.locator("#segments .seg").count() == 200 and not watched.errors


def test_the_keyboard_keeps_its_place_after_a_decision(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    page.keyboard.press("j")
    page.keyboard.press("j")
    selected = page.evaluate("() => document.activeElement.id")
    assert selected.startswith("f-")
    page.keyboard.press("d")  # the page is drawn anew
    assert page.evaluate("() => document.activeElement.id") == selected
    page.keyboard.press("Tab")  # on from the mark, not from the top of the page
    assert page.evaluate("() => document.activeElement.textContent") != "Skip to the text"


def test_the_list_tells_accepted_from_dismissed(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    page.click("#flist th button[data-sort=sev]")
    page.keyboard.press("j")
    page.keyboard.press("a")  # the worst finding accepted (N103, with a suggestion)
    page.keyboard.press("j")
    page.keyboard.press("d")
    marks = page.evaluate(
        "() => Array.from(document.querySelectorAll('#frows tr')).slice(0, 3).map((r) => r.cells[0].textContent)"
    )
    assert marks == ["critical✓", "critical✗", "critical"]
