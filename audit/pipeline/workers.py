"""One input file read and audited with this process's Engine, and the files mapped over local processes in
input order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from audit.corpus import InputError, InputFile, read_file
from audit.pipeline.document import audit_document
from audit.pipeline.engine import Engine, Settings
from audit.pipeline.gcwork import collect_less
from audit.pipeline.memory import note_segments
from audit.pipeline.records import DocResult


@dataclass(slots=True)
class FileResult:
    """One input file's audited documents (in order) and its input errors."""

    docs: list[DocResult]
    errors: list[InputError]


_ENGINE: Engine | None = None


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
    assert _ENGINE is not None, "init_worker() first"
    errors: list[InputError] = []
    try:
        docs = read_file(item, _ENGINE.settings.read, errors)
    except InputError as e:
        return FileResult([], [*errors, e])
    results = []
    for d in docs:
        results.append(audit_document(d, _ENGINE))
        note_segments(len(d.segments))  # the word caches are kept from growing with the corpus's vocabulary
    for r in results:
        r.part = item.part
    return FileResult(results, errors)


def process_file_with(item: InputFile, settings: Settings) -> FileResult:
    """:func:`process_file` with an Engine for ``settings``, built on first use (a Dask worker, or this process
    reading standard input for a cluster run)."""
    if _ENGINE is None or _ENGINE.settings != settings:
        init_worker(settings)
    return process_file(item)


def map_over_processes(files: list[InputFile], settings: Settings, jobs: int) -> Iterator[FileResult]:
    """:func:`process_file` of each file, in input order: in this process, or over ``jobs`` processes."""
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
    pool = ProcessPoolExecutor(jobs, mp_context=mp.get_context(), initializer=init_pool_worker, initargs=(settings,))
    try:
        it = pool.map(process_file, [f for f in files if f.path != "-"], chunksize=2)
        for f in files:
            yield process_file(f) if f.path == "-" else next(it)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
