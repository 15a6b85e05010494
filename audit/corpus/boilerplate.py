"""Classify lines of a web page that are not article text (navigation, captions, related news).

Boilerplate is kept in the output (``boilerplate: true`` with a ``kind``) but never checked
by rules nor counted as translation errors. The patterns are in ``references/boilerplate.tsv``;
this module adds the structural cues no single-line pattern can see:
- a related-news marker ("Tin khác", "Other news") turns the rest of the page into boilerplate
  ("related", or the kind its own pattern gives a line: a footer, a timestamp), until a paragraph of
  article prose (30 words or more, two sentences or more) shows the box sat inside the article;
- very short lines without letters or sentence punctuation (font-size buttons, "x", "+");
- a byline: a short final line after the article text ("PV", "Minh Anh").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from audit.lang.resources import ResourceError, read_tsv

_SENTENCE_END = re.compile(r"[.!?…:;\"”)]\s*$")


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    tail: bool
    regex: re.Pattern[str]
    needs: tuple[tuple[str, ...], ...] = ()  # the line holds one string of each group, or the regex is not tried


def _needs(cell: str) -> tuple[tuple[str, ...], ...]:
    """The ``needs`` groups of a row, those without letters first (the cheaper test); a word is looked for
    as written, capitalised and in capitals ('ảnh', 'Ảnh', 'ẢNH')."""
    groups = [tuple(g.split("|")) for g in cell.split("&") if g]
    groups.sort(key=lambda g: any(ch.isalpha() for w in g for ch in w))
    return tuple(tuple(dict.fromkeys(v for w in g for v in (w, w.capitalize(), w.upper()))) for g in groups)


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@functools.cache
def _patterns() -> tuple[_Pattern, ...]:
    """The rows of references/boilerplate.tsv (a pattern may not refer back to a group: the patterns are also
    joined into one alternation, where group numbers shift)."""
    for row in read_tsv("boilerplate.tsv"):
        if _BACKREFERENCE.search(row["pattern"]):
            raise ResourceError(f"boilerplate.tsv: a pattern refers back to a group: {row['pattern']!r}")
    return tuple(
        _Pattern(
            row["kind"],
            row["effect"] == "tail",
            re.compile(rf"(?:{row['pattern']})", re.IGNORECASE),
            _needs(row["needs"]),
        )
        for row in read_tsv("boilerplate.tsv")
    )


def classify_line(line: str) -> tuple[str | None, bool]:
    """(kind or None, starts-a-tail) for one line of text, judged on its own."""
    stripped = line.strip().strip("\ufeff")
    if not stripped:
        return None, False
    maybe_ungated = _ungated().fullmatch(stripped) is not None
    for p in _patterns():  # in the file's order: the first pattern that matches names the line
        if not (_holds(p.needs, stripped) if p.needs else maybe_ungated):
            continue
        if p.regex.fullmatch(stripped):
            return p.kind, p.tail
    if not any(ch.isalpha() for ch in stripped):
        return "navigation", False
    return None, False


def _holds(needs: tuple[tuple[str, ...], ...], line: str) -> bool:
    """The line holds one string of each group of ``needs``."""
    for group in needs:
        for word in group:
            if word in line:
                break
        else:
            return False
    return True


@functools.cache
def _ungated() -> re.Pattern[str]:
    """The patterns without ``needs`` as one alternation: one regex call tells that none of them matches
    the line (most lines), where trying each costs a call apiece."""
    return re.compile("|".join(f"(?:{p.regex.pattern})" for p in _patterns() if not p.needs), re.IGNORECASE)


_PROSE_WORDS = 30  # a related-news item is a headline, or a headline with a one-sentence lead


def _prose(line: str) -> bool:
    """An article paragraph: long, and two sentences or more ending in sentence punctuation."""
    text = line.strip()
    return len(text.split()) >= _PROSE_WORDS and text[-1:] in '.!?…”"' and len(re.findall(r"[.!?…]\s", text)) >= 1


def classify_lines(lines: list[str]) -> list[str | None]:
    """Boilerplate kind for each line of a page (None for article text and blank lines)."""
    kinds: list[str | None] = [None] * len(lines)
    tail = False
    last_content: int | None = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        kind, starts_tail = classify_line(line)
        if tail and kind is None and _prose(line):
            tail = False  # article text again: the block was a box inside the article ('Xem thêm: …')
        if tail:  # the related-news block, unless a line says what else it is (a footer, a timestamp)
            kinds[i] = kind or "related"
            continue
        if starts_tail:
            tail = True
        kinds[i] = kind
    for i, kind in enumerate(kinds):
        if kind is None and lines[i].strip():
            last_content = i
    # The headline repeated lower down is a photo caption or a share widget.
    first = next((i for i, k in enumerate(kinds) if k is None and lines[i].strip()), None)
    if first is not None:
        title = lines[first].strip()
        for i in range(first + 1, len(lines)):
            if kinds[i] is None and lines[i].strip() == title:
                kinds[i] = "caption"
    # A short unpunctuated last line after the article text is a byline ("PV", "Minh Anh").
    if last_content is not None:
        words = lines[last_content].split()
        earlier = [k for k in range(last_content) if kinds[k] is None and lines[k].strip()]
        if earlier and len(words) <= 4 and not _SENTENCE_END.search(lines[last_content]):
            kinds[last_content] = "byline"
    return kinds
