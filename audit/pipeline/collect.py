"""Writing the workers' results as they come, in input order (main-process QE in batches), and the ranking
pass."""

from __future__ import annotations

import json
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from audit.corpus import InputError
from audit.model import Severity
from audit.output import JsonlWriter, OutputDir, dumps
from audit.pipeline.engine import Engine
from audit.pipeline.records import DocResult, finish_result, merge_document_records
from audit.pipeline.workers import FileResult
from audit.rank import DocumentRisk, ranks

QE_BATCH = 256  # segments per batch for main-process backends


def _shift(jsonl: bytes, offset: int) -> bytes:
    """JSON lines of records with their segment index moved by ``offset``."""
    out = []
    for line in jsonl.split(b"\n")[:-1]:  # not splitlines(): U+2028 and U+0085 stay unescaped in JSON text
        rec = json.loads(line)
        rec["segment"] += offset
        out.append(dumps(rec) + "\n")
    return "".join(out).encode("utf-8")


def _write_ranked(
    unranked: JsonlWriter, final: JsonlWriter, risks: Sequence[float], penalties: Sequence[float]
) -> None:
    """Copy the segment lines into ``final`` with ``"rank"`` added last (boilerplate, risk -1: null)."""
    ranked: list[bytes] = []  # bytes: the lines are copied without decoding and encoding them again
    for line, rank, key in zip(unranked.read_raw_lines(), ranks(risks, penalties), risks, strict=True):
        ranked.append(line[:-2] + (b',"rank":%d}\n' % rank if key >= 0 else b',"rank":null}\n'))  # line ends '}\n'
        if len(ranked) >= 4096:  # a few large writes instead of one per line
            final.write_bytes(b"".join(ranked))
            ranked.clear()
    final.write_bytes(b"".join(ranked))


_SEVERITY_NAMES = {int(s): str(s) for s in Severity}  # 1 -> "minor" … (the keys of finding_keys are ints)


class Collector:
    """Writes each finished document's records, in input order, and keeps the run's tallies."""

    def __init__(self, findings_w: JsonlWriter, segments_w: JsonlWriter, documents_w: JsonlWriter) -> None:
        self.findings_w = findings_w
        self.segments_w = segments_w  # unranked: "rank" is added by the ranking pass
        self.documents_w = documents_w  # unranked, as the segments: a large corpus's records are not all held
        self.counts: Counter[str] = Counter()
        self.by_rule: Counter[str] = Counter()
        self.worst = 0
        self.open_record: dict[str, Any] | None = None  # the last document's, which a later part may continue
        self.doc_risks = array("d")  # per written document: its risk and penalty per word, for the ranking pass
        self.doc_per_word = array("d")
        # per segment of the run, 8 bytes each (a list of floats takes 32): what the ranking pass needs of them
        self.seg_risks = array("d")
        self.seg_penalties = array("d")  # penalty per word: ranks segments of equal risk
        self.doc_risk = DocumentRisk()

    def emit(self, result: DocResult) -> None:
        """Write one finished document (or a later part of one) and count it."""
        record = self.open_record
        # A part of a large file continues the previous document: renumber its segments.
        continues = result.part > 0 and record is not None and record["doc"] == result.doc["doc"]
        offset = record["segments"] if continues and record is not None else 0
        self._add_risk(result, continues)
        seg_jsonl, finding_jsonl = result.segment_jsonl, result.finding_jsonl
        if offset:
            seg_jsonl, finding_jsonl = _shift(seg_jsonl, offset), _shift(finding_jsonl, offset)
        self.segments_w.write_bytes(seg_jsonl)
        self.findings_w.write_bytes(finding_jsonl)
        self.seg_risks.extend(result.risks)
        self.seg_penalties.extend(result.penalties)
        if continues and record is not None:
            merge_document_records(record, result.doc)
        else:
            self.close_record()
            record = self.open_record = result.doc
        record["risk"] = self.doc_risk.value
        self._tally(result, continues)

    def close_record(self) -> None:
        """Write the last document's record (no later part can continue it now)."""
        record, self.open_record = self.open_record, None
        if record is not None:
            self.documents_w.write_json(record)
            self.doc_risks.append(record["risk"])
            self.doc_per_word.append(record["penalty"] / max(1, record["words"]))

    def _add_risk(self, result: DocResult, continues: bool) -> None:
        assert result.doc_risk is not None
        if not continues:
            self.doc_risk = DocumentRisk()
            self.doc_risk.merge(result.doc_risk)
            return
        content = iter(result.content)  # (penalty, qe_risk) per content segment
        for r, w in zip(result.risks, result.words, strict=True):  # segment by segment, in order:
            if r >= 0:  # the same sums as one document
                self.doc_risk.add(r, w, *next(content))

    def _tally(self, result: DocResult, continues: bool) -> None:
        counts, by_rule = self.counts, self.by_rule
        for severity, rule in result.finding_keys:
            counts[_SEVERITY_NAMES[severity]] += 1
            by_rule[rule] += 1
            if severity > self.worst:
                self.worst = severity
        self.counts["segments"] += len(result.risks)
        self.counts["boilerplate"] += result.risks.count(-1.0)
        self.counts["documents"] += 0 if continues else 1
        self.counts["ignored"] += result.ignored


def _finish_pending(pending: list[DocResult], engine: Engine, collector: Collector) -> None:
    """Score the waiting documents with the main-process backends (in batches), finish and write them."""
    items = [(r, i, it) for r in pending for i, it in enumerate(r.items) if it is not None]
    for b in engine.main_backends:
        for start in range(0, len(items), QE_BATCH):
            chunk = items[start : start + QE_BATCH]
            for (r, i, _), s in zip(chunk, b.score([it for _, _, it in chunk]), strict=True):
                r.segments[i]["scores"].update(s)
    for r in pending:
        finish_result(r, engine.backends)
        collector.emit(r)
    pending.clear()


def consume(
    results: Iterator[FileResult],
    n_total: int,
    engine: Engine,
    collector: Collector,
    errors: list[InputError],
    progress: Callable[[int, int, int], None] | None,
) -> None:
    """Write the worker results as they arrive; documents wait for main-process QE in batches."""
    pending: list[DocResult] = []
    for n_files, file_result in enumerate(results, 1):
        for doc_result in file_result.docs:
            if progress and doc_result.part > 0:  # a large file's chunks: its segments count on before it ends
                progress(n_files - 1, n_total, collector.counts["segments"])
            if not engine.main_backends:
                collector.emit(doc_result)
                continue
            pending.append(doc_result)
            if sum(len(r.segments) for r in pending) >= QE_BATCH:
                _finish_pending(pending, engine, collector)
        errors.extend(file_result.errors)  # complete once its documents are (a streamed file's)
        if progress:
            progress(n_files, n_total, collector.counts["segments"])
    _finish_pending(pending, engine, collector)


def rank_pass(out: OutputDir, collector: Collector) -> None:
    """The ranking pass: segments.jsonl from the unranked lines, then documents.jsonl, with ranks."""
    _write_ranked(collector.segments_w, out.open("segments.jsonl"), collector.seg_risks, collector.seg_penalties)
    collector.close_record()
    docs_w = out.open("documents.jsonl")
    lines = collector.documents_w.read_raw_lines()
    for line, rank in zip(lines, ranks(collector.doc_risks, collector.doc_per_word), strict=True):
        d = json.loads(line)  # the record as written, its keys in order: "rank" keeps its place
        d["rank"] = rank
        docs_w.write_json(d)
