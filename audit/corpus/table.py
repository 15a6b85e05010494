"""TSV/CSV reader: a header row naming the columns (``src``, ``mt``, ``ref``, optional ``id``)."""

from __future__ import annotations

import csv
from typing import BinaryIO

from audit.corpus.decode import iter_lines
from audit.corpus.errors import InputError
from audit.corpus.records import FieldNames, record_segment
from audit.model import Document, Segment

csv.field_size_limit(1 << 27)


def read_table(
    fh: BinaryIO, doc: str, path: str, max_line: int, fields: FieldNames, errors: list[InputError], delimiter: str
) -> list[Document]:
    lines = iter_lines(fh, path, max_line)
    # csv wants lines with their terminators to handle quoted newlines.
    reader = csv.reader((ln + "\n" for ln in lines), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(path, "empty file") from None
    except csv.Error as e:
        raise InputError(path, f"malformed header: {e}", 1) from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    target_key = fields.pick("target", header)
    if target_key is None:
        wanted = fields.target or "/".join(fields.defaults["target"])
        raise InputError(path, f"header has no target column ({wanted}); columns: {', '.join(header)}", 1)
    col = {name: i for i, name in enumerate(header)}
    src_key, ref_key, id_key = (fields.pick(r, header) for r in ("source", "reference", "id"))
    segments: list[Segment] = []
    start_line = 2
    while True:
        start_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            errors.append(InputError(path, f"malformed row: {e}", start_line))
            continue
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            errors.append(InputError(path, f"row has {len(row)} columns, the header has {len(header)}", start_line))
            continue

        def get(key: str | None, row: list[str] = row) -> str | None:
            return row[col[key]] if key is not None else None

        record = get(id_key) or str(len(segments))
        segments.append(
            record_segment(len(segments), row[col[target_key]], start_line, record, get(src_key), get(ref_key))
        )
    if not segments and not errors:
        raise InputError(path, "no rows after the header")
    fmt = "tsv" if delimiter == "\t" else "csv"  # audit apply writes the copy with the same delimiter
    return [Document(doc=doc, segments=segments, title=doc, format=fmt, path=path)] if segments else []
