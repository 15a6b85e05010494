"""Benchmark: how the review page (report.html) responds in headless Chromium on a big run.

    .venv/bin/python bench/bench_review_page.py RUNDIR [--chromium /usr/bin/chromium] [--repeat 3]

Opens RUNDIR/report.html from disk and prints, best of ``--repeat``, the milliseconds until the
page is ready (``body[data-ready]``), and for the actions a post-editor repeats all day: a
severity filter, a text search, the next finding (``j``), accepting a finding (``a``), switching
to the longest document, and the page's size. A measurement, not a test: timings depend on the
machine and its load.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

# each action runs in the page and returns how long it took, measured there (ms), layout included
ACTIONS = {
    "filter: critical only": """() => { const t = performance.now(); const s = document.getElementById('f-sev');
        s.value = '3'; s.dispatchEvent(new Event('change')); document.body.offsetHeight;
        const d = performance.now() - t; s.value = ''; s.dispatchEvent(new Event('change')); return d; }""",
    "search (word)": """() => { const q = document.getElementById('q'); q.value = 'trung';
        const t = performance.now(); q.dispatchEvent(new Event('input')); return new Promise((ok) =>
        setTimeout(() => { document.body.offsetHeight; const d = performance.now() - t - 120;
        q.value = ''; q.dispatchEvent(new Event('input')); ok(d); }, 125)); }""",
    "next finding (j)": """() => { const t = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true}));
        document.body.offsetHeight; return performance.now() - t; }""",
    "accept (a), undo (u)": """() => { const t = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', {key: 'a', bubbles: true}));
        document.body.offsetHeight; const d = performance.now() - t;
        if (document.activeElement && document.activeElement.tagName === 'TEXTAREA')
          document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
        document.dispatchEvent(new KeyboardEvent('keydown', {key: 'u', bubbles: true})); return d; }""",
    "open the last document": """() => { const bs = Array.from(document.querySelectorAll('#doc-list button'));
        const t = performance.now(); bs[bs.length - 1].click(); document.body.offsetHeight;
        const d = performance.now() - t; bs[0].click(); return d; }""",
}


def load_ms(page: Page, url: str) -> float:
    """Milliseconds from navigation start to the page's ready mark, measured by the browser."""
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=120_000)
    return page.evaluate("() => performance.now()")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path, help="an audit run directory holding report.html")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    html = args.run / "report.html"
    url = html.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        loads = [load_ms(page, url) for _ in range(args.repeat)]
        info = page.evaluate(
            "() => [document.getElementById('run-info').textContent, document.getElementsByTagName('*').length]"
        )
        print(f"{html} ({html.stat().st_size / 1e6:.2f} MB): {info[0]}")
        print(f"  ready after load      {min(loads):8.1f} ms  ({info[1]} elements)")
        for name, js in ACTIONS.items():
            best = min(page.evaluate(js) for _ in range(args.repeat))
            print(f"  {name:22s}{best:8.1f} ms")
        t = time.perf_counter()
        page.mouse.wheel(0, 20_000)
        page.evaluate("() => new Promise((ok) => requestAnimationFrame(() => ok()))")
        print(f"  scroll 20,000 px      {(time.perf_counter() - t) * 1000:8.1f} ms (wall clock)")
        browser.close()


if __name__ == "__main__":
    main()
