"""Plain text written back: each edit at its segment's line and column, the rest of the file byte for byte; the
file's encoding, byte order and BOM kept (also for the PO and subtitle copies)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from audit.report.postedit.common import ApplyError, nfc

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def read_text(path: Path) -> tuple[str, Callable[[str], bytes]]:
    """(text, how to encode it back): the file's encoding, byte order and BOM kept (UTF-16 big-endian stays so)."""
    data = path.read_bytes()
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc), lambda t, bom=bom, enc=enc: bom + t.encode(enc)
    return data.decode("utf-8"), lambda t: t.encode("utf-8")


def _raw_span(line: str, col0: int, original: str) -> int:
    """Length of the raw text at ``line[col0:]`` whose NFC form is ``original`` (-1 when absent).

    Decomposed text is longer than its NFC form (a Vietnamese letter such as 'ệ' is up to three code
    points), so the length is searched: the NFC length of a prefix never falls as the prefix grows, so
    a binary search finds the shortest prefix as long as ``original``; longer prefixes of that NFC length
    (combining marks that compose) are tried after it."""
    rest = line[col0:]
    n = len(original)
    if nfc(rest[:n]) == original:
        return n
    lo, hi = 0, len(rest)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(nfc(rest[:mid])) < n:
            lo = mid + 1
        else:
            hi = mid
    for k in range(lo, len(rest) + 1):
        head = nfc(rest[:k])
        if head == original:
            return k
        if len(head) > n:
            break
    return -1


_LINE_END = re.compile(r"(\r*\n|\r)")  # CR CR LF (a CRLF file converted again) ends one line, as the reader reads it


def edit_plaintext(text: str, edits: list[dict[str, Any]], where: str) -> str:
    """``text`` with each edit written at its segment's line and column (right to left per line)."""
    parts = _LINE_END.split(text)  # lines as the reader counts them (LF, CRLF or a lone CR ends one)
    lines, ends = parts[0::2], [*parts[1::2], ""]
    for e in sorted(edits, key=lambda e: (e["line"], -e["column"])):
        i = e["line"] - 1
        if not 0 <= i < len(lines):
            raise ApplyError(f"{where}:{e['line']}: no such line (has the file changed since the audit?)")
        body = lines[i]
        col0 = e["column"] - 1
        k = _raw_span(body, col0, e["original"])
        if k < 0:
            raise ApplyError(
                f"{where}:{e['line']}:{e['column']}: the text there is not the audited segment "
                "(has the file changed since the audit?)"
            )
        lines[i] = body[:col0] + e["text"] + body[col0 + k :]
    return "".join(line + end for line, end in zip(lines, ends, strict=True))
