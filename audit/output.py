"""Atomic output: files are written into a temporary folder and renamed into place at the end.

A run that fails half-way leaves the previous outputs untouched; a reader never sees a
half-written ``findings.jsonl``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; json gives the same bytes, slower
    orjson = None  # type: ignore[assignment]

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # built once: json.dumps builds one per call


def dumps(obj: Any) -> str:
    """One compact JSON line (non-ASCII kept as is).

    orjson writes the same bytes as ``json`` with these settings (a test compares them on the
    records of a real run), five times faster; objects it refuses (an int beyond 64 bits, a
    non-string key) go to ``json``. Two differences: a float under 1e-4 (a tiny risk) is spelt
    differently (``0.00001`` or ``3.2e-6`` where ``json`` writes ``1e-05`` and ``3.2e-06``: the same
    number), and a NaN is written ``null`` (valid JSON) where ``json`` writes ``NaN``.
    """
    if orjson is not None:
        try:
            return orjson.dumps(obj).decode()
        except TypeError:
            pass
    return _COMPACT.encode(obj)


# where orjson's spelling of a float can differ from json's: a float under 1e-4 ("0.00001", "3.2e-6")
_ORJSON_TINY_FLOAT = re.compile(r"0\.0000|\de-")


def dumps_as_json(obj: Any) -> str:
    """What ``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))`` writes, through orjson (several times
    quicker) unless the text holds what orjson may spell differently: a tiny float (or text that looks like one:
    then json writes it). A NaN or an infinity, which json writes as invalid JSON (``NaN``), orjson writes ``null``."""
    if orjson is not None:
        try:
            text = orjson.dumps(obj).decode()
        except TypeError:  # what orjson refuses (an int beyond 64 bits, a non-string key, a lone surrogate)
            pass
        else:
            if not _ORJSON_TINY_FLOAT.search(text):
                return text
    return _COMPACT.encode(obj)


def encode_lines(objs: Sequence[Any]) -> bytes:
    """:func:`dumps` of each object with a newline after each, as one UTF-8 string of bytes (a document's
    records at once, written as they are: no decoding and encoding again)."""
    if orjson is not None:
        try:
            return b"".join([orjson.dumps(obj, option=orjson.OPT_APPEND_NEWLINE) for obj in objs])
        except TypeError:
            pass
    return "".join([dumps(obj) + "\n" for obj in objs]).encode("utf-8")


def dumps_lines(objs: Sequence[Any]) -> str:
    """:func:`encode_lines` as text."""
    return encode_lines(objs).decode("utf-8")


class JsonlWriter:
    """A UTF-8 JSON-lines file being written (LF line ends)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = path.open("wb")

    def write_json(self, obj: Any) -> None:
        assert self._fh is not None
        self._fh.write((dumps(obj) + "\n").encode("utf-8"))

    def write_raw(self, line: str) -> None:
        """Text as it is (JSON lines, each with its newline)."""
        assert self._fh is not None
        self._fh.write(line.encode("utf-8"))

    def read_raw_lines(self) -> Iterator[bytes]:
        """The written lines back as UTF-8 bytes, each with its newline (closes the writer first)."""
        self.close()
        with self.path.open("rb") as fh:
            yield from fh

    def write_bytes(self, data: bytes) -> None:
        """UTF-8 bytes as they are (JSON lines encoded once, lines copied from another file without decoding them)."""
        assert self._fh is not None
        self._fh.write(data)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class OutputDir:
    """A context manager: files opened through it appear in ``final`` only on success."""

    def __init__(self, final: str | os.PathLike[str]) -> None:
        self.final = Path(final)
        self._created = not self.final.exists()  # removed again when the run fails (and it is empty)
        self.final.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=".mt-audit-", dir=self.final))
        self._writers: dict[str, JsonlWriter] = {}
        self._temps: list[JsonlWriter] = []
        self._files: list[Path] = []

    def open(self, name: str) -> JsonlWriter:
        w = JsonlWriter(self.tmp / name)
        self._writers[name] = w
        return w

    def open_temp(self, name: str) -> JsonlWriter:
        w = JsonlWriter(self.tmp / name)
        self._temps.append(w)
        return w

    def write_json(self, name: str, obj: Any) -> None:
        self.write_text(name, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")

    def write_text(self, name: str, text: str) -> None:
        """A whole file at once (summary.json, report.html), renamed into place on success."""
        path = self.tmp / name
        path.write_text(text, encoding="utf-8")
        self._files.append(path)

    def write_bytes(self, name: str, data: bytes, mode: int | None = None) -> None:
        """A whole file at ``name`` (a relative path: folders are created), with ``mode`` if given."""
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if mode is not None:
            os.chmod(path, mode)
        self._files.append(path)

    def __enter__(self) -> OutputDir:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for w in [*self._writers.values(), *self._temps]:
            w.close()
        try:
            if exc_type is None:
                for path in [w.path for w in self._writers.values()] + self._files:
                    dest = self.final / path.relative_to(self.tmp)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(path, dest)
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)
            if exc_type is not None and self._created:
                try:
                    self.final.rmdir()  # only when empty: nothing of the user's is touched
                except OSError:
                    pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], content: str | bytes | Iterable[str], encoding: str = "utf-8") -> None:
    """Write ``content`` (text in ``encoding``, bytes as they are, or text in pieces: a large report written as it
    is made, never whole in memory) to ``path`` via a temporary file in the same folder and a rename: readers see the
    old file or the new one, never a part."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(content, bytes):
                fh.write(content)
            elif isinstance(content, str):
                fh.write(content.encode(encoding))
            else:
                for piece in content:
                    fh.write(piece.encode(encoding))
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
