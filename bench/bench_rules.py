"""Where the rule pass spends its time: microseconds per segment for each rule.

Generates the same corpus as ``bench_pipeline.py`` (article lines sampled from corpus/, fixed
seed), reads it once, then runs every active rule on every document in this process and prints
each rule's time per segment, slowest first, plus the rest of the per-document work (builtin QE
and the records) for comparison. Analyses that several rules share (``DocContext.memo``) are
charged to the first rule that asks for them.

On a shared machine, ``--repeat N`` measures each part N times and keeps the quickest, and ``--cpu``
counts this process's CPU time instead of the wall clock (time spent waiting for a core is left out).

Usage: python bench/bench_rules.py [--docs 500] [--lines 80] [--select ALL] [--top 40] [--pool corpus|news-mix]
       [--repeat 1] [--cpu]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_pipeline import generate  # noqa: E402

from audit.corpus import ReadOptions, discover, read_file  # noqa: E402
from audit.lang.textcache import new_document  # noqa: E402
from audit.pipeline import Engine, Settings, audit_document  # noqa: E402
from audit.rules.base import DocContext  # noqa: E402


def rule_times(docs: list, engine: Engine, clock: Callable[[], float]) -> tuple[dict[str, float], float]:
    """Seconds each rule spends on ``docs``, and the whole rule pass."""
    spent: dict[str, float] = defaultdict(float)
    t0 = clock()
    for doc in docs:
        new_document()
        ctx = DocContext(doc)
        for rule in engine.rules:
            t = clock()
            for _ in rule.run(ctx):
                pass
            spent[rule.code] += clock() - t
    return spent, clock() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--lines", type=int, default=80)
    ap.add_argument("--select", default="ALL")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--pool", choices=("corpus", "news-mix"), default="corpus", help="as in bench_pipeline.py")
    ap.add_argument("--repeat", type=int, default=1, help="measure N times, keep the quickest of each")
    ap.add_argument("--cpu", action="store_true", help="process CPU time instead of the wall clock")
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), args.docs, args.lines, pool_name=args.pool)
        errors: list = []
        docs = [d for item in discover([tmp], errors) for d in read_file(item, ReadOptions(), errors)]
    n = sum(len(d.segments) for d in docs)
    engine = Engine(Settings(select=args.select.split(","), qe=["builtin"]))
    # warm-up on the first documents: loading resources and compiling the regular expressions that only
    # some documents reach is start-up, not per-segment work
    for doc in docs[:10]:
        new_document()
        warm = DocContext(doc)
        for rule in engine.rules:
            for _ in rule.run(warm):
                pass
    spent: dict[str, float] = {}
    total = rest = float("inf")
    bare = Engine(Settings(select=["X999"], qe=["builtin"]))
    for _ in range(args.repeat):
        once, t_rules = rule_times(docs, engine, clock)
        for code, secs in once.items():
            spent[code] = min(spent.get(code, secs), secs)
        total = min(total, t_rules)
        t = clock()
        for doc in docs:
            audit_document(doc, bare)
        rest = min(rest, clock() - t)
    print(f"{len(docs):,} documents, {n:,} segments")
    print(f"all rules        {total:6.2f} s  {total / n * 1e6:7.1f} us/segment  {n / total:9,.0f} segments/s")
    print(f"no-rule work     {rest:6.2f} s  {rest / n * 1e6:7.1f} us/segment  (builtin QE, language guess, records)")
    for code, secs in sorted(spent.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {code}  {secs:6.3f} s  {secs / n * 1e6:7.1f} us/segment  {secs / total:5.1%}")


if __name__ == "__main__":
    main()
