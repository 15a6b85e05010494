"""Memory the rule pass holds that the reports after it do not need.

At a run's end the process still holds what the rules loaded (reference tables, word frequencies, compiled patterns,
per-word and per-name results in ``functools`` caches: about 200 MB), and the reports then read the run's output back
(report.html holds its data a document at a time, but the run's segments and findings are loaded). Emptying those
caches first lets the reports reuse that memory instead of adding to it, so a large run's peak stays that of its
rule pass. A later run in the same process loads them again, so small runs (the tests, the API) keep them.

During the rule pass, the caches keyed on a word or a name (a syllable's reading, an English word's frequency, a
pinyin word's segmentations) grow with the corpus's vocabulary: a corpus of many distinct names and numbers filled
90,000 entries in some of them by 24,000 lines, and twenty caches bounded at 16,384 to 65,536 entries full took a run
of 60,000 such lines to 380 MB. Every thousand segments, those holding more than 10,000 entries are emptied
(:func:`note_segments`): hot words are looked up again once; the tables' caches, one entry each, stay."""

from __future__ import annotations

import gc
import sys
from typing import Any

RELEASE_FROM_SEGMENTS = 5_000  # a run this large gives its rules' caches back before its ranking pass and reports
TRIM_EVERY_SEGMENTS = 1_000  # how often the rule pass looks at its caches' sizes
TRIM_ABOVE_ENTRIES = 10_000  # a cache holding more entries than this is emptied then

_since_trim = 0
_found: tuple[int, list[Any]] = (0, [])  # the caches, found again when more modules are loaded


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


def _caches() -> list[Any]:
    """The ``functools`` caches of the ``audit`` package's modules (each once: a function imported elsewhere too)."""
    global _found
    if _found[0] == len(sys.modules):
        return _found[1]
    found: dict[int, Any] = {}
    for name, module in list(sys.modules.items()):
        if name != "audit" and not name.startswith("audit."):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_info", None)) and callable(getattr(value, "cache_clear", None)):
                found.setdefault(id(value), value)
    _found = (len(sys.modules), list(found.values()))
    return _found[1]


def trim_word_caches(above: int | None = None) -> int:
    """Empty the caches holding more than ``above`` entries (default TRIM_ABOVE_ENTRIES): those keyed on words and
    names, which grow with the corpus. Returns how many were emptied."""
    limit = TRIM_ABOVE_ENTRIES if above is None else above
    emptied = 0
    for cache in _caches():
        if cache.cache_info().currsize > limit:
            cache.cache_clear()
            emptied += 1
    return emptied


def note_segments(n: int) -> None:
    """Count ``n`` more audited segments; every TRIM_EVERY_SEGMENTS of them, :func:`trim_word_caches`."""
    global _since_trim
    _since_trim += n
    if _since_trim >= TRIM_EVERY_SEGMENTS:
        _since_trim = 0
        trim_word_caches()
