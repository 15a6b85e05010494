"""A box of the page as plain lines: a short heading over two rows or more of one shape, each alone on its line (a
ranking box, an events calendar). The scan both readers share; each decides from the lines around the box whether
it is chrome."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HeadedRows:
    """A heading's line, its rows' lines, and the shown lines right before the heading and after the rows (None at
    the page's edge), read against the page's ``kinds`` (None: article)."""

    head: int
    rows: list[int]
    before: int | None
    after: int | None
    kinds: list[str | None] = field(repr=False, compare=False)

    @property
    def between_chrome(self) -> bool:
        """The lines before and after are both chrome, or the page's edge."""
        return all(self._chrome_or_edge(n) for n in (self.before, self.after))

    @property
    def beside_chrome(self) -> bool:
        """The line before or the line after is chrome, or the page's edge."""
        return any(self._chrome_or_edge(n) for n in (self.before, self.after))

    def _chrome_or_edge(self, n: int | None) -> bool:
        return n is None or self.kinds[n] is not None


def headed_rows(
    stripped: list[str],
    kinds: list[str | None],
    head: re.Pattern[str],
    row: re.Pattern[str],
    head_words: int,
    *,
    min_rows: int = 2,
    rows_unread: bool = False,
) -> Iterator[HeadedRows]:
    """Each line read as article (``kinds`` None) of at most ``head_words`` words that ``head`` matches whole, with
    ``min_rows`` lines or more right under it (blank lines aside) that ``row`` matches whole (and, with
    ``rows_unread``, are read as article too)."""
    shown = [i for i, line in enumerate(stripped) if line]
    for k, i in enumerate(shown):
        if kinds[i] is not None or len(stripped[i].split()) > head_words or not head.fullmatch(stripped[i]):
            continue
        rows = []
        for j in shown[k + 1 :]:
            if (rows_unread and kinds[j] is not None) or not row.fullmatch(stripped[j]):
                break
            rows.append(j)
        if len(rows) < min_rows:
            continue
        before = shown[k - 1] if k > 0 else None
        after = next((j for j in shown if j > rows[-1]), None)
        yield HeadedRows(i, rows, before, after, kinds)
