"""One edited TSV/CSV row written back for ``audit apply``: only its target cell changes.

The row's other cells keep their bytes as the file has them (a cell quoted by an export that quotes every
cell stays quoted, a cell written without quotes stays so), and the edited cell keeps its quoting when it
had some; it gains quotes only when its new text needs them (a delimiter, a double quote or a line break).
"""

from __future__ import annotations

from audit.corpus.table_rows import TableRow

_QUOTE = '"'


def row_line_end(row: TableRow, default: str) -> str:
    """The line end the row was written with (its last line's), ``default`` for a last line without one."""
    last = row.raw[-1] if row.raw else ""
    body = last.rstrip("\r\n")
    return last[len(body) :] or default


def edited_row(row: TableRow, col: int, text: str, delimiter: str, newline: str) -> str:
    """``row`` with cell ``col`` holding ``text``, every other byte of the row as the file has it."""
    end = row_line_end(row, newline)
    cells = list(row.cells or ())
    cells[col] = text
    needs_quoting = any(c in text for c in "\t\r\n")
    if row.literal and not needs_quoting:
        return delimiter.join(cells) + end  # a TSV row read without quoting: its cells as they were
    raw = "".join(row.raw)
    parts = raw_cells(raw[: len(raw.rstrip("\r\n"))], delimiter)
    if row.literal or not _same_cells(parts, row.cells or [], col):
        # a cell's quotes would read otherwise: the whole row with minimal quoting (a cell holding a line break
        # is quoted whatever the row's line end: csv.writer quotes only the characters of its lineterminator)
        row_text = delimiter.join(_quoted(c, delimiter, False) for c in cells)
        return (row_text or _QUOTE * 2) + end  # a row of one empty cell is no blank line
    parts[col] = _quoted(text, delimiter, parts[col].startswith(_QUOTE))
    return delimiter.join(parts) + end


def _same_cells(parts: list[str], cells: list[str], col: int) -> bool:
    """The raw cells read as the reader read the row (the edited one aside)."""
    if len(parts) != len(cells):
        return False
    return all(i == col or _unquoted(p) == c for i, (p, c) in enumerate(zip(parts, cells, strict=True)))


def raw_cells(raw: str, delimiter: str) -> list[str]:
    """The cells of one row (its line end left off) as written, quotes included, split at the delimiters
    outside quotes as :mod:`csv` reads them."""
    cells: list[str] = []
    i = 0
    while True:
        j = _quoted_end(raw, i + 1) if raw.startswith(_QUOTE, i) else i
        k = raw.find(delimiter, j)
        if k < 0:
            cells.append(raw[i:])
            return cells
        cells.append(raw[i:k])
        i = k + 1


def _quoted_end(raw: str, j: int) -> int:
    """The index just past the quote closing a quoted cell whose text starts at ``j`` (doubled quotes skipped)."""
    while True:
        k = raw.find(_QUOTE, j)
        if k < 0:
            return len(raw)
        if not raw.startswith(_QUOTE, k + 1):
            return k + 1
        j = k + 2


def _unquoted(part: str) -> str:
    """A cell's text from its raw form."""
    if len(part) >= 2 and part[0] == part[-1] == _QUOTE:
        return part[1:-1].replace(_QUOTE * 2, _QUOTE)
    return part


def _quoted(text: str, delimiter: str, was_quoted: bool) -> str:
    """``text`` as a cell: quoted when the cell was, or when it holds a delimiter, a quote or a line break."""
    if was_quoted or any(c in text for c in (delimiter, _QUOTE, "\r", "\n")):
        return _QUOTE + text.replace(_QUOTE, _QUOTE * 2) + _QUOTE
    return text
