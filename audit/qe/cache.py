"""An on-disk score cache (SQLite), so a re-run only scores the segments that changed.

A score is stored under (model id, key) where the key is a SHA-256 of the source, MT and
reference texts. The default file is ``$XDG_CACHE_HOME/mt-audit/qe-scores.sqlite``
(``~/.cache/...``); ``--qe-cache PATH`` chooses another and ``--qe-cache none`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS scores (model TEXT NOT NULL, key TEXT NOT NULL, value REAL NOT NULL, "
    "PRIMARY KEY (model, key)) WITHOUT ROWID"
)


def default_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mt-audit" / "qe-scores.sqlite"


def segment_key(source: str | None, mt: str, reference: str | None) -> str:
    """Hash of the texts a score depends on (None and "" are kept apart)."""
    h = hashlib.sha256()
    for part in (source, mt, reference):
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


class ScoreCache:
    """(model, key) → float, in one SQLite file; safe to share between runs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path), timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get_many(self, model: str, keys: Iterable[str]) -> dict[str, float]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, float] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, value FROM scores WHERE model = ? AND key IN ({marks})", [model, *chunk]
            )
            found.update(rows)
        return found

    def put_many(self, model: str, values: dict[str, float]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO scores (model, key, value) VALUES (?, ?, ?)",
                [(model, k, float(v)) for k, v in values.items()],
            )

    def close(self) -> None:
        self._db.close()
