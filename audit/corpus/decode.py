"""Decode a file's bytes strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM.

Anything else is an :class:`InputError` naming the file, the line and the byte offset of
the first bad byte, with the file's likely encoding and the command converting a copy
(:mod:`audit.corpus.charset_guess`). Nothing is decoded with a guess. Binary files (NUL bytes;
UTF-16 without a BOM is named as such) and lines longer than ``max_line`` characters are
refused the same way.
"""

from __future__ import annotations

import codecs
import re
import shlex
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import BinaryIO

from audit.corpus.charset_guess import convert_in_place, guess_encoding, guess_utf16
from audit.corpus.errors import InputError

MAX_LINE = 1_000_000  # characters; a longer line is not text a person wrote
_CHUNK = 1 << 16


def _sniff(head: bytes) -> tuple[str, int]:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", 0
    return "utf-8", 0


def iter_lines(
    fh: BinaryIO,
    path: str,
    max_line: int = MAX_LINE,
    first_line: int = 1,
    first_offset: int = 0,
    *,
    cr: bool = False,
) -> Iterator[str]:
    """Decoded lines of a binary stream, without their line terminators, streaming.

    A line feed ends a line (carriage returns before it belong to the line end); with ``cr`` a lone
    carriage return ends one too, as in a file saved with classic Mac line ends, and ``\\r\\n`` is one
    line end (Python's universal newlines, as :mod:`csv` reads a string). Raises InputError on an empty
    stream, a binary stream, an invalid byte or a line longer than ``max_line`` characters. A part of a
    large file starts at line ``first_line``, byte ``first_offset`` of it: errors name the file's line
    and byte offset.
    """
    head = fh.read(8192)
    if not head:
        raise InputError(path, "empty file")
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # FF FE 00 00 starts like UTF-16's BOM
        raise InputError(path, f"UTF-32 (its byte order mark says so) is not read; {_utf32_hint(path)}", first_line)
    encoding, skip = _sniff(head)
    if encoding == "utf-8" and b"\x00" in head:
        nul = head.index(b"\x00")
        line = first_line + head[:nul].count(b"\n")
        where = f"NUL byte at byte offset {first_offset + nul}"
        if guess_utf16(head[skip:]):
            raise InputError(path, f"not UTF-8 ({where}); {guess_encoding(head).hint(path)}", line)
        raise InputError(path, _nul_message(head, where, path), line)
    if encoding == "utf-16":
        yield from _iter_utf16(head + fh.read(), path, max_line, cr)
        return
    data_offset = first_offset + skip  # byte offset of the start of the current line
    pending = head[skip:]
    line_no = first_line
    eof = False
    utf8_seen = False  # a line with non-ASCII UTF-8 before a bad one: the file mixes encodings
    while True:
        nl = _line_end(pending, cr, eof)
        while nl < 0 and not eof:
            if len(pending) > 4 * max_line + 4:
                raise InputError(path, f"line longer than {max_line:,} characters", line_no)
            chunk = fh.read(_CHUNK)
            if not chunk:
                eof = True
            pending += chunk
            nl = _line_end(pending, cr, eof)
        if nl < 0:
            raw, pending = pending, b""
        else:
            raw, pending = pending[: nl + 1], pending[nl + 1 :]
        if not raw:
            break
        try:
            text = _decode_line(raw, path, line_no, data_offset, max_line)
        except UnicodeDecodeError as e:
            raise _not_utf8(raw + pending, e.start, path, line_no, data_offset, utf8_seen) from None
        yield text
        utf8_seen = utf8_seen or not raw.isascii()
        data_offset += len(raw)
        line_no += 1
        if eof and not pending:
            break


_LINE_END_CR = re.compile(rb"\r\n?|\n")
_TEXT_LINE_END_CR = re.compile(r"\r\n?|\n")


def _line_end(data: bytes, cr: bool, eof: bool) -> int:
    """The index of the last byte of the first line end in ``data``, -1 when none is there yet (with
    ``cr``, a carriage return closing ``data`` waits for the next chunk: a line feed may follow)."""
    if not cr:
        return data.find(b"\n")
    m = _LINE_END_CR.search(data)
    if m is None or (m.end() == len(data) and m.group() == b"\r" and not eof):
        return -1
    return m.end() - 1


def _decode_line(raw: bytes, path: str, line_no: int, offset: int, max_line: int) -> str:
    if b"\x00" in raw:
        raise InputError(path, _nul_message(raw, f"NUL byte at byte offset {offset + raw.index(0)}", path), line_no)
    text = raw.decode("utf-8")  # UnicodeDecodeError: the caller words it (_not_utf8)
    text = text.rstrip("\n").rstrip("\r")
    if len(text) > max_line:
        raise InputError(path, f"line longer than {max_line:,} characters ({len(text):,})", line_no)
    return text


def _not_utf8(data: bytes, start: int, path: str, line_no: int, offset: int, utf8_seen: bool) -> InputError:
    """The error for a line that is not UTF-8: where, the byte, and the file's likely encoding.

    ``data`` is the line and what follows it, ``start`` the bad byte's index in it.
    """
    where = f"invalid byte 0x{data[start : start + 1].hex()} at byte offset {offset + start}"
    if _cut_short(data[start:]):
        hint = "the file ends in the middle of a UTF-8 character (cut short?)"
    elif utf8_seen or not data[:start].isascii():
        hint = "the text before it is UTF-8: the file mixes encodings; retype or convert this part"
    else:
        hint = guess_encoding(data).hint(path)
    return InputError(path, f"not UTF-8 (nor UTF-16 with a BOM): {where}; {hint}", line_no)


def _nul_message(data: bytes, where: str, path: str) -> str:
    """A binary file, or a text file with a stray NUL byte (UTF-8 text around it, hardly any other control)."""
    rest = data.replace(b"\x00", b"")
    try:
        text = rest.decode("utf-8", errors="strict") if rest else ""
    except UnicodeDecodeError:
        text = ""
    controls = sum(1 for c in text if c < " " and c not in "\t\r\n")
    if len(text) >= 16 and data.count(0) <= max(2, len(data) // 100) and controls == 0:
        if path == "-":
            return f"{where} in a text (damaged, or pasted from a program that writes NUL): remove it"
        copy = shlex.quote(str(PurePath(path).with_name(f"{PurePath(path).stem}.clean{PurePath(path).suffix}")))
        return (
            f"{where} in a text file (damaged, or pasted from a program that writes NUL): remove it from a copy "
            f"with tr -d '\\000' < {shlex.quote(path)} > {copy}"
        )
    return f"binary file ({where})"


def check_utf8(data: bytes, path: str) -> None:
    """Raise the not-UTF-8 InputError (line, byte, likely encoding) for a whole file's bytes that are not
    UTF-8; a file with a BOM (UTF-8 or UTF-16) passes."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in data[:8192] and guess_utf16(data):  # judged from the start: a line may start at an odd byte
        nul = data.index(b"\x00")
        raise InputError(path, f"not UTF-8 (NUL byte at byte offset {nul}); {guess_encoding(data).hint(path)}", 1)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        line_start = data.rfind(b"\n", 0, e.start) + 1
        line_no = data.count(b"\n", 0, line_start) + 1
        utf8_before = not data[:line_start].isascii()
        raise _not_utf8(data[line_start:], e.start - line_start, path, line_no, line_start, utf8_before) from None


def _utf32_hint(path: str) -> str:
    """The iconv command converting a UTF-32 file (or standard input) to UTF-8."""
    if path == "-":
        return "convert it in the pipe before audit run - with iconv -f UTF-32 -t UTF-8"
    return convert_in_place(path, "iconv -f UTF-32 -t UTF-8 {src} > {dst}")


def _cut_short(tail: bytes) -> bool:
    """``tail`` (from the bad byte to the end of the file) is the start of a UTF-8 character, no more."""
    if len(tail) > 3:
        return False
    try:
        tail.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start == 0 and e.reason == "unexpected end of data"
    return False


def _iter_utf16(data: bytes, path: str, max_line: int, cr: bool = False) -> Iterator[str]:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as e:
        line = data[: e.start].decode("utf-16", errors="replace").count("\n") + 1
        raise InputError(path, f"invalid UTF-16 at byte offset {e.start}", line) from None
    del data  # the text is what is read on (a large table's bytes need not be held beside it)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError(path, "binary file (NUL character)", line)
    yield from split_lines(text, path, max_line, cr=cr)


def cr_lines(lines: Iterable[str]) -> Iterator[str]:
    """``lines`` with a lone carriage return also ending a line, as editors read it (a file saved with
    classic Mac line ends has no line feed at all): for documents, whose lines are paragraphs. Record
    formats (JSONL, TSV/CSV) end records with a line feed only."""
    for line in lines:
        if "\r" in line:
            yield from line.split("\r")
        else:
            yield line


def cr_note(line: str, path: str) -> str:
    """``; …`` for a record-format line holding lone carriage returns: the file has classic Mac line ends."""
    if "\r" not in line:
        return ""
    if path == "-":  # standard input: no file to move, the conversion goes into the pipe
        convert = "convert them in the pipe before audit run - with tr '\\r' '\\n'"
    else:
        convert = convert_in_place(path, "tr '\\r' '\\n' < {src} > {dst}", to="to LF line ends")
    return (
        "; the line holds carriage returns (CR) without line feeds, the line ends of classic Mac files, and a "
        f"record ends with a line feed (LF): {convert}"
    )


def split_lines(text: str, path: str, max_line: int = MAX_LINE, *, cr: bool = False) -> Iterator[str]:
    """The lines of decoded text, without their line terminators (InputError on a line over ``max_line``);
    with ``cr`` a lone carriage return ends a line too (see :func:`iter_lines`)."""
    for i, line in enumerate(_pieces(text, _TEXT_LINE_END_CR if cr else _LF), start=1):
        line = line if cr else line.rstrip("\r")
        if len(line) > max_line:
            raise InputError(path, f"line longer than {max_line:,} characters ({len(line):,})", i)
        yield line


_LF = re.compile("\n")


def _pieces(text: str, ends: re.Pattern[str]) -> Iterator[str]:
    """``ends.split(text)`` one piece at a time (a large file's lines are not all held in a list)."""
    start = 0
    for m in ends.finditer(text):
        yield text[start : m.start()]
        start = m.end()
    yield text[start:]
