"""The audit's speed against reading + segmenting, measured in pairs on the same slices, in turns.

bench_pipeline.py runs each mode over the whole corpus in its own process, one after the other: reading takes
~20 s, the audit ~90 s, and this shared machine's speed can move by half between the two, so one run's ratio says
little. Here the same generated corpus (bench_pipeline.generate: 200,000 lines, MT-dense pool by default) is cut into
slices of documents, and two long-lived processes, one reading + segmenting, one auditing with ``--jobs 1`` (all rules,
the default QE), take each slice in turn, ABBA (read, audit; audit, read; …), so a slow spell of the machine falls on
both alike. Each process imports the package before its first slice (outside the timing, as bench_pipeline does);
everything else is timed, and the audit pays its per-run work (output files, ranking, summary) once a slice, not once
a corpus, but gives the rules' caches back only after the last slice, as one run gives them back once at its end.

Prints each slice's pair (segments a second of both, and their ratio), then the ratio of the totals (the whole
corpus read and audited: the figure the target is about), the median and spread of the pairs, CPU seconds and
peak RSS of both processes.
Usage: python bench/bench_paired.py [--docs 2500] [--lines 80] [--slices 10] [--pool corpus|news-mix]
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import ROOT, generate, mode_audit, mode_read

TARGET = 0.20


def serve(mode: str) -> None:
    """Answer each slice path on stdin with one JSON line: that slice's segments and seconds in ``mode``."""
    for module in ("audit.corpus", "audit.pipeline"):  # imported outside the timing, as in bench_pipeline
        importlib.import_module(module)

    runner = importlib.import_module("audit.pipeline.runner")
    release_from = runner.RELEASE_FROM_SEGMENTS
    print("ready", flush=True)
    for line in sys.stdin:
        path, last = line.split("\t")
        # the slices are parts of one corpus: the rules' caches are given back once, after the last slice, as one
        # run over the whole corpus gives them back once, before its ranking pass (not after every slice, which
        # would make each slice load them again)
        runner.RELEASE_FROM_SEGMENTS = release_from if last.strip() == "last" else sys.maxsize
        res = mode_read(path) if mode == "read" else mode_audit(path, 1, None)
        own = resource.getrusage(resource.RUSAGE_SELF)
        res["cpu_s"] = own.ru_utime + own.ru_stime
        res["peak_rss_mb"] = own.ru_maxrss / 1024
        print(json.dumps(res), flush=True)


class Server:
    """One long-lived process of bench_paired.py --serve MODE."""

    def __init__(self, mode: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready"

    def take(self, path: Path, last: bool) -> dict:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{path}\t{'last' if last else ''}\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2500)
    ap.add_argument("--lines", type=int, default=80)
    ap.add_argument("--slices", type=int, default=10)
    ap.add_argument("--pool", choices=("corpus", "news-mix"), default="corpus")
    ap.add_argument("--serve", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve)
        return
    compileall.compile_dir(str(ROOT / "audit"), quiet=1)  # bytecode written first, as bench_pipeline does
    with tempfile.TemporaryDirectory() as tmp:
        whole = Path(tmp) / "corpus"
        n_lines = generate(whole, args.docs, args.lines, pool_name=args.pool)
        # the same documents, cut into slices of whole documents: slice k holds documents k, k + slices, …
        docs = sorted(whole.rglob("*.txt"))
        slices = []
        for k in range(args.slices):
            d = Path(tmp) / f"slice{k:02d}"
            d.mkdir()
            for f in docs[k :: args.slices]:
                f.rename(d / f.name)
            slices.append(d)
        print(f"corpus ({args.pool}): {args.docs:,} documents, {n_lines:,} lines, {args.slices} slices, in turns")
        servers = {"read": Server("read"), "audit1": Server("audit1")}
        totals = {m: {"segments": 0, "seconds": 0.0} for m in servers}
        ratios = []
        last: dict[str, dict] = {}
        start = time.perf_counter()
        for k, path in enumerate(slices):
            order = ("read", "audit1") if k % 2 == 0 else ("audit1", "read")
            got = {m: servers[m].take(path, k == len(slices) - 1) for m in order}
            for m, r in got.items():
                totals[m]["segments"] += r["segments"]
                totals[m]["seconds"] += r["seconds"]
                last[m] = r
            rate = {m: r["segments"] / r["seconds"] for m, r in got.items()}
            ratios.append(rate["audit1"] / rate["read"])
            print(
                f"slice {k + 1:2d} ({order[0]} first)  read {rate['read']:>8,.0f} seg/s  "
                f"audit1 {rate['audit1']:>7,.0f} seg/s  ratio {ratios[-1]:.3f}",
                flush=True,
            )
        for s in servers.values():
            s.close()
        wall = time.perf_counter() - start
        speed = {m: t["segments"] / t["seconds"] for m, t in totals.items()}
        total_ratio = speed["audit1"] / speed["read"]
        print(
            f"totals: read {totals['read']['segments']:,} segments in {totals['read']['seconds']:.1f} s "
            f"({speed['read']:,.0f} seg/s); audit1 {totals['audit1']['segments']:,} in "
            f"{totals['audit1']['seconds']:.1f} s ({speed['audit1']:,.0f} seg/s); {wall:.0f} s in all"
        )
        print(
            f"audit1 / read: {total_ratio:.3f} x from the totals (target >= {TARGET:.2f}); pairs: median "
            f"{statistics.median(ratios):.3f}, {min(ratios):.3f} to {max(ratios):.3f}"
        )
        for m, r in last.items():  # the process's CPU seconds over all its slices (imports included), its peak RSS
            print(f"{m}: cpu {r['cpu_s']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
