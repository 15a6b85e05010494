"""Read an earlier run's output directory back into memory for the reports.

Every report (terminal, HTML, XLIFF, CSV) and ``audit apply`` work from these files, so a
report can be re-rendered later (``audit show DIR``) without re-auditing. Each finding gets
``start``/``end`` (its span within the segment text) and its ``fingerprint``.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit.model import fingerprint, segment_hash

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; json reads the same, slower
    orjson = None  # type: ignore[assignment]

SEVERITIES = ("critical", "major", "minor")
SEVERITY_RANK = {"critical": 3, "major": 2, "minor": 1}


class RunDirError(Exception):
    """The directory is not a complete mt-audit output directory."""


def _parse(line: bytes, path: Path, n: int) -> Any:
    """One JSON line as ``json.loads`` reads it: orjson first (several times quicker, the same objects), ``json``
    for what orjson refuses (NaN, a lone surrogate, an int beyond 64 bits, a line of Unicode spaces) and for the
    error message. _NOTHING for a blank line."""
    if line.startswith(b"\xef\xbb\xbf"):  # a byte-order mark an editor put before the first line
        line = line[3:]
    if orjson is not None:
        try:
            return orjson.loads(line)
        except orjson.JSONDecodeError:
            pass
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RunDirError(f"{path}:{n}: not UTF-8 text (byte {e.object[e.start]:#04x} at byte {e.start + 1})") from None
    if not text.strip():
        return _NOTHING
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise RunDirError(f"{path}:{n}: not valid JSON ({e.msg})") from None


_NOTHING = object()


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON-lines file, numbered as a text-mode file numbers its lines (ended by LF, CR or CRLF)."""
    for _, _, record in _jsonl_at(path):
        yield record


def _jsonl_at(path: Path) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """:func:`_jsonl`'s records with the number of each one's line and the byte offset of that line (of its chunk
    for a file whose lines end in a lone CR: :func:`_read_segments` reads such a file whole)."""
    n = 0
    offset = 0
    with path.open("rb") as fh:
        for chunk in fh:
            for line in _split_cr(chunk, path, n + 1) if b"\r" in chunk else (chunk,):
                n += 1
                record = _parse(line, path, n)
                if record is _NOTHING:
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("doc"), str):
                    raise RunDirError(f"{path}:{n}: not a record of an mt-audit run (a JSON object with 'doc')")
                yield n, offset, record
            offset += len(chunk)


def _split_cr(chunk: bytes, path: Path, n: int) -> list[bytes]:
    """A chunk with a CR (JSON lines hold none raw) split into lines as a text-mode file splits it (its first line
    is line ``n`` of ``path``: a chunk that is not UTF-8 is refused naming the line where it fails)."""
    try:
        text = chunk.decode("utf-8")
    except UnicodeDecodeError as e:
        before = io.StringIO(chunk[: e.start].decode("utf-8"), newline=None).readlines()
        n += len(before) - (1 if before and not before[-1].endswith("\n") else 0)
        raise RunDirError(f"{path}:{n}: not UTF-8 text (byte {e.object[e.start]:#04x})") from None
    return [part.encode("utf-8") for part in io.StringIO(text, newline=None)]


def _check(record: dict[str, Any], fields: Mapping[str, type | tuple[type, ...]], path: Path, n: int) -> None:
    """Refuse a record of a run's file that lacks one of ``fields`` or holds a value of another type there (a line
    edited by hand), naming the file, the line and the field."""
    for name, kind in fields.items():
        value = record.get(name)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            what = "no" if name not in record else f"{_JSON_KINDS.get(type(value), 'another value')} for its"
            raise RunDirError(f"{path}:{n}: a {path.stem[:-1]} record with {what} '{name}'")


_JSON_KINDS = {bool: "true or false", int: "a number", float: "a number", str: "a string", list: "a list"}
_JSON_KINDS |= {dict: "an object", type(None): "null"}
_SEGMENT_FIELDS = {"segment": int, "line": int, "column": int, "text": str}
_FINDING_FIELDS = {**_SEGMENT_FIELDS, "rule": str, "category": str, "severity": str, "message": str}
_OPTIONAL = {"suggestion": (str, type(None)), "candidates": (list, type(None))}  # fields a finding may leave out


def span_of(seg: dict[str, Any], f: dict[str, Any]) -> tuple[int, int]:
    """(start, end) of finding ``f`` within ``seg['text']``.

    Columns count characters of the original line (plain text) or of the record's target
    text; after NFC normalisation they may drift slightly, so the span text is searched for
    near the expected position when it is not exactly there. Where columns cannot tell (HTML, PO and
    subtitle segments, whose characters carry their own file positions), the finding's ``offset`` is
    its start in the segment text.
    """
    text, span = seg["text"], f["text"]
    if isinstance(f.get("offset"), int):  # given where the file position cannot tell (HTML, PO, subtitles)
        guess = f["offset"]
    elif f.get("record") is not None or seg.get("record") is not None:
        guess = f["column"] - 1
    elif f["line"] == seg["line"]:
        guess = f["column"] - seg["column"]
    else:
        guess = -1
    if 0 <= guess and text[guess : guess + len(span)] == span:
        return guess, guess + len(span)
    hits = []
    i = text.find(span)
    while i >= 0 and span:
        hits.append(i)
        i = text.find(span, i + 1)
    if hits:
        best = min(hits, key=lambda h: abs(h - guess))
        return best, best + len(span)
    start = min(max(0, guess), len(text))
    return start, min(len(text), start + len(span))


def alternatives(f: dict[str, Any]) -> list[str]:
    """A finding's other candidates, without the suggestion itself (a rule may list it among them)."""
    seen = {f.get("suggestion")}
    out = []
    for c in f.get("candidates") or []:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out


class SegmentStore(Mapping[str, list[dict[str, Any]]]):
    """A run's segments by document, read from segments.jsonl when a document's are asked for: only the byte offset
    of each segment's line is held, and the last document read, so a large run's segments are never all in memory
    (the review page and the reports go through them a document at a time). Each read gives fresh records."""

    def __init__(self, path: Path, offsets: dict[str, array[int]], unordered: frozenset[str] = frozenset()) -> None:
        self._path = path
        self._offsets = offsets
        self._unordered = unordered  # documents whose lines are not in segment order (edited by hand)
        self._last: tuple[str, list[dict[str, Any]]] | None = None

    def __getitem__(self, doc: str) -> list[dict[str, Any]]:
        if self._last is not None and self._last[0] == doc:
            return self._last[1]
        at = self._offsets[doc]  # KeyError for a document the run does not have, as a dict gives
        if len(at) > LAZY_FROM and doc not in self._unordered:
            return DocSegments(self._path, at)  # type: ignore[return-value]  # a Sequence, read as it is asked for
        segs = []
        with self._path.open("rb") as fh:
            for offset in at:
                fh.seek(offset)
                segs.append(_parse(fh.readline(), self._path, 0))
        segs.sort(key=lambda seg: seg["segment"])
        self._last = (doc, segs)
        return segs

    def __iter__(self) -> Iterator[str]:
        return iter(self._offsets)

    def count(self, doc: str) -> int | None:
        """How many segments ``doc`` has (None for a document the run does not have), without reading them."""
        at = self._offsets.get(doc)
        return None if at is None else len(at)

    def __len__(self) -> int:
        return len(self._offsets)

    def __contains__(self, doc: object) -> bool:
        return doc in self._offsets


# A document of more segments than this (a large table or XLIFF file) is given as a DocSegments, each segment read
# from segments.jsonl when it is asked for: 119,000 segments of one TSV took `audit show --export xliff` to 748 MB.
LAZY_FROM = 5000


class DocSegments(Sequence[dict[str, Any]]):
    """The segments of one large document, in order, read from segments.jsonl as they are asked for: its lines'
    byte offsets are held, never its records (iterating opens the file once and reads them in turn)."""

    def __init__(self, path: Path, offsets: array[int]) -> None:
        self._path = path
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        offset = self._offsets[index]  # IndexError past the end, as a list gives
        with self._path.open("rb") as fh:
            fh.seek(offset)
            return _parse(fh.readline(), self._path, 0)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        with self._path.open("rb") as fh:
            for offset in self._offsets:
                fh.seek(offset)
                yield _parse(fh.readline(), self._path, 0)


def _read_segments(path: Path, docs: list[str]) -> Mapping[str, list[dict[str, Any]]]:
    """segments.jsonl by document (those of documents.jsonl first, in its order, each with none until its lines are
    met): a :class:`SegmentStore` of each document's lines by byte offset, the records checked as they are read; a
    file whose lines end in a lone CR (edited by hand on an old Mac) is held in memory: no line is found by offset."""
    with path.open("rb") as fh:
        lone_cr = any(b"\r" in chunk for chunk in fh)
    held: dict[str, list[dict[str, Any]]] = {d: [] for d in docs}
    offsets: dict[str, array[int]] = {d: array("q") for d in docs}
    seen: dict[str, bytearray] = {}  # each document's segment numbers met: a byte for each
    unordered: set[str] = set()  # documents whose lines are not in the order of their segment numbers
    for n, offset, record in _jsonl_at(path):
        _check(record, _SEGMENT_FIELDS, path, n)
        doc, number = record["doc"], record["segment"]
        if doc not in offsets:
            raise RunDirError(
                f"{path}:{n}: a segment of document {doc}, which documents.jsonl does not list (a line removed?)"
            )
        met = seen.setdefault(doc, bytearray())
        if number != len(met):
            unordered.add(doc)
        if number < 0 or (number < len(met) and met[number]):
            what = "a negative segment number" if number < 0 else f"a second line for segment {doc}#{number}"
            raise RunDirError(f"{path}:{n}: {what} (each segment of a run has one line)")
        if number >= len(met):
            met.extend(bytes(number + 1 - len(met)))
        met[number] = 1
        if lone_cr:
            held.setdefault(doc, []).append(record)
        else:
            offsets.setdefault(doc, array("q")).append(offset)
    for doc, met in seen.items():
        if (gap := met.find(0)) >= 0:
            after = min((r["segment"], k) for k, _, r in _jsonl_at(path) if r["doc"] == doc and r["segment"] > gap)
            raise RunDirError(
                f"{path}:{after[1]}: segment {doc}#{after[0]} with no line for {doc}#{gap} (a line removed?);"
                " run 'audit run' again"
            )
    if lone_cr:
        for segs in held.values():
            segs.sort(key=lambda seg: seg["segment"])
        return held
    return SegmentStore(path, offsets, frozenset(unordered))


class FindingStore(Sequence[dict[str, Any]]):
    """A run's findings, read from findings.jsonl when asked for: only each finding's byte offset, document and
    segment are held, and the last document's findings, so a large run's findings are never all in memory (the
    reports go through them in file order or a document at a time). Each finding gets ``start``/``end`` (its span in
    the segment text) and its ``fingerprint`` as it is read; each read gives fresh records, in file order."""

    def __init__(
        self,
        path: Path,
        segments: Mapping[str, list[dict[str, Any]]],
        lines: array[int] | list[dict[str, Any]],
        segs: array[int],
        by_doc: dict[str, array[int]],
        by_rule: dict[str, tuple[int, str, str]],
        by_severity: dict[str, int] | None = None,
    ) -> None:
        self._path = path
        self._segments = segments
        self._lines = lines  # byte offsets of the lines, or the records themselves (a file with lone-CR line ends)
        self._segs = segs  # each finding's segment number
        self._by_doc = by_doc  # each document's findings (their numbers in file order)
        self.by_rule = by_rule  # rule -> (how many findings, the worst severity, the category of its last finding)
        self.by_severity = by_severity or {}  # severity -> how many findings the file holds
        self._shared: dict[str, str] = {}  # one string for each document, rule, category and severity repeated
        self._hashes: tuple[str, dict[int, str]] = ("", {})  # the last document's segment hashes
        self._last: tuple[str, list[dict[str, Any]], dict[int, list[dict[str, Any]]]] | None = None
        self._index: tuple[str, array[int] | None] | None = None  # the last large document's segment numbers

    def __len__(self) -> int:
        return len(self._segs)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return self._read(range(*i.indices(len(self))))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("finding index out of range")
        return self._read((i,))[0]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if isinstance(self._lines, list):
            yield from (self._enriched(dict(f)) for f in self._lines)
            return
        with self._path.open("rb") as fh:
            for offset in self._lines:  # in file order: read on, seek only past blank lines
                if fh.tell() != offset:
                    fh.seek(offset)
                yield self._enriched(_parse(fh.readline(), self._path, 0))

    def _read(self, numbers: Iterable[int]) -> list[dict[str, Any]]:
        """The findings of these numbers (their places in file order), read in one opening of the file."""
        if isinstance(self._lines, list):
            return [self._enriched(dict(self._lines[k])) for k in numbers]
        out = []
        with self._path.open("rb") as fh:
            for k in numbers:
                fh.seek(self._lines[k])
                out.append(self._enriched(_parse(fh.readline(), self._path, k + 1)))
        return out

    def of_document(self, doc: str) -> Iterable[dict[str, Any]]:
        """``doc``'s findings in file order (none for a document without findings); a document of more than LAZY_FROM
        findings as they are read, one at a time."""
        numbers = self._by_doc.get(doc, ())
        if len(numbers) > LAZY_FROM:
            return (self._read((k,))[0] for k in numbers)
        return list(self._document(doc)[0])

    def of_segment(self, doc: str, segment: int) -> list[dict[str, Any]]:
        """The findings of segment ``segment`` of ``doc``, in file order (KeyError when it has none). A document of
        more than LAZY_FROM findings written in segment order (as a run writes them) is not read whole: its findings'
        segment numbers are searched for the segment's."""
        numbers = self._by_doc.get(doc, ())
        index = self._segment_index(doc) if len(numbers) > LAZY_FROM else None
        if index is None:
            return self._document(doc)[1][segment]
        lo, hi = bisect_left(index, segment), bisect_right(index, segment)
        if lo == hi:
            raise KeyError((doc, segment))
        return self._read(numbers[lo:hi])

    def _segment_index(self, doc: str) -> array[int] | None:
        """The segment numbers of ``doc``'s findings in file order, None when they are not in segment order (a file
        edited by hand); the last document's are kept."""
        if self._index is not None and self._index[0] == doc:
            return self._index[1]
        index: array[int] | None = array("q", (self._segs[k] for k in self._by_doc[doc]))
        if index is not None and any(a > b for a, b in itertools.pairwise(index)):
            index = None
        self._index = (doc, index)
        return index

    def documents(self) -> Iterator[str]:
        """The documents with findings, in the order of their first finding."""
        return iter(self._by_doc)

    def segments_of(self, doc: str) -> list[int]:
        """``doc``'s segments with findings, in the order of their first finding."""
        return list(dict.fromkeys(self._segs[k] for k in self._by_doc.get(doc, ())))

    def _document(self, doc: str) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
        """``doc``'s findings in file order and by segment (the last document's are kept)."""
        if self._last is not None and self._last[0] == doc:
            return self._last[1], self._last[2]
        found = self._read(self._by_doc.get(doc, ()))
        by_seg: dict[int, list[dict[str, Any]]] = {}
        for f in found:
            by_seg.setdefault(f["segment"], []).append(f)
        self._last = (doc, found, by_seg)
        return found, by_seg

    def _enriched(self, f: dict[str, Any]) -> dict[str, Any]:
        for key in _REPEATED:
            if isinstance(value := f.get(key), str):
                f[key] = self._shared.setdefault(value, value)
        seg = self._segments[f["doc"]][f["segment"]]
        f["start"], f["end"] = span_of(seg, f)
        if self._hashes[0] != f["doc"]:
            self._hashes = (f["doc"], {})
        hashes = self._hashes[1]
        seg_hash = hashes.get(f["segment"])
        if seg_hash is None:  # the segment's part of its findings' fingerprints, once a segment
            seg_hash = hashes[f["segment"]] = segment_hash(seg["text"])
        f["fingerprint"] = fingerprint(f["rule"], f["text"], seg["text"], seg_hash)
        return f


class FindingsBySegment(Mapping[tuple[str, int], list[dict[str, Any]]]):
    """A run's findings by (document, segment), read from its :class:`FindingStore` a document at a time."""

    def __init__(self, store: FindingStore) -> None:
        self._store = store

    def __getitem__(self, key: tuple[str, int]) -> list[dict[str, Any]]:
        doc, segment = key
        return self._store.of_segment(doc, segment)

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return ((doc, seg) for doc in self._store.documents() for seg in self._store.segments_of(doc))

    def __len__(self) -> int:
        return sum(len(self._store.segments_of(doc)) for doc in self._store.documents())


@dataclass(slots=True)
class RunData:
    """An output directory: summary, ranked documents, and its segments and findings (read a document at a time)."""

    path: Path
    summary: dict[str, Any]
    documents: list[dict[str, Any]]  # in input order
    segments: Mapping[str, list[dict[str, Any]]]  # doc -> segments in order
    findings: FindingStore  # in file order, with start/end/fingerprint
    run_id: str = ""

    @property
    def by_segment(self) -> FindingsBySegment:
        """(doc, segment) -> that segment's findings in file order."""
        return FindingsBySegment(self.findings)

    def segment(self, doc: str, index: int) -> dict[str, Any]:
        return self.segments[doc][index]

    def ranked_documents(self) -> list[dict[str, Any]]:
        return sorted(self.documents, key=lambda d: (d.get("rank") or 0, d["doc"]))


def run_id_of(summary_bytes: bytes, summary: dict[str, Any]) -> str:
    """The run's id: ``run_id`` from summary.json, else a hash of that file (stable per run)."""
    given = summary.get("run_id")
    if isinstance(given, str) and given:
        return given
    return hashlib.sha1(summary_bytes).hexdigest()[:16]


def read_summary(out_dir: str | Path) -> dict[str, Any]:
    """summary.json of ``out_dir`` alone (cheap: no segments are read)."""
    path = Path(out_dir) / "summary.json"
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        raise RunDirError(f"{Path(out_dir)}: not an mt-audit output directory (missing summary.json)") from None
    except json.JSONDecodeError as e:
        raise RunDirError(f"{path}: not valid JSON ({e.msg})") from None


RUN_FILES = ("summary.json", "documents.jsonl", "segments.jsonl", "findings.jsonl")


def _is_run(path: Path) -> bool:
    return all((path / n).is_file() for n in RUN_FILES)


def _not_a_run(path: Path, missing: list[str]) -> str:
    """Why ``path`` is no run's output directory, and where the run is when that is plain: the folder of a run's
    file (``audit show reports/report.html``), a run folder inside it (``audit show .``)."""
    if not path.exists():
        return f"{path}: no such directory"
    if not path.is_dir():
        where = f"; give its folder: {path.parent}" if _is_run(path.parent) else ""
        return f"{path}: a file, not an mt-audit output directory{where}"
    if (path / "apply-summary.json").is_file() and (path / "changes.jsonl").is_file():
        return (
            f"{path}: the output folder of 'audit apply' (post-edited copies, changes.jsonl), not of a run; "
            f"audit the copies with 'audit run {path} --out DIR', then give that DIR"
        )
    message = f"{path}: not an mt-audit output directory (missing {', '.join(missing)})"
    try:
        runs = sorted(str(d) for d in path.iterdir() if d.is_dir() and _is_run(d))
    except OSError:
        runs = []
    if runs:
        shown = ", ".join(runs[:3]) + (f" and {len(runs) - 3} more" if len(runs) > 3 else "")
        message += f"; in it, {'the output directory of a run' if len(runs) == 1 else 'those of runs'}: {shown}"
    return message


_REPEATED = ("doc", "rule", "category", "severity")  # a finding's fields that many findings share


def load_run(out_dir: str | Path) -> RunData:
    """Load ``out_dir`` (raises RunDirError naming the missing or broken file)."""
    path = Path(out_dir)
    missing = [n for n in RUN_FILES if not (path / n).is_file()]
    if missing:
        raise RunDirError(_not_a_run(path, missing))
    raw = (path / "summary.json").read_bytes()
    try:
        summary = json.loads(raw)
    except json.JSONDecodeError as e:
        raise RunDirError(f"{path / 'summary.json'}:{e.lineno}: not valid JSON ({e.msg})") from None
    ours = isinstance(summary, dict) and summary.get("tool") == "mt-audit"
    if not ours or not isinstance(summary.get("counts"), dict):
        raise RunDirError(
            f'{path / "summary.json"}: not the summary of an mt-audit run (no "tool": "mt-audit" and counts);'
            " run 'audit run' into this folder again"
        )
    documents = _read_documents(path / "documents.jsonl")
    segments = _read_segments(path / "segments.jsonl", [d["doc"] for d in documents])
    return RunData(
        path, summary, documents, segments, _read_findings(path / "findings.jsonl", segments), run_id_of(raw, summary)
    )


def _read_documents(path: Path) -> list[dict[str, Any]]:
    """documents.jsonl's records, a document's line once (a line doubled by hand is refused, naming it)."""
    documents: list[dict[str, Any]] = []
    lines: dict[str, int] = {}
    for n, _, record in _jsonl_at(path):
        if (first := lines.setdefault(record["doc"], n)) != n:
            raise RunDirError(f"{path}:{n}: a second line for document {record['doc']} (the first is line {first})")
        documents.append(record)
    return documents


def _segment_count(segments: Mapping[str, list[dict[str, Any]]], doc: str) -> int | None:
    """How many segments ``doc`` has (None for a document the run does not have), without reading them."""
    if isinstance(segments, SegmentStore):
        return segments.count(doc)
    held = segments.get(doc)
    return None if held is None else len(held)


def _read_findings(path: Path, segments: Mapping[str, list[dict[str, Any]]]) -> FindingStore:
    """findings.jsonl as a :class:`FindingStore`, each record checked once here (a JSON object with 'doc', of a
    segment the run has); a file whose lines end in a lone CR keeps its lines in memory (no line found by offset)."""
    with path.open("rb") as fh:
        lone_cr = any(b"\r" in chunk for chunk in fh)
    lines: array[int] | list[dict[str, Any]] = [] if lone_cr else array("q")
    segs = array("l")
    by_doc: dict[str, array[int]] = {}
    by_rule: dict[str, tuple[int, str, str]] = {}
    by_severity: dict[str, int] = {}
    counts: dict[str, int | None] = {}
    for n, offset, f in _jsonl_at(path):
        _check(f, _FINDING_FIELDS, path, n)
        _check(f, {k: v for k, v in _OPTIONAL.items() if k in f}, path, n)
        if f["severity"] not in SEVERITY_RANK:
            raise RunDirError(f"{path}:{n}: a finding of severity {f['severity']!r} (not {', '.join(SEVERITIES)})")
        doc, segment = f["doc"], f["segment"]
        if doc not in counts:
            counts[doc] = _segment_count(segments, doc)
        known = counts[doc]
        if known is None or not 0 <= segment < known:
            raise RunDirError(f"{path}:{n}: a finding of segment {doc}#{segment}, which segments.jsonl does not hold")
        if isinstance(lines, list):
            lines.append(f)
        else:
            lines.append(offset)
        by_doc.setdefault(doc, array("l")).append(len(segs))
        segs.append(segment)
        rule, severity = f.get("rule"), f.get("severity")
        count, worst, _ = by_rule.get(rule, (0, "", ""))
        if SEVERITY_RANK.get(severity, 0) > SEVERITY_RANK.get(worst, 0):
            worst = severity
        by_rule[rule] = (count + 1, worst, f.get("category"))
        by_severity[severity] = by_severity.get(severity, 0) + 1
    return FindingStore(path, segments, lines, segs, by_doc, by_rule, by_severity)
