"""audit.lang.diskcache: tables built once, kept in the user cache dir, rebuilt when an input changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.lang import diskcache, hanviet


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "mt-audit"


def test_built_once_then_read_back(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "table.tsv"
    source.write_text("a\t1\n", encoding="utf-8")
    calls = []

    def build() -> dict[str, tuple[int, ...]]:
        calls.append(1)
        return {"a": (1, 2), "b": (3,)}

    first = diskcache.cached("t", [source, b"v1"], build)
    second = diskcache.cached("t", [source, b"v1"], build)
    assert first == second == {"a": (1, 2), "b": (3,)}
    assert len(calls) == 1
    assert len(list(cache_home.glob("t-*.marshal"))) == 1


def test_changed_input_builds_afresh(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "table.tsv"
    source.write_text("a\t1\n", encoding="utf-8")
    assert diskcache.cached("t", [source], lambda: 1) == 1
    source.write_text("a\t2\n", encoding="utf-8")
    assert diskcache.cached("t", [source], lambda: 2) == 2
    assert diskcache.cached("t", [source, b"other"], lambda: 3) == 3


def test_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert diskcache.cached("t", [b"x"], lambda: {"k": 1}) == {"k": 1}


def test_hanviet_tables_from_cache_equal_a_fresh_build(cache_home: Path) -> None:
    hanviet.load.cache_clear()
    try:
        loaded = hanviet.load()  # builds and stores
        hanviet.load.cache_clear()
        cached = hanviet.load()  # reads the stored tables
        fresh = hanviet.HanViet(*hanviet._build())
        for table in ("pinyin", "readings", "freq", "by_key", "by_toneless", "by_pinyin", "by_primary"):
            assert getattr(cached, table) == getattr(fresh, table) == getattr(loaded, table)
        assert cached.forward("zhong")[:3] == fresh.forward("zhong")[:3]
    finally:
        hanviet.load.cache_clear()
