"""Where the project's reference data lives, and how a plain data file is read.

Every linguistic resource is a file in ``references/`` (see ``references/SOURCES.md``),
loaded by one function in ``audit.lang`` and cached for the life of the process, so a
worker loads each resource once. Files are UTF-8 TSV with a header row; lines starting
with ``#`` are comments.
"""

from __future__ import annotations

import csv
import functools
import os
from collections.abc import Iterator
from pathlib import Path


class ResourceError(Exception):
    """A reference file is missing or malformed."""


@functools.cache
def references_dir() -> Path:
    """The ``references/`` directory: ``$MT_AUDIT_REFERENCES``, the packaged copy, or the repo's."""
    env = os.environ.get("MT_AUDIT_REFERENCES")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parent.parent
    candidates += [here / "_references", here.parent / "references"]
    for c in candidates:
        if c.is_dir():
            return c
    raise ResourceError(f"references directory not found (looked in {', '.join(map(str, candidates))})")


def reference_path(name: str) -> Path:
    path = references_dir() / name
    if not path.is_file():
        raise ResourceError(f"reference file {name!r} not found in {references_dir()}")
    return path


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV reference file as dicts keyed by its header; comments and blanks skipped."""
    path = reference_path(name)
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for i, row in enumerate(reader, start=2):
            if None in row or any(v is None for v in row.values()):
                raise ResourceError(f"{path}: row {i} does not match the header {reader.fieldnames}")
            yield {k: v.strip() for k, v in row.items()}


def read_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a list file, stripped."""
    path = reference_path(name)
    with path.open(encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
