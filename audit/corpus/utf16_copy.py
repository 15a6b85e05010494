"""A large plain-text file in UTF-16 copied to UTF-8, so that it is read in parts as a large UTF-8 text is.

A UTF-16 file cannot be cut at its line feeds as bytes (a line feed is two bytes, and only the first part would
have the byte order mark), so it was decoded whole: a 32 MB file (16 million characters) took a run to 272 MB.
Its UTF-8 copy is made a megabyte at a time with an incremental decoder; lines and columns, counted in characters,
are those of the original, and findings and errors name the original file.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import tempfile

_CHUNK = 1 << 20


def is_utf16(head: bytes) -> bool:
    """``head`` opens with a UTF-16 byte order mark (not UTF-32's, which starts like UTF-16LE's)."""
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not head.startswith(
        (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    )


def utf8_copy(path: str, prefix: str) -> str | None:
    """A temporary UTF-8 copy of the UTF-16 file ``path`` (its byte order mark dropped), or None when the file
    does not decode as UTF-16, holds a NUL character or cannot be copied: read whole, it is then refused with the
    error reading it gives (the first bad byte's offset in the original, not in a copy). The caller removes the
    copy."""
    decoder = codecs.getincrementaldecoder("utf-16")()
    copy = None
    try:
        fd, copy = tempfile.mkstemp(prefix=prefix)
        with open(path, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(_CHUNK):
                text = decoder.decode(chunk)
                if "\x00" in text:
                    raise ValueError("NUL")
                dst.write(text.encode("utf-8"))
            tail = decoder.decode(b"", final=True)
            if "\x00" in tail:
                raise ValueError("NUL")
            dst.write(tail.encode("utf-8"))
    except (OSError, ValueError):  # UnicodeDecodeError is a ValueError
        if copy is not None:
            with contextlib.suppress(OSError):
                os.unlink(copy)
        return None
    return copy
