"""Which of the gated rows of boilerplate.tsv a line meets the ``needs`` of, found with one scan of the line.

Testing each row's strings with ``in`` took about 85 substring searches a line (11 us a line on the news mix: a
search for a string of several characters in a line with Vietnamese letters costs 60 to 170 ns). The strings a
line holds are the same for every row, so they are found once: the one-character ones by ``in`` (a quick
character search), the others by one trie scan, and the rows that set allows are looked up by it.
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.corpus.boilerplate.tsv_patterns import Pattern
from audit.lang import stored_regex


class NeedsIndex:
    """The gated rows whose ``needs`` a line meets (``holds(p.needs, line)``), in the rows' order."""

    __slots__ = ("_by_found", "_chars", "_prefixes", "_rows", "_scan")

    def __init__(self, rows: Sequence[Pattern]) -> None:
        from audit.lang.countries import trie_pattern  # imported when the tables are first built

        words = {w for p in rows for group in p.needs for w in group}
        self._chars = tuple(sorted(w for w in words if len(w) == 1))
        longer = sorted(w for w in words if len(w) > 1)
        # the trie matches the longest string that starts at a place; the others starting there are its prefixes
        self._scan = stored_regex.compile(trie_pattern(longer)) if longer else None
        # each string's prefixes among them, shortest first (their sorted order)
        known = set(longer)
        self._prefixes = {w: tuple(p for i in range(2, len(w) + 1) if (p := w[:i]) in known) for w in longer}
        self._rows = tuple(rows)
        self._by_found: dict[frozenset[str], tuple[Pattern, ...]] = {}

    def found(self, line: str) -> frozenset[str]:
        """Every string of the rows' ``needs`` that the line holds."""
        found = [c for c in self._chars if c in line]
        scan = self._scan
        if scan is not None:
            m = scan.search(line)
            while m is not None:  # each place where a string starts, once (the strings may overlap)
                found += self._prefixes[m.group()]
                m = scan.search(line, m.start() + 1)
        return frozenset(found)

    def rows(self, line: str) -> tuple[Pattern, ...]:
        """The rows each of whose ``needs`` groups has a string in the line, in the rows' order."""
        found = self.found(line)
        rows = self._by_found.get(found)
        if rows is None:
            if len(self._by_found) >= 4096:  # a bound on memory: pages repeat few sets
                self._by_found.clear()
            rows = self._by_found[found] = tuple(
                p for p in self._rows if all(not found.isdisjoint(group) for group in p.needs)
            )
        return rows
