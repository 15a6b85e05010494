"""Instructions, not seconds: reading + segmenting against the full audit, counted by valgrind's callgrind.

The wall clock of this shared machine moves by a fifth between runs, more than most single speed changes are worth
(1 to 3% of the audit). The number of instructions a piece of work executes does not move: two runs of the same code
on the same documents agree to a hundredth of a percent, so a change of 0.5% shows. It is a proxy, not the target:
the audit runs fewer instructions a second than reading (more cache misses, more mispredicted branches in the
regex engine), and ``str.find`` or set building can trade instructions and time unevenly, so a change it favours
still has to be confirmed in seconds (bench_paired.py, bench_rules.py --cpu).

Generates two small corpora as bench_pipeline.generate does (MT-dense pool by default): a warm-up corpus, audited and
read first with the instrumentation off (imports, tables, compiled patterns, the rules' first-use work), then the
measured one, read or audited with the instrumentation on (``callgrind_control -i on``/``off`` around it). Each mode
runs in its own process under valgrind. Prints the instructions of each mode, a segment's share of them and the
ratio of reading's instructions to the audit's (the target's ratio if both ran at the same speed an instruction).

Needs valgrind (Debian: ``apt-get install valgrind``). About a minute for the default 20 documents.
Usage: python bench/bench_instructions.py [--docs 20] [--lines 80] [--pool corpus|news-mix] [--modes read,audit1]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import generate, mode_audit, mode_read


def measure(mode: str, warm: str, corpus: str) -> dict:
    """In the process valgrind runs: the warm-up uninstrumented, then ``mode`` on ``corpus`` instrumented."""
    for module in ("audit.corpus", "audit.pipeline"):
        __import__(module)
    mode_audit(warm, 1, None)
    mode_read(warm)
    toggle = ["callgrind_control", "-i"]
    subprocess.run([*toggle, "on", str(os.getpid())], check=True, capture_output=True)
    res = mode_read(corpus) if mode == "read" else mode_audit(corpus, 1, None)
    subprocess.run([*toggle, "off", str(os.getpid())], check=True, capture_output=True)
    return res


def instructions(mode: str, warm: Path, corpus: Path, tmp: Path) -> tuple[int, int]:
    """(instructions, segments) of ``mode`` on ``corpus``, in a process under callgrind."""
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={tmp / 'callgrind.%p'}",
            sys.executable,
            __file__,
            "--child",
            mode,
            str(warm),
            str(corpus),
        ],
        capture_output=True,
        text=True,
        check=True,
        # one string hash for every run: sets of words are walked in one order, so two runs of one tree agree
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    collected = re.search(r"Collected : (\d+)", out.stderr)
    segments = re.search(r"^segments (\d+)$", out.stdout, re.M)
    if collected is None or segments is None:
        sys.exit(f"no count from valgrind for {mode}:\n{out.stderr[-2000:]}")
    return int(collected.group(1)), int(segments.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--lines", type=int, default=80)
    ap.add_argument("--pool", choices=("corpus", "news-mix"), default="corpus")
    ap.add_argument("--modes", default="read,audit1")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        res = measure(*args.child)
        print(f"segments {res['segments']}")
        return
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("bench_instructions.py needs valgrind (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        generate(tmp / "warm", 5, args.lines, seed=1, pool_name=args.pool)
        n_lines = generate(tmp / "corpus", args.docs, args.lines, seed=0, pool_name=args.pool)
        print(f"corpus ({args.pool}): {args.docs} documents, {n_lines:,} lines; warm-up 5 documents (not counted)")
        counted = {}
        for mode in args.modes.split(","):
            ins, segs = instructions("read" if mode == "read" else "audit1", tmp / "warm", tmp / "corpus", tmp)
            counted[mode] = ins
            print(f"{mode:7s} {ins / 1e9:8.4f} G instructions  {ins / segs / 1e3:8.1f} k a segment ({segs:,} segments)")
        if {"read", "audit1"} <= counted.keys():
            print(f"read / audit1 instructions: {counted['read'] / counted['audit1']:.4f}")


if __name__ == "__main__":
    main()
