#!/usr/bin/env python3
"""Held-out evaluation of the name (N1xx, T101) and country (C1xx, T201) rules.

``tests/data/heldout/mt/*.txt`` are machine-translated-style articles, each with a ``.json`` annotation
(``expected``: rule, a fragment of the sentence (``context``), the exact ``span`` and the expected
``suggestion`` — a string, a list of acceptable strings, or null). ``tests/data/heldout/clean/*.txt``
are human-style articles that must get no major/critical finding from these rules.

An expected finding is recalled when a finding of the same family (names: N1xx/T101; countries:
C1xx/T201) has exactly that span in the sentence holding ``context``; its suggestion is right when
it equals (one of) the expected suggestion(s). Printed per rule: recall, suggestion accuracy, and
unexpected findings (on MT documents: findings on spans no annotation mentions; on clean documents:
major/critical findings = false alarms).

    .venv/bin/python scripts/eval_heldout.py [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.api import document_from_text  # noqa: E402
from audit.model import Document, Finding, Severity  # noqa: E402
from audit.pipeline import Settings, run_rules  # noqa: E402
from audit.rules.registry import select_rules  # noqa: E402

HELDOUT = ROOT / "tests" / "data" / "heldout"
SELECT = ["N1", "T101", "C1", "T201"]


def family(rule: str) -> str:
    """'names' for N1xx/T101, 'countries' for C1xx/T201."""
    return "names" if rule.startswith("N") or rule == "T101" else "countries"


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    exact_rule: int = 0
    suggestion_ok: int = 0
    unexpected: int = 0
    false_alarms: int = 0


@dataclass
class Report:
    per_rule: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    missed: list[str] = field(default_factory=list)
    wrong_suggestion: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    clean_docs: int = 0
    mt_docs: int = 0

    def totals(self) -> Tally:
        t = Tally()
        for v in self.per_rule.values():
            for k in vars(t):
                setattr(t, k, getattr(t, k) + getattr(v, k))
        return t

    def figures(self) -> dict[str, float]:
        t = self.totals()
        return {
            "recall": t.found / t.expected if t.expected else 0.0,
            "suggestion_accuracy": t.suggestion_ok / t.found if t.found else 0.0,
            "suggestion_overall": t.suggestion_ok / t.expected if t.expected else 0.0,
            "unexpected_on_mt": float(t.unexpected),
            "false_alarms_on_clean": float(t.false_alarms),
        }


def _audit(path: Path) -> tuple[Document, list[Finding]]:
    doc = document_from_text(path.read_text(encoding="utf-8"), doc=path.name)
    return doc, run_rules(doc, [cls() for cls in select_rules(SELECT)], Settings())


def _accept(expected: str | list[str] | None) -> set[str] | None:
    if expected is None:
        return None
    return {expected} if isinstance(expected, str) else set(expected)


def evaluate(root: Path = HELDOUT) -> Report:
    rep = Report()
    for path in sorted((root / "mt").glob("*.txt")):
        rep.mt_docs += 1
        doc, found = _audit(path)
        notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
        used: set[int] = set()
        spans = {n["span"] for n in notes}
        for n in notes:
            tally = rep.per_rule[n["rule"]]
            tally.expected += 1
            segs = {s.index for s in doc.segments if n["context"] in s.text}
            if not segs:
                raise SystemExit(f"{path.name}: context not found: {n['context']!r}")
            hits = [
                (i, f)
                for i, f in enumerate(found)
                if i not in used and f.segment in segs and f.text == n["span"] and family(f.rule) == family(n["rule"])
            ]
            if not hits:
                rep.missed.append(f"{path.name}: {n['rule']} {n['span']!r} (in {n['context']!r})")
                continue
            hits.sort(key=lambda h: h[1].rule != n["rule"])
            i, f = hits[0]
            used.add(i)
            tally.found += 1
            tally.exact_rule += f.rule == n["rule"]
            ok = _accept(n.get("suggestion"))
            if ok is None or f.suggestion in ok:
                tally.suggestion_ok += 1
            else:
                rep.wrong_suggestion.append(
                    f"{path.name}: {f.rule} {f.text!r} -> {f.suggestion!r}, expected {sorted(ok)}"
                )
        for f in found:
            if f.text not in spans and f.severity >= Severity.MAJOR:
                rep.per_rule[f.rule].unexpected += 1
                rep.unexpected.append(f"{path.name}: {f.rule} {f.severity} {f.text!r} -> {f.suggestion!r}")
    for path in sorted((root / "clean").glob("*.txt")):
        rep.clean_docs += 1
        _, found = _audit(path)
        for f in found:
            if f.severity >= Severity.MAJOR:
                rep.per_rule[f.rule].false_alarms += 1
                rep.false_alarms.append(f"{path.name}: {f.rule} {f.severity} {f.text!r} -> {f.suggestion!r}")
    return rep


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses, wrong suggestions and alarms")
    ap.add_argument("--json", action="store_true", help="print the overall figures as JSON")
    args = ap.parse_args()
    rep = evaluate()
    if args.json:
        print(json.dumps(rep.figures(), indent=1))
        return
    print(f"{rep.mt_docs} MT documents, {rep.clean_docs} clean documents")
    print(f"{'rule':6} {'expected':>8} {'found':>6} {'recall':>7} {'sugg ok':>8} {'unexp MT':>9} {'FA clean':>9}")
    for rule in sorted(rep.per_rule):
        t = rep.per_rule[rule]
        recall = f"{t.found / t.expected:.0%}" if t.expected else "-"
        sugg = f"{t.suggestion_ok}/{t.found}" if t.found else "-"
        print(f"{rule:6} {t.expected:>8} {t.found:>6} {recall:>7} {sugg:>8} {t.unexpected:>9} {t.false_alarms:>9}")
    t = rep.totals()
    fig = rep.figures()
    print(
        f"{'all':6} {t.expected:>8} {t.found:>6} {fig['recall']:>7.0%} {t.suggestion_ok:>4}/{t.found:<3} "
        f"{t.unexpected:>9} {t.false_alarms:>9}"
    )
    print(
        f"suggestion accuracy on found: {fig['suggestion_accuracy']:.0%}; right finding+fix overall: "
        f"{fig['suggestion_overall']:.0%}"
    )
    if args.verbose:
        for title, rows in [
            ("missed", rep.missed),
            ("wrong suggestion", rep.wrong_suggestion),
            ("unexpected major/critical on MT", rep.unexpected),
            ("false alarms on clean", rep.false_alarms),
        ]:
            print(f"\n{title} ({len(rows)}):")
            for r in rows:
                print("  " + r)


if __name__ == "__main__":
    main()
