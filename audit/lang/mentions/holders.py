"""Whether a name held an office, or is anyone in the people gazetteer (any tone placement)."""

from __future__ import annotations

import functools

from audit.lang.hanviet import syllable_key
from audit.lang.people import holders, people


def is_holder(name: str, office_ids: tuple[str, ...]) -> bool:
    """``name`` (any tone placement) held one of the offices."""
    key = name_key(name)
    return any(key in _holder_keys(o) for o in office_ids)


@functools.cache
def _holder_keys(office_id: str) -> frozenset[str]:
    return frozenset(name_key(t.name_vi) for t in holders(office_id))


def known_person(name: str) -> bool:
    """``name`` is someone in the people gazetteer."""
    return name_key(name) in _people_keys()


@functools.cache
def _people_keys() -> frozenset[str]:
    return frozenset(name_key(n) for n in people())


@functools.lru_cache(maxsize=65536)  # bounded: it is asked with the names of every document
def name_key(name: str) -> str:
    """A name's syllable keys (audit.lang.hanviet.syllable_key): the same for any tone placement."""
    return " ".join(syllable_key(w) for w in name.split())
