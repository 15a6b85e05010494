"""Text read out of a file's syntax (PO strings, subtitle cues), with where each character came from.

A reader that unescapes (``\\n`` in a PO string), drops markup (``<i>`` in a cue) or joins pieces
(a PO string continued over several lines, a cue's lines) keeps, for every character of the text
it produces, the line and the columns of the original file it was read from. Findings point there
(:meth:`audit.model.Segment.locate` through ``positions``), and ``audit apply`` writes an edit back
there (:mod:`audit.report.mapped_edit`) without touching the syntax around it.

The map is kept by pieces, not by character: a stretch of plain text read as it stands is one
piece (its characters one column each), an escape, an entity or a line break another; a
character's place is found by bisection, so reading a large catalogue makes no object per character.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload

from audit.corpus.normalize import nfc_map
from audit.model import Segment

BREAK = -1  # the end column of a line break: the character runs from its line's end to the next line's start


@dataclass(slots=True)
class MappedText:
    """A text and where each of its characters is in the file, piece by piece.

    Piece ``p`` starts at character ``starts[p]`` of the text and is ``pieces[p] = (line, start,
    end, plain)``: 0-based line and columns ``[start, end)``; a plain piece's characters are one
    column each, any other piece is one character read from all its columns (an escape ``\\n``,
    an entity ``&amp;``; a line break between two lines of a cue has ``end`` :data:`BREAK`).
    ``runs[p]`` numbers the stretch of text the piece belongs to (syntax or markup stands between
    two runs: a closing and an opening quote, a tag) and ``depths[p]`` counts the tags open around
    it. Text inserted before character ``k`` may go right after character ``k - 1`` or at one of
    the places ``extra[k]`` lists (``(line, column, depth)``: past a tag, at the start of a string).
    """

    parts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    pieces: list[tuple[int, int, int, bool]] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)
    depths: list[int] = field(default_factory=list)
    extra: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)
    length: int = 0
    anchor: tuple[int, int] = (0, 0)  # (line, column) of the text's start; where an empty text would be

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, ch: str, line: int, start: int, end: int, run: int, depth: int = 0) -> None:
        """Append character ``ch`` read from ``line``, columns ``[start, end)``, in stretch ``run``."""
        self._piece(ch, (line, start, end, False), run, depth)

    def extend(self, chunk: str, line: int, start: int, run: int, depth: int = 0) -> None:
        """Append ``chunk``, read as it stands from ``line`` at column ``start`` (one column a character)."""
        if chunk:
            self._piece(chunk, (line, start, start + len(chunk), True), run, depth)

    def _piece(self, text: str, piece: tuple[int, int, int, bool], run: int, depth: int) -> None:
        self.parts.append(text)
        self.starts.append(self.length)
        self.pieces.append(piece)
        self.runs.append(run)
        self.depths.append(depth)
        self.length += len(text)

    def gap(self, line: int, column: int, depth: int = 0) -> None:
        """One more place where text may be inserted after the characters added so far."""
        self.extra.setdefault(self.length, []).append((line, column, depth))

    def _index(self, k: int) -> int:
        return bisect.bisect_right(self.starts, k) - 1

    def char(self, k: int) -> tuple[int, int, int]:
        """(line, start, end) of character ``k``: 0-based line, its columns ``[start, end)``."""
        p = self._index(k)
        line, start, end, plain = self.pieces[p]
        if plain:
            column = start + k - self.starts[p]
            return line, column, column + 1
        return line, start, end

    def sliced(self, start: int, end: int) -> MappedText:
        """Characters ``[start, end)`` of the text with their places (a sentence of a longer text: a Markdown
        paragraph's). A plain piece is cut at the bounds; any other piece is one character, kept whole."""
        out = MappedText()
        out.anchor = self.char(start)[:2] if start < self.length else self.anchor
        if start < end:
            for p in range(self._index(start), self._index(end - 1) + 1):
                first = max(self.starts[p], start)
                last = min(self.starts[p] + len(self.parts[p]), end)
                line, s, e, plain = self.pieces[p]
                if plain:
                    offset = first - self.starts[p]
                    chunk = self.parts[p][offset : offset + last - first]
                    out.extend(chunk, line, s + offset, self.runs[p], self.depths[p])
                else:
                    out.add(self.parts[p], line, s, e, self.runs[p], self.depths[p])
        for k, places in self.extra.items():
            if start <= k <= end:
                out.extra.setdefault(k - start, []).extend(places)
        return out

    def run(self, k: int) -> int:
        return self.runs[self._index(k)]

    def depth(self, k: int) -> int:
        return self.depths[self._index(k)]

    def insertion_points(self, k: int) -> list[tuple[int, int, int]]:
        """Where text inserted before character ``k`` may go, in file order: ``(line, column, depth)``."""
        out = []
        if k > 0:
            line, _, end = self.char(k - 1)
            if end != BREAK:
                out.append((line, end, self.depth(k - 1)))
        return out + self.extra.get(k, [])


class Positions(Sequence[tuple[int, int]]):
    """The 1-based (line, column) of each character of a segment's NFC text, computed when asked for."""

    __slots__ = ("_map", "_offsets")

    def __init__(self, m: MappedText, offsets: list[int] | None) -> None:
        self._map = MappedText(starts=m.starts, pieces=m.pieces, length=m.length)  # the map, not the text
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) if self._offsets is not None else self._map.length

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, i: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        line, start, _ = self._map.char(self._offsets[i] if self._offsets is not None else i)
        return line + 1, start + 1


def segment_of(index: int, m: MappedText, source: str | None = None, flags: tuple[str, ...] = ()) -> Segment:
    """A Segment of ``m``: NFC text, with the file position of each character (1-based line and column)."""
    raw = m.text
    text, offsets = nfc_map(raw)
    positions = Positions(m, offsets)
    line, column = positions[0] if text else (m.anchor[0] + 1, m.anchor[1] + 1)
    return Segment(
        index=index,
        text=text,
        line=line,
        column=column,
        raw=raw,
        offsets=offsets,
        paragraph=index,
        source=nfc_map(source)[0] if source and source.strip() else None,
        positions=positions,
        flags=flags,
    )
