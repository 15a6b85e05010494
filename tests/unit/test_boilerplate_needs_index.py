"""The index of the gated boilerplate rows gives the rows whose ``needs`` a line meets, as testing each does."""

from __future__ import annotations

import random
from pathlib import Path

from audit.corpus.boilerplate.needles import NeedsIndex
from audit.corpus.boilerplate.tsv_patterns import Pattern, gated, holds

ROOT = Path(__file__).resolve().parents[2]


def _plain(rows: tuple[Pattern, ...], line: str) -> tuple[Pattern, ...]:
    return tuple(p for p in rows if holds(p.needs, line))


def test_random_lines_of_the_needles() -> None:
    """Lines glued from the rows' strings, pieces of them (overlaps, prefixes: 'http' in 'htttp', 'ơ quan' cut
    short) and Vietnamese words, so that strings overlap, nest and start inside each other."""
    rows = gated()
    index = NeedsIndex(rows)
    words = sorted({w for p in rows for g in p.needs for w in g})
    pieces = words + [w[: len(w) // 2] for w in words] + [w[len(w) // 2 :] for w in words]
    pieces += ["Hà Nội", "lúc", "quan", "khô", " ", ", ", "Ả", "htt", "p", "ngày", "9/2025", "C"]
    rng = random.Random(18)
    for _ in range(6000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        assert index.found(line) == frozenset(w for w in words if w in line), line
        assert index.rows(line) == _plain(rows, line), line


def test_rows_of_each_line_of_the_test_pages() -> None:
    """Every line of the test pages and of corpus/ (page chrome and article text)."""
    rows = gated()
    index = NeedsIndex(rows)
    files = sorted((ROOT / "tests" / "data").rglob("*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
    lines = {ln.strip() for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()}
    assert len(lines) > 1000
    passing = 0
    for line in lines:
        expected = _plain(rows, line)
        assert index.rows(line) == expected, line
        passing += bool(expected)
    assert passing > 100  # the pages hold lines the gated rows are tried on


def test_strings_that_overlap() -> None:
    """Two strings sharing letters ('http' inside 'Http' after 'H'; 'tháng' right after 'trước') are both found;
    a string inside a longer one at the same place ('GP' of 'GPx') too."""
    index = NeedsIndex(gated())
    assert {"HTTP", "Http"} <= index.found("HHttp HTTP")
    assert {"trước", "tháng"} <= index.found("trướctháng")
    assert "GP" in index.found("Số GPx")
    assert index.found("Hà Nội mưa to") == frozenset()
