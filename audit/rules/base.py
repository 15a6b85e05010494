"""What a detector is: a small class with a stable code, an MQM category, a severity and docs.

A rule subclasses :class:`SegmentRule` (looks at one segment at a time) or
:class:`DocumentRule` (looks at the whole document, e.g. consistency checks), and is
registered with :func:`audit.rules.registry.register`. Rules yield :class:`Hit` objects;
the pipeline turns them into :class:`audit.model.Finding` records with file positions.

Documentation lives on the class, the way ruff documents its rules:
``summary`` (one line), ``why`` (why it matters), ``fires`` (examples that must fire) and
``quiet`` (examples that must not). Examples are small documents (one paragraph per line);
in ``fires`` the expected span may be marked ``[[like this]]``. They are run as tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from audit.model import Document, Segment, Severity

CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
CATEGORIES = frozenset(
    {
        "accuracy/mistranslation",
        "accuracy/addition",
        "accuracy/omission",
        "accuracy/untranslated",
        "fluency/grammar",
        "fluency/punctuation",
        "fluency/spelling",
        "fluency/inconsistency",
        "fluency/register",
        "style/awkward",
        "terminology/inconsistent",
        "terminology/wrong-term",
        "locale/convention",
        "design/markup",
        "other",
    }
)
FAMILIES = {
    "N": "names",
    "C": "countries and places",
    "F": "sentence form and punctuation",
    "L": "language (untranslated, wrong language)",
    "S": "spelling",
    "T": "terminology and consistency",
    "A": "accuracy against the source (records with a source text)",
}
# In the examples of a rule that reads the source (``needs_source``), each line is one record written
# 'source => target'
SOURCE_ARROW = " => "

T = TypeVar("T")


@dataclass(slots=True)
class Hit:
    """A span a rule flags inside one segment (``start``/``end`` index ``segment.text``)."""

    segment: int
    start: int
    end: int
    message: str
    suggestion: str | None = None
    confidence: float = 1.0
    candidates: list[str] | None = None
    severity: Severity | None = None  # None: the rule's default


class DocContext:
    """Per-document state shared by rules: the document and memoised analyses.

    Analyses that several rules need (the document's topic countries, the names it
    contains, its tone-placement style …) are computed once with :meth:`memo`.
    """

    __slots__ = ("_memo", "doc")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[Document], T]) -> T:
        if key not in self._memo:
            self._memo[key] = compute(self.doc)
        return self._memo[key]


class Rule:
    """Common metadata and docs of every rule. Subclass SegmentRule or DocumentRule."""

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    why: ClassVar[str]
    fires: ClassVar[tuple[str, ...]] = ()
    quiet: ClassVar[tuple[str, ...]] = ()
    scope: ClassVar[str] = "segment"
    # A heuristic rule whose evidence is the document's own pattern sets this: its findings keep
    # their severity only when another rule finds a major or critical error in the same document,
    # and are reported as minor otherwise (machine translation rarely breaks only one thing).
    corroborate: ClassVar[bool] = False
    # A rule that compares the target with the source: it looks only at segments that have one (records
    # of JSONL, TSV/CSV or XLIFF), and its examples are written 'source => target'
    needs_source: ClassVar[bool] = False

    def hit(self, seg: Segment, start: int, end: int, message: str, **kw: Any) -> Hit:
        return Hit(seg.index, start, end, message, **kw)

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        raise NotImplementedError


class SegmentRule(Rule):
    """A rule that looks at one non-boilerplate segment at a time."""

    scope = "segment"

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        raise NotImplementedError

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in ctx.doc.segments:
            if not seg.boilerplate:
                yield from self.check(seg, ctx)


class SourceRule(SegmentRule):
    """A rule that compares a segment with its source text; segments without a source are skipped."""

    needs_source = True

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in ctx.doc.segments:
            if seg.source and seg.text.strip() and not seg.boilerplate:
                yield from self.check(seg, ctx)


class DocumentRule(Rule):
    """A rule that needs the whole document (consistency, topic, repeated names)."""

    scope = "document"

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        raise NotImplementedError

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        yield from self.check_document(ctx)
