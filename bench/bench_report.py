"""Benchmark: time to generate report.html for a large run (default 10,000 segments, 20,000 findings).

    .venv/bin/python bench/bench_report.py [--segments N] [--findings N]

Prints the time to load the run directory, to render the page, and the page's size.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from audit.report.html import render_html
from audit.report.load import load_run
from audit.report.synthetic import make_run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--segments", type=int, default=10_000)
    ap.add_argument("--findings", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        make_run(tmp, args.segments, args.findings)
        best_load = best_render = float("inf")
        page = ""
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            run = load_run(tmp)
            t1 = time.perf_counter()
            page = render_html(run)
            t2 = time.perf_counter()
            best_load, best_render = min(best_load, t1 - t0), min(best_render, t2 - t1)
        out = Path(tmp) / "report.html"
        out.write_text(page, encoding="utf-8")
        size = out.stat().st_size
    print(
        f"report.html for {args.segments:,} segments / {args.findings:,} findings "
        f"(best of {args.repeat}): load {best_load:.2f} s, render {best_render:.2f} s, "
        f"total {best_load + best_render:.2f} s; size {size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
