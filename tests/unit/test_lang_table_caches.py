"""Tables kept between runs in the user cache dir (audit.lang.diskcache): the index of places in pinyin
(vn_places.pinyin_places), the words S101 may restore (unmarked.restorable) and those of its words that are
foreign-like (unmarked._foreign_asked). The stored table is the one built
afresh, and what they are built from names every reference file and every module of audit/lang."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.lang import unmarked, vn_places
from audit.lang.diskcache import lang_inputs
from audit.lang.resources import references_dir


def test_the_stored_index_is_the_built_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = vn_places._pinyin_places()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    vn_places.pinyin_places.cache_clear()
    try:
        first = vn_places.pinyin_places()  # built and stored
        assert list(tmp_path.glob("mt-audit/pinyin-places-*.marshal"))
        vn_places.pinyin_places.cache_clear()
        second = vn_places.pinyin_places()  # read back
    finally:
        vn_places.pinyin_places.cache_clear()
    for got in (first, second):
        assert list(got.items()) == list(built.items())  # keys in order, every field of every place
    assert second["guangning"].name == "Quảng Ninh"


def test_every_reference_file_and_lang_module_is_an_input() -> None:
    inputs = {p for p in lang_inputs() if isinstance(p, Path)}
    lang = Path(vn_places.__file__).resolve().parent
    assert {p for p in references_dir().rglob("*") if p.is_file()} <= inputs
    assert set(lang.rglob("*.py")) <= inputs
    assert lang / "english.py" in inputs and lang / "countries.py" in inputs  # wordfreq figures, the gazetteer
    assert any(isinstance(p, bytes) and b"large_en" in p for p in lang_inputs())  # wordfreq's lists


@pytest.mark.parametrize(
    ("stored", "build", "name"),
    [
        (unmarked.restorable, unmarked._restorable, "restorable"),  # the words S101 may restore
        # the words S101 asks about that are foreign-like (nine languages' lists read at start-up: 0.2 s)
        (unmarked._foreign_asked, unmarked._foreign_asked_built, "foreign-asked"),
    ],
)
def test_the_stored_word_sets_are_the_built_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stored, build, name: str
) -> None:
    built = build()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    stored.cache_clear()
    try:
        first = stored()
        assert list(tmp_path.glob(f"mt-audit/{name}-*.marshal"))
        stored.cache_clear()
        second = stored()
    finally:
        stored.cache_clear()
    assert first == second == built and len(built) > 100
