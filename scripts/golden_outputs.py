#!/usr/bin/env python3
"""Golden outputs of the full audit, to check that a speed change does not change behaviour.

Runs the full audit (all rules, default builtin QE) on three inputs and keeps
``findings.jsonl``, ``segments.jsonl`` and ``documents.jsonl`` of each:

  corpus      the bundled ``corpus/``
  clean_news  ``../shared/data/clean_news/sentences.txt`` cut into documents of 50 lines
  mt_vi       the OPUS-MT hypothesis file of ``../shared/data/mt_vi`` and a TSV (src, mt, ref)
              built from its aligned file
  mt_vi_sacrebleu  that TSV with ``--qe builtin --qe sacrebleu`` (a main-process backend)

    .venv/bin/python scripts/golden_outputs.py save [--dir reports/golden]       # write the reference
    .venv/bin/python scripts/golden_outputs.py check [--dir reports/golden] [--jobs 2]  # compare with it

``check`` exits 1 and names the first differing line of each file that differs (and the keys of
``summary.json`` that differ, timings, input paths and ``jobs`` aside).
The shared data folder is found from ``MT_AUDIT_SHARED_DATA`` or ``../shared/data``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared_data import shared_data  # noqa: E402  (scripts/ is on the path when run as a script)

from audit.pipeline import Settings, run  # noqa: E402

FILES = ("findings.jsonl", "segments.jsonl", "documents.jsonl")
DOC_LINES = 50


def build_inputs(tmp: Path) -> dict[str, list[str]]:
    """Input paths per case; cases whose data is absent are left out."""
    cases = {"corpus": [str(ROOT / "corpus")]}
    data = shared_data()
    if data is None:
        print("shared data not found: only corpus/ (set MT_AUDIT_SHARED_DATA)", file=sys.stderr)
        return cases
    lines = (data / "clean_news" / "sentences.txt").read_text(encoding="utf-8").splitlines()
    news = tmp / "clean_news"
    news.mkdir()
    for i in range(0, len(lines), DOC_LINES):
        part = "\n".join(lines[i : i + DOC_LINES]) + "\n"
        (news / f"part{i // DOC_LINES:03d}.txt").write_text(part, encoding="utf-8")
    cases["clean_news"] = [str(news)]
    mt = data / "mt_vi"
    table = tmp / "mt_vi.tsv"
    with (mt / "flores200_devtest.first200.aligned.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    with table.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "src", "mt", "ref"])
        for r in rows:
            w.writerow([r["line"], r["src_eng"], r["mt_vie"], r["ref_vie"]])
    cases["mt_vi"] = [str(mt / "flores200_devtest.first200.vie.opus-mt_opus+bt-2021-04-10.hyp.txt"), str(table)]
    cases["mt_vi_sacrebleu"] = [str(table)]
    return cases


def audit_cases(dest: Path, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as t:
        for name, paths in build_inputs(Path(t)).items():
            start = time.perf_counter()
            qe = ["builtin", "sacrebleu"] if name.endswith("_sacrebleu") else ["builtin"]
            result = run(paths, str(dest / name), Settings(qe=qe), jobs=jobs)
            c = result.summary["counts"]
            print(
                f"{name:10s} {c['segments']:6d} segments {c['findings']:5d} findings "
                f"{time.perf_counter() - start:6.1f} s"
            )


def compare(golden: Path, fresh: Path) -> int:
    bad = 0
    for case in sorted(p.name for p in golden.iterdir() if p.is_dir()):
        for name in FILES:
            want = (golden / case / name).read_text(encoding="utf-8").splitlines()
            got = (fresh / case / name).read_text(encoding="utf-8").splitlines()
            if want == got:
                continue
            bad += 1
            pairs = enumerate(zip(want, got, strict=False))
            first = next((i for i, (a, b) in pairs if a != b), min(len(want), len(got)))
            print(f"DIFF {case}/{name}: {len(want)} vs {len(got)} lines; first difference at line {first + 1}")
            print(f"  golden: {want[first][:300] if first < len(want) else '<end>'}")
            print(f"  now:    {got[first][:300] if first < len(got) else '<end>'}")
        want_s, got_s = (_summary(d / case / "summary.json") for d in (golden, fresh))
        if want_s != got_s:
            bad += 1
            keys = sorted(k for k in set(want_s) | set(got_s) if want_s.get(k) != got_s.get(k))
            print(f"DIFF {case}/summary.json (timings and input paths aside): {', '.join(keys)}")
    return bad


def _summary(path: Path) -> dict:
    """summary.json without what differs between equivalent runs: timings, (temporary) input paths, --jobs, the
    day counted as today (the calendar's, unless fixed: a check on a later day compares the same findings)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("timings", None)
    data.pop("inputs", None)
    data.get("config", {}).pop("jobs", None)
    data.get("config", {}).pop("as_of", None)
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "check"])
    ap.add_argument("--dir", default=str(ROOT / "reports" / "golden"), help="where the reference outputs live")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    golden = Path(args.dir)
    if args.action == "save":
        audit_cases(golden, args.jobs)
        return
    with tempfile.TemporaryDirectory() as t:
        audit_cases(Path(t), args.jobs)
        bad = compare(golden, Path(t))
    print("identical" if not bad else f"{bad} file(s) differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
