"""Screenshots of report.html on corpus/ for the README, taken in headless Chromium (docs/*.png).

    .venv/bin/python scripts/screenshots.py [--chromium /usr/bin/chromium]

Audits corpus/ into a temporary folder, opens the review page from disk and saves
docs/review-page.png (the page with the worst finding selected), docs/review-tooltip.png
(a flagged span's tooltip) and docs/review-accepted.png (after accepting a suggestion).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--out", default=str(ROOT / "docs"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "audit", "run", str(ROOT / "corpus"), "--out", tmp, "--quiet"], check=True
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
            page.goto((Path(tmp) / "report.html").as_uri())
            page.wait_for_selector("body[data-ready=true]")
            page.click("#flist th button[data-sort=sev]")  # worst first
            page.keyboard.press("j")
            page.keyboard.press("Escape")  # the tooltip has its own screenshot
            page.screenshot(path=str(out / "review-page.png"))
            mark = page.locator("#segments mark.f").nth(1)
            mark.scroll_into_view_if_needed()
            mark.hover()
            page.screenshot(path=str(out / "review-tooltip.png"))
            page.mouse.move(5, 5)
            page.keyboard.press("a")
            page.screenshot(path=str(out / "review-accepted.png"))
            browser.close()
    for name in ("review-page.png", "review-tooltip.png", "review-accepted.png"):
        print(out / name)


if __name__ == "__main__":
    main()
