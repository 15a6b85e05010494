#!/usr/bin/env python3
"""False alarms of the full audit on human-written news, and what fires on real MT.

Runs every registered rule (or ``--select``) on ``../shared/data/clean_news/sentences.txt``
cut into documents of 50 lines (like ``split -l 50``), one sentence per paragraph, and prints
the sentences with a major or critical finding per 1,000 sentences (target: at most 1), the
minor rate, and every finding so that each can be looked at. ``--mt`` runs the same on the
OPUS-MT output in ``../shared/data/mt_vi`` instead (recall: what the rules catch in real MT);
``--file`` runs it on any one-sentence-per-line file (e.g. the human FLORES/NTREX references); with ``--doc-ids``
its documents are its articles instead of 50-line chunks (a chunk joins unrelated articles, and the document-level
rules, T201 and T301, then compare their spellings; a quotation may run over a chunk's edge). ``--batch`` audits
NTREX-128's and FLORES-200's human Vietnamese as a sacrebleu-style batch instead: one TSV of unrelated sentences
(English source, Chinese source, or none), read and chunked as ``audit run`` reads it, so every document-level rule
sees a "document" of thousands of unrelated sentences; it prints the rates and counts by rule of each table.

    .venv/bin/python scripts/eval_false_alarms.py [--data DIR] [--mt] [--select F,S] [--minor]
    .venv/bin/python scripts/eval_false_alarms.py --file ntrex128.vie.txt --doc-ids ntrex128.doc_ids.txt
    .venv/bin/python scripts/eval_false_alarms.py --batch [--show TABLE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.corpus import InputFile, ReadOptions, read_file  # noqa: E402
from audit.corpus.build import document_from_lines  # noqa: E402
from audit.model import Finding, Severity  # noqa: E402
from audit.pipeline import Settings, run_rules  # noqa: E402
from audit.pipeline.workers import chunks as table_chunks  # noqa: E402
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


_BATCH_FILES = {  # corpus: (English, Chinese, Vietnamese) files of ../shared/data/parallel
    "flores": ("flores200_devtest.eng_Latn.txt", "flores200_devtest.zho_Hans.txt", "flores200_devtest.vie_Latn.txt"),
    "ntrex": ("ntrex128.eng.txt", "ntrex128.zho_Hans.txt", "ntrex128.vie.txt"),
}


def batch_tables(data: Path) -> dict[str, list[tuple[str | None, str]]]:
    """The batch tables: (source or None, human Vietnamese) of FLORES-200, of NTREX-128 and of both one after the
    other, from the English source, from the Chinese one and without a source."""
    par = data / "parallel"
    read = {k: [(par / f).read_text(encoding="utf-8").splitlines() for f in v] for k, v in _BATCH_FILES.items()}
    out: dict[str, list[tuple[str | None, str]]] = {}
    for corpora in (["flores"], ["ntrex"], ["flores", "ntrex"]):
        name = "+".join(corpora)
        for side, label in ((0, "en>vi"), (1, "zh>vi"), (None, "vi only")):
            rows: list[tuple[str | None, str]] = []
            for c in corpora:
                en_zh_vi = read[c]
                sources = en_zh_vi[side] if side is not None else [None] * len(en_zh_vi[2])
                rows += list(zip(sources, en_zh_vi[2], strict=True))
            out[f"{name} {label}"] = rows
    return out


def audit_table(rows: list[tuple[str | None, str]], select: list[str] | None) -> list[tuple[Finding, str]]:
    """Every finding of ``rows`` written as one TSV (columns src and mt, or mt alone) and audited as ``audit run``
    audits it: read as one document, in chunks of its CHUNK_SEGMENTS rows."""
    rules = [cls() for cls in select_rules(select)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.tsv"
        with_source = rows[0][0] is not None
        lines = ["src\tmt" if with_source else "mt"]
        lines += [f"{s}\t{t}" if with_source else t for s, t in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        docs = read_file(InputFile(str(path), path.name), ReadOptions(), [])
    out = []
    for doc in docs:
        for chunk in table_chunks(doc):
            out += [(f, chunk.segments[f.segment].text) for f in run_rules(chunk, rules, Settings())]
    return out


def audit_batch(data: Path, select: list[str] | None, show: str) -> None:
    """The rates and counts by rule of each batch table; every major and critical finding of those named ``show``."""
    for name, rows in batch_tables(data).items():
        found = audit_table(rows, select)
        n = len(rows)
        serious = {f.segment for f, _ in found if f.severity >= Severity.MAJOR}
        minor = {f.segment for f, _ in found if f.severity == Severity.MINOR}
        by = dict(sorted(Counter(f"{f.rule}:{f.severity}" for f, _ in found).items()))
        print(
            f"{name}: {n} rows; major/critical {1000 * len(serious) / n:.2f}, minor {1000 * len(minor) / n:.2f} "
            f"sentences per 1,000; {by}"
        )
        if show and show in name:
            for f, text in found:
                if f.severity >= Severity.MAJOR:
                    print(f"  [{f.rule} {f.severity}] row {f.segment + 1}: {f.text[:60]!r} — {f.message}\n    {text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="the shared data directory (default: ../shared/data)")
    ap.add_argument("--mt", action="store_true", help="run on the OPUS-MT hypotheses instead")
    ap.add_argument("--file", help="any other one-sentence-per-line file (e.g. a human reference translation)")
    ap.add_argument("--doc-ids", help="with --file: one document id per line (FLORES metadata.tsv, NTREX doc_ids.txt)")
    ap.add_argument("--select", help="comma-separated rule code prefixes (default: all rules)")
    ap.add_argument("--minor", action="store_true", help="list minor findings too")
    ap.add_argument("--batch", action="store_true", help="audit FLORES and NTREX as batch TSVs of unrelated sentences")
    ap.add_argument("--show", default="", help="with --batch: list the major findings of the tables naming this")
    args = ap.parse_args()
    data = find_data(args.data)
    if args.batch:
        audit_batch(data, args.select.split(",") if args.select else None, args.show)
        return
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
