"""``audit apply``: turn review decisions into post-edited copies, a change log, ignore entries and HTER.

- Copies: every document with an edited segment is written under ``--out`` at its document
  path. Plain text gets each edit written back at the segment's original line and column
  (the rest of the file is kept byte for byte); JSONL gets the target value's token replaced in
  its line (the rest kept); TSV/CSV get the record's target field replaced; XLIFF gets the
  target's text edited in place, inline markup and the rest of the file kept byte for byte
  (:mod:`audit.report.xliff_edit`; an edit that cannot be placed around the markup is refused
  and listed, the others applied); PO, SRT and WebVTT get the edited characters replaced where the
  reader found them, escaped as the format writes them, the rest of the file kept byte for byte
  (:mod:`audit.report.mapped_edit`; an edit across a subtitle tag is refused and listed). Inputs
  are never overwritten (an output that is an input is refused).
- All or nothing: everything is computed first and written through :class:`audit.output.OutputDir`
  (a temporary folder inside ``--out``, renamed into place at the end); a failed apply writes
  nothing, and the ignore file is extended only after the outputs are in place.
- ``changes.jsonl``: one line per changed segment (before, after, hand edit or not, TER).
- The ignore file gains the fingerprints of dismissed findings and of accepted findings whose
  edit was written (atomically); a refused or skipped edit's findings stay visible.
- HTER: TER of the MT against its post-edit (sacrebleu), over the changed documents' content
  segments and over the changed segments alone; written to ``apply-summary.json``.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import stat
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.config import ConfigError, read_ignore_file
from audit.corpus.table_rows import TableRow, table_rows
from audit.output import OutputDir, write_atomic
from audit.report.decisions import Decisions, DecisionsError, load_decisions
from audit.report.load import RunData, RunDirError, load_run, run_id_of
from audit.report.table_edit import edited_row
from audit.report.xliff_edit import EditError, edit_xliff

APPLY_FILES = ("changes.jsonl", "apply-summary.json")  # apply's own files in --out
MAPPED_FORMATS = ("po", "srt", "vtt")  # edited through the reader's character map (audit.report.mapped_edit)


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
    refused: list[str] = field(default_factory=list)  # edits not applied (file:line: why), others were
    to_fix: list[str] = field(default_factory=list)  # errors confirmed in the review and not yet edited

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
        if self.refused:
            lines.append(f"{len(self.refused)} edit(s) not applied (see {self.out / 'apply-summary.json'})")
        if self.to_fix:
            lines.append(f"{len(self.to_fix)} confirmed error(s) still to fix by hand (no edit in the decisions):")
            lines.extend(f"  {where}" for where in self.to_fix)
        return "\n".join(lines)


def _where(f: dict[str, Any]) -> str:
    """``a.txt:4 [id-7] N101 «Ruan Qingshan»``: where a decided finding is, for a person to go there."""
    record = f" [{f['record']}]" if f.get("record") is not None else ""
    line = f":{f['line']}" if f.get("line") is not None else ""
    return f"{f.get('doc', '?')}{line}{record} {f.get('rule', '?')} «{f.get('text', '')}»"


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _read_text(path: Path) -> tuple[str, Callable[[str], bytes]]:
    """(text, how to encode it back): the file's encoding, byte order and BOM kept (UTF-16 big-endian stays so)."""
    data = path.read_bytes()
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc), lambda t, bom=bom, enc=enc: bom + t.encode(enc)
    return data.decode("utf-8"), lambda t: t.encode("utf-8")


def _raw_span(line: str, col0: int, original: str) -> int:
    """Length of the raw text at ``line[col0:]`` whose NFC form is ``original`` (-1 when absent).

    Decomposed text is longer than its NFC form (a Vietnamese letter such as 'ệ' is up to three code
    points), so the length is searched: the NFC length of a prefix never falls as the prefix grows, so
    a binary search finds the shortest prefix as long as ``original``; longer prefixes of that NFC length
    (combining marks that compose) are tried after it."""
    rest = line[col0:]
    n = len(original)
    if _nfc(rest[:n]) == original:
        return n
    lo, hi = 0, len(rest)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(_nfc(rest[:mid])) < n:
            lo = mid + 1
        else:
            hi = mid
    for k in range(lo, len(rest) + 1):
        head = _nfc(rest[:k])
        if head == original:
            return k
        if len(head) > n:
            break
    return -1


_LINE_END = re.compile(r"(\r*\n|\r)")  # CR CR LF (a CRLF file converted again) ends one line, as the reader reads it


def edit_plaintext(text: str, edits: list[dict[str, Any]], where: str) -> str:
    """``text`` with each edit written at its segment's line and column (right to left per line)."""
    parts = _LINE_END.split(text)  # lines as the reader counts them (LF, CRLF or a lone CR ends one)
    lines, ends = parts[0::2], [*parts[1::2], ""]
    for e in sorted(edits, key=lambda e: (e["line"], -e["column"])):
        i = e["line"] - 1
        if not 0 <= i < len(lines):
            raise ApplyError(f"{where}:{e['line']}: no such line (has the file changed since the audit?)")
        body = lines[i]
        col0 = e["column"] - 1
        k = _raw_span(body, col0, e["original"])
        if k < 0:
            raise ApplyError(
                f"{where}:{e['line']}:{e['column']}: the text there is not the audited segment "
                "(has the file changed since the audit?)"
            )
        lines[i] = body[:col0] + e["text"] + body[col0 + k :]
    return "".join(line + end for line, end in zip(lines, ends, strict=True))


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
        span = _value_span(lines[i], key)
        if span is None:  # not found by the scan (cannot happen for a JSON object): re-serialise the line
            obj[key] = e["text"]
            end_cr = lines[i].endswith("\r")
            lines[i] = json.dumps(obj, ensure_ascii=False) + ("\r" if end_cr else "")
            continue
        start, end = span
        old = lines[i][start:end]
        ascii_only = old.isascii() and "\\u" in old  # written with \u escapes: keep writing them
        lines[i] = lines[i][:start] + json.dumps(e["text"], ensure_ascii=ascii_only) + lines[i][end:]
    return "\n".join(lines)


_DECODER = json.JSONDecoder()
_WS = " \t\r\n"


def _value_span(line: str, key: str) -> tuple[int, int] | None:
    """Where the value of top-level ``key`` is written in the JSON object ``line`` (its last
    occurrence, as json.loads keeps), so an edit replaces that token and nothing else."""
    found = None
    i = len(line) - len(line.lstrip(_WS))
    if line[i : i + 1] != "{":
        return None
    i += 1
    try:
        while True:
            while line[i] in _WS + ",":
                i += 1
            if line[i] == "}":
                return found
            name, i = json.decoder.scanstring(line, i + 1)
            while line[i] in _WS + ":":
                i += 1
            _, end = _DECODER.raw_decode(line, i)
            if name == key:
                found = (i, end)
            i = end
    except (IndexError, ValueError):
        return None


def _line_breaks_as(cell: str, newline: str = "\n") -> str:
    """``cell`` with each line end inside it (CRLF, CR or LF) written ``newline``: a line feed is how the
    TSV/CSV reader gives a cell; a copy's cells take the file's line end (a CSV writer quotes a cell
    holding a line feed only when its own line end holds one)."""
    return re.sub(r"\r\n?|\n", newline, cell) if "\r" in cell or "\n" in cell else cell


def _table_newline(text: str) -> str:
    """The line end of a table's first line (CRLF, a lone CR of classic Mac files, or LF), for its copy."""
    m = re.search(r"\r\n?|\n", text)
    return m.group() if m else "\n"


def _cell_line_break(row: TableRow, rows: list[TableRow], newline: str) -> str:
    """The line break a post-edit's cell is written with: the one inside the row's own cells, else inside any
    cell of the file, else the file's line end (Excel ends rows with CRLF but breaks a line in a cell with LF)."""
    for r in (row, *rows):
        if len(r.raw) > 1:
            first = r.raw[0]
            return first[len(first.rstrip("\r\n")) :] or newline
    return newline


def edit_table(text: str, edits: list[dict[str, Any]], fields: dict[str, str], delimiter: str, where: str) -> str:
    """The table with the edited targets, rows matched by their first line; the copy keeps the file's line end.

    Rows are split as the reader splits them (:mod:`audit.corpus.table_rows`). A row not edited is written
    back byte for byte (its quoting, its line end); an edited row changes in its target cell only
    (:mod:`audit.report.table_edit`).
    """

    rows = list(table_rows(_lines_with_ends(text), delimiter))
    if not rows or rows[0].cells is None:
        raise ApplyError(f"{where}:1: no target column in the header")
    header = rows[0].cells
    clean = [h.strip().lstrip("\ufeff") for h in header]
    key = _target_key(clean, fields)
    if key is None:
        raise ApplyError(f"{where}:1: no target column in the header")
    col = clean.index(key)
    newline = _table_newline(text)
    by_line = {r.line: r for r in rows[1:] if r.cells is not None and len(r.cells) > col}
    written: dict[int, str] = {}  # the edited rows; every other row is written back byte for byte
    for e in edits:
        row = by_line.get(e["line"])
        if row is None or row.cells is None or _nfc(_line_breaks_as(row.cells[col])) != e["original"]:
            raise ApplyError(f"{where}:{e['line']}: the row's target is not the audited text")
        text = _line_breaks_as(e["text"], _cell_line_break(row, rows, newline))
        written[row.line] = edited_row(row, col, text, delimiter, newline)
    return "".join(written.get(row.line) or "".join(row.raw) for row in rows)


def _lines_with_ends(text: str) -> list[str]:
    """``text``'s lines with their line ends (LF, CRLF or a lone CR), as :mod:`csv` reads a string."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


def _input_places(run: RunData, roots: list[str]) -> list[Path]:
    """Where the run's documents may be: its inputs as given (relative to the current folder) or, with
    ``roots``, each root itself (the inputs' folder) and each relative input under it (a root that is the
    folder ``audit run`` ran in)."""
    given = [Path(str(r)) for r in run.summary.get("inputs", []) if str(r) != "-"]
    if not roots:
        return given
    return [p for root in roots for p in (Path(root), *(Path(root) / g for g in given if not g.is_absolute()))]


def _find_input(run: RunData, doc: str, roots: list[str]) -> Path | None:
    for p in _input_places(run, roots):
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


def _unreflected(decisions: Decisions) -> dict[tuple[str, int], str]:
    """Segments with an accepted replacement that their post-edited text does not show, and why.

    A page that lost an accepted edit (an older page, overlapping suggestions) must not get the finding
    into the ignore file: the error would be hidden for good while the text still holds it. Accepted
    replacements that do not overlap are applied to the segment's original text, which must then give
    its post-edit (overlapping ones are composed by the page and are not re-derived here); an accepted
    replacement on a segment the file lists as unchanged is never in the text.
    """
    texts = {(s["doc"], s["segment"]): s for s in decisions.segments}
    accepted: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for f in decisions.findings:
        if f["decision"] == "accepted" and f.get("replacement") is not None and not f.get("manual"):
            accepted.setdefault((f["doc"], f["segment"]), []).append(f)
    out: dict[tuple[str, int], str] = {}
    for key, fs in accepted.items():
        seg = texts.get(key)
        if seg is None:
            out[key] = "an accepted replacement, but the segment is not among the changed ones"
            continue
        astray = _misplaced(seg["original"], fs)
        if astray:
            out[key] = astray
            continue
        if seg.get("manual") or any(f.get("start") is None or f.get("end") is None for f in fs):
            continue  # a hand edit, or an older export without spans: nothing to re-derive
        spans = sorted((f["start"], f["end"], f["replacement"]) for f in fs)
        if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
            continue  # overlapping edits, composed by the page
        text = seg["original"]
        for start, end, replacement in reversed(spans):
            text = text[:start] + replacement + text[end:]
        if _nfc(text) != _nfc(seg["text"]):
            out[key] = "the post-edited text does not show its accepted replacement(s)"
    return out


def _misplaced(original: str, fs: list[dict[str, Any]]) -> str:
    """Why an accepted finding's span is not what the segment's original text holds at its start and end
    (a page that counted in UTF-16 units, after an emoji, put the edit on other characters); '' when
    every span with its place and text given is where it says."""
    for f in fs:
        start, end, text = f.get("start"), f.get("end"), f.get("text")
        if start is None or end is None or text is None or _nfc(original[start:end]) == _nfc(text):
            continue
        return (
            f"the accepted span «{text}» is not at characters {start}–{end} of the original text (they hold "
            f"«{original[start:end]}»): check that segment's post-edit by hand"
        )
    return ""


def _ignore_entries(listed: set[str], decisions: Decisions, unapplied: set[tuple[str, int]]) -> list[str]:
    """The ignore-file lines to add: decided findings not yet ``listed``, except accepted findings on
    ``unapplied`` segments ((doc, segment) whose edit was not written): those stay visible."""
    known = set(listed)
    new = []
    for f in decisions.findings:
        if f["fingerprint"] in known or (f["decision"] == "accepted" and (f["doc"], f["segment"]) in unapplied):
            continue
        known.add(f["fingerprint"])
        why = f["decision"] + (f" ({f['reason']})" if f.get("reason") else "")
        new.append(f"{f['fingerprint']}  # {f['rule']} {f['doc']}:{f.get('line', '?')} {why}")
    return new


def _append_ignore(path: str, new: list[str]) -> None:
    """Append ``new`` lines to the ignore file (atomically; what it held is kept as it was). A symbolic link (a
    team's shared ignore file) stays a link, its file extended with its mode; what is no regular file
    (/dev/null, a pipe) is written to as it is, never replaced by a file."""
    if not new:
        return
    p = Path(path)
    target = p.resolve() if p.is_symlink() else p
    if target.exists() and not target.is_file():
        with target.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(new) + "\n")
        return
    old = target.read_text(encoding="utf-8") if target.is_file() else ""
    mode = stat.S_IMODE(target.stat().st_mode) if target.is_file() else None
    if old and not old.endswith("\n"):
        old += "\n"
    write_atomic(target, old + "\n".join(new) + "\n")
    if mode is not None:
        os.chmod(target, mode)


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
        raise ApplyError(f"{err}; give the run's output directory with --run" + _run_hint(decisions.run_id))
    if run.run_id != decisions.run_id:
        raise ApplyError(
            f"{decisions_file}: decisions are for run {decisions.run_id}, but {run.path} holds run "
            f"{run.run_id}; give the right directory with --run" + _run_hint(decisions.run_id)
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


@dataclass(slots=True)
class _Copy:
    """One post-edited document, computed before anything is written."""

    doc: str
    data: bytes
    mode: int
    edits: list[dict[str, Any]]  # the applied ones


def _post_edited(
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
    text, encode = _read_text(src)
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


def _refusal(src: Path, e: dict[str, Any], why: str, decisions: Decisions) -> str:
    """``file:line: record R (segment N): edit not applied: why; …`` for one refused edit."""
    found = [
        f"{f['rule']} «{f['text']}» ({f['fingerprint']})"
        for f in decisions.findings
        if f["doc"] == e["doc"] and f["segment"] == e["segment"] and f["decision"] == "accepted"
    ]
    tail = f"; its accepted finding(s) {', '.join(found)} stay out of the ignore file" if found else ""
    where = f"{src}:{e['line']}: record {e.get('record')} (segment {e['segment']})"
    return f"{where}: edit not applied: {why}; make it by hand{tail}"


def _plan(
    run: RunData,
    decisions: Decisions,
    by_doc: dict[str, list[dict[str, Any]]],
    roots: list[str],
    out: Path,
    result: ApplyResult,
) -> list[_Copy]:
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
        raise ApplyError(
            f"none of the {len(missing)} document(s) with edits ({', '.join(missing[:3])}"
            f"{' …' if len(missing) > 3 else ''}) found under {inputs} from {Path.cwd()}: run apply from the "
            "folder 'audit run' ran in, or give the inputs' folder with --root"
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
            result.skipped.append(f"{doc}: cannot write post-edits back into {fmt} files")
            continue
        data, refused = _post_edited(src, fmt, edits, fields)
        applied = [e for e in edits if e["segment"] not in refused] if refused else edits
        result.refused.extend(_refusal(src, e, refused[e["segment"]], decisions) for e in edits if e not in applied)
        if applied:
            copies.append(_Copy(doc, data, src.stat().st_mode & 0o777, applied))
    return copies


def _change_log(run: RunData, decisions: Decisions, copies: list[_Copy], result: ApplyResult) -> list[dict[str, Any]]:
    """changes.jsonl's records; sets the HTER figures of ``result``."""
    changes = []
    hyps: list[str] = []
    refs: list[str] = []
    changed_hyps: list[str] = []
    changed_refs: list[str] = []
    for copy in copies:
        doc, edits = copy.doc, copy.edits
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
    return changes


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
    ignore_file: str = ".mt-audit-ignore",
) -> ApplyResult:
    """Apply ``decisions_file`` (see :mod:`audit.report.decisions`) to the inputs of its run.

    Nothing is written unless everything can be: the copies, ``changes.jsonl`` and
    ``apply-summary.json`` appear in ``out_dir`` together, then the ignore file is extended.
    """
    try:
        decisions = load_decisions(decisions_file)
        known = read_ignore_file(ignore_file)  # readable (and well-formed) before anything is written; read once
    except (DecisionsError, ConfigError) as e:
        raise ApplyError(str(e)) from None
    run = _find_run(decisions, decisions_file, run_dir)
    out = Path(out_dir)
    result = ApplyResult(out)
    by_doc = _edits_by_doc(decisions, decisions_file, run)
    copies = _plan(run, decisions, by_doc, roots or [], out, result)
    changes = _change_log(run, decisions, copies, result)
    applied = {(c.doc, e["segment"]) for c in copies for e in c.edits}
    unapplied = {(doc, e["segment"]) for doc, edits in by_doc.items() for e in edits} - applied
    for (doc, segment), why in sorted(_unreflected(decisions).items()):
        unapplied.add((doc, segment))
        result.skipped.append(f"{doc} segment {segment}: {why}; its accepted findings stay out of the ignore file")
    result.to_fix = [_where(c) for c in decisions.confirmed]
    ignore_lines = _ignore_entries(known, decisions, unapplied)
    result.ignore_file, result.ignore_added = ignore_file, len(ignore_lines)
    summary = {
        "run_id": run.run_id,
        "decisions": str(decisions_file),
        "documents": [str(out / c.doc) for c in copies],
        "docs": [c.doc for c in copies],
        "changed_segments": result.changed_segments,
        "hter": result.hter,
        "hter_changed_segments": result.hter_changed,
        "accepted": sum(1 for f in decisions.findings if f["decision"] == "accepted"),
        "dismissed": sum(1 for f in decisions.findings if f["decision"] == "dismissed"),
        "ignore_file": ignore_file,
        "ignore_added": result.ignore_added,
        "skipped": result.skipped,
        "refused": result.refused,
        "to_fix": result.to_fix,
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
        _append_ignore(ignore_file, ignore_lines)
    except OSError as e:
        raise ApplyError(
            f"{ignore_file}: cannot extend the ignore file ({e.strerror or e}); the copies are in {out}"
        ) from None
    return result
