"""A video's or a podcast's chapter list copied as text: 'MM:SS title' lines from '00:00' on, the times rising."""

from __future__ import annotations

import re

_CHAPTER = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s+(\S.{0,90})")
_CHAPTERS_MIN = 3  # lines a chapter list needs
_SENTENCE = re.compile(r"[.!…][\"'”)]*$")


def _seconds(line: str) -> int | None:
    """The time a chapter line opens on, in seconds; None for another line (one that ends a sentence is a live
    report's entry, not a chapter's title)."""
    m = _CHAPTER.fullmatch(line)
    if m is None or _SENTENCE.search(line):
        return None
    hours, minutes, seconds = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
    return hours * 3600 + minutes * 60 + seconds if seconds < 60 else None


_TIMED = re.compile(r"\d{1,2}:\d{2}\s+[^\W\d_]")  # a line opening on a time then words (no timestamp "14:30 25/11")


def _after_a_time(stripped: list[str], i: int) -> bool:
    """The last line with text before line ``i`` opens on a time and words: a live report running on past midnight."""
    prev = next((stripped[k] for k in range(i - 1, -1, -1) if stripped[k]), "")
    return _TIMED.match(prev) is not None


def chapter_lists(stripped: list[str], kinds: list[str | None]) -> None:
    """Mark as navigation each run of three chapter lines or more (blank lines between them allowed) whose first
    time is 0:00 and whose times rise: a live report's entries ('07:45 Đoàn chạy qua cầu.') end sentences, and
    its times do not start from zero, or run on from a time before midnight ('23:50 …' above '00:00 Pháo hoa …')
    (updates ``kinds`` in place)."""
    i, n = 0, len(stripped)
    while i < n:
        if _seconds(stripped[i]) != 0 or _after_a_time(stripped, i):
            i += 1
            continue
        run, last, j = [i], 0, i + 1
        while j < n:
            if not stripped[j]:
                j += 1
                continue
            t = _seconds(stripped[j])
            if t is None or t <= last:
                break
            run.append(j)
            last = t
            j += 1
        if len(run) >= _CHAPTERS_MIN:
            for k in run:
                if kinds[k] is None:
                    kinds[k] = "navigation"
        i = j
