"""JSONL written back: the target value's token replaced in its line, the rest of the line kept."""

from __future__ import annotations

import json
from typing import Any

from audit.report.postedit.common import ApplyError, nfc, target_key


def edit_jsonl(text: str, edits: list[dict[str, Any]], fields: dict[str, str], where: str) -> str:
    """``text`` with each edited record's target value replaced in its line."""
    lines = text.split("\n")
    for e in edits:
        i = e["line"] - 1
        try:
            obj = json.loads(lines[i])
        except (IndexError, json.JSONDecodeError):
            raise ApplyError(f"{where}:{e['line']}: no JSON record there (has the file changed?)") from None
        key = target_key(list(obj), fields)
        if key is None or nfc(str(obj[key])) != e["original"]:
            raise ApplyError(f"{where}:{e['line']}: the record's target is not the audited text")
        span = _value_span(lines[i], key)
        if span is None:  # not found by the scan (cannot happen for a JSON object): re-serialise the line
            obj[key] = e["text"]
            end_cr = lines[i].endswith("\r")
            lines[i] = json.dumps(obj, ensure_ascii=False) + ("\r" if end_cr else "")
            continue
        start, end = span
        old = lines[i][start:end]
        ascii_only = old.isascii() and "\\u" in old  # written with \u escapes: keep writing them
        lines[i] = lines[i][:start] + json.dumps(e["text"], ensure_ascii=ascii_only) + lines[i][end:]
    return "\n".join(lines)


_DECODER = json.JSONDecoder()
_WS = " \t\r\n"


def _value_span(line: str, key: str) -> tuple[int, int] | None:
    """Where the value of top-level ``key`` is written in the JSON object ``line`` (its last
    occurrence, as json.loads keeps), so an edit replaces that token and nothing else."""
    found = None
    i = len(line) - len(line.lstrip(_WS))
    if line[i : i + 1] != "{":
        return None
    i += 1
    try:
        while True:
            while line[i] in _WS + ",":
                i += 1
            if line[i] == "}":
                return found
            name, i = json.decoder.scanstring(line, i + 1)
            while line[i] in _WS + ":":
                i += 1
            _, end = _DECODER.raw_decode(line, i)
            if name == key:
                found = (i, end)
            i = end
    except (IndexError, ValueError):
        return None
