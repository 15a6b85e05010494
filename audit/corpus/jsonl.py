"""JSONL reader: one JSON object per line with target/source/reference/id fields."""

from __future__ import annotations

import json
from typing import BinaryIO

from audit.corpus.decode import iter_lines
from audit.corpus.errors import InputError
from audit.corpus.records import FieldNames, record_segment
from audit.model import Document, Segment


def read_jsonl(
    fh: BinaryIO,
    doc: str,
    path: str,
    max_line: int,
    fields: FieldNames,
    errors: list[InputError],
    first_line: int = 1,
    first_record: int = 0,
) -> list[Document]:
    """A Document of the file's records (or of one part of a large file).

    A malformed line is reported and skipped. A record without an id gets its 0-based index
    among the file's non-blank lines.
    """
    segments: list[Segment] = []
    n_records = first_record - 1
    for line_no, line in enumerate(iter_lines(fh, path, max_line), start=first_line):
        if not line.strip():
            continue
        n_records += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(InputError(path, f"malformed JSON at column {e.colno}: {e.msg}", line_no))
            continue
        if not isinstance(obj, dict):
            errors.append(InputError(path, f"expected a JSON object, got {type(obj).__name__}", line_no))
            continue
        keys = list(obj)
        target_key = fields.pick("target", keys)
        if target_key is None or not isinstance(obj[target_key], str):
            wanted = fields.target or "/".join(fields.defaults["target"])
            errors.append(InputError(path, f"no target text field ({wanted}) in this record", line_no))
            continue
        id_key = fields.pick("id", keys)
        record = str(obj[id_key]) if id_key is not None else str(n_records)

        src_key, ref_key = fields.pick("source", keys), fields.pick("reference", keys)
        segments.append(
            record_segment(
                len(segments),
                obj[target_key],
                line_no,
                record,
                obj.get(src_key) if src_key else None,
                obj.get(ref_key) if ref_key else None,
            )
        )
    if not segments and not errors and first_record == 0:
        raise InputError(path, "no records")
    return [Document(doc=doc, segments=segments, title=doc, format="jsonl", path=path)] if segments else []
