"""The per-document work, a pure function of a Document and an Engine."""

from __future__ import annotations

from audit.lang.langid import split_words
from audit.model import Document, Finding, Segment, parted_at_codes
from audit.pipeline.engine import Engine
from audit.pipeline.findings import run_rules
from audit.pipeline.records import DocResult, document_record, finish_result, segment_record
from audit.qe.base import QEItem


def audit_document(doc: Document, engine: Engine) -> DocResult:
    """The per-document work: rules, cheap QE, penalties, segment and document records."""
    suppressed: set[tuple[int, int, int, str]] = set()
    findings = run_rules(doc, engine.rules, engine.settings, suppressed)
    by_segment: dict[int, list[Finding]] = {}
    for f in findings:
        by_segment.setdefault(f.segment, []).append(f)
    n_words = [len(split_words(seg.text)) for seg in doc.segments]  # once per segment: records and QE items
    items: list[QEItem | None] = []
    for seg, n in zip(doc.segments, n_words, strict=True):
        items.append(
            None
            if seg.boilerplate
            else QEItem(*_qe_texts(seg), seg.reference, by_segment.get(seg.index, []), max(1, n), seg.protected)
        )
    scores: list[dict[str, float]] = [{} for _ in doc.segments]
    content = [i for i, it in enumerate(items) if it is not None]
    for backend in engine.worker_backends:
        out = backend.score([items[i] for i in content])  # type: ignore[misc]
        for i, s in zip(content, out, strict=True):
            scores[i].update(s)
    records = [
        segment_record(doc.doc, seg, seg_scores, n, by_segment.get(seg.index, []))
        for seg, seg_scores, n in zip(doc.segments, scores, n_words, strict=True)
    ]
    doc_record = document_record(doc, records, findings, len(content))
    if engine.main_backends:  # scores still to come: finished in the main process
        return DocResult(doc_record, records, findings, items, ignored=len(suppressed))
    result = DocResult(doc_record, records, findings, [], ignored=len(suppressed))
    finish_result(result, engine.backends)
    return result


def _qe_texts(seg: Segment) -> tuple[str, str | None]:
    """The target and source a QE backend scores: an XLIFF record's text with a space where a standalone inline
    code (a line break <x/>, a <ph/>) parts two words, as rule A104 reads it ('x@y.vn<x/>Tel' is the address
    and a word, not one token); any other segment's as it is."""
    if seg.codes is None or seg.protected:
        return seg.text, seg.source
    source = parted_at_codes(seg.source, seg.codes.source)[0] if seg.source else seg.source
    return parted_at_codes(seg.text, seg.codes.target)[0], source
