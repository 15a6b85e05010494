#!/usr/bin/env python3
"""False alarms of the full audit on human translations audited as one batch file, the sacrebleu way.

A user who evaluates MT with sacrebleu gives ONE table of thousands of unrelated sentences; ``audit run`` reads a
table as one document (in chunks of 5,000 rows), so every document-level rule (dates, topic countries, office
holders, consistency, breakage) sees a "document" of unrelated sentences. This writes NTREX-128's and FLORES-200's
human Vietnamese from ``../shared/data/parallel`` as such TSVs (the English source, the Chinese source, or no source;
FLORES and NTREX apart and one after the other; and, target only, clean_news's native news before both: over 5,000
rows, two chunks, rows of 2022 beside rows of 2018) in a temporary folder, reads and audits each as ``audit run``
does, and prints the sentences with a major or critical finding and with a minor one per 1,000 rows, and the
findings by rule; ``--show TABLE`` lists the major and critical findings of the tables whose name holds TABLE.

    .venv/bin/python scripts/eval_batch.py [--select A,N] [--show 'ntrex en']
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from shared_data import shared_data  # noqa: E402

from audit.corpus import InputFile, ReadOptions, read_file  # noqa: E402
from audit.model import Finding, Severity  # noqa: E402
from audit.pipeline import Settings, run_rules  # noqa: E402
from audit.pipeline.workers import chunks  # noqa: E402
from audit.rules.registry import select_rules  # noqa: E402

_FILES = {  # corpus: (English, Chinese, Vietnamese) files of ../shared/data/parallel
    "flores": ("flores200_devtest.eng_Latn.txt", "flores200_devtest.zho_Hans.txt", "flores200_devtest.vie_Latn.txt"),
    "ntrex": ("ntrex128.eng.txt", "ntrex128.zho_Hans.txt", "ntrex128.vie.txt"),
}


def batch_tables(data: Path) -> dict[str, list[tuple[str | None, str]]]:
    """The batch tables: (source or None, human Vietnamese) of FLORES-200, of NTREX-128 and of both one after the
    other, from the English source, from the Chinese one and without a source; and, without a source, clean_news's
    native Vietnamese news before both."""
    par = data / "parallel"
    read = {k: [(par / f).read_text(encoding="utf-8").splitlines() for f in v] for k, v in _FILES.items()}
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
    news = (data / "clean_news" / "sentences.txt").read_text(encoding="utf-8").splitlines()
    out["clean_news+flores+ntrex vi only"] = [(None, t) for t in news] + out["flores+ntrex vi only"]
    return out


def audit_table(rows: list[tuple[str | None, str]], select: list[str] | None) -> list[tuple[Finding, str]]:
    """Every finding of ``rows`` written as one TSV (columns src and mt, or mt alone), with its segment's text,
    audited as ``audit run`` audits it: read as one document, in chunks of CHUNK_SEGMENTS rows."""
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
        for chunk in chunks(doc):
            out += [(f, chunk.segments[f.segment].text) for f in run_rules(chunk, rules, Settings())]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--select", help="comma-separated rule code prefixes (default: all rules)")
    ap.add_argument("--show", default="", help="list the major and critical findings of the tables naming this")
    args = ap.parse_args()
    data = shared_data()
    if data is None:
        sys.exit("needs ../shared/data (or MT_AUDIT_SHARED_DATA)")
    select = args.select.split(",") if args.select else None
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
        if args.show and args.show in name:
            for f, text in found:
                if f.severity >= Severity.MAJOR:
                    print(f"  [{f.rule} {f.severity}] row {f.segment + 1}: {f.text[:60]!r} — {f.message}\n    {text}")


if __name__ == "__main__":
    main()
