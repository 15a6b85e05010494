"""Spreading the audit over a Dask cluster when one machine is not enough (``audit run --cluster``).

The per-file function is the one ``--jobs`` maps over local processes (:func:`audit.pipeline.process_file`);
here Dask's scheduler maps it over the workers of a cluster: ``tcp://HOST:8786`` for a running one
(``dask scheduler`` on one machine, ``dask worker tcp://HOST:8786`` on each of the others, every worker
with mt-audit installed and the input files at the same paths), or ``local`` for a cluster of
``--jobs`` processes on this machine. Results come back in input order, at most a few files per worker
ahead, so the outputs are the same as with ``--jobs`` and memory stays flat.

Needs the optional extra: ``pip install 'mt-audit[dask]'``.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from audit.corpus import InputFile

if TYPE_CHECKING:
    from audit.pipeline import FileResult, Settings

AHEAD_PER_WORKER = 4  # files in flight per worker: enough to keep it busy, few enough to keep memory flat


class ClusterError(Exception):
    """The cluster cannot be used (extra not installed, scheduler unreachable)."""


def audit_file(item: InputFile, settings: Settings) -> FileResult:
    """Run on a worker: audit one file with that worker's Engine, built on first use for these settings."""
    from audit.pipeline.workers import process_file_with

    return process_file_with(item, settings)


# 'local', or a scheduler address: tcp://HOST:PORT (tls://, ucx://, ws:// …), or HOST:PORT
_ADDRESS = re.compile(r"local|(?:[a-z]+://)?[\w.\-\[\]:]+:\d+")


def _client(address: str, workers: int) -> Any:
    if not _ADDRESS.fullmatch(address):
        raise ClusterError(f"--cluster {address!r}: give 'local' or a scheduler address such as tcp://HOST:8786")
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise ClusterError("--cluster needs Dask: pip install 'mt-audit[dask]'") from e
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
            )
            return Client(cluster, set_as_default=False)
        return Client(address, set_as_default=False)  # waits distributed.comm.timeouts.connect (Dask config)
    except (OSError, TimeoutError, ValueError) as e:  # ValueError: not an address ('lcoal', 'tcp://host')
        raise ClusterError(f"cannot reach the Dask scheduler at {address!r}: {e}") from e


def _result(future: Any) -> FileResult:
    """A worker's result; a worker that died or a connection that dropped is a ClusterError naming the file
    (an error in the audit itself is raised as it is)."""
    from distributed import CancelledError
    from distributed.scheduler import KilledWorker

    try:
        return future.result()
    except (KilledWorker, CancelledError, OSError, TimeoutError) as e:
        raise ClusterError(f"the cluster lost the audit of a file ({future.key}): {e!r}") from e


def map_files(files: list[InputFile], settings: Settings, address: str, workers: int) -> Iterator[FileResult]:
    """:func:`audit.pipeline.process_file` of each file on the cluster, yielded in input order.

    Paths are made absolute (workers may start elsewhere); standard input, and a large table, XLIFF or PO file (read
    a chunk at a time, its results would come back whole), are read in this process.
    """
    from audit.corpus import streams
    from audit.pipeline.workers import stream_file_result_with

    client = _client(address, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        settings_future = client.scatter(settings, broadcast=True)
        pending: deque[Any] = deque()
        todo = iter(files)

        def submit_next() -> bool:
            item = next(todo, None)
            if item is None:
                return False
            if item.path == "-" or streams(item, settings.read):
                pending.append(item)
            else:
                absolute = dataclasses.replace(item, path=os.path.abspath(item.path))
                pending.append(client.submit(audit_file, absolute, settings_future, pure=False))
            return True

        while len(pending) < AHEAD_PER_WORKER * n_workers and submit_next():
            pass
        while pending:
            head = pending.popleft()
            if isinstance(head, InputFile):
                yield stream_file_result_with(head, settings)
            else:
                yield _result(head)
            submit_next()
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None:
            cluster.close()
