"""Line-by-line scoring of page chrome (tests/data/chrome12): each page's ``.json`` lists every line (plain
text) or text block (HTML) in order as ``[kind, text]``, kind ``C`` (chrome), ``A`` (article) or ``N``
(neither: the HTML title, a reader's comment). The page's segments are laid over those lines in order, so a
line repeated as chrome and as article (a table of contents) is judged at each place."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from audit.corpus import ReadOptions, discover, read_file
from audit.model import Segment

_NOISE = re.compile(r"[\s|]+")
WINDOW = 6  # how many lines ahead a segment may start before it counts as unplaced


@dataclass
class LineScore:
    """What the reader made of a page's annotated lines."""

    chrome_as_article: list[str] = field(default_factory=list)
    article_as_chrome: list[str] = field(default_factory=list)
    article_missing: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    chrome: int = 0
    article: int = 0


def page_segments(path: Path) -> list[Segment]:
    """Every segment of the file, through the reader its extension selects."""
    errors: list = []
    documents = [d for item in discover([str(path)], errors) for d in read_file(item, ReadOptions(), errors)]
    return [s for d in documents for s in d.segments]


def _squeeze(text: str) -> str:
    return _NOISE.sub("", text)


def score_lines(path: Path) -> LineScore:
    """Lay the page's segments over its annotated lines and list the lines read the wrong way."""
    lines = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]
    if path.suffix == ".md":
        return _score_by_place(path, lines)
    joined, starts = "", []
    for _, text in lines:
        starts.append(len(joined))
        joined += _squeeze(text)
    ends = [*starts[1:], len(joined)]
    verdicts: list[set[bool]] = [set() for _ in lines]
    line, position, unplaced = 0, 0, []
    for segment in page_segments(path):
        needle = _squeeze(segment.text)
        limit = ends[min(line + WINDOW, len(lines) - 1)]
        found = joined.find(needle, position) if needle else -1
        if found < 0 or found >= limit:
            if needle:
                unplaced.append(segment.text)
            continue
        first = max(i for i, s in enumerate(starts) if s <= found)
        last = max(i for i, s in enumerate(starts) if s < found + len(needle))
        for i in range(first, last + 1):
            verdicts[i].add(segment.boilerplate)
        line, position = last, found + len(needle)
    return _verdicts(lines, verdicts, unplaced)


def _score_by_place(path: Path, lines: list[list[str]]) -> LineScore:
    """A Markdown page's segments laid over its annotated lines by their places in the file: the annotations list
    its non-blank lines in order, and the reader leaves its marks out of the text ('**Mục lục:**' is read 'Mục
    lục:'), so the text of a line is not the text of its segment. A line no segment covers (a '---' rule, a code
    fence) is not seen."""
    file_lines = path.read_text(encoding="utf-8").split("\n")
    index = {n: k for k, n in enumerate(n for n, line in enumerate(file_lines, start=1) if line.strip())}
    assert len(index) == len(lines), f"{path.name}: the annotations list every non-blank line"
    verdicts: list[set[bool]] = [set() for _ in lines]
    for segment in page_segments(path):
        first, last = segment.locate(0)[0], segment.locate(len(segment.text) - 1)[0]
        for n in range(first, last + 1):
            if n in index:
                verdicts[index[n]].add(segment.boilerplate)
    return _verdicts(lines, verdicts, [])


def _verdicts(lines: list[list[str]], verdicts: list[set[bool]], unplaced: list[str]) -> LineScore:
    score = LineScore(unplaced=unplaced)
    for (kind, text), seen in zip(lines, verdicts, strict=True):
        if kind == "C":
            score.chrome += 1
            if False in seen:
                score.chrome_as_article.append(text)
        elif kind == "A":
            score.article += 1
            if not seen:
                score.article_missing.append(text)
            elif True in seen:
                score.article_as_chrome.append(text)
    return score


def assert_read_as_annotated(path: Path, chrome_left: set[str]) -> None:
    """A clean set's page: every article line read as article, none unplaced, and only ``chrome_left`` (the chrome
    the set's README leaves) read as article."""
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == []
    assert set(score.chrome_as_article) <= chrome_left


def assert_openings_hold(path: Path, chrome_left: set[str]) -> None:
    """The page's annotated openings hold (test_adversary5_html's check): no warning but chrome left as article, and
    that only where ``chrome_left`` says."""
    import ast

    from test_adversary5_html import chrome_misclassified

    warnings = chrome_misclassified(path)
    assert [w for w in warnings if "should be boilerplate" not in w] == []
    openings = [ast.literal_eval(w.split(": ", 1)[1].removesuffix(" should be boilerplate")) for w in warnings]
    assert [o for o in openings if not any(t.startswith(o) for t in chrome_left)] == []


class BoilerplateFlags(dict):
    """Each segment's boilerplate flag, looked up by the opening of its text."""

    def __getitem__(self, opening: str) -> bool:
        return next(flag for text, flag in self.items() if text.startswith(opening))


def page_flags(tmp_path: Path, html: str) -> BoilerplateFlags:
    """The boilerplate flags of the segments of ``html`` read as a saved page."""
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    return BoilerplateFlags((s.text, s.boilerplate) for s in page_segments(page))
