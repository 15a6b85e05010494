"""Thin command-line layer: parse options, call the pipeline and the reports, set the exit status.

One module per command (``run.py``, ``show.py``, ``apply.py``, ``rules.py``), each registering its
command on the group of ``group.py``; ``shared.py`` holds what they share, ``run_options.py`` (options over the
configuration, the checks before any work) and ``run_notes.py`` (notes on standard error) what ``run`` alone uses.
"""

from audit.cli import apply, rules, run, show  # noqa: F401  (each module registers its command on main)
from audit.cli.group import main

__all__ = ["main"]
