"""gettext PO reader: one segment per translated ``msgstr`` (each plural form apart), its ``msgid`` as source.

What is read, after GNU gettext's own PO lexer (gettext-tools/src/po-lex.c) and manual ("The Format
of PO Files"):

- An entry is ``msgctxt`` (optional), ``msgid``, ``msgid_plural`` (optional) and ``msgstr`` or
  ``msgstr[0]``, ``msgstr[1]`` … in that order; each keyword takes one or more quoted strings,
  on its line or on the lines after it, which are joined (``msgstr ""`` then ``"…"`` lines).
- Escapes are C's as gettext reads them: ``\\n \\t \\r \\b \\f \\v \\a \\\\ \\"``, octal
  ``\\ooo`` (1–3 digits) and hex ``\\xhh`` (bytes of the file's UTF-8); any other is an error, as
  msgfmt makes it ("invalid control sequence"); translate-toolkit's and Babel's readers decode only
  ``\\n \\t \\r \\\\ \\"`` and keep other escapes as written.
- The text audited is the ``msgstr`` alone: ``msgctxt``, comments (``#``, ``#.``, ``#:``, ``#|``),
  flags (``#,``) and obsolete entries (``#~``) never are. The header (the entry whose ``msgid``
  is empty) is skipped. Untranslated entries (every ``msgstr`` empty) are skipped; in a
  partly translated plural entry the empty forms are kept, so a missing form is reported.
- A plural form's source is ``msgid`` for ``msgstr[0]`` and ``msgid_plural`` for the others; a
  language with one form (Vietnamese: ``nplurals=1``) has ``msgid_plural`` as the source of its
  ``msgstr[0]``, which stands for every count.
- An entry's flags (``fuzzy``, ``c-format`` …) go with each of its segments (``flags`` in
  segments.jsonl); fuzzy entries are audited like the others.
- An entry's ``msgctxt`` goes with each of its segments (``Segment.context``): gettext keys a
  translation by context and msgid, so one msgid in two contexts is two strings, which may rightly
  be translated apart (A106 compares translations within one context only).
- Its translator comments (``#`` then a space, or ``#`` alone on its line's text) and extracted comments
  (``#.``, the programmer's note to translators) go with each of its segments as notes (``Segment.notes``),
  consecutive lines of one kind as one note; they are shown beside the segment, never audited.
- Every character keeps its file position: a finding points at the physical line of the string
  it is in and the column of its first raw character (the backslash of an escape).

A file that is not well-formed PO (an unterminated string, a ``msgstr`` without ``msgid``, an
unknown escape …) is an input error naming its line; nothing of it is audited.
"""

from __future__ import annotations

import codecs
import re
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import BinaryIO

from audit.corpus.charset_guess import BACKUP_SUFFIX
from audit.corpus.decode import iter_lines
from audit.corpus.errors import InputError
from audit.corpus.sniff import looks_like_note
from audit.corpus.textmap import MappedText, segment_of
from audit.model import Document, Note, Segment

_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "a": "\a", "\\": "\\", '"': '"'}
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)\s*(?:\[\s*(\d+)\s*\])?(?![\w\[])")
_WORD = re.compile(r"[A-Za-z_$][\w$]*")
_WS = " \t\f\v\r"
_SPECIAL = re.compile(r'["\\]')  # what ends a string's plain text: its closing quote or an escape


@dataclass(slots=True)
class PoEntry:
    """One entry of a PO file: its strings as read (before NFC) and its flags."""

    line: int  # 0-based line of its msgid
    flags: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()  # its translator and extracted comments
    msgctxt: MappedText | None = None
    msgid: MappedText | None = None
    msgid_plural: MappedText | None = None
    forms: list[MappedText] = field(default_factory=list)  # msgstr, or msgstr[0], msgstr[1] …
    plural: bool = False  # msgstr[N] (not msgstr)
    lines: dict[str, int] = field(default_factory=dict)  # keyword → 0-based line, for errors

    @property
    def header(self) -> bool:
        return self.msgctxt is None and self.msgid is not None and not self.msgid.text

    def source_of(self, form: int) -> str:
        """The source text of plural form ``form`` (see the module docstring)."""
        assert self.msgid is not None
        if self.msgid_plural is None or (form == 0 and len(self.forms) > 1):
            return self.msgid.text
        return self.msgid_plural.text


def _error(path: str, line: int, message: str) -> InputError:
    return InputError(path, message, line + 1)


def _not_utf8(path: str, line: int, column: int) -> InputError:
    return _error(path, line, f"escaped bytes at column {column + 1} are not UTF-8")


class _Parser:
    """The PO grammar as a small state machine over lines (GNU gettext accepts the same files)."""

    def __init__(self, lines: Iterable[str], path: str) -> None:
        self.lines = lines
        self.line = ""  # the line being read
        self.ended = False  # every line read: the current entry ends with the file
        self.path = path
        self.entries: list[PoEntry] = []
        self.entry: PoEntry | None = None  # the entry being read
        self.flags: list[str] = []  # flags read for the next entry
        self.notes: list[tuple[str, list[str]]] = []  # comments read for the next entry: (kind, lines)
        self.open: MappedText | None = None  # the string that continuation lines go to
        self.open_keyword = ""
        self.run = 0

    def parse(self) -> list[PoEntry]:
        return list(self.iter_entries())

    def iter_entries(self) -> Iterator[PoEntry]:
        """The entries in file order, each given once its lines are read (the file read as they are asked for)."""
        i = -1
        for i, line in enumerate(self.lines):
            if self.entries:
                yield from self.entries
                self.entries.clear()
            self.line = line
            body = line.lstrip(_WS)
            col = len(line) - len(body)
            if not body.rstrip(_WS):
                continue
            if body.startswith("#"):
                self._comment(i, body)
            elif re.match(r"domain\s", body):  # a domain directive (GNU): the entries after it are its own
                self._finish(i)
            elif body.startswith('"'):
                if self.open is None:
                    raise _error(self.path, i, "a string with no keyword (msgid, msgstr …) before it")
                self._strings(i, col, self.open)
            else:
                self._keyword(i, col, body)
        self.ended = True
        self._finish(i + 1)
        yield from self.entries
        self.entries.clear()

    def _comment(self, i: int, body: str) -> None:
        """A comment, flag or obsolete line: it belongs to the next entry, so the current one ends."""
        self._finish(i)
        if body.startswith("#,"):
            self.flags.extend(f.strip() for f in body[2:].split(",") if f.strip())
        elif body.startswith("#~"):
            self.flags, self.notes = [], []  # the flags and comments read so far were the obsolete entry's
        elif body.startswith("#.") or body[1:2] in ("", " ", "\t", "\n", "\r"):
            kind = "extracted-comment" if body.startswith("#.") else "translator-comment"
            text = body[2 if kind == "extracted-comment" else 1 :].strip()
            if self.notes and self.notes[-1][0] == kind:
                self.notes[-1][1].append(text)
            else:
                self.notes.append((kind, [text]))

    def _notes(self) -> tuple[Note, ...]:
        """The comments read for the next entry as notes (lines of one comment joined; empty ones left out)."""
        notes = ((kind, "\n".join(lines).strip()) for kind, lines in self.notes)
        return tuple(Note(text, kind) for kind, text in notes if text)

    def _finish(self, i: int) -> None:
        """End the current entry (it must have its msgstr by line ``i``)."""
        e = self.entry
        if e is None:
            return
        if not e.forms:
            where = e.lines.get("msgid_plural", e.lines.get("msgid", e.lines.get("msgctxt", i)))
            what = "msgid" if "msgid" in e.lines else "msgctxt"
            after = "the file ends" if self.ended else f"line {i + 1} starts something else"
            raise _error(self.path, where, f"{what} without a msgstr after it ({after})")
        self._check_string(e)
        self.entries.append(e)
        self.entry, self.open = None, None

    def _check_string(self, e: PoEntry) -> None:
        """The last keyword read got at least one string."""
        if self.open is not None and not self.open.parts and 0 not in self.open.extra:
            raise _error(self.path, e.lines[self.open_keyword], f"{self.open_keyword} without a string")

    def _keyword(self, i: int, col: int, body: str) -> None:
        m = _KEYWORD.match(body)
        if m is None:
            word = _WORD.match(body)
            what = f"unknown keyword {word.group()!r}" if word else f"unexpected text {body[:20]!r}"
            raise _error(self.path, i, f"{what} (a PO entry is msgctxt, msgid, msgid_plural, msgstr)")
        kw, index = m.group(1), m.group(2)
        name = f"{kw}[{index}]" if index is not None else kw
        if self.entry is not None:
            self._check_string(self.entry)
        target = self._place(i, kw, index, name)
        self.open, self.open_keyword = target, name
        assert self.entry is not None
        self.entry.lines[name] = i
        rest = col + m.end()
        if self.line[rest:].strip(_WS):
            self._strings(i, rest, target)

    def _place(self, i: int, kw: str, index: str | None, name: str) -> MappedText:
        """The string that keyword ``kw`` (plural ``index``) opens in the entry, checking the order."""
        if kw in ("msgctxt", "msgid") and self.entry is not None and self.entry.forms:
            self._finish(i)  # a new entry starts
        if self.entry is None:
            if kw not in ("msgctxt", "msgid"):
                raise _error(self.path, i, f"{name} without a msgid before it")
            self.entry = PoEntry(line=i, flags=tuple(self.flags), notes=self._notes())
            self.flags, self.notes = [], []
        e, m = self.entry, MappedText()
        if kw == "msgctxt":
            if e.msgctxt is not None or e.msgid is not None:
                raise _error(self.path, i, "msgctxt after msgctxt or msgid (it comes first in an entry)")
            e.msgctxt = m
        elif kw == "msgid":
            if e.msgid is not None:
                raise _error(self.path, e.lines["msgid"], "msgid without a msgstr after it")
            e.msgid, e.line = m, i
        elif kw == "msgid_plural":
            if e.msgid is None or e.msgid_plural is not None or e.forms:
                raise _error(self.path, i, "msgid_plural must follow a msgid, before its msgstr[0]")
            e.msgid_plural = m
        elif e.msgid is None:
            raise _error(self.path, i, f"{name} without a msgid before it")
        else:
            self._form(i, e, index, name, m)
        return m

    def _form(self, i: int, e: PoEntry, index: str | None, name: str, m: MappedText) -> None:
        if index is None:
            if e.msgid_plural is not None:
                raise _error(self.path, i, "an entry with msgid_plural has msgstr[0], msgstr[1] …, not msgstr")
            if e.forms:
                msg = f"msgstr without a msgid before it (the entry of line {e.line + 1} has its msgstr already)"
                raise _error(self.path, i, msg)
        else:
            if e.msgid_plural is None:
                raise _error(self.path, i, f"{name} in an entry without msgid_plural (use msgstr)")
            if int(index) != len(e.forms):
                raise _error(self.path, i, f"{name} where msgstr[{len(e.forms)}] comes (forms are numbered 0, 1, …)")
            e.plural = True
        e.forms.append(m)

    def _strings(self, i: int, col: int, m: MappedText) -> None:
        """Read the quoted strings of line ``i`` from column ``col`` into ``m``."""
        line = self.line
        j = col
        while True:
            while j < len(line) and line[j] in _WS:
                j += 1
            if j >= len(line):
                return
            if line[j] != '"':
                raise _error(self.path, i, f"unexpected text after a string: {line[j : j + 20]!r}")
            j = self._literal(i, j, m)

    def _literal(self, i: int, q: int, m: MappedText) -> int:
        """Read the string whose opening quote is at column ``q`` of line ``i``; the column after it."""
        line = self.line
        self.run += 1
        if not m.parts and 0 not in m.extra:
            m.anchor = (i, q + 1)
        m.gap(i, q + 1)
        pending: list[int] = []  # the columns of escaped bytes not yet a whole UTF-8 character
        decoder = codecs.getincrementaldecoder("utf-8")()
        j = q + 1
        while True:
            special = _SPECIAL.search(line, j)
            if special is None:
                raise _error(self.path, i, "unterminated string (no closing quote on this line)")
            k = special.start()
            if k > j:
                if pending:
                    raise _not_utf8(self.path, i, pending[0])
                m.extend(line[j:k], i, j, self.run)
            if line[k] == '"':
                if pending:
                    raise _not_utf8(self.path, i, pending[0])
                return k + 1
            value, end = self._escape(i, k)
            if isinstance(value, str):
                if pending:
                    raise _not_utf8(self.path, i, pending[0])
                m.add(value, i, k, end, self.run)
            else:
                pending.append(k)
                try:
                    out = decoder.decode(bytes([value]))
                except UnicodeDecodeError:
                    raise _not_utf8(self.path, i, pending[0]) from None
                if out:
                    m.add(out, i, pending[0], end, self.run)
                    pending = []
            j = end

    def _escape(self, i: int, j: int) -> tuple[str | int, int]:
        """The escape at column ``j`` (a backslash): its character, or its byte (octal, hex), and where it ends."""
        line = self.line
        nxt = line[j + 1 : j + 2]
        if nxt in _SIMPLE_ESCAPES and nxt:
            return _SIMPLE_ESCAPES[nxt], j + 2
        if nxt and nxt in "01234567":
            k = j + 1
            while k < min(len(line), j + 4) and line[k] in "01234567":
                k += 1
            return int(line[j + 1 : k], 8) & 0xFF, k
        if nxt == "x":
            k = j + 2
            while k < len(line) and line[k] in "0123456789abcdefABCDEF":
                k += 1
            if k > j + 2 and int(line[j + 2 : k], 16) <= 0xFF:
                return int(line[j + 2 : k], 16), k
        if not nxt:
            raise _error(self.path, i, "a backslash at the end of the line inside a string")
        shown = line[j : j + 2] if nxt != "x" else line[j : j + 4]
        raise _error(
            self.path,
            i,
            f'invalid escape {shown!r} at column {j + 1} (PO strings know \\n \\t \\r \\\\ \\" \\a \\b \\f \\v, '
            "octal \\ooo and hex \\xhh; a backslash itself is written \\\\)",
        )


def parse_po(lines: Iterable[str], path: str) -> list[PoEntry]:
    """The entries of a PO file's lines (without their line ends); InputError naming the line when malformed."""
    return _Parser(lines, path).parse()


def translated_forms(entries: Iterable[PoEntry]) -> Iterator[tuple[PoEntry, int]]:
    """(entry, form) of every segment, in file order: the header and untranslated entries left out."""
    for e in entries:
        if e.header or not any(f.parts for f in e.forms):
            continue
        yield from ((e, k) for k in range(len(e.forms)))


def _title(entries: list[PoEntry], doc: str) -> str:
    """The catalogue's ``Project-Id-Version`` from its header, else the document name."""
    for e in entries:
        if e.header and e.forms:
            for field_line in e.forms[0].text.split("\n"):
                name, _, value = field_line.partition(":")
                if name.strip().lower() == "project-id-version" and value.strip():
                    return value.strip()
    return doc


def read_po(fh: BinaryIO, doc: str, path: str, max_line: int) -> list[Document]:
    """A Document of the PO file's translated strings (see the module docstring)."""
    try:
        lines = list(iter_lines(fh, path, max_line))
    except InputError as e:
        if e.message.startswith("not UTF-8") and path != "-":  # gettext converts a catalogue by its header
            orig, here = shlex.quote(path + BACKUP_SUFFIX), shlex.quote(path)
            note = (
                "; or, after the same mv, with gettext, which also updates the header's charset: "
                f"msgconv -t UTF-8 {orig} -o {here}"
            )
            raise InputError(path, e.message + note, e.line) from None
        raise
    try:
        entries = parse_po(lines, path)
    except InputError as e:
        if e.line is not None and e.line <= 20:  # not PO from the start: say what it looks like
            note = looks_like_note("\n".join(lines[:40]), "po")
            raise InputError(path, e.message + note, e.line) from None
        raise
    segments = [_segment(n, e, k) for n, (e, k) in enumerate(translated_forms(entries))]
    if not segments:
        _no_translations(path)
    return [Document(doc=doc, segments=segments, title=_title(entries, doc), format="po", path=path)]


def _segment(index: int, e: PoEntry, k: int) -> Segment:
    """The segment of form ``k`` of entry ``e``."""
    seg = segment_of(index, e.forms[k], e.source_of(k), e.flags)
    seg.singular = e.msgid_plural is not None and k == 0 and len(e.forms) > 1
    seg.context = e.msgctxt.text if e.msgctxt is not None else None
    seg.notes = e.notes
    return seg


def _no_translations(path: str) -> None:
    if PurePath(path).suffix.lower() == ".pot":
        raise InputError(path, "a PO template (.pot) holds no translations; audit the language's .po file")
    raise InputError(path, "no translated entries (every msgstr is empty)")


def po_title(path: str, doc: str, max_line: int, opened: str | None = None) -> str | None:
    """A large PO file's title (see read_po), reading it through once: None when it is not one read_po reads (not
    UTF-8, not well-formed, no translation), which then reads it whole and refuses it with its line. ``opened``: the
    file to read when it is not ``path`` (standard input's copy; ``path`` names it)."""
    title = None
    translated = False
    try:
        with open(opened or path, "rb") as fh:
            for e in _Parser(iter_lines(fh, path, max_line), path).iter_entries():
                if title is None and e.header:
                    title = _title([e], doc)
                translated = translated or (not e.header and any(f.parts for f in e.forms))
    except InputError:
        return None
    return (title or doc) if translated else None


def iter_po(
    path: str, doc: str, max_line: int, title: str, chunk: int, opened: str | None = None
) -> Iterator[Document]:
    """A large PO file's segments in Documents of at most ``chunk``, the file read and parsed as they are asked
    for (a file :func:`po_title` read through); ``part`` > 0 continues the Document before. ``opened`` as for
    :func:`po_title`."""
    segments: list[Segment] = []
    part = base = 0
    with open(opened or path, "rb") as fh:
        for e, k in translated_forms(_Parser(iter_lines(fh, path, max_line), path).iter_entries()):
            seg = _segment(len(segments), e, k)
            seg.paragraph = base + seg.index  # as in the file read whole: a string is a paragraph
            segments.append(seg)
            if len(segments) >= chunk and k == len(e.forms) - 1:
                yield Document(doc=doc, segments=segments, title=title, format="po", path=path, part=part)
                segments, part, base = [], part + 1, base + len(segments)
    if segments:
        yield Document(doc=doc, segments=segments, title=title, format="po", path=path, part=part)
