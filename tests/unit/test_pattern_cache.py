"""The compiled-pattern cache (audit.pattern_cache): a pattern made from stored code is the one ``re`` makes.

``re.Pattern`` objects compare equal when their pattern, flags and compiled code are equal, so ``==`` with a
pattern ``re`` compiled itself checks the code word for word; groups and group names are compared besides.
The patterns: every one the audit compiled in this process (its modules and a run over a corpus page), and
made-up ones with flags, named groups, bytes and lookbehinds that no module holds.
"""

from __future__ import annotations

import re
import re._compiler
from pathlib import Path

import pytest

from audit import pattern_cache
from audit.pattern_cache import PatternCache

ROOT = Path(__file__).resolve().parents[2]
MADE_UP = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"(?<![\w-])Ulaanbaatar(?:\s+City)?", re.IGNORECASE),
    (r"(?x) [a-z]+  # a comment\n (?: \s* , \s* [a-z]+ )*", 0),
    (r"^Tonga$", re.MULTILINE),
    (r"(?s)<p>.*?</p>", 0),
    (rb"\x00+(?P<tail>[\x80-\xff]{2,})", 0),
    (r"[À-ỹ]+(?=\s+Nairobi)|(a)(b)?\2", 0),
    ("", 0),
]


def _original() -> object:
    """re's own compile, whether the cache is installed in this process or not."""
    installed = pattern_cache.install()
    return installed.original if installed is not None else re._compiler.compile


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # pattern, flags and the code word for word
    assert (a.flags, a.groups, dict(a.groupindex)) == (b.flags, b.groups, dict(b.groupindex))


def _audited_patterns() -> list[tuple[str | bytes, int]]:
    """The patterns this process compiled through the installed cache."""
    installed = pattern_cache.install()
    if installed is None:
        pytest.skip("the pattern cache is off (MT_AUDIT_PATTERN_CACHE=0) or not possible with this Python")
    return [(p, flags) for _, p, flags in sorted(installed.used, key=repr)]


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str | bytes, int]]:
    from audit.pipeline import Settings, run

    run([str(ROOT / "corpus" / "001.txt")], str(tmp_path_factory.mktemp("out")), Settings(qe=["builtin"]))
    # every rule loaded and run over a page: the rules' and the reader's tables compiled
    patterns = _audited_patterns()
    assert len(patterns) > 300  # the rules' and the reader's tables
    return patterns


def test_patterns_from_stored_code_are_res(tmp_path: Path, audited: list[tuple[str | bytes, int]]) -> None:
    """Compiled afresh (then stored) and compiled from the stored file: both equal to re's own."""
    original = _original()
    patterns = audited + MADE_UP
    first = PatternCache(tmp_path / "p.marshal", original)  # type: ignore[arg-type]
    for p, flags in patterns:
        _same(first.compile(p, flags), original(p, flags))  # type: ignore[operator]
    first.save()
    second = PatternCache(tmp_path / "p.marshal", original)  # type: ignore[arg-type]
    assert len(second.entries) == len(set(patterns))
    for p, flags in patterns:
        _same(second.compile(p, flags), original(p, flags))  # type: ignore[operator]
    assert not second.dirty  # every one came from the file


def test_made_up_patterns_match_alike(tmp_path: Path) -> None:
    """Patterns from stored code find what re's own find (names and countries of no module: Ulaanbaatar, Tonga)."""
    original = _original()
    cache = PatternCache(tmp_path / "p.marshal", original)  # type: ignore[arg-type]
    for p, flags in MADE_UP:
        cache.compile(p, flags)
    cache.save()
    cache = PatternCache(tmp_path / "p.marshal", original)  # type: ignore[arg-type]
    texts = ["Ulaanbaatar city, 2024-11 và 1999-01", "Tonga\nTonga", "<p>a\nb</p>", "abb ab Ỹ Nairobi", "x, y ,z"]
    for p, flags in MADE_UP:
        ours, theirs = cache.compile(p, flags), original(p, flags)  # type: ignore[operator]
        for text in texts:
            subject = text.encode("utf-8") + b"\x00\x00\xc3\xa1\xc3" if isinstance(p, bytes) else text
            assert [m.groupdict() or m.groups() or m.group() for m in ours.finditer(subject)] == [
                m.groupdict() or m.groups() or m.group() for m in theirs.finditer(subject)
            ]


def test_flags_are_part_of_the_key(tmp_path: Path) -> None:
    original = _original()
    cache = PatternCache(tmp_path / "p.marshal", original)  # type: ignore[arg-type]
    plain, folded = cache.compile("kiribati", 0), cache.compile("kiribati", re.IGNORECASE)
    assert plain.match("KIRIBATI") is None and folded.match("KIRIBATI") is not None
    assert len(cache.entries) == 2


def test_a_spoilt_file_only_costs_the_compiling(tmp_path: Path) -> None:
    original = _original()
    path = tmp_path / "p.marshal"
    path.write_bytes(b"\x00not marshal data")
    cache = PatternCache(path, original)  # type: ignore[arg-type]
    assert cache.entries == {}
    _same(cache.compile(r"Vanuatu|Palau", 0), original(r"Vanuatu|Palau", 0))  # type: ignore[operator]
    cache.save()
    assert len(PatternCache(path, original).entries) == 1  # type: ignore[arg-type]


def test_a_full_file_keeps_what_the_process_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = _original()
    path = tmp_path / "p.marshal"
    old = PatternCache(path, original)  # type: ignore[arg-type]
    for i in range(5):
        old.compile(f"Fiji{i}", 0)
    old.save()
    monkeypatch.setattr(pattern_cache, "MAX_PATTERNS", 6)
    new = PatternCache(path, original)  # type: ignore[arg-type]
    new.compile("Fiji0", 0)
    new.compile("Samoa", 0)
    new.compile("Nauru", 0)
    new.save()
    kept = {p for _, p, _ in PatternCache(path, original).entries}  # type: ignore[arg-type]
    assert kept == {"Fiji0", "Samoa", "Nauru"}


def test_re_compiles_through_the_installed_cache() -> None:
    installed = pattern_cache.install()
    if installed is None:
        pytest.skip("the pattern cache is off or not possible with this Python")
    p = re.compile(r"(?P<n>Tuvalu) \d+ pattern-cache-test")
    assert ("str", p.pattern, 0) in installed.used and p.match("Tuvalu 12 pattern-cache-test")["n"] == "Tuvalu"
