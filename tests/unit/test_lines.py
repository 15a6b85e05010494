"""audit.lang.lines: one search over an article's lines joined finds what a search per line finds."""

from __future__ import annotations

import re

from audit.lang.lines import line_starts, lines_holding, matches_by_line


def test_matches_by_line_are_the_matches_of_each_line() -> None:
    lines = ["Ông Kowalski đến Gdańsk.", "", "Tại Kraków-Nowa Huta", "Wrocław"]
    pattern = re.compile(r"[A-Z](?<![\w-].)\w+(?![\w-])")
    joined = "\n".join(lines)
    starts = line_starts(lines)
    found = matches_by_line(pattern, joined, starts)
    per_line = [[(m.start(), m.group()) for m in pattern.finditer(line)] for line in lines]
    assert [[(m.start() - s, m.group()) for m in ms] for ms, s in zip(found, starts, strict=True)] == per_line
    assert per_line[0] == [(4, "Kowalski"), (17, "Gdańsk")]


def test_lines_holding_finds_each_line_once() -> None:
    lines = ["a-b-c", "none", "x – y", "tail-"]
    starts = line_starts(lines)
    assert lines_holding("\n".join(lines), starts, ("-", "–")) == {0, 2, 3}
    assert line_starts([]) == [] and lines_holding("", [], ("-",)) == set()


def test_line_starts_are_the_offsets_of_the_joined_lines() -> None:
    lines = ["a-b-c", "", "x – y", "tail-"]
    joined = "\n".join(lines)
    assert [joined[s : s + len(line)] for s, line in zip(line_starts(lines), lines, strict=True)] == lines
    assert line_starts(lines) == [0, 6, 7, 13]
    assert line_starts([]) == []
