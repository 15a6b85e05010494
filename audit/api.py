"""Library entry points: audit a string or a Document without the CLI or output files."""

from __future__ import annotations

from audit.corpus.build import document_from_lines
from audit.model import Document, Finding
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def document_from_text(text: str, doc: str = "<text>") -> Document:
    """A Document from a string laid out like a plain-text file (one paragraph per line)."""
    return document_from_lines(doc, text.split("\n"))


def audit_text(text: str, select: list[str] | None = None, ignore: list[str] | None = None) -> list[Finding]:
    """Findings of the selected rules (all by default) on ``text``."""
    doc = document_from_text(text)
    rules = [cls() for cls in select_rules(select, ignore)]
    return run_rules(doc, rules, Settings())
