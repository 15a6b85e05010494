"""``audit apply``: turn review decisions into post-edited copies, a change log, ignore entries and HTER.

- Copies: every document with an edited segment is written under ``--out`` at its document
  path. Plain text gets each edit written back at the segment's original line and column
  (the rest of the file is kept byte for byte); JSONL, TSV/CSV and XLIFF get the record's
  target field replaced. Inputs are never overwritten (an output that is an input is refused).
- ``changes.jsonl``: one line per changed segment (before, after, hand edit or not, TER).
- The ignore file gains the fingerprints of accepted and dismissed findings (atomically).
- HTER: TER of the MT against its post-edit (sacrebleu), over the changed documents' content
  segments and over the changed segments alone; written to ``apply-summary.json``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.config import ConfigError, read_ignore_file
from audit.output import write_atomic
from audit.report.decisions import Decisions, DecisionsError, load_decisions
from audit.report.load import RunData, RunDirError, load_run


class ApplyError(Exception):
    """Decisions cannot be applied; the message names the file (and line) at fault."""


@dataclass(slots=True)
class ApplyResult:
    out: Path
    written: list[Path] = field(default_factory=list)
    changed_segments: int = 0
    ignore_file: str = ""
    ignore_added: int = 0
    hter: float | None = None
    hter_changed: float | None = None
    skipped: list[str] = field(default_factory=list)

    def describe(self) -> str:
        lines = [
            f"wrote {len(self.written)} post-edited document(s), {self.changed_segments} changed segment(s) "
            f"to {self.out}"
        ]
        if self.hter is not None:
            lines.append(
                f"HTER {self.hter:.2f} (TER %, MT vs post-edit) over the edited documents; "
                f"{self.hter_changed:.2f} over the changed segments"
            )
        lines.append(f"{self.ignore_added} fingerprint(s) added to {self.ignore_file}")
        lines.extend(f"skipped: {s}" for s in self.skipped)
        return "\n".join(lines)


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _read_text(path: Path) -> tuple[str, str]:
    """(text, encoding) with the encoding to write it back in."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    return data.decode("utf-8"), "utf-8"


def _raw_span(line: str, col0: int, original: str) -> int:
    """Length of the raw text at ``line[col0:]`` whose NFC form is ``original`` (-1 when absent)."""
    n = len(original)
    if _nfc(line[col0 : col0 + n]) == original:
        return n
    for k in range(max(0, n - 8), min(len(line) - col0, n + 32) + 1):
        if _nfc(line[col0 : col0 + k]) == original:
            return k
    return -1


def edit_plaintext(text: str, edits: list[dict[str, Any]], where: str) -> str:
    """``text`` with each edit written at its segment's line and column (right to left per line)."""
    lines = text.split("\n")
    for e in sorted(edits, key=lambda e: (e["line"], -e["column"])):
        i = e["line"] - 1
        if not 0 <= i < len(lines):
            raise ApplyError(f"{where}:{e['line']}: no such line (has the file changed since the audit?)")
        line = lines[i]
        end_cr = line.endswith("\r")
        body = line[:-1] if end_cr else line
        col0 = e["column"] - 1
        k = _raw_span(body, col0, e["original"])
        if k < 0:
            raise ApplyError(
                f"{where}:{e['line']}:{e['column']}: the text there is not the audited segment "
                "(has the file changed since the audit?)"
            )
        lines[i] = body[:col0] + e["text"] + body[col0 + k :] + ("\r" if end_cr else "")
    return "\n".join(lines)


def _target_key(keys: list[str], fields: dict[str, str]) -> str | None:
    from audit.corpus.records import FieldNames

    return FieldNames(**fields).pick("target", keys)


def edit_jsonl(text: str, edits: list[dict[str, Any]], fields: dict[str, str], where: str) -> str:
    lines = text.split("\n")
    for e in edits:
        i = e["line"] - 1
        try:
            obj = json.loads(lines[i])
        except (IndexError, json.JSONDecodeError):
            raise ApplyError(f"{where}:{e['line']}: no JSON record there (has the file changed?)") from None
        key = _target_key(list(obj), fields)
        if key is None or _nfc(str(obj[key])) != e["original"]:
            raise ApplyError(f"{where}:{e['line']}: the record's target is not the audited text")
        obj[key] = e["text"]
        end_cr = lines[i].endswith("\r")
        lines[i] = json.dumps(obj, ensure_ascii=False) + ("\r" if end_cr else "")
    return "\n".join(lines)


def edit_table(text: str, edits: list[dict[str, Any]], fields: dict[str, str], delimiter: str, where: str) -> str:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header = next(reader)
    rows: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            rows.append((start, next(reader)))
        except StopIteration:
            break
    clean = [h.strip().lstrip("\ufeff") for h in header]
    key = _target_key(clean, fields)
    if key is None:
        raise ApplyError(f"{where}:1: no target column in the header")
    col = clean.index(key)
    by_line = {start: row for start, row in rows}
    for e in edits:
        row = by_line.get(e["line"])
        if row is None or _nfc(row[col]) != e["original"]:
            raise ApplyError(f"{where}:{e['line']}: the row's target is not the audited text")
        row[col] = e["text"]
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    w.writerow(header)
    w.writerows(row for _, row in rows)
    return out.getvalue()


def edit_xliff(data: bytes, edits: list[dict[str, Any]], where: str) -> bytes:
    from lxml import etree

    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    units = [u for u in root.iter() if isinstance(u.tag, str) and etree.QName(u).localname in ("unit", "trans-unit")]
    by_id = {u.get("id"): u for u in units}
    for e in edits:
        rec = str(e.get("record"))
        unit = by_id.get(rec)
        if unit is None and rec.isdigit() and int(rec) < len(units):
            unit = units[int(rec)]
        target = (
            None
            if unit is None
            else next((t for t in unit.iter() if isinstance(t.tag, str) and etree.QName(t).localname == "target"), None)
        )
        if target is None:
            raise ApplyError(f"{where}: no unit with a target for record {rec!r}")
        for child in list(target):
            target.remove(child)
        target.text = e["text"]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _find_input(run: RunData, doc: str, roots: list[str]) -> Path | None:
    for root in roots or [str(r) for r in run.summary.get("inputs", [])]:
        p = Path(root)
        if p.is_dir() and (p / doc).is_file():
            return p / doc
        if p.is_file() and p.name == doc:
            return p
    return None


def _hter(hyps: list[str], refs: list[str]) -> float | None:
    if not hyps:
        return None
    from sacrebleu.metrics import TER

    return round(TER().corpus_score(hyps, [refs]).score, 2)


def _append_ignore(path: str, decisions: Decisions) -> int:
    known = read_ignore_file(path)
    p = Path(path)
    old = p.read_text(encoding="utf-8") if p.is_file() else ""
    new = []
    for f in decisions.findings:
        if f["fingerprint"] in known:
            continue
        known.add(f["fingerprint"])
        why = f["decision"] + (f" ({f['reason']})" if f.get("reason") else "")
        new.append(f"{f['fingerprint']}  # {f['rule']} {f['doc']}:{f.get('line', '?')} {why}")
    if new:
        if old and not old.endswith("\n"):
            old += "\n"
        write_atomic(p, old + "\n".join(new) + "\n")
    return len(new)


def _find_run(decisions: Decisions, decisions_file: str, run_dir: str | None) -> RunData:
    """The run the decisions were made on: ``run_dir``, else the decisions' folder, else ./reports."""
    err: RunDirError | None = None
    for cand in [run_dir] if run_dir else [str(Path(decisions_file).parent), "reports"]:
        try:
            run = load_run(cand)
            break
        except RunDirError as e:
            err = e
    else:
        raise ApplyError(f"{err}; give the run's output directory with --run")
    if run.run_id != decisions.run_id:
        raise ApplyError(
            f"{decisions_file}: decisions are for run {decisions.run_id}, but {run.path} holds run "
            f"{run.run_id}; give the right directory with --run"
        )
    return run


def _edits_by_doc(decisions: Decisions, decisions_file: str, run: RunData) -> dict[str, list[dict[str, Any]]]:
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


def _post_edited(src: Path, fmt: str, edits: list[dict[str, Any]], fields: dict[str, str]) -> tuple[str | bytes, str]:
    """The post-edited content of input ``src`` (read as ``fmt``) and the encoding to write it in."""
    where = str(src)
    if fmt in ("xliff", "xlf"):
        return edit_xliff(src.read_bytes(), edits, where), "utf-8"
    text, enc = _read_text(src)
    if fmt == "text":
        return edit_plaintext(text, edits, where), enc
    if fmt == "jsonl":
        return edit_jsonl(text, edits, fields, where), enc
    # "table": runs from before the format named the delimiter
    delimiter = "\t" if fmt == "tsv" or (fmt == "table" and src.suffix.lower() in (".tsv", ".tab")) else ","
    return edit_table(text, edits, fields, delimiter, where), enc


def apply_decisions(
    decisions_file: str,
    out_dir: str,
    run_dir: str | None = None,
    roots: list[str] | None = None,
    ignore_file: str = ".mt-audit-ignore",
) -> ApplyResult:
    """Apply ``decisions_file`` (see :mod:`audit.report.decisions`) to the inputs of its run."""
    try:
        decisions = load_decisions(decisions_file)
        read_ignore_file(ignore_file)  # readable before anything is written
    except (DecisionsError, ConfigError) as e:
        raise ApplyError(str(e)) from None
    run = _find_run(decisions, decisions_file, run_dir)
    out = Path(out_dir)
    result = ApplyResult(out)
    fields = run.summary.get("config", {}).get("fields") or {}
    formats = {d["doc"]: d.get("format", "text") for d in run.documents}
    by_doc = _edits_by_doc(decisions, decisions_file, run)
    changes = []
    hyps: list[str] = []
    refs: list[str] = []
    changed_hyps: list[str] = []
    changed_refs: list[str] = []
    for doc, edits in by_doc.items():
        src = _find_input(run, doc, roots or [])
        if src is None:
            result.skipped.append(f"{doc}: input file not found (use --root)")
            continue
        dest = out / doc
        if dest.exists() and dest.resolve() == src.resolve():
            raise ApplyError(f"{dest}: refusing to overwrite an input file; choose another --out")
        fmt = formats.get(doc, "text")
        if fmt not in ("text", "jsonl", "table", "tsv", "csv", "xliff", "xlf"):
            result.skipped.append(f"{doc}: cannot write post-edits back into {fmt} files")
            continue
        write_atomic(dest, *_post_edited(src, fmt, edits, fields))
        os.chmod(dest, src.stat().st_mode & 0o777)
        result.written.append(dest)
        edited = {e["segment"]: e["text"] for e in edits}
        for seg in run.segments[doc]:
            if seg.get("boilerplate"):
                continue
            after = edited.get(seg["segment"], seg["text"])
            hyps.append(seg["text"])
            refs.append(after)
            if seg["segment"] in edited:
                changed_hyps.append(seg["text"])
                changed_refs.append(after)
        for e in sorted(edits, key=lambda e: e["segment"]):
            accepted = [
                f["fingerprint"]
                for f in decisions.findings
                if f["doc"] == doc and f["segment"] == e["segment"] and f["decision"] == "accepted"
            ]
            rec = {
                "doc": doc,
                "segment": e["segment"],
                "line": e["line"],
                "column": e["column"],
                "before": e["original"],
                "after": e["text"],
                "manual": bool(e.get("manual")),
                "accepted": accepted,
                "ter": _hter([e["original"]], [e["text"]]),
            }
            if e.get("record") is not None:
                rec["record"] = e["record"]
            changes.append(rec)
    result.changed_segments = len(changes)
    result.hter = _hter(hyps, refs)
    result.hter_changed = _hter(changed_hyps, changed_refs)
    write_atomic(out / "changes.jsonl", "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in changes))
    result.ignore_file = ignore_file
    result.ignore_added = _append_ignore(ignore_file, decisions)
    summary = {
        "run_id": run.run_id,
        "decisions": str(decisions_file),
        "documents": [str(p) for p in result.written],
        "changed_segments": result.changed_segments,
        "hter": result.hter,
        "hter_changed_segments": result.hter_changed,
        "accepted": sum(1 for f in decisions.findings if f["decision"] == "accepted"),
        "dismissed": sum(1 for f in decisions.findings if f["decision"] == "dismissed"),
        "ignore_file": ignore_file,
        "ignore_added": result.ignore_added,
        "skipped": result.skipped,
    }
    write_atomic(out / "apply-summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    return result
