"""Subtitle readers, SubRip (``.srt``) and WebVTT (``.vtt``): one segment per cue, target text only.

A cue's text lines are one segment, joined by ``\\n`` as on screen: a subtitle's line break is
layout (two lines of about 42 characters), and a sentence broken over the two lines is one
sentence to a reviewer, so rules read it whole, and a post-edit keeps (or moves) the break
where the reviewer leaves it. Cue numbers, timing lines, the WebVTT header and its ``NOTE``,
``STYLE`` and ``REGION`` blocks, cue identifiers and cue settings are not text. Inside a cue,
markup is left out of the text and its columns skipped: tags (``<i>``, ``<b>``, ``<u>``,
``<font color=…>``; WebVTT ``<c.yellow>``, ``<v Speaker>``, ``<lang vi>``, ``<ruby>``/``<rt>``,
timestamps ``<00:01.500>``) and SubRip/ASS override codes (``{\\an8}``, ``{\\i1}``). WebVTT's
character references (``&amp;``, ``&lt;``, ``&gt;``, ``&nbsp;``, ``&lrm;``, ``&rlm;``, ``&#…;``)
are read as the characters they stand for.

A timing line that cannot be read (``00:01:02,50 --> …``, ``00:00:61,000``, a missing ``-->``,
an end before its start) is an input error naming its line; that cue is skipped and the rest of
the file read. A ``.vtt`` file must start with ``WEBVTT``.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass
from typing import BinaryIO

from audit.corpus.decode import cr_lines, iter_lines
from audit.corpus.errors import InputError
from audit.corpus.sniff import looks_like_note
from audit.corpus.textmap import BREAK, MappedText, segment_of
from audit.model import Document

_SRT_TIME = r"(\d{1,3}):(\d{2}):(\d{2})[,.](\d{3})"
_VTT_TIME = r"(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})"
_SRT_TIMING = re.compile(rf"\s*{_SRT_TIME}\s*-->\s*{_SRT_TIME}(?:\s.*)?")
# the WebVTT parser skips whitespace round the arrow, if any ("00:01.000-->00:02.000" is read by browsers)
_VTT_TIMING = re.compile(rf"[ \t]*{_VTT_TIME}[ \t]*-->[ \t]*{_VTT_TIME}(?:[ \t].*)?")
SRT_STAMP = re.compile(r"\s*\d{1,3}[:.]\d{2}")  # a line that starts like a timestamp (00:00:01 or 00.00.01)
_SRT_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|\{\\[^{}]*\}")
_VTT_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|<\d[\d:.]*>|&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);")
_VTT_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "nbsp": "\u00a0", "lrm": "\u200e", "rlm": "\u200f"}
_SRT_EXAMPLE = "00:00:01,000 --> 00:00:04,000"
_VTT_EXAMPLE = "00:00:01.000 --> 00:00:04.000"


@dataclass(slots=True)
class Cue:
    """One cue: where its timing line is, and its text with file positions."""

    timing_line: int  # 0-based
    text: MappedText


def _blocks(lines: list[str], start: int = 0) -> list[list[int]]:
    """The line numbers of each block of non-blank lines, from line ``start`` on."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for i in range(start, len(lines)):
        if lines[i].strip():
            current.append(i)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _unglued(lines: list[str], block: list[int], vtt: bool) -> list[list[int]]:
    """A block cut before each further timing line: cues written without the blank line between them.

    In SRT the number line before such a timing goes with it, and a text line with an arrow that is
    no timestamp ('Hà Nội --> Huế') stays text, as players read it; WebVTT ends a cue's text at a
    line with '-->' (the WebVTT spec's cue text rule), so the lines before it stay the earlier cue's text.
    """
    timings = [k for k, i in enumerate(block) if "-->" in lines[i] and (vtt or k == 0 or SRT_STAMP.match(lines[i]))]
    cuts = []
    for before, k in itertools.pairwise(timings):
        number = not vtt and k - 1 > before and lines[block[k - 1]].strip().isdigit()
        cuts.append(k - 1 if number else k)
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block)]
    return [block[a:b] for a, b in itertools.pairwise(bounds) if a < b]


def _seconds(groups: tuple[str | None, ...]) -> float | None:
    """Seconds of a timestamp's (hours, minutes, seconds, milliseconds); None when minutes or seconds exceed 59."""
    h, mi, s, ms = (int(g) if g else 0 for g in groups)
    if mi > 59 or s > 59:
        return None
    return h * 3600 + mi * 60 + s + ms / 1000


def _timing_problem(line: str, vtt: bool) -> str | None:
    """Why ``line`` is not a timing line of the format, or None when it is one."""
    m = (_VTT_TIMING if vtt else _SRT_TIMING).fullmatch(line)
    example = _VTT_EXAMPLE if vtt else _SRT_EXAMPLE
    if m is None:
        return f"malformed timing line {line.strip()[:60]!r} (expected like {example})"
    start, end = _seconds(m.groups()[:4]), _seconds(m.groups()[4:])
    if start is None or end is None:
        return f"malformed timing line {line.strip()[:60]!r}: minutes and seconds go up to 59"
    if end < start:
        return f"timing line {line.strip()[:60]!r} ends before it starts"
    return None


def _cue_text(lines: list[str], text_lines: list[int], vtt: bool) -> MappedText:
    """The text of a cue's lines, joined by '\\n', markup left out (see the module docstring)."""
    markup = _VTT_MARKUP if vtt else _SRT_MARKUP
    m = MappedText()
    run = depth = 0
    m.anchor = (text_lines[0], 0)
    for n, i in enumerate(text_lines):
        line = lines[i]
        if n:
            prev = text_lines[n - 1]
            m.add("\n", prev, len(lines[prev]), BREAK, run, depth)
        m.gap(i, 0, depth)
        j = 0
        for tok in markup.finditer(line):
            m.extend(line[j : tok.start()], i, j, run, depth)
            word = tok.group()
            ch = _entity(word) if word.startswith("&") else ""
            if ch is None:  # a reference WebVTT does not know: text as written
                m.extend(word, i, tok.start(), run, depth)
            elif ch:
                m.add(ch, i, tok.start(), tok.end(), run, depth)
            else:
                run += 1
                depth = _depth_after(word, depth)
                m.gap(i, tok.end(), depth)
            j = tok.end()
        m.extend(line[j:], i, j, run, depth)
    return m


def _entity(word: str) -> str | None:
    """The character of a WebVTT character reference, or None for one it does not know."""
    name = word[1:-1]
    if name.startswith("#"):
        ch = html.unescape(word)
        return ch if ch != word else None
    return _VTT_ENTITIES.get(name) or (html.unescape(word) if html.unescape(word) != word else None)


def _depth_after(tag: str, depth: int) -> int:
    """Open elements after ``tag``: an opening tag adds one, a closing one takes one away, codes neither."""
    if tag.startswith("</"):
        return max(0, depth - 1)
    if tag.startswith("<") and not tag[1].isdigit():
        return depth + 1
    return depth


def _srt_cue(lines: list[str], block: list[int], path: str) -> tuple[Cue | None, InputError | None]:
    """The cue of an SRT block (number, timing, text), or the error saying why it is not one."""
    first = lines[block[0]].strip()
    if first.isdigit() and len(block) > 1:
        timing_at = 1
    elif first.isdigit():
        return None, InputError(path, f"cue number {first} with no timing line after it; cue skipped", block[0] + 1)
    else:
        timing_at = 0  # some files leave the cue numbers out
    i = block[timing_at]
    if "-->" not in lines[i] and timing_at == 0:
        why = "text with no cue number and timing line before it (a blank line inside a cue?); skipped"
        return None, InputError(path, why, i + 1)
    if "-->" not in lines[i] and not re.search(r"\d:\d", lines[i]):  # text, not a timing written wrong
        why = f"cue number {first} is followed by {lines[i].strip()[:40]!r}, not a timing line like {_SRT_EXAMPLE}"
        return None, InputError(path, why + "; cue skipped", i + 1)
    problem = _timing_problem(lines[i], vtt=False)
    if problem:
        return None, InputError(path, problem + "; cue skipped", i + 1)
    text_lines = block[timing_at + 1 :]
    return (Cue(i, _cue_text(lines, text_lines, vtt=False)) if text_lines else None), None


_VTT_SKIPPED = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t]|$)")


def _vtt_cue(lines: list[str], block: list[int], path: str) -> tuple[Cue | None, InputError | None]:
    """The cue of a WebVTT block (optional identifier, timing, text), or the error saying why it is not one."""
    first = lines[block[0]]
    if _VTT_SKIPPED.match(first) and "-->" not in first:
        return None, None  # a comment, a style sheet or a region definition
    timing_at = 0 if "-->" in first else 1
    if timing_at >= len(block) or "-->" not in lines[block[timing_at]]:
        why = "a block that is no cue (no timing line with '-->'), nor NOTE, STYLE or REGION; skipped"
        return None, InputError(path, why, block[0] + 1)
    i = block[timing_at]
    problem = _timing_problem(lines[i], vtt=True)
    if problem:
        return None, InputError(path, problem + "; cue skipped", i + 1)
    text_lines = block[timing_at + 1 :]
    return (Cue(i, _cue_text(lines, text_lines, vtt=True)) if text_lines else None), None


def parse_subtitles(lines: list[str], path: str, vtt: bool, errors: list[InputError]) -> list[Cue]:
    """The cues of a subtitle file's lines (without their line ends); malformed cues go to ``errors``."""
    start = 0
    if vtt:
        if not lines or not re.match(r"WEBVTT(?:[ \t]|$)", lines[0]):
            note = looks_like_note("\n".join(lines[:40]), "vtt")
            raise InputError(path, "not WebVTT: the first line must be WEBVTT" + note, 1)
        start = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))  # after the header
    cues = []
    for block in (part for b in _blocks(lines, start) for part in _unglued(lines, b, vtt)):
        cue, error = (_vtt_cue if vtt else _srt_cue)(lines, block, path)
        if error is not None:
            errors.append(error)
        elif cue is not None:
            cues.append(cue)
    return cues


def read_subtitles(
    fh: BinaryIO, doc: str, path: str, max_line: int, fmt: str, errors: list[InputError]
) -> list[Document]:
    """A Document of the cues of an SRT (``fmt`` "srt") or WebVTT ("vtt") file."""
    lines = list(cr_lines(iter_lines(fh, path, max_line)))  # LF, CRLF or a lone CR ends a line
    found: list[InputError] = []
    cues = parse_subtitles(lines, path, fmt == "vtt", found)
    errors.extend(found)
    segments = [segment_of(k, cue.text) for k, cue in enumerate(cues)]
    if not segments and not found:
        raise InputError(path, "no cues with text")
    return [Document(doc=doc, segments=segments, title=doc, format=fmt, path=path)] if segments else []
