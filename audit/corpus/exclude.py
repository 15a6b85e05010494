"""``--exclude GLOB`` and ``exclude = [...]``: paths of a directory walk left out, as in a .gitignore.

A pattern is matched against a path relative to the directory given (``/`` separated):

- ``*`` matches within one path part, ``?`` one character, ``[abc]``/``[!abc]`` a class;
- ``**`` matches any number of folders: ``**/notes.txt``, ``drafts/**``, ``a/**/b.xlf``;
- a pattern without ``/`` (``README.md``, ``*.bak``) matches a file or folder name at any depth; one
  with a ``/`` inside or at the start (``/README.md``, ``./README.md``, ``src/drafts``) is anchored at
  the walked root;
- a trailing ``/`` (``drafts/``) matches folders only; a folder that matches is left out whole.

Matching is case-sensitive, as in git. Negation (``!pattern``) is not supported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class PatternError(ValueError):
    """An exclude pattern that cannot be used; the message names it."""


def _part(part: str, pattern: str) -> str:
    """The regex of one path part (no ``/``, not ``**``)."""
    out = []
    i = 0
    while i < len(part):
        c = part[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            i = _bracket(part, i, pattern, out)
        elif c == "\\" and i + 1 < len(part):
            i += 1
            out.append(re.escape(part[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def _bracket(part: str, i: int, pattern: str, out: list[str]) -> int:
    """The class ``[...]`` opening at ``part[i]``, appended to ``out`` as a regex; returns the index of its ``]``.

    As in fnmatch and git, a ``]`` first in the class (``[]a]``, ``[!]]``) is one of its characters."""
    first = i + 1
    negated = part[first : first + 1] in ("!", "^")
    if negated:
        first += 1
    end = part.find("]", first + 1)
    if end < 0:
        raise PatternError(f"exclude pattern {pattern!r}: '[' without a closing ']'")
    chars = part[first:end].replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    regex = "[" + ("^" if negated else "") + chars + "]"
    try:
        re.compile(regex)
    except re.error as e:  # a reversed range such as [z-a]
        what = f"{part[i : end + 1]!r} is no character class ({e.msg})"
        raise PatternError(f"exclude pattern {pattern!r}: {what}") from None
    out.append(regex)
    return end


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled exclude pattern."""

    text: str
    regex: re.Pattern[str]
    dirs_only: bool

    def matches(self, rel: str, is_dir: bool) -> bool:
        return (is_dir or not self.dirs_only) and self.regex.fullmatch(rel) is not None


def compile_pattern(text: str) -> Pattern:
    """A gitignore-like glob as a :class:`Pattern` (PatternError when it cannot be used)."""
    p = text.strip()
    while p.startswith("./"):  # './drafts': the root's own drafts, as '/drafts'
        p = "/" + p[2:].lstrip("/")
    if not p or p == "/":
        raise PatternError(f"exclude pattern {text!r} is empty")
    if p.startswith("!"):
        raise PatternError(f"exclude pattern {text!r}: negation ('!') is not supported")
    dirs_only = p.endswith("/")
    anchored = "/" in p.rstrip("/")
    parts = p.strip("/").split("/")
    body = ""
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        if part == "**":
            body += ".*" if last else "(?:.*/)?"
        else:
            body += _part(part, text) + ("" if last else "/")
    prefix = "" if anchored else "(?:.*/)?"
    return Pattern(text, re.compile(prefix + body), dirs_only)


class Excluder:
    """The exclude patterns of a run."""

    def __init__(self, patterns: list[str] | tuple[str, ...] = ()) -> None:
        self.patterns = [compile_pattern(p) for p in patterns]
        self._used: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def excluded(self, rel: str, is_dir: bool) -> bool:
        """``rel`` (a path relative to the walked root, ``/`` separated) is left out."""
        for p in self.patterns:
            if p.matches(rel, is_dir):
                self._used.add(p.text)
                return True
        return False

    def unmatched(self) -> list[str]:
        """The patterns that have left no path out so far (a typo, a path written from another folder, or one an
        earlier pattern covers)."""
        return [p.text for p in self.patterns if p.text not in self._used]


def check_patterns(patterns: list[str] | tuple[str, ...]) -> None:
    """Raise PatternError for the first pattern that cannot be used."""
    for p in patterns:
        compile_pattern(p)
