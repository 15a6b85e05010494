"""The file position of each character of a text, kept by runs (an HTML page's blocks and segments).

Kept as one ``(line, column)`` tuple a character, a 15 MB page took its reading to 1.3 GB. Most characters follow
the one before on the same line, one column on (a text node read as it stands); only an entity, a line break,
collapsed white space or a character NFC composed starts a new run. A character's place is found by bisection.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import overload


class RunPositions(Sequence[tuple[int, int]]):
    """The (line, column) of each character, as runs: run ``r`` starts at character ``starts[r]`` at
    ``(lines[r], cols[r])``, its next characters one column on each."""

    __slots__ = ("_cols", "_len", "_lines", "_starts")

    def __init__(self, starts: array, lines: array, cols: array, length: int) -> None:
        self._starts, self._lines, self._cols, self._len = starts, lines, cols, length

    @classmethod
    def of(cls, positions: Iterable[tuple[int, int]]) -> RunPositions:
        """The runs of ``positions``, one (line, column) a character."""
        starts, lines, cols = array("q"), array("q"), array("q")
        n = 0
        last_line, next_col = -1, -1
        for n, (line, col) in enumerate(positions, start=1):
            if line != last_line or col != next_col:
                starts.append(n - 1)
                lines.append(line)
                cols.append(col)
                last_line = line
            next_col = col + 1
        return cls(starts, lines, cols, n)

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[tuple[int, int]]: ...
    def __getitem__(self, i: int | slice) -> tuple[int, int] | Sequence[tuple[int, int]]:
        if isinstance(i, slice):
            start, stop, step = i.indices(self._len)
            if step != 1:
                return [self[k] for k in range(start, stop, step)]
            return self._between(start, stop)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        r = bisect_right(self._starts, i) - 1
        return self._lines[r], self._cols[r] + i - self._starts[r]

    def _between(self, start: int, stop: int) -> RunPositions:
        """The positions of characters ``start`` to ``stop`` (a segment of a block), counted from ``start``."""
        starts, lines, cols = array("q"), array("q"), array("q")
        if stop <= start:
            return RunPositions(starts, lines, cols, 0)
        for r in range(bisect_right(self._starts, start) - 1, bisect_left(self._starts, stop)):
            first = max(self._starts[r], start)
            starts.append(first - start)
            lines.append(self._lines[r])
            cols.append(self._cols[r] + first - self._starts[r])
        return RunPositions(starts, lines, cols, stop - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RunPositions):
            return (self._len, self._starts, self._lines, self._cols) == (
                other._len,
                other._starts,
                other._lines,
                other._cols,
            )
        return isinstance(other, Sequence) and len(other) == self._len and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # a sequence that compares by value, as a list

    def __repr__(self) -> str:
        return f"RunPositions({list(self)!r})"

    def __reduce__(self) -> tuple[type[RunPositions], tuple[array, array, array, int]]:
        return RunPositions, (self._starts, self._lines, self._cols, self._len)
