#!/usr/bin/env python3
"""Held-out check of the form, language, spelling and date rules (F, L, S, T3).

Two parts, both written for this check and kept out of every rule's examples:

- ``tests/data/heldout_form/mt_cases.tsv``: MT-style errors, one per line with the expected rule, span
  (``[[...]]``) and, optionally, suggestion. A case is found when its rule reports exactly that span;
  the suggestion, when given, must be the first one offered.
- ``tests/data/heldout_form/clean/*.txt``: well-edited news in many styles. Every finding of any rule
  there is a false alarm (reported per rule, major/critical apart from minor).

Prints recall per rule and false alarms per rule; ``--verbose`` lists misses and false alarms.

    .venv/bin/python scripts/eval_heldout_form.py [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.api import audit_text  # noqa: E402
from audit.model import Finding, Severity  # noqa: E402
from audit.rules.docs import MARK, strip_marks  # noqa: E402

DATA = ROOT / "tests" / "data" / "heldout_form"


@dataclass(frozen=True)
class Case:
    rule: str
    text: str  # with [[span]] marks
    suggestion: str | None

    @property
    def plain(self) -> str:
        return strip_marks(self.text)

    @property
    def span(self) -> str:
        return MARK.search(self.text).group(1)  # type: ignore[union-attr]


@dataclass
class Outcome:
    case: Case
    found: bool
    right_suggestion: bool
    findings: list[Finding]


def load_cases(path: Path = DATA / "mt_cases.tsv") -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("rule\t"):
            continue
        rule, text, *rest = line.split("\t")
        suggestion = rest[0] if rest and rest[0] else None
        cases.append(Case(rule, text.replace("\\n", "\n"), suggestion))
    return cases


def run_case(case: Case) -> Outcome:
    findings = audit_text(case.plain, select=["F", "L", "S", "T3"])
    hits = [f for f in findings if f.rule == case.rule and f.text == case.span]
    ok_sugg = bool(hits) and (case.suggestion is None or hits[0].suggestion == case.suggestion)
    return Outcome(case, bool(hits), ok_sugg, findings)


def clean_findings(directory: Path = DATA / "clean") -> list[tuple[str, Finding]]:
    out = []
    for path in sorted(directory.glob("*.txt")):
        for f in audit_text(path.read_text(encoding="utf-8")):
            out.append((path.name, f))
    return out


def clean_sentences(directory: Path = DATA / "clean") -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in directory.glob("*.txt"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and false alarms")
    args = ap.parse_args()

    outcomes = [run_case(c) for c in load_cases()]
    total, found, sugg = Counter(), Counter(), Counter()
    for o in outcomes:
        total[o.case.rule] += 1
        found[o.case.rule] += o.found
        sugg[o.case.rule] += o.right_suggestion
    n, k = sum(total.values()), sum(found.values())
    print(f"MT-style cases: {k}/{n} found with the exact span = recall {k / n:.1%}")
    print(f"  with the expected suggestion: {sum(sugg.values())}")
    for rule in sorted(total):
        print(f"  {rule}: {found[rule]}/{total[rule]} found, {sugg[rule]} with the expected suggestion")
    if args.verbose:
        for o in outcomes:
            if not o.right_suggestion:
                got = [(f.rule, f.text, f.suggestion) for f in o.findings]
                print(f"  MISS {o.case.rule} {o.case.span!r} (want {o.case.suggestion!r}) in {o.case.plain!r}: {got}")

    alarms = clean_findings()
    lines = clean_sentences()
    serious = [(d, f) for d, f in alarms if f.severity >= Severity.MAJOR]
    minor = len(alarms) - len(serious)
    print(f"\nclean held-out news: {lines} lines, {len(serious)} major/critical and {minor} minor findings")
    for rule, count in sorted(Counter(f"{f.rule}:{f.severity}" for _, f in alarms).items()):
        print(f"  {rule}: {count}")
    if args.verbose:
        for doc, f in alarms:
            print(f"  FALSE ALARM {doc}:{f.line} [{f.rule} {f.severity}] {f.text!r} — {f.message}")


if __name__ == "__main__":
    main()
