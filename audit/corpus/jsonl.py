"""JSONL reader: one JSON object per line with target/source/reference/id fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from typing import BinaryIO

from audit.corpus.decode import cr_note, iter_lines
from audit.corpus.errors import InputError, InputNote
from audit.corpus.records import FieldNames, record_segment
from audit.corpus.sniff import looks_like
from audit.model import Document, Segment

ROLES = ("target", "source", "reference", "id")
_BY_INDEX = "each record is named by its position in the file, counted from 0"


def read_jsonl(
    fh: BinaryIO,
    doc: str,
    path: str,
    max_line: int,
    fields: FieldNames,
    errors: list[InputError],
    first_line: int = 1,
    first_record: int = 0,
    first_offset: int = 0,
) -> list[Document]:
    """A Document of the file's records (or of one part of a large file).

    A malformed line is reported and skipped. A record without an id gets its 0-based index
    among the file's non-blank lines.
    """
    segments: list[Segment] = []
    n_records = first_record - 1
    named = {role: name for role in ROLES if (name := getattr(fields, role)) is not None}
    seen: set[str] = set()
    used: dict[str, set[str]] = {role: set() for role in ROLES}  # the fields each role was read from
    first_keys: list[str] = []
    first_text_keys: list[str] = []  # the first record's fields that hold text of more than a word
    no_target: list[InputError] = []  # records without a target field (one error when no record has one)
    locked: set[str] = set()  # roles read from their named field alone, from the first record that has it on
    record_fields = fields
    lines = iter_lines(fh, path, max_line, first_line, first_offset)
    for line_no, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        n_records += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            if n_records == 0 and not line.lstrip("\ufeff \t").startswith(("{", "[")):
                raise _not_jsonl(path, line, lines, line_no, fields) from None
            errors.append(
                InputError(
                    path, f"malformed JSON at column {e.colno}: {e.msg}; record skipped{cr_note(line, path)}", line_no
                )
            )
            continue
        if not isinstance(obj, dict):
            got = f"expected a JSON object ({{...}}) on each line, got {_kind(obj)}; record skipped"
            errors.append(InputError(path, got, line_no))
            continue
        if len(locked) < len(named) and (new := {r for r, name in named.items() if name in obj} - locked):
            locked |= new  # from the first record with the field named for a role on, the role is read from it alone
            record_fields = fields.requiring(locked)
        problem = _record_problem(obj, record_fields)
        if problem:
            errors.append(InputError(path, problem, line_no))
            if problem.startswith("no target"):
                no_target.append(errors[-1])
            continue
        keys = list(obj)
        if not first_keys:
            first_keys, first_text_keys = keys, [k for k, v in obj.items() if isinstance(v, str) and " " in v.strip()]
        seen.update(role for role, name in named.items() if name in obj)
        target_key = record_fields.pick("target", keys)
        id_key = record_fields.pick("id", keys)
        record = str(obj[id_key]) if id_key is not None and obj[id_key] is not None else str(n_records)
        src_key, ref_key = record_fields.pick("source", keys), record_fields.pick("reference", keys)
        for role, key in (("target", target_key), ("source", src_key), ("reference", ref_key), ("id", id_key)):
            if key is not None:
                used[role].add(key)
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
    if not segments and len(no_target) > 1:
        _one_error_for_all(errors, no_target, fields)
    if not segments and not errors and first_record == 0:
        raise InputError(path, "no records")
    if segments and first_record == 0:  # once per file (a large file's first part)
        errors.extend(_unseen_fields(path, fields, named, seen, first_keys, used))
        unread = fields.unread(first_text_keys)
        note = None if used["source"] else fields.no_source_note(unread, "field", "text fields of the first record")
        if note:
            errors.append(InputNote(path, note))
    return [Document(doc=doc, segments=segments, title=doc, format="jsonl", path=path)] if segments else []


def _one_error_for_all(errors: list[InputError], no_target: list[InputError], fields: FieldNames) -> None:
    """Records none of which has a target field: one error for the file (at its first such record) in place of
    one per record, as they all say the same (the file names its fields otherwise)."""
    first = no_target[0]
    have = first.message.rpartition("; its fields: ")[2]
    message = (
        f"no target text field ({fields.wanted('target')}) in any of the {len(no_target):,} records "
        f"(all skipped); the first one's fields: {have}"
    )
    drop = {id(e) for e in no_target}
    at = errors.index(first)
    errors[:] = [
        *errors[:at],
        InputError(first.path, message, first.line),
        *(e for e in errors[at:] if id(e) not in drop),
    ]


def _unseen_fields(
    path: str, fields: FieldNames, named: dict[str, str], seen: set[str], keys: list[str], used: dict[str, set[str]]
) -> list[InputError]:
    """A field named on purpose (--field, ``fields``) that no record has: a note when the records were read by a
    default name instead (a batch whose files name their fields differently), else an input error for a source,
    reference or id, as the A rules or the metrics would silently not run (a missing target is each record's
    error already)."""
    have = ", ".join(keys[:8]) + (", …" if len(keys) > 8 else "")
    problems: list[InputError] = []
    for role, name in named.items():
        if role in seen:
            if others := used[role] - {name}:  # records before the first that has it
                lead = "records before the first with the field"
                problems.append(InputNote(path, fields.fallback_note(role, "/".join(sorted(others)), lead)))
            continue
        if used[role]:
            lead = "no record has the field"
            problems.append(InputNote(path, fields.fallback_note(role, "/".join(sorted(used[role])), lead)))
        elif role == "id":
            problems.append(InputNote(path, f"no record has the id field {name!r} (--field id={name}); {_BY_INDEX}"))
        elif role != "target":
            problems.append(
                InputError(
                    path,
                    f"no record has the {role} field {name!r} (named with --field {role}={name} or fields in the "
                    f"configuration); the first record's fields: {have}",
                )
            )
    return problems


def _not_jsonl(path: str, line: str, rest: Iterator[str], line_no: int, fields: FieldNames) -> InputError:
    """The file's first record is not JSON at all: a file-level error saying what it looks like."""
    try:
        head = "\n".join([line, *islice(rest, 20)])
    except InputError:
        head = line
    looks = looks_like(head, fields) or "text"
    message = f"not JSON lines: the first record is not a JSON object; the file looks like {looks}"
    return InputError(path, message, line_no)


def _kind(value: object) -> str:
    """How JSON calls a value's type, for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _record_problem(obj: dict[str, object], fields: FieldNames) -> str | None:
    """Why a record cannot be audited (no target text, a field of the wrong JSON type), or None.

    The target must be a string; the source and reference a string or null (null: none); the id
    a string, a number or null (null: the record's index).
    """
    keys = list(obj)
    target_key = fields.pick("target", keys)
    if target_key is None:
        wanted = fields.wanted("target")
        have = ", ".join(keys[:8]) + (", …" if len(keys) > 8 else "") if keys else "none"
        return f"no target text field ({wanted}) in this record; its fields: {have}"
    value = obj[target_key]
    if not isinstance(value, str):
        return f"field {target_key!r} (the target text) is {_kind(value)}, not a string; record skipped"
    for role, allowed in (("source", (str,)), ("reference", (str,)), ("id", (str, int, float))):
        key = fields.pick(role, keys)
        value = obj[key] if key is not None else None
        if value is not None and (isinstance(value, bool) or not isinstance(value, allowed)):
            kinds = "a string or null" if role != "id" else "a string, a number or null"
            return f"field {key!r} (the {role}) is {_kind(value)}, not {kinds}; record skipped"
    return None
