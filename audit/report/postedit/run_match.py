"""The run the decisions were made on, and its changed segments per document, checked against it."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from audit.report.decisions import Decisions
from audit.report.load import RunData, RunDirError, _is_run, load_run, run_id_of
from audit.report.postedit.common import ApplyError


def find_run(decisions: Decisions, decisions_file: str, run_dir: str | None) -> RunData:
    """The run the decisions were made on: ``run_dir``, else the decisions' folder, else ./reports."""
    err: RunDirError | None = None
    tried = [run_dir] if run_dir else [str(Path(decisions_file).parent), "reports"]
    for cand in tried:
        try:
            run = load_run(cand)
            break
        except RunDirError as e:
            if _is_run(Path(cand)):  # the run's folder, a file of it broken (edited by hand, cut short): say which
                raise ApplyError(str(e)) from None
            err = e
    else:
        if run_dir:
            raise ApplyError(f"{err}; give the run's output directory with --run" + _run_hint(decisions.run_id))
        raise ApplyError(
            f"{decisions_file}: no run to apply these decisions (of run {decisions.run_id}) to: neither the decisions "
            f"file's folder ({tried[0]}) nor ./reports (from {Path.cwd()}) holds an mt-audit run (the folder audit run "
            "wrote, its --out); give the run's output directory with --run" + _run_hint(decisions.run_id)
        )
    if run.run_id != decisions.run_id:
        hint = _run_hint(decisions.run_id)
        again = (
            ""
            if hint
            else f"; if the batch was audited again into {run.path}, open its report.html, take these decisions "
            "over with Import decisions, and export them again for the new run"
        )
        raise ApplyError(
            f"{decisions_file}: decisions are for run {decisions.run_id}, but {run.path} holds run "
            f"{run.run_id}; give the right directory with --run" + hint + again
        )
    return run


def _run_hint(run_id: str, where: Path = Path()) -> str:
    """`` (run abc is in out: --run out)`` when a folder in ``where`` (the current one) holds that run."""
    try:
        folders = sorted(d for d in where.iterdir() if d.is_dir() and (d / "summary.json").is_file())
    except OSError:
        return ""
    for d in folders:
        try:
            raw = (d / "summary.json").read_bytes()
            found = run_id_of(raw, json.loads(raw))
        except (OSError, ValueError, AttributeError):
            continue
        if found == run_id:
            return f" (run {run_id} is in {d}: --run {d})"
    return ""


def edits_by_doc(decisions: Decisions, decisions_file: str, run: RunData) -> dict[str, list[dict[str, Any]]]:
    """The changed segments per document, checked against the run and located as it found them."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in decisions.segments:
        if s["doc"] not in run.segments or not 0 <= s["segment"] < len(run.segments[s["doc"]]):
            raise ApplyError(f"{decisions_file}: segment {s['doc']}#{s['segment']} is not in run {run.run_id}")
        seg = run.segment(s["doc"], s["segment"])
        if seg["text"] != s["original"]:
            raise ApplyError(f"{decisions_file}: {s['doc']}#{s['segment']}: original text differs from the run's")
        if s["text"] != s["original"]:
            by_doc[s["doc"]].append({**s, "line": seg["line"], "column": seg["column"], "record": seg.get("record")})
    return by_doc
