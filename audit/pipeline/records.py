"""The records of segments.jsonl and documents.jsonl: built per document, finished (risks, JSON lines), merged
across the parts of a large file."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from audit.lang.langid import guess_lang
from audit.model import Document, Finding, Segment
from audit.output import encode_lines
from audit.qe.base import QEBackend, QEItem
from audit.rank import DocumentRisk, backend_qualities, mqm_score, penalty, qe_risk, risk_with_qe
from audit.rules.inline_codes import text_index


@dataclass(slots=True)
class DocResult:
    """What the per-document function returns.

    Once :func:`finish_result` has run (in the worker, unless a main-process QE backend still has
    to add scores), the records are already JSON lines and risks: the main process only writes.
    """

    doc: dict[str, Any]
    segments: list[dict[str, Any]]  # segment records (emptied by finish_result)
    findings: list[Finding]  # (emptied by finish_result)
    items: list[QEItem | None]  # per segment, for main-process backends (None: boilerplate)
    part: int = 0  # > 0: continues the previous document (a part of a large file)
    segment_jsonl: bytes = b""  # one JSON line per segment record (without "rank"), each ending in a newline
    risks: list[float] = field(default_factory=list)  # per segment; -1.0 for boilerplate (ranks last)
    words: list[int] = field(default_factory=list)  # per segment, to add a later part's risks in order
    penalties: list[float] = field(default_factory=list)  # per segment, penalty per word: ranks equal risks
    content: list[tuple[float, float | None]] = field(default_factory=list)  # per content segment: penalty, qe_risk
    doc_risk: DocumentRisk | None = None  # this part's share of the document risk
    finding_jsonl: bytes = b""  # one JSON line per finding
    finding_keys: list[tuple[int, str]] = field(default_factory=list)  # (severity, rule) per finding
    ignored: int = 0  # findings the ignore file suppressed


def finish_result(result: DocResult, backends: list[QEBackend]) -> None:
    """Risks, document scores and the JSON lines of a document's records (all scores present).

    One pass over the content segments gives each its risk (its qe_risk computed once, for the risk and the document's
    share) and adds its scores up for the document's (:func:`audit.rank.mean_scores`' sums, in the same order)."""
    risk = DocumentRisk()
    keys, content = result.risks, result.content
    segments = result.segments
    words = result.words = [rec["words"] for rec in segments]
    result.penalties = [rec["penalty"] / max(1, w) for rec, w in zip(segments, words, strict=True)]
    sums: dict[str, float] = {}
    weights: dict[str, float] = {}
    for rec, w in zip(segments, words, strict=True):
        if rec["boilerplate"]:
            keys.append(-1.0)  # its risk stays 0.0
            continue
        scores = rec["scores"]
        qualities = backend_qualities(scores, backends)
        qe = qe_risk(qualities) if qualities else None
        pen = rec["penalty"]
        rec["risk"] = r = risk_with_qe(pen, w, qe)
        risk.add(r, w, pen, qe)
        content.append((pen, qe))
        keys.append(r)
        weight = max(1, w)
        for name, value in scores.items():  # mean_scores' loop
            if name in sums:
                sums[name] += weight * value
                weights[name] += weight
            else:  # the same sums as starting from 0.0
                sums[name] = 0.0 + weight * value
                weights[name] = 0.0 + weight
    result.segment_jsonl = encode_lines(segments)  # "rank" is added in the ranking pass, as the last key
    result.doc["scores"] = {name: round(sums[name] / weights[name], 4) for name in sorted(sums)}
    result.doc_risk = risk
    result.finding_jsonl = encode_lines([f.to_json() for f in result.findings])
    result.finding_keys = [(int(f.severity), f.rule) for f in result.findings]
    result.segments, result.findings, result.items = [], [], []


def merge_document_records(into: dict[str, Any], part: dict[str, Any]) -> None:
    """Add the counts and scores of a later part of a document to its record."""
    w_into, w_part = into["words"], part["words"]
    for name, value in part.get("scores", {}).items():
        if name in into.get("scores", {}) and w_into + w_part:
            into["scores"][name] = round((into["scores"][name] * w_into + value * w_part) / (w_into + w_part), 4)
        else:
            into.setdefault("scores", {})[name] = value
    for key in ("segments", "content_segments", "findings", "words"):
        into[key] += part[key]
    into["penalty"] = round(into["penalty"] + part["penalty"], 4)
    for sev, n in part["by_severity"].items():
        into["by_severity"][sev] += n
    into["mqm"] = mqm_score(into["penalty"], into["words"])


def segment_record(
    doc: str, seg: Segment, scores: dict[str, float], n_words: int, findings: list[Finding]
) -> dict[str, Any]:
    """One line of segments.jsonl (risk still to come; rank, the last key, comes in the ranking pass)."""
    rec: dict[str, Any] = {
        "doc": doc,
        "segment": seg.index,
        "line": seg.line,
        "column": seg.column,
        "text": seg.text,
        "boilerplate": seg.boilerplate,
        "lang": guess_lang(seg.text) if not seg.boilerplate else None,
        "scores": scores,
        "risk": 0.0,
        "words": n_words,
        "penalty": round(penalty(findings), 4) if findings and not seg.boilerplate else 0.0,
        "findings": len(findings),
    }
    if seg.boilerplate:
        rec["boilerplate_kind"] = seg.boilerplate_kind
    if seg.record is not None:
        rec["record"] = seg.record
    if seg.source is not None:
        rec["source"] = seg.source
    if seg.reference is not None:
        rec["reference"] = seg.reference
    if seg.flags:
        rec["flags"] = list(seg.flags)
    if seg.codes is not None:
        rec["codes"] = codes_record(seg)
    if seg.protected:
        rec["protected"] = [list(span) for span in seg.protected]
    if seg.context is not None:
        rec["context"] = seg.context
    if seg.notes:
        rec["notes"] = [n.to_json() for n in seg.notes]
    return rec


def codes_record(seg: Segment) -> dict[str, list[dict[str, Any]]]:
    """The segment's inline codes for ``segments.jsonl``, placed in its (NFC) text and source."""
    assert seg.codes is not None
    return {
        "source": [c.to_json(c.start, c.end) for c in seg.codes.source],
        "target": [c.to_json(text_index(seg, c.start), text_index(seg, c.end)) for c in seg.codes.target],
    }


def document_record(
    doc: Document, records: list[dict[str, Any]], findings: list[Finding], content_segments: int
) -> dict[str, Any]:
    """One line of documents.jsonl (risk and rank still to come)."""
    severities = Counter(str(f.severity) for f in findings)
    doc_record = {
        "doc": doc.doc,
        "title": doc.title,
        "format": doc.format,
        "segments": len(doc.segments),
        "content_segments": content_segments,
        "findings": len(findings),
        "by_severity": {s: severities.get(s, 0) for s in ("critical", "major", "minor")},
        "words": sum(r["words"] for r in records if not r["boilerplate"]),
        "penalty": round(sum(r["penalty"] for r in records), 4),
        "risk": 0.0,
        "rank": None,
    }
    doc_record["mqm"] = mqm_score(doc_record["penalty"], doc_record["words"])
    return doc_record
