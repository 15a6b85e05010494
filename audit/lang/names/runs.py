"""Runs of capitalised words in a text ('Tổng thống Kenya William Ruto'): where each word starts and ends; the
runs of two words or more found in one scan of many texts."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from audit.lang.lines import line_starts
from audit.lang.textcache import per_document

# One letter as regular expressions read it (\w without digits and '_'; unlike str.isalpha, '²' is one)
LETTER = re.compile(r"[^\W\d_]")
_UPPER = "".join(chr(c) for c in range(0x41, 0x2B0) if chr(c).isupper()) + "".join(
    chr(c) for c in range(0x1E00, 0x1F00) if chr(c).isupper()
)
_RUN = re.compile(rf"[{_UPPER}][^\W\d_]*(?:[ \u00a0][{_UPPER}][^\W\d_]*)*")
RUN_WORD = re.compile(rf"[{_UPPER}][^\W\d_]*")  # one word of a run

Run = tuple[tuple[int, int, str], ...]


@per_document(maxsize=2048)
def capitalised_runs(text: str) -> tuple[Run, ...]:
    """Runs of capitalised words separated by single spaces: ((start, end, word), …) per run."""
    out = []
    for m in _RUN.finditer(text):
        base, end = m.span()
        group = m.group()
        run: Run
        if " " in group or "\u00a0" in group:
            run = tuple(_run_words(base, group))
        else:
            run = ((base, end, group),)  # most runs are one word
        if base and text[base - 1].isalpha():
            run = run[1:]  # the run starts inside a word ('eVisa'): drop that word
        if run:
            out.append(run)
    return tuple(out)


# The same runs with two or more words: a one-word run costs the regex engine nothing here
_MULTI_RUN = re.compile(rf"[{_UPPER}][^\W\d_]*+(?:[ \u00a0][{_UPPER}][^\W\d_]*+)+")


@per_document(maxsize=2048)
def multiword_runs(text: str) -> tuple[Run, ...]:
    """The runs of :func:`capitalised_runs` with two or more words, found without building the one-word
    runs (most runs are one word: 'Ông', 'Hà', a sentence's first word).

    A run of two or more words is matched by ``_MULTI_RUN`` exactly where ``_RUN`` matches it (a one-word
    ``_RUN`` match ends before no space and capital letter, so no ``_MULTI_RUN`` match starts inside it).
    """
    out = []
    for m in _MULTI_RUN.finditer(text):
        base = m.start()
        words = _run_words(base, m.group())
        if base and text[base - 1].isalpha():
            del words[0]  # the run starts inside a word ('eVisa'): drop that word
        if len(words) >= 2:
            out.append(tuple(words))
    return tuple(out)


def multiword_runs_passing(text: str, keep: Callable[[tuple[str, ...]], bool]) -> tuple[Run, ...]:
    """The runs of :func:`multiword_runs` whose words pass ``keep``, in order; the offsets of the words
    are worked out only for those (a caller that looks for one kind of name skips the other runs)."""
    out = []
    for m in _MULTI_RUN.finditer(text):
        base = m.start()
        group = m.group()
        words = group.replace("\u00a0", " ").split(" ")
        if base and text[base - 1].isalpha():
            base += len(words[0]) + 1  # the run starts inside a word ('eVisa'): drop that word
            del words[0]
            if len(words) < 2:
                continue
        if keep(tuple(words)):
            out.append(run_offsets(base, words))
    return tuple(out)


def run_at(text: str, pos: int) -> Run:
    """The words from ``pos`` on of the capitalised run whose word starts at ``pos``, for a word that
    starts there (after no letter): the end of that run of :func:`capitalised_runs`, without finding the
    others; empty when the word is not capitalised (no run has it)."""
    m = _RUN.match(text, pos)
    return tuple(_run_words(pos, m.group())) if m else ()


def _run_words(base: int, group: str) -> list[tuple[int, int, str]]:
    """The words of a run matched at ``base``: (start, end, word)."""
    words = []
    pos = base
    for w in group.replace("\u00a0", " ").split(" "):  # one character either way: offsets hold
        after = pos + len(w)
        words.append((pos, after, w))
        pos = after + 1
    return words


RunStart = tuple[int, tuple[str, ...]]  # where a run's first word starts in its text, and the run's words


def multiword_runs_by_text(
    texts: Sequence[str], joined: str | None = None, starts: list[int] | None = None
) -> list[list[RunStart]]:
    """For each of ``texts``, where each run of :func:`multiword_runs` in it starts and its words, in order
    (:func:`run_offsets` gives back the run).

    One scan of ``joined``, the texts joined by line breaks, whose text k starts at ``starts[k]`` (made
    here when not given): no run spans a line break, and a run at the start of a line keeps its first
    word as one at the start of a text does.
    """
    if joined is None or starts is None:
        joined, starts = "\n".join(texts), line_starts(list(texts))
    nbsp = "\u00a0" in joined
    out: list[list[RunStart]] = [[] for _ in starts]
    index, last = 0, len(starts) - 1
    for m in _MULTI_RUN.finditer(joined):
        base = m.start()
        while index < last and base >= starts[index + 1]:
            index += 1  # the text the run lies in (no run spans a line)
        group = m.group()
        words = (group.replace("\u00a0", " ") if nbsp else group).split(" ")
        if base and joined[base - 1].isalpha():
            base += len(words[0]) + 1
            del words[0]  # the run starts inside a word ('eVisa'): drop that word
            if len(words) < 2:
                continue
        out[index].append((base - starts[index], tuple(words)))
    return out


def multiword_run_words(texts: Sequence[str]) -> list[tuple[int, tuple[str, ...]]]:
    """The words of each run of :func:`multiword_runs` in ``texts``, with the index of its text, in order
    (see :func:`multiword_runs_by_text`)."""
    return [(k, words) for k, runs in enumerate(multiword_runs_by_text(texts)) for _, words in runs]


def run_offsets(start: int, words: Sequence[str]) -> Run:
    """The run whose words, parted by one space (or no-break space) each, start at ``start``: ((start, end,
    word), …), as :func:`multiword_runs` gives it."""
    out = []
    for w in words:
        end = start + len(w)
        out.append((start, end, w))
        start = end + 1
    return tuple(out)
