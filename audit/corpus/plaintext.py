"""Plain-text reader: one paragraph per line (LF, CRLF or CR ends it), web boilerplate around the article
(like corpus/)."""

from __future__ import annotations

from typing import BinaryIO

from audit.corpus.build import document_from_lines
from audit.corpus.decode import cr_lines, iter_lines
from audit.corpus.errors import InputError
from audit.model import Document


def read_plaintext(fh: BinaryIO, doc: str, path: str, max_line: int) -> list[Document]:
    lines = list(cr_lines(iter_lines(fh, path, max_line)))
    if not any(line.strip() for line in lines):
        raise InputError(path, "empty file (no text)")
    return [document_from_lines(doc, lines, "text", path)]
