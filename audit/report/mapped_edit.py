"""Post-edits written back into PO and subtitle files in place: only the edited characters change.

The readers keep, for every character of a segment, the file columns it was read from
(:class:`audit.corpus.textmap.MappedText`). An edit is the MT → post-edit difference, word by word
(as for XLIFF, :func:`audit.report.xliff_edit._changes`); each changed stretch replaces the raw
characters it covers, written in the file's syntax:

- PO: the new text is escaped as gettext writes it (``\\"``, ``\\\\``, ``\\n``, ``\\t`` …) inside the
  string it falls in; a stretch spread over two continued strings goes into the first and is
  removed from the other, so the entry's layout (its ``msgstr ""`` and continuation lines, its
  comments, msgid and flags) stays as it was;
- Markdown: a post-edit's characters that Markdown reads as marks (``*``, ``_``, ``[``, ``<``, ``&`` …) are
  written with a backslash before them; a post-edit with a line break is refused (it would change the blocks);
- SRT and WebVTT: cue numbers and timings are never touched; a line break in the new text is
  written with the file's line end; WebVTT gets ``&``, ``<``, ``>`` as ``&amp;``, ``&lt;``, ``&gt;``;
  tags stay where they are: an insertion where text meets a tag goes outside it, a deletion may
  span tags (they stay), and a replacement across a tag (``<i>đi</i> về`` → ``trở về``) is
  refused for that cue (made by hand). A post-edit with an empty line, or a line holding
  ``-->``, would end the cue and is refused too.

The edited file is read back with the reader: every segment must read as before except the
edited ones, which must read as their post-edit; an edit for which that fails is refused.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from audit.corpus.errors import InputError
from audit.corpus.normalize import nfc_map
from audit.corpus.subtitles import SRT_STAMP
from audit.corpus.textmap import BREAK, MappedText
from audit.report.xliff_edit import Refused, _changes, _trim

_PO_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b"}
_PO_ESCAPES |= {"\f": "\\f", "\v": "\\v"}


class MappedEditError(Exception):
    """The file cannot be edited at all (it no longer reads as it did; the message says where)."""


def po_escape(text: str) -> str:
    """``text`` as the inside of a PO string (gettext's escapes; other control characters in octal)."""
    out = []
    for ch in text:
        if ch in _PO_ESCAPES:
            out.append(_PO_ESCAPES[ch])
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return "".join(out)


def units_of(fmt: str, lines: list[str], where: str) -> list[MappedText]:
    """The texts of a PO, SRT, WebVTT or Markdown file in segment order, as its reader reads them."""
    if fmt == "markdown":
        from audit.corpus.markdown import markdown_units

        return markdown_units(lines)
    if fmt == "po":
        from audit.corpus.po import parse_po, translated_forms

        return [e.forms[k] for e, k in translated_forms(parse_po(lines, where))]
    from audit.corpus.subtitles import parse_subtitles

    return [cue.text for cue in parse_subtitles(lines, where, fmt == "vtt", [])]


class _File:
    """A file's lines as its reader reads them, with where each starts in the text.

    A line feed ends a line and carriage returns before it belong to the line end (as
    :func:`audit.corpus.decode.iter_lines` reads); with ``cr`` (subtitles, read through
    :func:`audit.corpus.decode.cr_lines`) a lone carriage return ends a line too.
    """

    def __init__(self, text: str, cr: bool) -> None:
        self.text = text
        self.lines: list[str] = []
        self.starts: list[int] = []
        pos = 0
        for piece in text.split("\n"):
            body = piece.rstrip("\r")
            for sub in body.split("\r") if cr else [body]:
                self.lines.append(sub)
                self.starts.append(pos)
                pos += len(sub) + 1
            pos += len(piece) - len(body)
        lone_cr = cr and "\n" not in text and "\r" in text
        self.newline = "\r\n" if "\r\n" in text else "\r" if lone_cr else "\n"

    def content_end(self, line: int) -> int:
        return self.starts[line] + len(self.lines[line])

    def span(self, char: tuple[int, int, int]) -> tuple[int, int]:
        """Where one character's raw text is: [start, end) in the file's text."""
        line, start, end = char
        if end == BREAK:
            return self.content_end(line), self.starts[line + 1]
        return self.starts[line] + start, self.starts[line] + end


def _insertion_point(m: MappedText, k: int, f: _File) -> int:
    """Where text inserted before character ``k`` goes: the shallowest candidate, the last of those."""
    candidates = m.insertion_points(k) or [(*m.anchor, 0)]
    depth = min(c[2] for c in candidates)
    line, column, _ = [c for c in candidates if c[2] == depth][-1]
    return f.starts[line] + column


def _raw_edits(
    m: MappedText, f: _File, start: int, end: int, new: str, escape: Callable[[str], str], split_runs: bool
) -> list[tuple[int, int, str]]:
    """Edits (start, end, text) of the file's text that turn ``m.text[start:end]`` into ``new``."""
    if start == end:
        pos = _insertion_point(m, start, f)
        return [(pos, pos, escape(new))]
    runs = {m.run(k) for k in range(start, end)}
    if len(runs) == 1:
        return [(f.span(m.char(start))[0], f.span(m.char(end - 1))[1], escape(new))]
    if not new:  # a deletion across markup or strings: the characters go, the rest stays
        return [(*f.span(m.char(k)), "") for k in range(start, end)]
    p, s, middle = _trim(m.text[start:end], new)
    if p or s:
        return _raw_edits(m, f, start + p, end - s, middle, escape, split_runs)
    if not split_runs:
        raise Refused(f"the edit {m.text[start:end]!r} → {new!r} crosses a tag; make it by hand")
    first = m.run(start)
    cut = next(k for k in range(start, end) if m.run(k) != first)  # the new text goes into the first run
    out = [(f.span(m.char(start))[0], f.span(m.char(cut - 1))[1], escape(new))]
    return out + [(*f.span(m.char(k)), "") for k in range(cut, end)]


_MARKDOWN_MARKS = re.compile(r"([\\`*_\[\]<>~&|#!])")  # characters a post-edit must not turn into a mark


def _escaper(fmt: str, newline: str) -> Callable[[str], str]:
    if fmt == "po":
        return po_escape
    if fmt == "markdown":  # a backslash before each: read back as the character itself
        return lambda t: _MARKDOWN_MARKS.sub(r"\\\1", t)
    if fmt == "vtt":
        return lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", newline)
    return lambda t: t.replace("\n", newline)


def _cue_problem(after: str, fmt: str) -> str | None:
    """Why a cue's post-edit cannot be written into a subtitle file, or None."""
    lines = after.split("\n")
    if any(not line.strip() for line in lines):
        return "the post-edit has an empty line, which would end the cue; make it by hand"
    if any("-->" in line and (fmt == "vtt" or SRT_STAMP.match(line)) for line in lines):
        return "the post-edit has '-->', which would read as a timing line; make it by hand"
    return None


def _edit_one(m: MappedText, f: _File, before: str, after: str, fmt: str) -> list[tuple[int, int, str]]:
    """The raw edits of one segment (Refused when it cannot be written safely)."""
    if fmt == "markdown" and "\n" in after:
        raise Refused("the post-edit has a line break, which would change the page's blocks; make it by hand")
    if fmt not in ("po", "markdown"):
        problem = _cue_problem(after, fmt)
        if problem:
            raise Refused(problem)
    raw = m.text
    nfc, offsets = nfc_map(raw)
    if nfc != before:
        raise Refused("the text there is not the audited text (has the file changed since the audit?)")

    def to_raw(i: int) -> int:
        return i if offsets is None else (offsets[i] if i < len(offsets) else len(raw))

    escape = _escaper(fmt, f.newline)
    edits: list[tuple[int, int, str]] = []
    for start, end, new in _changes(before, after):
        edits.extend(_raw_edits(m, f, to_raw(start), to_raw(end), new, escape, split_runs=fmt == "po"))
    return edits


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    parts = []
    last = len(text)
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        parts.append(text[end:last])
        parts.append(new)
        last = start
    parts.append(text[:last])
    return "".join(reversed(parts))


def _reads_as(text: str, fmt: str, expected: list[str], where: str) -> bool:
    """``text`` read by the format's reader gives the segment texts ``expected`` (NFC)."""
    try:
        units = units_of(fmt, _File(text, fmt != "po").lines, where)
    except InputError:
        return False
    return [unicodedata.normalize("NFC", u.text) for u in units] == expected


def edit_mapped(text: str, fmt: str, edits: list[dict[str, Any]], where: str) -> tuple[str, dict[int, str]]:
    """``text`` (a PO, SRT or WebVTT file) with the edits written in, and the refused ones (segment → why).

    Each edit has ``segment`` (its index in the run), ``original`` (the audited NFC text) and
    ``text`` (the post-edit). A file that no longer reads as the run read it raises MappedEditError.
    """
    f = _File(text, fmt != "po")
    try:
        units = units_of(fmt, f.lines, where)
    except InputError as e:
        raise MappedEditError(str(e)) from None
    texts = [unicodedata.normalize("NFC", u.text) for u in units]
    refused: dict[int, str] = {}
    planned: dict[int, list[tuple[int, int, str]]] = {}
    for e in edits:
        k = e["segment"]
        if not 0 <= k < len(units) or texts[k] != e["original"]:
            raise MappedEditError(
                f"{where}:{e['line']}: the text there is not the audited segment "
                "(has the file changed since the audit?)"
            )
        try:
            planned[k] = _edit_one(units[k], f, e["original"], e["text"], fmt)
        except Refused as why:
            refused[k] = str(why)
    expected = list(texts)
    for e in edits:
        if e["segment"] in planned:
            expected[e["segment"]] = unicodedata.normalize("NFC", e["text"])
    out = _apply(text, [r for k in planned for r in planned[k]])
    if _reads_as(out, fmt, expected, where):
        return out, refused
    out = text  # one of them does not read back: write them one by one, refusing those that do not
    for k in sorted(planned, reverse=True):
        trial = _apply(out, planned[k])
        want = [
            expected[i] if i == k or (i in planned and i > k and i not in refused) else texts[i]
            for i in range(len(texts))
        ]
        if _reads_as(trial, fmt, want, where):
            out = trial
        else:
            refused[k] = "the edited text would not read back as the post-edit; make it by hand"
    return out, refused
