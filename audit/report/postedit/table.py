"""TSV/CSV written back: rows split as the reader splits them, the edited rows changed in their target cell."""

from __future__ import annotations

import re
from typing import Any

from audit.corpus.table_rows import TableRow, table_rows
from audit.report.postedit.common import ApplyError, nfc, target_key
from audit.report.table_edit import edited_row


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
    key = target_key(clean, fields)
    if key is None:
        raise ApplyError(f"{where}:1: no target column in the header")
    col = clean.index(key)
    newline = _table_newline(text)
    by_line = {r.line: r for r in rows[1:] if r.cells is not None and len(r.cells) > col}
    written: dict[int, str] = {}  # the edited rows; every other row is written back byte for byte
    for e in edits:
        row = by_line.get(e["line"])
        if row is None or row.cells is None or nfc(_line_breaks_as(row.cells[col])) != e["original"]:
            raise ApplyError(f"{where}:{e['line']}: the row's target is not the audited text")
        text = _line_breaks_as(e["text"], _cell_line_break(row, rows, newline))
        written[row.line] = edited_row(row, col, text, delimiter, newline)
    return "".join(written.get(row.line) or "".join(row.raw) for row in rows)


def _lines_with_ends(text: str) -> list[str]:
    """``text``'s lines with their line ends (LF, CRLF or a lone CR), as :mod:`csv` reads a string."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
