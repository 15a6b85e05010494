"""The day an audit counts as today.

Some rules read the date: an office holder is checked against the day a story was written, and a date
after today is a plan, not an event. By default that day is the day the audit runs, so the same file
audited a year later may get other findings. A run can fix it (``--as-of 2025-06-30``, the
configuration's ``as-of``, or the environment variable ``MT_AUDIT_AS_OF``): the same input then gives
the same findings on any day, and an archive can be audited as of the day it was published.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import os
from collections.abc import Iterator

ENV = "MT_AUDIT_AS_OF"

_fixed: datetime.date | None = None


def parse_day(text: str) -> datetime.date:
    """A day written ``YYYY-MM-DD``; ValueError (saying what is expected) for anything else."""
    try:
        if len(text) != 10:
            raise ValueError
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a day written YYYY-MM-DD (e.g. 2025-06-30)") from None


@functools.cache
def _env_day(text: str) -> datetime.date:
    try:
        return parse_day(text)
    except ValueError as e:
        raise ValueError(f"{ENV}: {e}") from None


def env_day() -> datetime.date | None:
    """The day ``MT_AUDIT_AS_OF`` fixes, None when it is unset or empty; ValueError when it is no day."""
    text = os.environ.get(ENV, "").strip()
    return _env_day(text) if text else None


def set_as_of(day: datetime.date | None) -> None:
    """Fix today for this process (None: back to ``MT_AUDIT_AS_OF``, else the calendar). Each Engine sets it
    from its Settings, so pool workers and a cluster's workers count the same day as the run."""
    global _fixed
    _fixed = day


def today() -> datetime.date:
    """The day set by :func:`set_as_of`, else by ``MT_AUDIT_AS_OF``, else the calendar's."""
    if _fixed is not None:
        return _fixed
    return env_day() or datetime.date.today()


@contextlib.contextmanager
def fixed(day: datetime.date | None) -> Iterator[None]:
    """Today is ``day`` inside the block (None: as outside it, unless an Engine built inside sets it), and what it
    was before afterwards: a run or an API call with its own day leaves the process's as it found it."""
    before = _fixed
    if day is not None:
        set_as_of(day)
    try:
        yield
    finally:
        set_as_of(before)
