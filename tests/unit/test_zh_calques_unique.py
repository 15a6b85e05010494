"""references/zh_calques.tsv holds each calque once: a second row for the same words would replace the first one's
'unless' pattern when the table is read (two helpers' blocks merged in round 25 did, and 'bị hiềm nghi nhân lúc …'
fired again)."""

from __future__ import annotations

from collections import Counter

from audit.lang.resources import read_tsv


def test_each_calque_has_one_row() -> None:
    counts = Counter(row["calque"] for row in read_tsv("zh_calques.tsv"))
    assert [calque for calque, n in counts.items() if n > 1] == []
