"""The document's Korean names through Chinese by segment, memoised and shared by N109 and N101."""

from __future__ import annotations

from audit.lang.korean import (
    surname_chars,
)
from audit.lang.names import capitalised_runs
from audit.model import Document
from audit.rules.base import DocContext
from audit.rules.korean_names.cues import HAN, KoreanMention, china_document, korea_document
from audit.rules.korean_names.from_source import from_source
from audit.rules.korean_names.target_only import target_only


def doc_korean(ctx: DocContext) -> dict[int, list[KoreanMention]]:
    """The document's Korean names through Chinese by segment index (memoised; N101 leaves their spans alone)."""
    return ctx.memo("korean.names", lambda d: _compute(ctx, d))


def _compute(ctx: DocContext, doc: Document) -> dict[int, list[KoreanMention]]:
    out: dict[int, list[KoreanMention]] = {}
    doc_context: bool | None = None
    for seg in doc.segments:
        if not (seg.source and not seg.boilerplate and HAN.search(seg.source)):
            continue
        if surname_chars().isdisjoint(seg.source) or not capitalised_runs(seg.text):
            continue
        if doc_context is None:
            doc_context = korea_document(ctx)
        found = from_source(seg, doc_context, china_document(ctx))
        if found:
            out[seg.index] = found
    for seg, mentions in target_only(ctx):
        out.setdefault(seg.index, []).extend(mentions)
    return out
