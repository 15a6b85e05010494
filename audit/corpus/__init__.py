"""Corpus readers: every input format becomes Documents of Segments with original positions.

:func:`discover` turns the paths a user gives into the list of input files (directories
walked recursively; hidden files, mt-audit's own output folders, excluded paths and files of
no input format skipped and counted), and
:func:`read_file` reads one of them with the reader its extension selects. Readers raise
:class:`InputError` for a file they cannot read and append recoverable problems (a malformed
record) to ``errors``.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import errno
import io
import os
import stat
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from audit.corpus.decode import MAX_LINE
from audit.corpus.errors import InputError
from audit.corpus.exclude import Excluder
from audit.corpus.records import FieldNames
from audit.model import Document

FORMATS = {
    ".txt": "text",
    ".text": "text",  # a file of any other extension is read as text when named (a .rst note, say)
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".tsv": "tsv",
    ".csv": "csv",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".xlf2": "xliff",
    ".sdlxliff": "xliff",  # Trados Studio's bilingual file: XLIFF 1.2 with sdl: metadata
    ".mqxliff": "xliff",  # memoQ's: XLIFF 1.2 with mq: attributes
    ".html": "html",
    ".htm": "html",
    ".po": "po",
    ".srt": "srt",
    ".vtt": "vtt",
}
# Read when given by name, never picked up in a folder: a PO template has no translations, a folder's README.md is a
# note about it.
NAMED_ONLY = {".pot": "po", ".md": "markdown", ".markdown": "markdown"}


@dataclass(slots=True)
class ReadOptions:
    """How files are read: field names of record formats, forced format, line limit."""

    fields: FieldNames = field(default_factory=FieldNames)
    format: str | None = None
    max_line: int = MAX_LINE


@dataclass(frozen=True, slots=True)
class InputFile:
    """One unit of reading work: a file, or a byte range of a large JSONL or plain-text file (a part)."""

    path: str  # as opened ("-" for standard input)
    doc: str  # the document id: path relative to the input root
    start: int = 0  # byte range of a part; end None = to the end of the file
    end: int | None = None
    first_line: int = 1  # line number of the part's first line
    first_record: int = 0  # 0-based index (among non-blank lines) of the part's first record
    part: int = 0
    spool: str | None = None  # the temporary copy read instead: of standard input (spool_stdin), of a UTF-16 text

    @property
    def opened(self) -> str:
        """The file to open: its copy (standard input's, a UTF-16 text's), or the path."""
        return self.spool or self.path

    @property
    def named(self) -> str:
        """The name whose extension selects the format: none for standard input (text unless --format says)."""
        return "" if self.path == "-" else self.path


# JSONL files larger than this are read in parts of about this size (MT_AUDIT_PART_BYTES overrides): 8 MB of records
# with their source in parts of 4 MB peaked at 316 MB, in parts of 1 MB at 200 MB.
PART_BYTES = int(os.environ.get("MT_AUDIT_PART_BYTES", 1 << 20))
# Plain-text files larger than this are read in parts of about this size (MT_AUDIT_TEXT_PART_BYTES overrides), each
# part audited as a document of its own and written as one document with the others: a page is some tens of kilobytes,
# and a file of megabytes is a batch of MT output, a segment a line, whose whole-document work (the rules' analyses,
# the records) would otherwise grow with it (24,000 lines in one file took a run to 354 MB).
TEXT_PART_BYTES = int(os.environ.get("MT_AUDIT_TEXT_PART_BYTES", 1 << 20))
# A TSV/CSV, XLIFF or PO file larger than this (MT_AUDIT_STREAM_BYTES overrides) is read a chunk of records at a
# time as its chunks are audited (stream_file): a quoted cell may run over lines, a unit or an entry over many, so
# the file is not cut into byte ranges as JSONL and text are. Read whole, a 60 MB TSV with its source took a run to
# 661 MB, a 40 MB XLIFF file 514 MB, a 30 MB PO file 583 MB.
STREAM_BYTES = int(os.environ.get("MT_AUDIT_STREAM_BYTES", 4 << 20))


def split_parts(item: InputFile, part_bytes: int = PART_BYTES) -> list[InputFile]:
    """Cut a large JSONL file into line-aligned byte ranges, so it streams and spreads over workers."""
    size = os.path.getsize(item.opened)
    if size <= part_bytes:
        return [item]
    parts: list[InputFile] = []
    start, line, record = 0, 1, 0
    with open(item.opened, "rb") as fh:
        while start < size:
            fh.seek(start)
            block = fh.read(part_bytes)
            if start + len(block) < size:
                tail = fh.read(1 << 20)
                while tail and b"\n" not in tail and len(block) < 64 * part_bytes:
                    block += tail
                    tail = fh.read(1 << 20)
                cut = tail.find(b"\n")
                block = block + tail[: cut + 1] if cut >= 0 else block + tail
            end = start + len(block)
            parts.append(replace(item, start=start, end=end, first_line=line, first_record=record, part=len(parts)))
            line += block.count(b"\n")
            record += sum(1 for ln in block.split(b"\n") if ln.strip())
            start = end
    return parts


def format_of(path: str, forced: str | None = None) -> str:
    if forced:
        return forced
    suffix = Path(path).suffix.lower()
    return FORMATS.get(suffix) or NAMED_ONLY.get(suffix, "text")


@dataclass(slots=True)
class Skipped:
    """What directory walks left out, so that nothing vanishes silently (``skipped`` in summary.json)."""

    excluded: list[str] = field(default_factory=list)  # paths as walked; a folder ends in "/"
    hidden: int = 0  # hidden files and folders (names starting with ".")
    other: Counter[str] = field(default_factory=Counter)  # files of no input format, by extension
    output_folders: int = 0  # mt-audit's own output folders (and files) found in a walk
    linked_again: int = 0  # links to a folder or file the walk reads anyway
    unmatched: list[str] = field(default_factory=list)  # exclude patterns that matched no path of any walk

    def to_json(self, limit: int = 100) -> dict[str, object]:
        return {
            "excluded": len(self.excluded),
            "excluded_paths": self.excluded[:limit],
            "unmatched_patterns": self.unmatched,
            "hidden": self.hidden,
            "not_input_format": dict(sorted(self.other.items())),
            "output_folders": self.output_folders,
            "linked_again": self.linked_again,
        }


_NOTHING_FOUND = (
    "no file to audit in this folder: none has an input format's extension or all were left out "
    "(see 'skipped' in summary.json; --format text reads every file as plain text)"
)


def discover(
    paths: list[str],
    errors: list[InputError],
    forced_format: str | None = None,
    exclude: list[str] | tuple[str, ...] = (),
    skipped: Skipped | None = None,
) -> list[InputFile]:
    """Input files in a deterministic order; missing paths become errors.

    Directories are walked recursively (links followed, a loop is an error), leaving out hidden files
    and folders, mt-audit's own output folders, paths an ``exclude`` pattern matches
    (:mod:`audit.corpus.exclude`, relative to the directory given) and files whose extension names no
    input format (unless ``forced_format``); ``skipped`` counts them. A file named is always read. A
    directory with nothing to audit is an error, so that a run on the wrong folder does not pass as clean.
    """
    out: list[InputFile] = []
    excluder = Excluder(exclude)
    skipped = skipped if skipped is not None else Skipped()
    walked = False
    for given in paths:
        if given == "-":
            out.append(InputFile("-", "-"))
            continue
        p = Path(given)
        try:
            mode = p.stat().st_mode
        except OSError as e:
            errors.append(InputError(given, _unreachable(p, e)))
            continue
        if stat.S_ISDIR(mode):
            walked = True
            before = len(errors)
            found = _walk(p, forced_format, excluder, skipped, errors)
            if not found and len(errors) == before:
                # a walk that finds nothing must not pass for a clean audit (a CI job pointed at the wrong folder)
                errors.append(InputError(given, _NOTHING_FOUND))
            out.extend(InputFile(str(full), full.relative_to(p).as_posix()) for full in sorted(found))
        elif stat.S_ISREG(mode):
            out.append(InputFile(str(p), p.name))
        else:
            errors.append(InputError(given, "not a regular file or directory"))
    if walked:
        skipped.unmatched = excluder.unmatched()
    out = _unique_docs(out, errors)
    return [part for f in out for part in _parts(f, forced_format)]


def _walk(
    root: Path, forced_format: str | None, excluder: Excluder, skipped: Skipped, errors: list[InputError]
) -> list[Path]:
    """The input files below ``root`` (see :func:`discover`)."""
    found: list[Path] = []
    own = _own_outputs(root)  # the folder given is itself a run or apply output: skip those files
    seen = {os.path.realpath(root)}

    def unreadable(e: OSError) -> None:
        errors.append(InputError(e.filename or str(root), f"cannot read the folder: {e.strerror or e}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=True):
        here = Path(dirpath)
        rel = here.relative_to(root).as_posix()
        prefix = "" if rel == "." else rel + "/"
        kept = []
        for d in sorted(dirnames, key=lambda d: (os.path.islink(os.path.join(dirpath, d)), d)):  # links last
            full = here / d
            if d.startswith("."):
                skipped.hidden += 1
            elif _is_output_dir(full):
                skipped.output_folders += 1
            elif excluder and excluder.excluded(prefix + d, True):
                skipped.excluded.append(prefix + d + "/")
            elif _followed(full, here, seen, skipped, errors):
                kept.append(d)
        dirnames[:] = sorted(kept)
        for name in filenames:
            full = here / name
            if name.startswith("."):
                skipped.hidden += 1
            elif name in own and here == root:
                continue
            elif excluder and excluder.excluded(prefix + name, False):
                skipped.excluded.append(prefix + name)
            elif not (forced_format or full.suffix.lower() in FORMATS):
                skipped.other[full.suffix.lower()] += 1
            else:
                problem = _not_regular(full)
                if problem:
                    errors.append(InputError(str(full), problem))
                else:
                    found.append(full)
    return _once(found, skipped)


def _once(found: list[Path], skipped: Skipped) -> list[Path]:
    """``found`` with each file once: a link to a file the walk also reaches (itself, or through another link)
    is left out and counted; the file itself is kept, else the first link by path."""
    kept: dict[str, Path] = {}
    for full in sorted(found, key=lambda f: (os.path.islink(f), f)):
        real = os.path.realpath(full)
        if real in kept:
            skipped.linked_again += 1
        else:
            kept[real] = full
    return list(kept.values())


def _followed(d: Path, parent: Path, seen: set[str], skipped: Skipped, errors: list[InputError]) -> bool:
    """Whether the walk goes into folder ``d``: not a link back to a folder above it (an error: a loop)
    nor to a folder the walk reads anyway (counted)."""
    real = os.path.realpath(d)
    if not os.path.islink(d) and real not in seen:
        seen.add(real)
        return True
    if not os.path.isdir(real):
        errors.append(InputError(str(d), _not_regular(d) or "not a folder"))
        return False
    above = os.path.realpath(parent)
    if above == real or above.startswith(real.rstrip(os.sep) + os.sep):
        errors.append(InputError(str(d), f"symbolic link loop: it points to {real}, a folder it is in; not followed"))
        return False
    if real in seen:
        skipped.linked_again += 1
        return False
    seen.add(real)
    return True


def _not_regular(p: Path) -> str | None:
    """Why a file found in a walk cannot be read (a broken link, a pipe that would block the run), or None."""
    try:
        mode = os.stat(p).st_mode
    except OSError as e:
        return _unreachable(p, e)
    return None if stat.S_ISREG(mode) else "not a regular file (a pipe, socket or device); not read"


def _unreachable(p: Path, e: OSError) -> str:
    """Why a path given or found cannot be opened: missing, a broken or looping link, no permission."""
    if os.path.islink(p):
        return f"symbolic link to {os.readlink(p)} that cannot be followed: {e.strerror or e}"
    if e.errno == errno.ENOENT:
        return "no such file or directory"
    return f"cannot open: {e.strerror or e}"


def _unique_docs(files: list[InputFile], errors: list[InputError]) -> list[InputFile]:
    """Files whose document id is not taken by an earlier one; the others become input errors.

    Every output keys segments and findings by document id, so two files named alike
    (``a/x.txt b/x.txt``) would mix their records.
    """
    first: dict[str, str] = {}
    kept = []
    for f in files:
        if f.doc in first and os.path.realpath(first[f.doc]) != os.path.realpath(f.path):
            errors.append(
                InputError(
                    f.path,
                    f"same document name {f.doc!r} as {first[f.doc]}; give their common parent directory "
                    "or audit them in separate runs",
                )
            )
            continue
        if f.doc not in first:
            first[f.doc] = f.path
            kept.append(f)
    return kept


# Files that mark a folder as mt-audit's own output: `audit run --out` and `audit apply --out`.
_OUTPUT_MARKERS = (("summary.json", "findings.jsonl"), ("apply-summary.json", "changes.jsonl"))
# The files each of them writes that are not documents (report.xlf is: it is read back as input).
_OWN_FILES = (
    ("summary.json", "findings.jsonl", "segments.jsonl", "documents.jsonl", "report.html", "findings.csv"),
    ("apply-summary.json", "changes.jsonl"),
)


def _is_output_dir(d: Path) -> bool:
    """An output folder of an earlier run or apply (``reports/`` under the audited folder, say)."""
    return any(all(os.path.isfile(d / name) for name in marker) for marker in _OUTPUT_MARKERS)


def _own_outputs(d: Path) -> frozenset[str]:
    """The names of mt-audit's own files in ``d`` when ``d`` is a run or apply output folder.

    Auditing the folder ``audit apply`` wrote (the post-edited copies) reads the copies, not its
    change log; auditing a run's folder reads no findings as input.
    """
    names: set[str] = set()
    for marker, own in zip(_OUTPUT_MARKERS, _OWN_FILES, strict=True):
        if all(os.path.isfile(d / name) for name in marker):
            names.update(own)
    return frozenset(names)


def _parts(item: InputFile, forced_format: str | None) -> list[InputFile]:
    """A large JSONL or plain-text file in parts (see PART_BYTES, TEXT_PART_BYTES); any other file whole."""
    if item.path == "-" and item.spool is None:
        return [item]
    fmt = format_of(item.named, forced_format)
    if fmt == "jsonl":
        return split_parts(item)
    if fmt == "text" and _cuts_at_line_feeds(item.opened, TEXT_PART_BYTES):
        return split_parts(item, TEXT_PART_BYTES)
    return [item]


SPOOL_PREFIX = "mt-audit-stdin-"


def spool_stdin(files: list[InputFile], options: ReadOptions, errors: list[InputError]) -> list[InputFile]:
    """``files`` with standard input ("-") copied to a temporary file a megabyte at a time, so that a large input
    piped in is read as a large file is (in parts, or a chunk of records at a time), not held whole; refused here,
    whole, when nothing was piped in or when it looks like another format than the one it is read as. The caller
    removes the copies (:func:`remove_spools`)."""
    out: list[InputFile] = []
    for item in files:
        if item.path != "-" or item.spool is not None:
            out.append(item)
            continue
        spool = None
        size, blank, head = 0, True, b""
        try:
            fd, spool = tempfile.mkstemp(prefix=SPOOL_PREFIX)
            with os.fdopen(fd, "wb") as fh:
                while chunk := sys.stdin.buffer.read(1 << 20):
                    fh.write(chunk)
                    size += len(chunk)
                    blank = blank and not chunk.strip()
                    if len(head) < 8192:
                        head += chunk[: 8192 - len(head)]
        except OSError as e:  # no temporary folder, or a full disk
            if spool is not None:
                with contextlib.suppress(OSError):
                    os.unlink(spool)
            where = e.filename or tempfile.gettempdir()
            errors.append(
                InputError(
                    "-",
                    f"cannot copy standard input to {where}: {e.strerror or e}; set TMPDIR to a folder "
                    "with room for it",
                )
            )
            continue
        try:
            _refuse_piped(blank, size > 0, head, options)
        except InputError as e:
            os.unlink(spool)
            errors.append(e)
            continue
        out += _parts(replace(item, spool=spool), options.format)
    return out


def copy_utf16(files: list[InputFile], options: ReadOptions) -> list[InputFile]:
    """``files`` with each plain-text file over TEXT_PART_BYTES and each TSV/CSV file over STREAM_BYTES in UTF-16
    (standard input's copy included) copied to UTF-8 and read as a UTF-8 file is (:mod:`audit.corpus.utf16_copy`): a
    text in parts, a table a chunk of rows at a time, not decoded whole. The caller removes the copies
    (:func:`remove_spools`)."""
    from audit.corpus.utf16_copy import is_utf16, utf8_copy

    out: list[InputFile] = []
    for item in files:
        copy = None
        fmt = format_of(item.named, options.format)
        limit = TEXT_PART_BYTES if fmt == "text" else STREAM_BYTES if fmt in ("tsv", "csv") else None
        if limit is not None and item.end is None and (item.path != "-" or item.spool):
            try:
                if os.path.getsize(item.opened) > limit:
                    with open(item.opened, "rb") as fh:
                        if is_utf16(fh.read(4)):
                            copy = utf8_copy(item.opened, SPOOL_PREFIX)
            except OSError:
                pass  # read_file words the error
        if copy is None:
            out.append(item)
            continue
        if item.spool:  # standard input's UTF-16 copy: its UTF-8 copy stands in for it
            with contextlib.suppress(OSError):
                os.unlink(item.spool)
        out += _parts(replace(item, spool=copy), options.format)
    return out


def remove_spools(files: list[InputFile]) -> None:
    """Remove the copies of standard input (:func:`spool_stdin`) and of UTF-16 texts (:func:`copy_utf16`)."""
    for spool in {f.spool for f in files if f.spool}:
        with contextlib.suppress(OSError):
            os.unlink(spool)


def _cuts_at_line_feeds(path: str, part_bytes: int) -> bool:
    """A plain-text file over ``part_bytes`` that can be cut at its line feeds: UTF-8 throughout (a file in another
    encoding is refused once, whole, with its first bad byte), not UTF-16 (two-byte line feeds, a byte order mark only
    the first part would have), and with a line feed in its first part (lone-CR line ends give none to cut at)."""
    try:
        if os.path.getsize(path) <= part_bytes:
            return False
        decoder = codecs.getincrementaldecoder("utf-8")()
        with open(path, "rb") as fh:
            head = fh.read(part_bytes)
            if b"\n" not in head or b"\x00" in head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return False
            decoder.decode(head)
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return False
    return True


def streams(item: InputFile, options: ReadOptions) -> bool:
    """Whether :func:`stream_file` reads ``item`` a chunk at a time (a TSV/CSV, XLIFF or PO file over STREAM_BYTES)."""
    if (item.path == "-" and item.spool is None) or format_of(item.named, options.format) not in (
        "tsv",
        "csv",
        "xliff",
        "po",
    ):
        return False
    try:
        return os.path.getsize(item.opened) > STREAM_BYTES
    except OSError:
        return False  # read_file words the error


def stream_file(item: InputFile, options: ReadOptions, errors: list[InputError], chunk: int) -> Iterator[Document]:
    """The Documents of one input file, as :func:`read_file` gives them; a large TSV/CSV, XLIFF or PO file
    (:func:`streams`) in Documents of about ``chunk`` records read as they are asked for, ``part`` > 0 continuing the
    one before. Each such file is read through once first for what refuses a file whole, so that no chunk of a file
    refused at its end is audited: it is then read whole, and refused with the error reading it whole gives."""
    if not streams(item, options):
        yield from read_file(item, options, errors)
        return
    fmt = format_of(item.named, options.format)
    stream = _stream_xliff if fmt == "xliff" else _stream_po if fmt == "po" else _stream_table
    try:
        yield from stream(item, options, errors, chunk)
    except OSError as e:
        raise InputError(item.path, _unreachable(Path(item.path), e)) from None


def _stream_table(item: InputFile, options: ReadOptions, errors: list[InputError], chunk: int) -> Iterator[Document]:
    """A large table: its lines decoded once (its encoding, a NUL byte, a line over the limit), then its rows a
    chunk at a time; the header is read before the first chunk."""
    from audit.corpus.decode import iter_lines
    from audit.corpus.table import iter_table

    delimiter = "\t" if format_of(item.named, options.format) == "tsv" else ","
    with open(item.opened, "rb") as fh:
        for _ in iter_lines(fh, item.path, options.max_line, cr=True):
            pass
    with open(item.opened, "rb") as fh:
        yield from iter_table(fh, item.doc, item.path, options.max_line, options.fields, errors, delimiter, chunk)


def _stream_xliff(item: InputFile, options: ReadOptions, errors: list[InputError], chunk: int) -> Iterator[Document]:
    """A large XLIFF file a unit at a time when it can be (xliff.streamable reads it through once); else whole."""
    from audit.corpus.xliff import iter_xliff, streamable

    if streamable(item.opened):
        yield from iter_xliff(item.path, item.doc, errors, chunk, item.opened)
    else:
        yield from read_file(item, options, errors)


def _stream_po(item: InputFile, options: ReadOptions, errors: list[InputError], chunk: int) -> Iterator[Document]:
    """A large PO file a chunk of strings at a time when read_po would read it (po.po_title reads it through once);
    else whole."""
    from audit.corpus.po import iter_po, po_title

    title = po_title(item.path, item.doc, options.max_line, item.opened)
    if title is None:
        yield from read_file(item, options, errors)
    else:
        yield from iter_po(item.path, item.doc, options.max_line, title, chunk, item.opened)


def read_file(item: InputFile, options: ReadOptions, errors: list[InputError]) -> list[Document]:
    """The Documents of one input file (raises InputError when the file cannot be read)."""
    fmt = format_of(item.named, options.format)
    try:
        if item.path == "-" and item.spool is None:  # (spool_stdin's copy is read as a file, its checks made)
            data = sys.stdin.buffer.read()
            _refuse_piped(not data.strip(), bool(data), data, options)
            return _read(io.BytesIO(data), fmt, item, options, errors)
        with open(item.opened, "rb") as fh:
            if item.end is not None:  # a part of a large file
                fh.seek(item.start)
                return _read(io.BytesIO(fh.read(item.end - item.start)), fmt, item, options, errors)
            return _read(fh, fmt, item, options, errors)
    except OSError as e:
        raise InputError(item.path, _unreachable(Path(item.path), e)) from None


def _table_head(head: str, looks: str) -> bool:
    """``head`` starts like a table, not like prose that names a column ('… PDF, text, HTML.'): a header of short
    cells, none ending a sentence, and a next line of as many cells."""
    lines = [ln for ln in head.lstrip("\ufeff").splitlines() if ln.strip()][:2]
    rows = list(csv.reader(lines, delimiter="\t" if looks == "TSV" else ","))
    if len(rows) < 2 or len(rows[0]) != len(rows[1]):
        return False
    return all(len(c) <= 40 and not c.rstrip().endswith((".", "?", "!", "…")) for c in rows[0])


def _text_of_another_format(fh: BinaryIO, path: str) -> list[InputError]:
    """A note for a file read as plain text by its extension that looks like records (a spreadsheet saved as
    'Unicode Text' is a .txt TSV in UTF-16, a .txt of JSON lines or subtitles): its fields and source sentences
    would be audited as Vietnamese prose."""
    from audit.corpus.errors import InputNote
    from audit.corpus.sniff import FORMAT_NAMES, looks_like

    fh.seek(0)
    raw = fh.read(8192)
    bom16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    head = raw.decode("utf-16" if bom16 else "utf-8", errors="replace")
    looks = looks_like(head)
    if looks is None or looks in ("XML", "HTML") or (looks in ("TSV", "CSV") and not _table_head(head, looks)):
        return []
    fmt = next(k for k, v in FORMAT_NAMES.items() if v == looks)
    ext = "xlf" if fmt == "xliff" else fmt
    return [
        InputNote(
            path,
            f"read as plain text (by its extension), but it looks like {looks}: rename it to .{ext}, or audit it "
            f"alone with --format {fmt}",
            1,
        )
    ]


def _refuse_piped(blank: bool, any_bytes: bool, head: bytes, options: ReadOptions) -> None:
    """Refuse standard input with nothing in it (said so, not "-: empty file"), or holding records read as prose
    (:func:`_refuse_stdin_of_another_format`, from its first bytes ``head``)."""
    if blank:
        raise InputError("-", "standard input is empty" + (" (only white space)" if any_bytes else ""))
    if options.format is None:
        _refuse_stdin_of_another_format(head, options)


def _refuse_stdin_of_another_format(data: bytes, options: ReadOptions) -> None:
    """Standard input is read as plain text unless --format says otherwise; records piped without it (JSON
    lines, a TSV with its header, XLIFF, PO, subtitles, HTML) would be audited as prose, their fields and
    markup as text, and the run would pass as clean: an input error saying which --format to give."""
    from audit.corpus.sniff import FORMAT_NAMES, looks_like

    head = data[:8192].decode("utf-8", errors="replace")
    looks = looks_like(head, options.fields)
    if looks is None or looks == "XML" or (looks in ("TSV", "CSV") and not _table_head(head, looks)):
        return
    fmt = next(k for k, v in FORMAT_NAMES.items() if v == looks)
    raise InputError(
        "-",
        f"standard input is read as plain text unless --format says otherwise, and it looks like {looks}: "
        f"give --format {fmt} (or --format text to audit it as plain text)",
        1,
    )


def _read(fh: BinaryIO, fmt: str, item: InputFile, options: ReadOptions, errors: list[InputError]) -> list[Document]:
    if fmt == "text":
        from audit.corpus.plaintext import read_plaintext

        docs = read_plaintext(fh, item.doc, item.path, options.max_line, item.first_line, item.start, item.part)
        if options.format is None and item.path != "-" and item.part == 0:
            errors.extend(_text_of_another_format(fh, item.path))
        return docs
    if fmt == "jsonl":
        from audit.corpus.jsonl import read_jsonl

        return read_jsonl(
            fh,
            item.doc,
            item.path,
            options.max_line,
            options.fields,
            errors,
            item.first_line,
            item.first_record,
            item.start,
        )
    if fmt in ("tsv", "csv"):
        from audit.corpus.table import read_table

        delimiter = "\t" if fmt == "tsv" else ","
        return read_table(fh, item.doc, item.path, options.max_line, options.fields, errors, delimiter)
    if fmt == "xliff":
        from audit.corpus.xliff import read_xliff

        return read_xliff(fh, item.doc, item.path, errors)
    if fmt == "html":
        from audit.corpus.html import read_html

        return read_html(fh, item.doc, item.path, options.max_line)
    if fmt == "po":
        from audit.corpus.po import read_po

        return read_po(fh, item.doc, item.path, options.max_line)
    if fmt in ("srt", "vtt"):
        from audit.corpus.subtitles import read_subtitles

        return read_subtitles(fh, item.doc, item.path, options.max_line, fmt, errors)
    if fmt == "markdown":
        from audit.corpus.markdown import read_markdown

        return read_markdown(fh, item.doc, item.path, options.max_line)
    raise InputError(
        item.path, f"unknown format {fmt!r} (use text, jsonl, tsv, csv, xliff, html, po, srt, vtt or markdown)"
    )


__all__ = [
    "Document",
    "FieldNames",
    "InputError",
    "InputFile",
    "ReadOptions",
    "Skipped",
    "discover",
    "format_of",
    "read_file",
    "stream_file",
    "streams",
]
