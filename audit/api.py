"""Library entry points: audit a string or a Document without the CLI or output files."""

from __future__ import annotations

import datetime

from audit.clock import fixed
from audit.corpus.build import document_from_lines
from audit.corpus.records import record_segment
from audit.model import Document, Finding
from audit.pipeline import Settings, run_rules
from audit.rules.base import SOURCE_ARROW
from audit.rules.registry import select_rules


def document_from_text(text: str, doc: str = "<text>") -> Document:
    """A Document from a string laid out like a plain-text file (one paragraph per line)."""
    return document_from_lines(doc, text.split("\n"))


def document_from_pairs(pairs: list[tuple[str, str]], doc: str = "<pairs>") -> Document:
    """A Document of (source, target) records, as a TSV or JSONL file with a source gives."""
    segments = [record_segment(i, target, i + 1, str(i), source, None) for i, (source, target) in enumerate(pairs)]
    return Document(doc=doc, segments=segments, title=doc, format="pairs")


def example_document(example: str, needs_source: bool) -> Document:
    """The document of a rule's documentation example: text, or 'source => target' lines for a rule
    that reads the source (or for any rule, when every line is such a record: a rule that also reads a source)."""
    if not needs_source and not all(SOURCE_ARROW in line for line in example.split("\n")):
        return document_from_text(example)
    pairs = []
    for line in example.split("\n"):
        source, sep, target = line.partition(SOURCE_ARROW)
        if not sep:
            raise ValueError(f"an example of a source rule needs 'source{SOURCE_ARROW}target': {line!r}")
        pairs.append((source, target))
    return document_from_pairs(pairs)


def audit_text(
    text: str, select: list[str] | None = None, ignore: list[str] | None = None, as_of: datetime.date | None = None
) -> list[Finding]:
    """Findings of the selected rules (all by default) on ``text``; ``as_of``: the day counted as today
    (default: ``MT_AUDIT_AS_OF``, else the calendar's; see audit.clock)."""
    doc = document_from_text(text)
    rules = [cls() for cls in select_rules(select, ignore)]
    with fixed(as_of):
        return run_rules(doc, rules, Settings(as_of=as_of))


def audit_pairs(
    pairs: list[tuple[str, str]],
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    as_of: datetime.date | None = None,
) -> list[Finding]:
    """Findings of the selected rules (all by default) on (source, target) records, the source rules (A) included;
    ``as_of`` as for :func:`audit_text`."""
    doc = document_from_pairs(pairs)
    rules = [cls() for cls in select_rules(select, ignore)]
    with fixed(as_of):
        return run_rules(doc, rules, Settings(as_of=as_of))
