"""The stored compile (audit/lang/stored_regex.py): the same pattern as re.compile's, from the store or not."""

from __future__ import annotations

import marshal
import os
import re
from pathlib import Path

import pytest

from audit.lang import stored_regex
from audit.lang.countries import gazetteer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "mt-audit" / "regex"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return [*texts, "Trang chủ | Tin khác", "ĐẠI SỨ QUÁN MỸ TẠI HÀ NỘI", "café ß İstanbul ﬁ 2025"]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in _texts():
        assert [(m.span(), m.groupdict(), m.groups()) for m in a.finditer(text)] == [
            (m.span(), m.groupdict(), m.groups()) for m in b.finditer(text)
        ]


# small patterns with named groups, flags, lookarounds and classes, and two of the tool's large ones
PATTERNS = [
    (r"(?P<a>[^\W\d_]+)\s?[-–—]\s?(?P<b>[^\W\d_]+)(?![\w-])", 0),
    (r"(?<![\w-])(?:tin khác|trang chủ)(?=\W|$)", re.IGNORECASE),
    (r"^\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?", re.MULTILINE),
    (r"(?x) ( [A-ZĐ] \w+ ) \s+ \1", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_stored_and_read_back_match_as_re_compile(store: Path, pattern: str, flags: int) -> None:
    first = stored_regex.compile(pattern, flags)
    assert len(list(store.glob("*.marshal"))) == 1
    second = stored_regex.compile(pattern, flags)  # from the file
    plain = re.compile(pattern, flags)
    _same(first, plain)
    _same(second, plain)


def test_the_country_matcher_from_the_store(store: Path) -> None:
    gz = gazetteer()
    again = stored_regex.compile(gz.regex.pattern, gz.regex.flags)  # the gazetteer's regex was stored (or read)
    assert list(store.glob("*.marshal"))
    _same(again, re.compile(gz.regex.pattern))


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", marshal.dumps((32, [1, 2, 3], 0, {}, (None,))), b"\xff" * 40])
def test_a_damaged_or_foreign_file_is_compiled_afresh(store: Path, damage: bytes) -> None:
    pattern = r"(?P<w>Việt Nam|Lào)\s+(?:và|với)"
    stored_regex.compile(pattern)
    (path,) = store.glob("*.marshal")
    path.write_bytes(damage)
    _same(stored_regex.compile(pattern), re.compile(pattern))
    assert marshal.loads(path.read_bytes())[1], "the program is stored again"


def test_a_store_that_cannot_be_written_only_costs_the_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache dir would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    _same(stored_regex.compile(r"\bHà Nội\b"), re.compile(r"\bHà Nội\b"))
    assert blocker.read_text(encoding="utf-8") == "a file where the cache dir would be"


def test_a_bad_pattern_raises_as_re_does(store: Path) -> None:
    with pytest.raises(re.error):
        stored_regex.compile(r"(?P<a>x")
    assert not list(store.glob("*"))


def test_the_oldest_files_go_past_the_limit(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored_regex, "MAX_FILES", 10)
    monkeypatch.setattr(stored_regex, "_pruned", False)
    store.mkdir(parents=True)
    for i in range(12):
        old = store / f"old{i}.marshal"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    stored_regex.compile(r"tỉnh \w+")
    left = sorted(p.name for p in store.glob("*.marshal"))
    assert len(left) == 13 - 8  # pruned down to half the limit: the eight oldest went
    assert "old11.marshal" in left and "old0.marshal" not in left


def _plain_trie(words: set[str], guard: str = "") -> str:
    from audit.lang.countries import _trie_text

    return _trie_text(words, guard)


def test_a_large_trie_is_stored_and_read_back_as_written(store: Path) -> None:
    from audit.lang.countries import _STORED_TRIE, trie_pattern

    words = {f"Tỉnh {chr(0x41 + i % 26)}{i}" for i in range(_STORED_TRIE + 50)} | {"Hà Nội", "Hà Nam", "Hà"}
    first = trie_pattern(words, guard=r"(?<![\w-].)")
    assert len(list(store.glob("*-text.marshal"))) == 1
    second = trie_pattern(sorted(words, reverse=True), guard=r"(?<![\w-].)")  # order does not matter: from the file
    assert first == second == _plain_trie(words, r"(?<![\w-].)")
    assert trie_pattern(words) == _plain_trie(words)  # another guard: another entry
    assert len(list(store.glob("*-text.marshal"))) == 2
    rx = re.compile(f"(?:{second})(?![\\w-])")
    assert [m.group() for m in rx.finditer("ở Hà Nội và Tỉnh B1, Tỉnh C2x")] == ["Hà Nội", "Tỉnh B1"]


def test_a_small_trie_is_not_stored(store: Path) -> None:
    from audit.lang.countries import trie_pattern

    assert trie_pattern(["Anh", "An"]) == _plain_trie({"Anh", "An"})
    assert not store.exists() or not list(store.glob("*-text.marshal"))


def test_a_damaged_or_foreign_stored_text_is_built_again(store: Path) -> None:
    built = stored_regex.derived("kind-1", "key", lambda: "a|b")
    (path,) = store.glob("*-text.marshal")
    path.write_bytes(b"\x00garbage")
    assert stored_regex.derived("kind-1", "key", lambda: "a|b") == built
    path.write_bytes(marshal.dumps([1, 2]))  # marshal data, but not a text
    assert stored_regex.derived("kind-1", "key", lambda: "a|b") == "a|b"
    assert stored_regex.derived("kind-2", "key", lambda: "c") == "c"  # another kind: its own entry


def test_an_unwritable_store_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert stored_regex.derived("kind", "key", lambda: "x|y") == "x|y"
