"""Text read out of a file's syntax (PO strings, subtitle cues), with where each character came from.

A reader that unescapes (``\\n`` in a PO string), drops markup (``<i>`` in a cue) or joins pieces
(a PO string continued over several lines, a cue's lines) keeps, for every character of the text
it produces, the line and the columns of the original file it was read from. Findings point there
(:meth:`audit.model.Segment.locate` through ``positions``), and ``audit apply`` writes an edit back
there (:mod:`audit.report.mapped_edit`) without touching the syntax around it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.corpus.normalize import nfc_map
from audit.model import Segment

BREAK = -1  # the end column of a line break: the character runs from its line's end to the next line's start


@dataclass(slots=True)
class MappedText:
    """A text and, per character, where it is in the file.

    ``chars[i]`` is ``(line, start, end)``: 0-based line, columns ``[start, end)`` of the raw
    characters (an escape ``\\n`` is two, an entity ``&amp;`` five); ``end`` is :data:`BREAK` for
    a line break between two lines of a cue. ``runs[i]`` numbers the stretch of text the character
    belongs to: syntax or markup stands between two runs (a closing and an opening quote, a tag).
    ``gaps[k]`` lists where text inserted before character ``k`` (``k == len(text)``: at the end)
    may go, as ``(line, column, depth)``; the shallowest (fewest open tags) is chosen.
    """

    letters: list[str] = field(default_factory=list)
    chars: list[tuple[int, int, int]] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)
    gaps: list[list[tuple[int, int, int]]] = field(default_factory=lambda: [[]])
    anchor: tuple[int, int] = (0, 0)  # (line, column) of the text's start; where an empty text would be

    @property
    def text(self) -> str:
        return "".join(self.letters)

    def add(self, ch: str, line: int, start: int, end: int, run: int) -> None:
        """Append character ``ch`` read from ``line``, columns ``[start, end)``, in stretch ``run``."""
        self.letters.append(ch)
        self.chars.append((line, start, end))
        self.runs.append(run)
        self.gaps.append([])

    def gap(self, line: int, column: int, depth: int = 0) -> None:
        """A place where text may be inserted after the characters added so far."""
        self.gaps[-1].append((line, column, depth))


def segment_of(index: int, m: MappedText, source: str | None = None, flags: tuple[str, ...] = ()) -> Segment:
    """A Segment of ``m``: NFC text, with the file position of each character (1-based line and column)."""
    raw = m.text
    text, offsets = nfc_map(raw)
    positions = []
    for i in range(len(text)):
        line, start, _ = m.chars[offsets[i] if offsets is not None else i]
        positions.append((line + 1, start + 1))
    line, column = positions[0] if positions else (m.anchor[0] + 1, m.anchor[1] + 1)
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
