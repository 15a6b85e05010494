"""Compiled regular expressions kept between runs: ``re`` compiles a pattern from the code stored last time.

A run compiles about a thousand patterns (the rules' tries of country names and titles, the page-chrome
table, the detectors' scans), a tenth of a second to half a second of each run's start-up, the same work
every time. ``re`` compiles in two steps, a Python-level one that parses the pattern and writes its code
(a list of integers: nearly all the time) and a C-level one that makes the ``Pattern`` object from that code.
:func:`install` wraps the first step (``re._compiler.compile``, which ``re.compile``, ``re.search`` … call on
a miss of their own cache): a pattern whose code is in the cache file is made from it at once; the code of
a new one is added to the file when the process ends. The ``Pattern`` objects are the ones ``re`` makes: the
same code, flags and groups (a test compares them over every pattern the audit compiles).

The file is ``$XDG_CACHE_HOME/mt-audit/patterns-…marshal``, named for the exact Python build and ``re``'s
code version (the code of one is not valid in another). It keeps at most :data:`MAX_PATTERNS` patterns: when
a process would write more, it keeps those it used. A pattern that warns when parsed warns only the first
time. ``MT_AUDIT_PATTERN_CACHE=0`` turns the cache off; a read-only or missing cache folder only costs the
compile time.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from audit.lang.diskcache import cache_dir

MAX_PATTERNS = 6000  # about twice the patterns of an audit with every rule, plus a test run's
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # flags, code, groups - 1, index, names
_Key = tuple[str, str | bytes, int]  # the pattern's type name, the pattern, its flags


def _code_type() -> str:
    """The ``array`` type code of one word of ``re``'s compiled code."""
    import _sre

    for code in "IL":
        if array.array(code).itemsize == _sre.CODESIZE:
            return code
    raise ImportError("no array type for _sre.CODESIZE")


def cache_path() -> Path:
    """This Python build's file (``sys.version`` names the build; ``_sre.MAGIC`` the code's version)."""
    import _sre

    key = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]
    return cache_dir() / f"patterns-{key}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"


def _load(path: Path) -> dict[_Key, _Entry]:
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


class PatternCache:
    """The patterns' code read from ``path``, and those compiled since (:meth:`compile` is ``re._compiler.compile``'s
    stand-in; ``original`` is it)."""

    def __init__(self, path: Path, original: Callable[..., re.Pattern[Any]]) -> None:
        import _sre

        compiler = re._compiler  # type: ignore[attr-defined]
        self.path, self.original = path, original
        self.entries = _load(path)
        self.used: set[_Key] = set()
        self.dirty = False
        self._word = _code_type()
        self._make = _sre.compile
        self._debug, self._isstring = compiler.SRE_FLAG_DEBUG, compiler.isstring
        self._parse, self._code = compiler._parser.parse, compiler._code

    def compile(self, p: Any, flags: int = 0) -> re.Pattern[Any]:
        """What ``re._compiler.compile(p, flags)`` returns; its code from the cache when it is there."""
        if not self._isstring(p) or flags & self._debug:
            return self.original(p, flags)
        flags = int(flags)
        key = (type(p).__name__, p, flags)
        entry = self.entries.get(key)
        if entry is None:
            parsed = self._parse(p, flags)  # what re._compiler.compile does, keeping the code it writes
            code = self._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry = (flags | parsed.state.flags, array.array(self._word, code).tobytes(), parsed.state.groups - 1,
                     groupindex, tuple(indexgroup))  # fmt: skip
            self.entries[key] = entry
            self.dirty = True
        else:
            code = array.array(self._word, entry[1]).tolist()
        self.used.add(key)
        return self._make(p, entry[0], code, entry[2], entry[3], entry[4])  # type: ignore[no-any-return]

    def save(self) -> None:
        """Write the patterns compiled since the file was read (best effort), merged with what it holds now."""
        if not self.dirty:
            return
        entries = {**_load(self.path), **self.entries}  # another process may have added some meanwhile
        if len(entries) > MAX_PATTERNS:
            entries = {k: v for k, v in entries.items() if k in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(entries))
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            return
        self.dirty = False


_installed: list[PatternCache] = []


def install() -> PatternCache | None:
    """Compile patterns through the cache from now on, in this process (once; None when off or not possible)."""
    if _installed:
        return _installed[0]
    if os.environ.get("MT_AUDIT_PATTERN_CACHE") == "0":
        return None
    compiler = getattr(re, "_compiler", None)
    names = ("compile", "_code", "_parser", "isstring", "SRE_FLAG_DEBUG")
    if compiler is None or not all(hasattr(compiler, n) for n in names):
        return None  # another Python's re: compile as it does
    try:
        cache = PatternCache(cache_path(), compiler.compile)
    except ImportError:
        return None
    compiler.compile = cache.compile
    atexit.register(cache.save)
    _installed.append(cache)
    return cache


def uninstall() -> None:
    """``re`` compiles as it did before :func:`install` (tests)."""
    if _installed:
        cache = _installed.pop()
        re._compiler.compile = cache.original  # type: ignore[attr-defined]
        atexit.unregister(cache.save)
