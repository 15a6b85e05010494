"""Large regular expressions compiled once a machine: their compiled program kept in the user cache dir.

Some patterns are built from whole reference tables (every country surface, every office title, the chrome rows of
boilerplate.tsv joined per first character) and take :mod:`re` tens of milliseconds each to parse and compile: a
good third of a small run's start-up. :func:`compile` compiles such a pattern as :func:`re.compile` does and keeps
the program the compiler produced in ``$XDG_CACHE_HOME/mt-audit/regex/`` (a file a pattern, named by a hash of the
pattern and its flags); the next process builds the same :class:`re.Pattern` from it without parsing.

The program is the ``re`` module's own (``re._compiler``, ``_sre.compile``): it is kept per Python version and
``_sre.MAGIC``, and anything unexpected (no such internals, a damaged or foreign file, which ``_sre`` validates and
refuses) falls back to :func:`re.compile`. A read-only cache dir only costs the compile.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from audit.lang.diskcache import cache_dir

try:  # the compiler's internals; without them every pattern is simply compiled
    import _sre
    from re import _compiler, _parser

    _TAG = f"py{sys.version_info[0]}{sys.version_info[1]}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - another Python implementation or layout
    _sre = None
    _TAG = ""

# the program's parts as stored: final flags, code, number of groups, group index, names by group number
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program read from the store when there, else compiled and stored."""
    if _sre is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    path = _path(pattern, flags)
    try:
        return _from_program(pattern, marshal.loads(path.read_bytes()))
    except Exception:  # not stored yet, or not a program this Python takes: compile it
        pass
    try:
        program = _program(pattern, flags)
        regex = _from_program(pattern, program)
    except re.error:
        raise
    except Exception:  # internals not as expected: the plain way
        return re.compile(pattern, flags)
    _store(path, program)
    return regex


def _store(path: Path, program: _Program | str) -> None:
    """Write ``program`` atomically (best effort); past :data:`MAX_FILES` files, the oldest written go first."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(program))
        os.replace(tmp, path)
        _prune(path.parent)
    except (OSError, ValueError):
        pass


MAX_FILES = 4000  # about 40 MB; one run of the tool stores about 400


def _prune(folder: Path) -> None:
    global _pruned
    if _pruned:
        return
    _pruned = True  # once a process
    files = list(folder.glob("*.marshal"))
    if len(files) > MAX_FILES:
        files.sort(key=lambda p: p.stat().st_mtime)
        for p in files[: len(files) - MAX_FILES // 2]:
            p.unlink(missing_ok=True)


_pruned = False


def derived(kind: str, key: str, build: Callable[[], str]) -> str:
    """``build()``, a pattern's text derived from ``key`` (a trie of a thousand words takes 15 to 80 ms to write out),
    kept in the store beside the programs. ``kind`` must name the derivation and change with its code (its caller
    puts a hash of the deriving function's code in it); a damaged or unwritable file only costs the build."""
    digest = hashlib.sha256(f"{sys.version}\x00{kind}\x00{key}".encode("utf-8", "surrogatepass")).hexdigest()[:24]
    path = cache_dir() / "regex" / f"{digest}-text.marshal"
    try:
        text = marshal.loads(path.read_bytes())
        if isinstance(text, str):
            return text
    except Exception:  # not stored yet, or damaged: built again
        pass
    text = build()
    _store(path, text)
    return text


def _path(pattern: str, flags: int):
    h = hashlib.sha256(f"{sys.version}\x00{flags}\x00{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return cache_dir() / "regex" / f"{h}-{_TAG}.marshal"


def _program(pattern: str, flags: int) -> _Program:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (the same steps, kept apart)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    names: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    return int(flags | state.flags), list(map(int, code)), state.groups - 1, dict(state.groupdict), tuple(names)


def _from_program(pattern: str, program: _Program) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
