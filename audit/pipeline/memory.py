"""Memory the rule pass holds that the reports after it do not need.

At a run's end the process still holds what the rules loaded (reference tables, word frequencies, compiled patterns,
per-word and per-name results in ``functools`` caches: about 200 MB), and the reports then read the run's output back
(report.html holds its data a document at a time, but the run's segments and findings are loaded). Emptying those
caches first lets the reports reuse that memory instead of adding to it, so a large run's peak stays that of its
rule pass. A later run in the same process loads them again, so small runs (the tests, the API) keep them."""

from __future__ import annotations

import gc
import sys

RELEASE_FROM_SEGMENTS = 5_000  # a run this large gives its rules' caches back before its ranking pass and reports


def release_rule_caches() -> int:
    """Empty every ``functools`` cache of the ``audit`` package's modules and collect; returns how many."""
    emptied = 0
    for name, module in list(sys.modules.items()):
        if name != "audit" and not name.startswith("audit."):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()
                emptied += 1
    gc.collect()
    return emptied
