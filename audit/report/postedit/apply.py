"""``apply_decisions``: all or nothing, the copies, changes.jsonl and apply-summary.json, then the ignore file."""

from __future__ import annotations

import json
from pathlib import Path

from audit.config import DEFAULT_IGNORE_FILE, ConfigError, read_ignore_file
from audit.output import OutputDir
from audit.report.decisions import DecisionsError, load_decisions
from audit.report.postedit.change_log import change_log
from audit.report.postedit.common import ApplyError, ApplyResult, where_found
from audit.report.postedit.copies import plan
from audit.report.postedit.fixed import fixed_by_edit
from audit.report.postedit.ignore import append_ignore, ignore_entries, run_ignore_file, unreflected
from audit.report.postedit.run_match import edits_by_doc, find_run


def _stale_copies(out: Path, docs: set[str]) -> list[Path]:
    """Copies an earlier apply wrote into ``out`` (its apply-summary.json ``docs``) that this one does not."""
    try:
        old = json.loads((out / "apply-summary.json").read_text(encoding="utf-8")).get("docs") or []
    except (OSError, ValueError, AttributeError):
        return []
    base = out.resolve()
    stale = []
    for doc in old:
        p = (out / str(doc)).resolve()
        if str(doc) not in docs and p.is_file() and base in p.parents:
            stale.append(p)
    return stale


def apply_decisions(
    decisions_file: str,
    out_dir: str,
    run_dir: str | None = None,
    roots: list[str] | None = None,
    ignore_file: str | None = DEFAULT_IGNORE_FILE,
) -> ApplyResult:
    """Apply ``decisions_file`` (see :mod:`audit.report.decisions`) to the inputs of its run.

    Nothing is written unless everything can be: the copies, ``changes.jsonl`` and
    ``apply-summary.json`` appear in ``out_dir`` together, then the ignore file is extended (``ignore_file``;
    None: the one the run used, so that its next run suppresses what was dismissed; see :func:`run_ignore_file`).
    """
    try:
        decisions = load_decisions(decisions_file)
    except DecisionsError as e:
        raise ApplyError(str(e)) from None
    run = find_run(decisions, decisions_file, run_dir)
    if ignore_file is None:
        ignore_file = run_ignore_file(run.summary)
    try:
        known = read_ignore_file(ignore_file)  # readable (and well-formed) before anything is written; read once
    except ConfigError as e:
        raise ApplyError(str(e)) from None
    out = Path(out_dir)
    result = ApplyResult(out)
    by_doc = edits_by_doc(decisions, decisions_file, run)
    copies = plan(run, decisions, by_doc, roots or [], out, result)
    fixed = fixed_by_edit(run, decisions)
    changes = change_log(run, decisions, copies, result, fixed)
    for (doc, segment), why in sorted(unreflected(decisions).items()):
        result.skipped.append(f"{doc} segment {segment}: {why}")
    result.to_fix = [where_found(c) for c in decisions.confirmed]
    result.fixed_by_edit = [where_found(f) for f in fixed]
    ignore_lines = ignore_entries(known, decisions)
    result.ignore_file, result.ignore_added = ignore_file, len(ignore_lines)
    summary = {
        "run_id": run.run_id,
        "decisions": str(decisions_file),
        "documents": [str(out / c.doc) for c in copies],
        "docs": [c.doc for c in copies],
        "changed_segments": result.changed_segments,
        "hter": result.hter,
        "hter_changed_segments": result.hter_changed,
        "accepted": sum(1 for f in decisions.findings if f["decision"] == "accepted" and not f.get("fixed_by_edit")),
        "fixed_by_edit": len(fixed),
        "dismissed": sum(1 for f in decisions.findings if f["decision"] == "dismissed"),
        "ignore_file": ignore_file,
        "ignore_added": result.ignore_added,
        "skipped": result.skipped,
        "refused": result.refused,
        "to_fix": result.to_fix,
        "to_copy": result.to_copy,
    }
    if out.exists() and not out.is_dir():
        raise ApplyError(f"{out}: not a folder; choose another --out")
    stale = _stale_copies(out, {c.doc for c in copies})
    try:
        with OutputDir(out) as od:
            for c in copies:
                od.write_bytes(c.doc, c.data, c.mode)
            od.write_bytes("changes.jsonl", "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in changes).encode())
            od.write_json("apply-summary.json", summary)
    except OSError as e:
        raise ApplyError(f"{e.filename or out}: cannot write the outputs ({e.strerror or e})") from None
    result.written = [out / c.doc for c in copies]
    for p in stale:
        p.unlink(missing_ok=True)
    try:
        append_ignore(ignore_file, ignore_lines)
    except OSError as e:
        raise ApplyError(
            f"{ignore_file}: cannot extend the ignore file ({e.strerror or e}); the copies are in {out}"
        ) from None
    return result
