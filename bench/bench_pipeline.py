"""Throughput and peak memory of the audit: reading + segmenting alone vs the full audit.

Generates a corpus of plain-text news documents (article lines sampled from corpus/ with a fixed
seed, or with --pool news-mix from corpus/ and the shared data's Vietnamese sentences; default
2,500 documents x 80 lines = 200,000 lines), then measures, each mode in a
fresh process so peak memory is its own:

  read     discover + read + segment + boilerplate, no rules
  read2    the same over 2 processes (the like-for-like base of audit2)
  audit    the full audit (all rules, default QE) with --jobs 1 and --jobs 2
  norules  the full pipeline with no rules (select nothing) — the rule pass share is audit - norules
  cli1/2   the command a user runs, `audit run DIR --out OUT --jobs N`: the audit plus its reports (report.html,
           the terminal report, printed to /dev/null), for the peak memory of the whole job
  dask2    the full audit over a local Dask cluster of 2 workers (--cluster local; needs the [dask] extra):
           what the cluster path costs beside --jobs 2 (start-up included)

Prints segments/second, CPU seconds (the process and its pool workers, including start-up: a steadier
figure than the wall clock on a shared machine) and peak RSS (this process; pool workers separately).
With ``--repeat N`` the modes run N times in turns and the ratios come from each mode's median run: reading alone
moved by a third between runs on the shared machine, so one pair of runs can land either side of the target.
Usage: python bench/bench_pipeline.py [--docs 2500] [--lines 80]
       [--modes read,read2,norules,audit1,audit2,cli1,cli2,dask2] [--pool corpus|news-mix] [--repeat 1]
"""

from __future__ import annotations

import argparse
import compileall
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_lines() -> list[str]:
    """The 81 article-text lines of corpus/ (page chrome left out: a sampled "Tin khác" would turn
    the rest of a generated document into boilerplate and flatter the audit). Three of its five
    documents are Chinese-pivot MT, so these lines are dense with names, countries and damage."""
    from audit.corpus.boilerplate import classify_lines

    pool = []
    for f in sorted((ROOT / "corpus").glob("*.txt")):
        page = [ln for ln in f.read_text(encoding="utf-8").split("\n") if ln.strip()]
        pool += [ln for ln, kind in zip(page, classify_lines(page), strict=True) if kind is None]
    return pool


def news_mix_lines() -> list[str]:
    """corpus/ lines plus the Vietnamese sentences of the shared data (clean_news, NTREX, FLORES,
    the OPUS-MT output of mt_vi): about 5,300 lines of mostly fluent text, the make-up of an
    ordinary batch where most segments are fine."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from shared_data import shared_data

    data = shared_data()
    if data is None:
        sys.exit("the news mix needs ../shared/data (or MT_AUDIT_SHARED_DATA)")
    pool = corpus_lines()
    for rel in (
        "clean_news/sentences.txt",
        "parallel/ntrex128.vie.txt",
        "parallel/flores200_devtest.vie_Latn.txt",
        "mt_vi/flores200_devtest.first200.vie.opus-mt_opus+bt-2021-04-10.hyp.txt",
    ):
        pool += [ln for ln in (data / rel).read_text(encoding="utf-8").splitlines() if ln.strip()]
    return pool


def generate(target: Path, docs: int, lines: int, seed: int = 0, pool_name: str = "corpus") -> int:
    """``docs`` documents of ``lines`` lines each, drawn from the pool (see corpus_lines).

    Lines are drawn without replacement inside a document (articles rarely repeat a sentence;
    corpus/ has 81 article lines, hence 80 lines a document by default), so the per-document
    text caches (audit.lang.textcache) get no help from the sampling. Lines do repeat across
    documents; those caches are emptied between documents, so that does not speed the audit up."""
    pool = news_mix_lines() if pool_name == "news-mix" else corpus_lines()
    rng = random.Random(seed)
    total = 0
    for d in range(docs):
        sub = target / f"{d // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        body = rng.sample(pool, lines) if lines <= len(pool) else [rng.choice(pool) for _ in range(lines)]
        (sub / f"doc{d:06d}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
        total += lines
    return total


def mode_read(corpus: str) -> dict:
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    t = time.perf_counter()
    n = 0
    for item in discover([corpus], errors):
        for doc in read_file(item, ReadOptions(), errors):
            n += len(doc.segments)
    return {"segments": n, "seconds": time.perf_counter() - t}


def _count_segments(item: object) -> int:
    from audit.corpus import ReadOptions, read_file

    errors: list = []
    return sum(len(doc.segments) for doc in read_file(item, ReadOptions(), errors))  # type: ignore[arg-type]


def mode_read_parallel(corpus: str, jobs: int) -> dict:
    """Reading + segmenting spread over ``jobs`` processes the way ``--jobs`` spreads the audit."""
    from concurrent.futures import ProcessPoolExecutor

    from audit.corpus import discover

    errors: list = []
    t = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        n = sum(pool.map(_count_segments, list(discover([corpus], errors)), chunksize=8))
    return {"segments": n, "seconds": time.perf_counter() - t}


def mode_audit(corpus: str, jobs: int, select: list[str] | None, cluster: str | None = None) -> dict:
    from audit.pipeline import Settings, run

    settings = Settings(select=select or ["ALL"], qe=["builtin"])
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        result = run([corpus], out, settings, jobs=jobs, cluster=cluster)
        secs = time.perf_counter() - t
    return {
        "segments": result.summary["counts"]["segments"],
        "seconds": secs,
        "findings": result.summary["counts"]["findings"],
    }


def mode_cli(corpus: str, jobs: int) -> dict:
    """``audit run`` as a user runs it (reports included), in this process; its terminal report goes to /dev/null."""
    import contextlib
    import os

    from audit.cli import main as cli_main

    with tempfile.TemporaryDirectory() as out, open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        argv, sys.argv = sys.argv, ["audit", "run", corpus, "--out", out, "--jobs", str(jobs)]
        t = time.perf_counter()
        try:
            cli_main()
        except SystemExit:
            pass
        secs = time.perf_counter() - t
        sys.argv = argv
        summary = json.loads((Path(out) / "summary.json").read_text(encoding="utf-8"))
    return {"segments": summary["counts"]["segments"], "seconds": secs, "findings": summary["counts"]["findings"]}


def child(args: argparse.Namespace) -> None:
    if args.child in ("cli1", "cli2"):
        res = mode_cli(args.corpus, int(args.child[-1]))
    elif args.child == "read":
        res = mode_read(args.corpus)
    elif args.child == "read2":
        res = mode_read_parallel(args.corpus, 2)
    elif args.child == "norules":
        res = mode_audit(args.corpus, 1, ["X999"])
    elif args.child == "dask2":
        res = mode_audit(args.corpus, 2, None, cluster="local")
    else:
        res = mode_audit(args.corpus, int(args.child[-1]), None)
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    res["peak_rss_mb"] = own.ru_maxrss / 1024
    res["peak_rss_children_mb"] = kids.ru_maxrss / 1024
    res["cpu_s"] = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    print(json.dumps(res))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2500)
    ap.add_argument("--lines", type=int, default=80)
    ap.add_argument("--modes", default="read,read2,norules,audit1,audit2")
    ap.add_argument(
        "--pool",
        choices=("corpus", "news-mix"),
        default="corpus",
        help="corpus: the article lines of corpus/ (MT-dense, the hard case); news-mix: those plus "
        "the shared data's Vietnamese sentences (needs ../shared/data)",
    )
    ap.add_argument("--repeat", type=int, default=1, help="run the modes N times in turns; ratios from the medians")
    ap.add_argument("--child")
    ap.add_argument("--corpus")
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    # the modules' bytecode written first, as an installed tool has it (this machine sets PYTHONDONTWRITEBYTECODE,
    # so without it every child process compiles each module it imports: 0.15 s more for the audit than for reading)
    compileall.compile_dir(str(ROOT / "audit"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        n_lines = generate(Path(tmp), args.docs, args.lines, pool_name=args.pool)
        print(f"corpus ({args.pool}): {args.docs:,} documents, {n_lines:,} lines")
        runs: dict[str, list[dict]] = {}
        for turn in range(args.repeat):
            for mode in args.modes.split(","):  # the modes in turns: a slow spell of the machine hits each alike
                out = subprocess.run(
                    [sys.executable, __file__, "--child", mode, "--corpus", tmp],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                r = json.loads(out.stdout.strip().splitlines()[-1])
                runs.setdefault(mode, []).append(r)
                rate = r["segments"] / r["seconds"]
                label = f"{mode} #{turn + 1}" if args.repeat > 1 else mode
                print(
                    f"{label:8s} {r['segments']:>9,} segments  {r['seconds']:7.1f} s  {rate:>9,.0f} seg/s  "
                    f"cpu {r['cpu_s']:6.1f} s  "
                    f"peak RSS {r['peak_rss_mb']:.0f} MB (workers {r['peak_rss_children_mb']:.0f} MB)",
                    flush=True,
                )
        # each mode's median run (by its time): with --repeat 3 one slow spell does not decide the ratio
        results = {m: sorted(rs, key=lambda r: r["seconds"])[len(rs) // 2] for m, rs in runs.items()}
        speed = {m: r["segments"] / r["seconds"] for m, r in results.items()}
        median = " (medians)" if args.repeat > 1 else ""
        for audit, read in (("audit1", "read"), ("audit2", "read"), ("audit2", "read2"), ("dask2", "read2")):
            if audit in speed and read in speed:
                print(f"{audit} / {read}: {speed[audit] / speed[read]:.2f} x{median} (target >= 0.20)")
        if "audit1" in results and "norules" in results:
            share = 1 - results["norules"]["seconds"] / results["audit1"]["seconds"]
            print(f"rule pass share of the --jobs 1 run time: {share:.0%}")


if __name__ == "__main__":
    main()
