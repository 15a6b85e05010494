"""Caches keyed on a segment's text, shared by the rules of one document and emptied between documents.

Every rule of a document asks for the same tokens, runs of capitalised words or dates of a
segment; computing them once per document is the point of these caches. They are emptied when
the next document starts (:func:`new_document`, called by the pipeline), so that a corpus that
repeats sentences across documents gets no speed from the repetition: a benchmark measures the
work, not the cache. Caches keyed on one word or one name (a syllable's validity, a token's
pinyin reading, the match of two names) are ordinary ``functools`` caches that last the whole
run: words and names recur in any corpus.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CACHES: list[Any] = []


def per_document(maxsize: int = 4096) -> Callable[[F], F]:
    """Decorator: an LRU cache on a function of a segment's text, emptied by :func:`new_document`."""

    def wrap(fn: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def new_document() -> None:
    """Empty every per-document cache (the pipeline calls this before each document)."""
    for cache in _CACHES:
        cache.cache_clear()
