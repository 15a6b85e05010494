"""The whole flow: files → Documents → rules → QE → risk → ranked records → outputs.

:func:`audit_document` (``document.py``) is the per-document work: a pure function of a Document
and an :class:`Engine` (rules and cheap QE backends, built once per process from picklable
:class:`Settings`, ``engine.py``); ``findings.py`` turns rule hits into findings and ``records.py``
builds the segment and document records. :func:`process_file` (``workers.py``) wraps it for one
input file; :func:`run` (``runner.py``) maps it over the input files in order (in-process, or over
a process pool with ``jobs > 1``) and writes the output contract atomically: ``collect.py`` takes
the worker results as they come (documents wait for the main-process QE backends in batches),
writes and counts them and adds the ranks; ``summary.py`` builds summary.json. A distributed
engine maps :func:`process_file` (or :func:`audit_document`) the same way.
"""

from audit.pipeline.document import audit_document
from audit.pipeline.engine import Engine, Settings
from audit.pipeline.findings import FUZZY_NOTE, run_rules
from audit.pipeline.records import DocResult
from audit.pipeline.runner import RunResult, run
from audit.pipeline.workers import FileResult, init_worker, process_file

__all__ = [
    "FUZZY_NOTE",
    "DocResult",
    "Engine",
    "FileResult",
    "RunResult",
    "Settings",
    "audit_document",
    "init_worker",
    "process_file",
    "run",
    "run_rules",
]
