"""The post-edited copies: which documents get one, and their bytes, computed before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit.report.decisions import Decisions
from audit.report.load import RunData
from audit.report.postedit.common import APPLY_FILES, ApplyError, ApplyResult
from audit.report.postedit.jsonl import edit_jsonl
from audit.report.postedit.plaintext import edit_plaintext, read_text
from audit.report.postedit.table import edit_table
from audit.report.xliff_edit import EditError, edit_xliff

# edited through the reader's character map (audit.report.mapped_edit)
MAPPED_FORMATS = ("po", "srt", "vtt", "markdown")


def _input_places(run: RunData, roots: list[str]) -> list[Path]:
    """Where the run's documents may be: its inputs as given (relative to the current folder) or, with
    ``roots``, each root itself (the inputs' folder) and each relative input under it (a root that is the
    folder ``audit run`` ran in)."""
    given = [Path(str(r)) for r in run.summary.get("inputs", []) if str(r) != "-"]
    if not roots:
        return given
    return [p for root in roots for p in (Path(root), *(Path(root) / g for g in given if not g.is_absolute()))]


def _find_input(run: RunData, doc: str, roots: list[str]) -> Path | None:
    """The input file of ``doc`` in one of :func:`_input_places`, else None."""
    for p in _input_places(run, roots):
        if p.is_dir() and (p / doc).is_file():
            return p / doc
        if p.is_file() and p.name == doc:
            return p
    return None


@dataclass(slots=True)
class Copy:
    """One post-edited document, computed before anything is written."""

    doc: str
    data: bytes
    mode: int
    edits: list[dict[str, Any]]  # the applied ones


def post_edited(
    src: Path, fmt: str, edits: list[dict[str, Any]], fields: dict[str, str]
) -> tuple[bytes, dict[int, str]]:
    """The post-edited bytes of input ``src`` (read as ``fmt``) and the refused edits (segment → why)."""
    where = str(src)
    if fmt in ("xliff", "xlf"):
        try:
            result = edit_xliff(src.read_bytes(), edits, where)
        except EditError as e:
            raise ApplyError(f"{where}:{e.line}: {e}" if e.line else f"{where}: {e}") from None
        return result.data, result.refused
    text, encode = read_text(src)
    if fmt in MAPPED_FORMATS:
        from audit.report.mapped_edit import MappedEditError, edit_mapped

        try:
            edited, refused = edit_mapped(text, fmt, edits, where)
        except MappedEditError as e:
            raise ApplyError(str(e)) from None
        return encode(edited), refused
    if fmt == "text":
        return encode(edit_plaintext(text, edits, where)), {}
    if fmt == "jsonl":
        return encode(edit_jsonl(text, edits, fields, where)), {}
    # "table": runs from before the format named the delimiter
    delimiter = "\t" if fmt == "tsv" or (fmt == "table" and src.suffix.lower() in (".tsv", ".tab")) else ","
    return encode(edit_table(text, edits, fields, delimiter, where)), {}


def _by_hand(src: Path, e: dict[str, Any]) -> str:
    """``page.html:7: «old sentence» → «new sentence»``: an edit of a file apply does not write, to copy by hand."""
    return f"{src}:{e['line']}: «{e['original']}» → «{e['text']}»"


def _refusal(src: Path, e: dict[str, Any], why: str, decisions: Decisions) -> str:
    """``file:line: record R (segment N): edit not applied: why; …`` for one refused edit."""
    found = [f"{f['rule']} «{f['text']}» ({f['fingerprint']})" for f in decisions.accepted(e["doc"], e["segment"])]
    tail = f"; its accepted finding(s) {', '.join(found)} are not fixed in the copy" if found else ""
    where = f"{src}:{e['line']}: record {e.get('record')} (segment {e['segment']})"
    return f"{where}: edit not applied: {why}; make it by hand{tail}"


def plan(
    run: RunData,
    decisions: Decisions,
    by_doc: dict[str, list[dict[str, Any]]],
    roots: list[str],
    out: Path,
    result: ApplyResult,
) -> list[Copy]:
    """Every post-edited copy, computed in memory (ApplyError before anything is written)."""
    fields = run.summary.get("config", {}).get("fields") or {}
    formats = {d["doc"]: d.get("format", "text") for d in run.documents}
    copies = []
    if "-" in by_doc:  # standard input: there is no file to write a copy of
        if len(by_doc) == 1:
            raise ApplyError(
                "the run read standard input ('-'), which has no file to post-edit a copy of: save the text to a "
                "file, audit that file, and review and apply its run"
            )
        result.skipped.append("-: standard input has no file to post-edit a copy of")
        by_doc = {doc: edits for doc, edits in by_doc.items() if doc != "-"}
    missing = [doc for doc in by_doc if _find_input(run, doc, roots) is None]
    if missing and len(missing) == len(by_doc):  # run from another folder: nothing to edit, nothing to write
        inputs = ", ".join(str(r) for r in roots or run.summary.get("inputs", []))
        beside = str(run.path.resolve().parent)  # the folder holding the run's --out, where audit run often ran
        found = f" (they are under {beside}: add --root {beside})" if _find_input(run, missing[0], [beside]) else ""
        raise ApplyError(
            f"none of the {len(missing)} document(s) with edits ({', '.join(missing[:3])}"
            f"{' …' if len(missing) > 3 else ''}) found under {inputs} from {Path.cwd()}: run apply from the "
            f"folder 'audit run' ran in, or give the inputs' folder with --root{found}"
        )
    for doc, edits in by_doc.items():
        src = _find_input(run, doc, roots)
        if src is None:
            result.skipped.append(f"{doc}: input file not found (use --root)")
            continue
        dest = out / doc
        if dest.exists() and dest.resolve() == src.resolve():
            raise ApplyError(f"{dest}: refusing to overwrite an input file; choose another --out")
        if doc in APPLY_FILES:
            raise ApplyError(f"{src}: a document named {doc} would collide with apply's own {doc}; rename it")
        fmt = formats.get(doc, "text")
        if fmt not in ("text", "jsonl", "table", "tsv", "csv", "xliff", "xlf", *MAPPED_FORMATS):
            what = "HTML pages are" if fmt == "html" else f"{fmt} files are"
            result.skipped.append(
                f"{doc}: {what} not written back: make its {len(edits)} edit(s) by hand in the file (or the CMS it "
                "came from); they are listed below and under to_copy in apply-summary.json"
            )
            result.to_copy.extend(_by_hand(src, e) for e in edits)
            continue
        data, refused = post_edited(src, fmt, edits, fields)
        applied = [e for e in edits if e["segment"] not in refused] if refused else edits
        result.refused.extend(_refusal(src, e, refused[e["segment"]], decisions) for e in edits if e not in applied)
        if applied:
            copies.append(Copy(doc, data, src.stat().st_mode & 0o777, applied))
    return copies
