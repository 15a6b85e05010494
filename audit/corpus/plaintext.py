"""Plain-text reader: one paragraph per line (LF, CRLF or CR ends it), web boilerplate around the article
(like corpus/)."""

from __future__ import annotations

from typing import BinaryIO

from audit.corpus.build import document_from_lines
from audit.corpus.decode import cr_lines, iter_lines
from audit.corpus.errors import InputError
from audit.model import Document


def read_plaintext(
    fh: BinaryIO, doc: str, path: str, max_line: int, first_line: int = 1, first_offset: int = 0, part: int = 0
) -> list[Document]:
    """The page as one Document; a part of a large file (``part`` > 0 after the first) starts at line
    ``first_line``, byte ``first_offset``, and gives no Document when it holds only blank lines."""
    lines = list(cr_lines(iter_lines(fh, path, max_line, first_line, first_offset)))
    if not any(line.strip() for line in lines):
        if part:
            return []
        raise InputError(path, "empty file (no text)")
    return [document_from_lines(doc, lines, "text", path, first_line)]
