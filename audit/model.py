"""Small typed records that flow through the pipeline: Document, Segment, Finding, Severity."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    """MQM severity. Ordered, so ``Severity.MAJOR >= Severity.MINOR``."""

    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    def __str__(self) -> str:
        return _SEVERITY_NAMES[self]  # a lookup: an enum's name is a property, slow for a string asked per finding

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use minor, major or critical)") from None


_SEVERITY_NAMES = {s: s.name.lower() for s in Severity}


@dataclass(frozen=True, slots=True)
class InlineCode:
    """One XLIFF inline code of a source or target (``<x/>``, ``<g>``, ``<bpt>``, ``<pc>``, ``<sc/>`` …).

    ``start``/``end`` index the segment's text before NFC (a source code: its source, in NFC) (a ``<g>``/``<pc>``:
    where its content begins and ends; any other code: where it stands, ``start == end``). ``pair`` links a begin code
    with its end (XLIFF 1.2 ``rid``, else ``id``; XLIFF 2.0 ``<sc id>`` with ``<ec startRef>``).
    """

    kind: str  # the element's name
    id: str  # its id (an XLIFF 2.0 <ec> without one: its startRef)
    role: str  # "standalone", "element" (content inside), "begin", "end" or "isolated"
    start: int
    end: int
    pair: str | None = None
    can_delete: bool = False  # XLIFF 2.0 canDelete (default yes); XLIFF 1.2 has no deletable codes
    can_copy: bool = True  # XLIFF 2.0 canCopy, XLIFF 1.2 clone (both default yes)
    copy_of: str | None = None  # XLIFF 2.0 copyOf: this code is a copy of that one
    can_reorder: str = "yes"  # XLIFF 2.0 canReorder: "yes", "firstNo" (starts a sequence kept in order) or "no"
    parent: tuple[str, str] | None = None  # the key of the code (<g>, <pc>) whose content holds this one
    data: str | None = None  # its native code (1.2 <ph>, <bpt>, <ept>, <it> content; 2.0 dataRef's <data>)
    data_end: str | None = None  # a 2.0 <pc>'s: its end tag's (dataRefEnd), ``data`` its start tag's (dataRefStart)

    @property
    def key(self) -> tuple[str, str]:
        """What matches a target code with the source's: its element and id."""
        return self.kind, self.id

    def to_json(self, start: int, end: int) -> dict[str, Any]:
        """The code as a record of ``segments.jsonl`` (``start``/``end`` given: indices of the NFC text), its
        optional fields only when they differ from their defaults."""
        rec: dict[str, Any] = {"kind": self.kind, "id": self.id, "role": self.role, "start": start, "end": end}
        for name, value, default in (
            ("pair", self.pair, None),
            ("can_delete", self.can_delete, False),
            ("can_copy", self.can_copy, True),
            ("copy_of", self.copy_of, None),
            ("can_reorder", self.can_reorder, "yes"),
            ("parent", list(self.parent) if self.parent else None, None),
            ("data", self.data, None),
            ("data_end", self.data_end, None),
        ):
            if value != default:
                rec[name] = value
        return rec

    @classmethod
    def from_json(cls, rec: dict[str, Any]) -> InlineCode:
        """The code of a ``segments.jsonl`` record (see :meth:`to_json`)."""
        parent = rec.get("parent")
        return cls(
            rec["kind"],
            rec["id"],
            rec["role"],
            rec["start"],
            rec["end"],
            rec.get("pair"),
            rec.get("can_delete", False),
            rec.get("can_copy", True),
            rec.get("copy_of"),
            rec.get("can_reorder", "yes"),
            (parent[0], parent[1]) if parent else None,
            rec.get("data"),
            rec.get("data_end"),
        )


def parted_at_codes(text: str, codes: Iterable[InlineCode]) -> tuple[str, list[int]]:
    """``text`` with a space where a standalone inline code (XLIFF <x/>, <ph/>, a begin or an end code) stands
    between two characters that are no space, and the offsets (in ``text``) where the spaces went in."""
    places = sorted(
        {
            c.start
            for c in codes
            if c.role != "element"
            and 0 < c.start < len(text)
            and not (text[c.start].isspace() or text[c.start - 1].isspace())
        }
    )
    if not places:
        return text, []
    parts = [text[a:b] for a, b in zip([0, *places], [*places, len(text)], strict=True)]
    return " ".join(parts), places


def unparted(offset: int, inserted: list[int]) -> int:
    """The offset in the original text of ``offset`` in the text :func:`parted_at_codes` made."""
    return offset - sum(1 for k, place in enumerate(inserted) if place + k < offset)


@dataclass(frozen=True, slots=True)
class SegmentCodes:
    """The inline codes of a segment's source and target, in document order."""

    source: tuple[InlineCode, ...]
    target: tuple[InlineCode, ...]


@dataclass(frozen=True, slots=True)
class Note:
    """A note for whoever translates or reviews a record, kept beside it (never audited): an XLIFF ``<note>``
    (``kind`` "note"; XLIFF 1.2 ``from`` as ``by``, XLIFF 2.0 ``category``), a PO entry's translator comment
    (``#``, kind "translator-comment") or extracted comment (``#.``, the programmer's, kind "extracted-comment")."""

    text: str
    kind: str = "note"
    by: str | None = None
    category: str | None = None

    def to_json(self) -> dict[str, str]:
        """The note as a record of ``segments.jsonl``'s ``notes`` (``from`` and ``category`` only when given)."""
        rec = {"text": self.text, "kind": self.kind}
        if self.by:
            rec["from"] = self.by
        if self.category:
            rec["category"] = self.category
        return rec


@dataclass(slots=True)
class Segment:
    """One unit of analysis: a sentence of a plain-text paragraph or one record of a record file.

    ``text`` is NFC-normalised. ``raw`` is the exact original text of the segment, and
    ``line``/``column`` (1-based, in characters) locate ``raw[0]`` in the original file.
    ``offsets`` maps each index of ``text`` to an index of ``raw`` (None when identity).
    """

    index: int
    text: str
    line: int
    column: int
    raw: str = ""
    offsets: list[int] | None = None
    boilerplate: bool = False
    boilerplate_kind: str | None = None
    paragraph: int = 0
    source: str | None = None
    reference: str | None = None
    record: str | None = None
    positions: Sequence[tuple[int, int]] | None = None  # per character of text, when not derivable from raw
    flags: tuple[str, ...] = ()  # the record's flags in its file (a PO entry's "fuzzy", "c-format" …)
    singular: bool = False  # a PO plural entry's msgstr[0] of several, its source the msgid (not msgid_plural)
    context: str | None = None  # a PO entry's msgctxt: one msgid in two contexts is two strings to translate
    codes: SegmentCodes | None = None  # an XLIFF record's inline codes (None: it has none)
    protected: tuple[tuple[int, int], ...] = ()  # [start, end) of text not to be translated (HTML <code> …)
    notes: tuple[Note, ...] = ()  # the record's notes for the translator (XLIFF <note>, PO comments)

    def locate(self, start: int) -> tuple[int, int]:
        """(line, column) in the original file of index ``start`` of ``text``."""
        if self.positions is not None:
            return self.positions[min(start, len(self.positions) - 1)] if self.positions else (self.line, self.column)
        raw_index = start
        if self.offsets is not None:
            raw_index = self.offsets[start] if start < len(self.offsets) else len(self.raw)
        line, column = self.line, self.column
        if self.record is not None:  # record formats count columns within the target text
            return line, column + raw_index
        newlines = self.raw.count("\n", 0, raw_index)  # in raw[:raw_index], without copying it
        if newlines:
            return line + newlines, raw_index - self.raw.rfind("\n", 0, raw_index)
        return line, column + raw_index

    @property
    def words(self) -> int:
        """Whitespace-separated words, at least 1 (a per-word rate never divides by 0)."""
        return max(1, len(self.text.split()))


@dataclass(slots=True)
class Document:
    """A document: a file (or one stdin stream) and its segments in order."""

    doc: str
    segments: list[Segment]
    title: str = ""
    format: str = "text"
    path: str | None = None
    part: int = 0  # > 0: the next rows of the document before it, a large table read a chunk at a time

    @property
    def content(self) -> list[Segment]:
        """Segments that are article text (not boilerplate)."""
        return [s for s in self.segments if not s.boilerplate]


@dataclass(slots=True)
class Finding:
    """One flagged span, in the shape of the ``findings.jsonl`` contract."""

    doc: str
    segment: int
    line: int
    column: int
    text: str
    rule: str
    category: str
    severity: Severity
    message: str
    suggestion: str | None = None
    confidence: float = 1.0
    start: int = 0
    end: int = 0
    record: str | None = None
    candidates: list[str] | None = None
    offset: int | None = None  # ``start``, written out where line/column cannot give it (file-positioned records)

    def fingerprint(self, segment_text: str) -> str:
        """Stable id of this finding: rule + normalised span + hash of the segment text.

        It does not depend on line numbers, so a dismissed finding stays dismissed when
        lines move.
        """
        return fingerprint(self.rule, self.text, segment_text)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc": self.doc,
            "segment": self.segment,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "rule": self.rule,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "suggestion": self.suggestion,
            "confidence": 1.0 if self.confidence == 1.0 else round(float(self.confidence), 4),  # most are 1.0
        }
        if self.record is not None:
            out["record"] = self.record
        if self.candidates:
            out["candidates"] = list(self.candidates)
        if self.offset is not None:
            out["offset"] = self.offset
        return out


def _norm_span(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def segment_hash(segment_text: str) -> str:
    """The part of a :func:`fingerprint` that comes from the segment text (the same for all its findings)."""
    return hashlib.sha1(_norm_span(segment_text).encode("utf-8")).hexdigest()[:12]


def fingerprint(rule: str, span: str, segment_text: str, seg_hash: str | None = None) -> str:
    """A finding's fingerprint; ``seg_hash``, when given, is :func:`segment_hash` of ``segment_text`` computed
    once for the segment's findings."""
    if seg_hash is None:
        seg_hash = segment_hash(segment_text)
    return hashlib.sha1(f"{rule}\x1f{_norm_span(span)}\x1f{seg_hash}".encode()).hexdigest()[:16]
