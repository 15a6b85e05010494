#!/usr/bin/env python3
"""What the source rules (A1xx) find on real translations: false alarms on human ones, catches on MT.

Pairs come from ``../shared/data`` (or MT_AUDIT_SHARED_DATA): the human Vietnamese translations of
NTREX-128 and FLORES-200 against their English and their Chinese sources (false alarms: a human
translation should rarely be flagged), and OPUS-MT English→Vietnamese output on 200 FLORES sentences
(what the rules catch in real MT; its human reference is scored too, as the paired control).
Prints, for each set, the findings per 1,000 segments by rule, and with ``--show`` every finding.
``--damage`` measures recall instead: the human translations of NTREX-128 and FLORES-200, from English and
from Chinese, damaged one way at a time (a number dropped or changed, a date changed, a clause, the negation
or a country swapped: scripts/source_damage.py), and how many of them the rules meant for it newly flag.

``--po FILE …`` audits gettext catalogues instead (human translations found anywhere: they are not kept
here): the findings by rule and severity apart for fuzzy entries, and, when gettext's ``msgfmt`` is
installed, how many of the entries ``msgfmt -c --use-fuzzy`` rejects A110 flags, and which A110 flags
that msgfmt does not (markup and inner line breaks, which msgfmt does not check).

    .venv/bin/python scripts/eval_source_checks.py [--show SET] [--select A] [--damage]
    .venv/bin/python scripts/eval_source_checks.py --po some/vi.po other/vi.po
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from shared_data import shared_data  # noqa: E402
from source_damage import DAMAGES  # noqa: E402

from audit.api import document_from_pairs  # noqa: E402
from audit.corpus import InputError, InputFile, ReadOptions, read_file  # noqa: E402
from audit.pipeline import Settings, run_rules  # noqa: E402
from audit.rules.registry import select_rules  # noqa: E402

DOC = 50  # records per document


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def sets(data: Path) -> dict[str, list[tuple[str, str]]]:
    par, mt = data / "parallel", data / "mt_vi"
    vi_ntrex, vi_flores = _lines(par / "ntrex128.vie.txt"), _lines(par / "flores200_devtest.vie_Latn.txt")
    hyp = _lines(mt / "flores200_devtest.first200.vie.opus-mt_opus+bt-2021-04-10.hyp.txt")
    src200 = _lines(mt / "flores200_devtest.first200.eng_Latn.src.txt")
    ref200 = _lines(mt / "flores200_devtest.first200.vie_Latn.ref.txt")
    return {
        "ntrex en>vi (human)": list(zip(_lines(par / "ntrex128.eng.txt"), vi_ntrex, strict=True)),
        "ntrex zh>vi (human)": list(zip(_lines(par / "ntrex128.zho_Hans.txt"), vi_ntrex, strict=True)),
        "flores en>vi (human)": list(zip(_lines(par / "flores200_devtest.eng_Latn.txt"), vi_flores, strict=True)),
        "flores zh>vi (human)": list(zip(_lines(par / "flores200_devtest.zho_Hans.txt"), vi_flores, strict=True)),
        "mt_vi en>vi reference (human)": list(zip(src200, ref200, strict=True)),
        "mt_vi en>vi OPUS-MT": list(zip(src200, hyp, strict=True)),
    }


def damage_sets(data: Path) -> dict[str, list[tuple[str, str, str]]]:
    """(source, human translation, English original) of NTREX-128 and FLORES-200, from English and Chinese."""
    par = data / "parallel"
    out = {}
    for corpus, en, vi, zh in (
        ("ntrex", "ntrex128.eng.txt", "ntrex128.vie.txt", "ntrex128.zho_Hans.txt"),
        (
            "flores",
            "flores200_devtest.eng_Latn.txt",
            "flores200_devtest.vie_Latn.txt",
            "flores200_devtest.zho_Hans.txt",
        ),
    ):
        english, target = _lines(par / en), _lines(par / vi)
        out[f"{corpus} en>vi"] = list(zip(english, target, english, strict=True))
        out[f"{corpus} zh>vi"] = list(zip(_lines(par / zh), target, english, strict=True))
    return out


def _findings_by_segment(pairs: list[tuple[str, str]], rules: list) -> list[set[str]]:
    """The rules that flag each pair (audited in documents of DOC records)."""
    out: list[set[str]] = [set() for _ in pairs]
    for i in range(0, len(pairs), DOC):
        doc = document_from_pairs(pairs[i : i + DOC])
        for f in run_rules(doc, rules, Settings()):
            out[i + f.segment].add(f.rule)
    return out


def audit_damage(data: Path, select: str) -> None:
    """Recall of the source rules on synthetic damage to human translations."""
    rules = [cls() for cls in select_rules([select])]
    print("damage: caught / damaged pairs (recall) by the rules meant for it; each set of NTREX and FLORES")
    for name, triples in damage_sets(data).items():
        clean = _findings_by_segment([(s, t) for s, t, _ in triples], rules)
        cells = []
        for kind, (damage, codes) in DAMAGES.items():
            idx, damaged = [], []
            for k, (src, tgt, en) in enumerate(triples):
                if (new := damage(src, tgt, en)) is not None and new != tgt:
                    idx.append(k)
                    damaged.append((src, new))
            found = _findings_by_segment(damaged, rules)
            caught = sum(bool((f - clean[k]) & set(codes)) for k, f in zip(idx, found, strict=True))
            cells.append(f"{kind} ({'/'.join(codes)}) {caught}/{len(idx)} = {caught / max(len(idx), 1):.0%}")
        print(f"{name}: " + "; ".join(cells))


def _msgfmt_rejects(path: str) -> set[int] | None:
    """The lines 'msgfmt -c --use-fuzzy' reports errors at (each names its entry's msgstr), or None
    without gettext."""
    if shutil.which("msgfmt") is None:
        return None
    run = subprocess.run(["msgfmt", "-c", "-f", "-o", "/dev/null", path], capture_output=True, text=True, check=False)
    return {int(n) for n in re.findall(r"\.po:(\d+): (?!warning)", run.stderr)}


def audit_po(paths: list[str], select: str) -> None:
    """Findings of the ``select`` rules on PO catalogues, and A110's agreement with msgfmt."""
    rules = [cls() for cls in select_rules([select])]
    for path in paths:
        try:
            doc = read_file(InputFile(path, Path(path).name), ReadOptions(), [])[0]
        except InputError as e:
            print(f"{path}: not read: {e.message}")
            continue
        found = run_rules(doc, rules, Settings())
        by: Counter[str] = Counter()
        for f in found:
            fuzzy = "fuzzy" in doc.segments[f.segment].flags
            by[f"{f.rule} {f.severity.name.lower()}{' (fuzzy)' if fuzzy else ''}"] += 1
        fuzzy_n = sum("fuzzy" in s.flags for s in doc.segments)
        print(f"{path}: {len(doc.segments)} segments ({fuzzy_n} fuzzy); findings: {dict(sorted(by.items())) or 'none'}")
        rejected = _msgfmt_rejects(path)
        if rejected is None:
            continue
        # an entry's msgstr line, as msgfmt names it, is its segment's first line or the line before
        flagged = {doc.segments[f.segment].line for f in found if f.rule == "A110"}
        caught = {n for n in rejected if {n, n + 1} & flagged}
        extra = sorted(n for n in flagged if not {n, n - 1} & rejected)
        print(f"  msgfmt -c -f rejects {len(rejected)} entries; A110 flags {len(caught)} of them; A110 beside: {extra}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--select", default="A")
    ap.add_argument("--show", default="", help="print every finding of the sets whose name contains this")
    ap.add_argument("--damage", action="store_true", help="recall on synthetic damage instead of false alarms")
    ap.add_argument("--po", nargs="+", metavar="FILE", help="audit these PO catalogues instead of the shared data")
    args = ap.parse_args()
    if args.po:
        audit_po(args.po, args.select)
        return
    data = shared_data()
    if data is None:
        sys.exit("needs ../shared/data (or MT_AUDIT_SHARED_DATA)")
    if args.damage:
        audit_damage(data, args.select)
        return
    rules = [cls() for cls in select_rules([args.select])]
    for name, pairs in sets(data).items():
        by_rule: Counter[str] = Counter()
        shown = []
        for i in range(0, len(pairs), DOC):
            doc = document_from_pairs(pairs[i : i + DOC], doc=f"{name}:{i}")
            for f in run_rules(doc, rules, Settings()):
                by_rule[f.rule] += 1
                seg = doc.segments[f.segment]
                shown.append(f"  {f.rule} {f.text[:60]!r} -> {f.suggestion!r}: {f.message}\n     src: {seg.source}")
        rates = ", ".join(f"{r} {n * 1000 / len(pairs):.1f}" for r, n in sorted(by_rule.items())) or "none"
        print(f"{name}: {len(pairs)} segments; findings per 1,000: {rates}")
        if args.show and args.show in name:
            print("\n".join(shown))


if __name__ == "__main__":
    main()
