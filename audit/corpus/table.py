"""TSV/CSV reader: a header row naming the columns (``src``, ``mt``, ``ref``, optional ``id``).

A line feed, a carriage return and line feed, or a lone carriage return (classic Mac exports) ends a
line, as :mod:`csv` and ``audit apply`` read the file: row line numbers agree with an editor's."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from itertools import islice
from typing import BinaryIO

from audit.corpus.decode import iter_lines
from audit.corpus.errors import InputError, InputNote
from audit.corpus.records import FieldNames, record_segment
from audit.corpus.sniff import looks_like_note
from audit.corpus.table_rows import table_rows
from audit.model import Document, Segment


def read_table(
    fh: BinaryIO, doc: str, path: str, max_line: int, fields: FieldNames, errors: list[InputError], delimiter: str
) -> list[Document]:
    """The file's rows as one Document (raises InputError when its header cannot be read)."""
    return list(iter_table(fh, doc, path, max_line, fields, errors, delimiter))


def iter_table(
    fh: BinaryIO,
    doc: str,
    path: str,
    max_line: int,
    fields: FieldNames,
    errors: list[InputError],
    delimiter: str,
    chunk: int | None = None,
) -> Iterator[Document]:
    """The file's rows as Documents of at most ``chunk`` rows each, read as they are needed (one Document
    when ``chunk`` is None); each after the first has ``part`` > 0: it continues the one before."""
    lines = iter_lines(fh, path, max_line, cr=True)
    first: list[str] = []  # the header line as written, for the error when it names no target column

    def terminated() -> Iterator[str]:  # csv wants lines with their terminators to handle quoted newlines
        for ln in lines:
            if not first:
                first.append(ln)
            yield ln + "\n"

    fmt = "tsv" if delimiter == "\t" else "csv"
    rows = table_rows(terminated(), delimiter)
    head_row = next(rows, None)
    if head_row is None:
        raise InputError(path, "empty file")
    if head_row.cells is None:
        if delimiter == "," and (semi := _semicolons(first[0] if first else "", fields)):
            raise InputError(path, semi, 1) from None
        note = looks_like_note(_head(first, lines), fmt, fields)
        raise InputError(path, f"malformed header: {head_row.error}{note}", 1) from None
    header = [h.strip().lstrip("\ufeff") for h in head_row.cells]
    target_key = fields.pick("target", header)
    if target_key is None:
        if delimiter == "," and len(header) == 1 and (semi := _semicolons(first[0] if first else "", fields)):
            raise InputError(path, semi, 1)
        if first and _SEP_LINE.fullmatch(first[0].strip().lstrip("\ufeff")):
            raise InputError(path, _sep_line(first[0].strip().lstrip("\ufeff"), delimiter), 1)
        wanted = fields.wanted("target")
        note = looks_like_note(_head(first, lines), fmt, fields)
        more = ", …" if len(header) > 12 else ""
        shown = note or "; its columns: " + ", ".join(repr(h) for h in header[:12]) + more
        raise InputError(path, f"header has no target column ({wanted}){shown}", 1)
    _check_named_columns(path, header, fields)
    col = {name: i for i, name in enumerate(header)}
    src_key, ref_key, id_key = (fields.pick(r, header) for r in ("source", "reference", "id"))
    errors.extend(
        _column_notes(
            path, header, fields, {"target": target_key, "source": src_key, "reference": ref_key, "id": id_key}
        )
    )
    segments: list[Segment] = []
    part = 0  # Documents yielded so far
    first_row: list[str] = []  # the first row read, for the note on columns left unread
    n_rows = -1  # a row without an id is named by its 0-based index among the non-blank rows, read or not
    for table_row in rows:
        row, start_line = table_row.cells, table_row.line
        if row is None:
            n_rows += 1
            errors.append(InputError(path, f"malformed row: {_csv_error(table_row.error)}", start_line))
            continue
        if not any(c.strip() for c in row):
            continue
        n_rows += 1
        if len(row) != len(header):
            errors.append(InputError(path, _width_message(row, header, delimiter), start_line))
            continue

        def get(key: str | None, row: list[str] = row) -> str | None:
            return row[col[key]] if key is not None else None

        first_row = first_row or row
        record = get(id_key) or str(n_rows)  # (as JSONL's: a row skipped before it does not rename it)
        seg = record_segment(len(segments), row[col[target_key]], start_line, record, get(src_key), get(ref_key))
        if chunk is not None:
            seg.paragraph = part * chunk + seg.index  # as in the file read whole: a row is a paragraph
        segments.append(seg)
        if chunk is not None and len(segments) >= chunk:
            yield Document(doc=doc, segments=segments, title=doc, format=fmt, path=path, part=part)
            segments, part = [], part + 1
    if not segments and not part and not errors:
        raise InputError(path, "no rows after the header")
    if src_key is None and first_row:
        errors.extend(_no_source_note(path, header, fields, first_row))
    # audit apply writes the copy with the same delimiter
    if segments:
        yield Document(doc=doc, segments=segments, title=doc, format=fmt, path=path, part=part)


_SEP_LINE = re.compile(r"sep=.?", re.IGNORECASE)  # Excel's separator directive, a line before the header


def _sep_line(line: str, delimiter: str) -> str:
    """The error for a file whose first line is Excel's ``sep=`` directive, not the header."""
    sep = line[4:]
    other = (
        f"; it also says the columns are separated by {sep!r}: save the file with "
        + ("tabs" if delimiter == "\t" else "commas, or as tab-separated text (.tsv)")
        if sep and sep != delimiter
        else ""
    )
    return (
        f"the first line is Excel's separator directive {line!r}, not the header naming the columns: delete that "
        f"line (the header must come first){other}"
    )


def _semicolons(line: str, fields: FieldNames) -> str:
    """The error for a CSV header line whose columns are separated by semicolons and name a target, else ''."""
    cells = [c.strip().lstrip("\ufeff").strip('"') for c in line.split(";")]
    if len(cells) < 2 or fields.pick("target", cells) is None:
        return ""
    return (
        f"columns separated by semicolons, not commas: {line.strip()[:80]!r} (Excel saves CSV so in some "
        "locales); save it with commas, or as tab-separated text (.tsv)"
    )


_BY_INDEX = "each row is named by its position among the rows, counted from 0"


def _column_notes(path: str, header: list[str], fields: FieldNames, keys: dict[str, str | None]) -> list[InputError]:
    """Notes on the columns: a default name read for one given with --field (a batch whose files name their
    columns differently), and columns no role reads when there is no source column."""
    notes = [
        InputNote(path, fields.fallback_note(role, key, "the header has no column"), 1)
        for role, key in keys.items()
        if key is not None and getattr(fields, role) not in (None, key)
    ]
    if fields.id is not None and keys["id"] is None:
        notes.append(
            InputNote(path, f"the header has no id column {fields.id!r} (--field id={fields.id}); {_BY_INDEX}", 1)
        )
    return notes


def _no_source_note(path: str, header: list[str], fields: FieldNames, first: list[str]) -> list[InputError]:
    """A note naming the columns no role reads that hold a phrase in the first row, when there is no source."""
    phrases = [h for h, cell in zip(header, first, strict=True) if " " in cell.strip()]
    note = fields.no_source_note(fields.unread(phrases), "column", "columns with text")
    return [InputNote(path, note, 1)] if note else []


def _check_named_columns(path: str, header: list[str], fields: FieldNames) -> None:
    """A source, reference or id column named on purpose (--field, ``fields`` in the configuration) that the
    header does not have, nor a column of a default name for it, is an input error: left alone, the A rules or
    the metrics would silently not run."""
    for role in ("source", "reference"):
        name = getattr(fields, role)
        if name is not None and fields.pick(role, header) is None:
            shown = ", ".join(repr(h) for h in header[:12]) + (", …" if len(header) > 12 else "")
            raise InputError(
                path,
                f"header has no {role} column {name!r} (named with --field {role}={name} or fields in the "
                f"configuration); its columns: {shown}",
                1,
            )


def _head(first: list[str], rest: Iterator[str]) -> str:
    """The file's first lines (a file-level error is on its way: reading on is fine)."""
    try:
        return "\n".join([*first, *islice(rest, 20)])
    except InputError:
        return "\n".join(first)


def _width_message(row: list[str], header: list[str], delimiter: str) -> str:
    """Why a row is skipped: its column count against the header's, and the usual cause."""
    columns = "column" if len(row) == 1 else "columns"
    msg = f"row has {len(row)} {columns}, the header has {len(header)} ({', '.join(header)}); row skipped"
    if len(row) > len(header):
        sep = "a tab" if delimiter == "\t" else "a comma"
        msg += f" ({sep} inside a text? put the text in double quotes)"
    return msg


def _csv_error(e: csv.Error | None) -> str:
    """The csv module's complaint, with what it means in a file a person edits."""
    text = str(e)
    if "unexpected end of data" in text:
        return f"{text} (a double quote opened in this row is never closed)"
    if "expected after" in text:
        return f'{text} (a double quote inside a quoted text is written twice: "")'
    return text
