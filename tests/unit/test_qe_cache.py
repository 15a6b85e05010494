"""The SQLite score cache used by model-based QE backends."""

from __future__ import annotations

from pathlib import Path

from audit.qe.cache import ScoreCache, default_cache_path, segment_key


def test_round_trip_and_model_separation(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "scores.sqlite"
    cache = ScoreCache(path)
    k1, k2 = segment_key("src", "mt", "ref"), segment_key("src", "mt2", None)
    cache.put_many("model-a", {k1: 0.75, k2: 0.5})
    assert cache.get_many("model-a", [k1, k2, "missing"]) == {k1: 0.75, k2: 0.5}
    assert cache.get_many("model-b", [k1]) == {}
    cache.put_many("model-a", {k1: 0.8})
    cache.close()
    assert ScoreCache(path).get_many("model-a", [k1]) == {k1: 0.8}  # persisted


def test_key_depends_on_every_text() -> None:
    base = segment_key("a", "b", "c")
    assert base == segment_key("a", "b", "c")
    assert len({base, segment_key("a", "b", None), segment_key("a", "b", ""), segment_key(None, "b", "c"),
                segment_key("a", "bc", ""), segment_key("ab", "", "c")}) == 6  # fmt: skip


def test_default_path_follows_xdg(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "mt-audit" / "qe-scores.sqlite"
