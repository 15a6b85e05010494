"""The name rules' share of the audit's run time (N1xx and T1xx against everything else).

Generates the same corpus as ``bench_pipeline.py`` (lines sampled from corpus/ with a fixed seed), or
takes a directory, and runs the full audit twice in fresh processes: with all rules, and with
``--ignore N --ignore T1``. Prints wall and CPU seconds of each and the name rules' share.

Usage: python bench/bench_names.py [--docs 300] [--lines 100] [--path DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import json, sys, time
from audit.pipeline import Settings, run
ignore = sys.argv[3:]
wall, cpu = time.perf_counter(), time.process_time()
result = run([sys.argv[1]], sys.argv[2], Settings(ignore=ignore))
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                  "segments": result.summary["counts"]["segments"]}))
"""


LOAD = """
import time
cpu = time.process_time()
from audit.api import audit_text
audit_text("Ông Ruan Fuzhong gặp Tổng thống Belarus Alexander và Bái Đăng • Joe.", select=["N", "T1"])
print(time.process_time() - cpu)
"""


def measure(path: Path, out: Path, ignore: list[str], repeat: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(repeat):
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(out), *ignore], check=True, capture_output=True, text=True
        )
        res = json.loads(proc.stdout)
        if not best or res["cpu"] < best["cpu"]:
            best = res
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--lines", type=int, default=100)
    ap.add_argument("--path", type=Path, help="audit this directory instead of a generated corpus")
    ap.add_argument("--repeat", type=int, default=3, help="runs per mode; the fastest (CPU) is kept")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_pipeline import generate

    with tempfile.TemporaryDirectory() as tmp:
        path = args.path
        if path is None:
            path = Path(tmp) / "corpus"
            path.mkdir()
            generate(path, args.docs, args.lines)
        full = measure(path, Path(tmp) / "full", [], args.repeat)
        rest = measure(path, Path(tmp) / "rest", ["N", "T1"], args.repeat)
    load = min(
        float(subprocess.run([sys.executable, "-c", LOAD], check=True, capture_output=True, text=True).stdout)
        for _ in range(args.repeat)
    )
    n = full["segments"]
    print(f"{n:,} segments")
    print(f"all rules        wall {full['wall']:.2f} s   cpu {full['cpu']:.2f} s")
    print(f"without N, T1    wall {rest['wall']:.2f} s   cpu {rest['cpu']:.2f} s")
    extra = full["cpu"] - rest["cpu"]
    print(f"name rules: {extra:.2f} s cpu = {extra / full['cpu']:.0%} of the audit")
    print(f"  loading their resources once per process (imports, Hán-Việt tables, gazetteers): ~{load:.2f} s")
    print(f"  per segment after loading: {max(0.0, extra - load) / n * 1e6:.1f} µs")


if __name__ == "__main__":
    main()
