#!/usr/bin/env python3
"""False alarms of the full audit on human-written news, and what fires on real MT.

Runs every registered rule (or ``--select``) on ``../shared/data/clean_news/sentences.txt``
cut into documents of 50 lines (like ``split -l 50``), one sentence per paragraph, and prints
the sentences with a major or critical finding per 1,000 sentences (target: at most 1), the
minor rate, and every finding so that each can be looked at. ``--mt`` runs the same on the
OPUS-MT output in ``../shared/data/mt_vi`` instead (recall: what the rules catch in real MT);
``--file`` runs it on any one-sentence-per-line file (e.g. the human FLORES/NTREX references); with ``--doc-ids``
its documents are its articles instead of 50-line chunks (a chunk joins unrelated articles, and the document-level
rules, T201 and T301, then compare their spellings; a quotation may run over a chunk's edge).

    .venv/bin/python scripts/eval_false_alarms.py [--data DIR] [--mt] [--select F,S] [--minor]
    .venv/bin/python scripts/eval_false_alarms.py --file ntrex128.vie.txt --doc-ids ntrex128.doc_ids.txt
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.corpus.build import document_from_lines  # noqa: E402
from audit.model import Finding, Severity  # noqa: E402
from audit.pipeline import Settings, run_rules  # noqa: E402
from audit.rules.registry import select_rules  # noqa: E402

DOC_LINES = 50


def find_data(explicit: str | None) -> Path:
    for cand in [explicit, ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"]:
        if cand and Path(cand).is_dir():
            return Path(cand)
    sys.exit("shared data not found: pass --data DIR")


def audit_lines(
    lines: list[str], name: str, select: list[str] | None, ids: list[str] | None = None
) -> list[tuple[Finding, str]]:
    """Every finding with its segment's text, the lines cut into 50-line documents, or into runs of one id."""
    rules = [cls() for cls in select_rules(select)]
    out = []
    for start, end in chunks(len(lines), ids):
        doc = document_from_lines(f"{name}:{start + 1}", lines[start:end])
        for f in run_rules(doc, rules, Settings()):
            out.append((f, doc.segments[f.segment].text))
    return out


def chunks(n: int, ids: list[str] | None) -> list[tuple[int, int]]:
    """The documents' line ranges: 50 lines each, or each run of lines with the same id."""
    if ids is None:
        return [(i, min(i + DOC_LINES, n)) for i in range(0, n, DOC_LINES)]
    starts = [i for i in range(n) if i == 0 or ids[i] != ids[i - 1]]
    return list(zip(starts, [*starts[1:], n], strict=True))


def read_ids(path: Path, n: int) -> list[str]:
    """One document id per line of the text: the first tab-separated field of each line of ``path`` (NTREX-128's
    doc_ids.txt; FLORES-200's metadata.tsv, whose header line is skipped and whose URL is the article)."""
    rows = [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
    if len(rows) == n + 1:
        rows = rows[1:]  # a header line
    if len(rows) != n:
        sys.exit(f"{path}: {len(rows)} ids for {n} lines")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="the shared data directory (default: ../shared/data)")
    ap.add_argument("--mt", action="store_true", help="run on the OPUS-MT hypotheses instead")
    ap.add_argument("--file", help="any other one-sentence-per-line file (e.g. a human reference translation)")
    ap.add_argument("--doc-ids", help="with --file: one document id per line (FLORES metadata.tsv, NTREX doc_ids.txt)")
    ap.add_argument("--select", help="comma-separated rule code prefixes (default: all rules)")
    ap.add_argument("--minor", action="store_true", help="list minor findings too")
    args = ap.parse_args()
    data = find_data(args.data)
    if args.file:
        path = Path(args.file)
    elif args.mt:
        path = next((data / "mt_vi").glob("*.hyp.txt"))
    else:
        path = data / "clean_news" / "sentences.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    select = args.select.split(",") if args.select else None
    t0 = time.perf_counter()
    ids = read_ids(Path(args.doc_ids), len(lines)) if args.doc_ids and args.file else None
    results = audit_lines(lines, path.name, select, ids)
    elapsed = time.perf_counter() - t0
    n = len(lines)
    serious = [(f, t) for f, t in results if f.severity >= Severity.MAJOR]
    minor = [(f, t) for f, t in results if f.severity == Severity.MINOR]
    serious_sents = {(f.doc, f.segment) for f, _ in serious}
    minor_sents = {(f.doc, f.segment) for f, _ in minor}
    docs = f"{len(chunks(n, ids))} articles" if ids else f"documents of {DOC_LINES} lines"
    print(f"{path} — {n} sentences ({docs}), {len(select_rules(select))} rules, {elapsed:.2f}s")
    print(
        f"major/critical: {len(serious)} findings in {len(serious_sents)} sentences = "
        f"{1000 * len(serious_sents) / n:.2f} per 1,000 sentences"
    )
    print(
        f"minor:          {len(minor)} findings in {len(minor_sents)} sentences = "
        f"{1000 * len(minor_sents) / n:.2f} per 1,000 sentences"
    )
    print("by rule:", dict(sorted(Counter(f"{f.rule}:{f.severity}" for f, _ in results).items())))
    shown = results if args.minor else serious
    for f, text in shown:
        print(
            f"\n[{f.rule} {f.severity}] {f.doc} seg {f.segment}: {f.text!r} — {f.message}"
            + (f" → {f.suggestion!r}" if f.suggestion else "")
        )
        print(f"    {text}")


if __name__ == "__main__":
    main()
