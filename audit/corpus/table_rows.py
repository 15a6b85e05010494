"""The rows of a TSV/CSV file, as the reader and ``audit apply`` both split them.

CSV is read with RFC 4180 quoting. A TSV file is, by its own definition (IANA text/tab-separated-values),
text without quoting: what MT pipelines write (``paste src mt ref``, sacrebleu, pandas with
``quoting=QUOTE_NONE``) keeps a sentence's quotation marks as they are, so a row such as
``"It works," she said.`` or ``"Stop!"`` is text. Spreadsheets quote a TSV cell that holds a tab, a line
break or a double quote (doubling the quote). A TSV row is therefore read with quoting only when the quoting
does something no text would: a quoted cell runs over several lines, holds a tab or a doubled quote, or
every cell of the row is quoted (an export that quotes all); otherwise the row is its line split at tabs. A
quotation opened in one row and closed in a later one (news quotes run over sentences) would make the quoting
swallow the rows between: when each line it ran over is a whole row by itself, each is read as one.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

csv.field_size_limit(1 << 27)


@dataclass(slots=True)
class TableRow:
    """One row: its first line (1-based), its cells (None when it cannot be read) and how it was read."""

    line: int
    cells: list[str] | None
    raw: list[str]  # the physical lines it was read from, with their line ends
    literal: bool = False  # a TSV row read without quoting (its line split at tabs)
    error: csv.Error | None = None


def table_rows(lines: Iterable[str], delimiter: str) -> Iterator[TableRow]:
    """The rows of ``lines`` (each with its line end, as :mod:`csv` wants them), in order, the header first."""
    consumed: list[str] = []

    def feed() -> Iterator[str]:
        for ln in lines:
            consumed.append(ln)
            yield ln

    reader = csv.reader(feed(), delimiter=delimiter, strict=True)
    width = 0  # the header's cells
    while True:
        start = reader.line_num + 1
        consumed.clear()
        try:
            cells: list[str] | None = next(reader)
            error = None
        except StopIteration:
            return
        except csv.Error as e:
            cells, error = None, e
        row = TableRow(start, cells, list(consumed), error=error)
        width = width or len(cells or ())
        if delimiter == "\t" and len(row.raw) > 1 and start > 1 and _each_line_a_row(row.raw, width):
            yield from _literal_rows(row)  # a quotation opened in one sentence and closed in a later one
            continue
        if delimiter == "\t":
            _unquote_tsv(row)
        yield row


def _each_line_a_row(lines: list[str], width: int) -> bool:
    """Each line (blank ones aside) is a whole row of the header's width when read without quoting: a quoting
    that ran over them is a quotation mark opened in the text, not a spreadsheet's cell over several lines."""
    return all(not ln.strip() or ln.rstrip("\r\n").count("\t") == width - 1 for ln in lines)


def _literal_rows(row: TableRow) -> Iterator[TableRow]:
    """The lines of ``row`` as rows of their own, each its line split at tabs."""
    for i, ln in enumerate(row.raw):
        yield TableRow(row.line + i, ln.rstrip("\r\n").split("\t"), [ln], literal=True)


def _unquote_tsv(row: TableRow) -> None:
    """Read a one-line TSV row without quoting unless its quoting does something no text would."""
    if len(row.raw) != 1 or '"' not in row.raw[0]:
        return
    literal = row.raw[0].rstrip("\r\n").split("\t")
    if row.cells is None:  # quotes that are no quoting: '"It works," she said.'
        row.cells, row.error, row.literal = literal, None, True
        return
    if literal == row.cells:  # quotation marks inside the text ('Danius said, "Right now …'): written back as read
        row.literal = True
        return
    if len(literal) != len(row.cells):  # a quoted cell holds a tab
        return
    quoted = [len(raw) >= 2 and raw[0] == raw[-1] == '"' for raw in literal]
    needed = any(q and raw[1:-1] != cell for q, raw, cell in zip(quoted, literal, row.cells, strict=True))
    all_quoted = all(q for q, raw in zip(quoted, literal, strict=True) if raw)
    if not needed and not all_quoted and any(quoted):
        row.cells, row.literal = literal, True
