"""Throughput of the QE backends on CPU: segments per second.

- reading + segmenting corpus/, the rule pass, and the built-in score over the same content
  segments (the target: the built-in score costs less than half of the rule pass);
- the tiny COMET model built by tests/integration/tiny_comet.py (random weights: the numbers
  measure the code path and batching, not a real model's cost), once with an empty score
  cache (model load reported apart) and once more from the cache.

torch runs with ``--threads`` intra-op threads (default 1: the tiny model is too small to gain
from more, and on a shared 2-core machine extra threads only contend; 0 keeps torch's default).

Usage: python bench/bench_qe.py [--repeat N] [--comet-segments N] [--batch-size N] [--threads N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:10.0f} segments/s  ({n} in {seconds:.3f} s)"


def bench_builtin(repeat: int) -> None:
    from audit.corpus import ReadOptions, discover, read_file
    from audit.pipeline import Settings, run_rules
    from audit.qe.base import QEItem
    from audit.qe.builtin import BuiltinBackend
    from audit.rules.registry import select_rules

    errors: list = []
    files = discover([str(ROOT / "corpus")], errors)
    t0 = time.perf_counter()
    docs = [d for _ in range(repeat) for f in files for d in read_file(f, ReadOptions(), errors)]
    t_read = time.perf_counter() - t0
    n_all = sum(len(d.segments) for d in docs)
    settings = Settings()
    rules = [cls() for cls in select_rules(["ALL"], [])]
    backend = BuiltinBackend()
    backend.score([QEItem("Khởi động mô hình.")])  # load resources outside the timing
    for d in docs[:5]:
        run_rules(d, rules, settings)
    t0 = time.perf_counter()
    findings = [run_rules(d, rules, settings) for d in docs]
    t_rules = time.perf_counter() - t0
    items = []
    for d, fs in zip(docs, findings, strict=True):
        by_seg: dict[int, list] = {}
        for f in fs:
            by_seg.setdefault(f.segment, []).append(f)
        items += [QEItem(s.text, findings=by_seg.get(s.index, []), words=s.words) for s in d.content]
    t0 = time.perf_counter()
    backend.score(items)
    t_builtin = time.perf_counter() - t0
    print(f"corpus/ x{repeat}: {len(docs)} documents, {n_all} segments, {len(items)} content segments")
    print(f"  read + segment   {_rate(n_all, t_read)}")
    print(f"  rules ({len(rules):2d})       {_rate(n_all, t_rules)}")
    print(f"  builtin score    {_rate(len(items), t_builtin)}")
    print(f"  builtin / rules time: {t_builtin / t_rules:.2f}  (target < 0.5)")


def bench_comet(n: int, batch_size: int, threads: int) -> None:
    import importlib.util

    if any(importlib.util.find_spec(m) is None for m in ("comet", "torch", "sentencepiece")):
        print("tiny COMET: skipped (pip install '.[comet]')")
        return
    import torch
    from tiny_comet import build_checkpoint, build_encoder

    from audit.qe.base import QEItem
    from audit.qe.comet_backend import CometBackend

    if threads:
        torch.set_num_threads(threads)
    text = (ROOT / "corpus").glob("*.txt")
    lines = [ln.strip() for p in sorted(text) for ln in p.read_text("utf-8").splitlines() if len(ln.split()) >= 5]
    items = [QEItem(lines[i % len(lines)] + f" ({i})", source=f"Sentence number {i}.") for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build_encoder(root, vocab_size=300, max_tokens=256)
        ckpt = build_checkpoint(root, "qe")
        cache = root / "scores.sqlite"
        cold = CometBackend(str(ckpt), device="cpu", batch_size=batch_size, cache_path=cache)
        t0 = time.perf_counter()
        cold._load()
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        cold.score(items)
        t_cold = time.perf_counter() - t0
        warm = CometBackend(str(ckpt), device="cpu", batch_size=batch_size, cache_path=cache)
        t0 = time.perf_counter()
        warm.score(items)
        t_warm = time.perf_counter() - t0
    print(
        f"tiny COMET (2 layers, hidden 32) on CPU, {torch.get_num_threads()} thread(s), batch size {batch_size},"
        f" {n} segments:"
    )
    print(f"  model load       {t_load:.2f} s")
    print(f"  no cache         {_rate(n, t_cold)}")
    print(f"  from cache       {_rate(n, t_warm)}  (no model load)")
    print(f"  truncated segments: {cold.stats['truncated']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20, help="copies of corpus/ for the builtin benchmark")
    ap.add_argument("--comet-segments", type=int, default=256)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads (0: torch's default)")
    args = ap.parse_args()
    bench_builtin(args.repeat)
    bench_comet(args.comet_segments, args.batch_size, args.threads)


if __name__ == "__main__":
    main()
