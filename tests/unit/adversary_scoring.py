"""Scoring shared by the adversary held-out sets (tests/data/adversary*/): every rule's findings on a
file, and how many planted errors (``mt/*.json`` annotations) are found with the right fix."""

from __future__ import annotations

import json
from pathlib import Path

from audit.corpus import ReadOptions, discover, read_file
from audit.model import Document, Finding
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def findings_of(path: Path) -> list[tuple[Document, Finding]]:
    """(document, finding) for every finding of every rule on the file."""
    errors: list = []
    docs = [d for item in discover([str(path)], errors) for d in read_file(item, ReadOptions(), errors)]
    rules = [cls() for cls in select_rules(None)]
    return [(d, f) for d in docs for f in run_rules(d, rules, Settings())]


def found_in_text(tmp_path: Path, text: str, rule: str) -> list[tuple[str, str, str | None]]:
    """(rule, flagged text, suggestion) of ``rule``'s findings on ``text`` audited as one plain-text page."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(f.rule, f.text, f.suggestion) for _, f in findings_of(page) if f.rule == rule]


# Dashes a post-editor reads as one ('Tòa Thánh – Việt Nam' for 'Tòa Thánh - Việt Nam'; leftovers75)
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2212": "-"})


def _style_free(text: str) -> str:
    """``text`` with every dash a hyphen and every word's first letter lowercase: 'Thứ Bảy, 6/12/2025' and 'thứ Bảy,
    6/12/2025', 'Abdel Fattah El-Sisi' and 'Abdel Fattah el-Sisi' are one fix to a post-editor."""
    return " ".join(w[:1].lower() + w[1:] for w in text.translate(_DASHES).split(" "))


def accepted_fix(suggestion: str | None, accepted: set[str], span: str) -> bool:
    """The suggestion is one of the accepted fixes, exactly or but for dash style and first-letter case; not a
    suggestion that differs from the span only so (a rule whose fix is the case or the dash itself, F106's capital
    at a sentence's start, would count a no-change as fixed)."""
    if suggestion is None or suggestion in accepted:
        return suggestion in accepted
    mine = _style_free(suggestion)
    return mine != _style_free(span) and any(mine == _style_free(a) for a in accepted)


def score_planted(mt_files: list[Path]) -> tuple[int, int, int, list[str]]:
    """(planted, found with the exact span, found with an accepted fix, the misses) over the files.

    Each file's ``.json`` lists ``expected`` errors: rule, span, a bit of the segment's text
    (``context``) and the accepted suggestion(s) (none: any), matched but for dash style and first-letter case
    (``accepted_fix``)."""
    expected = found = fixed = 0
    missed = []
    for path in mt_files:
        results = findings_of(path)
        notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
        used: set[int] = set()
        for n in notes:
            expected += 1
            ok = n.get("suggestion")
            ok = {ok} if isinstance(ok, str) else set(ok) if ok else None
            hit = next(
                (
                    i
                    for i, (d, f) in enumerate(results)
                    if i not in used
                    and f.rule == n["rule"]
                    and f.text == n["span"]
                    and n["context"] in d.segments[f.segment].text
                ),
                None,
            )
            if hit is None:
                missed.append(f"{path.name}: {n['rule']} {n['span']!r}")
                continue
            used.add(hit)
            found += 1
            fixed += ok is None or accepted_fix(results[hit][1].suggestion, ok, n["span"])
    return expected, found, fixed, missed


def unplanted_findings(mt_files: list[Path]) -> list[tuple[str, str, str]]:
    """(file name, rule, span) of every finding whose (rule, span) no annotation of its file plants."""
    extra = []
    for path in mt_files:
        spans = {(n["rule"], n["span"]) for n in json.loads(path.with_suffix(".json").read_text("utf-8"))["expected"]}
        extra += [(path.name, f.rule, f.text) for _, f in findings_of(path) if (f.rule, f.text) not in spans]
    return extra


def serious_findings(path: Path) -> list[str]:
    """The major and critical findings on a file, as 'RULE severity 'span'' (human news must have none)."""
    from audit.model import Severity

    return [f"{f.rule} {f.severity} {f.text!r}" for _, f in findings_of(path) if f.severity >= Severity.MAJOR]


def audit_folder(folder: Path, out: Path) -> Path:
    """The command line run on ``folder`` into ``out`` (quiet, from the project's root): a set's output files."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [sys.executable, "-m", "audit", "run", str(folder), "--out", str(out), "-q"],
        check=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
    )
    return out


def assert_record_positions(run_out: Path, folder: Path, suffixes: set[str]) -> None:
    """Every finding of a run over record files (JSONL, TSV/CSV, XLIFF) points into its file: the line is the
    record's first line (it holds the record's id, or is the XLIFF unit's opening tag), the column counts characters
    in the record's target text; findings come from every one of ``suffixes``."""
    segments = {(s["doc"], s["segment"]): s for s in map(json.loads, (run_out / "segments.jsonl").open())}
    findings = [json.loads(line) for line in (run_out / "findings.jsonl").open()]
    assert {f["doc"].rsplit(".", 1)[1] for f in findings} == suffixes
    for f in findings:
        seg = segments[(f["doc"], f["segment"])]
        first = (folder / f["doc"]).read_text(encoding="utf-8").split("\n")[f["line"] - 1]
        assert f["line"] == seg["line"] and f"{seg['record']}" in first, f
        assert seg["text"][f["column"] - 1 :].startswith(f["text"]), f


def unit_labels(path: Path) -> dict[str, object]:
    """A sourced set's annotation of each unit of ``path`` (its sibling .json): "clean" or its planted errors."""
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["units"]


def clean_unit_findings(path: Path) -> list[tuple[str, str, str]]:
    """(record, rule, span) of every finding on a unit the annotation calls clean (a sourced set wants none)."""
    units = unit_labels(path)
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    return [f for f in found if units[f[0]] == "clean"]


def builtin_separation(run_out: Path, files: list[Path]) -> tuple[float, bool]:
    """How well the built-in score alone ranks a sourced set's damaged units below its clean ones: the share of
    (damaged, clean) pairs in that order (ties count half: the AUC), and whether the ten lowest are all damaged."""
    units = {u: v for p in files for u, v in unit_labels(p).items()}
    segments = [json.loads(line) for line in (run_out / "segments.jsonl").open(encoding="utf-8")]
    damaged = [s["scores"]["builtin"] for s in segments if units[s["record"]] != "clean"]
    clean = [s["scores"]["builtin"] for s in segments if units[s["record"]] == "clean"]
    pairs = sum(1.0 if d < c else 0.5 if d == c else 0.0 for d in damaged for c in clean)
    lowest = sorted(segments, key=lambda s: s["scores"]["builtin"])[:10]
    return pairs / (len(damaged) * len(clean)), all(units[s["record"]] != "clean" for s in lowest)


def run_pairs(pairs: list[tuple[str, str]], select: str) -> list[tuple[str, str, str | None]]:
    """(rule, span, suggestion) of the ``select``ed rules' findings on (source, target) pairs, a document of them."""
    from audit.api import document_from_pairs

    doc = document_from_pairs(pairs)
    return [(f.rule, f.text, f.suggestion) for f in run_rules(doc, [c() for c in select_rules([select])], Settings())]
