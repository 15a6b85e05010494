"""How well the built-in score separates machine from human translation (needs ../shared/data).

Prints, for the built-in score and its signals, the mean per group and the AUC (the chance that
a random human sentence scores better than a random machine-translated one; 0.5 = no signal):

- mt_vi: OPUS-MT output (hyp) vs the FLORES human reference (ref) of the same 200 sentences, from
  the target alone and with the English source;
- mt_vi hyp vs clean_news (2,000 human news sentences);
- corpus/: document-level builtin score (word-weighted mean over content segments);
- clean_news plus the human articles of the adversary sets vs the segments of the adversary sets'
  machine-translated files that hold a planted error (tests/data/adversary*/mt), Chinese-pivot damage;
- the same for tests/data/adversary5_src alone (records with an English or Chinese source), scored from
  the target alone and with the source (audit/qe/source_signals.py); segments with a source are
  scored with it everywhere else too, as ``audit run`` scores them;
- for each: the share of human sentences scoring below 0.5 (what would crowd a worst-N list).

scripts/eval_builtin_source.py measures the source-aware score on mt_vi (held-out half, chrF, TER).

Usage: python bench/eval_builtin.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from pathlib import Path

from audit.qe.builtin import builtin_score

ROOT = Path(__file__).resolve().parent.parent


def auc(good: list[float], bad: list[float]) -> float:
    """P(good > bad) + 0.5 P(tie), by ranks."""
    pairs = sorted([(v, 1) for v in good] + [(v, 0) for v in bad])
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        mid = (i + j + 1) / 2  # 1-based average rank of the tie block
        rank_sum += mid * sum(1 for k in range(i, j) if pairs[k][1] == 1)
        i = j
    n1, n0 = len(good), len(bad)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0)


Item = str | tuple[str, str | None]  # a text, or (text, source) for a record with a source


def features(item: Item) -> dict[str, float]:
    text, source = (item, None) if isinstance(item, str) else item
    q, s = builtin_score(text, 0.0, len(text.split()), source)
    return {"builtin": q, "fluency": s["fluency"], "valid": 1 - s["invalid_lower"] - s["invalid_capitalised"]}


def compare(name: str, human: list[Item], machine: list[Item]) -> None:
    h = [features(t) for t in human]
    m = [features(t) for t in machine]
    print(f"{name}: {len(human)} human vs {len(machine)} machine")
    for key in ("builtin", "fluency", "valid"):
        hv, mv = [x[key] for x in h], [x[key] for x in m]
        print(
            f"  {key:8s} mean human {sum(hv) / len(hv):7.3f}  machine {sum(mv) / len(mv):7.3f}"
            f"  AUC(human > machine) {auc(hv, mv):.3f}"
        )
    low = sum(x["builtin"] < 0.5 for x in h) / len(h)
    print(f"  human sentences with builtin < 0.5: {low:.1%}")


def content_segments(paths: list[Path]) -> list[tuple[str, str | None]]:
    """The article segments of the files, as the pipeline reads them: (text, source or None)."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    items = discover([str(p) for p in paths], errors)
    return [
        (s.text, s.source)
        for item in items
        for d in read_file(item, ReadOptions(), errors)
        for s in d.segments
        if not s.boilerplate
    ]


def adversary_sets(pattern: str = "adversary*") -> tuple[list[Item], list[Item]]:
    """(human article segments, machine-translated segments holding a planted error) of tests/data/adversary*."""
    sets = sorted((ROOT / "tests/data").glob(pattern))
    human = content_segments([p for s in sets for p in sorted((s / "clean").glob("*.*")) if p.suffix != ".json"])
    planted = []
    for note in sorted(p for s in sets for p in (s / "mt").glob("*.json")):
        docs = [p for p in note.parent.glob(note.stem + ".*") if p.suffix != ".json"]
        contexts = [n["context"] for n in json.loads(note.read_text("utf-8"))["expected"]]
        planted += [t for t in content_segments(docs) if any(c in t[0] for c in contexts)]
    return human, planted


def corpus_documents() -> None:
    from audit.pipeline import Settings, run

    with tempfile.TemporaryDirectory() as out:
        run([str(ROOT / "corpus")], out, Settings(qe=["builtin"]))
        docs = [json.loads(ln) for ln in Path(out, "documents.jsonl").read_text("utf-8").splitlines()]
    print("corpus/ documents (000, 002, 003 machine; 001, 004 human):")
    for d in docs:
        print(f"  {d['doc'][:3]}  builtin {d['scores']['builtin']:.4f}  risk {d['risk']:.4f}  rank {d['rank']}")


def main(argv: list[str]) -> None:
    data = Path(argv[0]) if argv else ROOT.parent / "shared" / "data"
    if not data.is_dir():
        data = Path("/work/shared/data")
    corpus_documents()
    source_records()
    if not data.is_dir():
        print(f"{data}: not found; skipping the shared-data comparisons")
        return
    with (data / "mt_vi/flores200_devtest.first200.aligned.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    hyp, ref = [r["mt_vie"] for r in rows], [r["ref_vie"] for r in rows]
    clean = (data / "clean_news/sentences.txt").read_text("utf-8").splitlines()
    compare("mt_vi ref vs hyp", ref, hyp)
    src = [r["src_eng"] for r in rows]
    with_source = "mt_vi ref vs hyp, with the English source"
    compare(with_source, list(zip(ref, src, strict=True)), list(zip(hyp, src, strict=True)))
    compare("clean_news vs mt_vi hyp", clean, hyp)
    human, planted = adversary_sets()
    compare("clean_news + adversary human vs adversary MT with planted errors", clean + human, planted)


def source_records() -> None:
    """adversary5_src's clean records against its planted-error MT records, without and with the source."""
    human, planted = adversary_sets("adversary5_src")
    compare("adversary5_src clean vs planted, target alone", [t for t, _ in human], [t for t, _ in planted])
    compare("adversary5_src clean vs planted, with the source", human, planted)


if __name__ == "__main__":
    main(sys.argv[1:])
