"""One input file read and audited with this process's Engine, and the files mapped over local processes in
input order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from audit.corpus import InputError, InputFile, stream_file, streams
from audit.model import Document
from audit.pipeline.document import audit_document
from audit.pipeline.engine import Engine, Settings
from audit.pipeline.gcwork import collect_less
from audit.pipeline.memory import note_segments
from audit.pipeline.records import DocResult


@dataclass(slots=True)
class FileResult:
    """One input file's audited documents (in order) and its input errors.

    ``docs`` is a list when the result crosses processes; from :func:`stream_file_result` it is an iterator that
    reads and audits as it is consumed, and ``errors`` is complete once it is exhausted.
    """

    docs: Iterable[DocResult]
    errors: list[InputError]


_ENGINE: Engine | None = None
# a document of more segments than this is audited in chunks of this many (MT_AUDIT_CHUNK_SEGMENTS overrides): a table
# of 12,000 records with their source, read as one document, peaked at 308 MB
CHUNK_SEGMENTS = int(os.environ.get("MT_AUDIT_CHUNK_SEGMENTS", 5000))


def init_worker(settings: Settings) -> None:
    """Build this process's Engine once."""
    global _ENGINE
    _ENGINE = Engine(settings)


def init_pool_worker(settings: Settings) -> None:
    """A pool process of ours: its Engine, and the collector's thresholds of a run (audit.pipeline.gcwork)."""
    collect_less()
    init_worker(settings)


def process_file(item: InputFile) -> FileResult:
    """Read one input file and audit its documents with this process's Engine."""
    result = stream_file_result(item)
    return FileResult(list(result.docs), result.errors)


def stream_file_result(item: InputFile) -> FileResult:
    """:func:`process_file`, its documents read and audited as they are consumed (a large table a chunk at a
    time), in this process."""
    errors: list[InputError] = []
    return FileResult(_audited(item, errors), errors)


def _audited(item: InputFile, errors: list[InputError]) -> Iterator[DocResult]:
    assert _ENGINE is not None, "init_worker() first"
    try:
        for d in stream_file(item, _ENGINE.settings.read, errors, CHUNK_SEGMENTS):
            for k, chunk in enumerate(chunks(d)):
                result = audit_document(chunk, _ENGINE)
                # a later chunk, or a later part of the file, continues the document (audit.pipeline.collect)
                result.part = item.part + d.part + k
                note_segments(len(chunk.segments))  # the word caches are kept from growing with the vocabulary
                yield result
    except InputError as e:
        errors.append(e)


def chunks(doc: Document, size: int | None = None) -> Iterator[Document]:
    """``doc`` in documents of at most ``size`` segments (default CHUNK_SEGMENTS), each numbered from 0: a document
    of tens of thousands of segments (a table of MT output, one large XLIFF) is audited a chunk at a time, so its
    whole-document work does not grow with it; the outputs join the chunks into one document again."""
    size = size or CHUNK_SEGMENTS
    if len(doc.segments) <= size:
        yield doc
        return
    for start in range(0, len(doc.segments), size):
        segs = [replace(s, index=s.index - start) for s in doc.segments[start : start + size]]
        yield replace(doc, segments=segs)


def process_file_with(item: InputFile, settings: Settings) -> FileResult:
    """:func:`process_file` with an Engine for ``settings``, built on first use (a Dask worker)."""
    _engine_for(settings)
    return process_file(item)


def stream_file_result_with(item: InputFile, settings: Settings) -> FileResult:
    """:func:`stream_file_result` with an Engine for ``settings`` (this process, in a cluster run: standard input,
    a large table, XLIFF or PO file)."""
    _engine_for(settings)
    return stream_file_result(item)


def _engine_for(settings: Settings) -> None:
    """This process's Engine for ``settings``, built unless it is already the one."""
    if _ENGINE is None or _ENGINE.settings != settings:
        init_worker(settings)


def map_over_processes(files: list[InputFile], settings: Settings, jobs: int) -> Iterator[FileResult]:
    """:func:`process_file` of each file, in input order: in this process, or over ``jobs`` processes."""
    if jobs <= 1 or len(files) <= 1:
        init_worker(settings)
        for f in files:
            yield stream_file_result(f)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # standard input not copied to a file, and a large table streamed a chunk at a time (its results would cross the
    # pipe whole), are read in this process
    here = {i for i, f in enumerate(files) if (f.path == "-" and f.spool is None) or streams(f, settings.read)}
    if here:
        init_worker(settings)
    # Not multiprocessing.Pool: its worker-handler thread spins while results wait in the pipe, which
    # cost the main process more CPU than writing the outputs.
    pool = ProcessPoolExecutor(jobs, mp_context=mp.get_context(), initializer=init_pool_worker, initargs=(settings,))
    try:
        it = pool.map(process_file, [f for i, f in enumerate(files) if i not in here], chunksize=2)
        for i, f in enumerate(files):
            yield stream_file_result(f) if i in here else next(it)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
