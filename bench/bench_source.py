"""What records with a source cost: microseconds per record for each source rule (A) and the built-in QE.

Records are real translations with their source, read from the shared data (``../shared/data`` or
MT_AUDIT_SHARED_DATA, via scripts/shared_data.py): NTREX-128 English→Vietnamese and Chinese→Vietnamese (the
human translations) and mt_vi (OPUS-MT output on 200 FLORES sentences), in documents of 50 records. Each
document is audited as the pipeline does it: the per-document caches are emptied, the A rules run one by one,
then the built-in QE scores the records with their source (so an analysis the rules and the QE share is charged
to the rule that asks for it first). Without the shared data the benchmark says so and exits cleanly.

On a shared machine, ``--repeat N`` measures N times and keeps the quickest of each part, and ``--cpu`` counts
this process's CPU time instead of the wall clock.

Usage: python bench/bench_source.py [--select A] [--repeat 1] [--cpu] [--copies 1]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from shared_data import shared_data  # noqa: E402

from audit.api import document_from_pairs  # noqa: E402
from audit.lang.textcache import new_document  # noqa: E402
from audit.model import Document  # noqa: E402
from audit.qe.base import QEItem  # noqa: E402
from audit.qe.builtin import BuiltinBackend  # noqa: E402
from audit.rules.base import DocContext, Rule  # noqa: E402
from audit.rules.registry import select_rules  # noqa: E402

DOC = 50  # records per document
QE = "builtin QE"


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def record_pairs(data: Path) -> list[tuple[str, str]]:
    """(source, target) records: NTREX-128 en>vi and zh>vi, mt_vi en>vi OPUS-MT."""
    par, mt = data / "parallel", data / "mt_vi"
    vie = _lines(par / "ntrex128.vie.txt")
    pairs = list(zip(_lines(par / "ntrex128.eng.txt"), vie, strict=True))
    pairs += zip(_lines(par / "ntrex128.zho_Hans.txt"), vie, strict=True)
    pairs += zip(
        _lines(mt / "flores200_devtest.first200.eng_Latn.src.txt"),
        _lines(mt / "flores200_devtest.first200.vie.opus-mt_opus+bt-2021-04-10.hyp.txt"),
        strict=True,
    )
    return pairs


def _items(doc: Document) -> list[QEItem]:
    """The QE items of a document's records (no findings: the rule penalty is not what is measured)."""
    return [QEItem(s.text, s.source, s.reference, [], max(1, len(s.text.split()))) for s in doc.segments]


def measure(docs: list[Document], rules: list[Rule], clock: Callable[[], float]) -> dict[str, float]:
    """Seconds each rule and the built-in QE spend on ``docs``."""
    spent: dict[str, float] = defaultdict(float)
    backend = BuiltinBackend()
    for doc in docs:
        new_document()
        ctx = DocContext(doc)
        for rule in rules:
            t = clock()
            for _ in rule.run(ctx):
                pass
            spent[rule.code] += clock() - t
        items = _items(doc)
        t = clock()
        backend.score(items)
        spent[QE] += clock() - t
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--select", default="A", help="the rules to run (prefixes, comma-separated)")
    ap.add_argument("--repeat", type=int, default=1, help="measure N times, keep the quickest of each")
    ap.add_argument("--cpu", action="store_true", help="process CPU time instead of the wall clock")
    args = ap.parse_args()
    data = shared_data()
    if data is None:
        print("bench_source: skipped (needs ../shared/data or MT_AUDIT_SHARED_DATA)")
        return
    clock = time.process_time if args.cpu else time.perf_counter
    pairs = record_pairs(data)
    docs = [document_from_pairs(pairs[i : i + DOC], doc=f"records:{i}") for i in range(0, len(pairs), DOC)]
    rules = [cls() for cls in select_rules(args.select.split(","))]
    measure(docs[:4], rules, clock)  # warm-up: resources loaded, regular expressions compiled
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for code, secs in measure(docs, rules, clock).items():
            best[code] = min(best.get(code, secs), secs)
    n = len(pairs)
    rules_total = sum(v for k, v in best.items() if k != QE)
    print(f"{len(docs):,} documents, {n:,} records with a source")
    print(f"all selected rules  {rules_total / n * 1e6:7.1f} us/record")
    print(f"{QE:<19} {best[QE] / n * 1e6:7.1f} us/record")
    print(f"rules + QE          {(rules_total + best[QE]) / n * 1e6:7.1f} us/record")
    for code, secs in sorted(best.items(), key=lambda kv: -kv[1]):
        if code != QE:
            print(f"  {code}  {secs / n * 1e6:7.1f} us/record")


if __name__ == "__main__":
    main()
