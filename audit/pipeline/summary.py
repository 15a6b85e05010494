"""summary.json: the run's configuration, rules, backends, corpus scores, counts and input errors."""

from __future__ import annotations

from typing import Any

from audit import __version__
from audit.clock import today
from audit.config import Config
from audit.corpus import InputError, Skipped
from audit.pipeline.collect import Collector
from audit.pipeline.engine import Engine
from audit.qe.base import QEBackend
from audit.rank import FORMULA


def _corpus_scores(backends: list[QEBackend]) -> dict[str, Any]:
    """Corpus-level results per backend, keyed by name (name#2, ... when a name repeats)."""
    out: dict[str, Any] = {}
    for b in backends:
        result = b.corpus()
        if result:
            key, n = b.name, 1
            while key in out:
                n += 1
                key = f"{b.name}#{n}"
            out[key] = result
    return out


def summary_record(
    paths: list[str],
    n_files: int,
    config: Config | None,
    jobs: int,
    engine: Engine,
    collector: Collector,
    errors: list[InputError],
    skipped: Skipped | None = None,
    notes: list[InputError] | None = None,
) -> dict[str, Any]:
    """summary.json, its timings still zero (the caller measures them)."""
    counts = collector.counts
    return {
        "tool": "mt-audit",
        "version": __version__,
        "inputs": paths,
        "config": (config.to_json() if config else {}) | {"jobs": jobs, "as_of": today().isoformat()},
        "rules": [r.code for r in engine.rules],
        "backends": [b.describe() for b in engine.backends],
        "corpus_scores": _corpus_scores(engine.backends),
        "risk_formula": FORMULA,
        "counts": {
            "files": n_files,
            "documents": counts["documents"],
            "segments": counts["segments"],
            "boilerplate_segments": counts["boilerplate"],
            "findings": sum(counts[s] for s in ("minor", "major", "critical")),
            "by_severity": {s: counts.get(s, 0) for s in ("critical", "major", "minor")},
            "by_rule": dict(sorted(collector.by_rule.items())),
            "ignored": counts["ignored"],  # findings suppressed by the ignore file
            "input_errors": len(errors),
        },
        "input_errors": [e.to_json() for e in errors],
        **({"input_notes": [n.to_json() for n in notes]} if notes else {}),  # files read all the same: unread fields …
        "skipped": (skipped or Skipped()).to_json(),  # what directory walks left out, and why
        "timings": {"total_s": 0.0, "audit_s": 0.0, "rank_and_write_s": 0.0},
    }
