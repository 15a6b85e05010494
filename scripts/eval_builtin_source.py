#!/usr/bin/env python3
"""How well the built-in score ranks real MT when it reads the source (audit/qe/source_signals.py).

mt_vi (``../shared/data/mt_vi``, or MT_AUDIT_SHARED_DATA): 200 OPUS-MT English→Vietnamese segments with
their source and human reference. Sentence chrF and TER against the reference (sacrebleu) stand for
quality; the script prints Spearman's rho of the built-in score with each, target-only (before) and with
the source (after), on the tuning half (odd FLORES lines) and the held-out half (even lines), with the
rule findings (as ``audit run`` scores) and from the score's own signals alone (no rule penalty); and the
mean chrF of the fifth of the segments each ranks worst (what a reviewer reads first; lower = better).

NTREX-128 (``../shared/data/parallel``): human English→Vietnamese translations, each also damaged one
way (a cut, a changed number, a misspelt name, a loop, an English tail; fixed seed): AUC of the score
(intact above damaged), and how many intact ones score below 0.5, before and after. These were not
used to choose anything.

tests/data/adversary5_src (in the project): AUC of the built-in score, human-quality records (clean/)
against the MT records holding a planted error (mt/, their ``.json`` annotations), before and after.

    python scripts/eval_builtin_source.py            # the figures (mt_vi skipped when the data is absent)
    python scripts/eval_builtin_source.py --derive   # the length-ratio constants of source_signals.LENGTH
    python scripts/eval_builtin_source.py --tune     # a coordinate search of the source weights, tuning half only
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from shared_data import shared_data  # noqa: E402

from audit.qe import builtin  # noqa: E402
from audit.qe.builtin import builtin_score  # noqa: E402
from audit.rank import penalty  # noqa: E402

SOURCE_WEIGHTS = (
    "W_LENGTH",
    "W_NUMBERS",
    "W_CODES",
    "W_UNTRANSLATED",
    "W_NAMES",
    "W_PARITY",
    "W_SENTENCES",
    "W_REPEATS",
)
BOOTSTRAP = 1000  # resamples for the interval of the gain
MT_VI_LINES = 200  # mt_vi holds FLORES-200 devtest lines 1-200: kept out of the length constants


# ---------------------------------------------------------------- statistics


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = math.sqrt(sum((x - ma) ** 2 for x in ra))
    vb = math.sqrt(sum((y - mb) ** 2 for y in rb))
    return cov / (va * vb) if va and vb else 0.0


def auc(good: Sequence[float], bad: Sequence[float]) -> float:
    """P(a good item scores higher than a bad one), ties half."""
    r = ranks(list(good) + list(bad))
    n1, n0 = len(good), len(bad)
    return (sum(r[:n1]) - n1 * (n1 + 1) / 2) / (n1 * n0)


# ---------------------------------------------------------------- length constants


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def derive_length(data: Path) -> None:
    """Median and percentiles of target/source letters (source_signals.letter_count) of the human translations."""
    from audit.qe.source_signals import LENGTH_MIN_SOURCE, letter_count

    par = data / "parallel"
    vi_n, vi_f = _lines(par / "ntrex128.vie.txt"), _lines(par / "flores200_devtest.vie_Latn.txt")
    for kind, n_src, f_src in (
        ("latin", "ntrex128.eng.txt", "flores200_devtest.eng_Latn.txt"),
        ("han", "ntrex128.zho_Hans.txt", "flores200_devtest.zho_Hans.txt"),
    ):
        pairs = list(zip(_lines(par / n_src), vi_n, strict=True))
        pairs += list(zip(_lines(par / f_src), vi_f, strict=True))[MT_VI_LINES:]
        least = LENGTH_MIN_SOURCE[kind]
        ratios = sorted(letter_count(t) / letter_count(s) for s, t in pairs if letter_count(s) >= least and t.strip())
        q = [ratios[round(p * (len(ratios) - 1))] for p in (0.5, 0.05, 0.25, 0.95)]
        print(
            f"{kind}: {len(ratios)} human segments (NTREX-128 + FLORES-200 devtest lines {MT_VI_LINES + 1}+, "
            f"source >= {least} letters): median {q[0]:.3f}, percentiles 5th {q[1]:.3f}, 25th {q[2]:.3f}, "
            f"95th {q[3]:.3f}"
        )


# ---------------------------------------------------------------- mt_vi


def mt_vi_rows(data: Path) -> list[dict]:
    """The aligned rows with their rule penalty, word count, chrF and TER."""
    from sacrebleu.metrics import CHRF, TER

    from audit.api import document_from_pairs
    from audit.pipeline import Settings, run_rules
    from audit.rules.registry import select_rules

    with (data / "mt_vi/flores200_devtest.first200.aligned.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    doc = document_from_pairs([(r["src_eng"], r["mt_vie"]) for r in rows], doc="mt_vi.tsv")
    findings = run_rules(doc, [cls() for cls in select_rules(None)], Settings())
    by_segment: dict[int, list] = {}
    for f in findings:
        by_segment.setdefault(f.segment, []).append(f)
    chrf, ter = CHRF(), TER()
    out = []
    for i, r in enumerate(rows):
        hyp, ref = r["mt_vie"], r["ref_vie"]
        out.append(
            {
                "line": int(r["line"]),
                "src": r["src_eng"],
                "mt": hyp,
                "penalty": penalty(by_segment.get(i, [])),
                "words": max(1, len(hyp.split())),
                "chrf": chrf.sentence_score(hyp, [ref]).score,
                "ter": ter.sentence_score(hyp, [ref]).score,
            }
        )
    return out


def scorer(with_source: bool, with_rules: bool) -> Callable[[dict], float]:
    def score(r: dict) -> float:
        pen = r["penalty"] if with_rules else 0.0
        return builtin_score(r["mt"], pen, r["words"], r["src"] if with_source else None)[0]

    return score


def correlations(rows: list[dict], score: Callable[[dict], float]) -> tuple[float, float]:
    """(rho with chrF, rho with TER); a good score has the first positive and the second negative."""
    s = [score(r) for r in rows]
    return spearman(s, [r["chrf"] for r in rows]), spearman(s, [r["ter"] for r in rows])


def worst_fifth(rows: list[dict], score: Callable[[dict], float]) -> float:
    """Mean chrF of the fifth of the segments the score ranks worst (what a reviewer would read first)."""
    worst = sorted(rows, key=score)[: max(1, len(rows) // 5)]
    return sum(r["chrf"] for r in worst) / len(worst)


def bootstrap_gain(rows: list[dict], before: Callable[[dict], float], after: Callable[[dict], float]) -> str:
    """95% interval of the gain in rho with chrF (after - before), resampling the segments (fixed seed)."""
    rng = random.Random(0)
    b, a, q = [before(r) for r in rows], [after(r) for r in rows], [r["chrf"] for r in rows]
    gains = []
    for _ in range(BOOTSTRAP):
        idx = [rng.randrange(len(rows)) for _ in rows]
        sq = [q[i] for i in idx]
        gains.append(spearman([a[i] for i in idx], sq) - spearman([b[i] for i in idx], sq))
    gains.sort()
    return f"{gains[int(0.025 * BOOTSTRAP)]:+.3f} to {gains[int(0.975 * BOOTSTRAP)]:+.3f}"


def halves(rows: list[dict]) -> dict[str, list[dict]]:
    return {
        "tuning half (odd lines)": [r for r in rows if r["line"] % 2],
        "held-out half (even lines)": [r for r in rows if not r["line"] % 2],
        "all 200": rows,
    }


def report_mt_vi(rows: list[dict]) -> None:
    print("mt_vi: Spearman rho of the built-in score with sentence chrF (higher = better) and TER (lower = better)")
    for name, part in halves(rows).items():
        print(f"  {name}, {len(part)} segments:")
        for rules in (True, False):
            b_c, b_t = correlations(part, scorer(False, rules))
            a_c, a_t = correlations(part, scorer(True, rules))
            label = "with rule findings" if rules else "signals alone     "
            b_w, a_w = worst_fifth(part, scorer(False, rules)), worst_fifth(part, scorer(True, rules))
            gain = bootstrap_gain(part, scorer(False, rules), scorer(True, rules))
            print(
                f"    {label}  chrF {b_c:+.3f} -> {a_c:+.3f} (gain 95% interval {gain})   TER {b_t:+.3f} -> {a_t:+.3f}"
                f"   worst fifth's chrF {b_w:.1f} -> {a_w:.1f}   (before -> after)"
            )
        print(f"    mean chrF of the {len(part)}: {sum(r['chrf'] for r in part) / len(part):.1f}")


def objective(rows: list[dict]) -> float:
    c, t = correlations(rows, scorer(True, True))
    return (c - t) / 2


def tune(rows: list[dict]) -> None:
    """Coordinate search of the source weights on the tuning half (a few passes over a small grid)."""
    part = halves(rows)["tuning half (odd lines)"]
    grid = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
    best = objective(part)
    print(f"start {best:+.4f} " + " ".join(f"{w}={getattr(builtin, w)}" for w in SOURCE_WEIGHTS))
    for _ in range(2):
        for w in SOURCE_WEIGHTS:
            keep = getattr(builtin, w)
            for v in grid:
                setattr(builtin, w, v)
                o = objective(part)
                if o > best + 1e-4:
                    best, keep = o, v
            setattr(builtin, w, keep)
        print(f"pass  {best:+.4f} " + " ".join(f"{w}={getattr(builtin, w)}" for w in SOURCE_WEIGHTS))


# ---------------------------------------------------------------- synthetic damage on human translations

_DIGITS = re.compile(r"\d+")
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]{4,}\b")


def _omit(src: str, tgt: str, rng: random.Random) -> str | None:
    words = tgt.split()
    return " ".join(words[: len(words) * 11 // 20]) + "." if len(words) >= 12 else None


def _number(src: str, tgt: str, rng: random.Random) -> str | None:
    found = [m for m in _DIGITS.finditer(tgt) if m.group() in src]
    if not found:
        return None
    m = rng.choice(found)
    return tgt[: m.start()] + str(int(m.group()) + rng.randint(1, 9)) + tgt[m.end() :]


def _name(src: str, tgt: str, rng: random.Random) -> str | None:
    found = [m for m in _CAPITALISED.finditer(tgt) if m.group() in src]
    if not found:
        return None
    m = rng.choice(found)
    w = m.group()
    i = rng.randrange(1, len(w) - 2)
    return tgt[: m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2 :] + tgt[m.end() :]


def _loop(src: str, tgt: str, rng: random.Random) -> str | None:
    words = tgt.split()
    if len(words) < 8:
        return None
    i = rng.randrange(2, len(words) - 2)
    return " ".join(words[:i] + words[i - 2 : i] * 2 + words[i:])


def _english_tail(src: str, tgt: str, rng: random.Random) -> str | None:
    s_words, t_words = src.split(), tgt.split()
    if len(s_words) < 9 or len(t_words) < 9:
        return None
    return " ".join(t_words[: len(t_words) * 2 // 3] + s_words[len(s_words) * 2 // 3 :])


DAMAGE = {
    "omission (last 45% of the words cut)": _omit,
    "a copied number changed": _number,
    "a copied name misspelt (two letters swapped)": _name,
    "a loop (two words repeated twice more)": _loop,
    "an English tail (last third left untranslated)": _english_tail,
}


def report_synthetic(data: Path) -> None:
    """Human translations of NTREX-128 (English → Vietnamese), each damaged one way (fixed seed): the AUC of the
    score (an intact translation above its damaged copy), and the share of intact ones scoring below 0.5."""
    par = data / "parallel"
    pairs = [
        (s, t)
        for s, t in zip(_lines(par / "ntrex128.eng.txt"), _lines(par / "ntrex128.vie.txt"), strict=True)
        if s.strip() and t.strip()
    ]
    print(f"NTREX-128 human translations ({len(pairs)}) and synthetic damage (signals alone, before -> after)")
    intact = {ws: [builtin_score(t, 0.0, len(t.split()), s if ws else None)[0] for s, t in pairs] for ws in (0, 1)}
    for ws in (0, 1):
        low = sum(q < 0.5 for q in intact[ws]) / len(pairs)
        print(f"  {'with the source' if ws else 'target alone   '}: intact translations below 0.5: {low:.1%}")
    for name, damage in DAMAGE.items():
        rng = random.Random(0)
        cases = [(i, d) for i, (s, t) in enumerate(pairs) if (d := damage(s, t, rng)) is not None]
        row = []
        for ws in (0, 1):
            bad = [builtin_score(d, 0.0, len(d.split()), pairs[i][0] if ws else None)[0] for i, d in cases]
            row.append(auc([intact[ws][i] for i, _ in cases], bad))
        print(f"  {name:48s} {len(cases):5d} pairs  AUC {row[0]:.3f} -> {row[1]:.3f}")


# ---------------------------------------------------------------- adversary5_src


def adversary_src() -> tuple[list[tuple[str, str, float, int]], list[tuple[str, str, float, int]]]:
    """(clean records, MT records holding a planted error) of tests/data/adversary5_src, each as
    (target, source, rule penalty, words)."""
    from audit.corpus import ReadOptions, discover, read_file
    from audit.pipeline import Settings, run_rules
    from audit.rules.registry import select_rules

    base = ROOT / "tests/data/adversary5_src"
    rules = [cls() for cls in select_rules(None)]

    def records(paths: list[Path], contexts: list[str] | None) -> list[tuple[str, str, float, int]]:
        errors: list = []
        out = []
        for item in discover([str(p) for p in paths], errors):
            for doc in read_file(item, ReadOptions(), errors):
                found: dict[int, list] = {}
                for f in run_rules(doc, rules, Settings()):
                    found.setdefault(f.segment, []).append(f)
                for seg in doc.segments:
                    if seg.boilerplate or (contexts is not None and not any(c in seg.text for c in contexts)):
                        continue
                    out.append((seg.text, seg.source or "", penalty(found.get(seg.index, [])), len(seg.text.split())))
        return out

    clean = records(sorted((base / "clean").iterdir()), None)
    planted = []
    for note in sorted((base / "mt").glob("*.json")):
        contexts = [n["context"] for n in json.loads(note.read_text("utf-8"))["expected"]]
        docs = [p for p in note.parent.glob(note.stem + ".*") if p.suffix != ".json"]
        planted += records(docs, contexts)
    return clean, planted


def report_adversary() -> None:
    clean, planted = adversary_src()
    print(f"adversary5_src: AUC (a clean record above a planted-error MT one), {len(clean)} vs {len(planted)}")
    for rules in (True, False):
        row = []
        for with_source in (False, True):

            def q(r: tuple[str, str, float, int], ws: bool = with_source, wr: bool = rules) -> float:
                return builtin_score(r[0], r[2] if wr else 0.0, max(1, r[3]), r[1] if ws else None)[0]

            row.append(auc([q(r) for r in clean], [q(r) for r in planted]))
        label = "with rule findings" if rules else "signals alone     "
        print(f"    {label}  {row[0]:.3f} -> {row[1]:.3f}   (before -> after)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--derive", action="store_true", help="print the length-ratio constants and stop")
    ap.add_argument("--tune", action="store_true", help="search the source weights on the tuning half and stop")
    args = ap.parse_args()
    data = shared_data()
    if args.derive or args.tune:
        if data is None:
            sys.exit("needs ../shared/data (or MT_AUDIT_SHARED_DATA)")
        derive_length(data) if args.derive else tune(mt_vi_rows(data))
        return
    if data is None:
        print("shared data not found (../shared/data or MT_AUDIT_SHARED_DATA): mt_vi skipped")
    else:
        report_mt_vi(mt_vi_rows(data))
        report_synthetic(data)
    report_adversary()


if __name__ == "__main__":
    main()
