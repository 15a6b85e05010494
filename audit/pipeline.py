"""The whole flow: files → Documents → rules → QE → risk → ranked records → outputs.

:func:`audit_document` is the per-document work: a pure function of a Document and an
:class:`Engine` (rules and cheap QE backends, built once per process from picklable
:class:`Settings`). :func:`process_file` wraps it for one input file; :func:`run` maps it over
the input files in order (in-process, or over a process pool with ``jobs > 1``) and writes the
output contract atomically, in named steps: :func:`_consume` takes the worker results as they
come (documents wait for the main-process QE backends in batches, :func:`_finish_pending`) and
:class:`_Collector` writes and counts them; :func:`_rank` adds the ranks; :func:`_summary` builds
summary.json; :func:`_write_reports` writes report.html and the exports. A distributed engine
maps :func:`process_file` (or :func:`audit_document`) the same way.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit import __version__
from audit.config import Config
from audit.corpus import InputError, InputFile, ReadOptions, Skipped, discover, read_file
from audit.corpus.errors import InputNote
from audit.corpus.records import FieldNames
from audit.lang.langid import guess_lang, split_words
from audit.lang.textcache import new_document
from audit.model import Document, Finding, Segment, Severity, fingerprint
from audit.output import JsonlWriter, OutputDir, dumps, dumps_lines
from audit.qe.base import QEBackend, QEItem
from audit.rank import (
    FORMULA,
    DocumentRisk,
    backend_qualities,
    mean_scores,
    mqm_score,
    penalty,
    ranks,
    segment_risk,
)
from audit.report import REPORT_FILES, is_own_report, write_reports
from audit.rules.base import DocContext, Rule
from audit.rules.code_fixes import safe_fixes
from audit.rules.inline_codes import text_index
from audit.rules.registry import select_rules, severity_overrides

QE_BATCH = 256  # segments per batch for main-process backends


@dataclass(slots=True)
class Settings:
    """Everything a worker needs to build its Engine; picklable."""

    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    ignored_fingerprints: frozenset[str] = frozenset()
    read: ReadOptions = field(default_factory=ReadOptions)
    qe: list[str] = field(default_factory=list)
    qe_options: dict[str, Any] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)  # glob patterns of paths left out of directory walks

    @classmethod
    def from_config(cls, cfg: Config, ignored: set[str], fmt: str | None = None) -> Settings:
        return cls(
            select=cfg.select,
            ignore=cfg.ignore,
            severity=severity_overrides(cfg.severity),
            ignored_fingerprints=frozenset(ignored),
            read=ReadOptions(fields=FieldNames(**cfg.fields), format=fmt),
            qe=list(cfg.qe),
            exclude=list(cfg.exclude),
        )


class Engine:
    """Rules and in-worker QE backends, instantiated once per process."""

    def __init__(self, settings: Settings) -> None:
        from audit.qe.registry import make_backends

        self.settings = settings
        self.rules: list[Rule] = [cls() for cls in select_rules(settings.select, settings.ignore)]
        self.backends: list[QEBackend] = make_backends(settings.qe, settings.qe_options)
        self.worker_backends = [b for b in self.backends if b.in_worker]
        self.main_backends = [b for b in self.backends if not b.in_worker]


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
    segment_jsonl: str = ""  # one JSON line per segment record (without "rank"), each ending in a newline
    risks: list[float] = field(default_factory=list)  # per segment; -1.0 for boilerplate (ranks last)
    words: list[int] = field(default_factory=list)  # per segment, to add a later part's risks in order
    doc_risk: DocumentRisk | None = None  # this part's share of the document risk
    finding_jsonl: str = ""  # one JSON line per finding
    finding_keys: list[tuple[int, str]] = field(default_factory=list)  # (severity, rule) per finding
    ignored: int = 0  # findings the ignore file suppressed


def finish_result(result: DocResult, backends: list[QEBackend]) -> None:
    """Risks, document scores and the JSON lines of a document's records (all scores present)."""
    risk = DocumentRisk()
    keys = result.risks
    result.words = [rec["words"] for rec in result.segments]
    for rec in result.segments:
        if rec["boilerplate"]:
            keys.append(-1.0)  # its risk stays 0.0
        else:
            rec["risk"] = r = segment_risk(rec["penalty"], rec["words"], backend_qualities(rec["scores"], backends))
            risk.add(r, rec["words"])
            keys.append(r)
    result.segment_jsonl = dumps_lines(result.segments)  # "rank" is added in the ranking pass, as the last key
    result.doc["scores"] = mean_scores(result.segments)
    result.doc_risk = risk
    result.finding_jsonl = dumps_lines([f.to_json() for f in result.findings])
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


@dataclass(slots=True)
class FileResult:
    docs: list[DocResult]
    errors: list[InputError]


def run_rules(
    doc: Document, rules: list[Rule], settings: Settings, suppressed: set[tuple[int, int, int, str]] | None = None
) -> list[Finding]:
    """Findings of ``rules`` on ``doc``, with severity overrides and ignored fingerprints applied.

    ``suppressed``, when given, collects (segment, start, end, rule) of each hit the ignore file
    silenced (a set: a rule that reports one span twice counts once).
    """
    new_document()  # segment-text caches serve this document's rules (and its QE), not the next one
    ctx = DocContext(doc)
    findings: list[Finding] = []
    segs = doc.segments
    ignored = settings.ignored_fingerprints
    dismissed: set[tuple[int, int, int, str]] = set()  # the _error_key of each ignored finding
    for rule in rules:
        override = settings.severity.get(rule.code)  # else the hit's own severity, else the rule's default
        for hit in rule.run(ctx):
            seg = segs[hit.segment]
            if seg.boilerplate:  # page chrome is never a translation error (a document rule may look at it)
                continue
            span = seg.text[hit.start : hit.end]
            if ignored and fingerprint(rule.code, span, seg.text) in ignored:
                dismissed.add(_error_key(seg.index, hit.start, hit.end, hit.suggestion, rule.code))
                if suppressed is not None:
                    suppressed.add((seg.index, hit.start, hit.end, rule.code))
                continue
            line, column = seg.locate(hit.start)
            severity, message = override or hit.severity or rule.severity, hit.message
            suggestion, candidates = hit.suggestion, hit.candidates
            if seg.codes is not None and seg.codes.target and (suggestion is not None or candidates):
                suggestion, candidates, message = safe_fixes(seg, hit.start, hit.end, suggestion, candidates, message)
            if rule.needs_source and FUZZY in seg.flags:
                severity, message = _fuzzy(severity, message, override)
            findings.append(
                Finding(
                    doc=doc.doc,
                    segment=seg.index,
                    line=line,
                    column=column,
                    text=span,
                    rule=rule.code,
                    category=rule.category,
                    severity=severity,
                    message=message,
                    suggestion=suggestion,
                    confidence=hit.confidence,
                    start=hit.start,
                    end=hit.end,
                    record=seg.record,
                    candidates=candidates,
                    offset=hit.start if seg.positions is not None else None,
                )
            )
    if dismissed:  # another rule's finding of the same error (same span, same fix) stays dismissed too
        gone = [f for f in findings if _error_key(f.segment, f.start, f.end, f.suggestion, f.rule) in dismissed]
        if gone:
            if suppressed is not None:
                suppressed.update((f.segment, f.start, f.end, f.rule) for f in gone)
            findings = [f for f in findings if f not in gone]
    _uncorroborated_to_minor(findings, rules, settings)
    findings = _one_per_error(findings)
    findings.sort(key=lambda f: (f.segment, f.start, f.rule))
    return findings


FUZZY = "fuzzy"  # the flag of a PO entry marked for review
FUZZY_NOTE = " (a fuzzy entry: not in the compiled catalogue until reviewed)"


def _fuzzy(severity: Severity, message: str, override: Severity | None) -> tuple[Severity, str]:
    """A source rule's finding in a fuzzy PO entry: minor (unless the configuration sets the rule's severity),
    with a note. gettext leaves a fuzzy entry out of the compiled catalogue until someone reviews it, and after
    msgmerge its translation often still follows the older msgid: a stale translation is the reviewer's next
    job, not a wrong string in the product."""
    return (severity if override else min(severity, Severity.MINOR)), message + FUZZY_NOTE


UNCORROBORATED = " (reported as minor: no other rule found a serious error in this document)"


def _uncorroborated_to_minor(findings: list[Finding], rules: list[Rule], settings: Settings) -> None:
    """Findings of ``corroborate`` rules become minor in a document where no other rule finds a
    major or critical error (a configured severity override still wins)."""
    needs = {r.code for r in rules if r.corroborate and r.code not in settings.severity}
    if not needs or not any(f.rule in needs and f.severity > Severity.MINOR for f in findings):
        return
    if any(f.severity >= Severity.MAJOR and f.rule not in needs for f in findings):
        return
    for f in findings:
        if f.rule in needs and f.severity > Severity.MINOR:
            f.severity = Severity.MINOR
            f.message += UNCORROBORATED


def _error_key(segment: int, start: int, end: int, suggestion: str | None, rule: str) -> tuple[int, int, int, str]:
    """What makes two findings one error: the same span with the same fix; a finding without a fix is its
    own error (a lost link and a dropped number may both span the whole segment)."""
    return (segment, start, end, "fix:" + suggestion if suggestion is not None else "rule:" + rule)


def _one_per_error(findings: list[Finding]) -> list[Finding]:
    """One finding per error: rules that flag the same span with the same fix count once.

    MQM annotates an error once; when, say, a pinyin name (N101) is also an inconsistent
    rendering of a person named elsewhere (T101) and both suggest the same name, the most
    severe finding stays (ties: the lower rule code).
    """
    best: dict[tuple[int, int, int, str], Finding] = {}
    for f in findings:
        key = _error_key(f.segment, f.start, f.end, f.suggestion, f.rule)
        kept = best.get(key)
        if kept is None or (f.severity, kept.rule) > (kept.severity, f.rule):
            best[key] = f
    return list(best.values()) if len(best) < len(findings) else findings


def _segment_record(
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
    return rec


def codes_record(seg: Segment) -> dict[str, list[dict[str, Any]]]:
    """The segment's inline codes for ``segments.jsonl``, placed in its (NFC) text and source."""
    assert seg.codes is not None
    return {
        "source": [c.to_json(c.start, c.end) for c in seg.codes.source],
        "target": [c.to_json(text_index(seg, c.start), text_index(seg, c.end)) for c in seg.codes.target],
    }


def _document_record(
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
            else QEItem(seg.text, seg.source, seg.reference, by_segment.get(seg.index, []), max(1, n))
        )
    scores: list[dict[str, float]] = [{} for _ in doc.segments]
    content = [i for i, it in enumerate(items) if it is not None]
    for backend in engine.worker_backends:
        out = backend.score([items[i] for i in content])  # type: ignore[misc]
        for i, s in zip(content, out, strict=True):
            scores[i].update(s)
    records = [
        _segment_record(doc.doc, seg, seg_scores, n, by_segment.get(seg.index, []))
        for seg, seg_scores, n in zip(doc.segments, scores, n_words, strict=True)
    ]
    doc_record = _document_record(doc, records, findings, len(content))
    if engine.main_backends:  # scores still to come: finished in the main process
        return DocResult(doc_record, records, findings, items, ignored=len(suppressed))
    result = DocResult(doc_record, records, findings, [], ignored=len(suppressed))
    finish_result(result, engine.backends)
    return result


_ENGINE: Engine | None = None


def init_worker(settings: Settings) -> None:
    """Build this process's Engine once (pool initializer)."""
    global _ENGINE
    _ENGINE = Engine(settings)


def process_file(item: InputFile) -> FileResult:
    """Read one input file and audit its documents with this process's Engine."""
    assert _ENGINE is not None, "init_worker() first"
    errors: list[InputError] = []
    try:
        docs = read_file(item, _ENGINE.settings.read, errors)
    except InputError as e:
        return FileResult([], [*errors, e])
    results = [audit_document(d, _ENGINE) for d in docs]
    for r in results:
        r.part = item.part
    return FileResult(results, errors)


def _map_files(files: list[InputFile], settings: Settings, jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(files) <= 1:
        init_worker(settings)
        for f in files:
            yield process_file(f)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    stdin_first = [f for f in files if f.path == "-"]
    if stdin_first:  # standard input is read in this process
        init_worker(settings)
    # Not multiprocessing.Pool: its worker-handler thread spins while results wait in the pipe, which
    # cost the main process more CPU than writing the outputs.
    pool = ProcessPoolExecutor(jobs, mp_context=mp.get_context(), initializer=init_worker, initargs=(settings,))
    try:
        it = pool.map(process_file, [f for f in files if f.path != "-"], chunksize=2)
        for f in files:
            yield process_file(f) if f.path == "-" else next(it)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _shift(jsonl: str, offset: int) -> str:
    """JSON lines of records with their segment index moved by ``offset``."""
    out = []
    for line in jsonl.split("\n")[:-1]:  # not splitlines(): U+2028 and U+0085 stay unescaped in JSON text
        rec = json.loads(line)
        rec["segment"] += offset
        out.append(dumps(rec) + "\n")
    return "".join(out)


def _corpus_scores(backends: list[QEBackend]) -> dict[str, Any]:
    """Corpus-level results per backend, keyed by name (name#2, ... when a name repeats)."""
    out: dict[str, Any] = {}
    for b in backends:
        result = b.corpus()
        if result:
            key, n = b.name, 1
            while key in out:
                n += 1
                key = f"{b.name}#{n}"
            out[key] = result
    return out


def _write_ranked(unranked: JsonlWriter, final: JsonlWriter, risks: list[float]) -> None:
    """Copy the segment lines into ``final`` with ``"rank"`` added last (boilerplate, risk -1: null)."""
    ranked: list[bytes] = []  # bytes: the lines are copied without decoding and encoding them again
    for line, rank, key in zip(unranked.read_raw_lines(), ranks(risks), risks, strict=True):
        ranked.append(line[:-2] + (b',"rank":%d}\n' % rank if key >= 0 else b',"rank":null}\n'))  # line ends '}\n'
        if len(ranked) >= 4096:  # a few large writes instead of one per line
            final.write_bytes(b"".join(ranked))
            ranked.clear()
    final.write_bytes(b"".join(ranked))


class _Collector:
    """Writes each finished document's records, in input order, and keeps the run's tallies."""

    def __init__(self, findings_w: JsonlWriter, segments_w: JsonlWriter) -> None:
        self.findings_w = findings_w
        self.segments_w = segments_w  # unranked: "rank" is added by the ranking pass
        self.counts: Counter[str] = Counter()
        self.by_rule: Counter[str] = Counter()
        self.worst = 0
        self.doc_records: list[dict[str, Any]] = []
        self.seg_risks: list[float] = []
        self.doc_risk = DocumentRisk()

    def emit(self, result: DocResult) -> None:
        """Write one finished document (or a later part of one) and count it."""
        records = self.doc_records
        # A part of a large file continues the previous document: renumber its segments.
        continues = result.part > 0 and bool(records) and records[-1]["doc"] == result.doc["doc"]
        offset = records[-1]["segments"] if continues else 0
        self._add_risk(result, continues)
        seg_jsonl, finding_jsonl = result.segment_jsonl, result.finding_jsonl
        if offset:
            seg_jsonl, finding_jsonl = _shift(seg_jsonl, offset), _shift(finding_jsonl, offset)
        self.segments_w.write_raw(seg_jsonl)
        self.findings_w.write_raw(finding_jsonl)
        self.seg_risks.extend(result.risks)
        if continues:
            merge_document_records(records[-1], result.doc)
        else:
            records.append(result.doc)
        records[-1]["risk"] = self.doc_risk.value
        self._tally(result, continues)

    def _add_risk(self, result: DocResult, continues: bool) -> None:
        assert result.doc_risk is not None
        if not continues:
            self.doc_risk = DocumentRisk()
            self.doc_risk.merge(result.doc_risk)
            return
        for r, w in zip(result.risks, result.words, strict=True):  # segment by segment, in order:
            if r >= 0:  # the same sums as one document
                self.doc_risk.add(r, w)

    def _tally(self, result: DocResult, continues: bool) -> None:
        for severity, rule in result.finding_keys:
            self.counts[str(Severity(severity))] += 1
            self.by_rule[rule] += 1
            self.worst = max(self.worst, severity)
        self.counts["segments"] += len(result.risks)
        self.counts["boilerplate"] += result.risks.count(-1.0)
        self.counts["documents"] += 0 if continues else 1
        self.counts["ignored"] += result.ignored


def _finish_pending(pending: list[DocResult], engine: Engine, collector: _Collector) -> None:
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


def _consume(
    results: Iterator[FileResult],
    n_total: int,
    engine: Engine,
    collector: _Collector,
    errors: list[InputError],
    progress: Callable[[int, int, int], None] | None,
) -> None:
    """Write the worker results as they arrive; documents wait for main-process QE in batches."""
    pending: list[DocResult] = []
    for n_files, file_result in enumerate(results, 1):
        errors.extend(file_result.errors)
        for doc_result in file_result.docs:
            if not engine.main_backends:
                collector.emit(doc_result)
                continue
            pending.append(doc_result)
            if sum(len(r.segments) for r in pending) >= QE_BATCH:
                _finish_pending(pending, engine, collector)
        if progress:
            progress(n_files, n_total, collector.counts["segments"])
    _finish_pending(pending, engine, collector)


def _rank(out: OutputDir, collector: _Collector) -> None:
    """The ranking pass: segments.jsonl from the unranked lines, then documents.jsonl, with ranks."""
    _write_ranked(collector.segments_w, out.open("segments.jsonl"), collector.seg_risks)
    docs = collector.doc_records
    docs_w = out.open("documents.jsonl")
    for d, rank in zip(docs, ranks([d["risk"] for d in docs]), strict=True):
        d["rank"] = rank
        docs_w.write_json(d)


def _summary(
    paths: list[str],
    n_files: int,
    config: Config | None,
    jobs: int,
    engine: Engine,
    collector: _Collector,
    errors: list[InputError],
    skipped: Skipped | None = None,
    notes: list[InputError] | None = None,
) -> dict[str, Any]:
    """summary.json, its timings still zero (the caller measures them)."""
    counts = collector.counts
    return {
        "tool": "mt-audit",
        "version": __version__,
        "inputs": paths,
        "config": (config.to_json() if config else {}) | {"jobs": jobs},
        "rules": [r.code for r in engine.rules],
        "backends": [b.describe() for b in engine.backends],
        "corpus_scores": _corpus_scores(engine.backends),
        "risk_formula": FORMULA,
        "counts": {
            "files": n_files,
            "documents": counts["documents"],
            "segments": counts["segments"],
            "boilerplate_segments": counts["boilerplate"],
            "findings": sum(counts[s] for s in ("minor", "major", "critical")),
            "by_severity": {s: counts.get(s, 0) for s in ("critical", "major", "minor")},
            "by_rule": dict(sorted(collector.by_rule.items())),
            "ignored": counts["ignored"],  # findings suppressed by the ignore file
            "input_errors": len(errors),
        },
        "input_errors": [e.to_json() for e in errors],
        **({"input_notes": [n.to_json() for n in notes]} if notes else {}),  # files read all the same: unread fields …
        "skipped": (skipped or Skipped()).to_json(),  # what directory walks left out, and why
        "timings": {"total_s": 0.0, "audit_s": 0.0, "rank_and_write_s": 0.0},
    }


def _write_reports(out_dir: str, reports: Sequence[str], html_limit: int | None, earlier_run: bool) -> list[Path]:
    """report.html and exports, from the files just written, each atomically; one left by an
    earlier run into the same folder would describe other findings, so it goes (only from a folder that
    held a run, ``earlier_run``, and only a file that is one of our reports: a user's own file of that name stays)."""
    written = write_reports(out_dir, reports, html_limit=html_limit)
    if earlier_run:
        for name in set(REPORT_FILES.values()) - {p.name for p in written}:
            if is_own_report(Path(out_dir) / name):
                (Path(out_dir) / name).unlink()
    return written


def _exit_code(errors: list[InputError], fail_on: Severity | None, worst: int) -> int:
    """2 on input errors, 1 when a finding reaches ``fail_on``, else 0."""
    if errors:
        return 2
    if fail_on is not None and worst >= int(fail_on):
        return 1
    return 0


@dataclass(slots=True)
class RunResult:
    summary: dict[str, Any]
    out: str
    exit_code: int
    reports: list[str] = field(default_factory=list)  # report files written after the contract (report.html, …)


def run(
    paths: list[str],
    out_dir: str,
    settings: Settings,
    jobs: int = 1,
    fail_on: Severity | None = None,
    config: Config | None = None,
    progress: Callable[[int, int, int], None] | None = None,
    reports: Sequence[str] = (),
    html_limit: int | None = None,
    cluster: str | None = None,
) -> RunResult:
    """Audit ``paths`` and write the output contract into ``out_dir``: over ``jobs`` local processes, or
    over a Dask cluster (``cluster``: a scheduler address, or 'local' for ``jobs`` local workers)."""
    t0 = time.perf_counter()
    jobs = jobs or os.cpu_count() or 1
    errors: list[InputError] = []
    skipped = Skipped()
    files = discover(paths, errors, settings.read.format, settings.exclude, skipped)
    engine = Engine(settings)  # main-process backends; validates QE specs before any work
    earlier_run = (Path(out_dir) / "summary.json").is_file()
    with OutputDir(out_dir) as out:
        collector = _Collector(out.open("findings.jsonl"), out.open_temp("segments.unranked.jsonl"))
        t_audit = time.perf_counter()
        if cluster:
            from audit.distributed import map_files

            results = map_files(files, settings, cluster, jobs)
        else:
            results = _map_files(files, settings, jobs)
        _consume(results, len(files), engine, collector, errors, progress)
        notes = [e for e in errors if isinstance(e, InputNote)]  # files read all the same: no error
        errors[:] = [e for e in errors if not isinstance(e, InputNote)]
        t_ranked = time.perf_counter()
        _rank(out, collector)
        summary = _summary(paths, len(files), config, jobs, engine, collector, errors, skipped, notes)
        if cluster:
            summary["config"]["cluster"] = cluster
        timings = summary["timings"]
        timings["audit_s"] = round(t_ranked - t_audit, 3)
        timings["rank_and_write_s"] = round(time.perf_counter() - t_ranked, 3)
        timings["total_s"] = round(time.perf_counter() - t0, 3)
        out.write_json("summary.json", summary)
    written = _write_reports(out_dir, reports, html_limit, earlier_run)
    return RunResult(summary, out_dir, _exit_code(errors, fail_on, collector.worst), [p.name for p in written])
